"""The red strip under the header while parcels wait to be pulled back: "REVER refused
RP-… — pull the parcel back; see the shelf". It is apart from the scan banner, which stays
with the parcel in hand; a refusal that arrives later gets its own place, and the notice
sound once. :class:`ShelfWatch` keeps it true: after each outcome of this station, and every
few seconds for what another process on the data folder (``revdesk outbox flush``) was
refused."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from revdesk.core import StationCore
from revdesk.domain import shelf
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import Severity
from revdesk.domain.shelf import ShelfItem
from revdesk.i18n import translate

from . import theme
from .bridge import CoreBridge
from .feedback import SoundPlayer
from .fitting_text import FittingLabel
from .shelf_model import advice_text

log = logging.getLogger(__name__)

#: Outcomes come one per change: the shelf is read again at most this often.
REFRESH_DELAY_MS = 200
#: What another process was refused shows this soon at the latest.
POLL_MS = 15_000


class ShelfBanner(QFrame):
    """Hidden while the shelf is empty; ``open_clicked``: the operator wants the shelf."""

    open_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelfBanner")
        self.setStyleSheet(
            f"#shelfBanner {{ background: {theme.ERROR_BG}; border-radius: 6px; }}"
            f"#shelfBanner QLabel {{ color: {theme.ERROR_FG}; background: transparent; }}"
            f"#shelfBanner QToolButton {{ color: {theme.ERROR_FG}; background: transparent;"
            f" border: 2px solid {theme.ERROR_FG}; border-radius: 6px; padding: 4px 10px; }}")
        # Fewer words on a narrow screen, never a cut id (the whole line in the tooltip).
        self.title = FittingLabel(parent=self)
        self.title.setObjectName("shelfBannerTitle")
        self.title.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE, bold=True))
        # One line, as the title: wrapped to two or three on a 1024 px screen it took the
        # returns list's last rows (QA of issue 15, F8). What to do is whole on the shelf
        # and in the tooltip.
        self.detail = FittingLabel(parent=self, min_chars=20)
        self.detail.setObjectName("shelfBannerDetail")
        self.detail.setFont(theme.font(theme.BASE_POINT_SIZE + 1))
        theme.plain_text(self.title, self.detail)  # a process id, a customer, REVER's words
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openShelf")
        self.open_button.setText(translate("ShelfBanner", "See the shelf"))
        self.open_button.setFont(theme.font(theme.BASE_POINT_SIZE + 1, bold=True))
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan box keeps focus
        self.open_button.clicked.connect(self.open_clicked)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addLayout(text, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def show_items(self, items: Sequence[ShelfItem]) -> None:
        """Name the latest parcel refused (``items`` come latest first), and how many more."""
        if not items:
            self.setVisible(False)
            return
        latest = items[0]
        pid = latest.process_id
        self.title.set_wordings(
            [
                translate("ShelfBanner", "REVER refused {pid} — pull the parcel back; see the shelf").format(
                    pid=pid
                ),
                translate("ShelfBanner", "REVER refused {pid} — pull the parcel back").format(pid=pid),
                translate("ShelfBanner", "Refused: {pid}").format(pid=pid),
            ]
        )
        who = [p for p in (latest.customer, latest.order_number) if p]
        others = len(items) - 1
        more = (
            [translate("ShelfBanner", "%n more on the shelf", "", others)]
            if len(items) > 1
            else []
        )
        self.detail.set_wordings(
            [" · ".join([*who, advice_text(latest), *more]), " · ".join([*who, *more]) or pid]
        )
        self.setAccessibleName(f"{self.title.text()}. {self.detail.text()}")
        self.setVisible(True)


class ShelfWatch(QObject):
    """Keeps ``banner`` true to the shelf of ``core``'s outbox; ``changed`` carries the
    shelf each time it was read."""

    changed = Signal(object)

    def __init__(
        self,
        core: StationCore,
        bridge: CoreBridge,
        banner: ShelfBanner,
        sounds: SoundPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.banner = banner
        self.sounds = sounds
        self.items: list[ShelfItem] = []
        self._known: set[int] | None = None  # None until the first read: no sound then
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)
        if core.outbox is None:
            return  # not connected: nothing can be refused
        self.poll.start()
        bridge.outbox_changed.connect(self._on_result)
        self.refresh()

    def _on_result(self, result: object) -> None:
        # A refusal puts a parcel on the shelf; a delivered change of its return (scanned
        # again, online) takes it off (the outbox drops the older refused change).
        # None: another process changed the outbox file (it may have done either).
        outcome = getattr(result, "outcome", None)
        if (result is None or outcome in (Outcome.FAILED, Outcome.DELIVERED)) and not self._later.isActive():
            self._later.start()

    def refresh(self) -> None:
        """Read the shelf again; a parcel new on it is announced (banner and sound)."""
        outbox = self.core.outbox
        if outbox is None or self.core.audit.closed:  # the station is closing
            return
        items = shelf.shelf(outbox.store, self.core.index)
        ids = {i.entry.id for i in items}
        new = self._known is not None and bool(ids - self._known)
        self._known = ids
        self.items = items
        self.banner.show_items(items)
        if new and self.sounds is not None:
            self.sounds.play(Severity.NOTICE)
        self.changed.emit(items)
