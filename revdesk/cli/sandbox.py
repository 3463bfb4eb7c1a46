"""``revdesk sandbox``: run the local REVER sandbox over HTTP on this computer."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .common import EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE, CliError, data_dir

EXPOSED = ("anyone on the network can read and change the sandbox's data "
           "(plain http, and any key is accepted unless --api-key or --key is set)")


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return int(text)


#: The most demo returns a sandbox makes: about 1.5 GB and a minute and a half of seeding
#: (the benchmarks use 100,000). More filled the disk (1.5 kB a return) for hours.
MAX_PROCESSES = 1_000_000


def _processes(text: str) -> int:
    value = _count(text)
    if value > MAX_PROCESSES:
        raise argparse.ArgumentTypeError(
            f"{text} is more than {MAX_PROCESSES:,} demo returns (about 1.5 kB of disk each)")
    return value


def _port(text: str) -> int:
    value = _count(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port number (0-65535)")
    return value


def _host_of(url: str) -> str:
    return urlsplit(url).hostname or ""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sandbox", help="run the local REVER sandbox (demo data, fault injection)",
        description="Serve a local copy of the REVER Admin API with demo returns, stored in "
                    "SQLite. Stop it with Ctrl+C.",
    )
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default %(default)s); an address beyond this "
                        "computer needs --allow-remote")
    p.add_argument("--allow-remote", action="store_true",
                   help="allow --host to be reachable from other computers (0.0.0.0, a LAN "
                        "address): anyone on the network can then read and change the data")
    p.add_argument("--port", type=_port, default=8765,
                   help="port (default %(default)s; 0 picks a free one)")
    p.add_argument("--data", metavar="DIR", type=Path, default=None,
                   help="where the sandbox keeps its database (default: <data dir>/sandbox)")
    p.add_argument("--processes", metavar="N", type=_processes, default=500,
                   help="demo returns of acme to create in a new database (default %(default)s)")
    p.add_argument("--latency-ms", metavar="N", type=_count, default=0,
                   help="delay every API answer by N milliseconds")
    p.add_argument("--fail-rate", metavar="F", type=_fraction, default=0.0,
                   help="share of API calls answered 502/503/504 (0 to 1)")
    p.add_argument("--rate429", metavar="F", type=_fraction, default=0.0,
                   help="share of API calls answered 429 Too Many Requests (0 to 1)")
    p.add_argument("--assumed", metavar="MODE", type=_assumed_mode, default="",
                   help="answer the assumed Processes paths (the list, one return) as a REVER "
                        "without them would: 404, 405, 501 or malformed")
    p.add_argument("--merchant", metavar="MODE", type=_merchant_mode, default="",
                   help="answer the merchant platform's orders as a platform that is down "
                        "(500 or 503) or sends what is not an order (malformed)")
    p.add_argument("--api-key", metavar="K", default=None,
                   help="accept only this key (default: any non-empty key); with --key, "
                        "also this one, seeing every e-commerce")
    # Not parsed by argparse: its error would print the value, and the value holds a key.
    p.add_argument("--key", metavar="KEY=SCOPE", action="append", default=[],
                   help="[sandbox assumption] accept KEY, seeing only SCOPE's returns (an "
                        "e-commerce: acme, northwind; or a group: acme-group, northwind-group, "
                        "desk-group); repeatable; also from REVDESK_SANDBOX_KEYS="
                        "\"k1=acme,k2=northwind\" (kept out of the process list)")
    p.add_argument("--northwind", metavar="N", type=_processes, default=None,
                   help="demo returns of the second e-commerce, northwind, added when the "
                        "database has none (default: 150 with scoped keys, else none)")
    p.set_defaults(func=run)


def _assumed_mode(text: str) -> str:
    from revdesk.sandbox.faults import ASSUMED_MODES  # not at start-up: it loads starlette

    if text not in ASSUMED_MODES:  # "" (the default): answered normally
        raise argparse.ArgumentTypeError(f"{text!r} is not one of "
                                         + ", ".join(ASSUMED_MODES[1:]))
    return text


def _merchant_mode(text: str) -> str:
    from revdesk.sandbox.faults import MERCHANT_MODES

    if text not in MERCHANT_MODES:
        raise argparse.ArgumentTypeError(f"{text!r} is not one of "
                                         + ", ".join(MERCHANT_MODES[1:]))
    return text


def scoped_keys(specs: list[str]) -> dict[str, str]:
    """{key: scope} from ``REVDESK_SANDBOX_KEYS`` and the ``--key`` options together; a
    usage error (never showing a key) for one that cannot be used."""
    from revdesk.sandbox.scopes import ENV_KEYS, BadKeySpec, parse_specs

    from_env = [item for item in os.environ.get(ENV_KEYS, "").split(",") if item.strip()]
    try:
        return parse_specs([*from_env, *specs])
    except BadKeySpec as exc:
        raise CliError(EXIT_USAGE, f"{exc} (--key or {ENV_KEYS})") from None


def run(args: argparse.Namespace) -> int:
    from revdesk.api.transport import is_loopback
    from revdesk.sandbox import Faults, NotLoopback, PortInUse, serve
    from revdesk.sandbox.seed import NORTHWIND_PROCESSES

    folder = args.data if args.data is not None else data_dir() / "sandbox"
    keys = scoped_keys(args.key)
    northwind = args.northwind if args.northwind is not None else (
        NORTHWIND_PROCESSES if keys else 0)
    faults = Faults(latency_ms=args.latency_ms, fail_rate=args.fail_rate, rate429=args.rate429,
                    assumed=args.assumed, merchant=args.merchant)

    def hint(url: str) -> None:
        if not is_loopback(args.host):
            print(f"WARNING: the sandbox listens on {args.host}, beyond this computer: "
                  f"{EXPOSED}.", file=sys.stderr, flush=True)
        key = "<a key you set>" if keys else "<the key you set>" if args.api_key else "anything"
        print(f"Point revdesk at it:  REVDESK_API_URL={url} REVDESK_API_KEY={key} "
              f"REVDESK_MERCHANT_URL={url} REVDESK_MERCHANT_KEY={key} revdesk\n"
              f"Data: {folder}   Stop: Ctrl+C", file=sys.stderr, flush=True)
        if keys:  # the scopes only: a key is never printed
            print(f"Scoped keys: {len(keys)}, for " + ", ".join(dict.fromkeys(keys.values())),
                  file=sys.stderr, flush=True)
        if not is_loopback(_host_of(url)):
            print("revdesk on this computer takes plain http only to 127.0.0.1 or localhost: "
                  "listen on 0.0.0.0 to use the sandbox from here as well.",
                  file=sys.stderr, flush=True)

    try:
        serve(host=args.host, port=args.port, data_dir=folder, processes=args.processes,
              api_key=args.api_key, faults=faults, on_ready=hint,
              allow_remote=args.allow_remote, keys=keys, northwind=northwind)
    except NotLoopback:
        raise CliError(EXIT_USAGE,
                       f"not listening on {args.host}: {EXPOSED}. Add --allow-remote if that "
                       "is what you want, or leave out --host to stay on this computer "
                       "(127.0.0.1).") from None
    except PortInUse as exc:
        raise CliError(EXIT_UNAVAILABLE, f"port {exc.port} is already in use") from None
    except OSError as exc:
        raise CliError(EXIT_UNAVAILABLE,
                       f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc})") from None
    return EXIT_OK
