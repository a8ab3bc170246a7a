"""Shared paths and helpers for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPECTED = SEEDS / "expected"
# The record's fields in the contract's order (SPEC: The record), then `changes` (NewsDiffs).
RECORD_FIELDS = [
    "text", "title", "description", "outlet", "platform", "authors", "date", "url",
    "credits", "rulesets", "removed", "warnings", "changes",
]  # fmt: skip


def seed_names() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def cleaner():
    from cleantext import Cleaner

    return Cleaner()
