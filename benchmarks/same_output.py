"""Prove that a change leaves the parse unchanged: fingerprint ``to_dict()`` of every document.

A refactoring must not change what copydesk finds. This script parses every document of the
given corpus files (and any plain-text files, such as the seed) and writes one line per
document: its id and the sha1 of ``json.dumps(article.to_dict(), sort_keys=True)``. Run it
before and after the change and compare the two files::

    PYTHONPATH=src python benchmarks/same_output.py --out /tmp/before.tsv \\
        seeds/*.txt ../shared/corpus/*/dev.jsonl.gz
    # ... change the code ...
    PYTHONPATH=src python benchmarks/same_output.py --out /tmp/after.tsv \\
        --compare /tmp/before.tsv seeds/*.txt ../shared/corpus/*/dev.jsonl.gz

With ``--compare`` the exit status is 1 when any document differs, and the first differing
ids are printed. Standard library only, apart from copydesk.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing
import sys
from collections.abc import Iterator
from pathlib import Path

import copydesk


def documents(paths: list[str]) -> Iterator[tuple[str, str]]:
    """Yield ``(id, text)`` for each document of each file: JSONL(.gz) records or plain text."""
    for path in paths:
        if path.endswith((".jsonl", ".jsonl.gz")):
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    yield f"{Path(path).parent.name}/{record['id']}", record["text"]
        else:
            yield Path(path).name, Path(path).read_text(encoding="utf-8")


def fingerprint(item: tuple[str, str]) -> str:
    """One output line: the document id and the sha1 of its parse."""
    doc_id, text = item
    article = copydesk.parse(text)
    dumped = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)
    return f"{doc_id}\t{hashlib.sha1(dumped.encode('utf-8', 'surrogatepass')).hexdigest()}"


def main(argv: list[str] | None = None) -> int:
    """Write the fingerprints; with ``--compare``, report the documents that changed."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("paths", nargs="+", help="corpus JSONL(.gz) files or plain-text files")
    options.add_argument("--out", required=True, help="where to write the fingerprints (TSV)")
    options.add_argument("--compare", help="an earlier fingerprint file to compare against")
    options.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    args = options.parse_args(argv)
    with multiprocessing.Pool(args.workers) as pool:
        lines = pool.imap(fingerprint, documents(args.paths), chunksize=16)
        Path(args.out).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    if not args.compare:
        return 0
    before = dict(line.split("\t") for line in Path(args.compare).read_text().splitlines())
    after = dict(line.split("\t") for line in Path(args.out).read_text().splitlines())
    differ = sorted(
        key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
    )
    print(f"{len(after)} documents, {len(differ)} differ")
    for key in differ[:20]:
        print("  ", key)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
