"""The whole-page timer's own plumbing (benchmarks/page_speed.py), on an invented page; no
timing is asserted."""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "page_speed.py"
PAGE = (
    "Home\nNews\nSport\n\nStorm hits the coast\n\n"
    "The storm hit the coast on Monday, the council said, and the bridge will stay shut.\n\n"
    "© 2026 Harbour Media"
)


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_page_speed_unit", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_worker_times_each_pass_of_the_article_pages(
    harness: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "pages.jsonl.gz"
    records = [
        {"id": "a", "text": PAGE, "meta": {"page_type": "article"}},
        {"id": "b", "text": PAGE, "meta": {"page_type": "listing"}},  # not timed
    ]
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)
    assert harness.main([str(corpus), "--limit", "5", "--passes", "2", "--steps", "--worker"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["pages"] == 1
    assert len(result["seconds"]) == 2
    assert "boilerplate" in result["steps"]


def test_versions_read_as_label_and_path(harness: ModuleType) -> None:
    args = argparse.Namespace(src=["main=/tmp/ref/src", "/tmp/other/src"])
    other = "/tmp/other/src"
    assert harness.versions(args) == [("main", "/tmp/ref/src"), (other, other)]
