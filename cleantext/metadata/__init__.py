"""The record's metadata: candidates from every signal a page has, weighed by named precedence
and agreement; each chosen value keeps its source (the record's `provenance`).

Precedence, per field, first to last (a source missing from a page is skipped):

- title: the value two or more sources agree on (after site names are cut off), else JSON-LD
  headline, the <h1>, og:title, microdata, twitter:title, Dublin Core, the <title>, trafilatura.
- authors: JSON-LD author, microdata, <meta name=author> and kin, rel=author links, the DOM
  byline, trafilatura; the first source that names a person wins. Agencies, newsrooms, site
  names and placeholders ("Staff", "No Author") are never authors.
- date: JSON-LD datePublished, article:published_time, microdata, other <meta> dates,
  <time datetime>, a date in the URL path, a date in the DOM, trafilatura. Never later than
  the page's own modified date, never after the crawl.
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
        "trafilatura:date",
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
            for other in same[1:]:  # one JSON-LD entry per author: gather them all
                names += [
                    n
                    for n in split_authors(other.value)
                    if n not in names and not _names_site(n, site_keys)
                ]
            chosen["authors"] = (names, candidate.source)
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
    title, source = (agreed or cleaned)[0]
    for other, other_source in cleaned:  # "Kicker: Headline" where a source has the headline
        extra = _key(title).removesuffix(_key(other))
        if other != title and _key(title).endswith(" " + _key(other)) and len(extra.split()) <= 4:
            return other, other_source
    return title, source


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
    for candidate in sorted(with_url, key=lambda c: order.index(c.source)):
        value = candidate.value
        if candidate.source == "url:path":
            date = date_from_url(value)
        else:
            date = parse_date(value, day_first)
        if date is None or date[:10] > latest:
            continue
        if changed is not None and date[:10] > changed[:10]:
            continue  # later than the page's own "modified": not the publication date
        return date, candidate.source
    return None
