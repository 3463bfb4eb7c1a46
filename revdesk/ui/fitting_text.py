"""A label or a button that says the longest of its wordings that fits, the whole one in its
tooltip. Where a cut text would lose the point ("SANDBOX — practice data … in REV", "Set
status of selec…"), a designer writes a shorter wording for a narrow window instead: these
take the room the layout gives them and never ask for more than their shortest wording, so
the window fits a 1024x768 screen and says everything whole on a wide one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget


def _plain(text: str) -> str:
    """The text as drawn: an access key's "&" takes no room ("&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Wordings:
    """What FittingLabel and FittingButton share: the wordings, longest (the whole one)
    first, measured by the widget's ``advance``."""

    def __init__(self, wordings: Sequence[str], advance: Callable[[str], int]) -> None:
        self.wordings = list(wordings) or [""]
        self.advance = advance

    def widest(self) -> int:
        return max(self.advance(w) for w in self.wordings)

    def narrowest(self) -> int:
        return min(self.advance(w) for w in self.wordings)

    def choose(self, room: int) -> str:
        for wording in self.wordings:
            if self.advance(wording) <= room:
                return wording
        return self.wordings[-1]


class FittingLabel(QLabel):
    """One line that says ``wordings[0]`` when there is room, else the first shorter wording
    that fits, else the shortest one cut with "…". Whatever is not shown whole is whole in
    the tooltip. ``text()`` is the whole wording (``setText`` gives just one), ``shown()``
    what the label shows.

    ``min_chars``: the label may be narrower than its shortest wording, down to this many
    average characters (cut then); ``None``: never narrower than the shortest wording."""

    def __init__(self, wordings: Sequence[str] = (), parent: QWidget | None = None, *,
                 min_chars: int | None = None) -> None:
        super().__init__(parent)
        # Names, counts, REVER's words: never markup (see theme.plain_text).
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.min_chars = min_chars
        self._wordings = _Wordings(wordings, self._advance)
        self._tip = ""
        self._fit()

    def set_wordings(self, wordings: Sequence[str]) -> None:
        self._wordings = _Wordings(wordings, self._advance)
        self._fit()
        self.updateGeometry()

    def setText(self, text: str) -> None:  # type: ignore[override]
        self.set_wordings([text])

    def text(self) -> str:  # type: ignore[override]
        return self._wordings.wordings[0]

    def shown(self) -> str:
        return super().text()

    def is_cut(self) -> bool:
        return self.shown() != self.text()

    def setToolTip(self, tip: str) -> None:  # type: ignore[override]
        self._tip = tip
        self._fit()

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(_plain(text))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._wordings.widest() - self._advance(self.shown()),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = hint.width() + self._wordings.narrowest() - self._advance(self.shown())
        if self.min_chars is not None:
            shortest = min(shortest, self.fontMetrics().averageCharWidth() * self.min_chars)
        return QSize(shortest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self._wordings.choose(room)
        if self._advance(shown) > room:
            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != super().text():
            super().setText(shown)
        whole = self.text()
        tip = "\n".join(t for t in (_plain(whole) if shown != whole else "", self._tip) if t)
        if tip != super().toolTip():
            super().setToolTip(tip)


class FittingButton(QPushButton):
    """A push button whose text is the longest of its wordings that fits (the same access
    key in each); the whole wording is in the tooltip when a shorter one is shown."""

    def __init__(self, wordings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wordings = _Wordings(wordings, self._advance)
        self._tip = ""
        # A push button's own policy never gives up its size hint: this one may, down to
        # its shortest wording.
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self.setText(self._wordings.wordings[0])
        self._fit()

    def whole(self) -> str:
        return self._wordings.wordings[0]

    def setToolTip(self, tip: str) -> None:  # type: ignore[override]
        self._tip = tip
        self._fit()

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(_plain(text))

    def _padding(self) -> int:
        """The room the button's frame and margins take around its text."""
        return super().sizeHint().width() - self._advance(self.text())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + max(0, self._wordings.widest() - self._advance(self.text())),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._wordings.narrowest() - self._advance(self.text()),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self._wordings.choose(self.width() - self._padding())
        if shown != self.text():
            self.setText(shown)
        whole = self.whole()
        tip = "\n".join(t for t in (_plain(whole) if shown != whole else "", self._tip) if t)
        if tip != super().toolTip():
            super().setToolTip(tip)


class FittingPlaceholder(QObject):
    """Keeps the longest of ``texts`` that fits as ``edit``'s placeholder (a cut one reads
    "Scan here (or type a process id and E…")."""

    #: What a line edit's frame, padding and text margins take of its width.
    MARGIN = 44

    def __init__(self, edit: QLineEdit, texts: Sequence[str]) -> None:
        super().__init__(edit)
        self.edit = edit
        self.texts = list(texts)
        edit.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        room = self.edit.width() - self.MARGIN
        metrics = self.edit.fontMetrics()
        fits = [t for t in self.texts if metrics.horizontalAdvance(t) <= room]
        self.edit.setPlaceholderText(fits[0] if fits else self.texts[-1])


class ScaledLabel(QLabel):
    """A headline that keeps to one line by getting smaller, from its font's size down to
    ``floor`` points, before it wraps: the banner's "RP-100498  IN_WAREHOUSE" whole and
    large on a 1024 px screen, and never a reason for the window to be wider than it."""

    def __init__(self, parent: QWidget | None = None, *, floor: int = 20) -> None:
        super().__init__(parent)
        self.setWordWrap(True)  # beyond the floor: wrapped, never wider than the window
        self.floor = floor
        self._size: float | None = None  # the font's own size, set with setFont

    def setFont(self, font: QFont) -> None:  # type: ignore[override]
        self._size = font.pointSizeF()
        super().setFont(font)
        self._fit()

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def point_size(self) -> float:
        return self.font().pointSizeF()

    def _fit(self) -> None:
        if self._size is None:
            return
        room = self.contentsRect().width()
        font = QFont(self.font())
        size = self._size
        while size > self.floor:
            font.setPointSizeF(size)
            if QFontMetrics(font).horizontalAdvance(self.text()) <= room:
                break
            size -= 1
        if size != self.font().pointSizeF():
            font.setPointSizeF(max(size, self.floor))
            super().setFont(font)
