"""What keeps cleaning fast stays correct: keywords never hide a match, no built-in pattern
backtracks without bound, and time grows linearly with a document's size.

These are properties, not timings: speed itself is measured by benchmarks/run.py.
"""

from __future__ import annotations

import dataclasses
import sys
import time

import pytest
from conftest import ROOT
from test_rules import FIRES, SPARES

from cleantext import Cleaner, pipeline
from cleantext.decode import decode, normalise
from cleantext.rules.engine import MAX_RULE_LINE, detect
from cleantext.rules.model import KeywordIndex, Rule

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate  # noqa: E402

INPUTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    p for p in (ROOT / "tests/data").rglob("*") if p.suffix in (".txt", ".html")
)


def corpus_documents() -> list[list[str]]:
    """Every shipped input and expected text, and every rule test's document, as lines."""
    documents = [normalise(decode(p.read_bytes())[0]).split("\n") for p in INPUTS]
    documents += [lines for lines, _ in FIRES.values()]
    documents += [lines for lines, *_ in SPARES.values()]
    return documents


def test_keywords_never_hide_a_line_a_rule_matches(cleaner):
    misses = []
    for ruleset in cleaner.rulesets:
        keyed = [rule for rule in ruleset.rules if rule.keywords]
        for lines in corpus_documents():
            for line, tried in zip(lines, ruleset.index.per_line(lines), strict=True):
                misses += [
                    (rule.name, line)
                    for rule in keyed
                    if rule not in tried and rule.pattern.search(line)
                ]
    assert misses == []


def test_cleaning_without_keywords_gives_the_same_records(cleaner, monkeypatch):
    load = pipeline.load_rulesets

    def without_keywords(*args):
        return [
            dataclasses.replace(
                ruleset,
                rules=tuple(dataclasses.replace(rule, keywords=()) for rule in ruleset.rules),
            )
            for ruleset in load(*args)
        ]

    monkeypatch.setattr(pipeline, "load_rulesets", without_keywords)
    slow = Cleaner()
    assert not any(rule.keywords for ruleset in slow.rulesets for rule in ruleset.rules)
    for path in INPUTS:
        if ".expected" not in path.name:
            data = path.read_bytes()
            assert cleaner.clean(data).to_dict() == slow.clean(data).to_dict(), path.name


def test_an_opening_keyword_must_open_the_line():
    import regex

    rule = Rule(
        name="t.byline",
        reason="test",
        action="drop",
        pattern=regex.compile("^By "),
        keywords=("^by ",),
    )
    lines = ["By Jane Doe", "Stand by me", "", "by the river", "BY JOHN ROE"]
    tried = KeywordIndex([rule]).per_line(lines)
    assert [bool(rules) for rules in tried] == [True, False, False, True, True]


# Lines built to make a regex backtrack: long runs of what patterns look for, never quite
# completing a match.
BAIT = [
    "By " + "Jane Doe, " * 500,
    "By " + "A and " * 800 + "!",
    "(" * 4000,
    "(Photo credit: " + "A/" * 2000,
    "/" * 4000,
    "Reporting by " + "Jane Doe and " * 300 + "1",
    "Posted " + "12:30 " * 700 + "?",
    "Updated " + "Mon 1/2/2020 at " * 250 + "?",
    "© " * 2400,
    "Jane Doe is a " * 350,
    "Photograph: " + "Jane Doe/" * 400,
    "privacy policy terms of use " * 170 + "said",
    "Tags: " + "x, " * 1600 + ".",
    "a@b." * 1200,
    "12.34.56 " * 500,
    "Sign up " * 600 + "said",
    "A" * 4990,
    " ".join(["Word"] * 900) + " contributed to this report",
    "The " + "Associated Press and " * 200 + "contributed",
]


def builtin_patterns(cleaner):
    for ruleset in cleaner.rulesets:
        yield from ((f"{ruleset.name} signature", s) for s in ruleset.signatures)
        for rule in ruleset.rules:
            yield rule.name, rule.pattern
            if rule.next is not None:
                yield f"{rule.name} next", rule.next


@pytest.mark.parametrize("bait", BAIT, ids=lambda b: b[:20])
def test_no_builtin_pattern_backtracks_without_bound_on_bait(cleaner, bait):
    bait = bait[:MAX_RULE_LINE]  # longer lines never reach a pattern
    for name, pattern in builtin_patterns(cleaner):
        try:  # linear patterns take microseconds here; a second means runaway backtracking
            pattern.search(bait, timeout=1.0)
        except TimeoutError:
            pytest.fail(f"{name} backtracks on {bait[:40]!r}...")


def test_time_grows_linearly_with_document_size(cleaner):
    """A whole-site dump of 10 KB, 100 KB, 1 MB and 10 MB: the time per MB of the largest is
    within 3x of the smallest's (quadratic work would be 100x or more)."""
    always = [r for r in cleaner.rulesets if r.always]
    parts = [d for d in generate("text", 11_000_000) if detect(cleaner.rulesets, d, None) == always]
    dump = "\n\n".join(parts)

    def seconds_per_mb(size: int, tries: int) -> float:
        document = dump[:size]
        best = float("inf")
        for _ in range(tries):
            start = time.perf_counter()
            cleaner.clean(document)
            best = min(best, time.perf_counter() - start)
        return best / (size / 1_000_000)

    small = min(seconds_per_mb(10_000, 5), seconds_per_mb(100_000, 3))
    large = seconds_per_mb(10_000_000, 1)
    assert large <= 3 * small, f"{large / small:.1f}x the time per MB at 10 MB"
