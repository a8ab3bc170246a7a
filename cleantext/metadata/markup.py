"""Every metadata value a page's markup states, each with where it was found.

Nothing is decided here: `choose` (in __init__) weighs the candidates. Sources are named
"<kind>:<name>": "jsonld:datePublished", "meta:og:title", "microdata:author", "time:datetime",
"rel:author", "dom:byline", "dom:date", "html:h1", "html:title", "link:canonical".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import regex
from lxml.html import HtmlElement

from . import Candidate

_ARTICLE_TYPES = {
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
    "report", "socialmediaposting", "techarticle", "scholarlyarticle", "webpage",
}  # fmt: skip
_ORGANIZATIONS = {"organization", "newsmediaorganization", "corporation", "newsorganization"}
# <meta name|property|itemprop=...> -> the field it states
_META_FIELDS = {
    "og:title": "title", "twitter:title": "title", "dc.title": "title", "dcterms.title": "title",
    "parsely-title": "title", "sailthru.title": "title",
    "author": "authors", "article:author": "authors", "dc.creator": "authors",
    "dcterms.creator": "authors", "parsely-author": "authors", "sailthru.author": "authors",
    "byl": "authors", "citation_author": "authors",
    "article:published_time": "date", "og:article:published_time": "date",
    "article.published": "date", "datepublished": "date", "parsely-pub-date": "date",
    "sailthru.date": "date", "dc.date": "date", "dc.date.issued": "date", "dcterms.created": "date",
    "dcterms.issued": "date", "pubdate": "date", "publishdate": "date", "publish-date": "date",
    "publication_date": "date", "date": "date", "citation_publication_date": "date",
    "article:modified_time": "modified", "og:updated_time": "modified",
    "datemodified": "modified", "dcterms.modified": "modified", "last-modified": "modified",
    "og:site_name": "outlet", "application-name": "outlet",
    "og:url": "url",
    "og:description": "description", "description": "description",
}  # fmt: skip
_MICRODATA_FIELDS = {
    "headline": "title",
    "author": "authors",
    "creator": "authors",
    "datepublished": "date",
    "datemodified": "modified",
}
# Parts of a page that are about other pages: related stories, comments, navigation.
_ELSEWHERE = regex.compile(
    r"related|sidebar|comment|footer|nav|menu|promo|teaser|recommend|trending|popular|widget|"
    r"newsletter|more-stories|also-read",
    regex.IGNORECASE,
)


def _marked(*words: str) -> str:
    """XPath: elements under the context node whose class, id or test hook (BBC's
    data-testid="byline-new") holds one of the words, in lower case or capitalised ("byline",
    "Byline"); plain contains() keeps it C-fast."""
    tests = (
        f"contains(@{attribute}, '{variant}')"
        for word in words
        for variant in (word, word.capitalize())
        for attribute in ("class", "id", "data-testid", "data-component")
    )
    return ".//*[" + " or ".join(tests) + "]"


_BYLINES = _marked(
    "byline",
    "author",
    "autor",
    "auteur",
    "writer",
    "reporter",
    "verfasser",
    "creator",
    "firma",
    "signature",
    "contributor",
)
_DATES = _marked("date", "time", "datum", "fecha", "published", "publie", "dateline", "posted")
DOM_DATES = 3  # printed dates looked at by the headline: published, updated, one more
# A printed date that is the update's: the publication date only when the page has no other.
_UPDATED = regex.compile(
    r"^(?i:(?:last\s+)?(?:updated?|modified)|actualizad[oa]|actualización|aktualisiert"
    r"|mis à jour|modifié)\b"
)
_LOGOS = _marked("logo", "site-name", "sitename", "site-title", "brand", "masthead")
# Elements whose own text opens like a byline: "By ...", "Von ...", "Par ...", "Por ..."
_BYLINE_OPENINGS = ("By ", "by ", "BY ", "Von ", "Par ", "Por ", "Text: ", "Texto: ", "记者",
                    "本报记者")  # fmt: skip
_BYLINE_TEXT = (
    ".//*["
    + " or ".join(
        f"starts-with(concat(normalize-space(text()), ' '), '{opening}')"
        for opening in _BYLINE_OPENINGS
    )
    # "澎湃新闻记者 陈静": the outlet's name before 记者 (reporter)
    + " or contains(text(), '记者') and string-length(normalize-space(text())) <= 20"
    + "]"
)
# Reporters named in the lead: in a Chinese dateline ("新华社北京11月3日电（记者张伟、刘芳）"), in
# brackets at the end of a Japanese lead ("...と発表した。【森下由佳、岡田健一】"), or at its
# start, each after the place they report from ("【ワシントン＝中川拓真、ニューヨーク＝森本彩】").
_REPORTERS = regex.compile(
    r"^.{0,60}?[（(]\s*(?:本报|本台)?记者\s*([^（）()]{2,40})[）)]"
    r"|【([\p{Han}\p{Hiragana}\p{Katakana}、・ ]{2,30})】$"
    r"|^【((?:[\p{Han}\p{Katakana}ー]{1,12}＝[\p{Han}\p{Hiragana}\p{Katakana}]{2,8}、?){1,4})】"
)
_REPORTED_FROM = regex.compile(r"[^、＝]+＝")  # "ワシントン＝": the place before a reporter's name
_COPYRIGHT = regex.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
    r"(\p{L}[^.|©\d]{1,59}?)\s*(?=[.|,]|(?i:all rights)|$)",
    regex.I,
)


def candidates(tree: HtmlElement) -> list[Candidate]:
    """The metadata candidates of a parsed page, in document order within each kind."""
    elsewhere = _inside_elsewhere(tree)
    found: list[Candidate] = []
    found += _json_ld(tree)
    found += _meta_tags(tree)
    found += _microdata(tree, elsewhere)
    found += _dom(tree, elsewhere)
    return found


def _json_ld(tree: HtmlElement) -> Iterator[Candidate]:
    nodes: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads((script.text or "").strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):  # RecursionError: nested thousands deep
            continue  # a broken block is common; the others may still be good
        nodes += _flatten(data)
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}

    def resolve(value: Any) -> Any:
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
            return by_id[value["@id"]]
        return value

    articles = [n for n in nodes if _types(n) & _ARTICLE_TYPES]
    articles.sort(key=lambda n: "webpage" in _types(n))  # a page node only after articles
    for node in articles:
        if headline := _text(node.get("headline") or node.get("name")):
            yield Candidate("title", headline, "jsonld:headline")
        authors = node.get("author") or node.get("creator")
        for author in authors if isinstance(authors, list) else [authors]:
            author = resolve(author)
            if isinstance(author, dict) and _types(author) & _ORGANIZATIONS:
                continue  # a newsroom or agency credited as author is not a person
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and name.strip() and not name.startswith("http"):
                yield Candidate("authors", name, "jsonld:author")
        for key, field in (("datePublished", "date"), ("dateCreated", "date"),
                           ("dateModified", "modified"), ("url", "url"),
                           ("description", "description")):  # fmt: skip
            if value := _text(node.get(key)):
                yield Candidate(field, value, f"jsonld:{key}")
        publisher = resolve(node.get("publisher"))
        if isinstance(publisher, dict) and (name := _text(publisher.get("name"))):
            yield Candidate("outlet", name, "jsonld:publisher")
    for node in nodes:
        if "website" in _types(node) and (name := _text(node.get("name"))):
            yield Candidate("outlet", name, "jsonld:website")


def _flatten(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: a list, a @graph, or one object (with nested ones).
    Real blocks nest a few levels; deeper ones are junk (or an attack on the stack)."""
    if depth > 20:
        return []
    if isinstance(data, list):
        return [node for item in data for node in _flatten(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    graph = data.get("@graph")
    return [data, *_flatten(graph, depth + 1)] if graph is not None else [data]


def _types(node: dict[str, Any]) -> set[str]:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {kind.lower() for kind in kinds if isinstance(kind, str)}


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _meta_tags(tree: HtmlElement) -> Iterator[Candidate]:
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        field = _META_FIELDS.get(key.strip())
        value = meta.get("content")
        if field and value and value.strip() and not (field == "authors" and "://" in value):
            yield Candidate(field, " ".join(value.split()), f"meta:{key.strip()}")
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            yield Candidate("url", link.get("href").strip(), "link:canonical")


def _microdata(tree: HtmlElement, elsewhere: set[HtmlElement]) -> Iterator[Candidate]:
    for element in tree.xpath("//*[@itemprop]"):
        field = _MICRODATA_FIELDS.get(element.get("itemprop").strip().lower())
        if field is None or element.tag == "meta" or element in elsewhere:
            continue
        if field == "authors":
            named = element.xpath(".//*[@itemprop='name']")
            value = (named[0].get("content") or _words(named[0])) if named else None
            value = value or element.get("content") or _words(element)
        elif field in ("date", "modified"):
            value = element.get("datetime") or element.get("content") or _words(element)
        else:
            value = element.get("content") or _words(element)
        if value and value.strip():
            yield Candidate(field, " ".join(value.split()), f"microdata:{element.get('itemprop')}")


def _dom(tree: HtmlElement, elsewhere: set[HtmlElement]) -> Iterator[Candidate]:
    h1 = next((h for h in tree.iter("h1") if h not in elsewhere), None)
    if h1 is not None and (text := _words(h1)):
        yield Candidate("title", text, "html:h1")
        parts = [_words(child) for child in h1 if _words(child)]
        if len(parts) > 1:  # a kicker in its own span: the last part may be the headline
            yield Candidate("title", parts[-1], "html:h1")
    title = tree.find(".//title")
    if title is not None and (text := _words(title)):
        yield Candidate("title", text, "html:title")
    for time in tree.iter("time"):
        if time.get("datetime") and time not in elsewhere:
            yield Candidate("date", time.get("datetime").strip(), "time:datetime")
            break
    # Bylines and printed dates sit by the headline: look in the story's block only.
    story = _story(tree, h1)
    if story is not None:
        for link in story.xpath(".//a[@rel='author']"):
            if link not in elsewhere and (text := _words(link)):
                yield Candidate("authors", text, "rel:author")
        if byline := _byline(story, elsewhere):
            yield Candidate("authors", byline, "dom:byline")
        printed = [
            text
            for element in story.xpath(_DATES)
            if 6 <= len(text := _words(element)) <= 80 and element not in elsewhere
        ]
        for text in dict.fromkeys(printed[:DOM_DATES]):
            yield Candidate("date", text, "dom:updated" if _UPDATED.match(text) else "dom:date")
    for paragraph in _lead(tree, h1, elsewhere):
        if reporters := _REPORTERS.search(_words(paragraph)):
            names = next(group for group in reporters.groups() if group)
            yield Candidate("authors", _REPORTED_FROM.sub("", names), "dom:dateline")
            break
    for header in tree.iter("header"):  # the site's logo, in its header
        logo = next(iter(header.xpath(_LOGOS)), None)
        text = (
            (_words(logo) or logo.get("alt") or logo.get("title") or "") if logo is not None else ""
        )
        if 2 <= len(text) <= 60:
            yield Candidate("outlet", " ".join(text.split()), "dom:logo")
            break
    for line in tree.xpath("//footer//text()[contains(., '©') or contains(., 'opyright')]"):
        if found := _COPYRIGHT.search(" ".join(line.split())):
            yield Candidate("outlet", found.group(1).strip(" ,-–"), "dom:copyright")
            break


def _lead(
    tree: HtmlElement, h1: HtmlElement | None, elsewhere: set[HtmlElement], count: int = 3
) -> list[HtmlElement]:
    """The story's first paragraphs: those after the headline (or the page's first), wherever
    the page keeps them (Xinhua's story is not in the headline's block)."""
    found: list[HtmlElement] = []
    after = h1 is None
    for element in tree.iter():
        if element is h1:
            after = True
        elif after and element.tag == "p" and _words(element) and element not in elsewhere:
            found.append(element)
            if len(found) == count:
                break
    return found


def _story(tree: HtmlElement, h1: HtmlElement | None) -> HtmlElement | None:
    """The block that holds the story: the <article> (around the headline), else the
    headline's grandparent."""
    if h1 is not None:
        for node in h1.iterancestors():
            if node.tag in ("article", "main"):
                return node
        parent = h1.getparent()
        return (
            parent.getparent() if parent is not None and parent.getparent() is not None else parent
        )
    return next(tree.iter("article"), None)


def _byline(story: HtmlElement, elsewhere: set[HtmlElement]) -> str | None:
    """The story's byline: the innermost element marked as one (class or id "byline",
    "author", ...), else the shortest element whose text opens with "By", "Von", "Par"..."""
    marked = [
        element
        for element in story.xpath(_BYLINES)
        if element.tag not in ("script", "style", "meta")
        and 3 <= len(_words(element)) <= 200
        and element not in elsewhere
    ]
    # In document order an element's descendants come right after it: the first innermost
    # one is the first that the next marked element is not inside (comparing every pair took
    # minutes for 20,000 of them).
    for element, following in pairwise([*marked, None]):
        if following is None or element not in following.iterancestors():
            return _words(element)
    lines = [
        text
        for element in story.xpath(_BYLINE_TEXT)
        if len(text := _words(element)) <= 120 and element not in elsewhere
    ]
    return min(lines, key=len) if lines else None  # the innermost: the byline alone


def _words(element: HtmlElement) -> str:
    """An element's text with its children's texts kept apart by spaces."""
    return " ".join(" ".join(element.itertext()).split())


def _inside_elsewhere(tree: HtmlElement) -> set[HtmlElement]:
    """The elements inside a part of the page about other pages (related links, comments,
    navigation), found in one walk: asking each element's ancestors cost the page's depth per
    element (30,000 itemprops inside 240 nested <div>s took 17 s)."""
    inside: set[HtmlElement] = set()
    for node in tree.iter("*"):  # elements only, in document order: a part before its content
        if node in inside:
            continue  # already inside an outer part, as is all it holds
        marks = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag in ("aside", "nav", "footer") or (marks.strip() and _ELSEWHERE.search(marks)):
            inside.update(node.iterdescendants("*"))
    return inside
