"""Datelines built from known parts come back part by part."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

import copydesk
from copydesk.lexicon import Lexicon

LEXICON = Lexicon.default()
REFERENCE = dt.date(2024, 11, 5)
LEDE = "The council said on Tuesday that the new bridge would open to traffic next spring."

_MONTH_SPELLINGS = [spelling for _, spellings in LEXICON.months for spelling in spellings]
_RESERVED = {
    word.casefold() for word in (*LEXICON.not_places, *LEXICON.weekdays, *_MONTH_SPELLINGS)
}
_ABBREVIATIONS = [(printed, name) for printed, name in LEXICON.region_names if "." in printed]
_AGENCIES = ["AP", "Reuters", "AFP", "UPI", "Xinhua", "PTI", "IANS", "ANI", "EFE", "Yonhap"]
_MONTH_NAMES = [(number, spellings) for number, spellings in LEXICON.months]


@attrs.frozen
class Parts:
    """What a generated dateline is made of, and how it is printed."""

    city: str | None
    region: tuple[str, str] | None  # (printed, spelled out)
    date: tuple[str, int, int] | None  # (printed, month, day)
    agency: str | None
    separator: str

    def printed(self) -> str:
        pieces = []
        if self.city is not None:
            pieces.append(self.city)
        if self.region is not None:
            pieces.append(self.region[0])
        if self.date is not None:
            pieces.append(self.date[0])
        text = ", ".join(pieces)
        if self.agency is not None:
            text = f"{text} ({self.agency})".strip()
        if self.separator == ":":
            return f"{text}:"
        return f"{text} {self.separator}"

    def location(self) -> str | None:
        if self.city is None:
            return None
        return f"{self.city}, {self.region[0]}" if self.region else self.city


_CITY_WORD = st.text("ABCDEFGHIJKLMNOPRSTUVWYZ", min_size=3, max_size=10).filter(
    lambda word: word.casefold() not in _RESERVED
)
cities = st.lists(_CITY_WORD, min_size=1, max_size=3).map(" ".join)


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, int, int]:
    """``Nov. 2``, ``Nov 2`` or ``November 2``."""
    month, spellings = draw(st.sampled_from(_MONTH_NAMES))
    day = draw(st.integers(1, 28))
    name = draw(st.sampled_from(spellings))
    dot = "." if name != spellings[0] and draw(st.booleans()) else ""
    return f"{name}{dot} {day}", month, day


@st.composite
def parts(draw: st.DrawFn) -> Parts:
    city = draw(st.none() | cities)
    region = draw(st.none() | st.sampled_from(_ABBREVIATIONS)) if city else None
    date = draw(st.none() | dates())
    agency = draw(st.none() | st.sampled_from(_AGENCIES))
    # A bare place needs a dash; a colon needs a date or an agency ("PATNA, Aug 31:").
    dashes = ["—", "–", "--", "-"]
    separator = draw(st.sampled_from([*dashes, ":"] if date or agency else dashes))
    assume(city is not None or agency is not None)
    return Parts(city, region, date, agency, separator)


@given(parts())
def test_parts_come_back(generated: Parts) -> None:
    """Location, city, region, date, agency and the lede come back from a built dateline."""
    printed = generated.printed()
    text = f"Council news of the week\n\n{printed} {LEDE}"
    article = copydesk.parse(text, reference_date=REFERENCE)
    dateline = article.dateline
    assert dateline is not None, printed
    assert dateline.text == printed
    assert dateline.span.slice(text) == printed
    assert dateline.location == generated.location()
    assert dateline.city == generated.city
    assert dateline.region == (generated.region[1] if generated.region else None)
    assert dateline.agency == generated.agency
    if generated.date is None:
        assert (dateline.date_text, dateline.date) == (None, None)
    else:
        printed_date, month, day = generated.date
        expected = dt.date(REFERENCE.year, month, day)
        if expected > REFERENCE:
            expected = dt.date(REFERENCE.year - 1, month, day)
        assert (dateline.date_text, dateline.date) == (printed_date, expected)
    assert article.paragraphs[0].text == LEDE


@given(parts())
def test_no_reference_leaves_date_unresolved(generated: Parts) -> None:
    """Without a reference date the printed date stays text only."""
    article = copydesk.parse(f"Council news\n\n{generated.printed()} {LEDE}")
    assert article.dateline is not None
    assert article.dateline.date is None


_FRAGMENTS = st.sampled_from(
    [
        "LONDON", "New Delhi", "N.Y.", "Calif.", ",", ", ", " ", "\n", "\n\n", "Nov.", "Narch",
        "2", "119", "2008", "(AP)", "(Reuters )", "(", ")", "[India]", "/TASS/", ".", ".-",
        "—", "–", "--", " - ", ":", "_", "--(BUSINESS WIRE)--", "The", "said on Monday.",
        "FILE", "MORE:", "\u00a0", "Monday,", "11:03 PM", "/",
    ]
)  # fmt: skip
dateline_soup = st.lists(_FRAGMENTS | st.text(max_size=5), max_size=30).map("".join)


@given(dateline_soup)
def test_any_text_parses_losslessly(text: str) -> None:
    """Dateline-like fragments in any order never crash a parse, and spans stay exact."""
    article = copydesk.parse(text, reference_date=REFERENCE)
    assert "".join(piece for _, piece in article.segments()) == text
    if article.dateline is not None:
        assert article.dateline.span.slice(text) == article.dateline.text
        assert article.dateline.text.strip() == article.dateline.text
