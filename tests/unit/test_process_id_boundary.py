"""One id check at the domain boundary: whoever asks for a change (the detail pane, a bulk
change, a change kept at closing, the outbox itself), an id the scan path would refuse is
refused in the operator's words and never written to the outbox."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest

from revdesk.api import errors
from revdesk.domain.bulk import BulkStatusJob, ItemState
from revdesk.domain.outbox import Outbox, OutboxSender, OutboxStore, Result
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import ScanCleaner
from revdesk.domain.status import (
    SOURCE_BULK,
    SOURCE_DETAIL,
    StatusChange,
    StatusService,
    check_process_id,
)

LONG = "RP-" + "1" * 300
BAD_IDS = [LONG, "RP-" + "1" * 10_000, "RP 1", "", "RP-1\x1b[2J", "RP-\u202e1"]


class Api:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, pid: str, status: str) -> None:
        self.sent.append((pid, status))


def station(tmp_path: Path) -> tuple[StatusService, Outbox, Api]:
    api = Api()
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), api.send, base_delay=0.001,
                    max_delay=0.01, rng=random.Random(1))
    return StatusService(OutboxSender(outbox)), outbox, api


@pytest.mark.parametrize("pid", BAD_IDS)
def test_the_scan_path_refuses_what_the_domain_refuses(pid: str) -> None:
    # The scan cleaner strips control characters before it checks; what is left of the
    # two long ids, the spaced one and the empty one is refused by both.
    with pytest.raises(errors.InvalidArgument):
        check_process_id(pid)
    if not any(c in pid for c in "\x1b\u202e"):
        assert not ScanCleaner().clean(pid).accepted


def test_a_good_id_passes() -> None:
    check_process_id("RP-" + "1" * 253)  # 256 characters: the contract's longest
    assert ScanCleaner().clean("RP-" + "1" * 253).accepted


@pytest.mark.parametrize("pid", BAD_IDS)
def test_the_detail_pane_cannot_queue_an_id_the_scan_path_refuses(tmp_path: Path,
                                                                 pid: str) -> None:
    service, outbox, api = station(tmp_path)
    seen: list[StatusChange] = []
    service.changed.connect(seen.append)
    with pytest.raises(errors.InvalidArgument) as caught:
        asyncio.run(service.set_status(pid, "IN_WAREHOUSE", source=SOURCE_DETAIL,
                                       previous_status="COLLECTED"))
    assert caught.value.operator_message.startswith("Not sent:")
    assert "not a process id" in caught.value.operator_message or not pid
    assert len(caught.value.operator_message) < 200  # the id is not repeated whole
    assert outbox.counts == {"pending": 0, "failed": 0} and api.sent == []
    assert seen == []  # no row or history gets a change for a non-id


def test_a_too_long_id_says_how_long_an_id_may_be(tmp_path: Path) -> None:
    service, _, _ = station(tmp_path)
    with pytest.raises(errors.InvalidArgument) as caught:
        asyncio.run(service.set_status(LONG, "IN_WAREHOUSE", source=SOURCE_DETAIL))
    assert "303 characters" in str(caught.value) and "at most 256" in str(caught.value)


def test_a_bulk_change_fails_the_bad_id_and_sends_the_others(tmp_path: Path) -> None:
    service, outbox, api = station(tmp_path)
    job = BulkStatusJob(service, [("RP-1", "COLLECTED"), (LONG, "COLLECTED")], "IN_WAREHOUSE")
    summary = asyncio.run(job.run())
    assert (summary.done, summary.failed) == (1, 1)
    assert job.items[1].state is ItemState.FAILED
    assert isinstance(job.items[1].error, errors.InvalidArgument)
    assert "at most 256" in job.items[1].error.operator_message
    assert api.sent == [("RP-1", "IN_WAREHOUSE")]
    assert outbox.counts == {"pending": 0, "failed": 0}


def test_the_outbox_itself_never_writes_a_bad_id(tmp_path: Path) -> None:
    _, outbox, api = station(tmp_path)
    told: list[Result] = []
    outbox.result.connect(told.append)
    result = asyncio.run(outbox.submit(LONG, "IN_WAREHOUSE", source=SOURCE_BULK))
    assert result.outcome is Outcome.FAILED
    assert isinstance(result.error, errors.InvalidArgument)
    assert outbox.counts == {"pending": 0, "failed": 0} and api.sent == [] and told == []
    with pytest.raises(errors.InvalidArgument):
        outbox.store.add(LONG, "IN_WAREHOUSE")
    assert outbox.store.pending() == []


def test_a_bad_id_is_not_kept_for_later(tmp_path: Path) -> None:
    service, outbox, _ = station(tmp_path)
    assert not service.keep_for_later(LONG, "IN_WAREHOUSE", source=SOURCE_DETAIL)
    assert service.keep_for_later("RP-1", "IN_WAREHOUSE", source=SOURCE_DETAIL)
    assert [e.process_id for e in outbox.store.pending()] == ["RP-1"]
