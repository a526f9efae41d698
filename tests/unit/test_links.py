"""Links blanked out of running text (``copydesk.reading.links``)."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from copydesk.reading.links import without_links

_EVERY_TOKEN = regex.compile(r"\S+")
_DOMAIN = regex.compile(r"[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,6}\b")


def _reference(text: str) -> str:
    """Every token read, as before only the tokens with a link's characters were."""

    def unlinked(token: regex.Match[str]) -> str:
        printed = token.group()
        if any(mark in printed for mark in ("@", "://", "www.", "/")):
            return " "
        return printed if len(printed) > 100 else _DOMAIN.sub(" ", printed)

    return _EVERY_TOKEN.sub(unlinked, text)


def test_links_addresses_and_domains_are_blanked_and_words_kept() -> None:
    text = "By Jane Roe (@janeroe), jane@example.org, www.example.com/news or roe.blog. U.S. sale."
    # A token holding a link's mark goes whole, with its brackets and comma.
    assert without_links(text) == "By Jane Roe       or  . U.S. sale."


_PIECES = st.sampled_from(
    ["Jane", "Roe", "said.", "U.S.", "@roe", "a/b", "http://x.io", "www.", "roe.blog", ".", "é"]
)


@given(st.lists(st.tuples(_PIECES, st.sampled_from([" ", "", "\n", "\t", ". "])), max_size=30))
def test_only_tokens_with_link_characters_change_as_before(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in pieces)
    assert without_links(text) == _reference(text)


@given(st.text(alphabet=st.sampled_from("ab.@/: \nZé-_1"), max_size=80))
def test_any_text_is_read_as_every_token_was(text: str) -> None:
    assert without_links(text) == _reference(text)
