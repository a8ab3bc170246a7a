"""The command line as a user runs it: a filter with clear errors and exit statuses."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from conftest import EXPECTED, RECORD_FIELDS, SEEDS

SEED = SEEDS / "004_b07a0f30dd0d5319.txt"


def run(*args, stdin=b""):
    return subprocess.run(
        [sys.executable, "-m", "cleantext", *args], input=stdin, capture_output=True, timeout=60
    )


def test_stdin_to_canonical_text_ending_in_one_newline():
    out = run(stdin=SEED.read_bytes())
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode() == (EXPECTED / SEED.name).read_text(encoding="utf-8")


def test_file_argument_and_sidecar(tmp_path):
    sidecar = tmp_path / "meta.json"
    out = run(str(SEED), "--sidecar", str(sidecar))
    assert out.returncode == 0, out.stderr
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    assert "text" not in record and record["authors"] == ["Richard Sisk"]


def test_lone_surrogates_in_metadata_or_the_url_argument_are_dropped_from_files(tmp_path):
    # JSON-LD may spell a lone surrogate ("\\ud800"), and a shell may pass bytes that are not
    # UTF-8 as --url: the sidecar file and --out-dir cannot encode either
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Budget \\ud800 vote", "author": {"name": "Jane \\udc00Doe"}}</script></head><body>'
        "<article><h1>Budget vote</h1><p>The council voted on Tuesday to approve the city budget "
        "after a long debate that ran late into the night, members said.</p></article></body>"
        "</html>",
        encoding="utf-8",
    )
    sidecar = tmp_path / "meta.json"
    out = run(str(page), "--sidecar", str(sidecar))
    assert out.returncode == 0, out.stderr
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    assert record["title"] == "Budget vote" and record["authors"] == ["Jane Doe"]
    out_dir = tmp_path / "out"
    out = subprocess.run(
        [sys.executable, "-m", "cleantext", "--url", b"https://x.example/\xff", "--out-dir"]
        + [str(out_dir), str(SEED)],
        capture_output=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    [written] = out_dir.glob("*.json")
    assert json.loads(written.read_text(encoding="utf-8"))["url"] == "https://x.example/"


def test_json_format_is_the_whole_record():
    record = json.loads(run("--format", "json", str(SEED)).stdout)
    assert list(record) == RECORD_FIELDS


def test_empty_input_is_a_one_line_error_with_status_1():
    out = run(stdin=b"  \n")
    assert out.returncode == 1
    assert out.stderr.decode().count("\n") == 1 and "empty input" in out.stderr.decode()


def test_missing_file_is_a_one_line_error_with_status_1(tmp_path):
    out = run(str(tmp_path / "nope.txt"))
    assert out.returncode == 1 and b"Traceback" not in out.stderr
    assert b"cannot read" in out.stderr


def test_usage_error_and_bad_rule_file_exit_2(tmp_path):
    assert run("--no-such-flag").returncode == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("name = ", encoding="utf-8")
    out = run("--rules", str(bad), stdin=SEED.read_bytes())
    assert out.returncode == 2 and b"bad.toml: not valid TOML" in out.stderr
    assert b"Traceback" not in out.stderr


def test_version_and_help():
    assert run("--version").stdout.startswith(b"cleantext ")
    assert b"examples:" in run("--help").stdout


# --- many documents -------------------------------------------------------------------------

GOOD = "The council voted on Tuesday to approve the budget after a long debate, officials said."


def jsonl_batch(copies: int) -> bytes:
    """Good and bad records mixed: every kind of per-record error, and real articles."""
    seeds = sorted(SEEDS.glob("*.txt"))
    lines = []
    for i in range(copies):
        lines += [
            json.dumps({"id": f"{i}-seed", "text": seeds[i % len(seeds)].read_text("utf-8")}),
            json.dumps({"id": f"{i}-good", "text": GOOD + "\n\nAdvertisement", "extra": [i]}),
            "{not json",
            json.dumps({"id": f"{i}-nofield", "body": GOOD}),
            json.dumps({"id": f"{i}-notstring", "text": 42}),
            json.dumps({"id": f"{i}-empty", "text": "   "}),
            json.dumps(["an", "array"]),
            json.dumps(
                {
                    "id": f"{i}-html",
                    "html": f"<html><body><article><p>{GOOD}</p>"
                    f"<p>{GOOD}</p></article></body></html>",
                }
            ),
        ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_jsonl_batch_gives_one_record_per_input_line_in_order_with_errors_inline():
    out = run("--jsonl", stdin=jsonl_batch(2))
    assert out.returncode == 1  # some records failed
    records = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(records) == 16
    assert [r.get("id") for r in records[:8]] == [
        "0-seed",
        "0-good",
        None,
        "0-nofield",
        "0-notstring",
        "0-empty",
        None,
        "0-html",
    ]
    good = records[1]
    assert good["text"] == GOOD and good["extra"] == [0] and list(good)[2:] == RECORD_FIELDS
    assert good["removed"] == [{"rule": "generic.advertisement", "text": "Advertisement"}]
    errors = {r["line"]: r["error"] for r in records if "error" in r}
    assert errors[3].startswith("not a valid JSON line")
    assert errors[4] == "no 'text' or 'html' field"
    assert errors[5] == "field 'text' is not a string"
    assert errors[6].startswith("empty input")
    assert errors[7] == "not a JSON object"
    assert records[3]["body"] == GOOD  # fields pass through even on error
    assert records[7]["text"] == GOOD  # from the html field; the repeated paragraph once
    assert "html" not in records[7]
    assert b"16 documents" in out.stderr and b"10 errors" in out.stderr


def test_jsonl_two_workers_write_exactly_what_one_writes():
    data = jsonl_batch(40)
    one, two = run("--jsonl", "-j", "1", stdin=data), run("--jsonl", "-j", "2", stdin=data)
    assert one.stdout == two.stdout and one.returncode == two.returncode == 1
    assert len(one.stdout.splitlines()) == 320


def test_jsonl_fields_can_be_renamed_and_all_good_exits_0():
    line = json.dumps({"body": GOOD, "link": "https://example.com/2021/02/03/vote"})
    out = run("--jsonl", "--text-field", "body", "--url-field", "link", stdin=line.encode())
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["text"] == GOOD and record["date"] == "2021-02-03" and "body" not in record


# With workers the stop is repeated: it used to hang on about one run in twenty, when the
# pool was torn down while a chunk was still being sent to a worker.
@pytest.mark.parametrize("jobs, attempt", [("1", 0)] + [("2", n) for n in range(5)])
def test_closed_output_ends_the_batch_without_claiming_unwritten_records(jobs, attempt):
    shell = (
        f"{sys.executable} -m cleantext --jsonl -j {jobs} | head -n 1; "
        "echo status=${PIPESTATUS[0]}"
    )
    out = subprocess.run(
        ["bash", "-c", shell], input=jsonl_batch(300), capture_output=True, timeout=60
    )
    report = f"stdout: {out.stdout.decode()!r}; stderr: {out.stderr.decode()[-2000:]}"
    assert out.stdout.decode().count("\n") == 2 and "status=141" in out.stdout.decode(), report
    assert b"Traceback" not in out.stderr and b"BrokenPipe" not in out.stderr, report
    summary = out.stderr.decode().strip().splitlines()[-1]
    assert summary.endswith("output closed early; the rest was not cleaned")
    written = int(summary.split()[1].replace(",", ""))
    assert written < 300 * 8  # the records that reached the pipe, not the whole batch


@pytest.mark.parametrize("mode", [["--jsonl"], []])
def test_one_large_write_cut_short_by_the_reader_is_not_success(tmp_path, mode):
    # A write larger than the pipe holds, to a reader that stops after 10 bytes, comes back
    # short without an error from Python's buffered writer.
    article = "\n\n".join(f"{GOOD} It was item {n} on the agenda." for n in range(20_000))
    source = tmp_path / ("big.jsonl" if mode else "big.txt")
    source.write_text(json.dumps({"text": article}) if mode else article)
    shell = (
        f"{sys.executable} -m cleantext {' '.join(mode)} {source} | head -c 10 >/dev/null; "
        "echo status=${PIPESTATUS[0]}"
    )
    out = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120)
    assert "status=141" in out.stdout.decode(), out.stderr.decode()[-2000:]
    assert b"Traceback" not in out.stderr


def test_jsonl_batch_keeps_every_record_in_order_with_bad_ones_mixed_in():
    """Records out equal records in, one for one and in order, whatever the workers."""
    lines = []
    for n in range(600):
        kind = n % 7
        if kind == 3:
            lines.append(b"{not json " + str(n).encode())
        elif kind == 5:
            lines.append(json.dumps({"id": n, "text": 7}).encode())
        else:
            lines.append(json.dumps({"id": n, "text": f"Story {n}. {GOOD}"}).encode())
    data = b"\n".join(lines) + b"\n"
    outputs = {jobs: run("--jsonl", "-j", jobs, stdin=data) for jobs in ("1", "2", "3")}
    for out in outputs.values():
        records = [json.loads(line) for line in out.stdout.splitlines()]
        assert len(records) == 600 and out.returncode == 1
        assert [r.get("id", r.get("line", 0) - 1) for r in records] == list(range(600))
        assert sum("error" in r for r in records) == len([n for n in range(600) if n % 7 in (3, 5)])
    assert outputs["1"].stdout == outputs["2"].stdout == outputs["3"].stdout


def test_ctrl_c_exits_130_without_a_traceback():
    process = subprocess.Popen(
        [sys.executable, "-m", "cleantext", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdin.write(jsonl_batch(1))
    process.stdin.flush()
    time.sleep(1.5)  # let it start and block on the still-open stdin
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130 and b"Traceback" not in err


def test_progress_on_request(tmp_path):
    out = run("--jsonl", "--progress", stdin=jsonl_batch(1))
    assert b"\rcleantext: 8 documents" in out.stderr


def test_several_files_and_out_dir_with_safe_distinct_names(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "story one.txt", tmp_path / "b" / "story one.txt"
    first.write_text(GOOD + "\n\nAdvertisement\n", encoding="utf-8")
    second.write_text(GOOD.upper() + "\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    out = run("--out-dir", str(out_dir), str(first), str(second), str(tmp_path / "missing.txt"))
    assert out.returncode == 1 and b"cannot read" in out.stderr  # the rest still went on
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "story_one-2.json",
        "story_one-2.txt",
        "story_one.json",
        "story_one.txt",
    ]
    assert (out_dir / "story_one.txt").read_text("utf-8") == GOOD + "\n"
    sidecar = json.loads((out_dir / "story_one.json").read_text("utf-8"))
    assert "text" not in sidecar and sidecar["removed"][0]["rule"] == "generic.advertisement"

    text = run(str(first), str(second)).stdout.decode()
    assert text == f"==> {first} <==\n{GOOD}\n\n==> {second} <==\n{GOOD.upper()}\n\n"
    lines = run("--format", "jsonl", str(first), str(second)).stdout.decode().splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(first), str(second)]


def test_explain_names_each_removed_line_and_its_rule():
    out = run("--explain", stdin=(GOOD + "\n\nAdvertisement\n").encode())
    text = out.stdout.decode()
    assert "generic.advertisement  Advertisement" in text and "\033[" not in text


def test_list_rules_gives_every_rule_with_its_reason():
    text = run("--list-rules").stdout.decode()
    assert "generic.advertisement  [drop, anywhere]" in text
    assert "generic.doubled-line" in text and "newsdiffs" in text


def test_conflicting_options_are_usage_errors(tmp_path):
    assert run("--sidecar", "x.json", str(SEED), str(SEED)).returncode == 2
    assert run("--jsonl", "--out-dir", str(tmp_path)).returncode == 2
    assert run("--jsonl", "-j", "-1").returncode == 2
    # a worker per record would start thousands of processes, each with its own cleaner
    many = run("--jsonl", "-j", "10000", stdin=b"")
    assert many.returncode == 2 and b"--jobs must be 0 (one per core) to" in many.stderr
    assert run("learn", "--out", str(tmp_path), "-j", "10000", stdin=b"").returncode == 2


def test_jsonl_lines_too_deep_or_too_long_for_json_are_records_with_errors():
    deep = b'{"id": "deep", "text": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    huge = b'{"id": "huge", "text": 1' + b"0" * 5000 + b"}"
    good = json.dumps({"id": "good", "text": SEED.read_text(encoding="utf-8")}).encode()
    for jobs in ("1", "2"):
        out = run("--jsonl", "-j", jobs, stdin=b"\n".join([deep, good, huge, good]) + b"\n")
        assert out.returncode == 1 and b"Traceback" not in out.stderr, out.stderr
        records = [json.loads(line) for line in out.stdout.decode().splitlines()]
        assert [r.get("error", "")[:25] for r in records] == [
            "not a valid JSON line (ne",  # nested too deep
            "",
            "not a valid JSON line (Ex",  # exceeds the limit of digits
            "",
        ]


def test_jsonl_nan_and_infinity_are_not_json_and_never_written_back():
    lines = [b'{"id": NaN, "text": "x"}', b'{"id": 1, "score": -Infinity, "text": "x"}']
    out = run("--jsonl", stdin=b"\n".join(lines) + b"\n")
    records = [json.loads(line, parse_constant=pytest.fail) for line in out.stdout.splitlines()]
    assert [r["error"] for r in records] == [
        "not a valid JSON line (NaN is not JSON)",
        "not a valid JSON line (-Infinity is not JSON)",
    ]


def test_an_unwritable_output_or_a_closed_stdin_is_a_one_line_error():
    with open("/dev/full", "wb") as full:
        out = subprocess.run(
            [sys.executable, "-m", "cleantext", str(SEED)], stdout=full, stderr=subprocess.PIPE
        )
    assert out.returncode == 1 and out.stderr.decode().count("\n") == 1, out.stderr
    assert b"cannot write the output" in out.stderr
    for args in ([], ["--jsonl"]):
        closed = subprocess.run(
            [sys.executable, "-m", "cleantext", *args], stdin=subprocess.DEVNULL,
            capture_output=True, pass_fds=(), close_fds=True,
            preexec_fn=lambda: __import__("os").close(0),
        )  # fmt: skip
        assert closed.returncode == 1 and b"standard input is closed" in closed.stderr


def _closing(fd: int):
    return lambda: __import__("os").close(fd)


def test_a_closed_stdout_or_stderr_loses_nothing_unsaid(tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text(
        "".join(json.dumps({"id": n, "text": SEED.read_text(encoding="utf-8")}) + "\n"
                for n in range(3)), encoding="utf-8",
    )  # fmt: skip
    # stderr closed: nowhere to report, but the records are still cleaned and written
    out = tmp_path / "out.jsonl"
    with out.open("wb") as sink:
        done = subprocess.run(
            [sys.executable, "-m", "cleantext", "--jsonl", str(records)],
            stdout=sink, preexec_fn=_closing(2),
        )  # fmt: skip
    assert done.returncode == 0
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [0, 1, 2]
    # stdout closed: nowhere to put the result, said in one line
    for args in ([str(SEED)], ["--jsonl", str(records)], ["eval", str(tmp_path)]):
        closed = subprocess.run(
            [sys.executable, "-m", "cleantext", *args], stderr=subprocess.PIPE,
            preexec_fn=_closing(1),
        )  # fmt: skip
        assert closed.returncode == 1 and closed.stderr == (
            b"cleantext: error: standard output is closed\n"
        )


def test_listings_and_reports_are_utf_8_whatever_the_locale(tmp_path):
    env = {**__import__("os").environ, "PYTHONIOENCODING": "ascii"}
    listing = subprocess.run(
        [sys.executable, "-m", "cleantext", "--list-rules"], capture_output=True, env=env
    )
    assert listing.returncode == 0 and b"Traceback" not in listing.stderr
    listing.stdout.decode("utf-8")


def test_learn_and_eval_refuse_what_they_cannot_use_in_one_line(tmp_path):
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")
    out = run("learn", "--out", str(afile), stdin=b"")
    assert (
        out.returncode == 2
        and out.stderr == f"cleantext: error: --out {afile}: not a folder\n".encode()
    )
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text("{", encoding="utf-8")
    out = run("eval", str(tmp_path))
    assert out.returncode == 1 and out.stderr.count(b"\n") == 1
    assert b"a.expected.json: not a readable JSON file" in out.stderr


def test_large_jsonl_records_go_to_workers_a_few_at_a_time():
    # 64 records of 3 MB in one chunk held 192 MB per chunk, four chunks a worker in flight
    from cleantext import batch

    records = [(n, b"x" * 3 * 2**20) for n in range(10)] + [(11, b"y"), (12, None)]
    chunks = list(batch.chunks_of(records))
    assert [len(chunk) for chunk in chunks] == [2, 2, 2, 2, 2, 2]
    assert [record for chunk in chunks for record in chunk] == records
    assert [len(chunk) for chunk in batch.chunks_of((n, b"z") for n in range(130))] == [64, 64, 2]


def test_a_worker_that_dies_stops_the_batch_with_an_error_not_a_hang(tmp_path):
    records = tmp_path / "in.jsonl"
    line = json.dumps({"text": SEED.read_text(encoding="utf-8")}) + "\n"
    records.write_text(line * 3000, encoding="utf-8")
    batch = subprocess.Popen(
        [sys.executable, "-m", "cleantext", "--jsonl", "-j", "2", str(records)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    children: list[str] = []
    for _ in range(200):  # the workers, as the OOM killer would find them
        found = subprocess.run(["pgrep", "-P", str(batch.pid)], capture_output=True, text=True)
        children = found.stdout.split()
        if len(children) >= 2:
            break
        time.sleep(0.05)
    assert children, "no worker started"
    __import__("os").kill(int(children[0]), signal.SIGKILL)
    out, err = batch.communicate(timeout=60)
    assert batch.returncode == 1
    assert err.decode().splitlines()[-1] == (
        "cleantext: error: a worker process died (killed, or out of memory?)"
    )
    assert all(json.loads(record)["text"] for record in out.splitlines())  # whole lines only


def test_out_dir_names_fit_the_file_system_in_any_script(tmp_path):
    named = tmp_path / ("記事" * 42)  # 252 bytes: with ".json" over the 255 a name may hold
    named.write_bytes(SEED.read_bytes())
    out = run("--out-dir", str(tmp_path / "out"), str(named))
    assert out.returncode == 0, out.stderr
    [text] = (tmp_path / "out").glob("*.txt")
    assert len(text.name.encode()) <= 255 and text.name.startswith("記事記事")
