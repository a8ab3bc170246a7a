"""The pipeline, top to bottom: decode, normalise, HTML, rule sets, generic steps, Result."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path

from . import html
from .boilerplate import MODES, is_prose, is_story_line, remove_boilerplate
from .decode import decode, has_odd_codes, looks_binary, normalise, without_surrogates
from .draft import Draft
from .errors import InputError, RuleError
from .generic import drop_repeated_headline, drop_repeated_paragraphs, undouble_lines
from .metadata.values import date_from_url, host_of
from .record import Result
from .rules.engine import MAX_RULE_LINE, apply_rules, detect
from .rules.load import BUILTIN_DIR, load_rulesets
from .rules.model import PatternTimeout, RuleSet
from .transforms import TRANSFORMS

VERSIONS = ("new", "old")
MAX_ROUNDS = 8  # of the generic steps: the benchmark corpus needs at most 3 (and one to see)


class Cleaner:
    """Rule sets loaded and compiled once, and the options every document is cleaned with.

    rules: names of the built-in rule sets to use (default: all of them).
    extra_rules: your own rule files or folders of *.toml files, used beside the built-in ones.
    newsdiffs_version: which version a NewsDiffs comparison page is rebuilt as, "new" or "old".
    mode: "conservative" (default) never removes a paragraph of two or more full sentences unless
        a source rule set says so; "aggressive" is for whole-page text dumps (see boilerplate.py).
    """

    def __init__(
        self,
        rules: Iterable[str] | None = None,
        extra_rules: Iterable[str | Path] = (),
        newsdiffs_version: str = "new",
        mode: str = "conservative",
    ) -> None:
        if newsdiffs_version not in VERSIONS:
            raise ValueError(f"newsdiffs_version must be 'new' or 'old', not {newsdiffs_version!r}")
        if mode not in MODES:
            raise ValueError(f"mode must be 'conservative' or 'aggressive', not {mode!r}")
        builtin = load_rulesets([BUILTIN_DIR], TRANSFORMS)
        if rules is not None:
            wanted = list(rules)
            unknown = sorted(set(wanted) - {r.name for r in builtin})
            if unknown:
                known = ", ".join(r.name for r in builtin)
                raise RuleError(f"unknown built-in rule set(s) {unknown} (known: {known})")
            builtin = [r for r in builtin if r.name in wanted]
        extra = load_rulesets(
            [extra_rules] if isinstance(extra_rules, (str, Path)) else extra_rules, TRANSFORMS
        )
        extra = [ruleset.bounded() for ruleset in extra]  # a user's pattern may never end
        for ruleset in extra:
            clash = next((b for b in builtin if b.name == ruleset.name), None)
            if clash is not None:
                raise RuleError(
                    f"{ruleset.path}: rule set name {ruleset.name!r} is already used "
                    f"by the built-in {clash.path}; rename it"
                )
        self.rulesets: tuple[RuleSet, ...] = tuple(builtin + extra)
        self.newsdiffs_version = newsdiffs_version
        self.mode = mode

    def clean(self, source: str | bytes, *, url: str | None = None) -> Result:
        """Clean one article given as plain text or HTML, as str or bytes."""
        decoding = None
        if isinstance(source, bytes):
            try:
                source, decoding = decode(source)
            except InputError as error:
                return Result(text="", url=url, warnings=(str(error),))
        elif not isinstance(source, str):
            raise TypeError(f"clean() takes str or bytes, not {type(source).__name__}")
        if url is not None:  # a command-line argument's undecodable bytes come as surrogates
            url = without_surrogates(url)
        if has_odd_codes(source):
            source = without_surrogates(source)
            if looks_binary(source):  # binary data that decoded, or reached us as a string
                binary = "input looks binary (many control characters), not text or HTML"
                return Result(text="", url=url, warnings=(binary,))
        if html.looks_like_html(source):
            page = html.extract(source, url)  # trafilatura reads markup as it comes
            draft = Draft.from_text(normalise(page.text))
            draft.warnings.extend(page.warnings)
            for name, (value, source) in page.metadata.items():  # JSON-LD may say "\ud800"
                if name == "authors":
                    draft.read_authors([without_surrogates(v) for v in value], source)
                else:
                    draft.read(name, without_surrogates(str(value)), source)
            html.drop_repeated_title(draft)
        else:
            text = normalise(source)
            if not text.strip():
                empty = "empty input: there is no text to clean"
                return Result(text="", url=url, warnings=(empty,))
            draft = Draft.from_text(text)
        if decoding:
            draft.warnings.insert(0, decoding)

        left_out: set[str] = set()
        while True:  # at most once more per user rule set
            work = draft.copy()
            try:
                self._run_rules(work, url, left_out)
                break
            except PatternTimeout as timeout:  # the rule set is left out: clean again without
                left_out.add(timeout.ruleset)
                draft.warnings.append(
                    f"rules: {timeout} (it backtracks); rule set {timeout.ruleset!r} left out "
                    "for this document"
                )
        if not work.paragraphs and not work.warnings:
            work.warnings.append("no article text: every line was removed (see removed)")
        return self._result(work, url)

    def _run_rules(self, draft: Draft, url: str | None, left_out: set[str]) -> None:
        """The rule sets that fit the document, then the generic stage."""
        page_url = draft.fields.get("url") or url
        rulesets = [r for r in self.rulesets if r.name not in left_out]
        matched = detect(rulesets, "\n".join(draft.paragraphs), host_of(page_url or ""))
        for ruleset in (r for r in matched if not r.always):
            self._run(ruleset, draft)
        undouble_lines(draft)
        self._generic_rounds(draft, [r for r in matched if r.always])

    def _generic_rounds(self, draft: Draft, generic: list[RuleSet]) -> None:
        """The boilerplate stage, the always-on rule sets and the repeated-text steps; then the
        same again over what is left, read as a new document (its removals kept, its values
        not: the record is read in the first round), until a round removes nothing. What one
        step removes changes what another sees (a caption the rules remove was the first body
        line the stage measured from), and cleaning the output again must find nothing to do.
        A page without a story line stops after one round: it would lose a line a round."""
        prose = cache(is_prose)  # asked by the stage and again by the rules' guard
        keep = prose if self.mode == "conservative" else None
        ruled: dict[str, bool] = {}  # a line's answer does not change from round to round

        def ruled_lines(lines: Sequence[str]) -> list[bool]:
            new = [line for line in dict.fromkeys(lines) if line not in ruled]
            ruled.update(zip(new, _ruled_lines(new, generic), strict=True))
            return [ruled[line] for line in lines]

        for number in range(MAX_ROUNDS):
            count = len(draft.paragraphs)
            work = draft if number == 0 else Draft(list(draft.paragraphs))
            remove_boilerplate(work, ruled_lines, self.mode, prose)
            for ruleset in generic:
                if number == 0:
                    self._run(ruleset, work, keep=keep)
                else:  # named in `rulesets` and transformed once
                    apply_rules(ruleset, work, keep=keep)
            drop_repeated_headline(work)  # first: paragraphs it stood between may now repeat
            drop_repeated_paragraphs(work)
            if work is not draft:
                draft.paragraphs = work.paragraphs
                draft.removed += work.removed
                draft.credits += work.credits
            if len(draft.paragraphs) == count or not any(map(is_story_line, draft.paragraphs)):
                return

    def _run(
        self, ruleset: RuleSet, draft: Draft, keep: Callable[[str], bool] | None = None
    ) -> None:
        draft.rulesets.append(ruleset.name)
        if ruleset.transform is not None:
            options = {**ruleset.options, "version": self.newsdiffs_version}
            TRANSFORMS[ruleset.transform].run(draft, options)
        apply_rules(ruleset, draft, keep=keep)
        for name in ("outlet", "platform"):
            if value := getattr(ruleset, name):
                draft.read(name, value, ruleset.name)

    @staticmethod
    def _result(draft: Draft, url: str | None) -> Result:
        fields = draft.fields
        page_url = fields.get("url") or url
        provenance = dict(draft.provenance)
        date = fields.get("date")
        if date is None and page_url and (date := date_from_url(page_url)):
            provenance["date"] = "url:path"
        if fields.get("url") is None and url:
            provenance["url"] = "argument"
        return Result(
            text="\n\n".join(draft.paragraphs),
            title=fields.get("title"),
            description=fields.get("description"),
            outlet=fields.get("outlet"),
            platform=fields.get("platform"),
            authors=tuple(draft.authors),
            date=date,
            url=page_url,
            credits=tuple(draft.credits),
            rulesets=tuple(draft.rulesets),
            removed=tuple(draft.removed),
            warnings=tuple(draft.warnings),
            changes=fields.get("changes"),
            provenance=tuple(sorted(provenance.items())),
        )


def _ruled_lines(lines: Sequence[str], always: Sequence[RuleSet]) -> list[bool]:
    """Of each line, whether an always-on rule removes it wherever it stands."""
    ruled = [False] * len(lines)
    for ruleset in always:
        for i, rules in enumerate(ruleset.index.per_line(lines, unconditional=True)):
            if rules and not ruled[i] and len(lines[i]) <= MAX_RULE_LINE:
                ruled[i] = any(rule.pattern.search(lines[i]) for rule in rules)
    return ruled
