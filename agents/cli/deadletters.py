"""``newswatch deadletters``: the messages that could not be processed, with why; ``--replay`` sends them
back to the topic they came from (after a fix)."""

from __future__ import annotations

import asyncio
from typing import Any

import click
import orjson
from aiokafka import AIOKafkaProducer

from agents.cli.common import UserError, client_settings, friendly_errors
from agents.edges.topic_reader import TopicMissingError, read_topic
from agents.runtime.labels import DEADLETTER_REASONS, DEADLETTER_STAGES
from agents.runtime.settings import Settings
from agents.wire.deadletter import original_bytes, replayable


def describe(record: dict[str, Any]) -> str:
    """One dead letter as a line for people."""
    origin = f"{record.get('topic')}[{record.get('partition')}]@{record.get('offset')}"
    size = f"{record.get('value_bytes', 0)} bytes" + (", cut" if record.get("truncated") else "")
    error = str(record.get("error", ""))
    if record.get("error_type") != error:  # a delivery failure is its own description, not an exception's
        error = f"{record.get('error_type')}: {error}"
    return (
        f"{str(record.get('failed_at', ''))[:19].replace('T', ' ')}  {record.get('stage')}/{record.get('reason')}  "
        f"{error[:200]}  ({origin}, {size})"
    )


async def list_and_replay(
    settings: Settings, *, as_json: bool, follow: bool, stage: str | None, reason: str | None, replay: bool
) -> tuple[int, int, int]:
    """Print the matching dead letters; with ``replay``, send each replayable one back. Returns the
    numbers listed, sent and skipped."""
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


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print each dead letter as one JSON line.")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new dead letters.")
@click.option("--stage", type=click.Choice(DEADLETTER_STAGES), help="Only dead letters of this stage.")
@click.option("--reason", type=click.Choice(DEADLETTER_REASONS), help="Only dead letters with this reason.")
@click.option("--replay", is_flag=True, help="Send each listed message back to the topic it came from (after a fix).")
@friendly_errors
def deadletters(as_json: bool, follow: bool, stage: str | None, reason: str | None, replay: bool) -> None:
    """List the messages that could not be processed, with why; --replay sends them through again."""
    settings = client_settings()
    try:
        listed, sent, skipped = asyncio.run(
            list_and_replay(settings, as_json=as_json, follow=follow, stage=stage, reason=reason, replay=replay)
        )
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
