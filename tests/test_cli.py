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
                         "--log-format", "--no-progress", "--rehash", "--max-size", "exit status",
                         "cnstats run --input"]),
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
    (["run", "--input", str(SAMPLE), "--output", "{out}", "--max-size", "0"], "must be more than 0 MB"),
    (["run", "--input", str(SAMPLE), "--output", "{out}", "--max-size", "big"], "not a number of megabytes"),
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


def test_quiet_when_not_a_terminal_and_quick_one_summary_line(tmp_path):
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


def as_installed(*args: str) -> subprocess.CompletedProcess:
    """The `cnstats` command as pip installs it: a script that calls pipeline.cli.main."""
    script = "import sys; sys.argv[0] = 'cnstats'; from pipeline.cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)


def test_version_and_the_command_is_called_cnstats():
    from pipeline import __version__

    result = as_installed("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"cnstats {__version__}"
    usage = as_installed("run", "--help").stdout
    assert usage.startswith("usage: cnstats run") and "python -m pipeline" not in usage
    assert cli("--version").stdout.strip() == f"cnstats {__version__}"


def bad_files(folder: Path, count: int) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text("全年城镇新增就业105.8万人。", encoding="utf-8")
    for number in range(count):
        (folder / f"empty{number:02d}.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize("rejected, named, more", [(2, 2, None), (12, 10, "… and 2 more rejected files")])
def test_the_summary_names_the_rejected_files_and_why(rejected, named, more, tmp_path):
    raw = bad_files(tmp_path / "raw", rejected)
    result = cli("run", "--input", str(raw), "--output", str(tmp_path / "out"))
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"cnstats: {rejected + 1} documents (1 ok, {rejected} rejected)")
    listed = [line for line in lines if line.startswith("  rejected ")]
    assert len(listed) == named
    assert listed[0] == f"  rejected {raw / 'empty00.txt'}: empty file (0 bytes): nothing to read"
    assert (more is None and len(lines) == 1 + named) or (more in lines[-1])


def test_json_logs_have_one_event_per_rejected_file(tmp_path):
    raw = bad_files(tmp_path / "raw", 12)
    result = cli("run", "--input", str(raw), "--output", str(tmp_path / "out"), "--log-format", "json")
    events = [json.loads(line) for line in result.stderr.splitlines()]
    rejected = [event for event in events if event["event"] == "rejected"]
    assert [event["doc_id"] for event in rejected] == [f"empty{number:02d}" for number in range(12)]
    assert all(event["error"].startswith("empty file") and event["source"].endswith(".txt") for event in rejected)


def test_plain_progress_lines_when_not_a_terminal(tmp_path):
    """A notebook's `!cnstats run …` shows progress as lines (here one per document: every 0 s)."""
    import io

    from pipeline.batch.report import Reporter
    from pipeline.run import run_pipeline
    from tests.test_batch import make_corpus

    raw = make_corpus(tmp_path / "raw", documents=3)
    stream = io.StringIO()
    run_pipeline([str(raw)], str(tmp_path / "out"), workers=1, reporter=Reporter("text", None, stream, plain_every=0))
    progress = [line for line in stream.getvalue().splitlines() if "documents extracted" in line]
    assert progress[0].startswith("cnstats: 1/5 documents extracted (20%)") and progress[-1].startswith("cnstats: 5/5")
    quiet = io.StringIO()
    run_pipeline([str(raw)], str(tmp_path / "out2"), workers=1, reporter=Reporter("text", False, quiet, plain_every=0))
    assert "documents extracted" not in quiet.getvalue()


def test_make_run_takes_a_folder_with_a_space(tmp_path):
    import shutil

    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    raw = tmp_path / "my reports"
    raw.mkdir()
    (raw / "bj.txt").write_text("全年城镇新增就业105.8万人。", encoding="utf-8")
    out = tmp_path / "my tables"
    # -o: the virtual environment counts as set up (this test runs inside it)
    result = subprocess.run([make, "-o", ".venv/.installed", "run", f"RAW={raw}", f"OUT={out}",
                             f"PY={sys.executable}"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert pd.read_parquet(out / "facts.parquet")["value"].tolist() == [1058000.0]
