"""Merge stage: trip reports become versioned alerts on the alert topic.

It reads reports keyed by leader and country, and keeps two tables co-partitioned with them:

1. ``trip-index``: the alerts open for each leader and country. Routing files each report under the
   alert it belongs to (pipeline/alerts/routing.py); an alert belongs to one leader and country, so
   all of its reports meet in the partition of that pair.
2. ``alerts``: each alert's latest version, whose changelog topic *is* the alert topic: writing the new
   version to the table is publishing it. So publication and state cannot drift apart. After a restart
   the table is restored from the alert topic, and a replayed report finds its article already among
   the sources: no version twice.

The alert topic is keyed by alert id; a version is written to the partition of its leader and country
(the partition of the report that made it), which is where its table entry is restored from.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from agents.runtime.app import Runtime
from agents.stages.frame import Send, Stage
from agents.wire.alert import alert_from_message, alert_message
from agents.wire.codec import dumps, loads
from agents.wire.routing import index_from_json, index_to_json
from agents.wire.trip import trip_report_from_message
from pipeline.alerts import merge as merge_report
from pipeline.alerts import route as route_report


def install(runtime: Runtime) -> Any:
    """Register the ``merge`` agent; returns it."""
    metrics, index, alerts = runtime.metrics, runtime.tables.trip_index, runtime.tables.alerts

    def handle(event: Any) -> tuple[Send, ...]:
        with stage.step("merge"):
            report = trip_report_from_message(loads(event.value))
            pair = report.trip_key.encode()
            stored = index.get(pair)
            entries = index_from_json(loads(stored)) if stored else ()
            routing = route_report(entries, report)
            if routing.entries != entries:
                index[pair] = dumps(index_to_json(routing.entries))
            if routing.alert_id is None:
                return ()
            key = routing.alert_id.encode()
            stored = alerts.get(key)
            current = alert_from_message(loads(stored)) if stored else None
            alert = merge_report(current, report, routing.alert_id)
            if alert is None:
                return ()
            alerts[key] = dumps(alert_message(alert))  # publishes it (see above)
        metrics.alerts.labels(status=alert.status).inc()
        leader = runtime.watchlist.gazetteer.leaders.get(alert.leader.id)
        metrics.alerts_by_leader_country.labels(country=leader.country if leader else "unknown").inc()
        if report.reported_at is not None:
            metrics.end_to_end.observe((datetime.now(UTC) - report.reported_at).total_seconds())
        return ()

    stage = Stage(runtime, "merge", runtime.topics.trips, handle)
    return stage.install()
