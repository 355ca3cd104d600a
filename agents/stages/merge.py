"""Merge stage: trip reports become versioned alerts on the alert topic, in two steps, each over a table
co-partitioned with its input.

1. ``route`` reads reports keyed by leader and country and keeps, in the ``trip-index`` table, the
   alerts open for each pair; it sends each report on, keyed by the alert it belongs to
   (pipeline/alerts/routing.py).
2. ``merge`` reads them keyed by alert id. The ``alerts`` table holds each alert's latest version, and
   its changelog topic *is* the alert topic: writing the new version to the table is publishing it.
   So publication and state cannot drift apart. After a restart the table is restored from the alert
   topic, and a replayed report finds its article already among the sources: no version twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from agents.runtime.app import Runtime
from agents.stages.frame import Send, Stage
from agents.wire.alert import alert_from_message, alert_message
from agents.wire.codec import dumps, loads
from agents.wire.routing import index_from_json, index_to_json
from agents.wire.trip import trip_report_from_message
from pipeline.alerts import merge as merge_reports
from pipeline.alerts import route as route_report


def install(runtime: Runtime) -> tuple[Any, Any]:
    """Register the ``route`` and ``merge`` agents; returns both."""
    metrics, index, alerts = runtime.metrics, runtime.tables.trip_index, runtime.tables.alerts

    def route(event: Any) -> Iterator[Send]:
        report = trip_report_from_message(loads(event.value))
        key = report.trip_key.encode()
        stored = index.get(key)
        entries = index_from_json(loads(stored)) if stored else ()
        routing = route_report(entries, report)
        if routing.entries != entries:
            index[key] = dumps(index_to_json(routing.entries))
        if routing.alert_id is not None:
            yield Send(runtime.topics.routed, routing.alert_id.encode(), event.value)

    def merge(event: Any) -> tuple[Send, ...]:
        report = trip_report_from_message(loads(event.value))
        key = event.key if isinstance(event.key, bytes) else report.alert_id.encode()
        stored = alerts.get(key)
        current = alert_from_message(loads(stored)) if stored else None
        alert = merge_reports(current, report, key.decode())
        if alert is None:
            return ()
        alerts[key] = dumps(alert_message(alert))  # publishes it (see above)
        metrics.alerts.labels(status=alert.status).inc()
        leader = runtime.watchlist.gazetteer.leaders.get(alert.leader.id)
        metrics.alerts_by_leader_country.labels(country=leader.country if leader else "unknown").inc()
        if report.reported_at is not None:
            metrics.end_to_end.observe((datetime.now(UTC) - report.reported_at).total_seconds())
        return ()

    routing = Stage(runtime, "merge", runtime.topics.trips, route, counted=False).install("route")
    merging = Stage(runtime, "merge", runtime.topics.routed, merge).install("merge")
    return routing, merging
