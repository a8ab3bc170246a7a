"""The seed articles clean to the hand-written expected text and record (SPEC: The seeds)."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from accounting import unaccounted_lines
from conftest import EXPECTED, SEEDS, seed_names

GOLDEN = sorted(p.stem for p in EXPECTED.glob("*.json"))
# Seeds whose text is pinned exactly; NewsDiffs seed 001 has its own test in test_newsdiffs.py.
EXACT = [name for name in GOLDEN if not name.startswith("001_")]


def _clean(cleaner, name):
    return cleaner.clean((SEEDS / f"{name}.txt").read_bytes())


@pytest.mark.parametrize("name", EXACT)
def test_seed_text_is_exactly_the_hand_written_body(cleaner, name):
    expected = (EXPECTED / f"{name}.txt").read_text(encoding="utf-8")
    assert _clean(cleaner, name).text + "\n" == expected


@pytest.mark.parametrize("name", GOLDEN)
def test_seed_record_matches_the_hand_written_sidecar(cleaner, name):
    """Every field the golden file names must match; `removed` is compared as a multiset
    because its order follows the passes, not the page."""
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    sidecar = _clean(cleaner, name).sidecar()
    if "removed" in expected:
        expected_removed = Counter((r["rule"], r["text"]) for r in expected.pop("removed"))
        assert Counter((r["rule"], r["text"]) for r in sidecar["removed"]) == expected_removed
    assert {field: sidecar[field] for field in expected} == expected


@pytest.mark.parametrize("name", seed_names())
def test_cleaning_is_idempotent(cleaner, name):
    once = _clean(cleaner, name).text
    assert cleaner.clean(once).text == once


@pytest.mark.parametrize("name", seed_names())
def test_every_input_line_is_kept_or_recorded_as_removed(cleaner, name):
    source = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    assert unaccounted_lines(source, _clean(cleaner, name)) == []


@pytest.mark.parametrize("name", seed_names())
def test_seed_text_has_canonical_shape(cleaner, name):
    text = _clean(cleaner, name).text
    assert text == text.strip()
    assert "\n\n\n" not in text
    for paragraph in text.split("\n\n"):
        assert paragraph and "\n" not in paragraph and "  " not in paragraph
        assert "\u00a0" not in paragraph


def test_seed_000_cli_json_gives_the_record_the_contract_describes(tmp_path):
    import subprocess
    import sys

    seed = SEEDS / "000_0352eaa01a212f6d.txt"
    out = subprocess.run(
        [sys.executable, "-m", "cleantext", "--format", "json"],
        stdin=seed.open("rb"),
        capture_output=True,
        check=True,
    )
    record = json.loads(out.stdout)
    assert (record["outlet"], record["platform"], record["authors"], record["date"]) == (
        "Bloomberg",
        "MSN",
        ["Glen Carey"],
        "2019-12-30",
    )
    assert record["text"].startswith("(Bloomberg) -- The U.S. air strikes")
    assert "‘Pretty Darn Patient’" in record["text"].split("\n\n")
