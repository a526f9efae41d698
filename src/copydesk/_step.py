"""What a step is, and how it declares the data it reads and adds.

Steps import this module, never :mod:`copydesk._pipeline`: the pipeline imports the steps, and
a step only needs to know how to describe itself.

A step declares three tuples of *data names* (``"blocks"``, ``"headline"``, ``"page"``, ...):

``requires``
    data the step cannot work without; the pipeline refuses an order, or a disabled step,
    that leaves it missing.
``uses``
    data the step reads when it is there: the step still runs without it, but a step that
    provides it must then run *earlier*, never later (reading a headline that a later step
    would find silently gives another answer).
``provides``
    data the step adds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar, runtime_checkable

from copydesk._state import ParseState

__all__ = [
    "Step",
    "StepWithPasses",
    "pass_names",
    "provides_of",
    "requires_of",
    "step",
    "switched_pass",
    "uses_of",
]

_F = TypeVar("_F", bound=Callable[[ParseState], None])


@runtime_checkable
class Step(Protocol):
    """What a step is: a callable that reads and labels the parse state.

    Any function ``f(state) -> None`` is a step; :func:`step` adds what it requires, uses and
    provides. The class is ``runtime_checkable``:

    >>> from copydesk.steps import headline
    >>> isinstance(headline, Step), "headline" in headline.provides
    (True, True)
    """

    def __call__(self, state: ParseState, /) -> None: ...


def _names(argument: str, value: Sequence[str]) -> tuple[str, ...]:
    """*value* as a tuple of data names; a bare string is refused, not read letter by letter."""
    if isinstance(value, str):
        raise TypeError(f"{argument}= takes a tuple of data names, not the string {value!r}")
    names = tuple(value)
    for name in names:
        if not isinstance(name, str) or not name:
            raise TypeError(f"{argument}= holds {name!r}; each data name is a non-empty string")
    return names


def step(
    *,
    requires: Sequence[str] = (),
    provides: Sequence[str] = (),
    uses: Sequence[str] = (),
) -> Callable[[_F], _F]:
    """Declare what a step function needs, reads when present, and adds.

    >>> @step(requires=("blocks",), provides=("shouting",))
    ... def flag_shouting(state):
    ...     pass
    >>> flag_shouting.requires, flag_shouting.provides, flag_shouting.uses
    (('blocks',), ('shouting',), ())
    >>> step(requires="blocks")
    Traceback (most recent call last):
      ...
    TypeError: requires= takes a tuple of data names, not the string 'blocks'
    """
    needed = _names("requires", requires)
    added = _names("provides", provides)
    read = _names("uses", uses)

    def decorate(function: _F) -> _F:
        function.requires = needed  # type: ignore[attr-defined]
        function.provides = added  # type: ignore[attr-defined]
        function.uses = read  # type: ignore[attr-defined]
        return function

    return decorate


def requires_of(function: Step) -> tuple[str, ...]:
    """The data *function* cannot run without (``()`` when it declares none)."""
    return tuple(getattr(function, "requires", ()))


def provides_of(function: Step) -> tuple[str, ...]:
    """The data *function* adds (``()`` when it declares none)."""
    return tuple(getattr(function, "provides", ()))


def uses_of(function: Step) -> tuple[str, ...]:
    """The data *function* reads when an earlier step provides it (``()`` when none)."""
    return tuple(getattr(function, "uses", ()))


@runtime_checkable
class StepWithPasses(Protocol):
    """A step made of named passes that can be switched off one by one.

    Such a step never changes: :meth:`with_disabled` and :meth:`with_enabled` return a changed
    copy, which :meth:`copydesk.Pipeline.disable` puts in place of the step for that pipeline alone.
    The ``boilerplate`` step (:class:`copydesk.steps.boilerplate.PageReader`) is one:

    >>> from copydesk.steps import boilerplate
    >>> isinstance(boilerplate, StepWithPasses), boilerplate.names()[0]
    (True, 'nearby_prose')
    """

    def __call__(self, state: ParseState, /) -> None: ...

    def names(self, *, enabled_only: bool = False) -> list[str]:
        """The pass names in running order."""
        ...

    def is_enabled(self, name: str) -> bool:
        """Whether the pass *name* runs."""
        ...

    def with_disabled(self, *names: str) -> StepWithPasses:
        """A copy in which the passes *names* do not run."""
        ...

    def with_enabled(self, *names: str) -> StepWithPasses:
        """A copy in which the passes *names* run again."""
        ...


def pass_names(function: Step, *, enabled_only: bool = False) -> list[str]:
    """The names of *function*'s passes (only the enabled ones with *enabled_only*), in
    running order; ``[]`` for a step without passes.

    >>> from copydesk.steps import boilerplate, headline
    >>> pass_names(boilerplate)[:2], pass_names(headline)
    (['nearby_prose', 'end_past_teasers'], [])
    >>> "deck" in pass_names(boilerplate.with_disabled("deck"), enabled_only=True)
    False
    """
    if not isinstance(function, StepWithPasses):
        return []
    return function.names(enabled_only=enabled_only)


def switched_pass(function: Step, name: str, *, on: bool) -> Step:
    """*function* with its pass *name* on or off: a copy when that changes it, else itself
    (also when *function* no longer has that pass: a ``disabled`` block restoring it after
    the step was replaced).

    >>> from copydesk.steps import boilerplate
    >>> switched_pass(boilerplate, "deck", on=True) is boilerplate
    True
    >>> switched_pass(boilerplate, "deck", on=False).is_enabled("deck")
    False
    """
    if not isinstance(function, StepWithPasses) or name not in function.names():
        return function
    if function.is_enabled(name) == on:
        return function
    return function.with_enabled(name) if on else function.with_disabled(name)
