"""A varied benchmark corpus, generated from the seeds and the test corpora the project ships.

Each generated document is a shipped one with about one word in ten swapped for another word
of the corpus (never a line's first word, so bylines, "Read more:" and the like keep their
shape), and at least one in every line of PROSE_WORDS or more words. So no two documents are
alike and, as in a real crawl, only short lines (labels, menus, bylines) recur from page to
page: a cache of line facts inside the cleaner cannot make prose look fast.
The shipped HTML pages are small; a generated page also gets what real news pages carry
around the story (inline scripts and styles, menus, link lists), so it weighs 30-250 KB.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

from cleantext.decode import decode

ROOT = Path(__file__).resolve().parent.parent
SWAP_SHARE = 0.1
PROSE_WORDS = 6
_WORD = re.compile(r"(?<=\s)[^\s<>&]+")  # a word after a space: never a line's first word
_TEXT_NODE = re.compile(r">([^<]+)<")


def shipped(kind: str) -> list[str]:
    """The shipped inputs of one kind, "text" or "html"."""
    if kind == "html":
        paths = sorted((ROOT / "tests/data/html").glob("*.html"))
    else:
        paths = sorted((ROOT / "seeds").glob("*.txt"))
        paths += sorted(
            p for p in (ROOT / "tests/data").rglob("*.txt") if ".expected" not in p.name
        )
    if not paths:
        raise SystemExit(f"benchmarks: no shipped {kind} inputs found under {ROOT}")
    return [decode(p.read_bytes())[0] for p in paths]  # some fixtures are not UTF-8


def generate(kind: str, size: int, seed: int = 7) -> Iterator[str]:
    """Documents of `kind` adding up to at least `size` bytes of UTF-8."""
    sources = shipped(kind)
    rng = random.Random(seed)
    vocabulary = sorted({w for s in sources for w in _WORD.findall(s) if w.isalpha()})

    def swap(match: re.Match[str]) -> str:
        return rng.choice(vocabulary) if rng.random() < SWAP_SHARE else match.group()

    def vary_line(line: str) -> str:
        varied = _WORD.sub(swap, line)
        spots = list(_WORD.finditer(line))
        if varied == line and len(spots) + 1 >= PROSE_WORDS:
            spot = rng.choice(spots)
            varied = line[: spot.start()] + rng.choice(vocabulary) + line[spot.end() :]
        return varied

    def vary_text(text: str) -> str:
        return "\n".join(vary_line(line) for line in text.split("\n"))

    total = 0
    while total < size:
        source = rng.choice(sources)
        if kind == "html":  # only the text between tags changes: the markup stays well formed
            document = _TEXT_NODE.sub(lambda m: ">" + vary_text(m.group(1)) + "<", source)
            document = _with_page_chrome(document, rng, vocabulary)
        else:
            document = vary_text(source)
        total += len(document.encode("utf-8"))
        yield document


def _with_page_chrome(page: str, rng: random.Random, vocabulary: list[str]) -> str:
    """The page with inline script and style in its head, menus and link lists in its body."""

    def phrase(low: int, high: int) -> str:
        return " ".join(rng.choices(vocabulary, k=rng.randint(low, high)))

    script = "".join(
        f'window.{rng.choice(vocabulary)}_{n}=function(a){{return a&&"{phrase(2, 6)}"}};'
        for n in range(rng.randint(200, 1500))
    )
    style = "".join(
        f".c{n} a{{color:#{rng.randrange(4096):03x};margin:{rng.randint(0, 20)}px}}"
        for n in range(rng.randint(100, 600))
    )

    def links(count: int) -> str:
        return "".join(
            f'<li><a href="/{rng.choice(vocabulary)}/{n}">{phrase(1, 8)}</a></li>'
            for n in range(count)
        )

    head = f"<script>{script}</script><style>{style}</style>"
    top = f'<nav class="mega-menu"><ul>{links(rng.randint(30, 150))}</ul></nav>'
    bottom = (
        f'<aside class="related"><h2>Related</h2><ul>{links(rng.randint(5, 20))}</ul></aside>'
        f"<footer><ul>{links(rng.randint(20, 80))}</ul><p>© 2024 {phrase(1, 3)}</p></footer>"
    )
    page = page.replace("</head>", head + "</head>", 1)
    page = page.replace("<body>", "<body>" + top, 1) if "<body>" in page else top + page
    return page.replace("</body>", bottom + "</body>", 1) if "</body>" in page else page + bottom


def main() -> None:
    """Write a JSONL corpus for the memory run: `python benchmarks/corpus.py 1000 > c.jsonl`."""
    import json
    import sys

    if len(sys.argv) != 2:
        raise SystemExit("usage: python benchmarks/corpus.py MEGABYTES > corpus.jsonl")
    size = int(float(sys.argv[1]) * 1_000_000)
    out = sys.stdout
    for kind, share in (("text", 0.8), ("html", 0.2)):  # a crawl: mostly text, some pages
        for number, document in enumerate(generate(kind, int(size * share))):
            out.write(json.dumps({"id": f"{kind}-{number}", kind: document}) + "\n")


if __name__ == "__main__":
    main()
