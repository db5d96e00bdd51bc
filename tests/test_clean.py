"""clean_text: width folding, column and PDF line breaks repaired, real boundaries kept.

The broken texts are built from real paragraphs: the 2026 provincial government work reports are
set in newspaper columns (with stray blank lines where a column ended mid-sentence) and in PDF-style
lines of 35-40 characters, and clean_text must give the paragraphs back.
"""
from __future__ import annotations

import random

import opencc
import pytest

from pipeline.clean import clean_text, column_width, display_width, strip_html
from pipeline.script import fold_width
from pipeline.segment import split_sentences
from tests.conftest import shared_path

_S2T = opencc.OpenCC("s2t").convert

FOLDED = [
    ("１２３．４％", "123.4%"),
    ("全市地区生产总值５．２万亿元，增长５．４％。", "全市地区生产总值5.2万亿元，增长5.4%。"),
    ("ＰＭ２．５平均浓度２８微克／立方米", "PM2.5平均浓度28微克/立方米"),
    ("增长\u3000５％", "增长 5%"),
    ("城镇新增\u200b就业\ufeff６４．１万人", "城镇新增就业64.1万人"),
    ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
]


@pytest.mark.parametrize("raw, cleaned", FOLDED)
def test_folds_width_and_line_ends(raw, cleaned):
    assert clean_text(raw) == cleaned


# Real newspaper column breaks (川渝人社 report, 重庆日报 2025-05-09), as printed → as read.
COLUMN_PAGE = """习近平同俄罗斯总统普京会谈
据新华社电 当地时间5月8日上

午，俄罗斯总统普京同中国国家主席习近平
在莫斯科克里姆林宫举行会谈。两国元
首就中俄关系和重大国际和地区问题深
入交换意见。

跨区域就业招聘活动累计
提供岗位信息457.4万个

在推动落实促进更加充分更高质量
就业方面，两地人社部门积极推进就业
政策协同共享，川渝两地城镇新增
就业年均170万人以上。

同时，两地建立企业职工基本养老
保险退休申请业务档案互查机制，川渝

基本养老保险关系、失业保险关系转移
资金定期清算机制。两国元首共同见证中俄双方交换20
多份双边合作文本。

商务部新闻发言人何亚东8日表
示，中方绝不会答应，更不会牺牲原则立
场。
"""
COLUMN_PARAGRAPHS = [
    "习近平同俄罗斯总统普京会谈",
    "据新华社电 当地时间5月8日上午，俄罗斯总统普京同中国国家主席习近平在莫斯科克里姆林宫举行会谈。"
    "两国元首就中俄关系和重大国际和地区问题深入交换意见。",
    "跨区域就业招聘活动累计提供岗位信息457.4万个",
    "在推动落实促进更加充分更高质量就业方面，两地人社部门积极推进就业政策协同共享，川渝两地城镇新增"
    "就业年均170万人以上。",
    "同时，两地建立企业职工基本养老保险退休申请业务档案互查机制，川渝基本养老保险关系、失业保险关系转移"
    "资金定期清算机制。两国元首共同见证中俄双方交换20多份双边合作文本。",
    "商务部新闻发言人何亚东8日表示，中方绝不会答应，更不会牺牲原则立场。",
]


@pytest.mark.parametrize("paragraph", [
    "习近平同俄罗斯总统普京会谈",
    "跨区域就业招聘活动累计提供岗位信息457.4万个",
    "跨省市养老、失业保险关系无障碍转移13万人次",
    "700余万专技人员实现跨区域人才职称评价互认",
    "习近平同俄罗斯总统普京共同会见记者",
    "两地城镇新增就业年均170万人以上",
    "“千校万企供需对接会”（成渝地区专场）暨“成就梦想渝见未来”招聘会现场",
    "据新重庆-重庆日报",
])
def test_dev_newspaper_headlines_stand_alone(paragraph):
    page = shared_path("corpus", "dev", "cqrb-2025-05-09.txt").read_text(encoding="utf-8")
    assert paragraph in clean_text(page).split("\n")


@pytest.mark.parametrize("piece", [
    "据新华社电 当地时间5月8日上午，俄罗斯总统普京",
    "在双方共同努力下",
    "川渝基本养老保险关系、失业保险关系转移",
    "两国元首共同见证中俄双方交换20多份双边合作文本",
    "专家互认互通“绿色通道”。",
    "商务部新闻发言人何亚东8日表示，",
])
def test_dev_newspaper_column_breaks_repaired(piece):
    page = shared_path("corpus", "dev", "cqrb-2025-05-09.txt").read_text(encoding="utf-8")
    assert piece in clean_text(page)


def test_newspaper_page():
    assert clean_text(COLUMN_PAGE).split("\n") == COLUMN_PARAGRAPHS


def test_newspaper_page_in_traditional_characters():
    assert clean_text(_S2T(COLUMN_PAGE)).split("\n") == [_S2T(p) for p in COLUMN_PARAGRAPHS]


# Text with one paragraph a line keeps its lines; only a number split from its unit is joined.
PARAGRAPH_LINES = [
    ("各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作。\n一、2025年工作回顾",
     "各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作。\n一、2025年工作回顾"),
    ("两国元首共同见证中俄双方交换20\n多份双边合作文本。", "两国元首共同见证中俄双方交换20多份双边合作文本。"),
    ("地区生产总值增长5.4\n%，好于预期。", "地区生产总值增长5.4%，好于预期。"),
    ("来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇", "来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇"),
    ("第一段。\n\n\n第二段。", "第一段。\n第二段。"),
    ("时间：2026-02-03\n天津市市长 张工", "时间：2026-02-03\n天津市市长 张工"),
    ("附件2\n名词解释", "附件2\n名词解释"),
]


# A short passage set in a column (a news brief of a few lines) is re-flowed too; a short list is not.
SHORT_COLUMNS = [
    ("本报讯 今年前三季度，全市规模以\n上工业增加值同比增长6.2%，社会消\n费品零售总额达到1256.8亿元，同比增\n长7.1%；城镇居民人均可支配收入4.5\n6万元，增长5.3%。",
     "本报讯 今年前三季度，全市规模以上工业增加值同比增长6.2%，社会消费品零售总额达到1256.8亿元，同比增长7.1%；城镇居民人均可支配收入4.56万元，增长5.3%。"),
    ("一、全市生产总值增长5%。\n二、城镇新增就业8万人。\n三、粮食产量增长2%。\n四、出口增长3%。",
     "一、全市生产总值增长5%。\n二、城镇新增就业8万人。\n三、粮食产量增长2%。\n四、出口增长3%。"),
    ("各位代表：\n现在，我代表市人民政府，\n向大会报告政府工作，\n请予审议。",
     "各位代表：\n现在，我代表市人民政府，\n向大会报告政府工作，\n请予审议。"),
]


@pytest.mark.parametrize("raw, cleaned", SHORT_COLUMNS)
def test_short_passage_in_a_column(raw, cleaned):
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize("raw, cleaned", PARAGRAPH_LINES)
def test_paragraph_lines_kept(raw, cleaned):
    assert clean_text(raw) == cleaned


def test_page_numbers_dropped():
    raw = "全年粮食产量达到515.6亿斤，\n- 3 -\n创历史新高。\n第4页\n增长5%。\n12 / 40\n"
    assert clean_text(raw) == "全年粮食产量达到515.6亿斤，\n创历史新高。\n增长5%。"


def test_html_page():
    raw = ("<!DOCTYPE html><html><head><title>政府工作报告</title><style>p{color:red}</style></head>"
           "<body><div class=nav>首页 &gt; 要闻</div><p>地区生产总值增长<b>5.4%</b>。</p>"
           "<script>var n = 42;</script><p>城镇新增就业&nbsp;27.2万人。</p></body></html>")
    assert clean_text(raw).split("\n") == ["政府工作报告", "首页 > 要闻", "地区生产总值增长5.4%。", "城镇新增就业 27.2万人。"]
    assert "42" not in strip_html(raw)


def test_text_with_angle_brackets_is_not_html():
    assert clean_text("占比<5%的企业\n增长>3%") == "占比<5%的企业\n增长>3%"


@pytest.mark.parametrize("line, width", [
    ("提供岗位信息457.4万个", 11.0),
    ("据新华社电 当地时间5月8日上", 15.0),
    ("两地建立企业职工基本养老", 12.0),
])
def test_display_width(line, width):
    assert display_width(line) == width


def test_one_paragraph_a_line_is_not_a_column():
    lines = ["各位代表：", "现在，我代表北京市人民政府，向大会报告政府工作，请予审议。"] * 3
    assert column_width(lines) is None


# ---- real report paragraphs, broken as newspapers and PDF extraction break them ----------------

def _report_sections(count_per_report: int = 3, lines_per_section: int = 6) -> list[tuple[str, list[str]]]:
    folder = shared_path("corpus", "reports-2026", "txt")
    sections = []
    for path in sorted(folder.glob("*.txt")):
        lines = [fold_width(line.strip()) for line in path.read_text(encoding="utf-8").split("\n")]
        body = [line for line in lines if len(line) > 30 and line.endswith("。")]
        step = max(1, len(body) // (count_per_report + 1))
        for index in range(count_per_report):
            begin = step * (index + 1)
            sections.append((f"{path.stem}#{index}", body[begin:begin + lines_per_section]))
    return sections


def set_in_columns(paragraphs: list[str], width: int, seed: int, blank_chance: float = 0.06,
                   indent: bool = True) -> str:
    """Lines of `width` characters (the first two short when indented), stray blank lines inside."""
    chance = random.Random(seed)
    out = []
    for paragraph in paragraphs:
        position, first = 0, True
        while position < len(paragraph):
            take = width - (2 if first and indent else 0)
            out.append(paragraph[position:position + take])
            position += take
            first = False
            if position < len(paragraph) and chance.random() < blank_chance:
                out.append("")
        out.append("")
    return "\n".join(out)


def set_as_pdf(paragraphs: list[str], width: int, seed: int) -> str:
    """PDF text: lines of `width` characters, no blank lines, a page number now and then."""
    chance = random.Random(seed)
    out = []
    for paragraph in paragraphs:
        for position in range(0, len(paragraph), width):
            out.append(paragraph[position:position + width])
            if chance.random() < 0.03:
                out.append(f"- {chance.randint(1, 60)} -")
    return "\n".join(out)


@pytest.fixture(scope="module")
def sections():
    return _report_sections()


def _sentences(text: str) -> list[str]:
    """Sentences with spaces dropped: a space where a line was broken is lost, as in print."""
    return [sentence.text.replace(" ", "") for sentence in split_sentences(text)]


def _share_rebuilt(sections, build) -> tuple[float, list[str]]:
    """Share of sections whose sentences all come back whole (a paragraph may split at a 。)."""
    failures = []
    for name, paragraphs in sections:
        if _sentences(clean_text(build(paragraphs))) != _sentences("\n".join(paragraphs)):
            failures.append(name)
    return 1 - len(failures) / len(sections), failures


@pytest.mark.parametrize("width", [14, 18, 22])
def test_newspaper_columns_rebuilt(sections, width):
    share, failures = _share_rebuilt(sections, lambda p: set_in_columns(p, width, seed=width))
    assert share >= 0.95, failures


@pytest.mark.parametrize("width", [35, 38, 40])
def test_pdf_lines_rebuilt(sections, width):
    share, failures = _share_rebuilt(sections, lambda p: set_as_pdf(p, width, seed=width))
    assert share >= 0.95, failures


@pytest.mark.parametrize("width", [16, 38])
def test_traditional_columns_rebuilt(sections, width):
    traditional = [(name, [_S2T(p) for p in paragraphs]) for name, paragraphs in sections]
    share, failures = _share_rebuilt(traditional, lambda p: set_in_columns(p, width, seed=width, indent=width < 30))
    assert share >= 0.95, failures


def test_sections_are_real(sections):
    assert len(sections) >= 60 and all(len(paragraphs) >= 3 for _name, paragraphs in sections)


def test_html_document_end_to_end():
    from pipeline.document import extract_document

    page = ("<html><head><meta charset=\"gbk\"><title>2026年政府工作报告</title></head><body>"
            "<div class=\"nav\">首页 &gt; 政务公开</div><div class=\"content\"><p>地区生产总值增长5.4%。</p>"
            "<p>城镇新增就业27.2万人。</p></div><div class=\"footer\">京ICP备05060933号 网站标识码1100000088 "
            "点击数：568次</div></body></html>")
    row, facts = extract_document(page.encode("gb18030"), "page", "page.html")
    assert row["status"] == "ok" and row["encoding"] == "gb18030"
    assert "<p>" not in row["text"]
    assert [fact["text"] for fact in facts] == ["5.4%", "27.2万人"]
    assert all(row["text"][f["start"]:f["end"]] == f["text"] for f in facts)


def test_page_with_two_column_widths(sections):
    """Two articles on one page, set 13 and 24 characters wide."""
    pairs = [(sections[i], sections[i + 1]) for i in range(0, len(sections) - 1, 2)]
    failures = []
    for (name, first), (_other, second) in pairs:
        page = set_in_columns(first, 13, seed=len(name)) + "\n\n" + set_in_columns(second, 24, seed=len(name) + 1)
        if _sentences(clean_text(page)) != _sentences("\n".join(first + second)):
            failures.append(name)
    assert 1 - len(failures) / len(pairs) >= 0.95, failures


def test_traditional_list_agrees_with_opencc():
    """lexicon/traditional_chars.txt (what fold_script searches for) is what the installed OpenCC changes:
    after an OpenCC upgrade, `python -m pipeline.script` rewrites it."""
    from pipeline import script

    assert script._traditional().pattern == "[" + "".join(script.traditional_ranges()) + "]"
    assert script._traditional().search("兩地參保人數") and not script._traditional().search("两地参保人数")
