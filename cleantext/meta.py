"""Names, dates and outlets: parsing what rules read off a page into the record's form."""

from __future__ import annotations

import datetime as dt

import regex

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month_name>[A-Za-z]{3,9})\.?"
_DATE_FORMS = [
    # 2019-12-30, 2019-12-30T10:00:00Z, 2019/12/30 (also inside a URL path)
    regex.compile(
        r"(?P<year>(?:19|20)\d\d)[-/](?P<month>[01]?\d)[-/](?P<day>[0-3]?\d)"
        r"(?P<time>T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    ),
    # 12/30/2019: US order, the form MSN and most US sites print
    regex.compile(r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)"),
    # December 30, 2019 / Dec. 30 2019
    regex.compile(_MONTH + r" (?P<day>[0-3]?\d),? (?P<year>(?:19|20)\d\d)"),
    # 30 December 2019
    regex.compile(r"(?P<day>[0-3]?\d) " + _MONTH + r",? (?P<year>(?:19|20)\d\d)"),
]


def parse_date(value: str) -> str | None:
    """The first date in `value` as ISO 8601 (YYYY-MM-DD, or the full timestamp when given).

    >>> parse_date("12/30/2019")
    '2019-12-30'
    >>> parse_date("Dec. 30, 2019")
    '2019-12-30'
    """
    for form in _DATE_FORMS:
        for match in form.finditer(value):
            parts = match.groupdict()
            month_name = parts.get("month_name")
            month = _MONTHS.get(month_name.lower()) if month_name else int(parts["month"])
            if month is None:
                continue
            try:
                day = dt.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            return day.isoformat() + (parts.get("time") or "")
    return None


_BY = regex.compile(r"^(?:by|written by|posted by)\s+", regex.IGNORECASE)
_AUTHOR_SEPARATORS = regex.compile(r"\s*(?:,|;|&|\band\b|\|)\s*")


def split_authors(value: str) -> list[str]:
    """Split a byline into names: "By A, B and C" -> ["A", "B", "C"].

    >>> split_authors("By Glen Carey and Zaid Sabah")
    ['Glen Carey', 'Zaid Sabah']
    """
    value = _BY.sub("", value.strip())
    names = (name.strip(" .") for name in _AUTHOR_SEPARATORS.split(value))
    return [name for name in names if name]


# Display names of outlets as bylines and hosts spell them; keys are lower case.
OUTLET_NAMES = {
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "reuters": "Reuters",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "washington post": "The Washington Post",
    "the washington post": "The Washington Post",
    "new york times": "The New York Times",
    "the new york times": "The New York Times",
    "jerusalem post": "The Jerusalem Post",
    "the jerusalem post": "The Jerusalem Post",
    "rudaw": "Rudaw",
    "military.com": "Military.com",
    "cnn": "CNN",
    "bbc": "BBC",
    "politico": "Politico",
}


# Hosts whose outlet a page may not name in its markup.
OUTLET_HOSTS = {
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "bloomberg.com": "Bloomberg",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "jpost.com": "The Jerusalem Post",
    "rudaw.net": "Rudaw",
    "military.com": "Military.com",
    "cnn.com": "CNN",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "politico.com": "Politico",
    "theguardian.com": "The Guardian",
    "aljazeera.com": "Al Jazeera",
    "npr.org": "NPR",
    "wsj.com": "The Wall Street Journal",
    "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "theatlantic.com": "The Atlantic",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
}


def outlet_of_host(host: str | None) -> str | None:
    """The outlet a known news host belongs to ("edition.cnn.com" -> "CNN"), else None."""
    while host:
        if host in OUTLET_HOSTS:
            return OUTLET_HOSTS[host]
        host = host.partition(".")[2] if host.count(".") > 1 else None
    return None


def outlet_name(value: str) -> str:
    """The display name for an outlet as written on a page ("bloomberg" -> "Bloomberg")."""
    value = " ".join(value.split())
    return OUTLET_NAMES.get(value.lower(), value)


def host_of(url: str) -> str | None:
    """The lower-case host of a URL, without "www." ("https://www.msn.com/x" -> "msn.com")."""
    match = regex.match(r"^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)", url.strip(), regex.I)
    if not match:
        return None
    host = match.group(1).lower().rstrip(".")
    return host.removeprefix("www.")


_URL_DATE = regex.compile(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?:/|$)")


def date_from_url(url: str) -> str | None:
    """The publication date a URL path states as /YYYY/MM/DD/, as ISO 8601."""
    match = _URL_DATE.search(url)
    return parse_date("-".join(match.groups())) if match else None
