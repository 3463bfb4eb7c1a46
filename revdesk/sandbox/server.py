"""Serve the sandbox over real HTTP with uvicorn (``revdesk sandbox``)."""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import logging
import signal
import socket
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import uvicorn

from revdesk.api.transport import is_loopback
from revdesk.config import sandbox_dir

from .app import create_app
from .faults import Faults

log = logging.getLogger(__name__)

#: A stalled request must not hold shutdown for its whole minute.
GRACEFUL_SHUTDOWN_SECONDS = 3


class PortInUse(OSError):
    """Another program already listens on the port."""

    def __init__(self, port: int) -> None:
        super().__init__(errno.EADDRINUSE, f"port {port} is already in use")
        self.port = port


class NotLoopback(ValueError):
    """Listening beyond this computer was asked for without ``allow_remote``."""

    def __init__(self, host: str) -> None:
        super().__init__(f"{host} is not this computer's loopback address")
        self.host = host


def bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so a busy port is a clear error and port 0
    tells us the port the system picked before uvicorn starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY on accepted sockets only when it does,
    # and without it Nagle plus delayed ACKs add ~40 ms to every keep-alive answer.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    # Like uvicorn: a restart may reuse a port still in TIME_WAIT. A listening socket on
    # the port still makes bind() fail, so busy ports are detected.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(port) from None
        raise
    return sock


def url_of(sock: socket.socket) -> str:
    """The address a client on this computer uses. A socket bound to every address
    (0.0.0.0, ::) is reached on loopback: the client takes plain http only to loopback."""
    host, port = sock.getsockname()[:2]
    if ipaddress.ip_address(host.split("%")[0]).is_unspecified:
        host = "::1" if ":" in host else "127.0.0.1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _Server(uvicorn.Server):
    """uvicorn's server, with a started callback and signals that end it with exit 0."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started and not self.should_exit:
            self._on_started()

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # uvicorn re-raises a caught SIGTERM after shutdown, which kills the process by that
        # signal; for the sandbox a SIGTERM or Ctrl+C is the normal way to stop: exit cleanly.
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def serve(
    host: str = "127.0.0.1",
    port: int = 8765,
    data_dir: Path | None = None,
    processes: int = 500,
    api_key: str | None = None,
    faults: Faults | None = None,
    on_ready: Callable[[str], None] | None = None,
    allow_remote: bool = False,
    keys: Mapping[str, str] | None = None,
    northwind: int = 0,
) -> None:
    """Run the sandbox until SIGTERM/SIGINT. Once listening, print exactly one line on stdout,
    ``revdesk sandbox listening on http://HOST:PORT``, then call ``on_ready(url)``.

    Anyone who can reach the port can read and change the data, so ``host`` must be a
    loopback address unless ``allow_remote``: raises :class:`NotLoopback` before binding.
    Raises :class:`PortInUse` when the port is taken. ``keys`` and ``northwind``: see
    :func:`create_app`.
    """
    if not allow_remote and not is_loopback(host):
        raise NotLoopback(host)
    if data_dir is None:
        data_dir = sandbox_dir()
    sock = bind(host, port)
    try:
        app = create_app(data_dir, processes=processes, api_key=api_key, faults=faults,
                         keys=keys, northwind=northwind)
    except BaseException:
        sock.close()
        raise
    url = url_of(sock)

    def started() -> None:
        print(f"revdesk sandbox listening on {url}", flush=True)
        if on_ready is not None:
            on_ready(url)

    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="off",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )
    try:
        _Server(config, started).run(sockets=[sock])
    finally:
        sock.close()  # uvicorn closes it on a normal shutdown; this covers the rest
        app.state.store.close()
        log.info("sandbox stopped")
