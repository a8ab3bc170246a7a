"""The public API: clean(), Cleaner and a frozen Result with the contract's JSON form."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import RECORD_FIELDS

import cleantext

BODY = "The council voted on Tuesday to approve the budget after a long debate, officials said."


def test_public_names_are_only_what_users_need():
    assert sorted(cleantext.__all__) == [
        "CleanTextError",
        "Cleaner",
        "InputError",
        "Removal",
        "Result",
        "RuleError",
        "clean",
    ]


def test_result_is_frozen_and_its_record_has_the_contract_fields():
    result = cleantext.clean(BODY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]
    assert list(result.to_dict()) == RECORD_FIELDS
    assert result.sidecar() == {k: v for k, v in result.to_dict().items() if k != "text"}


def test_url_argument_fills_url_and_its_date():
    result = cleantext.clean(BODY, url="https://example.com/2020/05/01/council")
    assert result.url == "https://example.com/2020/05/01/council" and result.date == "2020-05-01"


def test_cleaner_rejects_an_unknown_newsdiffs_version():
    with pytest.raises(ValueError, match="'new' or 'old'"):
        cleantext.Cleaner(newsdiffs_version="newest")


def test_a_line_too_long_for_boilerplate_is_kept_whole_with_a_warning():
    # A credit-shaped line is boilerplate when short; run on for pages, it is kept, unread.
    long_line = "Reporting by " + "Jane Doe and John Smith and " * 400 + "Ana Ortiz."
    result = cleantext.clean(BODY + "\n\n" + long_line)
    assert result.text == BODY + "\n\n" + long_line
    assert any("over 5000 characters" in w for w in result.warnings)
    assert cleantext.clean(BODY + "\n\nReporting by Jane Doe.").text == BODY


@pytest.mark.parametrize(
    "first",
    [
        "Will the deal hold?",
        "“We will not back down,” the minister told the crowd",
        "Residents wait for answers as floodwaters recede!",
    ],
)
def test_a_question_quote_or_exclamation_opening_clean_text_is_not_taken_for_a_title(first):
    text = f"{first}\n\n{BODY}"
    result = cleantext.clean(text)
    assert result.text == text and result.title is None
    assert cleantext.clean(result.text).text == result.text  # cleaning twice changes nothing


def test_no_code_path_reaches_the_network():
    """The suite runs offline by force (conftest); prove the guard holds, here and in the CLI."""
    import socket
    import subprocess
    import sys

    with pytest.raises(BaseException, match="tried to reach the network"):
        socket.create_connection(("example.com", 80), timeout=1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        with pytest.raises(BaseException, match="tried to reach the network"):
            udp.sendto(b"x", ("192.0.2.1", 53))
    child = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('example.com', 80))"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode != 0 and "tried to reach the network" in child.stderr


def test_the_package_never_imports_a_downloader():
    import cleantext

    package = Path(cleantext.__file__).parent
    sources = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    for name in ("fetch_url", "trafilatura.downloads", "urllib.request", "requests", "socket"):
        assert name not in sources, name


def test_a_cleaner_pickles_for_worker_processes():
    """datasets.map(num_proc=...), multiprocessing's spawn and Spark ship the Cleaner pickled."""
    import pickle

    cleaner = cleantext.Cleaner()
    copy = pickle.loads(pickle.dumps(cleaner))
    page = f"Advertisement\n\n{BODY}\n\nShare this article"
    assert copy.clean(page).to_dict() == cleaner.clean(page).to_dict()


def test_the_package_works_from_a_zip(tmp_path):
    """Spark's --py-files ships the package as a zip: the built-in rule sets and the outlet
    table must load from it, and the records must be the same."""
    package = Path(cleantext.__file__).parent
    archive = tmp_path / "cleantext.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(package.parent))
    seed = next((Path(__file__).parent.parent / "seeds").glob("000_*.txt")).read_text()
    code = (
        "import cleantext, json, sys\n"
        "assert cleantext.__file__.startswith(sys.argv[1]), cleantext.__file__\n"
        "print(json.dumps(cleantext.clean(sys.stdin.read(), url=sys.argv[2]).to_dict()))\n"
    )
    url = "https://www.msn.com/en-us/news/world/story"
    env = {**os.environ, "PYTHONPATH": str(archive)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(archive), url],
        input=seed, capture_output=True, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == cleantext.clean(seed, url=url).to_dict()
