"""Where documents are extracted: here, in a pool of processes, or on a Dask cluster.

Every engine runs the same pure stage function, `pipeline.document.process_file(path, doc_id)`,
encodes its rows as a shard there, and yields `(doc_id, counts, shard bytes)` as documents finish,
in any order; the store puts them in doc_id order, so the tables never depend on the engine or
the number of workers.

>>> from pipeline.batch.engines import SerialEngine
>>> [(doc_id, counts["status"]) for doc_id, counts, shard in SerialEngine().map([("data/raw/cqrb-2025-05-09.txt", "cqrb")])]
[('cqrb', 'ok')]

At most a few tasks per worker are in flight at once, so memory stays bounded however many
documents there are.
"""
from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterable, Iterator
from itertools import islice

from .guard import Limits, counts_of, extract_within, rejected, worker_died

Task = tuple[str, str]                      # (path, doc_id)
Result = tuple[str, dict, bytes]            # (doc_id, what the run counts, the encoded shard)
IN_FLIGHT_PER_WORKER = 4
# Allocations between two young-generation collections in a process that extracts (CPython's
# default is 700): documents make few reference cycles, so rarer collections free the same memory.
YOUNG_COLLECTION_EVERY = 10_000


class EngineError(Exception):
    """The engine could not run (no cluster at the address, workers with other code, ...)."""


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def extract(task: Task) -> Result:
    """Extract one document and encode its rows as a shard, in the worker.

    Whatever the document raises, in its extraction or in the encoding of its rows (a shard too
    big for memory, say), costs that document alone: it becomes a rejected row naming the file
    and the error. The facts keep a bounded excerpt of their sentence (`pipeline.excerpt`, applied by
    `extract_document`, so that the tables and `pipeline.extract` agree).
    """
    from ..document import internal_error, process_file, rejected_row
    from ..listing import printable
    from .shards import encode

    path, doc_id = task
    source = printable(path)
    # The collector is held off while the rows are encoded too, as extract_document holds it off while it
    # reads (see there): the columns' tuples and lists are many and short-lived, and a collection then
    # also walks what the memos of the stages have gathered (~1.8% of a run's CPU, perf).
    collecting = gc.isenabled()
    gc.disable()
    try:
        row, facts = process_file(path, doc_id)
        row.update(source=source, n_facts=len(facts))
        shard = encode(row, facts)
    except Exception as error:  # a bug must cost one document, not the run (nor every rerun)
        row, facts = rejected_row(printable(doc_id), source, internal_error(error)), []
        shard = encode(row, facts)
    finally:
        if collecting:
            gc.enable()
    return doc_id, counts_of(row, facts), shard


def failed(task: Task, error: BaseException) -> Result:
    """The result of a document whose result could not come back from its worker (too big to
    send, say): its rejected row, made here."""
    from ..document import internal_error, rejected_row
    from ..listing import printable
    from .shards import encode

    path, doc_id = task
    row = rejected_row(printable(doc_id), printable(path), internal_error(error))
    return doc_id, counts_of(row, []), encode(row, [])


def _settle_the_heap() -> tuple[tuple[int, ...], bool]:
    """Make the garbage collector cheap in a process about to extract documents; return how it
    was (its thresholds, and whether objects were frozen already).

    The imported stages hold tens of thousands of long-lived objects (lexicon tables, compiled
    patterns) that each full collection would walk again: frozen, they are never walked (nor
    collected; they live as long as the process). Then collections are made rarer. A full run
    over 20 MB spends 0.04 s collecting instead of 0.3 s (of ~11 s), here.
    """
    collecting = gc.isenabled()
    gc.disable()   # the import makes some 10^5 objects, none of them garbage: collections there walk them for nothing
    try:
        from .. import document  # noqa: F401 - the stages, imported before their objects are frozen
    finally:
        if collecting:
            gc.enable()
    before = gc.get_threshold(), gc.get_freeze_count() > 0
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *before[0][1:])
    return before


def _start_worker(run_pid: int) -> None:
    """A pool worker's first steps."""
    _follow_the_run(run_pid)
    _settle_the_heap()


def _follow_the_run(run_pid: int, every: float = 0.5) -> None:
    """In a worker: exit as soon as the run that started it is gone (killed with SIGKILL, say),
    instead of extracting on for nobody."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(every)
            try:
                os.kill(run_pid, 0)
            except (ProcessLookupError, PermissionError):  # gone, or its pid now someone else's
                os._exit(1)

    threading.Thread(target=watch, name="follow-the-run", daemon=True).start()


class SerialEngine:
    """In this process, one document after another (each under `limits`, see guard)."""

    name = "local"
    workers = 1

    def __init__(self, limits: Limits | None = None) -> None:
        self._heap_before = _settle_the_heap()
        self.limits = limits

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        for task in tasks:
            yield extract_within(task, self.limits) if self.limits else extract(task)

    def close(self) -> None:
        """Give the calling program its garbage collector back as it was."""
        if self._heap_before is not None:
            thresholds, frozen_before = self._heap_before
            gc.set_threshold(*thresholds)
            if not frozen_before:  # else the caller froze objects of its own: leave them frozen
                gc.unfreeze()
            self._heap_before = None


class ProcessEngine:
    """A pool of worker processes on this machine."""

    name = "local"

    def __init__(self, workers: int, limits: Limits | None = None):
        self.workers = workers
        self.limits = limits
        self._pool = self._start_pool()

    def _start_pool(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver")
        # imported once in the fork server, not once per worker: the stages, and the shard
        # encoder with pyarrow (~0.5 s of CPU per process)
        context.set_forkserver_preload(["pipeline.document", "pipeline.batch.engines", "pipeline.batch.shards"])
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                   initializer=_start_worker, initargs=(os.getpid(),))

    def _submit(self, task: Task):
        if self.limits is None:
            return self._pool.submit(extract, task)
        return self._pool.submit(extract_within, task, self.limits)

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        from concurrent.futures import FIRST_COMPLETED, CancelledError, wait
        from concurrent.futures.process import BrokenProcessPool

        pending = iter(tasks)
        running: dict = {}                  # future: its task
        limit = self.workers * IN_FLIGHT_PER_WORKER
        while True:
            for task in pending:
                running[self._submit(task)] = task
                if len(running) >= limit:
                    break
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = []
            for future in done:
                task = running.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken.append(task)
                    continue
                except CancelledError:
                    raise
                except Exception as error:      # the result could not come back: this document only
                    result = failed(task, error)
                yield result
            if broken:  # a worker died: every document in flight failed with it
                suspects = broken + list(running.values())
                running.clear()
                yield from self._alone(suspects)

    def _alone(self, suspects: list[Task]) -> Iterator[Result]:
        """After a worker died: a new pool, and the documents that were in flight run one at a time, so
        that the one that kills a worker by itself is found and recorded as rejected; the others are kept."""
        from concurrent.futures.process import BrokenProcessPool

        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start_pool()
        for task in suspects:
            try:
                yield self._submit(task).result()
            except BrokenProcessPool:
                yield rejected(task, worker_died(task[0]))
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start_pool()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """A Dask distributed cluster: the one at `scheduler`, or a LocalCluster started here.

    Workers read the input paths themselves, so the paths must be reachable from them (a shared
    folder at the same path); results come back to this process, which writes the output.
    Workers must run the same cnstats (same code and lexicon fingerprint): a run refuses a
    cluster whose workers differ, because their rows would not match the shards kept here.
    """

    name = "dask"

    def __init__(self, workers: int, scheduler: str | None = None, fingerprint: str | None = None,
                 connect_timeout: float = 30.0):
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:  # pragma: no cover - declared dependency
            raise EngineError(f"--engine dask needs the 'distributed' package: {error}") from None
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout=connect_timeout)
            else:
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            self._close_cluster()
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        try:
            self._client.wait_for_workers(1, timeout=connect_timeout)
        except (TimeoutError, OSError) as error:
            self.close()
            raise EngineError(f"the Dask cluster at {scheduler or 'LocalCluster'} has no workers: {error}") from None
        threads = self._client.nthreads()
        self.workers = sum(threads.values()) or 1
        if fingerprint is not None:
            self._check_workers(fingerprint)

    def _check_workers(self, fingerprint: str) -> None:
        from .fingerprint import code_fingerprint

        theirs = self._client.run(code_fingerprint)
        differ = sorted(worker for worker, value in theirs.items() if value != fingerprint)
        if differ:
            self.close()
            raise EngineError(f"Dask workers {', '.join(differ)} run other cnstats code or lexicon "
                              f"(fingerprint {theirs[differ[0]]}, here {fingerprint}): install the same "
                              "version on every worker")

    def map(self, tasks: Iterable[Task]) -> Iterator[Result]:
        from concurrent.futures import CancelledError

        from distributed import as_completed

        pending = iter(tasks)
        limit = self.workers * IN_FLIGHT_PER_WORKER
        tasks_of = {}
        first = []
        for task in islice(pending, limit):
            future = self._client.submit(extract, task, pure=False)
            tasks_of[future.key] = task
            first.append(future)
        if not first:
            return
        flow = as_completed(first)
        for future in flow:
            task = tasks_of.pop(future.key)
            try:
                result = future.result()
            except Exception as error:          # this document only (its worker died repeatedly, say)
                if isinstance(error, CancelledError) or getattr(self._client, "status", "running") != "running":
                    raise                       # the cluster is gone: the run fails
                result = failed(task, error)
            future.release()
            for task in pending:
                submitted = self._client.submit(extract, task, pure=False)
                tasks_of[submitted.key] = task
                flow.add(submitted)
                break
            yield result

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
            self._client = None
        self._close_cluster()


# Below this much input, starting worker processes costs more than it saves (unless asked for).
POOL_MIN_BYTES = 2_000_000


def make_engine(engine: str, workers: int | None, scheduler: str | None = None,
                fingerprint: str | None = None, tasks: int | None = None, size: int | None = None,
                connect_timeout: float = 30.0, limits: Limits | None = None):
    """The engine asked for.

    `workers=None` means "as many as there are cores", but a small job (fewer than two tasks or
    under POOL_MIN_BYTES of input) then runs here, serially; an explicit number is obeyed. `limits`:
    the time limit per document and memory ceiling per worker of the local engines (see guard).
    """
    if engine == "dask":
        return DaskEngine(workers or default_workers(), scheduler, fingerprint, connect_timeout)
    if workers is None:
        workers = default_workers() if (size is None or size >= POOL_MIN_BYTES) else 1
    if workers <= 1 or (tasks is not None and tasks <= 1):
        return SerialEngine(limits)
    return ProcessEngine(min(workers, tasks) if tasks else workers, limits)
