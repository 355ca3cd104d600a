"""Webhook endpoints, filters, bodies and signatures, pure."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.delivery.payload import body_for, sign, verify
from pipeline.delivery.webhooks import Endpoint, WebhookListError, load_webhooks

ALERT = {
    "alert_id": "tr-0123456789abcdef",
    "version": 2,
    "leader": {"id": "Q7747", "name": "Vladimir Putin"},
    "destination": {"country": "CN", "city": "Beijing", "event": "belt-and-road-forum"},
    "when": {"start": "2023-10-01", "end": "2023-10-31", "text": "in October"},
    "status": "planned",
    "confidence": 0.98,
    "evidence": "Putin is planning to visit China in October <script>, the Kremlin said.",
    "attribution": "the Kremlin",
    "sources": [{"article_id": "a-1", "url": "https://ledger.example/1", "source": "Ledger"}],
}


def test_signatures_verify_and_expire() -> None:
    body = orjson.dumps(ALERT)
    headers = sign(body, "s3cret", 1_700_000_000)
    assert verify(body, "s3cret", headers, now=1_700_000_100)
    assert not verify(body + b" ", "s3cret", headers, now=1_700_000_100)
    assert not verify(body, "other", headers, now=1_700_000_100)
    assert not verify(body, "s3cret", headers, now=1_700_001_000)  # too old: a replay


def test_filters() -> None:
    assert Endpoint("a", "https://h.example").wants(ALERT)
    assert Endpoint("a", "https://h.example", leaders=("Putin",)).wants(ALERT)
    assert Endpoint("a", "https://h.example", leaders=("Q7747",), countries=("CN",)).wants(ALERT)
    assert not Endpoint("a", "https://h.example", countries=("IN",)).wants(ALERT)
    assert not Endpoint("a", "https://h.example", statuses=("cancelled",)).wants(ALERT)


def test_slack_body_is_escaped_text_blocks() -> None:
    names = {"countries": {"CN": "China"}, "events": {"belt-and-road-forum": "Belt and Road Forum"}}
    message = orjson.loads(body_for(ALERT, "slack", names))
    assert message["text"] == "PLANNED: Vladimir Putin to China (Beijing), Belt and Road Forum (in October)"
    blocks = " ".join(block.get("text", {}).get("text", "") for block in message["blocks"])
    assert "&lt;script&gt;" in blocks
    assert "<https://ledger.example/1|Ledger>" in message["blocks"][2]["elements"][0]["text"]
    assert orjson.loads(body_for(ALERT, "json")) == ALERT


def test_webhook_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "webhooks.yaml"
    path.write_text("webhooks:\n  - name: ops\n    url: https://h.example/x\n    format: teams\n")
    with pytest.raises(WebhookListError, match=r"webhooks.yaml:4: webhooks\[1\].format must be one of json, slack"):
        load_webhooks(path)
    path.write_text("webhooks:\n  - name: ops\n    url: https://h.example/x\n    statuses: [planed]\n")
    with pytest.raises(WebhookListError, match=r"webhooks.yaml:4: webhooks\[1\].statuses must be one of"):
        load_webhooks(path)
    path.write_text("webhooks:\n  - name: ops\n    url: https://h.example/x\n    countries: [CN]\n    format: slack\n")
    assert load_webhooks(path) == (Endpoint("ops", "https://h.example/x", "slack", countries=("CN",)),)
