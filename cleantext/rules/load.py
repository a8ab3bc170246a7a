"""Reading rule-set TOML files and checking every key, so a bad file fails loudly and clearly."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from ..errors import RuleError
from .model import ACTIONS, METADATA_FIELDS, PLACES, Rule, RuleSet

if TYPE_CHECKING:
    from ..transforms import Transform

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable

    import tomllib
else:  # pragma: no cover
    from importlib.abc import Traversable

    import tomli as tomllib

# Read through importlib.resources, so the built-in rule sets load from a zip as well (Spark's
# --py-files) as from a folder.
BUILTIN_DIR: Traversable = resources.files("cleantext").joinpath("rulesets")

_SET_KEYS = {"name", "description", "outlet", "platform", "detect", "transform", "options", "rules"}
_DETECT_KEYS = {"hosts", "signatures", "always"}
_RULE_KEYS = {"name", "reason", "pattern", "action", "where", "next", "keywords"}
_NAME = regex.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def rule_files(paths: Iterable[str | Path | Traversable]) -> list[Traversable]:
    """The .toml files named by `paths`: files as given, folders by their *.toml, sorted."""
    files: list[Traversable] = []
    for path in (p if isinstance(p, Traversable) else Path(p) for p in paths):
        if path.is_dir():
            toml = (f for f in path.iterdir() if f.name.endswith(".toml") and f.is_file())
            files.extend(sorted(toml, key=lambda f: f.name))
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError(f"{path}: no such rule file or folder")
    return files


def load_rulesets(
    paths: Iterable[str | Path | Traversable], transforms: Mapping[str, Transform]
) -> list[RuleSet]:
    """Load and validate every rule set in `paths`; names must be unique across them."""
    rulesets: list[RuleSet] = []
    seen: dict[str, str] = {}
    for path in rule_files(paths):
        ruleset = load_ruleset(path, transforms)
        if ruleset.name in seen:
            raise RuleError(
                f"{path}: rule set name {ruleset.name!r} is already used by {seen[ruleset.name]}"
            )
        seen[ruleset.name] = str(path)
        rulesets.append(ruleset)
    return rulesets


def load_ruleset(path: Traversable, transforms: Mapping[str, Transform]) -> RuleSet:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"{path}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"{path}: not valid TOML: {error}") from None
    except RecursionError:  # arrays nested thousands deep: tomllib recurses once per level
        raise RuleError(f"{path}: not valid TOML: nested too deep") from None
    except ValueError as error:  # an integer of over 4,300 digits: Python refuses to read it
        raise RuleError(f"{path}: not valid TOML: {error}") from None
    return parse_ruleset(data, str(path), transforms)


def parse_ruleset(data: dict[str, Any], path: str, transforms: Mapping[str, Transform]) -> RuleSet:
    """Build a RuleSet from parsed TOML, raising RuleError that names file, rule and problem."""

    def fail(problem: str, rule: str | None = None) -> RuleError:
        where = f"{path}: rule {rule!r}" if rule else path
        return RuleError(f"{where}: {problem}")

    _check_keys(data, _SET_KEYS, lambda p: fail(p))
    name = _text(data, "name", lambda p: fail(p))
    if not _NAME.match(name):
        raise fail(f"name {name!r} must be lower case letters, digits, '.', '_' or '-'")
    description = _text(data, "description", lambda p: fail(p))
    outlet = _optional_text(data, "outlet", lambda p: fail(p))
    platform = _optional_text(data, "platform", lambda p: fail(p))

    detect = data.get("detect", {})
    if not isinstance(detect, dict):
        raise fail("'detect' must be a table")
    _check_keys(detect, _DETECT_KEYS, lambda p: fail(f"in [detect]: {p}"))
    hosts = _text_list(detect, "hosts", lambda p: fail(f"in [detect]: {p}"))
    signatures = tuple(
        _compile(s, lambda p: fail(f"in [detect] signature: {p}"), regex.MULTILINE)
        for s in _text_list(detect, "signatures", lambda p: fail(f"in [detect]: {p}"))
    )
    always = detect.get("always", False)
    if not isinstance(always, bool):
        raise fail("in [detect]: 'always' must be true or false")
    if not (hosts or signatures or always):
        raise fail("[detect] needs hosts, signatures or always = true, else it never runs")

    transform = _optional_text(data, "transform", lambda p: fail(p))
    if transform is not None and transform not in transforms:
        known = ", ".join(sorted(transforms)) or "none"
        raise fail(f"transform {transform!r} does not exist (known: {known})")
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise fail("'options' must be a table")
    if options and transform is None:
        raise fail("[options] is read by a transform, and this rule set names none")
    if transform is not None and (problem := transforms[transform].options_problem(options)):
        raise fail(f"in [options]: {problem}")

    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list) or not all(isinstance(r, dict) for r in raw_rules):
        raise fail("'rules' must be an array of tables ([[rules]])")
    rules: list[Rule] = []
    for number, raw in enumerate(raw_rules, start=1):
        label = raw.get("name") if isinstance(raw.get("name"), str) else f"#{number}"
        rule = _parse_rule(raw, name, lambda p, label=label: fail(p, label))
        if any(r.name == rule.name for r in rules):
            raise fail("duplicate rule name", rule.name.split(".", 1)[1])
        rules.append(rule)
    return RuleSet(
        name=name,
        description=description,
        path=path,
        outlet=outlet,
        platform=platform,
        hosts=tuple(h.lower().removeprefix("www.") for h in hosts),
        signatures=signatures,
        always=always,
        transform=transform,
        options=options,
        rules=tuple(rules),
    )


def _parse_rule(raw: dict[str, Any], set_name: str, fail: Any) -> Rule:
    _check_keys(raw, _RULE_KEYS, fail)
    name = _text(raw, "name", fail)
    if not _NAME.match(name):
        raise fail(f"name {name!r} must be lower case letters, digits, '.', '_' or '-'")
    reason = _text(raw, "reason", fail)
    action = _text(raw, "action", fail)
    if action not in ACTIONS:
        raise fail(f"unknown action {action!r} (one of: {', '.join(ACTIONS)})")
    where = raw.get("where", "anywhere")
    if not isinstance(where, str) or where not in PLACES:
        raise fail(f"unknown 'where' {where!r} (one of: {', '.join(PLACES)})")
    pattern = _compile(_text(raw, "pattern", fail), fail)
    groups = set(pattern.groupindex)
    if action == "metadata":
        if not groups:
            raise fail("a metadata rule needs named groups, e.g. (?P<authors>...)")
        unknown = groups - set(METADATA_FIELDS)
        if unknown:
            raise fail(
                f"unknown metadata group(s) {sorted(unknown)} "
                f"(one of: {', '.join(METADATA_FIELDS)})"
            )
    next_pattern = _compile(raw["next"], fail) if "next" in raw else None
    keywords = _text_list(raw, "keywords", fail)
    for keyword in keywords:
        if "\n" in keyword or not keyword.removeprefix("^").strip():
            raise fail(f"keyword {keyword!r} is blank or spans lines")
    return Rule(
        name=f"{set_name}.{name}",
        reason=reason,
        action=action,
        pattern=pattern,
        where=where,
        next=next_pattern,
        keywords=tuple(keyword.lower() for keyword in keywords),
    )


def _check_keys(table: dict[str, Any], allowed: set[str], fail: Any) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise fail(f"unknown key(s) {unknown} (allowed: {', '.join(sorted(allowed))})")


def _text(table: dict[str, Any], key: str, fail: Any) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise fail(
            f"missing or empty '{key}'" if value in (None, "") else f"'{key}' must be a string"
        )
    return value


def _optional_text(table: dict[str, Any], key: str, fail: Any) -> str | None:
    return _text(table, key, fail) if key in table else None


def _text_list(table: dict[str, Any], key: str, fail: Any) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(f"'{key}' must be a list of non-empty strings")
    return value


def _compile(pattern: Any, fail: Any, flags: int = 0) -> regex.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise fail("pattern must be a non-empty string")
    try:
        compiled = regex.compile(pattern, flags)
    except regex.error as error:
        raise fail(f"bad regex {pattern!r}: {error}") from None
    except (RecursionError, OverflowError, MemoryError):
        raise fail(
            f"regex {pattern[:60]!r}... is nested or repeated too deeply to compile"
        ) from None
    if compiled.search(""):
        raise fail(f"pattern {pattern!r} matches the empty string, so it would match every line")
    return compiled
