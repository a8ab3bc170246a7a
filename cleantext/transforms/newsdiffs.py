"""NewsDiffs comparison pages: header metadata, and one version rebuilt from side-by-side rows.

A scraped NewsDiffs page is a header (source id, url, number of changes), the line
"Version 1 Version 2", and then one line per row of a side-by-side view: the Version 1
paragraph followed by the Version 2 paragraph, joined by a space or by nothing. Either side
may be missing (a paragraph added or deleted), an unchanged paragraph fills both sides, and
a paragraph that Version 2 moved shows on the left at its old place and on the right at its
new place, some rows away.

How each row is cut into its two sides, at a sentence boundary:

1. A row that is one paragraph written twice is unchanged: both sides are that paragraph.
2. Every other row is scored cut by cut. Evidence that a sentence is on the left (V1) or the
   right (V2) comes from its near-copies: a near-copy later in the same row means this one is
   V1; a near-copy in a nearby row means one copy is V1 and the other V2. Which one is decided
   first by where each copy sits in its row (V1 comes first), then, in a second pass, by how
   the other row was cut. A cut where the two sides are revisions of one paragraph (most words
   shared) or open alike ("BAGHDAD — ... BAGHDAD — ...") scores a bonus.
3. A row with no evidence at all is either a rewritten paragraph whose two sides share
   nothing, or a paragraph on one side only. Inside a run of rows that are cut into two sides
   (a rewritten stretch), a row of two sentences is cut between them; a longer one cannot be
   cut without guessing, so it is kept whole with a warning. Anywhere else it is one
   paragraph, taken as added in Version 2: stories grow between versions, and a deleted
   paragraph usually leaves a revised copy on the other side, which would be evidence.
4. A row whose best cut has too little support against the evidence is kept whole, with a
   warning, rather than guessed.

Work is linear in the page: near-copies are looked up through an index of word triples and only
in rows at most WINDOW apart.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from .. import sentences
from ..draft import Draft
from ..generic import doubled_half
from ..similarity import overlap, similarity, words

_MARKER = regex.compile(r"^Version \d+ Version \d+$")
_SOURCE = regex.compile(r"^This article is from the source '(?P<id>[^']+)'")
_URL = regex.compile(r"\bat its original source at (?P<url>\S+)")
_CHANGES = regex.compile(r"^The article has changed (?P<count>\d+) times?\b")
_GAP = regex.compile(r"^\((?:\d+|an?|one) (?:minute|hour|day|week|month|year)s? later\)$")
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)]*$")
_DATELINE = regex.compile(r"^\p{Lu}[\p{Lu} .,'’-]{1,40} [—–-] ")

WINDOW = 8  # rows either side searched for a moved paragraph
MATCH = 0.6  # word overlap from which two sentences count as one sentence, perhaps revised
MIN_MATCH_WORDS = 4  # shorter sentences ("he said.") recur by chance
REVISION = 0.5  # word overlap from which two sides count as revisions of one paragraph
OPENING = 10  # characters two sides must share at their start to "open alike"
CONFIDENT = 0.75  # share of the evidence that must agree with a cut for it to be used
IMPOSSIBLE = 3.0  # score taken off a cut that makes a side an unchanged paragraph (see Row)
MAX_SENTENCES = 80  # a row longer than this is not a row of a NewsDiffs page; kept whole


@dataclass
class Row:
    number: int
    text: str
    doubled: str | None
    cuts: list[int] = field(default_factory=list)  # 0, each sentence start, len(text)
    bags: list[Counter[str]] = field(default_factory=list)  # the words of each sentence
    evidence: list[float] = field(default_factory=list)  # > 0: V1 side, < 0: V2 side
    cut: int = 0  # index into cuts: sentences before it are V1, from it on V2
    confidence: float = 0.0
    no_evidence: bool = False
    # Whole sides of nearby rows: a side of this row equal to one of them on the other
    # version would be an unchanged paragraph, which the diff would have shown as one row.
    other_old: set[str] = field(default_factory=set)
    other_new: set[str] = field(default_factory=set)

    @property
    def size(self) -> int:
        return len(self.cuts) - 1

    def sides(self, cut: int) -> tuple[str, str]:
        at = self.cuts[cut]
        return self.text[:at].rstrip(), self.text[at:].lstrip()

    def side_of(self, sentence: int) -> int:
        """+1 (V1) or -1 (V2) for a sentence of a confidently cut row, else 0."""
        if self.doubled is not None or self.confidence < CONFIDENT:
            return 0
        return 1 if sentence < self.cut else -1


def rebuild_version(draft: Draft, options: Mapping[str, Any]) -> None:
    """Read the header, then keep one version of every row; see the module's docstring."""
    lines = draft.paragraphs
    marker = next((i for i, line in enumerate(lines) if _MARKER.match(line)), None)
    if marker is None:
        draft.warnings.append("newsdiffs: no 'Version 1 Version 2' line; the page was left as is")
        return
    _read_header(draft, lines[: marker + 1], options.get("sources", {}))
    keep_new = options.get("version", "new") == "new"
    dropped_side = "newsdiffs.old-version" if keep_new else "newsdiffs.new-version"

    texts = []
    for line in lines[marker + 1 :]:
        if _GAP.match(line) or _MARKER.match(line):
            draft.remove("newsdiffs.version-gap", line)
        else:
            texts.append(line)
    if not texts:
        draft.paragraphs = []
        return
    headline_row = texts.pop(0)
    title = _split_headline(headline_row, draft.fields.get("url"))
    if title is None:
        draft.warnings.append(
            "newsdiffs: the headline row could not be cut with confidence; "
            "it is taken whole as the title"
        )
        title = (headline_row, headline_row)
    draft.read("title", title[1] if keep_new else title[0], "newsdiffs.headline")
    draft.remove("newsdiffs.headline", headline_row)
    related: list[str] = []
    while texts and _is_related_headline(texts[-1]):
        related.insert(0, texts.pop())

    rows = [Row(number, text, doubled_half(text)) for number, text in enumerate(texts, start=2)]
    cut_rows(rows)
    body: list[str] = []
    seen: set[str] = set()
    for row in rows:
        if row.doubled is not None:
            draft.remove("newsdiffs.unchanged-copy", row.doubled)
            body.append(row.doubled)
            seen.add(row.doubled)
        elif row.confidence < CONFIDENT:
            draft.warnings.append(
                f"newsdiffs: row {row.number} kept whole, its two versions could not be told "
                f"apart with confidence ({row.confidence:.2f}): {row.text[:60]!r}..."
            )
            body.append(row.text)
        else:
            old, new = row.sides(row.cut)
            kept, dropped = (new, old) if keep_new else (old, new)
            if dropped:
                draft.remove(dropped_side, dropped)
            if kept in seen:  # never twice, whatever the cuts said
                draft.remove("newsdiffs.repeated-paragraph", kept)
            elif kept:
                body.append(kept)
                seen.add(kept)
    for row_text in related:
        draft.remove("newsdiffs.related", row_text)
    draft.paragraphs = body


def cut_rows(rows: list[Row]) -> None:
    """Choose every row's cut: evidence from near-copies, in two passes (see the docstring)."""
    for row in rows:
        if row.doubled is None:
            row.cuts = [0, *sentences.boundaries(row.text), len(row.text)]
            if row.size > MAX_SENTENCES:
                row.cuts = [0, len(row.text)]
            row.bags = [
                Counter(words(row.text[a:b])) for a, b in zip(row.cuts, row.cuts[1:], strict=False)
            ]
    pairs = _near_copies(rows)
    for settled in (False, True):
        if settled:
            _note_nearby_sides(rows)
        _gather_evidence(rows, pairs, settled)
        for row in rows:
            if row.doubled is None:
                row.cut, row.confidence = _best_cut(row)
                row.no_evidence = not any(row.evidence) and row.cut == 0
    _cut_rewritten_stretches(rows)


def _cut_rewritten_stretches(rows: list[Row]) -> None:
    """Rows without evidence between two-sided rows, with no unchanged row between, are
    rewritten paragraphs: cut one of two sentences; keep a longer one whole (see step 3)."""
    for index, row in enumerate(rows):
        if not row.no_evidence or row.size < 2:
            continue
        before = rows[max(0, index - WINDOW) : index][::-1]
        if _two_sided_nearby(before) and _two_sided_nearby(rows[index + 1 : index + 1 + WINDOW]):
            row.cut, row.confidence = (1, CONFIDENT) if row.size == 2 else (0, 0.0)


def _two_sided_nearby(rows: Iterable[Row]) -> bool:
    """Whether the nearest row with evidence, before any unchanged row, has two sides."""
    for row in rows:
        if row.doubled is not None:
            return False
        if not row.no_evidence:
            return row.confidence >= CONFIDENT and 0 < row.cut < row.size
    return False


def _note_nearby_sides(rows: list[Row]) -> None:
    """Tell each row the confidently cut sides of the rows near it with no unchanged row
    between: an unchanged paragraph never shows on two rows of a diff without something
    unchanged between them that kept them apart."""
    stretch: list[Row] = []
    for row in [*rows, None]:
        if row is not None and row.doubled is None:
            stretch.append(row)
            continue
        for i, this in enumerate(stretch):
            for other in stretch[max(0, i - WINDOW) : i + WINDOW + 1]:
                if other is not this and other.confidence >= CONFIDENT:
                    old, new = other.sides(other.cut)
                    this.other_old.add(old)
                    this.other_new.add(new)
        stretch = []


def _near_copies(rows: list[Row]) -> list[tuple[int, int, int, int, float]]:
    """(row, sentence, row, sentence, overlap) for sentences that recur: revised within WINDOW
    rows, or word for word anywhere on the page (a paragraph may move far)."""
    index: dict[tuple[str, ...], deque[tuple[int, int]]] = {}
    last_seen: dict[tuple[str, ...], tuple[int, int]] = {}
    pairs: dict[tuple[int, int, int, int], float] = {}
    for r, row in enumerate(rows):
        for s, bag in enumerate(row.bags):
            tokens = words(row.text[row.cuts[s] : row.cuts[s + 1]])
            if len(tokens) < MIN_MATCH_WORDS:
                continue
            exact = last_seen.get(tuple(tokens))
            if exact is not None and exact[0] < r - WINDOW:
                pairs[(*exact, r, s)] = 1.0
            last_seen[tuple(tokens)] = (r, s)
            candidates: set[tuple[int, int]] = set()
            for triple in zip(tokens, tokens[1:], tokens[2:], strict=False):
                seen = index.setdefault(triple, deque())
                while seen and seen[0][0] < r - WINDOW:
                    seen.popleft()
                candidates.update(seen)
                seen.append((r, s))
            for r2, s2 in candidates:
                if (r2, s2) != (r, s) and (r2, s2, r, s) not in pairs:
                    score = overlap(rows[r2].bags[s2], bag)
                    if score >= MATCH:
                        pairs[(r2, s2, r, s)] = score
    return [(*key, score) for key, score in pairs.items()]


def _gather_evidence(
    rows: list[Row], pairs: list[tuple[int, int, int, int, float]], settled: bool
) -> None:
    for row in rows:
        row.evidence = [0.0] * max(row.size, 0)
    blocks = _blocks(pairs)
    for r1, s1, r2, s2, weight in pairs:
        first, second = rows[r1], rows[r2]
        if r1 == r2:  # the earlier copy in a row is the V1 side
            first.evidence[min(s1, s2)] += weight
            first.evidence[max(s1, s2)] -= weight
            continue
        # One copy is V1 and the other V2: trust a copy whose row was cut confidently...
        side1 = first.side_of(s1) if settled else 0
        side2 = second.side_of(s2) if settled else 0
        sign = side1 or -side2 if side1 != side2 else 0
        if not sign:  # ...else where each copy sits in its row...
            lean = _lean(first, blocks[r1, r2]) - _lean(second, blocks[r2, r1])
            sign = 1 if lean > 0 else -1 if lean < 0 else 0
        if not sign:
            # ...else take the paragraph as moved down, the commoner way (news is added
            # above older material), with half the weight.
            sign, weight = 1, weight / 2
        first.evidence[s1] += sign * weight
        second.evidence[s2] -= sign * weight


def _blocks(pairs: list[tuple[int, int, int, int, float]]) -> dict[tuple[int, int], range]:
    """For rows A and B, the run of A's sentences that have near-copies in B."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r1, s1, r2, s2, _ in pairs:
        for key, sentence in (((r1, r2), s1), ((r2, r1), s2)):
            low, high = spans.get(key, (sentence, sentence))
            spans[key] = (min(low, sentence), max(high, sentence))
    return {key: range(low, high + 1) for key, (low, high) in spans.items()}


def _lean(row: Row, block: range) -> int:
    """+1 when the copied run opens its row and something follows (so it is the V1 side),
    -1 when it closes its row after something else, 0 when it fills the row or sits inside."""
    opens, closes = block.start == 0, block.stop == row.size
    return 1 if opens and not closes else -1 if closes and not opens else 0


def _best_cut(row: Row) -> tuple[int, float]:
    evidence = row.evidence
    total = sum(evidence)
    scores = []
    before = 0.0
    for cut in range(row.size + 1):
        old, new = row.sides(cut)
        impossible = bool(old) and old in row.other_new or bool(new) and new in row.other_old
        scores.append(2 * before - total + _bonus(row, cut) - (IMPOSSIBLE if impossible else 0))
        if cut < row.size:
            before += evidence[cut]
    if not any(evidence) and not any(scores):
        return 0, 1.0  # no evidence at all: for now one paragraph, added in Version 2
    best = max(scores)
    ties = [cut for cut, score in enumerate(scores) if score == best]
    has_v1 = any(e > 0 for e in evidence)
    has_v2 = any(e < 0 for e in evidence)
    cut = ties[0] if has_v1 and not has_v2 else ties[-1] if has_v2 and not has_v1 else ties[0]
    agree = sum(abs(e) for i, e in enumerate(evidence) if (i < cut) == (e > 0) and e)
    disagree = sum(abs(e) for i, e in enumerate(evidence) if (i < cut) != (e > 0) and e)
    support = agree + _bonus(row, cut)
    confidence = support / (support + disagree) if support else 0.0
    if len(ties) > 1 and has_v1 and has_v2:
        confidence /= 2  # evidence on both sides, and more than one cut fits it as well
    return cut, confidence


def _bonus(row: Row, cut: int) -> float:
    """Reward a cut whose two sides read as revisions of one paragraph, or open alike."""
    if cut in (0, row.size):
        return 0.0
    old = sum(row.bags[:cut], Counter())
    new = sum(row.bags[cut:], Counter())
    bonus = 0.0
    revision = overlap(old, new)
    if revision >= REVISION:
        bonus += 2 * revision
    left, right = row.sides(cut)
    if _opens_alike(left, right):
        bonus += 1
    return bonus


def _opens_alike(left: str, right: str) -> bool:
    dateline = _DATELINE.match(left)
    if dateline and right.startswith(dateline.group()):
        return True
    return len(left) > OPENING and left[:OPENING] == right[:OPENING] and " " in left[:OPENING]


def _split_headline(row: str, url: str | None) -> tuple[str, str] | None:
    """(old, new) headline: the row written twice, or cut where one side is the URL's slug
    or where the two sides read as revisions of one headline; None when nothing says where."""
    half = doubled_half(row)
    if half is not None:
        return half, half
    slug = _slug_of(url or "")
    cuts = [
        (row[: m.start()].strip(), row[m.end() :].strip())
        for m in regex.finditer(r" (?=\p{Lu}|\p{N}|[“‘\"'])|(?<=\p{Ll})(?=\p{Lu})", row)
    ]
    for old, new in cuts:
        if slug and _slug(old) and (_slug(old) == slug or _slug(new) == slug):
            return old, new
    scored = [(similarity(old, new), old, new) for old, new in cuts]
    best = max(scored, default=None)
    return (best[1], best[2]) if best and best[0] >= REVISION else None


def _slug(text: str) -> str:
    return "-".join(words(text.replace("’", "").replace("'", "")))


def _slug_of(url: str) -> str:
    """The headline slug of a story URL: its longest path segment made of several words."""
    segments = [s for s in regex.split(r"[/?#]", url) if s.count("-") >= 2]
    return _slug(max(segments, key=len).replace("-", " ")) if segments else ""


def _read_header(draft: Draft, header: list[str], sources: Mapping[str, str]) -> None:
    for line in header:
        if match := _SOURCE.match(line):
            source = match["id"]
            if source in sources:
                draft.read("outlet", sources[source], "newsdiffs.header")
            else:
                draft.warnings.append(f"newsdiffs: unknown source id {source!r}; outlet left empty")
        if match := _URL.search(line):
            draft.read("url", match["url"], "newsdiffs.header")
        if match := _CHANGES.match(line):
            draft.fields["changes"] = int(match["count"])
        draft.remove("newsdiffs.header", line)


def _is_related_headline(row: str) -> bool:
    """Trailing rows that are headline-shaped and unchanged are links to other stories."""
    half = doubled_half(row)
    return half is not None and not _SENTENCE_END.search(half)
