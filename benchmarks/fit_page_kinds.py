"""Fit the page-kind classifier and the block weights for pages that are no article.

Usage::

    PYTHONPATH=src python benchmarks/fit_page_kinds.py [CORPUS.jsonl.gz ...]
        [--folds K] [--l2 C] [--other-types TYPE,...] [--other-weight SOURCE=FACTOR ...]
        [--other-share S] [--write] [--readings FILE] [--dump FILE]

Default corpora: the dev splits of ``scrapinghub-aeb``, ``l3s-gn1`` and ``wcxb`` (as
``benchmarks/fit_boilerplate.py``). The defaults are the shipped settings (``SHIPPED_*``):
``--write`` with no other argument rewrites the shipped tables of
``src/copydesk/lexicon/page_kinds.py`` as they are.

1. Every page is cut into blocks as a parse would and described twice: its blocks by
   :func:`copydesk.steps.boilerplate.block_features` (as for ``fit_boilerplate.py``), the
   whole page by :func:`copydesk.steps.boilerplate.kinds.page_kind_features`. Its gold kind
   is WCXB's ``meta.page_type`` (``article`` or one of six others); the pages of the other
   corpora are all articles.
2. The page-kind classifier is a logistic regression (L2, ``--l2``) of "no article" on the
   page features, every page weighing alike. The page types it learns as "no article" are
   those whose pages, all read as no article, gain over the type held out by at least
   twice the standard error of the mean gain (``read_types``, ``MIN_GAIN_ERRORS``; on the
   dev corpora: service, listing, forum and documentation pages; WCXB's collections gain
   within their noise and its product pages nothing).
3. The block weights for pages that are no article are fitted as ``fit_boilerplate.py``
   fits the article weights, on the pages of ``--other-types`` (default: every type), every
   corpus at the factor of ``--other-weight``.
4. The threshold is learned out of fold: pages are put in folds by site (as
   ``accuracy.py --cv``); on each held-out fold, every page is parsed twice with weights fitted
   on the other folds (read as an article, read as no article), and its classifier score
   comes from the classifier fitted on the other folds. The threshold is the one that gains
   most body F1 over all pages while no article corpus (``scrapinghub-aeb``, ``l3s-gn1``,
   WCXB's ``article`` pages) and no page type the classifier does not learn (WCXB's
   collections and products) loses any, the highest such threshold on a tie: a misread
   article costs more than a misread listing gains.
5. The tables fitted on every page are printed; ``--write`` replaces them in the lexicon.
   ``--readings FILE`` keeps the held-out readings of step 4 (the slow part: every page
   parsed twice per fold) in a JSON file and reads them back on the next run; ``--dump
   FILE`` writes each page's group, held-out score and both readings.

Needs numpy (a development tool, not a runtime dependency). Deterministic.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import itertools
import json
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

import copydesk
from copydesk.steps.boilerplate.kinds import PAGE_KIND_FEATURES, page_kind_features

LEXICON_FILE = Path(__file__).resolve().parent.parent / "src/copydesk/lexicon/page_kinds.py"
# The shipped settings (feat/pages-9): the weights for pages that are no article are fitted
# on WCXB's six other page types only, at full weight (fitted on every type they gained
# less: an article's page misread then lost more, so the learned threshold stood higher),
# and such a page keeps a second region at half the best one's weight.
SHIPPED_OTHER_TYPES = "service,listing,forum,product,documentation,collection"
SHIPPED_OTHER_WEIGHTS = ("wcxb=1.0",)
SHIPPED_OTHER_SHARE = 0.5
# The page types the classifier learns to tell from an article's page: set by main() to
# the types whose pages, read with their gold kind, gain out of fold beyond their noise
# (``read_types``). Shipped: WCXB's service, listing, forum and documentation pages.
SHIPPED_READ_TYPES = "service,listing,forum,documentation"
READ_TYPES: frozenset[str] = frozenset(SHIPPED_READ_TYPES.split(","))
# The corpora (``meta.source``, or ``wcxb/article``) whose body F1 must not fall (nor that
# of a WCXB page type the classifier does not learn).
ARTICLE_GROUPS = ("scrapinghub-aeb", "l3s-gn1", "wcxb/article")
# A page type is learned when its pages' mean held-out gain, read as no article, is at
# least this many standard errors (a gain within its noise does not hold on a new sample).
MIN_GAIN_ERRORS = 2.0


@functools.cache
def boilerplate_fitter() -> Any:
    """benchmarks/fit_boilerplate.py, loaded by path (its pages, labels and fit)."""
    path = Path(__file__).with_name("fit_boilerplate.py")
    spec = importlib.util.spec_from_file_location("fit_boilerplate_for_kinds", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_type(doc: dict[str, Any]) -> str:
    """A page's gold kind: WCXB's ``meta.page_type``, else ``article``."""
    return str((doc.get("meta") or {}).get("page_type") or "article")


def group_of(page: Any) -> str:
    """The corpus of *page*, WCXB's split by page type (``wcxb/forum``)."""
    kind = page_type(page.doc)
    return f"{page.source}/{kind}" if page.source == "wcxb" else page.source


class KindPage:
    """One corpus page with the features of the whole page."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.features = page_kind_features(page.state)
        self.is_other = page_type(page.doc) in READ_TYPES


def load_pages(files: Sequence[Path], folds: int) -> list[Any]:
    """Every page of *files* (every type), as ``fit_boilerplate.Page`` with kind features."""
    fitter = boilerplate_fitter()
    fitter.WORD_LABELS = fitter.SHIPPED_WORD_LABELS
    pages = []
    for path in files:
        for doc in fitter.read(path):
            page = fitter.Page(doc, max(folds, 1))
            page.kind = KindPage(page)
            pages.append(page)
    return pages


def with_settings(page_types: str, corpus_weights: Sequence[str]) -> Any:
    fitter = boilerplate_fitter()
    fitter.PAGE_TYPES = frozenset(name for name in page_types.split(",") if name)
    fitter.CORPUS_WEIGHTS = fitter.parse_corpus_weights(corpus_weights)
    return fitter


def fit_article_weights(pages: Sequence[Any], l2: float) -> tuple[np.ndarray, np.ndarray]:
    """The article weights as ``fit_boilerplate.py`` ships them (its ``SHIPPED_*``)."""
    fitter = boilerplate_fitter()
    with_settings(fitter.SHIPPED_PAGE_TYPES, fitter.SHIPPED_CORPUS_WEIGHTS)
    first, second = fitter.fit_both([p for p in pages if fitter.fitted_on(p.doc)], l2)
    return first, second


def fit_other_weights(
    pages: Sequence[Any], l2: float, page_types: str, corpus_weights: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """The block weights for pages that are no article (steps 3 of the module doc)."""
    fitter = with_settings(page_types, corpus_weights)
    return fitter.fit_both([p for p in pages if fitter.fitted_on(p.doc)], l2)  # type: ignore[no-any-return]


def fit_kind(pages: Sequence[Any], l2: float) -> np.ndarray:
    """The page-kind classifier: log-odds that a page is no article."""
    x = np.array([page.kind.features for page in pages], dtype=float)
    y = np.array([float(page.kind.is_other) for page in pages])
    weight = np.ones(len(pages))
    return boilerplate_fitter().fit(x, y, weight, l2)  # type: ignore[no-any-return]


def named(names: Sequence[str], values: Sequence[float]) -> tuple[tuple[str, float], ...]:
    return tuple((name, round(float(value), 3)) for name, value in zip(names, values, strict=True))


def kinds_lexicon(
    lexicon: copydesk.Lexicon,
    kind: Sequence[float],
    threshold: float,
    other: tuple[Sequence[float], Sequence[float]],
    share: float,
) -> copydesk.Lexicon:
    """*lexicon* with the page-kind tables set (changed in place and returned)."""
    from copydesk.steps.boilerplate import CONTEXT_FEATURES, FEATURES

    lexicon.page_kind_weights = named(PAGE_KIND_FEATURES, kind)
    lexicon.page_kind_threshold = round(float(threshold), 3)
    lexicon.other_page_weights = named(FEATURES, other[0])
    lexicon.other_page_context_weights = named(CONTEXT_FEATURES, other[1])
    lexicon.other_page_extra_region_share = share
    return lexicon


def articles_only(lexicon: copydesk.Lexicon) -> copydesk.Lexicon:
    """*lexicon* with no page-kind weights: every page read as an article (changed in place
    and returned)."""
    lexicon.page_kind_weights = ()
    return lexicon


def refitted_lexicon(
    lexicon: copydesk.Lexicon, pages: Sequence[Any], l2: float
) -> copydesk.Lexicon:
    """*lexicon* with the page-kind classifier and the weights for pages that are no
    article fitted on *pages* (``fit_boilerplate.Page``) with the shipped settings; the
    threshold and the region share stay the lexicon's. ``accuracy.py --cv`` fits each
    fold's tables so."""
    for page in pages:
        if not hasattr(page, "kind"):
            page.kind = KindPage(page)
    other = fit_other_weights(pages, l2, SHIPPED_OTHER_TYPES, SHIPPED_OTHER_WEIGHTS)
    return kinds_lexicon(
        lexicon,
        fit_kind(pages, l2),
        lexicon.page_kind_threshold,
        other,
        lexicon.other_page_extra_region_share,
    )


# Forcing one reading: every page scores 1 (read as no article) or never (as an article).
_EVERY_PAGE = np.array([1.0] + [0.0] * (len(PAGE_KIND_FEATURES) - 1))


def held_out_readings(
    pages: Sequence[Any], folds: int, l2: float, options: argparse.Namespace
) -> dict[str, tuple[float, float, float]]:
    """Per page id: its held-out classifier score, and its body F1 read as an article and
    read as no article, all with weights fitted without its fold."""
    fitter = boilerplate_fitter()
    readings: dict[str, tuple[float, float, float]] = {}
    for fold in range(folds):
        training = [p for p in pages if p.fold != fold]
        held = [p for p in pages if p.fold == fold]
        article = fit_article_weights(training, l2)
        other = fit_other_weights(training, l2, options.other_types, options.other_weights)
        # Read as an article: the shipped page-kind classifier must not read any page as
        # no article here (with fitted tables in the lexicon it would).
        as_article = copydesk.Parser(lexicon=articles_only(fitter.lexicon_with(*article)))
        as_other = copydesk.Parser(
            lexicon=kinds_lexicon(
                fitter.lexicon_with(*article), _EVERY_PAGE, 0.0, other, options.other_share
            )
        )
        for page in held:
            text = str(page.doc["text"])
            f1_article = fitter.token_prf(page.gold, fitter.predicted_body(as_article.parse(text)))
            f1_other = fitter.token_prf(page.gold, fitter.predicted_body(as_other.parse(text)))
            readings[page.id] = (0.0, f1_article[2], f1_other[2])
        print(f"fold {fold}: {len(held)} pages read", file=sys.stderr)
    return readings


def read_types(pages: Sequence[Any], readings: dict[str, tuple[float, float, float]]) -> set[str]:
    """The page types whose pages, all read as no article, gain over the type held out by
    at least :data:`MIN_GAIN_ERRORS` standard errors of the mean gain: the kinds the
    classifier learns. A type whose gain is within its noise (WCXB's collections: some are
    a grid of items, some one text over a grid) or none (its product pages) is better left
    to the article reading."""
    gains: dict[str, list[float]] = defaultdict(list)
    for page in pages:
        _, f1_article, f1_other = readings[page.id]
        gains[page_type(page.doc)].append(f1_other - f1_article)
    return {
        kind
        for kind, values in gains.items()
        if kind != "article" and mean_gain_errors(values) >= MIN_GAIN_ERRORS
    }


def mean_gain_errors(values: Sequence[float]) -> float:
    """The mean of *values* in standard errors of the mean (0 for fewer than two)."""
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    variance = sum((value - mean) ** 2 for value in values) / (len(values) - 1)
    error = (variance / len(values)) ** 0.5
    return mean / error if error else (float("inf") if mean > 0 else 0.0)


def with_kind_scores(
    pages: Sequence[Any], readings: dict[str, tuple[float, float, float]], folds: int, l2: float
) -> dict[str, tuple[float, float, float]]:
    """*readings* with each page's held-out classifier score (fitted without its fold)."""
    scored = dict(readings)
    for fold in range(folds):
        kind = fit_kind([p for p in pages if p.fold != fold], l2)
        for page in pages:
            if page.fold == fold:
                _, f1_article, f1_other = readings[page.id]
                scored[page.id] = (float(np.dot(kind, page.kind.features)), f1_article, f1_other)
    return scored


def set_read_types(pages: Sequence[Any], types: set[str]) -> None:
    """Make *types* the kinds the classifier learns."""
    global READ_TYPES
    READ_TYPES = frozenset(types)
    for page in pages:
        page.kind.is_other = page_type(page.doc) in READ_TYPES


def choose_threshold(
    pages: Sequence[Any], readings: dict[str, tuple[float, float, float]]
) -> float:
    """The learned threshold (step 4 of the module doc)."""
    protected = set(ARTICLE_GROUPS) | {
        group_of(page) for page in pages if page_type(page.doc) not in READ_TYPES
    }
    scores = sorted({readings[p.id][0] for p in pages})
    candidates = [scores[-1] + 1.0] + [(low + high) / 2 for low, high in itertools.pairwise(scores)]
    best, best_gain = candidates[0], 0.0
    for threshold in sorted(candidates, reverse=True):
        gains: dict[str, float] = defaultdict(float)
        for page in pages:
            score, f1_article, f1_other = readings[page.id]
            if score > threshold:
                gains[group_of(page)] += f1_other - f1_article
        if any(gains[group] < 0 for group in protected):
            continue
        total = sum(gains.values())
        if total > best_gain + 1e-9:
            best, best_gain = threshold, total
    return best


def report(pages: Sequence[Any], readings: dict[str, tuple[float, float, float]], t: float) -> None:
    """Held-out body F1 per corpus and page type: read as articles, with the kinds, and with
    the gold kind (the most the classifier could give)."""
    rows: dict[str, list[tuple[float, float, float, bool]]] = defaultdict(list)
    for page in pages:
        score, f1_article, f1_other = readings[page.id]
        chosen = f1_other if score > t else f1_article
        gold = f1_other if page.kind.is_other else f1_article
        rows[group_of(page)].append((f1_article, chosen, gold, score > t))
    print(
        f"held out, threshold {t:.3f}: body F1 as articles / with kinds / gold kinds, read as other"
    )
    for group, values in sorted(rows.items()):
        n = len(values)
        means = [sum(v[i] for v in values) / n for i in range(3)]
        other = sum(v[3] for v in values)
        print(f"  {group:22} n={n:4}  {means[0]:.3f}  {means[1]:.3f}  {means[2]:.3f}  {other:4}")


def table(name: str, rows: tuple[tuple[str, float], ...]) -> str:
    body = "".join(f'    ("{key}", {value:.3f}),\n' for key, value in rows)
    return f"{name}: tuple[tuple[str, float], ...] = (\n{body})"


def write_tables(lexicon: copydesk.Lexicon) -> None:
    source = LEXICON_FILE.read_text(encoding="utf-8")
    for name, rows in (
        ("PAGE_KIND_WEIGHTS", lexicon.page_kind_weights),
        ("OTHER_PAGE_WEIGHTS", lexicon.other_page_weights),
        ("OTHER_PAGE_CONTEXT_WEIGHTS", lexicon.other_page_context_weights),
    ):
        pattern = name + r": tuple\[tuple\[str, float\], \.\.\.\] = \((?:\n    .*)*?\n?\)"
        source = re.sub(pattern, lambda _: table(name, rows), source, count=1)  # noqa: B023
    source = re.sub(
        r"PAGE_KIND_THRESHOLD = [-0-9.]+",
        f"PAGE_KIND_THRESHOLD = {lexicon.page_kind_threshold}",
        source,
    )
    source = re.sub(
        r"OTHER_PAGE_EXTRA_REGION_SHARE = [-0-9.]+",
        f"OTHER_PAGE_EXTRA_REGION_SHARE = {lexicon.other_page_extra_region_share}",
        source,
    )
    LEXICON_FILE.write_text(source, encoding="utf-8")
    print(f"wrote {LEXICON_FILE}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    fitter = boilerplate_fitter()
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("files", nargs="*", type=Path, default=list(fitter.DEFAULT_FILES))
    arguments.add_argument("--folds", type=int, default=5)
    arguments.add_argument("--l2", type=float, default=1.0)
    arguments.add_argument("--other-types", default=SHIPPED_OTHER_TYPES)
    arguments.add_argument("--other-weight", action="append", dest="other_weights")
    arguments.add_argument("--other-share", type=float, default=SHIPPED_OTHER_SHARE)
    arguments.add_argument("--write", action="store_true")
    arguments.add_argument(
        "--readings",
        type=Path,
        help="a JSON file of the held-out readings: read when it exists (no parse), else written",
    )
    arguments.add_argument(
        "--dump", type=Path, help="write each page's group, held-out score and readings (JSON)"
    )
    options = arguments.parse_args(argv)
    options.other_weights = options.other_weights or list(SHIPPED_OTHER_WEIGHTS)

    pages = load_pages(options.files, options.folds)
    print(f"{len(pages)} pages", file=sys.stderr)
    if options.readings and options.readings.exists():
        readings = {
            key: (0.0, f1_article, f1_other)
            for key, (f1_article, f1_other) in json.loads(options.readings.read_text()).items()
        }
    else:
        readings = held_out_readings(pages, options.folds, options.l2, options)
        if options.readings:
            saved = {key: (value[1], value[2]) for key, value in readings.items()}
            options.readings.write_text(json.dumps(saved), encoding="utf-8")
    types = read_types(pages, readings)
    print(f"page types read as no article: {', '.join(sorted(types))}")
    set_read_types(pages, types)
    readings = with_kind_scores(pages, readings, options.folds, options.l2)
    threshold = choose_threshold(pages, readings)
    report(pages, readings, threshold)
    if options.dump:
        rows = {page.id: [group_of(page), *readings[page.id]] for page in pages}
        options.dump.write_text(json.dumps(rows), encoding="utf-8")

    other = fit_other_weights(pages, options.l2, options.other_types, options.other_weights)
    lexicon = kinds_lexicon(
        copydesk.Lexicon.default(),
        fit_kind(pages, options.l2),
        threshold,
        other,
        options.other_share,
    )
    print(table("PAGE_KIND_WEIGHTS", lexicon.page_kind_weights))
    print(f"PAGE_KIND_THRESHOLD = {lexicon.page_kind_threshold}")
    if options.write:
        write_tables(lexicon)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
