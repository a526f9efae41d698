"""Exceptions raised by copydesk.

The hierarchy::

    CopydeskError
    ├── PipelineError          a pipeline that cannot run as configured
    │   └── UnknownStepError   (also a KeyError) a step name that is not in the pipeline
    └── StepError              a step raised while parsing; the original is chained

Bad *input* is not an error of its own: ``parse`` raises the built-in :class:`TypeError`
for anything that is not a ``str``, and parses every string but one that holds a surrogate
pair, which JSON could not carry (a :class:`ValueError` naming its position).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["CopydeskError", "PipelineError", "StepError", "UnknownStepError"]


class CopydeskError(Exception):
    """Base class of every exception copydesk raises on purpose.

    Catch it to handle any configuration or step failure in one place:

    >>> import copydesk
    >>> try:
    ...     copydesk.Parser().disable("no_such_step")
    ... except CopydeskError as error:
    ...     print(type(error).__name__)
    UnknownStepError
    """


class PipelineError(CopydeskError):
    """The pipeline is configured in a way that cannot run (order, duplicates, requirements).

    >>> import copydesk
    >>> @copydesk.step(requires=("headline",))
    ... def tag(state):
    ...     pass
    >>> try:
    ...     copydesk.Parser().add("tag", tag, before="segment")
    ... except PipelineError as error:
    ...     print(error)
    step 'tag' requires headline, which step 'headline' provides later; place 'tag' after 'headline'
    """


class UnknownStepError(PipelineError, KeyError):
    """A step name that the pipeline does not have (or a ``"step.pass"`` name of a pass that
    the step does not have: *kind* is then ``"pass"``).

    >>> error = UnknownStepError("chrom", ["chrome", "headline"])
    >>> str(error)
    "no step named 'chrom'; the steps are: chrome, headline"
    >>> str(UnknownStepError("boilerplate.dek", ["boilerplate.deck"], kind="pass"))
    "no pass named 'boilerplate.dek'; the passes are: boilerplate.deck"

    It is also a :class:`KeyError`, like a missing key of a mapping:

    >>> issubclass(UnknownStepError, PipelineError), issubclass(UnknownStepError, KeyError)
    (True, True)
    """

    def __init__(self, name: str, valid: Iterable[str], *, kind: str = "step") -> None:
        self.name = name
        self.valid = tuple(valid)
        self.kind = kind
        super().__init__(name)

    def __str__(self) -> str:
        plural = "passes" if self.kind == "pass" else f"{self.kind}s"
        return f"no {self.kind} named {self.name!r}; the {plural} are: {', '.join(self.valid)}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable, so the error can cross from a worker process (copydesk.parse_many).
        return (_restore_unknown, (type(self), self.name, self.valid, self.kind))


class StepError(CopydeskError):
    """A step raised an exception while parsing; ``__cause__`` holds the original.

    >>> import copydesk
    >>> def broken(state):
    ...     raise ValueError("bad input")
    >>> parser = copydesk.Parser().add("broken", broken)
    >>> try:
    ...     parser.parse("Storm hits coast")
    ... except StepError as error:
    ...     print(error, "|", error.step, "|", repr(error.__cause__))
    step 'broken' failed: ValueError: bad input | broken | ValueError('bad input')
    """

    def __init__(self, step: str, error: BaseException) -> None:
        self.step = step
        super().__init__(f"step {step!r} failed: {type(error).__name__}: {error}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable, so the error can cross from a worker process (copydesk.parse_many); the
        # original exception, which may not pickle, stays behind but its text is kept.
        return (_restore_step_error, (type(self), self.step, str(self)))


def _restore_unknown(
    cls: type[UnknownStepError], name: str, valid: tuple[str, ...], kind: str
) -> UnknownStepError:
    return cls(name, valid, kind=kind)


def _restore_step_error(cls: type[StepError], step: str, message: str) -> StepError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.step = step
    return error
