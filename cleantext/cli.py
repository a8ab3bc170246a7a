"""The command line: `cleantext [FILE ...]`, a filter for one article or millions of records."""

from __future__ import annotations

import argparse
import errno
import functools
import json
import os
import sys
from contextlib import ExitStack, closing, nullcontext
from pathlib import Path
from typing import IO, Any

import regex

from . import __version__, batch, evaluate, learn
from .boilerplate import FEATURES
from .errors import CleanTextError, WorkerDied
from .generic import STEPS
from .pipeline import VERSIONS, Cleaner
from .record import Result

# Exit statuses, documented in --help and the README.
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_OUTPUT_CLOSED = 141  # as if killed by SIGPIPE: the reader left, the rest was not cleaned

EXAMPLES = """\
examples:
  cleantext < article.txt > clean.txt
  cleantext --format json page.html
  cleantext --sidecar meta.json article.txt > clean.txt
  cleantext --out-dir clean/ scraped/*.txt          # clean/<name>.txt and clean/<name>.json
  cleantext --jsonl -j 0 < corpus.jsonl > clean.jsonl
  cleantext --explain article.txt | less -R         # what was removed, and by which rule
  cleantext --rules my_rules/ --list-rules
  cleantext eval gold/ --baseline                   # token P/R/F1 against gold/*.expected.txt

exit status: 0 all cleaned; 1 some input could not be cleaned (unreadable, empty, binary, a bad
JSONL record: each is said on stderr, or in its output record's `error`); 2 usage error or
invalid rule file; 130 interrupted; 141 the output was closed early (`| head`): what was not
written was not cleaned.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleantext",
        description="Turn scraped news articles (plain text or HTML) into canonical plain text "
        "plus a metadata record. Every removed line is listed, with the rule that removed it, "
        "in the JSON record.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="articles to clean; none or - reads stdin"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="the canonical text (default), the whole record as JSON, or as one JSON line",
    )
    parser.add_argument(
        "--sidecar", metavar="PATH", help="one article: also write its record without `text`"
    )
    parser.add_argument(
        "--out-dir",
        metavar="DIR",
        help="write <name>.txt and <name>.json (the record without text) per input into DIR",
    )
    batch_options = parser.add_argument_group("JSON Lines batches")
    batch_options.add_argument(
        "--jsonl",
        action="store_true",
        help="input is JSON Lines, one document per object; output is one record per line, "
        "in input order: the object's other fields, then the cleaned record",
    )
    batch_options.add_argument("--text-field", default="text", help="(default: text)")
    batch_options.add_argument("--html-field", default="html", help="(default: html)")
    batch_options.add_argument("--url-field", default="url", help="(default: url)")
    batch_options.add_argument(
        "-j", "--jobs", type=int, default=1, help="worker processes (default 1; 0: all cores)"
    )
    batch_options.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument(
        "--explain", action="store_true", help="show what was removed and why, instead of the text"
    )
    parser.add_argument(
        "--list-rules", action="store_true", help="list the rule sets and rules, with reasons"
    )
    parser.add_argument(
        "--rules",
        metavar="PATH",
        action="append",
        default=[],
        help="extra rule file or folder of *.toml rule files (repeatable)",
    )
    parser.add_argument(
        "--url", help="the article's URL: fills `url` and selects rule sets by host"
    )
    parser.add_argument(
        "--newsdiffs-version",
        choices=VERSIONS,
        default="new",
        help="which version to rebuild from a NewsDiffs page (default: new)",
    )
    _add_mode_option(parser)
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if sys.stderr is None:  # started with stderr closed (`2>&-`): the work is still done
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    if argv[:1] == ["learn"]:  # writes files, not to stdout
        return _run_learn(argv[1:])
    if sys.stdout is None:  # started with stdout closed (`>&-`): nowhere to put the result
        return _fail("standard output is closed", EXIT_INPUT)
    if argv[:1] == ["eval"]:
        return _run_eval(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        problem = _usage_problem(args)
        if problem:
            parser.error(problem)
        return _run(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): stop without a traceback, and not with success.
        _stdout_to_devnull()
        return EXIT_OUTPUT_CLOSED
    except OSError as error:  # the output cannot be written (disk full, /dev/full)
        _stdout_to_devnull()
        return _fail(f"cannot write the output: {error.strerror or error}", EXIT_INPUT)


def _stdout_to_devnull() -> None:
    """Point stdout at /dev/null, so that Python's final flush of what could not be written
    does not complain with a traceback."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _usage_problem(args: argparse.Namespace) -> str | None:
    many = len(args.files) > 1 or args.out_dir is not None
    if problem := batch.jobs_problem(args.jobs):
        return problem
    if args.sidecar and many:
        return "--sidecar is for one article; use --out-dir for several"
    if args.format == "json" and len(args.files) > 1 and not args.out_dir:
        return "--format json writes one article; use --format jsonl for several"
    if args.jsonl and (args.out_dir or args.sidecar or args.explain):
        return (
            "--jsonl writes records to stdout; it does not go with --out-dir, --sidecar, --explain"
        )
    return None


def _run(args: argparse.Namespace) -> int:
    options: dict[str, Any] = {
        "extra_rules": args.rules,
        "newsdiffs_version": args.newsdiffs_version,
        "mode": args.mode,
    }
    try:
        cleaner = Cleaner(**options)
    except CleanTextError as error:
        return _fail(str(error), EXIT_USAGE)
    if args.list_rules:
        batch.write_all(sys.stdout.buffer, _rules_listing(cleaner))
        return EXIT_OK
    files = args.files or ["-"]
    if args.jsonl:
        return _run_jsonl(args, files, cleaner, options)
    failed = 0
    out_dir = Path(args.out_dir) if args.out_dir else None
    names = _OutputNames()
    for path in files:
        result = _clean_file(cleaner, path, args.url)
        if result is None:
            failed += 1
            continue
        if out_dir is not None:
            failed += not _write_out_dir(out_dir, names.take(path), result)
        elif args.sidecar and not _write_json(Path(args.sidecar), result.sidecar()):
            failed += 1
        else:
            _write_result(args, path, result, several=len(files) > 1)
    return EXIT_INPUT if failed else EXIT_OK


def _clean_file(cleaner: Cleaner, path: str, url: str | None) -> Result | None:
    """The cleaned article, or None after saying on stderr why there is none."""
    try:
        with nullcontext(_stdin()) if path == "-" else open(path, "rb") as stream:
            data = stream.read(batch.MAX_BYTES + 1)
    except OSError as error:
        _fail(f"cannot read {path}: {error.strerror or error}", EXIT_INPUT)
        return None
    if len(data) > batch.MAX_BYTES:
        _fail(f"{_name(path)}: longer than {batch.MAX_BYTES // 2**20} MB, not read", EXIT_INPUT)
        return None
    result = cleaner.clean(data, url=url)
    if not result.text:
        reason = result.warnings[0] if result.warnings else "no article text was found"
        _fail(f"{_name(path)}: {reason}", EXIT_INPUT)
        return None
    return result


def _stdin() -> IO[bytes]:
    if sys.stdin is None:  # started with stdin closed (`cleantext <&-`)
        raise OSError(errno.EBADF, "standard input is closed", "-")
    return sys.stdin.buffer


def _write_result(args: argparse.Namespace, path: str, result: Result, several: bool) -> None:
    if args.explain:
        out = explain(_name(path), result, colour=_colour(sys.stdout))
    elif args.format == "jsonl":
        record = {"file": _name(path), **result.to_dict()} if several else result.to_dict()
        out = json.dumps(record, ensure_ascii=False)
    elif args.format == "json":
        out = _json(result.to_dict())
    else:
        out = f"==> {_name(path)} <==\n{result.text}\n" if several else result.text
    batch.write_all(sys.stdout.buffer, out + "\n")


def _run_jsonl(
    args: argparse.Namespace, files: list[str], cleaner: Cleaner, options: dict[str, Any]
) -> int:
    fields = batch.Fields(args.text_field, args.html_field, args.url_field)
    jobs = batch.workers(args.jobs)
    progress = batch.Progress(sys.stderr.isatty() if args.progress is None else args.progress)
    with ExitStack() as stack:
        try:
            streams = [
                _stdin() if path == "-" else stack.enter_context(open(path, "rb")) for path in files
            ]
        except OSError as error:
            return _fail(f"cannot read {error.filename}: {error.strerror or error}", EXIT_INPUT)
        records = batch.numbered_records(streams)
        try:
            failed = batch.run_jsonl(
                records, sys.stdout.buffer, cleaner, options, fields, jobs, progress
            )
        except BrokenPipeError:
            progress.finish("output closed early; the rest was not cleaned")
            raise
        except WorkerDied as error:
            progress.finish(f"{error}; the rest was not cleaned")
            return _fail(str(error), EXIT_INPUT)
    progress.finish()
    return EXIT_INPUT if failed else EXIT_OK


def _add_mode_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--aggressive",
        action="store_const",
        const="aggressive",
        default="conservative",
        dest="mode",
        help="for whole-page text dumps: also remove short sentences outside the story and "
        "prose-shaped boilerplate (default: never remove a paragraph of two or more sentences)",
    )


def _run_learn(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="cleantext learn",
        description="Learn each source's boilerplate from a corpus: lines that recur on a share "
        "of a host's pages become drop rules, one rule-set file per host in --out, in the "
        "schema of the built-in ones (use them with --rules DIR). Documents need a URL (JSONL "
        "with --url-field): a document without one teaches nothing.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="JSONL files; none or - is stdin")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the rule sets")
    parser.add_argument(
        "--min-docs",
        type=int,
        default=learn.MIN_DOCS,
        metavar="N",
        help=f"pages a source needs to be learned from (default {learn.MIN_DOCS})",
    )
    parser.add_argument("--text-field", default="text", help="(default: text)")
    parser.add_argument("--html-field", default="html", help="(default: html)")
    parser.add_argument("--url-field", default="url", help="(default: url)")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, help="processes reading pages (default 1; 0: all)"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress on stderr (default: when stderr is a terminal)",
    )
    args = parser.parse_args(argv)
    if Path(args.out).exists() and not Path(args.out).is_dir():
        return _fail(f"--out {args.out}: not a folder", EXIT_USAGE)
    if args.min_docs < 2:
        return _fail("--min-docs must be 2 or more: one page shows no recurrence", EXIT_USAGE)
    if problem := batch.jobs_problem(args.jobs):
        return _fail(problem, EXIT_USAGE)
    jobs = batch.workers(args.jobs)
    learner = learn.Learner(args.min_docs)
    progress = batch.Progress(sys.stderr.isatty() if args.progress is None else args.progress)
    with ExitStack() as stack:
        try:
            streams = [
                _stdin() if path == "-" else stack.enter_context(open(path, "rb"))
                for path in args.files or ["-"]
            ]
        except OSError as error:
            return _fail(f"cannot read {error.filename}: {error.strerror or error}", EXIT_INPUT)
        # Workers read the pages (JSON, HTML extraction); this process counts their lines.
        fields = batch.Fields(args.text_field, args.html_field, args.url_field)
        read = functools.partial(learn.read_pages, fields)
        chunks = batch.chunks_of(batch.numbered_records(streams))
        results = (read(c) for c in chunks) if jobs == 1 else batch.in_order(read, chunks, jobs)
        try:
            for pages in stack.enter_context(closing(results)):
                for page in pages:
                    if page is not None:
                        learner.add(*page)
                progress.add(len(pages), pages.count(None))
        except WorkerDied as error:
            progress.finish()
            return _fail(f"{error}; no rule set was written", EXIT_INPUT)
    progress.finish()
    bad = progress.errors
    try:
        written = learn.write(learner.rulesets(), Path(args.out))
    except OSError as error:
        return _fail(f"cannot write {error.filename}: {error.strerror or error}", EXIT_INPUT)
    pages = sum(source.pages for source in learner.sources.values())
    copies = sum(source.copies for source in learner.sources.values())
    sys.stderr.write(
        f"cleantext learn: {pages:,} pages of {len(learner.sources):,} sources read "
        f"({copies:,} copies of a page already read, counted once); "
        f"{len(written):,} rule sets written to {args.out}; "
        f"{learner.without_source:,} documents without a URL or a rule set that knows them, "
        f"{bad:,} unreadable lines\n"
    )
    return EXIT_OK


def _run_eval(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="cleantext eval",
        description="Score cleantext on a gold folder: inputs (story.html, story.txt, ...) "
        "each with the text it should give beside it (story.expected.txt): token precision, "
        "recall and F1 per document and averaged; pages with their metadata beside them "
        "(page.expected.json): the share of pages each field is right on.",
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR")
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also score the input as it is (trafilatura alone, same options, for HTML); for "
        "metadata, trafilatura and htmldate",
    )
    parser.add_argument(
        "--justext",
        action="store_true",
        help="also score jusText (each plain-text line a paragraph)",
    )
    parser.add_argument(
        "--summary", action="store_true", help="print only the means, one line per system"
    )
    _add_mode_option(parser)
    parser.add_argument("--rules", metavar="PATH", action="append", default=[])
    args = parser.parse_args(argv)
    folder = Path(args.gold_dir)
    if not folder.is_dir():
        return _fail(f"{folder}: not a folder", EXIT_USAGE)
    try:
        texts, pages = evaluate.gold_pairs(folder), evaluate.meta_pairs(folder)
    except CleanTextError as error:
        return _fail(str(error), EXIT_INPUT)
    if not texts and not pages:
        return _fail(
            f"{folder}: no input with a *{evaluate.EXPECTED_SUFFIX} or page with a "
            f"*{evaluate.META_SUFFIX} beside it",
            EXIT_USAGE,
        )
    try:
        cleaner = Cleaner(extra_rules=args.rules, mode=args.mode)
    except CleanTextError as error:
        return _fail(str(error), EXIT_USAGE)
    if texts:
        report = evaluate.report(folder, cleaner, args.baseline, args.justext, args.summary)
        batch.write_all(sys.stdout.buffer, report)
    if pages:
        batch.write_all(sys.stdout.buffer, evaluate.meta_report(folder, cleaner, args.baseline))
    return EXIT_OK


class _OutputNames:
    """Safe, distinct file names in --out-dir for the inputs: never a path, never twice."""

    _UNSAFE = regex.compile(r"[^\w.-]+")

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, path: str) -> str:
        stem = "stdin" if path == "-" else Path(path).stem
        # 100 bytes, not characters: a file name holds 255 bytes, and CJK takes 3 a character
        safe = self._UNSAFE.sub("_", stem).lstrip(".").encode("utf-8", "surrogatepass")
        base = safe[:100].decode("utf-8", "ignore") or "document"
        name, n = base, 1
        while name.casefold() in self.used:
            n += 1
            name = f"{base}-{n}"
        self.used.add(name.casefold())
        return name


def _write_out_dir(out_dir: Path, name: str, result: Result) -> bool:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / f"{name}.txt").write_text(result.text + "\n", encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write into {out_dir}: {error.strerror or error}", EXIT_INPUT)
        return False
    return _write_json(out_dir / f"{name}.json", result.sidecar())


def _write_json(path: Path, record: dict[str, Any]) -> bool:
    try:
        path.write_text(_json(record) + "\n", encoding="utf-8")
    except OSError as error:
        _fail(f"cannot write {path}: {error.strerror or error}", EXIT_INPUT)
        return False
    return True


def explain(name: str, result: Result, colour: bool = False) -> str:
    """What was removed from an article and by which rule, for people tuning rules."""

    def paint(code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if colour else text

    width = max((len(r.rule) for r in result.removed), default=0)
    lines = [
        paint("1", f"== {name}"),
        f"rule sets: {', '.join(result.rulesets) or 'none'}",
        f"kept: {len(result.text.split(chr(10) * 2))} paragraphs; removed: {len(result.removed)}",
    ]
    for removal in result.removed:
        lines.append(f"  {paint('33', removal.rule.ljust(width))}  {paint('31', removal.text)}")
    for credit in result.credits:
        lines.append(f"  {paint('36', 'credit'.ljust(width))}  {credit}")
    for warning in result.warnings:
        lines.append(paint("35", f"warning: {warning}"))
    return "\n".join(lines)


def _rules_listing(cleaner: Cleaner) -> str:
    lines = []
    for ruleset in cleaner.rulesets:
        lines.append(f"{ruleset.name}  ({ruleset.path})")
        lines.append(f"  {ruleset.description}")
        for rule in ruleset.rules:
            lines.append(f"  {rule.name}  [{rule.action}, {rule.where}]  {rule.reason}")
    lines.append("steps (always run)")
    lines.extend(f"  {name}  {reason}" for name, reason in {**STEPS, **FEATURES}.items())
    return "\n".join(lines) + "\n"


def _colour(stream: IO[str]) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def _name(path: str) -> str:
    return "stdin" if path == "-" else path


def _fail(message: str, status: int) -> int:
    print(f"cleantext: error: {message}", file=sys.stderr)
    return status
