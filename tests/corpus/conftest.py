"""Run the accuracy harness once per session on the dev corpora (skip when absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
HARNESS = ROOT / "benchmarks" / "accuracy.py"

#: Documents scored per corpus: all of the small ones, a fixed sample of Reuters (13k docs)
#: and of WCXB (1,497 pages) so this part of the suite stays well under two minutes on two
#: cores.
SAMPLES: dict[str, int | None] = {
    "reuters21578": 3000,
    "polnear": None,
    "scrapinghub-aeb": None,
    "l3s-gn1": None,
    "wcxb": 400,
}
SAMPLE_SEED = 0
#: Corpora scored per value of a ``meta`` key (WCXB: per page type, ``wcxb/article`` ...).
SPLIT_BY: dict[str, str] = {"wcxb": "page_type"}


def _load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_accuracy_harness", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def accuracy() -> dict[str, Any]:
    """``{source: {field: {measure: value}}}`` for every dev corpus present."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"the evaluation corpora are not here ({CORPUS_DIR}); clone beside shared/")
    harness = _load_harness()
    results: dict[str, Any] = {}
    for source, sample in SAMPLES.items():
        path = CORPUS_DIR / source / "dev.jsonl.gz"
        if path.is_file():
            results.update(
                harness.evaluate(
                    [path], sample=sample, seed=SAMPLE_SEED, split_by=SPLIT_BY.get(source)
                )
            )
    return results
