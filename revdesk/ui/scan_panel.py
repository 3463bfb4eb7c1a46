"""The scan panel: the scan action (shown large, switched with F1..F7 / Ctrl+1..7), the scan
box a keyboard-wedge scanner types into, the raw value, the result banner, the shift
counter and the recent scans. Enter hands the text to the domain's scan pipeline and
clears the box at once: typing is never blocked by the network."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import SHIPPING_STATUSES
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import (
    LOOKUP,
    ONE_SCAN_ACTIONS,
    SCAN_ACTIONS,
    UNDO_WITHOUT_ASKING_S,
    ScanResult,
    Severity,
    visible_raw,
)
from revdesk.domain.station import ScanPipeline
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore

from . import theme
from .bridge import CoreBridge
from .confirm import Confirmation
from .elided_label import ElidedLabel, LinesLabel
from .feedback import FeedbackBanner, SoundPlayer
from .fitting_text import FittingPlaceholder
from .pick_list import PickListDialog
from .recent_scans import RecentScansModel
from .scan_catcher import MODIFIER_KEYS, Pace, control_end, printable

log = logging.getLogger(__name__)


def action_key(i: int) -> str:
    return f"F{i + 1}"


#: The only Ctrl shortcuts the scan box keeps for itself.
CLIPBOARD_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste,
                  QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.SelectAll)


class ScanBox(QLineEdit):
    """The scan box. Leaves Ctrl shortcuts (undo last scan, mute, refresh...) to the window,
    except the clipboard ones: the box is cleared after every scan, so its own editing
    shortcuts are of no use. Treats a scanner's Tab suffix as Enter, so the focus never
    leaves the box between scans; a Tab after an id typed by hand submits nothing (half an
    id would be sent) and keeps the focus: only Enter sends what a person typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The pace of the keys typed since the last scanner-like key: a Tab ends a scan
        #: only after a scanner's burst.
        self.pace = Pace()

    def _read_end(self, event: QKeyEvent) -> bool:
        """A scanner's LF / CR suffix (Ctrl+J / Ctrl+M) ending the read in the box, or the
        LF of a CR+LF whose CR just ended one."""
        return control_end(event) and (
            (bool(self.text()) and self.pace.ends_scan(event.timestamp()))
            or self.pace.second_end(event))

    def event(self, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
                and isinstance(event, QKeyEvent) and self._read_end(event)):
            # Not the window's Outbox (Ctrl+J) or manual order (Ctrl+M): the read ends.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                if self.pace.second_end(event):
                    self.pace.ended_ms = 0
                else:
                    self.pace.end(event.timestamp())
                    self.returnPressed.emit()
            return True
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and not any(event.matches(key) for key in CLIPBOARD_KEYS)):
            event.ignore()
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab and self.text():
                if self.pace.ends_scan(event.timestamp()):
                    self.pace.end(event.timestamp())
                    self.returnPressed.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pace.ends_scan(
                    event.timestamp()):
                self.pace.end(event.timestamp())  # its LF, if any, follows
            if printable(event):
                self.pace.key(event.timestamp())
            elif event.key() not in MODIFIER_KEYS:
                self.pace.reset()
        return super().event(event)


class ScanPanel(QWidget):
    """Hears the scans through the core's bridge. ``result_changed`` fires for every update
    of a scan (queued, then final) once the panel shows it; ``looked_up`` for a final
    look-up result (the window opens the detail or the matches)."""

    result_changed = Signal(object)
    looked_up = Signal(object)
    action_changed = Signal(str)

    def __init__(self, pipeline: ScanPipeline, bridge: CoreBridge, sounds: SoundPlayer,
                 parent: QWidget | None = None, *, settings: SettingsStore) -> None:
        super().__init__(parent)
        self.pipeline = pipeline
        self.sounds = sounds
        self.settings = settings
        self.setObjectName("scanPanel")

        self.action_title = QLabel(translate("ScanPanel", "Scan action:"), self)
        self.action_title.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE))
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("actionCombo")
        self.action_combo.setFont(theme.font(theme.ACTION_POINT_SIZE, bold=True))
        self.action_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.action_title.setBuddy(self.action_combo)
        for i, action in enumerate(SCAN_ACTIONS):
            self.action_combo.addItem(f"{self.action_name(action)}   ({action_key(i)})", action)
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("shiftCounter")
        self.counter_label.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE, bold=True))
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE))

        self.scan_box = ScanBox(self)
        self.scan_box.setObjectName("scanBox")
        self.scan_box.setFont(theme.font(theme.SCAN_BOX_POINT_SIZE))
        FittingPlaceholder(
            self.scan_box,
            [
                translate("ScanPanel", "Scan here (or type a process id and Enter)"),
                translate("ScanPanel", "Scan here (or type an id)"),
                translate("ScanPanel", "Scan here"),
            ],
        )
        self.scan_box.setClearButtonEnabled(False)
        self.scan_box.setStyleSheet(
            # Grey without the focus: a blue frame that stays blue would say "ready to
            # scan" while the keys go elsewhere.
            "#scanBox { border: 4px solid #9aa0a6; border-radius: 6px; padding: 4px 10px; }"
            "#scanBox:focus { border: 4px solid #0b57d0; background: #fffef0; }"
        )
        self.scan_box.setAccessibleName(translate("ScanPanel", "Scan box"))
        self.raw_label = ElidedLabel(self, min_chars=22)  # a 60-character read: cut, whole in the tip
        self.raw_label.setObjectName("rawLabel")
        self.raw_label.setFont(theme.font(theme.BASE_POINT_SIZE + 1))
        self.raw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.plain_text(self.counter_label, self.waiting_label, self.raw_label)

        self.banner = FeedbackBanner(self)
        self._detail_in_lines()
        #: Open while a status scan's several matches wait for the operator's choice.
        self.pick_list: PickListDialog | None = None
        #: Open while a CANCELED / ERROR scan waits for the operator's yes (setting
        #: scan.risky_actions = "confirm"), or an undo of an old scan does.
        self.confirmation: Confirmation | None = None
        self.recent_model = RecentScansModel(self)
        self.recent_view = QListView(self)
        self.recent_view.setObjectName("recentScans")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setUniformItemSizes(True)
        self.recent_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_view.setFixedHeight(118)
        self.recent_view.setAccessibleName(translate("ScanPanel", "Recent scans"))

        self.action_group = QActionGroup(self)
        self.action_group.setExclusive(True)
        self.actions_by_name: dict[str, QAction] = {}
        for i, action in enumerate(SCAN_ACTIONS):
            qaction = QAction(self.action_name(action), self)
            qaction.setCheckable(True)
            qaction.setData(action)
            qaction.setShortcuts([QKeySequence(action_key(i)), QKeySequence(f"Ctrl+{i + 1}")])
            qaction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            qaction.triggered.connect(lambda _=False, a=action: self.set_action(a))
            self.action_group.addAction(qaction)
            self.actions_by_name[action] = qaction
        self.addActions(self.action_group.actions())

        # What a scan does, beside where it goes; under them what was read and the counts
        # in one short line: the list and the detail keep the height (1024x768).
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.action_title)
        scan_row.addWidget(self.action_combo)
        scan_row.addWidget(self.scan_box, 1)
        counts = QHBoxLayout()
        self.counts_row = counts
        counts.addWidget(self.raw_label, 1)
        counts.addWidget(self.waiting_label)
        counts.addSpacing(24)
        counts.addWidget(self.counter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(scan_row)
        layout.addLayout(counts)
        layout.addWidget(self.banner)
        layout.addWidget(self.recent_view)

        self.scan_box.returnPressed.connect(self._on_return)
        self.action_combo.activated.connect(self._on_combo)
        bridge.scan_changed.connect(self._on_result)
        bridge.scan_action_changed.connect(self._on_pipeline_action)
        self.set_action(pipeline.action)
        self.update_counts()

    def _detail_in_lines(self) -> None:
        """The banner's detail in as many lines as the banner has room for, the last one
        ended with "…", whole in the tooltip: a long Spanish or French detail, wrapped in
        a plain label, lost its first and last lines at 1024x768 (QA of issue 19, L15).
        Swapped in here, the banner being the feedback module's."""
        banner = self.banner
        old = banner.detail
        detail = LinesLabel(banner)
        detail.setObjectName(old.objectName())
        detail.setFont(old.font())
        layout = banner.layout()
        if layout is None or layout.replaceWidget(old, detail) is None:
            detail.deleteLater()
            return
        detail.setText(old.text())
        banner.detail = detail
        old.hide()
        old.deleteLater()

    # -- actions --------------------------------------------------------------------------

    def action_name(self, action: str) -> str:
        return translate("ScanPanel", "Look up") if action == LOOKUP else action

    def add_notice(self, notice: QWidget) -> None:
        """A short line of the station's own (sounds off) beside the counts, before the
        shift's count: on the row the operator reads anyway, costing the list no height."""
        self.counts_row.insertWidget(1, notice)

    def set_action(self, action: str) -> None:
        """Switch what a scan does; the scan box keeps the focus."""
        self.pipeline.set_action(action)
        self.show_action(self.pipeline.action)
        self.focus_scan_box()

    def _on_pipeline_action(self, action: str) -> None:
        """The pipeline went back to the default action by itself (after a CANCELED or
        ERROR scan): shown, without taking the focus from a dialog the scan came through."""
        self.show_action(action)

    def show_action(self, action: str) -> None:
        self.actions_by_name[action].setChecked(True)
        self.action_combo.setCurrentIndex(SCAN_ACTIONS.index(action))
        bg, fg = theme.status_colours(action if action in SHIPPING_STATUSES else LOOKUP)
        self.action_combo.setStyleSheet(
            f"QComboBox {{ background: {bg.name()}; color: {fg.name()}; padding: 4px 12px; }}"
        )
        self.action_changed.emit(action)

    def _on_combo(self, index: int) -> None:
        self.set_action(SCAN_ACTIONS[index])

    def focus_scan_box(self) -> None:
        self.scan_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan_box.selectAll()
        window = self.window()
        if QApplication.activeWindow() is None and window.isVisible():
            # A dialog just closed and nothing handed the keyboard back (no window manager
            # on a bare X server or a kiosk session): the scanner's next keys would be lost.
            window.activateWindow()

    # -- scanning -------------------------------------------------------------------------

    def _on_return(self) -> None:
        raw = self.scan_box.text()
        self.scan_box.clear()
        self.submit_text(raw)

    def submit_text(self, raw: str) -> ScanResult | None:
        """What Enter in the scan box does (benchmarks and tests may call it directly).
        Under CANCELED or ERROR with the station set to ask, the scan waits for a yes
        (None meanwhile); a newer scan replaces the question."""
        if raw:
            self.raw_label.setText(translate("ScanPanel", "raw: “{raw}”").format(raw=visible_raw(raw)[:60]))
        self._close_confirmation()
        action = self.pipeline.action
        if raw and action in ONE_SCAN_ACTIONS and self.settings.current.scan.risky_actions == "confirm":
            self._ask_risky(raw, action)
            return None
        return self.pipeline.submit(raw)

    def _ask_risky(self, raw: str, action: str) -> None:
        shown = visible_raw(raw).strip()[:40]
        self.banner.show_idle(translate("ScanPanel", "{action}? Confirm on screen").format(action=action))
        self.sounds.play(Severity.NOTICE)
        self._confirm(
            Confirmation(
                self.window(),
                title=translate("ScanPanel", "Set {action}?").format(action=action),
                text=translate(
                    "ScanPanel",
                    "Set the return scanned as “{raw}” to {action}?\n\nThe scan "
                    "action stays {action}: every scan asks.",
                ).format(raw=shown, action=action),
                yes=translate("ScanPanel", "Set {action}").format(action=action),
                no=translate("ScanPanel", "Don't change it"),
                on_yes=lambda: self.pipeline.submit(raw, action=action),
                name="confirmRisky",
            )
        )

    def undo_last(self) -> ScanResult | None:
        """Ctrl+Z: takes back the latest scan at once when it is at most 30 s old, and
        asks first when it is older (None meanwhile)."""
        self._close_confirmation()
        old = self.pipeline.undo_asks()
        if old is not None:
            self._ask_undo(old)
            return None
        result = self.pipeline.undo_last()
        if result is None:
            self.banner.show_idle(translate("ScanPanel", "Nothing to undo"))
            self.sounds.play(Severity.NOTICE)
        return result

    def _ask_undo(self, old: ScanResult) -> None:
        seconds = int(old.age())
        when = (
            translate("ScanPanel", "{s} s ago").format(s=seconds)
            if seconds < 120
            else translate("ScanPanel", "{m} min ago").format(m=seconds // 60)
        )
        self.sounds.play(Severity.NOTICE)
        self._confirm(
            Confirmation(
                self.window(),
                title=translate("ScanPanel", "Undo an older scan?"),
                text=translate(
                    "ScanPanel",
                    "The last scan was {when}: {pid} set to {new}.\n\nUndo it and set "
                    "{pid} back to {old}? (Undo takes back a scan of the last {limit} s "
                    "without asking.)",
                ).format(
                    when=when,
                    pid=old.process_id,
                    new=old.new_status,
                    old=old.previous_status,
                    limit=int(UNDO_WITHOUT_ASKING_S),
                ),
                yes=translate("ScanPanel", "Undo {pid}").format(pid=old.process_id),
                no=translate("ScanPanel", "Keep it"),
                on_yes=lambda: self.pipeline.undo_last(old),
                name="confirmUndo",
            )
        )

    def _confirm(self, box: Confirmation) -> None:
        self.confirmation = box
        box.finished.connect(lambda _code, b=box: self._confirmation_closed(b))
        box.open()

    def _confirmation_closed(self, box: Confirmation) -> None:
        if self.confirmation is box:
            self.confirmation = None
        self.focus_scan_box()

    def _close_confirmation(self) -> None:
        """A new scan or undo: the question about the parcel before it is dropped."""
        if self.confirmation is not None:
            box, self.confirmation = self.confirmation, None
            box.reject()

    def _on_result(self, result: ScanResult) -> None:
        self.recent_model.note(result)
        if not result.is_final and not result.settled_late:
            # At once, before any answer: the last parcel's green tick must not stand for
            # this one while REVER is slow or gone (it can take a timeout to know).
            self.banner.show_result(result)
        elif result.is_final and not result.settled_late:
            if self._shows(result):
                self.banner.show_result(result)
            self.sounds.play(result.severity)
            if result.outcome in (Outcome.LOOKED_UP, Outcome.MATCHES) and (result.action == LOOKUP):
                self.looked_up.emit(result)
            self._update_pick_list(result)
        self.update_counts()
        self.result_changed.emit(result)

    def _shows(self, result: ScanResult) -> bool:
        """Whether a final result takes the banner. An older scan's green tick does not
        cover a newer scan still sending; its sound plays and its row shows it. What needs
        the operator (amber, red) always does."""
        if result.severity is not Severity.OK:
            return True
        shown = self.banner.result
        return not (shown is not None and not shown.is_final and shown.seq > result.seq)

    def _update_pick_list(self, result: ScanResult) -> None:
        """A status scan with several matches opens the pick list; any other scan that
        comes to an end closes it (the parcel in hand is another, or it was chosen)."""
        if self.pick_list is not None and self.pick_list.scan_result is not result:
            dropped = self.pick_list.scan_result
            self.pick_list.reject()
            if all(m.process_id != result.process_id for m in dropped.matches):
                # Another parcel, not another barcode of this one (that narrows the choice
                # to one of them): the first parcel stays unreceived, and its row says so.
                self.recent_model.mark_unreceived(dropped)
        if result.outcome is Outcome.MATCHES and result.action != LOOKUP:
            dialog = PickListDialog(
                result,
                choose=lambda pid: self.pipeline.choose(result, pid),
                scan=self.submit_text,
                parent=self.window(),
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.finished.connect(lambda _code, d=dialog: self._pick_list_closed(d))
            self.pick_list = dialog
            dialog.open()

    def _pick_list_closed(self, dialog: PickListDialog) -> None:
        if self.pick_list is dialog:
            self.pick_list = None
        self.focus_scan_box()

    def update_counts(self) -> None:
        # "Scanned this shift" (counter_label) is the audit's count: ui/shift_count.py.
        waiting = self.pipeline.pending
        self.waiting_label.setText(
            translate("ScanPanel", "%n waiting…", "", waiting) if waiting else ""
        )
