"""What a newcomer does: `newswatch publish` a file, then `newswatch alerts` to watch what came out."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson

from agents.runtime.settings import Settings
from tests.integration.kafka_helpers import WorkerProcess, wait_drained
from tests.integration.stories import trip_articles


def test_publish_then_watch_alerts(
    settings: Settings, newswatch_env: dict[str, str], start_worker: Callable[..., WorkerProcess], tmp_path: Path
) -> None:
    worker = start_worker()
    worker.wait_ready()
    articles = trip_articles(6)
    lines = [orjson.dumps({k: v for k, v in a.items() if k != "expected"}).decode() for a in articles]
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join([lines[0], "{broken", *lines[1:], ""]) + "\n", encoding="utf-8")

    def newswatch(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "agents.cli", *args], env=newswatch_env, capture_output=True, text=True, timeout=120
        )

    published = newswatch("publish", str(source))
    assert published.returncode == 1  # one line was not sent
    assert "line 2: not sent: bad_json" in published.stderr
    assert "Published 6 articles" in published.stdout
    wait_drained(settings)  # until the worker is through

    everything = newswatch("alerts", "--from-beginning", "--json")
    assert everything.returncode == 0, everything.stderr
    assert sorted(orjson.loads(line)["leader"]["id"] for line in everything.stdout.splitlines()) == sorted(
        a["expected"][0] for a in articles
    )
    putin = newswatch("alerts", "--from-beginning", "--leader", "putin", "--country", "ke")
    assert putin.returncode == 0, putin.stderr
    assert putin.stdout.count("Vladimir Putin -> Kenya") == 1
    assert "November 2024" in putin.stdout
    assert "officials said on Monday" in putin.stdout
    assert len(putin.stdout.splitlines()) == 2  # one alert, two lines
    assert "1 source (en)" in putin.stdout or "1 source," in putin.stdout
    limited = newswatch("alerts", "--from-beginning", "--json", "--limit", "2", "--status", "confirmed")
    assert len(limited.stdout.splitlines()) == 2
    nothing_new = newswatch("alerts")
    assert nothing_new.returncode == 0
    assert "No alerts" in nothing_new.stderr
    wrong = newswatch("alerts", "--status", "maybe")
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr
