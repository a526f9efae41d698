"""The lexicon's place tables as the dateline step looks words up in them.

Each is built once per lexicon (:meth:`~copydesk.Lexicon.cached`) and rebuilt after a change.
"""

from __future__ import annotations

from copydesk.lexicon import Lexicon
from copydesk.lexicon.places import region_key

__all__ = ["dateline_cities", "is_known_city_name", "not_places", "regions", "spelled_out"]


def dateline_cities(lexicon: Lexicon) -> frozenset[str]:
    """Cities that may stand alone in a dateline, casefolded with single spaces."""
    return _lower_set(lexicon, "dateline_cities", lexicon.dateline_cities)


def is_known_city_name(lexicon: Lexicon, name: str) -> bool:
    """Whether *name*, in any case and spacing, is one of the :func:`dateline_cities`."""
    return " ".join(name.split()).casefold() in dateline_cities(lexicon)


def not_places(lexicon: Lexicon) -> frozenset[str]:
    """Label words that are never a place (``FILE``, ``MORE``), casefolded."""
    return _lower_set(lexicon, "not_places", lexicon.not_places)


def _lower_set(lexicon: Lexicon, key: str, words: tuple[str, ...]) -> frozenset[str]:
    return lexicon.cached(
        f"dateline.{key}", lambda _: frozenset(" ".join(w.split()).casefold() for w in words)
    )


def regions(lexicon: Lexicon) -> dict[str, str]:
    """Each printed spelling of a region (by :func:`~copydesk.lexicon.places.region_key`) and
    its full name; the first entry of a spelling wins."""
    return lexicon.cached("dateline.regions", _region_index)


def _region_index(lexicon: Lexicon) -> dict[str, str]:
    index: dict[str, str] = {}
    for spelling, name in lexicon.region_names:
        index.setdefault(region_key(spelling), name)
    return index


def spelled_out(lexicon: Lexicon, region: str) -> str:
    """The full name of a printed region (``"Calif."`` -> ``"California"``), else as printed."""
    return regions(lexicon).get(region_key(region), region)
