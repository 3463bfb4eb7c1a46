"""Words the domain and config build for the window go through translate() (issue 19, QA
L2, L3, L8, L11, L17): with a pseudo-translator installed, each comes out translated, so
none is left in English inside a Spanish or French sentence."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from revdesk import i18n
from revdesk.api.models import Process
from revdesk.backend import Backend
from revdesk.config import PrinterSettings
from revdesk.domain.scan_resolution import (
    Attempt,
    Candidate,
    Resolution,
    resolve_by_order,
    resolve_remotely,
)
from revdesk.settings_store import SettingsStore

OPEN, CLOSE = "⟦", "⟧"


@pytest.fixture
def pseudo() -> Iterator[None]:
    """Every text comes back as ⟦text⟧: one that skipped translate() has no brackets."""
    i18n.install(lambda context, text, dis, n: OPEN + i18n.english(text, n) + CLOSE)
    try:
        yield
    finally:
        i18n.install(None)


def translated(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith((CLOSE, CLOSE + "."))


def test_the_sandbox_is_named_in_the_station_language(pseudo: None) -> None:
    """L2: the header said "en línea — built-in sandbox"."""
    sandbox = Backend(client=object(), is_sandbox=True, url="http://127.0.0.1")  # type: ignore[arg-type]
    rever = Backend(client=object(), is_sandbox=False, url="https://rever.test")  # type: ignore[arg-type]
    assert translated(sandbox.label)
    assert rever.label == "https://rever.test"  # an address is not words


def test_what_was_tried_is_translated_and_keeps_its_kind(pseudo: None) -> None:
    """L3: "se probó the station's list …, REVER search …, Storefront order …"."""
    keys = (Candidate("RP999999", "RP-999999", "scan"),)

    async def not_found(pid: str) -> Process:
        from revdesk.api import errors

        raise errors.NotFound()

    async def nothing(text: str) -> list[Process]:
        return []

    async def tried() -> Resolution:
        resolution = await resolve_remotely(keys, Resolution(), process_id="RP-999999",
                                            get=not_found, search=nothing)
        return await resolve_by_order(keys, resolution, lookup=nothing)

    resolution = asyncio.run(tried())
    assert [t.kind for t in resolution.tried] == [
        Attempt.REVER_ID, Attempt.REVER_SEARCH, Attempt.STOREFRONT]
    assert all(translated(t) and "RP-999999" in t for t in resolution.tried)
    assert translated(Attempt.storefront_down())


def test_the_banner_tells_a_search_by_its_kind_not_its_words() -> None:
    """ui/feedback read "search" in the (now translated) text: in a language without that
    word a search alone gave the short banner, without the places tried."""
    pytest.importorskip("PySide6")
    from revdesk.domain.outcomes import Outcome
    from revdesk.domain.scanning import ScanResult
    from revdesk.ui.feedback import describe

    result = ScanResult("RP-999999", "RP-999999", "IN_WAREHOUSE", outcome=Outcome.NOT_FOUND)
    result.resolution = Resolution(tried=[Attempt(Attempt.REVER_SEARCH,
                                                  "búsqueda en REVER RP-999999")])
    assert "búsqueda en REVER RP-999999" in describe(result).detail


@pytest.mark.parametrize("profile", [
    PrinterSettings(),
    PrinterSettings(kind="folder", folder="/tmp/labels"),
    PrinterSettings(kind="zpl", zpl_address="zebra-1:9100"),
])
def test_a_printer_is_described_in_the_station_language(pseudo: None,
                                                        profile: PrinterSettings) -> None:
    """L8/L17: "Les étiquettes transporteur s'impriment sur no printer chosen ; celles
    d'entrée sur the folder …"."""
    said = profile.describe()
    assert translated(said)
    assert ("/tmp/labels" in said) == (profile.kind == "folder" and profile.chosen)


def test_a_printer_by_name_is_its_name(pseudo: None) -> None:
    assert PrinterSettings(kind="system", name="Zebra-1").describe() == "Zebra-1"


def test_no_printer_chosen_is_one_translated_sentence_per_role(pseudo: None) -> None:
    """L11/L14: "Aún no se ha elegido la impresora intake-label": the role was an English
    name put into a translated sentence."""
    pytest.importorskip("PySide6")
    from revdesk.ui.printing import not_chosen_text

    carrier, intake = not_chosen_text("carrier"), not_chosen_text("intake")
    assert translated(carrier) and translated(intake) and carrier != intake


@pytest.mark.parametrize("content, said", [
    ({"station_name": "DOCK-7", "intake_printer": {"kind": "laser"}}, "intake-label printer"),
    ([1, 2], "is damaged"),
])
def test_a_settings_reset_is_said_in_the_language_installed_after_reading(
        tmp_path: Path, content: Any, said: str) -> None:
    """L8: the settings file is read before the window installs the language it names, so
    the warning is worded when the core asks for it, not when the file was read."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(content), "utf-8")
    store = SettingsStore(path)  # read with no translator, as at the station's start
    i18n.install(lambda context, text, dis, n: OPEN + i18n.english(text, n) + CLOSE)
    try:
        problem = store.load_problem
    finally:
        i18n.install(None)
    assert problem is not None
    text = problem.operator_message
    assert text.startswith(OPEN) and said in text
    assert "carrier" not in text or "printer" not in said
    if said.endswith("printer"):  # the setting's name inside the sentence, translated too
        assert f"{OPEN}{said}{CLOSE}" in text


def test_history_names_every_action_and_shows_stored_words_translated(pseudo: None) -> None:
    """L4: History showed "shift_start" (every language), and the details "scan", "the
    sandbox", "API key changed; …" in English. The log stays English; the view translates
    the words the station stores, and leaves free text as it was stored."""
    pytest.importorskip("PySide6")
    from revdesk.domain.audit import ACTIONS, SETTING_CHANGE, SHIFT_START, Event
    from revdesk.ui.history_model import action_text, change_text, stored_text

    assert all(translated(action_text(action)) for action in ACTIONS)
    assert stored_text("scan") == f"{OPEN}scan{CLOSE}"
    assert stored_text("scan: REVER said no") == f"{OPEN}scan{CLOSE}: REVER said no"
    assert stored_text("API key changed; no store") == f"{OPEN}API key changed{CLOSE}; no store"
    assert stored_text("https://rever.test") == "https://rever.test"  # an address, as stored
    assert stored_text("scanner") == "scanner"  # a word only when whole
    assert stored_text("carrier label; 1 page(s) on Zebra") == (
        f"{OPEN}carrier label{CLOSE}; 1 page(s) on Zebra")  # where it printed: as stored
    ops = "pdf label, 900 bytes; nothing generated (provider OPS handles it outside REVER)"
    assert stored_text(ops) == ("pdf label, 900 bytes; ⟦nothing generated (provider OPS "
                                "handles it outside REVER)⟧")

    def event(action: str, old: str, new: str, detail: str) -> Event:
        return Event(1, 0.0, "DOCK-1", "ana", action, "", old, new, "ok", detail)

    moved = event(SHIFT_START, "the sandbox", "backend", "https://rever.test")
    assert change_text(moved) == f"{OPEN}the built-in sandbox{CLOSE} → {OPEN}another backend{CLOSE}"
    by_hand = event(SHIFT_START, "", "by_hand", "started by hand")
    assert translated(change_text(by_hand)) and translated(stored_text(by_hand.detail))
    # A setting's values are the settings file's, not words: shown as they are.
    assert change_text(event(SETTING_CHANGE, "en", "by_hand", "language")) == "en → by_hand"
