"""The page-classifier fit script's labels (benchmarks/fit_boilerplate.py), on invented pages."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from copydesk.steps import page_state

pytest.importorskip("numpy")  # the fit script's own dependency (a development tool)

FITTER = Path(__file__).resolve().parents[2] / "benchmarks" / "fit_boilerplate.py"

PAGE = "\n\n".join(
    [
        "Home",
        "The harbour walk isn’t finished yet, the council said on Monday evening.",
        "Crews will work through the winter to finish it.",
        "Privacy Policy",
    ]
)
# The gold prints straight quote marks where the page has curly ones (WCXB's gold does).
GOLD = (
    "The harbour walk isn't finished yet, the council said on Monday evening.\n"
    "Crews will work through the winter to finish it."
)


@pytest.fixture(scope="module")
def fitter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copydesk_fit_boilerplate_unit", FITTER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_collapsed_text_labels_miss_a_block_whose_quote_marks_differ(
    fitter: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--no-word-labels compares collapsed text, marks and all."""
    monkeypatch.setattr(fitter, "WORD_LABELS", False)
    assert fitter.labels(page_state(PAGE), GOLD) == [0, 0, 1, 0]


def test_word_labels_find_the_block_whatever_its_quote_marks(
    fitter: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --word-labels blocks and gold compare as word sequences, as the body measure."""
    monkeypatch.setattr(fitter, "WORD_LABELS", True)
    assert fitter.labels(page_state(PAGE), GOLD) == [0, 1, 1, 0]


def test_word_labels_match_whole_words_only(
    fitter: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block whose words stand in the gold only as parts of longer words is no gold."""
    monkeypatch.setattr(fitter, "WORD_LABELS", True)
    page = "\n\n".join(["Home", "arbour walk isn’t finished yet, the council said on Monday"])
    assert fitter.labels(page_state(page), GOLD) == [0, 0]
