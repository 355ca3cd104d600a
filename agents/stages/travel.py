"""Travel stage: tagged articles in, one report per detected trip out, keyed by leader and country.

Repeats are dropped here, once the trips an article reports are known: the tagged topic is keyed by
the near-duplicate key, so the copies of a story meet in one partition, where the ``repeats`` table
remembers the articles seen under each key within ``NEWSWATCH_DEDUP_WINDOW_HOURS`` and what each told
(pipeline/cleaning/duplicates.py decides). An article without a publication date has its relative
dates ("next week") read against the time it reached newswatch (its raw message's Kafka timestamp).

Every trip goes on, whatever its status: a cancellation must reach the alert it cancels. Keying by
leader and country puts all reports of a leader's trips to a country in one partition of the merge
stage (agents/stages/merge.py).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from agents.runtime.app import Runtime
from agents.stages.frame import Send, Stage, arrived_at
from agents.wire.codec import dumps, loads
from agents.wire.seen import seen_from_bytes, seen_to_bytes
from agents.wire.tagged import tagged_from_message
from agents.wire.trip import trip_report_message
from pipeline.cleaning.duplicates import check, story_facts
from pipeline.travel import detect_trips, reports_for


def install(runtime: Runtime) -> Any:
    settings, metrics, repeats = runtime.settings, runtime.metrics, runtime.tables.repeats
    window = timedelta(hours=settings.dedup_window_hours)
    # When each near-duplicate key was last written by this worker, so that keys no article came back to
    # within the window can be dropped from memory (the changelog's retention drops them from Kafka).
    last_written: dict[bytes, float] = {}

    @runtime.app.timer(interval=min(60.0, max(1.0, window.total_seconds() / 2)))
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
        metrics.dedup_keys.set(len(store))

    def handle(event: Any) -> Iterator[Send]:
        with stage.step("travel"):
            message = loads(event.value)
            tagged = tagged_from_message(message)
            reported_at = arrived_at(message, event)
            gazetteer = runtime.watchlist.gazetteer
            trips = detect_trips(tagged, gazetteer, reference=reported_at.date())
            key = event.key if isinstance(event.key, bytes) else tagged.article.near_duplicate_key.encode()
            stored = repeats.get(key)
            seen = seen_from_bytes(stored) if stored else ()
            origin = f"{event.message.partition}:{event.message.offset}"
            verdict = check(seen, tagged.article, story_facts(tagged, trips), reported_at, origin, window)
            if verdict.seen != seen:
                repeats[key] = seen_to_bytes(verdict.seen)
                last_written[key] = time.time()
            if verdict.kind is not None:
                metrics.duplicates.labels(kind=verdict.kind).inc()
                return
            reports = reports_for(
                trips, tagged.article, settings.alert_statuses, settings.alert_min_confidence, reported_at
            )
        language = tagged.article.language
        for report in reports:
            metrics.trips.labels(status=report.trip.status).inc()
            report = dataclasses.replace(report, language=language)
            yield Send(runtime.topics.trips, report.trip_key.encode(), dumps(trip_report_message(report)))

    stage = Stage(runtime, "travel", runtime.topics.tagged, handle)
    return stage.install()
