"""Travel stage agent: tagged articles in, one report per detected trip out, keyed by leader and country.

Every trip goes on, whatever its status: a cancellation must reach the alert it cancels. Keying by
leader and country puts all reports of a leader's trips to a country in one partition of the merge
stage (agents/merge.py).
"""

from __future__ import annotations

import time
from typing import Any

from agents import wire
from agents.app import app, settings
from agents.deadletters import dead_letter
from agents.limits import time_limit
from agents.metrics import get_metrics
from agents.tag import arrived_at
from agents.topics import tagged_articles, trips
from agents.watchlist import shared_watchlist
from pipeline.travel import detect_trips, reports_for


@app.agent(tagged_articles)
async def travel(stream: Any) -> None:
    metrics = get_metrics()
    async for event in stream.events():
        started = time.perf_counter()
        try:
            message = wire.loads(event.value)
            tagged = wire.tagged_from_message(message)
            reported_at = arrived_at(message, event)
            gazetteer = shared_watchlist().gazetteer
            with time_limit(settings.stage_timeout_seconds):
                found = detect_trips(tagged, gazetteer, reference=reported_at.date())
            reports = reports_for(
                found, tagged.article, settings.alert_statuses, settings.alert_min_confidence, reported_at
            )
        except Exception as exc:  # a verdict, never a stopped stream
            await dead_letter(event, stage="travel", error=exc)
            continue
        for report in reports:
            await trips.send(key=report.trip_key.encode(), value=wire.dumps(wire.trip_report_message(report)))
            metrics.trips.labels(status=report.trip.status).inc()
        metrics.stage_duration.labels(stage="travel").observe(time.perf_counter() - started)
        metrics.articles.labels(stage="travel").inc()
