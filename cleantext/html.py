"""The trafilatura fallback: HTML in, main text and page metadata out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import regex

from .draft import Draft

# A document is HTML when it opens like a page, or is dense with block-level tags.
_HTML_START = regex.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_COMMON_TAG = regex.compile(
    r"</?(?:p|div|span|a|li|ul|table|tr|td|h[1-6]|article|section|br|img|meta|script)\b[^>]{0,500}>",
    regex.IGNORECASE,
)
# Plain text quoting a tag or two is not HTML; a page has many tags per kilobyte.
_MIN_TAGS = 5
_MIN_TAGS_PER_KB = 2.0


def looks_like_html(text: str) -> bool:
    """True for a web page, False for plain text that merely mentions a tag."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    sample = text[:65536]
    tags = len(_COMMON_TAG.findall(sample))
    return tags >= _MIN_TAGS and tags >= _MIN_TAGS_PER_KB * len(sample) / 1024


# How far down the extracted text the <h1> may sit (after a kicker, a dateline or a sidebar).
TITLE_WITHIN = 3


@dataclass
class Extracted:
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def trafilatura_options() -> dict[str, Any]:
    """The options cleantext extracts with (also the benchmark's baseline)."""
    return {
        "with_metadata": True,
        "include_comments": False,
        "include_tables": False,
        "include_images": False,
        "deduplicate": False,
        # Only dates the markup states (meta, JSON-LD, <time>, the URL): htmldate's extensive
        # search would take any date from the story's text for the publication date.
        "date_extraction_params": {
            "original_date": True,
            "extensive_search": False,
            "max_date": date.today().isoformat(),
        },
    }


def extract(html: str, url: str | None) -> Extracted:
    """Main text (one paragraph per line) and metadata of a page, by trafilatura's Python API."""
    import trafilatura  # imported late: plain-text users never pay for it

    document = trafilatura.bare_extraction(html, url=url, **trafilatura_options())
    found: dict[str, Any] = {}
    if document is not None:
        found = document if isinstance(document, dict) else document.as_dict()
    warnings = []
    text = found.get("text") or ""
    if not text:
        warnings.append("html: trafilatura found no main text; fell back to the page's whole text")
        _, text, _ = trafilatura.baseline(html)
    # trafilatura's names for the record's fields
    names = {
        "title": "title",
        "description": "description",
        "authors": "author",
        "date": "date",
        "outlet": "sitename",
        "url": "url",
    }
    metadata = {field: found[key] for field, key in names.items() if found.get(key)}
    return Extracted(text=text or "", metadata=metadata, warnings=warnings)


def drop_repeated_title(draft: Draft) -> None:
    """trafilatura keeps the <h1> in the text, near the top; it belongs in `title`, not the body."""
    title = draft.fields.get("title")
    if not title:
        return
    for index, paragraph in enumerate(draft.paragraphs[:TITLE_WITHIN]):
        if paragraph.casefold() == title.casefold():
            draft.remove("html.headline", draft.paragraphs.pop(index))
            return
