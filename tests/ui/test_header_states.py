"""The header names every connection state in the operator's words, in its colour."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from revdesk.api import errors
from revdesk.domain.connection import ConnectionState
from revdesk.ui import theme
from revdesk.ui.header import StationHeader


@pytest.mark.parametrize("state", list(ConnectionState))
def test_every_state_has_words_and_a_colour(qtbot: QtBot, state: ConnectionState) -> None:
    header = StationHeader(is_sandbox=False, backend_label="https://rever.example")
    qtbot.addWidget(header)
    header.set_state(state)
    assert header.state_text(state) and "https://rever.example" in header.connection.text()


def test_a_bad_certificate_is_said_as_such(qtbot: QtBot) -> None:
    header = StationHeader(is_sandbox=False, backend_label="https://rever.example")
    qtbot.addWidget(header)
    error = errors.CertificateInvalid("self-signed certificate")
    header.set_state(ConnectionState.CERTIFICATE_INVALID, error.operator_message)
    text = header.connection.text()
    assert "CERTIFICATE IS NOT VALID" in text and "NOT CONFIGURED" not in text
    assert "REVER's certificate is not valid (self-signed" in header.connection.toolTip()
    assert theme.ERROR_BG in header.connection.styleSheet()
