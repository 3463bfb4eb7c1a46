"""The scan id pattern is matched against every scan: one whose backtracking grows
exponentially ("(a+)+") froze the window for hours on a 40-character scan. It is refused
where a pattern comes in (Settings, settings.json, an imported file)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from revdesk.config import ScanSettings, StationSettings
from revdesk.settings_transfer import TransferError, plan_import


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a*)*", r"(\d+x?)*", r"((ab)+c)+",
                                     r"(?:a|b+)+", r"(?=(a+)+)x", r"(a(b+)?)*"])
def test_a_repeated_repetition_is_refused(pattern: str) -> None:
    with pytest.raises(ValidationError, match="repeats a repetition"):
        ScanSettings(id_pattern=pattern)


@pytest.mark.parametrize("pattern", ["", r"RP-\d{6}", r"(RP|RT)-\d+", r"(\d{3}-)+\d+",
                                     r"a+b+c*", r"[A-Z]{2}\d{9}[A-Z]{2}", r"(?:1Z)?[0-9A-Z]{16}"])
def test_the_usual_patterns_are_kept(pattern: str) -> None:
    assert ScanSettings(id_pattern=pattern).id_pattern == pattern


def test_an_imported_file_with_one_changes_nothing() -> None:
    with pytest.raises(TransferError, match=r"scan\.id_pattern"):
        plan_import(StationSettings(), {"scan": {"id_pattern": "(a+)+$"}})
