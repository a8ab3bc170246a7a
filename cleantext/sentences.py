"""Sentence boundaries in news prose: where one sentence ends and the next begins.

Conservative on purpose: a boundary is only claimed after sentence-final punctuation
(closing quotes and brackets may follow) when the next sentence visibly starts (capital,
digit or opening quote), and never after an abbreviation ("Maj.", "Jan.") or initials
("U.S.", "Mark T. Esper"). Scrapers sometimes lose the space between sentences
("resistance.”The campaign"), so a boundary without a space counts too, unless the
full stop follows a single capital, as in "U.S.A".
"""

from __future__ import annotations

import regex

# Titles, months and other words that end with a full stop but rarely end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen maj col lt sgt capt cmdr adm cpl pvt rev fr st sr jr
    jan feb mar apr aug sep sept oct nov dec inc co corp ltd no nos vs etc approx dept est
    ft mt ave blvd
    """.split()
)

_BOUNDARY = regex.compile(
    r"""
    (?<=[.!?…][”’"')\]]*)        # sentence-final punctuation, then any closing quotes
    (?P<space>\ ?)               # the space between sentences (scrapers sometimes drop it)
    (?=[“‘"'(\[]?[\p{Lu}\p{N}])  # the next sentence opens with a capital or digit
    """,
    regex.VERBOSE,
)


def boundaries(text: str) -> list[int]:
    """Offsets where a sentence starts, after the first one (the space before it is skipped)."""
    starts = []
    for match in _BOUNDARY.finditer(text):
        end, start = match.start(), match.end()
        if start == len(text) or end == 0:
            continue
        if not match["space"] and not _closing_glued(text, end):
            continue
        if _abbreviation_before(text[:end]):
            continue
        starts.append(start)
    return starts


def _closing_glued(text: str, end: int) -> bool:
    """A boundary with no space: trust it after a closing quote or a lower-case word."""
    before = text[:end].rstrip("”’\"')]")
    if len(before) < end:
        return True  # closing quote or bracket right before the next sentence
    if len(before) < 2 or before[-1] not in ".!?":
        return False
    # "worse.The", "TfL.The" and "NATO.The" lost a space; "U.S.A" is one word.
    word = before[:-1].rsplit(" ", 1)[-1].rsplit(".", 1)[-1]
    return before[-2].islower() or len(word) >= 2


def _abbreviation_before(head: str) -> bool:
    """Whether the full stop ending `head` belongs to an abbreviation or initials."""
    token = head.rsplit(" ", 1)[-1].rstrip("”’\"')]").rstrip(".!?…")
    # "restraint.Maj." lost its space: only the part after the last full stop is the word.
    word = token.rsplit(".", 1)[-1].strip("“”‘’\"'()[]")
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
