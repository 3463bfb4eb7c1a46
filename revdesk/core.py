"""The station core: everything a station is, without its window. One composition root for
the window and the CLI alike (no Qt here): it builds the backend's client, the outbox, the
audit log, the scan pipeline, the connection state and the list cache on one connection,
wires them to each other, and owns start-up and shutdown.

The window is rebuilt on a new core when the lead changes the API address or key; the
:class:`SettingsStore` outlives both. See ARCHITECTURE.md for the path of one scan.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from revdesk.api import RetryPolicy, ReverAdminClient, errors
from revdesk.backend import Backend, open_backend
from revdesk.config import data_dir
from revdesk.domain.accounts import OWNERS_FILE, AccountRouter, OwnerBook
from revdesk.domain.audit import FAILED, STATUS_CHANGE, SUPERSEDED
from revdesk.domain.audit import RETRY_S as AUDIT_RETRY_S
from revdesk.domain.audit_trail import record_setting_changes
from revdesk.domain.catalog import ProcessCatalog
from revdesk.domain.connection import ConnectionState, ConnectionTracker
from revdesk.domain.details import DetailService
from revdesk.domain.local_files import LocalDataError, open_audit_log, open_outbox_store
from revdesk.domain.outbox import (
    OUTBOX_FILE,
    Entry,
    Outbox,
    OutboxSender,
    OutboxStore,
    Result,
    audit_outcomes,
)
from revdesk.domain.outcomes import Outcome
from revdesk.domain.parcel_contents import ParcelContentsService
from revdesk.domain.pictures import FOLDER as PICTURES_FOLDER
from revdesk.domain.pictures import PictureCache, PictureLoader
from revdesk.domain.process_cache import FOLDER as CACHE_FOLDER
from revdesk.domain.process_cache import ProcessCache, cache_key
from revdesk.domain.process_index import ProcessIndex
from revdesk.domain.scan_journal import ScanJournal
from revdesk.domain.scanning import ScanCleaner, ScanResult
from revdesk.domain.shift import Shift
from revdesk.domain.station import ScanPipeline
from revdesk.domain.status import (
    SOURCE_SCAN,
    DirectSender,
    NewerChange,
    StatusHistory,
    StatusSender,
    StatusService,
)
from revdesk.domain.walkin import WalkinService
from revdesk.events import Signal
from revdesk.i18n import translate
from revdesk.settings_store import SettingsNotSaved, SettingsSaved, SettingsStore

if TYPE_CHECKING:
    from revdesk.domain.reversio import ReversioService

log = logging.getLogger(__name__)

#: How many times (a second apart) a queued scan settled by another process is looked for
#: in the audit log before it is shown as handled elsewhere.
SETTLED_ELSEWHERE_TRIES = 10

#: At the desk a request is retried briefly: an operator would rather see "not sent" in a
#: few seconds than wait half a minute per scan.
INTERACTIVE_RETRY = RetryPolicy(max_attempts=3, max_total_seconds=8.0, base_delay=0.2)
#: Rows a list page asks for.
PAGE_SIZE = 200
#: The embedded sandbox has no address of its own: its rows are cached under this name.
EMBEDDED_CACHE_NAME = "embedded-sandbox"


class UnconfiguredClient:
    """Stands in for the Admin client when the station has no usable backend: every call
    raises the configuration error, so the window opens and tells the lead what to fix."""

    ecommerce_id = ""
    group = ""

    def __init__(self, error: errors.ApiError) -> None:
        self.error = error

    def __getattr__(self, name: str) -> Any:
        async def refuse(*args: Any, **kw: Any) -> Any:
            raise self.error

        return refuse

    async def aclose(self) -> None:
        return None


class StationCore:
    """One station on one connection. ``settings`` is read when each part acts, never
    copied; ``backend`` (tests, benchmarks) replaces the one the settings name."""

    def __init__(self, settings: SettingsStore | None = None, *, backend: Backend | None = None,
                 retry: RetryPolicy | None = INTERACTIVE_RETRY,
                 folder: Path | None = None, outbox_optional: bool = False) -> None:
        self.settings = settings if settings is not None else SettingsStore()
        self.folder = folder if folder is not None else data_dir()
        current = self.settings.current
        self.error: errors.ApiError | None = None
        #: What is wrong with the local files, in the operator's words: a damaged one set
        #: aside (which, where it is kept), an audit log that cannot be written. The
        #: window shows them; ``warned`` tells the ones found later.
        self.warnings: list[LocalDataError] = []
        self.warned: Signal[LocalDataError] = Signal("core.warned")
        self._unused_backend: Backend | None = None
        # A setting the file held that could not be used (reset, or all of them): said
        # once, not again by a core rebuilt on the same store.
        self._warn(self.settings.load_problem)
        self.settings.load_problem = None
        # The local files first, checked in one place (local_files): the audit log is
        # local and records even with no backend (the lead's first settings, a refused
        # key), and never stops the station; without a usable outbox nothing could be kept
        # safely, so the station opens as unconfigured, saying which file and what to do.
        self.audit, notice = open_audit_log(self.folder, station=current.station_name,
                                            operator=current.operator_name)
        self._warn(notice)
        store: OutboxStore | None = None
        no_outbox: LocalDataError | None = None
        try:
            store, notice = open_outbox_store(self.folder)
            self._warn(notice)
        except LocalDataError as exc:
            log.info("no outbox: %s", exc.log_text())
            if outbox_optional:
                # A command that only reads (a list, a label) goes on, saying so; a status
                # change is refused below, as without a backend.
                self._warn(exc)
                no_outbox = exc
            else:
                self.error = exc
                self._unused_backend, backend = backend, None  # closed with the core
        if backend is None and self.error is None:
            try:
                backend = open_backend(current, retry=retry)
            except errors.ApiError as exc:
                log.warning("no backend: %s", exc.log_text())
                self.error = exc
        self.backend = backend
        if backend is not None and isinstance(backend.client, AccountRouter):
            # Which account owns which return, shared by every process on this folder.
            backend.client.owners = OwnerBook(self.folder / OWNERS_FILE)
        #: More REVER accounts that could not be opened (no key, an address refused): each
        #: said to the lead; the station works with the others.
        self.account_problems: list[errors.ApiError] = (
            list(backend.account_problems) if backend is not None else [])
        # Without a backend every call raises the configuration error: the window opens
        # all the same and tells the lead what to fix.
        self.client: ReverAdminClient = (
            backend.client if backend is not None
            else cast(ReverAdminClient, UnconfiguredClient(self.error or errors.NotConfigured())))
        # Every status change goes through the durable outbox, when there is a backend.
        self.outbox: Outbox | None = None
        sender: StatusSender = DirectSender(self.client)
        #: Every status scan, from its keypress until it is over or in the outbox.
        journal: ScanJournal | None = None
        if backend is not None and store is not None:
            self.outbox = Outbox(store, backend.client.set_shipping_status)
            sender = OutboxSender(self.outbox)
            journal = ScanJournal(store, self.outbox.write)
        elif store is not None:
            store.close()
        elif no_outbox is not None:  # never sent past the outbox: refused with its words
            sender = DirectSender(cast(ReverAdminClient, UnconfiguredClient(no_outbox)))
        self.tracker = ConnectionTracker(ConnectionState.UNKNOWN if backend is not None
                                         else ConnectionState.NOT_CONFIGURED)
        self.history = StatusHistory()
        self.status = StatusService(sender, history=self.history, tracker=self.tracker)
        #: The returns list the station holds (the window's list shows it): scans are
        #: resolved in it before REVER is asked.
        self.index = ProcessIndex()
        self.pipeline = ScanPipeline(self.client, self.status,
                                     cleaner=ScanCleaner.from_settings(current.scan),
                                     action=current.scan.default_action, tracker=self.tracker,
                                     index=self.index,
                                     storefront=backend.storefront if backend else None,
                                     settings=lambda: self.settings.current.scan,
                                     journal=journal)
        self.catalog = ProcessCatalog(self.client, page_size=PAGE_SIZE, tracker=self.tracker)
        self.details = DetailService(self.client, self.history, tracker=self.tracker)
        #: What a parcel should hold, from the merchant's platform, and its pictures. Its
        #: failures are its own: they never change the connection state (REVER's).
        merchant = backend.merchant if backend is not None else None
        self.parcels = ParcelContentsService(
            merchant, backend.merchant_error if backend is not None else None)
        self.pictures = PictureLoader(merchant, PictureCache(self.folder / PICTURES_FOLDER))
        #: Walk-in returns, started on the Storefront API when the station has one.
        self.walkin = WalkinService(lambda: self.backend.storefront if self.backend else None,
                                    audit=self.audit)
        #: The shift's start and count, read from the audit log whenever asked: the header
        #: and the summary say the same, and a restart keeps both.
        self.shift = Shift(self.audit, lambda: self.settings.current.shift_starts)
        self._reversio: ReversioService | None = None
        self._delivery: asyncio.Future[None] | None = None
        self._watch: asyncio.Future[None] | None = None
        #: Queued scans gone from the outbox file whose outcome the audit log does not have
        #: yet: how many times they were looked for.
        self._unsettled: dict[int, int] = {}
        self._recheck: asyncio.TimerHandle | None = None
        self._audit_retry: asyncio.Future[None] | None = None
        #: Applying what a killed station process left in the scan journal (started by
        #: start(); done once those scans are final).
        self.recovery: asyncio.Future[None] | None = None
        self._unwire = self._wire()

    def _warn(self, warning: LocalDataError | None) -> None:
        if warning is not None:  # said to the operator by the window or the CLI
            log.info("%s", warning.log_text())
            self.warnings.append(warning)
            self.warned.emit(warning)

    def _on_audit_trouble(self, problem: str) -> None:
        """The audit log started failing (records wait in memory): one more warning."""
        if problem:
            self._warn(LocalDataError(problem, path=self.audit.path))

    # -- wiring ---------------------------------------------------------------------------

    def _wire(self) -> list[Any]:
        """The core's own connections, all in one place; returns their disconnects."""
        disconnects = [self.settings.saved.connect(self._on_settings_saved),
                       self.settings.save_failed.connect(self._on_settings_not_saved),
                       self.audit.trouble.connect(self._on_audit_trouble),
                       self.pipeline.result_changed.connect(self._on_scan_result)]
        outbox = self.outbox
        if outbox is None:
            return disconnects
        # Every final outcome, from any source (and whose return, with several accounts).
        audit_outcomes(outbox, self.audit,
                       self.account_of if len(self.account_names) > 1 else None)
        outbox.result.connect(self._on_outbox_result)
        outbox.changed_elsewhere.connect(self._on_outbox_changed_elsewhere)

        def on_state(state: ConnectionState) -> None:
            # A connection seen back by any call sends what is queued at once.
            if state is ConnectionState.ONLINE and outbox.counts["pending"]:
                outbox.wake()

        self.tracker.changed.connect(on_state)
        return disconnects

    def _on_outbox_result(self, result: Result) -> None:
        """What the outbox saw tells the connection state (offline, back online), and a
        queued scan learns its late outcome by its entry."""
        if result.outcome is Outcome.DELIVERED:
            self.tracker.succeeded()
        elif result.error is not None:
            self.tracker.failed(result.error)
        self.pipeline.settle(result)

    def _on_outbox_changed_elsewhere(self, _: None) -> None:
        """Another process settled what this one shows as queued: each such scan learns
        its outcome as if this process had settled it (the row updates). A refused change
        is still in the file, with REVER's reason; a gone one was delivered or replaced,
        which the audit log tells (the process that settled it recorded it)."""
        assert self.outbox is not None
        self._recheck = None
        for entry_id, scan in self.pipeline.queued().items():
            try:
                entry = self.outbox.store.get(entry_id)
            except sqlite3.Error:  # closed (the station is stopping) or failing: next time
                log.debug("outbox: could not read entry %d", entry_id, exc_info=True)
                return
            if entry is not None and entry.state == "pending":
                continue
            if entry is not None:  # refused in the other process
                error = errors.ApiError(entry.last_error
                                        or translate("ApiError", "REVER refused this change."))
                self.pipeline.settle(Result(entry, Outcome.FAILED, error))
                continue
            outcome = self._settled_elsewhere(scan)
            if outcome is None:
                # Its outcome is recorded just after the outbox file changes (another file):
                # look again shortly, a few times, then call it handled elsewhere.
                tries = self._unsettled.get(entry_id, 0) + 1
                if tries < SETTLED_ELSEWHERE_TRIES:
                    self._unsettled[entry_id] = tries
                    if self._recheck is None:
                        self._recheck = asyncio.get_running_loop().call_later(
                            1.0, self._on_outbox_changed_elsewhere, None)
                    continue
                outcome = Outcome.SUPERSEDED
            self._unsettled.pop(entry_id, None)
            gone = Entry(entry_id, scan.process_id, scan.new_status, scan.previous_status,
                         "", scan.scanned_at, "pending", 0, 0.0, "")
            self.pipeline.settle(Result(gone, outcome))

    def _settled_elsewhere(self, scan: ScanResult) -> Outcome | None:
        """How another process settled a queued scan's change, from the audit log: the
        latest final outcome of that return since the scan; None before it is recorded."""
        events = self.audit.events(action=STATUS_CHANGE, process_id=scan.process_id,
                                   since=scan.scanned_at - 1.0, newest_first=True, limit=20)
        for event in events:
            if event.result == Outcome.DELIVERED.value and event.new_value == scan.new_status:
                return Outcome.DELIVERED
            if event.result in (Outcome.DELIVERED.value, Outcome.SUPERSEDED.value):
                return Outcome.SUPERSEDED  # a later change won, or this one was dropped
        return None

    def _on_scan_result(self, result: ScanResult) -> None:
        """A scan not sent because a person changed its return after it: the audit log
        says so (the outbox never saw the change, so it records nothing)."""
        if result.outcome is Outcome.SUPERSEDED and isinstance(result.error, NewerChange):
            self.audit.record(STATUS_CHANGE, process_id=result.error.process_id,
                              old=result.previous_status, new=result.action, result=SUPERSEDED,
                              detail=f"{SOURCE_SCAN}: {result.error.operator_message}")

    def _on_settings_saved(self, saved: SettingsSaved) -> None:
        new = saved.new
        # Whatever is done from now on is recorded under these names.
        self.audit.identify(station=new.station_name, operator=new.operator_name)
        if saved.persisted:  # an unsaved change is recorded as failed, by the handler below
            record_setting_changes(self.audit, saved.changes)
        self.pipeline.cleaner = ScanCleaner.from_settings(new.scan)

    def _on_settings_not_saved(self, failure: SettingsNotSaved) -> None:
        record_setting_changes(self.audit, failure.changes, result=FAILED,
                               detail=str(failure.error))

    @property
    def reversio(self) -> ReversioService:
        """Revers.io: its accounts (or the built-in sandbox), one client each. Made with its
        first use: its client and its order schema are not needed to start (startup.py)."""
        if self._reversio is None:
            from revdesk.domain.reversio import ReversioService

            self._reversio = ReversioService(lambda: self.settings.current)
        return self._reversio

    # -- what the station is connected to ---------------------------------------------------

    @property
    def is_sandbox(self) -> bool:
        return self.backend is not None and self.backend.is_sandbox

    @property
    def backend_label(self) -> str:
        """How the window and the CLI name the backend to the operator."""
        if self.backend is None:
            return self.settings.current.api_url or "—"
        return self.backend.label

    @property
    def ecommerce_id(self) -> str:
        """The e-commerce the station works for (the embedded sandbox has its own)."""
        client_id = getattr(self.client, "ecommerce_id", "")
        if isinstance(client_id, str) and client_id:
            return client_id
        return self.settings.current.ecommerce_id

    @property
    def account_names(self) -> list[str]:
        """The names of the REVER accounts the station works with, the main one first; one
        name or none: a station of one account (its rows name no account)."""
        if not isinstance(self.client, AccountRouter):
            return []
        return [a.name for a in self.client.accounts]

    def account_of(self, process_id: str) -> str:
        """The name of the account a return belongs to, when the station holds several."""
        if not isinstance(self.client, AccountRouter):
            return ""
        return self.client.account_name(process_id)

    def list_cache(self) -> ProcessCache | None:
        """The saved returns list of this backend and e-commerce; None without a backend."""
        backend = self.backend
        if backend is None:
            return None
        client = backend.client
        name = EMBEDDED_CACHE_NAME if backend.is_sandbox else backend.url
        if isinstance(client, AccountRouter):  # every account, by name too: rows carry them
            return ProcessCache(self.folder / CACHE_FOLDER, cache_key(
                name, ";".join(f"{a.name}={a.ident}" for a in client.accounts)))
        return ProcessCache(self.folder / CACHE_FOLDER,
                            cache_key(name, client.ecommerce_id, client.group))

    # -- start-up and shutdown ------------------------------------------------------------

    def start(self) -> None:
        """Start delivering what the outbox holds (pending from an earlier run included),
        and writing what the audit log keeps in memory once its file takes it again."""
        if self.outbox is not None and self._delivery is None:
            self._delivery = asyncio.ensure_future(self.outbox.run())
            self._watch = asyncio.ensure_future(self.outbox.watch_others())
        if self._audit_retry is None:
            self._audit_retry = asyncio.ensure_future(self._retry_audit())
        if self.recovery is None and self.pipeline.journal is not None:
            # A task: it runs once the caller (the window) has connected its listeners.
            self.recovery = asyncio.ensure_future(self._recover_scans())

    async def _recover_scans(self) -> None:
        """Apply the scans a station process left in the journal when it was killed or the
        power went; the ones that could not be applied are recorded in the audit log and
        told as one warning (the parcels are on the shelves: someone must look)."""
        results = self.pipeline.recover()
        if not results:
            return
        await self.pipeline.wait_final(results)
        applied = (Outcome.DELIVERED, Outcome.QUEUED, Outcome.ALREADY)
        missed = [r for r in results if r.outcome not in applied]
        for r in missed:
            reason = r.error.operator_message if r.error is not None else r.outcome.value
            if r.entry_id is None and not isinstance(r.error, NewerChange):
                # (A change that reached the outbox, or a newer change, is recorded there.)
                self.audit.record(STATUS_CHANGE, process_id=r.process_id or r.cleaned,
                                  new=r.action, result=FAILED,
                                  detail=f"{SOURCE_SCAN} (left when the station stopped): "
                                         f"not applied: {reason}")
        log.info("recovered scans: %d applied, %d not", len(results) - len(missed), len(missed))
        if missed:
            names = ", ".join((r.process_id or r.cleaned)[:40] for r in missed[:10])
            # lupdate reads a count only as a bare name: never len(...) in the call.
            count, more = len(missed), len(missed) - 10
            if more > 0:
                names = translate("StationCore", "{names} and %n more", "", more).format(
                    names=names)
            self._warn(LocalDataError(
                translate("StationCore", "%n scan(s) made before the station stopped "
                          "unexpectedly could not be applied: {names}. Check these parcels "
                          "(History shows why).", "", count).format(names=names),
                path=self.folder / OUTBOX_FILE))

    async def _retry_audit(self) -> None:
        while True:
            await asyncio.sleep(AUDIT_RETRY_S)
            if self.audit.waiting:
                self.audit.retry()

    async def aclose(self, grace: float = 5.0) -> int:
        """Finish queued scans (up to ``grace`` s; what cannot be sent is kept in the
        outbox), then stop the delivery and close the files and the HTTP client; returns
        the changes left unsent and not kept. Each step runs even if one before it failed
        (the stack unwinds them all, last to first)."""
        async with contextlib.AsyncExitStack() as stack:
            for backend in (self.backend, self._unused_backend):
                if backend is not None:
                    stack.push_async_callback(backend.aclose)
            stack.callback(self.audit.close)
            if self._reversio is not None:
                stack.push_async_callback(self._reversio.aclose)
            if self.outbox is not None:
                stack.callback(self.outbox.store.close)
                stack.push_async_callback(self.outbox.aclose)  # before its file closes
            stack.push_async_callback(self._stop_delivery)
            for disconnect in self._unwire:  # the store outlives this core
                stack.callback(disconnect)
            return await self.pipeline.stop(grace)
        raise AssertionError("unreachable")  # pragma: no cover (mypy: the stack may swallow)

    async def _stop_delivery(self) -> None:
        if self.recovery is not None:
            self.recovery.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.recovery
        if self._audit_retry is not None:
            self._audit_retry.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._audit_retry
        if self._recheck is not None:
            self._recheck.cancel()
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._watch
        if self._delivery is None:
            return
        self._delivery.cancel()
        try:
            await self._delivery
        except asyncio.CancelledError:
            pass
        except Exception:  # Outbox.run logs and goes on; this is for what it could not catch
            log.exception("outbox delivery had stopped with an error")
