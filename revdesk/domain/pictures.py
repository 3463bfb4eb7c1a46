"""Product pictures for the parcel's contents: loaded in the background, checked, made
into a small thumbnail and cached on disk in the data folder. No Qt here.

A picture's address comes from the merchant's platform: untrusted. It is downloaded
through the merchant client's transport (``Transport.download``, as a label is): http or
https only, plain http only from this computer, no link-local or unspecified address, every
redirect hop checked before it is connected to, at most 5 of them, the size capped at
:data:`MAX_PICTURE_BYTES` (a larger answer is refused unread). What comes must say it is
an image (``Content-Type`` ``image/png|jpeg|gif|webp``) *and* be one (its first bytes, then
Pillow opens it, refusing more than :data:`MAX_PIXELS` before decoding). Only the
thumbnail, a PNG of at most :data:`THUMBNAIL_PX` square, is kept and shown.

The cache (``<data folder>/pictures/<sha256 of the address>.png``) is bounded in files and
bytes (the oldest go first), written to a temporary file and renamed into place, so two
processes sharing the folder never read half a file.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import stat
import tempfile
import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Protocol

from revdesk.api import errors
from revdesk.i18n import translate

log = logging.getLogger(__name__)

MAX_PICTURE_BYTES = 2 * 1024 * 1024
#: A picture larger than this (width x height) is refused before it is decoded: a small
#: file can unpack into gigabytes.
MAX_PIXELS = 25_000_000
THUMBNAIL_PX = 64
#: Far above a 64-pixel PNG (RGBA, uncompressed: 16 kB): a bigger cached file is not ours.
MAX_THUMBNAIL_BYTES = 256 * 1024
FOLDER = "pictures"
CACHE_MAX_FILES = 2000
CACHE_MAX_BYTES = 32 * 1024 * 1024
#: Pictures loaded at once: a 40-line order does not open 40 connections.
AT_ONCE = 4
IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"))


class Downloader(Protocol):
    async def download_picture(self, url: str, *, max_bytes: int) -> tuple[bytes, str]: ...


class PictureRefused(Exception):
    """Why a picture is not shown, in the operator's words; ``detail`` for the log."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.operator_message = message
        self.detail = detail


@dataclass(frozen=True)
class Picture:
    url: str
    #: The thumbnail (PNG bytes), or None when refused.
    thumbnail: bytes | None
    #: Why there is no thumbnail ("" with one).
    problem: str = ""
    from_cache: bool = False


def _logged(url: str) -> str:
    """An address for the log: no query (a signed picture address carries its token there)."""
    return url.split("?", 1)[0].split("#", 1)[0][:200]


def cache_name(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest() + ".png"


class PictureCache:
    """Thumbnails by address, on disk, bounded. Every failure of the folder (full disk,
    no rights) is logged and the picture is simply loaded again next time."""

    def __init__(self, folder: Path, *, max_files: int = CACHE_MAX_FILES,
                 max_bytes: int = CACHE_MAX_BYTES) -> None:
        self.folder = folder
        self.max_files = max_files
        self.max_bytes = max_bytes

    def get(self, url: str) -> bytes | None:
        path = self.folder / cache_name(url)
        try:
            data = _read_thumbnail(path)
        except OSError:
            return None
        if not data.startswith(_MAGIC[0][0]) or len(data) > MAX_THUMBNAIL_BYTES:
            # Not ours: dropped, loaded again.
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: evicted last
        return data

    def put(self, url: str, thumbnail: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".new-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(thumbnail)
                os.replace(temporary, self.folder / cache_name(url))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
            self._evict()
        except OSError as exc:
            log.info("picture cache: not kept: %s", exc)

    def _evict(self) -> None:
        entries = []
        for path in self.folder.glob("*.png"):
            with contextlib.suppress(OSError):
                info = path.stat()
                entries.append((info.st_mtime, info.st_size, path))
        entries.sort(reverse=True)  # newest first: the oldest beyond the bounds go
        total = 0
        for count, (_, size, path) in enumerate(entries, 1):
            total += size
            if count > self.max_files or total > self.max_bytes:
                with contextlib.suppress(OSError):
                    path.unlink()


def _read_thumbnail(path: Path) -> bytes:
    """A cached thumbnail: a regular file, read no further than a thumbnail can be. Something
    else under its name (a FIFO, a link to /dev/zero) would hang the loader or fill memory:
    it is dropped ("not ours") like any file that is not a PNG."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return file.read(MAX_THUMBNAIL_BYTES + 1)


def _content_type(declared: str) -> str:
    return declared.split(";", 1)[0].strip().lower()


def thumbnail_of(data: bytes, declared_type: str, *, size: int = THUMBNAIL_PX) -> bytes:
    """A PNG thumbnail of ``data``, or PictureRefused: not said to be an image, not one,
    or too many pixels."""
    kind = _content_type(declared_type)
    if kind not in IMAGE_TYPES:
        raise PictureRefused(
            translate("Pictures", "The picture's address gave something that is not a "
                      "picture."), detail=f"content type {kind[:60]!r}")
    looks = next((t for magic, t in _MAGIC if data.startswith(magic)), "")
    if not looks and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        looks = "image/webp"
    if not looks:
        raise PictureRefused(
            translate("Pictures", "The picture's address gave something that is not a "
                      "picture."), detail=f"declared {kind}, first bytes {data[:8]!r}")
    from PIL import Image  # 30 ms with its plugins: with the first picture, not at start-up

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise PictureRefused(
                        translate("Pictures", "The picture is too large to show."),
                        detail=f"{width}x{height} pixels")
                image.thumbnail((size, size))
                out = BytesIO()
                image.convert("RGBA").save(out, "PNG")
                return out.getvalue()
    except PictureRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's own bound, met before ours when the header declares far more pixels
        # (a few bytes declaring 50000x50000): too large, as ours says, not unreadable.
        raise PictureRefused(translate("Pictures", "The picture is too large to show."),
                             detail=f"{type(exc).__name__}: {exc}") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise PictureRefused(
            translate("Pictures", "The picture cannot be read."),
            detail=f"{type(exc).__name__}: {exc}") from None


class PictureLoader:
    """Loads pictures through ``source`` (the merchant client), at most :data:`AT_ONCE` at
    a time; one address asked twice at once is downloaded once."""

    def __init__(self, source: Downloader | None, cache: PictureCache, *,
                 max_bytes: int = MAX_PICTURE_BYTES, at_once: int = AT_ONCE) -> None:
        self.source = source
        self.cache = cache
        self.max_bytes = max_bytes
        self._gate = asyncio.Semaphore(at_once)
        self._loading: dict[str, asyncio.Future[Picture]] = {}

    async def load(self, url: str) -> Picture:
        """The picture at ``url``: never raises for what the address gives."""
        url = url.strip()
        if not url:
            return Picture(url, None, translate("Pictures", "No picture."))
        cached = await asyncio.to_thread(self.cache.get, url)
        if cached is not None:
            return Picture(url, cached, from_cache=True)
        if url in self._loading:
            return await asyncio.shield(self._loading[url])
        future: asyncio.Future[Picture] = asyncio.get_running_loop().create_future()
        self._loading[url] = future
        try:
            picture = await self._fetch(url)
            future.set_result(picture)
            return picture
        except asyncio.CancelledError:
            future.cancel()  # whoever waits on the same address is cancelled too
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: a cancelled load with no one waiting is no error
            raise
        finally:
            del self._loading[url]

    async def _fetch(self, url: str) -> Picture:
        if self.source is None:
            return Picture(url, None, translate("Pictures", "No merchant platform is set up."))
        async with self._gate:
            try:
                data, declared = await self.source.download_picture(url,
                                                                    max_bytes=self.max_bytes)
                thumbnail = await asyncio.to_thread(thumbnail_of, data, declared)
            except errors.TooLarge as exc:
                log.info("picture %s: %s", _logged(url), exc.log_text())
                return Picture(url, None, translate("Pictures", "The picture is too large to "
                                                    "download."))
            except errors.LabelUrlRefused as exc:
                # The transport's words are about labels: the picture's own are said here.
                log.info("picture %s: %s", _logged(url), exc.log_text())
                return Picture(url, None, translate(
                    "Pictures", "The picture's address is not one the station loads from."))
            except errors.ApiError as exc:
                log.info("picture %s: %s", _logged(url), exc.log_text())
                return Picture(url, None, translate("Pictures", "The picture could not be "
                                                    "loaded."))
            except PictureRefused as exc:
                log.info("picture %s: %s (%s)", _logged(url), exc.operator_message, exc.detail)
                return Picture(url, None, exc.operator_message)
        await asyncio.to_thread(self.cache.put, url, thumbnail)
        return Picture(url, thumbnail)
