"""Choosing the rule sets that fit a document, and running their rules over its lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..draft import Draft
from .model import Rule, RuleSet

_SPACES = regex.compile(r"\s+")
# Boilerplate lines are short; a longer line is body text (or junk), and running every pattern
# over it would only cost time: some patterns take quadratic time on long runs of words.
MAX_RULE_LINE = 5000


def detect(rulesets: Sequence[RuleSet], text: str, host: str | None) -> list[RuleSet]:
    """The rule sets that match a document, in the order they run."""

    def matches(ruleset: RuleSet) -> bool:
        if ruleset.always:
            return True
        if host and any(host == h or host.endswith("." + h) for h in ruleset.hosts):
            return True
        return any(signature.search(text) for signature in ruleset.signatures)

    return sorted((r for r in rulesets if matches(r)), key=RuleSet.run_order)


def apply_rules(ruleset: RuleSet, draft: Draft, keep: Callable[[str], bool] | None = None) -> None:
    """Run the rule set's rules over every paragraph in order; the first rule that fires wins.

    A line for which `keep(line)` is true is never removed whole (spans may still go)."""
    lines = draft.paragraphs
    candidates = ruleset.index.per_line(lines)
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        rules = [r for r in candidates[index] if _may_fire(r, index, not kept, following)]
        if not rules:
            kept.append(line)
            continue
        if len(line) > MAX_RULE_LINE:
            _warn_once(draft, f"rules: lines over {MAX_RULE_LINE} characters kept without rules")
            kept.append(line)
            continue
        if keep is not None and keep(line):
            rules = [rule for rule in rules if rule.action == "drop_span"]
        found = _first_match(rules, line, draft)
        if found is None:
            kept.append(line)
            continue
        rule, match = found
        if rule.action == "drop":
            draft.remove(rule.name, line)
        elif rule.action == "drop_rest":
            for rest in lines[index:]:
                draft.remove(rule.name, rest)
            break
        elif rule.action == "credit":
            draft.credits.append(line)
            draft.remove(rule.name, line)
        elif rule.action == "metadata":
            for name, value in match.groupdict().items():
                if value:
                    draft.read(name, value, rule.name)
            draft.remove(rule.name, line)
        elif rule.action == "drop_span":
            for span in rule.pattern.finditer(line):
                draft.remove(rule.name, span.group())
            rest = _SPACES.sub(" ", rule.pattern.sub(" ", line)).strip()
            if rest:
                kept.append(rest)
    draft.paragraphs = kept


def _warn_once(draft: Draft, warning: str) -> None:
    if warning not in draft.warnings:
        draft.warnings.append(warning)


def _may_fire(rule: Rule, index: int, lead: bool, following: str | None) -> bool:
    """Whether the line's place and the line after it let the rule fire (cheap tests first)."""
    if rule.where == "first" and index != 0 or rule.where == "lead" and not lead:
        return False
    return rule.next is None or following is not None and bool(rule.next.search(following))


def _first_match(
    rules: Sequence[Rule], line: str, draft: Draft
) -> tuple[Rule, regex.Match[str]] | None:
    for rule in rules:
        match = rule.pattern.search(line)
        if match is None:
            continue
        if rule.action == "metadata" and _known_otherwise(match, draft):
            continue  # the record already says something else: leave the line to other rules
        return rule, match
    return None


_FIRST_WINS = ("authors", "date", "description")  # a second line of these is furniture too


def _known_otherwise(match: regex.Match[str], draft: Draft) -> bool:
    """Whether every field the match would fill is already known with another value.

    A line repeating the known value (the headline printed twice) still fires and goes, and so
    do bylines, timestamp lines and deks: a second one is still page furniture (the first value
    wins).
    """
    found = {name: " ".join(v.split()) for name, v in match.groupdict().items() if v}
    return all(
        name not in _FIRST_WINS and draft.has(name) and draft.fields[name] != value
        for name, value in found.items()
    )
