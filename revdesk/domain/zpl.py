"""ZPL building blocks shared by the intake label and the carrier labels (no Qt).

ZPL is the command language of Zebra-type thermal printers: a label is ``^XA … ^XZ``, each
field a position (``^FO``/``^FT``), a kind (text, barcode, graphic) and its data
(``^FD … ^FS``). Two rules hold for every label revdesk sends:

- Field data is always written with ``^FH`` (hexadecimal escapes): anything but plain
  letters, digits and a few safe signs goes as ``_XX``, the bytes of its UTF-8 (``^CI28``).
  A customer name from REVER that contains ``^`` or ``~`` would otherwise be read by the
  printer as a command (``~JR`` resets it), and a newline or a control character as
  anything at all.
- Pictures go as ``^GFA`` in ZPL's compressed ASCII hexadecimal (runs of a digit as
  letters, ``,`` for a row's white end, ``:`` for a row repeated): the format every ZPL
  printer and emulator reads, and about a sixteenth of the plain hexadecimal's size. The
  encoding is zebrafy's (:class:`zebrafy.GraphicField`); we give it the 1-bit picture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "LabelStock",
    "field_data",
    "graphic_field",
    "label_frame",
]

#: Sent as themselves inside ^FH field data; every other byte is escaped. Not ^ ~ _ (the
#: command and escape characters), not \ (some emulators read it as an escape too).
_SAFE = re.compile(r"[A-Za-z0-9 .,:;!?#&*+=/()\[\]{}@$%'\"<>|-]*")


@dataclass(frozen=True)
class LabelStock:
    """The label the printer holds: its size in dots at its resolution."""

    width_dots: int
    height_dots: int
    dpi: int

    @classmethod
    def inches(cls, width_in: float, height_in: float, dpi: int) -> LabelStock:
        return cls(round(width_in * dpi), round(height_in * dpi), dpi)

    @classmethod
    def millimetres(cls, width_mm: float, height_mm: float, dpi: int) -> LabelStock:
        return cls.inches(width_mm / 25.4, height_mm / 25.4, dpi)

    def dots(self, points: float) -> int:
        """PDF points (1/72 in) as whole printer dots."""
        return round(points * self.dpi / 72.0)


def field_data(text: str) -> str:
    """``^FH_^FD<text>^FS`` with every byte that could act on the printer escaped.

    A character that is not printable (a control character, a line break) is first spelled
    out as ``\\xNN``: the label shows that something odd was there rather than nothing.
    """
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    if _SAFE.fullmatch(text):
        return f"^FH_^FD{text}^FS"
    out = []
    for char in text:
        if _SAFE.fullmatch(char):
            out.append(char)
        else:
            out.append("".join(f"_{b:02X}" for b in char.encode("utf-8")))
    return f"^FH_^FD{''.join(out)}^FS"


def graphic_field(image: Image.Image) -> str:
    """A 1-bit picture (black prints) as ``^GFA,…^FS`` in compressed ASCII hexadecimal."""
    from zebrafy import GraphicField

    if image.mode != "1":
        raise ValueError(f"a graphic field needs a 1-bit picture, not mode {image.mode}")
    return str(GraphicField(image, format="ASCII_COMPRESSED").get_graphic_field())


def label_frame(stock: LabelStock, body: str) -> str:
    """One whole label: UTF-8 text (^CI28), the print width and length of the stock, the
    home at its corner, and one copy (a job never inherits the previous one's ^PQ)."""
    return (f"^XA^CI28^PW{stock.width_dots}^LL{stock.height_dots}^LH0,0\n"
            f"{body}^PQ1^XZ\n")
