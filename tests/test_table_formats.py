"""A table gives the same facts from a web page, a Word file, a workbook and a PDF as from its text.

Each case is a real table (rows of the blind tuning tables of tests/genres: tables/table-NN.txt, named in
the case) written as text (caption lines, then tab-separated rows) and made into real files with the real
libraries (lxml reads the page, python-docx, openpyxl, PyMuPDF write the others): the facts
(metric, subject, value, unit, stat, period) must be those of the text, and there must be some.
What each case checks is said above it. Adding a case is adding a line.
"""
from __future__ import annotations

import pytest

from pipeline.document import extract_document
from pipeline.readers import read_document
from pipeline.readers.assemble import assemble
from tests.formats.makers import grid_pdf, html_page, word_file, workbook

CASES = [
    # a PDF runs the cells of a printed row into one span (「2016年10月51.253.3」): cut at the column rules
    ("table-02 PMI by month", "表1 中国制造业PMI及构成指数(经季节调整) 单位:%\n\tPMI\t生产\t新订单\n2016年6月\t50.0\t52.5\t50.5\n2016年10月\t51.2\t53.3\t52.8\n2016年11月\t51.7\t53.9\t53.2"),
    ("table-31 为上年% and 比重", "表2—1  全市地区生产总值\n计量单位:亿元\n\t2011年\t2011年为上年%\t占地区生产总值比重%\n地区生产总值\t6145.52\t112\t100\n第一产业\t164.27\t104.1\t2.7\n第二产业\t2760.84\t112.3\t44.9"),
    # a long English title and the unit line under it, run into one line by the PDF's reading: the unit is kept
    ("table-05 English title over the unit line", "3-19 社会保险参保人员情况\nBasic Indicators of Staff and Workers Participated in Social Security System\n单位:万人 (10 000 persons)\n年份\t养老保险参保人数\t机关事业单位\t企业单位\n2006\t751.65\t155.63\t386.14\n2007\t783.98\t155.89\t400.77"),
    ("table-34 English title over the unit line", "8-17 各类粮食产量\nOutput of Major Farm Crops\n单位:万吨 (10 000 tons)\n项目\titem\t2006\t2007\n粮食总产量\tTotal Output of Grain\t698.70\t700.29\n稻谷\tRice\t500.35\t499.14"),
    # two short caption lines (a title and the section's name) stay two lines: the metric is the section's
    ("table-24 title and section", "中華民國89年臺閩地區戶口及住宅普查\n縣市別人口\n排序\t縣市\t2000年\t1990年\t變化率\n1\t臺北縣\t3,722,082\t3,065,779\t21.4%\n2\t臺北市\t2,624,257\t2,760,475\t-4.9%"),
    ("table-41 title and table name", "同心县第七次全国人口普查公报\n表2-1 各乡镇人口\n单位:人\n乡镇\t人口数\t比重\n全 县\t321213\t100.00\n豫海镇\t136489\t42.49"),
    # a character glossed with its pinyin (指標(biāo)) in a cell: the gloss is left out, as from the text
    ("table-36 pinyin glosses", "社會消費(fèi)品零售總額\n2024年4月\n指標(biāo)\t本月\t比去年同月增長(%)\t1-本月\t比去年同期增長(%)\n社會消費(fèi)品零售總額(億元)\t1446.98\t-5.5\t6061.33\t-1.3\n# 批發(fā)零售業(yè)\t1319.62\t-5.1\t5571.06\t-1.2"),
    ("table-42 当月 and 累计 with empty cells", "单位:万元\n单位名称\t一般公共预算收入\t\t\t\t税收比重%\n\t当月\t累计\t为预算的%\t增幅%\t\n濮阳市\t73795\t234267\t\t-10.9\t70.9\n市本级\t14070\t54065\t\t-22.8\t61.4"),
]


def _parts(text: str) -> tuple[list[str], list[list[str]]]:
    lines = text.split("\n")
    first = next(index for index, line in enumerate(lines) if "\t" in line)
    return lines[:first], [line.split("\t") for line in lines[first:]]


def _file(text: str, kind: str) -> bytes:
    captions, rows = _parts(text)
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    if kind == "html":
        return html_page(captions, [grid])
    if kind == "docx":
        return word_file(captions, [grid])
    if kind == "xlsx":     # the caption lines in the sheet's first rows, figures as numbers, as bureaus save them
        return workbook({"Sheet1": [[line] for line in captions] + [[_number(cell) for cell in row] for row in rows]})
    return grid_pdf(captions, rows)


def _number(cell: str):
    try:
        return float(cell) if cell.strip() and not cell.startswith(("0", "+")) else cell
    except ValueError:
        return cell


def _facts(raw: bytes, name: str) -> list[tuple]:
    row, facts = extract_document(raw, "case", name)
    assert row["status"] == "ok", row["error"]
    return sorted((f["metric"], f["subject"] or "", round(f["value"], 6), f["unit"], f["stat"] or "", f["period"] or "")
                  for f in facts)


@pytest.mark.parametrize("kind", ["html", "docx", "xlsx", "pdf"])
@pytest.mark.parametrize("name, text", CASES, ids=[case[0] for case in CASES])
def test_real_file_gives_the_text_facts(name, text, kind):
    expected = _facts(text.encode("utf-8"), "case.txt")
    assert expected
    assert _facts(_file(text, kind), f"case.{kind}") == expected


def _spanned_html(captions: list[str], rows: list[list[str]]) -> bytes:
    """The caption lines as rows of one cell spanning the table (colspan), as statistics sites print a title."""
    width = max(len(row) for row in rows)
    spans = "".join(f"<tr><td colspan='{width}'>{line}</td></tr>" for line in captions)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<html><head><meta charset='utf-8'><title>统计数据</title></head><body><table border='1'>{spans}{body}</table></body></html>".encode()


def _spanned_word(captions: list[str], rows: list[list[str]]) -> bytes:
    """The caption lines as merged rows of a Word table (python-docx gives the merged cell in every column)."""
    import io

    import docx

    width = max(len(row) for row in rows)
    document = docx.Document()
    table = document.add_table(rows=len(captions) + len(rows), cols=width)
    for index, line in enumerate(captions):
        merged = table.cell(index, 0).merge(table.cell(index, width - 1))
        merged.text = line
    for row, cells in zip(table.rows[len(captions):], rows):
        for cell, text in zip(row.cells, cells + [""] * (width - len(cells))):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# A title and a unit line set inside the table, as rows of one cell spanning it: read as the caption (the text's facts)
SPANNED = [case for case in CASES if case[0].startswith(("table-02", "table-31", "table-42"))]


@pytest.mark.parametrize("kind", ["html", "docx"])
@pytest.mark.parametrize("name, text", SPANNED, ids=[case[0] for case in SPANNED])
def test_title_rows_inside_the_table_are_its_caption(name, text, kind):
    captions, rows = _parts(text)
    expected = _facts(text.encode("utf-8"), "case.txt")
    raw = _spanned_html(captions, rows) if kind == "html" else _spanned_word(captions, rows)
    assert expected and _facts(raw, f"case.{kind}") == expected
    lines = [" ".join(line.split()) for line in assemble(read_document(raw, f"case.{kind}"))[0].split("\n")]
    assert all(lines.count(" ".join(line.split())) == 1 for line in captions)      # once, as a line of its own


# Months kept as dates in a workbook (2016年6月 typed into a cell becomes a date shown as yyyy"年"m"月"): read as
# the sheet shows them, so each figure keeps its month (the PMI rows of table-02, down the rows or across the header)
_MONTHS = [("2016年6月", 50.0, 52.5), ("2016年7月", 49.9, 52.1), ("2016年8月", 50.4, 52.6)]
DATED = [
    ("months down the rows", "表1 中国制造业PMI及构成指数(经季节调整) 单位:%\n\tPMI\t生产\n"
     + "\n".join(f"{month}\t{pmi}\t{made}" for month, pmi, made in _MONTHS)),
    ("months across the header", "表1 中国制造业PMI(经季节调整) 单位:%\n指标\t" + "\t".join(month for month, _p, _m in _MONTHS)
     + "\nPMI\t" + "\t".join(str(pmi) for _month, pmi, _m in _MONTHS) + "\n生产\t" + "\t".join(str(made) for _month, _p, made in _MONTHS)),
]


def _dated_sheet(text: str, kind: str) -> bytes:
    """The table with its months as date cells formatted yyyy"年"m"月" (openpyxl for .xlsx, xlwt for .xls)."""
    import datetime
    import io
    import re

    captions, rows = _parts(text)
    month = re.compile(r"^(\d{4})年(\d{1,2})月$")

    def value(cell: str):
        found = month.match(cell)
        return datetime.datetime(int(found.group(1)), int(found.group(2)), 1) if found else _number(cell)

    grid = [[line] for line in captions] + [[value(cell) for cell in row] for row in rows]
    buffer = io.BytesIO()
    if kind == "xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        for row in grid:
            book.active.append(row)
        for row in book.active.iter_rows():
            for cell in row:
                if isinstance(cell.value, datetime.datetime):
                    cell.number_format = 'yyyy"年"m"月"'
        book.save(buffer)
    else:
        import xlwt

        book = xlwt.Workbook(encoding="utf-8")
        sheet, dated = book.add_sheet("Sheet1"), xlwt.easyxf(num_format_str='yyyy"年"m"月"')
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                sheet.write(r, c, cell, dated) if isinstance(cell, datetime.datetime) else sheet.write(r, c, cell)
        book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
@pytest.mark.parametrize("name, text", DATED, ids=[case[0] for case in DATED])
def test_months_kept_as_dates_in_a_workbook(name, text, kind):
    expected = _facts(text.encode("utf-8"), "case.txt")
    assert {fact[5] for fact in expected} == {month for month, _p, _m in _MONTHS}
    assert _facts(_dated_sheet(text, kind), f"case.{kind}") == expected
