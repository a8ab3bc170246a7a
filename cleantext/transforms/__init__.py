"""Structural transforms that a rule set names with `transform = "..."`: what data cannot say.

A transform takes the Draft and the rule set's `[options]` table and changes the Draft in
place, recording every paragraph it takes out in `draft.removed`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..draft import Draft
from . import newsdiffs

Transform = Callable[[Draft, Mapping[str, Any]], None]

TRANSFORMS: dict[str, Transform] = {
    "newsdiffs": newsdiffs.rebuild_version,
}
