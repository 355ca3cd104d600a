"""What a worker tells Prometheus beyond the stage counters: consumer lag and rebalances.

Every ``LAG_EVERY`` seconds the worker sums, per input topic, how far its assigned partitions' fetch
positions trail their high watermarks (``newswatch_consumer_lag_messages{topic}``, the topic's role:
raw, clean, ...). Each worker reports the partitions it holds, so the group's lag is the sum over workers.
A faust sensor counts the rebalances the worker took part in.
"""

from __future__ import annotations

import logging
from typing import Any

from faust.sensors import Sensor

from agents.metrics import get_metrics
from agents.settings import Settings

logger = logging.getLogger(__name__)

LAG_EVERY = 5.0  # seconds
CONSUMED = ("raw", "clean", "tagged", "trips", "routed")


class RebalanceCounter(Sensor):
    def on_rebalance_start(self, app: Any) -> dict[str, Any]:
        get_metrics().rebalances.inc()
        result: dict[str, Any] = super().on_rebalance_start(app)
        return result


def register_observers(app: Any, settings: Settings) -> None:
    """Add the lag timer and the rebalance sensor to the faust ``app``."""
    roles = {name: role for role, name in settings.topics().items() if role in CONSUMED}
    app.sensors.add(RebalanceCounter())

    @app.timer(interval=LAG_EVERY)
    async def measure_lag() -> None:
        metrics = get_metrics()
        consumer = app.consumer
        lag = dict.fromkeys(CONSUMED, 0)
        for tp in consumer.assignment():
            role = roles.get(tp.topic)
            if role is None:
                continue
            highwater = consumer.highwater(tp)
            position = await consumer.position(tp)
            if highwater is not None and position is not None:
                lag[role] += max(0, highwater - position)
        for role, value in lag.items():
            metrics.consumer_lag.labels(topic=role).set(value)
