"""The command line: `cleantext [FILE]` reads an article and writes its canonical text or record."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .errors import CleanTextError
from .pipeline import VERSIONS, Cleaner

# Exit statuses, documented in --help and the README.
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EXAMPLES = """\
examples:
  cleantext < article.txt > clean.txt
  cleantext --format json page.html
  cleantext --sidecar meta.json article.txt > clean.txt
  cleantext --rules my_rules/ article.txt

exit status: 0 cleaned, 1 input that cannot be cleaned (unreadable, empty, binary),
2 usage error or invalid rule file, 130 interrupted.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleantext",
        description="Turn a scraped news article (plain text or HTML) into canonical plain text "
        "plus a metadata record. Every removed line is listed, with the rule that removed it, "
        "in the JSON record.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", default="-", help="article to clean (default: stdin)")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="write the canonical text (default) or the whole JSON record",
    )
    parser.add_argument(
        "--sidecar", metavar="PATH", help="also write the record without `text` to PATH as JSON"
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
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(build_parser().parse_args(argv))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL) if hasattr(signal, "SIGPIPE") else None
        return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    try:
        cleaner = Cleaner(extra_rules=args.rules, newsdiffs_version=args.newsdiffs_version)
    except CleanTextError as error:
        return _fail(str(error), EXIT_USAGE)
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as error:
        return _fail(f"cannot read {args.file}: {error.strerror or error}", EXIT_INPUT)

    result = cleaner.clean(data, url=args.url)
    if not result.text:
        reason = result.warnings[0] if result.warnings else "no article text was found"
        return _fail(f"{_name(args.file)}: {reason}", EXIT_INPUT)
    if args.sidecar:
        try:
            Path(args.sidecar).write_text(_json(result.sidecar()) + "\n", encoding="utf-8")
        except OSError as error:
            return _fail(f"cannot write {args.sidecar}: {error.strerror or error}", EXIT_INPUT)
    out = result.text if args.format == "text" else _json(result.to_dict())
    sys.stdout.write(out + "\n")
    sys.stdout.flush()
    return EXIT_OK


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def _name(path: str) -> str:
    return "stdin" if path == "-" else path


def _fail(message: str, status: int) -> int:
    print(f"cleantext: error: {message}", file=sys.stderr)
    return status
