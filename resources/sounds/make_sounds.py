"""Build the station's feedback sounds (run once; the WAVs are committed).

    python resources/sounds/make_sounds.py

Three sounds an operator tells apart without looking, through a noisy hall:
success = a short rising two-tone chime; notice = two medium beeps (amber: look, but
nothing is wrong with the parcel); error = three low buzzes (red: put the parcel aside).
Mono, 16-bit, 22,050 Hz: each file well under 30 KB.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent


def tone(freq: float, seconds: float, *, volume: float = 0.6, harmonics: int = 1) -> list[float]:
    """A tone with a 5 ms attack and release so it does not click; odd harmonics make
    a buzz (square-like) that cuts through noise."""
    n = int(RATE * seconds)
    ramp = int(RATE * 0.005)
    out = []
    for i in range(n):
        t = i / RATE
        value = sum(math.sin(2 * math.pi * freq * k * t) / k for k in range(1, 2 * harmonics, 2))
        envelope = min(1.0, i / ramp, (n - 1 - i) / ramp)
        out.append(volume * envelope * value / (1.0 if harmonics == 1 else 1.2))
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> Path:
    path = HERE / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(
            struct.pack("<h", max(-32767, min(32767, int(s * 32767)))) for s in samples))
    return path


def main() -> None:
    success = tone(880, 0.08) + tone(1320, 0.14)
    notice = tone(660, 0.12) + silence(0.06) + tone(660, 0.12)
    error = []
    for _ in range(3):
        error += tone(196, 0.14, volume=0.7, harmonics=4) + silence(0.05)
    for name, samples in (("success.wav", success), ("notice.wav", notice),
                          ("error.wav", error)):
        path = write(name, samples)
        print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
