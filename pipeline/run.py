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
from .batch.engines import EngineError, default_workers, extract, failed, make_engine
from .batch.guard import Limits, default_max_memory_mb
from .batch.fingerprint import code_fingerprint
from .batch.lock import LockedError, OutputLock
from .batch.manifest import Entry, Manifest, now_ns, scan, shard_key
from .batch.report import Reporter, RunSummary
from .batch.shards import Shards, decode, encode
from .batch.store import Store
from .listing import DEFAULT_MAX_BYTES, FOLDER_ERROR, find_inputs

__all__ = ["run_pipeline", "RunSummary", "UsageError", "RunLocked", "EngineError"]
ENGINES = ("local", "dask")


class UsageError(Exception):
    """The command was asked for something that cannot be done (exit status 2)."""


class RunLocked(LockedError):
    """Another run is writing to the same output folder (exit status 1)."""


def _run_id() -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}-{os.getpid()}"


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _check_nesting(inputs, output: str) -> None:
    """The output folder inside an input folder, or an input inside the output folder (paths
    resolved, links followed): the run would read its own tables back, so it is refused."""
    out = os.path.realpath(output)
    for given in inputs:
        real = os.path.realpath(given)
        if _within(real, out):
            raise UsageError(f"the input {given} is inside the output folder {output}: cnstats would read "
                             "its own tables as input; give the folder of your documents instead")
        if os.path.isdir(real) and _within(out, real):
            raise UsageError(f"--output {output} is inside the input folder {given}: cnstats would read "
                             "its own tables back as input; write the output outside the input folders")


def _check_arguments(inputs, output, workers, engine, scheduler, max_bytes=None) -> Path:
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
    if max_bytes is not None and max_bytes < 1:
        raise UsageError(f"--max-size must be more than 0 MB, not {max_bytes / 1e6:g}")
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--output {output} is a file, not a folder")
    _check_nesting(inputs, output)
    return out


def run_pipeline(inputs: list[str], output: str, progress: bool | None = None, *, full: bool = False,
                 workers: int | None = None, engine: str = "local", scheduler: str | None = None,
                 log_format: str = "text", rehash: bool = False, connect_timeout: float = 30.0,
                 reporter: Reporter | None = None, doc_timeout: float = 60.0,
                 max_memory: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> RunSummary:
    """Bring OUT's tables up to date with the inputs; return the run's counts.

    Raises UsageError (bad arguments, missing input), RunLocked (another run holds OUT),
    EngineError (the Dask cluster cannot be used) or any error that made the run fail; in every
    case OUT keeps its last complete tables.
    """
    out = _check_arguments(inputs, output, workers, engine, scheduler, max_bytes)
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
        try:  # on record before any work: a run killed at any point is in runs.parquet after the next
            store.begin_run(_record(summary, started_wall, "failed", "the run ended before recording its end "
                                    "(killed, or the machine stopped)"))
        except OSError:
            pass  # no room even for that: the run fails below and says why
        _run(inputs, store, summary, full, workers, engine, scheduler, rehash, reporter, connect_timeout,
             limits, max_bytes)
        summary.seconds = time.monotonic() - started
        store.end_run(_record(summary, started_wall, "ok", None))
        return summary
    except BaseException as error:
        summary.seconds = time.monotonic() - started
        try:
            store.end_run(_record(summary, started_wall, "failed", f"{type(error).__name__}: {error}"))
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
         limits: Limits | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> None:
    fingerprint = code_fingerprint()
    previous = store.current_manifest()
    scanned_ns = now_ns()
    listing = find_inputs(inputs, exclude=store.out)
    for collision in listing.collisions:
        summary.warnings.append(f"doc_id collision: {collision}")
        reporter.event("warning", message=f"doc_id collision: {collision}")
    try:
        entries = scan(inputs, fingerprint, previous, rehash=rehash or full, max_bytes=max_bytes, listing=listing)
    except FileNotFoundError as error:
        raise UsageError(str(error)) from None
    if previous is not None and previous.fingerprint != fingerprint:
        reporter.event("info", message="extraction code or lexicon changed since the last run: "
                                       "every document is extracted again")
        previous, summary.mode = None, "full"
    shards = Shards(store.shards_folder)
    entries, kept = _keep_unlisted(entries, previous, shards, reporter)
    if full:
        previous = None
    todo = _plan(entries, previous, shards, full, summary)
    if kept and full:          # what cannot be read again keeps its rows, --full or not
        summary.unchanged += sum(1 for entry in todo if entry.doc_id in kept)
        todo = [entry for entry in todo if entry.doc_id not in kept]
    reporter.event("start", run_id=summary.run_id, documents=len(entries), to_process=len(todo),
                   resumed=summary.resumed, unchanged=summary.unchanged, removed=summary.removed,
                   engine=engine, workers=summary.workers, mode=summary.mode)

    nothing_changed = (previous is not None and not todo and not summary.resumed and not summary.removed
                       and store.tables_visible() and store.tables_intact())
    if previous is not None and not todo and not summary.resumed and not summary.removed and not nothing_changed:
        reporter.event("warning", message="the current tables are damaged or missing: rebuilt from the "
                                          "documents' results")
    if not nothing_changed:
        unread = [entry for entry in todo if entry.error is not None]
        todo = [entry for entry in todo if entry.error is None]
        for entry in unread:     # refused by the scan (not a regular file, too large, a folder unread)
            _record_shard(entry, _refused(entry), shards, summary)
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


def _keep_unlisted(entries: list[Entry], previous: Manifest | None, shards: Shards,
                   reporter: Reporter) -> tuple[list[Entry], set[str]]:
    """The documents of a folder that cannot be listed now keep their rows of the last run (they
    may be there still): the folder's rejected row says why they were not read again. Returns
    the entries and the doc_ids kept so."""
    folders = [entry.opened for entry in entries if entry.error is not None and entry.size is None
               and entry.sha256 is None and entry.error.startswith(FOLDER_ERROR)]
    if not folders or previous is None:
        return entries, set()
    listed = {entry.doc_id for entry in entries}
    kept = []
    for old in previous.entries.values():
        opened = old.opened
        if old.doc_id in listed or not any(_within(opened, folder) for folder in folders):
            continue
        if old.status and shards.exists(old.key):
            kept.append(old)
    if kept:
        reporter.event("warning", message=f"{len(kept)} document(s) in folders that cannot be read keep "
                                          "their rows from the last run")
    return sorted(entries + kept, key=lambda entry: entry.doc_id), {entry.doc_id for entry in kept}


def _refused(entry: Entry) -> bytes:
    """The shard of a document the scan refused to read: its rejected row, with the reason."""
    from .document import rejected_row

    return encode(rejected_row(entry.doc_id, entry.source, entry.error), [])


def _record_shard(entry: Entry, shard: bytes, shards: Shards, summary: RunSummary) -> None:
    shards.write(entry.key, shard)
    entry.status, entry.n_facts, entry.reason = "rejected", 0, entry.error
    summary.processed += 1


def _plan(entries: list[Entry], previous: Manifest | None, shards: Shards, full: bool,
          summary: RunSummary) -> list[Entry]:
    """Sort the documents into unchanged, resumed (a shard from an interrupted run) and to do."""
    old = previous.entries if previous is not None else {}
    todo = []
    for entry in entries:
        before = old.get(entry.doc_id)
        if before is not None and before.key == entry.key and before.status and shards.exists(entry.key):
            entry.status, entry.n_facts, entry.reason = before.status, before.n_facts, before.reason
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
        entry.key = shard_key(fingerprint, entry.doc_id, entry.opened, entry.sha256)


def _extract(todo: list[Entry], runner, shards: Shards, fingerprint: str, summary: RunSummary,
             reporter: Reporter) -> None:
    """Run the documents to do on the engine; commit each one's shard as it finishes."""
    by_id = {entry.doc_id: entry for entry in todo}
    reporter.start_progress(len(todo))
    try:
        for doc_id, counts, shard in runner.map([(entry.opened, entry.doc_id) for entry in todo]):
            entry = by_id[doc_id]
            _rekey(entry, counts, fingerprint)
            shards.write(entry.key, shard)
            entry.status, entry.n_facts = counts["status"], counts["n_facts"]
            entry.reason = counts.get("error") if counts["status"] != "ok" else None
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
        if got is None:  # damaged (its checksum fails) or vanished since the scan: extract it again
            if entry.error is not None:
                shard = _refused(entry)
            else:
                _, counts, shard = extract((entry.opened, entry.doc_id))
                _rekey(entry, counts, fingerprint)
            try:
                got = decode(shard)
            except Exception as error:  # rows too big to read back here: this document only
                shard = failed((entry.opened, entry.doc_id), error)[2]
                got = decode(shard)
            shards.write(entry.key, shard)
        document, facts = got
        entry.status, entry.n_facts = document.column("status")[0].as_py(), facts.num_rows
        entry.reason = document.column("error")[0].as_py() if entry.status != "ok" else None
        yield document, facts


def _count(summary: RunSummary, entries: list[Entry]) -> None:
    summary.ok = sum(1 for entry in entries if entry.status == "ok")
    summary.rejected = sum(1 for entry in entries if entry.status != "ok")
    summary.facts = sum(entry.n_facts or 0 for entry in entries)
    summary.rejected_files = [(entry.doc_id, entry.source, entry.reason or entry.error
                               or "see its row in documents.parquet")
                              for entry in entries if entry.status != "ok"]
