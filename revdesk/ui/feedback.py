"""What the operator sees and hears after a scan: the result banner (green / amber / red,
with a symbol and words, readable from a metre) and the success / notice / error sounds."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from revdesk.domain.outcomes import Outcome
from revdesk.domain.scan_resolution import Attempt
from revdesk.domain.scanning import (
    LOOKUP,
    UNDO_WITHOUT_ASKING_S,
    Refusal,
    ScanResult,
    Severity,
    visible_raw,
)
from revdesk.i18n import translate

from . import theme
from .errors import api_message
from .fitting_text import ScaledLabel
from .icons import Symbol, pixmap
from .resources import resource

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Wording:
    symbol: Symbol  # drawn, never a font's glyph (icons.py)
    title: str
    detail: str
    #: The whole read when the words show it cut ("…"): the banner's tooltip.
    whole: str = ""


#: The most of a read the banner's words show; a longer one is cut with "…" (as
#: domain/status.py does), its whole text in the tooltip.
SHOWN_READ = 40


def _cut(text: str) -> str:
    return text[:SHOWN_READ] + "…" if len(text) > SHOWN_READ else text


def _who(result: ScanResult) -> str:
    """The customer, and at a station of several REVER accounts whose return it is (a 3PL
    desk puts each merchant's parcels on its own shelf)."""
    account = result.process.account if result.process is not None else ""
    return _join(result.customer_name, account)


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _how(result: ScanResult) -> str:
    """How a carrier or order barcode led to the return ("tracking 1Z9W… → RP-100473")."""
    return result.resolution.how if result.resolution is not None else ""


def describe(result: ScanResult) -> Wording:
    """The banner's words for a scan result, in the operator's language."""
    pid = result.process_id or result.cleaned
    whole = next((t for t in (pid, result.cleaned, visible_raw(result.raw).strip())
                  if len(t) > SHOWN_READ), "")
    return replace(_describe_all(result, pid), whole=whole)


def _describe_all(result: ScanResult, pid: str) -> Wording:
    reason = api_message(result.error) if result.error is not None else ""
    o = result.outcome
    if o is Outcome.PENDING:
        if result.is_undo:
            return Wording(Symbol.PENDING, translate("Feedback", "Undo: sending…"), "")
        return Wording(
            Symbol.PENDING,
            translate("Feedback", "{pid}: sending…").format(pid=_cut(pid)),
            translate("Feedback", "Waiting for REVER's answer."),
        )
    wording = _describe(result, pid, reason, o)
    how = _how(result)
    if how and o not in (Outcome.MATCHES, Outcome.NOT_FOUND):
        return Wording(wording.symbol, wording.title, _join(how, wording.detail))
    return wording


def _describe(result: ScanResult, pid: str, reason: str, o: Outcome) -> Wording:
    if o is Outcome.DELIVERED:
        was = translate("Feedback", "was {status}").format(
            status=result.previous_status or translate("Feedback", "unknown")
        )
        return Wording(Symbol.OK, f"{pid}  {result.new_status}", _join(_who(result), was))
    if o is Outcome.QUEUED:
        verb = (
            translate("Feedback", "undo of {pid} queued")
            if result.is_undo
            else translate("Feedback", "{pid} {status} queued")
        )
        return Wording(
            Symbol.QUEUED,
            verb.format(pid=pid, status=result.new_status),
            translate("Feedback", "No connection: it will be sent as soon as REVER answers."),
        )
    if o is Outcome.SUPERSEDED:
        # Settled late, or final at once: a person changed the return after the scan
        # (the reason then says who and to what, domain/status.py NewerChange).
        title = translate("Feedback", "{pid} {status} not sent").format(
            pid=pid, status=result.new_status or result.action
        )
        return Wording(
            Symbol.WARNING,
            title,
            reason
            or translate(
                "Feedback",
                "A later change of this return replaced it (a later scan, the terminal or another window).",
            ),
        )
    if o is Outcome.ALREADY:
        return Wording(
            Symbol.WARNING,
            translate("Feedback", "{pid} already {status}").format(pid=pid, status=result.new_status),
            _join(_who(result), translate("Feedback", "nothing changed (scanned twice?)")),
        )
    if o is Outcome.LOOKED_UP:
        status = result.process.shipping_status if result.process else ""
        return Wording(
            Symbol.INFO, f"{pid}  {status}", _join(_who(result), translate("Feedback", "shown in the detail"))
        )
    if o is Outcome.MATCHES:
        matches = len(result.matches)
        title = translate("Feedback", "%n returns match “{text}”", "", matches).format(
            text=_cut(result.cleaned))
        if result.action != LOOKUP:
            return Wording(
                Symbol.WARNING,
                title,
                translate(
                    "Feedback",
                    "Nothing was changed. Press 1–{n} to choose, or scan another barcode of the parcel.",
                ).format(n=len(result.matches)),
            )
        return Wording(
            Symbol.WARNING,
            title,
            translate("Feedback", "Pick one in the list below and press Enter to open it."),
        )
    if o is Outcome.UNDONE:
        return Wording(
            Symbol.UNDO,
            translate("Feedback", "{pid} back to {status}").format(pid=pid, status=result.new_status),
            _join(
                _who(result), translate("Feedback", "undo of {status}").format(status=result.previous_status)
            ),
        )
    if o is Outcome.NOTHING:
        old = result.too_old
        if old is not None:
            return Wording(
                Symbol.WARNING,
                translate("Feedback", "Nothing undone"),
                translate(
                    "Feedback",
                    "The last scan ({pid}) is more than {limit} s old: press Ctrl+Z again "
                    "to be asked whether to undo it.",
                ).format(pid=old.process_id, limit=int(UNDO_WITHOUT_ASKING_S)),
            )
        return Wording(Symbol.WARNING, translate("Feedback", "Nothing to undo"), "")
    if o is Outcome.NOT_AN_ID:
        detail = {
            Refusal.EMPTY: translate("Feedback", "Nothing readable was scanned."),
            Refusal.WHITESPACE: translate("Feedback", "A process id has no spaces. Nothing was sent."),
            Refusal.TOO_LONG: translate("Feedback", "Far too long for a process id. Nothing was sent."),
            Refusal.CONTROL: translate(
                "Feedback", "A process id has no control characters. Nothing was sent."
            ),
            Refusal.PATTERN: translate(
                "Feedback",
                "Not in the station's list as a tracking or order number "
                "either. Scan the REVER return label. Nothing was sent.",
            ),
        }.get(result.refusal or Refusal.EMPTY, "")
        return Wording(
            Symbol.ERROR,
            translate("Feedback", "This is not a process id"),
            _join(f"“{_cut(visible_raw(result.raw).strip())}”", detail),
        )
    if o is Outcome.NOT_FOUND:
        tried = result.resolution.tried if result.resolution is not None else []
        if len(tried) > 1 or any(t.kind == Attempt.REVER_SEARCH for t in tried):
            return Wording(
                Symbol.ERROR,
                translate("Feedback", "Unknown return {pid}").format(pid=_cut(pid)),
                _join(
                    translate("Feedback", "No return has this process id, tracking or order number"),
                    # Before the places tried: a long list is what the banner elides.
                    translate("Feedback", "Put the parcel aside."),
                    translate("Feedback", "tried {what}").format(what=", ".join(tried)),
                ),
            )
        return Wording(
            Symbol.ERROR,
            translate("Feedback", "Unknown return {pid}").format(pid=pid),
            translate("Feedback", "REVER has no return with this id. Put the parcel aside."),
        )
    if o is Outcome.CANCELLED:
        return Wording(
            Symbol.ERROR,
            translate("Feedback", "{pid} is CANCELLED").format(pid=pid),
            _join(_who(result), translate("Feedback", "not changed: put the parcel aside for the lead")),
        )
    if o is Outcome.OFFLINE:
        return Wording(
            Symbol.WARNING,
            translate("Feedback", "{pid} NOT sent").format(pid=pid),
            _join(reason, translate("Feedback", "Scan it again when the station is online.")),
        )
    return Wording(Symbol.ERROR, translate("Feedback", "{pid} not changed").format(pid=pid), reason)


COLOURS = {
    Severity.OK: (theme.OK_BG, theme.OK_FG),
    Severity.NOTICE: (theme.NOTICE_BG, theme.NOTICE_FG),
    Severity.ERROR: (theme.ERROR_BG, theme.ERROR_FG),
    Severity.PENDING: (theme.PENDING_BG, theme.PENDING_FG),
}


#: The banner's symbol, logical pixels square: as tall as the title's capitals and more.
SYMBOL_SIZE = 64


class FeedbackBanner(QFrame):
    """The biggest thing on screen: the latest scan result. ``shown`` carries the result each
    time the banner changes (benchmarks measure scan latency up to this signal)."""

    shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setMinimumHeight(150)
        self.result: ScanResult | None = None
        self.shown_symbol = Symbol.READY
        self._colours: tuple[str, str] | None = None
        self.symbol = QLabel(self)
        self.symbol.setObjectName("bannerSymbol")
        self.symbol.setFixedWidth(90)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Smaller before it is cut or widens the window: one line as long as it can be.
        self.title = ScaledLabel(self, floor=theme.BANNER_TEXT_POINT_SIZE + 4)
        self.title.setObjectName("bannerTitle")
        self.title.setFont(theme.font(theme.BANNER_TITLE_POINT_SIZE, bold=True))
        self.detail = QLabel(self)
        self.detail.setObjectName("bannerDetail")
        self.detail.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE))
        self.detail.setWordWrap(True)
        theme.plain_text(self.title, self.detail)  # a scanned id, a customer name, REVER's words
        self.undo_button = QToolButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE, bold=True))
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan box keeps focus
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(self.symbol)
        row.addLayout(text, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.show_idle()

    def set_undo_action(self, action: QAction) -> None:
        # Not setDefaultAction: the button names its key, the action's text does not.
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setText(
            translate("FeedbackBanner", "Undo  {keys}").format(keys=keys)
            if keys
            else translate("FeedbackBanner", "Undo")
        )
        self.undo_button.setToolTip(action.text().replace("&", ""))
        self.undo_button.clicked.connect(action.trigger)

    def show_idle(self, text: str = "") -> None:
        self.result = None
        self._paint(theme.IDLE_BG, theme.IDLE_FG)
        self._show_symbol(Symbol.READY, theme.IDLE_FG)
        self.title.setText(text or translate("FeedbackBanner", "Ready: scan a parcel"))
        self.detail.setText(translate("FeedbackBanner", "The scan box has the focus. Results appear here."))
        self.undo_button.setVisible(False)

    def show_result(self, result: ScanResult) -> None:
        self.result = result
        wording = describe(result)
        bg, fg = COLOURS[result.severity]
        self._paint(bg, fg)
        self._show_symbol(wording.symbol, fg)
        self.title.setText(wording.title)
        self.detail.setText(wording.detail)
        self.setToolTip(wording.whole)
        self.undo_button.setVisible(result.undoable)
        self.setAccessibleName(f"{wording.title}. {wording.detail}")
        self.shown.emit(result)

    def _show_symbol(self, symbol: Symbol, colour: str) -> None:
        self.shown_symbol = symbol
        self.symbol.setPixmap(pixmap(symbol, SYMBOL_SIZE, colour, self.devicePixelRatioF()))

    def _paint(self, bg: str, fg: str) -> None:
        # A new style sheet re-polishes the banner and its children (about a millisecond
        # per scan, measured by bench/scan.py): only when the colours really change.
        if self._colours == (bg, fg):
            return
        self._colours = (bg, fg)
        self.setStyleSheet(
            f"#feedbackBanner {{ background: {bg}; border-radius: 8px; }}"
            f"#feedbackBanner QLabel {{ color: {fg}; background: transparent; }}"
            f"#feedbackBanner QToolButton {{ color: {fg}; background: transparent;"
            f" border: 2px solid {fg}; border-radius: 6px; padding: 6px 12px; }}"
        )

    @property
    def severity(self) -> Severity | None:
        return self.result.severity if self.result else None


#: How long after the window is shown the sounds are loaded.
PRELOAD_DELAY_MS = 1_000
SOUND_FILES: dict[Severity, str] = {
    Severity.OK: "success.wav",
    Severity.NOTICE: "notice.wav",
    Severity.ERROR: "error.wav",
}


class SoundPlayer(QObject):
    """The three feedback sounds, loaded once. Missing files or no audio device only mean
    silence (a log line, and ``off_changed`` for the one line the window shows), never an
    error for the operator."""

    muted_changed = Signal(bool)
    #: Why the sounds cannot play, in the operator's words; "" once they can again.
    off_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, muted: bool = False, silent: bool = False) -> None:
        super().__init__(parent)
        self._muted = muted
        #: Record what would play without touching the audio device (tests, benchmarks).
        self.silent = silent
        self._effects: dict[Severity, QSoundEffect] = {}
        self.played: list[Severity] = []  # what was asked for, for tests and the log
        self.off_reason = ""

    def _effect(self, severity: Severity) -> QSoundEffect | None:
        if self.silent:
            return None
        effect = self._effects.get(severity)
        if effect is None:
            path = resource("sounds", SOUND_FILES[severity])
            if path is None:
                log.warning("sound %s missing", SOUND_FILES[severity])
                return None
            # QtMultimedia is loaded with the first sound: it starts the audio back end,
            # which has no place on the way to the window's first paint.
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if QMediaDevices.defaultAudioOutput().isNull():
                # No audio output (a server, a desk without speakers): an effect made now
                # could never play (Qt only warns that no format is supported). Silence, one
                # line in the window, and a later sound tries again, once a device may be
                # plugged in.
                self._set_off(translate("Feedback", "Sounds off: no audio device"))
                return None
            effect = QSoundEffect(self)
            effect.statusChanged.connect(lambda: self._effect_status(effect))
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(1.0)
            self._effects[severity] = effect
            self._set_off("")
        return effect

    def _effect_status(self, effect: QSoundEffect) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error:
            self._set_off(translate("Feedback", "Sounds off: the audio device cannot play them"))

    def _set_off(self, reason: str) -> None:
        if reason != self.off_reason:
            self.off_reason = reason
            # The log file keeps it; standard error stays quiet (the window says it).
            log.info("%s", reason or "sounds on")
            self.off_changed.emit(reason)

    def preload(self, delay_ms: int = PRELOAD_DELAY_MS) -> None:
        """Load the sounds a moment after the window is up, so the first scan's sound is
        ready and the window's first paint does not wait for the audio back end."""
        QTimer.singleShot(delay_ms, self, self._load_all)

    def _load_all(self) -> None:
        for severity in SOUND_FILES:
            self._effect(severity)
        log.info("sounds loaded%s", f" ({self.off_reason})" if self.off_reason else "")

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.muted_changed.emit(muted)

    def play(self, severity: Severity) -> None:
        if self._muted or severity not in SOUND_FILES:
            return
        self.played.append(severity)
        del self.played[:-50]
        effect = self._effect(severity)
        if effect is not None:
            effect.play()


class SoundsNotice(QLabel):
    """One line, in the status bar, while the sounds cannot play: an operator who relies
    on the beep knows to watch the banner. Hidden while they can (and when muted on
    purpose: the Station menu shows that)."""

    def __init__(self, sounds: SoundPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soundsNotice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        sounds.off_changed.connect(self.show_reason)
        self.show_reason(sounds.off_reason)

    def show_reason(self, reason: str) -> None:
        self.setText(reason)
        self.setVisible(bool(reason))
