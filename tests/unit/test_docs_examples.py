"""Every Python example in README.md and docs/ runs as printed, in a fresh interpreter.

The docs build runs the ``{doctest}`` blocks too, but under ``doctest_global_setup`` (which
imports copydesk and reads the seed): an example that leans on it fails for a reader who
copies it. Here each file's ``python`` and ``{doctest}`` blocks run in order in one new
Python process, as a reader would run them from the top folder of a checkout: ``python``
blocks as a script (``__name__ == "__main__"``), doctest blocks with their output checked.

A block that cannot run here (it needs a Dask cluster or a crawl on disk) carries a comment
on the line just before it, with the reason: ``<!-- not run: needs a Dask cluster -->``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("**/*.md")])
PAGES = [page for page in PAGES if "_build" not in page.parts]

_FENCE = re.compile(r"^```(python|\{doctest\})[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_NOT_RUN = re.compile(r"<!-- not run: (?P<reason>[^>]+) -->\s*\Z")
_OPTION = re.compile(r"^:(?P<name>[\w-]+):[ \t]*(?P<value>.*)\n")

# Runs in the new interpreter: the blocks of one page, in order, in one namespace.
_RUNNER = r"""
import doctest, json, sys, traceback
page, blocks = json.load(sys.stdin).values()
namespace = {"__name__": "__main__"}
flags = doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL  # as the docs build runs them
failed = ran = 0
for block in blocks:
    where = f"{page}:{block['line']}"
    if block["skipif"] and eval(block["skipif"], namespace):
        continue
    ran += 1
    if block["kind"] == "python":
        try:
            exec(compile(block["code"], where, "exec"), namespace)
        except BaseException:
            failed += 1
            print(f"--- {where} raised:\n{traceback.format_exc()}")
        continue
    test = doctest.DocTestParser().get_doctest(block["code"], namespace, where, page, block["line"])
    report = []
    runner = doctest.DocTestRunner(optionflags=flags)
    result = runner.run(test, out=report.append, clear_globs=False)
    namespace = test.globs  # a DocTest runs in a copy of the namespace it is given
    if result.failed:
        failed += 1
        print(f"--- {where}:\n" + "".join(report))
print(f"ran {ran} blocks, {failed} failed")
sys.exit(1 if failed or not ran else 0)
"""


def page_blocks(page: Path) -> list[dict[str, object]]:
    """The runnable blocks of *page*: kind, code, first line and the skipif expression."""
    text = page.read_text(encoding="utf-8")
    blocks: list[dict[str, object]] = []
    for fence in _FENCE.finditer(text):
        if _NOT_RUN.search(text[: fence.start()]):
            continue
        code, skipif = fence.group(2), ""
        while option := _OPTION.match(code):
            skipif = option["value"] if option["name"] == "skipif" else skipif
            code = code[option.end() :]
        kind = (
            "doctest" if fence.group(1) != "python" or code.lstrip().startswith(">>>") else "python"
        )
        line = text.count("\n", 0, fence.start(2)) + 1
        blocks.append({"kind": kind, "code": code, "line": line, "skipif": skipif})
    return blocks


RUNNABLE = [page for page in PAGES if page_blocks(page)]


def test_the_pages_have_examples_to_run() -> None:
    """The fence pattern finds the examples: else the test below would prove nothing."""
    names = {page.relative_to(ROOT).as_posix() for page in RUNNABLE}
    assert {"README.md", "docs/tutorial.md", "docs/how-to/scale-out.md"} <= names
    assert sum(len(page_blocks(page)) for page in RUNNABLE) > 60


def test_a_skipped_block_says_why() -> None:
    """Only a comment with a reason keeps a block from running, and few need one."""
    skipped = [
        page.relative_to(ROOT).as_posix()
        for page in PAGES
        for _ in re.finditer(r"<!-- not run: [^>]+ -->\n```python", page.read_text("utf-8"))
    ]
    assert skipped == ["docs/how-to/scale-out.md", "docs/how-to/scale-out.md"]


@pytest.mark.parametrize("page", RUNNABLE, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_examples_run_in_a_fresh_interpreter(page: Path, tmp_path: Path) -> None:
    # From a scratch folder holding the seeds, as the top folder of a checkout would: files
    # an example writes (the tutorial's articles.jsonl) land there and not in the repository.
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    job = {"page": page.relative_to(ROOT).as_posix(), "blocks": page_blocks(page)}
    result = subprocess.run(
        [sys.executable, "-c", _RUNNER],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
