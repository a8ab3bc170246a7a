"""Canonical-text steps that no pattern can express: lines written twice, paragraphs repeated."""

from __future__ import annotations

from .draft import Draft

# Named like rules, so `removed` explains them the same way.
STEPS = {
    "generic.doubled-line": "a line that is one paragraph written twice keeps one copy",
    "generic.repeated-paragraph": "a paragraph repeating the one just before it appears once",
    "generic.repeated-headline": "the headline printed again in the body is not the story",
}
# A half shorter than this is more likely a real phrase ("Walla Walla") than a doubled paragraph.
_MIN_HALF_WORDS = 3


def doubled_half(line: str) -> str | None:
    """The paragraph if `line` is it written twice, with or without a space between; else None.

    >>> doubled_half("Sly reported from Beirut.Sly reported from Beirut.")
    'Sly reported from Beirut.'
    """
    size, odd = divmod(len(line), 2)  # an odd length leaves room for one space between
    first, second = line[:size], line[size + odd :]
    if first == second and (not odd or line[size] == " ") and len(first.split()) >= _MIN_HALF_WORDS:
        return first
    return None


def undouble_lines(draft: Draft) -> None:
    """Keep one copy of every line that is a paragraph written twice (repeatedly, if need be)."""
    lines = []
    for line in draft.paragraphs:
        while (half := doubled_half(line)) is not None:
            draft.remove("generic.doubled-line", half)
            line = half
        lines.append(line)
    draft.paragraphs = lines


def drop_repeated_paragraphs(draft: Draft) -> None:
    """A paragraph equal to the one before it goes."""
    kept: list[str] = []
    for line in draft.paragraphs:
        if kept and kept[-1] == line:
            draft.remove("generic.repeated-paragraph", line)
        else:
            kept.append(line)
    draft.paragraphs = kept


def drop_repeated_headline(draft: Draft) -> None:
    """A paragraph that is the title, printed again below the top, goes: left in, it would be
    read as the title when the output is cleaned again."""
    title = draft.fields.get("title")
    if title:
        folded = " ".join(title.split()).casefold()
        for line in [p for p in draft.paragraphs if p.casefold() == folded]:
            draft.paragraphs.remove(line)
            draft.remove("generic.repeated-headline", line)
