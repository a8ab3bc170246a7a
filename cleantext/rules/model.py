"""What a loaded rule set is: plain frozen data, compiled once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

# What a rule does with the line its pattern finds.
ACTIONS = {
    "drop": "remove the line",
    "drop_span": "remove only the matched text; the line goes if nothing else is left",
    "drop_rest": "remove the line and every line after it (a footer marker)",
    "credit": "move the line to `credits`",
    "metadata": "read the pattern's named groups into the record and remove the line",
}
# Where in the document a rule may fire.
PLACES = {
    "anywhere": "any line",
    "first": "only the first line the rule set sees",
    "lead": "only lines before the first line the rule set keeps (headline, byline, dek)",
}
# Record fields a metadata rule may fill through a named group of the same name.
METADATA_FIELDS = ("title", "description", "outlet", "authors", "date", "url")


@dataclass(frozen=True)
class Rule:
    name: str  # qualified: "<rule set>.<rule>"
    reason: str
    action: str
    pattern: regex.Pattern[str]
    where: str = "anywhere"
    next: regex.Pattern[str] | None = None  # the following line must match this


@dataclass(frozen=True)
class RuleSet:
    name: str
    description: str
    path: str  # the file it came from, for error messages
    outlet: str | None = None
    platform: str | None = None
    hosts: tuple[str, ...] = ()
    signatures: tuple[regex.Pattern[str], ...] = ()
    always: bool = False
    transform: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()

    def run_order(self) -> tuple[int, str]:
        """Structural transforms first, then platforms, then outlets, then the always-on sets."""
        rank = 0 if self.transform else 1 if self.platform else 3 if self.always else 2
        return rank, self.name
