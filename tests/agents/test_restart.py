"""A restarted worker resumes its streams at their committed offsets (at their beginning where the group
committed nothing), and only once they are there."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiokafka import TopicPartition
from faust.types import TP

from agents.runtime.app import WorkerConsumer, WorkerRecovery
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
    recovery = app.tables.recovery  # type: ignore[attr-defined]
    assert isinstance(recovery, WorkerRecovery)
    consumer = app.consumer
    assert isinstance(consumer, WorkerConsumer)
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


async def test_a_partition_the_group_never_committed_is_read_from_its_beginning(
    tmp_path: Path, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # aiokafka's seek to the committed offsets leaves such a partition where its fetch had got to: a worker
    # restarted after its predecessor stopped before committing it skipped what was fetched while faust set up.
    app = make_harness(tmp_path, gazetteer).runtime.app
    consumer = app.consumer
    assert isinstance(consumer, WorkerConsumer)
    changelog = next(iter(app.tables.changelog_topics))
    never, zero, done = TopicPartition("trips", 0), TopicPartition("trips", 1), TopicPartition("trips", 2)
    committed = {never: None, zero: 0, done: 7, TopicPartition(changelog, 0): None}
    rewound: list[TopicPartition] = []

    async def seek_to_committed() -> dict[TopicPartition, int | None]:
        return committed

    async def seek_to_beginning(*partitions: TopicPartition) -> None:
        rewound.extend(partitions)

    monkeypatch.setattr(consumer._thread, "seek_to_committed", seek_to_committed)
    monkeypatch.setattr(consumer._thread, "seek_to_beginning", seek_to_beginning)
    assert await consumer.seek_to_committed() == committed
    assert sorted(rewound) == [never, zero]  # a changelog is the recovery's to position
