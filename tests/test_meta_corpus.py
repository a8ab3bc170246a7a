"""Metadata on tests/data/meta (81 pages modelled on real templates, six languages): cleantext
is ahead of trafilatura and htmldate on every field, every value says where it came from, and
a field no signal supports stays null."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext import Cleaner, evaluate

CORPUS = Path(__file__).resolve().parent / "data" / "meta"
PAGES = evaluate.meta_pairs(CORPUS)
FLOORS = {"title": 0.95, "authors": 0.95, "date": 0.97, "outlet": 0.95}  # measured 1.0/.99/1.0/.99


def accuracy(extract) -> dict[str, float]:
    right = dict.fromkeys(evaluate.META_FIELDS, 0)
    for page, expected in PAGES:
        got = extract(page.read_bytes(), expected.get("url"))
        for field in right:
            right[field] += field in got and evaluate.meta_correct(
                field, got[field], expected[field]
            )
    return {field: count / len(PAGES) for field, count in right.items()}


def test_corpus_is_the_builder_output_and_large_enough():
    assert len(PAGES) >= 60
    assert {expected["lang"] for _, expected in PAGES} >= {"en", "de", "fr", "es", "zh", "ja"}


def test_cleantext_is_ahead_of_trafilatura_and_htmldate_on_every_field():
    ours = accuracy(evaluate.cleantext_meta(Cleaner()))
    theirs = accuracy(evaluate.trafilatura_meta)
    dates = accuracy(evaluate.htmldate_meta)["date"]
    for field, floor in FLOORS.items():
        assert ours[field] >= floor, (field, ours[field])
        assert ours[field] > theirs[field], (field, ours[field], theirs[field])
    assert ours["date"] > dates


@pytest.mark.parametrize("page, expected", PAGES[::8], ids=lambda p: getattr(p, "stem", ""))
def test_every_chosen_value_has_its_source(page, expected):
    result = Cleaner().clean(page.read_bytes(), url=expected.get("url"))
    provenance = dict(result.provenance)
    for field in ("title", "date", "outlet", "authors", "url"):
        value = getattr(result, field)
        assert bool(value) == (field in provenance), (field, value, provenance)


def test_a_page_without_metadata_gets_no_guessed_date_author_or_outlet():
    html = (
        "<html><body><div><h2>Local council meets</h2><p>The council met on Tuesday and voted "
        "to approve the budget after a long debate about schools and roads, officials said.</p>"
        "<p>Residents had waited months for the decision, which funds new buses.</p></div>"
        "</body></html>"
    )
    result = Cleaner().clean(html, url="https://unknown-news.example/story")
    assert (result.date, result.authors, result.outlet) == (None, (), None)
