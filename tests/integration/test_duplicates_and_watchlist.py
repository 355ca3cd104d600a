"""Repeated articles are dropped once their trips are known; the watchlist changes without a restart."""

from __future__ import annotations

import urllib.request
from collections.abc import Callable
from pathlib import Path

from agents.cli.localkafka import free_port
from agents.runtime.settings import Settings
from tests.briefs import templated_briefs
from tests.integration.helpers_flow import publish, read_json, when_drained
from tests.integration.kafka_helpers import WorkerProcess, wait_drained, wait_until
from tests.integration.stories import trip_articles

STORY = (
    "Prime Minister Narendra Modi will travel to Brazil in November for talks on trade and energy, "
    "the foreign ministry in New Delhi said on Monday. Officials expect agreements on ethanol, "
    "fertiliser and defence equipment, and a joint statement on reform of the United Nations."
)


def reported_ids(settings: Settings) -> list[str]:
    """The articles the travel stage reported trips of, in order (repeats report none)."""
    return [report["article"]["id"] for report in when_drained(settings, settings.topic_trips)]


def test_exact_and_near_duplicates_are_dropped_but_an_update_is_read(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker()
    worker.wait_ready()
    original = {"id": "dup-1", "source": "Wire A", "published": "2024-10-07", "text": STORY}
    publish(settings, [original])
    wait_drained(settings)
    syndicated = STORY.replace("said on Monday", "said on Monday, according to a statement")
    publish(
        settings,
        [
            {"id": "dup-1", "source": "Wire A", "published": "2024-10-07", "text": STORY},  # re-sent
            {"id": "dup-2", "source": "Wire B", "published": "2024-10-07", "text": syndicated},  # a copy
        ],
    )
    wait_drained(settings)
    update = STORY + " Update: the visit has been postponed because of the floods, officials said."
    publish(settings, [{"id": "dup-1", "source": "Wire A", "published": "2024-10-08", "text": update}])
    assert reported_ids(settings) == ["dup-1", "dup-1"]
    versions = when_drained(settings, settings.topic_alerts)
    assert [(v["version"], v["status"]) for v in versions] == [(1, "confirmed"), (2, "postponed")]


def test_two_hundred_briefs_from_one_template_give_two_hundred_alerts(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker()
    worker.wait_ready()
    briefs = templated_briefs()
    publish(settings, briefs)
    versions = when_drained(settings, settings.topic_alerts)
    assert sorted((v["leader"]["id"], v["destination"]["country"]) for v in versions) == sorted(
        tuple(brief["expected"]) for brief in briefs
    )
    assert len(briefs) == 200


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
    assert wait_until(settings, lambda: "not valid YAML" in worker.log())
    assert "watchlist.yaml:3: not valid YAML" in worker.log()

    watchlist.write_text(ADA)
    assert wait_until(settings, lambda: "Watchlist reloaded" in worker.log())
    # Another story (the same words again would be dropped as a repeat of the first).
    second = "Officials in Wellington said Ada Example would travel to Tokyo next month for talks on fisheries."
    publish(settings, [{"id": "ada-2", "published": "2024-10-07", "text": second}])
    [alert] = when_drained(settings, settings.topic_alerts)
    assert (alert["leader"]["id"], alert["destination"]["country"]) == ("ada-example", "JP")


def test_articles_past_the_window_are_forgotten_from_memory(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    port = free_port()
    worker = start_worker({"NEWSWATCH_DEDUP_WINDOW_HOURS": "0.001", "NEWSWATCH_METRICS_PORT": str(port)})  # 3.6 s
    worker.wait_ready()
    articles = trip_articles(5, prefix="forget")
    publish(settings, articles)

    def remembered() -> float:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=3) as response:
            line = next(x for x in response.read().decode().splitlines() if x.startswith("newswatch_dedup_keys "))
        return float(line.split()[1])

    counts: list[float] = []

    def forgotten() -> bool:
        counts.append(remembered())
        return max(counts) > 0 and counts[-1] == 0  # remembered (under their near-duplicate keys), then forgotten

    assert wait_until(settings, forgotten, lambda: counts[-1] if counts else None)
    assert len(reported_ids(settings)) == 5
    publish(settings, articles[:1])  # the same article again, after the window: read again
    assert len(reported_ids(settings)) == 6
