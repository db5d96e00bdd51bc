"""find_quantities on real report phrasing: value, value_max, unit and bound. One case a line.

`kind` belongs to classify; it is asserted here only where a case is about this stage's reading
(a fixed word must not be read as a count with a unit and a bound).
"""
from __future__ import annotations

import pytest

from pipeline import find_quantities

# sentence, quantity text, value, value_max, unit, bound
READINGS = [
    ("归集数据200多亿条，增长5.2%", "200多亿条", 2e10, None, "条", "gt"),
    ("归集数据200多亿条，增长5.2%", "5.2%", 5.2, None, "%", "eq"),   # 增长 is the stat word, not the quantity
    ("完成投资2400多亿元", "2400多亿元", 2.4e11, None, "元", "gt"),
    ("覆盖1.8万余个行政村", "1.8万余个", 18000, None, "个", "gt"),
    ("物普查新发现文物1.4万余处", "1.4万余处", 14000, None, "处", "gt"),
    ("城镇新增就业170万人以上", "170万人以上", 1.7e6, None, "人", "ge"),
    ("川渝两地参保人数9226万人", "9226万人", 9.226e7, None, "人", "eq"),
    ("接待旅客1.35亿人次", "1.35亿人次", 1.35e8, None, "人次", "eq"),
    ("3万至5万人", "3万至5万人", 30000, 50000, "人", "eq"),
    ("3-5万元", "3-5万元", 30000, 50000, "元", "eq"),
    ("投资八到九百亿元", "八到九百亿元", 8e10, 9e10, "元", "eq"),
    ("十八至三十万日元", "十八至三十万日元", 180000, 300000, "日元", "eq"),
    ("从8500到3万港元", "8500到3万港元", 8500, 30000, "港元", "eq"),
    ("1万元-5万元", "1万元-5万元", 10000, 50000, "元", "eq"),
    # percentage points, tenths and shares
    ("与GDP的比率降低1.1个百分点", "1.1个百分点", 1.1, None, "个百分点", "eq"),
    ("低于全国0.3个百分点", "0.3个百分点", 0.3, None, "个百分点", "eq"),
    ("产业对经济增长贡献超五成", "超五成", 50, None, "%", "gt"),
    ("养老助餐点覆盖九成以上城乡社区", "九成以上", 90, None, "%", "ge"),
    ("高峰运力提升四成", "四成", 40, None, "%", "eq"),
    ("9成以上的企业", "9成以上", 90, None, "%", "ge"),
    ("三成半", "三成半", 35, None, "%", "eq"),
    ("门票打八折", "八折", 80, None, "%", "eq"),
    ("百分之三点五", "百分之三点五", 3.5, None, "%", "eq"),
    ("千分之二点四", "千分之二点四", 2.4, None, "‰", "eq"),
    ("超过三分之二", "超过三分之二", 2 / 3, None, "", "gt"),
    ("一半以上", "一半以上", 50, None, "%", "ge"),
    # bounds before and after
    ("近700万元", "近700万元", 7e6, None, "元", "approx"),
    ("不到1.9万元", "不到1.9万元", 19000, None, "元", "lt"),
    ("不小于三十个", "不小于三十个", 30, None, "个", "ge"),
    ("至少有10个型号", "至少有10个", 10, None, "个", "ge"),
    ("数十亿元", "数十亿元", 1e9, None, "元", "gt"),
    ("两三个", "两三个", 2, 3, "个", "approx"),
    ("七八十万人", "七八十万人", 700000, 800000, "人", "approx"),
    # signs, money, halves
    ("同比（-3.5%）", "-3.5%", -3.5, None, "%", "eq"),
    ("零下四摄氏度", "零下四摄氏度", -4, None, "摄氏度", "eq"),
    ("开销123元1角1分", "123元1角1分", 123.11, None, "元", "eq"),
    ("支票上金额应写为：伍仟元整", "伍仟元整", 5000, None, "元", "eq"),
    ("一吨半", "一吨半", 1.5, None, "吨", "eq"),
    # full-width digits, traditional script, spaces and a line break inside a number
    ("增长５．２％", "５．２％", 5.2, None, "%", "eq"),
    ("兩地參保人數9226萬人", "9226萬人", 9.226e7, None, "人", "eq"),
    ("一百五十 个百分点", "一百五十 个百分点", 150, None, "个百分点", "eq"),
    ("接待旅客1.35\n亿人次", "1.35\n亿人次", 1.35e8, None, "人次", "eq"),
    ("增长5.\n2%", "5.\n2%", 5.2, None, "%", "eq"),
    # 万 before a unit that starts with a scale character stays a scale: 453.8万吨, 200万千瓦
    ("粮食产量453.8万吨", "453.8万吨", 4.538e6, None, "吨", "eq"),
    ("装机200万千瓦", "200万千瓦", 2e6, None, "千瓦", "eq"),
    ("全长3千米", "3千米", 3, None, "千米", "eq"),
]


def _find(sentence: str, text: str):
    found = find_quantities(sentence)
    matches = [q for q in found if q.text == text]
    assert matches, f"{text!r} not found in {[q.text for q in found]}"
    return matches[0]


@pytest.mark.parametrize("sentence, text, value, value_max, unit, bound", READINGS)
def test_reading(sentence, text, value, value_max, unit, bound):
    q = _find(sentence, text)
    assert sentence[q.start:q.end] == q.text
    assert q.value == pytest.approx(value, rel=1e-12)
    assert (q.value_max is None) if value_max is None else q.value_max == pytest.approx(value_max)
    assert (q.unit, q.bound) == (unit, bound)


# Things that must not be read as one figure (or not at all): sentence, texts that must not appear.
NOT_FIGURES = [
    ("深入实施“十四五”规划", ["十四五"]),             # a plan's name is never one number read whole
    ("二三产业法人单位", ["二三产业"]),
    ("推动成渝地区双城经济圈建设", ["成"]),
    ("4成本", ["4成"]),                              # 成本 is a word, not tenths
    ("计提折旧100万元", ["折"]),
    ("每人100元2次", ["100元2"]),                    # 元 then a digit is not 角
    ("2020-2025年", ["-2025年"]),                   # a hyphen between years is not a minus sign
    ("访问 https://www.example.com/?q=30%25 了解", ["30%"]),   # figures inside a link
    ("2024 2025", ["20242025"]),                    # table columns stay apart
]


@pytest.mark.parametrize("sentence, absent", NOT_FIGURES)
def test_not_read_as_figures(sentence, absent):
    texts = [q.text for q in find_quantities(sentence)]
    for text in absent:
        assert text not in texts, texts


# Names that look like numbers: whatever is read there is not a statistic, and a lone numeral in a name
# keeps no unit, scale or bound of its own (kind from classify).
@pytest.mark.parametrize("sentence", [
    "共建“一带一路”高质量发展",
    "深入实施“十四五”规划",
    "提升“三校一院”服务能力",
    "聘用到专业技术二级岗",
    "两国元首会晤",
    "千校万企协同创新",
    "二战胜利80周年",
])
def test_names_are_not_statistics(sentence):
    found = find_quantities(sentence)
    assert [q.text for q in found if q.kind == "statistic"] == []
    for q in found:
        if len(q.number_text) == 1 and not q.number_text.isdigit():
            assert (q.unit, q.bound, q.value_max) == ("", "eq", None), q


def test_offsets_refer_to_the_string_given():
    text = "兩地參保人數９２２６萬人，增長５．２％"
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


def test_quantities_carry_every_field():
    """Quantities are built without the dataclass constructor for speed; they must still be complete."""
    from dataclasses import fields

    from pipeline import Quantity

    names = {field.name for field in fields(Quantity)}
    for q in find_quantities("归集数据200多亿条，增长5.2%，统一，3万至5万人，百分之三点五"):
        assert set(vars(q)) == names
        assert q == Quantity(q.text, q.start, q.end, q.value, q.value_max, q.unit, q.bound, q.kind)
