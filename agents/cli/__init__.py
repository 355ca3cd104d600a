"""The ``newswatch`` command line: one module per command (agents/cli/main.py lists them), the demo, and
the local broker launcher."""

from agents.cli.main import main

__all__ = ["main"]
