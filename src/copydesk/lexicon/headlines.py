"""Word tables of the headline step (see :func:`copydesk.steps.headline.headline`).

A page prints its headline just above the byline and date lines of the article (``By Jane
Doe``, ``Published March 3, 2025``, ``6 min read``). Those lines anchor the headline when
the page reader's article region starts lower down, under a deck, a table of contents or a
row of share buttons.
"""

from __future__ import annotations

__all__ = ["HEADLINE_ANCHORS", "HEADLINE_TOOL_LINES"]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

HEADLINE_ANCHORS: tuple[str, ...] = (
    # A byline: "By Jane Doe", "Written by", "Posted by jdoe", "Author: Jane Doe", "By" alone,
    # "Contributors: Jane Doe".
    r"^(?:by|written by|words by|posted by|authored by|reviewed by|edited by|author)\b",
    # feat/qa-8: "By" glued to the name ("ByJulia Reinstein").
    r"^(?-i:By(?=\p{Lu}\p{Ll}))",
    r"^(?:words|authors?|writers?|contributors?)\s*:",
    # A date line: "Published on", "Updated:", "Last updated Nov 6, 2025".
    r"^(?:published|updated|last updated|posted(?: on)?|last modified)\b",
    # A printed date with its year: "March 3, 2025", "3rd March 2025", "2025-03-03", "03.03.25".
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    # A relative date: "2 days ago", "an hour ago".
    r"^(?:\d+|an?)\s+(?:min(?:ute)?|hour|day|week|month|year)s?\s+ago\b",
    # A reading time: "6 min read", "Reading time 12 minutes".
    r"\b\d+\s*min(?:ute)?s?\.?\s+read\b",
    r"\breading time\b",
)
"""Patterns (``regex``, case-insensitive, searched in a short line) of the byline, date
and reading-time lines printed under a page's headline."""

HEADLINE_TOOL_LINES: tuple[str, ...] = (
    # Topic tags and the section line: "Category: Top Picks", "Tags: coffee, tea".
    r"^(?:categor(?:y|ies)|tags?|topics?|filed under|section)\s*:",
    # The article's tools: "text size", "Print", "Email this", "Share", "Listen to this".
    r"^(?:text|font) size\b|^(?:print|e-?mail|share|save|listen)\b(?:\s+(?:this|article|story))?",
    r"^\d+\s+comments?$|^comments?$",
)
"""Patterns (``regex``, case-insensitive, matched at a short line's start) of the lines a
page prints between its headline and the byline: topic tags and the article's tools. They
are never the headline and are passed over on the way up from a byline."""
