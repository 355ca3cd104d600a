"""Write deploy/grafana/dashboards/newswatch.json, the operators' dashboard, from the panel list below.

    python tools/build_dashboard.py

The dashboard is generated so that it stays reviewable: a panel is a title, a unit and PromQL, here,
rather than a few hundred lines of Grafana JSON. The heavy queries are Prometheus recording rules
(deploy/prometheus/rules/recording.yml). tests/integration/test_dashboards.py checks that the
committed JSON is this script's output and that every query returns data from a real Prometheus.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "deploy" / "grafana" / "dashboards" / "newswatch.json"
DATASOURCE = {"type": "prometheus", "uid": "prometheus"}


@dataclass(frozen=True)
class Panel:
    title: str
    targets: list[tuple[str, str]]  # (PromQL, legend)
    unit: str = "short"
    kind: str = "timeseries"
    width: int = 12
    description: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


ROWS: list[tuple[str, list[Panel]]] = [
    (
        "Is it flowing?",
        [
            Panel("Workers up", [('sum(up{job="newswatch-worker"})', "workers")], kind="stat", width=4),
            Panel(
                "Articles cleaned per second",
                [('sum(newswatch:articles:rate5m{stage="clean"})', "clean")],
                unit="reqps",
                kind="stat",
                width=4,
            ),
            Panel("Leaders watched", [("max(newswatch_watchlist_leaders)", "leaders")], kind="stat", width=4),
            Panel(
                "Articles per second, by stage",
                [("newswatch:articles:rate5m", "{{stage}}")],
                unit="reqps",
                description="Messages each stage finished, per second (5-minute rate).",
            ),
            Panel(
                "Consumer lag, by topic",
                [("newswatch:consumer_lag_messages:sum", "{{topic}}")],
                description="Messages waiting on each input topic, summed over workers.",
            ),
        ],
    ),
    (
        "How fast?",
        [
            Panel(
                "Stage time, p50 and p99",
                [
                    ("newswatch:stage_duration_seconds:p50_5m", "p50 {{stage}}"),
                    ("newswatch:stage_duration_seconds:p99_5m", "p99 {{stage}}"),
                ],
                unit="s",
            ),
            Panel(
                "End to end, raw topic to alert",
                [
                    ("newswatch:end_to_end_latency_seconds:p50_5m", "p50"),
                    ("newswatch:end_to_end_latency_seconds:p95_5m", "p95"),
                    ("newswatch:end_to_end_latency_seconds:p99_5m", "p99"),
                ],
                unit="s",
                description="From an article's arrival on the raw topic to its alert's publication.",
            ),
            Panel(
                "Feed and page request time, p95",
                [("histogram_quantile(0.95, sum by (le) (rate(newswatch_fetch_duration_seconds_bucket[5m])))", "p95")],
                unit="s",
            ),
            Panel(
                "Near-duplicate keys remembered",
                [("sum(newswatch_dedup_keys)", "keys")],
                description="Kept for NEWSWATCH_DEDUP_WINDOW_HOURS, summed over workers: memory grows with it.",
            ),
        ],
    ),
    (
        "What went out?",
        [
            Panel("Alert versions per second, by status", [("newswatch:alerts:rate5m", "{{status}}")], unit="reqps"),
            Panel(
                "Alerts in the last hour, by leader's country",
                [("newswatch:alerts_by_leader_country:increase1h", "{{country}}")],
                kind="barchart",
            ),
            Panel(
                "Trips detected per second, by status",
                [("newswatch:trips:rate5m", "{{status}}")],
                unit="reqps",
                description="Every trip the travel stage reads, alert or not (past visits, cancellations, ...).",
            ),
            Panel("Repeats dropped per second", [("newswatch:duplicates:rate5m", "{{kind}}")], unit="reqps"),
        ],
    ),
    (
        "What is failing?",
        [
            Panel(
                "Dead letters per second, by stage and reason",
                [("newswatch:deadletters:rate5m", "{{stage}} {{reason}}")],
                unit="reqps",
                width=24,
                description="`newswatch deadletters` lists them with the original messages.",
            ),
            Panel(
                "Feed fetches per second, by outcome",
                [("newswatch:feed_fetches:rate5m", "{{outcome}}")],
                unit="reqps",
                description="malformed: not well-formed XML (cut off, most often), what could be read was "
                "published. The ingester's log names each feed that is not ok (docs/metrics.md).",
            ),
            Panel(
                "Feed items per second, by outcome",
                [("newswatch:feed_items:rate5m", "{{outcome}}")],
                unit="reqps",
                description="unidentified: no link, GUID or title to remember the item by (a feed cut off "
                "mid-item): not marked seen, read again next poll. page_failed: nothing publishable.",
            ),
            Panel(
                "Webhook deliveries per second, by outcome",
                [("newswatch:webhook_deliveries:rate5m", "{{outcome}}")],
                unit="reqps",
            ),
            Panel(
                "Webhook request time, p95",
                [
                    (
                        "histogram_quantile(0.95, sum by (le) (rate(newswatch_webhook_duration_seconds_bucket[5m])))",
                        "p95",
                    ),
                ],
                unit="s",
            ),
            Panel(
                "Rebalances in the last hour",
                [("sum(increase(newswatch_rebalances_total[1h]))", "rebalances")],
                kind="stat",
                width=6,
            ),
            Panel(
                "Versions running",
                [
                    (
                        "newswatch_build_info",
                        "{{instance}} {{version}} faust {{faust}} aiokafka {{aiokafka}} python {{python}}",
                    )
                ],
                kind="table",
                width=12,
            ),
            Panel(
                "Watchlist (re)loads in the last hour, by outcome",
                [("sum by (outcome) (increase(newswatch_watchlist_reloads_total[1h]))", "{{outcome}}")],
                kind="stat",
                width=6,
                description="invalid: NEWSWATCH_WATCHLIST changed but did not load; the workers keep the previous "
                "watchlist and log the file and line.",
            ),
        ],
    ),
]


def panel_json(panel: Panel, panel_id: int, x: int, y: int, height: int) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": panel_id,
        "type": panel.kind,
        "title": panel.title,
        "description": panel.description,
        "datasource": DATASOURCE,
        "gridPos": {"h": height, "w": panel.width, "x": x, "y": y},
        "fieldConfig": {"defaults": {"unit": panel.unit}, "overrides": []},
        "options": {"legend": {"displayMode": "list", "placement": "bottom"}},
        "targets": [
            {
                "refId": chr(ord("A") + index),
                "datasource": DATASOURCE,
                "expr": expr,
                "legendFormat": legend,
                "instant": panel.kind in ("table", "barchart"),
            }
            for index, (expr, legend) in enumerate(panel.targets)
        ],
    }
    if panel.kind == "table":
        body["targets"][0]["format"] = "table"
    body.update(panel.extra)
    return body


def dashboard() -> dict[str, Any]:
    panels: list[dict[str, Any]] = []
    y, panel_id = 0, 1
    for row_title, row_panels in ROWS:
        panels.append(
            {
                "id": panel_id,
                "type": "row",
                "title": row_title,
                "collapsed": False,
                "gridPos": {"h": 1, "w": 24, "x": 0, "y": y},
                "panels": [],
            }
        )
        panel_id += 1
        y += 1
        x = 0
        for panel in row_panels:
            height = 4 if panel.kind == "stat" else 8
            if x + panel.width > 24:
                x, y = 0, y + 8
            panels.append(panel_json(panel, panel_id, x, y, height))
            panel_id += 1
            x += panel.width
        y += 8
    return {
        "uid": "newswatch",
        "title": "newswatch",
        "description": "Articles in, alerts out: flow, speed, lag, failures (tools/build_dashboard.py writes it).",
        "tags": ["newswatch"],
        "timezone": "utc",
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": {"list": []},
        "annotations": {"list": []},
        "panels": panels,
    }


def render() -> str:
    return json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
