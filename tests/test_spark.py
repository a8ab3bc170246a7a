"""cleantext.spark on a real local Spark (local[2]): every row gets the record `cleantext.clean`
gives its document, bad rows get `error` and the job goes on, rule files travel with the job,
and `python -m cleantext.spark` writes Parquet.

Skipped when pyspark (with pyarrow and pandas, its SQL extra) or Java is missing; with
CLEANTEXT_REQUIRE_SPARK=1 (CI) a missing one fails the run instead.

Spark's JVM and its Python processes talk over loopback sockets, which the suite's offline
guard (tests/offline) refuses. While these tests run, a guard that lets loopback addresses
through, and still refuses every other address, is installed here and in every process Spark
starts.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from conftest import OFFLINE, RECORD_FIELDS, ROOT, SEEDS

import cleantext
from cleantext import Cleaner, Result, RuleError
from cleantext.batch import Fields, clean_record


def _require(available: bool, reason: str) -> None:
    if available:
        return
    if os.environ.get("CLEANTEXT_REQUIRE_SPARK") == "1":
        pytest.fail(f"{reason}, and CLEANTEXT_REQUIRE_SPARK=1", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


for _module in ("pyspark", "pyarrow", "pandas"):
    _require(
        importlib.util.find_spec(_module) is not None,
        f"{_module} is not installed (pip install '.[spark]')",
    )
_require(shutil.which("java") is not None, "no `java` on PATH: Spark needs Java 17")

import pyarrow as pa  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

from cleantext import spark as cleantext_spark  # noqa: E402
from cleantext.spark import RECORD_COLUMNS, clean_dataframe  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate  # noqa: E402

pytestmark = pytest.mark.filterwarnings(  # pyspark 3.5 compares versions with distutils
    "ignore:distutils Version classes are deprecated:DeprecationWarning"
)

# A user rule set, as tests/test_rule_files.py writes one.
VALID = """
name = "example"
description = "Example News pages."
outlet = "Example News"

[detect]
hosts = ["example.com"]
signatures = ['^EXAMPLE NEWS$']

[[rules]]
name = "subscribe"
reason = "the subscription prompt under every Example News story"
action = "drop"
pattern = '^Subscribe to Example News'
"""
BODY = "The council voted on Tuesday to approve the budget after a long debate, officials said."
ALL_REMOVED = "Subscribe to our newsletter\n\nShare this article\n\nAdvertisement"


def allow_loopback(set_attribute: Callable[[object, str, object], None]) -> None:
    """Let getaddrinfo and connect reach loopback addresses, as Spark's processes do; every
    other address, and every other way to connect, still meets the guard in place."""
    import _socket
    import ipaddress
    import socket

    refused_connect = socket.socket.connect
    refused_connect_ex = socket.socket.connect_ex
    refused_getaddrinfo = socket.getaddrinfo

    def loopback(host: object) -> bool:
        if host is None or host == "localhost":
            return True
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return False

    def connect(sock: Any, address: Any) -> Any:
        if isinstance(address, tuple) and loopback(address[0]):
            return _socket.socket.connect(sock, address)
        return refused_connect(sock, address)

    def connect_ex(sock: Any, address: Any) -> Any:
        if isinstance(address, tuple) and loopback(address[0]):
            return _socket.socket.connect_ex(sock, address)
        return refused_connect_ex(sock, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if loopback(host):
            return _socket.getaddrinfo(host, *args, **kwargs)
        return refused_getaddrinfo(host, *args, **kwargs)

    set_attribute(socket.socket, "connect", connect)
    set_attribute(socket.socket, "connect_ex", connect_ex)
    set_attribute(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "sitecustomize.py").write_text(
        "from __future__ import annotations\n\nimport runpy\n\n"
        f"runpy.run_path({str(OFFLINE / 'sitecustomize.py')!r})\n\n\n"
        + inspect.getsource(allow_loopback)
        + "\n\nallow_loopback(setattr)\n",
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as patch:
        allow_loopback(patch.setattr)
        # Spark's JVM starts from this environment, and hands it to its Python workers.
        patch.setenv("PYTHONPATH", os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]))
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        patch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
        session = (
            SparkSession.builder.master("local[2]")
            .appName("cleantext-tests")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        try:
            yield session
        finally:
            session.stop()


def test_spark_workers_reach_loopback_only(spark):
    """The guard these tests install in Spark's workers: loopback yes, the network no."""

    def probe(batches):
        import socket

        for batch in batches:
            outcomes = []
            for host in batch.column(0).to_pylist():
                try:  # as Spark's workers reach the JVM: getaddrinfo, then connect
                    family, kind, proto, _, address = socket.getaddrinfo(host, 9)[0]
                    with socket.socket(family, kind, proto) as sock:
                        sock.settimeout(1)
                        sock.connect(address)
                    outcomes.append("connected")
                except BaseException as error:  # the guard's NetworkUsed is no Exception
                    outcomes.append(type(error).__name__)
            yield pa.RecordBatch.from_pydict({"host": batch.column(0), "outcome": outcomes})

    hosts = spark.createDataFrame([("127.0.0.1",), ("example.com",), ("192.0.2.1",)], "host string")
    got = {
        row["host"]: row["outcome"]
        for row in hosts.mapInArrow(probe, "host string, outcome string").collect()
    }
    assert got["127.0.0.1"] in ("connected", "ConnectionRefusedError")
    assert got["example.com"] == got["192.0.2.1"] == "NetworkUsed"


def record_of(row: Any) -> dict[str, Any]:
    """A cleaned row's record fields, as `Result.to_dict()` has them."""
    values = row.asDict(recursive=True)
    return {name: values[name] for name in RECORD_FIELDS}


def expected(document: str, url: str | None = None, cleaner: Cleaner | None = None) -> dict:
    result = (cleaner or cleantext).clean(document, url=url)
    return result.to_dict()


def test_the_added_columns_are_the_records_fields_then_error():
    assert [name for name, _ in RECORD_COLUMNS] == RECORD_FIELDS + ["error"]
    assert RECORD_FIELDS == list(Result(text="").to_dict())


def test_seeds_give_the_records_clean_gives(spark):
    rows = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    cleaned = clean_dataframe(spark.createDataFrame(rows, "name string, text string"))
    got = {row["name"]: row for row in cleaned.collect()}
    assert sorted(got) == [name for name, _ in rows]
    for name, text in rows:
        assert got[name]["error"] is None, name
        assert record_of(got[name]) == expected(text), name


def test_a_generated_corpus_gives_the_records_clean_gives(spark):
    texts = list(generate("text", 8_000_000))  # about 2,900 documents
    pages = list(generate("html", 1_500_000))  # 18 pages with scripts, styles and menus
    url = "https://www.example.org/2021/03/04/story"
    rows = [(n, "text", text, None, None) for n, text in enumerate(texts)]
    rows += [(len(rows) + n, "html", None, page, url) for n, page in enumerate(pages)]
    df = spark.createDataFrame(rows, "id long, kind string, text string, html string, url string")
    cleaned = clean_dataframe(df.repartition(4), "text", "html", "url")
    assert cleaned.columns == ["id", "kind"] + RECORD_FIELDS + ["error"]
    got = {row["id"]: row for row in cleaned.collect()}
    assert len(got) == len(rows) > 2500
    differ = []
    for n, kind, text, page, page_url in rows:
        row = got[n]
        assert row["kind"] == kind
        if row["error"] is not None or record_of(row) != expected(text or page, page_url):
            differ.append(n)
    assert differ == []


def test_bad_rows_get_error_and_the_job_goes_on(spark):
    rows = [
        (1, BODY),
        (2, None),
        (3, ""),
        (4, "\x00\x01\x02\x03\x7f" * 200),  # nothing but control characters
        (5, ALL_REMOVED),
        (6, BODY + "\n\nSubscribe to our newsletter"),
    ]
    cleaned = clean_dataframe(spark.createDataFrame(rows, "id int, text string"))
    got = {row["id"]: row for row in cleaned.collect()}
    assert {n: got[n]["error"] for n, _ in rows} == {
        1: None,
        2: "field 'text' is not a string",
        3: "empty input: there is no text to clean",
        4: "input looks binary (many control characters), not text or HTML",
        5: "no article text: every line was removed (see removed)",
        6: None,
    }
    # The words `cleantext --jsonl` uses for the same records.
    for n, text in rows[1:5]:
        line, failed = clean_record(Cleaner(), Fields(), 1, json.dumps({"text": text}).encode())
        assert failed and json.loads(line)["error"] == got[n]["error"]
    assert all(got[n][field] is None for n in (2, 3, 4, 5) for field in RECORD_FIELDS)
    assert record_of(got[6]) == expected(rows[5][1])


def test_a_binary_string_gets_error(spark):
    binary = "%PDF-1.4\n" + bytes(range(256)).decode("latin-1") * 20
    cleaned = clean_dataframe(spark.createDataFrame([(binary,)], "text string"))
    assert cleaned.first()["error"] is not None


def test_a_document_whose_cleaning_raises_gets_error(monkeypatch):
    """A bug in a rule or transform fails its row only (here the batch function, in-process)."""

    class Raising(Cleaner):
        def clean(self, source, *, url=None):
            if "boom" in source:
                raise RuntimeError("boom")
            return super().clean(source, url=url)

    options = cleantext_spark._Options(None, (), "new", "conservative")
    monkeypatch.setitem(cleantext_spark._CLEANERS, options, Raising())
    job = cleantext_spark._Job(options, documents=((1, "text"),), url=None, kept=(0,))
    batch = pa.RecordBatch.from_pydict({"id": [1, 2, 3], "text": [BODY, "boom", BODY]})
    out = pa.Table.from_batches(cleantext_spark._clean_batches(iter([batch]), job)).to_pylist()
    assert [row["id"] for row in out] == [1, 2, 3]
    assert [row["error"] for row in out] == [None, "could not be cleaned: RuntimeError: boom", None]
    assert out[0]["text"] == BODY


def test_the_cleaner_is_built_once_per_worker_and_options(monkeypatch):
    built = []

    class Counted(Cleaner):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            built.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(cleantext_spark, "Cleaner", Counted)
    monkeypatch.setattr(cleantext_spark, "_CLEANERS", {})
    batch = pa.RecordBatch.from_pydict({"text": [BODY] * 600})  # three output slices
    for mode in ("conservative", "conservative", "aggressive"):
        options = cleantext_spark._Options(None, (), "new", mode)
        job = cleantext_spark._Job(options, documents=((0, "text"),), url=None, kept=())
        for _ in cleantext_spark._clean_batches(iter([batch, batch]), job):
            pass
    assert [args[-1] for args in built] == ["conservative", "aggressive"]


def test_other_columns_pass_through_and_the_added_columns_are_typed(spark):
    df = spark.sql(
        "SELECT 7L AS id, TIMESTAMP'2024-02-29 13:14:15' AS seen, 0.5D AS score, "
        "named_struct('tags', array('a', 'b'), 'n', 3) AS meta, 'old title' AS Title, "
        f"'{BODY}' AS body, 'https://example.com/2020/05/01/story' AS link"
    )
    cleaned = clean_dataframe(df, "body", url_col="link")
    fields = {field.name: field.dataType for field in cleaned.schema.fields}
    assert list(fields) == ["id", "seen", "score", "meta", "link"] + RECORD_FIELDS + ["error"]
    strings = T.ArrayType(T.StringType())
    removal = T.StructType(
        [T.StructField("rule", T.StringType()), T.StructField("text", T.StringType())]
    )
    assert fields["authors"] == fields["credits"] == fields["rulesets"] == strings
    assert fields["warnings"] == strings
    assert fields["removed"] == T.ArrayType(removal)
    assert fields["changes"] == T.LongType()
    assert all(fields[name] == T.StringType() for name in ("text", "title", "url", "error"))
    row = cleaned.first()
    before = df.first()
    assert [row[name] for name in ("id", "seen", "score", "meta", "link")] == [
        before[name] for name in ("id", "seen", "score", "meta", "link")
    ]
    assert record_of(row) == expected(BODY, "https://example.com/2020/05/01/story")
    assert row["date"] == "2020-05-01"  # from the url column


def test_a_rule_file_travels_with_the_job(spark, tmp_path):
    path = tmp_path / "example.toml"
    path.write_text(VALID, encoding="utf-8")
    document = f"EXAMPLE NEWS\n\n{BODY}\n\nSubscribe to Example News today!"
    want = expected(document, cleaner=Cleaner(extra_rules=[path]))
    df = spark.createDataFrame([(document,)], "text string")
    cleaned = clean_dataframe(df, extra_rules=[tmp_path])
    path.unlink()  # read when the job was defined: the workers never see this folder
    row = cleaned.first()
    assert record_of(row) == want
    assert row["text"] == BODY and row["outlet"] == "Example News"
    assert "example.subscribe" in [removal["rule"] for removal in record_of(row)["removed"]]


def test_a_bad_rule_file_or_column_fails_on_the_driver(spark, tmp_path):
    df = spark.createDataFrame([(1, BODY, b"x")], "id int, text string, raw binary")
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID.replace('action = "drop"', 'action = "explode"'), encoding="utf-8")
    with pytest.raises(RuleError, match="bad.toml"):
        clean_dataframe(df, extra_rules=bad)
    with pytest.raises(ValueError, match="no column 'body'"):
        clean_dataframe(df, "body")
    with pytest.raises(ValueError, match="'id' is int, not string"):
        clean_dataframe(df, "id")
    with pytest.raises(ValueError, match="'raw' is binary"):
        clean_dataframe(df, None, "raw")
    with pytest.raises(ValueError, match="mode"):
        clean_dataframe(df, mode="loud")


def test_the_command_writes_parquet(spark, tmp_path):
    """The README's recipe, in a process of its own: JSONL in, Parquet out, one row per line."""
    seeds = sorted(SEEDS.glob("*.txt"))
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) for p in seeds]
    lines += [json.dumps({"id": "page", "html": next(generate("html", 1))})]
    lines += ['{"id": "empty", "text": ""}', "", "not JSON", '{"id": "number", "text": 123}']
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "cleantext.spark", str(source), str(out), "--master", "local[2]"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "cleantext: 9 documents" in done.stderr and "3 errors" in done.stderr
    written = spark.read.parquet(str(out))
    assert written.count() == 9  # every non-blank line
    got = {row["id"]: row for row in written.collect()}
    # the words `cleantext --jsonl` uses; Spark's JSON reader alone would clean 123 as "123"
    assert {row["id"]: row["error"] for row in got.values() if row["error"]} == {
        "empty": "empty input: there is no text to clean",
        None: "not a valid JSON line (Expecting value)",
        "number": "field 'text' is not a string",
    }
    for path in seeds:
        assert record_of(got[path.stem]) == expected(path.read_text(encoding="utf-8"))


def test_the_command_reads_parquet_and_ships_rules(spark, tmp_path):
    """main() in this process, with the tests' Spark session (which it leaves running)."""
    source = tmp_path / "in"
    document = f"EXAMPLE NEWS\n\n{BODY}\n\nSubscribe to Example News today!"
    spark.createDataFrame([("a", document), ("b", None)], "key string, body string").write.parquet(
        str(source)
    )
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "example.toml").write_text(VALID, encoding="utf-8")
    argv = [str(source), str(tmp_path / "out"), "--text-col", "body"]
    assert cleantext_spark.main(argv + ["--rules", str(tmp_path / "rules")]) == 0
    got = {row["key"]: row for row in spark.read.parquet(str(tmp_path / "out")).collect()}
    assert got["a"]["text"] == BODY and got["a"]["outlet"] == "Example News"
    assert got["b"]["error"] == "field 'body' is not a string"
    with pytest.raises(SystemExit) as exit:  # OUT is there now
        cleantext_spark.main(argv)
    assert exit.value.code == 2


def test_learning_on_spark_gives_what_cleantext_learn_gives(spark, tmp_path):
    """learn_dataframe repartitions by source and streams each source's rows in input order
    through one Learner: the rule sets equal the local Learner's, file for file."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from learning import load_builder  # the generated multi-site corpus of benchmarks/learning.py

    load_builder()(tmp_path / "sites", seed=1)
    records = [
        json.loads(line)
        for line in (tmp_path / "sites" / "corpus.jsonl").read_text("utf-8").splitlines()
    ]
    records.append({"id": "none", "url": None, "text": "A page nobody can place."})
    records.append({"id": "null", "url": "https://www.x.example/1", "text": None})
    local = cleantext.learn.Learner()
    for record in records:
        if record["text"] is not None:
            local.add(record["text"], record["url"])
    df = spark.createDataFrame(
        [(r["id"], r["url"], r["text"]) for r in records], "id string, url string, text string"
    )
    on_spark = cleantext_spark.learn_dataframe(df, partitions=2)
    assert [s.to_toml() for s in on_spark] == [s.to_toml() for s in local.rulesets()]
    assert len(on_spark) == 10
    with pytest.raises(ValueError, match="no string column 'body'"):
        cleantext_spark.learn_dataframe(df, text_col="body")
