"""``newswatch publish``: raw-article JSON lines onto the raw topic.

Each line is checked as the clean stage would check it (JSON, the raw-article schema, the size
limit); a line that fails is reported with its number and reason and not sent, so a typo is caught
at the keyboard rather than in the dead-letter topic. Each good line is sent as written, keyed by the
article's id (given, or derived from its URL or content as the clean stage does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from aiokafka import AIOKafkaProducer

from agents.runtime.settings import Settings
from agents.wire.codec import WireError
from agents.wire.raw import decode_raw_article


@dataclass
class PublishResult:
    published: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)


async def publish_lines(
    settings: Settings, lines: Iterable[str], on_sent: Callable[[], None] = lambda: None
) -> PublishResult:
    """Send the good lines of ``lines`` to the raw topic; blank lines are skipped."""
    result = PublishResult()
    producer = AIOKafkaProducer(
        **settings.kafka_client_options(),
        max_request_size=settings.max_message_bytes + 1024 * 1024,
        linger_ms=10,
        acks="all",
        enable_idempotence=True,
    )
    try:
        await producer.start()  # inside: a client that fails to start is still closed
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            data = line.rstrip("\r\n").encode("utf-8", errors="surrogateescape")
            try:
                article = decode_raw_article(data, settings.max_message_bytes)
            except WireError as exc:
                result.rejected.append((number, f"{exc.reason}: {exc}"))
                continue
            await producer.send(settings.topic_raw, value=data, key=article.id.encode())
            result.published += 1
            on_sent()
        await producer.flush()
    finally:
        await producer.stop()
    return result
