"""Qt's own messages: the sound system's chatter goes to the log at debug level, everything
else reaches standard error as Qt would print it.

On a desk PC without a sound server (or a server, or CI) every start printed some 15 lines
(issue 19): QtMultimedia probing for PipeWire and VA-API, "PulseAudioService:
pa_context_connect() failed", "QSoundEffect: playback of this format is not supported".
None of them is for the operator: the window says "Sounds off" in one line instead
(``feedback.SoundsNotice``). Any other Qt warning stays visible.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger(__name__)

#: Logging categories of QtMultimedia (``qt.multimedia.ffmpeg``, ``….symbolsresolver``…).
SOUND_CATEGORY = "qt.multimedia"
#: Messages the audio back ends print without a category of their own.
SOUND_PREFIXES = ("PulseAudioService", "QSoundEffect", "QAudioSink", "QAudioOutput",
                  "QMediaDevices", "pa_context", "ALSA lib", "PipeWire")


def is_sound_noise(category: str | None, message: str) -> bool:
    return bool(category and category.startswith(SOUND_CATEGORY)) or message.lstrip().startswith(
        SOUND_PREFIXES)


def qt_line(category: str | None, message: str) -> str:
    """The line Qt's default handler prints (its default pattern): the category named
    unless it is "default"."""
    return message if not category or category == "default" else f"{category}: {message}"


def handle(kind: QtMsgType, category: str | None, message: str,
           stream: TextIO | None = None) -> None:
    if is_sound_noise(category, message):
        log.debug("Qt: %s", qt_line(category, message))
        return
    out = stream if stream is not None else sys.stderr
    try:
        print(qt_line(category, message), file=out, flush=True)
    except (OSError, ValueError):  # no standard error (a closed one, a desktop launcher's)
        pass


def install() -> Callable[..., object] | None:
    """Route Qt's messages through :func:`handle`; returns the handler it replaced."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        handle(kind, context.category, message)

    return qInstallMessageHandler(handler)  # type: ignore[return-value]
