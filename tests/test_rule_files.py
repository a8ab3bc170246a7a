"""Rule files are validated on load; every problem names the file, the rule and what is wrong."""

from __future__ import annotations

import pytest

from cleantext import Cleaner, RuleError

VALID = """
name = "example"
description = "Example News pages."
outlet = "Example News"

[detect]
hosts = ["example.com"]
signatures = ['^EXAMPLE NEWS$']

[[rules]]
name = "subscribe"
reason = "the subscription prompt under every Example News story"
action = "drop"
pattern = '^Subscribe to Example News'
"""
BODY = "The council voted on Tuesday to approve the budget after a long debate, officials said."


def write(tmp_path, text, name="example.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_rule_file_is_applied_and_its_removals_recorded(tmp_path):
    cleaner = Cleaner(extra_rules=[write(tmp_path, VALID)])
    result = cleaner.clean(f"EXAMPLE NEWS\n\n{BODY}\n\nSubscribe to Example News today!")
    assert result.text == BODY
    assert result.outlet == "Example News"
    assert [(r.rule, r.text) for r in result.removed] == [
        ("example.subscribe", "Subscribe to Example News today!"),
        ("generic.lead-furniture", "EXAMPLE NEWS"),  # the site's banner above the story
    ]


def test_user_rule_folder_loads_every_toml_file(tmp_path):
    write(tmp_path, VALID)
    cleaner = Cleaner(extra_rules=[tmp_path])
    assert "example" in [r.name for r in cleaner.rulesets]


def test_drop_rest_removes_the_marker_and_everything_after(tmp_path):
    rules = VALID.replace('action = "drop"', 'action = "drop_rest"')
    result = Cleaner(extra_rules=[write(tmp_path, rules)]).clean(
        f"EXAMPLE NEWS\n\n{BODY}\n\nSubscribe to Example News\n\nMore from us\n\nContact"
    )
    assert result.text == BODY
    assert [r.text for r in result.removed if r.rule == "example.subscribe"] == [
        "Subscribe to Example News",
        "More from us",
        "Contact",
    ]


def test_drop_span_removes_only_the_matched_text(tmp_path):
    rules = VALID.replace('action = "drop"', 'action = "drop_span"').replace(
        "'^Subscribe to Example News'", "'\\s?\\[Advertisement\\]'"
    )
    result = Cleaner(extra_rules=[write(tmp_path, rules)]).clean(
        "EXAMPLE NEWS\n\nThe vote passed [Advertisement] on Tuesday."
    )
    assert result.text == "EXAMPLE NEWS\n\nThe vote passed on Tuesday."
    assert [r.text for r in result.removed] == [" [Advertisement]"]


def test_builtin_rule_sets_can_be_chosen_by_name():
    assert [r.name for r in Cleaner(rules=["generic"]).rulesets] == ["generic"]
    with pytest.raises(RuleError, match="unknown built-in rule set"):
        Cleaner(rules=["nope"])


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda t: t.replace("outlet =", "flavour = 'x'\noutlet ="),
            r"example\.toml: unknown key\(s\) \['flavour'\]",
        ),
        (
            lambda t: t.replace('action = "drop"', 'action = "drop"\ncolour = "red"'),
            r"example\.toml: rule 'subscribe': unknown key\(s\) \['colour'\]",
        ),
        (
            lambda t: t.replace("'^Subscribe to Example News'", "'^Subscribe (to'"),
            r"example\.toml: rule 'subscribe': bad regex",
        ),
        (
            lambda t: t.replace('name = "subscribe"\n', ""),
            r"example\.toml: rule '#1': missing or empty 'name'",
        ),
        (
            lambda t: t.replace(
                'reason = "the subscription prompt under every Example News story"\n', ""
            ),
            r"example\.toml: rule 'subscribe': missing or empty 'reason'",
        ),
        (
            lambda t: t.replace('action = "drop"', 'action = "explode"'),
            r"rule 'subscribe': unknown action 'explode'",
        ),
        (lambda t: t + t[t.index("[[rules]]") :], r"rule 'subscribe': duplicate rule name"),
        (
            lambda t: t.replace("outlet =", 'transform = "nope"\noutlet ='),
            r"transform 'nope' does not exist",
        ),
        (
            lambda t: t.replace("[[rules]]", "[options]\nsources = 1\n\n[[rules]]"),
            r"example\.toml: \[options\] is read by a transform, and this rule set names none",
        ),
        (
            lambda t: t.replace("outlet =", 'transform = "newsdiffs"\noutlet =').replace(
                "[[rules]]", "[options]\nsources = 1\n\n[[rules]]"
            ),
            r"in \[options\]: 'sources' must be a table of NewsDiffs source ids",
        ),
        (
            lambda t: t.replace("outlet =", 'transform = "newsdiffs"\noutlet =').replace(
                "[[rules]]", "[options]\nversion = 'old'\n\n[[rules]]"
            ),
            r"in \[options\]: unknown option\(s\) version \(known: sources\)",
        ),
        (lambda t: t.replace('name = "example"', "name = 7"), r"example\.toml: 'name' must be a"),
        (lambda t: t.replace("= [", "= [[", 1), r"example\.toml: not valid TOML"),
        (lambda t: t + "deep = " + "[" * 5000 + "]" * 5000, r"not valid TOML: nested too deep"),
        (lambda t: t + "big = 1" + "0" * 5000, r"example\.toml: not valid TOML: .*digits"),
        (
            lambda t: t.replace("'^Subscribe to Example News'", "'x*'"),
            r"rule 'subscribe': pattern 'x\*' matches the empty string",
        ),
        (
            lambda t: t.replace('action = "drop"', 'action = "metadata"'),
            r"rule 'subscribe': a metadata rule needs named groups",
        ),
        (
            lambda t: t.replace('action = "drop"', 'action = "metadata"').replace(
                "'^Subscribe to Example News'", "'^By (?P<writer>.+)$'"
            ),
            r"rule 'subscribe': unknown metadata group\(s\) \['writer'\]",
        ),
        (
            lambda t: t.replace('action = "drop"', 'action = "drop"\nkeywords = ["^"]'),
            r"rule 'subscribe': keyword '\^' is blank or spans lines",
        ),
        (
            lambda t: t.replace('action = "drop"', 'action = "drop"\nkeywords = "subscribe"'),
            r"rule 'subscribe': 'keywords' must be a list",
        ),
        (
            lambda t: t.replace("hosts = [\"example.com\"]\nsignatures = ['^EXAMPLE NEWS$']", ""),
            r"\[detect\] needs hosts, signatures or always",
        ),
        (
            lambda t: t.replace('action = "drop"', 'action = "drop"\nwhere = ["first"]'),
            r"rule 'subscribe': unknown 'where' \['first'\]",
        ),
        (
            lambda t: t.replace(
                "'^Subscribe to Example News'", "'" + "(" * 5000 + "x" + ")" * 5000 + "'"
            ),
            r"rule 'subscribe': regex '\(\(\(.*too deeply to compile",
        ),
    ],
)
def test_invalid_rule_file_is_an_error_naming_file_rule_and_problem(tmp_path, change, message):
    with pytest.raises(RuleError, match=message):
        Cleaner(extra_rules=[write(tmp_path, change(VALID))])


def test_keywords_only_narrow_the_lines_a_rule_is_tried_on(tmp_path):
    keyed = VALID.replace('action = "drop"', 'action = "drop"\nkeywords = ["^subscribe"]')
    result = Cleaner(extra_rules=[write(tmp_path, keyed)]).clean(
        f"EXAMPLE NEWS\n\n{BODY}\n\nSUBSCRIBE to Example News"
    )
    assert result.text == BODY  # a line that matches without its keyword's case still goes
    misses = VALID.replace('action = "drop"', 'action = "drop"\nkeywords = ["newsletter"]')
    result = Cleaner(extra_rules=[write(tmp_path, misses)]).clean(
        f"EXAMPLE NEWS\n\n{BODY}\n\nSubscribe to Example News"
    )
    assert "example.subscribe" not in [r.rule for r in result.removed]  # never tried


def test_rule_set_name_clashing_with_a_builtin_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="'msn' is already used by the built-in"):
        Cleaner(extra_rules=[write(tmp_path, VALID.replace('name = "example"', 'name = "msn"'))])


def test_missing_rule_path_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="no such rule file or folder"):
        Cleaner(extra_rules=[tmp_path / "missing.toml"])


RUNAWAY = "(x|xx)+y"  # backtracks without end on a run of x's with no y


@pytest.mark.parametrize(
    "where",
    ["pattern", "next", "signature", "always"],
)
def test_a_user_pattern_that_backtracks_without_end_leaves_its_rule_set_out(tmp_path, where):
    # before: the document never finished (the bait line alone would take years)
    rules = VALID + '\n[[rules]]\nname = "runaway"\nreason = "x"\naction = "drop"\n'
    if where == "pattern":
        rules += f"pattern = '{RUNAWAY}'\n"
    elif where == "next":
        rules += f"pattern = '^Subscribe'\nnext = '{RUNAWAY}'\n"
    elif where == "signature":
        rules = rules.replace("signatures = ['^EXAMPLE NEWS$']", f"signatures = ['{RUNAWAY}']")
        rules += "pattern = '^Never seen'\n"
    else:
        rules = rules.replace('hosts = ["example.com"]', "always = true")
        rules += f"pattern = '{RUNAWAY}'\n"
    cleaner = Cleaner(extra_rules=[write(tmp_path, rules)])
    bait = f"The inspectors signed {'x' * 60} on every page of the report, the council said."
    result = cleaner.clean(
        f"EXAMPLE NEWS\n\n{BODY}\n\n{bait}\n\nSubscribe to Example News today!",
        url=f"https://{'other.org' if where == 'signature' else 'example.com'}/story",
    )
    assert BODY in result.text and bait in result.text
    what = "[detect] signature" if where == "signature" else "runaway"
    assert any(
        what in warning and "left out for this document" in warning for warning in result.warnings
    ), result.warnings
    # the whole rule set is left out, not just the rule: its other rules did not fire either
    assert not [r for r in result.removed if r.rule.startswith("example.")]
    assert "example" not in result.rulesets
