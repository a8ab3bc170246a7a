"""Shared paths and helpers for the tests."""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPECTED = SEEDS / "expected"
# The record's fields in the contract's order (SPEC: The record), then `changes` (NewsDiffs).
RECORD_FIELDS = [
    "text", "title", "description", "outlet", "platform", "authors", "date", "url",
    "credits", "rulesets", "removed", "warnings", "changes", "provenance",
]  # fmt: skip


OFFLINE = Path(__file__).resolve().parent / "offline"


def pytest_configure(config):
    """No network, in this process and in every process a test starts (the CLI, its workers):
    a code path that opens a connection fails the test that reached it."""
    paths = [str(OFFLINE), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    runpy.run_path(str(OFFLINE / "sitecustomize.py"))


def seed_names() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def cleaner():
    from cleantext import Cleaner

    return Cleaner()
