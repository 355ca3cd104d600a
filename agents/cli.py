"""The ``newswatch`` command: the local broker, the worker, and the tools around them.

Every command reads the one settings object; a bad setting or a missing prerequisite ends the command
with one sentence on stderr (exit status 2), never a traceback.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from agents.settings import Settings, SettingsError, load_settings, settings_table, use_settings

F = TypeVar("F", bound=Callable[..., Any])

logger = logging.getLogger("newswatch")


class UserError(click.ClickException):
    """An error the user can fix; shown as one line."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"newswatch: {self.message}", err=True)


def friendly_errors(command: F) -> F:
    """Turn the errors a user can fix into one line on stderr."""
    from aiokafka.errors import KafkaConnectionError

    from agents.localkafka import LocalKafkaError
    from pipeline.configfile import ConfigError

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (SettingsError, LocalKafkaError, ConfigError) as exc:
            raise UserError(str(exc)) from None
        except KafkaConnectionError:
            raise UserError(_unreachable()) from None
        except (click.ClickException, click.exceptions.Exit, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            logger.debug("Unexpected error", exc_info=True)
            raise UserError(f"{type(exc).__name__}: {exc} (run with NEWSWATCH_LOG_LEVEL=debug for details)") from None

    return wrapper  # type: ignore[return-value]


def _unreachable() -> str:
    """Why a Kafka client could not connect, in the user's terms (never the password)."""
    from agents.settings import current_settings

    settings = current_settings()
    how = settings.kafka_security_protocol
    if how.startswith("SASL"):
        how += f", SASL {settings.kafka_sasl_mechanism} as {settings.kafka_sasl_username!r}"
    return (
        f"cannot connect to Kafka at {settings.kafka_bootstrap} ({how}): check that the broker runs "
        "(`newswatch kafka start` for the local one), NEWSWATCH_KAFKA_BOOTSTRAP, and the TLS and SASL settings"
    )


def settings_from_env() -> Settings:
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UserError(str(exc)) from None
    use_settings(settings)
    logging.basicConfig(
        level={"warn": "WARNING", "crit": "CRITICAL"}.get(settings.log_level, settings.log_level.upper()),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """newswatch: streaming news monitoring that alerts when watched leaders announce travel."""


# -- the local broker ------------------------------------------------------------------------


@main.group()
def kafka() -> None:
    """Manage the local single-node Kafka broker (127.0.0.1, KRaft)."""


def _local_broker(settings: Settings) -> Any:
    from agents.localkafka import LocalKafka, local_port

    port = local_port(settings.kafka_bootstrap)
    if port is None:
        raise UserError(
            f"NEWSWATCH_KAFKA_BOOTSTRAP is {settings.kafka_bootstrap}, not a broker on this machine: the "
            "local broker commands manage only 127.0.0.1:<port>."
        )
    return LocalKafka(port=port, data_dir=settings.data_dir, home=settings.kafka_home, heap_mb=settings.kafka_heap_mb)


@kafka.command("start")
@friendly_errors
def kafka_start() -> None:
    """Start the local broker (does nothing if it runs already) and print its address."""
    settings = settings_from_env()
    broker = _local_broker(settings)
    was_running = broker.status().running
    status = broker.start()
    import asyncio

    from agents.kafka_admin import create_topics

    asyncio.run(create_topics(settings))
    state = "already running" if was_running else "started"
    click.echo(f"Kafka {state} at {status.bootstrap} (pid {status.pid}, log {status.log_file})")


@kafka.command("stop")
@friendly_errors
def kafka_stop() -> None:
    """Stop the local broker cleanly."""
    broker = _local_broker(settings_from_env())
    if broker.stop():
        click.echo(f"Kafka at {broker.bootstrap} stopped")
    else:
        click.echo(f"Kafka at {broker.bootstrap} was not running")


@kafka.command("status")
@friendly_errors
def kafka_status() -> None:
    """Say whether the local broker runs; exit status 0 if it does, 1 if not."""
    status = _local_broker(settings_from_env()).status()
    if status.running:
        click.echo(f"Kafka running at {status.bootstrap} (pid {status.pid})")
    else:
        click.echo(f"Kafka stopped ({status.bootstrap})")
        sys.exit(1)


@kafka.command("fetch")
@friendly_errors
def kafka_fetch() -> None:
    """Fetch the broker jars from Maven Central (done by `start` when needed)."""
    broker = _local_broker(settings_from_env())
    broker.fetch()
    click.echo(f"Kafka jars ready in {broker.libs}")


# -- service -----------------------------------------------------------------------------------


@main.command()
@friendly_errors
def worker() -> None:
    """Run a worker: the clean, tag and travel agents and alert merging, until Ctrl-C."""
    from agents.worker import run_worker

    run_worker(settings_from_env())


@main.command()
@friendly_errors
def demo() -> None:
    """The one-command demo (`make run`): local broker, worker and demo input, output until Ctrl-C."""
    from agents.demo import run_demo

    run_demo(client_settings())


@main.command()
@friendly_errors
def topics() -> None:
    """Create every newswatch topic that does not exist yet (with the configured partitions)."""
    import asyncio

    from agents.kafka_admin import create_topics

    settings = settings_from_env()
    created = asyncio.run(create_topics(settings))
    click.echo(f"Created {len(created)} topics" + (f": {', '.join(created)}" if created else ""))


@main.command()
@click.argument("source", default="-", type=click.File("r", encoding="utf-8", errors="surrogateescape"))
@click.option(
    "--output", "-o", default="-", type=click.File("w", encoding="utf-8"), help="Where to write (default stdout)."
)
@click.option(
    "--watchlist",
    "watchlists",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A watchlist YAML file extending the shipped one (repeatable; default: NEWSWATCH_WATCHLIST).",
)
@friendly_errors
def analyze(source: Any, output: Any, watchlists: tuple[Path, ...]) -> None:
    """Run the pipeline offline over raw-article JSON lines from SOURCE (a file, or - for stdin).

    Writes one JSON line per input line; a line that cannot be processed gives an "error" object.
    Exit status 1 if any line failed.
    """
    import orjson

    from agents.analyze import Analyzer

    settings = settings_from_env()
    analyzer = Analyzer(
        _gazetteer(settings, watchlists),
        settings.max_message_bytes,
        settings.alert_statuses,
        settings.alert_min_confidence,
    )
    failed = total = 0
    progress = _progress(desc="analyze", unit=" articles")
    for outcome in analyzer.analyze_lines(source):
        output.write(orjson.dumps(outcome.result).decode() + "\n")
        total += 1
        failed += outcome.failed
        progress.update(1)
    progress.close()
    output.flush()
    if sys.stderr.isatty():
        click.echo(f"{total} lines, {failed} failed", err=True)
    sys.exit(1 if failed else 0)


def _gazetteer(settings: Settings, watchlists: tuple[Path, ...]) -> Any:
    from pipeline.tagging import Gazetteer, load_watchlist

    files = list(watchlists) or ([settings.watchlist] if settings.watchlist else [])
    return Gazetteer(load_watchlist(files))


@main.command()
@click.argument("source", type=click.File("r", encoding="utf-8", errors="surrogateescape"))
@friendly_errors
def publish(source: Any) -> None:
    """Publish raw-article JSON lines from SOURCE (a file, or - for stdin) to the raw topic.

    Lines that are not raw articles (bad JSON, wrong schema, too large) are reported with their
    number and not sent; the exit status is then 1.
    """
    import asyncio

    from agents.publish import publish_lines

    settings = client_settings()
    progress = _progress(desc="publish", unit=" articles")
    result = asyncio.run(publish_lines(settings, source, on_sent=lambda: progress.update(1)))
    progress.close()
    for number, reason in result.rejected:
        click.echo(f"line {number}: not sent: {reason}", err=True)
    click.echo(
        f"Published {result.published} article{'s' if result.published != 1 else ''} to {settings.topic_raw}"
        + (f"; {len(result.rejected)} line(s) not sent" if result.rejected else "")
    )
    if result.rejected:
        sys.exit(1)


@main.command()
@click.option(
    "--feeds",
    "feeds_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="YAML file listing the feeds (see README, 'Feeds in').",
)
@click.option("--once", is_flag=True, help="Poll every feed once, then exit (default: poll for ever).")
@friendly_errors
def ingest(feeds_file: Path, once: bool) -> None:
    """Poll RSS and Atom feeds and publish each new item once to the raw topic."""
    import asyncio

    from agents.ingest import run_ingester
    from pipeline.ingest.feedlist import load_feeds

    settings = client_settings()
    feeds = load_feeds(feeds_file)
    if not once:
        from agents.metrics import serve_metrics

        serve_metrics(settings.metrics_host, settings.metrics_port)
    results = asyncio.run(run_ingester(settings, feeds, once))
    for result in results:
        click.echo(
            f"{result.feed}: {result.outcome}, {result.published} new, {result.seen} seen"
            + (f", {result.failed} failed" if result.failed else "")
        )
    if once and any(result.outcome not in ("ok", "not_modified") for result in results):
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print each alert version as one JSON line.")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest alert on the topic (default: new ones).")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new alerts (default: stop at the end).")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many alerts.")
@click.option("--leader", "leaders", multiple=True, help="Only this leader: an id or part of the name (repeatable).")
@click.option("--country", "countries", multiple=True, help="Only trips to this ISO country code (repeatable).")
@click.option("--status", "statuses", multiple=True, help="Only these statuses, e.g. planned,confirmed.")
@friendly_errors
def alerts(
    as_json: bool,
    from_beginning: bool,
    follow: bool,
    limit: int | None,
    leaders: tuple[str, ...],
    countries: tuple[str, ...],
    statuses: tuple[str, ...],
) -> None:
    """Show the travel alerts on the alert topic: each new version of each alert, as it comes."""
    import asyncio

    import orjson

    from agents.subscribers import AlertFilter, AlertFormatter, parse_statuses
    from agents.topic_reader import TopicMissingError, read_topic
    from pipeline.tagging import load_watchlist

    settings = client_settings()
    try:
        wanted = AlertFilter(leaders, countries, parse_statuses(statuses))
    except ValueError as exc:
        raise UserError(f"--status: {exc}") from None
    formatter = None if as_json else AlertFormatter(load_watchlist([settings.watchlist] if settings.watchlist else []))

    async def show() -> int:
        shown = 0
        async for _key, value, _stamp in read_topic(
            settings, settings.topic_alerts, from_beginning=from_beginning, follow=follow
        ):
            try:
                alert = orjson.loads(value)
            except orjson.JSONDecodeError:
                continue  # not ours: the alert topic holds only JSON alerts
            if not isinstance(alert, dict) or not wanted.accepts(alert):
                continue
            if formatter is None:
                click.echo(value.decode("utf-8", errors="replace"))
            else:
                click.echo("\n".join(formatter.lines(alert)))
            shown += 1
            if limit is not None and shown >= limit:
                break
        return shown

    try:
        shown = asyncio.run(show())
    except TopicMissingError:
        raise UserError(
            f"topic {settings.topic_alerts} does not exist yet: start a worker (`newswatch worker`) "
            "or create the topics (`newswatch topics`)"
        ) from None
    except KeyboardInterrupt:
        return
    if not shown and not as_json:
        hint = "" if from_beginning else " (--from-beginning shows earlier ones, --follow waits for new ones)"
        click.echo(f"No alerts{hint}.", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print each dead letter as one JSON line.")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new dead letters.")
@click.option("--stage", help="Only dead letters of this stage (clean, tag, travel, merge, deliver).")
@click.option("--reason", help="Only dead letters with this reason (bad_json, schema, too_large, ...).")
@click.option("--replay", is_flag=True, help="Send each listed message back to the topic it came from (after a fix).")
@friendly_errors
def deadletters(as_json: bool, follow: bool, stage: str | None, reason: str | None, replay: bool) -> None:
    """List the messages that could not be processed, with why; --replay sends them through again."""
    import asyncio

    import orjson

    from agents.deadletters import describe, original_bytes, replayable
    from agents.topic_reader import TopicMissingError, read_topic

    settings = client_settings()

    async def run() -> tuple[int, int, int]:
        from aiokafka import AIOKafkaProducer

        listed = sent = skipped = 0
        producer = None
        try:
            if replay:
                producer = AIOKafkaProducer(
                    **settings.kafka_client_options(), max_request_size=settings.max_message_bytes + 1024 * 1024
                )
                await producer.start()
            async for _key, value, _stamp in read_topic(
                settings, settings.topic_deadletters, from_beginning=True, follow=follow
            ):
                record = orjson.loads(value)
                if (stage and record.get("stage") != stage) or (reason and record.get("reason") != reason):
                    continue
                listed += 1
                click.echo(value.decode() if as_json else describe(record))
                if producer is not None:
                    if not replayable(record):
                        skipped += 1
                        continue
                    key, data = original_bytes(record)
                    await producer.send(record["topic"], value=data, key=key)
                    sent += 1
            if producer is not None:
                await producer.flush()
        finally:
            if producer is not None:
                await producer.stop()
        return listed, sent, skipped

    try:
        listed, sent, skipped = asyncio.run(run())
    except TopicMissingError:
        raise UserError(f"topic {settings.topic_deadletters} does not exist yet: no worker has run") from None
    except KeyboardInterrupt:
        return
    summary = f"{listed} dead letter{'s' if listed != 1 else ''}"
    if replay:
        summary += f"; replayed {sent}" + (
            f", {skipped} not replayable (cut at the size limit, or undelivered webhook alerts)" if skipped else ""
        )
    click.echo(summary, err=True)


def _progress(**options: Any) -> Any:
    """A progress bar on stderr when it is a terminal; otherwise a silent stand-in."""
    from tqdm import tqdm

    return tqdm(file=sys.stderr, disable=not sys.stderr.isatty(), **options)


@main.command("settings")
@click.option("--markdown", is_flag=True, help="Print README's table of settings.")
@friendly_errors
def show_settings(markdown: bool) -> None:
    """Print the settings in effect (secrets masked), or their documentation with --markdown."""
    if markdown:
        click.echo(settings_table())
        return
    settings = settings_from_env()
    from agents.settings import FIELDS

    for field in FIELDS:
        click.echo(f"{field.variable}={getattr(settings, field.name)}")


if __name__ == "__main__":
    main()
