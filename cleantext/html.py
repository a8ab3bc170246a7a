"""The trafilatura fallback: HTML in, main text and page metadata out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import regex

from .draft import Draft
from .metadata import Candidate, choose, markup
from .metadata.values import MAX_AUTHORS

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
    metadata: dict[str, tuple[str | list[str], str]] = field(default_factory=dict)  # value, source
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
    """Main text (one paragraph per line) of a page, by trafilatura's Python API, and the
    metadata its markup states (see cleantext.metadata), each value with its source."""
    import trafilatura  # imported late: plain-text users never pay for it
    from trafilatura.utils import load_html

    warnings = []
    html, stripped = strip_attribute_floods(html)
    if stripped:
        warnings.append(f"html: {stripped} tag(s) with over {MAX_ATTRIBUTES} attributes lost them")
    tree = load_html(html)  # parsed once: read for metadata here, then handed to trafilatura
    cut = tree is not None and _parse_stopped(tree)
    crowded = html.count("<") > MAX_BLOCKS and sum(map(html.count, _BLOCK_OPENERS)) > MAX_BLOCKS
    found: dict[str, Any] = {}
    candidates: list[Candidate] = []
    if tree is not None:
        for template in list(tree.iter("template")):  # markup for scripts, never shown; trafilatura
            template.drop_tree()  # would keep its text (it strips the tag, not the content)
        if emptied := _empty_big_json(tree):
            warnings.append(
                f"html: {emptied} JSON-LD script(s) over {MAX_JSON:,} characters ignored"
            )
        if flattened := _flatten_crowded(tree):
            warnings.append(
                f"html: {flattened} element(s) with over {MAX_INLINE:,} inline tags read as "
                "plain text (trafilatura's time grows with their square)"
            )
        candidates = markup.candidates(tree)
        _hide_excess_authors(tree)  # read above; trafilatura's merge of them is cubic
        if not (cut or crowded):
            document = trafilatura.bare_extraction(tree, url=url, **trafilatura_options())
            if document is not None:
                found = document if isinstance(document, dict) else document.as_dict()
    text = found.get("text") or ""
    if cut:  # the rest of the page is not in the tree: read it without a parser
        text = page_text(html)
        warnings.append(
            f"html: markup nested {PARSER_DEPTH} levels deep, where the HTML parser stops "
            "reading; took the page's whole text"
        )
    elif crowded:
        text = page_text(html)
        warnings.append(
            f"html: over {MAX_BLOCKS:,} paragraphs, more than any article (trafilatura's time "
            "grows with their square); took the page's whole text"
        )
    elif not text:
        _, text, _ = trafilatura.baseline(html)
        if not text:  # markup lxml cannot read (nested past its depth limit, a bare fragment)
            text = page_text(html)
        if text:
            warnings.append("html: trafilatura found no main text; took the page's whole text")
        else:
            warnings.append("html: the page holds no text outside scripts, styles and tags")
    # trafilatura's findings are candidates like any other, last in precedence
    for name, key in _TRAFILATURA_FIELDS.items():
        if isinstance(found.get(key), str) and found[key].strip():
            candidates.append(Candidate(name, found[key], f"trafilatura:{key}"))
    lang = tree.get("lang") if tree is not None else None
    metadata = choose(candidates, url, lang=lang)
    return Extracted(text=text or "", metadata=metadata, warnings=warnings)


# trafilatura's JSON minifier (a regex) takes about 140 bytes of memory per character of a
# JSON-LD block (1.4 GB for a 10 MB articleBody); an article's, whole text and all, is smaller.
MAX_JSON = 1_000_000
_JSON_TYPES = ("application/ld+json", "application/settings+json")  # what trafilatura reads


def _empty_big_json(tree: Any) -> int:
    """Empty the JSON blocks over MAX_JSON characters, for cleantext's reader and trafilatura's
    alike; how many there were."""
    big = [
        script
        for script in tree.iter("script")
        if (script.get("type") or "").strip().lower() in _JSON_TYPES
        and len(script.text or "") > MAX_JSON
    ]
    for script in big:
        script.text = ""
    return len(big)


# trafilatura merges each author <meta> into those before it, in time cubic in their number
# (2,000 tags: 89 s); its reading is last in precedence, and a byline names a few people.
_AUTHOR_KEYS = ("author", "creator", "byl")
_MAX_AUTHOR_CHARS = 60 * MAX_AUTHORS  # a <meta> listing every author in one value


def _hide_excess_authors(tree: Any) -> None:
    """Keep trafilatura to the first MAX_AUTHORS author <meta> tags, each cut short."""
    seen = 0
    for meta in list(tree.iter("meta")):
        key = " ".join(meta.get(name) or "" for name in ("name", "property", "itemprop"))
        if not any(word in key.lower() for word in _AUTHOR_KEYS):
            continue
        seen += 1
        if seen > MAX_AUTHORS:
            meta.drop_tree()
        elif len(meta.get("content") or "") > _MAX_AUTHOR_CHARS:
            meta.set("content", (meta.get("content") or "")[:_MAX_AUTHOR_CHARS])


# trafilatura's time grows with the square of one element's inline children (20,000 <b> in a
# <p>: 6 s; 21,000 mixed with links in a <div>: 18 s); no paragraph holds this many.
MAX_INLINE = 1000
_INLINE = frozenset(
    "a b i u s em strong span small big font sub sup mark code abbr cite q time del ins kbd "
    "var tt strike dfn samp bdi bdo label".split()
)
_MANY_CHILDREN = f"//*[count(*) > {MAX_INLINE}]"  # ten times faster than counting by name


def _flatten_crowded(tree: Any) -> int:
    """Strip the inline tags (their text stays) of elements with over MAX_INLINE of them as
    children; how many elements there were."""
    from lxml import etree

    crowded = [
        element
        for element in tree.xpath(_MANY_CHILDREN)
        if sum(child.tag in _INLINE for child in element) > MAX_INLINE
    ]
    for element in crowded:
        etree.strip_tags(element, *_INLINE)
        # the stripped tags leave their text in pieces, which libxml2 joins on every read:
        # setting it again makes one piece
        element.text = element.text
        for child in element:
            child.tail = child.tail
    return len(crowded)


MAX_BLOCKS = 50_000  # trafilatura takes about 3 s for this many <p>, 50 s for 200,000
_BLOCK_OPENERS = ("<p", "<P", "<div", "<DIV", "<li", "<LI", "<br", "<BR", "<tr", "<TR")
PARSER_DEPTH = 255  # libxml2 stops reading a page, silently, at an element this deep


def _parse_stopped(tree: Any) -> bool:
    """Whether the parser stopped at its depth limit: then the last element in document order,
    found by following last children down from the root, is that deep."""
    depth, node = 0, tree
    while len(node) and depth < PARSER_DEPTH:
        node, depth = node[-1], depth + 1
    return depth >= PARSER_DEPTH


_TRAFILATURA_FIELDS = {
    "title": "title",
    "description": "description",
    "authors": "author",
    "date": "date",
    "outlet": "sitename",
    "url": "url",
}


# lxml's time is quadratic in one tag's attributes (60,000 take 12 s); no page needs this many.
MAX_ATTRIBUTES = 1000
_LONG_TAG = 65536  # characters between two ">" before a tag is looked at
# "=" on a page before every tag is looked at: a ">" inside quoted values ('a1="x>"') hides a
# tag from the first test; lxml takes about a second for this many attributes in one tag.
_MANY_VALUES = 20_000
_TAG = regex.compile(r"""<[A-Za-z][^\s/>]*+(?:[^>"']++|"[^"]*+"|'[^']*+')*+>?""")
_ATTRIBUTE = regex.compile(r"""\s[^\s/>="']++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>"']*+))?+""")
_TAG_NAME = regex.compile(r"<[^\s/>]*+")


def strip_attribute_floods(page: str) -> tuple[str, int]:
    """The page with the attributes of any tag holding over MAX_ATTRIBUTES of them removed,
    and how many tags lost theirs. Only a page with a stretch of _LONG_TAG characters
    without ">", or with _MANY_VALUES "=", can hold such a tag, so a normal page costs a split
    and a count."""
    if page.count("=") <= _MANY_VALUES and (
        len(page) <= _LONG_TAG or max(map(len, page.split(">"))) <= _LONG_TAG
    ):
        return page, 0
    stripped = 0

    def strip(tag: regex.Match[str]) -> str:
        nonlocal stripped
        # attributes with values ("a=1") or without ("<div a b c ...>"), outside quotes
        if (
            len(tag.group()) <= 2 * MAX_ATTRIBUTES
            or sum(1 for _ in _ATTRIBUTE.finditer(tag.group())) <= MAX_ATTRIBUTES
        ):
            return tag.group()
        stripped += 1
        name = _TAG_NAME.match(tag.group())
        return (name.group() if name else "<") + (">" if tag.group().endswith(">") else "")

    return _TAG.sub(strip, page), stripped


# Elements whose content is not text a reader sees, and those that end a line.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer nav aside blockquote "
    "tr td th table figure figcaption pre dd dt main body html title".split()
)
_MARKUP = regex.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[!?][^>]*>|<(/?)([A-Za-z][\w:-]*)[^>]*>", regex.S
)


def page_text(page: str) -> str:
    """The text of a page read without a parser, one block per line: the last resort for
    markup lxml gives up on. Linear in the page's size, whatever its nesting."""
    import html as entities

    parts: list[str] = []
    hidden: str | None = None  # the element whose content is skipped, until it closes
    position = 0
    for tag in _MARKUP.finditer(page):
        if hidden is None:
            parts.append(page[position : tag.start()])
        position = tag.end()
        closing, name = tag.group(1), (tag.group(2) or "").lower()
        if hidden is not None:
            if closing and name == hidden:
                hidden = None
        elif name in _HIDDEN and not closing:
            hidden = name
        elif name in _BLOCKS:
            parts.append("\n")
    if hidden is None:
        parts.append(page[position:])
    lines = (" ".join(line.split()) for line in entities.unescape("".join(parts)).split("\n"))
    return "\n".join(line for line in lines if line)


def drop_repeated_title(draft: Draft) -> None:
    """trafilatura keeps the <h1> in the text, near the top; it belongs in `title`, not the body."""
    title = draft.fields.get("title")
    if not title:
        return
    for index, paragraph in enumerate(draft.paragraphs[:TITLE_WITHIN]):
        if paragraph.casefold() == title.casefold():
            draft.remove("html.headline", draft.paragraphs.pop(index))
            return
