"""Pathological and random input: the contract holds, the cost stays linear, and the guard stops the rest.

The shapes are those of `pipeline.bench_scaling` (the issue's inputs, runs of digits, scales, bounds,
separators, %, 、, random Unicode with NUL bytes and lone surrogates, real clauses run together), each at
a small size; hypothesis mixes real sentences of the project's sample article with separators and noise.
For every document: no exception, a row that is ok or rejected with a reason, every fact's text at its
offsets, and finite values.
"""
from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.batch.engines import ProcessEngine, SerialEngine
from pipeline.batch.guard import Limits, extract_within, resident_mb
from pipeline.bench_scaling import SAMPLE, SHAPES, as_bytes, growth_exponent, shape_text
from pipeline.document import extract_document

ROOT = Path(__file__).resolve().parents[1]


def check_contract(raw: bytes) -> tuple[dict, list[dict]]:
    """extract_document(raw) and the contract's promises about its rows."""
    row, facts = extract_document(raw, "x", "x.txt")
    assert row["status"] in ("ok", "rejected")
    if row["status"] == "rejected":
        assert row["error"] and not facts
        return row, facts
    text = row["text"]
    for fact in facts:
        assert text[fact["start"]:fact["end"]] == fact["text"], fact
        assert fact["value"] is None or math.isfinite(fact["value"]), fact
        assert fact["value_max"] is None or math.isfinite(fact["value_max"]), fact
        assert fact["sentence"] and fact["text"] in fact["sentence"], fact
    return row, facts


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_keeps_the_contract(shape):
    check_contract(as_bytes(shape_text(shape, 20_000)))


@pytest.mark.parametrize("shape", [
    "jobs_one_sentence",    # '全年城镇新增就业105.8万人，' * n: one sentence, no 。
    "bare_list_points",     # '3、3、…3个百分点'
    "percent_list",         # '增长5.5%、' * n + '。'
    "scale_run",            # '万' * n
    "ratio_chain",          # 1∶1∶1…
    "bounds",               # one figure after a long run of bound words
    "years_periods",        # 2025年前三季度… before one figure
    "decimal_points",       # 1.21.21.2…: a lookahead from each start over the whole run was quadratic
    "arabic_digits",        # 12345678901234567890…
])
def test_cost_grows_linearly(shape):
    """CPU time at 16x the size is far below the 256x of a quadratic reading (noise allowed for)."""
    costs, sizes = [], [16_000, 256_000]
    for size in sizes:
        raw = as_bytes(shape_text(shape, size))
        started = time.process_time()
        check_contract(raw)
        costs.append(max(time.process_time() - started, 0.02))
    assert growth_exponent(sizes, costs) < 1.5, costs


@pytest.mark.parametrize("text, metric, value, count", [
    ("全年城镇新增就业105.8万人，" * 200, "城镇新增就业", 1058000.0, 200),    # read in windows, named in each
    ("增长5.5%、" * 400 + "。", None, 5.5, 400),
])
def test_long_sentences_are_read_in_windows(text, metric, value, count):
    _row, facts = check_contract(text.encode())
    assert len(facts) == count
    assert {fact["value"] for fact in facts} == {value}
    assert max(len(fact["sentence"]) for fact in facts) <= 1000
    if metric:
        assert {fact["metric"] for fact in facts} == {metric}


def _sentences() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [piece + "。" for piece in text.replace("\n", "。").split("。") if piece.strip()]


SENTENCES = _sentences()
NOISE = st.sampled_from(["", "", "，", "、", "。", "\n", " ", "\x00", "%", "万", "万万万", "1" * 30, "、3" * 20,
                         "超过", "至", "∶", "（", "“", "\ufffd"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SENTENCES), NOISE, st.booleans()), min_size=1, max_size=12))
def test_mixes_of_real_sentences_keep_the_contract(parts):
    """Real sentences of the sample article, their stops dropped or kept, with separators and noise between."""
    text = "".join((sentence if keep_stop else sentence.rstrip("。")) + noise for sentence, noise, keep_stop in parts)
    check_contract(text.encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=400))
def test_random_unicode_with_nul_bytes_and_lone_surrogates(text):
    """Lone surrogates make bytes that are no UTF-8: rejected with a reason, never an exception."""
    check_contract(as_bytes(text))


# --- the guard: real slow and large documents under small limits ------------------------------------

def _documents(folder: Path, big_size: int) -> Path:
    folder.mkdir()
    (folder / "big.txt").write_text(shape_text("bare_list_points", big_size), encoding="utf-8")
    (folder / "ok.txt").write_text("全年城镇新增就业105.8万人。", encoding="utf-8")
    return folder


def test_a_document_past_the_time_limit_is_rejected_and_the_run_goes_on(tmp_path):
    inputs = _documents(tmp_path / "in", 1_000_000)      # about 3 s of extraction
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", "-i", str(inputs), "-o", str(tmp_path / "out"),
                           "--doc-timeout", "0.3", "--no-progress"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    rows = {row["doc_id"]: row for row in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    assert rows["big"]["status"] == "rejected" and rows["big"]["sha256"]
    assert rows["big"]["error"].startswith("took longer than 0.3 s to extract (--doc-timeout 0.3)")
    assert rows["ok"]["status"] == "ok"


def test_a_document_past_the_memory_ceiling_is_rejected():
    big = ROOT / "data" / "raw" / "cqrb-2025-05-09.txt"      # real, small: under the ceiling
    limits = Limits(doc_timeout=0, max_memory_mb=int(resident_mb() + 80))
    engine = SerialEngine(limits)
    try:
        import tempfile
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.txt"
            path.write_text(shape_text("bare_list_points", 2_000_000), encoding="utf-8")  # ~1 GB of facts
            results = {doc_id: counts for doc_id, counts, _shard in engine.map([(str(path), "big"), (str(big), "cqrb")])}
    finally:
        engine.close()
    assert results["big"]["status"] == "rejected" and results["cqrb"]["status"] == "ok"
    _doc_id, _counts, shard = extract_within((str(big), "cqrb"), limits)
    assert resident_mb() < limits.max_memory_mb + 200   # what the stopped document held was freed


def test_a_worker_that_dies_loses_only_its_document(tmp_path):
    """A real SIGKILL, as the kernel's OOM killer sends, to any worker busy for more than a second: the
    slow document kills its worker each time it is tried, and is recorded as rejected; the others are kept."""
    inputs = _documents(tmp_path / "in", 1_500_000)
    for index in range(3):
        (inputs / f"small{index}.txt").write_text(f"全市地区生产总值增长{index}.5%。", encoding="utf-8")
    engine = ProcessEngine(2, Limits(doc_timeout=0, max_memory_mb=0))
    stop = threading.Event()

    def killer():
        import psutil
        while not stop.is_set():
            for pid in list(getattr(engine._pool, "_processes", None) or {}):
                try:
                    if sum(psutil.Process(pid).cpu_times()[:2]) > 1.5:
                        os.kill(pid, signal.SIGKILL)
                except (psutil.NoSuchProcess, ProcessLookupError):
                    pass
            time.sleep(0.1)

    watcher = threading.Thread(target=killer, daemon=True)
    watcher.start()
    try:
        tasks = [(str(path), path.stem) for path in sorted(inputs.iterdir())]
        results = {doc_id: counts for doc_id, counts, _shard in engine.map(tasks)}
    finally:
        stop.set()
        engine.close()
    assert results["big"]["status"] == "rejected"
    assert all(results[f"small{index}"]["status"] == "ok" for index in range(3)) and results["ok"]["status"] == "ok"


def test_scaling_child_reports_its_own_peak_not_its_parents():
    """A parent that once held 400 MB forks the bench's child: the child's peak is its own (tens of MB)."""
    import subprocess
    import sys

    parent = ("import json\nfrom pipeline.bench_scaling import measure\nheld = bytearray(400 * 2 ** 20)\n"
              "for i in range(0, len(held), 4096): held[i] = 1\ndel held\n"
              "print(json.dumps(measure('jobs_sentences', 4000)))")
    run = subprocess.run([sys.executable, "-c", parent], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    import json
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["facts"] > 0
    assert result["peak_mb"] < 300, result
