"""Hostile input through the agents on the real broker: the worker lives, each message gets a verdict."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import orjson

from agents.runtime.settings import Settings
from tests.integration.helpers_flow import publish, read_json, when_drained
from tests.integration.kafka_helpers import WorkerProcess, produce, wait_drained
from tests.integration.stories import trip_articles

HOSTILE: list[tuple[str, bytes]] = [
    (
        "not-utf8",
        b'{"id": "not-utf8", "text": "Le caf\xe9 de la gare \xe9tait ferm\xe9 toute la journ\xe9e de lundi."}',
    ),
    (
        "nul",
        orjson.dumps({"id": "nul", "text": "Talks\x00 on water\x00 resumed in the capital on Monday, officials said."}),
    ),
    ("deep", b"[" * 200_000 + b"]" * 200_000),
    ("wrong-types", orjson.dumps({"id": "wrong-types", "text": ["a", "list"], "published": 5})),
    ("nested-html", orjson.dumps({"id": "nested-html", "html": "<div>" * 100_000 + "<p>x</p>" + "</div>" * 100_000})),
    ("huge", orjson.dumps({"id": "huge", "text": "word " * 4_400_000})),  # 22 MB: over the size limit
    ("one-line", orjson.dumps({"id": "one-line", "text": ("Talks on water resumed and " * 180_000)[:4_800_000]})),
    (
        "rtl",
        orjson.dumps(
            {"id": "rtl", "text": "\u202eanihC ot level lliw nituP\u202c مرحبا. Путин. 习近平。 Talks went on."}
        ),
    ),
    (
        "zero-width",
        orjson.dumps(
            {
                "id": "zero-width",
                "published": "2024-10-07",
                "text": "Vla\u200bdimir Pu\u200dtin will travel to Pe\u2060ru in November, officials said.",
            }
        ),
    ),
]


def test_hostile_messages_are_dead_lettered_or_processed_and_the_stream_goes_on(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    # Limits far above what any of these takes, so that each verdict is about the input, not the machine's speed.
    worker = start_worker(
        {
            "NEWSWATCH_MAX_MESSAGE_BYTES": "20000000",
            "NEWSWATCH_STAGE_TIMEOUT_SECONDS": "60",
            "NEWSWATCH_KAFKA_SESSION_TIMEOUT_SECONDS": "90",
        }
    )
    worker.wait_ready()
    good = [{k: v for k, v in a.items() if k != "expected"} for a in trip_articles(2, prefix="after")]
    messages = [(key.encode(), value) for key, value in HOSTILE] + [(a["id"].encode(), orjson.dumps(a)) for a in good]
    asyncio.run(produce(settings, settings.topic_raw, messages))

    versions = when_drained(settings, settings.topic_alerts)  # the two good ones, and Putin to Peru
    assert sorted((v["leader"]["id"], v["destination"]["country"]) for v in versions) == sorted(
        [("Q7747", "KE"), ("Q7747", "CL"), ("Q7747", "PE")]
    )
    letters = read_json(settings, settings.topic_deadletters)
    tagged = read_json(settings, settings.topic_tagged)
    dead = {letter["_key"]: letter["reason"] for letter in letters}
    processed = {item["id"] for item in tagged}
    for key, _ in HOSTILE:
        assert (key in dead) != (key in processed), f"{key}: dead {dead.get(key)}, processed {key in processed}"
    assert dead["deep"] == "bad_json"
    assert dead["wrong-types"] == "schema"
    assert dead["huge"] == "too_large"
    assert {"not-utf8", "nul", "one-line", "rtl", "zero-width"} <= processed
    assert worker.process is not None
    assert worker.process.poll() is None


def test_a_message_slower_than_the_stage_limit_is_dead_lettered_as_a_timeout(
    settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    # A second: hundreds of times what a story takes once the worker is warm, and a small part of what the
    # slow message (a page of 45,000 paragraphs, 4.5 MB of HTML, several seconds to extract) takes to clean.
    worker = start_worker({"NEWSWATCH_STAGE_TIMEOUT_SECONDS": "1"})
    worker.wait_ready()
    first, after = [{k: v for k, v in a.items() if k != "expected"} for a in trip_articles(2, prefix="next")]
    publish(settings, [first])  # warms every stage up (models and patterns load on first use)
    wait_drained(settings)
    paragraphs = "".join(
        f"<p>Talks on water resumed on day {n} and the ministers met again.</p>" for n in range(45_000)
    )
    slow = orjson.dumps({"id": "slow", "html": f"<html><body><article>{paragraphs}</article></body></html>"})
    asyncio.run(produce(settings, settings.topic_raw, [(b"slow", slow)]))
    [letter] = when_drained(settings, settings.topic_deadletters)
    assert (letter["_key"], letter["stage"], letter["reason"]) == ("slow", "clean", "timeout")
    publish(settings, [after])  # the stream goes on
    assert len(when_drained(settings, settings.topic_alerts)) == 2
    assert len(read_json(settings, settings.topic_deadletters)) == 1
