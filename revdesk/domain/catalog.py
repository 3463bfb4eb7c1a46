"""The returns list, page by page, from the Admin API. The list model asks for the next page
when the view scrolls near the end; refresh walks the loaded pages again; a search asks the
server too, so a return that is not loaded yet can still be found."""

from __future__ import annotations

import logging
from typing import Any

from revdesk.api import errors
from revdesk.i18n import translate

from .connection import ConnectionTracker
from .process_index import ProcessRow

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 200


class ProcessCatalog:
    """Follows ``next_page_token`` (opaque: passed back as received, never computed)."""

    def __init__(self, client: Any, *, page_size: int = DEFAULT_PAGE_SIZE,
                 tracker: ConnectionTracker | None = None) -> None:
        self.client = client
        self.page_size = page_size
        self.tracker = tracker or ConnectionTracker()
        self._token = ""
        self._seen: set[str] = set()
        self.has_more = True
        #: Rows read through the main page chain (searches not counted).
        self.loaded = 0
        #: What the last page or search lacks, each error naming its account: at a
        #: station of several accounts, one failing or slow never hides the others' rows,
        #: and the list says it (ui/process_model.py).
        self.unread: list[errors.ApiError] = []

    def _note_unread(self) -> None:
        unread = getattr(self.client, "last_unread", None)
        self.unread = list(unread) if isinstance(unread, list) else []

    def reset(self) -> None:
        self._token = ""
        self._seen.clear()
        self.has_more = True
        self.loaded = 0

    async def _page(self, token: str, **kw: Any) -> tuple[list[ProcessRow], str]:
        page = await self.tracker.watch(
            self.client.list_processes(page_size=self.page_size, page_token=token, **kw))
        self._note_unread()
        return [ProcessRow.from_process(p) for p in page.processes], page.next_page_token

    async def next_page(self) -> list[ProcessRow]:
        """The next page of the list; an empty list once everything is loaded."""
        if not self.has_more:
            return []
        rows, token = await self._page(self._token)
        self._advance(token, len(rows))
        return rows

    def _advance(self, token: str, count: int) -> None:
        self.loaded += count
        if not token:
            self.has_more = False
        elif token in self._seen:
            self.has_more = False
            raise errors.MalformedAnswer(
                translate("ApiError", "REVER sent the same page twice; the list stopped there."),
                detail=f"repeated page_token after {len(self._seen)} pages")
        self._seen.add(token)
        self._token = token

    async def refresh(self, max_rows: int | None = None) -> list[ProcessRow]:
        """Read again from the first page, up to the rows loaded so far (or ``max_rows``).
        When it covered every loaded row, the page chain continues from where it ended."""
        target = self.loaded if max_rows is None else min(self.loaded, max_rows)
        target = max(target, 1)
        rows: list[ProcessRow] = []
        token = ""
        seen: set[str] = set()
        while True:
            page, token = await self._page(token)
            rows.extend(page)
            if not token or len(rows) >= target or token in seen:
                break
            seen.add(token)
        if len(rows) >= self.loaded or not token:
            self._token, self._seen, self.loaded = token, seen | {token}, len(rows)
            self.has_more = bool(token)
        return rows

    async def search(self, text: str, status: str = "", *,
                     limit: int = DEFAULT_PAGE_SIZE) -> list[ProcessRow]:
        """Ask the server for returns matching ``text`` (its first page of answers)."""
        page = await self.tracker.watch(self.client.list_processes(
            query=text, shipping_status=status, page_size=limit))
        self._note_unread()
        return [ProcessRow.from_process(p) for p in page.processes]
