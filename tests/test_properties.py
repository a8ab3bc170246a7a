"""Properties that hold for every input, checked on generated news-like documents and on
arbitrary text and bytes (hypothesis): cleaning never raises, is idempotent on its own output,
never invents text, and accounts for every input line."""

from __future__ import annotations

from pathlib import Path

import pytest
from accounting import unaccounted_lines
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from cleantext import Cleaner, Result
from cleantext.boilerplate import is_story_line
from cleantext.decode import normalise

CLEANER = Cleaner()  # hypothesis calls the test many times; build the rule sets once
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = (
    "council budget minister river bridge strike workers port city officials said police "
    "hospital vote election court judge report study scientists glacier rail fares school "
    "Tuesday Monday March percent million residents government plan union talks"
).split()
NAMES = ["Jane Doe", "John Roe", "Maria Delgado", "Tom Becker", "Aiko Tanaka", "Ólafur Þór"]
FURNITURE = [
    "Advertisement",
    "Share this article",
    "Read more: {title}",
    "Related",
    "Most read",
    "Home | News | Sport | Business | Opinion",
    "© 2024 Example News. All rights reserved.",
    "Sign up for our morning newsletter",
    "(Photo credit: REUTERS/JANE DOE)",
    "Image caption {title}",
    "Updated 5:42 p.m.",
    "Published March 4, 2024",
    "Tags: {word}, {word}, {word}",
    "Click here to read the full report",
    "4 min read",
    "Privacy Policy Terms of Use Contact Us",
]

words = st.sampled_from(WORDS)
name = st.sampled_from(NAMES)


@st.composite
def sentence(draw) -> str:
    body = draw(st.lists(words, min_size=5, max_size=25))
    end = draw(st.sampled_from([".", ".", ".", "?", "!", ".”"]))
    return " ".join(body).capitalize() + end


@st.composite
def title(draw) -> str:
    return " ".join(draw(st.lists(words, min_size=3, max_size=12))).title()


@st.composite
def paragraph(draw) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


@st.composite
def story_paragraph(draw) -> str:
    """A paragraph every story has at least one of: two sentences, the first of 10+ words."""
    first = " ".join(draw(st.lists(words, min_size=10, max_size=25))).capitalize() + "."
    return first + " " + draw(sentence())


@st.composite
def furniture(draw) -> str:
    line = draw(st.sampled_from(FURNITURE))
    return line.format(title=draw(title()), word=draw(words))


@st.composite
def news_document(draw) -> str:
    """A headline, maybe a byline, paragraphs of story (one at least) with furniture and
    subheadings between and around them, in the shapes scrapers produce (blank lines or
    not, stray spaces, CRLF)."""
    lines = draw(st.lists(furniture(), max_size=4))
    lines.append(draw(title()))
    if draw(st.booleans()):
        lines.append("By " + " and ".join(draw(st.lists(name, min_size=1, max_size=3))))
    story = draw(st.lists(st.one_of(paragraph(), paragraph(), furniture(), title()), max_size=7))
    story.insert(draw(st.integers(0, len(story))), draw(story_paragraph()))
    lines += story
    lines += draw(st.lists(furniture(), max_size=5))
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n"]))
    return separator.join(lines)


def tokens(text: str) -> list[str]:
    return normalise(text).split()


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(token in remaining for token in part)


REFUSED = ("empty input", "input looks binary")  # a whole document refused, with a warning


def check_invariants(source: str, result: Result) -> None:
    assert isinstance(result, Result)
    if not result.text and result.warnings[:1] and result.warnings[0].startswith(REFUSED):
        return
    assert is_subsequence(tokens(result.text), tokens(source)), "output words not in the input"
    assert unaccounted_lines(source, result) == []


@SETTINGS
@given(news_document())
def test_news_like_documents_keep_every_invariant(document):
    check_invariants(document, CLEANER.clean(document))


# Found by hypothesis: the headline printed again further down was kept, then read as the
# title (and removed) when the output was cleaned a second time.
HEADLINE_TWICE = (
    "Council Council Council\n\nCouncil council council council council council council council "
    "council council. Council council council council council.\n\nCouncil council council "
    "council council.\n\nCouncil Council Council\n\nCouncil council council council council "
    "council council council council council.\n\n(Photo credit: REUTERS/JANE DOE)"
)

# ... and once it goes, the paragraphs it stood between may repeat each other.
BETWEEN_TWINS = (
    "Council Council Council\n\n" + "Council " * 9 + "Council\n\n"
    "Council council council council council council council council council council. Council "
    "council council council council.\n\n{twin}\n\n" + "Council " * 9 + "Council\n\n{twin}"
).format(
    twin="Council council council council council council council council council council? "
    "Budget council council river council council council."
)

# ... and a caption that the rules remove only after the boilerplate stage had measured the
# story from it (its first line of ten words or more): the short sentence above it was kept as
# lead, then read as page furniture above a headline when the output was cleaned again.
CAPTION_FIRST = "\n\n".join(
    [
        "Council Council Council Council",
        *["Council council council council council."] * 2,
        "Advertisement",
        "Council" + " council" * 9 + ".",
        "(Photo credit: REUTERS/JANE DOE)",
        "Council council council council council.",
        "Council Council Council",
        "Council" + " council" * 9 + ". Council council council council council.",
    ]
)


@SETTINGS
@given(news_document())
@example(HEADLINE_TWICE)
@example(BETWEEN_TWINS)
@example(CAPTION_FIRST)
def test_cleaning_is_idempotent_on_its_own_output(document):
    once = CLEANER.clean(document)
    assert CLEANER.clean(once.text).text == once.text


CORPUS = sorted(
    path
    for path in (Path(__file__).parent / "data").rglob("*")
    if path.suffix in (".txt", ".html") and ".expected" not in path.name
)


@pytest.mark.parametrize("mode", ["conservative", "aggressive"])
def test_every_shipped_page_and_text_with_a_story_is_cleaned_idempotently(mode):
    """The test corpora's pages and dumps (HTML too: a dek or byline left at the top of the
    text was read as the headline the second time). Without a story line (a sentence of ten
    words: Chinese and Japanese text has no spaces to count words by) the first headline-like
    line may still go on a second pass, as the README says."""
    cleaner = CLEANER if mode == "conservative" else Cleaner(mode=mode)
    checked, changed = 0, []
    for path in CORPUS:
        once = cleaner.clean(path.read_bytes())
        if any(map(is_story_line, once.text.split("\n\n"))):
            checked += 1
            if cleaner.clean(once.text).text != once.text:
                changed.append(path.name)
    assert checked > 150
    assert changed == []


@SETTINGS
@given(st.text())
def test_any_text_is_cleaned_without_error_and_nothing_invented(text):
    check_invariants(text, CLEANER.clean(text))


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab .,:|/()©\n-—“”'\"0123456789By"))))
def test_punctuation_heavy_text_keeps_every_invariant(text):
    check_invariants(text, CLEANER.clean(text))


@SETTINGS
@given(st.binary())
def test_any_bytes_give_a_record_or_a_warning_never_an_error(data):
    result = CLEANER.clean(data)
    assert isinstance(result, Result)
    assert result.text or result.warnings


@SETTINGS
@given(st.text(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_text_as_bytes_in_a_unicode_encoding_cleans_like_the_text(text, encoding):
    # UTF-16's byte-order mark followed by a NUL character is UTF-32's byte-order mark
    # (FF FE 00 00): those bytes are read as UTF-32, and no rule can tell which was meant
    assume(not (encoding == "utf-16" and text.startswith("\x00")))
    assert CLEANER.clean(text.encode(encoding)).text == CLEANER.clean(text).text
