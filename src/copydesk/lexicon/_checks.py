"""Checks of the arguments of the ``Lexicon.add_*`` methods.

Each method checks all its arguments before it changes anything, so a bad entry fails at
the call that adds it, with the argument named, and never in the middle of a later parse.
Every check raises :class:`TypeError` for a value of the wrong type and :class:`ValueError`
for a value of the right type that the steps cannot use, and returns the value unchanged.

>>> text("kind", "promotion")
'promotion'
>>> text("kind", "  ")
Traceback (most recent call last):
ValueError: kind must not be empty or blank
>>> strings("aliases", "XYZ")
Traceback (most recent call last):
TypeError: aliases must be a tuple or list of str, not a bare str: write ('XYZ',) for one
"""

from __future__ import annotations

from collections.abc import Iterable

# Texts an added pattern is tried on, at every position. A pattern that matches an empty
# span of one of them (``x*``, ``^``, ``\b``, ``(?=A)``, an empty alternative) matches nearly
# every line, and a step that searches on from the end of each match would never advance.
# (A sample, not a proof: ``(?<=zzz)`` matches empty text only after "zzz", and passes.)
_PROBES = ("", "a", "A a.", "Jane Doe, AP Photo/Reuters: 12 May 2024 — “Yes,” she said (left).")


def text(name: str, value: object) -> str:
    """*value*, which must be a ``str`` holding more than whitespace."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty or blank")
    return value


def texts(name: str, values: tuple[object, ...]) -> tuple[str, ...]:
    """*values* (the ``*words`` of a method): at least one, each a :func:`text`."""
    if not values:
        raise ValueError(f"{name}: give at least one")
    return tuple(text(f"{name}[{index}]", value) for index, value in enumerate(values))


def strings(name: str, value: object, *, allow_empty: bool = False) -> tuple[str, ...]:
    """*value* as a tuple: a tuple, list or other iterable of :func:`text`, never a bare
    ``str`` (whose letters would each become an entry)."""
    if isinstance(value, (str, bytes)):
        raise TypeError(
            f"{name} must be a tuple or list of str, not a bare {type(value).__name__}: "
            f"write ({value!r},) for one"
        )
    if not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a tuple or list of str, not {type(value).__name__}")
    items = tuple(value)
    if not items and not allow_empty:
        raise ValueError(f"{name} must hold at least one entry")
    return tuple(text(f"{name}[{index}]", item) for index, item in enumerate(items))


def choice(name: str, value: object, choices: tuple[str, ...]) -> str:
    """*value*, which must be one of *choices* (all listed in the error)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if value not in choices:
        listed = ", ".join(repr(choice) for choice in choices)
        raise ValueError(f"{name} must be one of {listed}, not {value!r}")
    return value


def flag(name: str, value: object) -> bool:
    """*value*, which must be ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {value!r}")
    return value


def whole_words(name: str, value: object) -> str:
    """A :func:`text` read as whole words: it must begin and end with a letter or digit.

    >>> whole_words("lead", "Photos:")
    Traceback (most recent call last):
    ValueError: lead must begin and end with a letter or digit, not 'Photos:'
    """
    words = text(name, value)
    # The byline step matches a lead between word boundaries (``\b...\b``): a lead ending
    # in ":" there matched text it could not look up again.
    stripped = words.strip()
    if not (stripped[0].isalnum() and stripped[-1].isalnum()):
        raise ValueError(f"{name} must begin and end with a letter or digit, not {words!r}")
    return words


def pattern(name: str, value: object) -> str:
    """*value*, a ``regex`` pattern that compiles alone and as the steps wrap it
    (``(?:...)``, joined with others), and matches no empty span of the sample texts.

    >>> pattern("pattern", "(unclosed")
    Traceback (most recent call last):
    ValueError: pattern is not a valid regex pattern: missing ) at position 9
    >>> pattern("pattern", r"(?:Photo: )?")
    Traceback (most recent call last):
    ValueError: pattern can match empty text: '(?:Photo: )?'
    """
    import regex  # here: "import copydesk" stays light (the steps import it anyway)

    source = text(name, value)
    try:
        regex.compile(source)
        # A step wraps each pattern in a group; a pattern can compile alone and not there
        # (``(?x)a#`` comments out the closing parenthesis).
        compiled = regex.compile(f"(?:{source})")
    except (regex.error, ValueError, OverflowError) as error:
        raise ValueError(f"{name} is not a valid regex pattern: {error}") from error
    if any(
        match.start() == match.end()
        for probe in _PROBES
        for match in compiled.finditer(probe, overlapped=True)
    ):
        raise ValueError(f"{name} can match empty text: {source!r}")
    return source
