"""The returns list's local copy, in the window: shown at once when the window opens, read
again from the API behind it, and saved again (in a worker thread) a little after the list
changed and when the window closes. The file itself is :mod:`revdesk.domain.process_cache`;
the core says which one (:meth:`StationCore.list_cache`).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time

from PySide6.QtCore import QObject, QTimer

from revdesk.domain.process_cache import ProcessCache

from .process_model import ProcessTableModel

log = logging.getLogger(__name__)

#: A burst of pages (or of scans changing rows) is saved once, this long after the last.
SAVE_DELAY_MS = 2_000


class ListCache(QObject):
    """Keeps ``model``'s rows in ``cache``. Rows still shown from the cache (not read again
    yet) are never saved back: the file's time would then claim they are fresh."""

    def __init__(self, model: ProcessTableModel, cache: ProcessCache | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.cache = cache
        self._dirty = False
        self._saving: asyncio.Future[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_later)
        model.loading_changed.connect(self._on_loading)
        model.rowsInserted.connect(self._on_changed)
        model.dataChanged.connect(self._on_changed)

    def restore(self) -> bool:
        """Show the saved list, if there is one for this backend."""
        cached = self.cache.load() if self.cache is not None else None
        if cached is None or not cached.rows:
            return False
        self.model.show_cached(cached.rows, cached.saved_at)
        log.info("list: %d rows shown from the cache of %s", len(cached.rows),
                 time.strftime("%Y-%m-%d %H:%M", time.localtime(cached.saved_at)))
        return True

    async def refresh(self) -> None:
        """Read the cached rows again from the API, then save what is now live."""
        await self.model.refresh_cached()
        self._on_changed()

    def _on_loading(self, loading: bool) -> None:
        if not loading:
            self._on_changed()

    def _on_changed(self, *_: object) -> None:
        if self.cache is not None and self.model.cached_at is None:
            self._dirty = True
            self._timer.start()

    def _save_later(self) -> None:
        if self._saving is not None and not self._saving.done():
            self._timer.start()  # one save at a time; this one follows it
            return
        self._saving = asyncio.ensure_future(self.flush())

    async def flush(self) -> None:
        """Save now if the list changed since the last save. Never raises: a full disk
        only means no cache next time."""
        if not self._dirty or self.cache is None or self.model.cached_at is not None:
            return
        self._dirty = False
        rows = list(self.model.index_.rows)  # rows are immutable tuples: a snapshot is a copy
        saved_at = time.time()
        try:
            # In a worker thread: 100,000 rows take a few tenths of a second to write.
            await asyncio.get_running_loop().run_in_executor(None, self.cache.save, rows,
                                                             saved_at)
        except (OSError, sqlite3.Error) as exc:
            log.warning("list cache not saved: %s", exc)

    async def aclose(self) -> None:
        """The last save, when the window closes."""
        self._timer.stop()
        if self._saving is not None and not self._saving.done():
            await self._saving
        await self.flush()
