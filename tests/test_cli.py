"""The command line as a user runs it: a filter with clear errors and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys

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
