"""NewsDiffs pages: the newest (or oldest) version rebuilt, each paragraph once."""

from __future__ import annotations

import re

import pytest
from conftest import EXPECTED, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiffs_pages import generate_case

from cleantext import Cleaner

SEED = "001_b23d04679dba8220"
HEADER = (
    "This article is from the source '{source}' and was first published or seen on . It last "
    "changed over 40 days ago and won't be checked again for changes.\n\n"
    "You can find the current article at its original source at "
    "https://www.nytimes.com/2020/01/05/world/council-votes.html\n\n"
    "The article has changed 3 times. There is an RSS feed of changes available.\n\n"
    "Version 1 Version 2\n"
)
OLD = [
    "LONDON — The council voted on Tuesday to approve the budget, officials said.",
    "The mayor said the plan was the best the city could afford.",
]
NEW = [
    "LONDON — The council voted late on Tuesday to approve the budget after a long debate, "
    "officials said.",
    "The mayor said the plan was the best the city could afford.",
    "Residents had waited months for the decision.",
]


def page(source: str = "nyt") -> str:
    rows = [
        "Council approves budget Council approves budget after long debate",
        "(3 hours later)",
        OLD[0] + " " + NEW[0],
        OLD[1] + OLD[1],
        NEW[2],
    ]
    return HEADER.format(source=source) + "\n".join(rows) + "\n"


def test_seed_001_is_the_hand_read_newest_version_or_a_warned_whole_row(cleaner):
    """Each paragraph is the hand reading's, in order, except rows the cleaner says it kept
    whole because the page does not make their split clear; at most two such rows."""
    source = (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")
    expected = (EXPECTED / f"{SEED}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    result = cleaner.clean(source)
    got = result.text.split("\n\n")
    whole_rows = [p for p in got if p not in expected]
    assert len(whole_rows) <= 2
    assert len([w for w in result.warnings if "kept whole" in w]) == len(whole_rows)
    rows = [" ".join(line.split()) for line in source.split("\n")]
    assert all(row in rows for row in whole_rows)
    # Paragraphs the hand reading has that the cleaner lacks must lie inside a warned row.
    missing = [p for p in expected if p not in got]
    assert all(any(p in row for row in whole_rows) for p in missing)
    assert [p for p in got if p in expected] == [p for p in expected if p in got]
    assert len(got) == len(set(got))


def test_seed_001_moved_paragraph_is_taken_from_its_new_place(cleaner):
    result = cleaner.clean((SEEDS / f"{SEED}.txt").read_bytes())
    got = result.text.split("\n\n")
    assert sum(p.startswith("“The blood of the martyrs") for p in got) == 1
    assert not any("Kataib Hezbollah is a part" in p for p in got)  # Version 1's wording


def test_header_gives_outlet_url_date_platform_and_changes():
    result = Cleaner().clean(page())
    assert result.outlet == "The New York Times"
    assert result.platform == "NewsDiffs"
    assert result.url == "https://www.nytimes.com/2020/01/05/world/council-votes.html"
    assert result.date == "2020-01-05"
    assert result.changes == 3


def test_newest_version_by_default_with_the_old_side_recorded():
    result = Cleaner().clean(page())
    assert result.title == "Council approves budget after long debate"
    assert result.text.split("\n\n") == NEW
    assert ("newsdiffs.old-version", OLD[0]) in {(r.rule, r.text) for r in result.removed}
    # The one-sided last row could as well be a paragraph Version 2 dropped: said so.
    assert len(result.warnings) == 1
    assert "taken as added in Version 2: 'Residents had waited" in result.warnings[0]


def test_oldest_version_on_request():
    result = Cleaner(newsdiffs_version="old").clean(page())
    assert result.title == "Council approves budget"
    # A one-sided row with nothing to pair it with is taken as added in Version 2.
    assert result.text.split("\n\n") == OLD
    removed = {(r.rule, r.text) for r in result.removed}
    assert ("newsdiffs.new-version", NEW[0]) in removed
    assert ("newsdiffs.new-version", NEW[2]) in removed


def test_unknown_source_id_leaves_outlet_empty_with_a_warning():
    result = Cleaner().clean(page(source="gazette"))
    assert result.outlet is None
    assert any("unknown source id 'gazette'" in w for w in result.warnings)


def test_page_without_version_line_is_left_as_is_with_a_warning():
    text = HEADER.format(source="nyt").replace("Version 1 Version 2\n", "") + OLD[0]
    result = Cleaner().clean(text)
    assert OLD[0] in result.text
    assert any("no 'Version 1 Version 2' line" in w for w in result.warnings)


def rebuilt(cleaner: Cleaner, seed: int, version: str) -> tuple[bool, bool, int]:
    """(exact, exact but for warned rows, number of warned rows) for a generated page.

    A warned row is one the cleaner names in `warnings` (kept whole, or read one of several
    ways that fit the page equally); "exact but for warned rows" compares the two versions with
    the paragraphs taken from warned rows left out of both.
    """
    case = generate_case(seed)
    result = cleaner.clean(case.page)
    want, title = (case.new, case.new_title) if version == "new" else (case.old, case.old_title)
    got = result.text.split("\n\n")
    exact = got == want and result.title == title
    # Rows are numbered from the headline row (1) on, the "(... later)" line not counted.
    lines = case.page.split("\n")
    numbers = [int(n) for w in result.warnings for n in re.findall(r"^newsdiffs: row (\d+)", w)]
    warned = [lines[n + 7] for n in numbers]

    def plain(paragraphs: list[str]) -> list[str]:
        return [p for p in paragraphs if not any(p in row for row in warned)]

    but_warned = exact or (plain(got) == plain(want) and result.title == title)
    return exact, but_warned, len(numbers)


# Pages the rules were never tuned on (tuning looked at seeds below 4000); see README,
# "NewsDiffs pages". Floors sit just under what was measured, so a regression fails.
PAGES = range(4000, 7000)
EXACT_FLOOR = 0.32  # measured: new 0.345, old 0.342
BUT_WARNED_FLOOR = 0.95  # measured: new 0.955, old 0.956 (per thousand pages: 0.943-0.961)
WARNED_ROWS_CEILING = 0.16  # measured 0.146 of the pages' rows: warnings must stay specific


@pytest.mark.parametrize("version", ["new", "old"])
def test_generated_pages_rebuilt_exactly_but_for_the_rows_named_in_warnings(version):
    cleaner = Cleaner(newsdiffs_version=version)
    results = [rebuilt(cleaner, seed, version) for seed in PAGES]
    rows = sum(len(generate_case(seed).page.split("\n")) - 9 for seed in PAGES)
    exact = sum(r[0] for r in results) / len(results)
    but_warned = sum(r[1] for r in results) / len(results)
    warned = sum(r[2] for r in results) / rows
    print(
        f"NewsDiffs pages ({version}): exact {exact:.3f}, but for warned rows {but_warned:.3f}, "
        f"rows warned {warned:.3f}"
    )
    assert exact >= EXACT_FLOOR
    assert but_warned >= BUT_WARNED_FLOOR
    assert warned <= WARNED_ROWS_CEILING


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(seed=st.integers(min_value=0, max_value=10**6))
def test_generated_pages_never_repeat_or_invent_a_paragraph(seed):
    case = generate_case(seed)
    result = _CLEANER.clean(case.page)
    got = result.text.split("\n\n")
    assert len(got) == len(set(got))
    rows = case.page.split("\n")
    # A wrong cut may leave part of a row, but never text the row does not have.
    for paragraph in got:
        assert any(paragraph in row for row in rows)
    assert result.title in {case.old_title, case.new_title, rows[7]}


_CLEANER = Cleaner()


@pytest.mark.parametrize("version", ["new", "old"])
def test_every_row_is_accounted_for(version):
    from accounting import unaccounted_lines

    case = generate_case(7)
    result = Cleaner(newsdiffs_version=version).clean(case.page)
    assert unaccounted_lines(case.page, result) == []


def test_a_one_sided_row_takes_the_side_of_the_one_sided_rows_beside_it():
    """Between unchanged rows a diff shows one operation: paired rows, then rows of one side.
    The last row's paragraph is revised on the right of an earlier row, so it is Version 1, and
    so is the row before it, which alone would read as added."""
    lede = "LONDON — The council voted on Tuesday to approve the budget, officials said."
    p1 = "The mayor said the plan was the best the city could afford this year."
    p2 = "Residents gathered outside the town hall as the result was read out."
    x = "The budget includes new money for libraries and road repairs."
    p3 = "Opposition councillors said they would challenge the vote in the courts next month."
    p3_new = "Opposition councillors said they would challenge the vote in the courts next week."
    q = "The council will meet again in March to set rents for the coming year."
    rows = [
        "Council approves budget Council approves budget",
        "(3 hours later)",
        lede + lede,
        p1 + " " + q,
        p2 + " " + p3_new,
        x,
        p3,
    ]
    result = Cleaner().clean(HEADER.format(source="nyt") + "\n".join(rows) + "\n")
    assert result.text.split("\n\n") == [lede, q, p3_new]
    assert ("newsdiffs.old-version", x) in {(r.rule, r.text) for r in result.removed}
    assert result.warnings == ()


def test_a_subheading_the_page_shows_elsewhere_is_cut_off_the_paragraph_it_runs_into(cleaner):
    # Version 2 moved the subheading up; its old place runs it into the new paragraph there.
    rows = [
        "Council approves budget Council approves budget",
        "(3 hours later)",
        OLD[0] + " " + OLD[0],
        "What the vote means",
        OLD[1] + " " + OLD[1],
        "What the vote means Residents had waited months for the decision.",
    ]
    result = cleaner.clean(HEADER.format(source="nyt") + "\n".join(rows) + "\n")
    assert result.text.split("\n\n") == [
        OLD[0],
        "What the vote means",
        OLD[1],
        "Residents had waited months for the decision.",
    ]
