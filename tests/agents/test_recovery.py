"""A worker that recovered its tables resumes its streams only once they are at their committed offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from faust.types import TP

from agents.runtime.app import WorkerRecovery
from pipeline.tagging import Gazetteer
from tests.agents.conftest import make_harness


async def nothing() -> None:
    return None


@pytest.mark.parametrize("path", ["on_recovery_completed", "_resume_streams"])
async def test_the_streams_are_held_until_the_seek_to_the_committed_offsets_is_done(
    path: str, tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # faust resumes the flow to read the changelogs and left it on while it resumed the source partitions and
    # sought them to their committed offsets: a restarted worker then read messages from positions the seek was
    # about to move, processed some twice and skipped one (an alert lost: tests/integration/test_workers.py).
    app = make_harness(tmp_path, gazetteer).runtime.app
    recovery = app.tables.recovery
    assert isinstance(recovery, WorkerRecovery)
    consumer = app.consumer
    steps: list[tuple[str, bool]] = []

    async def seek() -> None:
        steps.append(("seek", consumer.flow_active))

    monkeypatch.setattr(consumer, "assignment", lambda: {TP("raw", 0)})
    monkeypatch.setattr(consumer, "resume_partitions", lambda tps: steps.append(("resume", consumer.flow_active)))
    monkeypatch.setattr(consumer, "perform_seek", seek)
    monkeypatch.setattr(app._fetcher, "maybe_start", nothing)
    consumer.resume_flow()  # on, as the changelogs were read with it
    await getattr(recovery, path)(app.consumer_generation_id)
    assert steps == [("resume", False), ("seek", False)]  # nothing delivered before the seek
    assert consumer.flow_active  # and the flow is on again after it
