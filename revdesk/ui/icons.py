"""The window's symbols (✔ ✖ ⚠ ⏳ ⓘ ↶ …, the ready barcode, the connection dot) drawn with
QPainter, not typed in a font. The fonts of a bare Linux install have no ⏳ or ⓘ: the
banner showed an empty box exactly where the operator looks first. Lines and shapes need
no font at all, and stay sharp at any size and screen scale."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


class Symbol(StrEnum):
    OK = "ok"  # ✔
    ERROR = "error"  # ✖
    WARNING = "warning"  # ⚠
    QUEUED = "queued"  # ⏳
    INFO = "info"  # ⓘ
    UNDO = "undo"  # ↶
    PENDING = "pending"  # …
    READY = "ready"  # a barcode: scan a parcel
    DOT = "dot"  # ●


def _draw(painter: QPainter, symbol: Symbol, colour: QColor) -> None:
    """``symbol`` in the unit square (the painter scaled to the pixmap)."""
    pen = QPen(colour, 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    fill = QBrush(colour)
    if symbol is Symbol.OK:
        path = QPainterPath(QPointF(0.16, 0.55))
        path.lineTo(0.4, 0.78)
        path.lineTo(0.86, 0.24)
        painter.drawPath(path)
    elif symbol is Symbol.ERROR:
        painter.drawLine(QPointF(0.22, 0.22), QPointF(0.78, 0.78))
        painter.drawLine(QPointF(0.78, 0.22), QPointF(0.22, 0.78))
    elif symbol is Symbol.WARNING:
        pen.setWidthF(0.09)
        painter.setPen(pen)
        path = QPainterPath(QPointF(0.5, 0.1))
        path.lineTo(0.94, 0.88)
        path.lineTo(0.06, 0.88)
        path.closeSubpath()
        painter.drawPath(path)
        pen.setWidthF(0.11)
        painter.setPen(pen)
        painter.drawLine(QPointF(0.5, 0.38), QPointF(0.5, 0.6))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0.5, 0.75), 0.065, 0.065)
    elif symbol is Symbol.QUEUED:
        pen.setWidthF(0.08)
        painter.setPen(pen)
        painter.drawLine(QPointF(0.2, 0.1), QPointF(0.8, 0.1))
        painter.drawLine(QPointF(0.2, 0.9), QPointF(0.8, 0.9))
        glass = QPainterPath(QPointF(0.28, 0.1))
        glass.lineTo(0.72, 0.1)
        glass.lineTo(0.52, 0.5)
        glass.lineTo(0.72, 0.9)
        glass.lineTo(0.28, 0.9)
        glass.lineTo(0.48, 0.5)
        glass.closeSubpath()
        painter.drawPath(glass)
        sand = QPainterPath(QPointF(0.5, 0.62))
        sand.lineTo(0.66, 0.86)
        sand.lineTo(0.34, 0.86)
        sand.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPath(sand)
    elif symbol is Symbol.INFO:
        pen.setWidthF(0.09)
        painter.setPen(pen)
        painter.drawEllipse(QPointF(0.5, 0.5), 0.42, 0.42)
        pen.setWidthF(0.12)
        painter.setPen(pen)
        painter.drawLine(QPointF(0.5, 0.46), QPointF(0.5, 0.72))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0.5, 0.29), 0.07, 0.07)
    elif symbol is Symbol.UNDO:
        path = QPainterPath(QPointF(0.72, 0.82))
        path.cubicTo(0.98, 0.5, 0.7, 0.2, 0.4, 0.28)
        path.lineTo(0.24, 0.34)
        painter.drawPath(path)
        head = QPainterPath(QPointF(0.36, 0.14))
        head.lineTo(0.2, 0.36)
        head.lineTo(0.44, 0.48)
        painter.drawPath(head)
    elif symbol is Symbol.PENDING:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        for x in (0.2, 0.5, 0.8):
            painter.drawEllipse(QPointF(x, 0.55), 0.08, 0.08)
    elif symbol is Symbol.READY:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        x = 0.1
        for width in (0.06, 0.03, 0.09, 0.03, 0.05, 0.03, 0.09, 0.04, 0.06, 0.03):
            painter.drawRect(QRectF(x, 0.18, width, 0.64))
            x += width + 0.04
    elif symbol is Symbol.DOT:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0.5, 0.5), 0.36, 0.36)


@cache
def pixmap(symbol: Symbol, size: int, colour: str, ratio: float = 1.0) -> QPixmap:
    """``symbol`` drawn ``size`` logical pixels square in ``colour`` ("#rrggbb"), for a
    screen of device pixel ratio ``ratio``; transparent around it."""
    side = max(1, round(size * ratio))
    image = QPixmap(side, side)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(side, side)
    _draw(painter, Symbol(symbol), QColor(colour))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


@cache
def icon(symbol: Symbol, colour: str) -> QIcon:
    """``symbol`` as an icon for item views and buttons (16, 24 and 32 px drawn)."""
    result = QIcon()
    for size in (16, 24, 32):
        result.addPixmap(pixmap(symbol, size, colour, 1.0))
    return result
