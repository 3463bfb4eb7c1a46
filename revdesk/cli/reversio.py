"""``revdesk reversio status|link|import``: Revers.io from a script (seeds 000, 001).

Runs on the Revers.io accounts alone (``REVDESK_REVERSIO_URL`` with its key and secret, or
the accounts saved in the settings; with none, the built-in sandbox), never on the REVER
backend: a station whose REVER side is down or not set up still reaches Revers.io.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import stat
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from revdesk.api import errors
from revdesk.api.reversio import ReversioRefused
from revdesk.domain.reversio import ReversioService
from revdesk.i18n import translate

from .common import (
    EXIT_NOT_FOUND,
    EXIT_USAGE,
    CliError,
    exit_code_for,
    print_json,
    visible,
)

T = TypeVar("T")


def register(sub: Any) -> None:
    parser = sub.add_parser("reversio", help="Revers.io: an order's status, a self-care link")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser(
        "status", help="an order reference's status, on every Revers.io account (exit 3 "
                       "if no account knows it)")
    status.add_argument("reference", metavar="ORDER_REF")
    status.add_argument("--account", metavar="NAME", help="only this account")
    status.add_argument("--json", action="store_true", help="one JSON list, a row per account")
    status.set_defaults(func=run_status)
    link = actions.add_parser("link", help="create the customer's self-care link of an order")
    link.add_argument("order_id", metavar="ORDER_ID", help="the Revers.io order id")
    link.add_argument("--account", metavar="NAME", help="the account (needed if several)")
    link.add_argument("-o", "--output", metavar="SLIP.pdf",
                      help="also write the 4x6 slip with the link as a QR code")
    link.set_defaults(func=run_link)
    imp = actions.add_parser("import", help="import an order (PUT /orders) from a JSON file "
                                            "in the document's form")
    imp.add_argument("file", metavar="FILE.json")
    imp.add_argument("--account", metavar="NAME", help="the account (needed if several)")
    imp.set_defaults(func=run_import)
    accounts = actions.add_parser("accounts", help="list the Revers.io accounts (never secrets)")
    accounts.set_defaults(func=run_accounts)
    add = actions.add_parser(
        "account-add", help="add or change an account; its subscription key and secret are "
                            "read from standard input (one a line, or prompted) and stored "
                            "in the OS credential store")
    add.add_argument("name", metavar="NAME")
    add.add_argument("url", metavar="URL", help="the base /token and /orders hang from, "
                                                "e.g. https://customer-api.revers.io/api/v1")
    add.set_defaults(func=run_account_add)


def _run(action: Callable[[ReversioService], Awaitable[T]]) -> T:
    from revdesk.settings_store import SettingsStore

    store = SettingsStore()

    async def go() -> T:
        service = ReversioService(lambda: store.current)
        if service.is_sandbox:
            print("revdesk: " + translate(
                "ReversioCli", "Revers.io from the built-in sandbox (no Revers.io account set)"),
                file=sys.stderr)
        try:
            return await action(service)
        finally:
            await service.aclose()

    try:
        return asyncio.run(go())
    except ReversioRefused as exc:
        # One line (the CLI's messages are), each problem after the head, field by field.
        head, *problems = exc.operator_message.split("\n")
        raise CliError(EXIT_USAGE, " ".join([head, *(p.removeprefix("• ") + ";"
                                                      for p in problems)]).rstrip(";")) from None
    except errors.ApiError as exc:
        raise CliError(exit_code_for(exc), visible(exc.operator_message)) from None


def _account(service: ReversioService, wanted: str | None) -> str:
    names = service.account_names()
    if wanted is not None:
        if wanted not in names:
            raise CliError(EXIT_USAGE, translate("ReversioCli", "no Revers.io account named "
                                                   "“{name}”; the accounts: {names}").format(
                name=visible(wanted), names=", ".join(map(visible, names))))
        return wanted
    if len(names) > 1:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "several Revers.io accounts: choose one "
                                               "with --account ({names})").format(
            names=", ".join(map(visible, names))))
    return names[0]


def run_status(args: argparse.Namespace) -> int:
    reference = args.reference.strip()
    if not reference:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "give an order reference"))

    async def action(service: ReversioService) -> list[Any]:
        if args.account is not None:
            return [await service.status(_account(service, args.account), reference)]
        return await service.status_everywhere(reference)

    rows = _run(action)
    if args.json:
        print_json([{"account": r.account, "order_reference": r.reference,
                     "status": r.status.status if r.status else None,
                     "order_id": r.status.orderId if r.status else None,
                     "not_found": r.not_found, "problem": r.problem or None} for r in rows])
    else:
        for row in rows:
            order_id = f"\t{row.status.orderId}" if row.status and row.status.orderId else ""
            print(f"{visible(row.account)}\t{visible(row.reference)}\t"
                  f"{visible(row.status_text)}{order_id}")
    if any(r.status is not None for r in rows):
        return 0
    if all(r.not_found for r in rows):
        raise CliError(EXIT_NOT_FOUND, translate("ReversioCli", "no Revers.io account knows the order "
                                                   "{reference}").format(
            reference=visible(reference)))
    failed = next((r.error for r in rows if r.error is not None), None)
    raise CliError(exit_code_for(failed) if failed is not None else 5,
                   translate("ReversioCli", "Revers.io could not be asked: see the rows above"))


def run_link(args: argparse.Namespace) -> int:
    async def action(service: ReversioService) -> tuple[str, str]:
        account = _account(service, args.account)
        return account, await service.create_link(account, args.order_id)

    account, link = _run(action)
    print(visible(link))
    if args.output:
        from revdesk.domain.qr_slip import QrSlipError
        from revdesk.domain.reversio import self_care_slip

        from .label import write_output

        try:
            pdf = self_care_slip(link, order=args.order_id.strip(), account=account).pdf()
        except QrSlipError as exc:
            raise CliError(5, exc.operator_message) from None
        write_output(args.output, pdf)
    return 0


#: An order file larger than this is not one (the document's example is about 2 kB).
MAX_ORDER_FILE = 1_000_000


def _read_capped(path: Path, limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``path``; None when it is not a regular file. Never reads a
    device whole (a link to /dev/zero filled the memory) nor waits on a FIFO."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return file.read(limit)


def run_import(args: argparse.Namespace) -> int:
    from revdesk.api.transport import read_json

    try:
        raw = _read_capped(Path(args.file), MAX_ORDER_FILE + 1)
    except OSError as exc:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "cannot read {file}: {why}").format(
            file=visible(args.file), why=exc.strerror or exc)) from None
    if raw is None:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "{file} is not a regular file")
                       .format(file=visible(args.file)))
    if len(raw) > MAX_ORDER_FILE:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "{file} is too large for an order").format(
            file=visible(args.file)))
    try:
        data = read_json(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "{file} is not JSON: {why}").format(
            file=visible(args.file), why=exc)) from None
    if not isinstance(data, dict):
        raise CliError(EXIT_USAGE, translate("ReversioCli", "{file} is not a JSON object").format(
            file=visible(args.file)))

    async def action(service: ReversioService) -> str:
        return await service.import_order(_account(service, args.account), data)

    print(visible(_run(action)))
    return 0


def run_accounts(args: argparse.Namespace) -> int:
    from revdesk.config import load_reversio_secrets, reversio_accounts
    from revdesk.settings_store import SettingsStore

    found = reversio_accounts(SettingsStore().current)
    if not found:
        print(translate("ReversioCli", "no Revers.io account: the built-in sandbox serves Revers.io"))
        return 0
    for account in found:
        key, secret = load_reversio_secrets(account.url)
        has = (translate("ReversioCli", "key and secret set") if key and secret
               else translate("ReversioCli", "key or secret MISSING"))
        print(f"{visible(account.name)}\t{visible(account.url)}\t{has}")
    return 0


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def run_account_add(args: argparse.Namespace) -> int:
    from revdesk.api.reversio import check_reversio_url
    from revdesk.config import ReversioAccount, SettingsError, save_reversio_secrets
    from revdesk.settings_store import SettingsStore

    name = args.name.strip()
    if not name or not name.isprintable() or len(name) > 60:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "give the account a name of up to 60 "
                                                   "printable characters"))
    try:
        url = check_reversio_url(args.url)
    except errors.ApiError as exc:
        raise CliError(EXIT_USAGE, visible(exc.operator_message)) from None
    key = _read_secret("Revers.io subscription key: ")
    secret = _read_secret("Revers.io secret: ")
    if not key or not secret:
        raise CliError(EXIT_USAGE, translate("ReversioCli", "both the subscription key and the secret "
                                                   "are needed; nothing was saved"))
    try:
        save_reversio_secrets(url, key, secret)
        store = SettingsStore()
        kept = [a for a in store.current.reversio_accounts if a.name != name]
        store.update(reversio_accounts=[*kept, ReversioAccount(name=name, url=url)])
    except SettingsError as exc:
        raise CliError(EXIT_USAGE, str(exc)) from None
    print(translate("ReversioCli", "Revers.io account {name} saved; its key and secret are in the "
                    "credential store").format(name=visible(name)))
    return 0
