"""The command line: exit statuses, help, logs and progress, as a scheduler or a person meets them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw"


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


@pytest.mark.parametrize("args, words", [
    (["--help"], ["run"]),
    (["run", "--help"], ["--input", "--output", "--full", "--workers", "--engine", "--scheduler",
                         "--log-format", "--no-progress", "--rehash", "exit status"]),
    (["review", "--help"], ["OUT", "--output", "static site"]),
])
def test_help_says_what_every_option_does(args, words):
    result = cli(*args)
    assert result.returncode == 0
    for word in words:
        assert word in result.stdout


@pytest.mark.parametrize("args, message", [
    ([], "usage"),
    (["run", "--input", str(SAMPLE)], "--output"),
    (["run", "--input", str(SAMPLE), "--output", "{out}", "--workers", "0"], "--workers must be at least 1"),
    (["run", "--input", str(SAMPLE), "--output", "{out}", "--scheduler", "tcp://127.0.0.1:8786"],
     "--scheduler needs --engine dask"),
    (["run", "--input", str(SAMPLE), "--output", "{out}", "--engine", "spark"], "invalid choice"),
    (["run", "--input", str(SAMPLE), "--output", "{out}", "--log-format", "xml"], "invalid choice"),
    (["run", "--input", "no/such/folder", "--output", "{out}"], "no such file or folder"),
    (["run", "--input", str(SAMPLE), "--output", "{file}"], "is a file, not a folder"),
])
def test_usage_errors_exit_2_and_say_why(args, message, tmp_path):
    (tmp_path / "a-file").write_text("x")
    args = [a.format(out=tmp_path / "out", file=tmp_path / "a-file") for a in args]
    result = cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "out" / "facts.parquet").exists()


def test_a_run_that_cannot_write_its_output_exits_1(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".cnstats").write_text("in the way")          # the work folder cannot be made
    result = cli("run", "--input", str(SAMPLE), "--output", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("run failed:")
    runs = pd.read_parquet(out / "runs.parquet")           # the failure is on record
    assert runs["status"].tolist() == ["failed"] and "NotADirectoryError" in runs["error"][0]


@pytest.mark.slow
def test_an_unreachable_scheduler_exits_1(tmp_path):
    result = cli("run", "--input", str(SAMPLE), "--output", str(tmp_path / "out"), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:1", "--connect-timeout", "1")
    assert result.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in result.stderr
    assert not (tmp_path / "out" / "facts.parquet").exists()


def test_quiet_when_not_a_terminal_one_summary_line(tmp_path):
    result = cli("run", "--input", str(SAMPLE), "--output", str(tmp_path))
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("cnstats: 1 document (1 ok, 0 rejected)")
    assert "facts" in lines[0] and "MB/s" in lines[0]
    assert result.stdout == ""


def test_json_logs_are_one_object_per_line(tmp_path):
    result = cli("run", "--input", str(SAMPLE), "--output", str(tmp_path), "--log-format", "json")
    assert result.returncode == 0
    events = [json.loads(line) for line in result.stderr.splitlines()]
    assert [event["event"] for event in events][0] == "start"
    summary = events[-1]
    assert summary["event"] == "summary"
    facts = pd.read_parquet(tmp_path / "facts.parquet")
    assert (summary["documents"], summary["processed"], summary["facts"]) == (1, 1, len(facts))


def test_json_logs_report_a_refusal_too(tmp_path):
    from pipeline.batch.lock import OutputLock

    with OutputLock(tmp_path):
        result = cli("run", "--input", str(SAMPLE), "--output", str(tmp_path), "--log-format", "json")
    assert result.returncode == 1
    event = json.loads(result.stderr.splitlines()[-1])
    assert (event["event"], event["exit_status"]) == ("error", 1)
    assert "another cnstats run" in event["message"]


def test_a_progress_bar_on_a_terminal(tmp_path):
    primary, secondary = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--input", str(SAMPLE),
                                "--output", str(tmp_path)], cwd=ROOT, stdin=subprocess.DEVNULL,
                               stdout=secondary, stderr=secondary)
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:          # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    os.close(primary)
    assert process.wait(timeout=60) == 0
    text = seen.decode("utf-8", errors="replace")
    assert "doc" in text and "|" in text          # tqdm's bar: "100%|██████████| 1/1 [..., doc/s]"
    assert "cnstats: 1 document (1 ok" in text


def test_a_usage_error_leaves_no_output_folder(tmp_path):
    assert cli("run", "--input", str(tmp_path / "missing"), "--output", str(tmp_path / "out")).returncode == 2
    assert not (tmp_path / "out").exists()


def test_sigterm_stops_the_run_on_record_with_exit_1(tmp_path):
    import signal
    import time

    from tests.test_batch import _shards, make_corpus

    raw = make_corpus(tmp_path / "raw", documents=40, repeat=12)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--input", str(raw), "--output", str(out),
                                "--workers", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while _shards(out) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be stopped"
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "run interrupted" in stderr
    runs = pd.read_parquet(out / "runs.parquet")
    assert runs["status"].tolist() == ["failed"] and "KeyboardInterrupt" in runs["error"][0]
