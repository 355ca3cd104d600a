"""``newswatch settings``: the settings in effect, or their documentation."""

from __future__ import annotations

import click

from agents.cli.common import friendly_errors, settings_from_env
from agents.runtime.settings import FIELDS, settings_table


@click.command("settings")
@click.option("--markdown", is_flag=True, help="Print docs/configuration.md's table of settings.")
@friendly_errors
def settings(markdown: bool) -> None:
    """Print the settings in effect (secrets masked), or their documentation with --markdown."""
    if markdown:
        click.echo(settings_table())
        return
    loaded = settings_from_env()
    for field in FIELDS:
        click.echo(f"{field.variable}={getattr(loaded, field.name)}")
