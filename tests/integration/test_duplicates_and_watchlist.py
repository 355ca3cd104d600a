"""Repeated articles are dropped before tagging; the watchlist changes without a restart."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from agents.runtime.settings import Settings
from tests.integration.helpers_flow import alerts, publish, read_json
from tests.integration.kafka_helpers import WorkerProcess

STORY = (
    "Prime Minister Narendra Modi will travel to Brazil in November for talks on trade and energy, "
    "the foreign ministry in New Delhi said on Monday. Officials expect agreements on ethanol, "
    "fertiliser and defence equipment, and a joint statement on reform of the United Nations."
)


def test_exact_and_near_duplicates_are_dropped_but_an_update_is_read(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker()
    worker.wait_ready()
    original = {"id": "dup-1", "source": "Wire A", "published": "2024-10-07", "text": STORY}
    publish(settings, [original])
    time.sleep(1)
    syndicated = STORY.replace("said on Monday", "said on Monday, according to a statement")
    publish(
        settings,
        [
            {"id": "dup-1", "source": "Wire A", "published": "2024-10-07", "text": STORY},  # re-sent
            {"id": "dup-2", "source": "Wire B", "published": "2024-10-07", "text": syndicated},  # a copy
        ],
    )
    time.sleep(2)
    update = STORY + " Update: the visit has been postponed because of the floods, officials said."
    publish(settings, [{"id": "dup-1", "source": "Wire A", "published": "2024-10-08", "text": update}])
    tagged = read_json(settings, settings.topic_tagged, 2, settle=4)
    assert [item["id"] for item in tagged] == ["dup-1", "dup-1"]
    assert "postponed" in tagged[1]["text"]
    versions = alerts(settings, 2, settle=2)
    assert [(v["version"], v["status"]) for v in versions] == [(1, "planned"), (2, "postponed")]


ADA = """
leaders:
  - id: ada-example
    name: Ada Example
    country: NZ
    aliases: [Example]
    offices:
      - {role: head_of_government, title: Prime Minister of New Zealand, start: 2024-01-01}
"""


def test_a_leader_added_at_runtime_is_watched_in_the_next_article(
    settings: Settings, start_worker: Callable[..., WorkerProcess], tmp_path: Path
) -> None:
    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text("themes:\n  - {id: fisheries, name: Fisheries, phrases: [fishing quota]}\n")
    worker = start_worker({"NEWSWATCH_WATCHLIST": str(watchlist), "NEWSWATCH_WATCHLIST_POLL_SECONDS": "0.5"})
    worker.wait_ready()
    text = "Ada Example will travel to Japan in November, her office said on Monday."
    publish(settings, [{"id": "ada-1", "published": "2024-10-07", "text": text}])
    assert [item["actors"] for item in read_json(settings, settings.topic_tagged, 1)] == [[]]

    watchlist.write_text("leaders:\n  - {id: broken\n")  # a bad edit is logged and ignored
    deadline = time.monotonic() + 30
    while "not valid YAML" not in worker.log() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "watchlist.yaml:3: not valid YAML" in worker.log()

    watchlist.write_text(ADA)
    deadline = time.monotonic() + 30
    while "Watchlist reloaded" not in worker.log() and time.monotonic() < deadline:
        time.sleep(0.2)
    # Another story (the same words again would be dropped as a repeat of the first).
    second = "Officials in Wellington said Ada Example would travel to Tokyo next month for talks on fisheries."
    publish(settings, [{"id": "ada-2", "published": "2024-10-07", "text": second}])
    [alert] = alerts(settings, 1, settle=2)
    assert (alert["leader"]["id"], alert["destination"]["country"]) == ("ada-example", "JP")


def test_articles_past_the_window_are_forgotten_from_memory(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    import urllib.request

    from agents.cli.localkafka import free_port
    from tests.integration.stories import filler_articles

    port = free_port()
    worker = start_worker({"NEWSWATCH_DEDUP_WINDOW_HOURS": "0.001", "NEWSWATCH_METRICS_PORT": str(port)})  # 3.6 s
    worker.wait_ready()
    articles = filler_articles(5, prefix="forget")
    publish(settings, articles)
    assert len(read_json(settings, settings.topic_tagged, 5)) == 5

    def remembered() -> float:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=3) as response:
            line = next(x for x in response.read().decode().splitlines() if x.startswith("newswatch_dedup_keys "))
        return float(line.split()[1])

    deadline = time.monotonic() + 60
    seen_some = False
    while time.monotonic() < deadline:
        count = remembered()
        seen_some = seen_some or count >= 5
        if seen_some and count == 0:
            break
        time.sleep(0.3)
    assert seen_some
    assert remembered() == 0
    publish(settings, articles[:1])  # the same article again, after the window: read again
    assert len(read_json(settings, settings.topic_tagged, 6, settle=2)) == 6
