"""Names, dates and outlets: parsing what rules read off a page into the record's form."""

from __future__ import annotations

import csv
import datetime as dt
from functools import cache, lru_cache
from importlib import resources

import regex

_MONTH_NAMES = [  # English, German, French, Spanish; abbreviations as pages print them
    ("january jan januar jän janvier janv enero ene"),
    ("february feb februar février févr fevrier febrero"),
    ("march mar märz maerz mars marzo"),
    ("april apr avril avr abril abr"),
    ("may mai mayo"),
    ("june jun juni juin junio"),
    ("july jul juli juillet juil julio"),
    ("august aug août aout agosto ago"),
    ("september sep sept septembre septiembre setiembre"),
    ("october oct oktober okt octobre octubre"),
    ("november nov novembre noviembre"),
    ("december dec dezember dez décembre déc decembre diciembre dic"),
]
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
_MONTH = r"(?P<month_name>\p{L}{3,10})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)"
_TIME = r"(?P<time>T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
_DATE_FORMS = [
    # 2019-12-30, 2019-12-30T10:00:00Z, 2019/12/30 (also inside a URL path)
    regex.compile(_YEAR + r"[-/](?P<month>[01]?\d)[-/]" + _DAY + r"(?!\d)" + _TIME),
    # 2019年12月30日 (Chinese, Japanese)
    regex.compile(_YEAR + r"\s?年\s?(?P<month>[01]?\d)\s?月\s?" + _DAY + r"\s?日"),
    # 12/30/2019 or 30/12/2019: which comes first is the page's convention (see parse_date)
    regex.compile(r"(?<!\d)(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/" + _YEAR),
    # 30.12.2019 (German and most of Europe: day first)
    regex.compile(r"(?<![\d.])" + _DAY + r"\.\s?(?P<month>[01]?\d)\.\s?" + _YEAR),
    # December 30, 2019 / Dec. 30 2019
    regex.compile(_MONTH + r" " + _DAY + r"(?:st|nd|rd|th)?,? " + _YEAR),
    # 30 December 2019 / 30. Dezember 2019 / 30 décembre 2019 / 30 de diciembre de 2019
    regex.compile(r"(?<!\d)" + _DAY + r"\.?(?:er)? (?:de )?" + _MONTH + r",? (?:de )?" + _YEAR),
]


def parse_date(value: str, day_first: bool = False) -> str | None:
    """The first date in `value` as ISO 8601 (YYYY-MM-DD, or the full timestamp when given).

    `day_first` reads 01/02/2019 as 1 February (most of the world); otherwise as January 2
    (the US). A first number over 12 is a day either way.

    >>> parse_date("12/30/2019")
    '2019-12-30'
    >>> parse_date("30. Dezember 2019")
    '2019-12-30'
    """
    for form in _DATE_FORMS:
        for match in form.finditer(value):
            parts = match.groupdict()
            if parts.get("first"):
                first, second = int(parts["first"]), int(parts["second"])
                day_leads = first > 12 or (day_first and second <= 12)
                parts["month"], parts["day"] = (second, first) if day_leads else (first, second)
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


# "By", "Von", "Par", "Por", "Text:", "记者": words that introduce a byline, not names.
_BY = regex.compile(
    r"^(?:(?:written|posted|updated|reported|text|story|photos?|words"
    r"|(?:propos\s+)?recueilli(?:e|s|es)?)\s+)?"  # "(Propos) recueillis par": an interview's
    r"(?:(?:by|von|par|por|de|di|text|texto|texte|autor|author|auteur)(?:\s*[:：]\s*|\s+)"
    r"|\p{Han}{0,8}?(?:記者|记者)\s*[:：]?\s*)",  # 记者, 本报记者, 澎湃新闻记者
    regex.IGNORECASE,
)
_AUTHOR_SEPARATORS = regex.compile(
    r"\s*(?:,|;|&|\||·|•|、|/|\b(?:and|und|et|y|e|mit|with|avec)\b)\s*"
    r"|(?<=\p{Han})\s+(?=\p{Han})",  # 张明 刘芳: Chinese names apart by a space
    regex.IGNORECASE,
)
# A newsroom role: "Staff Writer", "Senior Political Correspondent", "Health correspondent",
# "Redakteurin".
_ROLE_WORDS = (
    r"\b(?:(?i:staff|senior|chief|special|contributing|political|foreign|business|sports?"
    r"|health|science|education|environment|climate|technology|tech|culture|arts|crime"
    r"|security|defen[cs]e|diplomatic|royal|legal|transport|media|economics|economy|finance"
    r"|world|international|national|local|regional|rural|data|investigations?)\s+){0,3}"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|redakteurin?"
    r"|korrespondentin?|photographer|fotografin?)\b"
)
_ROLE = regex.compile(_ROLE_WORDS + ".*$")  # what follows a name: "Jane Doe, Staff Writer"
# A Chinese photo credit: "新华社记者 王磊 摄" (photographed by), "澎湃新闻记者 朱伟辉 图".
_PHOTO_CREDIT = regex.compile(r"\p{Han}\s*(?:摄|图)$")
# A role before the name: "By national rural reporter Jess Whitfield".
_ROLE_BEFORE = regex.compile(r"^" + _ROLE_WORDS + r"\s+(?=\p{Lu})")
# Roles, places and contacts that follow a name: "Jane Doe, Staff Writer", "(@jdoe)".
_NOT_NAME_PARTS = regex.compile(
    r"\S+@\S+|@\w+|https?://\S+|\([^)]*\)|\[[^\]]*\]|[（）()]"
    rf"|{_ROLE.pattern}",
)
# Those who edited, updated or checked the story, and all that follows them, are no authors.
_EDITED = regex.compile(r"\b(?i:updated|edited|reviewed|fact-checked) by\b.*$")
# The last word of a newsroom's or a paper's name, never of a person's: "Harbor Herald".
_OUTLET_WORDS = frozenset(
    """
    press news times herald tribune gazette journal chronicle courier ledger dispatch observer
    sentinel bulletin media agency network magazine newspaper newspapers radio television tv
    post daily online wire newswire digital staff desk team
    """.split()
)
# How the names of Chinese and Japanese papers, sites and newsrooms end: "新浪新闻", "人民日报",
# "新华社", "朝日新聞デジタル", "編集部".
_CJK_NEWSROOM = regex.compile(
    r"(?:新闻|新聞|网|網|报|報|社|台|频道|编辑部|編集部|中心|デジタル|ニュース|通信)$"
)
# Not people: agencies and newsrooms (an agency is the outlet or a credit), placeholders.
NOT_PEOPLE = frozenset(
    phrase.strip()
    for phrase in """
    ap, afp, dpa, efe, epa, kyodo, kyodo news, xinhua, ansa, reuters, bloomberg, bloomberg news,
    pa, pa media, upi, tass, apa, sda, kna, aap, ians, pti, associated press, agence france-presse,
    agence france presse, deutsche presse-agentur, press association, canadian press,
    staff, admin, administrator, editor, editors, editorial, editorial board, newsroom, redaktion,
    rédaction, redacción, no author, unknown, anonymous, guest, posted, news desk, web desk,
    staff reporter, staff writer, wires, wire services, agencies, agenturen
    """.split(",")
)


# A byline names a few people, never this many: authors past it are ignored (merging a
# page's 100,000 JSON-LD authors took 46 s, and named no story's byline).
MAX_AUTHORS = 50


def split_authors(value: str) -> list[str]:
    """Split a byline into person names: "By A, B and C" -> ["A", "B", "C"]. Roles, emails,
    handles and agencies go; what is left keeps the page's spelling and order, once each (the
    first MAX_AUTHORS).

    >>> split_authors("By Glen Carey and Zaid Sabah")
    ['Glen Carey', 'Zaid Sabah']
    >>> split_authors("Von Anna Schmidt und Jan Meier, dpa")
    ['Anna Schmidt', 'Jan Meier']
    """
    if _PHOTO_CREDIT.search(value.strip()):
        return []  # a photographer's credit
    names: list[str] = []
    value = _EDITED.sub("", " ".join(value.split()))  # "| Edited by A, New Delhi": no author
    for number, part in enumerate(_AUTHOR_SEPARATORS.split(_BY.sub("", value))):
        part = _ROLE_BEFORE.sub("", part)
        if number and _ROLE.search(part):
            continue  # "Jane Doe, Harbor Herald Staff Writer": what precedes the role is no name
        name = _BY.sub("", _NOT_NAME_PARTS.sub("", part)).strip(" .,:;-–—|")
        if is_person_name(name) and name not in names:
            names.append(name)
            if len(names) == MAX_AUTHORS:
                break
    return names


def is_person_name(name: str) -> bool:
    """A name a person goes by: one to five words, not an agency, a newsroom or a placeholder."""
    folded = regex.sub(r"^(?:the|la|le|les|el|die|der|das)\s+", "", name.casefold())
    if not name or folded in NOT_PEOPLE:
        return False
    if any(c.isdigit() for c in name) or len(name) > 60:
        return False
    words = name.split()
    if regex.search(r"\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Hangul}", name):
        return 2 <= len(name) <= 12 and not _CJK_NEWSROOM.search(name)  # 张三, 山田太郎
    if words and words[-1].casefold() in _OUTLET_WORDS:
        return False
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and len(words) > 1


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


OUTLETS_FILE = resources.files("cleantext").joinpath("data/outlets.tsv")  # a zip works too


@cache
def outlet_hosts() -> dict[str, str]:
    """Known news hosts and their outlets' display names (cleantext/data/outlets.tsv)."""
    with OUTLETS_FILE.open(encoding="utf-8") as table:
        rows = csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["host"]: row["name"] for row in rows}


def outlet_of_host(host: str | None) -> str | None:
    """The outlet a known news host belongs to ("edition.cnn.com" -> "CNN"), else None."""
    hosts = outlet_hosts()
    while host:
        if host in hosts:
            return hosts[host]
        host = host.partition(".")[2] if host.count(".") > 1 else None
    return None


# What joins a headline to a site's or a section's name in a title: " - ", " – ", " — ",
# " · ", " :: ", " » ", "|" spaced or not, and after Chinese or Japanese text "_", "-" or "："
# ("标题_新闻中心_新浪网", "标题-新华网", "見出し：朝日新聞デジタル").
TITLE_SEPARATORS = regex.compile(
    r"\s+(?:[·•»]|::|[-–—])\s+|\s*[|｜]\s*"
    r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}])\s*[_\-－：]\s*(?=\S)"
    r"|\s*[_\-－：]\s*(?=[\p{Han}\p{Hiragana}\p{Katakana}])"
)


def clean_title(value: str, site_names: set[str], page_title: bool = False) -> str:
    """The headline in a title: parts naming the site ("Foo | Site", "Site - Foo") are cut
    from either end. A page title (<title>, og:title) may also carry a section ("Foo - Section
    - Site"): of what is left there, the longest part is the headline.

    >>> clean_title("Dockworkers walk out | Gulf Courier", {"Gulf Courier"})
    'Dockworkers walk out'
    """
    value = " ".join(value.split())
    parts = TITLE_SEPARATORS.split(value)
    sites = {site_key(name) for name in site_names if name}
    while len(parts) > 1 and site_key(parts[-1]) in sites:
        parts.pop()
    while len(parts) > 1 and site_key(parts[0]) in sites:
        parts.pop(0)
    if page_title and len(parts) > 1:
        return max(parts, key=lambda part: (len(part.split()), len(part)))
    return value[value.find(parts[0]) : value.rfind(parts[-1]) + len(parts[-1])]


@lru_cache(maxsize=4096)
def site_key(name: str) -> str:
    """A site's name compared loosely: "The Guardian", "guardian", "theguardian.com"."""
    key = regex.sub(r"^(?:https?://)?(?:www\.)?", "", name.casefold().strip())
    key = regex.sub(r"\.(?:com|org|net|co\.uk|de|fr|es|it|jp|cn)$", "", key)
    return regex.sub(r"[\W_]+", "", key.removeprefix("the "))


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


# /2019/12/30/, /2019/dec/30/ (the Guardian), /2019-12-30/ (a path segment of its own)
_URL_DATE = regex.compile(r"/((?:19|20)\d\d)([/-])([01]\d|[a-z]{3})\2([0-3]\d)(?:/|$)")


def date_from_url(url: str) -> str | None:
    """The publication date a URL path states, as ISO 8601."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    year, _, month, day = match.groups()
    number = int(month) if month.isdigit() else _MONTHS.get(month)
    return parse_date(f"{year}-{number:02d}-{day}") if number else None
