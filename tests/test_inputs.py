"""Every input file is a documents row, always (issue 15, CONTRACT's doc_id paragraph).

A table of folder layouts: the files to make (under tmp_path), the inputs given, and the doc_ids
expected, one per file.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import list_inputs
from pipeline.listing import find_inputs, printable

ROOT = Path(__file__).resolve().parents[1]
TEXT = "全年城镇新增就业105.8万人。"

# (case, files made, inputs given, doc_ids expected, collisions warned about)
LAYOUTS = [
    ("no collision", ["a/2025/x.txt", "a/y.txt"], ["a"], ["2025/x", "y"], 0),
    ("extensions", ["a/bj.txt", "a/bj.pdf"], ["a"], ["bj.pdf", "bj.txt"], 1),
    ("four formats of one report", ["a/report.html", "a/report.htm", "a/report.pdf", "a/report.docx"], ["a"],
     ["report.docx", "report.htm", "report.html", "report.pdf"], 1),
    ("two inputs", ["a/bj.txt", "b/bj.txt"], ["a", "b"], ["a/bj.txt", "b/bj.txt"], 1),
    ("the issue's reproduction", ["a/bj.txt", "a/bj.pdf", "b/bj.txt"], ["a", "b"],
     ["a/bj.txt", "b/bj.txt", "bj.pdf"], 1),
    ("nested folders", ["x/2025/bj.txt", "x/2025/bj.pdf", "x/2026/bj.txt"], ["x"],
     ["2025/bj.pdf", "2025/bj.txt", "2026/bj"], 1),
    ("files given by name", ["a/bj.txt", "b/bj.txt"], ["a/bj.txt", "b/bj.txt"], ["a/bj.txt", "b/bj.txt"], 1),
    ("a folder and a file in it", ["a/bj.txt", "a/sh.txt"], ["a", "a/bj.txt"], ["bj", "sh"], 0),
    ("one folder given twice", ["a/bj.txt"], ["a", "a"], ["bj"], 0),
    ("extension that is another's name", ["a/bj.txt", "a/bj.pdf", "a/bj.txt.gz"], ["a"],
     ["bj.pdf", "bj.txt", "bj.txt.gz"], 2),
    ("two inputs with one name", ["x/a/bj.txt", "y/a/bj.txt"], ["x/a", "y/a"], ["a/bj.txt", "a/bj.txt~2"], 1),
    ("hidden files are not inputs", ["a/.DS_Store", "a/.git/x.txt", "a/bj.txt"], ["a"], ["bj"], 0),
]


@pytest.mark.parametrize("case, files, inputs, expected, warned", LAYOUTS, ids=[row[0] for row in LAYOUTS])
def test_every_file_is_one_row_with_its_own_doc_id(case, files, inputs, expected, warned, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in files:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(TEXT, encoding="utf-8")
    listing = find_inputs(inputs)
    assert [file.doc_id for file in listing.files] == expected
    visible = [name for name in files if not any(part.startswith(".") for part in Path(name).parts)]
    assert len(listing.files) == len(visible)                  # one row per file, none dropped
    assert len(listing.collisions) == warned
    assert list_inputs(inputs) == (listing.files, [])


def test_the_issues_reproduction_gives_three_rows_and_both_texts_facts(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "bj.txt").write_text("全年城镇新增就业105.8万人。", encoding="utf-8")
    (tmp_path / "a" / "bj.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b" / "bj.txt").write_text("全年城镇新增就业99万人。", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", "a", "b", "--output", str(out)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("warning: doc_id collision") == 1 and "a/bj.pdf" in result.stderr
    documents = pd.read_parquet(out / "documents.parquet")
    assert documents["doc_id"].tolist() == ["a/bj.txt", "b/bj.txt", "bj.pdf"]
    assert documents["source"].tolist() == ["a/bj.txt", "b/bj.txt", "a/bj.pdf"]
    facts = pd.read_parquet(out / "facts.parquet")
    assert facts[["doc_id", "value"]].values.tolist() == [["a/bj.txt", 1058000.0], ["b/bj.txt", 990000.0]]


# (file name as bytes, doc_id expected)
NAMES = [
    (b"\xc9\xcf\xba\xa3.txt", "上海"),                   # GBK, as a zip made on Windows unpacks
    (b"\xb1\xb1\xbe\xa9\xca\xd0/2025.txt", "北京市/2025"),   # a GBK folder name
    (b"\xff\xfe-report.txt", "\\xff\\xfe-report"),           # not GB18030 either: the bytes escaped
    ("重庆日报.txt".encode(), "重庆日报"),
]


@pytest.mark.parametrize("name, doc_id", NAMES, ids=[repr(row[0]) for row in NAMES])
def test_any_bytes_can_be_a_file_name(name, doc_id, tmp_path):
    path = os.path.join(os.fsencode(tmp_path), name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(TEXT.encode())
    [file] = find_inputs([tmp_path]).files
    assert file.doc_id == doc_id
    assert os.fsencode(file.path) == path                # opened by its real name
    assert printable(file.path).endswith(doc_id.split("/")[-1] + ".txt")
