"""The hand-written HTML corpus (tests/data/html/): text and metadata per page, and the scores."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext.evaluate import evaluate, trafilatura_alone

CORPUS = Path(__file__).parent / "data" / "html"
PAGES = sorted(CORPUS.glob("*.html"))
sys.path.insert(0, str(CORPUS))
import build  # noqa: E402  (the corpus's builder, beside its files)


def test_corpus_files_are_what_the_builder_writes():
    assert len(PAGES) == 12
    for n, page in enumerate(PAGES, start=1):
        name, data, record, expected = build.page(n)
        assert page.name == f"{name}.html" and page.read_bytes() == data
        text = (CORPUS / f"{name}.expected.txt").read_text(encoding="utf-8")
        assert text == "\n\n".join(expected) + "\n"
        assert json.loads((CORPUS / f"{name}.expected.json").read_text("utf-8")) == record


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_gives_its_expected_text_and_metadata(page):
    result = cleantext.clean(page.read_bytes())
    stem = page.name.removesuffix(".html")
    assert result.text + "\n" == (CORPUS / f"{stem}.expected.txt").read_text(encoding="utf-8")
    expected = json.loads((CORPUS / f"{stem}.expected.json").read_text(encoding="utf-8"))
    got = {name: getattr(result, name) for name in expected}
    got["authors"] = list(result.authors)
    if got.get("date"):  # the page's <time> gives a timestamp; the corpus states the day
        got["date"] = got["date"][:10]
    assert got == expected


def test_cleantext_scores_above_trafilatura_alone_on_the_corpus():
    def mean_f1(extract):
        scores = evaluate(CORPUS, extract)
        return sum(s.f1 for s in scores) / len(scores)

    ours = mean_f1(lambda data: cleantext.clean(data).text)
    theirs = mean_f1(trafilatura_alone)
    print(f"HTML corpus token F1: cleantext {ours:.3f}, trafilatura alone {theirs:.3f}")
    assert ours > theirs and ours >= 0.99
