"""The generic stage: page furniture found by the shape of a news page, for unknown sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext import Cleaner

DUMP = (Path(__file__).parent / "data" / "dump_ferry.txt").read_text(encoding="utf-8")
STORY = [
    "HARBOR CITY — The ferry that links Pelican Island to the mainland will start running again "
    "on June 1, the county transit agency said Tuesday, ending a two-year suspension that left "
    "residents relying on a single aging bridge.",
    "The agency said repairs to the ferry's hull and engines cost $4.2 million, paid mostly by "
    "a state grant.",
    "What changes for riders",
    "Fares will rise from $2 to $3, and boats will leave every 40 minutes instead of every half "
    "hour.",
    "“We know people have waited a long time,” said Dana Price, the agency's director. “We "
    "wanted to get it right.”",
    "Some residents said they were relieved. Others worried about the higher fare.",
]
COOKIES = (
    "We use cookies to give you the best experience. By continuing you agree to our cookie policy."
)


def test_whole_page_dump_in_aggressive_mode_gives_the_story_and_its_metadata():
    result = Cleaner(mode="aggressive").clean(DUMP)
    assert result.text.split("\n\n") == STORY
    assert (
        result.title == "Ferry service to Pelican Island will resume in June after two-year pause"
    )
    assert result.authors == ("Maria Gonzalez",)
    assert result.date == "2023-04-12"
    rules = {r.text: r.rule for r in result.removed}
    assert rules["Home > News > Local"] == "generic.page-top"
    assert rules["Storm knocks out power to 12,000 homes"] == "generic.page-bottom"
    assert rules["Share"] == "generic.share-prompt"


def test_conservative_mode_never_removes_a_paragraph_of_two_sentences():
    result = Cleaner().clean(DUMP)
    paragraphs = result.text.split("\n\n")
    assert COOKIES in paragraphs  # two full sentences: only aggressive mode may take it
    assert paragraphs[-len(STORY) :] == STORY  # the subheading stays, the furniture goes
    assert "Most Read" not in paragraphs and "Privacy Policy" not in paragraphs


@pytest.mark.parametrize("mode", ["conservative", "aggressive"])
def test_a_run_of_links_inside_the_story_goes_and_a_lone_subheading_stays(mode):
    lines = [
        STORY[0],
        "Elsewhere in Transport",
        "Bridge inspection finds new cracks",
        "County budget vote delayed again",
        STORY[1],
        "What changes for riders",
        STORY[3],
    ]
    result = Cleaner(mode=mode).clean("\n\n".join(lines))
    assert result.text.split("\n\n") == [STORY[0], STORY[1], "What changes for riders", STORY[3]]
    assert {r.rule for r in result.removed} == {"generic.link-run"}


def test_prose_after_the_story_is_kept_in_conservative_mode():
    closing = "The agency will hold a public meeting on May 3. Residents may comment online."
    result = Cleaner().clean("\n\n".join([*STORY, closing]))
    assert result.text.split("\n\n")[-1] == closing


def test_unknown_mode_is_a_clear_error():
    with pytest.raises(ValueError, match="mode must be 'conservative' or 'aggressive'"):
        Cleaner(mode="extreme")
