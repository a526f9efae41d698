"""Small text patterns that more than one step needs (one place for each)."""

from __future__ import annotations

import regex

__all__ = ["WEB_DOMAIN"]

#: A web address naming an outlet, e.g. "dailynews.co.uk" in "Photo: Jane Doe / dailynews.co.uk".
WEB_DOMAIN = regex.compile(r"(?i)[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|ca|in|au|info|tv)\b")
