"""Write the docs page "Accuracy and speed" from the harness and the speed benchmark.

Usage::

    python benchmarks/report.py [--output docs/explanation/accuracy-and-speed.md]

It scores every dev corpus in ``../shared/corpus`` in full with ``accuracy.py``, runs
``speed.py``, and writes one Markdown page with both, the commands and the date, so the
figures in the docs always come from a run and never from memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import platform
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
DEFAULT_OUTPUT = ROOT / "docs" / "explanation" / "accuracy-and-speed.md"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"copydesk_bench_{name}", HERE / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load benchmarks/{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _value(stat: Any) -> str:
    return "—" if stat is None else f"{stat:.3f}" if isinstance(stat, float) else str(stat)


def accuracy_tables(results: dict[str, Any]) -> list[str]:
    """One table per corpus: field, measure, n, value."""
    lines: list[str] = []
    for source, fields in sorted(results.items()):
        throughput = fields.get("throughput", {})
        lines += [
            f"### {source}",
            "",
            f"{throughput.get('n', '?')} documents.",
            "",
            "| field | measure | n | value |",
            "|---|---|---:|---:|",
        ]
        for field, measures in fields.items():
            if field == "throughput":
                continue
            for measure, value in measures.items():
                if measure == "n" or measure.startswith("n_"):
                    continue
                count = measures.get(f"n_{measure}", measures.get("n", ""))
                lines.append(f"| {field} | {measure} | {count} | {_value(value)} |")
        lines.append("")
    return lines


#: The corpus measured again with its double quotation marks turned into single ones.
SINGLE_QUOTE_CORPUS = "polnear"


def single_quote_table(results: dict[str, Any]) -> list[str]:
    """The quote measures of the corpus in single quotes, beside those in double quotes."""
    if not results:
        return []
    return accuracy_tables(
        {
            f"{source} in single quotes": {
                "quotes": fields["quotes"],
                "throughput": fields.get("throughput", {}),
            }
            for source, fields in results.items()
            if "quotes" in fields
        }
    )


#: Hand-written sections of the page that a new report keeps (their figures come from runs
#: too slow for this script, such as the cross-validation of the page reader, or from
#: benchmarks/quote_speed.py).
KEPT_SECTIONS = (
    "## Whole pages: cross-validation by site",
    "## The quotes step alone",
)


def kept_sections(old_page: str) -> list[str]:
    """The lines of the :data:`KEPT_SECTIONS` of *old_page*, each up to the next ``## ``.

    >>> kept_sections("# T\\n\\n## Whole pages: cross-validation by site\\n\\nx\\n\\n## Speed")
    ['## Whole pages: cross-validation by site', '', 'x', '']
    """
    lines, keeping = [], False
    for line in old_page.splitlines():
        if line.startswith("## "):
            keeping = line in KEPT_SECTIONS
        if keeping:
            lines.append(line)
    return lines


def page(
    accuracy: dict[str, Any],
    speed_markdown: str,
    speed_command: str,
    single_quotes: dict[str, Any] | None = None,
    kept: Sequence[str] = (),
) -> str:
    """The whole Markdown page (with the *kept* lines of hand-written sections)."""
    today = dt.date.today().isoformat()
    machine = f"Python {platform.python_version()} on {platform.machine()}"
    return "\n".join(
        [
            "# Accuracy and speed",
            "",
            f"Generated on {today} ({machine}) by `python benchmarks/report.py`, which runs:",
            "",
            "```console",
            "python benchmarks/accuracy.py ../shared/corpus/*/dev.jsonl.gz --json",
            f"python benchmarks/accuracy.py ../shared/corpus/{SINGLE_QUOTE_CORPUS}/dev.jsonl.gz"
            " --json --quote-style single",
            speed_command,
            "```",
            "",
            "The corpora (dev splits) and their gold are described in",
            "`../shared/corpus/README.md`;",
            "the measures in the docstring of `benchmarks/accuracy.py`. A dash means there was",
            "nothing to score. Speed is reported as a ratio to a *floor* (one compiled quote-mark",
            "regex pass plus `str.splitlines()` over the same texts), measured in the same run.",
            "",
            "## Accuracy on the dev corpora",
            "",
            *accuracy_tables(accuracy),
            "The same articles in the British house style (`'…', she said`): every double",
            "quotation mark of the texts and gold turned into a single one.",
            "",
            *single_quote_table(single_quotes or {}),
            *kept,
            "## Speed",
            "",
            speed_markdown,
            "",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run both benchmarks and write the page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--limit", type=int, default=300, help="articles per corpus for speed")
    parser.add_argument(
        "--cpu-time",
        action="store_true",
        help="time with CPU time (steadier on a shared machine) instead of wall time",
    )
    args = parser.parse_args(argv)
    paths = sorted(CORPUS_DIR.glob("*/dev.jsonl.gz"))
    if not paths:
        parser.error(f"no corpora under {CORPUS_DIR}")
    harness = _load("accuracy")
    accuracy = harness.evaluate(paths)
    single_paths = [path for path in paths if path.parent.name == SINGLE_QUOTE_CORPUS]
    single_quotes = harness.evaluate(single_paths, quote_style="single")
    speed = _load("speed")
    if args.cpu_time:
        speed.CLOCK = time.process_time
    speed_markdown = speed.markdown(speed.run(speed.corpus_paths([]), args.limit, 3))
    speed_command = f"python benchmarks/speed.py --limit {args.limit} --repeat 3 --markdown"
    if args.cpu_time:
        speed_command += " --cpu-time"
    old_page = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
    text = page(accuracy, speed_markdown, speed_command, single_quotes, kept_sections(old_page))
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
