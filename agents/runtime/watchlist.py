"""The workers' watchlist: the shipped files plus ``NEWSWATCH_WATCHLIST``, re-read when that file changes.

Every ``NEWSWATCH_WATCHLIST_POLL_SECONDS`` a worker checks the file's modification time and size; on a
change it builds the new gazetteer in a thread (so the stream keeps flowing) and swaps it in. A file
that does not load is logged with its file and line and counted, and the previous watchlist stays.
Workers on several hosts each watch their own copy: mount the same file (a volume, a config map).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from agents.runtime.metrics import Metrics
from pipeline.tagging import Gazetteer, WatchlistError, load_watchlist

logger = logging.getLogger(__name__)


class WatchedWatchlist:
    """``holder.gazetteer`` is the watchlist in use; ``await holder.refresh()`` picks up file changes."""

    def __init__(self, path: Path | None, metrics: Metrics, gazetteer: Gazetteer | None = None) -> None:
        """``gazetteer``: one already built from ``path`` (tests share one), else it is built here."""
        self.path = path
        self.metrics = metrics
        self._stamp = self._file_stamp()
        self.gazetteer = gazetteer or self._build()
        metrics.watchlist_reloads.labels(outcome="loaded").inc()
        metrics.watchlist_leaders.set(len(self.gazetteer.watchlist.leaders))

    def _file_stamp(self) -> tuple[float, int] | None:
        if self.path is None:
            return None
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime, stat.st_size)

    def _build(self) -> Gazetteer:
        return Gazetteer(load_watchlist([self.path] if self.path else []))

    async def refresh(self) -> bool:
        """Reload if the file changed; True when a new watchlist is in use."""
        stamp = self._file_stamp()
        if stamp is None or stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            gazetteer = await asyncio.get_running_loop().run_in_executor(None, self._build)
        except WatchlistError as exc:
            logger.error("Watchlist not reloaded, keeping the previous one: %s", exc)
            self.metrics.watchlist_reloads.labels(outcome="invalid").inc()
            return False
        self.gazetteer = gazetteer
        self.metrics.watchlist_reloads.labels(outcome="loaded").inc()
        self.metrics.watchlist_leaders.set(len(gazetteer.watchlist.leaders))
        logger.info("Watchlist reloaded from %s: %d leaders", self.path, len(gazetteer.watchlist.leaders))
        return True
