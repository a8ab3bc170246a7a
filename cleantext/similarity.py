"""How alike two passages are, in words: for telling revisions of one paragraph apart."""

from __future__ import annotations

from collections import Counter

import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def overlap(a: Counter[str], b: Counter[str]) -> float:
    """Shared words over the longer passage's words: 1.0 for equal texts, 0.0 for disjoint."""
    longer = max(sum(a.values()), sum(b.values()))
    return sum((a & b).values()) / longer if longer else 0.0


def similarity(a: str, b: str) -> float:
    return overlap(Counter(words(a)), Counter(words(b)))
