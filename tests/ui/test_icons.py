"""The window's symbols are drawn, not a font's glyphs: the fonts of a bare Linux install
have no ⏳ or ⓘ, and the banner showed an empty box where the operator looks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded

from revdesk.domain.scanning import LOOKUP
from revdesk.ui.icons import Symbol, pixmap

#: Symbol characters the fonts of a bare Linux install may lack (an empty box on screen).
GLYPHS = set("✔✖⚠⏳ⓘ↶▮●")


def test_every_symbol_is_drawn_without_a_font(qapp: QApplication) -> None:
    drawn = {}
    for symbol in Symbol:
        image = pixmap(symbol, 32, "#000000").toImage()
        opaque = [(x, y) for x in range(32) for y in range(32)
                  if image.pixelColor(x, y).alpha() > 128]
        assert len(opaque) > 32, symbol  # something is drawn, not a blank
        assert len(opaque) < 32 * 32 * 0.8, symbol  # and not a filled square (a box)
        drawn[symbol] = frozenset(opaque)
    assert len(set(drawn.values())) == len(Symbol)  # each its own shape


def test_the_window_shows_drawn_symbols_not_font_glyphs(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    panel = window.scan_panel
    banner = panel.banner

    def no_glyph_anywhere() -> None:
        assert banner.symbol.text() == "" and not banner.symbol.pixmap().isNull()
        texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
        texts += [str(panel.recent_model.index(r, 0).data())
                  for r in range(panel.recent_model.rowCount())]
        texts += [str(window.model.index(r, 0).data()) for r in range(5)]
        assert not [t for t in texts if GLYPHS & set(t)]

    no_glyph_anywhere()  # ready: a drawn barcode
    assert banner.shown_symbol is Symbol.READY
    pid = window.model.row_at(2).process_id
    panel.submit_text(pid)
    qtbot.waitUntil(lambda: banner.result is not None and banner.result.is_final,
                    timeout=10_000)
    assert banner.shown_symbol is Symbol.OK
    panel.submit_text("RP-999999")  # unknown: red, a drawn ✖
    qtbot.waitUntil(lambda: banner.shown_symbol is Symbol.ERROR, timeout=10_000)
    window.scan_panel.set_action(LOOKUP)
    panel.submit_text(pid)  # looked up: a drawn ⓘ
    qtbot.waitUntil(lambda: banner.shown_symbol is Symbol.INFO, timeout=10_000)
    no_glyph_anywhere()
    first = panel.recent_model.index(0, 0)
    assert isinstance(first.data(Qt.ItemDataRole.DecorationRole), QIcon)
    window.model.set_marks({pid: (True, "set")})
    assert isinstance(window.model.index(window.model.row_of(pid) or 0, 0).data(
        Qt.ItemDataRole.DecorationRole), QIcon)
    no_glyph_anywhere()
    assert window.header.state_dot.pixmap() is not None
    assert not window.header.state_dot.pixmap().isNull()
