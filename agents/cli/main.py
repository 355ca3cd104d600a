"""The ``newswatch`` command: the local broker, the worker, and the tools around them.

Each command lives in its own module of agents/cli/ and is imported only when it runs (click's lazy
subcommands), so ``newswatch analyze`` does not load faust and ``newswatch --help`` loads nothing.
Every command reads the one settings object; a bad setting or a missing prerequisite ends the command
with one sentence on stderr (exit status 2), never a traceback.
"""

from __future__ import annotations

import importlib
from typing import Final

import click

# command name -> "module:attribute" of its click command
COMMANDS: Final = {
    "kafka": "agents.cli.kafka:kafka",
    "worker": "agents.cli.worker:worker",
    "demo": "agents.cli.demo:demo",
    "topics": "agents.cli.worker:topics",
    "analyze": "agents.cli.analyze:analyze",
    "publish": "agents.cli.publish:publish",
    "ingest": "agents.cli.ingest:ingest",
    "alerts": "agents.cli.alerts:alerts",
    "deadletters": "agents.cli.deadletters:deadletters",
    "settings": "agents.cli.configuration:settings",
}


class LazyGroup(click.Group):
    """A group whose subcommands (:data:`COMMANDS`) are imported when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name].split(":")
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """newswatch: streaming news monitoring that alerts when watched leaders announce travel."""
