"""The quote-step timer's own plumbing (benchmarks/quote_speed.py), on invented texts; no
timing is asserted."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import copydesk

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "quote_speed.py"
STORY = "Storm hits\n\n“We are ready,” Mayor Ann Lee said. “We will rebuild,” she said."


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_quote_speed_unit", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_states_are_those_the_step_receives(harness: ModuleType) -> None:
    """The texts are parsed up to the quotes step, which, run on each kept state, finds the
    quotes a whole parse finds."""
    step, states = harness.states_before_quotes([STORY])
    assert len(states) == 1
    assert states[0].quotes == []
    step(states[0])
    assert tuple(states[0].quotes) == copydesk.parse(STORY).quotes


def test_one_timing_per_pass(harness: ModuleType) -> None:
    timings = harness.quote_seconds([STORY, STORY], passes=3)
    assert len(timings) == 3
    assert all(seconds >= 0 for seconds in timings)


def test_versions_read_as_label_and_path(harness: ModuleType) -> None:
    args = argparse.Namespace(src=["ref=/tmp/ref/src", "/tmp/other/src"])
    assert harness.versions(args) == [("ref", "/tmp/ref/src"), ("/tmp/other/src", "/tmp/other/src")]
    assert harness.versions(argparse.Namespace(src=None))[0][1].endswith("src")


def test_workers_are_told_the_inputs(harness: ModuleType) -> None:
    """A worker process measures what the driver was asked for (corpus, kinds, passes)."""
    args = argparse.Namespace(corpus=None, limit=7, size=0.5, passes=2, kinds="said_lines")
    options = harness.worker_options(args)
    assert options == ["--limit", "7", "--size", "0.5", "--passes", "2", "--kinds", "said_lines"]
