"""What a webhook receives: the body for the endpoint's format, and the headers that sign it.

Signature (verify it like this)::

    X-Newswatch-Timestamp: 1732646400
    X-Newswatch-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the shared key>

A receiver recomputes the HMAC over the timestamp, a dot and the raw body, compares in constant time,
and refuses a timestamp more than a few minutes old (a replayed request).
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import orjson

SIGNATURE_HEADER = "X-Newswatch-Signature"
TIMESTAMP_HEADER = "X-Newswatch-Timestamp"


def sign(body: bytes, secret: str, timestamp: int) -> dict[str, str]:
    """The signing headers for ``body`` sent at ``timestamp`` (Unix seconds)."""
    digest = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: f"v1={digest}"}


def verify(body: bytes, secret: str, headers: dict[str, str], now: int, tolerance: int = 300) -> bool:
    """Whether the signing headers of a request are right and fresh (what a receiver does)."""
    lowered = {key.lower(): value for key, value in headers.items()}
    try:
        timestamp = int(lowered.get(TIMESTAMP_HEADER.lower(), ""))
    except ValueError:
        return False
    expected = sign(body, secret, timestamp)[SIGNATURE_HEADER]
    given = lowered.get(SIGNATURE_HEADER.lower(), "")
    return abs(now - timestamp) <= tolerance and hmac.compare_digest(expected, given)


def body_for(alert: dict[str, Any], form: str, names: dict[str, dict[str, str]] | None = None) -> bytes:
    """The request body of ``alert`` (an alert-topic message) in ``form`` (json or slack).

    ``names`` maps ``countries`` and ``events`` ids to names for the Slack text.
    """
    if form == "slack":
        return orjson.dumps(slack_message(alert, names or {}))
    return orjson.dumps(alert)


def slack_message(alert: dict[str, Any], names: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A Slack incoming-webhook message: a fallback ``text`` and ``blocks`` in Slack's mrkdwn."""
    leader = (alert.get("leader") or {}).get("name", "?")
    destination = alert.get("destination") or {}
    country = names.get("countries", {}).get(destination.get("country", ""), destination.get("country", "?"))
    where = f"{country} ({destination['city']})" if destination.get("city") else country
    event = names.get("events", {}).get(destination.get("event") or "", destination.get("event"))
    when = (alert.get("when") or {}).get("text") or (alert.get("when") or {}).get("start") or "date not given"
    status = str(alert.get("status", "?")).upper()
    headline = f"*{status}*: {leader} to {where}" + (f", {event}" if event else "") + f" ({when})"
    sources = alert.get("sources") or []
    links = ", ".join(
        f"<{s['url']}|{_escape(s.get('source') or s['url'])}>" if s.get("url") else _escape(s.get("source") or "?")
        for s in sources[:5]
    )
    evidence = f"> {_escape(alert.get('evidence', ''))}" + (
        f"\n_{_escape(alert['attribution'])}_" if alert.get("attribution") else ""
    )
    context = (
        f"{alert.get('alert_id')} v{alert.get('version')} · {len(sources)} source(s)"
        f" · confidence {alert.get('confidence')}" + (f" · {links}" if links else "")
    )
    return {
        "text": _escape(headline.replace("*", "")),
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": _escape(headline)}},
            {"type": "section", "text": {"type": "mrkdwn", "text": evidence}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": context}]},
        ],
    }


def _escape(text: str) -> str:
    """Slack's three control characters escaped, so article text cannot inject links or mentions."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
