"""`newswatch kafka status|stop` where a broker this data folder did not start answers on the port."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from agents.cli import kafka as kafka_cli


@pytest.fixture
def someone_elses_broker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("NEWSWATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(kafka_cli, "answers_metadata", lambda bootstrap, **_: True)
    return tmp_path


def test_status_says_a_broker_runs_that_another_folder_started(someone_elses_broker: Path) -> None:
    result = CliRunner().invoke(kafka_cli.kafka, ["status"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Kafka running at 127.0.0.1:9092, not started from {someone_elses_broker}")


def test_stop_does_not_claim_nothing_was_running(someone_elses_broker: Path) -> None:
    result = CliRunner().invoke(kafka_cli.kafka, ["stop"])
    assert result.exit_code == 2
    assert "was not running" not in result.output
    assert result.output.strip().endswith(": stop it from there")
