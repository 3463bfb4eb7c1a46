"""How every feature makes its QActions: named (tests and menus find them by object name),
with a window-wide shortcut, because the scan box has the focus most of the day."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


def make_action(parent: QObject, text: str, name: str, slot: Callable[[], object] | None = None,
                shortcut: str | QKeySequence | None = None) -> QAction:
    """A QAction owned by ``parent`` whose trigger calls ``slot()`` (its checked flag, if
    any, is dropped: slots take no argument)."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def no_access_key(text: str) -> str:
    """``text`` without its access key's "&" ("&&", a drawn "&", stays): for a label or
    tab whose letter another control of the same dialog has in some language."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")
