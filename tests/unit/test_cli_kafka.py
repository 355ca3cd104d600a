"""`newswatch kafka status|stop` where a broker this data folder did not start answers on the port."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from agents.cli import kafka as kafka_cli
from agents.cli import localkafka


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


def test_start_says_the_broker_on_the_port_is_used_as_it_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(localkafka, "_port_in_use", lambda port: True)
    monkeypatch.setattr(localkafka, "answers_metadata", lambda bootstrap, **_: True)
    with pytest.raises(localkafka.LocalKafkaError) as error:
        localkafka.LocalKafka(port=9092, data_dir=tmp_path).start()
    message = str(error.value)
    assert message.startswith(f"A Kafka broker not started from {tmp_path} already listens on 127.0.0.1:9092")
    assert "NEWSWATCH_KAFKA_BOOTSTRAP=127.0.0.1:9092" not in message  # what it is already: no advice
