"""Accuracy harness for copydesk against the evaluation corpora.

Usage::

    python benchmarks/accuracy.py CORPUS.jsonl[.gz] ... [--json] [--baseline]
        [--limit N] [--sample N --seed S] [--typed TYPED.jsonl.gz]
        [--errors FIELD] [--worst K] [--quote-style single]

Each input file holds one JSON object per line (``id``, ``text``, ``gold``,
``meta``), plain or gzipped; ``/work/shared/corpus/README.md`` documents the
format. Results are grouped by ``meta.source`` (fallback: the file name). A
field is scored only where the gold has it, so the harness runs unchanged on any
file of that format.

``--quote-style single`` rewrites every double quotation mark of the texts and of the gold
strings into a single one (``“`` to ``‘``, ``”`` to ``’``, ``"`` to ``'``: one character for
one, so every gold span stays valid): the British and Commonwealth house style (``'…', he
said``), measured on the same gold.

Typed gold (bylines, datelines, captions typed for l3s-gn1) is joined on ``id``.
It is read from ``--typed``, or else from ``typed-<basename>`` next to each
corpus file when that exists (``X/dev.jsonl.gz`` -> ``X/typed-dev.jsonl.gz``).

Fields and measures (``n`` is the number of documents scored for the field,
``n_<measure>`` the denominator of each measure):

headline (gold ``headline``; null gold skipped)
    ``accuracy``: exact match after whitespace collapse and casefold;
    ``accuracy_folded``: the same with quote marks and dashes folded (see
    :func:`typography_folded`);
    ``token_f1``: mean per-document token F1 (same tokens as body).
dateline (gold ``dateline``, Reuters)
    ``found_recall`` (gold non-null), ``found_precision`` (a dateline parsed on a
    document whose gold has none is a false positive), ``text_exact`` (printed
    text incl. separator), ``location_exact``, ``date_text_exact`` (whitespace
    collapsed, case kept; over found datelines whose gold field is non-null and,
    when ``meta.dateline_parsed`` exists, well formed), ``agency_exact`` (found,
    gold agency non-null, compared after the alias table ``AGENCY_ALIASES``),
    ``agency_spurious`` (count: an agency parsed where the gold has none).
typed_dateline (typed ``dateline_typed``; documents whose item is not in the
    text are skipped)
    the same measures as dateline, without ``text_exact``.
bylines (gold ``bylines``, else typed ``bylines_typed`` items of kind byline or
    trailer that are in the text)
    micro ``precision``/``recall``/``f1`` of person names (whitespace collapsed,
    casefolded, multiset); documents with no gold name count, so any name parsed
    there is a false positive. Predicted names come from every parsed byline.
captions (typed ``captions_typed`` in the text)
    ``precision``/``recall`` by character-range overlap of a parsed caption with
    a gold caption (gold located with ``str.find``, an occurrence that fills whole lines
    first, repeated items take the next occurrence); ``credit_precision`` and
    ``credit_recall`` likewise for credits.
quotes (gold ``quotes``, PolNeAR)
    ``direct_piece_recall``: a gold piece of a ``direct`` quote is found when a
    parsed quote's span covers >= 50% of its characters;
    ``attributed_precision``: parsed ``direct`` quotes with a speaker whose span
    overlaps any gold attribution content span; ``speaker_accuracy`` and
    ``speaker_accuracy_names`` (non-pronoun gold speakers): head match of the
    speaker of the best-overlapping parsed quote of each found piece (see
    ``speaker_matches``); ``found_without_speaker`` (count).
    Both speaker counts: ``speaker_end_to_end``, of every gold direct piece whose quote
    has a gold speaker, the share found *and* given the right speaker (a piece found
    without a speaker counts as wrong); ``speaker_accuracy`` is the attributed-only count
    (among the found pieces we give a speaker). ``attributed_right_speaker``: parsed
    ``direct`` quotes with a speaker that overlap a gold attribution content span *and*
    name that attribution's source (``speaker_matches``), over all parsed ``direct``
    quotes with a speaker.
body (gold ``body``)
    macro-averaged per-document token ``precision``/``recall``/``f1``: tokens are
    ``re.findall(r"\\w+", text.casefold())`` compared as multisets. The parsed
    body is ``article.body``, prefixed with ``dateline.text + "\\n\\n"`` for
    sources whose gold body includes the dateline: see
    ``BODY_INCLUDES_DATELINE`` (reuters21578 excludes it; unknown sources
    include it).
throughput (every source)
    ``docs_per_s``, ``seconds`` (time spent in ``parse``), ``parse_errors``.

``--json`` prints ``{source: {field: {measure: value, "n": int,
"n_<measure>": int}}}`` (value is null when its denominator is 0) instead of
the table. ``evaluate()`` returns the same structure; ``--baseline`` (or
``parse=baseline_parse``) scores a trivial parser: first line headline, the
rest body.
"""

import argparse
import gzip
import hashlib
import importlib
import importlib.util
import json
import re
import sys
import time
import traceback
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

Json = dict[str, Any]
Span = tuple[int, int]
ParseFn = Callable[[str], object]
Results = dict[str, dict[str, dict[str, float | int | None]]]

BODY_INCLUDES_DATELINE: dict[str, bool] = {
    "reuters21578": False,
    "polnear": True,
    "scrapinghub-aeb": True,
    "l3s-gn1": True,
}
"""Whether a source's gold body starts with the dateline (default True)."""

AGENCY_ALIASES: dict[str, str] = {
    "reuter": "reuters",
    "associatedpress": "ap",
    "theassociatedpress": "ap",
    "agencefrancepresse": "afp",
    "unitedpressinternational": "upi",
}
"""Spellings of an agency that count as the same agency (keys in ``norm_agency`` form)."""

MAX_DETAIL_LINES = 25
"""Lines of detail ``--errors`` shows per document."""
GENERIC_STEMS = frozenset({"dev", "holdout", "test", "train", "data", "corpus"})
TOKEN_RE = re.compile(r"\w+")
NAME_TOKEN_RE = re.compile(r"\w+(?:['’.\-]\w+)*")
AUTHOR_SEPARATOR_RE = re.compile(r"\s*(?:[,;&|]|\band\b)\s*", re.IGNORECASE)
BY_RE = re.compile(r"^\s*by\s+", re.IGNORECASE)
CREDENTIALS = frozenset(
    {"phd", "md", "ms", "msc", "ma", "mba", "mph", "rd", "rdn", "ld", "cdn", "cde", "fand"}
    | {"rn", "np", "pa", "cpa", "cfa", "esq", "jd", "dds", "dvm", "ba", "bs", "bsc", "llm"}
    | {"mfa", "edd", "psyd", "lcsw", "cscs", "facs", "frcp", "mrcp"}
)
"""Credentials printed after an author's name (compared without dots, casefolded)."""
SPEAKER_CLAUSE_RE = re.compile(
    r"[,;(]|\s[-–—]\s|\s(?:who|whom|whose|which|that|of|from|at|for|in|on|with)\s",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Doc:
    """One corpus record, with its typed gold (if any) and source name."""

    id: str
    text: str
    gold: Json
    meta: Json
    typed: Json | None
    source: str


def read_jsonl(path: Path) -> Iterator[Json]:
    """Yield the JSON objects of a ``.jsonl`` or ``.jsonl.gz`` file."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record: Json = json.loads(line)
                yield record


def typed_path_for(path: Path) -> Path | None:
    """Return ``typed-<basename>`` beside ``path`` if that file exists."""
    candidate = path.with_name("typed-" + path.name)
    return candidate if candidate.is_file() else None


def load_typed(path: Path | None) -> dict[str, Json]:
    """Map record id to typed-gold record (empty when ``path`` is None)."""
    if path is None:
        return {}
    return {record["id"]: record for record in read_jsonl(path)}


def fallback_source(path: Path) -> str:
    """Source name for records without ``meta.source``: the file name."""
    stem = path.name.split(".")[0]
    return path.parent.name if stem in GENERIC_STEMS and path.parent.name else stem


def sample_key(seed: int, doc_id: str) -> str:
    """Deterministic sort key used by ``--sample``."""
    return hashlib.sha256(f"{seed}:{doc_id}".encode()).hexdigest()


def select(
    records: Iterable[Json], *, limit: int | None, sample: int | None, seed: int
) -> list[Json]:
    """Apply ``--sample`` (hash order, then file order) and ``--limit``."""
    if sample is None:
        chosen: list[Json] = []
        for record in records:
            if limit is not None and len(chosen) >= limit:
                break
            chosen.append(record)
        return chosen
    everything = list(records)
    picked = {r["id"] for r in sorted(everything, key=lambda r: sample_key(seed, r["id"]))[:sample]}
    chosen = [record for record in everything if record["id"] in picked]
    return chosen if limit is None else chosen[:limit]


SITE_HALVES = ("A", "B")
"""The two halves of the sites ``--sites`` keeps (two folds of :func:`fold_of_site`)."""


def in_site_half(record: Json, half: str) -> bool:
    """Whether *record* comes from a site of *half*: rules without learned weights are read
    on one half of the sites and scored on the other, the held-out figure of a rule."""
    site = site_of(record.get("meta") or {}, str(record["id"]))
    return fold_of_site(site, 2) == SITE_HALVES.index(half)


QUOTE_STYLES = ("double", "single")
"""The quotation-mark house styles ``--quote-style`` can turn the texts into."""
_DOUBLE_TO_SINGLE = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def in_quote_style(value: Any, style: str) -> Any:
    """*value* (a text, or gold: dicts and lists of them) in the quotation marks of *style*:
    ``single`` turns each double mark into its single partner, one character for one, so
    offsets into the text stay valid; ``double`` leaves it as printed.

    >>> in_quote_style({"text": '“We will,” she said. "Soon."', "spans": [[0, 9]]}, "single")
    {'text': "‘We will,’ she said. 'Soon.'", 'spans': [[0, 9]]}
    """
    if style == "double":
        return value
    if isinstance(value, str):
        return value.translate(_DOUBLE_TO_SINGLE)
    if isinstance(value, dict):
        return {key: in_quote_style(item, style) for key, item in value.items()}
    if isinstance(value, list):
        return [in_quote_style(item, style) for item in value]
    return value


def load_docs(
    path: Path,
    *,
    typed_path: Path | None,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
    split_by: str | None = None,
    quote_style: str = "double",
    sites: str | None = None,
) -> list[Doc]:
    """Read, select and join one corpus file; with *split_by* (a ``meta`` key such as
    ``page_type``) each value is reported as a source of its own (``wcxb/article``); the
    texts and gold in the marks of *quote_style* (see :func:`in_quote_style`); with *sites*
    (``A`` or ``B``) only the documents of that half of the sites (see :func:`in_site_half`)."""
    typed = load_typed(typed_path if typed_path is not None else typed_path_for(path))
    default_source = fallback_source(path)
    records = read_jsonl(path)
    if sites is not None:
        records = (r for r in records if in_site_half(r, sites))
    records = select(records, limit=limit, sample=sample, seed=seed)
    if quote_style != "double":
        records = [
            {**r, "text": in_quote_style(r["text"], quote_style)}
            | {"gold": in_quote_style(r.get("gold") or {}, quote_style)}
            for r in records
        ]
        typed = {key: in_quote_style(item, quote_style) for key, item in typed.items()}
    return [
        Doc(
            id=str(record["id"]),
            text=record["text"],
            gold=record.get("gold") or {},
            meta=record.get("meta") or {},
            typed=typed.get(record["id"]),
            source=_source_name(record.get("meta") or {}, default_source, split_by),
        )
        for record in records
    ]


def _source_name(meta: Json, default: str, split_by: str | None) -> str:
    source = str(meta.get("source") or default)
    if split_by and meta.get(split_by) is not None:
        return f"{source}/{meta[split_by]}"
    return source


# ------------------------------------------------------------------ parsed-article view


@dataclass(frozen=True)
class DatelineView:
    """The dateline fields the harness scores."""

    text: str | None
    location: str | None
    date_text: str | None
    agency: str | None
    span: Span | None


@dataclass(frozen=True)
class BylineView:
    """A parsed byline: printed text and person names."""

    text: str | None
    names: tuple[str, ...]
    kind: str | None


@dataclass(frozen=True)
class CaptionView:
    """A parsed caption and its credit."""

    text: str | None
    span: Span | None
    credit_text: str | None
    credit_span: Span | None


@dataclass(frozen=True)
class QuoteView:
    """A parsed quote and its speaker (``has_speaker`` False when none)."""

    text: str | None
    span: Span | None
    kind: str | None
    has_speaker: bool
    speaker_name: str | None
    speaker_mention: str | None


@dataclass(frozen=True)
class ParsedView:
    """Plain-data snapshot of a copydesk ``Article``; missing parts are empty."""

    headline: str | None = None
    dateline: DatelineView | None = None
    bylines: tuple[BylineView, ...] = ()
    captions: tuple[CaptionView, ...] = ()
    quotes: tuple[QuoteView, ...] = ()
    body: str = ""
    published: str | None = None
    updated: str | None = None


def _str_attr(obj: object, name: str) -> str | None:
    value = getattr(obj, name, None)
    return value if isinstance(value, str) else None


def _span_attr(obj: object) -> Span | None:
    span = getattr(obj, "span", None)
    start, end = getattr(span, "start", None), getattr(span, "end", None)
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


def _seq_attr(obj: object, name: str) -> tuple[object, ...]:
    value = getattr(obj, name, None)
    if value is None or isinstance(value, (str, bytes)):
        return ()
    try:
        return tuple(value)
    except TypeError:
        return ()


def _view_dateline(obj: object) -> DatelineView | None:
    if obj is None:
        return None
    return DatelineView(
        text=_str_attr(obj, "text"),
        location=_str_attr(obj, "location"),
        date_text=_str_attr(obj, "date_text"),
        agency=_str_attr(obj, "agency"),
        span=_span_attr(obj),
    )


def _view_byline(obj: object) -> BylineView:
    names = tuple(n for n in _seq_attr(obj, "names") if isinstance(n, str))
    return BylineView(text=_str_attr(obj, "text"), names=names, kind=_str_attr(obj, "kind"))


def _view_caption(obj: object) -> CaptionView:
    credit = getattr(obj, "credit", None)
    return CaptionView(
        text=_str_attr(obj, "text"),
        span=_span_attr(obj),
        credit_text=_str_attr(credit, "text") if credit is not None else None,
        credit_span=_span_attr(credit) if credit is not None else None,
    )


def _view_quote(obj: object) -> QuoteView:
    speaker = getattr(obj, "speaker", None)
    return QuoteView(
        text=_str_attr(obj, "text"),
        span=_span_attr(obj),
        kind=_str_attr(obj, "kind"),
        has_speaker=speaker is not None,
        speaker_name=_str_attr(speaker, "name") if speaker is not None else None,
        speaker_mention=_str_attr(speaker, "mention") if speaker is not None else None,
    )


def _view_body(article: object) -> str:
    body = _str_attr(article, "body")
    if body is not None:
        return body
    texts = (_str_attr(p, "text") for p in _seq_attr(article, "paragraphs"))
    return "\n\n".join(t for t in texts if t)


def view_article(article: object) -> ParsedView:
    """Read the contract attributes of an ``Article`` (or any look-alike)."""
    headline = getattr(article, "headline", None)
    return ParsedView(
        headline=_str_attr(headline, "text") if headline is not None else None,
        dateline=_view_dateline(getattr(article, "dateline", None)),
        bylines=tuple(_view_byline(b) for b in _seq_attr(article, "bylines")),
        captions=tuple(_view_caption(c) for c in _seq_attr(article, "captions")),
        quotes=tuple(_view_quote(q) for q in _seq_attr(article, "quotes")),
        body=_view_body(article),
        published=_view_published(getattr(article, "published", None)),
        updated=_view_published(getattr(article, "updated", None)),
    )


def _view_published(obj: object) -> str | None:
    """The ISO date (``YYYY-MM-DD``) of a parsed publication date, whatever its shape."""
    for value in (getattr(obj, "value", None), getattr(obj, "date", None), obj):
        isoformat = getattr(value, "isoformat", None)
        if callable(isoformat):
            return str(isoformat())[:10]
    return None


# ---------------------------------------------------------------------------- baseline


def _span_ns(start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end)


def baseline_parse(text: str, reference_date: object = None) -> SimpleNamespace:
    """Trivial reference parser: the first non-blank line is the headline; runs
    of non-blank lines after it are the body paragraphs."""
    del reference_date
    headline: SimpleNamespace | None = None
    runs: list[list[int]] = []  # [start, end] of each paragraph
    previous_end = -2
    for line in re.finditer(r"[^\n]*\S[^\n]*", text):
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        end = line.start() + len(line.group().rstrip())
        if headline is None:
            headline = SimpleNamespace(text=text[start:end], span=_span_ns(start, end))
        elif runs and line.start() == previous_end + 1:
            runs[-1][1] = end
        else:
            runs.append([start, end])
        previous_end = line.end()
    paragraphs = tuple(SimpleNamespace(text=text[s:e], span=_span_ns(s, e)) for s, e in runs)
    return SimpleNamespace(
        headline=headline,
        site=None,
        dateline=None,
        bylines=(),
        captions=(),
        quotes=(),
        paragraphs=paragraphs,
        body="\n\n".join(p.text for p in paragraphs),
        chrome=(),
    )


# ----------------------------------------------------------------------------- helpers


def collapse(text: str) -> str:
    """Collapse runs of white space to one space and strip."""
    return " ".join(text.split())


def norm(text: str) -> str:
    """Whitespace-collapsed, casefolded text."""
    return collapse(text).casefold()


def tokens(text: str) -> list[str]:
    """Lower-case word tokens (the body measure's tokens)."""
    return TOKEN_RE.findall(text.casefold())


def norm_agency(agency: str) -> str:
    """Comparison form of an agency name: casefolded letters and digits only,
    then mapped through ``AGENCY_ALIASES`` (``"(Reuter)"`` -> ``"reuters"``)."""
    key = "".join(ch for ch in agency.casefold() if ch.isalnum())
    return AGENCY_ALIASES.get(key, key)


def overlap(a: Span, b: Span) -> int:
    """Number of characters shared by two ``[start, end)`` ranges."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def ratio(num: float, den: float) -> float | None:
    """``num / den``, or None when the denominator is 0."""
    return num / den if den else None


def token_prf(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """Multiset token precision, recall and F1 of one document.

    Both empty scores 1; an empty prediction scores precision 0 (unless the gold
    is empty too), an empty gold scores recall 1."""
    if not gold and not pred:
        return 1.0, 1.0, 1.0
    common = sum((Counter(gold) & Counter(pred)).values())
    precision = common / len(pred) if pred else 0.0
    recall = common / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def short(text: str | None, width: int = 100) -> str:
    """One-line excerpt for error listings."""
    if text is None:
        return "—"
    flat = collapse(text)
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills whole lines (nothing else on its first or last)."""
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _find_alone(text: str, item: str, start: int) -> int:
    """The first occurrence of ``item`` from ``start`` that fills whole lines, or -1."""
    start = text.find(item, start)
    while start >= 0 and not _stands_alone(text, start, start + len(item)):
        start = text.find(item, start + 1)
    return start


def locate_items(
    text: str, items: Iterable[str], *, whole_lines_first: bool = False
) -> list[Span | None]:
    """Offsets of each item in ``text``; a repeated item takes the next occurrence (past the
    last, the first). ``whole_lines_first`` prefers an occurrence that fills whole lines: a
    caption printed again inside a body sentence is not the caption."""
    next_from: dict[str, int] = {}
    spans: list[Span | None] = []
    for item in items:
        begin = next_from.get(item, 0)
        start = _find_alone(text, item, begin) if whole_lines_first else -1
        if start < 0:
            start = text.find(item, begin)
        if start < 0:
            start = text.find(item)
        if start < 0 or not item:
            spans.append(None)
            continue
        next_from[item] = start + 1
        spans.append((start, start + len(item)))
    return spans


# ----------------------------------------------------------------------------- scoring


@dataclass
class DocScore:
    """One document's contribution to a field: additive counts, how bad it is
    (0 = perfect, used by ``--errors``) and a lazy description for listings."""

    counts: dict[str, float]
    badness: float = 0.0
    detail: Callable[[], list[str]] = field(default=lambda: list[str]())


@dataclass(frozen=True)
class Stat:
    """One reported measure."""

    name: str
    value: float | None
    n: int
    is_count: bool = False


def rate(name: str, counts: dict[str, float], num: str, den: str) -> Stat:
    """A ratio measure from two count keys."""
    return Stat(name, ratio(counts.get(num, 0.0), counts.get(den, 0.0)), int(counts.get(den, 0)))


def mean(name: str, counts: dict[str, float], total: str) -> Stat:
    """A per-document mean from a summed value and the document count."""
    return Stat(
        name, ratio(counts.get(total, 0.0), counts.get("docs", 0.0)), int(counts.get("docs", 0))
    )


def f1_stat(name: str, counts: dict[str, float], tp: str, pred: str, gold: str) -> Stat:
    """Micro F1 from true positives, predicted and gold counts (n: gold)."""
    t, p, g = counts.get(tp, 0.0), counts.get(pred, 0.0), counts.get(gold, 0.0)
    return Stat(name, ratio(2 * t, p + g), int(g))


# headline ---------------------------------------------------------------------------


def score_headline(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """Exact headline match (collapse + casefold) and token F1."""
    gold = doc.gold.get("headline")
    if not isinstance(gold, str):
        return None
    pred = parsed.headline
    correct = pred is not None and headline_form(pred) == headline_form(gold)
    folded = pred is not None and typography_folded(pred) == typography_folded(gold)
    f1 = token_prf(tokens(gold), tokens(pred or ""))[2]
    return DocScore(
        counts={"docs": 1, "correct": float(correct), "folded": float(folded), "f1": f1},
        badness=0.0 if correct else 2.0 - f1,
        detail=lambda: [f"gold:   {short(gold, 160)}", f"parsed: {short(pred, 160)}"],
    )


def headline_form(text: str) -> str:
    """Comparison form of a headline: :func:`norm`, without a trailing ``;``.

    PolNeAR prints WaPo/USA Today titles as ``Head;`` with the deck on the next line, and its
    gold drops the ``;`` (corpus README); a parser that keeps the headline as printed must
    not be marked wrong for it.
    """
    return norm(text).rstrip("; ")


_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def typography_folded(text: str) -> str:
    """:func:`headline_form` with curly quotes and apostrophes made straight and en and em
    dashes made hyphens (``--`` too), the form of ``accuracy_folded``.

    WCXB's gold often writes the heading in other marks than the page prints it (``We've``
    for ``We’ve``, ``--`` for ``—``); copydesk keeps the text as printed. ``accuracy``
    counts those as misses, ``accuracy_folded`` does not: the gap between them is the
    share of such documents.

    >>> typography_folded("We’ve Done It — Again") == typography_folded("We've done it -- again")
    True
    """
    return headline_form(text).translate(_TYPOGRAPHY).replace("--", "-")


def summarize_headline(c: dict[str, float]) -> list[Stat]:
    return [
        rate("accuracy", c, "correct", "docs"),
        rate("accuracy_folded", c, "folded", "docs"),
        mean("token_f1", c, "f1"),
    ]


# datelines ---------------------------------------------------------------------------


def _dateline_counts(
    gold: Json | None, pred: DatelineView | None, *, well_formed: bool
) -> dict[str, float]:
    """Shared dateline counts for the Reuters and the typed l3s gold."""
    counts: dict[str, float] = {
        "docs": 1,
        "gold": float(gold is not None),
        "pred": float(pred is not None),
    }
    if gold is None or pred is None:
        return counts
    counts["found"] = 1
    pairs = {
        "text": (gold.get("raw"), pred.text),
        "location": (gold.get("location"), pred.location),
        "date_text": (gold.get("date_text"), pred.date_text),
    }
    for key, (g, p) in pairs.items():
        if isinstance(g, str) and (well_formed or key == "text"):
            counts[f"{key}_n"] = 1
            counts[f"{key}_ok"] = float(p is not None and collapse(p) == collapse(g))
    gold_agency = gold.get("agency")
    if isinstance(gold_agency, str):
        counts["agency_n"] = 1
        counts["agency_ok"] = float(
            pred.agency is not None and norm_agency(pred.agency) == norm_agency(gold_agency)
        )
    elif pred.agency is not None:
        counts["agency_spurious"] = 1
    return counts


def _dateline_badness(counts: dict[str, float]) -> float:
    missed_or_spurious = counts["gold"] != counts["pred"]
    wrong = sum(
        counts.get(f"{k}_n", 0) - counts.get(f"{k}_ok", 0)
        for k in ("text", "location", "date_text", "agency")
    )
    return 3.0 * missed_or_spurious + wrong + counts.get("agency_spurious", 0)


def _dateline_detail(gold: Json | None, pred: DatelineView | None) -> Callable[[], list[str]]:
    def lines() -> list[str]:
        g = gold or {}
        p = pred or DatelineView(None, None, None, None, None)
        return [
            f"{'':10} {'gold':40} parsed",
            f"{'text':10} {short(g.get('raw', g.get('text')), 40):40} {short(p.text, 60)}",
            f"{'location':10} {short(g.get('location'), 40):40} {short(p.location, 60)}",
            f"{'date_text':10} {short(g.get('date_text'), 40):40} {short(p.date_text, 60)}",
            f"{'agency':10} {short(g.get('agency'), 40):40} {short(p.agency, 60)}",
        ]

    return lines


def score_dateline(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """Reuters-style ``gold.dateline`` (``raw``/``location``/``date_text``/``agency``)."""
    if "dateline" not in doc.gold:
        return None
    gold = doc.gold["dateline"]
    counts = _dateline_counts(
        gold, parsed.dateline, well_formed=bool(doc.meta.get("dateline_parsed", True))
    )
    return DocScore(counts, _dateline_badness(counts), _dateline_detail(gold, parsed.dateline))


def score_typed_dateline(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """Typed ``dateline_typed`` (items not in the text skip the document)."""
    if doc.typed is None or "dateline_typed" not in doc.typed:
        return None
    gold = doc.typed["dateline_typed"]
    if gold is not None and not gold.get("in_text", True):
        return None
    counts = _dateline_counts(gold, parsed.dateline, well_formed=True)
    return DocScore(counts, _dateline_badness(counts), _dateline_detail(gold, parsed.dateline))


def _summarize_dateline(c: dict[str, float], *, with_text: bool) -> list[Stat]:
    stats = [rate("found_recall", c, "found", "gold"), rate("found_precision", c, "found", "pred")]
    keys = (
        ("text", "location", "date_text", "agency")
        if with_text
        else ("location", "date_text", "agency")
    )
    stats += [rate(f"{k}_exact", c, f"{k}_ok", f"{k}_n") for k in keys]
    stats.append(
        Stat(
            "agency_spurious", c.get("agency_spurious", 0.0), int(c.get("found", 0)), is_count=True
        )
    )
    return stats


def summarize_dateline(c: dict[str, float]) -> list[Stat]:
    return _summarize_dateline(c, with_text=True)


def summarize_typed_dateline(c: dict[str, float]) -> list[Stat]:
    return _summarize_dateline(c, with_text=False)


# bylines ----------------------------------------------------------------------------


def gold_byline_names(doc: Doc) -> list[str] | None:
    """Gold person names: ``gold.bylines``, WCXB's ``author_raw`` split into names, or typed
    byline/trailer items in the text."""
    if "bylines" in doc.gold:
        return [n for n in doc.gold["bylines"] if isinstance(n, str)]
    if "author_raw" in doc.gold:
        return author_names(doc.gold["author_raw"] or "")
    if doc.typed is None or "bylines_typed" not in doc.typed:
        return None
    return [
        name
        for item in doc.typed["bylines_typed"]
        if item.get("kind") in ("byline", "trailer") and item.get("in_text", True)
        for name in item.get("names") or []
    ]


def author_names(printed: str) -> list[str]:
    """The person names of an author line as printed: split on commas, semicolons, ``&``,
    ``|`` and ``and``; a leading ``By``, and credentials such as ``PhD`` or ``RD``, dropped.

    >>> author_names("By Dylan Bailey, MS, RD, FAND and Jane Roe")
    ['Dylan Bailey', 'Jane Roe']
    """
    names: list[str] = []
    for part in AUTHOR_SEPARATOR_RE.split(printed):
        name = BY_RE.sub("", part).strip(" .")
        if name and name.replace(".", "").casefold() not in CREDENTIALS:
            names.append(name)
    return names


def score_bylines(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """Person-name multiset match (collapse + casefold)."""
    gold = gold_byline_names(doc)
    if gold is None:
        return None
    pred = [name for byline in parsed.bylines for name in byline.names]
    gold_c, pred_c = Counter(map(norm, gold)), Counter(map(norm, pred))
    tp = sum((gold_c & pred_c).values())
    misses = len(pred) + len(gold) - 2 * tp

    def lines() -> list[str]:
        return [f"gold names:   {gold}", f"parsed names: {pred}"] + [
            f"  parsed byline ({b.kind}): {short(b.text)}" for b in parsed.bylines
        ]

    counts: dict[str, float] = {"docs": 1, "tp": tp, "pred": len(pred), "gold": len(gold)}
    return DocScore(counts, float(misses), lines)


def summarize_bylines(c: dict[str, float]) -> list[Stat]:
    return [
        rate("precision", c, "tp", "pred"),
        rate("recall", c, "tp", "gold"),
        f1_stat("f1", c, "tp", "pred", "gold"),
    ]


# captions ---------------------------------------------------------------------------


def _gold_caption_spans(doc: Doc, items: list[Json]) -> tuple[list[Span], list[Span]]:
    """Located gold caption spans and credit spans."""
    captions: list[Span] = []
    credits: list[Span] = []
    located = locate_items(doc.text, (item["text"] for item in items), whole_lines_first=True)
    for item, span in zip(items, located, strict=True):
        if span is None:
            continue
        captions.append(span)
        credit = item.get("credit")
        if not isinstance(credit, str) or not credit:
            continue
        offset = doc.text.find(credit, span[0], span[1])
        if offset >= 0:
            credits.append((offset, offset + len(credit)))
    return captions, credits


def _match_counts(gold: list[Span], pred: list[Span]) -> tuple[int, int]:
    """(gold spans hit by some prediction, predictions hitting some gold span)."""
    hit_gold = sum(any(overlap(g, p) for p in pred) for g in gold)
    hit_pred = sum(any(overlap(g, p) for g in gold) for p in pred)
    return hit_gold, hit_pred


def score_captions(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """Caption and credit precision/recall by span overlap (typed gold)."""
    if doc.typed is None or "captions_typed" not in doc.typed:
        return None
    items = [i for i in doc.typed["captions_typed"] if i.get("in_text", True)]
    gold_caps, gold_credits = _gold_caption_spans(doc, items)
    pred_caps = [c.span for c in parsed.captions if c.span is not None]
    pred_credits = [c.credit_span for c in parsed.captions if c.credit_span is not None]
    cap_gold_hit, cap_pred_hit = _match_counts(gold_caps, pred_caps)
    cred_gold_hit, cred_pred_hit = _match_counts(gold_credits, pred_credits)
    counts: dict[str, float] = {
        "docs": 1,
        "gold": len(gold_caps),
        "pred": len(parsed.captions),
        "gold_hit": cap_gold_hit,
        "pred_hit": cap_pred_hit,
        "credit_gold": len(gold_credits),
        "credit_pred": len(pred_credits),
        "credit_gold_hit": cred_gold_hit,
        "credit_pred_hit": cred_pred_hit,
    }
    badness = (
        (len(gold_caps) - cap_gold_hit)
        + (len(parsed.captions) - cap_pred_hit)
        + 0.5 * (len(gold_credits) - cred_gold_hit + len(pred_credits) - cred_pred_hit)
    )

    def lines() -> list[str]:
        out = [f"gold caption:   {short(doc.text[s:e])}" for s, e in gold_caps]
        out += [f"gold credit:    {short(doc.text[s:e])}" for s, e in gold_credits]
        out += [
            f"parsed caption: {short(c.text)} | credit: {short(c.credit_text, 50)}"
            for c in parsed.captions
        ]
        return out

    return DocScore(counts, badness, lines)


def summarize_captions(c: dict[str, float]) -> list[Stat]:
    return [
        rate("precision", c, "pred_hit", "pred"),
        rate("recall", c, "gold_hit", "gold"),
        rate("credit_precision", c, "credit_pred_hit", "credit_pred"),
        rate("credit_recall", c, "credit_gold_hit", "credit_gold"),
    ]


# quotes -----------------------------------------------------------------------------


def name_tokens(text: str) -> list[str]:
    """Word tokens of a name, possessive ``'s`` / trailing apostrophe removed."""
    return [re.sub(r"['’]s?$", "", t) for t in NAME_TOKEN_RE.findall(text)]


def last_capitalised(text: str | None) -> str | None:
    """Last token of ``text`` that starts with an upper-case letter."""
    caps = [t for t in name_tokens(text or "") if t[:1].isupper()]
    return caps[-1] if caps else None


def speaker_head(speaker: str) -> str | None:
    """Head token of a gold speaker NP: the last capitalised token before the
    first comma/relative clause/preposition, else that chunk's last token."""
    chunk = SPEAKER_CLAUSE_RE.split(speaker, maxsplit=1)[0]
    toks = name_tokens(chunk)
    return last_capitalised(chunk) or (toks[-1] if toks else None)


def speaker_matches(gold: str, is_pronoun: bool, quote: QuoteView) -> bool:
    """Head match between a gold speaker span and a parsed speaker.

    Pronoun gold: the parsed mention must equal it (casefolded). Otherwise the
    last capitalised token of the parsed name or mention must be a token of the
    gold span, or the gold head token a token of the parsed name or mention."""
    if is_pronoun:
        return quote.speaker_mention is not None and norm(quote.speaker_mention) == norm(gold)
    gold_tokens = {t.casefold() for t in name_tokens(gold)}
    ours = [quote.speaker_name, quote.speaker_mention]
    for our in ours:
        last = last_capitalised(our)
        if last is not None and last.casefold() in gold_tokens:
            return True
    head = speaker_head(gold)
    our_tokens = {t.casefold() for o in ours for t in name_tokens(o or "")}
    return head is not None and head.casefold() in our_tokens


def _attribution_spans(role: Json | None) -> list[Span]:
    return [(int(s), int(e)) for s, e in (role or {}).get("spans", [])]


def gold_piece_spans(doc: Doc, quote: Json, attributions: dict[str, Json]) -> list[Span]:
    """Spans of a gold quote's pieces: the attribution's content (+content2)
    spans when they spell the pieces, else ``str.find``."""
    pieces = [p for p in quote.get("pieces") or [quote.get("text")] if isinstance(p, str)]
    att = attributions.get(str(quote.get("attribution_id")))
    if att is not None:
        spans = _attribution_spans(att.get("content")) + _attribution_spans(att.get("content2"))
        if [doc.text[s:e] for s, e in spans] == pieces:
            return spans
    return [s for s in locate_items(doc.text, pieces) if s is not None]


def best_quote(piece: Span, quotes: Sequence[QuoteView]) -> QuoteView | None:
    """The parsed quote covering most of ``piece``, if it covers >= 50%."""
    best, best_overlap = None, 0
    for q in quotes:
        shared = overlap(piece, q.span) if q.span is not None else 0
        if shared > best_overlap:
            best, best_overlap = q, shared
    return best if best is not None and 2 * best_overlap >= piece[1] - piece[0] else None


def _speaker_text(q: QuoteView) -> str:
    return f"name={q.speaker_name!r} mention={q.speaker_mention!r}" if q.has_speaker else "none"


def score_quotes(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """Direct-piece recall, attributed-quote precision and speaker head match."""
    if "quotes" not in doc.gold:
        return None
    attributions = {str(a.get("id")): a for a in doc.gold.get("attributions") or []}
    counts: dict[str, float] = {"docs": 1}
    missed: list[str] = []
    wrong: list[str] = []
    for quote in doc.gold["quotes"]:
        if quote.get("kind") != "direct":
            continue
        for piece in gold_piece_spans(doc, quote, attributions):
            counts["pieces"] = counts.get("pieces", 0) + 1
            match = best_quote(piece, parsed.quotes)
            if match is None:
                if isinstance(quote.get("speaker"), str):
                    counts["e2e_n"] = counts.get("e2e_n", 0) + 1
                missed.append(
                    f"missed: {short(doc.text[piece[0] : piece[1]])}  [{quote.get('speaker')}]"
                )
                continue
            counts["found"] = counts.get("found", 0) + 1
            _score_speaker(counts, quote, match, wrong)
    content_spans = [
        span
        for a in attributions.values()
        for span in _attribution_spans(a.get("content")) + _attribution_spans(a.get("content2"))
    ]
    sources = _gold_sources(doc, attributions)
    unsupported: list[str] = []
    for q in parsed.quotes:
        if q.has_speaker and q.kind == "direct":
            counts["attributed"] = counts.get("attributed", 0) + 1
            if q.span is not None and any(overlap(q.span, s) for s in content_spans):
                counts["attributed_ok"] = counts.get("attributed_ok", 0) + 1
                source = _best_source(q, sources)
                if source is not None and speaker_matches(source[0], source[1], q):
                    counts["attributed_right"] = counts.get("attributed_right", 0) + 1
            else:
                unsupported.append(f"not a gold attribution: {short(q.text)} ({_speaker_text(q)})")
    badness = float(len(missed) + len(wrong) + len(unsupported))
    return DocScore(counts, badness, lambda: missed + wrong + unsupported)


PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them"}
)
"""Gold sources read as pronouns when no gold quote says (attributions of indirect speech)."""


def _gold_sources(doc: Doc, attributions: dict[str, Json]) -> list[tuple[Span, str, bool]]:
    """Every gold attribution content span with its source and whether that is a pronoun
    (the gold quote's ``speaker`` and flag where a quote names the attribution)."""
    by_attribution = {
        str(q.get("attribution_id")): q
        for q in doc.gold.get("quotes") or []
        if isinstance(q.get("speaker"), str)
    }
    found: list[tuple[Span, str, bool]] = []
    for key, att in attributions.items():
        quote = by_attribution.get(key)
        if quote is not None:
            speaker, pronoun = quote["speaker"], bool(quote.get("speaker_is_pronoun"))
        else:
            speaker = str((att.get("source") or {}).get("text") or "")
            pronoun = norm(speaker) in PRONOUNS
        if not speaker:
            continue
        for span in _attribution_spans(att.get("content")) + _attribution_spans(
            att.get("content2")
        ):
            found.append((span, speaker, pronoun))
    return found


def _best_source(q: QuoteView, sources: list[tuple[Span, str, bool]]) -> tuple[str, bool] | None:
    """The gold source of the content span a parsed quote overlaps most."""
    best, best_overlap = None, 0
    for span, speaker, pronoun in sources:
        shared = overlap(q.span, span) if q.span is not None else 0
        if shared > best_overlap:
            best, best_overlap = (speaker, pronoun), shared
    return best


def _score_speaker(
    counts: dict[str, float], quote: Json, match: QuoteView, wrong: list[str]
) -> None:
    """Add the speaker counts for one found gold piece."""
    gold = quote.get("speaker")
    if isinstance(gold, str):
        counts["e2e_n"] = counts.get("e2e_n", 0) + 1
    if not match.has_speaker:
        counts["no_speaker"] = counts.get("no_speaker", 0) + 1
        if isinstance(gold, str):
            wrong.append(f"no speaker: gold {gold!r} for {short(match.text, 60)}")
        return
    if not isinstance(gold, str):
        return
    pronoun = bool(quote.get("speaker_is_pronoun"))
    ok = speaker_matches(gold, pronoun, match)
    counts["e2e_ok"] = counts.get("e2e_ok", 0) + ok
    counts["spk_n"] = counts.get("spk_n", 0) + 1
    counts["spk_ok"] = counts.get("spk_ok", 0) + ok
    if not pronoun:
        counts["spk_name_n"] = counts.get("spk_name_n", 0) + 1
        counts["spk_name_ok"] = counts.get("spk_name_ok", 0) + ok
    if not ok:
        wrong.append(
            f"wrong speaker: gold {gold!r} vs {_speaker_text(match)} for {short(match.text, 60)}"
        )


def summarize_quotes(c: dict[str, float]) -> list[Stat]:
    return [
        rate("direct_piece_recall", c, "found", "pieces"),
        rate("attributed_precision", c, "attributed_ok", "attributed"),
        rate("speaker_accuracy", c, "spk_ok", "spk_n"),
        rate("speaker_accuracy_names", c, "spk_name_ok", "spk_name_n"),
        Stat(
            "found_without_speaker", c.get("no_speaker", 0.0), int(c.get("found", 0)), is_count=True
        ),
        rate("speaker_end_to_end", c, "e2e_ok", "e2e_n"),
        rate("attributed_right_speaker", c, "attributed_right", "attributed"),
    ]


# body -------------------------------------------------------------------------------


def predicted_body(doc: Doc, parsed: ParsedView) -> str:
    """The parsed body in the gold's convention (dateline prefixed or not)."""
    dateline = parsed.dateline.text if parsed.dateline is not None else None
    if dateline and BODY_INCLUDES_DATELINE.get(doc.source, True):
        return dateline + "\n\n" + parsed.body
    return parsed.body


def _unmatched(seq: list[str], other: list[str]) -> str:
    """Tokens of ``seq`` (in order) left after multiset matching with ``other``."""
    budget = Counter(other)
    left: list[str] = []
    for tok in seq:
        if budget[tok] > 0:
            budget[tok] -= 1
        else:
            left.append(tok)
    return " ".join(left)


def score_body(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """Token precision/recall/F1 of the body against ``gold.body``."""
    gold = doc.gold.get("body")
    if not isinstance(gold, str):
        return None
    gold_tokens, pred_tokens = tokens(gold), tokens(predicted_body(doc, parsed))
    p, r, f = token_prf(gold_tokens, pred_tokens)

    def lines() -> list[str]:
        return [
            f"P={p:.3f} R={r:.3f} F1={f:.3f} "
            + f"(gold {len(gold_tokens)} tokens, parsed {len(pred_tokens)})",
            f"missing: {_unmatched(gold_tokens, pred_tokens)[:300]}",
            f"extra:   {_unmatched(pred_tokens, gold_tokens)[:300]}",
        ]

    return DocScore({"docs": 1, "p": p, "r": r, "f": f}, 1.0 - f, lines)


def summarize_body(c: dict[str, float]) -> list[Stat]:
    return [mean("precision", c, "p"), mean("recall", c, "r"), mean("f1", c, "f")]


# published date and snippets (WCXB) -------------------------------------------------


def score_published(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """The parsed publication date against ``gold.published`` (ISO date, day precision)."""
    gold = doc.gold.get("published")
    if not isinstance(gold, str) or not gold:
        return None
    correct = parsed.published == gold[:10]
    either = (parsed.published or parsed.updated) == gold[:10]
    return DocScore(
        {
            "docs": 1,
            "correct": float(correct),
            "either": float(either),
            "found": float(parsed.published is not None),
        },
        0.0 if correct else 1.0,
        lambda: [f"gold:   {gold}", f"parsed: {parsed.published} (updated {parsed.updated})"],
    )


def summarize_published(c: dict[str, float]) -> list[Stat]:
    return [
        mean("exact", c, "correct"),
        mean("exact_or_updated", c, "either"),
        mean("found", c, "found"),
    ]


def score_snippets(doc: Doc, parsed: ParsedView) -> DocScore | None:
    """WCXB's must-have (``with``) snippets found in the body, must-not-have (``without``)
    snippets kept out of it; compared after whitespace collapse and casefold.

    ``with_in_text`` counts the ``with`` snippets that the page's text itself holds (the
    same comparison): the most any body cut from the text can find. WCXB's snippets were
    taken from the HTML and do not always match its rendering (straight quotes where the
    page prints curly ones, spaces the rendering puts around inline tags, list markers)."""
    with_, without = doc.gold.get("with") or [], doc.gold.get("without") or []
    if not with_ and not without:
        return None
    body = collapse(predicted_body(doc, parsed)).casefold()
    page = collapse(doc.text).casefold()
    missing = [s for s in with_ if collapse(s).casefold() not in body]
    leaked = [s for s in without if collapse(s).casefold() in body]
    counts: dict[str, float] = {
        "docs": 1,
        "with": len(with_),
        "with_found": len(with_) - len(missing),
        "with_in_text": sum(collapse(s).casefold() in page for s in with_),
        "without": len(without),
        "without_out": len(without) - len(leaked),
    }

    def lines() -> list[str]:
        return [f"missing: {short(s)}" for s in missing] + [f"leaked:  {short(s)}" for s in leaked]

    return DocScore(counts, float(len(missing) + len(leaked)), lines)


def summarize_snippets(c: dict[str, float]) -> list[Stat]:
    return [
        rate("with_found", c, "with_found", "with"),
        rate("with_in_text", c, "with_in_text", "with"),
        rate("without_out", c, "without_out", "without"),
    ]


# registry ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """A field's per-document scorer and its summary."""

    score: Callable[[Doc, ParsedView], DocScore | None]
    summarize: Callable[[dict[str, float]], list[Stat]]


FIELDS: dict[str, FieldSpec] = {
    "headline": FieldSpec(score_headline, summarize_headline),
    "dateline": FieldSpec(score_dateline, summarize_dateline),
    "typed_dateline": FieldSpec(score_typed_dateline, summarize_typed_dateline),
    "bylines": FieldSpec(score_bylines, summarize_bylines),
    "captions": FieldSpec(score_captions, summarize_captions),
    "quotes": FieldSpec(score_quotes, summarize_quotes),
    "body": FieldSpec(score_body, summarize_body),
    "published": FieldSpec(score_published, summarize_published),
    "snippets": FieldSpec(score_snippets, summarize_snippets),
}


# -------------------------------------------------------------------------- evaluation


@dataclass
class SourceRun:
    """Accumulated counts of one source."""

    docs: int = 0
    seconds: float = 0.0
    parse_errors: int = 0
    counts: dict[str, dict[str, float]] = field(default_factory=dict)

    def add(self, name: str, score: DocScore) -> None:
        """Add one document's counts for field ``name``."""
        total = self.counts.setdefault(name, {})
        for key, value in score.counts.items():
            total[key] = total.get(key, 0.0) + value


@dataclass
class Run:
    """Everything an evaluation produced (``details`` only for ``keep_field``)."""

    sources: dict[str, SourceRun] = field(default_factory=dict)
    details: list[tuple[Doc, DocScore]] = field(default_factory=list)


def default_parse() -> ParseFn:
    """``copydesk.parse``, imported on first use."""
    module = importlib.import_module("copydesk")
    parse: ParseFn = module.parse
    return parse


def parse_doc(parse: ParseFn, doc: Doc, source: SourceRun) -> ParsedView:
    """Parse one document, timing it; a failing parse counts as empty output."""
    start = time.perf_counter()
    try:
        article = parse(doc.text)
    except Exception:  # the library is in flux: report, then keep scoring
        source.parse_errors += 1
        if source.parse_errors == 1:
            print(f"parse failed on {doc.id}:\n{traceback.format_exc()}", file=sys.stderr)
        article = None
    finally:
        source.seconds += time.perf_counter() - start
    return view_article(article)


def run(
    paths: Sequence[str | Path],
    *,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
    parse: ParseFn | None = None,
    typed: str | Path | None = None,
    keep_field: str | None = None,
    split_by: str | None = None,
    parser_of: Callable[[Doc], ParseFn] | None = None,
    quote_style: str = "double",
    sites: str | None = None,
) -> Run:
    """Parse and score every selected document of every file.

    *parser_of* picks the parse function per document (cross-validation: the held-out
    fold's parser); by default every document is parsed with *parse*."""
    parse_fn = parse if parse is not None else default_parse()
    result = Run()
    for path in map(Path, paths):
        docs = load_docs(
            path,
            typed_path=Path(typed) if typed else None,
            limit=limit,
            sample=sample,
            seed=seed,
            split_by=split_by,
            quote_style=quote_style,
            sites=sites,
        )
        for doc in docs:
            source = result.sources.setdefault(doc.source, SourceRun())
            source.docs += 1
            parsed = parse_doc(parser_of(doc) if parser_of else parse_fn, doc, source)
            for name, spec in FIELDS.items():
                score = spec.score(doc, parsed)
                if score is None:
                    continue
                source.add(name, score)
                if name == keep_field:
                    result.details.append((doc, score))
    return result


def _stats_json(stats: list[Stat], docs: int) -> dict[str, float | int | None]:
    out: dict[str, float | int | None] = {"n": docs}
    for stat in stats:
        out[stat.name] = int(stat.value) if stat.is_count and stat.value is not None else stat.value
        out[f"n_{stat.name}"] = stat.n
    return out


def results_of(outcome: Run) -> Results:
    """The ``{source: {field: {measure: value, "n": ...}}}`` summary of a run."""
    results: Results = {}
    for name, source in outcome.sources.items():
        fields = results.setdefault(name, {})
        for field_name, spec in FIELDS.items():
            if field_name in source.counts:
                counts = source.counts[field_name]
                fields[field_name] = _stats_json(spec.summarize(counts), int(counts["docs"]))
        fields["throughput"] = {
            "n": source.docs,
            "docs_per_s": ratio(source.docs, source.seconds),
            "seconds": source.seconds,
            "parse_errors": source.parse_errors,
        }
    return results


def evaluate(
    paths: Sequence[str | Path],
    *,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
    parse: ParseFn | None = None,
    typed: str | Path | None = None,
    quote_style: str = "double",
    split_by: str | None = None,
) -> Results:
    """Score ``parse`` (default ``copydesk.parse``) on corpus files, their texts in the marks
    of *quote_style*; see the module docstring for the fields, measures and result structure
    (*split_by*: a ``meta`` key whose values are reported as sources of their own,
    ``wcxb/article``)."""
    outcome = run(
        paths,
        limit=limit,
        sample=sample,
        seed=seed,
        parse=parse,
        typed=typed,
        quote_style=quote_style,
        split_by=split_by,
    )
    return results_of(outcome)


# -------------------------------------------------------------------- cross-validation

FIT_CORPORA = ("scrapinghub-aeb", "l3s-gn1", "wcxb")
"""The page corpora the shipped page-classifier weights are fitted on (fit_boilerplate.py;
of WCXB only its article pages, at a tenth of a page's weight: its ``SHIPPED_*`` settings)."""


def site_of(meta: Json, doc_id: str) -> str:
    """The site a document comes from: ``meta.domain`` (WCXB), else the host of ``meta.url``
    without ``www.``, else the id (a site of its own).

    >>> site_of({"url": "https://www.example.com/a/b"}, "x-1")
    'example.com'
    """
    domain = meta.get("domain")
    if not domain and meta.get("url"):
        domain = urllib.parse.urlsplit(str(meta["url"])).hostname
    if not domain:
        return doc_id
    return str(domain).casefold().removeprefix("www.")


def fold_of_site(site: str, folds: int) -> int:
    """The fold of every document of *site* (a hash: deterministic, no site in two folds)."""
    return int(hashlib.sha256(site.encode("utf-8")).hexdigest()[:8], 16) % folds


def _fitter() -> Any:
    """benchmarks/fit_boilerplate.py, loaded by path (it needs numpy: a dev tool only)."""
    path = Path(__file__).with_name("fit_boilerplate.py")
    spec = importlib.util.spec_from_file_location("fit_boilerplate", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fold_parsers(
    fit_files: Sequence[Path],
    folds: int,
    l2: float,
    *,
    balance_corpora: bool = False,
    word_labels: bool | None = None,
    corpus_weights: Sequence[str] | None = None,
    page_types: str | None = None,
) -> dict[int, ParseFn]:
    """For each fold, a parser whose page-classifier weights were fitted on the pages of
    *fit_files* from every other fold's sites (the same fit as the shipped weights; with
    *balance_corpora*, every corpus weighs alike in the fit, not every page; *word_labels*,
    *corpus_weights* and *page_types* are ``fit_boilerplate.py``'s options, and None stands
    for its default, the shipped weights' setting)."""
    fitter = _fitter()
    if word_labels is None:
        word_labels = fitter.SHIPPED_WORD_LABELS
    if corpus_weights is None:
        corpus_weights = fitter.SHIPPED_CORPUS_WEIGHTS
    if page_types is None:
        page_types = fitter.SHIPPED_PAGE_TYPES
    fitter.BALANCE_CORPORA = balance_corpora
    fitter.WORD_LABELS = word_labels
    fitter.CORPUS_WEIGHTS = fitter.parse_corpus_weights(corpus_weights)
    fitter.PAGE_TYPES = frozenset(name for name in page_types.split(",") if name)
    # Every page of every type: the page-kind classifier and the weights for pages that
    # are no article are fitted on all of them (fit_page_kinds.py), the article weights on
    # the pages fitter.fitted_on keeps.
    pages = []
    for path in fit_files:
        for record in read_jsonl(path):
            page = fitter.Page(record, folds)
            page.fold = fold_of_site(site_of(record.get("meta") or {}, str(record["id"])), folds)
            pages.append(page)
    copydesk = importlib.import_module("copydesk")
    kinds = _page_kinds_fitter()
    parsers: dict[int, ParseFn] = {}
    # Fold -1 holds no page: its parser's weights are fitted on every page (what the fit
    # script would ship with these settings).
    for fold in range(-1, folds):
        training = [page for page in pages if page.fold != fold]
        first, second = fitter.fit_both(
            [page for page in training if fitter.fitted_on(page.doc)], l2
        )
        lexicon = fitter.lexicon_with(first, second)
        if kinds is not None:
            lexicon = kinds.refitted_lexicon(lexicon, training, l2)
        parsers[fold] = copydesk.Parser(lexicon=lexicon).parse
    return parsers


def _page_kinds_fitter() -> Any:
    """benchmarks/fit_page_kinds.py, loaded by path, when the lexicon reads page kinds
    (None when its page-kind classifier has no weights: every page is read as an article)."""
    copydesk = importlib.import_module("copydesk")
    if not copydesk.Lexicon.default().page_kind_weights:
        return None
    path = Path(__file__).with_name("fit_page_kinds.py")
    spec = importlib.util.spec_from_file_location("fit_page_kinds", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cross_validate(
    paths: Sequence[str | Path],
    *,
    folds: int,
    fit_files: Sequence[Path],
    l2: float = 1.0,
    balance_corpora: bool = False,
    word_labels: bool | None = None,
    corpus_weights: Sequence[str] | None = None,
    page_types: str | None = None,
    refit: bool = False,
    **options: Any,
) -> tuple[Run, Run]:
    """The in-sample run (shipped weights) and the out-of-fold run: each document parsed
    with weights fitted without its site's fold. Only the learned weights are refitted; the
    rules are what they are, so a rule fitted to a dev page still counts in both. With
    *refit*, the in-sample run uses weights fitted on every page with these settings instead
    of the shipped weights (to weigh fit settings before shipping them)."""
    parsers = fold_parsers(
        fit_files,
        folds,
        l2,
        balance_corpora=balance_corpora,
        word_labels=word_labels,
        corpus_weights=corpus_weights,
        page_types=page_types,
    )

    def parser_of(doc: Doc) -> ParseFn:
        return parsers[fold_of_site(site_of(doc.meta, doc.id), folds)]

    def refitted(doc: Doc) -> ParseFn:
        return parsers[-1]

    in_sample = run(paths, parser_of=refitted, **options) if refit else run(paths, **options)
    return in_sample, run(paths, parser_of=parser_of, **options)


def default_fit_files(paths: Sequence[str | Path]) -> list[Path]:
    """The fit corpora's dev files beside the first corpus file (``<root>/<corpus>/dev...``)."""
    root = Path(paths[0]).resolve().parent.parent
    return [root / name / "dev.jsonl.gz" for name in FIT_CORPORA]


def format_cv_table(in_sample: Run, out_of_fold: Run, folds: int) -> str:
    """In-sample and out-of-fold figures side by side, with their difference."""
    lines = [f"{folds}-fold cross-validation, folds grouped by site"]
    for name, source in in_sample.sources.items():
        held = out_of_fold.sources[name]
        lines.append(f"== {name}: {source.docs} docs")
        lines.append(f"{'field':15} {'measure':24} {'n':>7} {'in-sample':>10} {'out-of-fold':>12}")
        for field_name, spec in FIELDS.items():
            if field_name not in source.counts:
                continue
            pairs = zip(
                spec.summarize(source.counts[field_name]),
                spec.summarize(held.counts[field_name]),
                strict=True,
            )
            for stat, held_stat in pairs:
                lines.append(
                    f"{field_name:15} {stat.name:24} {stat.n:>7} "
                    f"{_format_value(stat.value, stat.is_count):>10} "
                    f"{_format_value(held_stat.value, held_stat.is_count):>12}"
                )
        lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ output


def _format_value(value: float | None, is_count: bool) -> str:
    if value is None:
        return "—"
    return f"{int(value)}" if is_count else f"{value:.3f}"


def format_table(outcome: Run) -> str:
    """Readable per-source table of every scored field."""
    lines: list[str] = []
    for name, source in outcome.sources.items():
        speed = ratio(source.docs, source.seconds)
        lines.append(
            f"== {name}: {source.docs} docs, parse {source.seconds:.2f}s"
            f" ({speed or 0:.0f} docs/s), {source.parse_errors} parse errors"
        )
        lines.append(f"{'field':15} {'measure':24} {'n':>7} {'value':>7}")
        for field_name, spec in FIELDS.items():
            if field_name not in source.counts:
                continue
            for stat in spec.summarize(source.counts[field_name]):
                lines.append(
                    f"{field_name:15} {stat.name:24} {stat.n:>7} "
                    f"{_format_value(stat.value, stat.is_count):>7}"
                )
        lines.append("")
    return "\n".join(lines)


def format_errors(field_name: str, details: list[tuple[Doc, DocScore]], worst: int) -> str:
    """The ``worst`` documents for ``field_name``, gold beside parsed."""
    bad = [(doc, score) for doc, score in details if score.badness > 0]
    bad.sort(key=lambda pair: (-pair[1].badness, pair[0].id))
    shown = min(worst, len(bad))
    lines = [f"== {field_name}: worst {shown} of {len(bad)} imperfect (of {len(details)} scored)"]
    for doc, score in bad[:worst]:
        lines.append(f"-- {doc.id} [{doc.source}] badness {score.badness:.2f}")
        detail = score.detail()
        lines.extend("   " + line for line in detail[:MAX_DETAIL_LINES])
        if len(detail) > MAX_DETAIL_LINES:
            lines.append(f"   … {len(detail) - MAX_DETAIL_LINES} more")
    return "\n".join(lines)


def build_arg_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("paths", nargs="+", metavar="CORPUS.jsonl[.gz]")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--limit", type=int, help="first N documents of each file")
    ap.add_argument("--sample", type=int, help="N documents per file, chosen by hash of id")
    ap.add_argument("--seed", type=int, default=0, help="seed for --sample (default 0)")
    ap.add_argument("--typed", help="typed gold file (default: typed-<basename> beside a file)")
    ap.add_argument("--errors", choices=tuple(FIELDS), help="list the worst documents of a field")
    ap.add_argument("--worst", type=int, default=10, help="how many documents --errors lists")
    ap.add_argument(
        "--split-by",
        metavar="KEY",
        help="report each value of meta KEY as its own source (e.g. page_type for wcxb)",
    )
    ap.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="also score out-of-fold: K folds grouped by site, page weights refitted per fold",
    )
    ap.add_argument(
        "--fit-on",
        action="append",
        type=Path,
        metavar="FILE",
        help="corpus files the page weights are fitted on (default: scrapinghub-aeb, "
        "l3s-gn1 and wcxb dev beside the first file)",
    )
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the --cv fit")
    ap.add_argument(
        "--balance-corpora",
        action="store_true",
        help="in the --cv fit, every corpus weighs alike (default: every page)",
    )
    ap.add_argument(
        "--word-labels",
        action=argparse.BooleanOptionalAction,
        help="in the --cv fit, label blocks by word sequence (fit_boilerplate.py; default: "
        "as the shipped weights, on)",
    )
    ap.add_argument(
        "--corpus-weight",
        action="append",
        metavar="SOURCE=FACTOR",
        help="in the --cv fit, a factor on one corpus's weight (fit_boilerplate.py; default: "
        "as the shipped weights, wcxb=0.1)",
    )
    ap.add_argument(
        "--refit",
        action="store_true",
        help="with --cv, the in-sample column uses weights fitted on every fit page with the "
        "given settings, not the shipped ones",
    )
    ap.add_argument(
        "--page-types",
        help="in the --cv fit, the page types fitted on (fit_boilerplate.py --page-types; "
        "default: as the shipped weights, article; '' for all)",
    )
    ap.add_argument(
        "--quote-style",
        choices=QUOTE_STYLES,
        default="double",
        help="single: turn the double quotation marks of texts and gold into single ones",
    )
    ap.add_argument(
        "--sites",
        choices=SITE_HALVES,
        help="only the documents of one half of the sites (by hash of the site): read errors "
        "on one half, report the other as held out",
    )
    ap.add_argument(
        "--baseline",
        action="store_true",
        help="score the trivial first-line-headline parser instead of copydesk",
    )
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    args = build_arg_parser().parse_args(argv)
    options: dict[str, Any] = {
        "limit": args.limit,
        "sample": args.sample,
        "seed": args.seed,
        "typed": args.typed,
        "split_by": args.split_by,
        "quote_style": args.quote_style,
        "sites": args.sites,
    }
    if args.cv:
        fit_files = args.fit_on or default_fit_files(args.paths)
        in_sample, out_of_fold = cross_validate(
            args.paths,
            folds=args.cv,
            fit_files=fit_files,
            l2=args.l2,
            balance_corpora=args.balance_corpora,
            word_labels=args.word_labels,
            corpus_weights=args.corpus_weight,
            page_types=args.page_types,
            refit=args.refit,
            **options,
        )
        if args.json:
            both = {"in_sample": results_of(in_sample), "out_of_fold": results_of(out_of_fold)}
            print(json.dumps(both, indent=2, ensure_ascii=False))
        else:
            print(format_cv_table(in_sample, out_of_fold, args.cv))
        return 0
    outcome = run(
        args.paths,
        parse=baseline_parse if args.baseline else None,
        keep_field=args.errors,
        **options,
    )
    if args.json:
        print(json.dumps(results_of(outcome), indent=2, ensure_ascii=False))
        for name, source in outcome.sources.items():
            speed = ratio(source.docs, source.seconds) or 0
            print(f"{name}: {source.docs} docs, {speed:.0f} docs/s", file=sys.stderr)
    else:
        print(format_table(outcome))
    if args.errors:
        print(
            format_errors(args.errors, outcome.details, args.worst),
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
