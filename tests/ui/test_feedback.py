"""The feedback sounds on a machine with no audio output: silence and one log line, and no
sound effect made that could never play (Qt would only warn that no format is supported)."""

from __future__ import annotations

import logging

import pytest
from PySide6 import QtMultimedia
from PySide6.QtMultimedia import QAudioDevice
from pytestqt.qtbot import QtBot

from revdesk.domain.scanning import Severity
from revdesk.ui.feedback import SoundPlayer


def test_no_audio_output_means_silence_and_one_log_line(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(QtMultimedia.QMediaDevices, "defaultAudioOutput",
                        staticmethod(lambda: QAudioDevice()))
    player = SoundPlayer()
    with caplog.at_level(logging.WARNING, logger="revdesk.ui.feedback"):
        player.play(Severity.OK)
        player.play(Severity.ERROR)
        player.preload(0)
        qtbot.wait(50)
    assert player.played == [Severity.OK, Severity.ERROR]
    assert player._effects == {}  # a later sound tries again, once a device may be there
    assert [r.getMessage() for r in caplog.records] == [
        "no audio output device: the station's sounds are silent"]
