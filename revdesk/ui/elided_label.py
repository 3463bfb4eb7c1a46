"""A one-line label that never widens the window: long text is cut to fit, whole in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """One line that gives up width before the window does. A long station or operator name,
    or a long API address, would otherwise widen the window past the screen (a plain QLabel
    will not be narrower than its text) and push the list and the detail out of sight. Here
    the text is cut with "…" to the width the layout gives it, and the tooltip shows it whole.
    ``text()`` is always the whole text."""

    def __init__(self, parent: QWidget | None = None, *, min_chars: int | None = 14) -> None:
        """``min_chars``: never narrower than this many average characters, cut or not; a
        label with more of them keeps more of its text when the row is short of room.
        ``None``: never cut (a short count that must stay whole)."""
        super().__init__(parent)
        # Names and addresses, never markup (see theme.plain_text; no import of theme here).
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.min_chars = min_chars
        self._full = ""
        self._tip = ""

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._fit()
        self.updateGeometry()

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def setToolTip(self, tip: str) -> None:  # type: ignore[override]
        self._tip = tip
        self._fit()

    def is_cut(self) -> bool:
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        # What the whole text needs (padding from a style sheet included), not the cut one,
        # so that the label takes its full width back when there is room again.
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self._full) - metrics.horizontalAdvance(super().text())
        return QSize(hint.width() + max(0, extra), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        whole = self.sizeHint().width()
        if self.min_chars is None:
            return QSize(whole, hint.height())
        floor = self.fontMetrics().averageCharWidth() * self.min_chars
        return QSize(min(whole, floor), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(0, self.contentsRect().width()))
        if shown != super().text():
            super().setText(shown)
        cut = shown != self._full
        tip = "\n".join(t for t in (self._full if cut else "", self._tip) if t)
        if tip != super().toolTip():
            super().setToolTip(tip)
