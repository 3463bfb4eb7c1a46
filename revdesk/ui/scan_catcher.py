"""Scans that land outside the scan box still reach it.

A barcode scanner is a keyboard: it types into whatever has the focus. After the operator
searched the list, opened a return or set a status in the detail, the next parcel's id went
into that field and was lost without a sound while the banner still showed the last green
tick (QA under Xvfb with xdotool). With a dialog open it was worse: a scan + Enter in "Set
status of selected…" ran the bulk change on the selected rows, and the sign-in dialog took a
scan as the operator's name (issue 15). This filter:

- in the station window, a character typed into a widget that takes no text (the list, a
  combo box, a button) moves the focus to the scan box and goes there, so the scan arrives
  whole;
- in a text field, a scanner is told from a person by its pace (:class:`Pace`): at least
  ``MIN_SCAN_CHARS`` characters, each within ``MAX_GAP_MS`` of the one before, ended by
  Enter or Tab. That burst is taken out of the field (the field is put back as it was) and
  submitted as a scan. People do not type ten characters 30 ms apart; scanners send them
  1-10 ms apart. The pace is read from each key's own timestamp, so keys queued while the
  station was busy do not look like a burst;
- in any dialog (and message box) of the program, the same: a text field's burst is taken
  back out, and the keys of a burst never reach a widget that takes no text (a combo box
  would pick another status, a message box's button would fire on its letter). The Enter
  that ends a burst is swallowed, so it never fires the dialog's default button. The scan
  goes to the scan pipeline with the dialog left as it was. The dialog's keys are filtered
  only from the moment one of its widgets takes the focus: never every event of the
  program (see :class:`ScanCatcher`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

#: The longest gap between two keys of a scanner's burst. A wired scanner sends its keys
#: 1-10 ms apart, but a cordless or Bluetooth one in keyboard mode 30-60 ms apart: at 30 ms a
#: 45 ms scanner's read in a dialog was lost and its Enter pressed the default button
#: (QA F21). A person's keys come ~80 ms apart and more; a fast typist's single pair can be
#: quicker, but a burst needs MIN_SCAN_CHARS keys *each* within the gap and an Enter within
#: it too, which a person does not type. 60 ms covers the slow scanners with that margin.
MAX_GAP_MS = 60
#: Shorter bursts are left alone (a person's quick double letter, a process id is longer).
MIN_SCAN_CHARS = 6
#: A dialog that reads a scanner's keys itself (the pick list) sets this Qt property, and so
#: does a dialog's field that is there to take a scan (Settings' "Try", the manual order's
#: tracking id): the catcher leaves it alone, Enter included (its dialog sees to that).
SCAN_AWARE = "revdeskScanAware"
ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
#: A scanner's suffix sent as a control character: LF as Ctrl+J, CR as Ctrl+M. They end a
#: read like Enter, but only right after a burst: with no read being typed they are the
#: Outbox's and the manual order's shortcuts.
CONTROL_ENDS = (Qt.Key.Key_J, Qt.Key.Key_M)
#: Pressed on their own before a capital letter (a scanner sends Shift too): part of the
#: burst's pace, not an end of it.
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
                 Qt.Key.Key_Meta, Qt.Key.Key_CapsLock)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def printable(event: QKeyEvent) -> bool:
    text = event.text()
    return (len(text) == 1 and text.isprintable()
            and not event.modifiers() & _COMMAND_MODIFIERS)


def control_end(event: QKeyEvent) -> bool:
    """Ctrl+J (LF) or Ctrl+M (CR): how many scanners end a read."""
    return (event.key() in CONTROL_ENDS
            and event.modifiers() & _COMMAND_MODIFIERS == Qt.KeyboardModifier.ControlModifier)


def is_end(event: QKeyEvent) -> bool:
    """Enter, Tab, or a scanner's control-character suffix."""
    return event.key() in ENDS or control_end(event)


class Pace:
    """Tells a scanner's burst from a person's typing by the keys' own timestamps: the one
    detector of the station (the catcher's fields and dialogs, the scan box's Tab)."""

    def __init__(self) -> None:
        self.count = 0
        self.last_ms = 0
        self.ended_ms = 0

    def follows(self, at_ms: int) -> bool:
        """Whether a key at ``at_ms`` comes within a scanner's gap of the last one."""
        return self.count > 0 and at_ms > 0 and 0 <= at_ms - self.last_ms <= MAX_GAP_MS

    def key(self, at_ms: int) -> bool:
        """Note a printable key; True when it continues the burst (False: a new one)."""
        paced = self.follows(at_ms)
        self.count = self.count + 1 if paced else 1
        self.last_ms = at_ms
        return paced

    def ends_scan(self, at_ms: int) -> bool:
        """Whether an Enter or Tab at ``at_ms`` ends a scanner's read."""
        return self.follows(at_ms) and self.count >= MIN_SCAN_CHARS

    def reset(self) -> None:
        self.count = 0

    def end(self, at_ms: int) -> None:
        """A read ended at ``at_ms``: an LF right after its CR is the same end."""
        self.count = 0
        self.ended_ms = at_ms

    def second_end(self, event: QKeyEvent) -> bool:
        """Whether ``event`` is the LF of a CR+LF suffix whose CR just ended a read."""
        at = event.timestamp()
        return (control_end(event) and event.key() == Qt.Key.Key_J and self.ended_ms > 0
                and 0 <= at - self.ended_ms <= MAX_GAP_MS)


@dataclass
class _Burst:
    widget: QWidget
    restore: Callable[[], None]  # puts the widget back as it was before the burst
    chars: list[str] = field(default_factory=list)
    pace: Pace = field(default_factory=Pace)


def _takes_text(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit)


def _snapshot(widget: QWidget) -> Callable[[], None]:
    """How to put ``widget`` back as it is now, once a burst's first keys reached it."""
    if isinstance(widget, QLineEdit):
        text, cursor = widget.text(), widget.cursorPosition()

        def line() -> None:
            widget.setText(text)
            widget.setCursorPosition(cursor)
        return line
    if isinstance(widget, QComboBox):
        index, edit = widget.currentIndex(), widget.lineEdit()
        edited = edit.text() if edit is not None else ""

        def combo() -> None:
            widget.setCurrentIndex(index)
            if edit is not None:
                edit.setText(edited)
        return combo
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        value = widget.value()
        return lambda: widget.setValue(value)  # type: ignore[arg-type]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        plain, position = widget.toPlainText(), widget.textCursor().position()

        def text_edit() -> None:
            widget.setPlainText(plain)
            cursor = widget.textCursor()
            cursor.setPosition(min(position, len(plain)))
            widget.setTextCursor(cursor)
        return text_edit
    return lambda: None


def _in_dialog(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is in a dialog of ``window`` (opened over it, or over one of its
    dialogs; a dialog with no parent at all too: the station has one window)."""
    top = widget.window()
    if top is window or not isinstance(top, QDialog) or top.property(SCAN_AWARE):
        return False
    owner = top.parentWidget()
    while owner is not None:
        if owner.window() is window:
            return True
        owner = owner.window().parentWidget()
    return top.parentWidget() is None


class ScanCatcher(QObject):
    """Filters the key presses of the window's widgets that take the focus, once they are
    all built, and of a dialog's widget once it takes the focus. Not an application-wide
    filter: that called Python for every event of the program, painting included, and
    slowed a list-filter keystroke by ~8 ms at 100,000 rows (bench/list_scale.py,
    25 -> 33 ms). The focus changes (a signal, not an event filter) say which dialog
    widget will get the keys next."""

    def __init__(self, window: QWidget, scan_box: QLineEdit,
                 submit: Callable[[str], object]) -> None:
        super().__init__(window)
        self.window = window
        self.scan_box = scan_box
        self.submit = submit
        self._burst: _Burst | None = None
        self._dialog_widgets: set[int] = set()
        self._listening = False
        #: When the last read ended (shared with the scan box, where the focus goes after
        #: a field's burst): the LF of a CR+LF suffix is part of that end.
        pace = getattr(scan_box, "pace", None)
        self._ended: Pace = pace if isinstance(pace, Pace) else Pace()
        self.menus = MenuGuard(scan_box, self)

    def install(self) -> None:
        for menu in (*self.window.findChildren(QMenuBar), *self.window.findChildren(QMenu)):
            self.menus.guard(menu)
        self.menus.watch_context_menus(self.window)
        for widget in self.window.findChildren(QWidget):
            if (widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget is not self.scan_box
                    and widget.window() is self.window):
                widget.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._listening:
            app.focusChanged.connect(self._on_focus)
            self._listening = True
            focused = app.focusWidget()
            if focused is not None:
                self._on_focus(None, focused)

    def uninstall(self) -> None:
        """Stop hearing the program's focus changes (the window is going away)."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._listening:
            self._listening = False
            app.focusChanged.disconnect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not _in_dialog(new, self.window):
            return
        key = id(new)
        if key not in self._dialog_widgets:
            self._dialog_widgets.add(key)
            new.installEventFilter(self)
            new.destroyed.connect(lambda _=None, k=key: self._dialog_widgets.discard(k))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
                or not isinstance(watched, QWidget)):
            return False
        assert isinstance(event, QKeyEvent)
        if isinstance(watched, QLineEdit) and watched.echoMode() != QLineEdit.EchoMode.Normal:
            # A secret (the API key), perhaps typed by a password manager at a scanner's
            # pace: never read as a scan, shown as "raw:" or sent to REVER as an id.
            return False
        if control_end(event) and (self._bursting(watched, event)
                                   or self._ended.second_end(event)):
            # A scanner's LF / CR suffix: the window's Ctrl+J / Ctrl+M must not fire.
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if self._ended.second_end(event):
                self._ended.ended_ms = 0
                return True
        if kind != QEvent.Type.KeyPress:
            return False
        if watched.window() is not self.window:
            return self._in_dialog(watched, event) if _in_dialog(watched, self.window) else False
        if not _takes_text(watched):
            if printable(event):
                self._to_scan_box(event)
                return True
            return False
        if isinstance(watched, QLineEdit):
            return self._in_text_field(watched, event)
        return False

    def _to_scan_box(self, event: QKeyEvent) -> None:
        self.scan_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan_box.selectAll()  # the key replaces what a half-typed id left there
        moved = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                          event.isAutoRepeat(), event.count())
        moved.setTimestamp(event.timestamp())  # the scan box reads the burst's pace too
        QApplication.sendEvent(self.scan_box, moved)

    # -- bursts ---------------------------------------------------------------------------

    def _note(self, widget: QWidget, event: QKeyEvent) -> tuple[_Burst, bool]:
        """Note a printable key; the burst it belongs to, and whether it continued one."""
        burst = self._burst
        at = event.timestamp()
        if burst is None or burst.widget is not widget or not burst.pace.follows(at):
            burst = self._burst = _Burst(widget, _snapshot(widget))
        paced = burst.pace.key(at)
        burst.chars.append(event.text())
        return burst, paced

    def _end(self, widget: QWidget, event: QKeyEvent) -> _Burst | None:
        """An Enter or Tab: the burst it ends (forgotten from now on), if any."""
        burst, self._burst = self._burst, None
        if burst is None or burst.widget is not widget:
            return None
        return burst if burst.pace.follows(event.timestamp()) else None

    def _bursting(self, widget: QWidget, event: QKeyEvent) -> bool:
        """Whether a scanner's burst into ``widget`` is under way (its end may come now)."""
        burst = self._burst
        return (burst is not None and burst.widget is widget
                and burst.pace.ends_scan(event.timestamp()))

    def _scan(self, burst: _Burst, at_ms: int) -> None:
        burst.restore()
        self._ended.end(at_ms)
        self.submit("".join(burst.chars))

    def _in_text_field(self, edit: QLineEdit, event: QKeyEvent) -> bool:
        if event.key() in MODIFIER_KEYS:
            return False
        if event.key() in ENDS or (control_end(event) and self._bursting(edit, event)):
            burst = self._end(edit, event)
            if burst is not None and burst.pace.count >= MIN_SCAN_CHARS:
                self.scan_box.setFocus(Qt.FocusReason.OtherFocusReason)
                self._scan(burst, event.timestamp())
                return True
            return False
        if not printable(event):
            self._burst = None
            return False
        self._note(edit, event)
        return False

    def _in_dialog(self, widget: QWidget, event: QKeyEvent) -> bool:
        """A dialog's widget: a burst never reaches it, nor its Enter the default button.
        The focus stays in the dialog (the scan box behind it is blocked)."""
        if event.key() in MODIFIER_KEYS or widget.property(SCAN_AWARE):
            return False
        if event.key() in ENDS or (control_end(event) and self._bursting(widget, event)):
            burst = self._end(widget, event)
            if burst is None:
                return False  # a person's Enter or Tab: the dialog's own
            if burst.pace.count >= MIN_SCAN_CHARS:
                self._scan(burst, event.timestamp())
            elif not _takes_text(widget):
                burst.restore()  # a few quick keys: dropped, and so is their Enter
            return True
        if not printable(event):
            self._burst = None
            return False
        burst = self._burst
        continues = (burst is not None and burst.widget is widget
                     and burst.pace.follows(event.timestamp()))
        if event.text() == " " and not continues:
            return False  # Space on a button or a check box is a person's
        self._note(widget, event)
        # A text field takes the keys (a person types there too) until the burst is told;
        # a widget that takes no text never does: its letters would choose or press.
        return not _takes_text(widget)


# -- menus ---------------------------------------------------------------------------------

#: How long a printable key in an open menu (or the active menu bar) waits before it acts:
#: a scanner's next key comes sooner, a person does not notice the wait.
MENU_HOLD_MS = MAX_GAP_MS


class MenuGuard(QObject):
    """A scan while a menu is open, or the menu bar is active after Alt or F10, was lost or,
    worse, acted: its letters are the menus' access keys, and a read with a "Q" in the
    Station menu quit the station (QA F17). In a menu or the menu bar a printable key is
    held until it is known not to start a scanner's burst: a next key at a scanner's pace
    closes the menus and hands the whole read to the scan box (its Enter included, which
    then arrives there); no next key within ``MENU_HOLD_MS`` delivers the held key to the
    menu as if just pressed. Installed on the window's QMenuBar and QMenus, and on the
    standard context menus Qt makes on demand (see :meth:`watch_context_menus`): never on
    the whole program."""

    def __init__(self, scan_box: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scan_box = scan_box
        self._held: list[QKeyEvent] = []
        self._target: QWidget | None = None
        self._pace = Pace()
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(MENU_HOLD_MS)
        self._timer.timeout.connect(self._deliver)
        self._guarded: set[int] = set()

    def guard(self, widget: QWidget) -> None:
        """Hold ``widget``'s printable keys (a QMenu or the QMenuBar); once per widget."""
        key = id(widget)
        if key in self._guarded:
            return
        self._guarded.add(key)
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda _=None, k=key: self._guarded.discard(k))

    def _guard_children(self, parent: QObject) -> None:
        for menu in parent.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            self.guard(menu)

    def guard_popup(self) -> None:
        """The popup menu open now, if any (a context menu Qt just made)."""
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            self.guard(popup)

    def watch_context_menus(self, window: QWidget) -> None:
        """Qt makes a text field's, a selectable label's or the window's context menu when
        it opens (and deletes it after): those widgets' ContextMenu events say when, and the
        menu is guarded once it is up. Only those widgets, not every one of the window."""
        hosts: list[QWidget] = [window]
        for widget in window.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                hosts.append(widget)
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                hosts.append(widget.viewport())
            elif isinstance(widget, QLabel) and (
                    widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse):
                hosts.append(widget)
        for host in hosts:
            host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu:
            QTimer.singleShot(0, self, self.guard_popup)  # runs once the menu is up
            return False
        if event.type() == QEvent.Type.ChildAdded and isinstance(watched, QMainWindow | QMenuBar):
            # A menu made later under the window or the menu bar (the bar's overflow »):
            # still being built now, so looked for once it is whole.
            QTimer.singleShot(0, self, lambda w=watched: self._guard_children(w))
            return False
        if (event.type() != QEvent.Type.KeyPress or self._replaying
                or not isinstance(watched, QMenu | QMenuBar)):
            return False
        assert isinstance(event, QKeyEvent)
        if isinstance(watched, QMenu) and not watched.isVisible():
            # The rest of a burst in flight to the menu it closed (the X server sent it
            # there while the menu held the keyboard): the scan box's, Enter included.
            self._forward(event)
            return True
        if isinstance(watched, QMenuBar) and not watched.hasFocus() and not self._held:
            return False  # the bar is not active: Alt+letter shortcuts are not ours
        if event.key() in MODIFIER_KEYS:
            return False
        if not printable(event):
            self._deliver()  # a person's arrow or Enter after their letter: in order
            return False
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                         event.isAutoRepeat(), event.count())
        copy.setTimestamp(event.timestamp())
        if self._held and self._pace.follows(event.timestamp()):
            self._pace.key(event.timestamp())
            self._held.append(copy)
            self._to_scan_box()
            return True
        self._deliver()
        self._pace.reset()
        self._pace.key(event.timestamp())
        self._held, self._target = [copy], watched
        self._timer.start()
        return True

    def _deliver(self) -> None:
        """No burst followed: the held key acts in its menu as if just pressed."""
        self._timer.stop()
        held, self._held = self._held, []
        target, self._target = self._target, None
        if not held or target is None or not target.isVisible():
            return
        self._replaying = True
        try:
            for event in held:
                QApplication.sendEvent(target, event)
        finally:
            self._replaying = False

    def _to_scan_box(self) -> None:
        """A scanner's burst: the menus close and the read so far goes to the scan box,
        where the rest of it (its Enter too) now arrives."""
        self._timer.stop()
        held, self._held, self._target = self._held, [], None
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        self.scan_box.setFocus(Qt.FocusReason.OtherFocusReason)  # the bar leaves its mode
        self.scan_box.selectAll()
        for event in held:
            QApplication.sendEvent(self.scan_box, event)

    def _forward(self, event: QKeyEvent) -> None:
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                         event.isAutoRepeat(), event.count())
        copy.setTimestamp(event.timestamp())
        QApplication.sendEvent(self.scan_box, copy)
