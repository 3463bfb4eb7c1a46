"""Run by test_dialog_fit.py in a process of its own: Qt's offscreen platform with one
screen of the size asked for (a 1024x768 desk, a 1920x1080 one), the station's theme and
the fonts this machine has, the real window on the built-in sandbox. Opens each dialog
through its menu action, as the operator does, and prints, as JSON, where each one is
and what of it is cut or off the screen.

    python3 dialog_fit_child.py WIDTH HEIGHT
    python3 dialog_fit_child.py settings LANGUAGE   # only Settings, in that language

The second prints what of the Settings form's widgets ends beyond its scroll area's
visible width (the dialog fitted to the screen as when opened).

With DIALOG_FIT_SHOTS=folder (and a real X screen) each dialog's screen is saved there.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

WAIT_S = 30.0


async def until(condition: Any, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + WAIT_S
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def cut_parts(dialog: Any) -> list[str]:
    """What of ``dialog`` is narrower or lower than it needs, or a one-line text wider
    than its room."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

    found = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog or not widget.isVisible():
            continue
        if (not isinstance(widget, (QLabel, QAbstractButton, QComboBox, QLineEdit))
                or widget.objectName().startswith("qt_")):  # a spin box's own line edit
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else (
            widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else "")
        name = f"{type(widget).__name__} {widget.objectName()!r} {text!r}"
        need = widget.minimumSizeHint()
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{name}: {widget.size().toTuple()} < {need.toTuple()}")
        if isinstance(widget, QLineEdit) and widget.text():  # an address field showing
            room = widget.width() - 10                        # "ard Voltaire" (F22)
            if widget.fontMetrics().horizontalAdvance(widget.text()) > room:
                found.append(f"{name} {widget.text()!r}: text wider than {room}")
            continue
        if isinstance(widget, QLineEdit):  # a hint cut mid-word: "scan here to try the cle…"
            room = widget.width() - 10      # (QA F16)
            hint = widget.placeholderText()
            if hint and widget.fontMetrics().horizontalAdvance(hint) > room:
                found.append(f"{name} placeholder {hint!r}: wider than {room}")
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not text
                                           or widget.textFormat() == 1):  # 1: rich text
            continue
        if isinstance(widget, QLabel):
            room = widget.contentsRect().width()
            shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            if widget.fontMetrics().horizontalAdvance(shown) > room:
                found.append(f"{name}: text wider than {room}")
    return found


def describe(dialog: Any) -> dict[str, Any]:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

    area = dialog.screen().availableGeometry()
    buttons = []
    for button in dialog.findChildren(QAbstractButton):
        if button.window() is not dialog or not button.isVisible():
            continue
        if not isinstance(button.parentWidget(), QDialogButtonBox):
            continue
        top_left = button.mapToGlobal(QPoint(0, 0))
        buttons.append({"text": button.text(), "x": top_left.x(), "y": top_left.y(),
                        "width": button.width(), "height": button.height(),
                        "in_dialog": dialog.rect().contains(
                            button.mapTo(dialog, QPoint(button.width() - 1,
                                                        button.height() - 1)))})
    frame = dialog.frameGeometry()
    return {"name": dialog.objectName(), "class": type(dialog).__name__,
            "frame": frame.getRect(), "geometry": dialog.geometry().getRect(),
            "available": area.getRect(), "size_hint": dialog.sizeHint().toTuple(),
            "minimum": dialog.minimumSizeHint().toTuple(),
            "buttons": buttons, "cut": cut_parts(dialog)}


async def main(width: int, height: int) -> list[dict[str, Any]]:
    from PySide6.QtWidgets import QApplication, QDialog

    from revdesk.core import StationCore
    from revdesk.domain.scanning import LOOKUP
    from revdesk.settings_store import SettingsStore
    from revdesk.ui.errors import ErrorPresenter
    from revdesk.ui.feedback import SoundPlayer
    from revdesk.ui.main_window import MainWindow

    store = SettingsStore()
    store.save(store.current.model_copy(update={"station_name": "DOCK-2",
                                                "operator_name": "Ana"}))
    core = StationCore(store)
    core.start()
    window = MainWindow(core, ErrorPresenter(dialogs=False), sounds=SoundPlayer(silent=True))
    window.show()
    seen: list[dict[str, Any]] = []
    try:
        assert window.screen().geometry().size().toTuple() == (width, height)
        model = window.model
        await until(lambda: model.rowCount() > 0 and not model.loading, "the returns list")
        pid = model.row_at(0).process_id
        # Looked up as the operator does (F7 + scan): a recent scan to measure rows by.
        window.scan_panel.set_action(LOOKUP)
        window.scan_panel.submit_text(pid)
        await until(lambda: window.detail.current_details() is not None, "the detail")
        await until(lambda: window.scan_panel.recent_model.rowCount() > 0, "a recent scan")
        window.list_panel.select_process(pid)
        # The window as at a first start (it fills the screen), a return with items open.
        items, recent, table = (window.detail.items_view, window.scan_panel.recent_view,
                                window.list_panel.view)
        await asyncio.sleep(0.1)
        seen.append({"name": "mainWindow", "geometry": window.geometry().getRect(),
                     "items_rows": items.viewport().height() / items.rowHeight(0),
                     "recent_rows": recent.viewport().height() / recent.sizeHintForRow(0),
                     "list_rows": table.viewport().height() / table.rowHeight(0)})
        labels, station, shift = (window.label_actions, window.station_actions,
                                  window.shift_actions)
        for action in (labels.manual_order, labels.create_order, labels.pickup,
                       labels.choose_printer, station.settings, station.about,
                       station.shortcuts, station.reversio, shift.show_outbox, shift.show_shelf,
                       shift.show_history, shift.sign_in, window.returns.bulk,
                       window.walkin_actions.walkin):
            before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
            action.trigger()

            def opened(before: set[int] = before) -> list[Any]:
                return [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]

            await until(opened, f"the dialog of {action.objectName()}")
            dialog = opened()[0]
            # Laid out, placed by the window manager and painted (the Qt loop runs meanwhile).
            await until(lambda dialog=dialog: dialog.frameGeometry().width() > 1, "its frame")
            await asyncio.sleep(0.1)
            if shots := os.environ.get("DIALOG_FIT_SHOTS"):  # to look at, under Xvfb
                await asyncio.sleep(0.3)
                window.screen().grabWindow(0).save(f"{shots}/{dialog.objectName()}.png")
            seen.append(describe(dialog) | {"action": action.objectName()})
            if dialog.objectName() == "settingsDialog":  # and the accounts it opens
                accounts = dialog.open_reversio_accounts()
                await until(lambda accounts=accounts: accounts.frameGeometry().width() > 1, "its frame")
                await asyncio.sleep(0.1)
                seen.append(describe(accounts) | {"action": action.objectName()})
                accounts.reject()
                more = dialog.open_rever_accounts()
                await until(lambda more=more: more.frameGeometry().width() > 1, "its frame")
                await asyncio.sleep(0.1)
                seen.append(describe(more) | {"action": action.objectName()})
                more.reject()
            dialog.reject()
            await until(lambda dialog=dialog: not dialog.isVisible(), "the dialog to close")
        return seen
    finally:
        window.close()
        await window.shutdown(grace=1)
        await core.aclose(grace=1)


def settings_beyond_view(language: str) -> list[str]:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QWidget

    from revdesk.settings_store import SettingsStore
    from revdesk.ui import translation
    from revdesk.ui.dialogs.settings import SettingsDialog
    from revdesk.ui.screen_fit import FormScroll

    assert translation.apply_language(language)
    dialog = SettingsDialog(SettingsStore())
    dialog.show()  # keep_on_screen() fits it to the screen
    QApplication.processEvents()
    scroll = dialog.findChild(FormScroll)
    form, view = scroll.widget(), scroll.viewport()
    found = [f"dialog {dialog.size().toTuple()} wider than the screen"
             ] if dialog.width() > dialog.screen().availableGeometry().width() else []
    for widget in form.findChildren(QWidget):
        if not widget.isVisible():
            continue
        right = widget.mapTo(view, QPoint(widget.width(), 0)).x()
        if right > view.width():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: ends at {right}, "
                         f"beyond the visible {view.width()}")
    return found


def run() -> int:
    import qasync

    from revdesk.ui.app import create_application

    if sys.argv[1] == "settings":
        create_application([])
        print(json.dumps(settings_beyond_view(sys.argv[2])))
        return 0

    width, height = int(sys.argv[1]), int(sys.argv[2])
    app = create_application([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        seen = loop.run_until_complete(main(width, height))
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(run())
