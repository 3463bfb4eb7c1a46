"""The top of the window: an unmistakable sandbox banner, who and where this station is, and
the connection state with the backend address, always visible."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from revdesk.domain.connection import ConnectionState
from revdesk.i18n import translate

from . import theme
from .fitting_text import FittingLabel
from .icons import Symbol, pixmap

STATE_COLOURS = {
    ConnectionState.UNKNOWN: "#5f6368",
    ConnectionState.ONLINE: theme.OK_BG,
    ConnectionState.OFFLINE: "#b06000",
    ConnectionState.AUTH_FAILED: theme.ERROR_BG,
    ConnectionState.NOT_CONFIGURED: theme.ERROR_BG,
    ConnectionState.CERTIFICATE_INVALID: theme.ERROR_BG,
}


class ClickableLabel(FittingLabel):
    """A label that opens something when clicked (the queued counter, the operator name)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, min_chars: int | None = 14) -> None:
        super().__init__(parent=parent, min_chars=min_chars)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StationHeader(QWidget):
    #: The queued/failed counter was clicked: show the outbox.
    queued_clicked = Signal()
    #: The operator name was clicked: the next operator signs in.
    operator_clicked = Signal()

    def __init__(self, *, is_sandbox: bool, backend_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationHeader")
        self.backend_label = backend_label
        # Whole on a wide screen; on a 1024 px one a shorter wording, never a cut one.
        self.sandbox_banner = FittingLabel([
            translate("StationHeader", "SANDBOX — practice data. Nothing you scan here changes a real return "
                    "in REVER."),
            translate("StationHeader", "SANDBOX — practice data: nothing here changes REVER."),
            translate("StationHeader", "SANDBOX — practice data"),
            translate("StationHeader", "SANDBOX")], self)
        self.sandbox_banner.setObjectName("sandboxBanner")
        self.sandbox_banner.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE, bold=True))
        self.sandbox_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sandbox_banner.setStyleSheet(
            f"background-color: {theme.SANDBOX_BG}; color: {theme.SANDBOX_FG};"
            "padding: 3px 6px; border-bottom: 4px dashed #ffd54f;")
        self.sandbox_banner.setVisible(is_sandbox)
        # Each says the same in fewer words on a narrow screen before anything is cut.
        self.identity = FittingLabel(parent=self, min_chars=16)
        self.identity.setObjectName("stationIdentity")
        self.identity.setFont(theme.font(theme.BASE_POINT_SIZE + 1, bold=True))
        # The state and the address it is about: the last thing on the row to give up room
        # (the state itself, first on the line, still whole on a 1024 px screen).
        self.connection = FittingLabel(parent=self, min_chars=14)
        self.state_dot = QLabel(self)  # drawn: no font's ● needed (icons.py)
        self.state_dot.setObjectName("connectionDot")
        self.connection.setObjectName("connectionState")
        self.connection.setFont(theme.font(theme.BASE_POINT_SIZE + 1, bold=True))
        self.connection.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.operator = ClickableLabel(self)
        self.operator.setObjectName("operatorName")
        self.operator.setFont(theme.font(theme.BASE_POINT_SIZE + 1, bold=True))
        self.operator.setToolTip(translate("StationHeader", "Click to sign in with your name"))
        self.operator.clicked.connect(self.operator_clicked)
        # Whole, always: "12 queued · 3 failed" cut short would hide the failures.
        self.queued = ClickableLabel(self, min_chars=None)
        self.queued.setObjectName("queuedCount")
        self.queued.setToolTip(translate("StationHeader", "Click to see the changes waiting to be sent"))
        self.queued.clicked.connect(self.queued_clicked)
        self.queued.setFont(theme.font(theme.BASE_POINT_SIZE + 1, bold=True))
        self.queued.setStyleSheet(f"background: {theme.NOTICE_BG}; color: {theme.NOTICE_FG};"
                                  "border-radius: 4px; padding: 2px 8px;")
        self.queued.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.identity)
        row.addSpacing(12)
        row.addWidget(self.operator)
        row.addStretch(1)
        row.addWidget(self.queued)
        row.addSpacing(12)
        row.addWidget(self.state_dot)
        row.addSpacing(4)
        row.addWidget(self.connection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sandbox_banner)
        layout.addLayout(row)
        self.state = ConnectionState.UNKNOWN
        self.set_state(ConnectionState.UNKNOWN)

    def set_identity(self, ecommerce: str, station: str, operator: str) -> None:
        shop = ecommerce or translate("StationHeader", "no e-commerce set")
        self.identity.set_wordings([
            " · ".join([shop, translate("StationHeader", "station {name}").format(name=station)]),
            " · ".join([shop, station]), station])
        # The operator's own name, apart and clickable: whoever starts a shift signs in
        # here, without the lead's settings.
        self.operator.set_wordings(
            [translate("StationHeader", "operator {name}").format(name=operator), operator]
            if operator
            else [translate("StationHeader", "no operator: click to sign in"),
                  translate("StationHeader", "sign in")])
        # Not amber: amber is "queued" on this screen.
        self.operator.setStyleSheet("" if operator else "color: #5f6368; text-decoration: underline;")

    def state_text(self, state: ConnectionState) -> str:
        return {
            ConnectionState.UNKNOWN: translate("StationHeader", "connecting…"),
            ConnectionState.ONLINE: translate("StationHeader", "online"),
            ConnectionState.OFFLINE: translate("StationHeader", "OFFLINE"),
            ConnectionState.AUTH_FAILED: translate("StationHeader", "API KEY REFUSED"),
            ConnectionState.NOT_CONFIGURED: translate("StationHeader", "NOT CONFIGURED"),
            ConnectionState.CERTIFICATE_INVALID: translate(
                "StationHeader", "REVER'S CERTIFICATE IS NOT VALID"
            ),
        }[state]

    def set_state(self, state: ConnectionState, detail: str = "") -> None:
        self.state = state
        colour = STATE_COLOURS[state]
        # The state whole before the address it is about.
        self.connection.set_wordings(
            [f"{self.state_text(state)} — {self.backend_label}", self.state_text(state)]
        )
        size = self.connection.fontMetrics().height() * 3 // 4
        self.state_dot.setPixmap(pixmap(Symbol.DOT, size, colour, self.devicePixelRatioF()))
        self.connection.setToolTip(detail)
        self.connection.setStyleSheet(f"color: {colour};")

    def set_queued(self, pending: int, failed: int = 0) -> None:
        """Changes accepted but not delivered yet (the outbox), always visible when any."""
        parts = []
        if pending:
            parts.append(translate("StationHeader", "%n queued", "", pending))
        if failed:
            parts.append(translate("StationHeader", "%n failed", "", failed))
        self.queued.setText(" · ".join(parts))
        self.queued.setVisible(bool(parts))
