"""Main-content extraction from HTML pages, with the metadata an article message may lack.

The body comes from trafilatura, the best-scoring open-source extractor on the article-extraction
benchmark, in its ``fast`` mode (no readability/jusText fallback) with ``favor_recall``: on that
benchmark this scores higher than trafilatura's default and runs faster (docs/benchmarks.md), and the
boilerplate that recall lets through is removed line by line afterwards (``pipeline.cleaning``).
The page is parsed once, as trafilatura would parse it but without the two costs its loader adds to
every page (see ``_load``); title, byline and language are read from the document head (Open Graph,
meta tags, JSON-LD, ``<html lang>``) in one walk over its ``<meta>`` and ``<script>`` elements, and the
publication date by htmldate's fast search, before trafilatura prunes the tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·•]\s+[^|\-–—:·•]{2,40}$")
# The characters XML forbids, which trafilatura removes from a page before parsing it.
_XML_FORBIDDEN = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]))
# Page blocks trafilatura deletes unread when it cleans the tree (its MANUALLY_CLEANED): deleted first.
_UNREAD_BLOCKS = ("aside", "footer")


@dataclass(frozen=True, slots=True)
class HtmlParts:
    text: str
    title: str | None
    byline: str | None
    published: date | None
    language: str | None


def extract_html(html: str, *, url: str | None = None, need_date: bool = True) -> HtmlParts:
    """The main text of ``html`` and what the page says of its title, author, date and language.

    Usage: ``parts = extract_html(page)``; ``parts.text`` is empty when the page has no article.
    """
    import trafilatura

    tree = _load(html) if "<html" in html[:5000].lower() else None
    if tree is None:
        # A fragment ("<p>...</p>"), as scrapers often send: give it the document around it.
        tree = _load(f"<html><body>{html}</body></html>")
    if tree is None:
        return HtmlParts("", None, None, None, None)
    head = _Head(tree)
    title = _title(tree, head)
    byline = _byline(tree, head)
    language = _language(tree, head)
    published = _published(tree) if need_date else None
    _drop_unread(tree)
    text = trafilatura.extract(tree, options=_options(url))
    return HtmlParts(text or "", title, byline, published, language)


def _load(html: str) -> Any:
    """``html`` parsed as trafilatura's ``load_html`` parses a string (same repairs, parser options and
    checks), with element classes looked up in C rather than by lxml.html's Python lookup, which runs for
    every element trafilatura touches; None when it is not HTML at all."""
    from lxml.html import fromstring

    beginning = html[:50].lower()
    html = _repaired(html, beginning)
    parser = _parser()
    tree = None
    from_bytes = False
    try:
        tree = fromstring(html, parser=parser)
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        tree, from_bytes = _from_bytes(html), True
    except Exception:  # lxml rejects the string; its bytes get their chance below
        tree = None
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and "html" not in beginning and len(tree) < 2:
        return None
    return tree


def _from_bytes(html: str) -> Any:
    from lxml.html import fromstring

    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_parser())
    except Exception:  # lxml rejects the page: it has no tree
        return None


def _repaired(html: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html``: without the characters XML forbids, a doctype libxml2 trips
    over and a self-closing ``<html/>``. The forbidden characters are looked for with plain substring
    tests, several times faster than its regex over the whole page, and removed only when present."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

    if any(char in html for char in _XML_FORBIDDEN):
        html = INVALID_XML_CHARS.sub("", html)
    if "doctype" in beginning:
        first_line, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", first_line, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", html, count=1)
    return html


@cache
def _parser() -> Any:
    """trafilatura's HTML parser options; every element an ``HtmlElement``, as trafilatura expects."""
    from lxml import etree
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction

    parser = HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
        )
    )
    return parser


def _drop_unread(tree: Any) -> None:
    """Delete, before trafilatura copies the tree twice and runs its XPaths over it, what it would delete
    unread when it cleans the tree: style sheets and scripts (most of a page's text), asides and footers
    (a sixth of its elements). Its output stays the same: each tail text stays in place, as its
    own deletion keeps it; what it reads before cleaning stays (JSON-LD, an ``<h1>`` its pruning looks
    for, a Discourse forum's preloaded posts); and asides and footers stay on a page whose every
    paragraph is inside an element it cleans, where it would fall back to the uncleaned tree."""
    from trafilatura.settings import MANUALLY_CLEANED

    blocks = [tag for tag in _UNREAD_BLOCKS if tag in MANUALLY_CLEANED]
    if not any(next(p.iterancestors(*MANUALLY_CLEANED), None) is None for p in tree.iter("p")):
        blocks = []
    read = _read_before_cleaning()
    for element in list(tree.iter("script", "style", *blocks)):
        if element.tag == "script":
            unread = element.get("type") != "application/ld+json"
        else:
            unread = element.tag == "style" or not read(element)
        if unread:
            element.drop_tree()


@cache
def _read_before_cleaning() -> Any:
    from lxml import etree

    return etree.XPath(".//h1|.//script[@type='application/ld+json']|.//div[@id='data-preloaded']")


def _options(url: str | None) -> Any:
    """trafilatura's options for our extraction, built once rather than from its config file's values on
    every page; the address, used only in its log lines (links are off), set on a copy."""
    base = _base_options()
    if url is None:
        return base
    options = copy(base)
    options.url = options.source = url
    return options


@cache
def _base_options() -> Any:
    from trafilatura.settings import Extractor

    return Extractor(output_format="txt", fast=True, recall=True, comments=False, with_metadata=False)


class _Head:
    """The page's ``<meta>`` elements and JSON-LD scripts, gathered in one walk over the tree (an XPath
    per meta property walks the whole tree each time)."""

    def __init__(self, tree: Any) -> None:
        self.metas: list[Any] = []
        self.jsonld: list[str] = []
        for element in tree.iter("meta", "script"):
            if element.tag == "meta":
                if element.get("content") is not None:
                    self.metas.append(element)
            elif element.get("type") == "application/ld+json" and element.text:
                self.jsonld.append(element.text)

    def meta(self, attribute: str, value: str, *, unless_prefix: str | None = None) -> str | None:
        """The first non-blank content of a ``<meta attribute="value">``, whitespace collapsed."""
        for element in self.metas:
            if element.get(attribute) != value:
                continue
            content = element.get("content")
            if unless_prefix is not None and content.startswith(unless_prefix):
                continue
            text = " ".join(content.split())
            if text:
                return text
        return None


def _first_text(elements: Iterable[Any]) -> str | None:
    for element in elements:
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _title(tree: Any, head: _Head) -> str | None:
    title = (
        head.meta("property", "og:title")
        or head.meta("name", "twitter:title")
        or _first_text(tree.iter("h1"))
        or _first_text(tree.iter("title"))
    )
    if title is None:
        return None
    return _TITLE_SUFFIX.sub("", title) or title


def _byline(tree: Any, head: _Head) -> str | None:
    author = (
        head.meta("name", "author")
        or head.meta("property", "article:author", unless_prefix="http")
        or head.meta("name", "byl")
        or _jsonld_author(head.jsonld)
        or _marked_author(tree)
    )
    if author is None:
        return None
    author = re.sub(r"^by\s+", "", author, flags=re.IGNORECASE)
    return author[:200] or None


def _marked_author(tree: Any) -> str | None:
    """The text of the first element marked ``rel="author"``, else of the first with a ``byline`` class:
    both looked for in one walk."""
    marked = _author_marks()(tree)
    return _first_text(e for e in marked if e.get("rel") == "author") or _first_text(
        e for e in marked if "byline" in (e.get("class") or "")
    )


@cache
def _author_marks() -> Any:
    from lxml import etree

    return etree.XPath("//*[@rel='author' or contains(@class, 'byline')]")


def _jsonld_author(scripts: list[str]) -> str | None:
    for script in scripts[:5]:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            author = item.get("author")
            authors = author if isinstance(author, list) else [author]
            names = [a["name"] for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
            names = [name for name in names if name.strip()]
            if names:
                return ", ".join(names)
    return None


def _language(tree: Any, head: _Head) -> str | None:
    from pipeline.cleaning.language import normalize_language

    return normalize_language(
        _first_attribute(tree, "/html/@lang", "/html/@xml:lang")
        or head.meta("http-equiv", "content-language")
        or head.meta("property", "og:locale")
    )


def _first_attribute(tree: Any, *paths: str) -> str | None:
    for path in paths:
        for value in tree.xpath(path):
            text = " ".join(str(value).split())
            if text:
                return text
    return None


def _published(tree: Any) -> date | None:
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate can trip over odd markup; a missing date is not an error
        return None
    if not found:
        return None
    try:
        return date.fromisoformat(found)
    except ValueError:
        return None
