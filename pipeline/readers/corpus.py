"""Corpora as one file: a CSV, JSON Lines or Parquet file with one document per row.

`run --text-column full_text [--id-column title]` writes each row's text to a file of its own
beside the output folder (`OUT-corpus/<file name>/<id>.txt`: a run reads nothing inside OUT) and
reads that folder in the corpus file's place, so that every row is a document with its own doc_id,
incremental state and facts.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "reports.csv").write_text("province,full_text\\n上海市,全年粮食产量1.2万吨。\\n重庆市,增长5%。\\n", encoding="utf-8")
>>> [(doc_id, text) for doc_id, text in corpus_rows(folder / "reports.csv", "full_text", "province")]
[('上海市', '全年粮食产量1.2万吨。'), ('重庆市', '增长5%。')]
>>> [pathlib.Path(path).name for path in split_corpora([str(folder / "reports.csv")], folder / "out", "full_text", None)]
['reports']
>>> sorted(path.name for path in (folder / "out-corpus" / "reports").iterdir())
['reports-1.txt', 'reports-2.txt']
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Iterator

from ..ingest import decode_bytes

CORPUS_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class CorpusError(ValueError):
    """A corpus file that cannot be split: no such column, or not readable."""


def corpus_rows(path: Path, text_column: str, id_column: str | None = None) -> Iterator[tuple[str, str]]:
    """(doc_id, text) for each row: the id column's value, or the file's name and the row's number."""
    path = Path(path)
    for number, row in enumerate(_records(path), 1):
        if text_column not in row:
            raise CorpusError(f"{path}: no column {text_column!r} (it has {', '.join(map(str, row)) or 'none'})")
        if id_column is not None and id_column not in row:
            raise CorpusError(f"{path}: no column {id_column!r} (it has {', '.join(map(str, row))})")
        name = str(row[id_column]) if id_column is not None else f"{path.stem}-{number}"
        text = row[text_column]
        yield name, "" if text is None else str(text)


def _records(path: Path) -> Iterator[dict]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=1000):
            yield from batch.to_pylist()
        return
    decoded = decode_bytes(path.read_bytes())
    if decoded.error is not None:
        raise CorpusError(f"{path}: {decoded.error}")
    if suffix in (".jsonl", ".ndjson"):
        for number, line in enumerate(decoded.text.splitlines(), 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise CorpusError(f"{path}, line {number}: not JSON ({error.msg})") from None
        return
    csv.field_size_limit(sys.maxsize)
    yield from csv.DictReader(io.StringIO(decoded.text.lstrip("\ufeff"), newline=""),
                              delimiter="\t" if suffix == ".tsv" else ",")


def corpus_folder(output: Path) -> Path:
    """Where the rows of corpus files are written for a run into `output`: beside it."""
    output = Path(output)
    return output.with_name(output.name + "-corpus")


def split_corpora(inputs: list[str], output: Path, text_column: str, id_column: str | None) -> list[str]:
    """The inputs with each corpus file replaced by the folder its rows were written to."""
    result = []
    for given in inputs:
        path = Path(given)
        if not (path.is_file() and path.suffix.lower() in CORPUS_SUFFIXES):
            result.append(given)
            continue
        folder = corpus_folder(output) / path.stem
        folder.mkdir(parents=True, exist_ok=True)
        wanted: set[str] = set()
        for doc_id, text in corpus_rows(path, text_column, id_column):
            name = _UNSAFE.sub("_", doc_id).strip(". ") or "row"
            while name in wanted:
                name += "_"
            wanted.add(name)
            target = folder / f"{name}.txt"
            data = text.encode("utf-8")
            if not target.exists() or target.read_bytes() != data:   # unchanged rows stay unchanged
                target.write_bytes(data)
        for old in folder.glob("*.txt"):
            if old.stem not in wanted:
                old.unlink()                      # a row no longer in the corpus
        result.append(str(folder))
    return result
