"""Shared paths and helpers for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPECTED = SEEDS / "expected"


def seed_names() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def cleaner():
    from cleantext import Cleaner

    return Cleaner()
