"""A walk-in return under a real X server: the station runs as ``python -m revdesk`` on
Xvfb against the sandbox over loopback (its Storefront API too); xdotool opens Returns →
Walk-in return…, a keyboard-wedge scanner types the receipt's order number into its field
before the e-mail is typed (nothing is sent), a person types the e-mail and presses Enter,
and the slip lands in the intake printer's folder with a QR code that finishes the return."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
from station_app import (
    KEY,
    dialog_named,
    scanner_types,
    screenshot,
    start_station,
    station_window,
    wait_for,
    xdotool,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None
                       or shutil.which("pdftoppm") is None,
                       reason="needs Xvfb, xdotool and pdftoppm"),
]

INTENT = "/returns/intent/start"


def a_customer(url: str) -> dict[str, Any]:
    answer = httpx.get(f"{url}/v1/processes", params={"page_size": 50}, headers=KEY, timeout=5)
    answer.raise_for_status()
    return next(p for p in answer.json()["processes"] if p["shipping_status"] != "CANCELED")


def intents(sandbox: Any) -> list[Any]:
    return [r["body"] for r in sandbox.requests() if r["path"] == INTENT]


def test_a_walkin_return_from_the_keyboard_and_a_scanner_prints_its_slip(
        xserver: str, sandbox: Any, tmp_path: Path) -> None:
    from PIL import Image
    from pyzbar.pyzbar import decode

    who = a_customer(sandbox.url)
    data, slips = tmp_path / "station-data", tmp_path / "slips"
    data.mkdir()
    slips.mkdir()
    (data / "settings.json").write_text(json.dumps(
        {"intake_printer": {"kind": "folder", "folder": str(slips)}}), "utf-8")
    log = (tmp_path / "app.log").open("wb")
    app = start_station(xserver, sandbox, data, log,
                        env={"REVDESK_STOREFRONT_URL": sandbox.url})
    try:
        window = station_window(xserver, app, sandbox)
        xdotool(xserver, "key", "alt+r")
        xdotool(xserver, "key", "w")
        dialog = dialog_named(xserver, app, window, "Walk-in return")
        xdotool(xserver, "windowfocus", "--sync", dialog)
        # The e-mail field has the focus; Tab to the order field and scan the receipt.
        xdotool(xserver, "key", "Tab")
        scanner_types(xserver, who["order_number"])
        shot = screenshot(xserver, tmp_path / "walkin-half-filled.png")
        print(f"\nscreenshot: {shot}")
        assert intents(sandbox) == [] and not list(slips.iterdir())
        # The half-filled form sent the focus back to the e-mail: a person types it.
        xdotool(xserver, "type", "--delay", "120", who["customer"]["email"])
        xdotool(xserver, "key", "Return")
        # Written as a hidden temporary file renamed into place: the slip is the one PDF.
        wait_for(lambda: list(slips.glob("*.pdf")), 30, "the slip in the printer's folder")
        (slip,) = slips.glob("*.pdf")
        assert intents(sandbox) == [{"email": who["customer"]["email"],
                                     "order_number": who["order_number"]}]
        started = httpx.post(f"{sandbox.url}{INTENT}", headers=KEY, timeout=5, json={
            "email": who["customer"]["email"], "order_number": who["order_number"]}).json()
        order = started["order"]
        assert slip.name == f"{order['return_id']}-walkin.pdf"
        subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(slip),
                        str(tmp_path / "page")], check=True, timeout=60)
        codes = [d.data.decode() for d in decode(Image.open(tmp_path / "page-1.png"))]
        assert codes == [f"return_id={order['return_id']}"
                         f"&customer_token={order['customer_token']}"]
        # The window stays up; the dialog is still there for a reprint.
        assert dialog_named(xserver, app, window, "Walk-in return") == dialog
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0
        text = (data / "logs" / "revdesk.log").read_text("utf-8")
        assert order["customer_token"] not in text
        assert f"walk-in return {order['return_id']} started" in text
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
        if app.returncode not in (0, None):
            print((tmp_path / "app.log").read_text("utf-8", "replace")[-4000:])
