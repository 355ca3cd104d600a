"""`make run`'s demo, as a newcomer runs it: the feeds in three languages go in, alerts come out, Ctrl-C
stops everything it started."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from agents.runtime.settings import Settings
from tests.integration.helpers_flow import when_drained
from tests.integration.kafka_helpers import patience, wait_until


def test_the_demo_reads_three_languages_merges_a_trip_across_them_and_stops_cleanly(
    settings: Settings, newswatch_env: dict[str, str], tmp_path: Path
) -> None:
    output = tmp_path / "demo.out"
    with open(output, "wb") as out:
        demo = subprocess.Popen(
            [sys.executable, "-m", "agents.cli", "demo"], env=newswatch_env, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            finished = wait_until(
                settings,
                lambda: demo.poll() is not None or "The feed has nothing more" in output.read_text(errors="replace"),
                lambda: output.stat().st_size,
            )
            assert finished, output.read_text(errors="replace")
            assert demo.poll() is None, output.read_text(errors="replace")
            alerts = when_drained(settings, settings.topic_alerts)
        finally:
            demo.send_signal(signal.SIGINT)
            try:
                demo.wait(patience(settings))
            except subprocess.TimeoutExpired:
                demo.kill()
                demo.wait()
    printed = output.read_text(errors="replace")
    assert demo.returncode == 0, printed
    assert "Stopped." in printed
    assert "Traceback" not in printed
    for name in ("Demo Wire (en)", "Демо-лента (ru)", "演示通讯社 (zh)"):
        assert f"feed  {name}:" in printed
    assert "dead  " in printed
    assert "clean/schema" in printed  # the broken message of "someone else's scraper"

    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for alert in alerts:
        latest[(alert["leader"]["name"], alert["destination"]["country"])] = alert
    putin = latest[("Vladimir Putin", "CN")]
    assert sorted(source["language"] for source in putin["sources"]) == ["en", "ru"]
    assert any("Ушаков" in source["evidence"] or "Путин" in source["evidence"] for source in putin["sources"])
    assert latest[("Li Qiang", "BR")]["sources"][0]["language"] == "zh"
    assert latest[("Luiz Inácio Lula da Silva", "JP")]["status"] == "confirmed"
    assert latest[("Giorgia Meloni", "AR")]["status"] == "cancelled"
    assert ("Narendra Modi", "US") not in latest  # a past visit is no alert
