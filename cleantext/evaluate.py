"""Score the cleaner on your own data: token precision, recall and F1 against expected texts.

A gold folder holds input files (``story.html``, ``story.txt``, ...) and, beside each, the text
it should give (``story.expected.txt``). Texts are compared as bags of word tokens, case-folded,
the way public extraction benchmarks score: precision is the share of the output's tokens that
the expected text has, recall the share of the expected tokens the output has.

A metadata folder holds pages (``page.html``) each with ``page.expected.json`` (title, authors,
date, outlet, and the page's url): scored as the share of pages each field is right on.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import regex

from . import html
from .decode import decode, normalise
from .errors import InputError
from .pipeline import Cleaner

EXPECTED_SUFFIX = ".expected.txt"
_TOKEN = regex.compile(r"\w+")


@dataclass(frozen=True)
class Score:
    name: str
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def tokens(text: str) -> Counter[str]:
    return Counter(token.casefold() for token in _TOKEN.findall(text))


def score(name: str, got: str, expected: str) -> Score:
    """Bag-of-tokens precision and recall of `got` against `expected` (empty vs empty is 1)."""
    got_tokens, expected_tokens = tokens(got), tokens(expected)
    shared = sum((got_tokens & expected_tokens).values())
    precision = shared / sum(got_tokens.values()) if got_tokens else float(not expected_tokens)
    recall = shared / sum(expected_tokens.values()) if expected_tokens else 1.0
    return Score(name, precision, recall)


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(input, expected text) for every input in `folder` that has an expected text beside it."""
    pairs = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.endswith((EXPECTED_SUFFIX, ".expected.json")):
            expected = path.with_name(path.name.split(".")[0] + EXPECTED_SUFFIX)
            if expected.is_file():
                pairs.append((path, expected))
    return pairs


def trafilatura_alone(data: bytes) -> str:
    """What trafilatura gives with cleantext's options, before any rule: the baseline."""
    text, _ = decode(data)
    text = normalise(text)
    return html.extract(text, None).text if html.looks_like_html(text) else text


def justext_alone(data: bytes) -> str:
    """jusText's paragraphs that it does not call boilerplate: on HTML as it is, on plain text
    with each line as a paragraph. jusText comes with trafilatura; its settings here are the
    ones trafilatura uses (jusText's own defaults call every paragraph under 200 characters
    boilerplate unless a longer one is near, and so keep nothing of short-paragraph news)."""
    import justext  # only for this comparison

    text, _ = decode(data)
    text = normalise(text)
    if not html.looks_like_html(text):
        text = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line.strip())
        text = f"<html><body>{text}</body></html>"
    paragraphs = justext.justext(
        text.encode("utf-8"),
        justext.get_stoplist("English"),
        length_low=50,
        length_high=150,
        stopwords_low=0.1,
        stopwords_high=0.2,
        max_link_density=0.25,
        max_heading_distance=150,
        no_headings=True,
    )
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def evaluate(folder: Path, extract: Callable[[bytes], str]) -> list[Score]:
    return [
        score(path.name, extract(path.read_bytes()), expected.read_text(encoding="utf-8"))
        for path, expected in gold_pairs(folder)
    ]


def means(scores: list[Score]) -> tuple[float, float, float]:
    """Mean precision, recall and F1 over documents (each document counts once)."""
    n = max(len(scores), 1)
    return (
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
        sum(s.f1 for s in scores) / n,
    )


def report(
    folder: Path, cleaner: Cleaner, baseline: bool, justext: bool = False, summary: bool = False
) -> str:
    """P/R/F1 per document and their means, for cleantext and optionally for the baseline (the
    input as it is; trafilatura alone for HTML) and for jusText; with `summary` only the means."""
    systems: list[tuple[str, Callable[[bytes], str]]] = [
        ("cleantext", lambda data: cleaner.clean(data).text)
    ]
    if baseline:
        systems.append(("baseline", trafilatura_alone))
    if justext:
        systems.append(("jusText", justext_alone))
    lines = []
    for system, extract in systems:
        scores = evaluate(folder, extract)
        p, r, f1 = means(scores)
        if summary:
            lines.append(f"{system:<10} {len(scores):>4} docs  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
            continue
        lines.append(f"{system}: {len(scores)} documents")
        width = max((len(s.name) for s in scores), default=4)
        for s in scores:
            lines.append(
                f"  {s.name:<{width}}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
            )
        lines.append(f"  {'mean':<{width}}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    return "\n".join(lines) + "\n"


# Metadata: pages with NAME.expected.json (title, authors, date, outlet, and the page's url).
META_SUFFIX = ".expected.json"
META_FIELDS = ("title", "authors", "date", "outlet")


def meta_pairs(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(page, expected fields) for every page with NAME.expected.json beside it."""
    pairs = []
    for expected in sorted(folder.glob("*" + META_SUFFIX)):
        page = expected.with_name(expected.name.removesuffix(META_SUFFIX) + ".html")
        if page.is_file():
            try:
                fields = json.loads(expected.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:  # ValueError: bad JSON or bad UTF-8
                raise InputError(f"{expected}: not a readable JSON file ({error})") from None
            if not isinstance(fields, dict):
                raise InputError(f"{expected}: not a JSON object of fields")
            pairs.append((page, fields))
    return pairs


def meta_correct(field: str, got: Any, expected: Any) -> bool:
    """Exact title and outlet (white space aside), the exact author list in order, the day."""
    if field == "authors":
        return list(got or []) == list(expected or [])
    if field == "date":
        return (got or "")[:10] == (expected or "")[:10]
    return " ".join((got or "").split()) == " ".join((expected or "").split())


def cleantext_meta(cleaner: Cleaner) -> Callable[[bytes, str | None], dict[str, Any]]:
    def fields(data: bytes, url: str | None) -> dict[str, Any]:
        result = cleaner.clean(data, url=url)
        return {"title": result.title, "authors": list(result.authors), "date": result.date,
                "outlet": result.outlet}  # fmt: skip

    return fields


def trafilatura_meta(data: bytes, url: str | None) -> dict[str, Any]:
    """trafilatura's metadata with cleantext's options; its authors split on "; "."""
    import trafilatura

    found = trafilatura.bare_extraction(data.decode("utf-8", "replace"), url=url,
                                        **html.trafilatura_options())  # fmt: skip
    found = {} if found is None else found if isinstance(found, dict) else found.as_dict()
    authors = [a.strip() for a in (found.get("author") or "").split(";") if a.strip()]
    return {"title": found.get("title"), "authors": authors, "date": found.get("date"),
            "outlet": found.get("sitename")}  # fmt: skip


def htmldate_meta(data: bytes, url: str | None) -> dict[str, Any]:
    """htmldate's publication date (its defaults: original date, extensive search)."""
    from htmldate import find_date

    return {"date": find_date(data.decode("utf-8", "replace"), url=url, original_date=True)}


def meta_report(folder: Path, cleaner: Cleaner, baseline: bool) -> str:
    """Per-field accuracy on a metadata corpus, for cleantext and optionally trafilatura and
    htmldate (date only)."""
    pairs = meta_pairs(folder)
    systems: list[tuple[str, Callable[[bytes, str | None], dict[str, Any]]]] = [
        ("cleantext", cleantext_meta(cleaner))
    ]
    if baseline:
        systems += [("trafilatura", trafilatura_meta), ("htmldate", htmldate_meta)]
    lines = [f"{'':<12} {'pages':>5}  " + "  ".join(f"{f:>7}" for f in META_FIELDS)]
    for system, extract in systems:
        right = dict.fromkeys(META_FIELDS, 0)
        for page, expected in pairs:
            got = extract(page.read_bytes(), expected.get("url"))
            for field in META_FIELDS:
                right[field] += field in got and meta_correct(field, got[field], expected[field])
        cells = [
            f"{right[f] / len(pairs):7.3f}" if system != "htmldate" or f == "date" else f"{'-':>7}"
            for f in META_FIELDS
        ]
        lines.append(f"{system:<12} {len(pairs):>5}  " + "  ".join(cells))
    return "\n".join(lines) + "\n"
