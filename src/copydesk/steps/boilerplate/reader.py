"""The page reader: the ``boilerplate`` step, a list of named passes that can be switched off.

:class:`PageReader` is the step. On a whole page it scores the blocks, drafts the article
region, lets its passes revise the draft in running order, and labels every block left out
as chrome with a kind. It is immutable: :meth:`PageReader.with_disabled` and
:meth:`PageReader.with_enabled` return a changed copy, which a parser puts in place of its
own step (``parser.disable("boilerplate.teaser_runs")``), so parsers never share a change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import ClassVar

import attrs
import regex

from copydesk._state import BODY, Block, ParseState
from copydesk.reading.page import MAX_SCAN_CHARS, MEMO_CHARS, MEMO_TEXTS, looks_like_page
from copydesk.steps.boilerplate.draft import Draft, PagePass, first_kept, last_kept
from copydesk.steps.boilerplate.features import PageFacts
from copydesk.steps.boilerplate.kinds import OTHER, page_kind
from copydesk.steps.boilerplate.lines import is_stamp, named_kind
from copydesk.steps.boilerplate.scores import FirstStage, decide, first_stage, second_stage

__all__ = ["PageReader", "split_markup"]


@attrs.frozen(repr=False)
class PageReader:
    """On a whole page, label every block outside the article as chrome.

    A tidy article is left alone; on a page (here: a title line, a menu, a footer) the
    menus, teasers and footers become chrome with a kind:

    >>> import copydesk
    >>> page = (
    ...     "Storm hits the coast | Daily Planet\\n\\nHome\\nWorld\\nPolitics\\nBusiness\\n"
    ...     "Science\\nHealth\\nSport\\nWeather\\n\\nStorm hits the coast\\n\\n"
    ...     "The storm hit the coast on Monday and cut power to thousands of homes.\\n\\n"
    ...     "More than 2,000 people spent the night in shelters as the wind rose.\\n\\n"
    ...     "Related stories\\n\\nAbout us\\nContact\\nCareers\\nPrivacy\\nTerms"
    ... )
    >>> article = copydesk.parse(page)
    >>> article.headline.text, len(article.paragraphs)
    ('Storm hits the coast', 2)
    >>> [chrome.text for chrome in article.chrome if chrome.kind == "navigation"][:3]
    ['Home', 'World', 'Politics']
    >>> {"navigation", "related", "footer"} <= {chrome.kind for chrome in article.chrome}
    True

    Its passes have names, in running order; a copy can run without some of them:

    >>> from copydesk.steps import boilerplate
    >>> boilerplate.names()[:3]
    ['nearby_prose', 'end_past_teasers', 'embedded_posts']
    >>> lenient = boilerplate.with_disabled("teaser_runs", "deck")
    >>> lenient.is_enabled("teaser_runs"), boilerplate.is_enabled("teaser_runs")
    (False, True)
    >>> lenient.with_enabled("teaser_runs").names(enabled_only=True) == [
    ...     name for name in boilerplate.names() if name != "deck"
    ... ]
    True
    """

    passes: tuple[tuple[str, PagePass], ...]
    """``(name, pass)`` pairs in running order (see :data:`copydesk.steps.boilerplate.PASSES`)."""
    disabled: frozenset[str] = frozenset()
    """The names of the passes that do not run."""

    requires: ClassVar[tuple[str, ...]] = ("blocks",)
    uses: ClassVar[tuple[str, ...]] = ("chrome", "site", "captions")
    provides: ClassVar[tuple[str, ...]] = ("page",)

    def __attrs_post_init__(self) -> None:
        names = [name for name, _ in self.passes]
        if len(set(names)) != len(names):
            raise ValueError(f"pass names must be unique, got {names}")
        self._known(self.disabled)

    # --- the passes ----------------------------------------------------------------------

    def names(self, *, enabled_only: bool = False) -> list[str]:
        """The pass names in running order (only the enabled ones with *enabled_only*).

        >>> from copydesk.steps import boilerplate
        >>> boilerplate.names()[-2:]
        ['markup_lines', 'edge_stamps']
        >>> without_deck = boilerplate.with_disabled("deck")
        >>> len(boilerplate.names()), len(without_deck.names(enabled_only=True))
        (18, 17)
        """
        return [name for name, _ in self.passes if not enabled_only or name not in self.disabled]

    def is_enabled(self, name: str) -> bool:
        """Whether the pass *name* runs.

        >>> from copydesk.steps import boilerplate
        >>> boilerplate.is_enabled("deck"), boilerplate.with_disabled("deck").is_enabled("deck")
        (True, False)
        """
        self._known([name])
        return name not in self.disabled

    def with_disabled(self, *names: str) -> PageReader:
        """A copy of this step in which the passes *names* do not run.

        >>> from copydesk.steps import boilerplate
        >>> boilerplate.with_disabled("deck").disabled
        frozenset({'deck'})
        >>> boilerplate.with_disabled("dek")
        Traceback (most recent call last):
          ...
        KeyError: "no pass named 'dek'; the passes are: nearby_prose, end_past_teasers, ..."
        """
        self._known(names)
        return attrs.evolve(self, disabled=self.disabled | frozenset(names))

    def with_enabled(self, *names: str) -> PageReader:
        """A copy of this step in which the passes *names* run again.

        >>> from copydesk.steps import boilerplate
        >>> boilerplate.with_disabled("deck").with_enabled("deck") == boilerplate
        True
        """
        self._known(names)
        return attrs.evolve(self, disabled=self.disabled - frozenset(names))

    def _known(self, names: Iterable[str]) -> None:
        valid = self.names()
        for name in names:
            if name not in valid:
                raise KeyError(f"no pass named {name!r}; the passes are: {', '.join(valid)}")

    def __repr__(self) -> str:
        shown = [name if name not in self.disabled else f"({name})" for name, _ in self.passes]
        return f"PageReader([{', '.join(shown)}])"

    # --- the step ------------------------------------------------------------------------

    def __call__(self, state: ParseState, /) -> None:
        split_markup(state)
        if not state.blocks or not looks_like_page(state):
            return
        lexicon = state.lexicon
        state.page_kind, stage = _kind_and_first_stage(state)
        other_page = state.page_kind == OTHER
        scores, best, word_counts = second_stage(state, stage, other_page)
        if best <= 0 and _mostly_one_line(state):
            return  # a list of one line printed over and over, no block reads like text
        keep = decide(
            state,
            scores,
            length_power=lexicon.boilerplate_length_power,
            inside_threshold=lexicon.boilerplate_inside_threshold,
            region_bias=lexicon.boilerplate_region_bias,
            short_run_words=lexicon.boilerplate_short_run_words,
            word_counts=word_counts,
            extra_region_share=(
                lexicon.other_page_extra_region_share
                if other_page
                else lexicon.boilerplate_extra_region_share
            ),
        )
        if not any(keep):
            return  # nothing reads like an article: better to drop nothing than everything
        draft = Draft(state, scores, keep, word_counts=word_counts)
        # The passes that let blocks join the draft come first, while it keeps a block; the
        # ones that drop blocks expect no kept block (and may leave none).
        for name, revise in self.passes:
            if name not in self.disabled:
                revise(draft)
        if not any(draft.keep):
            return  # the cuts left nothing (a page of one repeated line): drop nothing either
        _label_dropped(draft)


def _kind_and_first_stage(state: ParseState) -> tuple[str, FirstStage]:
    """The page's kind, and the first stage of its blocks' scores with the weights for that
    kind: one reading of the blocks' words serves both, and goes before the second stage
    (a page of many short lines: the memory peak)."""
    page = PageFacts(state)
    kind = page_kind(state, page)
    return kind, first_stage(state, page, kind == OTHER)


def _mostly_one_line(state: ParseState) -> bool:
    """Whether one text is more than half of the page's body blocks (a page of one stamp
    or byline line repeated: the classifier, which reads each block against the page's
    best, would find an article among copies of one line)."""
    texts = Counter(state.block_text(block) for block in state.blocks if block.label == BODY)
    return bool(texts) and 2 * texts.most_common(1)[0][1] > sum(texts.values())


def _label_dropped(draft: Draft) -> None:
    """Label every body block the draft leaves out as chrome, with the kind its wording
    names, else what the passes found it to be, else where it stands."""
    state, keep = draft.state, draft.keep
    first, last = first_kept(keep), last_kept(keep)
    thread = draft.thread
    # Dropped lines repeat (menus, share rows): each short text is read once.
    read: dict[str, tuple[bool, str | None]] = {}
    for index, block in enumerate(state.blocks):
        if block.label != BODY or keep[index]:
            continue
        text = state.block_text(block)[:MAX_SCAN_CHARS]
        wording = read.get(text)
        if wording is None:
            wording = (is_stamp(state, block), named_kind(state, text))
            if len(text) <= MEMO_CHARS and len(read) < MEMO_TEXTS:
                read[text] = wording
        stamp, named = wording
        default = "navigation" if index < first else "footer" if index > last else "other"
        if stamp:
            default = "metadata"
        if thread is not None and thread[0] <= index <= thread[1]:
            default = "comments"
        if index in draft.related:
            default = "related"
        if index in draft.markup:
            default = "markup"
        state.mark_chrome(block, named or default, guessed=True)


# A block with this many HTML tags is raw markup that leaked into the text ...
_MIN_MARKUP_TAGS = 10
_MARKUP_RUN = regex.compile(r"(?:<[!/?a-zA-Z][^<>\n]{0,500}>\s*)++")


def split_markup(state: ParseState) -> None:
    """Cut blocks of leaked raw HTML at their tags: tags are chrome, the text between stays.

    A broken page can reach the text as its HTML source on one line; cut at the tags, its
    paragraphs become blocks the classifier can judge.

    >>> from copydesk import Lexicon, ParseState
    >>> from copydesk.steps import normalize, segment
    >>> html = "".join(f"<p>Line {number}</p>" for number in range(9))
    >>> state = ParseState(html, Lexicon.default())
    >>> normalize(state); segment(state); split_markup(state)
    >>> [(state.block_text(block), block.kind) for block in state.blocks][:3]
    [('<p>', 'markup'), ('Line 0', None), ('</p><p>', 'markup')]
    """
    if "<" not in state.text:
        return  # no tag anywhere: the common case, decided without a look at each block
    blocks: list[Block] = []
    for block in state.blocks:
        tags = (
            list(_MARKUP_RUN.finditer(state.text, block.start, block.end)) if block.is_body else []
        )
        if not block.is_body or len(tags) < _MIN_MARKUP_TAGS:
            blocks.append(block)
            continue
        position = block.start
        for tag in tags:
            blocks.extend(_trimmed_pieces(state, position, tag.start(), markup=False))
            blocks.extend(_trimmed_pieces(state, tag.start(), tag.end(), markup=True))
            position = tag.end()
        blocks.extend(_trimmed_pieces(state, position, block.end, markup=False))
    state.blocks = blocks


def _trimmed_pieces(state: ParseState, start: int, end: int, *, markup: bool) -> list[Block]:
    text = state.text[start:end]
    stripped = text.strip()
    if not stripped:
        return []
    first = start + len(text) - len(text.lstrip())
    piece = Block(first, first + len(stripped))
    if markup:
        state.mark_chrome(piece, "markup")
    return [piece]
