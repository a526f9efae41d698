"""Hostile-input benchmark: time and memory per MB of adversarial text vs ordinary news.

Usage::

    python benchmarks/adversarial.py [--sizes 0.1 1 10] [--kinds quote_marks,dashes ...]
                                     [--repeat R] [--json] [--cpu-time]

Each *kind* is one repeated unit (a run of quote marks, of capitals, of ``"By "`` ...) cut
to the size asked for. For every kind the script reports

* seconds per MB at each size (the median of ``--repeat`` runs at the smallest sizes, one
  run at the largest), and the ratio to ordinary news text (the seed article concatenated)
  at the middle size: the goal is at most 3x;
* growth: the largest / smallest seconds-per-MB over the sizes (1.0 is perfectly linear; a
  pattern that backtracks catastrophically shows up here as a large number);
* peak memory per MB of input at the largest size run, measured with :mod:`tracemalloc`
  (the goal: a 10 MB input needs at most ~20x its size).

A size whose projected parse time exceeds ``--budget`` seconds is skipped for that kind (the
table says so); growth and memory are then measured up to the largest size that ran.

Only ratios mean anything across machines. The defaults (0.1, 1 and 10 MB, every kind) run
in a few minutes on one core.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import copydesk
from copydesk import Parser

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8b8a93bd28dc7ebf.txt"
MB = 1_000_000
GOAL_TIME_RATIO = 3.0
GOAL_MEMORY_RATIO = 20.0
#: The clock of every timing: wall time, or with ``--cpu-time`` the process's CPU time
#: (steadier on a machine shared with other jobs; a parse runs on one thread).
CLOCK: Callable[[], float] = time.perf_counter


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


_BARE_NAME_PAGE = (
    "Mayor backs new bridge plan\n\nKxyz Qwer\n\nMarch 3, 2025\n\n"
    "The council said the plan would go ahead after a long debate on costs.\n\n"
)


def _nested_parentheses(size: int) -> str:
    depth = 5_000
    return _repeat_to("(" * depth + "x" + ")" * depth + " ", size)


def _news(size: int) -> str:
    return _repeat_to(SEED.read_text(encoding="utf-8") + "\n\n", size)


def _long_line(size: int) -> str:
    """The seed's prose as one line without any line break."""
    return _repeat_to(" ".join(SEED.read_text(encoding="utf-8").split()) + " ", size)


def _letters(number: int, width: int = 5) -> str:
    """*number* written in *width* lower-case letters (``aaaaa``, ``aaaab`` ...)."""
    letters = []
    for _ in range(width):
        number, digit = divmod(number, 26)
        letters.append(chr(ord("a") + digit))
    return "".join(reversed(letters))


def _distinct(template: str) -> Callable[[int], str]:
    """A builder of lines of *template*, its ``{word}`` a new invented word on each line
    (``Kaaaab``): every line names someone the text has not named before."""

    def build(size: int) -> str:
        lines: list[str] = []
        length = 0
        while length < size:
            line = template.format(word="K" + _letters(len(lines)))
            lines.append(line)
            length += len(line)
        return "".join(lines)[:size]

    return build


#: Kind name -> builder of a text of about *size* characters.
KINDS: dict[str, Callable[[int], str]] = {
    "news": _news,
    "quote_marks": lambda size: _repeat_to("“", size),
    "mixed_quotes": lambda size: _repeat_to("“\"”'‘’«»", size),
    "quote_lines": lambda size: _repeat_to('“"“"”\n', size),
    "capitals": lambda size: _repeat_to("WASHINGTON NEW YORK ", size),
    "capital_lines": lambda size: _repeat_to("WASHINGTON, N.Y. (AP)\n", size),
    "by_run": lambda size: _repeat_to("By ", size),
    "by_lines": lambda size: _repeat_to("By Jane Doe and John Roe, Associated Press\n\n", size),
    "dashes": lambda size: _repeat_to("—-–", size),
    "dash_lines": lambda size: _repeat_to("-- — - –\n", size),
    "nested_parentheses": _nested_parentheses,
    "long_line": _long_line,
    "short_lines": lambda size: _repeat_to("News\n", size),
    "one_char_lines": lambda size: _repeat_to("a\n", size),
    "photo_by_run": lambda size: _repeat_to("Photo by ", size),
    "photo_by_lines": lambda size: _repeat_to("Photo by Jane Doe/\n", size),
    "ap_photo_run": lambda size: _repeat_to("(AP Photo/", size),
    "ap_photo_lines": lambda size: _repeat_to("The scene (AP Photo/Jane Doe, File\n", size),
    "reuters_run": lambda size: _repeat_to("REUTERS/", size),
    "chrome_lines": lambda size: _repeat_to("Share this:\n\nSource link\n\n", size),
    "spaces": lambda size: _repeat_to(" \u00a0\t\u200b", size),
    # A quote with a pronoun speaker per paragraph, and a dated byline per paragraph.
    "said_lines": lambda size: _repeat_to('"Yes, we will," he said.\n\n', size),
    "dated_by_lines": lambda size: _repeat_to("Jan 14 2008 by Andy Howell\n\n", size),
    # Quote shapes: a titled speaker per line; a pronoun-attributed quote run on one line.
    "titled_said_lines": lambda size: _repeat_to("“Yes,” Mayor Ann Kxyz said.\n", size),
    "said_run": lambda size: _repeat_to("“Yes, we will,” he said. ", size),
    # Many distinct names: each line quotes someone new (a one-word name, a titled full
    # name, a full name under a new title), so no memo of names already read can help.
    "distinct_names": _distinct("“Yes, we will,” {word} said.\n"),
    "distinct_titled_names": _distinct("“Yes,” Mayor Ann {word} said.\n"),
    "distinct_titles": _distinct("“Yes,” {word} Minister Ann Lee said.\n"),
    # Line shapes from the reliability issue (#21 item 10): credit lines, byline pairs.
    "photo_colon_lines": lambda size: _repeat_to("Photo: Jane Doe\n", size),
    "name_role_pairs": lambda size: _repeat_to("Jane Doe\nAP Sports Writer\n\n", size),
    # A person, a colon and a quotation a line, each quotation new (a caption or pull quote
    # is one the story quotes again: each such line was a search of every paragraph).
    "name_colon_quotes": _distinct('Jane Doe: "We worked through the {word} night."\n\n'),
    # A page with a bare writer's name, then one unbroken dotted token (a pattern that looked
    # for links over the whole text backtracked over every start of such a token).
    "dotted_token_page": lambda size: (
        _BARE_NAME_PAGE + _repeat_to("a.", size - len(_BARE_NAME_PAGE))
    ),
}


def _seconds(parser: Parser, text: str, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        gc.collect()
        start = CLOCK()
        parser.parse(text)
        timings.append(CLOCK() - start)
    return statistics.median(timings)


def _peak_bytes(parser: Parser, text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        parser.parse(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(kind: str, sizes: Sequence[float], repeat: int, budget: float) -> dict[str, Any]:
    """Seconds per MB at each size and peak memory per MB at the largest, for one kind.

    A size whose projected time (from the size before) exceeds *budget* seconds is skipped,
    so that the few kinds that cost most per MB don't hold up the run.
    """
    parser = Parser()
    per_mb: dict[str, float] = {}
    largest_run = sizes[0]
    for megabytes in sizes:
        if per_mb and list(per_mb.values())[-1] * megabytes > budget:
            break
        text = KINDS[kind](int(megabytes * MB))
        runs = repeat if megabytes < max(sizes) else 1
        per_mb[str(megabytes)] = _seconds(parser, text, runs) / megabytes
        largest_run = megabytes
    largest = KINDS[kind](int(largest_run * MB))
    peak = _peak_bytes(parser, largest)
    return {
        "kind": kind,
        "seconds_per_mb": per_mb,
        "growth": max(per_mb.values()) / min(per_mb.values()),
        "largest_mb": largest_run,
        # Per character of input; the str itself takes 1, 2 or 4 bytes per character.
        "peak_memory_per_mb": peak / (len(largest) or 1),
    }


def run(kinds: Sequence[str], sizes: Sequence[float], repeat: int, budget: float) -> dict[str, Any]:
    """Measure every kind; ratios are against ``news`` at the middle size."""
    copydesk.parse("warm up\n\nthe default patterns.")
    ordered = ("news", *[kind for kind in kinds if kind != "news"])
    rows = []
    for kind in ordered:
        rows.append(measure(kind, sizes, repeat, budget))
        print(f"measured {kind}", file=sys.stderr, flush=True)
    middle = str(sorted(sizes)[len(sizes) // 2])
    news = rows[0]["seconds_per_mb"]
    for row in rows:
        # At the middle size, or the largest this kind ran at when that was skipped.
        size = middle if middle in row["seconds_per_mb"] else list(row["seconds_per_mb"])[-1]
        row["ratio_to_news"] = row["seconds_per_mb"][size] / news[size]
    return {"sizes_mb": list(sizes), "ratio_at_mb": float(middle), "budget": budget, "rows": rows}


def table(results: dict[str, Any]) -> str:
    """The results as a Markdown table, with the kinds that miss a goal flagged."""
    sizes = [str(size) for size in results["sizes_mb"]]
    header = " | ".join(f"s/MB @{size} MB" for size in sizes)
    lines = [
        f"| kind | {header} | x news @{results['ratio_at_mb']} MB | growth | peak mem/MB |",
        "|---|" + "---:|" * (len(sizes) + 3),
    ]
    for row in results["rows"]:
        timings = " | ".join(
            f"{row['seconds_per_mb'][size]:.3f}" if size in row["seconds_per_mb"] else "skipped"
            for size in sizes
        )
        ratio = row["ratio_to_news"]
        memory = row["peak_memory_per_mb"]
        flags = ("!" if ratio > GOAL_TIME_RATIO else "", "!" if memory > GOAL_MEMORY_RATIO else "")
        lines.append(
            f"| {row['kind']} | {timings} | {ratio:.1f}{flags[0]} | {row['growth']:.2f} | "
            f"{memory:.1f}{flags[1]} (@{row['largest_mb']} MB) |"
        )
    lines += [
        "",
        "growth: largest / smallest seconds per MB over the sizes run (1.0 is linear); "
        f"skipped: the projected time exceeded --budget ({results['budget']:g} s).",
        f"! marks a miss: more than {GOAL_TIME_RATIO:g}x the time per MB of news text, or more "
        f"than {GOAL_MEMORY_RATIO:g} bytes of peak memory per character of input.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table (or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=float, nargs="+", default=[0.1, 1.0, 10.0], help="input sizes in MB"
    )
    parser.add_argument(
        "--kinds", default=",".join(KINDS), help=f"comma-separated, from: {', '.join(KINDS)}"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing below the largest")
    parser.add_argument(
        "--budget",
        type=float,
        default=30.0,
        help="skip a size whose projected parse time exceeds this many seconds (default 30)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--cpu-time", action="store_true", help="time with CPU time instead of wall time"
    )
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.cpu_time else time.perf_counter
    kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        parser.error(f"unknown kinds: {', '.join(unknown)}")
    results = run(kinds, sorted(args.sizes), args.repeat, args.budget)
    print(json.dumps(results, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
