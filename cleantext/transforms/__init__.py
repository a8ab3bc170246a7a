"""Structural transforms that a rule set names with `transform = "..."`: what data cannot say.

A transform takes the Draft and the rule set's `[options]` table and changes the Draft in
place, recording every paragraph it takes out in `draft.removed`. It also says what it accepts
in `[options]`, so that a wrong table is an error when the rule set loads, not when it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..draft import Draft
from . import newsdiffs


@dataclass(frozen=True)
class Transform:
    run: Callable[[Draft, Mapping[str, Any]], None]
    options_problem: Callable[[Mapping[str, Any]], str | None]  # what is wrong, or None


TRANSFORMS: dict[str, Transform] = {
    "newsdiffs": Transform(newsdiffs.rebuild_version, newsdiffs.options_problem),
}
