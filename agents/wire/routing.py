"""The routing index of one leader and country, as the merge stage's ``trip-index`` table keeps it."""

from __future__ import annotations

from typing import Any

from agents.wire.codec import WireError, date_from_json, date_to_json, required_time, time_to_json
from pipeline.alerts.routing import IndexEntry


def index_to_json(entries: tuple[IndexEntry, ...]) -> list[dict[str, Any]]:
    return [
        {
            "alert_id": entry.alert_id,
            "start": date_to_json(entry.start),
            "end": date_to_json(entry.end),
            "status": entry.status,
            "last_reported": time_to_json(entry.last_reported),
            "news_at": time_to_json(entry.news_at),
        }
        for entry in entries
    ]


def index_from_json(value: Any) -> tuple[IndexEntry, ...]:
    try:
        return tuple(
            IndexEntry(
                alert_id=str(item["alert_id"]),
                start=date_from_json(item.get("start")),
                end=date_from_json(item.get("end")),
                status=item["status"],
                last_reported=required_time(item["last_reported"]),
                news_at=required_time(item.get("news_at") or item["last_reported"]),
            )
            for item in value or ()
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WireError("schema", f"not a routing index: {type(exc).__name__}: {exc}") from None
