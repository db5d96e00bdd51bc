"""Blind gold for real texts of five genres: news, statistical bulletins, statistics-bureau briefings, tables,
government work reports.

The texts are public web pages found with the search tool; they are not part of the project.
`tests/genres/PROVENANCE.tsv` names each one (address, passage kept, first and last characters), and
`tests/genres/README.md` says how to rebuild the folder. The tests look for it in `$CNSTATS_GENRES`,
then in `../shared/corpus/genres`, and skip when it is in neither place.

The gold (`tests/genres/gold/{heldout,tuning,tables}.jsonl`) was annotated blind, in the format of
`eval/GUIDELINES.md`, by an annotator who never read the pipeline's code or output. The held-out part
must never be read by whoever writes rules; the tuning part is used through error categories only.

`pytest -s tests/test_genres.py` prints the scores of each genre and split.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED, shared_path

HERE = Path(__file__).parent / "genres"
GENRES = ("news", "bulletins", "briefings", "tables", "reports")
SPLIT_FILES = {"heldout": "heldout.jsonl", "tuning": "tuning.jsonl", "tables": "tables.jsonl"}
# Floors per genre and split, about 0.02 under the scores measured on 2026-12-04 (tests/genres/README.md):
# a change that loses more than that on any genre fails here. Raise them, never lower them.
# (Lowered once, tables held-out 0.94 → 0.91, on the same date: reading place rows as subjects took its subject
# accuracy from 0.61 to 0.95 and its fact F1 from 0.958 to 0.929; the trade is reported in the README.)
# (Lowered again on 2026-12-04, sixth round: 42 harder held-out texts were added blind (news-230 … 263, feature
# stories and company news, 0.70-0.77 fact F1; brief-70 … 81, 0.89), taking news held-out to 0.849 and briefings
# held-out to 0.917 with no change of code; the floors stay just under the measured values, as guards.)
# (Seventh round, 2026-12-04: a fifth genre, reports (政府工作报告 of other years, provinces, cities and counties
# than the 29 of 2026), 12 passages held-out, blind fact F1 0.883; and 36 more held-out passages of the other
# genres, bulletins held-out 0.977 → 0.949 with them: its floor 0.95 → 0.93.)
FLOORS = {
    ("news", "heldout"): {"fact_f1": 0.84, "quantity_f1": 0.965},
    ("news", "tuning"): {"fact_f1": 0.94, "quantity_f1": 0.985},
    ("bulletins", "heldout"): {"fact_f1": 0.93, "quantity_f1": 0.955},
    ("bulletins", "tuning"): {"fact_f1": 0.98, "quantity_f1": 0.98},
    ("briefings", "heldout"): {"fact_f1": 0.91, "quantity_f1": 0.955},
    ("briefings", "tuning"): {"fact_f1": 0.98, "quantity_f1": 0.99},
    ("tables", "heldout"): {"fact_f1": 0.91, "quantity_f1": 0.98},
    ("tables", "tuning"): {"fact_f1": 0.98, "quantity_f1": 0.98},
    ("reports", "heldout"): {"fact_f1": 0.86, "quantity_f1": 0.93},
    ("reports", "tuning"): {"fact_f1": 0.90, "quantity_f1": 0.95},
}
SHOWN = ("gold", "predicted", "quantity_f1", "fact_f1", "bound_accuracy", "stat_accuracy", "subject_accuracy")


def provenance() -> list[dict]:
    lines = [l for l in (HERE / "PROVENANCE.tsv").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def gold() -> dict[str, list[dict]]:
    """The gold facts of each split file."""
    return {name: [json.loads(l) for l in (HERE / "gold" / f).read_text(encoding="utf-8").splitlines() if l.strip()]
            for name, f in SPLIT_FILES.items()}


def genres_folder() -> Path:
    env = os.environ.get("CNSTATS_GENRES")
    folder = Path(env) if env else SHARED / "corpus" / "genres"
    if not folder.is_dir():
        pytest.skip(f"the genre texts are absent ({folder}); set CNSTATS_GENRES (see tests/genres/README.md)")
    return folder


def test_every_gold_document_has_provenance_and_its_split():
    docs = {row["doc"]: row for row in provenance()}
    for name, facts in gold().items():
        for fact in facts:
            row = docs.get(fact["doc"])
            assert row is not None, f"{fact['doc']} is not in PROVENANCE.tsv"
            want = "tables" if row["genre"] == "tables" else row["split"]
            assert name == want, f"{fact['doc']}: gold in {name}.jsonl, PROVENANCE says {row['genre']}/{row['split']}"
            assert row["split"] in ("heldout", "tuning")
            assert row["genre"] in GENRES and row["file"] == f"{row['genre']}/{fact['doc']}.txt"


def test_every_gold_quantity_stands_in_its_text():
    folder = genres_folder()
    by_doc = defaultdict(list)
    for facts in gold().values():
        for fact in facts:
            by_doc[fact["doc"]].append(fact)
    for row in provenance():
        text = (folder / row["file"]).read_text(encoding="utf-8")
        assert len(text) == int(row["chars"]), f"{row['file']} is not the passage PROVENANCE describes"
        for fact in by_doc[row["doc"]]:
            assert fact["text"] in text, f"{row['doc']}: {fact['text']!r} not in the text"


@pytest.mark.parametrize("genre", GENRES)
def test_genre_scores(genre, tmp_path):
    folder = genres_folder() / genre
    scorer = shared_path("eval", "score.py")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(folder), "--output", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    docs = {row["doc"]: row for row in provenance() if row["genre"] == genre}
    facts = [f for split_facts in gold().values() for f in split_facts if f["doc"] in docs]
    for split in ("heldout", "tuning"):
        mine = [f for f in facts if docs[f["doc"]]["split"] == split]
        if not mine:
            continue
        gold_file, summary = tmp_path / f"{split}.jsonl", tmp_path / f"{split}.json"
        gold_file.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in mine), encoding="utf-8")
        scored = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_file), "--facts",
                                 str(out / "facts.parquet"), "--json", str(summary), "--show", "0"],
                                capture_output=True, text=True)
        assert scored.returncode == 0, scored.stderr[-3000:]
        scores = json.loads(summary.read_text(encoding="utf-8"))
        ndocs = len({f["doc"] for f in mine})
        print(f"\n[genres] {genre:<9} {split:<7} docs={ndocs:<3} "
              + " ".join(f"{k}={scores[k]}" for k in SHOWN))
        for measure, floor in FLOORS[(genre, split)].items():
            assert scores[measure] >= floor, f"{genre}/{split}: {measure} = {scores[measure]} < {floor}"
