"""Photo-credit patterns: how a credit ends a caption.

Each pattern matches a credit at the *end* of a block. Named groups: ``names`` (the
photographers), ``agency`` (who distributes the photo), ``file`` (present for file photos).
"""

from __future__ import annotations

_NAME = r"[^\W\d_][\w.'’ -]{0,60}?"

CREDIT_PATTERNS: tuple[str, ...] = (
    # UPI: "File Photo by Al Drago/UPI | License Photo"
    rf"(?P<file>File )?Photo by (?P<names>{_NAME})\s*/\s*(?P<agency>[\w.&-]+(?: [\w.&-]+){{0,3}})"
    r"(?:\s*\|\s*License Photo)?",
    # AP / AFP: "(AP Photo/Jeffrey T. Barnes)", "(AP Photo/Manuel Balce Ceneta, File)"
    rf"\((?P<agency>AP|AFP) Photo\s*/\s*(?P<names>{_NAME})(?P<file>,\s*File)?\)",
    # Reuters: "REUTERS/Kevin Lamarque/File Photo"
    rf"(?P<agency>REUTERS)\s*/\s*(?P<names>{_NAME})(?P<file>\s*/\s*File(?: Photo)?)?",
)
