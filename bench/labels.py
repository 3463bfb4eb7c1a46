"""Label figures: time to make one intake label (median), a 500-label batch, and the upload
check of a label file. Targets: <= 10 ms a label, <= 5 s for 500. For ZPL printers: the
intake label as ZPL (median, <= 2 ms) and a carrier label PDF's bytes checked and drawn
into ZPL at 203 dpi (p95, <= 150 ms).

    python bench/labels.py [--quick]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from revdesk.domain.carrier_zpl import carrier_label_zpl
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf, intake_labels_pdf
from revdesk.domain.intake_zpl import intake_label_zpl
from revdesk.domain.labels import check_label_bytes
from revdesk.domain.zpl import LabelStock
from revdesk.sandbox.labels import render

BATCH = 500
TARGETS = {"intake_label_ms": 10.0, "intake_batch_500_s": 5.0, "label_check_pdf_ms": 10.0,
           "intake_zpl_ms": 2.0, "carrier_pdf_zpl_p95_ms": 150.0}
STOCK_203 = LabelStock.inches(4, 6, 203)
WHEN = datetime(2026, 1, 1, 9, 0)


def _info(n: int) -> IntakeInfo:
    return IntakeInfo(f"RP-{100000 + n}", f"#A{5000 + n}", "Ana García Fernández",
                      "IN_WAREHOUSE", "DOCK-2", WHEN)


def _samples_ms(fn: Callable[[int], object], runs: int) -> list[float]:
    fn(0)  # warm-up: font metrics and module caches
    samples = []
    for n in range(runs):
        started = time.perf_counter()
        fn(n)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _median_ms(fn: Callable[[int], object], runs: int) -> float:
    return statistics.median(_samples_ms(fn, runs))


def _p95_ms(fn: Callable[[int], object], runs: int) -> float:
    return statistics.quantiles(_samples_ms(fn, runs), n=20)[-1]


def _carrier_pdf(n: int) -> bytes:
    """A sandbox carrier label (reportlab: text, addresses, a Code 128), as REVER serves."""
    return render({"process_id": f"RP-{100001 + 5 * n}", "tracking_id": f"1Z999AA1{n:010d}",
                   "carrier": "UPS", "customer_address": {
                       "first_name": "Ana", "last_name": "García", "address_line_1": "Calle 1",
                       "postcode": "28001", "city": "Madrid", "country": "Spain"}}, "pdf")


def run(quick: bool = False) -> dict[str, float]:
    """The figures, in the units their names say."""
    runs = 30 if quick else 200
    label = intake_label_pdf(_info(0))
    started = time.perf_counter()
    intake_labels_pdf([_info(n) for n in range(BATCH)])
    batch_s = time.perf_counter() - started
    carriers = [_carrier_pdf(n) for n in range(runs + 1)]
    return {
        "intake_label_ms": _median_ms(lambda n: intake_label_pdf(_info(n)), runs),
        "intake_batch_500_s": batch_s,
        "label_check_pdf_ms": _median_ms(lambda n: check_label_bytes(label), runs),
        "intake_zpl_ms": _median_ms(lambda n: intake_label_zpl(_info(n)), runs),
        # From the file's bytes, as a print job goes: checked by PDFium, drawn, encoded.
        "carrier_pdf_zpl_p95_ms": _p95_ms(
            lambda n: carrier_label_zpl(check_label_bytes(carriers[n]), STOCK_203), runs),
    }


def main() -> int:
    figures = run(quick="--quick" in sys.argv)
    print(f"{'figure':<24} {'value':>9} {'target':>9}")
    for name, value in figures.items():
        target = TARGETS.get(name)
        mark = "" if target is None else ("  ok" if value <= target else "  OVER")
        print(f"{name:<24} {value:>9.2f} {target or float('nan'):>9.2f}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
