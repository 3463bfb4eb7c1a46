"""Label file checks: what a carrier's label file really is, and whether it can be used.

A label comes from the operator (a PDF from an e-mail, a phone photo) or from REVER's label
URL. Before anything is sent or printed the station checks, in this order: the file is not
empty and not over 10 MB; its first bytes say PDF, PNG or JPEG (the name alone proves
nothing: a web page saved as ``label.pdf`` is common); the name does not claim another of
those types; and the file actually opens (a PDF in PDFium, the engine QtPdf uses too; an
image's full decode). A PDF must also have pages, not be encrypted (it cannot be printed)
and not carry JavaScript or launch actions.

Each refusal is a :class:`LabelRefused` subclass carrying a plain-words message for the CLI
and the fields a translated message needs in the window. No Qt here.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import threading
import warnings
import zlib
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path, PurePath
from typing import ClassVar

from PIL import Image

from revdesk.api.models import LabelExtension
from revdesk.api.rever import MAX_LABEL_BYTES
from revdesk.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

__all__ = [
    "MAX_LABEL_BYTES",
    "MAX_LABEL_PAGES",
    "BrokenLabel",
    "CheckedLabel",
    "EmptyLabel",
    "LabelRefused",
    "LabelTooLarge",
    "LabelTypeMismatch",
    "LabelUnreadable",
    "NotARegularFile",
    "PdfWithoutPages",
    "TooManyPages",
    "UnsafePdf",
    "UnsupportedLabel",
    "check_label_bytes",
    "check_label_file",
    "describe_bytes",
    "extension_from_name",
    "sniff_type",
]

#: File-name suffixes the contract allows, and what each is sent as (``.jpeg`` goes as jpg).
NAME_EXTENSIONS: dict[str, LabelExtension] = {
    ".pdf": "pdf", ".png": "png", ".jpg": "jpg", ".jpeg": "jpg",
}
CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg",
}
TYPE_NAMES: dict[str, str] = {"pdf": QT_TRANSLATE_NOOP("LabelRefusal", "PDF"),
                              "png": QT_TRANSLATE_NOOP("LabelRefusal", "PNG image"),
                              "jpg": QT_TRANSLATE_NOOP("LabelRefusal", "JPG image")}

#: Why a file of the right type does not open (:class:`BrokenLabel`'s ``why``).
WHY_HEADER = QT_TRANSLATE_NOOP("LabelRefusal", "its header is damaged")
WHY_CUT_SHORT = QT_TRANSLATE_NOOP("LabelRefusal", "it is cut short (the end of the file is missing)")
WHY_INDEX = QT_TRANSLATE_NOOP("LabelRefusal", "its index points outside the file")
WHY_DAMAGED = QT_TRANSLATE_NOOP("LabelRefusal", "it is damaged (no PDF reader can open it)")
WHY_PAGE = QT_TRANSLATE_NOOP("LabelRefusal", "one of its pages is missing or damaged")
WHY_PIXELS = QT_TRANSLATE_NOOP("LabelRefusal", "the picture has far too many pixels")
WHY_PICTURE = QT_TRANSLATE_NOOP("LabelRefusal", "the picture is damaged or cut short")
WHY_NO_PAGES = QT_TRANSLATE_NOOP("LabelRefusal", "it has no pages")


def _tr(text: str) -> str:
    """A word marked in this module (a type, a kind of file, why it does not open), in the
    station's language; the fields of a refusal keep the English word."""
    return translate("LabelRefusal", text)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SOI = b"\xff\xd8\xff"
_PDF_HEADER = re.compile(rb"%PDF-[12]\.\d")
# The end marker and the index pointer sit in the last bytes; 1024 is the spec's figure,
# but some producers append a few hundred bytes of padding or a signature after it.
_PDF_TAIL = 4096
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF")
_XREF_AT = re.compile(rb"\s*(xref\b|\d+\s+\d+\s+obj\b)")
# Only to word PDFium's refusal of a PDF without pages (it says "format" or even "password"
# error for one): a page tree that counts 0, and no page object anywhere.
_PDF_ZERO_PAGES = re.compile(rb"/Count\s+0(?![\d.])")
_PDF_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z#])")
# A stream's data (content, image, font: binary, where these names may occur by chance) is
# left out of the name search; the dictionary before ``stream`` is searched.
_PDF_STREAM_START = re.compile(rb"(?<=>>)\s*stream(?:\r\n|\r|\n)")


def _pdf_names(*words: str) -> re.Pattern[bytes]:
    """The name tokens /word, with any letter #-escaped too (/J#61vaScript): a name ends at
    white space or a delimiter, so /JSON is not /JS."""
    def letter(ch: str) -> str:
        hex_digits = "".join(f"[{d}{d.lower()}]" if d.isalpha() else d for d in f"{ord(ch):02X}")
        return f"(?:{ch}|#{hex_digits})"

    names = "|".join("/" + "".join(letter(ch) for ch in word) for word in words)
    return re.compile(rf"(?:{names})(?![^\x00\t\n\x0c\r ()<>\[\]{{}}/%])".encode())


_PDF_ENCRYPT = _pdf_names("Encrypt")  # named by the trailer (or index stream) when encrypted
_PDF_ACTIVE = _pdf_names("JavaScript", "JS", "Launch")
# Object streams (PDF 1.5) hold ordinary objects, actions included, inside stream data.
_PDF_OBJSTM = _pdf_names("ObjStm")
_PDF_FILTER = _pdf_names("Filter")
_PDF_FLATE = re.compile(rb"^\s*(?:\[\s*)?(?:/FlateDecode|/Fl)(?:\s*\])?\s*$")
_PDF_FILTER_VALUE = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_PDF_DIRECT_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_PDF_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
#: What all of a label's object streams may unpack to: a zip bomb is refused, not unpacked.
MAX_OBJECT_STREAM_BYTES = 64 * 1024 * 1024
#: A label is a few pages (a carrier label, a customs form): more would empty the roll.
MAX_LABEL_PAGES = 20


# -- refusals -------------------------------------------------------------------------------


class LabelRefused(Exception):
    """A label file the station will not send or print; ``operator_message`` says why."""

    default_message = QT_TRANSLATE_NOOP("LabelRefusal", "This label file cannot be used.")

    def __init__(self, message: str | None = None, *, name: str = "", detail: str = "") -> None:
        self.operator_message = message or _tr(self.default_message)
        self.name = name
        self.detail = detail
        super().__init__(self.operator_message)

    def __str__(self) -> str:
        return self.operator_message


class LabelUnreadable(LabelRefused):
    default_message = QT_TRANSLATE_NOOP("LabelRefusal", "The file could not be read.")


class NotARegularFile(LabelUnreadable):
    """A folder, a pipe, a device: never opened as a label. ``kind`` says which."""

    def __init__(self, kind: str, **kw: str) -> None:
        self.kind = kind
        super().__init__(translate("LabelRefusal", "This is not a regular file ({kind}): choose "
                                   "the label file itself.").format(kind=_tr(kind)), **kw)


class EmptyLabel(LabelRefused):
    default_message = QT_TRANSLATE_NOOP("LabelRefusal",
                                        "The file is empty (0 bytes): pick the label file again.")


class LabelTooLarge(LabelRefused):
    def __init__(self, size: int, limit: int = MAX_LABEL_BYTES, **kw: str) -> None:
        self.size = size
        self.limit = limit
        super().__init__(too_large_text(size, limit), **kw)


class UnsupportedLabel(LabelRefused):
    """The bytes are none of PDF, PNG or JPEG; ``looks_like`` names what they seem to be."""

    def __init__(self, looks_like: str, **kw: str) -> None:
        self.looks_like = looks_like
        super().__init__(translate("LabelRefusal", "This is not a PDF, PNG or JPG label: the "
                                   "file looks like {what}.").format(what=_tr(looks_like)), **kw)


class LabelTypeMismatch(LabelRefused):
    """The name claims one allowed type and the bytes are another."""

    def __init__(self, named: str, actual: str, **kw: str) -> None:
        self.named = named
        self.actual = actual
        super().__init__(translate("LabelRefusal", "The file is named .{named} but it is a "
                                   "{actual}. Check that this is the right file.").format(
            named=named, actual=_tr(TYPE_NAMES[actual])), **kw)


class BrokenLabel(LabelRefused):
    """The type is right but the file does not open: cut short, damaged, or not decodable."""

    def __init__(self, kind: str, why: str, **kw: str) -> None:
        self.kind = kind
        self.why = why
        super().__init__(translate("LabelRefusal", "The {kind} does not open: {why}.").format(
            kind=_tr(TYPE_NAMES[kind]), why=_tr(why)), **kw)


class PdfWithoutPages(BrokenLabel):
    """A PDF without a single page: nothing to print."""

    def __init__(self, **kw: str) -> None:
        super().__init__("pdf", WHY_NO_PAGES, **kw)
        self.operator_message = translate("LabelRefusal",
                                          "The PDF has no pages: there is nothing to print.")


class TooManyPages(LabelRefused):
    """A PDF of more pages than any label: printed, it would empty the roll."""

    def __init__(self, count: int, **kw: str) -> None:
        self.count = count
        super().__init__(translate("LabelRefusal", "The PDF has {count} pages; a label has at "
                                   "most {limit}: check that this is the label file.").format(
            count=f"{count:,}", limit=MAX_LABEL_PAGES), **kw)


class UnsafePdf(LabelRefused):
    """A PDF the station will not pass on: ``reason`` "encrypted" (it cannot be printed) or
    "active" (JavaScript or launch actions)."""

    MESSAGES: ClassVar[dict[str, str]] = {
        "encrypted": QT_TRANSLATE_NOOP("LabelRefusal",
                                       "The PDF is encrypted: it cannot be printed."),
        "active": QT_TRANSLATE_NOOP("LabelRefusal",
                                    "The PDF contains JavaScript/launch actions; it was refused."),
        "unchecked": QT_TRANSLATE_NOOP("LabelRefusal",
                                       "The PDF packs its contents in a way the station cannot "
                                       "check for JavaScript; it was refused."),
    }

    def __init__(self, reason: str, **kw: str) -> None:
        self.reason = reason
        super().__init__(_tr(self.MESSAGES[reason]), **kw)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def too_large_text(size: int, limit: int) -> str:
    """"The file is 12.3 MB, over the 10.0 MB limit." The size is rounded up to the next
    0.1 MB, so a file just over the limit never reads as the limit itself."""
    return translate("LabelRefusal", "The file is {size}, over the {limit} limit.").format(
        size=f"{-(-size * 10 // 2**20) / 10:.1f} MB", limit=_megabytes(limit))


# -- the checked label ----------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedLabel:
    """A label file that passed every check: its bytes and the type its bytes prove."""

    data: bytes = field(repr=False)
    extension: LabelExtension
    name: str = ""
    #: Pixel size and declared resolution of an image label (None for a PDF, or no dpi).
    pixel_size: tuple[int, int] | None = None
    dpi: tuple[float, float] | None = None
    #: Each page's size in points (width, height) as the PDF engine reads it; () for an image.
    page_sizes: tuple[tuple[float, float], ...] = field(default=(), repr=False)

    @property
    def page_count(self) -> int:
        """Pages of a PDF (from the engine), 1 for an image."""
        return len(self.page_sizes) if self.extension == "pdf" else 1

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.extension]

    def file_name(self, stem: str) -> str:
        """``stem`` with the extension the bytes prove (``RP-1.pdf``)."""
        return f"{stem}.{self.extension}"


# -- what a file is -------------------------------------------------------------------------


def sniff_type(head: bytes) -> LabelExtension | None:
    """pdf, png or jpg from a file's first bytes, or None when it is none of them."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_PNG_SIGNATURE):
        return "png"
    if head.startswith(_JPEG_SOI):
        return "jpg"
    return None


def describe_bytes(head: bytes) -> str:
    """What a file that is not a label seems to be, in the operator's words."""
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return QT_TRANSLATE_NOOP("LabelRefusal", "an HEIC photo (export it from the phone as JPG)")
    if head.startswith(b"GIF8"):
        return QT_TRANSLATE_NOOP("LabelRefusal", "a GIF image")
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return QT_TRANSLATE_NOOP("LabelRefusal", "a WebP image")
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return QT_TRANSLATE_NOOP("LabelRefusal", "a TIFF image")
    if head.startswith(b"PK\x03\x04"):
        return QT_TRANSLATE_NOOP("LabelRefusal", "a ZIP archive or an Office document")
    if head.startswith(b"BM"):
        return QT_TRANSLATE_NOOP("LabelRefusal", "a BMP image")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return QT_TRANSLATE_NOOP("LabelRefusal", "a web page (the download may have failed)")
    if text.startswith(b"<"):
        return QT_TRANSLATE_NOOP("LabelRefusal", "an XML or HTML document")
    if b"%pdf-" in text[:1024]:
        return QT_TRANSLATE_NOOP("LabelRefusal", "a damaged PDF (it does not start with its header)")
    if head and all(32 <= b < 127 or b in b"\t\r\n" for b in head[:512]):
        return QT_TRANSLATE_NOOP("LabelRefusal", "a text file")
    return QT_TRANSLATE_NOOP("LabelRefusal", "a file of an unknown kind")


def extension_from_name(name: str) -> LabelExtension | None:
    """The label extension a file name claims (``.JPEG`` → jpg), or None if it claims none."""
    return NAME_EXTENSIONS.get(PurePath(name).suffix.lower())


# -- the checks -----------------------------------------------------------------------------


def check_label_file(path: Path | str, *, max_bytes: int = MAX_LABEL_BYTES) -> CheckedLabel:
    """Read and check a label file; raises a :class:`LabelRefused` subclass.

    Only a regular file is opened: a FIFO would block the open until something writes to
    it, a device such as /dev/zero has no size and never ends. Opened without blocking
    and checked again on the open file, so a file swapped for a FIFO in between is caught.
    """
    path = Path(path)
    try:
        _refuse_unless_regular(os.stat(path), path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            _refuse_unless_regular(info, path)
            # The size is known before reading: a 25 MB file is refused without loading it.
            if info.st_size > max_bytes:
                raise LabelTooLarge(info.st_size, max_bytes, name=path.name)
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise LabelUnreadable(
            translate("LabelRefusal", "The file could not be read ({why}).").format(
                why=exc.strerror or type(exc).__name__),
            name=path.name, detail=f"{path}: {exc}",
        ) from None
    return check_label_bytes(data, name=path.name, max_bytes=max_bytes)


def _refuse_unless_regular(info: os.stat_result, path: Path) -> None:
    if stat.S_ISREG(info.st_mode):
        return
    mode = info.st_mode
    kind = (QT_TRANSLATE_NOOP("LabelRefusal", "a folder") if stat.S_ISDIR(mode) else
            QT_TRANSLATE_NOOP("LabelRefusal", "a pipe") if stat.S_ISFIFO(mode) else
            QT_TRANSLATE_NOOP("LabelRefusal", "a device") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else QT_TRANSLATE_NOOP("LabelRefusal", "a socket") if stat.S_ISSOCK(mode)
            else QT_TRANSLATE_NOOP("LabelRefusal", "not a file"))
    raise NotARegularFile(kind, name=path.name, detail=f"{path}: mode {info.st_mode:o}")


def check_label_bytes(
    data: bytes, *, name: str = "", max_bytes: int = MAX_LABEL_BYTES
) -> CheckedLabel:
    """Check a label's bytes (and the name it came with, if any); raises LabelRefused."""
    if not data:
        raise EmptyLabel(name=name)
    if len(data) > max_bytes:
        raise LabelTooLarge(len(data), max_bytes, name=name)
    kind = sniff_type(data[:16])
    if kind is None:
        raise UnsupportedLabel(describe_bytes(data[:2048]), name=name,
                               detail=f"first bytes {data[:16]!r}")
    named = extension_from_name(name) if name else None
    if named is not None and named != kind:
        raise LabelTypeMismatch(PurePath(name).suffix.lower().lstrip("."), kind, name=name)
    if kind == "pdf":
        return CheckedLabel(data, kind, name, page_sizes=_check_pdf(data, name))
    pixel_size, dpi = _check_image(data, kind, name)
    return CheckedLabel(data, kind, name, pixel_size=pixel_size, dpi=dpi)


def _check_pdf(data: bytes, name: str) -> tuple[tuple[float, float], ...]:
    """Check a PDF and return its page sizes in points; raises LabelRefused.

    PDFium decides whether it opens, as it does for the window's preview and print (QtPdf
    is PDFium): an index that is missing or wrong is rebuilt, as every reader does. Two
    signs of lost bytes are refused before it, since a reader would show what is left of
    the label and that is a wrong label, not a damaged file: no end marker in the last
    bytes (a download or attachment cut short), and an index pointer beyond the end (the
    file is shorter than what its producer wrote).
    """
    if not _PDF_HEADER.match(data):
        raise BrokenLabel("pdf", WHY_HEADER, name=name, detail=repr(data[:16]))
    tail_start = max(0, len(data) - _PDF_TAIL)
    tail = data[tail_start:]
    if b"%%EOF" not in tail:
        raise BrokenLabel("pdf", WHY_CUT_SHORT,
                          name=name, detail="no %%EOF in the tail")
    pointers = list(_STARTXREF.finditer(tail))
    if pointers and int(pointers[-1].group(1)) >= tail_start + pointers[-1].start():
        raise BrokenLabel("pdf", WHY_INDEX, name=name,
                          detail=f"startxref {pointers[-1].group(1).decode()} "
                                 f"of {len(data)} bytes")
    if not pointers or not _XREF_AT.match(data, int(pointers[-1].group(1))):
        # Kept in the log: a label that prints fine today but that a stricter tool may not.
        log.info("label %s: its index is missing or misplaced; PDFium rebuilds it", name)
    outside = _outside_streams(data)
    # Cheap and said at once; the engine checks encryption and scripts again behind it.
    _check_pdf_is_safe(outside, name)
    _check_object_streams(data, name)
    return _read_pdf(data, outside, name)


# PDFium is not thread-safe, not even across documents: every use of it in this process
# (this check; a rasteriser later) holds this lock.
PDFIUM_LOCK = threading.Lock()


def _read_pdf(data: bytes, outside: bytes, name: str) -> tuple[tuple[float, float], ...]:
    """Open the PDF in PDFium: its page sizes, or the reason it cannot be used. Imported
    here, on the first PDF checked: the window's start-up never pays for the engine."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise _refusal_for_unopened(exc, outside, name) from None
        except Exception as exc:  # hostile input is refused in words, never a traceback
            raise BrokenLabel("pdf", WHY_DAMAGED, name=name,
                              detail=f"PDFium: {type(exc).__name__}: {exc}") from None
        try:
            if pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1:
                # No password to open it, yet encrypted: printing may be denied, and what
                # receives the file may not decrypt it.
                raise UnsafePdf("encrypted", name=name, detail="security handler present")
            if pdfium_c.FPDFDoc_GetJavaScriptActionCount(document) > 0:
                # The document's scripts, also where the name search cannot see them
                # (inside compressed object streams).
                raise UnsafePdf("active", name=name, detail="document JavaScript")
            count = len(document)
            if count < 1:
                raise PdfWithoutPages(name=name, detail="PDFium: 0 pages")
            if count > MAX_LABEL_PAGES:
                raise TooManyPages(count, name=name, detail=f"PDFium: {count} pages")
            sizes = []
            for index in range(count):
                try:
                    width, height = document.get_page_size(index)
                except pdfium.PdfiumError:
                    raise BrokenLabel(
                        "pdf", WHY_PAGE, name=name,
                        detail=f"PDFium: no size for page {index + 1} of {count}",
                    ) from None
                sizes.append((float(width), float(height)))
            return tuple(sizes)
        finally:
            document.close()


def _refusal_for_unopened(exc: Exception, outside: bytes, name: str) -> LabelRefused:
    """Why PDFium did not open the file, in words. PDFium opens no PDF without pages and
    then reports a format (or even a password) error, so the bytes choose the words: a
    password error is "encrypted" only when the file names /Encrypt."""
    import pypdfium2.raw as pdfium_c

    code = getattr(exc, "err_code", None)
    detail = f"PDFium: {exc}"
    if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY) and \
            _PDF_ENCRYPT.search(outside):
        return UnsafePdf("encrypted", name=name, detail=detail)
    if _PDF_ZERO_PAGES.search(outside) and not _PDF_PAGE_OBJECT.search(outside):
        return PdfWithoutPages(name=name, detail=detail)
    return BrokenLabel("pdf", WHY_DAMAGED, name=name,
                       detail=detail)


def _check_pdf_is_safe(outside: bytes, name: str) -> None:
    """Refuse an encrypted PDF, and one naming JavaScript or a launch action, by a search of
    the bytes outside stream data (``outside``). Names inside compressed object streams are
    not seen here; PDFium then sees encryption and document JavaScript, but an action in a
    compressed object (an OpenAction, a page's or a link's) is not looked for."""
    if found := _PDF_ENCRYPT.search(outside):
        raise UnsafePdf("encrypted", name=name, detail=f"name {found.group().decode()}")
    if found := _PDF_ACTIVE.search(outside):
        raise UnsafePdf("active", name=name, detail=f"name {found.group().decode()}")


def _check_object_streams(data: bytes, name: str) -> None:
    """Refuse JavaScript or a launch action kept inside an object stream, where neither the
    search outside streams nor PDFium's document-JavaScript count sees it (an OpenAction, a
    page's or a link's action). Each object stream is unpacked (Flate, or none), within
    :data:`MAX_OBJECT_STREAM_BYTES` in all; one that cannot be unpacked (another filter,
    damaged data, too big) cannot be checked and is refused."""
    budget = MAX_OBJECT_STREAM_BYTES
    for start in _PDF_STREAM_START.finditer(data):
        objects = list(_PDF_OBJ.finditer(data, max(0, start.start() - 4096), start.start()))
        head = data[objects[-1].end() if objects else max(0, start.start() - 4096):
                    start.start()]
        if not _PDF_OBJSTM.search(head):
            continue
        body_start = start.end()
        length = _PDF_DIRECT_LENGTH.search(head)
        end = body_start + int(length.group(1)) if length else data.find(b"endstream",
                                                                           body_start)
        body = data[body_start:end if end >= body_start else len(data)]
        try:
            unpacked = _unpack(head, body, budget)
        except ValueError as exc:
            raise UnsafePdf("unchecked", name=name, detail=f"object stream: {exc}") from None
        budget -= len(unpacked)
        if found := _PDF_ACTIVE.search(unpacked):
            raise UnsafePdf("active", name=name,
                            detail=f"name {found.group().decode()} in an object stream")


def _unpack(head: bytes, body: bytes, budget: int) -> bytes:
    """An object stream's data decoded (none or Flate, no predictor), or ValueError."""
    if not _PDF_FILTER.search(head):
        return body
    value = _PDF_FILTER_VALUE.search(head)
    if value is None or not _PDF_FLATE.match(value.group(1)) or b"/DecodeParms" in head:
        raise ValueError("a filter other than Flate")
    inflater = zlib.decompressobj()
    try:
        unpacked = inflater.decompress(body, budget + 1)
    except zlib.error as exc:
        raise ValueError(f"damaged Flate data ({exc})") from None
    if len(unpacked) > budget:
        raise ValueError(f"unpacks to more than {MAX_OBJECT_STREAM_BYTES} bytes")
    return unpacked


def _outside_streams(data: bytes) -> bytes:
    """``data`` without its streams' data, in one pass (a stream left open is kept)."""
    parts: list[bytes] = []
    pos = 0
    while (start := _PDF_STREAM_START.search(data, pos)) is not None:
        end = data.find(b"endstream", start.end())
        if end < 0:
            break
        parts.append(data[pos:start.start()])
        pos = end + len(b"endstream")
    parts.append(data[pos:])
    return b" ".join(parts)


_PIL_FORMATS = {"png": "PNG", "jpg": "JPEG"}


def _check_image(
    data: bytes, kind: LabelExtension, name: str
) -> tuple[tuple[int, int], tuple[float, float] | None]:
    """Fully decode an image label: the header check of ``verify()`` misses a cut-short
    picture, so the pixels are decoded too (a JPEG at 1/8 scale: every byte of its
    compressed data is still read, at a fraction of the cost)."""
    formats = [_PIL_FORMATS[kind]]
    with warnings.catch_warnings():
        # An image of absurd pixel count is refused rather than decoded.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(BytesIO(data), formats=formats) as image:
                image.verify()
            with Image.open(BytesIO(data), formats=formats) as image:
                pixel_size = image.size
                dpi = _plausible_dpi(image.info.get("dpi"))
                if kind == "jpg":
                    image.draft("L", (max(1, image.width // 8), max(1, image.height // 8)))
                image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise BrokenLabel(kind, WHY_PIXELS, name=name,
                              detail=str(exc)) from None
        # Pillow raises many kinds of error on hostile input (OSError, SyntaxError,
        # ValueError, struct.error, ...): any of them means "does not decode".
        except Exception as exc:
            raise BrokenLabel(kind, WHY_PICTURE, name=name,
                              detail=f"{type(exc).__name__}: {exc}") from None
    return pixel_size, dpi


def _plausible_dpi(value: object) -> tuple[float, float] | None:
    # Some files say 1 (or nothing) for "unknown"; anything from 50 to 2400 is a real density.
    if not isinstance(value, tuple) or len(value) != 2:
        return None
    try:
        x, y = float(value[0]), float(value[1])
    except (TypeError, ValueError):
        return None
    return (x, y) if 50 <= x <= 2400 and 50 <= y <= 2400 else None
