"""``newswatch publish``: raw-article JSON lines onto the raw topic (agents/edges/publish.py)."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import click

from agents.cli.common import client_settings, friendly_errors, progress
from agents.edges.publish import publish_lines


@click.command()
@click.argument("source", type=click.File("r", encoding="utf-8", errors="surrogateescape"))
@friendly_errors
def publish(source: Any) -> None:
    """Publish raw-article JSON lines from SOURCE (a file, or - for stdin) to the raw topic.

    Lines that are not raw articles (bad JSON, wrong schema, too large) are reported with their
    number and not sent; the exit status is then 1.
    """
    settings = client_settings()
    bar = progress(desc="publish", unit=" articles")
    result = asyncio.run(publish_lines(settings, source, on_sent=lambda: bar.update(1)))
    bar.close()
    for number, reason in result.rejected:
        click.echo(f"line {number}: not sent: {reason}", err=True)
    click.echo(
        f"Published {result.published} article{'s' if result.published != 1 else ''} to {settings.topic_raw}"
        + (f"; {len(result.rejected)} line(s) not sent" if result.rejected else "")
    )
    if result.rejected:
        sys.exit(1)
