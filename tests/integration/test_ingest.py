"""`newswatch ingest` against feed servers on 127.0.0.1 and the real broker."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agents.runtime.settings import Settings
from tests.feeds import Item, atom, rss
from tests.http_servers import Reply, ScriptedServer
from tests.integration.helpers_flow import read_json

T0 = datetime(2024, 10, 7, 8, 0, tzinfo=UTC)


def story(number: int, full: bool = True) -> Item:
    return Item(
        guid=f"urn:test:{number}",
        url=f"https://wire.example/world/{number}",
        title=f"Story {number}",
        text=f"Story number {number} happened on a quiet day.\n\nOfficials said little about item {number}.",
        published=T0 + timedelta(hours=number),
        full=full,
    )


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


def ingest(env: dict[str, str], feeds: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agents.cli", "ingest", "--feeds", str(feeds), "--once"],
        env=env
        | {
            "NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8",
            "NEWSWATCH_FETCH_BACKOFF_SECONDS": "0.05",
            "NEWSWATCH_FETCH_PER_HOST_DELAY_SECONDS": "0",
            "NEWSWATCH_FETCH_TIMEOUT_SECONDS": "2",
            "NEWSWATCH_FETCH_MAX_BYTES": "2000000",
        },
        capture_output=True,
        text=True,
        timeout=180,
    )


def feeds_file(tmp_path: Path, server: ScriptedServer, *entries: tuple[str, str, str]) -> Path:
    path = tmp_path / "feeds.yaml"
    lines = ["feeds:"]
    for name, feed_path, extra in entries:
        lines += [f"  - name: {name}", f"    url: {server.url(feed_path)}", f"    language: en{extra}"]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_each_new_item_is_published_once_across_runs(
    settings: Settings, newswatch_env: dict[str, str], server: ScriptedServer, tmp_path: Path
) -> None:
    etag = '"feed-v1"'
    server.script(
        "/rss",
        Reply(200, rss([story(1), story(2)]), {"ETag": etag, "Content-Type": "application/rss+xml"}),
        Reply(304, when=lambda headers: headers.get("if-none-match") == etag),
    )
    server.script("/atom", Reply(200, atom([story(2), story(3)]), {"Content-Type": "application/atom+xml"}))
    feeds = feeds_file(tmp_path, server, ("Wire RSS", "/rss", ""), ("Wire Atom", "/atom", ""))

    first = ingest(newswatch_env, feeds)
    assert first.returncode == 0, first.stderr
    assert "Wire RSS: ok, 2 new" in first.stdout
    assert "Wire Atom: ok, 1 new, 1 seen" in first.stdout  # story 2 is in both feeds: published once
    second = ingest(newswatch_env, feeds)  # a new process: what was seen comes from Kafka
    assert second.returncode == 0, second.stderr
    assert "Wire RSS: not_modified, 0 new" in second.stdout
    assert "Wire Atom: ok, 0 new, 2 seen" in second.stdout
    assert server.requests("/rss")[-1].headers.get("if-none-match") == etag

    server.script("/atom", Reply(200, atom([story(2), story(3), story(4)])))  # the feed changed
    third = ingest(newswatch_env, feeds)
    assert "Wire Atom: ok, 1 new, 2 seen" in third.stdout

    articles = read_json(settings, settings.topic_raw)
    assert sorted(a["url"] for a in articles) == [f"https://wire.example/world/{n}" for n in (1, 2, 3, 4)]
    one = next(a for a in articles if a["url"].endswith("/1"))
    assert (one["source"], one["title"], one["published"], one["language"]) == (
        "Wire RSS",
        "Story 1",
        "2024-10-07T09:00:00Z",
        "en",
    )
    assert "Officials said little about item 1." in one["html"]


def test_pages_are_fetched_when_the_feed_has_only_summaries(
    settings: Settings, newswatch_env: dict[str, str], server: ScriptedServer, tmp_path: Path
) -> None:
    item = story(7, full=False)
    item = Item(item.guid, server.url("/world/7"), item.title, item.text, item.published, full=False)
    server.script("/summaries", Reply(200, rss([item])))
    server.script(
        "/world/7",
        Reply(
            200,
            b"<html><body><article><p>The whole story of item seven, at length.</p></article></body></html>",
            {"Content-Type": "text/html; charset=utf-8"},
        ),
    )
    feeds = feeds_file(tmp_path, server, ("Summaries", "/summaries", "\n    fetch_pages: true"))
    result = ingest(newswatch_env, feeds)
    assert result.returncode == 0, result.stderr
    [article] = read_json(settings, settings.topic_raw)
    assert "The whole story of item seven" in article["html"]


def test_bad_feeds_are_reported_and_the_good_one_still_published(
    settings: Settings, newswatch_env: dict[str, str], server: ScriptedServer, tmp_path: Path
) -> None:
    server.script("/good", Reply(500), Reply(429, headers={"Retry-After": "1"}), Reply(200, rss([story(10)])))
    server.script("/broken", Reply(200, b"<html><body>Sorry, we moved.</body></html>"))
    server.script("/slow", Reply(200, rss([story(11)]), delay=5))
    server.script("/huge", Reply(200, body_size=50_000_000))
    server.script("/jump", Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}))
    server.script("/gone", Reply(404))
    feeds = feeds_file(
        tmp_path,
        server,
        *[(name.title(), f"/{name}", "") for name in ("good", "broken", "slow", "huge", "jump", "gone")],
    )
    result = ingest(newswatch_env, feeds)
    assert result.returncode == 1  # some feeds failed; the command says so
    assert "Traceback" not in result.stderr
    for expected in (
        "Good: ok, 1 new",
        "Broken: not_a_feed",
        "Slow: timeout",
        "Huge: too_large",
        "Jump: refused",
        "Gone: http_error",
    ):
        assert expected in result.stdout
    assert len(server.requests("/good")) == 3
    [article] = read_json(settings, settings.topic_raw)
    assert article["url"].endswith("/10")


def test_a_cut_off_feed_is_reported_malformed_and_its_cut_item_read_when_whole(
    settings: Settings, newswatch_env: dict[str, str], server: ScriptedServer, tmp_path: Path
) -> None:
    whole = rss([story(21), story(20)])
    cut = whole[: whole.rindex(b"<item>") + len(b"<item><gu")]  # story 20 cut off before anything names it
    server.script("/cut", Reply(200, cut, {"ETag": '"cut"'}), Reply(200, whole, {"ETag": '"whole"'}))
    feeds = feeds_file(tmp_path, server, ("Cut", "/cut", ""))

    first = ingest(newswatch_env, feeds)
    assert first.returncode == 1  # the feed is not ok: the command says so
    assert "Cut: malformed, 1 new, 0 seen, 1 unidentified (no link, GUID or title)" in first.stdout
    assert "malformed: not well-formed XML" in first.stderr
    second = ingest(newswatch_env, feeds)
    assert second.returncode == 0, second.stderr
    assert "Cut: ok, 1 new, 1 seen" in second.stdout
    assert "if-none-match" not in server.requests("/cut")[-1].headers
    assert sorted(a["url"] for a in read_json(settings, settings.topic_raw)) == [
        "https://wire.example/world/20",
        "https://wire.example/world/21",
    ]


def test_the_start_up_line_counts_the_configured_feeds_items_only(
    newswatch_env: dict[str, str], server: ScriptedServer, tmp_path: Path
) -> None:
    server.script("/kept", Reply(200, rss([story(30), story(31)])))
    server.script("/dropped", Reply(200, rss([story(32)])))
    both = feeds_file(tmp_path, server, ("Kept", "/kept", ""), ("Dropped", "/dropped", ""))
    assert ingest(newswatch_env, both).returncode == 0
    kept = feeds_file(tmp_path, server, ("Kept", "/kept", ""))
    result = ingest(newswatch_env, kept)
    assert result.returncode == 0, result.stderr
    assert "Kept: ok, 0 new, 2 seen" in result.stdout
    # Each story has a URL and a GUID: two keys, one item.
    assert "Ingester knows 2 published items of the 1 configured feeds (and 2 item keys of other feeds" in result.stderr
