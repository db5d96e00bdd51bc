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
    ("举办超千场体育赛事、近百场大型演唱会", "超千场", 1000, None, "场", "gt"),   # bound + lone scale + measure word
    ("举办超千场体育赛事、近百场大型演唱会", "近百场", 100, None, "场", "approx"),
    ("合肥中欧班列全年发运突破千列", "突破千列", 1000, None, "列", "gt"),
    ("推出全球首款量产级9兆瓦时储能系统", "9兆瓦时", 9, None, "兆瓦时", "eq"),   # 兆瓦时 whole, not 兆瓦
    ("能源综合生产能力达2.3亿吨标准煤左右。", "2.3亿吨标准煤左右", 2.3e8, None, "吨标准煤", "approx"),  # tce is one unit
    ("覆盖1.8万余个行政村", "1.8万余个", 18000, None, "个", "gt"),
    ("物普查新发现文物1.4万余处", "1.4万余处", 14000, None, "处", "gt"),
    ("城镇新增就业170万人以上", "170万人以上", 1.7e6, None, "人", "ge"),
    ("川渝两地参保人数9226万人", "9226万人", 9.226e7, None, "人", "eq"),
    ("接待旅客1.35亿人次", "1.35亿人次", 1.35e8, None, "人次", "eq"),
    ("3万至5万人", "3万至5万人", 30000, 50000, "人", "eq"),
    ("商品房销售面积1.2万m²", "1.2万m²", 12000, None, "m²", "eq"),          # units in symbols, as tables write them
    ("建成区面积35km²", "35km²", 35, None, "km²", "eq"),
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
    ("全年培训农民工十来万人次", "十来万人次", 100000, None, "人次", "approx"),   # 来 after 十/百/千: about
    ("村里有二十来户人家搬迁", "二十来户", 20, None, "户", "approx"),
    ("参与活动的群众不止10万人次", "不止10万人次", 100000, None, "人次", "gt"),
    ("该县农民年收入1万元出头", "1万元出头", 10000, None, "元", "gt"),
    ("受灾人口几近10万人", "几近10万人", 100000, None, "人", "approx"),
    ("逾半受訪企業表示訂單減少", "逾半", 50, None, "%", "gt"),      # half after a bound word
    ("过半数家庭收入增加", "过半数", 50, None, "%", "gt"),
    ("近半数企业实现盈利", "近半数", 50, None, "%", "approx"),
    ("受訪者中有二成五表示滿意", "二成五", 25, None, "%", "eq"),    # a digit after 成 adds hundredths
    ("七成五的企業預計營收增長", "七成五", 75, None, "%", "eq"),
    ("全市三成五星级酒店入住率超过八成", "三成", 30, None, "%", "eq"),  # but not the numeral of 五星级
    ("六成五十岁以上老人接种疫苗", "六成", 60, None, "%", "eq"),
    ("门票打八折", "八折", 80, None, "%", "eq"),
    ("百分之三点五", "百分之三点五", 3.5, None, "%", "eq"),
    ("千分之二点四", "千分之二点四", 2.4, None, "‰", "eq"),
    ("超过三分之二", "超过三分之二", 66.67, None, "%", "gt"),     # a share, in percent
    ("约三分之一的企业", "约三分之一", 33.33, None, "%", "approx"),
    ("五分之一的企业", "五分之一", 20, None, "%", "eq"),
    ("约1/3的企业", "约1/3", 33.33, None, "%", "approx"),
    ("3/5的村", "3/5", 60, None, "%", "eq"),
    ("三分之二公里", "三分之二公里", 2 / 3, None, "公里", "eq"),
    ("产量达1.2×10⁴吨", "1.2×10⁴吨", 12000, None, "吨", "eq"),
    ("约2e5吨", "约2e5吨", 200000, None, "吨", "approx"),
    ("全市共有职工5万4千6百人", "5万4千6百人", 54600, None, "人", "eq"),
    ("投资3亿5千万元", "3亿5千万元", 350000000, None, "元", "eq"),
    ("新增就业十 余 万人", "十 余 万人", 100000, None, "人", "gt"),
    ("完成投资1 2 . 5 万元", "1 2 . 5 万元", 125000, None, "元", "eq"),
    ("下降0.4个百分点至5.3%", "0.4个百分点", 0.4, None, "个百分点", "eq"),
    ("增长5%至10%", "5%至10%", 5, 10, "%", "eq"),
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
    ("人口自然增长率为-0.99‰", "-0.99‰", -0.99, None, "‰", "eq"),     # after a Han character that ends no figure
    ("零下四摄氏度", "零下四摄氏度", -4, None, "摄氏度", "eq"),
    ("开销123元1角1分", "123元1角1分", 123.11, None, "元", "eq"),
    ("票价六块〇分", "六块〇分", 6.0, None, "块", "eq"),           # a zero 分 adds nothing (it once raised)
    ("合计三元零角五分", "三元零角五分", 3.05, None, "元", "eq"),
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
    # ratios: each term a figure (a structure adding up to 100 in %), not the base 1 of x∶1; : and ： too
    ("三次产业比重为4.0∶37.7∶58.3，第一产业增加值", "4.0", 4.0, None, "%", "eq"),
    ("三次产业比重为4.0∶37.7∶58.3，第一产业增加值", "58.3", 58.3, None, "%", "eq"),
    ("三次产业结构由8.7∶41.2∶50.1调整为7.4∶39.6∶53。", "53", 53, None, "%", "eq"),
    # a structure's whole terms adding up to 100 are its parts, though they look like a clock time
    ("三次产業結構由9.4:54.5:36.1演進為9:51:40", "51", 51, None, "%", "eq"),
    ("三次产业结构调整为8:42:50。", "8", 8, None, "%", "eq"),
    # apparent power, as grids state their transformer capacity
    ("蒙西電網變電容量突破1億千伏安", "突破1億千伏安", 100000000, None, "千伏安", "gt"),
    ("新增变电容量520万千伏安。", "520万千伏安", 5200000, None, "千伏安", "eq"),
    ("城乡居民收入比由2.9∶1缩小至2.52∶1。", "2.9", 2.9, None, "", "eq"),
    ("城乡居民收入比由2.9∶1缩小至2.52∶1。", "2.52", 2.52, None, "", "eq"),
    ("城乡居民收入比从2.50:1缩小至2.27:1。", "2.27", 2.27, None, "", "eq"),
    ("城乡居民收入比收窄至2：1以内。", "2", 2, None, "", "le"),
    ("农产品加工业产值与农业总产值之比突破1：1。", "突破1", 1, None, "", "gt"),
    # compound units: passes (辆次, 亩次), a unit per unit, computing power
    ("“港车北上”、“澳车北上”、“粤车南下”累计832万辆次", "832万辆次", 8.32e6, None, "辆次", "eq"),
    ("累计实施保护性耕作1.19亿亩次", "1.19亿亩次", 1.19e8, None, "亩次", "eq"),
    ("农机作业服务面积60万亩次以上", "60万亩次以上", 6e5, None, "亩次", "ge"),
    ("生产安全事故死亡率控制在0.6人/百亿元以下", "0.6人/百亿元以下", 0.6, None, "人/百亿元", "le"),
    ("城镇低保标准为310元/人月", "310元/人月", 310, None, "元/人月", "eq"),     # per person and month
    ("有机质增长6.1%、达到27克/千克", "27克/千克", 27, None, "克/千克", "eq"),
    ("算力总规模达到10.36百亿亿次/秒", "10.36百亿亿次/秒", 1.036e19, None, "次/秒", "eq"),
    ("算力规模突破4000P。", "突破4000P", 4000, None, "P", "gt"),
    ("总算力突破1.3万PF、增长20倍，智能算力达4800PF", "4800PF", 4800, None, "PF", "eq"),
    # doublings: 翻一番 = a growth of 100% (twice as much), 翻两番 = 300% (four times as much)
    ("台基地160个，研发投入翻一番，高新技术企业增", "翻一番", 100, None, "%", "eq"),
    ("每千人口托位数较2020年翻两番", "翻两番", 300, None, "%", "eq"),
    ("营业收入较“十三五”末期翻一番、利润翻三番", "翻三番", 700, None, "%", "eq"),
    ("比年度计划翻了一番", "翻了一番", 100, None, "%", "eq"),
    ("门票打对折", "对折", 50, None, "%", "eq"),
    ("半成", "半成", 5, None, "%", "eq"),
    # 负 ending a word is no minus sign; 万亿 alone after a bound word is one 万亿
    ("医保集中带量采购为群众减负237亿元", "237亿元", 2.37e10, None, "元", "eq"),
    ("力争为经营主体减负1000亿元以上。", "1000亿元以上", 1e11, None, "元", "ge"),
    ("林草产业总产值在全国率先突破万亿元。", "突破万亿元", 1e12, None, "元", "gt"),
    ("普惠小微企业贷款余额超万亿元。", "超万亿元", 1e12, None, "元", "gt"),
    ("70周岁以上户籍老年人意外伤害保险全覆盖", "70周岁以上", 70, None, "周岁", "ge"),
    # bare numbers in a list share the last member's unit (and scale)
    ("生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点", "20.9", 20.9, None, "个百分点", "eq"),
    ("生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点", "36.2", 36.2, None, "个百分点", "eq"),
    ("金融业、软件业增加值分别增长8.3、7.9%", "8.3", 8.3, None, "%", "eq"),
    ("粮食和油料产量分别为1.2和3.4万吨", "1.2", 12000, None, "吨", "eq"),
    # a full-width comma between full-width digit groups separates thousands
    ("增长１１１，１１１个百分点", "１１１，１１１个百分点", 111111, None, "个百分点", "eq"),
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
    ("金川集团工业总产值连跨两个千亿台阶", ["千亿台"]),   # 台阶 is a word, not the measure 台
    ("有力推进集成电路装备、零部件、材料", ["零部"]),
    ("医保集中带量采购为群众减负237亿元", ["负237亿元"]),
    ("推动出台服务业扩大开放3.0方案", ["3.0方"]),
    ("在下面的价格中选一个，$20，300美圆", ["20，300", "20，300美圆"]),   # after ASCII digits ， ends a clause
    ("加快发展半成品加工", ["半成"]),
    ("学习运用“千万工程”经验，近百年来", ["近百年"]),   # a lone scale needs a bound word and a measure word, not a time unit
    ("通过5口岸出境的旅客达10万人次", ["5口"]),          # 口岸 is a word, not the classifier 口 (水窖800口)
    ("品牌全国已有100门店", ["100门"]),                  # 门店 is a word, not the classifier 门 (课程120门)
    ("城市三口之家月均消费支出5000元", ["三口"]),
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
