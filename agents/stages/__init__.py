"""The stage agents, in pipeline order: clean -> tag -> travel -> merge (route, then merge).

Each module registers its agent on a :class:`~agents.runtime.app.Runtime` with ``install(runtime)``,
through the one frame in :mod:`agents.stages.frame`; no business rule lives here (it is in pipeline/).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agents.runtime.app import Runtime
from agents.stages import clean, merge, tag, travel


@dataclass(frozen=True, slots=True)
class Agents:
    """The faust agents of a worker (tests drive each with ``agent.test_context()``)."""

    clean: Any
    tag: Any
    travel: Any
    route: Any
    merge: Any


def install_stages(runtime: Runtime) -> Agents:
    """Register every stage agent on the runtime's app."""
    route, merging = merge.install(runtime)
    return Agents(
        clean=clean.install(runtime),
        tag=tag.install(runtime),
        travel=travel.install(runtime),
        route=route,
        merge=merging,
    )
