"""cleantext's benchmark suite: speed as ratios against baselines measured in the same run.

    python benchmarks/run.py            # the full suite (about 30 MB, a few minutes)
    python benchmarks/run.py --smoke    # a tiny run that only shows the suite works (CI)

Reports, for each path, MB/s and documents/s and the ratio to its baseline:
- plain text: Cleaner.clean against the floor, a loop that only normalises (NFC), splits,
  strips and re-joins lines;
- HTML: Cleaner.clean against bare trafilatura with the options cleantext passes it;
- -j: the JSONL command with -j 2 against -j 1 on the same input;
- growth: time per MB for documents from 10 KB to 10 MB, as a ratio to the smallest;
- memory: peak RSS of the JSONL command (optionally on a JSONL file of your own).
Each side runs twice, in passes ordered baseline-subject-subject-baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

from cleantext import Cleaner  # noqa: E402
from cleantext.html import trafilatura_options  # noqa: E402
from cleantext.rules.engine import detect  # noqa: E402

MB = 1_000_000


def floor(text: str) -> str:
    """The least any line cleaner does: normalise, split into lines, strip, re-join."""
    return "\n".join(line.strip() for line in unicodedata.normalize("NFC", text).split("\n"))


def race(
    docs: Sequence[str], baseline: Callable[[str], object], subject: Callable[[str], object]
) -> tuple[float, float]:
    """Seconds per pass over `docs` of baseline and of subject, in passes ordered
    baseline-subject-subject-baseline so a drift in machine speed hits both alike. Whole
    passes, not turns per document: a second run on the same page would find trafilatura's
    caches warm."""
    for run in (baseline, subject):  # warm-up: lazy imports and first-use set-up
        for doc in docs[:5]:
            run(doc)
    spent = {baseline: 0.0, subject: 0.0}
    for run in (baseline, subject, subject, baseline):
        start = time.perf_counter()
        for doc in docs:
            run(doc)
        spent[run] += time.perf_counter() - start
    return spent[baseline] / 2, spent[subject] / 2


def rates(docs: Sequence[str], seconds: float) -> str:
    size = sum(len(d.encode("utf-8")) for d in docs) / MB
    return f"{size / seconds:8.2f} MB/s {len(docs) / seconds:9.0f} docs/s"


def bench_plain(cleaner: Cleaner, docs: list[str]) -> dict[str, float]:
    base, clean = race(docs, floor, cleaner.clean)
    print(f"  floor (normalise-split-join) {rates(docs, base)}")
    print(f"  cleantext plain text         {rates(docs, clean)}   {clean / base:.1f}x the floor")
    size = sum(len(d.encode("utf-8")) for d in docs) / MB
    return {"plain_mb_s": size / clean, "plain_ratio": clean / base}


def bench_html(cleaner: Cleaner, docs: list[str]) -> dict[str, float]:
    import trafilatura

    options = trafilatura_options()
    base, clean = race(docs, lambda d: trafilatura.bare_extraction(d, **options), cleaner.clean)
    print(f"  bare trafilatura, same options {rates(docs, base)}")
    print(f"  cleantext HTML                 {rates(docs, clean)}   {clean / base:.3f}x its time")
    return {"html_ratio": clean / base}


def run_cli(args: list[str], source: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one `cleantext` run reading `source`."""
    command = [sys.executable, "-m", "cleantext", *args]
    start = time.perf_counter()
    with source.open("rb") as stdin:
        done = subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: some records failed, the batch went on
        raise SystemExit(f"benchmarks: {' '.join(command)} exited {done.returncode}")
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def write_jsonl(docs: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for number, doc in enumerate(docs):
            out.write(json.dumps({"id": number, "text": doc}, ensure_ascii=False) + "\n")


def bench_jobs(docs: list[str], workdir: Path) -> dict[str, float]:
    source = workdir / "corpus.jsonl"
    write_jsonl(docs, source)
    one, _ = run_cli(["--jsonl", "-j", "1"], source)
    two, _ = run_cli(["--jsonl", "-j", "2"], source)
    size = source.stat().st_size / MB
    print(f"  -j 1: {size / one:6.2f} MB/s   -j 2: {size / two:6.2f} MB/s   {one / two:.2f}x")
    return {"jobs_speedup": one / two}


def joined(docs: Sequence[str], size: int) -> str:
    """One document of `size` characters: `docs` joined as paragraphs, cut to size."""
    parts, total = [], 0
    for doc in docs:
        parts.append(doc)
        total += len(doc) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def bench_growth(cleaner: Cleaner, docs: list[str], sizes: Sequence[int]) -> dict[str, float]:
    """Seconds per MB for one document of each size, made by joining corpus documents that
    only the always-on rule sets match (a whole-site dump), so each size holds the same mix."""
    always = [r for r in cleaner.rulesets if r.always]
    docs = [d for d in docs if detect(cleaner.rulesets, d, None) == always]
    per_mb = []
    for size in sizes:
        best = float("inf")
        trials = 3 if size < MB else 1  # small sizes are noisy: best of three
        for trial in range(trials):
            # each trial a different document, so no cache of the last one's lines helps
            document = joined(docs[trial * len(docs) // trials :], size)
            start = time.perf_counter()
            cleaner.clean(document)
            best = min(best, (time.perf_counter() - start) / (len(document) / MB))
        per_mb.append(best)
    for size, cost in zip(sizes, per_mb, strict=True):
        print(
            f"  {size / 1000:>8,.0f} KB   {cost / per_mb[0]:.2f}x the time per MB of the smallest"
        )
    return {"growth_ratio": max(per_mb) / per_mb[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="a tiny run for CI: no figures")
    parser.add_argument("--text-mb", type=float, default=20, help="plain-text corpus size")
    parser.add_argument("--html-mb", type=float, default=10, help="HTML corpus size")
    parser.add_argument("--memory-jsonl", type=Path, help="a JSONL file for the peak-RSS run")
    args = parser.parse_args(argv)
    text_mb, html_mb = (0.2, 0.2) if args.smoke else (args.text_mb, args.html_mb)
    growth = (10_000, 100_000) if args.smoke else (10_000, 100_000, 1_000_000, 10_000_000)

    texts = list(generate("text", int(text_mb * MB)))
    pages = list(generate("html", int(html_mb * MB)))
    print(
        f"cleantext benchmarks: {len(texts)} text documents ({text_mb:g} MB), "
        f"{len(pages)} HTML pages ({html_mb:g} MB), {os.cpu_count()} cores"
    )
    cleaner = Cleaner()
    results: dict[str, float] = {}
    if args.memory_jsonl:  # first: the peak RSS of children is the largest since the start
        seconds, peak = run_cli(["--jsonl", "-j", "2"], args.memory_jsonl)
        size = args.memory_jsonl.stat().st_size / MB
        print(
            f"memory: {size:,.0f} MB of JSONL in {seconds:,.0f} s with -j 2, "
            f"peak RSS of the largest process {peak / 1000:,.0f} MB"
        )
    print("plain text:")
    results |= bench_plain(cleaner, texts)
    print("HTML:")
    results |= bench_html(cleaner, pages)
    with tempfile.TemporaryDirectory() as workdir:
        print("jobs (JSONL command, plain text):")
        results |= bench_jobs(texts, Path(workdir))
        print("growth with document size:")
        results |= bench_growth(cleaner, texts, growth)
    print(json.dumps({k: round(v, 3) for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
