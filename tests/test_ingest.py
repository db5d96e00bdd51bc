"""Ingest: real bytes of every kind a person may hand the pipeline, and what comes of them."""
from __future__ import annotations

import codecs
import os
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pandas as pd
import pytest

from pipeline.document import extract_document, process_file
from pipeline.ingest import decode_bytes, list_inputs, read_bytes

ROOT = Path(__file__).resolve().parents[1]

SIMPLIFIED = ("川渝两地人社部门打破灵活就业人员参加养老保险的户籍限制，两地基本养老、失业和工伤保险"
              "参保人数分别达到9226万人、1816万人和2340万人。")
TRADITIONAL = ("川渝兩地人社部門打破靈活就業人員參加養老保險的戶籍限制，兩地基本養老、失業和工傷保險"
               "參保人數分別達到9226萬人、1816萬人和2340萬人。")
SHORT_TRADITIONAL = "兩地基本養老、失業和工傷保險參保人數分別達到9226萬人"


def _zip_bytes() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", SIMPLIFIED)
    return buffer.getvalue()


# (case, bytes, encoding expected, text expected)
DECODED = [
    ("utf-8", SIMPLIFIED.encode("utf-8"), "utf-8", SIMPLIFIED),
    ("utf-8 with BOM", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig", SIMPLIFIED),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16", SIMPLIFIED),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16", SIMPLIFIED),
    ("utf-16 LE, no BOM", SIMPLIFIED.encode("utf-16-le"), "utf-16-le", SIMPLIFIED),
    ("utf-16 BE, no BOM", SIMPLIFIED.encode("utf-16-be"), "utf-16-be", SIMPLIFIED),
    ("gb18030 simplified", SIMPLIFIED.encode("gb18030"), "gb18030", SIMPLIFIED),
    ("gb18030 traditional", TRADITIONAL.encode("gb18030"), "gb18030", TRADITIONAL),
    ("big5 paragraph", TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
    ("big5 one sentence", SHORT_TRADITIONAL.encode("big5"), "big5", SHORT_TRADITIONAL),
    # Policy for very short text: the reading with more everyday characters wins, gb18030 on a tie.
    ("big5 two words", "經濟".encode("big5"), "big5", "經濟"),
    ("gb18030 two words", "经济".encode("gb18030"), "gb18030", "经济"),
    ("gb18030 four characters", "川渝两地".encode("gb18030"), "gb18030", "川渝两地"),
    ("ascii only", b"GDP 5.2%\n", "utf-8", "GDP 5.2%\n"),
]


@pytest.mark.parametrize("case, raw, encoding, text", DECODED, ids=[row[0] for row in DECODED])
def test_decodes(case, raw, encoding, text):
    decoded = decode_bytes(raw)
    assert decoded.error is None
    assert decoded.encoding == encoding
    assert decoded.text == text


# (case, bytes, words the error must contain)
REJECTED = [
    ("empty", b"", "empty file"),
    ("white space only", b"  \n\t\r\n \xe3\x80\x80\n", "only white space"),
    ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200), "PNG image"),
    ("JPEG", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100), "JPEG image"),
    ("zip", _zip_bytes(), "ZIP archive"),
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF file"),
    ("old Office", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Office"),
    ("binary, unknown", bytes(range(256)) * 8, "control characters"),
    ("undecodable high bytes", bytes(range(128, 256)) * 20, "undecodable"),
    ("Latin-1 text", "Café résumé naïve façade, déjà vu à la carte.".encode("latin-1"), "undecodable"),
    ("bad utf-16 after BOM", codecs.BOM_UTF16_LE + "增长".encode("utf-16-le") + b"\x00\xd8", "byte-order mark"),
]


@pytest.mark.parametrize("case, raw, words", REJECTED, ids=[row[0] for row in REJECTED])
def test_rejects_with_a_reason(case, raw, words):
    decoded = decode_bytes(raw)
    assert decoded.text is None
    assert words in decoded.error
    assert "Traceback" not in decoded.error


@pytest.mark.parametrize("case, raw, words", REJECTED, ids=[row[0] for row in REJECTED])
def test_rejected_document_row(case, raw, words):
    row, facts = extract_document(raw, "bad", "bad.txt")
    assert (row["status"], row["n_facts"], row["text"], facts) == ("rejected", 0, None, [])
    assert words in row["error"]
    assert len(row["sha256"]) == 64


def test_traditional_document_gives_its_facts():
    row, facts = extract_document(TRADITIONAL.encode("big5"), "big5", "big5.txt")
    assert row["status"] == "ok" and row["encoding"] == "big5"
    assert [fact["value"] for fact in facts] == [92260000.0, 18160000.0, 23400000.0]
    assert [row["text"][fact["start"]:fact["end"]] for fact in facts] == ["9226萬人", "1816萬人", "2340萬人"]


def test_folder_given_as_file(tmp_path):
    raw, error = read_bytes(str(tmp_path))
    assert raw is None and "it is a folder" in error


def test_dangling_link(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    files, problems = list_inputs([tmp_path])
    assert problems == [] and [f.doc_id for f in files] == ["gone"]
    row, facts = process_file(str(link), "gone")
    assert row["status"] == "rejected" and "broken link" in row["error"] and facts == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    path.chmod(0)
    try:
        row, _facts = process_file(str(path), "secret")
    finally:
        path.chmod(0o644)
    assert row["status"] == "rejected" and "permission denied" in row["error"]


def test_missing_input_is_a_usage_problem(tmp_path):
    files, problems = list_inputs([tmp_path / "absent"])
    assert files == [] and problems and "no such file" in problems[0]


def test_run_over_a_folder_with_bad_files(tmp_path):
    raw = tmp_path / "raw"
    (raw / "2025").mkdir(parents=True)
    (raw / "2025" / "good.txt").write_bytes(SIMPLIFIED.encode("gb18030"))
    (raw / "big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_bytes(b"\n \n")
    (raw / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (raw / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (raw / "folder.txt").mkdir()
    (raw / "folder.txt" / "inner.txt").write_bytes(b"\xff\xfe\x00\xd8")
    (raw / "dangling.txt").symlink_to(raw / "nowhere.txt")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--input", str(raw), "--output", str(out), "--no-progress"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    documents = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert sorted(documents.index) == sorted(
        ["2025/good", "big5", "empty", "blank", "scan", "photo", "folder.txt/inner", "dangling"])
    assert documents.loc["2025/good", "status"] == "ok"
    assert documents.loc["big5", "status"] == "ok" and documents.loc["big5", "encoding"] == "big5"
    rejected = documents[documents.status == "rejected"]
    assert len(rejected) == 6 and rejected.error.notna().all()
    assert "damaged PDF" in documents.loc["scan", "error"]
    facts = pd.read_parquet(out / "facts.parquet")
    assert set(facts.doc_id) == {"2025/good", "big5"}


def _fifo(folder):
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def _big(folder):
    (folder / "big.txt").write_bytes("粮食".encode() * 1000)
    return folder / "big.txt"


# (case, make the file, words of the reason): read_bytes never waits on what is not a regular file
NOT_READ = [
    ("named pipe", _fifo, "named pipe"),
    ("character device", lambda folder: "/dev/zero", "character device"),
    ("folder", lambda folder: folder, "folder"),
    ("larger than the limit", _big, "too large"),
]


@pytest.mark.parametrize("case, make, words", NOT_READ, ids=[row[0] for row in NOT_READ])
def test_only_regular_files_within_the_size_limit_are_read(case, make, words, tmp_path):
    raw, error = read_bytes(str(make(tmp_path)), max_bytes=1000)
    assert raw is None and words in error
