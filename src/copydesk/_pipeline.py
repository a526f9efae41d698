"""Parsers and their ordered, named steps.

A *step* is any callable ``step(state) -> None`` that reads and labels a
:class:`~copydesk.ParseState`. It may declare ``requires``, ``uses`` and ``provides`` (tuples
of data names such as ``"blocks"`` or ``"headline"``, see :mod:`copydesk._step`); the pipeline
checks, before it runs, that every requirement is provided by an earlier enabled step and that
no step providing what another uses runs after it.

A step may be made of named passes (:class:`~copydesk._step.StepWithPasses`): the pipeline
switches a pass by its dotted name, ``"step.pass"`` (``"boilerplate.deck"``).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from copydesk._models import Article, check_source
from copydesk._state import ParseState
from copydesk._step import Step, pass_names, provides_of, requires_of, step, switched_pass, uses_of
from copydesk.errors import PipelineError, StepError, UnknownStepError
from copydesk.lexicon import Lexicon

__all__ = ["Parser", "Pipeline", "Step", "step"]


@attrs.define
class _Entry:
    name: str
    function: Step
    enabled: bool = True


class Pipeline:
    """An ordered list of named steps, some of which may be disabled.

    Every :class:`Parser` has one (:attr:`Parser.pipeline`); most code changes it through the
    parser's methods of the same names.

    >>> def shout(state):
    ...     pass
    >>> pipeline = Pipeline([("shout", shout)])
    >>> pipeline.add("whisper", shout, before="shout")
    >>> pipeline.disable("shout")
    >>> pipeline, len(pipeline), "shout" in pipeline
    (Pipeline([whisper, (shout)]), 2, True)
    """

    def __init__(self, steps: Sequence[tuple[str, Step]] = ()) -> None:
        self._entries: list[_Entry] = []
        # The enabled steps as of the last check, with what each provides, and the
        # (name, function, enabled) entries they were read from: run() checks again only when
        # those change, so an unchanged pipeline is not re-checked before every parse.
        self._checked: tuple[tuple[str, Step, bool], ...] = ()
        self._plan: list[tuple[str, Step, tuple[str, ...]]] = []
        for name, function in steps:
            self.add(name, function)

    # --- inspection ----------------------------------------------------------------------

    def names(self, *, enabled_only: bool = False) -> list[str]:
        """The step names in running order.

        >>> pipeline = Parser().pipeline
        >>> pipeline.disable("quotes")
        >>> pipeline.names()[:3]
        ['normalize', 'segment', 'chrome']
        >>> "quotes" in pipeline.names(), "quotes" in pipeline.names(enabled_only=True)
        (True, False)
        """
        return [entry.name for entry in self._entries if entry.enabled or not enabled_only]

    def __contains__(self, name: object) -> bool:
        return any(entry.name == name for entry in self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, name: str) -> Step:
        return self._entries[self._index(name)].function

    def __repr__(self) -> str:
        shown = [entry.name if entry.enabled else f"({entry.name})" for entry in self._entries]
        return f"Pipeline([{', '.join(shown)}])"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pipeline):
            return NotImplemented
        return self._entries == other._entries

    __hash__ = None  # type: ignore[assignment]

    def is_enabled(self, name: str) -> bool:
        """Whether the step *name* will run (for ``"step.pass"``: whether the step and its
        pass will run).

        >>> pipeline = Parser().pipeline
        >>> pipeline.disable("quotes", "boilerplate.deck")
        >>> pipeline.is_enabled("quotes"), pipeline.is_enabled("headline")
        (False, True)
        >>> pipeline.is_enabled("boilerplate.deck"), pipeline.is_enabled("boilerplate.end_line")
        (False, True)
        """
        index, pass_name = self._resolve(name)
        return self._entries[index].enabled and self._switched_on(index, pass_name)

    # --- changes -------------------------------------------------------------------------

    def add(
        self,
        name: str,
        function: Step,
        *,
        before: str | None = None,
        after: str | None = None,
    ) -> None:
        """Insert a step; by default last, or just *before* / *after* a named step.

        Raises :class:`~copydesk.PipelineError` if the name is taken or the step requires
        something no earlier step provides, and :class:`~copydesk.UnknownStepError` if
        *before* / *after* names no step.

        >>> def shout(state):
        ...     pass
        >>> pipeline = Parser().pipeline
        >>> pipeline.add("shout", shout, after="headline")
        >>> names = pipeline.names()
        >>> names[names.index("headline") + 1]
        'shout'
        >>> pipeline.add("shout", shout)
        Traceback (most recent call last):
          ...
        copydesk.errors.PipelineError: there is already a step named 'shout'; use replace()
        """
        if not callable(function):
            raise TypeError(f"step {name!r} must be callable, got {type(function).__name__}")
        if name in self:
            raise PipelineError(f"there is already a step named {name!r}; use replace()")
        if before is not None and after is not None:
            raise PipelineError("give at most one of before= and after=")
        if before is not None:
            position = self._index(before)
        elif after is not None:
            position = self._index(after) + 1
        else:
            position = len(self._entries)
        with self._undone_if_broken():
            self._entries.insert(position, _Entry(name, function))

    def replace(self, name: str, function: Step) -> None:
        """Swap the function of step *name*, keeping its place and state.

        >>> def no_quotes(state):
        ...     pass
        >>> pipeline = Parser().pipeline
        >>> place = pipeline.names().index("quotes")
        >>> pipeline.replace("quotes", no_quotes)
        >>> pipeline["quotes"] is no_quotes, pipeline.names().index("quotes") == place
        (True, True)

        A replacement that breaks the order is refused and the old step stays.
        """
        if not callable(function):
            raise TypeError(f"step {name!r} must be callable, got {type(function).__name__}")
        index = self._index(name)
        with self._undone_if_broken():
            self._entries[index].function = function

    def remove(self, name: str) -> Step:
        """Take step *name* out and return its function.

        >>> pipeline = Parser().pipeline
        >>> pipeline.remove("quotes").__name__, "quotes" in pipeline
        ('quotes', False)

        Removing a step that a later one requires is refused.
        """
        index = self._index(name)
        with self._undone_if_broken():
            entry = self._entries.pop(index)
        return entry.function

    def move(self, name: str, *, before: str | None = None, after: str | None = None) -> None:
        """Move step *name* just before or after another step.

        The move is undone (and the error raised) if the new place breaks a requirement.

        >>> pipeline = Parser().pipeline
        >>> pipeline.move("site", after="captions")
        >>> names = pipeline.names()
        >>> names.index("site") == names.index("captions") + 1
        True
        """
        if before is not None and after is not None:
            raise PipelineError("give at most one of before= and after=")
        self._index(before or after or name)  # an unknown name is a KeyError before any change
        with self._undone_if_broken():
            entry = self._entries.pop(self._index(name))
            if before is not None:
                position = self._index(before)
            elif after is not None:
                position = self._index(after) + 1
            else:
                position = len(self._entries)
            self._entries.insert(position, entry)

    def disable(self, *names: str) -> None:
        """Skip the named steps, or passes (``"step.pass"``: in this pipeline's own copy of
        the step), until they are enabled again.

        >>> pipeline = Parser().pipeline
        >>> pipeline.disable("quotes", "dateline", "boilerplate.teaser_runs")
        >>> {"quotes", "dateline"} & set(pipeline.names(enabled_only=True))
        set()
        >>> pipeline["boilerplate"].is_enabled("teaser_runs")
        False
        """
        targets = [self._resolve(name) for name in names]
        with self._undone_if_broken():
            for index, pass_name in targets:
                self._switch(index, pass_name, on=False)

    def enable(self, *names: str) -> None:
        """Run the named steps, or passes (``"step.pass"``), again.

        >>> pipeline = Parser().pipeline
        >>> pipeline.disable("quotes", "boilerplate.deck")
        >>> pipeline.enable("quotes", "boilerplate.deck")
        >>> pipeline.is_enabled("quotes"), pipeline.is_enabled("boilerplate.deck")
        (True, True)
        """
        targets = [self._resolve(name) for name in names]
        with self._undone_if_broken():
            for index, pass_name in targets:
                self._switch(index, pass_name, on=True)

    @contextlib.contextmanager
    def disabled(self, *names: str) -> Iterator[Pipeline]:
        """Disable the named steps, or passes, inside a ``with`` block, then restore them.

        >>> pipeline = Parser().pipeline
        >>> with pipeline.disabled("quotes", "boilerplate.deck"):
        ...     pipeline.is_enabled("quotes"), pipeline.is_enabled("boilerplate.deck")
        (False, False)
        >>> pipeline.is_enabled("quotes"), pipeline.is_enabled("boilerplate.deck")
        (True, True)
        """
        targets = [self._resolve(name) for name in names]
        before = [self._switched_on(index, pass_name) for index, pass_name in targets]
        self.disable(*names)
        try:
            yield self
        finally:
            for (index, pass_name), was_on in zip(targets, before, strict=True):
                self._switch(index, pass_name, on=was_on)

    # --- running -------------------------------------------------------------------------

    def check(self) -> None:
        """Raise :class:`~copydesk.PipelineError` if the order breaks a dependency.

        A step's ``requires`` must be provided by an earlier enabled step; what it ``uses``
        must not be provided only by a later one. The message names the step that provides
        the data. Every change (:meth:`add`, :meth:`replace`, :meth:`move`, :meth:`remove`,
        :meth:`disable`) checks first and is undone when it would break the order, so a
        parser never fails later because of an edit.

        >>> pipeline = Parser().pipeline
        >>> pipeline.check()  # the default order is sound
        >>> try:
        ...     pipeline.disable("segment")
        ... except PipelineError as error:
        ...     print(error)
        step 'chrome' requires blocks, which step 'segment' provides, but 'segment' is disabled
        >>> pipeline.is_enabled("segment")
        True
        """
        problem = _order_problem(self._entries)
        if problem:
            raise PipelineError(problem)

    def run(self, state: ParseState) -> None:
        """Run the enabled steps over *state*, in order.

        An exception inside a step is raised as :class:`~copydesk.StepError` naming the step.

        >>> from copydesk import Lexicon, ParseState
        >>> state = ParseState("Storm hits coast\\n\\nThe storm hit.", Lexicon.default())
        >>> Parser().pipeline.run(state)
        >>> state.headline.text, {"blocks", "headline"} <= state.provided
        ('Storm hits coast', True)
        """
        for name, function, provides in self._checked_plan():
            try:
                function(state)
            except Exception as error:
                raise StepError(name, error) from error
            state.provided.update(provides)

    # --- helpers -------------------------------------------------------------------------

    def _checked_plan(self) -> list[tuple[str, Step, tuple[str, ...]]]:
        """The enabled steps as ``(name, function, provides)``, checked (once per change)."""
        key = tuple((entry.name, entry.function, entry.enabled) for entry in self._entries)
        if key != self._checked or not key:
            self.check()
            self._plan = [
                (entry.name, entry.function, provides_of(entry.function))
                for entry in self._entries
                if entry.enabled
            ]
            self._checked = key
        return self._plan

    def _index(self, name: str) -> int:
        for index, entry in enumerate(self._entries):
            if entry.name == name:
                return index
        raise UnknownStepError(name, self.names())

    def _resolve(self, name: str) -> tuple[int, str | None]:
        """The index of the step *name* names, and the pass it names (``None``: the step).
        A step's own name holds a dot only when the step is named so."""
        if name in self or "." not in name:
            return self._index(name), None
        step_name, _, pass_name = name.partition(".")
        index = self._index(step_name)
        own = pass_names(self._entries[index].function)
        if pass_name in own:
            return index, pass_name
        holders = [self._entries[index]] if own else self._entries  # else list every pass
        valid = [f"{held.name}.{known}" for held in holders for known in pass_names(held.function)]
        raise UnknownStepError(name, valid, kind="pass")

    def _switched_on(self, index: int, pass_name: str | None) -> bool:
        """The step's own switch, or its pass's (whether or not the step runs)."""
        entry = self._entries[index]
        if pass_name is None:
            return entry.enabled
        return pass_name in pass_names(entry.function, enabled_only=True)

    def _switch(self, index: int, pass_name: str | None, *, on: bool) -> None:
        """Turn the step at *index*, or its pass *pass_name*, on or off."""
        entry = self._entries[index]
        if pass_name is None:
            entry.enabled = on
        else:
            entry.function = switched_pass(entry.function, pass_name, on=on)

    @contextlib.contextmanager
    def _undone_if_broken(self) -> Iterator[None]:
        """Apply the change inside the block, then check; restore the old entries on failure."""
        saved = [attrs.evolve(entry) for entry in self._entries]
        try:
            yield
            self.check()
        except BaseException:
            self._entries = saved
            raise


def _order_problem(entries: Sequence[_Entry]) -> str | None:
    """What is wrong with the order of *entries* (the first problem), or ``None``."""
    enabled = [entry for entry in entries if entry.enabled]
    available: set[str] = set()
    for position, entry in enumerate(enabled):
        for need in requires_of(entry.function):
            if need not in available:
                return f"step {entry.name!r} requires {need}, " + _whereabouts(
                    need, entry.name, entries
                )
        for used in uses_of(entry.function):
            later = [e.name for e in enabled[position + 1 :] if used in provides_of(e.function)]
            if used not in available and later:
                return (
                    f"step {entry.name!r} uses {used}, which step {later[0]!r} provides after "
                    f"it; place {later[0]!r} before {entry.name!r}"
                )
        available.update(provides_of(entry.function))
    return None


def _whereabouts(need: str, name: str, entries: Sequence[_Entry]) -> str:
    """Where the data *need* of step *name* would come from, for an error message."""
    providers = [entry for entry in entries if need in provides_of(entry.function)]
    if not providers:
        return "which no step provides"
    giver = providers[0]
    if not giver.enabled:
        return f"which step {giver.name!r} provides, but {giver.name!r} is disabled"
    return f"which step {giver.name!r} provides later; place {name!r} after {giver.name!r}"


class Parser:
    """A configured parser: a :class:`Pipeline` of steps and the :class:`Lexicon` they read.

    Parsers are independent of each other, cheap to :meth:`copy`, picklable (when their steps
    are importable functions or picklable objects), and safe to share between threads as long
    as nobody reconfigures them while they parse.

    >>> parser = Parser()
    >>> parser.names()[:3]
    ['normalize', 'segment', 'chrome']
    >>> parser.parse("Headline\\n\\nBody text.").headline.text
    'Headline'
    """

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        steps: Sequence[tuple[str, Step]] | None = None,
    ) -> None:

        self.lexicon: Lexicon = lexicon if lexicon is not None else Lexicon.default()
        """The word lists and patterns this parser's steps read."""
        # Imported here, not at the top: the steps load regex, which `import copydesk` leaves
        # for the first parser (a quarter of the import time). Steps never import this module.
        from copydesk.steps import DEFAULT_STEPS

        self.pipeline: Pipeline = Pipeline(DEFAULT_STEPS if steps is None else steps)
        """The ordered steps."""

    # --- parsing -------------------------------------------------------------------------

    def parse(self, text: str, *, reference_date: dt.date | None = None) -> Article:
        """Parse one article's text.

        *reference_date* is the day the article was published or fetched: printed dates
        without a year resolve to the latest such date on or before it. Without it, such
        dates stay unresolved (copydesk never guesses from today's clock).

        Any ``str`` parses, lone surrogates and control characters included, with one
        exception: a high and a low surrogate code point side by side (which JSON would read
        back as one character) raise ``ValueError`` naming their position, so every article
        survives JSON exactly (see :attr:`Article.source <copydesk.Article.source>`). A
        non-``str`` raises ``TypeError``.

        >>> import datetime
        >>> text = "Storm hits coast\\n\\nMIAMI, Nov. 2 (AP) — The storm hit the coast."
        >>> article = Parser().parse(text, reference_date=datetime.date(2024, 11, 5))
        >>> article.headline.text, article.dateline.text, article.dateline.date
        ('Storm hits coast', 'MIAMI, Nov. 2 (AP) —', datetime.date(2024, 11, 2))
        >>> article.paragraphs[0].text
        'The storm hit the coast.'
        """
        if not isinstance(text, str):
            raise TypeError(
                f"parse() takes the article text as a str, got {type(text).__name__}"
                + (
                    " (decode bytes first, e.g. data.decode('utf-8'))"
                    if isinstance(text, (bytes, bytearray))
                    else ""
                )
            )
        if reference_date is not None and not isinstance(reference_date, dt.date):
            raise TypeError(
                f"reference_date must be a datetime.date, got {type(reference_date).__name__}"
            )
        if isinstance(reference_date, dt.datetime):
            reference_date = reference_date.date()
        check_source(text)  # up front: a text JSON cannot carry is refused before the work
        state = ParseState(source=text, lexicon=self.lexicon, reference_date=reference_date)
        self.pipeline.run(state)
        return state.freeze(release_blocks=True)

    # --- configuration -------------------------------------------------------------------

    def use(self, plugin: Callable[..., Any], /, **options: Any) -> Parser:
        """Apply *plugin* (any callable taking the parser and options) and return ``self``.

        >>> def shout_free(parser, *, kind="custom"):
        ...     parser.lexicon.add_chrome("ALL CAPS NEWS", kind=kind)
        >>> Parser().use(shout_free, kind="branding").lexicon.chrome_rules[0].kind
        'branding'
        """
        plugin(self, **options)
        return self

    def copy(self) -> Parser:
        """An independent copy: changing it never changes this parser.

        >>> parser = Parser()
        >>> quiet = parser.copy().disable("quotes")
        >>> quiet.names(enabled_only=True) == parser.names(enabled_only=True)
        False
        >>> parser.pipeline.is_enabled("quotes")
        True
        """
        return copy.deepcopy(self)

    def names(self, *, enabled_only: bool = False) -> list[str]:
        """The step names in running order.

        >>> Parser().names()[:3], Parser().names()[-2:]
        (['normalize', 'segment', 'chrome'], ['published', 'quotes'])
        """
        return self.pipeline.names(enabled_only=enabled_only)

    def add(
        self, name: str, function: Step, *, before: str | None = None, after: str | None = None
    ) -> Parser:
        """Add a step (see :meth:`Pipeline.add`); returns ``self`` for chaining.

        >>> from copydesk import step
        >>> @step(requires=("headline",))
        ... def upper_headline(state):
        ...     print("headline:", state.headline.text.upper())
        >>> parser = Parser().add("upper_headline", upper_headline, after="headline")
        >>> article = parser.parse("Storm hits coast\\n\\nThe storm hit.")
        headline: STORM HITS COAST
        """
        self.pipeline.add(name, function, before=before, after=after)
        return self

    def replace(self, name: str, function: Step) -> Parser:
        """Replace a step's function (see :meth:`Pipeline.replace`).

        >>> def no_headline(state):
        ...     pass
        >>> parser = Parser().replace("headline", no_headline)
        >>> parser.parse("Storm hits coast\\n\\nThe storm hit.").headline is None
        True
        """
        self.pipeline.replace(name, function)
        return self

    def remove(self, name: str) -> Parser:
        """Remove a step (see :meth:`Pipeline.remove`).

        >>> parser = Parser().remove("quotes")
        >>> parser.parse('Storm hits coast\\n\\n"We are ready," Mayor Ann Lee said.').quotes
        ()
        """
        self.pipeline.remove(name)
        return self

    def move(self, name: str, *, before: str | None = None, after: str | None = None) -> Parser:
        """Move a step (see :meth:`Pipeline.move`).

        >>> names = Parser().move("site", after="captions").names()
        >>> names.index("site") > names.index("captions")
        True
        """
        self.pipeline.move(name, before=before, after=after)
        return self

    def disable(self, *names: str) -> Parser:
        """Disable steps, or passes of a step (``"step.pass"``; see :meth:`Pipeline.disable`).

        >>> parser = Parser().disable("captions")
        >>> text = "Storm hits coast\\n\\nThe storm hit.\\n\\nWaves. Photo by John Roe/AP"
        >>> parser.parse(text).captions
        ()
        """
        self.pipeline.disable(*names)
        return self

    def enable(self, *names: str) -> Parser:
        """Enable steps, or passes of a step (see :meth:`Pipeline.enable`).

        >>> parser = Parser().disable("captions", "quotes").enable("quotes")
        >>> enabled = parser.names(enabled_only=True)
        >>> "captions" in enabled, "quotes" in enabled
        (False, True)
        """
        self.pipeline.enable(*names)
        return self

    def disabled(self, *names: str) -> contextlib.AbstractContextManager[Pipeline]:
        """Context manager that disables steps, or passes, for the ``with`` block.

        >>> parser = Parser()
        >>> text = 'Storm hits coast\\n\\n"We are ready," Mayor Ann Lee said.'
        >>> with parser.disabled("quotes"):
        ...     parser.parse(text).quotes
        ()
        >>> parser.parse(text).quotes[0].speaker.name
        'Ann Lee'
        """
        return self.pipeline.disabled(*names)

    def __repr__(self) -> str:
        return f"Parser({self.pipeline!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Parser):
            return NotImplemented
        return self.pipeline == other.pipeline and self.lexicon == other.lexicon

    __hash__ = None  # type: ignore[assignment]
