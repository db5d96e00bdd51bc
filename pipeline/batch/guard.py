"""A time limit per document and a memory ceiling per worker: what passes either is rejected, the run goes on.

The extraction is linear in the length of a document, but a batch job must finish whatever is dropped
into its folder. `extract_within(task, limits)` extracts one document as `engines.extract` does, with:

* a time limit (`--doc-timeout`): an alarm interrupts the extraction after that many seconds of wall
  clock, and the document becomes a rejected row that says so;
* a memory ceiling (`--max-memory`): a worker whose resident memory passes that many MB while it
  extracts a document stops it, and the document becomes a rejected row that says so.

Both are watched by an alarm every CHECK_EVERY seconds in the extracting process (no thread: the
exception is raised where the extraction stands, and unwinds it, freeing what it held).

>>> limits = Limits(doc_timeout=60, max_memory_mb=2048)
>>> timed_out("a.txt", limits)
'took longer than 60 s to extract (--doc-timeout 60): split the file, or raise the limit if it is a normal document'
>>> doc_id, counts, shard = extract_within(("data/raw/cqrb-2025-05-09.txt", "cqrb"), limits)
>>> counts["status"], counts["n_facts"] > 10
('ok', True)

A worker that dies (killed by the system for memory, or crashed) loses only its document: the process
engine runs the documents it had in flight again, one at a time, and the one that kills a worker alone
is recorded with `worker_died` (see engines.ProcessEngine).
"""
from __future__ import annotations

import gc
import os
import signal
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """doc_timeout: seconds of wall clock per document (0: none); max_memory_mb: MB of resident memory a
    worker may hold while extracting one (0: none)."""
    doc_timeout: float = 60.0
    max_memory_mb: int = 0


def default_max_memory_mb() -> int:
    """A half of this machine's memory shared among its cores, between 1 and 8 GB (6 GB on 24 GB, 2 cores)."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2 ** 20
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not POSIX
        return 4096
    return int(min(8192, max(1024, total // (2 * (os.cpu_count() or 1)))))


class DocumentTimeout(BaseException):
    """Raised in the extracting thread by the alarm of `--doc-timeout` (a BaseException, as
    KeyboardInterrupt is: the stages' catch-alls for bugs must not take it for one)."""


def timed_out(path: str, limits: Limits) -> str:
    seconds = f"{limits.doc_timeout:g}"
    return (f"took longer than {seconds} s to extract (--doc-timeout {seconds}): split the file, "
            "or raise the limit if it is a normal document")


def out_of_memory(path: str, limits: Limits) -> str:
    megabytes = limits.max_memory_mb
    return (f"needed more than {megabytes} MB of memory to extract (--max-memory {megabytes}): split the "
            "file, or raise the limit if it is a normal document")


def worker_died(path: str, exit_code: int | None = None) -> str:
    how = f" (exit code {exit_code})" if exit_code is not None else ""
    return (f"the worker process extracting it died{how}: killed by the system for lack of memory, or "
            "crashed; the rest of the run went on. Try it alone, or with a lower --max-memory")


def resident_mb() -> float | None:
    """This process's resident memory in MB (Linux), or None."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE / 2 ** 20
    except (OSError, ValueError, IndexError):
        return None


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
CHECK_EVERY = 0.05  # seconds between two looks at the clock and the resident memory


class DocumentTooLarge(BaseException):
    """Raised in the extracting thread when the worker's resident memory passes `--max-memory`."""


class _Watch:
    """The alarm handler: every CHECK_EVERY seconds, the time spent and the memory held so far."""

    def __init__(self, limits: Limits):
        self.deadline = time.monotonic() + limits.doc_timeout if limits.doc_timeout > 0 else None
        self.ceiling = limits.max_memory_mb if limits.max_memory_mb > 0 else None

    def __call__(self, signum, frame):
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DocumentTimeout
        if self.ceiling is not None:
            resident = resident_mb()
            if resident is not None and resident > self.ceiling:
                raise DocumentTooLarge


def extract_within(task, limits: Limits):
    """engines.extract(task) under the time limit and the memory ceiling, watched by an alarm every
    CHECK_EVERY seconds (in the main thread only: signals are handled there); a document past either
    gives its rejected row, and the process goes on to the next one."""
    from .engines import extract

    watched = (limits.doc_timeout > 0 or limits.max_memory_mb > 0) \
        and threading.current_thread() is threading.main_thread()
    if not watched:
        return extract(task)
    previous = signal.signal(signal.SIGALRM, _Watch(limits))
    try:
        signal.setitimer(signal.ITIMER_REAL, CHECK_EVERY, CHECK_EVERY)
        try:
            return extract(task)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except DocumentTimeout:
        return rejected(task, timed_out(task[0], limits))
    except (DocumentTooLarge, MemoryError):
        gc.collect()
        return rejected(task, out_of_memory(task[0], limits))
    finally:
        signal.signal(signal.SIGALRM, previous)


def rejected(task, reason: str):
    """The result of a document that the guard stopped: its rejected row, with the file's sha256 (so
    that an unchanged file is not tried again by the next incremental run)."""
    from ..document import rejected_row
    from ..ingest import read_bytes, sha256_of
    from .shards import encode

    from ..listing import printable

    path, doc_id = task
    raw, _error = read_bytes(path)
    row = rejected_row(doc_id, printable(path), reason, sha256_of(raw) if raw is not None else None)
    del raw
    return doc_id, counts_of(row, []), encode(row, [])


def counts_of(row: dict, facts: list) -> dict:
    """What the run counts of one document, from its documents row and its facts.

    >>> counts_of({"status": "rejected", "sha256": None, "error": "empty file", "text": None}, [])
    {'status': 'rejected', 'sha256': None, 'n_facts': 0, 'chars': 0, 'error': 'empty file'}
    """
    return {"status": row["status"], "sha256": row["sha256"], "n_facts": len(facts),
            "chars": len(row.get("text") or ""), "error": row.get("error")}
