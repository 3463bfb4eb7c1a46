"""``revdesk accounts list|add|remove``: the REVER accounts of a 3PL desk from a script
(issue 17, D), checked as Settings → "More REVER accounts…" checks them
(``revdesk/account_setup.py``). A key is read from standard input (``--key-stdin``) or
prompted without echo, and goes only to the credential store; no output ever holds one.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from revdesk.i18n import translate

from .common import EXIT_NOT_FOUND, EXIT_USAGE, CliError, print_json, visible


def register(sub: Any) -> None:
    parser = sub.add_parser("accounts", help="the REVER accounts of the station (the main one "
                                             "and more, one key per merchant)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listed = actions.add_parser("list", help="the accounts, the main one first, and where "
                                             "each key comes from (never the key)")
    listed.add_argument("--json", action="store_true", help="one JSON list")
    listed.set_defaults(func=run_list)
    add = actions.add_parser(
        "add", help="add an account (or replace the one of that name); its key is stored in "
                    "the OS credential store")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--ecommerce", metavar="ID", default="", help="its e-commerce id")
    add.add_argument("--group", metavar="G", default="", help="its e-commerce group")
    add.add_argument("--url", metavar="URL", default="",
                     help="its REVER API address (none beside a sandbox main account)")
    add.add_argument("--key-stdin", action="store_true",
                     help="read the key from standard input (else prompted, without echo, "
                          "on a terminal)")
    add.set_defaults(func=run_add)
    remove = actions.add_parser("remove", help="remove an account and forget its key "
                                               "(exit 3 if there is none of that name)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(func=run_remove)


def run_list(args: argparse.Namespace) -> int:
    from revdesk.account_setup import account_rows
    from revdesk.settings_store import SettingsStore

    rows = account_rows(SettingsStore().current)
    if args.json:
        print_json([{"name": r.name, "main": r.main, "api_url": r.api_url or None,
                     "sandbox": not r.api_url, "ecommerce_id": r.ecommerce_id or None,
                     "ecommerce_group": r.ecommerce_group or None, "key": r.key.value}
                    for r in rows])
        return 0
    for row in rows:
        print("\t".join(visible(text) for text in (
            row.name, row.address, row.ecommerce, row.key.words())))
    return 0


def _read_key(from_stdin: bool, name: str) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    import getpass

    return getpass.getpass(translate(
        "AccountsCli", "API key of {name} (empty: keep the one stored): ").format(
            name=visible(name.strip()))).strip()


def run_add(args: argparse.Namespace) -> int:
    from revdesk.account_setup import (
        AccountProblem,
        KeyState,
        add_account,
        checked_account,
        key_state,
        main_is_sandbox,
    )
    from revdesk.config import SettingsError, account_env_name
    from revdesk.settings_store import SettingsStore

    store = SettingsStore()
    settings = store.current
    key = ""
    # Prompted (no echo) on a terminal when the account will need one and no
    # environment variable gives it; a script passes it with --key-stdin.
    prompt = (not main_is_sandbox(settings) and sys.stdin is not None and sys.stdin.isatty()
              and not os.environ.get(account_env_name(args.name.strip()), "").strip())
    if args.key_stdin or prompt:
        key = _read_key(args.key_stdin, args.name)
    try:
        account = checked_account(settings, name=args.name, api_url=args.url,
                                  ecommerce_id=args.ecommerce, ecommerce_group=args.group,
                                  key_typed=bool(key))
        replaced = add_account(store, account, key or None)
    except (AccountProblem, SettingsError) as exc:
        raise CliError(EXIT_USAGE, visible(str(exc))) from None
    said = (translate("AccountsCli", "account {name} replaced") if replaced
            else translate("AccountsCli", "account {name} added")).format(name=visible(account.name))
    state = key_state(account)
    if state is KeyState.ENVIRONMENT:
        said += translate("AccountsCli", "; its key comes from {env}").format(
            env=account_env_name(account.name))
    elif state is KeyState.STORED:
        said += translate("AccountsCli", "; its key is in the credential store")
    print(said)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from revdesk.account_setup import remove_account
    from revdesk.config import SettingsError, account_env_name
    from revdesk.settings_store import SettingsStore

    name = args.name.strip()
    try:
        gone = remove_account(SettingsStore(), name)
    except SettingsError as exc:
        raise CliError(EXIT_USAGE, visible(str(exc))) from None
    if gone is None:
        raise CliError(EXIT_NOT_FOUND, translate(
            "AccountsCli", "no account named “{name}” (the main account is set in Settings)")
            .format(name=visible(name)))
    account = gone.account
    # Only what is true of its key: a stored one deleted, none deleted (no credential
    # store, none stored), or one its variable still gives.
    if gone.key_forgotten:
        said = translate("AccountsCli", "account {name} removed; its stored key was forgotten")
    elif account.api_url:
        said = translate("AccountsCli", "account {name} removed; no stored key was deleted")
    else:
        said = translate("AccountsCli", "account {name} removed")
    said = said.format(name=visible(account.name))
    if gone.key_in_environment:
        said += translate("AccountsCli", "; its key is set by {env} in the environment: unset "
                          "it there").format(env=account_env_name(account.name))
    print(said)
    return 0
