"""Parsing on a Dask cluster of two worker processes gives the same articles as serial parsing."""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

dask_bag = pytest.importorskip(
    "dask.bag", reason="needs the dask extra: pip install 'copydesk[dask]'"
)
dask_dataframe = pytest.importorskip("dask.dataframe", reason="needs the dask extra")
distributed = pytest.importorskip("distributed", reason="needs the dask extra")
pandas = pytest.importorskip("pandas", reason="needs the dask extra")

from copydesk import Parser, ParseState, step  # noqa: E402
from copydesk.dask import FRAME_COLUMNS, parse_bag, parse_frame, parse_partition  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8b8a93bd28dc7ebf.txt"
#: Documents taken from each dev corpus: enough to spread over partitions, quick to parse.
PER_CORPUS = 25


def corpus_dir() -> Path | None:
    """../shared/corpus beside the repository (a worktree may sit one level deeper)."""
    for up in ROOT.parents:
        if (up / "shared" / "corpus").is_dir():
            return up / "shared" / "corpus"
    return None


def sample_texts() -> list[str]:
    """The seed, a few synthetic texts, and the first documents of each dev corpus present."""
    texts = [SEED.read_text(encoding="utf-8")]
    texts += [
        f"Headline {n}\n\nA calm sentence about day {n}.\n\nLOUD LINE\n\nRead more"
        for n in range(10)
    ]
    corpora = corpus_dir()
    for path in sorted(corpora.glob("*/dev.jsonl.gz")) if corpora else ():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in itertools.islice(handle, PER_CORPUS)]
    return texts


@step(requires=("blocks",), provides=("shouting",))
def shouting_is_chrome(state: ParseState) -> None:
    """Label all-caps body blocks as chrome (a user step)."""
    for _, block in state.body_blocks():
        if state.block_text(block).isupper():
            state.mark_chrome(block, "shouting")


def read_more_plugin(parser: Parser, *, kind: str) -> None:
    """A plugin: 'Read more' lines are chrome of *kind*."""
    parser.lexicon.add_chrome("Read more", kind=kind)


def custom_parser() -> Parser:
    """A parser with a user step and a plugin."""
    return (
        Parser()
        .add("shouting", shouting_is_chrome, after="headline")
        .use(read_more_plugin, kind="promo")
    )


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A local cluster of two worker processes, one thread each."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_bag_on_two_processes_equals_serial_parsing(client: distributed.Client) -> None:
    """parse_bag with a custom parser on the cluster returns exactly the serial articles."""
    parser = custom_parser()
    texts = sample_texts()
    bag = dask_bag.from_sequence(texts, npartitions=6)
    articles = parse_bag(bag, parser).compute()
    assert articles == [parser.parse(text) for text in texts]
    assert any(chrome.kind == "shouting" for chrome in articles[1].chrome)
    assert any(chrome.kind == "promo" for chrome in articles[1].chrome)
    workers = client.run(lambda: True)
    assert len(workers) == 2


def test_bag_as_dicts_are_to_dict(client: distributed.Client) -> None:
    """as_dict=True gives Article.to_dict() records, ready for JSON output."""
    texts = sample_texts()[:12]
    records = parse_bag(dask_bag.from_sequence(texts, npartitions=3), as_dict=True).compute()
    assert records == [Parser().parse(text).to_dict() for text in texts]


def test_frame_on_two_processes_equals_serial_parsing(client: distributed.Client) -> None:
    """parse_frame adds the parsed columns, computed on the cluster, equal to serial ones."""
    parser = custom_parser()
    texts = sample_texts()
    frame = pandas.DataFrame({"doc": range(len(texts)), "text": texts})
    parsed = parse_frame(dask_dataframe.from_pandas(frame, npartitions=4), parser=parser).compute()
    expected = parse_partition(frame, parser=parser)
    assert list(parsed.columns) == ["doc", "text", *FRAME_COLUMNS]
    assert parsed["doc"].tolist() == list(range(len(texts)))
    for column in FRAME_COLUMNS:
        assert parsed[column].tolist() == expected[column].tolist(), column
    article = json.loads(parsed["article"].iloc[0])
    assert article == parser.parse(texts[0]).to_dict()


def test_parse_partition_names_a_missing_column() -> None:
    """A text column that is not there is a KeyError listing the columns."""
    with pytest.raises(KeyError, match="no column 'text'; the columns are: body"):
        parse_partition(pandas.DataFrame({"body": ["x"]}))
