"""The document while it is being cleaned: paragraphs plus everything taken out of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .metadata.values import outlet_name, parse_date, split_authors
from .record import Removal


@dataclass
class Draft:
    """Mutable working state handed from stage to stage; `pipeline` freezes it into a Result.

    Stages change it in place rather than copying it so that a long document is not
    copied once per rule set; every stage that takes a paragraph out records it here.
    """

    paragraphs: list[str]
    removed: list[Removal] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rulesets: list[str] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)  # field -> where its value came from

    @classmethod
    def from_text(cls, text: str) -> Draft:
        """One paragraph per non-blank line of normalised text."""
        return cls([line for line in text.split("\n") if line])

    def copy(self) -> Draft:
        """A copy to change while this one stays as it is (its items are never changed)."""
        return Draft(
            paragraphs=list(self.paragraphs),
            removed=list(self.removed),
            credits=list(self.credits),
            fields=dict(self.fields),
            authors=list(self.authors),
            warnings=list(self.warnings),
            rulesets=list(self.rulesets),
            provenance=dict(self.provenance),
        )

    def remove(self, rule: str, text: str) -> None:
        self.removed.append(Removal(rule, text))

    def has(self, name: str) -> bool:
        return bool(self.authors) if name == "authors" else self.fields.get(name) is not None

    def read(self, name: str, value: str, rule: str) -> None:
        """Put a value read off the page into the record; the first value found wins."""
        value = " ".join(value.split())
        if not value:
            return
        if name == "authors":
            self.read_authors(split_authors(value), rule)
        elif self.has(name):
            return
        elif name == "date":
            date = parse_date(value)
            if date is None:
                self.warnings.append(f"{rule}: could not read a date from {value!r}")
                return
            self.fields["date"] = date
        elif name in ("outlet", "platform"):
            self.fields[name] = outlet_name(value)
        else:
            self.fields[name] = value
        self.provenance[name] = rule

    def read_authors(self, names: list[str], rule: str) -> None:
        """The record's authors, from the first source that names any: a later byline (the
        page's text repeating its markup's byline) is read as furniture, not as more names."""
        if names and not self.authors:
            self.authors = list(dict.fromkeys(names))
            self.provenance["authors"] = rule
