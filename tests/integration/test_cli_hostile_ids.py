"""Process ids that look like parts of a path (``/``, ``?``, ``#``, ``%``, ``.``, ``..``)
stay one segment of ``/v1/processes/{id}``: REVER is never asked about another path, and
the id it is asked about is the id typed."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote

import pytest
from loopback_server import Server
from test_cli import assert_plain, revdesk

IDS = [".", "..", "RP/1", "../../v1/x", "RP?group=x", "RP#1", "%2e%2e", "RP%2F1", "RP\\1"]


@pytest.fixture
def rever() -> Iterator[Server]:
    server = Server()  # knows no return: every id is a 404
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("pid", IDS)
@pytest.mark.parametrize("command", [("processes", "show"), ("status", "set")])
def test_an_id_is_one_path_segment(rever: Server, command: tuple[str, str], pid: str) -> None:
    extra = ("IN_WAREHOUSE",) if command[0] == "status" else ()
    result = revdesk(*command, pid, *extra,
                     env={"REVDESK_API_URL": rever.url, "REVDESK_API_KEY": "test-key"})
    assert result.returncode == 3, result.stderr  # not found, as REVER said
    assert_plain(result)
    assert rever.paths()
    for path in rever.paths():
        assert path.startswith("/v1/processes/"), path
        segment, _, rest = path.removeprefix("/v1/processes/").partition("/")
        assert unquote(segment) == pid and rest in ("", "logistics", "shipping_status"), path
