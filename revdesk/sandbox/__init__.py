"""A local server speaking the REVER Admin contract, for demos, tests and benchmarks.

``embedded_transport`` runs it in-process (no port) when the station has no API key;
``serve`` runs it over real HTTP on loopback (``revdesk sandbox``; beyond loopback only
when asked with ``allow_remote``). No Qt here.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from .app import create_app
from .faults import Faults
from .server import NotLoopback, PortInUse, serve


def embedded_transport(data_dir: Path, processes: int = 500,
                       northwind: int = 0) -> httpx.ASGITransport:
    """The sandbox app as an httpx transport; the client uses base URL http://127.0.0.1.
    ``northwind``: that many returns of the second demo e-commerce (a station trying
    several accounts on the sandbox), added once to a file without them."""
    return httpx.ASGITransport(app=create_app(data_dir, processes=processes,
                                              northwind=northwind))


__all__ = ["Faults", "NotLoopback", "PortInUse", "create_app", "embedded_transport", "serve"]
