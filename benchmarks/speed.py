"""Speed benchmark for copydesk: throughput, per-step cost, scaling and memory.

Usage::

    python benchmarks/speed.py [CORPUS.jsonl.gz ...] [--limit N] [--repeat R] [--markdown]
                               [--cpu-time]

Every figure is measured in one run and reported as a ratio to a *floor*: one pass of a
compiled quote-mark regex plus ``str.splitlines()`` over the same texts. Machines are noisy,
so each timing is the median of ``--repeat`` runs, and only ratios should be compared across
machines. Without corpus arguments, the dev corpora in ``../shared/corpus`` are used when
present; the seed article is always measured. Of a corpus that mixes page types (WCXB), only
the article pages are timed: the speed goal for whole pages is stated for them.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import regex

import copydesk
from copydesk import Parser, ParseState

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8b8a93bd28dc7ebf.txt"
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
DEFAULT_CORPORA = ("reuters21578", "polnear", "scrapinghub-aeb", "l3s-gn1", "wcxb")
#: Records whose ``meta.page_type`` is not this one are skipped (WCXB mixes seven page types;
#: the speed goal is stated for its article pages). Corpora without page types are read whole.
DEFAULT_PAGE_TYPE = "article"
# The seed (2.5 KB) concatenated: 40x is about 100 KB and 4000x about 10 MB, the range over
# which time per MB must stay flat.
SCALES = (1, 10, 40, 400, 4000)
FLAT_FROM_MEGABYTES = 0.1

#: The clock of every timing: wall time, or with ``--cpu-time`` the process's CPU time
#: (steadier on a machine shared with other jobs; a parse runs on one thread).
CLOCK: Callable[[], float] = time.perf_counter

_QUOTE_MARKS = regex.compile(r"[\"“”„«»‹›「」]")


def floor_pass(texts: Sequence[str]) -> None:
    """The floor: split lines and scan for quote marks once, the least any parser must do."""
    for text in texts:
        text.splitlines()
        _QUOTE_MARKS.findall(text)


def median_seconds(function: Callable[[], object], repeat: int) -> float:
    """Median time (by :data:`CLOCK`) of *repeat* calls of *function*."""
    timings = []
    for _ in range(repeat):
        start = CLOCK()
        function()
        timings.append(CLOCK() - start)
    return statistics.median(timings)


def read_texts(path: Path, limit: int, page_type: str | None = DEFAULT_PAGE_TYPE) -> list[str]:
    """The first *limit* texts of a corpus JSONL file (gzipped or not).

    Where records carry ``meta.page_type``, only those of *page_type* are read (``None``: all).
    """
    opener: Any = gzip.open if path.suffix == ".gz" else open
    texts: list[str] = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(texts) >= limit:
                break
            record = json.loads(line)
            if page_type is None or _page_type(record) in (None, page_type):
                texts.append(record["text"])
    return texts


def _page_type(record: dict[str, Any]) -> str | None:
    meta = record.get("meta") or {}
    return meta.get("page_type") if isinstance(meta, dict) else None


def corpus_label(path: Path) -> str:
    """The corpus's folder name, with the page type read when the corpus has several."""
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        first = handle.readline()
    name = path.parent.name or path.stem
    has_page_types = bool(first) and _page_type(json.loads(first)) is not None
    return f"{name} ({DEFAULT_PAGE_TYPE} pages)" if has_page_types else name


class _TimedStep:
    """Wraps a step and adds up the time it takes (keeps requires/provides)."""

    def __init__(self, function: Callable[[ParseState], None]) -> None:
        self.function = function
        self.requires = getattr(function, "requires", ())
        self.provides = getattr(function, "provides", ())
        self.seconds = 0.0

    def __call__(self, state: ParseState) -> None:
        start = CLOCK()
        self.function(state)
        self.seconds += CLOCK() - start


def per_step_seconds(texts: Sequence[str]) -> dict[str, float]:
    """Seconds each default step spends over *texts* (one pass)."""
    parser = Parser()
    timers: dict[str, _TimedStep] = {}
    for name in parser.names():
        timers[name] = _TimedStep(parser.pipeline[name])
        parser.replace(name, timers[name])
    for text in texts:
        parser.parse(text)
    return {name: timer.seconds for name, timer in timers.items()}


def measure_corpus(name: str, texts: Sequence[str], repeat: int) -> dict[str, Any]:
    """Throughput, floor ratio and per-step split for one set of texts."""
    parser = Parser()
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    parse_seconds = median_seconds(lambda: [parser.parse(text) for text in texts], repeat)
    floor_seconds = median_seconds(lambda: floor_pass(texts), max(repeat, 5))
    steps = per_step_seconds(texts)
    total_step_seconds = sum(steps.values()) or 1.0
    return {
        "corpus": name,
        "articles": len(texts),
        "megabytes": round(megabytes, 3),
        "articles_per_second": round(len(texts) / parse_seconds, 1),
        "megabytes_per_second": round(megabytes / parse_seconds, 3),
        "floor_ratio": round(parse_seconds / floor_seconds, 1),
        "step_share": {
            step: round(seconds / total_step_seconds, 3) for step, seconds in steps.items()
        },
    }


def measure_scaling(text: str, repeat: int) -> dict[str, Any]:
    """Time and peak memory per MB for *text* concatenated 1x ... 4000x.

    ``flat_ratio`` is the largest over the smallest time per MB among the inputs of 100 KB
    and more (the goal's range); ``largest_over_smallest`` takes every size, and so also the
    step from one tidy article to a text long enough to be read as a page.
    """
    rows = []
    for scale in SCALES:
        big = "\n\n".join([text] * scale)
        megabytes = len(big.encode("utf-8")) / 1e6
        runs = repeat if scale < 1000 else 1
        seconds = median_seconds(functools.partial(copydesk.parse, big), runs)
        tracemalloc.start()
        copydesk.parse(big)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(
            {
                "scale": scale,
                "megabytes": round(megabytes, 3),
                "seconds_per_megabyte": seconds / megabytes,
                "peak_memory_per_megabyte": round(peak / 1e6 / megabytes, 1),
            }
        )
    per_mb = [row["seconds_per_megabyte"] for row in rows]
    flat = [row["seconds_per_megabyte"] for row in rows if row["megabytes"] >= FLAT_FROM_MEGABYTES]
    return {
        "rows": rows,
        "largest_over_smallest": round(max(per_mb) / min(per_mb), 2),
        "flat_ratio": round(max(flat) / min(flat), 2),
    }


def corpus_paths(arguments: Iterable[str]) -> list[Path]:
    """The corpus files named, or the dev corpora that exist."""
    named = [Path(argument) for argument in arguments]
    if named:
        return named
    return [
        CORPUS_DIR / name / "dev.jsonl.gz"
        for name in DEFAULT_CORPORA
        if (CORPUS_DIR / name).is_dir()
    ]


def run(paths: Sequence[Path], limit: int, repeat: int) -> dict[str, Any]:
    """All measurements as one JSON-safe dict."""
    seed = SEED.read_text(encoding="utf-8")
    corpora = [measure_corpus("seed", [seed] * 200, repeat)]
    for path in paths:
        corpora.append(measure_corpus(corpus_label(path), read_texts(path, limit), repeat))
    return {
        "python": sys.version.split()[0],
        "repeat": repeat,
        "corpora": corpora,
        "scaling": measure_scaling(seed, repeat),
    }


def markdown(results: dict[str, Any]) -> str:
    """The results as Markdown tables (for the docs' "Accuracy and speed" page)."""
    steps = list(results["corpora"][0]["step_share"])
    lines = [
        "| corpus | articles | MB | articles/s | MB/s | × floor |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in results["corpora"]:
        lines.append(
            f"| {row['corpus']} | {row['articles']} | {row['megabytes']} | "
            f"{row['articles_per_second']} | {row['megabytes_per_second']} | {row['floor_ratio']} |"
        )
    lines += ["", "Share of parse time per step:", ""]
    lines.append("| corpus | " + " | ".join(steps) + " |")
    lines.append("|---|" + "---:|" * len(steps))
    for row in results["corpora"]:
        shares = " | ".join(f"{row['step_share'].get(step, 0):.0%}" for step in steps)
        lines.append(f"| {row['corpus']} | {shares} |")
    scaling = results["scaling"]
    lines += [
        "",
        "| seed × | MB | ms per MB | peak memory per MB of input |",
        "|---:|---:|---:|---:|",
    ]
    for row in scaling["rows"]:
        lines.append(
            f"| {row['scale']} | {row['megabytes']} | {row['seconds_per_megabyte'] * 1000:.0f} | "
            f"{row['peak_memory_per_megabyte']} MB |"
        )
    lines += [
        "",
        f"Time per MB, largest / smallest input from 100 KB to 10 MB: {scaling['flat_ratio']} "
        f"(over every size: {scaling['largest_over_smallest']})",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print JSON (default) or Markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", help="corpus JSONL files (default: the dev corpora)")
    parser.add_argument("--limit", type=int, default=300, help="articles per corpus (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the median counts")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument(
        "--cpu-time", action="store_true", help="time with CPU time instead of wall time"
    )
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.cpu_time else time.perf_counter
    results = run(corpus_paths(args.corpora), args.limit, args.repeat)
    print(markdown(results) if args.markdown else json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
