"""The result of cleaning one document, and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Removal:
    """One line or span taken out of the body, and the rule that took it."""

    rule: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "text": self.text}


@dataclass(frozen=True)
class Result:
    """A cleaned article: canonical body text plus the metadata sidecar.

    Lists are tuples so a Result can be shared and hashed safely; `to_dict()`
    gives the JSON record described in the contract.
    """

    text: str
    title: str | None = None
    description: str | None = None
    outlet: str | None = None
    platform: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    url: str | None = None
    credits: tuple[str, ...] = ()
    rulesets: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    changes: int | None = None  # how often the source says the story changed (NewsDiffs)
    # where each value came from: ("date", "jsonld:datePublished"), ("authors", "generic.byline")
    provenance: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON record: one flat object, lists as lists."""
        return {
            "text": self.text,
            "title": self.title,
            "description": self.description,
            "outlet": self.outlet,
            "platform": self.platform,
            "authors": list(self.authors),
            "date": self.date,
            "url": self.url,
            "credits": list(self.credits),
            "rulesets": list(self.rulesets),
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
            "changes": self.changes,
            "provenance": dict(self.provenance),
        }

    def sidecar(self) -> dict[str, Any]:
        """The record without `text`: what `--sidecar` writes beside the text."""
        record = self.to_dict()
        del record["text"]
        return record
