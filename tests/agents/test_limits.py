"""The per-message time limit: it interrupts its block, and leaves SIGALRM outside a block to whoever had it."""

from __future__ import annotations

import signal
import time
from types import FrameType

import pytest

from agents.runtime.limits import StageTimeoutError, time_limit


def wait_for(condition: list[int]) -> None:
    given_up = time.monotonic() + 60  # a broken limit fails the test rather than hanging it
    while not condition and time.monotonic() < given_up:
        time.sleep(0.01)  # a signal interrupts the sleep


def test_a_block_over_its_limit_is_interrupted_and_an_alarm_outside_a_block_reaches_the_previous_handler() -> None:
    alarms: list[int] = []

    def previous(signum: int, frame: FrameType | None) -> None:
        alarms.append(signum)

    replaced = signal.signal(signal.SIGALRM, previous)
    try:
        with pytest.raises(StageTimeoutError), time_limit(0.05):
            wait_for([])
        with time_limit(30):  # a block within its limit: the limit is disarmed when it ends
            pass
        assert alarms == []
        signal.setitimer(signal.ITIMER_REAL, 0.01)  # someone else's alarm, outside any block
        wait_for(alarms)
        assert alarms == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, replaced)


def test_code_that_catches_every_exception_inside_the_block_does_not_swallow_the_limit() -> None:
    # The clean stage calls extractors that wrap their work in ``except Exception`` (and fall back to another
    # way): a limit they caught never stopped the message (tests/integration/test_hostile_agents.py, under load).
    def library_call() -> str:
        try:
            wait_for([])
        except Exception:
            return "carried on"
        return "finished"

    with pytest.raises(StageTimeoutError), time_limit(0.05):
        library_call()
