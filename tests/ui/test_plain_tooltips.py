"""Tooltips of rows that hold REVER's, Storefront's or Revers.io's text (the walk-in items,
Revers.io's refusals, the return's items) show a tag as the text it is: Qt would otherwise
draw a tooltip with a tag before its first line break as rich text."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from revdesk.ui import theme
from revdesk.ui.simple_models import RowsModel

HOSTILE = '<img src="file:///etc/x.png"><b>Linen</b>  &amp;\nshirt'


def shown_as(tooltip: str) -> str:
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QtGui.QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_rows_tooltip_shows_its_text_as_it_is(qapp: QApplication) -> None:
    model = RowsModel(["Field", "Problem"])
    model.set_rows([("products[0]", HOSTILE)])
    assert model.index(0, 1).data() == HOSTILE
    assert shown_as(model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)) == HOSTILE


def test_plain_tooltip_keeps_every_character(qapp: QApplication) -> None:
    for text in ("", "plain", "a < b > c", "  two  spaces ", "<p>x</p>\n<b>y</b>", "&lt;"):
        assert shown_as(theme.plain_tooltip(text)) == text
