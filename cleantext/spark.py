"""Cleaning on Apache Spark: a DataFrame of documents in, the same rows with the record out.

    from cleantext.spark import clean_dataframe

    cleaned = clean_dataframe(spark.read.parquet("scraped/"), html_col="html", url_col="url")
    cleaned.write.parquet("clean/")

Or from the shell, JSONL or Parquet in, Parquet out (`--help` for the options)::

    python -m cleantext.spark scraped/ clean/ --format jsonl
    spark-submit --master yarn "$(python -c 'import cleantext.spark as m; print(m.__file__)')" \\
        s3://bucket/scraped/ s3://bucket/clean/

Documents are cleaned in Arrow batches (`DataFrame.mapInArrow`), by one Cleaner per Python
worker process, built on the first batch the worker gets and kept for the next ones. Each row
is cleaned as `cleantext --jsonl` cleans a record (`batch.clean_record`): a row that cannot be
cleaned gets `error` and null record fields, and the job goes on. Your own rule files are read
on the driver and their text travels with the job, so executors need no copy of them; they do
need cleantext itself installed (pip install the wheel on the cluster).

pyspark (and pyarrow, which Spark's Arrow batches need) are imported here only, and only when
a function that needs them runs: they are not dependencies of cleantext.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and sys.path and sys.path[0]:
    # Run as a file (`spark-submit .../cleantext/spark.py`), Python puts this folder first on
    # sys.path, where cleantext/html.py would hide the standard library's `html` module.
    if Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        sys.path.pop(0)

import argparse
import functools
import os
import pickle
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cleantext import learn
from cleantext.batch import Fields, clean_document, clean_line
from cleantext.boilerplate import MODES
from cleantext.errors import CleanTextError
from cleantext.pipeline import VERSIONS, Cleaner
from cleantext.rules.load import rule_files

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType

__all__ = ["RECORD_COLUMNS", "clean_dataframe", "learn_dataframe", "main"]

# The columns added to every row, in this order: the record's fields (as `Result.to_dict()`
# gives them), then `error`. Each with its kind: one string, a list of strings, the list of
# removals, a whole number, a map of strings (provenance: field -> source).
RECORD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("text", "string"),
    ("title", "string"),
    ("description", "string"),
    ("outlet", "string"),
    ("platform", "string"),
    ("authors", "strings"),
    ("date", "string"),
    ("url", "string"),
    ("credits", "strings"),
    ("rulesets", "strings"),
    ("removed", "removals"),
    ("warnings", "strings"),
    ("changes", "integer"),
    ("provenance", "mapping"),
    ("error", "string"),
)
ROWS_PER_OUTPUT_BATCH = 256  # rows cleaned, then handed back to Spark, at a time
CLI_RECORDS_PER_BATCH = 1000  # the command's Arrow batch size, unless configured: HTML is big
EXIT_USAGE = 2


@dataclass(frozen=True)
class _Options:
    """What a Cleaner is built from, as plain values: shipped to executors and a cache key.

    extra_rules holds (file name, TOML text) pairs in load order, not paths: the files are on
    the driver, the workers get their text.
    """

    rules: tuple[str, ...] | None
    extra_rules: tuple[tuple[str, str], ...]
    newsdiffs_version: str
    mode: str


@dataclass(frozen=True)
class _Job:
    """Where the document, URL and passed-through columns are in each input batch."""

    options: _Options
    documents: tuple[tuple[int, str], ...]  # (position, name), in order of precedence
    url: tuple[int, str] | None
    kept: tuple[int, ...]  # positions of the input columns that pass through unchanged
    # The command's JSONL input: the position of each row's raw line, from which the document
    # and URL are read as `cleantext --jsonl` reads them (else from their columns).
    json_line: int | None = None


def clean_dataframe(
    df: DataFrame,
    text_col: str | None = "text",
    html_col: str | None = None,
    url_col: str | None = None,
    *,
    rules: Iterable[str] | None = None,
    extra_rules: str | Path | Iterable[str | Path] = (),
    mode: str = "conservative",
    newsdiffs_version: str = "new",
) -> DataFrame:
    """Clean the document in every row of `df`; return the rows with the record's fields added.

    text_col, html_col: the string column(s) holding the document, plain text or HTML (HTML is
        recognised in either). With both, a row's document is the first that is not null.
    url_col: a string column with each document's URL (selects rule sets by host, gives `url`
        and a date from a /YYYY/MM/DD/ path), or None.
    rules, extra_rules, mode, newsdiffs_version: as for `cleantext.Cleaner`. Rule files are
        read now, on the driver; their text is shipped with the job.

    The result has the input's other columns, unchanged and in their order, then one column per
    field of the record: text, title, description, outlet, platform, date, url (string);
    authors, credits, rulesets, warnings (array<string>); removed (array<struct<rule, text>>);
    changes (bigint); provenance (map<string, string>); then `error` (string). The document
    column(s) are left out, and so is any input column named like an added one (compared
    case-insensitively, as Spark resolves names): the record's field replaces it, as in
    `cleantext --jsonl`.

    A row that cannot be cleaned - a null document, an empty one, one that gives no article
    text, one whose cleaning raised - gets `error` (why, in the words `cleantext --jsonl` uses)
    and null record fields; the job goes on. `error` is null on every other row.

    Lazy, like every DataFrame transformation: nothing is cleaned until an action runs. The
    Cleaner is built once on the driver now (so a bad rule file or option raises here, not in a
    task) and once in each Python worker process that gets a batch. Spark hands each worker up
    to `spark.sql.execution.arrow.maxRecordsPerBatch` rows at a time (10,000 by default): with
    large HTML pages, set it lower (1,000 rows of 100 KB hold 100 MB in memory).

    Raises ValueError for a missing column, or a document or URL column that is not a string;
    RuleError for an invalid rule file; ValueError for an unknown mode or version.
    """
    options = _options(rules, extra_rules, newsdiffs_version, mode)
    return _with_records(df, options, text_col, html_col, url_col)


def _options(
    rules: Iterable[str] | None,
    extra_rules: str | Path | Iterable[str | Path],
    newsdiffs_version: str,
    mode: str,
) -> _Options:
    """The Cleaner's options, checked on the driver (a bad one fails here, not in a task)."""
    rule_names = None if rules is None else tuple(rules)
    extra = [extra_rules] if isinstance(extra_rules, (str, Path)) else list(extra_rules)
    Cleaner(rule_names, extra, newsdiffs_version, mode)
    return _Options(rule_names, _rule_texts(extra), newsdiffs_version, mode)


def _with_records(
    df: DataFrame,
    options: _Options,
    text_col: str | None,
    html_col: str | None,
    url_col: str | None,
    json_line: str | None = None,
) -> DataFrame:
    """clean_dataframe's work, once its options are checked; `json_line`: the column of raw
    JSONL lines the documents are read from (see _Job)."""
    from pyspark.sql.types import StringType, StructField, StructType

    documents = [name for name in (text_col, html_col) if name is not None]
    if not documents:
        raise ValueError("clean_dataframe: give text_col, html_col or both")
    wanted = documents + ([url_col] if url_col is not None else [])
    if len(set(wanted)) != len(wanted):
        raise ValueError(f"clean_dataframe: the same column named twice in {wanted}")
    fields = {field.name: (position, field) for position, field in enumerate(df.schema.fields)}
    for name in wanted:
        if name not in fields:
            raise ValueError(f"clean_dataframe: no column {name!r} (columns: {df.columns})")
        kind = fields[name][1].dataType
        if json_line is None and not isinstance(kind, StringType):
            raise ValueError(
                f"clean_dataframe: column {name!r} is {kind.simpleString()}, not string"
                + (" (decode the bytes to text first)" if kind.typeName() == "binary" else "")
            )

    replaced = {name.lower() for name in documents + [json_line or ""]}
    replaced |= {name for name, _ in RECORD_COLUMNS}
    kept = [
        position for position, field in enumerate(df.schema) if field.name.lower() not in replaced
    ]
    schema = StructType(
        [df.schema.fields[position] for position in kept]
        + [StructField(name, _spark_type(kind), nullable=True) for name, kind in RECORD_COLUMNS]
    )
    job = _Job(
        options=options,
        documents=tuple((fields[name][0], name) for name in documents),
        url=(fields[url_col][0], url_col) if url_col is not None else None,
        kept=tuple(kept),
        json_line=fields[json_line][0] if json_line is not None else None,
    )
    return df.mapInArrow(functools.partial(_clean_batches, job=job), schema)


def learn_dataframe(
    df: DataFrame,
    text_col: str = "text",
    url_col: str | None = "url",
    *,
    min_docs: int = learn.MIN_DOCS,
    partitions: int | None = None,
) -> list[learn.LearnedSet]:
    """What `cleantext learn` learns from the documents (plain text) of `df`, learned on the
    executors; write the result with `cleantext.learn.write(sets, folder)`.

    Each row is keyed by its source (the URL's host, else the rule set that detects it), the
    rows are repartitioned by source into `partitions` tasks (default: Spark's default
    parallelism), and each task streams its rows, in their input order, through one Learner:
    so a source is learned from all its pages in one place, with the memory bound of
    `cleantext learn`. Rows with a null document or no source teach nothing.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    if min_docs < 2:
        raise ValueError("learn_dataframe: min_docs must be 2 or more")
    for name in [text_col] + ([url_col] if url_col else []):
        if name not in df.columns or not isinstance(df.schema[name].dataType, StringType):
            raise ValueError(f"learn_dataframe: no string column {name!r} (columns: {df.columns})")
    url = F.col(url_col) if url_col else F.lit(None).cast("string")
    rows = df.select(
        F.col(text_col).alias("text"), url.alias("url"), F.monotonically_increasing_id().alias("n")
    ).where(F.col("text").isNotNull())
    keyed = rows.mapInPandas(_with_source, "text string, url string, n long, source string")
    tasks = partitions or df.sparkSession.sparkContext.defaultParallelism
    learned = (
        keyed.where(F.col("source").isNotNull())
        .repartition(tasks, "source")
        .sortWithinPartitions("source", "n")
        .mapInPandas(functools.partial(_learn_rows, min_docs=min_docs), "learned binary")
        .collect()
    )
    return sorted((pickle.loads(row.learned) for row in learned), key=lambda s: s.host)


@functools.cache
def _source_reader() -> learn.Learner:
    return learn.Learner()


def _with_source(frames: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    learner = _source_reader()
    for frame in frames:
        frame["source"] = [
            learner.source_of(text, _string(url))
            for text, url in zip(frame["text"], frame["url"], strict=True)
        ]
        yield frame


def _learn_rows(frames: Iterable[pd.DataFrame], min_docs: int) -> Iterator[pd.DataFrame]:
    import pandas as pd

    learner = learn.Learner(min_docs)
    for frame in frames:
        for text, url in zip(frame["text"], frame["url"], strict=True):
            learner.add(text, _string(url))
    sets = learner.rulesets()
    yield pd.DataFrame({"learned": [pickle.dumps(s) for s in sets]}, dtype=object)


def _string(value: Any) -> str | None:
    """A string column's value from pandas: a null may come as None or as NaN."""
    return value if isinstance(value, str) else None


def _rule_texts(paths: list[str | Path]) -> tuple[tuple[str, str], ...]:
    """Each rule file's name and text, in the order the Cleaner loads them."""
    return tuple((path.name, path.read_text(encoding="utf-8")) for path in rule_files(paths))


def _spark_type(kind: str) -> DataType:
    from pyspark.sql.types import ArrayType, LongType, MapType, StringType, StructField, StructType

    if kind == "mapping":
        return MapType(StringType(), StringType())
    if kind == "strings":
        return ArrayType(StringType())
    if kind == "removals":
        removal = [StructField("rule", StringType()), StructField("text", StringType())]
        return ArrayType(StructType(removal))
    return LongType() if kind == "integer" else StringType()


def _arrow_type(kind: str) -> pa.DataType:
    import pyarrow as pa

    if kind == "mapping":
        return pa.map_(pa.string(), pa.string())
    if kind == "strings":
        return pa.list_(pa.string())
    if kind == "removals":
        return pa.list_(pa.struct([("rule", pa.string()), ("text", pa.string())]))
    return pa.int64() if kind == "integer" else pa.string()


# On an executor: the Cleaner of each set of options, built on first use. Spark keeps its
# Python workers between tasks (spark.python.worker.reuse), so each builds it once.
_CLEANERS: dict[_Options, Cleaner] = {}


def _cleaner(options: _Options) -> Cleaner:
    cleaner = _CLEANERS.get(options)
    if cleaner is None:
        # The rule files' text, written where this worker can read it while the Cleaner loads;
        # numbered, so their order and (if a file is wrong after all) their names survive.
        with tempfile.TemporaryDirectory(prefix="cleantext-rules-") as folder:
            paths = []
            for number, (name, text) in enumerate(options.extra_rules):
                path = Path(folder, f"{number:03d}-{name}")
                path.write_text(text, encoding="utf-8")
                paths.append(path)
            cleaner = Cleaner(options.rules, paths, options.newsdiffs_version, options.mode)
        _CLEANERS[options] = cleaner
    return cleaner


def _clean_batches(batches: Iterable[pa.RecordBatch], job: _Job) -> Iterator[pa.RecordBatch]:
    """mapInArrow's function: each input batch, a slice at a time, with the record added."""
    import pyarrow as pa

    cleaner = _cleaner(job.options)
    names = [name for _, name in job.documents]
    fields = Fields(text=names[0], html=names[-1], url=job.url[1] if job.url else "url")
    types = [_arrow_type(kind) for _, kind in RECORD_COLUMNS]
    for batch in batches:
        for start in range(0, batch.num_rows, ROWS_PER_OUTPUT_BATCH):
            part = batch.slice(start, ROWS_PER_OUTPUT_BATCH)
            if job.json_line is not None:
                lines = part.column(job.json_line).to_pylist()
                records = [_clean_json_line(cleaner, fields, line) for line in lines]
            else:
                documents = zip(
                    *(part.column(position).to_pylist() for position, _ in job.documents),
                    strict=True,
                )
                urls = part.column(job.url[0]).to_pylist() if job.url else [None] * part.num_rows
                records = [
                    _clean_row(cleaner, fields, names, values, url)
                    for values, url in zip(documents, urls, strict=True)
                ]
            columns = [part.column(position) for position in job.kept]
            columns += [
                pa.array([_arrow_value(record.get(name)) for record in records], type=kind)
                for (name, _), kind in zip(RECORD_COLUMNS, types, strict=True)
            ]
            kept_names = [part.schema.field(position).name for position in job.kept]
            yield pa.RecordBatch.from_arrays(
                columns, names=kept_names + [name for name, _ in RECORD_COLUMNS]
            )


def _arrow_value(value: Any) -> Any:
    """A record value as Arrow takes it: a map as its (key, value) pairs."""
    return list(value.items()) if isinstance(value, dict) else value


def _clean_row(
    cleaner: Cleaner, fields: Fields, names: list[str], values: tuple[Any, ...], url: str | None
) -> dict[str, Any]:
    """One row's record, or {"error": why}: what `cleantext --jsonl` gives for the same record."""
    # The first document column that is not null (all null: the first, which is not a string).
    name, document = next(
        ((n, v) for n, v in zip(names, values, strict=True) if v is not None), (names[0], None)
    )
    record, reason = clean_document(cleaner, fields, name, document, url)
    return {"error": reason} if record is None else record


def _clean_json_line(cleaner: Cleaner, fields: Fields, line: str) -> dict[str, Any]:
    _, record, reason = clean_line(cleaner, fields, line)
    return {"error": reason} if record is None else record


# The command.

EPILOG = """\
examples:
  python -m cleantext.spark scraped.jsonl clean/
  python -m cleantext.spark scraped/ clean/ --format parquet --html-col body --url-col link
  PYSPARK_PYTHON=$(which python) spark-submit --master 'local[4]' \\
      "$(python -c 'import cleantext.spark as m; print(m.__file__)')" scraped/ clean/

Output: Parquet, one row per input row: the input's other columns, then text, title,
description, outlet, platform, authors, date, url, credits, rulesets, removed, warnings,
changes, provenance and error (null unless the row could not be cleaned). JSONL lines are read
as `cleantext --jsonl` reads them, with the same errors (a line that is not JSON, a document
that is not a string); the other fields keep the types Spark's JSON reader gives them, and
blank lines are skipped.

exit status: 0 the job ran (rows that could not be cleaned are counted on stderr and carry
`error`); 1 Spark failed; 2 usage error, a missing column or an invalid rule file.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m cleantext.spark",
        description="Clean a folder or file of JSON Lines or Parquet documents on Spark and "
        "write Parquet: the input's other columns, then the cleaned record's fields.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="IN", help="a file or folder (any Spark path: s3://...)")
    parser.add_argument("output", metavar="OUT", help="the Parquet folder to write")
    parser.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        help="of the input (default: parquet when IN ends in .parquet or is a local folder of "
        "*.parquet files, else jsonl)",
    )
    parser.add_argument(
        "--text-col", help="the plain-text or HTML column (default: text, when there is one)"
    )
    parser.add_argument("--html-col", help="an HTML column (default: html, when there is one)")
    parser.add_argument("--url-col", help="the URL column (default: url, when there is one)")
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="PATH",
        help="your own rule file or folder of *.toml, read here and shipped (repeatable)",
    )
    parser.add_argument("--mode", choices=MODES, default="conservative")
    parser.add_argument("--newsdiffs-version", choices=VERSIONS, default="new")
    parser.add_argument(
        "--master",
        help="Spark master (default: the one spark-submit was given, else local[*])",
    )
    parser.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="repartition the input into N parts first (spreads a few large files over cores)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    return parser


def main(argv: list[str] | None = None) -> int:
    """`python -m cleantext.spark IN OUT ...`; also the script spark-submit runs."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be 1 or more")
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    spark, started = _session(args.master)
    try:
        try:
            if _input_format(args) == "parquet":
                df, json_line = spark.read.parquet(args.input), None
            else:
                df, json_line = _json_lines(spark, args.input), JSON_LINE
            if args.partitions is not None:
                df = df.repartition(args.partitions)
            options = _options(None, args.rules, args.newsdiffs_version, args.mode)
            cleaned = _with_records(df, options, *_columns(args, df.columns), json_line)
            start = time.monotonic()
            writer = cleaned.write.mode("overwrite" if args.overwrite else "errorifexists")
            writer.parquet(args.output)
        except (AnalysisException, ValueError, CleanTextError) as error:
            # No such input, output already there, no such column, a bad rule file.
            message = str(error).strip().splitlines()[0]
            parser.exit(EXIT_USAGE, f"{parser.prog}: error: {message}\n")
        seconds = time.monotonic() - start
        counts = spark.read.parquet(args.output).select(F.count("*"), F.count("error")).first()
        assert counts is not None
        done, errors = counts
    finally:
        if started:
            spark.stop()
    sys.stderr.write(
        f"cleantext: {done:,} documents, {done / max(seconds, 1e-9):,.0f}/s, {errors:,} errors"
        f" -> {args.output}\n"
    )
    return 0


JSON_LINE = "_cleantext_json_line"


def _json_lines(spark: SparkSession, path: str) -> DataFrame:
    """JSONL as rows: the fields typed as Spark's JSON reader infers them (they pass through),
    and each raw line (JSON_LINE), which the document and URL are read from as `cleantext
    --jsonl` reads them: Spark's reader would clean {"text": 123} as the text "123". Blank
    lines are skipped; a line that is not JSON gets null fields and its error."""
    from pyspark.sql import functions as F

    schema = spark.read.json(path).drop("_corrupt_record").schema
    lines = spark.read.text(path).where(~F.col("value").rlike(r"^\s*$"))
    fields = F.from_json("value", schema).alias("fields")
    return lines.select(fields, F.col("value").alias(JSON_LINE)).select("fields.*", JSON_LINE)


def _columns(
    args: argparse.Namespace, columns: list[str]
) -> tuple[str | None, str | None, str | None]:
    """The text, HTML and URL columns: as given, else text, html and url when there."""

    def column(given: str | None, default: str) -> str | None:
        return given if given is not None else default if default in columns else None

    text, html = column(args.text_col, "text"), column(args.html_col, "html")
    if text is None and html is None:
        raise ValueError(
            f"no 'text' or 'html' column (columns: {columns}); name one with --text-col or "
            "--html-col"
        )
    return text, html, column(args.url_col, "url")


def _session(master: str | None) -> tuple[SparkSession, bool]:
    """The Spark session, and whether this call started it (and so should stop it)."""
    from pyspark.sql import SparkSession

    started = SparkSession.getActiveSession() is None
    builder = SparkSession.builder.appName("cleantext")
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started us, and its JVM
    if master is None and not submitted:
        master = "local[*]"
    if master is not None:
        builder = builder.master(master)
        if master.startswith("local"):
            # Local workers run this Python (its venv has cleantext), not the first python3.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    key = "spark.sql.execution.arrow.maxRecordsPerBatch"
    if not spark.sparkContext.getConf().contains(key):
        spark.conf.set(key, str(CLI_RECORDS_PER_BATCH))
    return spark, started


def _input_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    path = Path(args.input)
    if args.input.rstrip("/").endswith(".parquet"):
        return "parquet"
    if path.is_dir() and next(path.rglob("*.parquet"), None) is not None:
        return "parquet"
    return "jsonl"


if __name__ == "__main__":
    # Run the importable module's main, not this __main__ copy's: functions shipped to
    # executors must be found there as cleantext.spark.*, and its Cleaner cache shared.
    from cleantext.spark import main as _main

    sys.exit(_main())
