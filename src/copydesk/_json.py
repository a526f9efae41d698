"""An article as compact JSON text, written straight from the models (``copydesk batch``).

:func:`article_json` gives exactly the text of ``json.dumps(article.to_dict(),
separators=(",", ":"))`` (ASCII, ``\\uXXXX`` escapes) in about half the time: it skips the
intermediate dicts, and the JSON encoder's walk over them, which was the largest cost of
batch output after the parse itself. The strings go through the json module's own C escaper,
so escaping is the same. The writer is generated from the models' fields, like ``to_dict``
(see :mod:`copydesk._convert`), so a new model field needs no edit here.

>>> import copydesk, json
>>> article = copydesk.parse("Storm hits coast\\n\\nIt rained.")
>>> article_json(article) == json.dumps(article.to_dict(), separators=(",", ":"))
True
"""

from __future__ import annotations

from copydesk._convert import converters_of
from copydesk._models import Article

__all__ = ["article_json"]


def article_json(article: Article) -> str:
    """*article* as compact ASCII JSON: the text of ``json.dumps`` of its ``to_dict()``."""
    return converters_of(type(article)).to_json(article)
