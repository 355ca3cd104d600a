"""The feeds to poll: a YAML file users edit (docs/configuration.md, "Feeds").

::

    feeds:
      - name: Example Wire
        url: https://example.org/world/rss.xml
        language: en        # optional: the articles' language when the feed does not say
        interval: 300       # optional: seconds between polls (default 300)
        fetch_pages: false  # optional: fetch each item's page (the feed carries only summaries)

A file that does not load raises :class:`FeedListError` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.configfile import ConfigError, YamlReader

DEFAULT_INTERVAL = 300.0


class FeedListError(ConfigError):
    """The feed list cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class FeedSource:
    name: str
    url: str
    language: str | None = None
    interval: float = DEFAULT_INTERVAL
    fetch_pages: bool = False


def load_feeds(path: Path) -> tuple[FeedSource, ...]:
    """The feeds of the file at ``path``. Raises :class:`FeedListError`."""
    reader = YamlReader(path, FeedListError)
    root = reader.compose("the feed list")
    if root is None:
        raise FeedListError(f"{path}: the feed list is empty; it needs a 'feeds:' list")
    top = reader.mapping(root, "the feed list")
    reader.only(top, ("feeds",), "the feed list")
    feeds: list[FeedSource] = []
    seen_urls: dict[str, int] = {}
    feeds_node = reader.require(top, "feeds", root, "the feed list")
    entries = reader.sequence(feeds_node, "feeds")
    if not entries:  # an ingester with nothing to poll would run for ever doing nothing
        raise reader.error(feeds_node, "feeds is empty: list at least one feed")
    for number, node in enumerate(entries):
        where = f"feeds[{number + 1}]"
        fields = reader.mapping(node, where)
        reader.only(fields, ("name", "url", "language", "interval", "fetch_pages"), where)
        name = reader.text(reader.require(fields, "name", node, where), f"{where}.name")
        url_node = reader.require(fields, "url", node, where)
        url = reader.text(url_node, f"{where}.url")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise reader.error(url_node, f"{where}.url must be an http or https URL, got {url!r}")
        if url in seen_urls:
            raise reader.error(url_node, f"{where}.url is the same as feeds[{seen_urls[url]}].url")
        seen_urls[url] = number + 1
        interval = DEFAULT_INTERVAL
        if "interval" in fields:
            interval = reader.number(fields["interval"], f"{where}.interval", 5, 7 * 24 * 3600)
        fetch_pages = reader.flag(fields["fetch_pages"], f"{where}.fetch_pages") if "fetch_pages" in fields else False
        feeds.append(FeedSource(name, url, reader.optional_text(fields, "language", where), interval, fetch_pages))
    return tuple(feeds)
