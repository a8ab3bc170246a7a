"""What a loaded rule set is: plain frozen data, compiled once."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any

import regex

# What a rule does with the line its pattern finds.
ACTIONS = {
    "drop": "remove the line",
    "drop_span": "remove only the matched text; the line goes if nothing else is left",
    "drop_rest": "remove the line and every line after it (a footer marker)",
    "credit": "move the line to `credits`",
    "metadata": "read the pattern's named groups into the record and remove the line",
}
# Where in the document a rule may fire.
PLACES = {
    "anywhere": "any line",
    "first": "only the first line the rule set sees",
    "lead": "only lines before the first line the rule set keeps (headline, byline, dek)",
}
# Record fields a metadata rule may fill through a named group of the same name.
METADATA_FIELDS = ("title", "description", "outlet", "authors", "date", "url")


@dataclass(frozen=True)
class Rule:
    name: str  # qualified: "<rule set>.<rule>"
    reason: str
    action: str
    pattern: regex.Pattern[str]
    where: str = "anywhere"
    next: regex.Pattern[str] | None = None  # the following line must match this
    # The pattern is tried only on lines holding one of these (lower case); empty: every line.
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSet:
    name: str
    description: str
    path: str  # the file it came from, for error messages
    outlet: str | None = None
    platform: str | None = None
    hosts: tuple[str, ...] = ()
    signatures: tuple[regex.Pattern[str], ...] = ()
    always: bool = False
    transform: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()

    @cached_property
    def index(self) -> KeywordIndex:
        return KeywordIndex(self.rules)

    def run_order(self) -> tuple[int, str]:
        """Structural transforms first, then platforms, then outlets, then the always-on sets."""
        rank = 0 if self.transform else 1 if self.platform else 3 if self.always else 2
        return rank, self.name


class KeywordIndex:
    """Which rules are worth trying on which line of a document.

    A keyword opening with "^" must open the line: it is looked up by the line's first two
    characters. Any other keyword is looked for once in the whole document (a C-speed scan).
    So a line of prose that holds none of a rule's keywords is never handed to its regex,
    however many rules there are. Rules without keywords are tried on every line.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        # "^by " -> {"by": {"by ": rule numbers}}; "^x" -> {"x": {"x": ...}}
        self._openings: dict[str, dict[str, set[int]]] = {}
        self._inside: dict[str, set[int]] = {}  # keyword -> numbers of the rules that need it
        for number, rule in enumerate(self.rules):
            for keyword in rule.keywords:
                if keyword.startswith("^"):
                    opening = keyword[1:]
                    group = self._openings.setdefault(opening[:2], {})
                    group.setdefault(opening, set()).add(number)
                else:
                    self._inside.setdefault(keyword, set()).add(number)
        self._everywhere = {n for n, rule in enumerate(self.rules) if not rule.keywords}
        self._recent: dict[str, tuple[Rule, ...]] = {}

    def per_line(self, lines: Sequence[str]) -> list[tuple[Rule, ...]]:
        """For each line, the rules worth trying on it, in rule order.

        The answer for a line depends on that line alone, so the last document's answers are
        kept: the generic stage asks about a document's lines, then about those it kept."""
        recent = self._recent
        if all(line in recent for line in lines):
            return [recent[line] for line in lines]
        found = self._scan(lines)
        self._recent = dict(zip(lines, found, strict=True))
        return found

    def _scan(self, lines: Sequence[str]) -> list[tuple[Rule, ...]]:
        lowered = [line.lower() for line in lines]
        wanted = [set(self._everywhere) for _ in lines]
        openings = self._openings
        for line, numbers in zip(lowered, wanted, strict=True):
            for head in (line[:1], line[:2]) if len(line) > 1 else (line,):
                for opening, needing in openings.get(head, {}).items():
                    if line.startswith(opening):
                        numbers |= needing
        text = "\n".join(lowered)
        starts = list(accumulate((len(line) + 1 for line in lowered), initial=0))
        for keyword, needing in self._inside.items():
            position = text.find(keyword)
            while position != -1:
                row = bisect_right(starts, position) - 1
                wanted[row] |= needing
                position = text.find(keyword, starts[row + 1])  # only a later line adds more
        chosen: dict[frozenset[int], tuple[Rule, ...]] = {}  # most lines share a few sets
        result = []
        for line_wants in map(frozenset, wanted):
            if line_wants not in chosen:
                chosen[line_wants] = tuple(self.rules[n] for n in sorted(line_wants))
            result.append(chosen[line_wants])
        return result
