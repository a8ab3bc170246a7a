"""Learning each source's boilerplate from a corpus, written as rule sets a person can read.

A source is a host (from the document's URL). Its navigation, footers and share bars recur on
page after page, while its stories do not: a line that recurs on enough of a source's pages
becomes a drop rule whose reason states the evidence ("appears on 11 of 12 pages of
example.com"). Lines are also counted with their digits masked, so "© 2021 Foo" and "© 2023
Foo", "Page 2 of 5" and "Page 3 of 7" are one rule with `\\d+`.

Three more kinds of rule come from the same counts. A recurring line after which no page of
the source ever has a line of prose marks the page's bottom: it becomes a `drop_rest` rule that
cuts the block it opens (a "Most Read" list whose headlines change from page to page). Lines
that share an opening ("Read more: ", "Tags: ", "Photo by ") or an ending (" | Foo", "/Foo)")
on enough pages, and are never prose, become one rule for the opening or ending; when the
rest of each such line is one person's name ("Story by Ana Ruiz"), a rule that reads it into
`authors`. Above a recurring photo credit, a one-sentence line that changes from page to page
is the photo's caption: a rule takes such a line wherever the credit follows it.

Safety: pages that share most of their long lines (syndicated copies, republished updates)
count once; a line that reads as prose needs far stronger evidence than a short link-like
line (nine pages in ten; or, boxed in by lines that are not prose on every page it is on, as
a newsletter pitch is, the share a short line needs); sources with fewer than `min_docs`
pages teach nothing.

One pass, counts per source. Memory is bounded: once all sources together hold HELD_LIMIT
lines, patterns and story hashes, what was seen on one page only is forgotten (furniture is
soon seen again), and copies are recognised within COPY_WINDOW pages of a source.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from . import html
from .batch import Fields, NumberedLine, document_key, read_record
from .boilerplate import BODY_WORDS, is_prose, is_sentence, words
from .decode import normalise
from .metadata.values import host_of, split_authors
from .rules.load import BUILTIN_DIR, load_rulesets
from .transforms import TRANSFORMS

MIN_DOCS = 3
LINE_SHARE = 0.5  # a line on half of a source's pages (and two at least) is furniture,
SHORT_SHARE = 0.2  # and one of under HEADLINE_WORDS words ("Sign up", "Play Video") on a fifth
HEADLINE_WORDS = 5  # (longer lines include other stories' headlines, listed on some pages)
PROSE_SHARE = 0.9  # a line that reads as prose: on nine pages in ten, and PROSE_PAGES at least
PROSE_PAGES = 5
SAME_STORY = 0.5  # a page whose long lines were mostly seen on the source already: a copy
FURNITURE_PAGES = 2  # ... not counting lines on this many pages: the source's, not the story's
# Memory: what all sources hold together (lines, patterns, story-line hashes) before what was
# seen on one page only is forgotten, and how far back a copy of a story is still recognised.
HELD_LIMIT = 1_000_000
COPY_WINDOW = 5_000  # pages of the same source
LARGE_SOURCE = 20  # pages
_DIGITS = regex.compile(r"\d+")
# An opening up to a separator ("Read more: ", "LATEST | "), and an ending from one (" | Foo").
_OPENING = regex.compile(r"^[^\s:|·•]\P{Cc}{0,38}?(?::\s|\s[|·•–—-]\s)(?=\S)")
_ENDING = regex.compile(r"(?<=\S)(?:\s[|·•–—-]\s|/)[^/|·•]{2,40}$")
# A byline's lead-in: "Story by ", "Words by ", "Reporting by " before a name on a short line.
_LEAD_IN = regex.compile(r"^(?i:\w+ (?:by|von|par|por)) (?=\p{Lu})(?=(?:\S+ ?){1,4}$)")
AFFIX_EXAMPLES = 5  # distinct lines kept per opening or ending: proof that they vary
CAPTION_WORDS = 40  # a line above a photo credit this long or longer is story, not its caption
# A photo credit: the line below a caption ("Photo by Jane Doe | Foo", "Image: Getty Images").
_CREDIT = regex.compile(
    r"(?i:\b(?:photo|photograph|image|picture|foto|credit|getty|shutterstock|afp|reuters|epa)"
    r"s?\b|\bAP\b)|©"
)


@dataclass
class LearnedRule:
    pattern: str
    keyword: str | None
    pages: int
    example: str  # a line it removes
    kind: str = "line"  # one of _KIND_ORDER; masked: digits match any number
    next: str | None = None  # caption: the pattern of the line below (the credit)

    @property
    def action(self) -> str:
        return {"bottom": "drop_rest", "byline": "metadata"}.get(self.kind, "drop")


@dataclass
class LearnedSet:
    """The rules learned for one source, and the evidence behind them."""

    host: str  # or, for documents without a URL, "<rule set>-detected"
    pages: int
    rules: list[LearnedRule] = field(default_factory=list)
    signatures: tuple[str, ...] = ()  # detect as the rule set did, when there was no host

    @property
    def name(self) -> str:
        return "learned." + regex.sub(r"[^a-z0-9_.-]", "-", self.host.lower())

    def to_toml(self) -> str:
        """The rule set in the schema of the built-in ones, to be read, edited and reused."""
        lines = [
            f"name = {_toml(self.name)}",
            f"description = {_toml(f'Boilerplate learned from {self.pages} pages of {self.host}')}",
            "",
            "[detect]",
            f"signatures = [{', '.join(map(_toml, self.signatures))}]"
            if self.signatures
            else f"hosts = [{_toml(self.host)}]",
        ]
        numbers: Counter[str] = Counter()
        for rule in self.rules:
            numbers[rule.kind] += 1
            lines += [
                "",
                "[[rules]]",
                f'name = "{rule.kind}-{numbers[rule.kind]}"',
                f"reason = {_toml(self._reason(rule))}",
                f'action = "{rule.action}"',
            ]
            if rule.keyword:
                lines.append(f"keywords = [{_toml(rule.keyword)}]")
            if rule.next:
                lines.append(f"next = {_toml(rule.next)}")
            lines.append(f"pattern = {_toml(rule.pattern)}")
        return "\n".join(lines) + "\n"

    def _reason(self, rule: LearnedRule) -> str:
        evidence = f"on {rule.pages} of {self.pages} pages of {self.host}"
        if rule.kind == "bottom":
            return f"opens the page's bottom block {evidence}: no prose ever follows it"
        if rule.kind == "byline":
            return f"the source's byline, a person's name {evidence}, e.g. {rule.example!r}"
        if rule.kind == "caption":
            return (
                f"a one-sentence line right above a line of the rule below it (a photo credit) "
                f"{evidence}, never a longer one: its caption, e.g. {rule.example!r}"
            )
        if rule.kind == "boxed":
            return (
                f"a sentence {evidence}, each time between two lines that are not prose (a box: "
                f"a newsletter pitch, a notice), e.g. {rule.example!r}"
            )
        if rule.kind in ("opening", "ending"):
            return f"lines with this {rule.kind}, never prose, {evidence}, e.g. {rule.example!r}"
        if rule.kind == "masked":  # any number where the digits are: show a line it takes
            return f"appears {evidence}, e.g. {rule.example!r}"
        return f"appears {evidence}"


def _toml(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's (non-ASCII stays as it is)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass
class _Source:
    pages: int = 0
    copies: int = 0
    exact: Counter[str] = field(default_factory=Counter)
    masked: Counter[str] = field(default_factory=Counter)
    # hash -> the page it was last on, and on how many pages it was (copies included)
    long_lines: dict[int, tuple[int, int]] = field(default_factory=dict)
    bottom: Counter[str] = field(default_factory=Counter)  # pages where no prose follows it
    boxed: Counter[str] = field(default_factory=Counter)  # prose: pages where no prose is beside it
    # lines (and their masked forms) a page's URL names as its headline: never learned,
    # though other pages list them; forgotten with their counts
    headlines: set[str] = field(default_factory=set)
    affixes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, text): pages
    affix_lines: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    affix_longest: Counter[tuple[str, str]] = field(default_factory=Counter)
    # seen on a line of prose: never forgotten, so no later count can make it a rule
    spoiled: set[tuple[str, str]] = field(default_factory=set)
    # The line right above a photo credit (keyed by the credit line, or by an affix of it),
    # when one sentence (a caption): pages, some examples, the longest; a key once seen below
    # anything else is spoiled for captions.
    captions: Counter[tuple[str, str]] = field(default_factory=Counter)
    caption_lines: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    caption_longest: Counter[tuple[str, str]] = field(default_factory=Counter)
    caption_spoiled: set[tuple[str, str]] = field(default_factory=set)


class Learner:
    """Reads documents one at a time; `rulesets()` gives what the corpus taught.

    A line a built-in metadata or credit rule reads (a byline, a dateline, "Reuters
    contributed to this report.") is left to that rule: a learned drop would lose what it reads.
    """

    def __init__(self, min_docs: int = MIN_DOCS) -> None:
        self.min_docs = min_docs
        builtin = load_rulesets([BUILTIN_DIR], TRANSFORMS)
        self._readers = [
            rule.pattern
            for ruleset in builtin
            for rule in ruleset.rules
            if rule.action in ("metadata", "credit") and rule.where == "anywhere"
        ]
        # a page without a URL belongs to the source rule set that recognises it, if one does
        self._detectors = [r for r in builtin if not r.always and r.signatures]
        self._signatures: dict[str, tuple[str, ...]] = {}
        self.sources: dict[str, _Source] = {}
        self.without_source = 0
        self._added = 0

    def add(self, text: str, url: str | None) -> bool:
        """Count one document's lines under its host, or without a URL under the rule set
        that detects it; False when nothing says whose it is."""
        text = normalise(text)
        key = self.source_of(text, url)
        if not key:
            self.without_source += 1
            return False
        source = self.sources.setdefault(key, _Source())
        ordered = [line for line in text.split("\n") if line]
        lines = set(ordered)
        if _is_copy(source, {hash(line) for line in lines if words(line) >= BODY_WORDS}):
            source.copies += 1  # the same story again: it teaches nothing new
            return True
        source.pages += 1
        source.exact.update(lines)
        source.masked.update({_DIGITS.sub("0", line) for line in lines if _DIGITS.search(line)})
        for line in _named_by_url(ordered, url or ""):
            source.headlines |= {line, _DIGITS.sub("0", line)}
        prose = {line for line in lines if _reads_as_prose(line)}  # asked once per line
        source.boxed.update(_boxed(ordered, prose))
        source.bottom.update(_below_prose(ordered, prose))
        _count_affixes(source, ordered, prose)
        self._added += 1
        if self._added % 1000 == 0 and self.held() > HELD_LIMIT:
            # Large sources first: a line one page of them shows loses one count of many. A
            # small source forgets only when that is not enough, as it could learn nothing after.
            for each in self.sources.values():
                if each.pages >= LARGE_SOURCE:
                    _forget_rare(each)
            if self.held() > HELD_LIMIT:
                for each in self.sources.values():
                    _forget_rare(each)
        return True

    def held(self) -> int:
        """How many lines, patterns and hashes all sources hold: what memory grows with."""
        return sum(
            len(s.exact)
            + len(s.masked)
            + len(s.boxed)
            + len(s.headlines)
            + len(s.affixes)
            + len(s.long_lines)
            + len(s.spoiled)
            + len(s.captions)
            + len(s.caption_spoiled)
            for s in self.sources.values()
        )

    def rulesets(self) -> list[LearnedSet]:
        learned = []
        for host, source in sorted(self.sources.items()):
            if source.pages < self.min_docs:
                continue
            found = LearnedSet(host, source.pages, signatures=self._signatures.get(host, ()))
            # "Page 2 of 5", "Page 3 of 7": one masked rule when the masked line recurs more
            masked = {
                line: pages
                for line, pages in source.masked.items()
                if not _reads_as_prose(line) and _recurs(line, pages, source.pages)
            }
            examples: dict[str, str] = {}
            # most pages first, ties by the line: the same corpus gives the same file
            for line, pages in sorted(source.exact.items(), key=lambda item: (-item[1], item[0])):
                key = _DIGITS.sub("0", line)
                if line in source.headlines or key in source.headlines:
                    continue  # a page's own headline, listed on others
                if key in masked and masked[key] > pages:
                    examples.setdefault(key, line)
                elif _recurs(line, pages, source.pages, source.boxed[line]) and not (
                    self._read_by_rules(line)
                ):
                    kind = "bottom" if source.bottom[line] == pages else "line"
                    if _reads_as_prose(line) and pages < PROSE_SHARE * source.pages:
                        kind = "boxed"
                    rule = LearnedRule(_literal(line), _keyword(line), pages, line, kind)
                    found.rules.append(rule)
                    if caption := _caption_rule(source, ("line", line)):
                        found.rules.append(dataclasses.replace(caption, next=rule.pattern))
            for key, example in examples.items():
                if self._read_by_rules(example):
                    continue
                parts = (regex.escape(part, literal_spaces=True) for part in key.split("0"))
                pattern = "^" + r"\d+".join(parts) + "$"
                keyword = _keyword(key.split("0")[0]) if key[0] != "0" else None
                found.rules.append(LearnedRule(pattern, keyword, masked[key], example, "masked"))
            found.rules += self._affix_rules(source)
            found.rules = _without_covered(found.rules)
            found.rules.sort(
                key=lambda rule: (_KIND_ORDER.index(rule.kind), -rule.pages, rule.pattern)
            )
            if found.rules:
                learned.append(found)
        return learned

    def source_of(self, text: str, url: str | None) -> str | None:
        """Whose page this is: the URL's host, else "<rule set>-detected", else None."""
        return host_of(url or "") or self._detected(normalise(text))

    def _detected(self, text: str) -> str | None:
        for ruleset in self._detectors:
            if any(signature.search(text) for signature in ruleset.signatures):
                key = f"{ruleset.name}-detected"
                self._signatures[key] = tuple(s.pattern for s in ruleset.signatures)
                return key
        return None

    def _read_by_rules(self, line: str) -> bool:
        return any(pattern.search(line) for pattern in self._readers)

    def _affix_rules(self, source: _Source) -> list[LearnedRule]:
        """Openings and endings shared by varying, never-prose lines on enough pages."""
        rules = []
        for (kind, affix), pages in source.affixes.items():
            examples = source.affix_lines[kind, affix]
            if (
                (kind, affix) in source.spoiled
                or len(examples) < 2  # one line again and again: a line rule says it
                or pages < 2
                or pages < LINE_SHARE * source.pages
                or any(self._read_by_rules(line) for line in examples)
            ):
                continue
            # Lines a little longer than the longest seen; not prose of any length.
            room = source.affix_longest[kind, affix] - len(affix) + 20
            text = regex.escape(affix, literal_spaces=True)
            rest, rule_kind = f".{{1,{room}}}", kind
            if all(_names_one_person(line, affix, kind) for line in examples):
                # "Story by Jane Doe", "Jane Doe | Foo": the source's byline, read as authors
                rest, rule_kind = "(?P<authors>.{3,60})", "byline"
            if kind == "opening":
                pattern, keyword = f"^{text}{rest}$", _keyword(affix)
            else:
                pattern, keyword = f"^{rest}{text}$", affix.strip().lower()
            rules.append(LearnedRule(pattern, keyword, pages, min(examples), rule_kind))
            if rule_kind != "byline" and (caption := _caption_rule(source, (kind, affix))):
                rules.append(dataclasses.replace(caption, next=pattern))
        return rules


_KIND_ORDER = ("byline", "bottom", "line", "boxed", "masked", "opening", "ending", "caption")
_AFFIX_KINDS = ("byline", "opening", "ending")


def _names_one_person(line: str, affix: str, kind: str) -> bool:
    """The line is the affix and a person's name: two to four words, each capitalised but the
    particles ("Ana de la Cruz")."""
    rest = (line.removeprefix(affix) if kind == "opening" else line.removesuffix(affix)).strip()
    words = rest.split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w in _PARTICLES for w in words) and split_authors(rest) == [rest]


_PARTICLES = frozenset("de da del della di du la le van von der den ten ter bin al".split())


def _below_prose(lines: list[str], prose: set[str]) -> set[str]:
    """The lines of a page after its last line of prose (all of them if it has none)."""
    last_prose = max((i for i, line in enumerate(lines) if line in prose), default=-1)
    return set(lines[last_prose + 1 :]) - set(lines[: last_prose + 1])


def _is_copy(source: _Source, long_lines: set[int]) -> bool:
    """Whether a page repeats a story the source has shown: most of its own long lines were
    seen before. A long line already on FURNITURE_PAGES pages, copies included, is the
    source's (a notice, a cookie text), not the story's: with it counted, every short story
    would look like a copy. A page whose long lines are all the source's is a copy too."""
    known = source.long_lines
    story = [h for h in long_lines if known.get(h, (0, 0))[1] < FURNITURE_PAGES]
    seen = sum(h in known for h in story)
    for digest in long_lines:
        known[digest] = (source.pages, known.get(digest, (0, 0))[1] + 1)
    return bool(long_lines) and (not story or seen > SAME_STORY * len(story))


def _forget_rare(source: _Source) -> None:
    """Forget what was seen on one page only, and story lines from long ago. Counts kept side
    by side go together, so no rule is ever judged on half its evidence; a line that recurs
    on a share of pages is soon seen again, and is counted afresh."""
    for line in [line for line, pages in source.exact.items() if pages == 1]:
        del source.exact[line]
        source.bottom.pop(line, None)
        source.boxed.pop(line, None)
    for line in [line for line, pages in source.masked.items() if pages == 1]:
        del source.masked[line]
    source.headlines = {h for h in source.headlines if h in source.exact or h in source.masked}
    for key in [key for key, pages in source.affixes.items() if pages == 1]:
        del source.affixes[key], source.affix_lines[key], source.affix_longest[key]
    for key in [key for key, pages in source.captions.items() if pages == 1]:
        del source.captions[key], source.caption_lines[key], source.caption_longest[key]
    oldest = source.pages - COPY_WINDOW
    for digest in [d for d, (page, _) in source.long_lines.items() if page < oldest]:
        del source.long_lines[digest]


def _count_affixes(source: _Source, ordered: list[str], prose_lines: set[str]) -> None:
    """Count the page's openings and endings; above a photo credit, the caption."""
    seen, captioned = set(), set()
    for index, line in enumerate(ordered):
        prose = line in prose_lines
        keys = []
        for kind, found in (
            ("opening", _OPENING.search(line) or _LEAD_IN.search(line)),
            ("ending", _ENDING.search(line)),
        ):
            if found is None:
                continue
            key = (kind, found.group())
            if prose:
                source.spoiled.add(key)
                continue
            seen.add(key)
            _keep_example(source.affix_lines, source.affix_longest, key, line)
            keys.append(key)
        if prose or not _CREDIT.search(line):
            continue
        above = ordered[index - 1] if index else ""
        caption = is_sentence(above) and not is_prose(above) and words(above) < CAPTION_WORDS
        for key in [("line", line), *keys]:
            if caption:
                captioned.add(key)
                _keep_example(source.caption_lines, source.caption_longest, key, above)
            else:
                source.caption_spoiled.add(key)
    source.affixes.update(seen)
    source.captions.update(captioned)


def _keep_example(
    examples: dict[tuple[str, str], set[str]],
    longest: Counter[tuple[str, str]],
    key: tuple[str, str],
    line: str,
) -> None:
    """Keep `line` as one of the few examples under `key`, and the longest line's length."""
    kept = examples.setdefault(key, set())
    if len(kept) < AFFIX_EXAMPLES:
        kept.add(line)
    longest[key] = max(longest[key], len(line))


def _caption_rule(source: _Source, key: tuple[str, str]) -> LearnedRule | None:
    """A rule for the caption above a photo credit (a line, or lines with an affix): when on
    every page the line above it was one sentence (never prose, a headline, a button, or
    nothing), on two pages at least, and those lines vary. It takes one-sentence lines a
    little longer than the longest seen."""
    examples = source.caption_lines.get(key, set())
    if key in source.caption_spoiled or source.captions[key] < 2 or len(examples) < 2:
        return None
    room = source.caption_longest[key] + 20
    pattern = f"^(?=.{{1,{room}}}$).*[.!?…][\"”’')\\]]*$"
    return LearnedRule(pattern, None, source.captions[key], min(examples), "caption")


def _without_covered(rules: list[LearnedRule]) -> list[LearnedRule]:
    """Line rules that an opening, ending or byline rule already takes add nothing: they go."""
    affixes = [regex.compile(r.pattern) for r in rules if r.kind in _AFFIX_KINDS]
    return [
        rule
        for rule in rules
        if rule.kind not in ("line", "boxed", "masked")
        or not any(affix.search(rule.example) for affix in affixes)
    ]


def _recurs(line: str, pages: int, total: int, boxed: int = 0) -> bool:
    """Whether a line on `pages` of a source's `total` pages is its furniture. A line of prose
    needs PROSE_PAGES and nine pages in ten, or the share of a short line when on every page
    no prose stood next to it (`boxed`: a newsletter pitch between its heading and the e-mail
    field; a story's sentence has another beside it, on one page at least)."""
    if _reads_as_prose(line):
        often = pages >= PROSE_SHARE * total or pages >= SHORT_SHARE * total and boxed == pages
        return pages >= PROSE_PAGES and often
    share = SHORT_SHARE if words(line) < HEADLINE_WORDS else LINE_SHARE
    return pages >= 2 and pages >= share * total


_SLUG = regex.compile(r"[^\p{L}\p{N}]+")
_URL_SLUG = regex.compile(r"/([^/?#]*[^\W\d_][^/?#]*?)(?:\.s?html?|\.php)?/?(?:[?#].*)?$")


def _named_by_url(lines: list[str], url: str) -> list[str]:
    """The page's lines its URL spells, whole or cut short ("/2025/01/25/dock-4-reopens-after"
    names "Dock 4 reopens after repairs"): its headline."""
    found = _URL_SLUG.search(url)
    slug = _slug(found.group(1)) if found else ""
    if slug.count("-") < 4:  # three words at least: a slug, not a section or an id
        return []
    spelled = set(slug.split("-"))  # a line's first word must be one: most lines go on that
    return [
        line
        for line in lines
        if _slug(line[:40]).split("-")[1] in spelled
        and 3 <= words(line) <= 30
        and ((named := _slug(line)) in slug or slug in named)
    ]


def _slug(text: str) -> str:
    """ "Café fermé, à Paris" -> "-cafe-ferme-a-paris-", as URLs spell it."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "-" + _SLUG.sub("-", folded.lower()).strip("-") + "-"


def _boxed(lines: list[str], prose: set[str]) -> list[str]:
    """The page's lines of prose between two lines that are not (nor the page's edge)."""
    return [
        line
        for before, line, after in zip(lines, lines[1:], lines[2:], strict=False)
        if line in prose and before not in prose and after not in prose
    ]


def _reads_as_prose(line: str) -> bool:
    """A full sentence of story length: only ever learned word for word, on strong evidence."""
    return is_prose(line) or (is_sentence(line) and words(line) >= BODY_WORDS)


def _literal(line: str) -> str:
    return "^" + regex.escape(line, literal_spaces=True) + "$"


def _keyword(prefix: str) -> str | None:
    """An opening keyword for the line (its first characters, lower case), when one is safe."""
    head = prefix[:12].lower()
    return "^" + head if head.strip() and prefix.lower().startswith(head) else None


def read_pages(fields: Fields, chunk: list[NumberedLine]) -> list[tuple[str, Any] | None]:
    """(text, url) of each JSON line of a chunk, the document found as `cleantext --jsonl`
    finds it (HTML read by trafilatura); None for a line that holds no document (not JSON, not
    an object, no string under the text or HTML field): counted, never fatal."""
    pages: list[tuple[str, Any] | None] = []
    for _, line in chunk:
        record, _why = read_record(line)
        key = document_key(record, fields) if record is not None else None
        if record is None or key is None or not isinstance(record[key], str):
            pages.append(None)
            continue
        url = record.get(fields.url)
        url = url if isinstance(url, str) else None
        text = record[key]
        pages.append((html.extract(text, url).text if html.looks_like_html(text) else text, url))
    return pages


def write(rulesets: Iterable[LearnedSet], folder: Path) -> list[Path]:
    """One TOML file per source in `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ruleset in rulesets:
        path = folder / f"{ruleset.name}.toml"
        path.write_text(ruleset.to_toml(), encoding="utf-8")
        written.append(path)
    return written
