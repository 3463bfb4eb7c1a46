"""``revdesk label`` and ``revdesk logistics manual`` against the sandbox over loopback:
the files written, the exact body the sandbox received, and refusals that send nothing."""

from __future__ import annotations

import base64
import contextlib
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from revdesk.api.models import Address
from revdesk.cli import main
from revdesk.config import StationSettings
from revdesk.domain.labels import check_label_bytes
from revdesk.settings_store import SettingsStore

WAREHOUSE = Address(company="Acme returns", address_line_1="Calle del Muelle 2",
                    city="Zaragoza", postcode="50001", country="Spain", country_code="ES")


def pointed_at(server: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``revdesk ...`` in this process, pointed at ``server``; returns the exit code."""
    monkeypatch.setenv("REVDESK_API_URL", server.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    SettingsStore().save(StationSettings(station_name="DOCK-2", warehouse_address=WAREHOUSE))
    return lambda *args: main(list(args))


@pytest.fixture
def cli(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """For tests that change the sandbox's data."""
    return pointed_at(sandbox, monkeypatch)


@pytest.fixture
def reader(shared_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """For tests that only read: the session's shared sandbox."""
    return pointed_at(shared_sandbox, monkeypatch)


def processes(sandbox: Any) -> list[dict[str, Any]]:
    answer = httpx.get(f"{sandbox.url}/v1/processes", params={"page_size": 200},
                       headers={"x-rever-api-key": "test"})
    answer.raise_for_status()
    return sorted(answer.json()["processes"], key=lambda p: p["process_id"])


def with_label(sandbox: Any, *, png: bool) -> str:
    """A return that has a carrier label; the sandbox serves a PNG for every fifth one."""
    for p in processes(sandbox):
        if p["tracking_id"] and (int(p["process_id"].split("-")[1]) % 5 == 0) == png:
            return str(p["process_id"])
    raise AssertionError("the seed has no such return")


def posts(sandbox: Any) -> list[dict[str, Any]]:
    return [r for r in sandbox.requests() if r["method"] == "POST"]


def jpeg_file(path: Path) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((300, 450), 60).convert("RGB").save(buffer, "JPEG", dpi=(203, 203))
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def reportlab_pdf(*, pages: int = 1, encrypt: object = None) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(288, 432), encrypt=encrypt)
    for _ in range(pages):
        canvas.drawString(20, 400, "RP-100004")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def without_index(pdf: bytes) -> bytes:
    """``pdf`` with its xref table and its pointer cut out: every reader rebuilds them."""
    stripped = re.sub(rb"\nxref\n.*?(?=trailer)", b"\n", pdf, flags=re.S)
    return re.sub(rb"startxref\s+\d+\s+", b"", stripped)


def encrypted_pdf(user_password: str = "") -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return reportlab_pdf(encrypt=StandardEncryption(user_password, ownerPassword="owner"))


def upload_as_is(sandbox: Any, pid: str, data: bytes) -> None:
    """Make ``data`` the return's label without the station's checks (REVER keeps what
    any client uploads)."""
    order = {"carrier": "SEUR", "provider": "sendcloud", "process_id": pid,
             "return_method": "DROP_OFF_POINT", "tracking_id": "TRK-1",
             "from": {}, "to": WAREHOUSE.request_body()}
    answer = httpx.post(f"{sandbox.url}/v1/processes/{pid}/logistics/",
                        headers={"x-rever-api-key": "test"},
                        json={"label": base64.b64encode(data).decode(),
                              "label_extension": "pdf", "order": order})
    assert answer.status_code == 200, answer.text


# -- label fetch ----------------------------------------------------------------------------


def test_label_fetch_writes_the_served_pdf(reader: Any, shared_sandbox: Any, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    pid = with_label(shared_sandbox, png=False)
    out = tmp_path / "label.pdf"
    assert reader("label", "fetch", pid, "-o", str(out)) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and check_label_bytes(data, name="label.pdf")
    assert f"{pid}: label (pdf, {len(data)} bytes)" in capsys.readouterr().out
    assert not list(tmp_path.glob(".label.pdf.*"))  # no temporary file left behind


def test_label_fetch_of_a_png_label(reader: Any, shared_sandbox: Any, tmp_path: Path) -> None:
    out = tmp_path / "label.png"
    assert reader("label", "fetch", with_label(shared_sandbox, png=True), "-o", str(out)) == 0
    assert check_label_bytes(out.read_bytes(), name="label.png").extension == "png"


def test_label_fetch_of_a_return_without_a_label_is_exit_3(
        reader: Any, shared_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pid = next(p["process_id"] for p in processes(shared_sandbox) if not p["tracking_id"])
    out = tmp_path / "label.pdf"
    assert reader("label", "fetch", pid, "-o", str(out)) == 3
    assert f"No label for {pid}" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(("served", "words"), [
    (encrypted_pdf(), "The PDF is encrypted: it cannot be printed."),
    (encrypted_pdf("secret"), "The PDF is encrypted: it cannot be printed."),
    (reportlab_pdf(pages=0), "The PDF has no pages: there is nothing to print."),
    (b"%PDF-1.4\n" + b"\x00garbage" * 100 + b"\n%%EOF\n", "it is damaged"),
], ids=["encrypted", "password", "no-pages", "garbage"])
def test_label_fetch_of_a_label_file_that_cannot_be_used_is_exit_2(
        cli: Any, sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        served: bytes, words: str) -> None:
    """A file problem, not "backend unavailable" (exit 5): a retry fetches the same bytes."""
    upload_as_is(sandbox, "RP-100004", served)
    out = tmp_path / "label.pdf"
    assert cli("label", "fetch", "RP-100004", "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "the label REVER serves for RP-100004 cannot be used" in err and words in err
    assert "Nothing was written" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("action", ["fetch", "intake"])
def test_label_output_to_a_folder_is_exit_2_and_leaves_no_temporary_file(
        reader: Any, shared_sandbox: Any, tmp_path: Path, action: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """-o DIR wrote the label to a temporary file beside DIR, then failed to rename it over
    the folder: exit 2, with a hidden .DIR.xxx.tmp left behind every time."""
    pid = with_label(shared_sandbox, png=False)
    out = tmp_path / "out"  # not tmp_path: the station's data folder is there
    folder = out / "labels"
    folder.mkdir(parents=True)
    assert reader("label", action, pid, "-o", str(folder)) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and "Traceback" not in err
    assert [p.name for p in out.rglob("*") if p != folder] == []


def test_a_label_that_cannot_be_renamed_into_place_leaves_no_temporary_file(
        reader: Any, shared_sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("revdesk.domain.output_file.os.replace", refuse)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "label.pdf"
    assert reader("label", "fetch", with_label(shared_sandbox, png=False), "-o", str(out)) == 2
    assert "Permission denied" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []


# -- label intake ---------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_label_intake_writes_a_4x6_pdf_whose_barcode_is_the_process_id(
        reader: Any, tmp_path: Path) -> None:
    from pyzbar.pyzbar import decode

    out = tmp_path / "intake.pdf"
    assert reader("label", "intake", "RP-100002", "-o", str(out)) == 0
    check_label_bytes(out.read_bytes(), name="intake.pdf")
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(out), str(tmp_path / "page")],
                   check=True, timeout=60)
    (page,) = sorted(tmp_path.glob("page-*.png"))
    image = Image.open(page)
    assert image.size == (812, 1218)
    assert {(d.type, d.data) for d in decode(image)} == {("CODE128", b"RP-100002"),
                                                          ("QRCODE", b"RP-100002")}
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    assert "DOCK-2" in text  # the station name from the settings


def test_label_intake_of_several_returns_is_one_pdf(reader: Any, tmp_path: Path) -> None:
    out = tmp_path / "intake.pdf"
    assert reader("label", "intake", "RP-100001", "RP-100002", "RP-100003", "-o", str(out)) == 0
    assert out.read_bytes().count(b"/Type /Page\n") == 3


def test_label_intake_of_an_unknown_return_is_exit_3(reader: Any, tmp_path: Path) -> None:
    out = tmp_path / "intake.pdf"
    assert reader("label", "intake", "RP-999999", "-o", str(out)) == 3
    assert not out.exists()


# -- logistics manual -----------------------------------------------------------------------


def test_logistics_manual_sends_exactly_the_documented_body(
        cli: Any, sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    label = tmp_path / "photo.jpeg"
    data = jpeg_file(label)
    served = next(p for p in processes(sandbox) if p["process_id"] == "RP-100004")
    customer = served["customer"]
    sandbox.clear_requests()
    code = cli("logistics", "manual", "RP-100004", "--label", str(label), "--carrier", "SEUR",
               "--provider", "sendcloud", "--return-method", "drop_off_point",
               "--tracking-id", "TRK-42", "--tracking-url", "https://track.example/TRK-42")
    assert code == 0, capsys.readouterr().err
    assert "RP-100004: manual logistic order" in capsys.readouterr().out
    (post,) = posts(sandbox)
    assert post["path"] == "/v1/processes/RP-100004/logistics/" and post["status"] == 200
    body = post["body"]
    assert set(body) == {"label", "label_extension", "order"}
    assert base64.b64decode(body["label"]) == data
    assert body["label_extension"] == "jpg"  # .jpeg is sent as jpg
    # The return's own address, what it leaves empty taken from its customer.
    sender = {**dict.fromkeys(Address.model_fields, ""), **served["customer_address"]}
    for name in ("first_name", "last_name", "email", "rever_id"):
        sender[name] = sender[name] or customer[name]
    assert sender["address_line_1"] and sender["rever_id"] == customer["rever_id"]
    assert body["order"] == {
        "carrier": "SEUR", "provider": "sendcloud", "process_id": "RP-100004",
        "return_method": "DROP_OFF_POINT", "tracking_id": "TRK-42",
        "tracking_url": "https://track.example/TRK-42",
        "from": sender, "to": WAREHOUSE.request_body(),
    }
    # The uploaded label is now the return's label, byte for byte.
    out = tmp_path / "back.jpg"
    assert cli("label", "fetch", "RP-100004", "-o", str(out)) == 0
    assert out.read_bytes() == data


def test_logistics_manual_spells_out_control_characters_in_what_it_says(
        cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The carrier and tracking id are sent as given, but the success line shows them as
    the rest of the CLI's output does: an escape sequence cannot act on the terminal."""
    label = tmp_path / "photo.jpg"
    jpeg_file(label)
    code = cli("logistics", "manual", "RP-100004", "--label", str(label),
               "--carrier", "SEUR\x1b[2J", "--provider", "sendcloud",
               "--return-method", "DROP_OFF_POINT", "--tracking-id", "TRK\u202e42\x07")
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "(SEUR\\x1b[2J, tracking TRK\\u202e42\\x07, jpg label)" in out
    assert not any(c in out for c in "\x1b\u202e\x07")


def refused(run: Any, server: Any, label: Path, capsys: pytest.CaptureFixture[str]) -> str:
    server.clear_requests()
    code = run("logistics", "manual", "RP-100004", "--label", str(label), "--carrier", "SEUR",
               "--provider", "sendcloud", "--return-method", "DROP_OFF_POINT",
               "--tracking-id", "TRK-42")
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Nothing was sent" in err and "Traceback" not in err
    assert posts(server) == []
    return err


@pytest.mark.parametrize(("data", "words"), [
    (encrypted_pdf(), "The PDF is encrypted"),
    (encrypted_pdf("secret"), "The PDF is encrypted"),
    (reportlab_pdf(pages=0), "The PDF has no pages"),
    (b"%PDF-1.7\n" + b"\x00garbage" * 100 + b"\n%%EOF\n", "does not open"),
], ids=["encrypted", "password", "no-pages", "garbage"])
def test_a_pdf_that_cannot_be_printed_is_refused_and_nothing_sent(
        reader: Any, shared_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        data: bytes, words: str) -> None:
    label = tmp_path / "label.pdf"
    label.write_bytes(data)
    assert words in refused(reader, shared_sandbox, label, capsys)


def test_a_pdf_without_an_index_is_uploaded_and_fetched_back_as_it_is(
        cli: Any, sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every reader opens it (1 page, 288x432); the station refused it as "its index is
    missing", and label fetch then exited 5."""
    label = tmp_path / "label.pdf"
    data = without_index(reportlab_pdf())
    assert b"xref" not in data
    label.write_bytes(data)
    assert cli("logistics", "manual", "RP-100004", "--label", str(label), "--carrier", "SEUR",
               "--provider", "sendcloud", "--return-method", "DROP_OFF_POINT",
               "--tracking-id", "TRK-42") == 0, capsys.readouterr().err
    out = tmp_path / "back.pdf"
    assert cli("label", "fetch", "RP-100004", "-o", str(out)) == 0
    assert out.read_bytes() == data


def test_a_text_file_named_pdf_is_refused_and_nothing_sent(
        reader: Any, shared_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    label = tmp_path / "label.pdf"
    label.write_text("not a pdf")
    assert "not a PDF, PNG or JPG" in refused(reader, shared_sandbox, label, capsys)


def test_a_truncated_png_is_refused_and_nothing_sent(
        reader: Any, shared_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((400, 600), 60).save(buffer, "PNG")
    label = tmp_path / "label.png"
    label.write_bytes(buffer.getvalue()[:5000])
    assert "does not open" in refused(reader, shared_sandbox, label, capsys)


def test_a_25_mb_file_is_refused_and_nothing_sent(
        reader: Any, shared_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    label = tmp_path / "label.pdf"
    with label.open("wb") as f:
        f.write(b"%PDF-1.4\n")
        f.truncate(25 * 1024 * 1024)
    assert "10.0 MB" in refused(reader, shared_sandbox, label, capsys)


def test_an_empty_file_is_refused_and_nothing_sent(
        reader: Any, shared_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    label = tmp_path / "label.pdf"
    label.write_bytes(b"")
    assert "empty" in refused(reader, shared_sandbox, label, capsys)


def test_an_unknown_return_method_lists_the_valid_ones(
        reader: Any, shared_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    label = tmp_path / "photo.jpg"
    jpeg_file(label)
    shared_sandbox.clear_requests()
    assert reader("logistics", "manual", "RP-100004", "--label", str(label), "--carrier", "C",
               "--provider", "P", "--return-method", "BY_PIGEON", "--tracking-id", "T") == 2
    assert "HOME_PICK_UP" in capsys.readouterr().err
    assert posts(shared_sandbox) == []


def test_the_cli_as_a_script_would_run_it(shared_sandbox: Any, tmp_path: Path) -> None:
    """One run as a real subprocess: the exit code and plain words reach the shell."""
    label = tmp_path / "label.pdf"
    label.write_text("<html>login</html>")
    env = {**os.environ, "REVDESK_API_URL": shared_sandbox.url, "REVDESK_API_KEY": "test"}
    result = subprocess.run(
        [sys.executable, "-m", "revdesk", "logistics", "manual", "RP-100004", "--label",
         str(label), "--carrier", "SEUR", "--provider", "sendcloud", "--return-method",
         "IN_STORE", "--tracking-id", "T"],
        capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 2 and "web page" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_label_that_is_not_a_regular_file_is_exit_2_at_once(
        shared_sandbox: Any, tmp_path: Path, kind: str) -> None:
    """A FIFO with no writer hung the command in open(); /dev/zero was read to the cap."""
    if kind == "fifo":
        label = tmp_path / "label.pdf"
        os.mkfifo(label)
    elif kind == "folder":
        label = tmp_path / "labels"
        label.mkdir()
    else:
        label = Path("/dev/zero")
    env = {**os.environ, "REVDESK_API_URL": shared_sandbox.url, "REVDESK_API_KEY": "test"}
    shared_sandbox.clear_requests()
    result = subprocess.run(
        [sys.executable, "-m", "revdesk", "logistics", "manual", "RP-100004", "--label",
         str(label), "--carrier", "SEUR", "--provider", "sendcloud", "--return-method",
         "IN_STORE", "--tracking-id", "T"],
        capture_output=True, text=True, env=env, timeout=30, check=False)
    assert result.returncode == 2, result.stderr
    assert "not a regular file" in result.stderr and "Nothing was sent" in result.stderr
    assert "Traceback" not in result.stderr
    assert posts(shared_sandbox) == []


def _device(where: Path, kind: int = stat.S_IFCHR, number: tuple[int, int] = (1, 3)) -> Path:
    """A device node of our own (by default the null device), never the machine's own."""
    node = where / ("disk" if kind == stat.S_IFBLK else "device")
    try:
        os.mknod(node, 0o666 | kind, os.makedev(*number))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return node


def _args(action: str, sandbox: Any) -> list[str]:
    return (["audit", "export"] if action == "export" else
            ["label", action, with_label(sandbox, png=False)])


@pytest.mark.parametrize("through_link", [False, True], ids=["node", "link"])
@pytest.mark.parametrize("action", ["fetch", "intake", "export"])
def test_output_to_a_character_device_is_written_in_place(
        reader: Any, shared_sandbox: Any, tmp_path: Path, action: str,
        through_link: bool) -> None:
    """-o /dev/null (or a printer's USB port) was replaced by a plain file: the label went to
    a temporary file renamed over the node. It is written into the device, as by >."""
    out = tmp_path / "out"
    out.mkdir()
    node = _device(out)
    target = node
    if through_link:
        target = out / "label.pdf"
        target.symlink_to(node.name)
    assert reader(*_args(action, shared_sandbox), "-o", str(target)) == 0
    assert stat.S_ISCHR(os.lstat(node).st_mode) and target.is_symlink() == through_link
    assert sorted(p.name for p in out.iterdir()) == sorted({node.name, target.name})


@pytest.mark.parametrize("action", ["fetch", "intake", "export"])
def test_output_to_a_fifo_is_written_to_its_reader_or_refused_without_one(
        reader: Any, shared_sandbox: Any, tmp_path: Path, action: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A FIFO was replaced by a plain file. With a reader (a spooler) it gets the label;
    with none it is exit 2 at once, never waited on."""
    fifo = tmp_path / "spool"
    os.mkfifo(fifo)
    assert reader(*_args(action, shared_sandbox), "-o", str(fifo)) == 2
    assert "is a pipe nothing reads from" in capsys.readouterr().err
    got: list[bytes] = []
    opened = threading.Event()

    def spooler() -> None:
        # Opened without waiting, so the test knows a reader is there; then read until the
        # writer, once it came, has closed (before it comes, a read says 0 bytes too).
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        opened.set()
        os.set_blocking(fd, True)
        data, deadline = b"", time.monotonic() + 30
        while time.monotonic() < deadline:
            chunk = os.read(fd, 65536)
            if chunk:
                data += chunk
            elif data:
                break
            else:
                time.sleep(0.01)
        os.close(fd)
        got.append(data)

    listening = threading.Thread(target=spooler, daemon=True)
    listening.start()
    assert opened.wait(10)
    assert reader(*_args(action, shared_sandbox), "-o", str(fifo)) == 0
    listening.join(30)
    assert got and got[0].startswith(b"time," if action == "export" else b"%PDF")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("action", ["fetch", "intake", "export"])
def test_output_to_a_disk_device_is_exit_2_and_never_opened(
        reader: Any, shared_sandbox: Any, tmp_path: Path, action: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    disk = _device(out, stat.S_IFBLK, (7, 250))  # a loop device number, never written
    assert reader(*_args(action, shared_sandbox), "-o", str(disk)) == 2
    assert "is a disk device or a socket" in capsys.readouterr().err
    assert stat.S_ISBLK(os.lstat(disk).st_mode) and [p.name for p in out.iterdir()] == ["disk"]


@pytest.mark.parametrize("action", ["fetch", "intake", "export"])
def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(
        reader: Any, shared_sandbox: Any, tmp_path: Path, action: str) -> None:
    """The link was replaced by a plain file and the file it named kept its old bytes."""
    out = tmp_path / "out"
    (out / "spool").mkdir(parents=True)
    real = out / "spool" / "current.pdf"
    real.write_bytes(b"old")
    link = out / "label.pdf"
    link.symlink_to(Path("spool") / "current.pdf")
    args = (["audit", "export"] if action == "export" else
            ["label", action, with_label(shared_sandbox, png=False)])
    assert reader(*args, "-o", str(link)) == 0
    assert link.is_symlink() and real.read_bytes() != b"old"
    assert real.read_bytes().startswith(b"time," if action == "export" else b"%PDF")
    assert sorted(p.name for p in out.rglob("*")) == ["current.pdf", "label.pdf", "spool"]


@pytest.fixture
def full_disk(tmp_path: Path) -> Any:
    """A folder on a 64 kB tmpfs filled to the last byte (mounting needs root)."""
    where = tmp_path / "full"
    where.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("a real full disk needs a tmpfs, which only root can mount")
    try:
        filler = os.open(where / "filler", os.O_WRONLY | os.O_CREAT)
        with contextlib.suppress(OSError):
            while True:
                os.write(filler, b"\0" * 512)
        os.close(filler)
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


@pytest.mark.parametrize("action", ["fetch", "intake", "export"])
def test_output_to_a_full_disk_is_exit_74_and_leaves_nothing(
        reader: Any, shared_sandbox: Any, full_disk: Path, action: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A full disk was exit 2, "bad usage", where standard output's is 74: a script could
    not tell a wrong path from a disk to empty and retry."""
    args = (["audit", "export"] if action == "export" else
            ["label", action, with_label(shared_sandbox, png=False)])
    assert reader(*args, "-o", str(full_disk / "out")) == 74
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err
    assert [p.name for p in full_disk.iterdir()] == ["filler"]


@pytest.mark.parametrize("action", ["intake", "export"])
def test_output_gets_the_mode_a_shell_gives_or_keeps_the_replaced_files(
        reader: Any, tmp_path: Path, action: str) -> None:
    """Every label and CSV was 0600 (the temporary file's mode), even replacing a 0644
    file: a print spooler or a colleague running as another user could not read it."""
    args = ["audit", "export"] if action == "export" else ["label", "intake", "RP-100001"]
    new, kept = tmp_path / "new.out", tmp_path / "kept.out"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    old_umask = os.umask(0o022)
    try:
        assert reader(*args, "-o", str(new)) == 0
        assert reader(*args, "-o", str(kept)) == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_bytes() != b"old"
