"""Read back what copydesk.render wrote, as a browser would: for the rendering tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: The only elements and attributes the view may contain: anything else is injected.
ALLOWED_TAGS = frozenset({"div", "span", "style"})
ALLOWED_ATTRIBUTES = frozenset({"class", "data-part", "data-span", "data-label", "title"})

_STYLE_ELEMENT = re.compile(r"<style>[^<]*</style>")
_OUR_TAG = re.compile(r'</?(?:div|span)(?: [a-z-]+="[^"<>]*")*>')


class Mark:
    """One marked element: its attributes and the text inside it."""

    def __init__(self, attributes: dict[str, str]) -> None:
        self.attributes = attributes
        self.text = ""

    @property
    def part(self) -> str:
        return self.attributes["data-part"]

    @property
    def first(self) -> bool:
        return "cd-cont" not in self.attributes["class"].split()


class ViewReader(HTMLParser):
    """Collects the text of the ``copydesk-text`` element, its marks and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.tags: list[str] = []
        self.attribute_names: set[str] = set()
        self.marks: list[Mark] = []
        self._open: list[Mark | None] = []  # the elements open inside the view
        self._in_view = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attributes = {name: value or "" for name, value in attrs}
        self.attribute_names.update(attributes)
        if self._in_view:
            mark = Mark(attributes) if "data-part" in attributes else None
            if mark is not None:
                self.marks.append(mark)
            self._open.append(mark)
        elif "copydesk-text" in attributes.get("class", "").split():
            self._in_view = True

    def handle_endtag(self, tag: str) -> None:
        if self._in_view:
            if not self._open:
                self._in_view = False
            else:
                self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._in_view:
            self.text += data
            for mark in self._open:
                if mark is not None:
                    mark.text += data


def read_view(fragment: str) -> ViewReader:
    reader = ViewReader()
    reader.feed(fragment)
    reader.close()
    return reader


def stray_markup(fragment: str) -> str:
    """What is left of *fragment* once our own tags and style element are removed."""
    return _OUR_TAG.sub("", _STYLE_ELEMENT.sub("", fragment))


def shown(source: str) -> str:
    """*source* as HTML can carry it: NUL and surrogates become U+FFFD."""
    return re.sub("[\0\ud800-\udfff]", "\ufffd", source)
