"""How the station looks: large type and strong colours, readable at arm's length in a
bright hall; colour is never the only signal (every result also has a symbol and words)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

#: Qt's name of the style the station uses on every OS.
STYLE = "fusion"
BASE_POINT_SIZE = 13
SCAN_BOX_POINT_SIZE = 26
BANNER_TITLE_POINT_SIZE = 34
BANNER_TEXT_POINT_SIZE = 18
ACTION_POINT_SIZE = 22

# Banner colours: white on dark green / dark red, black on amber (all above 4.5:1 contrast).
OK_BG, OK_FG = "#1b6e34", "#ffffff"
ERROR_BG, ERROR_FG = "#b3121f", "#ffffff"
NOTICE_BG, NOTICE_FG = "#f2b705", "#000000"
PENDING_BG, PENDING_FG = "#d9dde3", "#000000"
IDLE_BG, IDLE_FG = "#eef0f3", "#1d1f23"
SANDBOX_BG, SANDBOX_FG = "#6a1b9a", "#ffffff"
#: The text of a disabled control: plainly greyed against the button and window colours.
DISABLED_TEXT = "#8c9199"

#: Status cell colours (background, text). Unknown values get UNKNOWN_STATUS so they stand out.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "NO_SHIPPING_STATUS": ("#e6e6e6", "#000000"),
    "CREATED": ("#dbe7f6", "#0b2e59"),
    "COLLECTED": ("#c9defc", "#06306b"),
    "IN_WAREHOUSE": ("#c8ecd2", "#0b4a1f"),
    "ERROR": ("#f9c9cc", "#7a0710"),
    "CANCELED": ("#4a4a4a", "#ffffff"),
}
UNKNOWN_STATUS = ("#f3d9fa", "#5b0f73")


def status_colours(status: str) -> tuple[QColor, QColor]:
    bg, fg = STATUS_COLOURS.get(status, UNKNOWN_STATUS)
    return QColor(bg), QColor(fg)


def font(point_size: int, *, bold: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPointSize(point_size)
    f.setBold(bold)
    return f


def apply_theme(app: QApplication) -> None:
    """A light high-contrast palette and a large base font (on the Fusion style, which
    :func:`revdesk.ui.app.create_application` sets)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f3f7"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#e9ecf1"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0b57d0"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    # setColor(role, colour) above set the Disabled group too: a disabled button looked
    # exactly like an enabled one (QA r3, "Print slip" before Create link). Grey text there.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    app.setPalette(palette)
    base = QFont(app.font())
    base.setPointSize(BASE_POINT_SIZE)
    app.setFont(base)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as the string it is. Qt renders a tooltip as rich
    text when it guesses so from a tag before its first line break: a product named
    ``<img src="file:///...">`` would be drawn, not shown. Escaped and wrapped, every
    character (line breaks and runs of spaces too) is shown as it is."""
    if not text:
        return text
    # The three characters markup gives a meaning to in text (html.escape with quote=False);
    # not html itself, whose entity table the start-up does not need (startup.py).
    escaped = text.translate(_MARKUP)
    return '<qt><p style="white-space:pre-wrap">' + escaped + "</p></qt>"


_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def plain_text(*labels: QLabel) -> None:
    """Show each label's text as the string it is. A QLabel guesses rich text from a '<'
    otherwise: a customer named ``<img src="file:///...">`` would be rendered, not shown.
    For every label that shows REVER's, a merchant's or a scanner's text."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
