"""The page tools find words, letters and digits in an ASCII stand-in of a line with the
standard library's engine: exactly the runs ``regex`` finds in the line itself."""

from __future__ import annotations

import attrs
import pytest
import regex

from copydesk.lexicon import Lexicon
from copydesk.reading import page
from copydesk.reading.page import WORD, ascii_stand_in, find_words
from copydesk.reading.patterns import CaselessWording
from copydesk.steps.boilerplate import features, lines
from copydesk.steps.boilerplate.lines import DATE, DIGIT

# Lines in the house styles of several outlets and sites, typographic marks and all.
LINES = [
    "Home | News | Sport | Weather",
    "The council’s plan — ‘a bold step’, the mayor said — passed 7–2 on Tuesday…",
    "“We won’t stop,” said Ana Ruiz, 34. “Not now.”",
    "★★★★☆ 4.5 out of 5 (1,204 reviews) » See all",
    "© 2026 Harbour Media Ltd. All rights reserved ® ™",
    "Posted 10:45 · Updated Nov 19, 2025 → Read more ←",
    "Café owner José Núñez reopened on 3 März in Zürich",
    "Ещё один день — новости 12 мая",
    "東京 — 首相は19日、記者会見を開いた。",
    "Emoji 👩\u200d💻 dev\u200blog, zero\u200cwidth joiners",
    "code: if (x <= 10) { return y; } // done",
    "snake_case_name and CamelCase42 and 2026-12-08",
    "ſtrange Kelvin \u212a and dotted \u0130stanbul",
    "",
    "   ",
    "×2 ‑ non-breaking‑hyphen ― bar ‹guillemets› «also»",
]

_ASCII = "".join(chr(code) for code in range(128))


@pytest.mark.parametrize(
    ("unicode_pattern", "ascii_pattern"),
    [
        (WORD, page._ASCII_WORD),
        (features._LETTERS, features._ASCII_LETTERS),
        (DIGIT, features._ASCII_DIGIT),
    ],
)
def test_the_ascii_classes_are_the_engines_on_every_ascii_character(
    unicode_pattern: regex.Pattern[str], ascii_pattern: regex.Pattern[str]
) -> None:
    for character in _ASCII:
        assert bool(unicode_pattern.fullmatch(character)) == bool(
            ascii_pattern.fullmatch(character)
        ), repr(character)


def test_no_typographic_mark_is_a_word_character() -> None:
    # Replaced by a space, a mark must neither end nor join a word, a letter run or a digit.
    for mark in page._TYPOGRAPHIC_MARKS:
        assert not regex.match(r"[\w\p{L}\d]", mark), repr(mark)


@pytest.mark.parametrize("line", LINES)
def test_the_stand_in_keeps_every_run_where_it_stood(line: str) -> None:
    plain = ascii_stand_in(line)
    if plain is not None:
        assert plain.isascii()
        assert len(plain) == len(line)
        for pattern in (WORD, features._LETTERS, DIGIT):
            runs = [(match.span(), match.group()) for match in pattern.finditer(line)]
            assert [(match.span(), match.group()) for match in pattern.finditer(plain)] == runs
    assert find_words(line) == WORD.findall(line)


def test_lines_of_typographic_marks_get_a_stand_in_and_others_none() -> None:
    assert ascii_stand_in("It’s “done” — 5★") is not None
    assert ascii_stand_in("Café") is None
    assert ascii_stand_in("plain") == "plain"


def _counts_plainly(text: str, stop: frozenset[str] | None) -> features._Counts:
    """What ``features._counts`` gives, every run found by ``regex`` in the text itself."""
    words = WORD.findall(text)
    if stop is None:
        share = features._NEUTRAL_STOPWORDS
    else:
        hits = sum(word.casefold() in stop for word in words)
        share = hits / len(words) if words else 0.0
    return (
        len(words),
        share,
        page.collapse(text),
        page.ENDS_SENTENCE.search(text) is not None,
        DATE.search(text) is not None,
        len(DIGIT.findall(text)) / (len(text) or 1),
    )


@pytest.mark.parametrize("line", LINES)
def test_block_counts_are_those_of_the_plain_searches(line: str) -> None:
    lexicon = Lexicon.default()
    for stop in (None, frozenset(lexicon.stopwords["en"]), frozenset(lexicon.stopwords["de"])):
        assert features._counts(line, stop) == _counts_plainly(line, stop)


@pytest.mark.parametrize("line", LINES)
def test_the_capitalised_share_is_that_of_the_plain_search(line: str) -> None:
    links = Lexicon.default().cached("boilerplate.links", features._link_cues)
    letters = features._LETTERS.findall(line)
    upper = sum(run[0].isupper() for run in letters)
    expected = upper / len(letters) if letters else 0
    assert features._text_features(line, len(WORD.findall(line)), links)[2] == expected


# Link wording in several cases, glued to words and marks, in lines of ASCII text.
LINK_LINES = [
    "CLICK HERE to read the Full Story",
    "Read More » | Share | Comments (12)",
    "Opens in a new Window; opens in new tab",
    "Posted by Jane Doe | Posted in Politics | 3 Replies",
    "Sign Up for our NEWSLETTER - Log in - Login - Subscribe!",
    "Tags: council, budget | Filed under: Local",
    "Photos: the flood | Video | Gallery | Advertisement | Privacy",
    "sharer clicked here readmore reply-all print_this e-mail email@example.com",
    "View All, see more, SHOW ALL, load more; Continue Reading...",
    "Copyright 2026 Harbour Media; RSS; Print",
    *LINES,
]


def _built_in_wording() -> list[CaselessWording]:
    """The page reader's built-in tables of wording: link cues, the kinds' cues."""
    lexicon = Lexicon.default()
    return [features._link_cues(lexicon), lines._any_kind_cue(lexicon)]


@pytest.mark.parametrize("line", LINK_LINES)
def test_wording_is_found_as_the_plain_search_finds_it(line: str) -> None:
    for wording in _built_in_wording():
        assert wording.lowered is not None  # (built in: ASCII lines take the stdlib)
        assert wording.count(line) == len(wording.pattern.findall(line))
        assert wording.found_in(line) == (wording.pattern.search(line) is not None)


def test_wording_found_on_every_ascii_character_beside_a_cue() -> None:
    # A character before or after a cue may make or break its word boundary.
    for wording in _built_in_wording():
        for character in _ASCII:
            for line in (f"{character}share", f"Share{character}", f"tags{character}:x"):
                assert wording.count(line) == len(wording.pattern.findall(line)), repr(line)
                found = wording.pattern.search(line) is not None
                assert wording.found_in(line) == found, repr(line)


def test_added_wording_is_searched_as_the_lexicon_writes_it() -> None:
    # An added cue may ask for regex's syntax or case rules: no stand-in search then.
    default = Lexicon.default()
    added = r"(?-i:WEITER)\p{Lu}"
    lexicon = attrs.evolve(
        default,
        link_cues=(*default.link_cues, added),
        kind_cues=(*default.kind_cues, ("share", added)),
    )
    links, kinds = features._link_cues(lexicon), lines._any_kind_cue(lexicon)
    assert links.lowered is None
    assert kinds.lowered is None
    assert links.count("WEITERLESEN | weiterlesen | Share") == 2
    assert kinds.found_in("WEITERLESEN")
    assert not kinds.found_in("weiterlesen")


def test_a_capital_in_built_in_wording_keeps_the_plain_search() -> None:
    wording = CaselessWording([r"\bRSS\b"], built_in=True)
    assert wording.lowered is None
    assert wording.count("rss feed | RSS") == 2


@pytest.mark.parametrize("cue", [r"\bshare\s+this\b", r"\bby(?=\d)", r"\p{lu}\w+", r"(?-i:by)"])
def test_wording_beyond_words_keeps_the_plain_search(cue: str) -> None:
    # ("\s" holds four control characters more in the standard library's engine.)
    wording = CaselessWording([cue], built_in=True)
    assert wording.lowered is None
    line = "Share\x1cthis | by2 | Bye"
    assert wording.count(line) == len(wording.pattern.findall(line))
