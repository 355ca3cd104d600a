from __future__ import annotations

import click
from click.testing import CliRunner

from agents.cli.common import friendly_errors


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
