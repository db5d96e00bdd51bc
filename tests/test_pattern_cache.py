"""The patterns re compiles kept between processes (pipeline/pattern_cache.py): a pattern built from the
file is the pattern re compiles, and a damaged or missing file changes nothing but the time.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import _sre
import pytest

import pipeline.document  # noqa: F401 - the stages imported: their patterns kept
from pipeline import pattern_cache
from tests.conftest import ROOT

# A fresh process: the facts of real sentences, and how many of the package's patterns it found kept.
PROBE = """
import json, pipeline.pattern_cache as kept
from pipeline.document import extract_text
rows = extract_text("全年粮食产量7065万吨，比上年增长2.1%。城镇新增就业64.1万人。", "d")
print(json.dumps({"facts": [(r["metric"], r["value"], r["unit"], r["stat"]) for r in rows],
                  "kept": len(kept._KEPT), "added": len(kept._ADDED)}))
"""


def _probe(cache: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={**os.environ, "CNSTATS_CACHE": cache, "PYTHONPATH": str(ROOT)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_kept_pattern_is_the_one_re_compiles():
    """re's patterns compare their code: each built from the file equals the one re's compiler makes."""
    if not pattern_cache._ORIGINAL:
        pytest.skip("the pattern cache is off in this process (CNSTATS_CACHE=0, or a Python before 3.11)")
    compile_afresh = pattern_cache._ORIGINAL["re"]
    kept = [(entry, made) for entry, made in pattern_cache._KEPT.items() if entry[0] == "re"]
    assert len(kept) > 100      # the figures' pattern, the lexicon's alternations, ...
    differ = [pattern[:60] for (_kind, pattern, flags), made in kept
              if compile_afresh(pattern, flags) != _sre.compile(pattern, *made)]
    assert differ == []


def test_a_damaged_or_missing_file_changes_nothing_but_the_time(tmp_path):
    afresh = _probe("0")                               # no cache at all
    first = _probe(str(tmp_path))                      # writes the file
    files = list(tmp_path.glob("patterns-*.marshal"))
    assert len(files) == 1 and first["added"] == 0     # all written by save()
    again = _probe(str(tmp_path))                      # reads it
    assert again["kept"] >= first["kept"] > 100
    damaged = bytearray(files[0].read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    files[0].write_bytes(bytes(damaged))
    after_damage = _probe(str(tmp_path))               # ignored (its digest fails), compiled, written again
    assert afresh["facts"] == first["facts"] == again["facts"] == after_damage["facts"]
    assert afresh["facts"][0][:3] == ["粮食产量", 70650000.0, "吨"]
