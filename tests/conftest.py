"""Shared test fixtures: where the read-only materials beside the project live."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pytest

from pipeline.bench import shared_corpus

ROOT = Path(__file__).resolve().parents[1]
# $CNSTATS_SHARED, ../shared beside the project, or beside the folder of worktrees that holds it
# (/work/wt/NAME → /work/shared): found as the benchmarks find it
SHARED = shared_corpus().parent


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the materials are absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the project)")
    return path


@pytest.fixture
def shared():
    return shared_path


@lru_cache(maxsize=None)
def facts_of(passage: str) -> tuple[dict, ...]:
    """The facts rows of one passage, read once however many cases ask about it."""
    from pipeline.document import extract_text

    return tuple(extract_text(passage, "case"))


def case_rows(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    """(number, row) of each case of a tab-separated cases file, comments and blank lines left out,
    each row padded with "" to `columns` cells (a case leaves its last empty cells out)."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [(number, row + [""] * (columns - len(row))) for number, row in enumerate(rows, 1)]
