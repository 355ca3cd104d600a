"""What every ``newswatch`` command shares: settings from the environment, logging, and errors a user can
fix shown as one sentence on stderr (exit status 2), never a traceback."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click
from aiokafka.errors import KafkaConnectionError
from tqdm import tqdm

from agents.cli.localkafka import LocalKafkaError
from agents.runtime.settings import Settings, SettingsError, load_settings, unknown_variables
from pipeline.configfile import ConfigError

F = TypeVar("F", bound=Callable[..., Any])

logger = logging.getLogger("newswatch")


class UserError(click.ClickException):
    """An error the user can fix; shown as one line."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"newswatch: {self.message}", err=True)


def friendly_errors(command: F) -> F:
    """Turn the errors a user can fix into one line on stderr."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (SettingsError, LocalKafkaError, ConfigError) as exc:
            raise UserError(str(exc)) from None
        except KafkaConnectionError:
            raise UserError(_unreachable()) from None
        except BrokenPipeError:
            _reader_went_away()
        except (click.ClickException, click.exceptions.Exit, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            logger.debug("Unexpected error", exc_info=True)
            raise UserError(f"{type(exc).__name__}: {exc} (run with NEWSWATCH_LOG_LEVEL=debug for details)") from None

    return wrapper  # type: ignore[return-value]


def _reader_went_away() -> None:
    """The output's reader closed the pipe (`newswatch alerts --json | head`): stop quietly, as Unix tools
    do. Standard output goes to /dev/null first, so Python's own flush at exit does not fail again."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)


def _unreachable() -> str:
    """Why a Kafka client could not connect, in the user's terms (never the password)."""
    settings = load_settings()  # it loaded once already, in the command
    how = settings.kafka_security_protocol
    if how.startswith("SASL"):
        how += f", SASL {settings.kafka_sasl_mechanism} as {settings.kafka_sasl_username!r}"
    return (
        f"cannot connect to Kafka at {settings.kafka_bootstrap} ({how}): check that the broker runs "
        "(`newswatch kafka start` for the local one), NEWSWATCH_KAFKA_BOOTSTRAP, and the TLS and SASL settings"
    )


def settings_from_env() -> Settings:
    """The settings of this command, and logging set up at their level."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UserError(str(exc)) from None
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if settings.log_level != "debug":
        logging.getLogger("pymorphy3").setLevel(logging.WARNING)  # two lines on loading its dictionary
    for warning in unknown_variables():
        logger.warning("%s", warning)
    return settings


def client_settings() -> Settings:
    """The settings, for a command that is a Kafka client of its own (publish, alerts, ...).

    aiokafka logs the errors it retries by itself (a partition leader moving just after topics are
    created, say) at ERROR; such a command would print them as if something had failed. They are shown
    with NEWSWATCH_LOG_LEVEL=debug.
    """
    settings = settings_from_env()
    if settings.log_level != "debug":
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
        logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request otherwise
    return settings


def progress(**options: Any) -> Any:
    """A progress bar on stderr when it is a terminal; otherwise a silent stand-in."""
    return tqdm(file=sys.stderr, disable=not sys.stderr.isatty(), **options)
