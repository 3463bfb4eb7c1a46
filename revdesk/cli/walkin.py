"""``revdesk walkin start``: start a walk-in customer's return (Storefront API, [doc]
``POST /returns/intent/start``) and write the slip with the QR code they finish it with.

The customer's token is in the slip's QR code only: never printed here."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from revdesk.core import StationCore
from revdesk.domain.qr_slip import QrSlipError
from revdesk.domain.walkin import WalkinOutcome, WalkinResult, check_form, walkin_slip
from revdesk.i18n import translate
from revdesk.settings_store import load_settings

from .common import EXIT_NOT_FOUND, EXIT_UNAVAILABLE, EXIT_USAGE, CliError, run_with_core, visible
from .label import check_output, write_output

#: What each outcome ends the command with.
EXITS = {
    WalkinOutcome.ORDER_NOT_FOUND: EXIT_NOT_FOUND,
    WalkinOutcome.EMAIL_MISMATCH: EXIT_USAGE,
    WalkinOutcome.PLATFORM_DOWN: EXIT_UNAVAILABLE,
    WalkinOutcome.NOT_AVAILABLE: EXIT_UNAVAILABLE,
    WalkinOutcome.REFUSED: EXIT_UNAVAILABLE,
}


def register(sub: Any) -> None:
    parser = sub.add_parser("walkin", help="walk-in returns (Storefront API)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="start a walk-in customer's return and make its slip")
    start.add_argument("--email", required=True, help="the e-mail the customer ordered with")
    start.add_argument("--order", required=True, metavar="ORDER_NUMBER", help="the order number")
    start.add_argument("-o", "--output", metavar="FILE.pdf|FILE.zpl",
                       help="write the 4x6 in slip with its QR code: ZPL when the name ends "
                            "in .zpl, else PDF ('-' for standard output)")
    start.set_defaults(func=run_start)


def run_start(args: argparse.Namespace) -> int:
    problems = check_form(args.email, args.order)
    if problems:
        raise CliError(EXIT_USAGE, " ".join(p.message for p in problems))
    if args.output:
        check_output(args.output, "slip.pdf")
    settings = load_settings()

    async def action(core: StationCore) -> WalkinResult:
        return await core.walkin.start(args.email, args.order)

    result = run_with_core(action)
    if not result.started:
        raise CliError(EXITS[result.outcome], result.message)
    # Said before the slip is made: whatever happens to the file, the return exists. On
    # standard error when the slip itself goes to standard output.
    say = sys.stderr if args.output == "-" else sys.stdout
    print(visible(result.message), file=say)
    if not args.output:
        print(translate("CliWalkin", "no slip was written (-o FILE.pdf writes one): the "
                        "customer finishes the return with its QR code"), file=say)
        return 0
    profile = settings.printer_for("intake")
    try:
        slip = walkin_slip(result, portal_url=settings.returns_portal_url,
                           station=settings.station_name)
        data = slip.zpl(profile.dpi) if args.output.lower().endswith(".zpl") \
            else slip.pdf(profile.dpi)
    except QrSlipError as exc:
        raise CliError(EXIT_UNAVAILABLE, translate(
            "CliWalkin", "the return was started, but no slip can be made for it: {why}"
        ).format(why=exc.operator_message)) from None
    write_output(args.output, data)
    if args.output != "-":
        print(translate("CliWalkin", "slip written to {path}").format(
            path=visible(args.output)))
    return 0
