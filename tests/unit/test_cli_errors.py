from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import click
import pytest
from aiokafka.errors import KafkaConnectionError
from click.testing import CliRunner
from prometheus_client import CollectorRegistry

from agents.cli.alerts import alerts
from agents.cli.common import friendly_errors
from agents.cli.configuration import settings
from agents.cli.deadletters import deadletters
from agents.cli.ingest import ingest
from agents.cli.worker import worker


@click.command()
@friendly_errors
def writes_into_a_closed_pipe() -> None:
    click.echo("first line")
    raise BrokenPipeError(32, "Broken pipe")


@click.command()
@friendly_errors
def fails() -> None:
    raise RuntimeError("something nobody foresaw")


def test_a_reader_that_goes_away_stops_the_command_quietly() -> None:
    result = CliRunner().invoke(writes_into_a_closed_pipe)
    assert result.exit_code == 1
    assert "BrokenPipe" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_unexpected_error_is_one_line_without_a_traceback() -> None:
    result = CliRunner().invoke(fails)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "newswatch: RuntimeError: something nobody foresaw (run with NEWSWATCH_LOG_LEVEL=debug for details)"
    ]


def test_a_filter_that_could_match_nothing_is_refused_before_reading_kafka() -> None:
    result = CliRunner().invoke(alerts, ["--country", "China"])
    assert (result.exit_code, result.output.strip()) == (
        2,
        "newswatch: --country: 'China' is not an ISO 3166-1 alpha-2 code such as CN",
    )
    for option, value in (("--stage", "cleaning"), ("--reason", "schemas")):
        result = CliRunner().invoke(deadletters, [option, value])
        assert result.exit_code == 2
        assert f"Invalid value for '{option}': '{value}' is not one of" in result.output


def test_a_misspelled_setting_is_warned_about_not_refused(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="newswatch"):
        result = CliRunner().invoke(settings, env={"NEWSWATCH_KAFKA_BROKERS": "kafka:9092"})
    assert result.exit_code == 0
    assert "NEWSWATCH_KAFKA_BOOTSTRAP=127.0.0.1:9092" in result.output  # the misspelled one changed nothing
    assert [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING] == [
        "NEWSWATCH_KAFKA_BROKERS is not a newswatch setting and is ignored; did you mean NEWSWATCH_KAFKA_BOOTSTRAP? "
        "(`newswatch settings` lists them)"
    ]


async def _broker_down(*_: Any, **__: Any) -> list[str]:
    raise KafkaConnectionError("Unable to bootstrap from [('127.0.0.1', 9092)]")


@pytest.mark.parametrize(
    ("variable", "text", "message"),
    [
        ("NEWSWATCH_WATCHLIST", "leaders:\n  - name: Someone\n", ":2: a leader needs 'id'"),
        ("NEWSWATCH_WEBHOOKS_FILE", "webhooks:\n  - name: ops\n", ":2: webhooks[1] needs 'url'"),
    ],
)
def test_a_bad_config_file_is_reported_before_the_broker_is_contacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, text: str, message: str
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    monkeypatch.setattr("agents.cli.worker.create_topics", _broker_down)
    monkeypatch.setattr("agents.cli.worker.REGISTRY", CollectorRegistry())
    result = CliRunner().invoke(worker, env={variable: str(path), "NEWSWATCH_DATA_DIR": str(tmp_path / "data")})
    assert (result.exit_code, result.output.strip()) == (2, f"newswatch: {path}{message}")


def test_a_bad_feed_file_is_reported_before_the_broker_is_contacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - name: Wire\n    url: ftp://wire.example/rss\n")
    monkeypatch.setattr("agents.edges.ingest.create_topics", _broker_down)
    result = CliRunner().invoke(ingest, ["--feeds", str(path), "--once"])
    assert result.exit_code == 2
    assert result.output.startswith(f"newswatch: {path}:3: ")
