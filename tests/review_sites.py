"""Review sites built the way a user builds them: `python -m pipeline run`, then `python -m pipeline review`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw"
HOSTILE_NAME = "<img src=x onerror=window.pwned=1>"
HOSTILE_TEXT = ("<script>window.pwned = 2</script>全省粮食产量增长5%。\n"
                "</p><img src=x onerror=\"window.pwned=3\">城镇新增就业<b>10万人</b>。\n")
# The pages a 300-page report needs: a printed page holds about 1,800 characters of Chinese text.
BIG_CHARS = 300 * 1800


def pipeline(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result


def build(raw: Path, work: Path) -> tuple[Path, Path]:
    """Run the pipeline over `raw` into work/out and build the site into work/site."""
    out, site = work / "out", work / "site"
    pipeline("run", "--input", str(raw), "--output", str(out), "--no-progress")
    pipeline("review", str(out), "--output", str(site))
    return out, site


def seed_with_hostile_files(raw: Path) -> Path:
    """The seed document, a file with markup in its name and text, and an empty file (rejected)."""
    raw.mkdir(parents=True, exist_ok=True)
    for path in SEED.glob("*.txt"):
        (raw / path.name).write_bytes(path.read_bytes())
    (raw / f"{HOSTILE_NAME}.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    return raw


def big_report(reports: Path, raw: Path) -> Path:
    """One document of at least 300 pages: the 29 provincial reports one after another, repeated."""
    raw.mkdir(parents=True, exist_ok=True)
    texts = [path.read_text(encoding="utf-8") for path in sorted(reports.glob("*.txt"))]
    parts, size = [], 0
    while size < BIG_CHARS:
        for text in texts:
            parts.append(text)
            size += len(text)
    (raw / "big-report.txt").write_text("\n\n".join(parts), encoding="utf-8")
    return raw
