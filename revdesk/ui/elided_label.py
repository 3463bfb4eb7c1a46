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


class LinesLabel(QLabel):
    """Wrapped lines that give up height before anything else is cut: as many whole lines
    as the room the layout gives, the last one ended with "…" when the text needs more,
    the whole text in the tooltip. Asks for the whole text's height and settles for one
    line: at 1024x768 a Spanish banner detail or empty-list reason, wrapped in a plain
    label, lost its first and last lines, cut through the letters (QA of issue 19, L15).
    ``text()`` is always the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # REVER's words, a scanned text
        self.setWordWrap(True)
        self._full = ""
        self._tip = ""

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        super().setText(text)  # measured whole by the layout first
        self._fit()
        self.updateGeometry()

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def shown(self) -> str:
        return super().text()

    def is_cut(self) -> bool:
        return self.shown() != self._full

    def setToolTip(self, tip: str) -> None:  # type: ignore[override]
        self._tip = tip
        self._fit()

    def _height_of(self, text: str, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        # From the top: a vertically centred rectangle rounds a pixel either way.
        horizontal = self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
        flags = int(horizontal) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        return (self.fontMetrics().boundingRect(0, 0, inner, 100_000, flags, text).height()
                + margins.top() + margins.bottom() + 2 * self.margin())

    def heightForWidth(self, width: int) -> int:
        return self._height_of(self._full, width)

    def hasHeightForWidth(self) -> bool:
        # A layout takes a height for width as the least it may give: the whole text's
        # height would be taken from the list's rows. The size hint asks for it instead.
        return False

    def fits(self) -> bool:
        """Whether what it shows is whole in its height (the last line may be "…")."""
        return self._height_of(self.shown(), self.width()) <= self.height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.width() if self.width() > 1 else hint.width()
        return QSize(hint.width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        one_line = self._height_of("X", max(1, hint.width()))
        return QSize(hint.width(), one_line)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width, room = self.width(), self.height()
        shown = self._full
        if self._height_of(shown, width) > room:
            # The longest start, cut at a space where it can be, that fits with "…".
            low, high = 0, len(self._full)
            while low < high:
                middle = (low + high + 1) // 2
                if self._height_of(self._full[:middle].rstrip() + "…", width) <= room:
                    low = middle
                else:
                    high = middle - 1
            start = self._full[:low]
            space = start.rfind(" ")
            if space > len(start) // 2:
                start = start[:space]
            shown = start.rstrip() + "…"
        if shown != super().text():
            super().setText(shown)
        tip = "\n".join(t for t in (self._full if shown != self._full else "", self._tip) if t)
        if tip != super().toolTip():
            super().setToolTip(tip)
