"""Fit the weights of the page-block classifier (``copydesk.steps.boilerplate``).

Usage::

    PYTHONPATH=src python benchmarks/fit_boilerplate.py [CORPUS.jsonl.gz ...]
        [--folds K] [--l2 C] [--balance-corpora] [--[no-]word-labels] [--write]
        [--corpus-weight SOURCE=FACTOR ...] [--page-types TYPE,...]

Default corpora: the dev splits of ``scrapinghub-aeb``, ``l3s-gn1`` and ``wcxb`` under
``/work/shared/corpus`` (whole web pages with a human-marked article body). The defaults
are the shipped weights' settings (``SHIPPED_*`` below): with no argument but ``--write``
the script rewrites the shipped tables as they are. Spelled out, that is::

    PYTHONPATH=src python benchmarks/fit_boilerplate.py \
        ../shared/corpus/scrapinghub-aeb/dev.jsonl.gz ../shared/corpus/l3s-gn1/dev.jsonl.gz \
        ../shared/corpus/wcxb/dev.jsonl.gz \
        --page-types article --word-labels --corpus-weight wcxb=0.1 --write

1. Every page is cut into blocks as a parse would (``page_state``: normalise, segment, chrome
   rules) and described by :func:`copydesk.steps.boilerplate.block_features`.
2. A block's label is 1 when its words, in order (``--word-labels``, the default; with
   ``--no-word-labels`` its text, whitespace collapsed and case folded) occur in the gold
   body and it is either at least four words long or a whole gold paragraph; else 0.
3. A logistic regression with an L2 penalty is fitted by Newton's method, each block weighted
   by ``sqrt(words + 1)`` (long blocks carry the token score), scaled so that every page
   weighs alike (``--balance-corpora``: every corpus, ``meta.source``, weighs alike).
4. Cross-validation across sites: pages are put into ``--folds`` folds by a hash of their
   site (``meta.domain``, else the host of ``meta.url``: the grouping of
   ``benchmarks/accuracy.py --cv``, so no site is in two folds); the weights fitted on the
   other folds parse the held-out fold with the full default pipeline, and the body token
   precision/recall/F1 (the harness's measure: ``\\w+`` tokens, casefolded, multiset,
   averaged over documents) is reported per corpus on held-out pages only.
   ``--folds 0`` skips this (only the weights fitted on every page are printed).
   ``--corpus-weight wcxb=0.1`` multiplies one corpus's weight in the fit (given once or
   more, it replaces the default), and ``--page-types article`` fits only on the pages of
   those types among pages that have one (WCXB's ``meta.page_type``; ``--page-types ''``:
   every page); ``accuracy.py --cv`` takes the same options, with the same defaults.
5. The weights fitted on all pages are printed as the ``BOILERPLATE_WEIGHTS`` table of
   ``src/copydesk/lexicon/boilerplate.py``; ``--write`` replaces the table in that file.

Needs numpy (a development tool in the project's virtualenv, not a runtime dependency).
Deterministic: the same corpora give the same weights.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import importlib.util
import itertools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import copydesk
from copydesk.reading.page import looks_like_page
from copydesk.steps import page_state
from copydesk.steps.boilerplate import (
    CONTEXT_FEATURES,
    FEATURES,
    block_features,
    context_features,
    decide,
    first_stage_scores,
)

CORPUS = Path("/work/shared/corpus")
DEFAULT_FILES = (
    CORPUS / "scrapinghub-aeb" / "dev.jsonl.gz",
    CORPUS / "l3s-gn1" / "dev.jsonl.gz",
    CORPUS / "wcxb" / "dev.jsonl.gz",
)
# The settings of the shipped weights (issue #18, feat/pages-6), the script's defaults: of
# WCXB only its article pages, each at a tenth of a page's weight, and blocks labelled by
# word sequence. ``accuracy.py --cv`` fits with the same settings unless told otherwise.
SHIPPED_WORD_LABELS = True
SHIPPED_PAGE_TYPES = "article"
SHIPPED_CORPUS_WEIGHTS = ("wcxb=0.1",)
LEXICON_FILE = Path(__file__).resolve().parent.parent / "src/copydesk/lexicon/boilerplate.py"
TOKEN = re.compile(r"\w+")
MIN_LABEL_WORDS = 4


def read(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def collapse(text: str) -> str:
    return " ".join(text.split()).casefold()


@functools.cache
def harness() -> Any:
    """benchmarks/accuracy.py, loaded by path: its grouping of pages by site is the one rule."""
    path = Path(__file__).with_name("accuracy.py")
    spec = importlib.util.spec_from_file_location("copydesk_accuracy_harness", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fold_of(doc: dict[str, object], folds: int) -> int:
    """The fold of a page's site (every page of a site in one fold), as accuracy.py --cv."""
    site = harness().site_of(doc.get("meta") or {}, str(doc["id"]))
    return int(harness().fold_of_site(site, folds))


def comparable(text: str) -> str:
    """A block's text or the gold body as :func:`labels` compares them: the text collapsed
    (whitespace and case), or with ``--word-labels`` its ``\\w+`` words between spaces, as
    the body measure reads them (a gold that prints ``isn't`` where the page has ``isn’t``,
    as WCXB's does, then still holds the block)."""
    if WORD_LABELS:
        return " " + " ".join(TOKEN.findall(text.casefold())) + " "
    return collapse(text)


def labels(state: copydesk.ParseState, gold_body: str) -> list[int]:
    body = comparable(gold_body)
    paragraphs = {comparable(p) for p in gold_body.split("\n") if p.strip()}
    out = []
    for block in state.blocks:
        text = comparable(state.block_text(block))
        inside = bool(text.strip()) and text in body
        long_enough = len(TOKEN.findall(text)) >= MIN_LABEL_WORDS or text in paragraphs
        out.append(int(inside and long_enough))
    return out


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float) -> np.ndarray:
    """Weighted L2-penalised logistic regression by Newton's method (bias not penalised)."""
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ beta)))
        gradient = x.T @ (weight * (p - y)) + penalty * beta
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        change = np.linalg.solve(hessian, gradient)
        beta -= change
        if np.max(np.abs(change)) < 1e-7:
            break
    return beta


def token_prf(gold: str, predicted: str) -> tuple[float, float, float]:
    g = Counter(TOKEN.findall(gold.casefold()))
    p = Counter(TOKEN.findall(predicted.casefold()))
    common = sum((g & p).values())
    if not g and not p:
        return 1.0, 1.0, 1.0
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def predicted_body(article: copydesk.Article) -> str:
    if article.dateline is not None:
        return article.dateline.text + "\n\n" + article.body
    return article.body


def table(name: str, names: Sequence[str], beta: Sequence[float]) -> str:
    rows = "".join(f'    ("{key}", {value:.3f}),\n' for key, value in zip(names, beta, strict=True))
    return f"{name}: tuple[tuple[str, float], ...] = (\n{rows})"


def replace_table(source: str, name: str, text: str) -> str:
    pattern = name + r": tuple\[tuple\[str, float\], \.\.\.\] = \((?:\n    .*)*?\n?\)"
    return re.sub(pattern, lambda _: text, source, count=1)


class Page:
    """One corpus page: its blocks' features and labels."""

    def __init__(self, doc: dict[str, object], folds: int) -> None:
        self.doc = doc
        self.id = str(doc["id"])
        self.source = str(doc["meta"]["source"])  # type: ignore[index]
        self.gold = str(doc["gold"]["body"])  # type: ignore[index]
        self.fold = fold_of(doc, folds)
        self.state = page_state(str(doc["text"]))
        self.is_page = looks_like_page(self.state)
        self.vectors = block_features(self.state)
        self.labels = labels(self.state, self.gold)
        self.words = [len(TOKEN.findall(self.state.block_text(b))) for b in self.state.blocks]
        raw = [math.sqrt(n + 1) for n in self.words]
        # Every page counts alike (the measure averages over pages), however long it is.
        total = sum(raw) or 1.0
        self.weights = [WEIGHT_SCALE * value / total for value in raw] if BALANCE else raw


DROPPED: set[str] = set()
BALANCE = True
WEIGHT_SCALE = 100.0
# With --balance-corpora every corpus (``meta.source``) counts alike, however many pages it
# has: WCXB's 1,497 dev pages would otherwise outweigh the 563 of the two older corpora.
BALANCE_CORPORA = False
# With --word-labels (the script's default, SHIPPED_WORD_LABELS) a block and the gold are
# compared as word sequences, not as collapsed text: WCXB's gold has straight quotes where
# its pages have curly ones, so collapsed text misses about a fifth of its gold words and
# labels them as chrome (on the older corpora the two agree within 1%). Set by main().
WORD_LABELS = False
# A factor per corpus (``meta.source``) on its pages' weight in the fit (``--corpus-weight``).
CORPUS_WEIGHTS: dict[str, float] = {}
# With ``--page-types``, a page whose ``meta.page_type`` is given (WCXB's) is fitted on only
# when its type is one of these: a forum's posts and a listing's links are their pages'
# content, and would teach the reader to keep an article's comments and teaser lists.
PAGE_TYPES: frozenset[str] = frozenset()


def fitted_on(doc: dict[str, Any]) -> bool:
    """Whether the fit reads *doc* (see :data:`PAGE_TYPES`)."""
    page_type = (doc.get("meta") or {}).get("page_type")
    return not PAGE_TYPES or page_type is None or page_type in PAGE_TYPES


def parse_corpus_weights(items: Sequence[str]) -> dict[str, float]:
    """``["wcxb=0.5"]`` -> ``{"wcxb": 0.5}``."""
    weights = {}
    for item in items:
        source, _, factor = item.partition("=")
        weights[source] = float(factor)
    return weights


def corpus_factors(pages: Sequence[Page]) -> dict[str, float]:
    """A factor per corpus that gives each corpus the weight of an average corpus (with
    ``--balance-corpora``), times its factor in :data:`CORPUS_WEIGHTS`."""
    sizes = Counter(page.source for page in pages)
    if not BALANCE_CORPORA or not sizes:
        return {source: CORPUS_WEIGHTS.get(source, 1.0) for source in sizes}
    average = len(pages) / len(sizes)
    return {
        source: CORPUS_WEIGHTS.get(source, 1.0) * average / size for source, size in sizes.items()
    }


def fit_both(pages: Sequence[Page], l2: float) -> tuple[np.ndarray, np.ndarray]:
    """Fit the first stage on block features, then the second on neighbours' scores."""
    x = np.array([v for page in pages for v in page.vectors], dtype=float)
    x[:, [FEATURES.index(name) for name in DROPPED if name in FEATURES]] = 0.0
    y = np.array([v for page in pages for v in page.labels], dtype=float)
    factors = corpus_factors(pages)
    w = np.array([v * factors[page.source] for page in pages for v in page.weights], dtype=float)
    first = fit(x, y, w, l2)
    rows = []
    for page in pages:
        scores = [float(np.dot(first, v)) for v in page.vectors]
        rows.extend(context_features(page.vectors, scores))
    context = np.array(rows, dtype=float)
    context[:, [CONTEXT_FEATURES.index(name) for name in DROPPED if name in CONTEXT_FEATURES]] = 0
    second = fit(context, y, w, l2)
    return first, second


def lexicon_with(first: Sequence[float], second: Sequence[float]) -> copydesk.Lexicon:
    lexicon = copydesk.Lexicon.default()
    lexicon.boilerplate_weights = tuple(
        (name, round(float(value), 3)) for name, value in zip(FEATURES, first, strict=True)
    )
    lexicon.boilerplate_context_weights = tuple(
        (name, round(float(value), 3)) for name, value in zip(CONTEXT_FEATURES, second, strict=True)
    )
    return lexicon


def kept_text(page: Page, scores: Sequence[float], power: float, inside: float, bias: float) -> str:
    if not page.is_page:
        return "\n".join(page.state.block_text(b) for b in page.state.blocks)
    keep = decide(
        page.state,
        scores,
        length_power=power,
        inside_threshold=inside,
        region_bias=bias,
        short_run_words=page.state.lexicon.boilerplate_short_run_words,
    )
    if not any(keep):
        keep = [b.label == "body" for b in page.state.blocks]
    return "\n".join(
        page.state.block_text(b) for b, k in zip(page.state.blocks, keep, strict=True) if k
    )


def report(title: str, scores: dict[str, list[tuple[float, float, float]]]) -> None:
    print(title)
    for source, values in sorted(scores.items()):
        n = len(values)
        p, r, f = (sum(v[i] for v in values) / n for i in range(3))
        print(f"  {source:20} n={n:4}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    arguments.add_argument("--folds", type=int, default=5)
    arguments.add_argument("--l2", type=float, default=1.0)
    arguments.add_argument("--grid", action="store_true", help="search the decoding settings")
    arguments.add_argument("--write", action="store_true")
    arguments.add_argument("--unbalanced", action="store_true", help="weigh blocks, not pages")
    arguments.add_argument("--drop", default="", help="comma-separated features to leave out")
    arguments.add_argument(
        "--balance-corpora", action="store_true", help="every corpus weighs alike, not every page"
    )
    arguments.add_argument(
        "--word-labels",
        action=argparse.BooleanOptionalAction,
        default=SHIPPED_WORD_LABELS,
        help="label blocks by word sequence, not collapsed text (see WORD_LABELS)",
    )
    arguments.add_argument(
        "--corpus-weight",
        action="append",
        metavar="SOURCE=FACTOR",
        help="a factor on one corpus's weight in the fit (see CORPUS_WEIGHTS; default: "
        + " ".join(SHIPPED_CORPUS_WEIGHTS)
        + ")",
    )
    arguments.add_argument(
        "--page-types",
        default=SHIPPED_PAGE_TYPES,
        help="comma-separated page types fitted on, '' for all (see PAGE_TYPES)",
    )
    options = arguments.parse_args(argv)
    CORPUS_WEIGHTS.update(parse_corpus_weights(options.corpus_weight or SHIPPED_CORPUS_WEIGHTS))
    global PAGE_TYPES
    PAGE_TYPES = frozenset(name for name in options.page_types.split(",") if name)
    DROPPED.update(name for name in options.drop.split(",") if name)
    global BALANCE, BALANCE_CORPORA, WORD_LABELS
    BALANCE = not options.unbalanced
    BALANCE_CORPORA = options.balance_corpora
    WORD_LABELS = options.word_labels

    # --folds 0: no held-out figures, only the weights fitted on every page.
    pages = [
        Page(doc, max(options.folds, 1))
        for path in options.files
        for doc in read(path)
        if fitted_on(doc)
    ]
    lexicon = copydesk.Lexicon.default()
    power, inside = lexicon.boilerplate_length_power, lexicon.boilerplate_inside_threshold
    bias = lexicon.boilerplate_region_bias

    # Held-out scores of every page, from weights fitted on the other folds.
    held_out: dict[str, list[float]] = {}
    for fold in range(options.folds):
        first, second = fit_both([p for p in pages if p.fold != fold], options.l2)
        fold_lexicon = lexicon_with(first, second)
        for page in pages:
            if page.fold == fold:
                scores = first_stage_scores(page.vectors, fold_lexicon)
                rows = context_features(page.vectors, scores)
                held_out[page.id] = [float(np.dot(second, row)) for row in rows]

    if options.grid:
        settings = itertools.product((0.3, 0.5, 1.0), (-2.0, -1.0, 0.0), (0.0, 0.5, 1.0, 1.5))
        for grid_power, grid_inside, grid_bias in settings:
            scores: dict[str, list[tuple[float, float, float]]] = {}
            for page in pages:
                text = kept_text(page, held_out[page.id], grid_power, grid_inside, grid_bias)
                scores.setdefault(page.source, []).append(token_prf(page.gold, text))
            report(f"blocks only, power={grid_power} inside={grid_inside} bias={grid_bias}", scores)

    # The held-out figure that counts: the full default pipeline with the fold's weights.
    scores = {}
    for fold in range(options.folds):
        first, second = fit_both([p for p in pages if p.fold != fold], options.l2)
        parser = copydesk.Parser(lexicon=lexicon_with(first, second))
        for page in pages:
            if page.fold == fold:
                article = parser.parse(str(page.doc["text"]))
                scores.setdefault(page.source, []).append(
                    token_prf(page.gold, predicted_body(article))
                )
    report(
        f"held-out body tokens, full pipeline ({options.folds}-fold by site, "
        f"l2={options.l2}, power={power}, inside={inside}, bias={bias}):",
        scores,
    )

    first, second = fit_both(pages, options.l2)
    tables = [
        ("BOILERPLATE_WEIGHTS", table("BOILERPLATE_WEIGHTS", FEATURES, first)),
        (
            "BOILERPLATE_CONTEXT_WEIGHTS",
            table("BOILERPLATE_CONTEXT_WEIGHTS", CONTEXT_FEATURES, second),
        ),
    ]
    for _, text in tables:
        print(text)
    if options.write:
        source = LEXICON_FILE.read_text(encoding="utf-8")
        for name, text in tables:
            source = replace_table(source, name, text)
        LEXICON_FILE.write_text(source, encoding="utf-8")
        print(f"wrote {LEXICON_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
