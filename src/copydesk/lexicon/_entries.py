"""The entries of the lexicon's structured tables (chrome rules, agencies) and their defaults.

:class:`ChromeRule` and :class:`Agency` are public as ``copydesk.lexicon.ChromeRule`` and
``copydesk.lexicon.Agency`` (and from ``copydesk``); this module is where they are defined.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args

import attrs

from copydesk.lexicon.agencies import AGENCIES
from copydesk.lexicon.chrome import CHROME_PATTERNS

if TYPE_CHECKING:
    from copydesk.lexicon import Lexicon

__all__ = ["BYLINE_TABLES", "POSITIONS", "Agency", "BylineTable", "ChromeRule", "Position"]

Position = Literal["any", "edge"]
#: Where a chrome rule applies: anywhere, or only above or below the article's prose.
POSITIONS: tuple[str, ...] = get_args(Position)

#: The byline word tables :meth:`Lexicon.add_byline_words <copydesk.Lexicon.add_byline_words>`
#: extends.
BylineTable = Literal[
    "byline_leads",
    "role_heads",
    "role_words",
    "outlet_words",
    "name_particles",
    "name_suffixes",
    "not_name_words",
    "given_names",
]
BYLINE_TABLES: tuple[str, ...] = get_args(BylineTable)


@attrs.frozen
class ChromeRule:
    """One chrome pattern: a block whose whole text matches is chrome of this kind.

    :meth:`Lexicon.add_chrome <copydesk.Lexicon.add_chrome>` makes one and puts it first:

    >>> from copydesk import Lexicon
    >>> lexicon = Lexicon.default()
    >>> lexicon.add_chrome("Download our app", kind="promotion")
    >>> rule = lexicon.chrome_rules[0]
    >>> print(rule.pattern, "|", rule.kind, "|", rule.position)
    Download\\ our\\ app | promotion | any
    """

    pattern: str
    """A ``regex`` pattern, matched case-insensitively against a whole block."""
    kind: str
    """The :attr:`copydesk.Chrome.kind` given to a match."""
    position: Position = "any"
    """``"any"``, or ``"edge"`` to match only above or below the article's prose."""


@attrs.frozen
class Agency:
    """A news or photo agency.

    >>> from copydesk import Lexicon
    >>> lexicon = Lexicon.default()
    >>> ap = next(agency for agency in lexicon.agencies if agency.code == "AP")
    >>> ap.name, lexicon.agency("associated press")
    ('Associated Press', 'AP')
    """

    code: str
    """The canonical short name models report, e.g. ``"AP"``."""
    name: str
    """The full name, e.g. ``"Associated Press"``."""
    aliases: tuple[str, ...] = ()
    """Other spellings that mean this agency (matched case-insensitively)."""


def default_agencies() -> tuple[Agency, ...]:
    return tuple(Agency(code, name, aliases) for code, name, aliases in AGENCIES)


def default_chrome_rules() -> tuple[ChromeRule, ...]:
    return tuple(
        ChromeRule(pattern, kind, position)  # type: ignore[arg-type]
        for kind, position, pattern in CHROME_PATTERNS
    )


def agency_index(lexicon: Lexicon) -> dict[str, str]:
    """Casefolded code, name and aliases -> code. Earlier agencies win a shared alias."""
    index: dict[str, str] = {}
    for agency in lexicon.agencies:
        for spelling in (agency.code, agency.name, *agency.aliases):
            index.setdefault(" ".join(spelling.split()).casefold(), agency.code)
    return index
