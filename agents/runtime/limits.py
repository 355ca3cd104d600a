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
from typing import Any


class StageTimeoutError(BaseException):
    """A stage took longer than its limit on one message.

    Not an ``Exception``, so that the ``except Exception`` blocks of the code a stage calls (the HTML
    extractors and date finders of the clean stage have several) do not swallow it and carry on: the limit
    would then never stop the message. The frame catches it by name (agents/stages/frame.py).
    """


# The limit of the block running now (None between blocks), and the handler ours replaced, which gets
# the signals that arrive outside a block.
_running_limit: float | None = None
_replaced: Any = None


def _expired(signum: int, frame: FrameType | None) -> None:
    if _running_limit is not None:
        raise StageTimeoutError(f"the stage took longer than {_running_limit:g} s on this message")
    if callable(_replaced):
        _replaced(signum, frame)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`StageTimeoutError` in the block if it runs longer than ``seconds`` (0: no limit).

    Only on the main thread (where Python delivers signals); elsewhere the block runs unlimited. The
    handler is installed on first use and stays: per message only the timer is armed and disarmed
    (installing and restoring the handler for each message made the block cost ~35 µs instead of ~10).
    """
    global _running_limit, _replaced
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    if signal.getsignal(signal.SIGALRM) is not _expired:
        _replaced = signal.signal(signal.SIGALRM, _expired)
    _running_limit = seconds
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _running_limit = None
