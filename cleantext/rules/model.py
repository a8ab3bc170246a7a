"""What a loaded rule set is: plain frozen data, compiled once."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate
from typing import Any, TypeAlias, TypeVar

import ahocorasick
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


T = TypeVar("T")

# A user's pattern is given up on after this long on one line: it may backtrack without end,
# (x|xx)+y does on forty x's. Any sane pattern takes microseconds on a line of MAX_RULE_LINE.
PATTERN_SECONDS = 1.0


class PatternTimeout(Exception):
    """A pattern of a user's rule set ran past PATTERN_SECONDS on one text."""

    def __init__(self, ruleset: str, rule: str) -> None:
        super().__init__(f"{rule}: pattern ran over {PATTERN_SECONDS:g} s on one line")
        self.ruleset = ruleset


@dataclass(frozen=True)
class BoundedPattern:
    """A compiled pattern that raises PatternTimeout instead of running on without end (the
    time limit costs about a microsecond a call, so built-in patterns, tested for
    backtracking, go without it)."""

    pattern: regex.Pattern[str]
    ruleset: str
    rule: str

    def search(self, text: str) -> regex.Match[str] | None:
        return self._within_limit(lambda: self.pattern.search(text, timeout=PATTERN_SECONDS))

    def finditer(self, text: str) -> list[regex.Match[str]]:
        return self._within_limit(
            lambda: list(self.pattern.finditer(text, timeout=PATTERN_SECONDS))
        )

    def sub(self, replacement: str, text: str) -> str:
        return self._within_limit(
            lambda: self.pattern.sub(replacement, text, timeout=PATTERN_SECONDS)
        )

    def _within_limit(self, run: Callable[[], T]) -> T:
        try:
            return run()
        except TimeoutError:  # the regex module's, raised when the time is up
            raise PatternTimeout(self.ruleset, self.rule) from None


Pattern: TypeAlias = "regex.Pattern[str] | BoundedPattern"


@dataclass(frozen=True)
class Rule:
    name: str  # qualified: "<rule set>.<rule>"
    reason: str
    action: str
    pattern: Pattern
    where: str = "anywhere"
    next: Pattern | None = None  # the following line must match this
    # The pattern is tried only on lines holding one of these (lower case); empty: every line.
    keywords: tuple[str, ...] = ()

    @property
    def unconditional(self) -> bool:
        """Removes the whole line it matches wherever the line stands, whatever surrounds it."""
        return self.where == "anywhere" and self.next is None and self.action != "drop_span"


@dataclass(frozen=True)
class RuleSet:
    name: str
    description: str
    path: str  # the file it came from, for error messages
    outlet: str | None = None
    platform: str | None = None
    hosts: tuple[str, ...] = ()
    signatures: tuple[Pattern, ...] = ()
    always: bool = False
    transform: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()

    @cached_property
    def index(self) -> KeywordIndex:
        return KeywordIndex(self.rules)

    def bounded(self) -> RuleSet:
        """The same rule set with every pattern time-limited (see BoundedPattern)."""

        def bound(pattern: Pattern, rule: str) -> BoundedPattern:
            plain = pattern.pattern if isinstance(pattern, BoundedPattern) else pattern
            return BoundedPattern(plain, self.name, rule)

        rules = tuple(
            replace(
                rule,
                pattern=bound(rule.pattern, rule.name),
                next=None if rule.next is None else bound(rule.next, f"{rule.name} (next)"),
            )
            for rule in self.rules
        )
        signatures = tuple(bound(s, f"{self.name} [detect] signature") for s in self.signatures)
        return replace(self, rules=rules, signatures=signatures)

    def run_order(self) -> tuple[int, str]:
        """Structural transforms first, then platforms, then outlets, then the always-on sets."""
        rank = 0 if self.transform else 1 if self.platform else 3 if self.always else 2
        return rank, self.name


class KeywordIndex:
    """Which rules are worth trying on which line of a document.

    All the keywords of all the rules are found in one pass over the lower-cased document (an
    Aho-Corasick automaton, in C), so the scan costs the same however many rules there are; a
    keyword opening with "^" must open a line, so it is looked for after a line break. A line of
    prose that holds none of a rule's keywords is never handed to its regex. Rules without
    keywords are tried on every line.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        needing: dict[str, set[int]] = {}  # keyword as looked for -> numbers of its rules
        for number, rule in enumerate(self.rules):
            for keyword in rule.keywords:
                found_as = "\n" + keyword[1:] if keyword.startswith("^") else keyword
                needing.setdefault(found_as, set()).add(number)
        self._automaton = ahocorasick.Automaton()
        for keyword, numbers in needing.items():
            self._automaton.add_word(keyword, frozenset(numbers))
        if needing:
            self._automaton.make_automaton()
        self._everywhere = frozenset(n for n, rule in enumerate(self.rules) if not rule.keywords)
        self._recent: dict[str, frozenset[int]] = {}
        self._chosen: dict[frozenset[int], tuple[Rule, ...]] = {}
        self._unconditional: dict[frozenset[int], tuple[Rule, ...]] = {}

    def per_line(self, lines: Sequence[str], unconditional: bool = False) -> list[tuple[Rule, ...]]:
        """For each line, the rules worth trying on it, in rule order (`unconditional`: only
        the rules that remove a line wherever it stands, see Rule.unconditional).

        The answer for a line depends on that line alone, so the last document's answers are
        kept: the generic stage asks about a document's lines, then about those it kept."""
        recent = self._recent
        if all(line in recent for line in lines):
            wants = [recent[line] for line in lines]
        else:
            wants = self._scan(lines)
            self._recent = dict(zip(lines, wants, strict=True))
        chosen = self._unconditional if unconditional else self._chosen
        if len(chosen) > 10_000:  # distinct sets of rules are few; bound them all the same
            chosen.clear()
        result = []
        for line_wants in wants:
            rules = chosen.get(line_wants)
            if rules is None:
                rules = tuple(
                    self.rules[n]
                    for n in sorted(line_wants)
                    if not unconditional or self.rules[n].unconditional
                )
                chosen[line_wants] = rules
            result.append(rules)
        return result

    def _scan(self, lines: Sequence[str]) -> list[frozenset[int]]:
        """The numbers of the rules each line calls for: most lines call for none."""
        wants = [self._everywhere] * len(lines)
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return wants  # no rule has keywords
        text = "\n" + "\n".join(lines).lower()
        starts = list(accumulate((len(line) + 1 for line in text[1:].split("\n")), initial=1))
        for end, numbers in self._automaton.iter(text):
            row = bisect_right(starts, end) - 1
            wants[row] = wants[row] | numbers
        return wants
