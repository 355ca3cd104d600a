"""``python -m agents.cli``: the ``newswatch`` command (the integration tests start workers this way)."""

from agents.cli.main import main

main()
