"""Learning each source's boilerplate from a corpus, written as rule sets a person can read.

A source is a host (from the document's URL). Its navigation, footers and share bars recur on
page after page, while its stories do not: a line that recurs on enough of a source's pages
becomes a drop rule whose reason states the evidence ("appears on 11 of 12 pages of
example.com"). Lines are also counted with their digits masked, so "© 2021 Foo" and "© 2023
Foo", "Page 2 of 5" and "Page 3 of 7" are one rule with `\\d+`.

Safety: pages that share most of their long lines (syndicated copies, republished updates)
count once; a line that reads as prose needs far stronger evidence than a short link-like
line; sources with fewer than `min_docs` pages teach nothing. One pass, counts per source:
memory grows with a source's distinct lines, and lines seen once are pruned when a source
holds many.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .boilerplate import BODY_WORDS, is_prose, is_sentence, words
from .decode import normalise
from .metadata.values import host_of
from .rules.load import BUILTIN_DIR, load_rulesets
from .transforms import TRANSFORMS

MIN_DOCS = 3
LINE_SHARE = 0.5  # a short line on half of a source's pages (and two at least) is furniture
PROSE_SHARE = 0.9  # a line that reads as prose: on nine pages in ten, and PROSE_PAGES at least
PROSE_PAGES = 5
SAME_STORY = 0.5  # a page whose long lines were mostly seen on the source already: a copy
PRUNE_AT = 200_000  # distinct lines counted for one source before those seen once are dropped
_DIGITS = regex.compile(r"\d+")


@dataclass
class LearnedRule:
    pattern: str
    keyword: str | None
    pages: int
    example: str  # a line it removes
    masked: bool = False  # digits match any number


@dataclass
class LearnedSet:
    """The rules learned for one source, and the evidence behind them."""

    host: str
    pages: int
    rules: list[LearnedRule] = field(default_factory=list)

    @property
    def name(self) -> str:
        return "learned." + regex.sub(r"[^a-z0-9_.-]", "-", self.host.lower())

    def to_toml(self) -> str:
        """The rule set in the schema of the built-in ones, to be read, edited and reused."""
        lines = [
            f"name = {_toml(self.name)}",
            f"description = {_toml(f'Boilerplate learned from {self.pages} pages of {self.host}')}",
            "",
            "[detect]",
            f"hosts = [{_toml(self.host)}]",
        ]
        for number, rule in enumerate(self.rules, 1):
            reason = f"appears on {rule.pages} of {self.pages} pages of {self.host}"
            if rule.masked:  # any number where the digits are: show a line it takes
                reason += f", e.g. {rule.example!r}"
            lines += [
                "",
                "[[rules]]",
                f'name = "line-{number}"',
                f"reason = {_toml(reason)}",
                'action = "drop"',
            ]
            if rule.keyword:
                lines.append(f"keywords = [{_toml(rule.keyword)}]")
            lines.append(f"pattern = {_toml(rule.pattern)}")
        return "\n".join(lines) + "\n"


def _toml(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's (non-ASCII stays as it is)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass
class _Source:
    pages: int = 0
    copies: int = 0
    exact: Counter[str] = field(default_factory=Counter)
    masked: Counter[str] = field(default_factory=Counter)
    long_lines: set[int] = field(default_factory=set)


class Learner:
    """Reads documents one at a time; `rulesets()` gives what the corpus taught.

    A line a built-in metadata or credit rule reads (a byline, a dateline, "Reuters
    contributed to this report.") is left to that rule: a learned drop would lose what it reads.
    """

    def __init__(self, min_docs: int = MIN_DOCS) -> None:
        self.min_docs = min_docs
        builtin = load_rulesets([BUILTIN_DIR], TRANSFORMS)
        self._readers = [
            rule.pattern
            for ruleset in builtin
            for rule in ruleset.rules
            if rule.action in ("metadata", "credit") and rule.where == "anywhere"
        ]
        self.sources: dict[str, _Source] = {}
        self.without_source = 0

    def add(self, text: str, url: str | None) -> bool:
        """Count one document's lines under its host; False when it has no URL to say whose."""
        host = host_of(url or "")
        if not host:
            self.without_source += 1
            return False
        source = self.sources.setdefault(host, _Source())
        lines = {line for line in normalise(text).split("\n") if line}
        long_lines = {hash(line) for line in lines if words(line) >= BODY_WORDS}
        if long_lines and sum(h in source.long_lines for h in long_lines) > SAME_STORY * len(
            long_lines
        ):
            source.copies += 1  # the same story again: it teaches nothing new
            return True
        source.long_lines |= long_lines
        source.pages += 1
        source.exact.update(lines)
        source.masked.update({_DIGITS.sub("0", line) for line in lines if _DIGITS.search(line)})
        for counter in (source.exact, source.masked):
            if len(counter) > PRUNE_AT:
                for line in [line for line, pages in counter.items() if pages == 1]:
                    del counter[line]
        return True

    def rulesets(self) -> list[LearnedSet]:
        learned = []
        for host, source in sorted(self.sources.items()):
            if source.pages < self.min_docs:
                continue
            found = LearnedSet(host, source.pages)
            # "Page 2 of 5", "Page 3 of 7": one masked rule when the masked line recurs more
            masked = {
                line: pages
                for line, pages in source.masked.items()
                if not _reads_as_prose(line) and _recurs(line, pages, source.pages)
            }
            examples: dict[str, str] = {}
            for line, pages in source.exact.most_common():
                key = _DIGITS.sub("0", line)
                if key in masked and masked[key] > pages:
                    examples.setdefault(key, line)
                elif _recurs(line, pages, source.pages) and not self._read_by_rules(line):
                    found.rules.append(LearnedRule(_literal(line), _keyword(line), pages, line))
            for key, example in examples.items():
                if self._read_by_rules(example):
                    continue
                parts = (regex.escape(part, literal_spaces=True) for part in key.split("0"))
                pattern = "^" + r"\d+".join(parts) + "$"
                keyword = _keyword(key.split("0")[0]) if key[0] != "0" else None
                found.rules.append(LearnedRule(pattern, keyword, masked[key], example, True))
            found.rules.sort(key=lambda rule: -rule.pages)
            if found.rules:
                learned.append(found)
        return learned

    def _read_by_rules(self, line: str) -> bool:
        return any(pattern.search(line) for pattern in self._readers)


def _recurs(line: str, pages: int, total: int) -> bool:
    """Whether a line on `pages` of a source's `total` pages is its furniture."""
    if _reads_as_prose(line):
        return pages >= PROSE_PAGES and pages >= PROSE_SHARE * total
    return pages >= 2 and pages >= LINE_SHARE * total


def _reads_as_prose(line: str) -> bool:
    """A full sentence of story length: only ever learned word for word, on strong evidence."""
    return is_prose(line) or (is_sentence(line) and words(line) >= BODY_WORDS)


def _literal(line: str) -> str:
    return "^" + regex.escape(line, literal_spaces=True) + "$"


def _keyword(prefix: str) -> str | None:
    """An opening keyword for the line (its first characters, lower case), when one is safe."""
    head = prefix[:12].lower()
    return "^" + head if head.strip() and prefix.lower().startswith(head) else None


def write(rulesets: Iterable[LearnedSet], folder: Path) -> list[Path]:
    """One TOML file per source in `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ruleset in rulesets:
        path = folder / f"{ruleset.name}.toml"
        path.write_text(ruleset.to_toml(), encoding="utf-8")
        written.append(path)
    return written
