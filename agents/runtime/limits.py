"""A time limit on one message's processing, so a message built to be slow cannot stall a partition.

The stages are plain Python running on the worker's main thread (faust's event loop), where an
interval timer's SIGALRM interrupts them between two bytecodes: the stage raises
:class:`StageTimeoutError`, the agent dead-letters the message with reason ``timeout``, and the stream
goes on. Input bounds (message size, text length, sentence length) keep every stage linear, so the
limit (``NEWSWATCH_STAGE_TIMEOUT_SECONDS``) is a safety net, not the common path.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class StageTimeoutError(Exception):
    """A stage took longer than its limit on one message."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`StageTimeoutError` in the block if it runs longer than ``seconds`` (0: no limit).

    Only on the main thread (where Python delivers signals); elsewhere the block runs unlimited.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise StageTimeoutError(f"the stage took longer than {seconds:g} s on this message")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
