"""Speed of the serializers alone: ``to_dict``, the batch JSON writer and ``from_dict``.

The articles are parsed once, before any timing, so the figures show only the cost of
turning them into dicts and JSON text (the part of batch output that is not parsing) and
back. Each figure is the best of ``--repeat`` runs of CPU time (``time.process_time``),
which other load on a shared machine disturbs less than wall clock, with the garbage
collector paused as ``timeit`` does (its passes over the parsed articles otherwise make
the figures vary more than the code does).

Run from the repository root (``PYTHONPATH`` picks the copy of copydesk to measure, so the
same script times two checkouts)::

    PYTHONPATH=src python benchmarks/serialize_speed.py [CORPUS.jsonl.gz ...] [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import copydesk
from copydesk import Article
from copydesk._json import article_json

ROOT = Path(__file__).resolve().parent.parent
# ../shared/corpus beside the repository (a worktree may sit one level deeper).
CORPORA = next(
    (up / "shared" / "corpus" for up in ROOT.parents if (up / "shared" / "corpus").is_dir()),
    ROOT.parent / "shared" / "corpus",
)


def main() -> None:
    options = _arguments().parse_args()
    paths = options.corpora or sorted(CORPORA.glob("*/dev.jsonl.gz"))
    if not paths:
        sys.exit(f"no corpora given and none found under {CORPORA}")
    articles = [copydesk.parse(text) for text in _texts(paths, options.limit)]
    dicts = [article.to_dict() for article in articles]
    parts = sum(len(article.parts()) + len(article.quotes) for article in articles)
    print(f"copydesk from {Path(copydesk.__file__).parent}")
    print(f"{len(articles)} articles, {parts} parts; best of {options.repeat} (CPU ms)")
    ways: dict[str, Callable[[], object]] = {
        "to_dict": lambda: [article.to_dict() for article in articles],
        "json.dumps(to_dict)": lambda: [
            json.dumps(article.to_dict(), check_circular=False, separators=(",", ":"))
            for article in articles
        ],
        "article_json (batch)": lambda: [article_json(article) for article in articles],
        "from_dict": lambda: [Article.from_dict(data) for data in dicts],
    }
    best = dict.fromkeys(ways, float("inf"))
    gc.collect()
    gc.disable()
    for _ in range(options.repeat):
        for name, run in ways.items():  # in turn, so a change of load hits every way alike
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    gc.enable()
    for name, seconds in best.items():
        per_article = seconds / len(articles) * 1e6
        print(f"{name:<22}{seconds * 1000:>9.1f} ms {per_article:>8.1f} us/article")


def _texts(paths: list[Path], limit: int) -> list[str]:
    texts = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number >= limit:
                    break
                texts.append(json.loads(line)["text"])
    return texts


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="JSON Lines corpus files (.gz)")
    parser.add_argument("--limit", type=int, default=500, help="articles per file (default 500)")
    parser.add_argument("--repeat", type=int, default=15, help="runs per timing (best is kept)")
    return parser


if __name__ == "__main__":
    main()
