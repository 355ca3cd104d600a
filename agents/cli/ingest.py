"""``newswatch ingest``: poll RSS and Atom feeds into the raw topic (agents/edges/ingest.py)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click
from prometheus_client import REGISTRY

from agents.cli.common import client_settings, friendly_errors
from agents.edges.ingest import run_ingester
from agents.runtime.metrics import Metrics, serve_metrics
from pipeline.ingest.feedlist import load_feeds


@click.command()
@click.option(
    "--feeds",
    "feeds_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="YAML file listing the feeds (see docs/configuration.md, 'Feeds').",
)
@click.option("--once", is_flag=True, help="Poll every feed once, then exit (default: poll for ever).")
@friendly_errors
def ingest(feeds_file: Path, once: bool) -> None:
    """Poll RSS and Atom feeds and publish each new item once to the raw topic."""
    settings = client_settings()
    feeds = load_feeds(feeds_file)
    metrics = Metrics(REGISTRY)
    if not once:
        serve_metrics(metrics, settings.metrics_host, settings.metrics_port)
    results = asyncio.run(run_ingester(settings, feeds, once, metrics))
    for result in results:
        click.echo(
            f"{result.feed}: {result.outcome}, {result.published} new, {result.seen} seen"
            + (f", {result.failed} failed" if result.failed else "")
            + (f", {result.unidentified} unidentified (no link, GUID or title)" if result.unidentified else "")
        )
    if once and any(result.outcome not in ("ok", "not_modified") for result in results):
        sys.exit(1)
