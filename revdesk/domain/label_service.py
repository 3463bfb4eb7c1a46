"""Labels for returns, through the client: a return's carrier label (downloaded, size-capped,
type-checked from its bytes) and revdesk's intake labels. No Qt: the window, the CLI and the
benchmarks call these.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import datetime

from revdesk.api import errors
from revdesk.api.rever import MAX_LABEL_BYTES, ReverAdminClient
from revdesk.i18n import translate

from .intake_label import LABEL_SIZE_PT, IntakeInfo, intake_labels_pdf
from .labels import CheckedLabel, LabelRefused, check_label_bytes

log = logging.getLogger(__name__)

__all__ = [
    "LabelBatch",
    "fetch_return_label",
    "fetch_return_labels",
    "intake_infos",
    "make_intake_pdf",
]

#: Downloads at once for a batch: enough to hide latency, few enough to be polite.
FETCH_CONCURRENCY = 4

Progress = Callable[[int, int], None]


async def fetch_return_label(client: ReverAdminClient, process_id: str) -> CheckedLabel:
    """The return's carrier label, checked; raises ApiError or LabelRefused."""
    try:
        data, content_type = await client.fetch_label(process_id, max_bytes=MAX_LABEL_BYTES)
    except errors.NotFound as exc:
        # A 404 here may mean "no such return" or "no label yet": the API does not say which.
        raise errors.NotFound(
            translate("LabelService", "No label for {id}: the return has no label yet, or "
                      "REVER does not know it.").format(id=process_id),
            detail=exc.detail, status_code=exc.status_code, grpc_code=exc.grpc_code,
        ) from None
    # The bytes decide the type; a server's content type is often a generic octet-stream.
    label = check_label_bytes(data, name="")
    if content_type and label.content_type not in content_type:
        log.info("%s: label served as %r is a %s", process_id, content_type, label.extension)
    return dataclasses.replace(label, name=label.file_name(process_id))


@dataclass
class LabelBatch:
    """Labels fetched for a selection, in the order asked, and why the others were not."""

    labels: list[tuple[str, CheckedLabel]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


async def fetch_return_labels(
    client: ReverAdminClient,
    process_ids: Sequence[str],
    *,
    progress: Progress | None = None,
    concurrency: int = FETCH_CONCURRENCY,
) -> LabelBatch:
    """Fetch the labels of many returns; a return whose label fails is reported, not fatal."""
    gate = asyncio.Semaphore(concurrency)
    done = 0

    async def one(pid: str) -> CheckedLabel | str:
        nonlocal done
        async with gate:
            try:
                return await fetch_return_label(client, pid)
            except errors.ApiError as exc:
                return exc.operator_message
            except LabelRefused as exc:
                return exc.operator_message
            finally:
                done += 1
                if progress:
                    progress(done, len(process_ids))

    results = await asyncio.gather(*(one(pid) for pid in process_ids))
    batch = LabelBatch()
    for pid, result in zip(process_ids, results, strict=True):
        if isinstance(result, CheckedLabel):
            batch.labels.append((pid, result))
        else:
            batch.failures.append((pid, result))
    return batch


async def intake_infos(
    client: ReverAdminClient,
    process_ids: Sequence[str],
    *,
    station: str,
    received_at: datetime | None = None,
    concurrency: int = FETCH_CONCURRENCY,
) -> list[IntakeInfo]:
    """What each intake label shows, read from the returns (raises ApiError on the first
    failure: an intake label for a return REVER does not know would be a wrong label)."""
    when = received_at or datetime.now().astimezone()
    gate = asyncio.Semaphore(concurrency)

    async def one(pid: str) -> IntakeInfo:
        async with gate:
            process = await client.get_process(pid)
        return IntakeInfo.from_process(process, station=station, received_at=when)

    return list(await asyncio.gather(*(one(pid) for pid in process_ids)))


async def make_intake_pdf(
    infos: Sequence[IntakeInfo], *, dpi: int = 203, executor: Executor | None = None
) -> CheckedLabel:
    """The intake labels as one PDF, made off the event loop (a 500-label batch is about 1 s)."""
    loop = asyncio.get_running_loop()
    data = await loop.run_in_executor(executor, lambda: intake_labels_pdf(infos, dpi=dpi))
    stem = infos[0].process_id if len(infos) == 1 else f"intake-{len(infos)}"
    # Made here, one page per label: not read back through the PDF engine.
    return CheckedLabel(data, "pdf", f"{stem}.pdf", page_sizes=(LABEL_SIZE_PT,) * len(infos))
