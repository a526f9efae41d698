"""Parse articles on a Dask cluster (the optional extra: ``pip install 'copydesk[dask]'``).

:func:`parse_bag` parses a Dask bag (``dask.bag.Bag``) of texts; :func:`parse_frame` adds
parsed columns to a Dask DataFrame (``dask.dataframe.DataFrame``) with a text column, and
:func:`parse_partition` is the per-partition function it maps, for your own
``map_partitions`` calls. Dask is imported only when these functions run, so
``import copydesk`` never needs it.

The parser travels to the workers with the task graph, so a custom :class:`~copydesk.Parser`
works on the cluster as long as its steps and plugins are importable there (install the
module that defines them on the workers, as you would any other dependency).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from copydesk._models import Article
from copydesk._pipeline import Parser

# Dask and pandas objects are typed Any here: neither is needed (nor typed) for copydesk itself.
Bag = Any
DaskFrame = Any
PandasFrame = Any

__all__ = ["FRAME_COLUMNS", "parse_bag", "parse_frame", "parse_partition"]

FRAME_COLUMNS = (
    "headline",
    "site",
    "dateline",
    "authors",
    "body",
    "article",
)
"""The columns :func:`parse_partition` adds: the headline, site name and dateline text (or
null), the byline names joined by ``"; "``, the body, and the whole article as a JSON string
(:meth:`Article.to_dict <copydesk.Article.to_dict>`, the schema of
:func:`copydesk.schema.article_schema`)."""


def parse_bag(
    bag: Bag,
    parser: Parser | None = None,
    *,
    reference_date: dt.date | None = None,
    as_dict: bool = False,
) -> Bag:
    """A bag of :class:`~copydesk.Article` from a bag of texts (of dicts with *as_dict*).

    Each partition is parsed by one task with *parser* (default: a default parser); with
    ``as_dict=True`` the items are :meth:`~copydesk.Article.to_dict` dicts. Order
    within the bag is kept. Compute the result, or write it with ``bag.map(json.dumps)``
    and ``to_textfiles``.

    >>> import dask.bag
    >>> texts = dask.bag.from_sequence(["Storm hits coast\\n\\nIt rained."], npartitions=1)
    >>> parse_bag(texts).map(lambda a: a.headline.text).compute(scheduler="sync")
    ['Storm hits coast']
    """
    return bag.map_partitions(_parse_texts, parser, reference_date, as_dict)


def parse_frame(
    frame: DaskFrame,
    column: str = "text",
    parser: Parser | None = None,
    *,
    reference_date: dt.date | None = None,
) -> DaskFrame:
    """*frame* with the parsed :data:`FRAME_COLUMNS` added, from its text *column*.

    >>> import pandas, dask.dataframe
    >>> frame = dask.dataframe.from_pandas(
    ...     pandas.DataFrame({"text": ["Storm hits coast\\n\\nIt rained."]}), npartitions=1
    ... )
    >>> parse_frame(frame)["headline"].compute(scheduler="sync").tolist()
    ['Storm hits coast']
    """
    meta = parse_partition(frame._meta, column, parser, reference_date=reference_date)
    return frame.map_partitions(
        parse_partition, column, parser, reference_date=reference_date, meta=meta
    )


def parse_partition(
    frame: PandasFrame,
    column: str = "text",
    parser: Parser | None = None,
    *,
    reference_date: dt.date | None = None,
) -> PandasFrame:
    """One pandas partition with :data:`FRAME_COLUMNS` added (a copy; *frame* is unchanged).

    >>> import pandas
    >>> parse_partition(pandas.DataFrame({"text": ["Calm day\\n\\nNothing."]}))["body"].tolist()
    ['Nothing.']
    """
    import pandas

    if column not in frame.columns:
        raise KeyError(f"no column {column!r}; the columns are: {', '.join(map(str, frame))}")
    articles = _parse_texts(frame[column].tolist(), parser, reference_date, False)
    rows = [_row(article) for article in articles]
    added = pandas.DataFrame(
        {name: [row[name] for row in rows] for name in FRAME_COLUMNS},
        index=frame.index,
        dtype=object,
    )
    return pandas.concat([frame, added], axis=1)


def _parse_texts(
    texts: Iterable[str], parser: Parser | None, reference_date: dt.date | None, as_dict: bool
) -> list[Any]:
    parse = parser.parse if parser is not None else _default_parser().parse
    articles = [parse(text, reference_date=reference_date) for text in texts]
    return [article.to_dict() for article in articles] if as_dict else articles


def _row(article: Article) -> dict[str, str | None]:
    names = [name for byline in article.bylines for name in byline.names]
    return {
        "headline": article.headline.text if article.headline else None,
        "site": article.site.name if article.site else None,
        "dateline": article.dateline.text if article.dateline else None,
        "authors": "; ".join(names) if names else None,
        "body": article.body,
        "article": json.dumps(article.to_dict(), ensure_ascii=False),
    }


_parser: Parser | None = None


def _default_parser() -> Parser:
    """One default parser per worker process, built on first use."""
    global _parser
    if _parser is None:
        _parser = Parser()
    return _parser
