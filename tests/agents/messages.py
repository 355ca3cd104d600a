"""Messages of each topic, made from self-written articles with the pipeline's own functions, so a stage
test starts from exactly what the stage before would have sent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agents.wire.article import clean_article_message
from agents.wire.codec import dumps
from agents.wire.tagged import with_tags
from agents.wire.trip import trip_report_message
from pipeline.cleaning import clean_article
from pipeline.records import RawArticle, TripReport
from pipeline.tagging import Gazetteer, tag_article
from pipeline.travel import detect_trips, reports_for

RAW_TS = 1_728_288_000.0  # 2024-10-07 08:00 UTC, when the raw message reached Kafka


def raw_article(article_id: str, text: str, published: datetime | None, **fields: Any) -> RawArticle:
    return RawArticle(id=article_id, text=text, published=published, url=f"https://wire.example/{article_id}", **fields)


def tagged_message(raw: RawArticle, gazetteer: Gazetteer) -> tuple[bytes, bytes]:
    """(key, value) of the article on the tagged topic."""
    tagged = tag_article(clean_article(raw), gazetteer)
    clean = clean_article_message(tagged.article, {"raw_ts": RAW_TS})
    return tagged.article.near_duplicate_key.encode(), dumps(with_tags(clean, tagged))


def reports(raw: RawArticle, gazetteer: Gazetteer, reported_at: datetime) -> list[TripReport]:
    tagged = tag_article(clean_article(raw), gazetteer)
    trips = detect_trips(tagged, gazetteer, reference=reported_at.date())
    return reports_for(trips, tagged.article, ("planned", "confirmed"), 0.6, reported_at)


def report_message(report: TripReport) -> bytes:
    return dumps(trip_report_message(report))
