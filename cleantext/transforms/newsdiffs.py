"""NewsDiffs comparison pages: header metadata, and one version rebuilt from side-by-side rows.

A scraped NewsDiffs page is a header (source id, url, number of changes), the line
"Version 1 Version 2", and then one line per row of a side-by-side view: the Version 1
paragraph followed by the Version 2 paragraph, joined by a space or by nothing. Either side
may be missing (a paragraph added or deleted), an unchanged paragraph fills both sides, and
a paragraph that Version 2 moved shows on the left at its old place and on the right at its
new place, some rows away.

How each row is cut into its two sides, at a sentence boundary:

1. A row that is one paragraph written twice is unchanged: both sides are that paragraph.
2. Evidence that a sentence is on the left (V1) or the right (V2) comes from its near-copies: a
   near-copy later in the same row means this one is V1; a near-copy in another row means one
   copy is V1 and the other V2. A cut where the two sides are revisions of one paragraph (most
   words shared) or open alike ("BAGHDAD — ... BAGHDAD — ...") scores a bonus; a cut that
   leaves a copied run of sentences anywhere but at the start of a side loses a little. A
   subheading seen elsewhere on the page is a place to cut when a row runs it into a paragraph.
3. The rows between two unchanged rows (a stretch) are one operation of the diff: first rows
   pairing an old paragraph with a new one, then rows of one side only, all the same side.
   Every such layout of the stretch is scored, with copies inside the stretch placed on
   opposite sides; copies in other stretches are placed by how those rows were cut (second
   pass), else by where each copy sits in its row (V1 opens it), else as moved down.
4. Ties go to fewer two-sided rows, and to one-sided rows taken as added in Version 2 (stories
   grow). A row that an equally good layout reads otherwise, whose side rests on the
   moved-down guess (with every one-sided row of that stretch), or that was read against a row
   kept whole, is named in a warning. A two-sided row whose cut nothing decides, or whose best
   cut has too little of the evidence behind it, is kept whole, with a warning.

Work is linear in the page: near-copies are looked up through an index of word triples and only
in rows at most WINDOW apart; layouts of stretches longer than MAX_STRETCH rows are scored in one
pass.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Mapping
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
_HEADING = regex.compile(r"\p{Lu}[^.!?…]+(?<![\"”’,;:])")
_PARAGRAPH_START = regex.compile(r"(?<=\p{Ll}) ?[“‘\"']?(?=\p{Lu})")
_DATELINE = regex.compile(r"^\p{Lu}[\p{Lu} .,'’-]{1,40} [—–-] ")

WINDOW = 8  # rows either side searched for a moved paragraph
MATCH = 0.6  # word overlap from which two sentences count as one sentence, perhaps revised
MIN_MATCH_WORDS = 4  # shorter sentences ("he said.") recur by chance
MAX_MATCH_WORDS = 500  # a longer "sentence" is a row that could not be split; not matched
REVISION = 0.5  # word overlap from which two sides count as revisions of one paragraph
OPENING = 20  # characters two sides must share at their start to "open alike"
CONFIDENT = 0.75  # share of the evidence that must agree with a cut for it to be used
TIE = 1e-9  # scores closer than this are equal
MISPLACED = 0.5  # score taken off a cut for each copied run it leaves inside a side
IMPOSSIBLE = 3.0  # score taken off a cut that makes a side an unchanged paragraph (see Row)
SETTLE_ROUNDS = 4  # passes over a layout's two-sided rows before its cuts count as settled
MAX_STRETCH = 40  # rows in a stretch beyond which layouts are scored in one pass
MAX_TIED = 80  # equally good layouts compared for doubts
MAX_HEADING_WORDS = 10  # a subheading is a line of a few words without a full stop
MAX_HEADING_CHARS = 100
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
    doubt: str | None = None  # how the row was read, when another reading fits as well
    guessed: bool = False  # a near-copy elsewhere was placed by a guess (moved down)
    two_sided: bool = False  # the row runs a subheading into a paragraph: one of each side
    # Near-copies in other rows of the same stretch: (sentence, row, its sentence, weight,
    # evidence while that row is uncut). Which copy is V1 is decided with the stretch's layout.
    partners: list[tuple[int, Row, int, float, float]] = field(default_factory=list)
    bonuses: list[float] = field(default_factory=list)  # _bonus for each cut
    # Whole sides of nearby rows: a side of this row equal to one of them on the other
    # version would be an unchanged paragraph, which the diff would have shown as one row.
    other_old: set[str] = field(default_factory=set)
    other_new: set[str] = field(default_factory=set)
    # _fixed_scores, with the sizes of other_old and other_new it was worked out for
    fixed: tuple[tuple[int, int], list[float]] | None = None

    @property
    def size(self) -> int:
        return len(self.cuts) - 1

    def sides(self, cut: int) -> tuple[str, str]:
        at = self.cuts[cut]
        return self.text[:at].rstrip(), self.text[at:].lstrip()

    def side_of(self, sentence: int) -> int:
        """+1 (V1) or -1 (V2) for a sentence of a confidently cut row, else 0."""
        if self.doubled is not None or self.confidence < CONFIDENT or self.guessed:
            return 0
        return 1 if sentence < self.cut else -1


def options_problem(options: Mapping[str, Any]) -> str | None:
    """What is wrong with a rule set's [options] for this transform, or None."""
    unknown = sorted(set(options) - {"sources"})
    if unknown:
        return f"unknown option(s) {', '.join(unknown)} (known: sources)"
    sources = options.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
        return "'sources' must be a table of NewsDiffs source ids and outlet names"
    return None


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
            kept = row.doubled
        elif row.confidence < CONFIDENT:
            draft.warnings.append(
                f"newsdiffs: row {row.number} kept whole, its two versions could not be told "
                f"apart with confidence ({row.confidence:.2f}): {row.text[:60]!r}..."
            )
            kept = row.text
        else:
            if row.doubt:
                draft.warnings.append(
                    f"newsdiffs: row {row.number} can be read more than one way; "
                    f"{row.doubt}: {row.text[:60]!r}..."
                )
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
    headings = _headings(rows)
    for row in rows:
        if row.doubled is None:
            heading = _heading_opening(row.text, headings)
            if heading:  # a subheading is a paragraph of its own: the V1 side
                row.cuts = [0, heading, len(row.text)]
                row.two_sided = True
            else:
                row.cuts = [0, *sentences.boundaries(row.text), len(row.text)]
            if row.size > MAX_SENTENCES:
                row.cuts = [0, len(row.text)]
            row.bags = [
                Counter(words(row.text[a:b])) for a, b in zip(row.cuts, row.cuts[1:], strict=False)
            ]
    pairs = _near_copies(rows)
    stretches = _stretches(rows)
    stretch_of = {id(row): n for n, stretch in enumerate(stretches) for row in stretch}
    blocks = _blocks(pairs)
    runs = _copied_runs(pairs)
    for r, row in enumerate(rows):
        if row.doubled is None:
            row.bonuses = [_bonus(row, cut, runs.get(r, [])) for cut in range(row.size + 1)]
    for settled in (False, True):
        if settled:
            _note_nearby_sides(stretches)
        _gather_evidence(rows, pairs, blocks, stretch_of, settled)
        for stretch in stretches:
            _cut_stretch(stretch)


def _headings(rows: list[Row]) -> set[str]:
    """Subheadings the page shows on a row of their own or after a sentence: lines of a few
    words without a full stop, which a row may run straight into the next paragraph."""
    found = set()
    for row in rows:
        text = row.doubled or row.text
        starts = [0, *sentences.boundaries(text), len(text)] if not row.doubled else [0, len(text)]
        for a, b in zip(starts, starts[1:], strict=False):
            part = text[a:b].rstrip()
            if _HEADING.fullmatch(part) and len(part.split()) <= MAX_HEADING_WORDS:
                found.add(part)
    return found


def _heading_opening(text: str, headings: set[str]) -> int:
    """Where the paragraph after a known subheading starts, when a row opens with one."""
    for match in _PARAGRAPH_START.finditer(text, 0, MAX_HEADING_CHARS):
        if match.start() and text[: match.start()] in headings:
            return match.start() + text.startswith(" ", match.start())
    return 0


def _stretches(rows: list[Row]) -> list[list[Row]]:
    """The runs of rows between unchanged rows: each is one operation of the diff."""
    found: list[list[Row]] = [[]]
    for row in rows:
        if row.doubled is None:
            found[-1].append(row)
        elif found[-1]:
            found.append([])
    return [stretch for stretch in found if stretch]


def _cut_stretch(stretch: list[Row]) -> None:
    """Cut a stretch the way a diff lays one operation out: its first `paired` rows are two-sided
    (old paragraph, new paragraph), the rest are one-sided and all on one side (more paragraphs
    deleted than added, or the other way round). The layout the evidence supports best wins;
    ties go to fewer two-sided rows, then to one-sided rows taken as added in Version 2. A row
    that an equally good layout reads otherwise is marked with a doubt."""
    place = {id(row): i for i, row in enumerate(stretch)}
    tied = _best_layouts(stretch, place)
    chosen = tied[0]
    # A guessed copy sways the whole layout, so every one-sided row shares its doubt.
    guessed = any(row.guessed for row in stretch)
    for i, row in enumerate(stretch):
        row.cut = chosen[i]
        evidence = _effective_evidence(row, place, chosen)
        row.confidence = _confidence(row, evidence) if row.cut >= 0 else 0.0
        row.doubt = None
        if row.cut < 0:  # a two-sided row no evidence can cut
            row.cut = 1
        elif any(cuts[i] != chosen[i] for cuts in tied):
            row.doubt = (
                "taken as added in Version 2"
                if row.cut == 0
                else "taken as dropped from Version 1"
                if row.cut == row.size
                else "cut at the likelier sentence"
            )
        elif row.guessed:
            row.doubt = "a paragraph also found elsewhere, taken as moved down"
        elif guessed and row.cut in (0, row.size):
            row.doubt = "read with a paragraph of this stretch taken as moved down"
    for row in stretch:  # a copy in a row kept whole says nothing about its side
        for _, other, _, _, _ in row.partners:
            if other.confidence < CONFIDENT and row.confidence >= CONFIDENT and not row.doubt:
                row.doubt = f"read against row {other.number}, which is kept whole"


def _best_layouts(stretch: list[Row], place: dict[int, int]) -> list[list[int]]:
    """The cuts of the best-scoring layouts (at most MAX_TIED), the preferred one first.

    A layout is (paired, tail_old). In a short stretch each layout's two-sided rows are settled
    against each other (`_settle_layout`); a long one is scored from every row's own evidence in
    one pass, with running sums, so that the work stays linear in the page."""
    n = len(stretch)
    options = [  # two-sided rows come first, and each needs two sentences
        (paired, tail_old)
        for paired in range(_two_sided_limit(stretch) + 1)
        for tail_old in ((False, True) if paired < n else (False,))
    ]
    if n <= MAX_STRETCH:
        scored = [_settle_layout(stretch, place, paired, tail) for paired, tail in options]
        best = max(score for score, _ in scored)
        return [cuts for score, cuts in scored if score > best - TIE][:MAX_TIED]
    uncut = [-1] * n
    evidence = [_effective_evidence(row, place, uncut) for row in stretch]
    scores = [_cut_scores(row, e) for row, e in zip(stretch, evidence, strict=True)]
    two_cut = [
        _two_sided_cut(row, e) if row.size >= 2 else -1
        for row, e in zip(stretch, evidence, strict=True)
    ]
    head = [0.0]
    for i in range(n):
        head.append(head[-1] + (max(scores[i][1:-1]) if stretch[i].size >= 2 else 0.0))
    tail_new, tail_old_sum = [0.0] * (n + 1), [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        tail_new[i] = tail_new[i + 1] + scores[i][0]
        tail_old_sum[i] = tail_old_sum[i + 1] + scores[i][-1]
    totals = [head[p] + (tail_old_sum[p] if tail else tail_new[p]) for p, tail in options]
    best = max(totals)
    return [
        [two_cut[i] if i < paired else row.size if tail else 0 for i, row in enumerate(stretch)]
        for total, (paired, tail) in zip(totals, options, strict=True)
        if total > best - TIE
    ][:MAX_TIED]


def _two_sided_limit(stretch: list[Row]) -> int:
    """How many rows can open the stretch two-sided: up to the first row of one sentence."""
    return next((i for i, row in enumerate(stretch) if row.size < 2), len(stretch))


def _settle_layout(
    stretch: list[Row], place: dict[int, int], paired: int, tail_old: bool
) -> tuple[float, list[int]]:
    """The cuts of one layout and their score: one-sided rows are fixed by the layout; each
    two-sided row takes its best cut given how its near-copies elsewhere in the stretch are cut,
    repeated until nothing changes. A cut of -1 marks a two-sided row without a best cut."""
    cuts = [-1 if i < paired else row.size if tail_old else 0 for i, row in enumerate(stretch)]
    for _ in range(SETTLE_ROUNDS):
        changed = False
        for i in range(paired):
            row = stretch[i]
            cut = _two_sided_cut(row, _effective_evidence(row, place, cuts))
            changed |= cut != cuts[i]
            cuts[i] = cut
        if not changed:
            break
    score = 0.0
    for row, cut in zip(stretch, cuts, strict=True):
        scores = _cut_scores(row, _effective_evidence(row, place, cuts))
        score += max(scores[1:-1]) if cut < 0 else scores[cut]
    return score, cuts


def _effective_evidence(row: Row, place: dict[int, int], cuts: list[int]) -> list[float]:
    """The row's evidence plus its near-copies in the stretch: each is on the side opposite its
    copy, as far as the copy's row is cut."""
    if not row.partners:
        return row.evidence
    evidence = list(row.evidence)
    for sentence, other, other_sentence, weight, prior in row.partners:
        cut = cuts[place[id(other)]]
        if cut < 0:
            evidence[sentence] += prior
        else:
            evidence[sentence] += -weight if other_sentence < cut else weight
    return evidence


def _two_sided_cut(row: Row, evidence: list[float]) -> int:
    """The best cut that leaves both sides something. Among equally good cuts, sentences without
    evidence go with the side that has none (they are the rest of the other paragraph); with
    evidence on both sides or none at all, equally good cuts leave the row uncut (-1)."""
    scores = _cut_scores(row, evidence)
    best = max(scores[1:-1])
    ties = [cut for cut in range(1, row.size) if scores[cut] > best - TIE]
    has_v1 = any(e > 0 for e in evidence)
    has_v2 = any(e < 0 for e in evidence)
    if len(ties) == 1 or has_v1 != has_v2:
        return ties[-1] if has_v2 else ties[0]
    return -1


def _cut_scores(row: Row, evidence: list[float]) -> list[float]:
    """For each cut: the evidence it agrees with minus the evidence it defies, plus its bonus,
    minus the penalty for a side that cannot be (see Row)."""
    total = sum(evidence)
    scores = []
    before = 0.0
    for cut, fixed in enumerate(_fixed_scores(row)):
        scores.append(2 * before - total + fixed)
        if cut < row.size:
            before += evidence[cut]
    return scores


def _fixed_scores(row: Row) -> list[float]:
    """The part of each cut's score that no evidence changes: its bonus, less IMPOSSIBLE when a
    side cannot be. Worked out again only when the row learns of more sides nearby."""
    known = (len(row.other_old), len(row.other_new))  # the sets only grow
    if row.fixed is None or row.fixed[0] != known:
        scores = []
        for cut in range(row.size + 1):
            old, new = row.sides(cut)
            impossible = (
                (bool(old) and old in row.other_new)
                or (bool(new) and new in row.other_old)
                or (row.two_sided and not (old and new))
            )
            scores.append(row.bonuses[cut] - (IMPOSSIBLE if impossible else 0))
        row.fixed = (known, scores)
    return row.fixed[1]


def _confidence(row: Row, evidence: list[float]) -> float:
    """The share of the row's evidence (and bonus) that agrees with its cut; a row with no
    evidence of its own is as sure as the layout of its stretch."""
    agree = sum(abs(e) for i, e in enumerate(evidence) if e and (i < row.cut) == (e > 0))
    disagree = sum(abs(e) for i, e in enumerate(evidence) if e and (i < row.cut) != (e > 0))
    support = agree + max(row.bonuses[row.cut], 0.0)
    if not support and not disagree:
        return 1.0
    return support / (support + disagree)


def _note_nearby_sides(stretches: list[list[Row]]) -> None:
    """Tell each row the confidently cut sides of the rows near it in its stretch: an unchanged
    paragraph never shows on two rows of one diff operation (the diff would have matched it)."""
    for stretch in stretches:
        for i, this in enumerate(stretch):
            for other in stretch[max(0, i - WINDOW) : i + WINDOW + 1]:
                if other is not this and other.confidence >= CONFIDENT:
                    old, new = other.sides(other.cut)
                    this.other_old.add(old)
                    this.other_new.add(new)


def _near_copies(rows: list[Row]) -> list[tuple[int, int, int, int, float]]:
    """(row, sentence, row, sentence, overlap) for sentences that recur: revised within WINDOW
    rows, or word for word anywhere on the page (a paragraph may move far)."""
    index: dict[tuple[str, ...], deque[tuple[int, int]]] = {}
    last_seen: dict[tuple[str, ...], tuple[int, int]] = {}
    pairs: dict[tuple[int, int, int, int], float] = {}
    for r, row in enumerate(rows):
        for s, bag in enumerate(row.bags):
            tokens = words(row.text[row.cuts[s] : row.cuts[s + 1]])
            if not MIN_MATCH_WORDS <= len(tokens) <= MAX_MATCH_WORDS:
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
                if not seen or seen[-1] != (r, s):  # a triple repeated in one sentence: once
                    candidates.update(seen)
                    seen.append((r, s))
            for r2, s2 in candidates:
                if (r2, s2) != (r, s) and (r2, s2, r, s) not in pairs:
                    score = overlap(rows[r2].bags[s2], bag)
                    if score >= MATCH:
                        pairs[(r2, s2, r, s)] = score
    return [(*key, score) for key, score in pairs.items()]


def _gather_evidence(
    rows: list[Row],
    pairs: list[tuple[int, int, int, int, float]],
    blocks: dict[tuple[int, int], range],
    stretch_of: dict[int, int],
    settled: bool,
) -> None:
    for row in rows:
        row.evidence = [0.0] * max(row.size, 0)
        row.partners = []
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
        lean = _lean(first, blocks[r1, r2]) - _lean(second, blocks[r2, r1])
        if stretch_of[id(first)] == stretch_of[id(second)]:
            # Settled with the stretch's layout; where each copy sits is only a start.
            prior = 1 if lean > 0 else -1 if lean < 0 else 0
            first.partners.append((s1, second, s2, weight, prior * weight / 2))
            second.partners.append((s2, first, s1, weight, -prior * weight / 2))
            continue
        if not sign:  # ...else where each copy sits in its row...
            sign = 1 if lean > 0 else -1 if lean < 0 else 0
        if not sign:
            # ...else take the paragraph as moved down, the commoner way (news is added
            # above older material), with half the weight, and say it was a guess.
            sign, weight = 1, weight / 2
            first.guessed = second.guessed = True
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


def _copied_runs(pairs: list[tuple[int, int, int, int, float]]) -> dict[int, list[range]]:
    """For each row, its runs of sentences copied in order from one other row (a paragraph
    moved or revised elsewhere)."""
    links: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r1, s1, r2, s2, _ in pairs:
        if r1 != r2:
            links.setdefault((r1, r2), []).append((s1, s2))
            links.setdefault((r2, r1), []).append((s2, s1))
    runs: dict[int, list[range]] = {}
    for (row, _), linked in links.items():
        linked.sort()
        start = previous = linked[0]
        for here in [*linked[1:], None]:
            if here is None or here != (previous[0] + 1, previous[1] + 1):
                runs.setdefault(row, []).append(range(start[0], previous[0] + 1))
                if here is not None:
                    start = here
            if here is not None:
                previous = here
    return runs


def _lean(row: Row, block: range) -> int:
    """+1 when the copied run opens its row and something follows (so it is the V1 side),
    -1 when it closes its row after something else, 0 when it fills the row or sits inside."""
    opens, closes = block.start == 0, block.stop == row.size
    return 1 if opens and not closes else -1 if closes and not opens else 0


def _bonus(row: Row, cut: int, runs: list[range]) -> float:
    """Reward a cut whose two sides read as revisions of one paragraph, or open alike; penalise
    one that leaves a run of sentences copied from another row anywhere but at a side's start
    (paragraphs are revised at their end far more often than at their start)."""
    misplaced = sum(run.start not in (0, cut) or run.start < cut < run.stop for run in runs)
    bonus = -MISPLACED * misplaced
    if cut in (0, row.size):
        return bonus
    old = sum(row.bags[:cut], Counter())
    new = sum(row.bags[cut:], Counter())
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
