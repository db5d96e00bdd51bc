"""A run: every input file through `extract_document`, then the tables written.

>>> import tempfile, pathlib
>>> summary = run_pipeline(["data/raw"], tempfile.mkdtemp(), progress=False)
>>> summary.ok >= 1 and summary.rejected == 0
True
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .document import process_file
from .ingest import list_inputs
from .tables import DOCUMENTS, FACTS, write_table


class UsageError(Exception):
    """The command was asked for something that cannot be done (exit status 2)."""


@dataclass
class RunSummary:
    ok: int = 0
    rejected: int = 0
    facts: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.ok} documents ok, {self.rejected} rejected, {self.facts} facts "
                f"in {self.seconds:.1f} s")


def run_pipeline(inputs: list[str], output: str, progress: bool | None = None) -> RunSummary:
    files, problems = list_inputs(inputs)
    if problems:
        raise UsageError("; ".join(problems))
    started = time.monotonic()
    documents, facts = [], []
    show = sys.stderr.isatty() if progress is None else progress
    iterator = files
    if show:
        from tqdm import tqdm
        iterator = tqdm(files, unit="doc", file=sys.stderr)
    for file in iterator:
        row, rows = process_file(file.path, file.doc_id)
        documents.append(row)
        facts.extend(rows)
    out = Path(output)
    write_table(facts, FACTS, out / "facts.parquet")
    write_table(documents, DOCUMENTS, out / "documents.parquet")
    summary = RunSummary(
        ok=sum(1 for row in documents if row["status"] == "ok"),
        rejected=sum(1 for row in documents if row["status"] != "ok"),
        facts=len(facts),
        seconds=time.monotonic() - started,
    )
    return summary
