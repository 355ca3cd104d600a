"""Travel stage agent: tagged articles in, one report per detected trip out, keyed by leader and country.

Repeats are dropped here, once the trips are known: the tagged topic is keyed by the near-duplicate
key, so the copies of a story meet in one partition, where the ``repeats`` table remembers the
articles seen under each key within ``NEWSWATCH_DEDUP_WINDOW_HOURS`` and what each told
(pipeline/cleaning/duplicates.py decides). Every trip goes on, whatever its status: a cancellation must
reach the alert it cancels. Keying by leader and country puts all reports of a leader's trips to a
country in one partition of the merge stage (agents/merge.py).
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from agents import wire
from agents.app import app, settings
from agents.deadletters import dead_letter
from agents.kafka_admin import REPEATS_TABLE
from agents.limits import time_limit
from agents.metrics import get_metrics
from agents.tag import arrived_at
from agents.topics import table, tagged_articles, trips
from agents.watchlist import shared_watchlist
from pipeline.cleaning.duplicates import check, story_facts
from pipeline.travel import detect_trips, reports_for

repeats = table(REPEATS_TABLE)
window = timedelta(hours=settings.dedup_window_hours)
# When each near-duplicate key was last written by this worker, so that keys no article came back to
# within the window can be dropped from memory (the changelog's retention drops them from Kafka).
last_written: dict[bytes, float] = {}
SWEEP_EVERY = min(60.0, window.total_seconds() / 2)


@app.timer(interval=SWEEP_EVERY)
async def forget_old_articles() -> None:
    """Drop from memory the keys no article was written under within the window.

    Only this worker's copy: the entries are past the window, so no check would use them again. A key
    restored from the changelog after a restart gets a window from its first sweep.
    """
    now = time.time()
    horizon = now - window.total_seconds()
    store = repeats.data
    for key in list(store.keys()):
        if last_written.setdefault(key, now) < horizon:
            del store[key]
            del last_written[key]
    get_metrics().dedup_keys.set(len(store))


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
            key = event.key if isinstance(event.key, bytes) else tagged.article.near_duplicate_key.encode()
            stored = repeats.get(key)
            seen = wire.seen_from_bytes(stored) if stored else ()
            origin = f"{event.message.partition}:{event.message.offset}"
            facts = story_facts(tagged, found)
            verdict = check(seen, tagged.article, facts, reported_at, origin, window)
            if verdict.seen != seen:
                repeats[key] = wire.seen_to_bytes(verdict.seen)
                last_written[key] = time.time()
            if verdict.kind is not None:
                metrics.duplicates.labels(kind=verdict.kind).inc()
                continue
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
