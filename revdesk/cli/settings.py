"""``revdesk settings export FILE`` / ``revdesk settings import FILE``: one station's shared
settings to a file, and that file onto other stations (a roll-out). No key travels: see
``revdesk/settings_transfer.py`` for what is shared and what each station keeps."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from revdesk.config import SettingsError
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore
from revdesk.settings_transfer import (
    TransferError,
    apply_import,
    describe_changes,
    export_settings,
    plan_import,
    read_import,
)

from .common import EXIT_LOCAL_DATA, EXIT_USAGE, CliError, visible


def register(sub: Any) -> None:
    parser = sub.add_parser("settings", help="export the station's settings (no key), or "
                                             "import them on another station")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="write the settings a roll-out shares to FILE (JSON, without any key, "
                       "station name, operator or printer)")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(func=run_export)
    imported = actions.add_parser(
        "import", help="apply FILE's settings to this station (its name, operator, printers "
                       "and keys are kept)")
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument("--dry-run", action="store_true",
                          help="only show what would change")
    imported.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    store = SettingsStore()
    try:
        export_settings(store, args.file)
    except TransferError as exc:
        raise CliError(EXIT_LOCAL_DATA, str(exc)) from None
    print(f"Settings exported to {visible(str(args.file))} (no key, station name, operator "
          "or printer in it).")
    return 0


def run_import(args: argparse.Namespace) -> int:
    store = SettingsStore()
    try:
        plan = plan_import(store.stored, read_import(args.file))
    except TransferError as exc:
        raise CliError(EXIT_USAGE, str(exc)) from None
    for line in describe_changes(plan):
        print(visible(line))
    if args.dry_run or not plan.changes:
        if args.dry_run:
            print("Dry run: nothing was changed.")
        return 0
    try:
        apply_import(store, plan)
    except SettingsError as exc:
        raise CliError(EXIT_LOCAL_DATA, str(exc)) from None
    changed = len(plan.changes)
    print(translate("SettingsCli", "Imported: %n setting(s) changed in {path}.", "", changed)
          .format(path=visible(str(store.path))))
    return 0
