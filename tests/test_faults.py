"""One bad file never fails the run (issue 16): each fault an attack found, at a small size.

Every case runs the real command over a folder of good documents plus the bad one: the run exits
0, the good documents' rows are those of a run without the bad one, and the bad one is a row
(rejected with a reason that names it, or read like any other). After the input is fixed, a rerun
gives the tables of a full run.
"""
from __future__ import annotations

import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch.engines import extract
from pipeline.batch.store import Store
from pipeline.run import run_pipeline
from tests.test_batch import assert_same_tables, full_run, make_corpus, read_tables
from tests.test_cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "cqrb-2025-05-09.txt"
CHAINED = "全省各项指标：" + "，".join(f"指标{i}增长{i % 10}.{i % 7}%" for i in range(2000)) + "。"


def good_folder(folder: Path) -> Path:
    return make_corpus(folder, documents=4)


def _fifo(folder: Path) -> str:
    os.mkfifo(folder / "pipe.txt")
    return "pipe"


def _device(folder: Path) -> str:
    (folder / "zero.txt").symlink_to("/dev/zero")
    return "zero"


def _socket(folder: Path) -> str:
    here = os.getcwd()
    os.chdir(folder)                        # a short name: socket paths are limited to ~100 bytes
    try:
        server = socket.socket(socket.AF_UNIX)
        server.bind("sock.txt")
        server.close()                      # the socket file stays
    finally:
        os.chdir(here)
    return "sock"


def _too_large(folder: Path) -> str:
    (folder / "huge.txt").write_text("粮食产量1300万吨。" * 40_000, encoding="utf-8")   # about 1 MB
    return "huge"


# (case, make the bad file and return its doc_id, words its rejected row's error holds)
REJECTED = [
    ("named pipe", _fifo, "named pipe"),
    ("device", _device, "character device"),
    ("socket", _socket, "socket"),
    ("too large", _too_large, "too large"),
]


@pytest.mark.parametrize("case, make, words", REJECTED, ids=[row[0] for row in REJECTED])
def test_a_file_that_is_not_a_readable_regular_file_is_a_rejected_row(case, make, words, tmp_path):
    raw = good_folder(tmp_path / "raw")
    reference = read_tables(full_run(raw, tmp_path / "reference"))
    doc_id = make(raw)
    result = cli("run", "--input", str(raw), "--output", str(tmp_path / "out"), "--max-size", "0.5", timeout=60)
    assert result.returncode == 0, result.stderr
    tables = read_tables(tmp_path / "out")
    row = tables["documents"].set_index("doc_id").loc[doc_id]
    assert row["status"] == "rejected" and words in row["error"] and doc_id in row["error"]
    assert words in result.stderr and doc_id in result.stderr     # the summary names it
    others = tables["documents"][tables["documents"].doc_id != doc_id].reset_index(drop=True)
    pd.testing.assert_frame_equal(others, reference["documents"])
    pd.testing.assert_frame_equal(tables["facts"], reference["facts"])


def test_a_device_given_by_name_is_rejected_at_once(tmp_path):
    result = cli("run", "--input", "/dev/zero", str(SAMPLE), "--output", str(tmp_path / "out"), timeout=60)
    assert result.returncode == 0, result.stderr
    documents = read_tables(tmp_path / "out")["documents"].set_index("doc_id")
    assert documents.loc["zero", "status"] == "rejected" and "device" in documents.loc["zero", "error"]
    assert documents.loc["cqrb-2025-05-09", "status"] == "ok"


# (case, file name as bytes, text, doc_id expected, what the facts must show)
READ_ALIKE = [
    ("GBK file name", b"\xc9\xcf\xba\xa3.txt", "全年城镇新增就业105.8万人。", "上海", [1058000.0]),
    ("file name neither UTF-8 nor GB18030", b"\xff\xfe-report.txt", "全年城镇新增就业99万人。",
     "\\xff\\xfe-report", [990000.0]),
    ("clause-chained sentence", b"chained.txt", CHAINED, "chained", None),
    ("a thousand 万", b"wan.txt", "全年城镇新增就业99万人。编号1" + "万" * 1000 + "。", "wan", [990000.0]),
    ("ten thousand digits", b"digits.txt", "全年城镇新增就业99万人。编号" + "7" * 10_000 + "号。", "digits",
     [990000.0]),
    ("250 万", b"wan250.txt", "全年城镇新增就业99万人。共1" + "万" * 250 + "人。", "wan250", [990000.0]),
]


@pytest.mark.parametrize("case, name, text, doc_id, values", READ_ALIKE, ids=[row[0] for row in READ_ALIKE])
def test_a_hard_document_is_read_like_any_other(case, name, text, doc_id, values, tmp_path):
    raw = good_folder(tmp_path / "raw")
    reference = read_tables(full_run(raw, tmp_path / "reference"))
    bad = os.path.join(os.fsencode(raw), name)
    with open(bad, "wb") as out:
        out.write(text.encode("utf-8"))
    result = cli("run", "--input", str(raw), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    tables = read_tables(tmp_path / "out")
    documents = tables["documents"].set_index("doc_id")
    assert documents.loc[doc_id, "status"] == "ok", documents.loc[doc_id, "error"]
    facts = tables["facts"][tables["facts"].doc_id == doc_id]
    assert all(math.isfinite(value) for value in tables["facts"]["value"])
    assert tables["facts"]["sentence"].str.len().max() <= 302       # bounded excerpts, one per fact
    if values is not None:
        assert facts["value"].tolist() == values
    else:
        assert len(facts) == 2000
        text_of = documents.loc[doc_id, "text"]
        assert all(text_of[start:end] == shown for start, end, shown in zip(facts.start, facts.end, facts.text))
        assert all(shown in sentence for shown, sentence in zip(facts.text, facts.sentence))
    others = tables["facts"][tables["facts"].doc_id != doc_id].reset_index(drop=True)
    pd.testing.assert_frame_equal(others, reference["facts"])
    again = cli("run", "--input", str(raw), "--output", str(tmp_path / "out"))       # the rerun keeps it
    assert again.returncode == 0 and "1 processed" not in again.stderr and "0 processed" in again.stderr


def test_shards_grow_linearly_with_a_chained_sentence(tmp_path):
    sizes = []
    for clauses in (500, 2000):
        path = tmp_path / f"chained{clauses}.txt"
        path.write_text("全省各项指标：" + "，".join(f"指标{i}增长{i % 10}.{i % 7}%" for i in range(clauses)) + "。",
                        encoding="utf-8")
        _doc_id, counts, shard = extract((str(path), path.stem))
        assert counts["n_facts"] == clauses
        sizes.append(len(shard) / clauses)
    assert sizes[1] < 1.5 * sizes[0]            # bytes per fact do not grow with the sentence


def test_whatever_encoding_a_documents_rows_raises_costs_that_document_alone(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("全年城镇新增就业99万人。", encoding="utf-8")
    doc_id, counts, shard = extract((str(path), "bad\udcc9id"))      # a doc_id UTF-8 cannot encode
    assert counts["status"] == "rejected" and "UnicodeEncodeError" in counts["error"]
    from pipeline.batch.shards import decode
    document, facts = decode(shard)
    assert document.column("source")[0].as_py() == str(path) and facts.num_rows == 0


def test_the_fixed_input_converges_to_the_full_run(tmp_path):
    raw = good_folder(tmp_path / "raw")
    out = tmp_path / "out"
    os.mkfifo(raw / "pipe.txt")
    (raw / "zero.txt").symlink_to("/dev/zero")
    assert cli("run", "--input", str(raw), "--output", str(out), timeout=60).returncode == 0
    (raw / "pipe.txt").unlink()
    (raw / "zero.txt").unlink()
    (raw / "pipe.txt").write_text("全年城镇新增就业99万人。", encoding="utf-8")
    assert cli("run", "--input", str(raw), "--output", str(out)).returncode == 0
    assert_same_tables(out, full_run(raw, tmp_path / "full"))


# --- a folder that cannot be read --------------------------------------------------------------------

def _without_root_powers() -> list[str]:
    """Run as root, a command that cannot read past permissions: its capabilities dropped."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("run as root without setpriv: permissions cannot be made to bite")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]


@pytest.mark.parametrize("full", [False, True], ids=["incremental", "full"])
def test_a_folder_that_cannot_be_read_is_a_rejected_row_and_its_rows_are_kept(full, tmp_path):
    raw = good_folder(tmp_path / "raw")
    locked = raw / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("全年城镇新增就业99万人。", encoding="utf-8")
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    before = read_tables(out)
    command = [*_without_root_powers(), sys.executable, "-m", "pipeline", "run", "--input", str(raw),
               "--output", str(out), *(["--full"] if full else [])]
    locked.chmod(0)
    try:
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "0 removed" in result.stderr and "cannot read folder" in result.stderr
    documents = read_tables(out)["documents"].set_index("doc_id")
    assert documents.loc["locked", "status"] == "rejected"
    assert "permission denied" in documents.loc["locked", "error"]
    facts = read_tables(out)["facts"]
    pd.testing.assert_frame_equal(facts, before["facts"])          # locked/a keeps its facts
    run_pipeline([str(raw)], str(out), progress=False, workers=1)   # readable again
    assert_same_tables(out, full_run(raw, tmp_path / "full"))


# --- output and input that hold each other -----------------------------------------------------------

@pytest.mark.parametrize("layout", ["output inside input", "output is input", "input inside output",
                                    "input is a link to the output", "output reached by a link inside input"])
def test_output_and_input_that_hold_each_other_are_a_usage_error(layout, tmp_path):
    raw = good_folder(tmp_path / "raw")
    given, out = str(raw), str(raw / "out")
    if layout == "output is input":
        out = str(raw)
    elif layout == "input inside output":
        given, out = str(raw / "2025"), str(raw)
    elif layout == "input is a link to the output":
        (tmp_path / "out").mkdir()
        (tmp_path / "link").symlink_to(tmp_path / "out")
        given, out = str(tmp_path / "link"), str(tmp_path / "out")
    elif layout == "output reached by a link inside input":
        (tmp_path / "alias").symlink_to(raw)
        out = str(tmp_path / "alias" / "out")
    result = cli("run", "--input", given, "--output", out)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error:") and "inside" in result.stderr
    assert not os.path.exists(os.path.join(out, "facts.parquet"))


def test_a_link_from_the_input_to_the_output_is_not_followed_into_the_tables(tmp_path):
    raw = good_folder(tmp_path / "raw")
    out = tmp_path / "out"
    (raw / "tables").symlink_to(out, target_is_directory=True)
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    again = run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert again.documents == 6 and again.unchanged == 6
    assert not any(doc_id.startswith("tables/") for doc_id in read_tables(out)["documents"]["doc_id"])


# --- checksums ---------------------------------------------------------------------------------------

def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


@pytest.mark.parametrize("damage", [
    lambda data: _flip(data, len(data) - 40),          # one bit in the facts' values or offsets
    lambda data: _flip(data, len(data) // 2),          # one bit in the middle
], ids=["bit-near-end", "bit-in-middle"])
def test_an_edited_shard_is_extracted_again(damage, tmp_path):
    raw = good_folder(tmp_path / "raw")
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    for shard in sorted(Store(out).shards_folder.rglob("*.arrows")):
        shard.write_bytes(damage(shard.read_bytes()))
    (raw / "2026" / "doc000.txt").write_text("粮食产量1300万吨。\n", encoding="utf-8")
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert_same_tables(out, full_run(raw, tmp_path / "full"))


@pytest.mark.parametrize("table, damage", [
    ("facts", lambda data: data[: len(data) // 2]),
    ("documents", lambda data: _flip(data, len(data) // 3)),
    ("facts", lambda data: b""),
], ids=["facts-truncated", "documents-bit", "facts-emptied"])
def test_a_damaged_current_table_is_rebuilt(table, damage, tmp_path):
    raw = good_folder(tmp_path / "raw")
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    path = Store(out).current_version() / f"{table}.parquet"
    path.write_bytes(damage(path.read_bytes()))
    summary = run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert summary.tables_written and summary.processed == 0
    assert_same_tables(out, full_run(raw, tmp_path / "full"))


# --- the runs table ----------------------------------------------------------------------------------

def test_a_run_killed_at_any_point_is_in_the_runs_table_after_the_next(tmp_path):
    raw = make_corpus(tmp_path / "raw", documents=30, repeat=12)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--input", str(raw), "--output", str(out),
                                "--workers", "1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 60
    while not list((out / ".cnstats" / "runs").glob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    runs = pd.read_parquet(out / "runs.parquet")
    assert runs["status"].tolist() == ["failed", "ok"]
    assert "killed" in runs["error"][0] and runs["run_id"].is_unique
    assert not list((out / ".cnstats" / "runs").glob("*.json"))


def test_a_run_that_cannot_write_the_runs_table_is_recorded_by_the_next(tmp_path):
    raw = good_folder(tmp_path / "raw")
    out = tmp_path / "out"
    (out / "runs.parquet").mkdir(parents=True)          # in the way, as a full disk would be
    result = cli("run", "--input", str(raw), "--output", str(out))
    assert result.returncode == 1 and result.stderr.startswith("run failed:")
    (out / "runs.parquet").rmdir()
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    runs = pd.read_parquet(out / "runs.parquet")
    assert runs["status"].tolist() == ["failed", "ok"]
    assert "runs.parquet" in runs["error"][0]


def test_a_result_that_cannot_come_back_from_its_worker_is_that_documents_rejected_row(tmp_path):
    from pipeline.batch.engines import failed
    from pipeline.batch.shards import decode

    doc_id, counts, shard = failed((str(tmp_path / "big.txt"), "big"), MemoryError("cannot allocate"))
    document, facts = decode(shard)
    assert (doc_id, counts["status"], facts.num_rows) == ("big", "rejected", 0)
    assert "MemoryError" in document.column("error")[0].as_py()
    assert document.column("source")[0].as_py().endswith("big.txt")
