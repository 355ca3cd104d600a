"""Feed documents written for the tests (RSS 2.0 and Atom), from items we write ourselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    guid: str
    url: str
    title: str
    text: str  # plain text paragraphs, separated by blank lines
    published: datetime
    full: bool = True  # content:encoded with the whole story, else only a short description


def rss(items: list[Item], title: str = "Test Wire") -> bytes:
    entries = []
    for item in items:
        html = "".join(f"<p>{escape(p)}</p>" for p in item.text.split("\n\n"))
        content = f"<content:encoded><![CDATA[{html}]]></content:encoded>" if item.full else ""
        entries.append(
            f'<item><guid isPermaLink="false">{escape(item.guid)}</guid><link>{escape(item.url)}</link>'
            f"<title>{escape(item.title)}</title><pubDate>{format_datetime(item.published)}</pubDate>"
            f"<description>{escape(item.text.split(chr(10))[0][:120])}</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>tests</description>"
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


def atom(items: list[Item], title: str = "Test Atom") -> bytes:
    entries = []
    for item in items:
        html = "".join(f"<p>{escape(p)}</p>" for p in item.text.split("\n\n"))
        entries.append(
            f'<entry><id>{escape(item.guid)}</id><link href="{escape(item.url)}"/>'
            f"<title>{escape(item.title)}</title><updated>{item.published.isoformat()}</updated>"
            f'<content type="html">{escape(html)}</content></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:test</id><updated>2024-10-07T08:00:00Z</updated>"
        + "".join(entries)
        + "</feed>"
    ).encode()
