"""Merge stage agents: trip reports become versioned alerts on the alert topic.

Two steps, each over a table co-partitioned with its input:

1. ``route`` reads reports keyed by leader and country and keeps, in the ``trip-index`` table, the
   alerts open for each pair; it sends each report on, keyed by the alert it belongs to
   (pipeline/alerts/routing.py).
2. ``merge`` reads them keyed by alert id. The ``alerts`` table holds each alert's latest version, and
   its changelog topic *is* the alert topic: writing the new version to the table is publishing it.
   So publication and state cannot drift apart. After a restart the table is restored from the alert
   topic, and a replayed report finds its article already among the sources: no version twice.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from agents import wire
from agents.app import app
from agents.deadletters import dead_letter
from agents.kafka_admin import ALERTS_TABLE, TRIP_INDEX_TABLE
from agents.metrics import get_metrics
from agents.topics import alerts, routed_trips, table, trips
from agents.watchlist import shared_watchlist
from pipeline.alerts import merge as merge_reports
from pipeline.alerts import route as route_report

trip_index = table(TRIP_INDEX_TABLE)
alert_table = table(ALERTS_TABLE, changelog_topic=alerts)


@app.agent(trips)
async def route(stream: Any) -> None:
    async for event in stream.events():
        try:
            report = wire.trip_report_from_message(wire.loads(event.value))
            key = report.trip_key.encode()
            stored = trip_index.get(key)
            entries = wire.index_from_json(wire.loads(stored)) if stored else ()
            routing = route_report(entries, report)
            if routing.entries != entries:
                trip_index[key] = wire.dumps(wire.index_to_json(routing.entries))
        except Exception as exc:  # a verdict, never a stopped stream
            await dead_letter(event, stage="merge", error=exc)
            continue
        if routing.alert_id is not None:
            await routed_trips.send(key=routing.alert_id.encode(), value=event.value)


@app.agent(routed_trips)
async def merge(stream: Any) -> None:
    metrics = get_metrics()
    async for event in stream.events():
        started = time.perf_counter()
        try:
            report = wire.trip_report_from_message(wire.loads(event.value))
            key = event.key if isinstance(event.key, bytes) else report.alert_id.encode()
            stored = alert_table.get(key)
            current = wire.alert_from_message(wire.loads(stored)) if stored else None
            alert = merge_reports(current, report, key.decode())
            if alert is not None:
                alert_table[key] = wire.dumps(wire.alert_message(alert))  # publishes it (see above)
        except Exception as exc:  # a verdict, never a stopped stream
            await dead_letter(event, stage="merge", error=exc)
            continue
        metrics.stage_duration.labels(stage="merge").observe(time.perf_counter() - started)
        metrics.articles.labels(stage="merge").inc()
        if alert is not None:
            metrics.alerts.labels(status=alert.status).inc()
            leader = shared_watchlist().gazetteer.leaders.get(alert.leader.id)
            metrics.alerts_by_leader_country.labels(country=leader.country if leader else "unknown").inc()
            if report.reported_at is not None:
                metrics.end_to_end.observe((datetime.now(UTC) - report.reported_at).total_seconds())
