"""NewsDiffs comparison pages: header metadata, and one version rebuilt from side-by-side rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..draft import Draft
from ..generic import doubled_half

_MARKER = regex.compile(r"^Version \d+ Version \d+$")
_SOURCE = regex.compile(r"^This article is from the source '(?P<id>[^']+)'")
_URL = regex.compile(r"\bat its original source at (?P<url>\S+)")
_GAP = regex.compile(r"^\((?:\d+|an?|one) (?:minute|hour|day|week|month|year)s? later\)$")
_SENTENCE_END = regex.compile(r"[.!?][\"”’)]*$")


def newsdiffs(draft: Draft, options: Mapping[str, Any]) -> None:
    """Read the header, then keep one version of every row (rows that do not split stay whole)."""
    lines = draft.paragraphs
    marker = next((i for i, line in enumerate(lines) if _MARKER.match(line)), None)
    if marker is None:
        draft.warnings.append(
            "newsdiffs: no 'Version 1 Version 2' line; the page was left as it is"
        )
        return
    _read_header(draft, lines[: marker + 1], options.get("sources", {}))

    rows = []
    for line in lines[marker + 1 :]:
        if _GAP.match(line):
            draft.remove("newsdiffs.version-gap", line)
        else:
            rows.append(line)
    if rows:
        _read_headline(draft, rows.pop(0))
    related: list[str] = []
    while rows and _is_related_headline(rows[-1]):
        related.insert(0, rows.pop())
    body = []
    for number, row in enumerate(rows, start=1):
        half = doubled_half(row)
        if half is not None:
            draft.remove("newsdiffs.unchanged-copy", half)
            body.append(half)
        else:
            draft.warnings.append(
                f"newsdiffs: row {number} kept whole: its two versions could not be told apart"
            )
            body.append(row)
    for row in related:
        draft.remove("newsdiffs.related", row)
    draft.paragraphs = body


def _read_header(draft: Draft, header: list[str], sources: Mapping[str, str]) -> None:
    for line in header:
        if match := _SOURCE.match(line):
            source = match["id"]
            if source in sources:
                draft.read("outlet", sources[source], "newsdiffs.header")
            else:
                draft.warnings.append(f"newsdiffs: unknown source id {source!r}; outlet left empty")
        if match := _URL.search(line):
            draft.read("url", match["url"], "newsdiffs.header")
        draft.remove("newsdiffs.header", line)


def _read_headline(draft: Draft, row: str) -> None:
    half = doubled_half(row)
    draft.read("title", half if half is not None else row, "newsdiffs.headline")
    draft.remove("newsdiffs.headline", row)


def _is_related_headline(row: str) -> bool:
    """Trailing rows that are headline-shaped and unchanged are links to other stories."""
    half = doubled_half(row)
    return half is not None and not _SENTENCE_END.search(half)
