"""Batch runs: incremental, restartable, locked, parallel and on Dask, all giving a full run's tables.

The facts themselves change as the stages improve, so every test compares runs with each other
(incremental with full, killed-and-rerun with full, 2 workers with 1, Dask with local), never
with fixed facts. The corpus is made from the repository's own sample document, cut and
recombined into documents of several sizes, encodings and folders, plus files that are rejected.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch.lock import OutputLock
from pipeline.batch.store import Store
from pipeline.run import run_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "cqrb-2025-05-09.txt"
TABLES = ("documents", "facts")


def paragraphs() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def make_corpus(folder: Path, documents: int = 12, repeat: int = 1) -> Path:
    """Documents of recombined paragraphs in nested folders, one in GB18030, two rejected."""
    blocks = paragraphs()
    for number in range(documents):
        chosen = [blocks[(number * 7 + step) % len(blocks)] for step in range(3 + number % 5)]
        text = f"第{number}号文件\n\n" + "\n\n".join(chosen * repeat) + "\n"
        sub = folder / ("2025" if number % 2 else "2026") / f"doc{number:03d}.txt"
        sub.parent.mkdir(parents=True, exist_ok=True)
        sub.write_bytes(text.encode("gb18030" if number == 3 else "utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01\x02\x03\x04\x05" * 20)
    return folder


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}


def assert_same_tables(out: Path, reference: Path) -> None:
    ours, theirs = read_tables(out), read_tables(reference)
    for name in TABLES:
        pd.testing.assert_frame_equal(ours[name], theirs[name], obj=name)


def full_run(raw: Path, out: Path) -> Path:
    run_pipeline([str(raw)], str(out), progress=False, full=True, workers=1)
    return out


def touch_later(path: Path, text: str) -> None:
    """Change a file's bytes (its mtime moves too, as an editor's save would)."""
    path.write_text(text, encoding="utf-8")
    stamp = time.time() + 5
    os.utime(path, (stamp, stamp))


@pytest.fixture
def raw(tmp_path) -> Path:
    return make_corpus(tmp_path / "raw")


# --- incremental ---------------------------------------------------------------------------------

def test_incremental_rerun_touches_only_changed_files_and_equals_a_full_run(raw, tmp_path):
    out = tmp_path / "out"
    first = run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert (first.processed, first.unchanged, first.documents) == (14, 0, 14)

    touch_later(raw / "2025" / "doc001.txt", "全市地区生产总值5.2万亿元、增长5.4%。\n")   # changed
    (raw / "2026" / "doc002.txt").unlink()                                               # deleted
    (raw / "2026" / "new.txt").write_text("新增城镇就业170万人以上。\n", encoding="utf-8")  # new
    second = run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert (second.processed, second.unchanged, second.removed, second.documents) == (2, 12, 1, 14)
    assert_same_tables(out, full_run(raw, tmp_path / "full"))

    third = run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert (third.processed, third.unchanged, third.tables_written) == (0, 14, False)
    assert_same_tables(out, tmp_path / "full")


def test_same_size_same_second_edit_is_seen_by_its_sha256(raw, tmp_path):
    out = tmp_path / "out"
    target = raw / "2026" / "doc000.txt"
    os.utime(target)                                                     # saved just before the run
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    before = target.stat()
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("第0号", "第9号"), encoding="utf-8")   # same length in bytes
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))        # and the same mtime
    summary = run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert summary.processed == 1                                        # racy: recent mtime is re-read
    assert read_tables(out)["documents"].set_index("doc_id").loc["2026/doc000", "text"].startswith("第9号")


def run_json(*args: str, cwd: Path = ROOT) -> dict:
    """Run the command line with JSON logs; return its summary event."""
    result = subprocess.run([sys.executable, "-m", "pipeline", "run", *args, "--log-format", "json"],
                            capture_output=True, text=True, cwd=cwd, timeout=180)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    return {event["event"]: event for event in events}


def test_a_change_to_the_lexicon_rebuilds_everything(raw, tmp_path):
    copy = tmp_path / "project"                         # a copy of the package we may edit
    shutil.copytree(ROOT / "pipeline", copy / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    out = str(tmp_path / "out")
    assert run_json("--input", str(raw), "--output", out, "--workers", "1", cwd=copy)["summary"]["processed"] == 14
    assert run_json("--input", str(raw), "--output", out, "--workers", "1", cwd=copy)["summary"]["unchanged"] == 14
    units = copy / "pipeline" / "lexicon" / "units.txt"
    units.write_text(units.read_text(encoding="utf-8") + "\n# a new comment is a new lexicon\n", encoding="utf-8")
    events = run_json("--input", str(raw), "--output", out, "--workers", "1", cwd=copy)
    assert (events["summary"]["processed"], events["summary"]["mode"]) == (14, "full")
    assert "lexicon changed" in events["info"]["message"]


def test_full_flag_extracts_everything_and_gives_the_same_tables(raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    tables = read_tables(out)
    summary = run_pipeline([str(raw)], str(out), progress=False, workers=1, full=True)
    assert (summary.processed, summary.unchanged) == (14, 0)
    for name in TABLES:
        pd.testing.assert_frame_equal(read_tables(out)[name], tables[name])


def test_rows_are_in_document_then_reading_order_and_facts_have_their_documents(raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=2)
    tables = read_tables(out)
    documents, facts = tables["documents"], tables["facts"]
    assert documents["doc_id"].tolist() == sorted(documents["doc_id"])
    assert list(zip(facts["doc_id"], facts["start"])) == sorted(zip(facts["doc_id"], facts["start"]))
    assert set(facts["doc_id"]) <= set(documents["doc_id"])
    assert facts["fact_id"].is_unique
    assert dict(zip(documents["doc_id"], documents["status"]))["empty"] == "rejected"
    counts = facts.groupby("doc_id").size()
    assert (documents.set_index("doc_id")["n_facts"].drop(counts.index).eq(0)).all()
    assert (documents.set_index("doc_id").loc[counts.index, "n_facts"] == counts).all()


def test_emptied_input_folder_leaves_empty_tables(tmp_path):
    raw = make_corpus(tmp_path / "raw", documents=2)
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    for file in [p for p in raw.rglob("*") if p.is_file()]:
        file.unlink()
    summary = run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert (summary.documents, summary.removed) == (0, 4)
    assert all(len(frame) == 0 for frame in read_tables(out).values())


def test_runs_table_records_every_run(raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    runs = pd.read_parquet(out / "runs.parquet")
    assert runs["processed"].tolist() == [14, 0]
    assert runs["unchanged"].tolist() == [0, 14]
    assert runs["status"].tolist() == ["ok", "ok"]
    assert (runs["ended"] >= runs["started"]).all() and runs["run_id"].is_unique


def test_old_table_versions_and_shards_are_cleaned_up(raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    for number in range(3):
        touch_later(raw / "2026" / "doc000.txt", f"第{number}版：粮食产量1300万吨。\n")
        run_pipeline([str(raw)], str(out), progress=False, workers=1)
    store = Store(out)
    assert len([p for p in store.versions.iterdir()]) <= 2
    assert len(list(store.shards_folder.rglob("*.arrows"))) == 14


# --- parallel and distributed --------------------------------------------------------------------

def test_two_workers_give_the_tables_of_one(raw, tmp_path):
    run_pipeline([str(raw)], str(tmp_path / "one"), progress=False, workers=1)
    summary = run_pipeline([str(raw)], str(tmp_path / "two"), progress=False, workers=2)
    assert summary.processed == 14
    assert_same_tables(tmp_path / "two", tmp_path / "one")


@pytest.fixture(scope="module")
def dask_cluster():
    """A real Dask LocalCluster with 2 worker processes, as an existing cluster would be."""
    distributed = pytest.importorskip("distributed")
    import logging

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    yield cluster
    cluster.close()


@pytest.mark.slow
@pytest.mark.parametrize("where", ["existing cluster (--scheduler)", "LocalCluster started by the run"])
def test_dask_with_two_worker_processes_gives_the_local_tables(where, raw, tmp_path, request):
    run_pipeline([str(raw)], str(tmp_path / "local"), progress=False, workers=1)
    args = ["--engine", "dask", "--workers", "2"]
    if where.startswith("existing"):
        args += ["--scheduler", request.getfixturevalue("dask_cluster").scheduler_address]
    events = run_json("--input", str(raw), "--output", str(tmp_path / "dask"), *args)
    assert (events["start"]["engine"], events["summary"]["processed"]) == ("dask", 14)
    runs = pd.read_parquet(tmp_path / "dask" / "runs.parquet")
    assert (runs["engine"].tolist(), runs["workers"].tolist()) == (["dask"], [2])
    assert_same_tables(tmp_path / "dask", tmp_path / "local")


# --- restartable, atomic, locked -----------------------------------------------------------------

def _shards(out: Path) -> int:
    return len(list((out / ".cnstats" / "shards").rglob("*.arrows")))


@pytest.mark.slow
def test_a_run_killed_mid_way_keeps_the_last_tables_and_the_rerun_finishes_the_work(tmp_path):
    raw = make_corpus(tmp_path / "raw", documents=4)
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    before = read_tables(out)
    more = make_corpus(tmp_path / "raw" / "more", documents=40, repeat=12)   # big: seconds of work
    done_before = _shards(out)

    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--input", str(raw), "--output", str(out), "--workers", "1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while _shards(out) < done_before + 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed: make the corpus bigger"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()

    resumable = _shards(out) - done_before
    assert resumable >= 3
    after_kill = read_tables(out)                     # the last complete tables, still readable
    for name in TABLES:
        pd.testing.assert_frame_equal(after_kill[name], before[name])
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]

    summary = run_pipeline([str(raw)], str(out), progress=False, workers=2)
    assert summary.resumed >= resumable - 1 and summary.resumed >= 3
    assert summary.processed + summary.resumed + summary.unchanged == summary.documents
    assert_same_tables(out, full_run(raw, tmp_path / "full"))
    assert more.exists()


def test_a_second_run_on_the_same_output_refuses_while_the_first_holds_it(raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    tables = read_tables(out)
    with OutputLock(out):                               # a first run at work
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "run", "--input", str(raw), "--output", str(out), "--full"],
            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert "another cnstats run" in result.stderr and str(out) in result.stderr
    for name in TABLES:
        pd.testing.assert_frame_equal(read_tables(out)[name], tables[name])
    again = run_pipeline([str(raw)], str(out), progress=False, workers=1)   # free once released
    assert again.unchanged == 14


def test_a_killed_run_leaves_no_lock_behind(raw, tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pipeline.batch.lock import OutputLock; "
                               "OutputLock(sys.argv[1]).acquire(); print('held', flush=True); time.sleep(60)",
         str(out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    assert run_pipeline([str(raw)], str(out), progress=False, workers=1).processed == 14


def test_tables_are_swapped_in_together(raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    for name in TABLES:                     # both names lead through the one pointer that a run swaps
        assert os.readlink(out / f"{name}.parquet") == f".cnstats/current/{name}.parquet"
    first = Store(out).current_version()
    touch_later(raw / "2026" / "doc000.txt", "粮食产量1300万吨。\n")
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    second = Store(out).current_version()
    assert first != second and (second / "manifest.json").is_file()


def test_rehash_reads_files_whose_size_and_mtime_did_not_change(raw, tmp_path):
    out = tmp_path / "out"
    target = raw / "2026" / "doc000.txt"
    an_hour_ago = time.time() - 3600
    os.utime(target, (an_hour_ago, an_hour_ago))
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    target.write_text(target.read_text(encoding="utf-8").replace("第0号", "第9号"), encoding="utf-8")
    os.utime(target, (an_hour_ago, an_hour_ago))       # same size, same old mtime: the stat looks unchanged
    assert run_pipeline([str(raw)], str(out), progress=False, workers=1).processed == 0
    assert run_pipeline([str(raw)], str(out), progress=False, workers=1, rehash=True).processed == 1


def test_an_output_folder_inside_the_input_folder_is_refused_before_anything_is_written(raw, tmp_path):
    from pipeline.run import UsageError

    with pytest.raises(UsageError, match="inside the input folder"):
        run_pipeline([str(raw)], str(raw / "out"), progress=False, workers=1)
    assert not (raw / "out").exists()


@pytest.mark.slow
def test_killed_at_any_moment_the_tables_are_the_old_or_the_new_ones(tmp_path):
    raw = make_corpus(tmp_path / "raw", documents=6)
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    old = read_tables(out)
    make_corpus(tmp_path / "raw" / "more", documents=12, repeat=6)
    new = read_tables(full_run(raw, tmp_path / "full"))

    def command(output: Path) -> list[str]:
        return [sys.executable, "-m", "pipeline", "run", "--input", str(raw), "--output", str(output),
                "--workers", "2"]

    began = time.monotonic()                         # how long a whole run takes here
    subprocess.run(command(tmp_path / "trial"), cwd=ROOT, check=True, capture_output=True, timeout=120)
    duration = time.monotonic() - began
    # Later kills find more finished shards, so they land further on: in the assembly and the swap.
    for fraction in (0.15, 0.35, 0.55, 0.75, 0.9, 0.97):
        process = subprocess.Popen(command(out), cwd=ROOT, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(duration * fraction)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        now = read_tables(out)
        assert any(all(now[name].equals(expected[name]) for name in TABLES) for expected in (old, new)), fraction
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert_same_tables(out, tmp_path / "full")


@pytest.mark.parametrize("damage", [
    lambda data: data[:100],                                         # a torn write, a bad disk block
    lambda data: data[:-8],                                          # torn at the very end
    lambda data: data + b"\0" * 8,                                   # trailing bytes
    lambda data: b"CNSHARD2" + data[8:],                             # a shard of an older format
], ids=["torn", "torn-at-end", "trailing", "older-format"])
def test_a_damaged_shard_is_extracted_again(damage, raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    damaged = sorted(Store(out).shards_folder.rglob("*.arrows"))[0]
    damaged.write_bytes(damage(damaged.read_bytes()))
    touch_later(raw / "2026" / "doc000.txt", "粮食产量1300万吨。\n")
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    assert_same_tables(out, full_run(raw, tmp_path / "full"))


@pytest.mark.parametrize("reader", ["pandas", "duckdb", "polars", "pyarrow.dataset"])
def test_the_tables_read_the_same_in_every_engine(reader, raw, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(raw)], str(out), progress=False, workers=1)
    expected = read_tables(out)
    for name in TABLES:
        path = str(out / f"{name}.parquet")
        if reader == "duckdb":
            duckdb = pytest.importorskip("duckdb")
            frame = duckdb.sql(f"SELECT * FROM read_parquet('{path}')").df()
        elif reader == "polars":
            polars = pytest.importorskip("polars")
            frame = polars.read_parquet(path).to_pandas()
        elif reader == "pyarrow.dataset":
            import pyarrow.dataset as ds
            frame = ds.dataset(path, format="parquet").to_table().to_pandas()
        else:
            frame = pd.read_parquet(path)
        assert len(frame) == len(expected[name])
        assert list(frame.columns) == list(expected[name].columns)
        assert frame["doc_id"].tolist() == expected[name]["doc_id"].tolist()


@pytest.mark.slow
def test_workers_do_not_outlive_a_killed_run(tmp_path):
    psutil = pytest.importorskip("psutil")
    raw = make_corpus(tmp_path / "raw", documents=40, repeat=12)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--input", str(raw), "--output", str(out), "--workers", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while _shards(out) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed"
    helpers = psutil.Process(process.pid).children(recursive=True)
    assert helpers
    process.kill()                                    # the run alone, as the OOM killer would
    process.wait()
    gone, alive = psutil.wait_procs(helpers, timeout=10)
    for straggler in alive:                           # do not leave them to the next test
        straggler.kill()
    assert not alive


@pytest.mark.parametrize("rows", [
    "sample",
    [{"doc_id": "a", "fact_id": "1", "metric": "“增长”\n\t\\", "value": float("nan"), "start": 0, "end": 1}],
    [{"doc_id": "a", "fact_id": "1", "value": 3, "value_max": None, "subject": None, "start": 2, "end": 9}],
    [{"doc_id": "a", "sentence": "长" * 3_000_000, "start": 0, "end": 1}],       # one row over a JSON block
    [{"doc_id": "a", "fact_id": str(n), "subject": None if n % 3 else "全市𠀀", "text": "" if n % 2 else None,
      "value": None if n % 5 else -0.0, "value_max": float("inf"), "start": None if n == 7 else n, "end": 2 ** 40}
     for n in range(20)],                                           # nulls across a validity byte
])
def test_rows_become_the_same_arrow_table_however_converted(rows):
    import pyarrow as pa

    from pipeline.document import process_file
    from pipeline.tables import FACTS, to_arrow

    if rows == "sample":
        rows = process_file(str(SAMPLE), "cqrb")[1]
    expected = pa.table({name: [row.get(name) for row in rows] for name in FACTS.names}, schema=FACTS)
    table = to_arrow(rows, FACTS)
    assert table.schema == FACTS
    assert repr(table.to_pylist()) == repr(expected.to_pylist())     # repr: NaN is equal to NaN


def test_extracting_a_document_does_not_import_pandas():
    """Workers convert rows to Arrow themselves: pyarrow's conversion would import pandas
    (half a second of CPU in every worker process)."""
    code = ("import sys; from pipeline.batch.engines import extract; "
            f"extract(({str(SAMPLE)!r}, 'cqrb')); print('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.strip() == "False", result.stderr


def test_a_run_in_this_process_gives_the_garbage_collector_back_as_it_was(raw, tmp_path):
    import gc

    before = gc.get_threshold(), gc.get_freeze_count()
    run_pipeline([str(raw)], str(tmp_path / "out"), progress=False, workers=1)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
