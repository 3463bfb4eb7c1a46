"""``revdesk printers``: the printers this station sees (the OS's, through CUPS) and its two
printer profiles (carrier labels, intake labels), as the window would use them."""

from __future__ import annotations

import argparse
from typing import Any

from revdesk.config import PRINTER_ROLES, PrinterSettings
from revdesk.domain.cups import list_printers
from revdesk.domain.printer_profiles import ROLE_WORDS
from revdesk.settings_store import load_settings

from .common import visible

_SIZES = {"4x6": "4x6 in", "A6": "A6"}


def register(sub: Any) -> None:
    parser = sub.add_parser("printers", help="the printers this station sees, and its profiles")
    parser.set_defaults(func=run_printers)


def describe(profile: PrinterSettings) -> str:
    size = _SIZES.get(profile.label_size,
                      f"{profile.custom_width_mm:g} x {profile.custom_height_mm:g} mm")
    if not profile.chosen:
        return "not chosen yet"
    return f"{visible(profile.describe())} ({size}, {profile.dpi} dpi)"


def run_printers(args: argparse.Namespace) -> int:
    found = list_printers()
    print("Printers of this computer:")
    if found.problem:
        print(f"  none: {found.problem}")
    elif not found.names:
        print("  none (a folder of PDFs or a ZPL printer can be chosen instead)")
    for name in found.names:
        print(f"  {visible(name)}{'  (default)' if name == found.default else ''}")
    settings = load_settings()
    print("Profiles:")
    for role in PRINTER_ROLES:
        profile = settings.printer_for(role)
        line = f"  {ROLE_WORDS[role]}s: {describe(profile)}"
        if profile.chosen and profile.kind == "system" and found.names \
                and profile.name not in found.names:
            line += " - not among this computer's printers now"
        print(line)
    auto = "on" if settings.auto_intake_label else "off"
    print(f"Intake label after each parcel received: {auto}")
    return 0
