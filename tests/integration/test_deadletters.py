"""Bad input on a real broker: it lands in the dead-letter topic, the stream goes on, and it can be replayed."""

from __future__ import annotations

import asyncio
import base64
import subprocess
import sys
from collections.abc import Callable

import orjson

from agents.runtime.settings import Settings
from tests.integration.helpers_flow import when_drained
from tests.integration.kafka_helpers import WorkerProcess, produce
from tests.integration.stories import trip_articles


def test_malformed_and_oversized_messages_become_dead_letters_and_the_rest_flows(
    settings: Settings, newswatch_env: dict[str, str], start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker({"NEWSWATCH_MAX_MESSAGE_BYTES": "20000"})
    worker.wait_ready()
    good = [{k: v for k, v in a.items() if k != "expected"} for a in trip_articles(2)]
    oversized = orjson.dumps({"id": "big", "text": "word " * 6000})
    bad = [b"{not json", orjson.dumps({"text": 5}), oversized, b"\xff\xfe\x00binary"]
    messages = [(b"g0", orjson.dumps(good[0])), *[(b"bad", value) for value in bad], (b"g1", orjson.dumps(good[1]))]
    asyncio.run(produce(settings, settings.topic_raw, messages))

    assert len(when_drained(settings, settings.topic_alerts)) == 2
    letters = when_drained(settings, settings.topic_deadletters)
    assert sorted(letter["reason"] for letter in letters) == ["bad_json", "bad_json", "schema", "too_large"]
    for letter in letters:
        assert letter["stage"] == "clean"
        assert letter["topic"] == settings.topic_raw
        assert isinstance(letter["partition"], int)
        assert isinstance(letter["offset"], int)
        assert letter["error_type"]
    by_reason = {letter["reason"]: letter for letter in letters}
    assert base64.b64decode(by_reason["schema"]["value"]) == orjson.dumps({"text": 5})
    too_large = by_reason["too_large"]
    assert (too_large["value_bytes"], too_large["truncated"]) == (len(oversized), True)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "agents.cli", "deadletters", *args],
            env=newswatch_env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    listed = cli()
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 4
    assert "clean/schema" in listed.stdout
    assert "4 dead letters" in listed.stderr
    replayed = cli("--reason", "schema", "--replay")
    assert replayed.returncode == 0, replayed.stderr
    assert "replayed 1" in replayed.stderr
    # The replayed message went through the clean stage again and failed the same way.
    letters = when_drained(settings, settings.topic_deadletters)
    assert len(letters) == 5
    assert sorted(letter["reason"] for letter in letters).count("schema") == 2
    assert "not replayable (cut at the size limit" in cli("--reason", "too_large", "--replay").stderr
