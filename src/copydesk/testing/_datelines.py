"""Hypothesis strategies for datelines in the AP, Reuters, UPI and AFP forms."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

import copydesk.testing._vocabulary as words
from copydesk.testing._expected import ExpectedDateline

__all__ = [
    "datelines",
]


@st.composite
def _datelines(draw: st.DrawFn) -> ExpectedDateline:
    form = draw(st.sampled_from(("standalone", "us", "foreign", "upi", "reuters", "afp")))
    if form == "standalone":
        city = draw(st.sampled_from(words.STANDALONE_CITIES))
        agency = draw(st.sampled_from(("AP", "Reuters")))
        separator = "—" if agency == "AP" else "-"
        return ExpectedDateline(
            text=f"{city} ({agency}) {separator}", location=city, city=city, agency=agency
        )
    if form in ("us", "foreign"):
        if form == "us":
            city, printed, region = draw(st.sampled_from(words.US_CITIES))
        else:
            city, region = draw(st.sampled_from(words.FOREIGN_CITIES))
            printed = region
        location = f"{city}, {printed}"
        return ExpectedDateline(
            text=f"{location} (AP) —", location=location, city=city, region=region, agency="AP"
        )
    day = draw(st.integers(min_value=1, max_value=28))
    month_ap, month_reuters = draw(st.sampled_from(words.MONTHS))
    if form == "upi":
        separator = draw(st.sampled_from(("—", "--")))
        date_text = f"{month_ap} {day}"
        return ExpectedDateline(
            text=f"{date_text} (UPI) {separator}", date_text=date_text, agency="UPI"
        )
    if form == "reuters":
        city = draw(st.sampled_from(words.STANDALONE_CITIES))
        date_text = f"{month_reuters} {day}"
        return ExpectedDateline(
            text=f"{city}, {date_text} (Reuters) -",
            location=city,
            city=city,
            date_text=date_text,
            agency="Reuters",
        )
    city = draw(st.sampled_from(words.TITLE_CASE_CITIES))
    return ExpectedDateline(text=f"{city} (AFP) –", location=city, city=city, agency="AFP")


@functools.cache  # strategies are immutable; building them anew is slow
def datelines() -> st.SearchStrategy[ExpectedDateline]:
    """Datelines in the AP, Reuters, UPI and AFP forms, with their parts.

    ``WASHINGTON (AP) —``, ``LA CROSSE, Wis. (AP) —``, ``BEIRUT, Lebanon (AP) —``,
    ``Nov. 2 (UPI) —``, ``HOUSTON, Jan 27 (Reuters) -``, ``Paris (AFP) –`` ...
    The lede follows after one space.

    >>> from hypothesis import find
    >>> dateline = find(datelines(), lambda dateline: dateline.date_text is not None)
    >>> dateline.text, dateline.date_text, dateline.agency, dateline.city
    ('Jan. 1 (UPI) —', 'Jan. 1', 'UPI', None)
    """
    return _datelines()
