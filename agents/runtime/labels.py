"""The fixed sets that metric labels and dead-letter fields take their values from.

Prometheus labels come from small fixed sets, pre-created so that a dashboard shows zeros rather than
gaps; the dead-letter topic's ``stage`` and ``reason`` fields use the same words.
"""

from __future__ import annotations

from typing import Final, get_args

from pipeline.records import TripStatus

TRIP_STATUSES: Final[tuple[TripStatus, ...]] = get_args(TripStatus)
# The stages an article passes, in order (newswatch_articles_total{stage}).
PIPELINE_STAGES: Final = ("clean", "tag", "travel", "merge")
# Where a message can be dead-lettered: the pipeline stages and webhook delivery.
DEADLETTER_STAGES: Final = (*PIPELINE_STAGES, "deliver")
DEADLETTER_REASONS: Final = (
    "bad_json",  # not JSON (or not text)
    "schema",  # JSON, but not the shape the stage reads
    "too_large",  # over NEWSWATCH_MAX_MESSAGE_BYTES
    "empty_body",  # no story left after cleaning (a message with neither html nor text is a schema error)
    "stage_error",  # the stage raised: a bug or hostile input; the error type says which
    "timeout",  # the stage took longer than its limit on this message
    "delivery_failed",  # a webhook endpoint did not accept the alert after all retries
)
DUPLICATE_KINDS: Final = ("exact", "near")
FETCH_OUTCOMES: Final = (
    "ok",
    "not_modified",
    "http_error",
    "timeout",
    "connection_error",
    "refused",
    "not_a_feed",
    "malformed",  # not well-formed XML (cut off, most often): what could be read of it was published
    "too_large",
)
ITEM_OUTCOMES: Final = (
    "published",
    "seen",
    "page_failed",  # not publishable: no content (in the feed or its page), too large, not a raw article
    "unidentified",  # no link, GUID or title to remember it by: not marked seen, read again next poll
)
DELIVERY_OUTCOMES: Final = ("delivered", "retried", "failed", "filtered")
# The topics a worker consumes, by role (newswatch_consumer_lag_messages{topic}).
CONSUMED_TOPICS: Final = ("raw", "tagged", "trips")
WATCHLIST_OUTCOMES: Final = ("loaded", "invalid")
