"""A picture whose header declares far more pixels than it carries (a decompression bomb)
is refused before decoding as too large, whichever bound meets it first: ours (25 million
pixels) or Pillow's own (about 89 and 179 million)."""

from __future__ import annotations

import struct
import zlib

import pytest

from revdesk.domain.pictures import PictureRefused, thumbnail_of


def declared_png(width: int, height: int) -> bytes:
    """A PNG of a few dozen bytes whose header says ``width`` x ``height``."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b""))
            + chunk(b"IEND", b""))


@pytest.mark.parametrize(("width", "height"), [(6000, 6000), (10000, 10000), (50000, 50000)])
def test_a_declared_giant_is_too_large_not_unreadable(width: int, height: int) -> None:
    with pytest.raises(PictureRefused) as refused:
        thumbnail_of(declared_png(width, height), "image/png")
    assert refused.value.operator_message == "The picture is too large to show."
