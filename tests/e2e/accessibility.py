"""What the window shows, read as a screen reader reads it: the accessibility tree Qt
publishes over AT-SPI (D-Bus). A private accessibility bus (``dbus-daemon``) and its
registry (``at-spi2-registryd``) run as this test's own children, next to its Xvfb; the
station started with ``AT_SPI_BUS_ADDRESS`` set publishes its widgets there, and every
label's name is the text it paints. Nothing in the app is changed for this."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    DBusErrorResponse,
    MessageType,
    Properties,
    message_bus,
    new_method_call,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection

REGISTRY = "org.a11y.atspi.Registry"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
ACCESSIBLE = "org.a11y.atspi.Accessible"
#: Where distributions put the registry daemon (Debian/Ubuntu, Fedora/Arch, older Debian).
REGISTRYD_PATHS = ("/usr/libexec/at-spi2-registryd", "/usr/lib/at-spi2-core/at-spi2-registryd",
                   "/usr/lib/at-spi2-registryd")
#: Containers of many items a test never reads: not walked (a table's cells are read by
#: ``cells``; a menu's items are not shown).
NOT_WALKED = frozenset({"table", "tree table", "list", "menu bar", "menu", "menu item",
                        "tool bar", "page tab list"})
# Policy: anyone on this private bus may talk to anyone; no service is ever activated
# (no servicedir), so every process on it is one the test started and stops.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>accessibility</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def registryd() -> str | None:
    return next((p for p in REGISTRYD_PATHS if os.access(p, os.X_OK)), None)


def available() -> bool:
    return shutil.which("dbus-daemon") is not None and registryd() is not None


@dataclass(frozen=True)
class Node:
    role: str
    name: str
    depth: int


class AccessibilityBus:
    """The private bus, its registry, and a connection that reads apps' trees on it."""

    def __init__(self, display: str, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "a11y-bus.conf"
        config.write_text(BUS_CONFIG.format(folder=folder), "utf-8")
        self._log = (folder / "a11y-bus.log").open("wb")
        self._daemon = subprocess.Popen(
            ["dbus-daemon", "--config-file", str(config), "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=self._log, stdin=subprocess.DEVNULL, text=True)
        self._registry: subprocess.Popen[bytes] | None = None
        self._connection: DBusConnection | None = None
        try:
            assert self._daemon.stdout is not None
            self.address = self._daemon.stdout.readline().strip()
            if not self.address:
                raise RuntimeError(f"dbus-daemon did not start: see {folder / 'a11y-bus.log'}")
            env = {**os.environ, "DISPLAY": display, "AT_SPI_BUS_ADDRESS": self.address,
                   "DBUS_SESSION_BUS_ADDRESS": self.address}
            self._registry = subprocess.Popen([str(registryd())], env=env, stdout=self._log,
                                              stderr=self._log, stdin=subprocess.DEVNULL)
            self._connection = open_dbus_connection(bus=self.address)
            self._wait_for_registry()
        except BaseException:
            self.close()
            raise

    def _wait_for_registry(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._call(message_bus, "NameHasOwner", "s", REGISTRY)[0]:
                return
            time.sleep(0.05)
        raise RuntimeError("at-spi2-registryd did not take its name on the bus")

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        for proc in (self._registry, self._daemon):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if self._daemon.stdout is not None:
            self._daemon.stdout.close()
        self._log.close()

    # -- reading --------------------------------------------------------------------------

    def _call(self, address: DBusAddress, method: str, signature: str | None = None,
              *body: Any) -> tuple[Any, ...]:
        assert self._connection is not None
        reply = self._connection.send_and_get_reply(
            new_method_call(address, method, signature, tuple(body)), timeout=5)
        if reply.header.message_type is MessageType.error:
            raise DBusErrorResponse(reply)
        return tuple(reply.body)

    def _get(self, obj: DBusAddress, prop: str) -> Any:
        assert self._connection is not None
        reply = self._connection.send_and_get_reply(Properties(obj).get(prop), timeout=5)
        if reply.header.message_type is MessageType.error:
            raise DBusErrorResponse(reply)
        return reply.body[0][1]

    def app_root(self, pid: int) -> tuple[str, str] | None:
        """The accessible root (bus name, path) of the app process ``pid``, once it has
        registered; None before."""
        registry = DBusAddress(ROOT_PATH, bus_name=REGISTRY, interface=ACCESSIBLE)
        for bus_name, path in self._call(registry, "GetChildren")[0]:
            try:
                owner_pid = self._call(message_bus, "GetConnectionUnixProcessID", "s",
                                       bus_name)[0]
            except DBusErrorResponse:  # an app that has just gone
                continue
            if owner_pid == pid:
                return str(bus_name), str(path)
        return None

    def tree(self, pid: int) -> list[Node]:
        """Every node of the app's tree but the inside of NOT_WALKED containers, depth
        first, in the order the app gives its children; empty before it registered."""
        root = self.app_root(pid)
        if root is None:
            return []
        nodes: list[Node] = []

        def walk(bus_name: str, path: str, depth: int) -> None:
            obj = DBusAddress(path, bus_name=bus_name, interface=ACCESSIBLE)
            role = str(self._call(obj, "GetRoleName")[0])
            nodes.append(Node(role, str(self._get(obj, "Name")), depth))
            if depth and role in NOT_WALKED:
                return
            for child_bus, child_path in self._call(obj, "GetChildren")[0]:
                walk(str(child_bus), str(child_path), depth + 1)

        try:
            walk(*root, 0)
        except DBusErrorResponse:  # the tree changed under the walk (a dialog closed)
            return []
        return nodes

    def labels(self, pid: int) -> list[str]:
        return [n.name for n in self.tree(pid) if n.role == "label"]

    def cells(self, pid: int, window: str = "") -> list[str]:
        """The names of the cells of the app's tables, row by row; only those in the
        top-level window named ``window`` (a dialog's title) when one is given."""
        root = self.app_root(pid)
        if root is None:
            return []
        found: list[str] = []
        if window:
            app = DBusAddress(root[1], bus_name=root[0], interface=ACCESSIBLE)
            named = [(b, p) for b, p in self._call(app, "GetChildren")[0]
                     if self._get(DBusAddress(p, bus_name=b, interface=ACCESSIBLE),
                                  "Name") == window]
            if not named:
                return []
            root = named[0]

        def walk(bus_name: str, path: str) -> None:
            obj = DBusAddress(path, bus_name=bus_name, interface=ACCESSIBLE)
            role = str(self._call(obj, "GetRoleName")[0])
            if role in NOT_WALKED - {"table"}:
                return
            children = self._call(obj, "GetChildren")[0]
            if role == "table":
                found.extend(str(self._get(DBusAddress(p, bus_name=b, interface=ACCESSIBLE),
                                           "Name")) for b, p in children)
                return
            for child_bus, child_path in children:
                walk(str(child_bus), str(child_path))

        try:
            walk(*root)
        except DBusErrorResponse:
            return []
        return found


def accessibility_bus(display: str, folder: Path) -> Iterator[AccessibilityBus]:
    bus = AccessibilityBus(display, folder)
    try:
        yield bus
    finally:
        bus.close()
