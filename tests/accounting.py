"""Checks that nothing was lost: every input line is kept, removed, or both in pieces."""

from __future__ import annotations

from cleantext import Result
from cleantext.decode import normalise


def unaccounted_lines(source: str, result: Result) -> list[str]:
    """Input lines that are not made up, in order, of kept paragraphs and removed texts.

    A line may be split between the two (a doubled line keeps one copy and removes the
    other; a span rule removes part of a line), so each line must be a sequence of
    pieces taken from the text's paragraphs and the removed texts, joined by "" or " ".
    """
    pieces = {p for p in result.text.split("\n\n") if p} | {r.text for r in result.removed}
    return [line for line in normalise(source).split("\n") if line and not _covers(line, pieces)]


def _covers(line: str, pieces: set[str]) -> bool:
    reachable = {0}
    for start in range(len(line) + 1):
        if start not in reachable:
            continue
        if start == len(line):
            return True
        if line[start] == " ":
            reachable.add(start + 1)
        for piece in pieces:
            if line.startswith(piece, start):
                reachable.add(start + len(piece))
    return False
