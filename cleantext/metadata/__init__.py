"""The record's metadata: candidates from every signal a page has, weighed by named precedence
and agreement; each chosen value keeps its source (the record's `provenance`).

Precedence, per field, first to last (a source missing from a page is skipped):

- title: the <h1> when it shares a word with another source's title (the headline readers
  see, where the tags may carry another for search engines), else the value two or more
  sources agree on (after site names are cut off), else JSON-LD headline, the <h1>, og:title,
  microdata, twitter:title, Dublin Core, the <title>, trafilatura.
- authors: JSON-LD author, microdata, <meta name=author> and kin, rel=author links, the DOM
  byline, trafilatura; the first source that names a person wins. Agencies, newsrooms, site
  names and placeholders ("Staff", "No Author") are never authors.
- date: JSON-LD datePublished, article:published_time, microdata, other <meta> dates,
  <time datetime>, a date in the URL path, a date printed by the headline, one printed as
  "Updated ...", trafilatura. Never later than the page's own modified date, never after the
  crawl. A UTC timestamp ("...Z") is read in the page's own zone when the page shows it (the
  same moment with an offset, the time printed for readers, the URL's day): the day is the
  outlet's.
- outlet: og:site_name, JSON-LD publisher, the table of known news hosts, JSON-LD WebSite name,
  application-name, what the <title> adds to the headline ("Headline | Site"), the logo's
  text, the footer's copyright holder, trafilatura's site name; a bare host name never is.
- url: the canonical link, og:url, JSON-LD url, trafilatura.
- description: og:description, <meta name=description>, JSON-LD, trafilatura.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from .values import (
    MAX_AUTHORS,
    TITLE_SEPARATORS,
    clean_title,
    date_from_url,
    host_of,
    outlet_name,
    outlet_of_host,
    parse_date,
    site_key,
    split_authors,
)


@dataclass(frozen=True)
class Candidate:
    """One value a page states for a field, and where it was found ("jsonld:headline")."""

    field: str
    value: str
    source: str


PRECEDENCE = {
    "title": [
        "jsonld:headline", "html:h1", "meta:og:title", "microdata:headline", "meta:twitter:title",
        "meta:dc.title", "meta:dcterms.title", "meta:parsely-title", "meta:sailthru.title",
        "html:title", "trafilatura:title",
    ],
    "authors": [
        "jsonld:author", "microdata:author", "microdata:creator", "meta:author",
        "meta:article:author", "meta:parsely-author", "meta:sailthru.author", "meta:dc.creator",
        "meta:dcterms.creator", "meta:citation_author", "meta:byl", "rel:author", "dom:byline",
        "dom:dateline", "trafilatura:author",
    ],
    "date": [
        "jsonld:datePublished", "meta:article:published_time", "meta:og:article:published_time",
        "microdata:datePublished", "meta:datepublished", "meta:article.published",
        "meta:parsely-pub-date", "meta:sailthru.date", "meta:dc.date", "meta:dc.date.issued",
        "meta:dcterms.issued", "meta:dcterms.created", "meta:citation_publication_date",
        "meta:pubdate", "meta:publishdate", "meta:publish-date", "meta:publication_date",
        "meta:date", "jsonld:dateCreated", "time:datetime", "url:path", "dom:date",
        "dom:updated", "trafilatura:date",
    ],
    "modified": [
        "jsonld:dateModified", "meta:article:modified_time", "meta:og:updated_time",
        "microdata:dateModified", "meta:datemodified", "meta:dcterms.modified",
        "meta:last-modified",
    ],
    "outlet": [
        "meta:og:site_name", "jsonld:publisher", "hosts:table", "jsonld:website",
        "meta:application-name", "html:title-suffix", "dom:logo", "dom:copyright",
        "trafilatura:sitename",
    ],
    "url": ["link:canonical", "meta:og:url", "jsonld:url", "trafilatura:url"],
    "description": [
        "meta:og:description", "meta:description", "jsonld:description", "trafilatura:description",
    ],
}  # fmt: skip
# Titles that sites build from the headline, a section and their own name.
_PAGE_TITLES = {"html:title", "meta:og:title", "meta:twitter:title", "trafilatura:title"}
_HOST_SHAPED = regex.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$")
# Languages whose pages write 01/02/2019 month first: US English (and "en" with no region).
_MONTH_FIRST = ("en", "en-us", "en_us")


def choose(
    candidates: list[Candidate],
    url: str | None,
    lang: str | None = None,
    now: dt.date | None = None,
) -> dict[str, tuple[str | list[str], str]]:
    """For each field, the chosen value and its source; fields no signal supports are absent."""
    ranked = {field: _ranked(candidates, field) for field in PRECEDENCE}
    chosen: dict[str, tuple[str | list[str], str]] = {}
    for field in ("url", "description"):
        if ranked[field]:
            chosen[field] = (ranked[field][0].value, ranked[field][0].source)
    page_url = str(chosen["url"][0]) if "url" in chosen else url
    host = host_of(page_url or "") or host_of(url or "")

    site_names = {c.value for c in ranked["outlet"]} | (
        {host, host.split(".")[0]} if host else set()
    )
    if known := outlet_of_host(host):
        site_names.add(known)
    if title := _title(ranked["title"], site_names):
        chosen["title"] = title
        ranked["outlet"] += _title_suffixes(ranked["title"], str(title[0]))
    if outlet := _outlet(ranked["outlet"], host):
        chosen["outlet"] = outlet
    site_keys = _site_keys(site_names)
    for candidate in ranked["authors"]:
        names = [n for n in split_authors(candidate.value) if not _names_site(n, site_keys)]
        if names:
            same = [c for c in ranked["authors"] if c.source == candidate.source]
            names += [  # one JSON-LD entry per author: gather them all (up to MAX_AUTHORS)
                n
                for other in same[1:MAX_AUTHORS]
                for n in split_authors(other.value)
                if not _names_site(n, site_keys)
            ]
            chosen["authors"] = (list(dict.fromkeys(names))[:MAX_AUTHORS], candidate.source)
            break
    day_first = bool(lang) and (lang or "").lower() not in _MONTH_FIRST
    if date := _date(ranked["date"], ranked["modified"], page_url, day_first, now):
        chosen["date"] = date
    return chosen


def _ranked(candidates: list[Candidate], field: str) -> list[Candidate]:
    order = {source: rank for rank, source in enumerate(PRECEDENCE[field])}
    mine = [c for c in candidates if c.field == field and c.source in order]
    return sorted(mine, key=lambda c: order[c.source])  # stable: page order within a source


def _folded(names: set[str]) -> set[str]:
    return {name.casefold().removeprefix("the ") for name in names} | {
        name.casefold() for name in names
    }


def _site_keys(site_names: set[str]) -> set[str]:
    """The site's names compared loosely, once per page: "tagesschaude", "tagesschau"."""
    return ({_letters(site) for site in site_names} | {site_key(site) for site in site_names}) - {
        ""
    }


def _names_site(name: str, site_keys: set[str]) -> bool:
    """Whether an author's name is the site's ("The Guardian", "Tagesschau De" for
    tagesschau.de, "BBC South West" for bbc.co.uk), not a person's."""
    first = name.split()[0] if name.split() else ""
    return bool(site_keys & {_letters(name), site_key(name), _letters(first)})


def _letters(name: str) -> str:
    return regex.sub(r"[\W_]+", "", name.casefold())


def _outlet(ranked: list[Candidate], host: str | None) -> tuple[str, str] | None:
    known = outlet_of_host(host)
    table = [Candidate("outlet", known, "hosts:table")] if known else []
    order = PRECEDENCE["outlet"]
    for candidate in sorted(ranked + table, key=lambda c: order.index(c.source)):
        value = candidate.value.strip()
        if _HOST_SHAPED.match(value):  # "example.com" is an address, not a name
            named = outlet_of_host(host_of("https://" + value.split("://")[-1].strip("/")))
            if named:
                return named, "hosts:table"
            continue
        return outlet_name(value), candidate.source
    return None


def _title(ranked: list[Candidate], site_names: set[str]) -> tuple[str, str] | None:
    """The headline two sources agree on, else the first by precedence."""
    folded_sites = _folded(site_names)
    cleaned: list[tuple[str, str]] = []
    for candidate in ranked:
        page_title = candidate.source in _PAGE_TITLES
        title = clean_title(candidate.value, site_names, page_title)
        if title and title.casefold() not in folded_sites:
            cleaned.append((title, candidate.source))
    if not cleaned:
        return None
    support: dict[str, set[str]] = {}
    for title, source in cleaned:  # <title>, og:title and twitter:title are one voice
        support.setdefault(_key(title), set()).add("page" if source in _PAGE_TITLES else source)
    agreed = [(t, s) for t, s in cleaned if len(support[_key(t)]) >= 2]
    shown = [(t, s) for t, s in cleaned if s == "html:h1" and _on_topic(t, cleaned)]
    title, source = (shown or agreed or cleaned)[0]
    for other, other_source in cleaned:  # "Kicker: Headline" where a source has the headline
        extra = _key(title).removesuffix(_key(other))
        if other != title and _key(title).endswith(" " + _key(other)) and len(extra.split()) <= 4:
            return other, other_source
    return title, source


def _on_topic(h1: str, cleaned: list[tuple[str, str]]) -> bool:
    """Whether the <h1> is the headline readers see, when the tags carry another one for
    search engines and sharing: a headline's length, a word of four letters or more in
    common with another source's title (a cookie banner's or a newsletter's <h1> has none)."""
    words = set(_key(h1).split())
    if len(words) < 3:
        return False
    return any(
        any(len(word) >= 4 and word in words for word in _key(title).split())
        for title, source in cleaned
        if source != "html:h1"
    )


def _title_suffixes(ranked: list[Candidate], title: str) -> list[Candidate]:
    """What a page title adds to the headline: "Headline | Site", "Site: Headline" name the
    site (the last part, after any section)."""
    found = []
    for candidate in ranked:
        if candidate.source not in _PAGE_TITLES or title not in candidate.value:
            continue
        before, _, after = candidate.value.partition(title)
        rest = _title_parts(after) or _title_parts(before)
        if rest and 1 <= len(rest[-1].split()) <= 6:
            found.append(Candidate("outlet", rest[-1], "html:title-suffix"))
    return found


def _title_parts(rest: str) -> list[str]:
    """The names in what a page title holds beside the headline ("_新闻中心_新浪网", "Site: ")."""
    parts = (part.strip(" :：_-–—|｜") for part in TITLE_SEPARATORS.split(rest))
    return [part for part in parts if part]


@lru_cache(maxsize=4096)
def _key(title: str) -> str:
    return regex.sub(r"[\W_]+", " ", title.casefold()).strip()


def _date(
    ranked: list[Candidate],
    modified: list[Candidate],
    url: str | None,
    day_first: bool,
    now: dt.date | None,
) -> tuple[str, str] | None:
    latest = (now or dt.date.today()).isoformat()
    changed = next((d for c in modified if (d := parse_date(c.value, day_first)) is not None), None)
    with_url = ranked + ([Candidate("date", url, "url:path")] if url else [])
    order = PRECEDENCE["date"]
    parsed = [
        (candidate, date)
        for candidate in sorted(with_url, key=lambda c: order.index(c.source))
        if (
            date := date_from_url(candidate.value)
            if candidate.source == "url:path"
            else parse_date(candidate.value, day_first)
        )
    ]
    for candidate, date in parsed:
        if date[:10] > latest:
            continue
        if changed is not None and date[:10] > changed[:10]:
            continue  # later than the page's own "modified": not the publication date
        return _in_page_zone(date, candidate.source, parsed, changed)
    return None


# The UTC offsets in use in the world: a moment falls on the day before or after its UTC day
# somewhere, and a page prints the day of its own zone.
_WEST, _EAST = dt.timedelta(hours=-12), dt.timedelta(hours=14)
# An update's day, and trafilatura's own guess: not the page's word for the day it published.
_NOT_PUBLISHED_DAY = ("dom:updated", "trafilatura:date")
# A time of day as pages print it: "00:40", "8:30 PM", "7:30am", "10:12 p. m.", "15h30";
# never the "04.09" of a date "04.09.2025".
_CLOCK = regex.compile(
    r"(?<![\d.:])([012]?\d)[:.h]([0-5]\d)(?![\d]|[.:]\d)(?:\s?([ap])\.?\s?m\b\.?)?",
    regex.IGNORECASE,
)


def _in_page_zone(
    date: str, source: str, parsed: list[tuple[Candidate, str]], changed: str | None
) -> tuple[str, str]:
    """A timestamp in UTC ("...Z") read in the page's own time zone when the page shows it:
    the same moment stated with an offset, the date and time printed for readers, or the day
    of the URL or of a date-only tag. Else the timestamp as it is."""
    instant = _instant(date)
    if instant is None or instant.utcoffset():
        return date, source
    for candidate, value in parsed:  # the same moment, with the page's offset
        other = _instant(value)
        if other is not None and other.utcoffset() and other == instant:
            return value, candidate.source
    earliest, last = (instant + _WEST).date().isoformat(), (instant + _EAST).date().isoformat()
    days = [
        (candidate, value[:10])
        for candidate, value in parsed
        if "T" not in value and value[:10] != date[:10] and earliest <= value[:10] <= last
    ]
    for candidate, day in days:  # the date and time printed for readers
        if candidate.source == "dom:date" and (
            zone := _printed_zone(candidate.value, dt.date.fromisoformat(day), instant)
        ):
            return instant.astimezone(zone).isoformat(), candidate.source
    for candidate, day in days:  # the day alone
        if candidate.source in _NOT_PUBLISHED_DAY:
            continue
        if candidate.source == "dom:date" and day > date[:10] and changed not in (None, date):
            continue  # on a page updated since, a day printed without its time may be the update's
        return day, candidate.source
    return date, source


def _instant(value: str) -> dt.datetime | None:
    """The moment a timestamp with an offset names; None for a date or a local time."""
    if "T" not in value:
        return None
    try:
        # Python 3.10 reads no "Z": it is "+00:00"
        moment = dt.datetime.fromisoformat(value.removesuffix("Z") + "+00:00" * value.endswith("Z"))
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None


def _printed_zone(printed: str, day: dt.date, instant: dt.datetime) -> dt.timezone | None:
    """The page's zone, when a time printed beside its date is the instant's local time (an
    offset of whole quarter hours that some zone has)."""
    utc = instant.astimezone(dt.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    for hour, minute, half in _CLOCK.findall(printed):
        hours = int(hour) % 12 + (12 if half.lower() == "p" else 0) if half else int(hour)
        if hours > 23:
            continue
        offset = dt.datetime.combine(day, dt.time(hours, int(minute))) - utc
        if offset and _WEST <= offset <= _EAST and not offset % dt.timedelta(minutes=15):
            return dt.timezone(offset)
    return None
