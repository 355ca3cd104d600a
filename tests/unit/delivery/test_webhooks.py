"""Webhook endpoints, filters, bodies and signatures, pure."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.delivery.filters import AlertFilter
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
    assert AlertFilter().accepts(ALERT)
    assert AlertFilter.of(leaders=("Putin",)).accepts(ALERT)
    assert AlertFilter.of(leaders=("vladimir putin",)).accepts(ALERT)
    assert AlertFilter.of(leaders=("Q7747",), countries=("CN",)).accepts(ALERT)
    assert not AlertFilter.of(countries=("IN",)).accepts(ALERT)
    assert not AlertFilter.of(statuses=("cancelled",)).accepts(ALERT)


def test_a_leader_matches_without_the_accents_of_the_name() -> None:
    erdogan = ALERT | {"leader": {"id": "recep-tayyip-erdogan", "name": "Recep Tayyip Erdoğan"}}
    assert AlertFilter.of(leaders=("Erdogan",)).accepts(erdogan)
    assert AlertFilter.of(leaders=("ERDOĞAN",)).accepts(erdogan)
    assert not AlertFilter.of(leaders=("Erdogan",)).accepts(ALERT)


def test_a_country_matches_in_any_case_on_the_command_line_and_in_the_webhook_file(tmp_path: Path) -> None:
    lower = ALERT | {"destination": {"country": "cn"}}
    assert AlertFilter.of(countries=("cn",)).accepts(ALERT)
    assert AlertFilter.of(countries=("CN",)).accepts(lower)
    path = tmp_path / "hooks.yaml"
    path.write_text("webhooks:\n  - {name: ops, url: 'https://h.example/x', countries: [CN]}\n")
    [endpoint] = load_webhooks(path)
    assert endpoint.wants.accepts(ALERT)
    assert endpoint.wants.accepts(lower)


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
    assert load_webhooks(path) == (
        Endpoint("ops", "https://h.example/x", "slack", wants=AlertFilter(countries=("CN",))),
    )
