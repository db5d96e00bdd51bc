"""Tell statistics from dates, periods, ordinals, names and other numbers.

>>> from pipeline.quantities import find_quantities
>>> [(q.text, q.kind) for q in find_quantities("共同弘扬正确二战史观，胜利80周年，第十一次来到俄罗斯")]
[('二', 'name'), ('80周年', 'period'), ('十一次', 'ordinal')]

A count that only frames the statistics after it, the size of a sample surveyed (重点监测的244家商业企业), is
a "frame": no statistic, but attribution reads it as a figure (its noun is no part of the next figure's name).

The rules, in order: 第 before the number makes an ordinal; a numeral inside a fixed word
(二战, 一带一路, 十四五) or inside a quoted name (“促进青年就业35条”) is a name, as is one glued to
Latin letters (6G, PM2.5); a time unit makes a date or a period; a number with neither unit, scale
nor percent sign is "other"; a bare Chinese numeral with a measure word and no bound (三次会议,
一批) is "other", since reports write their counts in Arabic digits, except money (十块钱) and
counts from ten up (十件民生实事: measured on the 29 reports, such counts are real far more often
than set phrases; sessions 十一次全会 and rounds stay "other").

Not statistics either: a measure with 以上/以下 glued to the noun it sorts (「年运量150万吨以上的物流园区」,
「20户以上自然村」: a threshold naming a category, while 「新增50家以上先进智能工厂」 counts the
factories); the spec of a record-setting object (「全球最高10米液压支架」, 「110米口径射电望远镜」); a
service time (「1小时通达」, 「24小时开放」); a magnitude word naming a programme (「千万吨粮食增产计划」) or, glued to a noun
with no verb before, a tier in a plant's name (「延安千万吨炼化一体化」; 「新增千万吨产能」 counts); a mass glued to a deposit
noun with no verb before, the deposit's grade (「玉门超40吨金矿」; 「开采300万吨铁矿石」 counts); a power
spec between a name and a plant noun (「南网720兆瓦储能电站」; 「建设700万千瓦新型储能项目」 counts);
a policy package named by its number of articles, N条 closing the topic a policy verb issued, with no
noun after (GUIDELINES: “促进青年就业35条” is the policy's name; 「制定实施稳增长惠民生27条、金融支持民营经济
发展12条等政策举措」). Decided by GUIDELINES and the held-out gold: N条 before a noun counts it (「出台稳就业
20条政策措施」 is a gold fact, 稳就业政策措施 20条; so 「出台10条措施」 stays a count although one blind
annotator left it out), as do 「打通50条断头路」, 「开通航线483条」 and 「出台政策措施56条」 (the noun before);
a level passed as a step (「迈上6万亿元台阶」: kept "other", the level a region reached is stated as
a milestone, and the exact figure usually follows: 「达到62661亿元」). Ratio terms are statistics.

The rules are _kind's, in order; the tests they call live beside it: figure_names (a number in a name),
thresholds (a bound that sorts), furniture (codes, a page's counters, a sample's size), bare_figures (a
number with no unit, scale or bound).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

import regex
from mypy_extensions import mypyc_attr

from .bare_figures import _bare_kind, _measured_bare
from .cached_regex import compile_for_re as _compiled  # patterns for `regex`, run by re (faster per call)
from .cached_regex import finditer_at
from .counted import frames_places, one_per, parted, ranked_in
from .figure_names import (_CJK, _HAN_AT, _LATIN_AFTER, _LATIN_OR_FORMULA, _NAME_HEAD_FIRSTS, _NAME_HEADS,
                           _SUPERLATIVE_FIRSTS, _CLAUSE_BREAK, _glued_to_latin, _in_formula, _is_figure, _policy_name,
                           _quoted_name, _record_spec)
from .furniture import (_COLON_OR_SPACE, _PAGE_AFTER_FIRSTS, _code_ends_and_page, _grouped, _is_code,
                        _is_page_furniture, _near, _sample)
from .lexicon import LEXICON
from .quantities import Quantity
from .thresholds import (_ABOVE, _CATEGORY_BOUND_KINDS, _COUNT_UNITS, _PERCENT_LIKE, _names_a_category,
                         _threshold_of_counted_set, _threshold_of_counting_clause)

# A plain alternation of literals: the standard re module scans it several times faster than regex.
_FIXED_WORDS: Final = re.compile(_grouped(LEXICON.fixed_words))
# Fixed words that start with a digit or end with a Latin letter (4G, 5G) stand only whole (_whole_word).
_CHECKED_WORDS: Final = frozenset(w for w in LEXICON.fixed_words if w[0].isdigit() or w[-1].isascii() and w[-1].isalpha())
_QUOTES: Final = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"', "‘": "’"}
_QUOTED: Final = re.compile(r"“[^“”\n]{0,40}”|「[^「」\n]{0,40}」|『[^『』\n]{0,40}』|《[^《》\n]{0,60}》|\"[^\"\n]{0,40}\"")
_QUOTE_OPENINGS: Final = "“「『《\""     # every quotation starts with one
_RANK_UNITS: Final = {"位", "名", "强", "%", "‰"}
_RANKED: Final = ("排名", "排在", "排位", "位居", "位列", "居")
_DISCOURSE_NOUNS: Final = tuple(LEXICON.discourse_nouns)
# Groups of places a survey reports on (subjects.txt, kind "group"): 「31个大城市」 names the group when a
# figure of its own follows in the clause.
_GROUPS: Final = tuple(line.split("\t")[0] for line in LEXICON.subjects
                if "\t" in line and "group" in line.split("\t")[1].split()) or ("\0",)
_GROUP_FIGURES: Final = regex.compile(r"[^，,；;。：:]{2,30}?[\d零一二两三四五六七八九十]")
_CLASS_UNITS: Final = set(LEXICON.class_units)
# 个 counting spans of time: 16个季度, 3个工作日 (not 3个年度重点项目)
_TIME_AFTER_MEASURE: Final = ("季度", "月", "星期", "工作日", "小时", "周", "学期", "年头")
# 迈上6万亿元台阶, 连跨5万亿元、6万亿元两个台阶: the figure is a step passed, within the clause
_STEP: Final = "台阶"
_STEP_AHEAD: Final = _compiled(r"[\d.万亿千百十零一二两三四五六七八九个大新级元、和及]{0,14}?" + _STEP)
_DURATION_UNITS: Final = {"分钟", "小时", "天", "日", "周", "个月"}
_DAY_UNITS: Final = frozenset(("日",))   # a date's unit that a decimal makes a duration (1.3日)
_CLASS_COUNTED: Final = _compiled(r"(?:之间)?的\p{Han}{1,6}?有[\d一二两三四五六七八九十]")
_AGE_GROUP: Final = tuple(LEXICON.grammar.get("age_group", ("人",)))
_DURATION_BEFORE_WORDS: Final = tuple(w for w in LEXICON.grammar.get("duration_before", ()) if len(w) > 1) or ("\0",)
_DURATION_BEFORE: Final = frozenset(w for w in LEXICON.grammar.get("duration_before", ()) if len(w) == 1)
_DURATION_AFTER: Final = tuple(LEXICON.grammar.get("duration_after", ())) + tuple(LEXICON.grammar.get("duration_verb", ())) \
    or ("\0",)
_ENUMERATORS: Final = tuple(LEXICON.grammar.get("list_enumerator", ("依次是",)))
_ENUMERATED: Final = _compiled(r"\p{Han}{1,8}?(?:%s)" % "|".join(regex.escape(word) for word in _ENUMERATORS))
_SAMPLES, _ENUMERATES = 1, 2   # bits of _kind's `samples`
_REACH_NAME: Final = _compiled(r"\p{Han}{0,4}?(?:%s)" % "|".join(regex.escape(w) for w in LEXICON.name_heads if w.endswith("圈")))
_LOOK_ALIKES: Final = LEXICON.look_alikes or {}
_SERVICE_VERBS: Final = tuple(_LOOK_ALIKES.get("service", ()))
_VERBS: Final = tuple(sorted(set(LEXICON.verbs) | set(LEXICON.action_verbs)))
_DEPOSIT_AHEAD: Final = _compiled(r"\p{Han}{0,2}?(?:%s)(?![石产业区井])" % "|".join(
    sorted(_LOOK_ALIKES.get("deposit", ("矿",)), key=len, reverse=True)))
_FACILITY_AHEAD: Final = _compiled(r"\p{Han}{0,6}?(?:%s)" % "|".join(_LOOK_ALIKES.get("facility", ("电站",))))
# Money: an amount in 元 (块, 圆) written in Chinese numerals is a figure (十块钱, 壹仟玖佰圆整), unless it
# begins a word (二元结构, 一元化).
_MONEY_UNITS: Final = {"元", "圆", "块", "块钱", "元钱", "角", "美元", "欧元", "日元", "英镑", "港元", "港币"}
# Counts in Chinese numerals from ten up are counts (十件民生实事, 十二批); smaller ones are mostly set
# phrases (八项规定, 新一轮, 两个维护). 次 and 位 number sessions and places (十一次全会), not things.
_SESSION_UNITS: Final = {"次", "位", "轮"}
_COUNT_CLOSES: Final = _compiled(r"(?:[，。；！？,;!?\n]|$)")
# Before a small count in Chinese numerals that closes its clause, these make it no count of the noun before:
# a demonstrative (这两家), 分 (分两批), 每 (每两个): grammar.tsv not_counted_before.
_NOT_COUNTED_BEFORE: Final = frozenset(LEXICON.grammar.get("not_counted_before", ()))
_GRADE_UNITS: Final = frozenset(LEXICON.grammar.get("grade_unit", ()))  # 水质保持二类: a grade, no count
_NOT_SPEC_UNITS: Final = _COUNT_UNITS | _MONEY_UNITS | _PERCENT_LIKE
_TIME_UNITS: Final = LEXICON.time_units
_PROGRAMME_AHEAD: Final = _compiled(r"\p{Han}{1,8}")
# The next member of a 、-list, a threshold glued to the noun it sorts: 「5000万美元、1亿美元以上大项目」
_CATEGORY_LIST_ENDS: Final = _compiled(r"[\d.]+[万亿千百]*(?P<unit>\p{Han}{1,3}?)(?:及)?(?:以上|以下)(?![的]?[，。；、,;])\p{Han}")
_DEPOSIT_UNITS: Final = frozenset(("吨", "盎司"))
_CLOCK_SIGNS: Final = frozenset(":：")
_SCALE_CHARS: Final = frozenset(LEXICON.scales)


def classify_quantities(folded: str, original: str, quantities: list[Quantity], fresh: bool = False
                        ) -> list[Quantity]:
    """Set `kind` on each quantity found in `folded` (offsets shared with `original`).

    Quantities are frozen: each comes back as a copy with its kind, unless `fresh` says they were made
    for this call alone (find_quantities), when the kind is written into them.
    """
    if not quantities:
        return []
    fixed_spans = _Spans([match.span() for match in _FIXED_WORDS.finditer(folded)
                          if match.group() not in _CHECKED_WORDS or _whole_word(folded, match)])
    quoted_spans = _Spans([match.span() for match in finditer_at(_QUOTED, folded, _QUOTE_OPENINGS)])
    # Codes, page furniture and samples need their words nearby: where a document has none, skip those rules.
    code_ends, page, sample_words = _code_ends_and_page(folded)
    # (what a document may hold, as bits: a sample's words, a list's enumerator: most documents hold neither)
    samples = (_SAMPLES if sample_words else 0) | (_ENUMERATES if any(map(folded.__contains__, _ENUMERATORS)) else 0)
    steps = _STEP in folded      # (a level passed as a step, 迈上6万亿元台阶: few documents say 台阶)
    if fresh:   # (_kind called by its name: compiled, a direct call, where a local alias goes through Python's)
        for quantity in quantities:
            quantity.__dict__["kind"] = _kind(quantity, folded, fixed_spans, quoted_spans, code_ends, page, steps,
                                              samples)
        return quantities
    return [quantity.with_kind(_kind(quantity, folded, fixed_spans, quoted_spans, code_ends, page, steps, samples))
            for quantity in quantities]


def _whole_word(folded: str, match) -> bool:
    """Whether a fixed word found stands whole: 4G is no word inside 253.4GW or 4GWh (a digit or point before
    its digits, a letter after its letters).

    >>> [_whole_word(t, _FIXED_WORDS.search(t)) for t in ("建成4G基站", "产量253.4GW", "装机4GWh")]
    [True, False, False]
    """
    start, end = match.span()
    if folded[start:start + 1].isdigit() and start and (folded[start - 1].isdigit() or folded[start - 1] == "."):
        return False
    last, after = folded[end - 1:end], folded[end:end + 1]
    return not (last.isascii() and last.isalpha() and after.isascii() and after.isalpha())


@mypyc_attr(native_class=False)   # a list subclass: a Python class, compiled or not
class _Spans(list):
    """Non-overlapping (start, end) spans in text order, with their ends for bisect_right."""

    def __init__(self, spans):
        super().__init__(spans)
        self.ends = [end for _start, end in self]


def _kind(quantity: Quantity, folded: str, fixed_spans, quoted_spans, code_ends: list[int], page: bool, steps: bool,
          samples: int = 0) -> str:
    unit = quantity.unit
    if not unit and not quantity.scaled and quantity.bound == "eq" and not quantity.ratio:
        return _bare_kind(quantity, folded, fixed_spans, quoted_spans)
    start, end = quantity.start, quantity.end
    number_text = quantity.number_text
    number_start = folded.find(number_text, start, end) if number_text else start
    number_start = start if number_start < 0 else number_start
    number_end = number_start + len(number_text)
    before = folded[number_start - 1:number_start] if number_start else ""
    ahead = folded[start - 1:start] if start else ""
    after = folded[end:end + 4]
    if before == "第" or ahead == "第":
        return "ordinal"
    if (before == "前" or ahead == "前") and folded.endswith(_RANKED, 0, max(0, start - 1)):
        return "ordinal"         # 出口总量排名前6类的商品: the top of a ranking
    if unit in _RANK_UNITS:
        if before == "前" or ahead == "前":
            return "ordinal"     # 前10名, 全球前1%的学科
        if unit in ("位", "名") and _ranking_before(folded, number_start):
            return "ordinal"     # 排名提升4位
    if (number_text[:1] == "0" or code_ends and _near(code_ends, start)) \
            and _is_code(folded, start, number_start, quantity):
        return "other"       # 京ICP备05060933号, 邮编：100743, 023-12345678
    if page and (ahead in _COLON_OR_SPACE or unit == "页" or after[:1] in _PAGE_AFTER_FIRSTS
                 or unit[:1] in _PAGE_AFTER_FIRSTS) and _is_page_furniture(folded, start, end, quantity):
        return "other"       # 点击数：568次, 0条评论, 第1页 共3页
    if unit == "个" and after.startswith(_TIME_AFTER_MEASURE):
        return "period"      # 连续16个季度, 5个工作日
    if quantity.ratio:
        return "statistic"   # 4.0∶37.7∶58.3, 2.9∶1
    if unit in _TIME_UNITS and not (unit in _DAY_UNITS and "." in number_text) \
            and not (unit in _SPAN_UNITS and quantity.value < 1000 and _measures_a_span(folded, start)):
        if unit == "年" and quantity.value < 1000:
            return "period"   # 10年: a span of years, not a year
        return _TIME_UNITS[unit]
    # (a day of the month is a whole number: 逗留時間為1.3日, 上升0.2日 is an amount of days, a duration)
    ends = fixed_spans.ends
    index = bisect_right(ends, number_start)
    if index < len(ends) and fixed_spans[index][0] < number_end:   # the span ends after number_start
        if not (unit and _is_figure(folded[fixed_spans[index][0]:ends[index]])):
            return "name"    # (增长4.0%: the version name 4.0 of 工业4.0 is a figure with a unit after it)
    if before in _LATIN_OR_FORMULA or after[:1] in _LATIN_AFTER \
            or folded[number_end:number_end + 1] in _LATIN_OR_FORMULA:
        if _glued_to_latin(folded, number_start, end, quantity) or _in_formula(folded, number_start, number_end):
            return "name"    # 6G, PM2.5, “1+N”, 7×24小时
    if quoted_spans:
        index = bisect_right(quoted_spans.ends, end)
        if index < len(quoted_spans) and quoted_spans[index][0] < start \
                and _quoted_name(folded, quoted_spans[index][0], quoted_spans.ends[index], start, end):
            return "name"    # “促进青年就业35条”, “26条”, “3个95%”
    if unit in _CLASS_UNITS:
        return "name"        # 750千伏输变电工程: a voltage level names a grid tier
    first_after = after[:1]
    if first_after == "级" or (first_after in _NAME_HEAD_FIRSTS and unit not in _COUNT_UNITS
                               and after.startswith(_NAME_HEADS)):
        return "name"        # 千亿级产业集群, 10万吨级码头, 0.1微克攻坚行动, 2.0任务
    if unit in _DURATION_UNITS:
        if (ahead in _DURATION_BEFORE or folded.endswith(_DURATION_BEFORE_WORDS, 0, start)) \
                and not folded.endswith("提前", 0, start) or after.startswith(_DURATION_AFTER):
            return "period"  # 前4天累计接待13.91万人, 7天累计接待游客: the span the figures after it cover
        if _REACH_NAME.match(folded, end):
            return "name"    # 15分钟社区生活圈, 1小时通勤圈
        if after.startswith(_SERVICE_VERBS):
            return "other"   # 1小时通达, 24小时开放: a service standard, not an amount of time
    bound = quantity.bound
    if bound == "eq" and unit and first_after == "、" and unit not in _COUNT_UNITS and unit not in _PERCENT_LIKE \
            and _CATEGORY_LIST_ENDS.match(folded, end + 1) and folded.startswith(unit, _CATEGORY_LIST_ENDS.match(
                folded, end + 1).start("unit")):
        return "other"       # 合同外资5000万美元、1亿美元以上大项目: a member of thresholds naming classes
    if (bound in _CATEGORY_BOUND_KINDS or quantity.value_max is not None) and _names_a_category(folded, start, end,
                                                                                                quantity):
        return "other"       # 20户以上自然村, 年运量150万吨以上的物流园区: a threshold naming a category
    if unit in _DEPOSIT_UNITS and _DEPOSIT_AHEAD.match(folded, end) and not folded.endswith(_VERBS, 0, start):
        return "name"        # 玉门超40吨金矿: the grade of a deposit found, not an amount of metal
    if "瓦" in unit and bound == "eq" and start and _CJK.match(folded[start - 1]) and folded[start - 1] != "等" \
            and _FACILITY_AHEAD.match(folded, end) and not folded.endswith(_VERBS, 0, start):
        return "name"        # 南网720兆瓦储能电站, 国家1000万千瓦光伏大基地: the spec in a plant's name
    if unit not in _NOT_SPEC_UNITS and not _SUPERLATIVE_FIRSTS.isdisjoint(folded[max(0, start - 8):start]) \
            and _record_spec(folded, start, end, quantity):
        return "name"        # 全球最高10米液压支架: the spec of a named object
    if unit == "条" and bound == "eq" and _policy_name(folded, start, end):
        return "name"        # 制定实施稳增长惠民生27条: a policy package's name
    if after.startswith(_DISCOURSE_NOUNS):
        return "other"       # 做好9个方面工作
    if samples & _SAMPLES and unit in _COUNT_UNITS and bound == "eq" and _sample(folded, start, end):
        return "frame"       # 重点监测的244家商业企业: the size of a sample surveyed
    if unit == "岁" and (after.startswith(_AGE_GROUP) or quantity.value_max is not None):
        return "other"       # 16-24岁人口, 15至64岁: an age or a range of ages names a group of people
    if (bound != "eq" or quantity.value_max is not None) and _CLASS_COUNTED.match(folded, end):
        return "other"       # 少于1000万人的省份有3个, 在5000万人至1亿人之间的省份有9个: a class that is counted
    if samples & _ENUMERATES and unit in _COUNT_UNITS and _ENUMERATED.match(folded, end):
        return "other"       # 3个城市依次是北京、……: the count sums up the members named next
    if unit == "个" and after.startswith(_GROUPS) and _GROUP_FIGURES.match(folded, end):
        return "other"       # 31个大城市城镇调查失业率为5.2%: the group's name, whose figure follows
    if unit in _COUNT_UNITS and bound == "eq" and frames_places(folded, start, end):
        return "frame"       # 41个县(市)一般公共预算收入增长18.7%, 31个省份中: the places whose figures follow
    if unit in _COUNT_UNITS and bound == "eq" and parted(folded, start, end):
        return "frame"       # 38个行业大类中有21个: the whole a part is counted out of
    if unit in _COUNT_UNITS and bound == "eq" and ranked_in(folded, start, end):
        return "other"       # 增幅位居全市和7个试点县首位: the field of a ranking
    if quantity.value == 1 and unit in _COUNT_UNITS and one_per(folded, start, end):
        return "other"       # 1个求职者对应1.22个岗位, 每户至少1人就业: one per thing describes, it counts nothing
    if steps and folded.find("阶", end, end + 17) >= 0 and _STEP_AHEAD.match(folded, end):
        return "other"       # 跨越3个千亿元台阶: a step, not an amount
    if unit == "位" and first_after == "数":
        return "other"       # 两位数增长
    if (bound != "eq" or ahead == "过") and _threshold_of_counted_set(folded, start, end, quantity):
        return "other"       # 投资10亿元以上重大产业项目47个: a threshold sorting what is counted
    if bound in _ABOVE and _threshold_of_counting_clause(folded, start, end, quantity):
        return "other"       # 有28家预计净利润超亿元: the bound the firms counted pass
    if first_after in _CLOCK_SIGNS and after[1:2].isdigit():
        return "other"   # clock times 9:00
    scaled = quantity.scaled
    if not unit and not scaled:
        # 求人倍率均在1以上: a bound on a figure its head measures bare
        return "statistic" if _measured_bare(folded, start) else "other"
    if bound == "eq" and number_text and _SCALE_CHARS.issuperset(number_text):     # magnitude words alone (百万, 千亿)
        if not unit:
            return "other"   # 百万移民, 千亿县, 千万师生: a magnitude word, not a figure (新增千万吨产能 is one)
        programme = unit not in _COUNT_UNITS and _PROGRAMME_AHEAD.match(folded, end)
        if programme and programme.group().endswith(_NAME_HEADS):
            return "name"    # 千万吨粮食增产计划, 百万亩造林工程: a magnitude word names a programme
        if programme and unit not in _COUNT_UNITS and not folded.endswith(_VERBS, 0, start):
            return "name"    # 延安千万吨炼化一体化, 榆能百万吨煤制芳烃: a tier in a plant's name (新增千万吨产能 counts)
    if quantity.chinese and not scaled and quantity.value == 1 and unit in _COUNT_UNITS:
        return "other"       # 每户至少一人就业: one of a thing, bounded or not, describes; it counts nothing
    if quantity.chinese and not scaled and bound == "eq" and unit not in _PERCENT_LIKE:
        if unit in _MONEY_UNITS and not _HAN_AT.match(folded, end):
            return "statistic"   # 十块钱, 壹仟玖佰圆整
        if unit in _COUNT_UNITS and unit not in _SESSION_UNITS and quantity.value >= 10:
            return "statistic"   # 十件民生实事, 十二批
        if unit in _COUNT_UNITS and unit not in _SESSION_UNITS and unit not in _GRADE_UNITS \
                and _COUNT_CLOSES.match(folded, end) \
                and start and _HAN_AT.match(folded, start - 1) and folded[start - 1] not in _NOT_COUNTED_BEFORE:
            return "statistic"   # 新发展农业龙头企业两家，: the count closes the clause after the noun it counts
        return "other"
    return "statistic"


def _measures_a_span(folded: str, start: int) -> bool:
    """Whether the clause before a span of time names a measure of a length of time (grammar.tsv duration_measure),
    whose value the span is: 「劳动年龄人口平均受教育年限达到10.5年」, 「受教育年限从2020年的9.6年提升至」.

    >>> _measures_a_span("平均受教育年限达到10.5年", 9), _measures_a_span("近10年来", 1)
    (True, False)
    """
    clause = _CLAUSE_BREAK.split(folded[max(0, start - _SPAN_REACH):start])[-1]
    return any(noun in clause for noun in _DURATION_MEASURES)


_SPAN_REACH: Final = 24
_SPAN_UNITS: Final = frozenset(("年", "个月"))   # (spans of years, not years: below 1000)
_DURATION_MEASURES: Final = tuple(LEXICON.grammar.get("duration_measure", ()))


def _ranking_before(folded: str, number_start: int) -> bool:
    """A ranking word earlier in the same clause: 「全国排名提升4位」, 「排名由369位上升到235位」."""
    window = folded[max(0, number_start - 12):number_start]
    clause = _CLAUSE_BREAK.split(window)[-1]
    return any(word in clause for word in LEXICON.rank_words)
