"""What a run tells the person or scheduler watching it.

Text (the default): a progress bar when stderr is a terminal; otherwise (a notebook's `!cnstats
run …`, cron, CI) a plain line every PLAIN_PROGRESS_EVERY_S seconds while it works. At the end one
summary line, then the rejected files (the first MAX_NAMED, then how many more) with their reasons.
JSON (`--log-format json`): one object per line on stderr for each event, the summary included, and
one `rejected` event per rejected file, for schedulers and log collectors.

>>> import io
>>> stream = io.StringIO()
>>> Reporter("json", progress=False, stream=stream).event("start", documents=3)
>>> stream.getvalue().startswith('{"event": "start", "documents": 3')
True
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field

PROGRESS_EVERY_S = 5.0          # JSON progress events
PLAIN_PROGRESS_EVERY_S = 10.0   # plain progress lines when stderr is not a terminal
MAX_NAMED = 10                  # rejected files named in the text summary


@dataclass
class RunSummary:
    """Counts of one run; `line()` is the summary printed at its end."""

    run_id: str = ""
    mode: str = "incremental"       # or full
    engine: str = "local"           # or dask
    workers: int = 1
    documents: int = 0
    ok: int = 0
    rejected: int = 0
    processed: int = 0
    resumed: int = 0
    unchanged: int = 0
    removed: int = 0
    facts: int = 0
    bytes_processed: int = 0
    chars_processed: int = 0
    seconds: float = 0.0
    tables_written: bool = False
    rejected_files: list = field(default_factory=list)   # (doc_id, source, reason) of each rejected file
    warnings: list = field(default_factory=list)

    def rejected_lines(self, limit: int = MAX_NAMED) -> list[str]:
        """The rejected files, named with their reasons (the first `limit`, then how many more).

        >>> RunSummary(rejected_files=[("scan", "raw/scan.pdf", "a PDF file, not text")]).rejected_lines()
        ['  rejected raw/scan.pdf: a PDF file, not text']
        >>> RunSummary(rejected_files=[(str(n), f"{n}.txt", "empty") for n in range(12)]).rejected_lines(2)[-1]
        '  … and 10 more rejected files: documents.parquet has every one, with its error'
        """
        lines = [f"  rejected {source}: {_without(reason, f'cannot read {source}: ')}"
                 for _doc_id, source, reason in self.rejected_files[:limit]]
        more = len(self.rejected_files) - limit
        if more > 0:
            lines.append(f"  … and {more} more rejected file{'' if more == 1 else 's'}: documents.parquet has "
                         "every one, with its error")
        return lines

    @property
    def mb_per_s(self) -> float:
        return self.bytes_processed / 1e6 / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """
        >>> RunSummary(documents=3, ok=2, rejected=1, processed=1, unchanged=2, facts=40,
        ...            bytes_processed=2_000_000, seconds=2.0).line()
        'cnstats: 3 documents (2 ok, 1 rejected) — 1 processed, 0 resumed, 2 unchanged, 0 removed; 40 facts; 2.0 s, 1.00 MB/s'
        """
        documents = f"{self.documents} document{'' if self.documents == 1 else 's'}"
        return (f"cnstats: {documents} ({self.ok} ok, {self.rejected} rejected) — "
                f"{self.processed} processed, {self.resumed} resumed, {self.unchanged} unchanged, "
                f"{self.removed} removed; {self.facts} facts; {self.seconds:.1f} s, {self.mb_per_s:.2f} MB/s")

    def as_dict(self) -> dict:
        data = asdict(self)
        del data["rejected_files"], data["warnings"]   # their own events
        data["mb_per_s"] = round(self.mb_per_s, 3)
        data["seconds"] = round(self.seconds, 3)
        return data


def _without(text: str, prefix: str) -> str:
    """The reason without the file's name when it starts with it (the line names the file).

    >>> _without("cannot read a.txt: permission denied", "cannot read a.txt: ")
    'permission denied'
    """
    return text[len(prefix):] if text.startswith(prefix) else text


class Reporter:
    """`progress`: None shows it (a bar on a terminal, plain lines elsewhere), False never."""

    def __init__(self, log_format: str = "text", progress: bool | None = None, stream=None,
                 plain_every: float = PLAIN_PROGRESS_EVERY_S):
        self.stream = stream if stream is not None else sys.stderr
        self.json = log_format == "json"
        isatty = getattr(self.stream, "isatty", lambda: False)()
        self.show_progress = (isatty and not self.json) if progress is None else (progress and not self.json)
        self.plain = progress is not False and not self.json and not self.show_progress
        self.plain_every = plain_every
        self._bar = None
        self._done = self._total = 0
        self._last_event = self._started = 0.0

    def event(self, name: str, **fields) -> None:
        """A JSON line in json mode; in text mode only warnings are shown."""
        if self.json:
            record = {"event": name, **fields, "time": round(time.time(), 3)}
            print(json.dumps(record, ensure_ascii=False, default=str), file=self.stream, flush=True)
        elif name == "warning":
            print(f"warning: {fields.get('message', '')}", file=self.stream, flush=True)

    def start_progress(self, total: int) -> None:
        self._done, self._total, self._last_event = 0, total, time.monotonic()
        self._started = self._last_event
        if self.show_progress and total:
            from tqdm import tqdm

            try:
                size = os.get_terminal_size(self.stream.fileno())
            except (OSError, ValueError, AttributeError):
                size = os.terminal_size((0, 0))
            # a terminal that reports no size (some ptys) would hide the bar: assume 80x24
            sized = size.columns > 0 and size.lines > 0
            self._bar = tqdm(total=total, unit="doc", file=self.stream, leave=False, dynamic_ncols=sized,
                             ncols=None if sized else 80, nrows=None if sized else 24)

    def advance(self, doc_id: str, n_facts: int) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.update(1)
        if self.json and (time.monotonic() - self._last_event >= PROGRESS_EVERY_S or self._done == self._total):
            self._last_event = time.monotonic()
            self.event("progress", done=self._done, total=self._total, last=doc_id)
        elif self.plain and time.monotonic() - self._last_event >= self.plain_every:
            self._last_event = time.monotonic()
            share = self._done / self._total if self._total else 1.0
            print(f"cnstats: {self._done}/{self._total} documents extracted ({share:.0%}), "
                  f"{self._last_event - self._started:.0f} s", file=self.stream, flush=True)

    def stop_progress(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def summary(self, summary: RunSummary) -> None:
        if self.json:
            for doc_id, source, reason in summary.rejected_files:
                self.event("rejected", doc_id=doc_id, source=source, error=reason)
            self.event("summary", **summary.as_dict())
        else:
            print("\n".join([summary.line(), *summary.rejected_lines()]), file=self.stream, flush=True)

    def failure(self, message: str, status: int) -> None:
        if self.json:
            self.event("error", message=message, exit_status=status)
        else:
            print(message, file=self.stream, flush=True)
