"""Boilerplate by the shape of a news page, for text from sources no rule set names.

A news page is a headline, a lead (byline, date, dek), prose paragraphs, and page furniture
around and inside them: menus, link lists, share prompts, related headlines, footers. Lines are
read by their shape — a *fragment* is a short line that does not end like a sentence; a *body*
line is a sentence of some length — and by where they sit:

- above the headline and around the lead, fragments are page furniture;
- after the last body line, fragments are furniture (tags, related headlines, footer menus);
- inside the body, a run of three or more fragments is a link list or navigation, a line of
  items between separators is a menu, a short line that recurs is a repeated label, and a
  fragment between two lines of furniture is furniture too.

The conservative default never removes a paragraph of two or more full sentences; subheadings
(a lone fragment before prose) stay. `aggressive` mode, for whole-page text dumps, also drops
short sentences outside the main run of body lines and lets rules remove prose-shaped lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import regex

from . import sentences
from .draft import Draft

MODES = ("conservative", "aggressive")

# Named like rules, so `removed` and --list-rules explain them the same way.
FEATURES = {
    "generic.page-top": "a short line above the headline: navigation, section labels, banners",
    "generic.lead-furniture": "a short label between headline and body ('Share', '4 min read')",
    "generic.menu": "a line of three or more short items between separators ('Home | News')",
    "generic.link-run": "three or more short non-sentence lines in a row: a link list or menu",
    "generic.repeated-label": "a short line that recurs on the page is a label, not story",
    "generic.between-furniture": "a short line between two lines of page furniture is furniture",
    "generic.page-bottom": "a short line after the story's last paragraph: tags, links, footer",
    "generic.outside-story": "aggressive: a short line outside the main run of story paragraphs",
}

SENTENCE_WORDS = 5  # "All rights reserved." and "Have a tip?" are not full sentences of prose
BODY_WORDS = 10  # a sentence this long or longer is story text, not a label
FRAGMENT_WORDS = 20  # a non-sentence line longer than this is not furniture
LABEL_WORDS = 8  # a repeated line or a line between furniture this short is a label
RUN = 3  # fragments in a row from which a run is a link list
MAX_GAP = 3  # aggressive: other lines inside the story's main run of body lines
MENU_ITEMS = 3
MENU_ITEM_WORDS = 4
TITLE_WORDS = (3, 30)

_ENDERS = (".", "!", "?", "…")
_CLOSERS = "\"”’')]"
_MENU_SEPARATOR = regex.compile(r"\s+(?:[|•·»›>/]|–|—)\s+|\s*[|•·]\s*")
_SEPARATOR_CHAR = regex.compile("[|•·»›>/–—]")
_DIGIT = regex.compile(r"\d")
_BULLET = regex.compile(r"^(?:[•●▪◦*–-]|\d{1,3}[.)])\s")  # "• item", "1. Daniel Kiprono (KEN)"
# "13.52 BST", "11:48 p.m.": a live blog's entry stamp, content like a subheading
_ENTRY_TIME = regex.compile(r"^\d{1,2}[.:]\d\d(?:\s?(?:[ap]\.?m\.?|[A-Z]{2,4}))?$")
# "Goals: 21", "Key findings include:": rows of a fact box and the lines that introduce lists.
_DATA_ROW = regex.compile(r"^\D[^:]{0,60}:\s*\S.{0,40}\d|:$")
_META_LINE = regex.compile(
    r"^(?i:by|von|par|posted|published|updated|last updated|first published)\b"
    r"|\b(?:19|20)\d\d\b"
)


def words(line: str) -> int:
    return len(line.split())


def is_sentence(line: str) -> bool:
    """Ends like a sentence: . ! ? or …, maybe inside closing quotes or brackets."""
    return line.rstrip(_CLOSERS).endswith(_ENDERS)


def full_sentences(line: str) -> int:
    """Sentences of SENTENCE_WORDS or more words that end like sentences."""
    cuts = [0, *sentences.boundaries(line), len(line)]
    parts = (line[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False))
    return sum(1 for part in parts if words(part) >= SENTENCE_WORDS and is_sentence(part))


def is_prose(line: str) -> bool:
    """Two or more full sentences: never removed by a generic step in conservative mode."""
    enders = sum(map(line.count, _ENDERS))  # a cheap bound before the sentence splitter
    return enders >= 2 and len(line) >= 2 * SENTENCE_WORDS * 2 and full_sentences(line) >= 2


def is_story_line(line: str) -> bool:
    """A sentence of BODY_WORDS or more: the kind of line a story is made of."""
    return is_sentence(line) and words(line) >= BODY_WORDS


def is_fragment(line: str) -> bool:
    return not is_sentence(line) and words(line) <= FRAGMENT_WORDS


def is_title_shaped(line: str) -> bool:
    low, high = TITLE_WORDS
    return (
        is_fragment(line)
        and low <= words(line) <= high
        and not _META_LINE.search(line)
        and not _MENU_SEPARATOR.search(line)
        and line[:1] not in "“\"‘'—–-"
    )


def is_menu(line: str) -> bool:
    """Short items between separators; a row of figures ("Net income | $612M | +18%") is a
    table row, not a menu."""
    if not _SEPARATOR_CHAR.search(line) or is_sentence(line):
        return False
    items = _items(line)
    return (
        len(items) >= MENU_ITEMS
        and all(words(item) <= MENU_ITEM_WORDS for item in items)
        and not is_table_row(line)
    )


def is_table_row(line: str) -> bool:
    return sum(1 for item in _items(line) if _DIGIT.search(item)) >= 2


def _items(line: str) -> list[str]:
    return [item for item in _MENU_SEPARATOR.split(line) if item.strip()]


def is_list_row(line: str) -> bool:
    return bool(_BULLET.match(line) or _DATA_ROW.search(line)) or bool(_DIGIT.search(line))


def is_list_part(line: str) -> bool:
    """A list item, a table row or a line introducing them: part of the story around it."""
    return bool(_BULLET.match(line) or _DATA_ROW.search(line)) or is_table_row(line)


def story_end(lines: list[str], last_body: int) -> int:
    """The story's last line: the last body line, and after it a closing list ("Brief
    scores:" and its rows) or short closing sentences ("The ordinance takes effect in 30 days.")."""
    end = last_body
    if end + 1 < len(lines) and (list_last := list_end(lines, end + 1)) is not None:
        end = list_last
    while end + 1 < len(lines) and full_sentences(lines[end + 1]) >= 1:
        end += 1
    return end


def list_end(lines: list[str], i: int) -> int | None:
    """The last row of a list that a lead-in line ("Brief scores:") at `i` introduces."""
    if not lines[i].endswith(":") or words(lines[i]) > LABEL_WORDS:
        return None
    end = i
    while end + 1 < len(lines) and is_list_row(lines[end + 1]):
        end += 1
    return end if end - i >= 2 else None


def remove_boilerplate(
    draft: Draft,
    ruled_lines: Callable[[Sequence[str]], list[bool]],
    mode: str,
    prose: Callable[[str], bool] = is_prose,
) -> None:
    """Drop the page furniture of `draft`, recording each line under the feature that decided.

    `ruled_lines(lines)` says of each line whether a generic rule will remove it anyway: such
    lines count as furniture for their neighbours but are left for the rule, which records its
    own name. `prose` is is_prose, maybe remembering its answers for the document.
    """
    lines = draft.paragraphs
    verdicts = classify(lines, ruled_lines(lines), mode, prose)
    kept = []
    for line, feature in zip(lines, verdicts, strict=True):
        if feature is None:
            kept.append(line)
        else:
            draft.remove(feature, line)
    draft.paragraphs = kept


def classify(
    lines: list[str], ruled: list[bool], mode: str, prose: Callable[[str], bool] = is_prose
) -> list[str | None]:
    """The feature that removes each line, or None for a line that stays."""
    aggressive = mode == "aggressive"
    # each line's shape, worked out once: the steps below ask about every line several times
    sizes = [len(line.split()) for line in lines]
    sentence = [is_sentence(line) for line in lines]
    fragment = [not s and n <= FRAGMENT_WORDS for s, n in zip(sentence, sizes, strict=True)]
    body = [not r and s and n >= BODY_WORDS for r, s, n in zip(ruled, sentence, sizes, strict=True)]
    verdicts: list[str | None] = [None] * len(lines)
    if not any(body):
        return verdicts
    first = body.index(True)
    last = story_end(lines, len(lines) - 1 - body[::-1].index(True))

    def drop(i: int, feature: str) -> None:
        if verdicts[i] is None and not ruled[i] and (aggressive or not prose(lines[i])):
            verdicts[i] = feature

    # The lead: the headline is the last title-shaped line above the body; above it is furniture.
    title = next(
        (i for i in range(first - 1, -1, -1) if not ruled[i] and is_title_shaped(lines[i])), None
    )
    for i in range(first):
        if title is not None and lines[i] == lines[title]:
            continue  # the headline printed twice: the headline rule takes both
        if title is not None and i < title:
            if fragment[i] or sizes[i] < BODY_WORDS:
                drop(i, "generic.page-top")
        elif i != title and fragment[i] and not _META_LINE.search(lines[i]):
            if sizes[i] <= LABEL_WORDS:
                drop(i, "generic.lead-furniture")

    # Inside the body.
    counts = Counter(lines)
    for i, line in enumerate(lines):
        if is_menu(line) and i != title:
            drop(i, "generic.menu")
    for i in range(first, last + 1):
        line = lines[i]
        subheading = i + 1 < len(lines) and body[i + 1]  # a copy heading its paragraph stays
        if counts[line] > 1 and sizes[i] <= LABEL_WORDS and not sentence[i]:
            if not subheading:
                drop(i, "generic.repeated-label")
    # A run of fragments is a link list; a line a rule removes ("Related", "Click to play
    # video") extends a run, but two fragments are needed so a subheading under two caption
    # lines stays.
    start = None
    for i in range(first, last + 2):
        in_run = i <= last and (
            ruled[i]
            or fragment[i]
            and not _BULLET.match(lines[i])
            and not _DATA_ROW.search(lines[i])
            and not is_table_row(lines[i])
            and not _ENTRY_TIME.match(lines[i])
            and not body[i]
        )
        if in_run and start is None:
            start = i
        elif not in_run and start is not None:
            if i - start >= RUN and sum(not ruled[k] for k in range(start, i)) >= 2:
                for k in range(start, i):
                    drop(k, "generic.link-run")
            start = None

    # After the body: labels, and runs of headline-like lines.
    tail = range(last + 1, len(lines))
    for i in tail:
        in_run = fragment[i] and any(k in tail and fragment[k] for k in (i - 1, i + 1))
        if (
            fragment[i]
            and (sizes[i] <= LABEL_WORDS or in_run)
            or aggressive
            and sizes[i] < BODY_WORDS
        ):
            drop(i, "generic.page-bottom")

    if aggressive:
        _outside_main_run(lines, body, first, last, drop, prose)

    # A short line between two lines of furniture is furniture, until nothing changes.
    labels = [
        i
        for i in range(1, len(lines) - 1)
        if i != title
        and not body[i]
        and sizes[i] <= LABEL_WORDS
        and not (sentence[i] and sizes[i] >= SENTENCE_WORDS)
    ]
    changed = True
    while changed:
        changed = False
        for i in labels:
            if (
                verdicts[i] is None
                and (verdicts[i - 1] is not None or ruled[i - 1])
                and (verdicts[i + 1] is not None or ruled[i + 1])
            ):
                drop(i, "generic.between-furniture")
                changed |= verdicts[i] is not None
    return verdicts


def _outside_main_run(
    lines: list[str],
    body: list[bool],
    first: int,
    last: int,
    drop: Callable[[int, str], None],
    prose: Callable[[str], bool],
) -> None:
    """Aggressive mode: lines outside the longest run of body lines (gaps of up to MAX_GAP
    other lines allowed; lists and tables are no gap), below the lead and not prose, are
    sidebar and footer text."""
    runs: list[tuple[int, int]] = []
    gap = MAX_GAP + 1
    for i, line in enumerate(lines):
        if body[i]:
            if runs and gap <= MAX_GAP:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
            gap = 0
        elif not is_list_part(line):
            gap += 1
    start, end = max(runs, key=lambda run: sum(body[run[0] : run[1] + 1]))
    if end == max(i for i, is_body in enumerate(body) if is_body):
        end = last  # the story's closing list or sentences
    for i, line in enumerate(lines):
        if (first <= i < start or i > end) and not prose(line):
            drop(i, "generic.outside-story")
