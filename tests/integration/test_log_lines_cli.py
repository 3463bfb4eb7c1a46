"""``-v`` prints the log on standard error: a server's error text in it is spelled out, as
in the command's own message (README "Nothing hostile gets through")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from loopback_server import Server

from revdesk.config import ENV_MERCHANT_KEY, ENV_MERCHANT_URL

HOSTILE = "gone\x1b[31m\nINFO revdesk.cli: FORGED\u202e"


@pytest.fixture
def fake() -> Iterator[Server]:
    server = Server()
    try:
        yield server
    finally:
        server.stop()


def test_a_servers_text_in_the_verbose_log_never_reaches_the_terminal_raw(
        fake: Server) -> None:
    fake.routes["/rever/orders/77"] = (404, {"content-type": "application/json"},
                                       json.dumps({"code": 5, "message": HOSTILE}).encode())
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_MERCHANT")}
    env.update({ENV_MERCHANT_URL: fake.url, ENV_MERCHANT_KEY: "merchant-key"})
    shown = subprocess.run([sys.executable, "-m", "revdesk", "-v", "order", "show", "77"],
                           capture_output=True, text=True, env=env, timeout=60, check=False)
    assert shown.returncode == 3, shown.stderr
    assert "gone\\x1b[31m\\nINFO revdesk.cli: FORGED\\u202e" in shown.stderr  # it was logged
    assert "\x1b" not in shown.stderr and "\u202e" not in shown.stderr
    assert not any(line.startswith("INFO revdesk.cli: FORGED")
                   for line in shown.stderr.splitlines())
