"""Draw the station's icon (run once; the PNG is committed, as the sounds are).

    python resources/icons/make_icon.py

A parcel with a barcode label on the station's blue: what the desk does, legible at the
48 px a desktop's menu shows and at 256 px. Drawn at 4x and scaled down for smooth edges.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 256
SCALE = 4


def draw() -> Image.Image:
    s = SIZE * SCALE

    def px(value: float) -> int:
        return round(value * SCALE)

    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((px(8), px(8), px(248), px(248)), radius=px(44), fill="#1f5fa8")
    # the parcel: front and lid
    pen.polygon([(px(48), px(96)), (px(128), px(64)), (px(208), px(96)), (px(128), px(128))],
                fill="#e3b778")
    pen.polygon([(px(48), px(96)), (px(128), px(128)), (px(128), px(216)), (px(48), px(184))],
                fill="#c8924a")
    pen.polygon([(px(128), px(128)), (px(208), px(96)), (px(208), px(184)), (px(128), px(216))],
                fill="#b07a36")
    # the label with its barcode, on the parcel's front
    pen.rectangle((px(64), px(128), px(116), px(176)), fill="white")
    x = 69.0
    for width in (3, 1.5, 1.5, 4, 1.5, 3, 1.5, 4, 1.5, 3, 1.5):
        pen.rectangle((px(x), px(134), px(x + width) - 1, px(166)), fill="black")
        x += width + 2
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    draw().save(HERE / "revdesk.png", optimize=True)
    print(HERE / "revdesk.png")
