"""Qt's messages: the sound system's chatter goes to the log at debug level, every other Qt
warning reaches standard error as Qt prints it; a real start under offscreen prints none of
the chatter."""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType

from revdesk.ui import qt_messages

NOISE = [
    ("default", "PulseAudioService: pa_context_connect() failed"),
    ("default", "QSoundEffect(qaudio): Error decoding source file:///x.wav"),
    ("default", "QSoundEffect: playback of this format is not supported"),
    ("qt.multimedia.symbolsresolver", "Couldn't load pipewire-0.3 library"),
    ("qt.multimedia.ffmpeg", "Using Qt multimedia with FFmpeg version 7.1.5"),
]


@pytest.mark.parametrize(("category", "message"), NOISE)
def test_sound_chatter_goes_to_the_debug_log(category: str, message: str,
                                             caplog: pytest.LogCaptureFixture) -> None:
    out = io.StringIO()
    with caplog.at_level(logging.DEBUG, logger=qt_messages.__name__):
        qt_messages.handle(QtMsgType.QtWarningMsg, category, message, out)
    assert out.getvalue() == ""
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.DEBUG, f"Qt: {qt_messages.qt_line(category, message)}")]


@pytest.mark.parametrize(("category", "message", "line"), [
    ("default", "This plugin does not support raise()", "This plugin does not support raise()"),
    ("qt.qpa.xcb", "could not connect to display", "qt.qpa.xcb: could not connect to display"),
    (None, "QPainter::begin: Paint device returned engine == 0",
     "QPainter::begin: Paint device returned engine == 0"),
])
def test_other_qt_warnings_stay_visible(category: str | None, message: str, line: str) -> None:
    out = io.StringIO()
    qt_messages.handle(QtMsgType.QtWarningMsg, category, message, out)
    assert out.getvalue() == line + "\n"


def start_until_sounds_loaded(shared_sandbox: Any, tmp_path: Path, *args: str) -> str:
    """The real station (``python -m revdesk *args``) until its sounds are loaded (the log
    file says so), then closed; what it said on standard error."""
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env.update(REVDESK_API_URL=shared_sandbox.url, REVDESK_API_KEY="test",
               REVDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    env.pop("QT_LOGGING_RULES", None)
    log_file = data / "logs" / "revdesk.log"
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as err:  # a file: a full pipe would block the station
        proc = subprocess.Popen([sys.executable, "-m", "revdesk", *args],
                                stdout=subprocess.DEVNULL,
                                stderr=err, stdin=subprocess.DEVNULL, env=env)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                if log_file.exists() and "sounds loaded" in log_file.read_text():
                    break
                time.sleep(0.2)
            assert "sounds loaded" in log_file.read_text(), "the sounds were never loaded"
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return errors.read_text()


def test_a_quiet_start_under_offscreen(shared_sandbox: Any, tmp_path: Path) -> None:
    """Started as the desk starts it (default log level): no sound-system line."""
    said = start_until_sounds_loaded(shared_sandbox, tmp_path)
    for noise in ("PulseAudio", "QSoundEffect", "qt.multimedia", "pipewire", "audio"):
        assert noise not in said, said
    assert "This plugin does not support" in said  # other Qt warnings: still shown


def test_verbose_shows_the_chatter_as_debug_lines(shared_sandbox: Any, tmp_path: Path) -> None:
    said = start_until_sounds_loaded(shared_sandbox, tmp_path, "-v")
    assert "DEBUG revdesk.ui.qt_messages: Qt: qt.multimedia" in said, said
