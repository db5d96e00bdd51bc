"""One call from a text, a file or a folder to the facts and documents tables, for a notebook.

>>> facts, documents = extract("川渝两地城镇新增就业年均170万人以上。")
>>> facts[["metric", "value", "unit", "bound"]].values.tolist()
[['城镇新增就业', 1700000.0, '人', 'ge']]
>>> documents[["doc_id", "status", "format", "n_facts"]].values.tolist()
[['text', 'ok', 'txt', 1]]

The result is a named tuple `Extraction(facts, documents)` of two pandas DataFrames with the
columns and types of facts.parquet and documents.parquet (README, CONTRACT). A string that names
an existing file or folder is read from there (every format `run` reads, folders recursed, doc_ids
as `run` gives them); any other string is the text itself. Nothing is written to disk.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import pandas as pd


class Extraction(NamedTuple):
    facts: pd.DataFrame
    documents: pd.DataFrame


def extract(text_or_path: str | os.PathLike, doc_id: str | None = None) -> Extraction:
    """The facts and documents of a text, a file or a folder; `doc_id` names a text or a single file."""
    from .document import extract_document, process_file
    from .ingest import list_inputs
    from .tables import DOCUMENTS, FACTS, fact_order, to_arrow

    path = _as_path(text_or_path)
    documents: list[dict] = []
    facts: list[dict] = []
    if path is None:
        row, found = extract_document(str(text_or_path).encode("utf-8"), doc_id or "text", "<text>")
        documents.append(row)
        facts += found
    elif path.is_dir():
        inputs, _problems = list_inputs([path])
        for item in inputs:
            row, found = process_file(item.path, item.doc_id)
            documents.append(row)
            facts += found
    else:
        row, found = process_file(str(path), doc_id or path.stem)
        documents.append(row)
        facts += found
    facts.sort(key=lambda row: (row["doc_id"], *fact_order(row)))
    return Extraction(to_arrow(facts, FACTS).to_pandas(), to_arrow(documents, DOCUMENTS).to_pandas())


def _as_path(value: str | os.PathLike) -> Path | None:
    """The file or folder a value names, or None when it is a text."""
    if isinstance(value, os.PathLike):
        return Path(value)
    if len(value) > 1024 or "\n" in value or not value.strip():
        return None
    try:
        path = Path(value).expanduser()
        return path if path.exists() else None
    except (OSError, ValueError):
        return None
