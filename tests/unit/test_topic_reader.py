"""Reading a topic from the command line when the broker cannot be reached: one error, no leaked client."""

from __future__ import annotations

import gc
import logging
import socket

import pytest
from aiokafka.errors import KafkaConnectionError

from agents.edges.topic_reader import read_topic
from agents.runtime.settings import load_settings


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_an_unreachable_broker_leaves_no_unclosed_consumer(caplog: pytest.LogCaptureFixture) -> None:
    settings = load_settings({"NEWSWATCH_KAFKA_BOOTSTRAP": f"127.0.0.1:{closed_port()}"})
    with caplog.at_level(logging.ERROR, logger="asyncio"), pytest.raises(KafkaConnectionError):
        async for _ in read_topic(settings, settings.topic_alerts, from_beginning=True, follow=False):
            pass
    gc.collect()
    assert not [record for record in caplog.records if "Unclosed" in record.getMessage()]
