"""The one Qt bridge: the station core's events, re-emitted as Qt signals. Widgets connect
to these signals only, never to the core's own: a widget deleted with its window is then
disconnected by Qt itself, and the core knows nothing of the widgets.

The core emits on the loop's thread (the GUI thread, with qasync), so each Qt signal is
delivered at once, in the core's order, exactly as the core emitted it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from revdesk import events
from revdesk.core import StationCore


class CoreBridge(QObject):
    #: A scan was queued, became final, or was settled later (a ScanResult).
    scan_changed = Signal(object)
    #: A status change was attempted: sent, queued or failed (a StatusChange).
    status_changed = Signal(object)
    #: The connection state changed (a ConnectionState).
    connection_changed = Signal(object)
    #: An outbox entry's outcome: queued, delivered, failed, superseded (an outbox Result);
    #: None when another process changed the outbox file (read it again).
    outbox_changed = Signal(object)
    #: The settings were saved (a SettingsSaved): read ``store.current`` from here on.
    settings_saved = Signal(object)
    #: Saving the settings failed (a SettingsNotSaved).
    settings_not_saved = Signal(object)
    #: A shift was started, by a sign-in or by hand (its time, a float).
    shift_started = Signal(object)
    #: The scan pipeline changed the scan action by itself (back to the default after a
    #: CANCELED or ERROR scan): the action's name.
    scan_action_changed = Signal(str)

    def __init__(self, core: StationCore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        pairs: list[tuple[events.Signal[Any], Callable[[Any], None]]] = [
            (core.pipeline.result_changed, self.scan_changed.emit),
            (core.status.changed, self.status_changed.emit),
            (core.tracker.changed, self.connection_changed.emit),
            (core.settings.saved, self.settings_saved.emit),
            (core.settings.save_failed, self.settings_not_saved.emit),
            (core.shift.started, self.shift_started.emit),
            (core.pipeline.action_changed, self.scan_action_changed.emit),
        ]
        if core.outbox is not None:
            pairs.append((core.outbox.result, self.outbox_changed.emit))
            # Another process (the CLI, another window) changed the outbox file: the same
            # views read it again; they are told None instead of one result.
            pairs.append((core.outbox.changed_elsewhere, self.outbox_changed.emit))
        self._disconnects = [signal.connect(emit) for signal, emit in pairs]

    def detach(self) -> None:
        """Stop re-emitting (the window is closing; the settings store outlives it)."""
        for disconnect in self._disconnects:
            disconnect()
        self._disconnects = []
