"""Links, e-mail addresses, handles and domain names printed in running text."""

from __future__ import annotations

import regex

__all__ = ["without_links"]


def without_links(text: str) -> str:
    """*text* with its links, e-mail addresses, handles and domain names blanked out.

    Read token by token (runs of non-space): a token holding ``@``, ``://``, ``www.`` or
    ``/`` is a link; in a shorter token, a domain name (``janedoe.blog``) is blanked. One
    pattern over the whole text would backtrack over every start in a long unbroken token
    (quadratic in its length). Only tokens holding ``@``, ``/`` or ``.`` can change, so only
    they are read (most words are not).

    >>> without_links("Mail jane.doe@example.com or see janedoe.blog (Jane Doe).")
    'Mail   or see   (Jane Doe).'
    """
    return _TOKEN.sub(_unlinked, text)


def _unlinked(token: regex.Match[str]) -> str:
    printed = token.group()
    if any(mark in printed for mark in _LINK_MARKS):
        return " "
    if len(printed) > _MAX_DOMAIN_TOKEN_CHARS:
        return printed  # (no domain name is this long; bounds the pattern's work)
    return _DOMAIN.sub(" ", printed)


# A token that holds "@", "/" or "." (what every link mark and domain name holds), matched
# from its start only: the lookbehind fails at once inside a token, and the possessive run
# gives nothing back, so a long unbroken token costs one pass.
_TOKEN = regex.compile(r"(?<!\S)[^\s@/.]*+[@/.]\S*")
_LINK_MARKS = ("@", "://", "www.", "/")
# A site's domain name in running text: "janedoe.blog", "news.example.co.uk".
_DOMAIN = regex.compile(r"[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,6}\b")
_MAX_DOMAIN_TOKEN_CHARS = 100
