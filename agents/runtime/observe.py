"""What a worker tells Prometheus beyond the stage counters: consumer lag and rebalances.

Every ``LAG_EVERY`` seconds the worker sums, per input topic, how far its assigned partitions' fetch
positions trail their high watermarks (``newswatch_consumer_lag_messages{topic}``, the topic's role:
raw, tagged, trips). Each worker reports the partitions it holds, so the group's lag is the sum over workers.
A faust sensor counts the rebalances the worker took part in.
"""

from __future__ import annotations

import logging
from typing import Any

from faust.sensors import Sensor

from agents.runtime.app import Runtime
from agents.runtime.labels import CONSUMED_TOPICS
from agents.runtime.metrics import Metrics

logger = logging.getLogger(__name__)

LAG_EVERY = 5.0  # seconds


class RebalanceCounter(Sensor):
    def __init__(self, metrics: Metrics) -> None:
        super().__init__()
        self.metrics = metrics

    def on_rebalance_start(self, app: Any) -> dict[str, Any]:
        self.metrics.rebalances.inc()
        result: dict[str, Any] = super().on_rebalance_start(app)
        return result


def register_observers(runtime: Runtime) -> None:
    """Add the lag timer and the rebalance sensor to the runtime's app."""
    app, metrics = runtime.app, runtime.metrics
    roles = {name: role for role, name in runtime.settings.topics().items() if role in CONSUMED_TOPICS}
    app.sensors.add(RebalanceCounter(metrics))

    @app.timer(interval=LAG_EVERY)
    async def measure_lag() -> None:
        consumer = app.consumer
        lag = dict.fromkeys(CONSUMED_TOPICS, 0)
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
