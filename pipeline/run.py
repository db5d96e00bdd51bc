"""A run: the inputs that changed through `extract_document`, then the tables swapped in.

>>> import tempfile
>>> out = tempfile.mkdtemp()
>>> summary = run_pipeline(["data/raw"], out, progress=False)
>>> summary.ok >= 1 and summary.rejected == 0, summary.processed
(True, 1)
>>> run_pipeline(["data/raw"], out, progress=False).unchanged   # nothing changed: nothing redone
1

Incremental by default: a document whose bytes (sha256), name and path are as in the last run,
under the same extraction code and lexicon, keeps its rows; new and changed documents are
extracted; deleted ones drop out. The tables left are the same as a full run's, row for row:
documents by doc_id, facts by doc_id then start. See `pipeline.batch` for the folder layout.
"""
from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path

from . import __version__
from .batch.engines import EngineError, default_workers, extract, make_engine
from .batch.guard import Limits, default_max_memory_mb
from .batch.fingerprint import code_fingerprint
from .batch.lock import LockedError, OutputLock
from .batch.manifest import Entry, Manifest, now_ns, scan, shard_key
from .batch.report import Reporter, RunSummary
from .batch.shards import Shards, decode
from .batch.store import Store

__all__ = ["run_pipeline", "RunSummary", "UsageError", "RunLocked", "EngineError"]
ENGINES = ("local", "dask")


class UsageError(Exception):
    """The command was asked for something that cannot be done (exit status 2)."""


class RunLocked(LockedError):
    """Another run is writing to the same output folder (exit status 1)."""


def _run_id() -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{os.getpid()}"


def _check_arguments(inputs, output, workers, engine, scheduler) -> Path:
    if not inputs:
        raise UsageError("no input given: name at least one folder or file with --input")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    missing = [given for given in inputs if not (Path(given).exists() or Path(given).is_symlink())]
    if missing:  # before anything is made under OUT
        raise UsageError("; ".join(f"no such file or folder: {given}" for given in missing))
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--output {output} is a file, not a folder")
    return out


def run_pipeline(inputs: list[str], output: str, progress: bool | None = None, *, full: bool = False,
                 workers: int | None = None, engine: str = "local", scheduler: str | None = None,
                 log_format: str = "text", rehash: bool = False, connect_timeout: float = 30.0,
                 reporter: Reporter | None = None, doc_timeout: float = 60.0,
                 max_memory: int | None = None) -> RunSummary:
    """Bring OUT's tables up to date with the inputs; return the run's counts.

    Raises UsageError (bad arguments, missing input), RunLocked (another run holds OUT),
    EngineError (the Dask cluster cannot be used) or any error that made the run fail; in every
    case OUT keeps its last complete tables.
    """
    out = _check_arguments(inputs, output, workers, engine, scheduler)
    if doc_timeout < 0 or (max_memory is not None and max_memory < 0):
        raise UsageError("--doc-timeout and --max-memory must be 0 (no limit) or more")
    limits = Limits(doc_timeout, default_max_memory_mb() if max_memory is None else max_memory)
    reporter = reporter or Reporter(log_format, progress)
    try:
        lock = OutputLock(out).acquire()
    except LockedError as error:
        raise RunLocked(str(error)) from None
    started_wall, started = datetime.now(timezone.utc), time.monotonic()
    store = Store(out)
    summary = RunSummary(run_id=_run_id(), mode="full" if full else "incremental", engine=engine,
                         workers=workers or default_workers())
    try:
        _run(inputs, store, summary, full, workers, engine, scheduler, rehash, reporter, connect_timeout, limits)
        summary.seconds = time.monotonic() - started
        store.append_run(_record(summary, started_wall, "ok", None))
        return summary
    except BaseException as error:
        summary.seconds = time.monotonic() - started
        try:
            store.append_run(_record(summary, started_wall, "failed",
                                     f"{type(error).__name__}: {error}"))
        except Exception:
            pass
        raise
    finally:
        reporter.stop_progress()
        lock.release()


def _utc(moment: datetime) -> str:
    """ISO 8601 in UTC to the millisecond, as the runs table stores it."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _record(summary: RunSummary, started: datetime, status: str, error: str | None) -> dict:
    fields = ("run_id", "engine", "workers", "mode", "documents", "ok", "rejected", "processed", "resumed",
              "unchanged", "removed", "facts", "bytes_processed", "seconds")
    record = {name: getattr(summary, name) for name in fields}
    record.update(started=_utc(started), ended=_utc(datetime.now(timezone.utc)), version=__version__,
                  fingerprint=code_fingerprint(), status=status, error=error)
    return record


def _run(inputs, store: Store, summary: RunSummary, full: bool, workers: int | None, engine: str,
         scheduler: str | None, rehash: bool, reporter: Reporter, connect_timeout: float = 30.0,
         limits: Limits | None = None) -> None:
    fingerprint = code_fingerprint()
    previous = store.current_manifest()
    scanned_ns = now_ns()
    try:
        entries = scan(inputs, fingerprint, previous, rehash=rehash or full, exclude=store.out)
    except FileNotFoundError as error:
        raise UsageError(str(error)) from None
    if previous is not None and previous.fingerprint != fingerprint:
        reporter.event("info", message="extraction code or lexicon changed since the last run: "
                                       "every document is extracted again")
        previous, summary.mode = None, "full"
    if full:
        previous = None
    shards = Shards(store.shards_folder)
    todo = _plan(entries, previous, shards, full, summary)
    reporter.event("start", run_id=summary.run_id, documents=len(entries), to_process=len(todo),
                   resumed=summary.resumed, unchanged=summary.unchanged, removed=summary.removed,
                   engine=engine, workers=summary.workers, mode=summary.mode)

    nothing_changed = (previous is not None and not todo and not summary.resumed and not summary.removed
                       and store.tables_visible())
    if not nothing_changed:
        if todo:
            runner = make_engine(engine, workers, scheduler, fingerprint, tasks=len(todo),
                                 size=sum(entry.size or 0 for entry in todo), connect_timeout=connect_timeout,
                                 limits=limits)
            summary.workers = runner.workers
            try:
                _extract(todo, runner, shards, fingerprint, summary, reporter)
            finally:
                runner.close()
        manifest = Manifest(fingerprint, scanned_ns, {entry.doc_id: entry for entry in entries}, summary.run_id)
        # the manifest is serialised after the rows are written, so it holds every document's status
        store.commit(summary.run_id, _tables(entries, shards, fingerprint), manifest.to_json)
        summary.tables_written = True
        shards.keep_only({entry.key for entry in entries})
        store.prune()
    _count(summary, entries)


def _plan(entries: list[Entry], previous: Manifest | None, shards: Shards, full: bool,
          summary: RunSummary) -> list[Entry]:
    """Sort the documents into unchanged, resumed (a shard from an interrupted run) and to do."""
    old = previous.entries if previous is not None else {}
    todo = []
    for entry in entries:
        before = old.get(entry.doc_id)
        if before is not None and before.key == entry.key and before.status and shards.exists(entry.key):
            entry.status, entry.n_facts = before.status, before.n_facts
            summary.unchanged += 1
        elif not full and shards.exists(entry.key):
            summary.resumed += 1
        else:
            todo.append(entry)
    current = {entry.doc_id for entry in entries}
    summary.removed = sum(1 for doc_id in old if doc_id not in current)
    summary.documents = len(entries)
    return todo


def _rekey(entry: Entry, counts: dict, fingerprint: str) -> None:
    """The file changed between the scan and its reading: key its rows by the bytes read,
    and make the next scan read it again."""
    if counts["sha256"] is not None and counts["sha256"] != entry.sha256:
        entry.sha256, entry.mtime_ns = counts["sha256"], None
        entry.key = shard_key(fingerprint, entry.doc_id, entry.source, entry.sha256)


def _extract(todo: list[Entry], runner, shards: Shards, fingerprint: str, summary: RunSummary,
             reporter: Reporter) -> None:
    """Run the documents to do on the engine; commit each one's shard as it finishes."""
    by_id = {entry.doc_id: entry for entry in todo}
    reporter.start_progress(len(todo))
    try:
        for doc_id, counts, shard in runner.map([(entry.source, entry.doc_id) for entry in todo]):
            entry = by_id[doc_id]
            _rekey(entry, counts, fingerprint)
            shards.write(entry.key, shard)
            entry.status, entry.n_facts = counts["status"], counts["n_facts"]
            summary.processed += 1
            summary.bytes_processed += entry.size or 0
            summary.chars_processed += counts["chars"]
            reporter.advance(doc_id, counts["n_facts"])
    finally:
        reporter.stop_progress()


def _tables(entries: list[Entry], shards: Shards, fingerprint: str):
    """Each document's (documents, facts) tables in doc_id order, from the shards."""
    for entry in entries:
        got = shards.read(entry.key)
        if got is None:  # damaged or vanished since the scan: extract it again here
            _, counts, shard = extract((entry.source, entry.doc_id))
            _rekey(entry, counts, fingerprint)
            shards.write(entry.key, shard)
            got = decode(shard)
        document, facts = got
        entry.status, entry.n_facts = document.column("status")[0].as_py(), facts.num_rows
        yield document, facts


def _count(summary: RunSummary, entries: list[Entry]) -> None:
    summary.ok = sum(1 for entry in entries if entry.status == "ok")
    summary.rejected = sum(1 for entry in entries if entry.status != "ok")
    summary.facts = sum(entry.n_facts or 0 for entry in entries)
