"""The name of one figure from the words around it: the left or right reading, shares of what follows
(覆盖95%以上行政村), one figure for a list of names (均超), names only the figure before completes, and
the words between a name and its figure where stat words count.

>>> _tail("工业增加值增速为"), _opens_with_verb("参加养老、失业、工伤保险")
('增速为', True)
>>> _distributed("退役军人、残疾人新增就业", "退役军人、残疾人新增就业均超", "万人")
('新增就业', '退役军人、残疾人')
"""
from __future__ import annotations

from typing import Final

from ..memo import remember
from .. import cached_regex as regex
from ..lexicon import LEXICON
from .lists import shared_head
from .counted_noun import percent_of, right_name, starts_with_level_noun, with_action
from .metric import left_name
from .trim import peel_head, peel_tail
from .places import body_measured
from .subject import find_subject
from .words import HEADS, VERBS, SCOPE_WORDS, STAT_WORDS, STATS, alternation, unscoped


_BLANKS: Final = "、，；：　 \t"
_FIRMS: Final = tuple(LEXICON.grammar["firm"])


_NAME_IN_WORDS_MEMO: Final[dict[tuple[str, str, str, str | None, bool, str, bool, bool], tuple[str, str | None, str]]] = {}  # _name_in_words's memo (memo.py)


def _name_in_words(left: str, right: str, unit: str, phrase: str | None, after_phrase: bool, last_name: str,
                   named_before: bool, last: bool = True) -> tuple[str, str | None, str]:
    """_name_figure once the phrase right of the figure is read: a function of the words around the figure,
    the name of the figure before it and whether the sentence named one before, read once for each."""
    key = (left, right, unit, phrase, after_phrase, last_name, named_before, last)
    if key in _NAME_IN_WORDS_MEMO:
        return _NAME_IN_WORDS_MEMO[key]
    return remember(_NAME_IN_WORDS_MEMO, key,
                    _name_in_words_read(left, right, unit, phrase, after_phrase, last_name, named_before, last))


def _name_in_words_read(left: str, right: str, unit: str, phrase: str | None, after_phrase: bool, last_name: str,
                        named_before: bool, last: bool = True) -> tuple[str, str | None, str]:
    """_name_in_words, read (its memo keeps what it gives)."""
    ranked = right.startswith(_RANKED_AFTER)
    if ranked or left.startswith(_RANKED_AFTER):
        left = _without_leader(left)
        if ranked:
            phrase = None  # 「来臺醫療增加4萬1639人次居次」: 居次 ranks the figure, it is no noun counted
    # (not where another figure follows: 「175家企业发行各类债券1193只」, the noun is the actor of the next one)
    framed = _FRAME_LEFT.search(left) if left.endswith("的") and "在" in left else None
    among = _FRAME_RIGHT.match(right) if framed else None
    if framed and among:  # 「在披露三季报业绩预告的941家公司中」: the group the clause goes on to part, as described
        return framed.group(1) + among.group(1), among.group(1), left
    pivot = _pivot_name(left, right) if unit in _BODY_UNITS and right and last else None
    if pivot:  # 「已有88家上市公司披露一季度业绩预告」: the firms that did what the pivot says
        return pivot, pivot, left
    stat_words = left
    if phrase and phrase[0] in "“「『《\"" and left_name(left):
        phrase = None  # a quoted name after 「城镇新增就业170万人」 starts something new
    named = with_action(phrase, left) if phrase else left_name(left, after_actor=after_phrase)
    if not phrase and named and last_name and body_measured(left, named, unit):
        named = ""  # 「北部湾港6.8%的增长势头迅猛」, 「南通港出现20.7%的大幅下滑」: the port's figure of the measure before
    if after_phrase and not phrase and named in HEADS and left.startswith(named) and last_name \
            and not last_name.endswith(_FIRMS):  # (「695家餐饮企业销售额26.6亿元」: the firms are whose it is)
        named = last_name + named  # 「17个重点传统制造业增加值增长5.3%」: the count's noun begins the name
    target = _RATE_BEFORE_NOUN.match(right) if not phrase and unit in ("%", "‰") and right[:1] == "的" else None
    size = _SIZE_OF_CHANGE.match(right) if target is None and unit in ("%", "‰") and right[:1] in "的之" else None
    if size:  # 「按年录得23.6%的跌幅」: the size of a change names no thing; its words say which way
        return size.group("name") or left_name(left) or last_name, None, left + size.group(2)
    if target:
        return target.group(1), None, "增长"  # 「5.5%左右的预期增长目标」: the rate a target of growth names
    level = _LEVEL_TARGET.match(right) if unit in ("%", "‰") and right[:1] == "的" and not phrase else None
    if level:  # 「低于5.5%的预期控制目标」: the figure is the target's own value, compared with; a change
        # before it is the target's (「重污染天数同比减少6%的改善目标」)
        return level.group(1), None, "" if left.rstrip().endswith(("低于", "高于")) else left
    tail = left.rstrip()
    if not phrase and unit in ("%", "‰") and tail.endswith(_LEVY_VERBS):
        levied = right_name(right[1:] if right[:1] == "的" else right, "个")
        if levied:  # 「对半导体课征100%税率」, 「加征25%的关税」: the rate of the levy named after it
            return levied, None, left
    whole = percent_of(right) if not phrase and unit in ("%", "‰") and not _changed_by(left) \
        and not _GROWTH_AFTER.match(right) else None  # (「保持了35%以上的高速增长」: the size of a growth)
    # 「覆盖95%以上行政村」, 「覆盖所有城区、镇区和95%以上行政村」: the figure opens the verb's object
    object_of = _ends_in_verb(tail) or (tail[-1:] in ("和", "及", "、") and VERBS.search(tail)
                                               and not STAT_WORDS.search(tail))
    # 「八成以上财政资金用于民生」, 「全国超半数参保企业受益」: the figure opens its clause (after its subject)
    opening = not tail.strip("、，；：　 ") and not named_before or _only_subject(tail)
    # (not a predicate after a copula where a group names it: 「失业人口中，92.9%是曾经工作且正在寻找新工作的人士」)
    if whole is None and not phrase and unit in ("%", "‰") and (object_of or opening) \
            and not (last_name and right.startswith(_COPULAS)):
        whole = right_name(right, "个", last=False)  # 「覆盖95%以上行政村」: a share of the noun after it
        if whole:  # 「养老助餐点覆盖九成以上城乡社区」 → 养老助餐点覆盖城乡社区
            named = left_name(left) if _ends_in_verb(tail) else ""
    if whole is None and not phrase and right.startswith("的") \
            and (not named or _ends_in_verb(tail[:-1] if tail.endswith("了") else tail)):
        # 「选择11个左右的县」, 「国内航空公司每天提供104万左右的座位」: a count between a verb and 的 and a noun
        phrase = right_name(right, unit, through_de=True)
        named = phrase or named
    if whole:
        named = named + whole if named else whole  # 「覆盖全省93%的建制镇」
        stat_words = stat_words + "占"
    if not phrase and starts_with_level_noun(right):
        named = named or last_name  # 「在2万亿元到3万亿元之间」: the left names it where it can
    if after_phrase and not phrase and not named and not left.strip(_BLANKS) and right[:1].isalpha():
        # 「带动7.7万户贫困户33.5万人脱贫」: a second count of what the first counted (its members) names itself
        # by what the clause says they did
        named = _clause_after(right.split(None, 1)[0], unit) or named  # (a headline's phrases are parted by a space)
    if not named:
        phrase = right_name(right, unit, shortest=1) if not ranked else None
        named = phrase or last_name or _words_after_subject(left) or _clause_after(right, unit)
    return named, phrase, stat_words


_COPULAS: Final = ("是", "为", "系")
_LEVY_VERBS: Final = tuple(LEXICON.grammar["levy_verb"])  # 「加征25%关税」: verbs of levying


_BODY_UNITS: Final = frozenset(("家", "户", "所"))
_FRAME_LEFT: Final = regex.compile(r"(?:^|[，,；;])\s*在([^，,；;在\d]{2,20}的)$")
_FRAME_RIGHT: Final = regex.compile(r"(\p{Han}{1,6}?)(?:之中|当中|中)$")
_EXISTENTIAL: Final = tuple(LEXICON.grammar["existential"])
_BODIES: Final = alternation(list(_FIRMS) + LEXICON.grammar["actor_entity"])
# the noun of a count of bodies (上市公司, 公司), and what they did, up to the clause's end (not a figure)
_PIVOT: Final = regex.compile(rf"(\p{{Han}}{{0,6}}?(?:{_BODIES}))(?!中)([^，,；;。！？!?、：:（）()\d]{{2,24}})(?=[，,；;。！？!?：:（）()]|$)")


def _pivot_name(left: str, right: str) -> str | None:
    """The name of a count of bodies that opens a pivot: after 有 (已有, 共有) or nothing that names it, the
    noun counted and what the clause says they did name the count (「已有88家上市公司披露一季度业绩预告」 →
    上市公司披露一季度业绩预告, 「合计8家公司一季度业绩报忧」 → 公司一季度业绩报忧); None for any other count.

    >>> _pivot_name("目前沪深两市共有", "上市公司披露了三季报业绩预告"), _pivot_name("合计", "公司一季度业绩报忧")
    ('上市公司披露了三季报业绩预告', '公司一季度业绩报忧')
    >>> _pivot_name("新增", "企业"), _pivot_name("全省规模以上工业", "企业实现利润")
    (None, None)
    """
    tail = left.rstrip(_BLANKS)
    if not tail.endswith(_EXISTENTIAL) and left_name(left):
        return None
    found = _PIVOT.match(right)
    if not found or VERBS.match(found.group(2)) is None and not tail.endswith(_EXISTENTIAL) and len(found.group(2)) < 4:
        return None
    return found.group()


_RANKED_AFTER: Final = tuple(LEXICON.grammar["ranked_after"])
# 「其居住地以来自大陆地区占」: 以 and the member it leads, up to the verb the figure ends (or the figure)
_LEADER: Final = regex.compile(r"(?<=\p{Han}{2})(?<![%s])以(?:(?=来自)|(?![%s]))" % (  # (以来自: not 以来
    "".join(LEXICON.grammar["not_yi_before"]), "".join(LEXICON.grammar["not_yi_after"])))
_LED_VERB: Final = regex.compile(r"(?:占|增加|减少|增长|下降|达)$")
_CLAUSE_MARKS: Final = regex.compile(r"[，,；;、\d]")
_RANKED_LEAD: Final = regex.compile(r"^(?:%s)[、，,]" % alternation(_RANKED_AFTER))


def _without_leader(left: str) -> str:
    """The words before a figure ranked first or next (最多, 次之 after it) without the member that 以 leads:
    the member is whose figure it is, what comes before 以 the measure ranked; nor the ranking word that
    closes the figure before (「……最多、泰国增加」).

    >>> _without_leader("其居住地以来自大陆地区占"), _without_leader("各目的入境人次以观光增加")
    ('其居住地占', '各目的入境人次增加')
    >>> _without_leader("最多、泰国增加"), _without_leader("以上企业增加")
    ('泰国增加', '以上企业增加')
    """
    lead = _RANKED_LEAD.match(left)
    if lead:
        left = left[lead.end():]
    led = [found.start() for found in _LEADER.finditer(left)] if "以" in left else None
    if not led or _CLAUSE_MARKS.search(left, led[-1]):
        return left
    verb = _LED_VERB.search(left, led[-1] + 2)
    return left[: led[-1]] + (verb.group() if verb else "")


_MANNER_WORDS: Final = "|".join(regex.escape(w) for w in sorted(LEXICON.grammar.get("manner", ()), key=len, reverse=True)) or "(?!)"
_GROWTH_AFTER: Final = regex.compile_for_re(rf"的(?:{_MANNER_WORDS})*(?:增长|下降|上涨|下跌|回落|下滑)(?:势头|态势)?(?:[，,；;。、]|$)")


def _changed_by(left: str) -> bool:
    """Whether the words before a percentage end on a change verb (「销量大涨218.3%的成绩」): the figure is
    the change, not a share of the noun after 的.

    >>> _changed_by("销量大涨"), _changed_by("覆盖全省")
    (True, False)
    """
    tail = left.rstrip()[-4:]
    found = STAT_WORDS.search(tail)
    while found and found.end() < len(tail):
        found = STAT_WORDS.search(tail, found.start() + 1)
    return found is not None and STATS.get(found.group()) in ("growth_rate", "change")


def _only_subject(words: str) -> bool:
    """Whether the words before a figure are a subject alone (「，全国」), which names nothing of it."""
    body = words.strip("、，；：　 ")
    return bool(body) and find_subject(body) == (body, "")


def _words_after_subject(left: str) -> str:
    """The words before a figure that name nothing a name is read from, without their subject (「广东增加超2000万人」
    → 增加: the place is whose figure it is, the verb all that is said of it); the words themselves where they are
    the subject alone.

    >>> _words_after_subject("广东增加"), _words_after_subject("，全国"), _words_after_subject("，降幅分别比上月扩大")
    ('增加', '全国', '降幅')
    """
    words = left.strip(_BLANKS)
    _subject, rest = find_subject(words)
    rate = _RATE_NOUN_OPENING.match(rest.strip(_BLANKS))
    if rate:  # 「降幅分别比上月扩大」: the size of a change, named by its noun alone
        return rate.group()
    return rest.strip(_BLANKS) or words


_RATE_NOUN_OPENING: Final = regex.compile(r"(?:增幅|降幅|涨幅|跌幅|升幅|增速|降速)(?=分别|均|比|较|同比|环比|$)")


def _clause_after(right: str, unit: str) -> str:
    """The name of a count that opens its clause with nothing named before it: what the clause says of it
    (「超70万人次接受补贴性职业技能培训」 → 接受补贴性职业技能培训); '' for a rate or a bare figure."""
    if unit in ("%", "‰", "个百分点", "倍", ""):
        return ""
    return peel_tail(right.strip(_BLANKS))


def _is_example(left: str, subject: str, phrase: str | None) -> bool:
    """Whether the subject found before a count opens the examples of what is counted: 「商丘等5个」,
    「绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业」 (a list of names right before the count)."""
    if regex.match(r"[全我本各]", subject):
        return False  # 「全区5G用户渗透率、电信业务收入增幅等5项指标」: the whole area is whose they are
    rest = left[left.find(subject) + len(subject):]
    if rest.startswith("等") or (rest.endswith("等") and "、" in rest):
        return True
    return bool(phrase) and "、" in rest and not rest.startswith("、") and not VERBS.search(rest)


def _listed_example(left: str, subject: str) -> bool:
    """Whether the subject opens a member of a 、-list closed by 等 before the count: 「新探明泾川特大型铀矿、
    玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地35处」 (平凉 is where one example lies)."""
    body = left.lstrip("，")
    return body.startswith("、" + subject) and "等" in body[len(subject) + 1:]


def _distributed(named: str, left: str, unit: str) -> tuple[str, str | None] | None:
    """(name, subject) of one figure that holds for each member of a list of names, or None.

    The contract gives one row per mention, so such a figure stays one fact. 均/都/各 after the list
    says so (「退役军人、残疾人新增就业均超7.3万人」); a rate after a list of indicators says so too,
    since rates do not add up (「社会消费品零售总额、固定资产投资增长4%左右」). A count after a list
    without 均 is a sum (「各级博物馆、纪念馆接待观众4500余万人次」) and keeps the list as its name, and so
    does a list closed by a count or 合计 (「……三大产业对经济增长贡献超五成」).
    - Groups of people sharing a head (退役军人、残疾人 / 新增就业) are whose figure it is: the head is
      the metric, the groups the subject.
    - Other members sharing a head (肉蛋奶、蔬菜产量; 基本养老、医疗保险参保率) give the first member
      with the head (肉蛋奶产量, 基本养老保险参保率): the name the sentence leads with.
    - A list closed by 等 and a category (食品、石化、医药、信息等重点产业增加值) is named by the category.
    - Members that are whole names (社会消费品零售总额、固定资产投资) give the first member, not the
      run-on of the list.
    """
    if "、" not in named or regex.search(r"[“”《》\"\d]", named) or "分别" in left:
        return None
    marked = _DISTRIBUTIVE.search(left.strip())
    if not marked and unit not in ("%", "‰", "个百分点", "倍"):
        return None
    if _COMBINED.search(left) or _COMBINED.search(named):
        return None  # 「合计产值年均增长30.4%」, 「……三大产业对经济增长贡献超五成」: the list as a whole
    if "等" in named:
        category = named.rsplit("等", 1)[1]
        if len(category) >= 4 and category not in LEXICON.generic_nouns and not category.endswith("指标"):
            return category, None
        return None
    shared = shared_head(named)
    if shared and abs(len(shared[0][0]) - len(shared[0][-1])) <= 2:  # parallel members share the head
        names, head = shared
        if all(_GROUP.search(name) for name in names) and len(head) >= 2:
            return head, named[: len(named) - len(head)]
        if not marked and not any(head.endswith(h) for h in HEADS):
            return None
        return names[0] + head, None
    parts = named.split("、")
    if any(len(part) < 3 for part in parts):
        return None
    if not marked and not all(part[-1] in "率额量值数" or any(part.endswith(h) for h in HEADS) for part in parts):
        return None  # 「交通运输、仓储和邮政业增长8.5%」 is one industry
    return parts[0], None


def by_means(left: str, right: str) -> tuple[str, str] | None:
    """(subject, name) of a figure written as the means of its subject, SUBJECT以 FIGURE的 NOUN:
    「宁波舟山港以22866万吨的吞吐量继续稳坐头把交椅」 → (宁波舟山港, 吞吐量); None for any other figure
    (name '' where no noun follows: the name is then the one before).

    >>> by_means("而九江港更是以", "的惊人增速位列增速榜第一"), by_means("增长", "")
    (('九江港', '增速'), None)
    """
    body = left.rstrip()
    if not body.endswith("以") or len(body) < 3:
        return None
    actor = peel_head(peel_tail(body[:-1].strip(_BLANKS)))
    if len(actor) < 2 or len(actor) > 16 or VERBS.search(actor) or STAT_WORDS.search(actor):
        return None
    noun = _MEANS_NOUN.match(right)
    return actor, (noun.group(1) if noun and noun.group(1) not in _VAGUE else "")


_VAGUE: Final = frozenset(LEXICON.grammar["vague_result"])
_MEANS_NOUN: Final = regex.compile(r"的(?:\p{Han}{0,4}?)(\p{Han}{2}(?:总量|量|额|率)?)(?=[^\p{Han}]|位|居|稳|领|继|持|冲|让|排|$)")


def _name_from_before(named: str, left: str, right: str, unit: str, last_name: str, stat_words: str,
                      names_own: bool):
    """Names that only the figure before completes: a contribution, a share spent on something."""
    if named in LEXICON.generic_nouns and left.strip("、，").startswith("其中") and _NEWLY.fullmatch(last_name):
        named = last_name + named  # 「新登记147万户、其中企业57.3万家」: part of the new ones before
    if named and last_name and named.startswith("对") and regex.search(r"贡献|拉动", named):
        named = last_name + named  # 「工业增加值增长8.1%、对规模以上工业增长贡献率达72.9%」
    spent = _SPENT_ON.match(right) if unit == "%" and last_name and right[:2] in _SPENT_FIRST else None
    if spent and not names_own:
        named = last_name + spent.group()  # 「支出3.4万亿元，74%以上用于民生」
        stat_words = stat_words + "占"
    return named, stat_words


_TAIL_MEMO: Final[dict[str, str]] = {}  # _tail's memo (memo.py)


def _tail(words: str) -> str:
    """The words between a name and its figure, where stat words count (增长 in 经济增长贡献 does not)."""
    found = _TAIL_MEMO.get(words)
    return found if found is not None else remember(_TAIL_MEMO, words, _tail_read(words))


def _tail_read(words: str) -> str:
    """_tail, read (its memo keeps what it gives)."""
    words = words.rstrip().rstrip("「“\"『‘").rstrip()  # 「经济成长率「至少5%」」: an opening quote says nothing
    words = unscoped(words)  # 「全国人口共」: a copula, no scope
    peeled = peel_tail(words)
    scope = "".join(SCOPE_WORDS.findall(peeled))
    rate = _RATE_NOUN_END.search(peeled) if peeled.endswith(_RATE_NOUN_LAST) \
        and not peeled.endswith(_RATE_INDICATORS) else None
    if rate:  # 「增长率分别为17.2%」, 「工业增加值增速为5%」: a name ending in a rate noun says the figure is a rate
        scope += rate.group()
    elif peeled.endswith(_RATE_SUMMARY_LAST) and _RATE_SUMMARY.search(peeled):
        scope += "增速"  # 「增速预测均值为31.8%」, 「增长目标为6%」: a summary or a target of a rate is a rate
    return scope + (words[len(peeled):] if words.startswith(peeled) else words)


_RATE_NOUN_END: Final = regex.compile(r"(?:增长|下降|上涨|下跌|成长|年增|年减)率$|[增降涨升跌]幅$|增速$|增长(?:幅|速)度$")
_RATE_SUMMARIES: Final = sorted(LEXICON.grammar.get("rate_summary", ()), key=len, reverse=True)
_RATE_SUMMARY_LAST: Final = tuple({word[-1] for word in _RATE_SUMMARIES}) or ("\0",)
_RATE_SUMMARY: Final = regex.compile(r"(?r)(?:(?:增长|下降|上涨|下跌|成长)率|[增降涨升跌]幅|增速|增长幅度|增长(?=(?:预期)?目标))的?(?:%s)$" % "|".join(
    regex.escape(word) for word in _RATE_SUMMARIES) if _RATE_SUMMARIES else r"(?!)")
_RATE_NOUN_LAST: Final = ("率", "幅", "速", "度")
_RATE_INDICATORS: Final = tuple(LEXICON.look_alikes.get("rate_indicator", ()))  # 自然增长率: a level, not a change


# Patterns anchored at the end ($) are searched from the end, longest first ((?rp)): the same match as a
# forward search, without trying every start position of the text.
_MINUS_BEFORE: Final = regex.compile(r"(?rp)(?:^|[为是达：:，,])(?:-|−|负)$")
_MINUS_SIGNS: Final = ("-", "−", "负")  # what a _MINUS_BEFORE match ends with: a text ending otherwise needs no search
# A rate written before the noun it fills, with 的: 「5.5%左右的预期增长目标」, 「4.5%左右的增长目标」, 「6%的增速」
_LEVEL_TARGET: Final = regex.compile(r"的(\p{Han}{0,6}?(?:%s))(?:[，,；;。、]|$)" % "|".join(
    regex.escape(word) for word in sorted(LEXICON.grammar.get("level_target", ("目标",)), key=len, reverse=True)))
_RATE_BEFORE_NOUN: Final = regex.compile(r"的((?:\p{Han}{0,6}?)(?:增长|增速)(?:预期)?目标|\p{Han}{0,6}?增速)")
# 「按年录得23.6%的跌幅」, 「在1月份2.5%的CPI同比涨幅中」: the size of a change, of what a short name between
# 的 and the rate noun says (the `name` group) or else of what the words before the figure name.
_SIZE_OF_CHANGE: Final = regex.compile_for_re(r"[的之](?P<name>[^，,；;。的\s\d]{0,10}?)(?:按年|同比|环比)?(?:平均)?"
                                r"(增幅|涨幅|升幅|跌幅|降幅)(?![^，,；;。]*目标)")
_LONG_VERB_WORDS: Final = frozenset(w for w in LEXICON.verbs if len(w) > 1)
_LONG_VERB_LENGTHS: Final = sorted({len(w) for w in _LONG_VERB_WORDS})


def _opens_with_verb(left: str) -> bool:
    """Whether a clause opens with a verb of two characters or more, or 占 (its subject left out).

    >>> _opens_with_verb("参加养老、失业、工伤保险"), _opens_with_verb("上缴税费增长")
    (True, False)
    """
    left = left.lstrip("、，,；;　 ")
    if left[:1] == "占":
        return True
    for length in _LONG_VERB_LENGTHS:
        if left[:length] in _LONG_VERB_WORDS:
            return True
    return False


def _ends_in_verb(tail: str) -> bool:
    """Whether a text without a final line break ends in a verb of two characters or more (a set lookup
    per length, in place of searching the alternation of all of them at its end).

    >>> _ends_in_verb("养老助餐点覆盖"), _ends_in_verb("城乡社区")
    (True, False)
    """
    for length in _LONG_VERB_LENGTHS:  # a loop, not any(): this runs for most figures
        if tail[-length:] in _LONG_VERB_WORDS:
            return True
    return False
_GRAMMAR: Final = LEXICON.grammar
_DISTRIBUTIVE: Final = regex.compile(rf"(?:{'|'.join(_GRAMMAR['distributive'])})"
                              rf"(?:{'|'.join(sorted(_GRAMMAR['distributive_verb'], key=len, reverse=True))})?$")
_GROUP: Final = regex.compile(rf"(?:{'|'.join(sorted(_GRAMMAR['group'], key=len, reverse=True))})$")
_COMBINED: Final = regex.compile(r"合计|共计|总计|累计|总和|合共|[两二三四五六七八九十\d]+(?:大|个|项|类|种|条)")
_NEWLY: Final = regex.compile(r"新[^\d，、]{1,3}")
_SPENT_VERBS: Final = ("用于", "投向", "投入", "来自", "集中在", "集中于", "流向")
_SPENT_ON: Final = regex.compile(rf"(?:{'|'.join(_SPENT_VERBS)})[^，,；;。、]{{1,12}}")
_SPENT_FIRST: Final = frozenset(verb[:2] for verb in _SPENT_VERBS)  # the first two characters of a _SPENT_ON match
