"""Where the bundled files (sounds, translations, icons) are: the top-level ``resources/``
folder next to the package in a checkout or an editable install, or beside the frozen app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path | None:
    candidates = [Path(__file__).resolve().parents[2] / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    candidates.append(Path(sys.prefix) / "share" / "revdesk" / "resources")
    for candidate in candidates:
        if (candidate / "sounds").is_dir():
            return candidate
    return None


def resource(*parts: str) -> Path | None:
    """A bundled file, or None when it is missing (the station works without it)."""
    base = resources_dir()
    if base is None:
        return None
    path = base.joinpath(*parts)
    return path if path.exists() else None
