"""The compiled hot path (pipeline/native.py, setup.py): never stale, never needed, same facts.

Each case imports a real copy of the package in a fresh process (PYTHONPATH set to the copy), the
copy made with its files' times kept, so that the compiled modules beside the sources are as the
install left them.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import native
from tests.conftest import ROOT, SHARED

# What a fresh process reports of the package it imported: where from, what runs compiled, why not.
PROBE = """
import json, pipeline, pipeline.native as n, pipeline.segment as s
from pipeline.document import extract_text
fact = extract_text("全年粮食产量7065万吨。", "d")[0]
print(json.dumps({"package": pipeline.__file__, "segment": s.__file__, "reason": n.REASON,
                  "compiled": n.compiled(), "edited": hasattr(s, "EDITED_AFTER_THE_BUILD"),
                  "value": fact["value"], "status": n.status()}))
"""


def _copy(tmp_path: Path) -> Path:
    """A copy of the project's package (and its build files), times kept."""
    shutil.copytree(ROOT / "pipeline", tmp_path / "pipeline", copy_function=shutil.copy2,
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "CNSTATS_PURE"}
    return {**env, **extra}


def _probe(root: Path, **extra: str) -> tuple[dict, str]:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=root, env=_env(PYTHONPATH=str(root), **extra),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def _needs_build() -> None:
    if native.shared_library() is None or native.pure_reason({}) is not None:
        pytest.skip(f"the hot path is not compiled here ({native.pure_reason({})}): nothing to compare")


def test_an_unedited_copy_runs_compiled_whatever_its_files_times(tmp_path):
    _needs_build()
    root = _copy(tmp_path)
    later = (root / "pipeline" / "segment.py").stat().st_mtime + 3600
    os.utime(root / "pipeline" / "segment.py", (later, later))   # touched, not changed (a checkout does this)
    seen, stderr = _probe(root)
    assert seen["package"].startswith(str(root)) and seen["reason"] is None
    assert seen["compiled"] == list(native.MODULES) and not seen["segment"].endswith(".py")
    assert seen["value"] == 70650000.0 and "stale" not in stderr


def test_a_source_edited_after_the_build_runs_as_python_and_says_so(tmp_path):
    _needs_build()
    root = _copy(tmp_path)
    source = root / "pipeline" / "segment.py"
    source.write_text(source.read_text(encoding="utf-8") + "\nEDITED_AFTER_THE_BUILD = True\n", encoding="utf-8")
    seen, stderr = _probe(root)
    assert seen["segment"] == str(source) and seen["edited"]
    assert seen["reason"] == "stale: pipeline/segment.py changed since the compiled modules were built"
    assert seen["compiled"] == []        # all or none: compiled modules call each other directly
    assert seen["value"] == 70650000.0
    assert "make compile" in stderr and "pure Python" in seen["status"]


def test_cnstats_pure_runs_every_module_as_python(tmp_path):
    root = _copy(tmp_path)
    seen, _ = _probe(root, CNSTATS_PURE="1")
    assert seen["reason"] == "CNSTATS_PURE=1" and seen["compiled"] == []
    assert seen["segment"].endswith("segment.py") and seen["value"] == 70650000.0


def test_a_stray_compiled_module_outside_the_list_is_not_loaded(tmp_path):
    """An extension an earlier build left for a module no longer compiled (here a file that is no
    extension at all, which would fail to load) is passed over for the source."""
    root = _copy(tmp_path)
    stray = root / "pipeline" / f"tables{importlib.machinery.EXTENSION_SUFFIXES[0]}"
    stray.write_bytes(b"not a shared object")
    done = subprocess.run([sys.executable, "-c", "import pipeline.tables as t; print(t.__file__)"], cwd=root,
                          env=_env(PYTHONPATH=str(root)), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(root / "pipeline" / "tables.py")


def test_a_failed_compile_leaves_a_working_pure_install(tmp_path):
    """No C compiler: the build warns and goes on, nothing compiled is left, the package runs as Python."""
    pytest.importorskip("mypy", reason="mypy (a build requirement, and a test extra) is not installed here")
    root = _copy(tmp_path)
    done = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=root,
                          env=_env(CC="/bin/false", LDSHARED="/bin/false"), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert "warning: cnstats:" in done.stderr and "pure Python" in done.stderr
    assert not [p for suffix in importlib.machinery.EXTENSION_SUFFIXES for p in (root / "pipeline").rglob(f"*{suffix}")]
    seen, _ = _probe(root)
    assert seen["reason"] == "not compiled" and seen["compiled"] == [] and seen["value"] == 70650000.0


def test_the_compiled_modules_pass_the_type_check_the_build_runs():
    """mypyc refuses a module mypy refuses, and the build then falls back to pure Python with a mere
    warning: a type error left by an edit would silently make every run slower. The same check here fails."""
    pytest.importorskip("mypy", reason="mypy (a build requirement, and a test extra) is not installed here")
    paths = [str(Path(*name.split(".")).with_suffix(".py")) for name in native.MODULES]
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", *paths], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


# --- the same facts, compiled and pure ------------------------------------------------------------

DIGEST = """
import hashlib, json, sys
from pathlib import Path
from pipeline.document import extract_document
import pipeline.native as n
digest, files = hashlib.sha256(), 0
for folder in sys.argv[1:]:
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and not p.name.startswith(".")):
        row, facts = extract_document(path.read_bytes(), path.stem, path.name)
        digest.update(json.dumps([row, facts], sort_keys=True, ensure_ascii=False, default=repr).encode())
        files += 1
print(json.dumps({"digest": digest.hexdigest(), "files": files, "compiled": len(n.compiled())}))
"""


def _genres() -> list[Path]:
    folder = Path(os.environ.get("CNSTATS_GENRES") or SHARED / "corpus" / "genres")
    return [folder / genre for genre in ("news", "bulletins", "briefings", "tables") if (folder / genre).is_dir()]


CORPORA = {
    "reports-2026": lambda: [SHARED / "corpus" / "reports-2026" / "txt"],
    "dev": lambda: [SHARED / "corpus" / "dev"],
    "genres": _genres,
}


def _digest(folders: list[Path], **extra: str) -> dict:
    done = subprocess.run([sys.executable, "-c", DIGEST, *map(str, folders)], cwd=ROOT, env=_env(**extra),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_compiled_and_pure_give_the_same_rows(corpus):
    """Every column of every documents and facts row, digested, over a whole corpus."""
    _needs_build()
    folders = [folder for folder in CORPORA[corpus]() if folder.is_dir()]
    if not folders:
        pytest.skip(f"the {corpus} corpus is absent (../shared, or CNSTATS_GENRES for the genres)")
    compiled, pure = _digest(folders), _digest(folders, CNSTATS_PURE="1")
    assert compiled["compiled"] == len(native.MODULES) and pure["compiled"] == 0
    assert compiled["files"] == pure["files"] > 0
    assert compiled["digest"] == pure["digest"]


def test_a_document_a_compiled_type_check_refuses_is_read_by_the_same_code_as_python():
    """extract_document's safety net (native.pure_module): the package again as Python, beside the
    compiled one, reads what a compiled module's runtime type check refused (a merge once made
    attribute/lists.py give a list's variable a str: compiled, 3 news texts and a report failed so,
    the copy read them as the sources do). The copy is all Python and gives the same rows."""
    text = "食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%。全年接待游客3161.13万人次。"
    copy = native.pure_module("pipeline.document")
    assert copy.__name__ == "_cnstats_pure.document" and copy.__file__.endswith("document.py")
    assert native.pure_module("pipeline.attribute.lists").__file__.endswith("lists.py")
    assert not copy.compiled_here()
    from pipeline.document import extract_document

    assert copy.extract_document(text.encode(), "d", "d.txt") == extract_document(text.encode(), "d", "d.txt")
