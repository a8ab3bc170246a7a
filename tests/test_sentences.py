"""Sentence boundaries in news prose: the cuts NewsDiffs rows are split at."""

from __future__ import annotations

import pytest

from cleantext.sentences import boundaries


def sentences(text: str) -> list[str]:
    cuts = [0, *boundaries(text), len(text)]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will respond,” he said. “This is not over.” The talks ended.",
            ["“We will respond,” he said.", "“This is not over.”", "The talks ended."],
        ),
        (
            "Maj. Gen. Saad Maan spoke on Jan. 5 in the U.S. capital. Nobody else did.",
            ["Maj. Gen. Saad Maan spoke on Jan. 5 in the U.S. capital.", "Nobody else did."],
        ),
        (
            "Mark T. Esper said so. “Harmful to Iraq and. . . unacceptable,” it said.",
            ["Mark T. Esper said so.", "“Harmful to Iraq and. . . unacceptable,” it said."],
        ),
        (  # scrapers drop the space between the two sides of a row
            "of “maximum resistance.”The campaign began.It ended in 2019.",
            ["of “maximum resistance.”", "The campaign began.", "It ended in 2019."],
        ),
        (
            "Is it over? Few think so! 2020 was worse.",
            ["Is it over?", "Few think so!", "2020 was worse."],
        ),
        ("He moved to the U.S.A. in May.", ["He moved to the U.S.A. in May."]),
        (  # a glued boundary after a word that ends in a capital: still two sentences
            "It is a matter for TfL.A spokesman for NATO.The talks ended.",
            ["It is a matter for TfL.", "A spokesman for NATO.", "The talks ended."],
        ),
    ],
)
def test_boundaries_fall_between_sentences_only(text, expected):
    assert sentences(text) == expected
