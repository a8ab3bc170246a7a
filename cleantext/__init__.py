"""cleantext: scraped news articles (plain text or HTML) to canonical text plus a metadata record.

>>> import cleantext
>>> result = cleantext.clean(open("article.txt", encoding="utf-8").read())
>>> result.text, result.title, result.authors, result.removed
"""

from __future__ import annotations

from functools import lru_cache

from .errors import CleanTextError, InputError, RuleError
from .pipeline import Cleaner
from .record import Removal, Result

__all__ = ["CleanTextError", "Cleaner", "InputError", "Removal", "Result", "RuleError", "clean"]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default_cleaner() -> Cleaner:
    return Cleaner()


def clean(source: str | bytes, *, url: str | None = None) -> Result:
    """Clean one article with the built-in rule sets (loaded once, on first use)."""
    return _default_cleaner().clean(source, url=url)
