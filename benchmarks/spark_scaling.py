"""How cleantext.spark scales with cores: local[1] against local[2] on one generated corpus.

    python benchmarks/spark_scaling.py                # 20 MB of plain text, local[1] and [2]
    python benchmarks/spark_scaling.py --size 5 --masters 'local[1]' 'local[4]'

The corpus (benchmarks/corpus.py) is written once as Parquet, in as many files as there are
tasks (--tasks), so every master cleans the same partitions without a shuffle. For each master
a Spark session is started, a small job starts its Python workers (each builds its Cleaner),
then the whole corpus is cleaned into Spark's no-op sink, --repeat times: the best time counts.
A loop over `Cleaner.clean` in this process, without Spark, is the baseline. Needs pyspark,
pyarrow and Java.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

from cleantext import Cleaner  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=20, help="corpus megabytes (default 20)")
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--tasks", type=int, default=16, help="input partitions (default 16)")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs per master, best kept")
    args = parser.parse_args()

    import pyarrow as pa
    import pyarrow.parquet as pq

    documents = list(generate(args.kind, int(args.size * 1_000_000)))
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    print(f"corpus: {len(documents):,} {args.kind} documents, {megabytes:.1f} MB")

    cleaner = Cleaner()
    start = time.perf_counter()
    for document in documents:
        cleaner.clean(document)
    alone = len(documents) / (time.perf_counter() - start)
    print(f"{'one process, no Spark':<24} {alone:8,.0f} docs/s")

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="cleantext-spark-") as folder:
        share = -(-len(documents) // args.tasks)
        for task in range(args.tasks):
            part = documents[task * share : (task + 1) * share]
            ids = list(range(task * share, task * share + len(part)))
            table = pa.table({"id": pa.array(ids, pa.int64()), args.kind: part})
            pq.write_table(table, Path(folder, f"part-{task:03d}.parquet"))
        for master in args.masters:
            rates[master] = _measure(master, folder, args.kind, len(documents), args.repeat)
            print(f"{'Spark ' + master:<24} {rates[master]:8,.0f} docs/s")
    first = args.masters[0]
    for master in args.masters[1:]:
        print(f"{master} / {first}: {rates[master] / rates[first]:.2f}x")


def _measure(master: str, folder: str, kind: str, count: int, repeat: int) -> float:
    """Best documents per second of `repeat` runs on a fresh session with warm workers."""
    from pyspark.sql import SparkSession

    from cleantext.spark import clean_dataframe

    spark = (
        SparkSession.builder.master(master)
        .appName("cleantext-scaling")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    text_col, html_col = ("text", None) if kind == "text" else (None, "html")
    try:
        df = spark.read.parquet(folder)
        cores = spark.sparkContext.defaultParallelism
        start = time.perf_counter()  # start every worker: Python, imports, its Cleaner
        warm = df.limit(cores * 4).repartition(cores)
        clean_dataframe(warm, text_col, html_col).write.format("noop").mode("overwrite").save()
        print(f"  {master}: workers started in {time.perf_counter() - start:.1f} s")
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            cleaned = clean_dataframe(df, text_col, html_col)
            cleaned.write.format("noop").mode("overwrite").save()
            best = min(best, time.perf_counter() - start)
        return count / best
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
