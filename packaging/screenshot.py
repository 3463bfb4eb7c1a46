"""A screenshot of the real station window: the built-in sandbox (no API key, a fresh data
folder of its own), a screen of the size asked for, a return looked up and a few scans made
through the scan box's own path, then the whole screen saved as a PNG.

    python3 packaging/screenshot.py --size 1024x768 --out shot-1024.png
    python3 packaging/screenshot.py --size 1600x1000 --out resources/screenshot.png

By default the window runs on an X server of its own (Xvfb, on a display it picks itself),
with the fonts the machine has, exactly as on a station: the window fills the screen as at
its first start. ``--offscreen`` uses Qt's offscreen platform instead (no Xvfb needed; the
window is grabbed, not the screen). Nothing is sent anywhere but the built-in sandbox, and
the station's own data folder is not touched.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = "REVDESK_SCREENSHOT_CHILD"
#: How long the window may take to list its first page, and the scans to come back.
WAIT_S = 30.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="1600x1000", help="screen size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=Path("screenshot.png"), help="PNG to write")
    parser.add_argument("--parcel", action="store_true",
                        help="show the detail's Parcel contents, its pictures loaded")
    parser.add_argument("--offscreen", action="store_true",
                        help="Qt's offscreen platform instead of an Xvfb screen")
    parser.add_argument("--language", choices=["en", "es", "fr"], default="en",
                        help="the window's language (default: en)")
    args = parser.parse_args(argv)
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size {args.size!r}: expected WIDTHxHEIGHT, e.g. 1024x768")
    if not (640 <= width <= 7680 and 480 <= height <= 4320):
        parser.error(f"--size {args.size!r}: between 640x480 and 7680x4320")
    args.width, args.height = width, height
    return args


def child_env(data: Path) -> dict[str, str]:
    """This environment less any REVDESK_ setting (no API address or key: the built-in
    sandbox), with a data folder of its own and the checkout's code first on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env["REVDESK_DATA_DIR"] = str(data)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env[CHILD] = "1"
    return env


def start_xvfb(width: int, height: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb of ``width`` x ``height`` on a free display (``-displayfd``), ready once it
    answered; its display name."""
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb not found (apt: xvfb), or use --offscreen")
    read_fd, write_fd = os.pipe()
    with log.open("wb") as errors:
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
            stderr=errors)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number.isdigit():
        proc.kill()
        sys.exit(f"Xvfb did not start: {log.read_text()[-2000:]}")
    return proc, f":{number}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if os.environ.get(CHILD):
        return asyncio_main(args)
    with tempfile.TemporaryDirectory(prefix="revdesk-screenshot-") as folder:
        env = child_env(Path(folder) / "data")
        command = [sys.executable, str(Path(__file__).resolve()), "--size", args.size,
                   "--out", str(args.out.resolve()), "--language", args.language,
                   *(["--parcel"] if args.parcel else [])]
        if args.offscreen:
            env["QT_QPA_PLATFORM"] = "offscreen"
            return subprocess.run([*command, "--offscreen"], env=env, check=False).returncode
        xvfb, display = start_xvfb(args.width, args.height, Path(folder) / "xvfb.log")
        try:
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            return subprocess.run(command, env=env, check=False).returncode
        finally:
            xvfb.terminate()
            try:
                xvfb.wait(timeout=10)
            except subprocess.TimeoutExpired:
                xvfb.kill()
                xvfb.wait()


def asyncio_main(args: argparse.Namespace) -> int:
    """In the child: the window on the screen set up by the parent."""
    import qasync

    from revdesk.ui.app import create_application

    app = create_application([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(shoot(args))


async def until(condition: object, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + WAIT_S
    while not condition():  # type: ignore[operator]
        if asyncio.get_running_loop().time() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def shoot(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from revdesk.core import StationCore
    from revdesk.domain.scanning import LOOKUP
    from revdesk.settings_store import SettingsStore
    from revdesk.ui import translation
    from revdesk.ui.errors import ErrorPresenter
    from revdesk.ui.feedback import SoundPlayer
    from revdesk.ui.main_window import MainWindow

    store = SettingsStore()
    store.save(store.current.model_copy(update={"station_name": "DOCK-2",
                                                "operator_name": "Ana",
                                                "language": args.language}))
    translation.apply_language(args.language)  # before the window, as the station does
    core = StationCore(store)
    core.start()
    window = MainWindow(core, ErrorPresenter(dialogs=False), sounds=SoundPlayer(silent=True))
    if args.offscreen:
        window.resize(args.width, args.height)
    window.show()
    model, panel = window.model, window.scan_panel
    try:
        await until(lambda: model.rowCount() > 0 and not model.loading, "the returns list")
        rows = [model.row_at(r) for r in range(min(40, model.rowCount()))]
        # A return with several items, looked up as the operator would (F7 + scan).
        processes = [await core.client.get_process(row.process_id) for row in rows[:20]]
        looked_up = max(processes, key=lambda p: len(p.line_items)).process_id
        panel.set_action(LOOKUP)
        panel.submit_text(looked_up)
        await until(lambda: window.detail.current_details() is not None, "the detail")
        # Then a morning's scans: a barcode that is nobody's, a carrier's tracking number,
        # and a return label; the last one stays on the banner.
        panel.set_action("IN_WAREHOUSE")
        wanted = [r for r in rows if r.status in ("CREATED", "COLLECTED")
                  and r.process_id != looked_up]
        by_tracking = next(r for r in wanted if r.tracking_id)
        last = next(r for r in wanted if r is not by_tracking)
        for text in ("7731", by_tracking.tracking_id, last.process_id):
            panel.submit_text(text)
        await until(lambda: core.pipeline.pending == 0 and len(
            [r for r in core.pipeline.recent if r.is_final]) >= 4, "the scans")
        window.list_panel.select_process(looked_up)
        if args.parcel:
            parcel = window.detail.parcel
            window.detail.tabs.setCurrentWidget(parcel)
            await until(lambda: parcel.contents is not None and all(
                parcel.model.picture_of(r) is not None for r in range(parcel.model.rowCount())
                if parcel.model.items[r].picture_url), "the parcel's contents")
        for _ in range(20):  # let everything paint (the count, the list's colours)
            await asyncio.sleep(0.05)
            QApplication.processEvents()
        screen = window.screen()
        image = window.grab() if args.offscreen else screen.grabWindow(0)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(args.out), "PNG"):
            raise SystemExit(f"could not write {args.out}")
        print(f"{args.out}: {image.width()}x{image.height()}")
        return 0
    finally:
        window.close()
        await window.shutdown(grace=1)
        await core.aclose(grace=1)


if __name__ == "__main__":
    sys.exit(main())
