"""Windows that fit the screen they open on.

A dialog's own size (a table's natural width, a long form's height) can be more than a
1024x768 desk screen has: its buttons then open below the screen's edge, out of reach of
the mouse. :func:`keep_on_screen` makes a dialog, each time it is shown, no bigger than the
screen's available area less the window manager's frame, and moves it inside that area.
:class:`FormScroll` holds a form that is genuinely long: it asks for its whole height, so a
tall screen shows it all, and scrolls only where the screen is too short.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QLayout,
    QLineEdit,
    QScrollArea,
    QStyle,
    QWidget,
)

__all__ = ["FormScroll", "fit_to_screen", "grow_to_contents", "keep_on_screen", "room_for",
           "wrap_long_rows"]

#: The window manager's frame before it is known (a window never shown yet): borders and a
#: title bar as openbox and the common desktops draw them, with some to spare.
FRAME_GUESS = QMargins(6, 34, 6, 6)


def _frame(widget: QWidget) -> QMargins:
    """The frame around ``widget``'s client area: measured once it was shown, guessed before."""
    outer, inner = widget.frameGeometry(), widget.geometry()
    measured = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                        outer.right() - inner.right(), outer.bottom() - inner.bottom())
    if measured.top() <= 0 or not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
        return FRAME_GUESS
    return QMargins(max(measured.left(), FRAME_GUESS.left()),
                    max(measured.top(), FRAME_GUESS.top()),
                    max(measured.right(), FRAME_GUESS.right()),
                    max(measured.bottom(), FRAME_GUESS.bottom()))


def room_for(widget: QWidget) -> QRect | None:
    """Where ``widget``'s client area may be: its screen's available area (no panels, no
    dock) less the frame. None when there is no screen to ask."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    if screen is None:
        return None
    return screen.availableGeometry().marginsRemoved(_frame(widget))


def fit_to_screen(widget: QWidget) -> None:
    """Shrink ``widget`` (a window) to its screen's room and move it inside it."""
    room = room_for(widget)
    if room is None or room.isEmpty():
        return
    size = widget.size().boundedTo(room.size()).expandedTo(widget.minimumSize())
    if size != widget.size():
        widget.resize(size)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        # A dialog not placed yet is centred on its parent by QDialog.showEvent, after
        # this, within the screen: its size is what had to be right.
        return
    geometry = widget.geometry()
    x = min(max(geometry.x(), room.left()), max(room.left(), room.right() + 1 - size.width()))
    y = min(max(geometry.y(), room.top()), max(room.top(), room.bottom() + 1 - size.height()))
    if (x, y) != (geometry.x(), geometry.y()):
        widget.move(x + widget.x() - geometry.x(), y + widget.y() - geometry.y())


def grow_to_contents(window: QWidget) -> None:
    """Make ``window`` tall enough for wrapped lines set after it was shown (a result, an
    error), and keep it so: a window's layout grows it to its minimum size, which leaves
    out a wrapped label's extra lines, so they were cut top and bottom. Within the screen
    (a taller need scrolls or is cut there, as before)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())
    room = room_for(window)
    window.setMinimumHeight(min(need, room.height()) if room is not None else need)
    if need > window.height():
        window.resize(window.width(), need)
        fit_to_screen(window)


def wrap_long_rows(layout: QLayout | None) -> None:
    """A form whose field goes under its label where both do not fit side by side (a
    narrow screen), instead of both being cut."""
    if isinstance(layout, QFormLayout):
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


#: A line edit's frame and inner margins around its text, in pixels.
_EDIT_CHROME = 16


def room_for_hint(*edits: QLineEdit) -> None:
    """Each field at least as wide as its placeholder: a hint cut mid-word ("scan here to
    try the cle…") says nothing. In a form with :func:`wrap_long_rows`, a field that is
    then too wide beside its label goes under it."""
    for edit in edits:
        hint = edit.placeholderText()
        if not hint:
            continue
        margins = edit.textMargins()
        need = (edit.fontMetrics().horizontalAdvance(hint) + margins.left() + margins.right()
                + _EDIT_CHROME)
        if need > edit.minimumWidth():
            edit.setMinimumWidth(need)


class _FitOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Show comes before the window is mapped: resized and moved here, it never
        # appears off the screen first.
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_to_screen(watched)
        return False


def keep_on_screen(widget: QWidget) -> QWidget:
    """Fit ``widget`` (a dialog) to its screen each time it is shown; returns it."""
    fitter = _FitOnShow(widget)
    fitter.setObjectName("fitToScreen")
    widget.installEventFilter(fitter)
    return widget


class _WheelOnlyWhenFocused(QObject):
    """A combo box or spin box under the pointer while the form scrolls leaves the wheel to
    the scroll area unless it has the focus (QA r3: scrolling Settings changed "A shift
    starts" silently). Handed to the scroll area itself: Qt passes an ignored wheel event
    on to the parents only when it came from the window system."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget)
                and not watched.hasFocus()):
            QApplication.sendEvent(self._scroll.viewport(), event)
            event.accept()  # scrolled here, not again by a parent
            return True
        return False


class FormScroll(QScrollArea):
    """A long form in a frameless scroll area that asks for the form's whole size: the
    dialog is as tall as the form where the screen allows, and scrolls where it does not.
    (QScrollArea's own size hint stops at 24 lines of text, a scroll bar even on a tall
    screen.) Its combo boxes and spin boxes take the wheel only when they have the focus."""

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(form)
        self._wheel_filter = _WheelOnlyWhenFocused(self)
        self._guard_wheel()

    def _guard_wheel(self) -> None:
        form = self.widget()
        if form is None:
            return
        fields: list[QWidget] = [*form.findChildren(QComboBox),
                                 *form.findChildren(QAbstractSpinBox)]
        for field in fields:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel does not focus it
            field.installEventFilter(self._wheel_filter)  # once: Qt replaces a repeat

    def showEvent(self, event: QShowEvent) -> None:
        self._guard_wheel()  # and fields added to the form since
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        form = self.widget()
        hint = form.sizeHint() if form is not None else QSize(0, 0)
        # Room for the vertical bar, so the form is never narrower when it appears.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(hint.width() + bar + 2 * self.frameWidth(),
                     hint.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        form = self.widget()
        width = form.minimumSizeHint().width() if form is not None else 0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(width + bar, min(self.sizeHint().height(), 120))
