"""The free Unicode font revdesk ships for its labels: DejaVu Sans, regular and bold (its
licence in ``LICENSE`` beside it). Package data, so a wheel, an editable install and the
PyInstaller bundle have it on every platform; nothing depends on a system font path."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
SANS = FOLDER / "DejaVuSans.ttf"
SANS_BOLD = FOLDER / "DejaVuSans-Bold.ttf"
LICENSE = FOLDER / "LICENSE"


def sans(bold: bool) -> Path:
    return SANS_BOLD if bold else SANS
