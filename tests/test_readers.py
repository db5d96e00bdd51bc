"""Readers by format: the same statistics out of a text, its web page, its PDF and its Word file;
tables written as tab-separated lines; layouts (two columns, running headers, a table across
pages); bad files as rejected rows in bounded time. Every file is made here with the real library."""
from __future__ import annotations

import io
import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pymupdf
import pytest

from pipeline.clean import clean_text
from pipeline.document import extract_document
from pipeline.readers import detect_format, read_document
from pipeline.readers.csv import read_csv
from pipeline.readers.html import read_html
from pipeline.readers.pdf import read_pdf
from pipeline.readers.xls import read_xls
from pipeline.readers.xlsx import read_xlsx
from tests.conftest import ROOT
from tests import chromium
from tests.formats.saved_page import saved_page
from tests.formats.makers import PdfWriter, html_page, old_workbook, pdf_file, word_file, workbook

FORMATS_FOLDER = ROOT / "tests" / "formats"
OLD_WORD = (FORMATS_FOLDER / "own-table.doc").read_bytes()      # made by LibreOffice: tests/formats/make_old_word.py
SAVED_PAGE = (FORMATS_FOLDER / "own-page.mhtml").read_bytes()  # saved by Chromium: tests/formats/saved_page.py
needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None,
                                    reason="antiword is not installed (apt-get install antiword; .ci/run installs it)")

SAMPLE = (ROOT / "data" / "raw" / "cqrb-2025-05-09.txt").read_bytes()
OWN = ("2024年全市地区生产总值30145.79亿元，比上年增长5.7%。全年粮食产量1089.9万吨，增长0.6%。"
       "\n全年城镇新增就业75.6万人，城镇调查失业率5.3%。"
       "\n年末全市常住人口3190.47万人，比上年末减少1.4万人。社会消费品零售总额15630.1亿元，增长3.6%。")


def key(facts: list[dict]) -> list[tuple]:
    return sorted((fact["metric"], fact["value"], fact["unit"], fact["bound"],
                   fact["stat"] if isinstance(fact["stat"], str) else None) for fact in facts)


def paragraphs(raw: bytes) -> list[str]:
    """The text's cleaned paragraphs: what a web page, PDF or Word version of it holds."""
    return extract_document(raw, "t", "t.txt")[0]["text"].split("\n")


# (name, document as text bytes)
TEXTS = [("cqrb sample", SAMPLE), ("own sentences", OWN.encode("utf-8"))]
# (format, file name, maker of the file from the text's paragraphs)
VERSIONS = [
    ("html", "a.html", lambda paras: html_page(paras)),
    ("html", "a.htm", lambda paras: html_page(paras, charset="gbk")),
    ("pdf", "a.pdf", lambda paras: pdf_file(paras)),
    ("pdf", "a.pdf", lambda paras: pdf_file(paras, columns=2)),
    ("pdf", "a.pdf", lambda paras: pdf_file(paras, header=None, size=12)),
    ("docx", "a.docx", lambda paras: word_file(paras)),
    ("html", "a.txt", lambda paras: html_page(paras)),          # a saved page with the wrong extension
]


@pytest.mark.parametrize("name, text", TEXTS, ids=[row[0] for row in TEXTS])
@pytest.mark.parametrize("kind, filename, make", VERSIONS, ids=[f"{row[0]}-{i}" for i, row in enumerate(VERSIONS)])
def test_the_same_facts_from_every_format(name, text, kind, filename, make):
    row, facts = extract_document(text, "t", "t.txt")
    expected = key(facts)
    assert expected
    version_row, version_facts = extract_document(make(paragraphs(text)), "t", filename)
    assert (version_row["status"], version_row["format"]) == ("ok", kind), version_row["error"]
    assert key(version_facts) == expected
    assert all(version_row["text"][f["start"]:f["end"]] == f["text"] for f in version_facts)


@pytest.mark.parametrize("columns", [1, 2])
def test_pdf_text_is_the_text_without_headers_and_page_numbers(columns):
    paras = paragraphs(SAMPLE)
    raw = pdf_file(paras, columns=columns)
    row, facts = extract_document(raw, "t", "t.pdf")
    assert row["text"] == "\n".join(paras)
    pages = {fact["page"] for fact in facts}
    assert len(pages) >= 2 and pages <= set(range(1, pymupdf.open(stream=raw).page_count + 1))


def test_a_pdf_fact_carries_its_page():
    writer = PdfWriter()
    writer.paragraph("2024年全市经济运行稳中有进，农业生产形势总体平稳，全年粮食播种面积保持稳定，"
                     "全年粮食产量1089.9万吨，生猪出栏量保持稳定，蔬菜生产稳步增长。")
    writer._new_page()
    writer.paragraph("2024年全市就业形势保持稳定，各项稳就业政策持续发力，重点群体就业稳定，"
                     "全年城镇新增就业75.6万人，职业技能培训规模不断扩大。")
    row, facts = extract_document(writer.bytes(), "t", "t.pdf")
    assert [(fact["text"], fact["page"]) for fact in facts] == [("1089.9万吨", 1), ("75.6万人", 2)]


ROWS = [["指标", "绝对量", "比上年增长（%）"]] + [[f"第{i}项收入（亿元）", str(100 + i), f"{i % 9}.5"] for i in range(1, 61)]


@pytest.mark.parametrize("rules", ["grid", "three", "none"])
def test_a_pdf_table_across_pages_is_one_table(rules):
    writer = PdfWriter()
    writer.paragraph("表1 2024年主要指标")
    writer.table(ROWS, [200, 120, 150], rules=rules)
    assert writer.pdf.page_count >= 2
    doc = read_pdf(writer.bytes())
    tables = [block.table for block in doc.blocks if block.kind == "table"]
    assert len(tables) == 1 and tables[0].caption == "表1 2024年主要指标"
    assert tables[0].rows == ROWS
    text = extract_document(writer.bytes(), "t", "t.pdf")[0]["text"]
    assert text.split("\n")[:3] == ["表1 2024年主要指标", "指标\t绝对量\t比上年增长（%）", "第1项收入（亿元）\t101\t1.5"]


# (format, file name, file bytes, the cleaned text expected)
TABLE_TEXT = "表1 主要指标\n指标\t绝对量\t比上年增长（%）\n房地产开发投资（亿元）\t90809\t-7.4"
TABLE = [["指标", "绝对量", "比上年增长（%）"], ["房地产开发投资（亿元）", "90809", "-7.4"]]
TABLES = [
    ("html", "t.html", html_page(["表1 主要指标"], [TABLE]), "统计公报\n" + TABLE_TEXT),
    ("docx", "t.docx", word_file(["表1 主要指标"], [TABLE]), TABLE_TEXT),
    ("pdf", "t.pdf", pdf_file(["表1 主要指标"], tables=[TABLE], header=None), TABLE_TEXT),
    ("xlsx", "t.xlsx", workbook({"表1 主要指标": [["指标", "绝对量", "比上年增长（%）"], ["房地产开发投资（亿元）", 90809, -7.4]]}),
     TABLE_TEXT),
    ("xls", "t.xls", old_workbook({"表1 主要指标": [["指标", "绝对量", "比上年增长（%）"], ["房地产开发投资（亿元）", 90809, -7.4]]}),
     TABLE_TEXT),
    ("csv", "t.csv", "指标,绝对量,比上年增长（%）\n房地产开发投资（亿元）,90809,-7.4\n".encode("gb18030"), TABLE_TEXT.split("\n", 1)[1]),
    ("csv", "t.tsv", "指标\t绝对量\t比上年增长（%）\r\n房地产开发投资（亿元）\t90809\t-7.4\r\n".encode("utf-16"),
     TABLE_TEXT.split("\n", 1)[1]),
    ("csv", "t.csv", '"指标","绝对量","比上年增长（%）"\n"房地产开发\n投资（亿元）","90809","-7.4"\n'.encode(),
     "指标\t绝对量\t比上年增长（%）\n房地产开发 投资（亿元）\t90809\t-7.4"),
    ("mhtml", "t.mhtml", SAVED_PAGE, "统计公报\n2024年全市地区生产总值30145.79亿元，比上年增长5.7%。全年粮食产量"
     "1089.9万吨，增长0.6%。\n" + TABLE_TEXT),
]


@pytest.mark.parametrize("kind, filename, raw, expected", TABLES, ids=[f"{row[0]}-{i}" for i, row in enumerate(TABLES)])
def test_tables_become_tab_separated_lines(kind, filename, raw, expected):
    row, _facts = extract_document(raw, "t", filename)
    assert (row["status"], row["format"], row["text"]) == ("ok", kind, expected)


@pytest.mark.parametrize("kind, filename, raw, expected", TABLES[:7], ids=[f"{row[0]}-{i}" for i, row in enumerate(TABLES[:7])])
def test_a_table_gives_the_same_facts_in_every_format(kind, filename, raw, expected):
    """The issue's example: 房地产开发投资（亿元） 90809 and its growth -7.4, from a page, a Word file,
    a PDF, a workbook and a CSV file alike, each fact with its cell (table, row, column)."""
    _row, facts = extract_document(raw, "t", filename)
    assert [(f["metric"], f["value"], f["unit"], f["stat"], f["table"], f["row"], f["column"]) for f in facts] == [
        ("房地产开发投资", 9080900000000.0, "元", None, 1, 2, 2), ("房地产开发投资", -7.4, "%", "growth_rate", 1, 2, 3)]
    assert {f.get("page") for f in facts} == ({1} if kind == "pdf" else {None})


@pytest.mark.parametrize("make, filename", [(workbook, "t.xlsx"), (old_workbook, "t.xls")])
def test_a_workbook_gives_each_sheet_a_table_under_its_name(make, filename):
    raw = make({"粮食": [["品种", "产量（万吨）"], ["稻谷", 486.3]], "人口": [["指标", "万人"], ["常住人口", 3190.47]]})
    assert extract_document(raw, "t", filename)[0]["text"] == "粮食\n品种\t产量（万吨）\n稻谷\t486.3\n人口\n指标\t万人\n常住人口\t3190.47"


def test_an_old_workbook_keeps_percent_cells_and_its_growth_facts():
    """A bureau's .xls as published: a share formatted as a percentage reads as one, and gives its fact."""
    raw = old_workbook({"表1 2024年主要指标": [["指标", "绝对量", "比上年增长"], ["粮食产量（万吨）", 1080.5, 0.021]]},
                       percent={(1, 2)})
    row, facts = extract_document(raw, "t", "t.xls")
    assert (row["status"], row["format"]) == ("ok", "xls")
    assert [(f["metric"], f["value"], f["unit"], f["stat"]) for f in facts] == [
        ("粮食产量", 10805000.0, "吨", None), ("粮食产量", 2.1, "%", "growth_rate")]


FURNITURE = ["首页", "统计数据", "当前位置", "分享到", "打印本页", "关闭窗口", "ICP备", "浏览次数", "版权所有", "var x"]


@pytest.mark.parametrize("charset", ["utf-8", "gbk", "gb2312", "gb18030"])
def test_a_web_page_loses_its_site_and_keeps_its_article(charset):
    raw = html_page(["全年粮食产量1089.9万吨。"], charset=charset) if charset != "gb2312" else \
        html_page(["全年粮食产量1089.9万吨。"], charset="gbk").replace(b"charset=gbk", b"charset=gb2312")
    row, facts = extract_document(raw, "t", "t.html")
    assert row["text"] == "统计公报\n全年粮食产量1089.9万吨。"
    assert not [word for word in FURNITURE if word in row["text"]]
    assert [fact["text"] for fact in facts] == ["1089.9万吨"]


# (bytes, file name, format detected)
DETECTED = [
    (b"%PDF-1.4\n", "a.txt", "pdf"),
    (word_file(["增长5%。"]), "a.bin", "docx"),
    (workbook({"a": [["增长", 5]]}), "a", "xlsx"),
    (old_workbook({"a": [["增长", 5]]}), "a.bin", "xls"),      # an .xls workbook, whatever its name
    (old_workbook({"a": [["增长", 5]]}), "a.doc", "xls"),
    (SAVED_PAGE, "a.txt", "mhtml"),                               # a page saved as one file, whatever its name
    (SAVED_PAGE, "a.html", "mhtml"),
    (OLD_WORD, "a.bin", "doc"),                                   # a Word 97–2003 file, whatever its name
    (OLD_WORD, "a.doc", "doc"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", "a.txt", "html"),
    ("<html>\n<head><title>公报</title></head>".encode("utf-16"), "a", "html"),
    ("<div><p>增长5%</p></div>".encode(), "a.txt", "html"),
    ("增长<5%的企业".encode(), "a.html", "html"),
    ("增长<5%的企业".encode(), "a.txt", "txt"),
    ("a,b\n1,2".encode(), "a.CSV", "csv"),
    (b"PK\x03\x04garbage", "a.docx", "txt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "a.doc", "txt"),
]


@pytest.mark.parametrize("raw, name, expected", DETECTED, ids=[f"{row[1]}-{row[2]}-{i}" for i, row in enumerate(DETECTED)])
def test_the_format_comes_from_the_content(raw, name, expected):
    assert detect_format(raw, name) == expected


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "增长5%", fontname="china-s")
    return pdf.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")


def _scanned_pdf() -> bytes:
    pdf = pymupdf.open()
    page = pdf.new_page()
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), False)
    pixmap.clear_with(200)
    page.insert_image(page.rect, pixmap=pixmap)
    return pdf.tobytes()


def _scan_with_a_typed_cover() -> bytes:
    pdf = pymupdf.open(stream=_scanned_pdf())
    for _ in range(2):
        pdf.insert_pdf(pymupdf.open(stream=_scanned_pdf()))
    cover = pdf.new_page(pno=0)
    cover.insert_text((72, 72), "2024年统计公报（扫描件）", fontname="china-s")
    return pdf.tobytes()


def _pages(count: int) -> bytes:
    pdf = pymupdf.open()
    for _ in range(count):
        pdf.new_page()
    return pdf.tobytes()


GOOD_PDF = pdf_file(["全年粮食产量1089.9万吨。"] * 40)
GOOD_DOCX = word_file(["全年粮食产量1089.9万吨。"])
GOOD_XLSX = workbook({"a": [["粮食产量（万吨）", 1089.9]]})

# (case, file name, bytes, words the error must contain)
BAD_FILES = [
    ("zip bomb docx", "bomb.docx", _zip({"word/document.xml": b"<w:document/>", "word/media/a.bin": bytes(20_000_000)}),
     "zip bomb"),
    ("zip bomb xlsx", "bomb.xlsx", _zip({"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": bytes(20_000_000)}),
     "zip bomb"),
    ("PDF of 2,000 pages", "big.pdf", _pages(2000), "2000 pages"),
    ("PDF of garbage objects", "junk.pdf", b"%PDF-1.4\n1 0 obj\n<<" + bytes(range(256)) * 50, "PDF file"),
    ("PDF header only", "head.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(300), "damaged PDF"),
    ("encrypted PDF", "secret.pdf", _encrypted_pdf(), "encrypted PDF"),
    ("scanned PDF", "scan.pdf", _scanned_pdf(), "no text layer: run OCR first"),
    ("scan with a typed cover", "scan.pdf", _scan_with_a_typed_cover(), "no text layer on 3 of 4 pages: run OCR first"),
    ("corrupt docx", "bad.docx", _zip({"word/document.xml": b"<w:document><not xml", "[Content_Types].xml": b"<x"}),
     "damaged Word file"),
    ("truncated docx", "cut.docx", GOOD_DOCX[:len(GOOD_DOCX) // 2], "ZIP archive"),
    ("corrupt xlsx", "bad.xlsx", _zip({"xl/workbook.xml": b"<workbook><broken", "[Content_Types].xml": b"<x"}),
     "damaged Excel file"),
    ("truncated xlsx", "cut.xlsx", GOOD_XLSX[:len(GOOD_XLSX) // 2], "ZIP archive"),
    ("binary html", "bad.html", b"<html>" + bytes(range(256)) * 40, "not text"),
    ("csv of control bytes", "bad.csv", bytes(range(32)) * 100, "not text"),
    ("empty csv", "empty.csv", b"", "empty file"),
    ("saved page of images only", "p.mhtml", b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n'
     b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n", "no page in it"),
    ("old Office file of no known kind", "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save it as .docx"),
    ("damaged .xls", "bad.xls", old_workbook({"a": [["增长", 5]]})[:700], "re-save it as .xlsx or CSV"),
    ("PNG image", "scan.png", b"\x89PNG\r\n\x1a\n" + bytes(300), "run OCR"),
    ("ZIP of texts", "texts.zip", _zip({"a.txt": "增长5%".encode()}), "unpack it"),
    ("PowerPoint", "slides.pptx", _zip({"ppt/presentation.xml": b"<p/>"}), "PowerPoint"),
    ("OpenDocument text", "report.odt", _zip({"mimetype": b"application/vnd.oasis.opendocument.text",
                                               "content.xml": b"<office/>"}), "save it as .docx or .xlsx"),
]


@pytest.mark.parametrize("case, name, raw, words", BAD_FILES, ids=[row[0] for row in BAD_FILES])
def test_a_bad_file_is_a_rejected_row_with_a_reason(case, name, raw, words):
    started = time.perf_counter()
    row, facts = extract_document(raw, "bad", name)
    assert (row["status"], row["n_facts"], facts) == ("rejected", 0, [])
    assert words in row["error"], row["error"]
    assert time.perf_counter() - started < 5


def test_a_truncated_pdf_gives_what_mupdf_repairs_of_it():
    full = key(extract_document(GOOD_PDF, "t", "t.pdf")[1])
    row, facts = extract_document(GOOD_PDF[:len(GOOD_PDF) // 3], "t", "t.pdf")
    assert row["status"] == "rejected" or set(key(facts)) <= set(full)


# (case, reader with a small bound, bytes, words the error must contain)
BOUNDED = [
    ("spreadsheet over its cells", lambda raw: read_xlsx(raw, max_cells=1000),
     workbook({"a": [[i, i * 2] for i in range(600)]}), "1,000"),
    (".xls over its cells", lambda raw: read_xls(raw, max_cells=1000),
     old_workbook({"a": [[i, i * 2] for i in range(600)]}), "1,000"),
    ("csv over its cells", lambda raw: read_csv(raw, max_cells=1000),
     "\n".join(f"{i},{i * 2}" for i in range(600)).encode(), "more than 1,000 cells"),
    ("web page over its size", lambda raw: read_html(raw, max_bytes=1_000_000),
     html_page(["全年粮食产量1089.9万吨。"] * 40_000), "more than the 1.0 MB"),
    ("PDF over its pages", lambda raw: read_pdf(raw, max_pages=10), _pages(11), "11 pages"),
]


@pytest.mark.parametrize("case, read, raw, words", BOUNDED, ids=[row[0] for row in BOUNDED])
def test_a_file_over_a_bound_is_rejected_with_the_bound(case, read, raw, words):
    doc = read(raw)
    assert not doc.blocks and words in doc.error, doc.error


def test_a_run_over_a_mixed_folder_reads_every_format(tmp_path):
    from tests.test_end_to_end import read_tables, run_cli

    raw = tmp_path / "raw"
    raw.mkdir()
    paras = paragraphs(OWN.encode())
    files = {"bulletin.txt": OWN.encode(), "page.html": html_page(paras), "print.pdf": pdf_file(paras, columns=2),
             "word.docx": word_file(paras), "sheet.xlsx": workbook({"主要指标": [["指标", "绝对量"], ["粮食产量（万吨）", 1089.9]]}),
             "table.csv": "指标,绝对量\n粮食产量（万吨）,1089.9\n".encode()}
    for name, data in files.items():
        (raw / name).write_bytes(data)
    result = run_cli("run", "--input", str(raw), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    facts, documents = read_tables(tmp_path / "out")
    documents = documents.set_index("doc_id")
    assert documents["status"].to_dict() == dict.fromkeys(["bulletin", "page", "print", "sheet", "table", "word"], "ok")
    assert documents["format"].to_dict() == {"bulletin": "txt", "page": "html", "print": "pdf", "sheet": "xlsx",
                                             "table": "csv", "word": "docx"}
    expected = key(extract_document(OWN.encode(), "t", "t.txt")[1])
    for doc_id in ("bulletin", "page", "print", "word"):
        assert key(facts[facts["doc_id"] == doc_id].to_dict("records")) == expected, doc_id
    assert set(facts.loc[facts["doc_id"] == "print", "page"]) == {1}
    assert facts.loc[facts["doc_id"] != "print", "page"].isna().all()
    assert "粮食产量（万吨）\t1089.9" in documents.loc["sheet", "text"]
    for doc_id in ("sheet", "table"):                   # the tables' cells, through pipeline.table
        assert facts.loc[facts["doc_id"] == doc_id, ["metric", "value", "unit"]].values.tolist() == [
            ["粮食产量", 10899000.0, "吨"]], doc_id


def test_extract_reads_a_text_a_file_and_a_folder(tmp_path):
    import pipeline

    (tmp_path / "a.html").write_bytes(html_page(["全年粮食产量1089.9万吨。"]))
    (tmp_path / "b.docx").write_bytes(word_file(["全年城镇新增就业75.6万人。"]))
    text = pipeline.extract("全年粮食产量1089.9万吨。")
    one = pipeline.extract(str(tmp_path / "a.html"), doc_id="page")
    folder = pipeline.extract(tmp_path)
    assert text.facts["text"].tolist() == one.facts["text"].tolist() == ["1089.9万吨"]
    assert one.documents[["doc_id", "format"]].values.tolist() == [["page", "html"]]
    assert folder.facts[["doc_id", "text"]].values.tolist() == [["a", "1089.9万吨"], ["b", "75.6万人"]]
    assert folder.documents["format"].tolist() == ["html", "docx"]


REAL_DOCS = os.environ.get("CNSTATS_REAL_DOCS")


@pytest.mark.skipif(not REAL_DOCS, reason="CNSTATS_REAL_DOCS names no folder of downloaded documents")
def test_real_downloaded_documents_are_read():
    """Real bulletins and web pages (see tests/formats/PROVENANCE.md): every one read, with facts,
    and none of the site's furniture or the running lines in its text."""
    files = sorted(path for path in Path(REAL_DOCS).rglob("*") if path.is_file() and not path.name.startswith("."))
    assert files
    for path in files:
        row, facts = extract_document(path.read_bytes(), path.stem, str(path))
        assert row["status"] == "ok", (path, row["error"])
        assert facts or path.name in REAL_PAGES, path
        assert not [word for word in ("ICP备", "浏览次数", "分享到", "打印本页", "关闭窗口") if word in row["text"]], path
        lines, banned = REAL_DOC_LINES.get(path.name, ((), ()))
        assert [line for line in lines if line not in row["text"].split("\n")] == [], path
        assert [part for part in banned if part in row["text"]] == [], path
        expected = REAL_PAGES.get(path.name)
        if expected is not None:
            found, absent, gone = expected
            figures = {fact["text"] for fact in facts}
            assert found in figures or found in row["text"].split("\n"), (path.name, found)
            assert not figures & set(absent), (path.name, figures & set(absent))
            assert not [line for line in gone if line in row["text"].split("\n")], path.name


# What real files must read as (tests/formats/PROVENANCE.md): whole lines of their text, and what must not be in it.
REAL_DOC_LINES = {
    "gov-report-2025-beijing-print.pdf": (
        ["（三）全方位扩大内需，形成消费和投资相互促进的良性循环",
         "以破解超大城市发展难题为导向，推动形成科学化、精细化、智能化治理新体系，让城市生产、生活、生态空间更加相宜相融。"],
        []),
    "research-report-2022-gaoce.pdf": (
        ["倪正洋", "当前价格(元)：82.42",
         "盈利预测与投资建议：预计公司2022-2024年归母净利润4.7、7.2、9.3亿元，对应PE 30、20、15倍，维持“增持”评级。"],
        ["请务必阅读正文之后的信息披露和法律声明", "投资要点倪正洋", "年产万千米"]),
    "qiandongnan-2023.pdf": (["根据市（州）生产总值统一核算结果，全年全州生产总值1329.65亿元，比上年增长4.0%，两年平均增长3.1%。"
                              "其中，第一产业增加值277.25亿元，增长4.2%；第二产业增加值294.25亿元，增长3.9%；第三产业增加值758.14亿元，"
                              "增长3.9%。第一产业增加值占全州生产总值的比重为20.9%，第二产业增加值比重为22.1%、第三产业增加值比重为57.0%。"
                              "第一、二、三产业对经济增长的贡献率分别为22.5%、22.1%和55.4%。全年全州人均生产总值35511元，比上年增长3.7%。"],
                             ["— 2 —"]),
    "zhoukou-2023.pdf": (["表1 2023年末周口市常住人口数及其构成", "其中：城镇\t392.66\t45.31"], ["- 2 -"]),
}


# Real web pages (tests/formats/PROVENANCE.md): a figure of the article that must be read (or, for a
# page whose article states no statistic, its headline as a line of the text), figures that
# stood in the page's furniture (comments, related stories, menus, reader counts) and must not, and
# furniture lines that must be gone.
REAL_PAGES = {
    "deqing-investment.html": ("246.79亿元", [], ["打印", "关闭"]),
    "caijing-cpi.html": ("约0.39个百分点", [], ["编辑推荐", "(编辑：文静)"]),
    "163-longhu.html": ("1056.2亿元", ["22小时"], ["跟贴171", "为您推荐", "责任编辑：杨倩_NF4425"]),
    "guancha-chips.html": ("3121亿美元", ["6成", "12家", "980处", "10万亿美元"], ["相关推荐", "全部楼层"]),
    "thepaper-powerbank.html": ("3000万左右", ["360度", "6天", "几十块钱"], ["评论（191）", "糠山 6天前"]),
    "sino-french-trade.html": ("789亿美元", ["15万", "50亿"], ["15万文章", "50亿总阅读"]),
    "toutiao-trade.html": ("13.81万亿元", [], ["评论 139"]),
    "ifeng-changchun.html": ("近50万", [], []),
    "hk-japan-firms-trad.html": ("日本企業5月信心保持穩定 但日圓疲弱推高成本損害利潤", ["1,320美元", "突破7000萬港元"], ["Bitcoin"]),
    "people-central-region.html": ("22.6%", [], ["(责编：胡永秋、杨光宇)"]),
    "qq-data-gb2312.html": ("573家", [], ["37评论"]),
    "xinhuanet-strike.html": ("631公里", [], ["新闻评论", "【纠错】"]),
    "caijing-lpr.html": ("3.95%", [], ["编辑推荐", "正文"]),
    "chinanet-hohhot-subsidy.html": ("600元", [], ["【责任编辑：刘峻凌】"]),
    "southcn-oil-platform.html": ("3万辆", [], ["责任编辑：林涛", "违法和不良信息举报电话：020-87373397  18122015068"]),
    "sina-qingdao-bribery.html": ("5.26亿余元", [], ["责任编辑：刘光博", "江苏省政府发布一批职务任免名单"]),
    "shanxi-gov-portal.html": ("20多万", [], ["http://tjj.shanxi.gov.cn", "省统计局"]),
}


def test_the_readme_python_api_examples_hold():
    import doctest

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    section = "\n".join("" if line.startswith("```") else line for line in section.split("\n"))
    test = doctest.DocTestParser().get_doctest(section, {}, "README: Python API", "README.md", 0)
    assert test.examples
    result = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS).run(test)
    assert result.failed == 0


# (case, body of a web page, the cleaned text expected)
WEB_TABLES = [
    ("header cells and a caption",
     "<table><caption>表2 主要农产品产量</caption><tr><th>产品</th><th>产量（万吨）</th></tr>"
     "<tr><td>粮食</td><td>1089.9</td></tr></table>",
     "表2 主要农产品产量\n产品\t产量（万吨）\n粮食\t1089.9"),
    ("a header spanning two columns",
     "<table><tr><td rowspan='2'>指标</td><td colspan='2'>2024年</td></tr><tr><td>绝对量</td><td>增长（%）</td></tr>"
     "<tr><td>粮食（万吨）</td><td>1089.9</td><td>0.6</td></tr></table>",
     "指标\t2024年\t2024年\n指标\t绝对量\t增长（%）\n粮食（万吨）\t1089.9\t0.6"),
    ("a cell with a line break and a tab",
     "<table><tr><td>房地产开发<br>投资（亿元）</td><td>90809</td></tr><tr><td>其中：住宅\t</td><td>68000</td></tr></table>",
     "房地产开发投资（亿元）\t90809\n其中：住宅\t68000"),
    ("a table that lays the page out is prose",
     "<table><tr><td><table><tr><td><a href='/'>首页</a> <a href='/tjsj'>统计数据</a></td></tr></table></td>"
     "<td><p>全年粮食产量1089.9万吨。</p>"
     "<p>城镇新增就业75.6万人。</p></td></tr></table>",
     "全年粮食产量1089.9万吨。\n城镇新增就业75.6万人。"),
    ("a short line above a table is its caption", "<p>单位：万吨</p><table><tr><td>粮食</td><td>1089.9</td></tr></table>",
     "单位：万吨\n粮食\t1089.9"),
    ("an article header keeps its title and date line",
     "<div class='article-header'><h1>2024年统计公报</h1><p>发布时间：2025-03-01</p></div>"
     "<div class='header-nav'><a href='/'>首页</a><a href='/a'>公报</a></div><p>全年粮食产量1089.9万吨。</p>",
     "2024年统计公报\n发布时间：2025-03-01\n全年粮食产量1089.9万吨。"),
    ("a footnote mark and a power", "<p>全州生产总值<sup>[2]</sup>1329.65亿元，新建绿地120万m<sup>2</sup>。</p>",
     "全州生产总值1329.65亿元，新建绿地120万m²。"),
    ("lines broken by <br>", "<div>全年粮食产量1089.9万吨。<br>城镇新增就业75.6万人。</div>",
     "全年粮食产量1089.9万吨。\n城镇新增就业75.6万人。"),
]


@pytest.mark.parametrize("case, body, expected", WEB_TABLES, ids=[row[0] for row in WEB_TABLES])
def test_web_page_tables_and_lines(case, body, expected):
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()
    row, _facts = extract_document(page, "t", "t.html")
    assert (row["status"], row["text"]) == ("ok", expected)


def test_a_paragraph_over_a_page_break_is_one_line_with_the_page_of_each_figure():
    writer = PdfWriter()
    writer._new_page()
    writer.y = writer.height - 110          # three lines from the foot of page 1
    text = ("全年粮食产量1089.9万吨，比上年增长0.6%。" + "农业生产形势总体平稳，各项惠农政策落实到位，" * 6
            + "全年城镇新增就业75.6万人。")
    writer.paragraph(text)
    row, facts = extract_document(writer.bytes(), "t", "t.pdf")
    assert row["text"] == text
    assert [(fact["text"], fact["page"]) for fact in facts] == [("1089.9万吨", 1), ("0.6%", 1), ("75.6万人", 2)]


def test_a_government_article_page_in_gb2312():
    """A page laid out as statistics bureaus lay theirs out (written for this test): the article,
    its date line and its Word-exported table stay; menu, breadcrumbs, share and print bars,
    related links and the footer go."""
    html_text = (ROOT / "tests" / "formats" / "gov_page.html").read_text(encoding="utf-8")
    row, facts = extract_document(html_text.encode("gb2312"), "gov", "gov.html")
    assert row["text"].split("\n") == [
        "中华人民共和国2023年国民经济和社会发展统计公报",
        "发布时间：2024-02-29 09:30 来源：国家统计局 字号：大 中 小",
        "初步核算，全年国内生产总值1260582亿元，比上年增长5.2%。",
        "表1  2023年末人口数及其构成",
        "单位：万人",
        "指 标\t年末数\t比重（%）",
        "指 标\t\t",
        "全国人口\t140967\t100.0",
        "\u3000其中：城镇\t93267\t66.16",
        "全年城镇新增就业1244万人，比上年多增38万人。"]
    assert [(fact["text"], fact["unit"]) for fact in facts][:2] == [("1260582亿元", "元"), ("5.2%", "%")]


# Paragraphs whose last line fills the column, set as print sets them: the next one starts on the next
# line, told apart by its indent alone (moved in, or two 「　」 as Word files printed to PDF have it).
FULL_LINE_PARAGRAPHS = [
    "以破解超大城市发展难题为导向，推动形成科学化、精细化、智能化治理新体系，让城市生产、生活、生态空间更加相宜相融。",
    "（三）全方位扩大内需，形成消费和投资相互促进的良性循环",
    "实施逆周期调节政策，全年城镇新增就业不少于26万人。",
    "扎实推进城市精细化治理。实施500个老旧小区综合整治，治理背街小巷1100条，改造提升老旧厂房40处。",
]


@pytest.mark.parametrize("indent", ["margin", "spaces"])
def test_a_pdf_paragraph_indented_by_spaces_starts_a_paragraph(indent):
    writer = PdfWriter(width=430, header=None, indent=indent)   # 29 characters a line: the first two fill theirs
    for text in FULL_LINE_PARAGRAPHS:
        writer.paragraph(text)
    row, facts = extract_document(writer.bytes(), "t", "t.pdf")
    assert row["text"].split("\n") == FULL_LINE_PARAGRAPHS
    assert [fact["text"] for fact in facts] == ["不少于26万人", "500个", "1100条", "40处"]


# A research report's first page as brokers set it (a Word table as the page's layout): a side bar in one
# cell, the body in the next; figures set in a Latin font whose boxes end lower than the Chinese around them.
SIDE_BAR = ["证券分析师", "资格编号：S0120521020003", "当前价格(元)：82.42"]
BODY_LINES = [
    [("项目一期计划建设年产", "china-s"), ("4,000", "helv"), ("万千米金刚线产能。", "china-s")],
    [("预计一期总投资额约", "china-s"), ("6.66", "helv"), ("亿元，后续年产", "china-s"), ("8,000", "helv"), ("万千米。", "china-s")],
    [("目前单位切割线耗约", "china-s"), ("50", "helv"), ("万公里，较上年提升约", "china-s"), ("30%", "helv"), ("。", "china-s")],
    [("公司一季度产能", "china-s"), ("712", "helv"), ("万公里，年化产能超", "china-s"), ("2500", "helv"), ("万公里。", "china-s")],
    [("全年营业收入", "china-s"), ("36.84", "helv"), ("亿元，比上年增长", "china-s"), ("135.1%", "helv"), ("，净利润", "china-s"),
     ("4.71", "helv"), ("亿元。", "china-s")],
    [("公司切片代工产能约", "china-s"), ("47", "helv"), ("GW，年底有望超过", "china-s"), ("20", "helv"), ("GW。", "china-s")],
]


def test_a_page_laid_out_in_a_grid_reads_its_side_bar_then_its_body():
    pdf = pymupdf.open()
    page = pdf.new_page()
    for y0, y1 in ((60, 100), (100, 400), (400, 440)):
        for x0, x1 in ((40, 190), (190, 560)):
            page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=0.5)
    for index, line in enumerate(SIDE_BAR):
        page.insert_text((46, 130 + 40 * index), line, fontname="china-s", fontsize=9)
    for index, pieces in enumerate(BODY_LINES):
        x = 200.0
        for text, font in pieces:
            page.insert_text((x, 130 + 22 * index), text, fontname=font, fontsize=10)
            x += pymupdf.get_text_length(text, fontname=font, fontsize=10)
    row, facts = extract_document(pdf.tobytes(), "t", "t.pdf")
    lines = row["text"].split("\n")
    assert lines[:3] == SIDE_BAR and "\t" not in row["text"]
    assert "".join(lines[3:]) == "".join(text for pieces in BODY_LINES for text, _font in pieces)
    assert [fact["text"] for fact in facts][:3] == ["4,000万千米", "约6.66亿元", "8,000万千米"]


def test_a_running_footer_goes_with_or_without_its_page_number():
    """A broker's footer: alone on the first page, after 「2 / 3」 on the others; each is the same running line."""
    pdf = pymupdf.open()
    for number, text in enumerate(["全年营业收入36.84亿元。", "全年净利润4.71亿元。", "年底产能超20GW。"], 1):
        page = pdf.new_page()
        page.insert_text((72, 300), text, fontname="china-s", fontsize=11)
        footer = "请务必阅读正文之后的信息披露和法律声明"
        page.insert_text((72, 810), footer if number == 1 else f"{number} / 3          {footer}", fontname="china-s", fontsize=8)
    row, facts = extract_document(pdf.tobytes(), "t", "t.pdf")
    assert row["text"].replace("\n", "") == "全年营业收入36.84亿元。全年净利润4.71亿元。年底产能超20GW。"
    assert [fact["text"] for fact in facts] == ["36.84亿元", "4.71亿元", "超20GW"]


# A broker's borderless table of ratios: labels in a Chinese font, figures in Helvetica, whose boxes end
# 0.3 pt apart on one baseline (a rounding of their bottoms would put them on two lines).
RATIO_ROWS = [("每股收益", ["1.07", "2.91", "4.43", "5.77"]), ("每股净资产", ["7.13", "10.43", "15.39", "21.76"]),
              ("每股经营现金流", ["0.47", "1.27", "4.07", "5.02"]), ("资产负债率", ["64.3%", "71.5%", "70.6%", "65.3%"]),
              ("流动比率", ["1.2", "1.2", "1.3", "1.4"])]


def test_a_borderless_table_keeps_each_label_on_its_figures_row():
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((40, 90), "主要财务指标", fontname="china-s", fontsize=8)
    for x, year in zip((150, 190, 230, 270), ("2021", "2022E", "2023E", "2024E")):
        page.insert_text((x, 90), year, fontname="helv", fontsize=8)
    for index, (label, figures) in enumerate(RATIO_ROWS):
        bottom = 110 + 11 * index              # the label's box ends at bottom + 0.6, the figures' at bottom + 0.3
        page.insert_text((40, bottom - 1.0), label, fontname="china-s", fontsize=8)
        for x, figure in zip((150, 190, 230, 270), figures):
            page.insert_text((x, bottom - 2.092), figure, fontname="helv", fontsize=8)
    row, _facts = extract_document(pdf.tobytes(), "t", "t.pdf")
    assert row["text"].split("\n") == ["主要财务指标\t2021\t2022E\t2023E\t2024E"] + [
        "\t".join([label] + figures) for label, figures in RATIO_ROWS]


# A report's list of related research, each item a full line at the margin: the numbers open the items.
RELATED_RESEARCH = ["1.《光伏设备：光伏高效电池扩产提速》，2022.4.10", "2.《光伏设备：硅片切割代工产能扩张》，2022.4.07",
                    "3.《光伏设备：金刚线细线化持续推进》，2022.3.09"]


def test_a_pdf_list_item_at_the_margin_starts_a_line_of_its_own():
    pdf = pymupdf.open()
    page = pdf.new_page()
    for index, item in enumerate(RELATED_RESEARCH):
        page.insert_text((72, 100 + 16 * index), item, fontname="china-s", fontsize=10)
    row, _facts = extract_document(pdf.tobytes(), "t", "t.pdf")
    assert row["text"].split("\n") == RELATED_RESEARCH


# (line as the PDF has it, as the text gives it)
PDF_LINES = [
    ("表22023年农林牧渔业总产值及其增长速度", "表2 2023年农林牧渔业总产值及其增长速度"),
    ("表102023年主要旅游指标", "表10 2023年主要旅游指标"),
    ("图1 2017-2023年粮食总产量", "图1 2017-2023年粮食总产量"),
    ("表3 主要农产品产量", "表3 主要农产品产量"),
]


@pytest.mark.parametrize("line, expected", PDF_LINES)
def test_a_pdf_caption_keeps_its_number_apart_from_its_year(line, expected):
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), line, fontname="china-s", fontsize=12)
    assert extract_document(pdf.tobytes(), "t", "t.pdf")[0]["text"] == expected


def test_a_word_file_reads_paragraphs_inside_content_controls():
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("全年粮食产量1089.9万吨。")
    document.element.body.insert(1, parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtContent>'
        "<w:p><w:r><w:t>全年城镇新增就业75.6万人。</w:t></w:r></w:p></w:sdtContent></w:sdt>"))
    buffer = io.BytesIO()
    document.save(buffer)
    row, facts = extract_document(buffer.getvalue(), "t", "t.docx")
    assert row["text"] == "全年粮食产量1089.9万吨。\n全年城镇新增就业75.6万人。"
    assert [fact["text"] for fact in facts] == ["1089.9万吨", "75.6万人"]


def _corpus_parquet(rows: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), buffer)
    return buffer.getvalue()


CORPUS_ROWS = [{"province": "上海市", "full_text": "全年粮食产量1089.9万吨。"},
               {"province": "重庆市", "full_text": "全年城镇新增就业75.6万人。"}]
# (corpus file name, its bytes)
CORPORA = [
    ("reports.csv", ("province,full_text\n" + "".join(f'{row["province"]},"{row["full_text"]}"\n'
                                                      for row in CORPUS_ROWS)).encode("utf-8-sig")),
    ("reports.jsonl", "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in CORPUS_ROWS).encode()),
    ("reports.parquet", _corpus_parquet(CORPUS_ROWS)),
]


@pytest.mark.parametrize("name, raw", CORPORA, ids=[row[0] for row in CORPORA])
def test_a_corpus_file_is_a_document_per_row(tmp_path, name, raw):
    from tests.test_end_to_end import read_tables, run_cli

    (tmp_path / name).write_bytes(raw)
    result = run_cli("run", "--input", str(tmp_path / name), "--output", str(tmp_path / "out"),
                     "--text-column", "full_text", "--id-column", "province")
    assert result.returncode == 0, result.stderr
    facts, documents = read_tables(tmp_path / "out")
    assert documents[["doc_id", "status"]].values.tolist() == [["上海市", "ok"], ["重庆市", "ok"]]
    assert facts[["doc_id", "text"]].values.tolist() == [["上海市", "1089.9万吨"], ["重庆市", "75.6万人"]]


def test_a_corpus_without_the_column_is_a_usage_error(tmp_path):
    from tests.test_end_to_end import run_cli

    (tmp_path / "reports.csv").write_text("province,text\n上海市,增长5%\n", encoding="utf-8")
    result = run_cli("run", "--input", str(tmp_path / "reports.csv"), "--output", str(tmp_path / "out"),
                     "--text-column", "full_text")
    assert result.returncode == 2 and "no column 'full_text'" in result.stderr


def test_a_pdf_footnote_mark_is_no_part_of_the_text():
    """「全州生产总值[2]1329.65亿元」 as bulletins print it: the raised [2] is a note, so the figure keeps its name."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    x = 72.0
    for text, size, rise in [("全年全州生产总值", 12, 0), ("[2]", 8, 4), ("1329.65亿元，比上年增长4.0%。", 12, 0)]:
        page.insert_text((x, 100 - rise), text, fontname="china-s", fontsize=size)
        x = max(span["bbox"][2] for block in page.get_text("dict")["blocks"] for line in block["lines"]
                for span in line["spans"])     # the next piece goes where this one ends
    row, facts = extract_document(pdf.tobytes(), "t", "t.pdf")
    assert row["text"] == "全年全州生产总值1329.65亿元，比上年增长4.0%。"
    assert [(fact["metric"], fact["text"]) for fact in facts][0] == ("生产总值", "1329.65亿元")


# A web table's part rows are often marked by indent alone (full-width spaces or &nbsp;): kept, they make the
# row a part of the one above, named by its own label and measured in the unit of the row above (亿元).
INDENTED_PARTS = [
    ("　　住宅", "住宅"),
    ("&nbsp;&nbsp;&nbsp;&nbsp;住宅", "住宅"),
    ("　　其中：住宅", "住宅"),
]


@pytest.mark.parametrize("label, metric", INDENTED_PARTS)
def test_an_indented_web_table_row_is_a_part_of_the_row_above(label, metric):
    page = ("<html><head><meta charset='utf-8'></head><body><h1>2024年1—8月份全国房地产开发投资</h1><table>"
            "<tr><th>指标</th><th>绝对量</th><th>比上年增长（%）</th></tr>"
            "<tr><td>房地产开发投资（亿元）</td><td>90809</td><td>-7.4</td></tr>"
            f"<tr><td>{label}</td><td>69286</td><td>-6.4</td></tr></table></body></html>")
    _row, facts = extract_document(page.encode(), "web", "web.html")
    assert [(fact["metric"], fact["value"]) for fact in facts if fact["unit"] == "元"] == [
        ("房地产开发投资", 9.0809e12), (metric, 6.9286e12)]


# (old Word file in tests/formats, the text it holds: for the sample, the .txt file's own facts)
OLD_WORD_FILES = [
    ("cqrb-sample.doc", None),
    ("own-table.doc", OWN + "\n" + TABLE_TEXT),
]


@needs_antiword
@pytest.mark.parametrize("name, text", OLD_WORD_FILES, ids=[row[0] for row in OLD_WORD_FILES])
def test_an_old_word_file_reads_as_its_text(name, text):
    row, facts = extract_document((FORMATS_FOLDER / name).read_bytes(), "t", name)
    assert (row["status"], row["format"]) == ("ok", "doc"), row["error"]
    if text is None:
        assert row["text"] == "\n".join(paragraphs(SAMPLE))
        assert key(facts) == key(extract_document(SAMPLE, "t", "t.txt")[1]) and len(facts) > 20
    else:
        assert row["text"] == text
    assert all(row["text"][fact["start"]:fact["end"]] == fact["text"] for fact in facts)


# (case, old Word file bytes, words the error must contain)
BAD_OLD_WORD = [
    ("blocks zeroed", OLD_WORD[:512] + bytes(len(OLD_WORD) - 1024) + OLD_WORD[-512:], "antiword could not read"),
    ("block depot overwritten", OLD_WORD[:512] + bytes(range(256)) * 20 + OLD_WORD[512 + 5120:], "save it as .docx"),
]


@needs_antiword
@pytest.mark.parametrize("case, raw, words", BAD_OLD_WORD, ids=[row[0] for row in BAD_OLD_WORD])
def test_a_damaged_old_word_file_is_rejected_with_antiwords_reason(case, raw, words):
    row, facts = extract_document(raw, "bad", "bad.doc")
    assert (row["status"], facts) == ("rejected", []) and words in row["error"], row["error"]


def test_without_antiword_an_old_word_file_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))                   # a PATH with no antiword on it
    row, facts = extract_document(OLD_WORD, "t", "t.doc")
    assert (row["status"], facts) == ("rejected", [])
    assert "apt-get install antiword" in row["error"] and "save the file as .docx" in row["error"]


@pytest.mark.skipif(chromium.missing() is not None, reason=str(chromium.missing()))
@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_page_saved_by_the_browser_as_one_file_gives_the_pages_facts(charset):
    page = html_page(paragraphs(SAMPLE), charset=charset)
    expected = key(extract_document(page, "t", "t.html")[1])
    row, facts = extract_document(saved_page(page), "t", "t.mhtml")
    assert (row["status"], row["format"]) == ("ok", "mhtml"), row["error"]
    assert key(facts) == expected and len(facts) > 20
