"""The feedback sounds on a machine with no audio output: silence, one line in the window
and in the log file (none on standard error at the default level), and no sound effect made
that could never play (Qt would only warn that no format is supported)."""

from __future__ import annotations

import logging

import pytest
from PySide6 import QtMultimedia
from PySide6.QtMultimedia import QAudioDevice
from pytestqt.qtbot import QtBot

from revdesk.domain.scanning import Severity
from revdesk.ui.feedback import SoundPlayer, SoundsNotice


def test_no_audio_output_means_silence_and_one_line_in_the_window(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(QtMultimedia.QMediaDevices, "defaultAudioOutput",
                        staticmethod(lambda: QAudioDevice()))
    player = SoundPlayer()
    notice = SoundsNotice(player)
    qtbot.addWidget(notice)
    assert notice.isHidden()  # nothing known yet: nothing said
    said: list[str] = []
    player.off_changed.connect(said.append)
    with caplog.at_level(logging.INFO, logger="revdesk.ui.feedback"):
        player.play(Severity.OK)
        player.play(Severity.ERROR)
        player.preload(0)
        qtbot.wait(50)
    assert player.played == [Severity.OK, Severity.ERROR]
    assert player._effects == {}  # a later sound tries again, once a device may be there
    assert said == ["Sounds off: no audio device"]  # once, however many sounds
    assert not notice.isHidden() and notice.text() == "Sounds off: no audio device"
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert [r.getMessage() for r in caplog.records] == [
        "Sounds off: no audio device", "sounds loaded (Sounds off: no audio device)"]
    player._set_off("")  # the sounds play again (a device plugged in): the line goes
    assert notice.isHidden()


def test_a_scan_a_later_change_overruled_says_who_made_it() -> None:
    """Not sent because the terminal changed the return after the scan: the banner names
    that change (what the operator needs to know), not a generic "replaced"."""
    from revdesk.domain.outcomes import Outcome
    from revdesk.domain.scanning import ScanResult
    from revdesk.domain.status import NewerChange
    from revdesk.ui.feedback import describe

    result = ScanResult("RP-100298", "RP-100298", "IN_WAREHOUSE")
    result.outcome = Outcome.SUPERSEDED
    result.error = NewerChange("RP-100298", "ERROR", "cli", 0.0)
    wording = describe(result)
    assert wording.title == "RP-100298 IN_WAREHOUSE not sent"
    assert wording.detail == ("RP-100298 was set to ERROR at the terminal after this scan: "
                              "not changed")
    assert result.severity is Severity.NOTICE


READ_60 = "X7Q9-ZZ-00417-LOREMIPSUMDOLORSITAMETCONSECTETURADIPISCINGELI"


def test_a_long_read_is_cut_with_an_ellipsis_and_the_instruction_kept(qtbot: QtBot) -> None:
    """QA: a 60-character read was cut at 40 with no "…", and the banner's elided detail
    lost its last sentence, "Put the parcel aside."."""
    from revdesk.domain.outcomes import Outcome
    from revdesk.domain.scan_resolution import Attempt, Resolution
    from revdesk.domain.scanning import ScanResult
    from revdesk.ui.feedback import FeedbackBanner, describe

    result = ScanResult(READ_60, READ_60, "IN_WAREHOUSE")
    result.outcome = Outcome.NOT_FOUND
    result.resolution = Resolution(tried=[Attempt(Attempt.LIST, "the list"),
                                          Attempt(Attempt.REVER_SEARCH, "REVER's search"),
                                          Attempt(Attempt.STOREFRONT, "Storefront")])
    wording = describe(result)
    assert wording.title == f"Unknown return {READ_60[:40]}…"
    assert wording.detail.index("Put the parcel aside.") < wording.detail.index("tried")
    banner = FeedbackBanner()
    qtbot.addWidget(banner)
    banner.show_result(result)
    assert banner.toolTip() == READ_60
    for outcome in (Outcome.PENDING, Outcome.MATCHES, Outcome.NOT_AN_ID):
        result.outcome = outcome
        assert f"{READ_60[:40]}…" in describe(result).title + describe(result).detail
        banner.show_result(result)
        assert banner.toolTip() == READ_60
    short = ScanResult("RP-100001", "RP-100001", "IN_WAREHOUSE")
    short.outcome = Outcome.NOT_FOUND
    banner.show_result(short)
    assert "…" not in describe(short).title and banner.toolTip() == ""
