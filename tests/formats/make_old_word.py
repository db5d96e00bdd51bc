"""Rebuild the old Word (.doc) files of this folder: Word files made with python-docx (makers.word_file),
saved as Word 97–2003 by LibreOffice. No Python library writes .doc, so the files are kept here, made
once; run this where LibreOffice is installed (apt-get install libreoffice-writer-nogui):

    $ python -m tests.formats.make_old_word

The texts are the project's own: the user's sample in data/raw, and the sentences of
tests/test_readers.py (OWN, with its table).
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.formats.makers import word_file

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
OWN_PARAGRAPHS = ["2024年全市地区生产总值30145.79亿元，比上年增长5.7%。全年粮食产量1089.9万吨，增长0.6%。",
                  "全年城镇新增就业75.6万人，城镇调查失业率5.3%。",
                  "年末全市常住人口3190.47万人，比上年末减少1.4万人。社会消费品零售总额15630.1亿元，增长3.6%。",
                  "表1 主要指标"]
OWN_TABLE = [["指标", "绝对量", "比上年增长（%）"], ["房地产开发投资（亿元）", "90809", "-7.4"]]


def sample_paragraphs() -> list[str]:
    """The sample's cleaned paragraphs, as tests/test_readers.py::paragraphs gives them."""
    from pipeline.document import extract_document

    raw = (ROOT / "data" / "raw" / "cqrb-2025-05-09.txt").read_bytes()
    return extract_document(raw, "t", "t.txt")[0]["text"].split("\n")


def save_as_doc(docx_bytes: bytes, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / (target.stem + ".docx")
        source.write_bytes(docx_bytes)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", folder, str(source)],
                       check=True, capture_output=True, timeout=120)
        target.write_bytes((Path(folder) / (target.stem + ".doc")).read_bytes())


if __name__ == "__main__":
    save_as_doc(word_file(sample_paragraphs()), HERE / "cqrb-sample.doc")
    save_as_doc(word_file(OWN_PARAGRAPHS, [OWN_TABLE]), HERE / "own-table.doc")
    print("written:", *sorted(path.name for path in HERE.glob("*.doc")))
