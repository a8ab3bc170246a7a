"""Many documents: JSON Lines in and out, worker processes, progress on stderr.

One output record per input record, in input order, whatever the number of workers; a record
that cannot be cleaned comes out with `error` (why) and `line` (where) and the rest go on.
Input is read and written a chunk at a time, so memory stays flat on input of any size.
"""

from __future__ import annotations

import errno
import functools
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass
from typing import IO, Any

from .errors import WorkerDied
from .pipeline import Cleaner

CHUNK = 64  # records sent to a worker at a time
CHUNK_BYTES = 4 * 2**20  # ... or fewer, when they are large: memory follows bytes, not records
# One document, or one JSONL line, read at most: far above any article (a 10 MB one takes
# seconds), and what keeps `cleantext /dev/zero` from growing without bound.
MAX_BYTES = 64 * 2**20
NumberedLine = tuple[int, bytes | None]  # an input line and its number; None: over MAX_BYTES
IN_FLIGHT_PER_JOB = 4  # chunks queued per worker: enough to keep it busy, bounded memory
JOBS_PER_CORE = 4  # more workers only compete for the cores, each holding its own cleaner


def jobs_problem(asked: int) -> str | None:
    """What is wrong with `-j asked`, if anything (-j 10000 would start 10,000 processes)."""
    most = JOBS_PER_CORE * (os.cpu_count() or 1)
    if not 0 <= asked <= most:
        return f"--jobs must be 0 (one per core) to {most} ({JOBS_PER_CORE} per core here)"
    return None


def workers(asked: int) -> int:
    """The worker processes `-j asked` means: 0 is one per core."""
    return asked or os.cpu_count() or 1


@dataclass(frozen=True)
class Fields:
    """Names of the input fields that carry the document and its URL."""

    text: str = "text"
    html: str = "html"
    url: str = "url"


def clean_record(
    cleaner: Cleaner, fields: Fields, number: int, line: bytes | None
) -> tuple[str, bool]:
    """One JSONL output line for one input line, and whether the record failed."""
    rest, cleaned, reason = clean_line(cleaner, fields, line)
    if cleaned is None:
        return _error(rest, number, reason)
    return json.dumps({**rest, **cleaned}, ensure_ascii=False), False


def clean_line(
    cleaner: Cleaner, fields: Fields, line: bytes | str | None
) -> tuple[dict[str, Any], dict[str, Any] | None, str]:
    """One JSONL line's other fields (all but the document), its record or None, and why not.
    Also how cleantext.spark reads a JSONL line."""
    record, reason = read_record(line)
    if record is None:
        return {}, None, reason
    key = document_key(record, fields)
    if key is None:
        return record, None, f"no {fields.text!r} or {fields.html!r} field"
    rest = {k: v for k, v in record.items() if k != key}
    cleaned, reason = clean_document(cleaner, fields, key, record[key], record.get(fields.url))
    return rest, cleaned, reason


def read_record(line: bytes | str | None) -> tuple[dict[str, Any] | None, str]:
    """A JSONL line's object, or None and why not (None for a line over MAX_BYTES)."""
    if line is None:
        return None, f"line longer than {MAX_BYTES // 2**20} MB, not read"
    try:
        record = json.loads(line, parse_constant=_not_json)
    except (ValueError, RecursionError) as error:
        # ValueError: bad JSON, bad UTF-8, a number of over 4,300 digits, NaN; RecursionError:
        # arrays or objects nested thousands deep
        reason = (
            error.msg
            if isinstance(error, json.JSONDecodeError)
            else "not UTF-8"
            if isinstance(error, UnicodeDecodeError)
            else "nested too deep"
            if isinstance(error, RecursionError)
            else str(error).split(";")[0]
        )
        return None, f"not a valid JSON line ({reason})"
    if not isinstance(record, dict):
        return None, "not a JSON object"
    return record, ""


def _not_json(constant: str) -> None:
    """Python reads NaN and Infinity, which JSON has not: written back, the line is invalid."""
    raise ValueError(f"{constant} is not JSON")


def document_key(record: dict[str, Any], fields: Fields) -> str | None:
    """The field that holds a record's document: the text field if present, else the HTML one."""
    return next((k for k in (fields.text, fields.html) if k in record), None)


def clean_document(
    cleaner: Cleaner, fields: Fields, key: str, document: Any, url: Any
) -> tuple[dict[str, Any] | None, str]:
    """The record for one document (found under `key`), or None and why it could not be
    cleaned, in the words the JSONL output uses. Also what cleantext.spark cleans each row with."""
    if not isinstance(document, str):
        return None, f"field {key!r} is not a string"
    if url is not None and not isinstance(url, str):
        return None, f"field {fields.url!r} is not a string"
    try:
        result = cleaner.clean(document, url=url)
    except Exception as error:  # a bug in a rule or transform must not stop the batch
        return None, f"could not be cleaned: {type(error).__name__}: {error}"
    if not result.text:
        return None, result.warnings[0] if result.warnings else "no article text"
    return result.to_dict(), ""


def _error(record: dict[str, Any], number: int, reason: str) -> tuple[str, bool]:
    return json.dumps({**record, "error": reason, "line": number}, ensure_ascii=False), True


def numbered_records(streams: Iterable[IO[bytes]]) -> Iterator[NumberedLine]:
    """(line number, line) for every non-blank line, counting across the inputs; None for a
    line over MAX_BYTES, which is skipped, not held."""
    number = 0
    for stream in streams:
        while line := stream.readline(MAX_BYTES + 1):
            number += 1
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                while (rest := stream.readline(MAX_BYTES)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
            elif line.strip():
                yield number, line


class Progress:
    """ "N documents, R/s, E errors" on one stderr line, redrawn at most five times a second."""

    def __init__(self, enabled: bool, stream: IO[str] | None = None) -> None:
        # sys.stderr when it is drawn, not at import: the command may have replaced it
        self.enabled, self.stream = enabled, stream or sys.stderr
        self.done = self.errors = 0
        self.start = self.shown = time.monotonic()

    def add(self, done: int, errors: int) -> None:
        self.done += done
        self.errors += errors
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.2:
            self.shown = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def line(self) -> str:
        rate = self.done / max(time.monotonic() - self.start, 1e-9)
        return f"cleantext: {self.done:,} documents, {rate:,.0f}/s, {self.errors:,} errors"

    def finish(self, note: str = "") -> None:
        """The summary line, always: a batch says how it went. Only written records count."""
        prefix = "\r" if self.enabled else ""
        self.stream.write(prefix + self.line() + (f"; {note}" if note else "") + "\n")
        self.stream.flush()


def run_jsonl(
    records: Iterable[NumberedLine],
    out: IO[bytes],
    cleaner: Cleaner,
    options: dict[str, Any],
    fields: Fields,
    jobs: int,
    progress: Progress,
) -> int:
    """Clean every record, write one line each in input order; return how many failed.

    One job cleans with `cleaner`; more jobs each build their own from `options`.
    """
    chunks = chunks_of(records)
    if jobs == 1:
        for chunk in chunks:
            _write(out, [clean_record(cleaner, fields, n, line) for n, line in chunk], progress)
        return progress.errors
    work = functools.partial(_clean_chunk, fields)
    with closing(in_order(work, chunks, jobs, _start_worker, (options,))) as results:
        for lines in results:
            _write(out, lines, progress)
    return progress.errors


def in_order(
    work: Callable[[Any], Any],
    chunks: Iterable[Any],
    jobs: int,
    start: Callable[..., None] | None = None,
    start_args: tuple[Any, ...] = (),
) -> Generator[Any, None, None]:
    """`work(chunk)` for every chunk, in input order, by `jobs` worker processes (each set up
    by `start(*start_args)`); a few chunks per worker at a time, so memory stays flat. A worker
    that dies (killed, out of memory) stops the batch with WorkerDied: its chunk is lost."""
    pool = ProcessPoolExecutor(jobs, initializer=start, initargs=start_args)
    pending: deque[Future[Any]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise WorkerDied("a worker process died (killed, or out of memory?)") from None
    finally:
        # When the reader stopped early or Ctrl-C came: chunks not started are dropped, those
        # being cleaned are let finish, then the workers stop.
        pool.shutdown(wait=True, cancel_futures=True)


def chunks_of(records: Iterable[NumberedLine]) -> Iterator[list[NumberedLine]]:
    chunk: list[NumberedLine] = []
    size = 0
    for record in records:
        chunk.append(record)
        size += len(record[1] or b"")
        if len(chunk) == CHUNK or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _write(out: IO[bytes], lines: list[tuple[str, bool]], progress: Progress) -> None:
    write_all(out, "".join(line + "\n" for line, _ in lines))
    progress.add(len(lines), sum(failed for _, failed in lines))


def write_all(out: IO[bytes], text: str) -> None:
    """Write `text` as UTF-8 and flush, or raise: a large write to a pipe whose reader has
    gone (`| head -c 10`) can come back short without an error, and must not pass for done.
    A lone surrogate passed through from the input is written as a "\\ud800" escape."""
    data = memoryview(text.encode("utf-8", "backslashreplace"))
    while data:
        written = out.write(data)
        if not written:
            raise BrokenPipeError(errno.EPIPE, "the output took no more bytes")
        data = data[written:]  # the rest: another write says why it stopped
    out.flush()


_WORKER_CLEANER: Cleaner | None = None


def _start_worker(options: dict[str, Any]) -> None:
    """Build the Cleaner once per worker; Ctrl-C is the parent's to handle."""
    global _WORKER_CLEANER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_CLEANER = Cleaner(**options)


def _clean_chunk(fields: Fields, chunk: list[NumberedLine]) -> list[tuple[str, bool]]:
    assert _WORKER_CLEANER is not None
    return [clean_record(_WORKER_CLEANER, fields, n, line) for n, line in chunk]
