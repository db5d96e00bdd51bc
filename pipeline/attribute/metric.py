"""Name what a figure measures: the shortest phrase of the clause that still names it.

Two readings, chosen by the construction:
- left: NOUN (+ verb) + NUMBER at the end of a clause → the noun phrase before the number,
  without its subject, period, stat words, bound words and verbs;
- right: (VERB +) NUMBER + measure word + NOUN → the noun phrase after the number, up to a verb.

>>> left_name("全市地区生产总值")
'地区生产总值'
>>> left_name("一般公共预算收入增长")
'一般公共预算收入'
>>> left_name("居民人均可支配收入实际增长")
'居民人均可支配收入'
>>> left_name("跨区域就业招聘活动累计提供岗位信息")
'岗位信息'
>>> left_name("固定资产投资完成全年目标的")
'固定资产投资'
>>> left_name("、增长")
''
>>> left_name("新增两院院士占全国")
'新增两院院士'
>>> left_name("工业战略性新兴产业、高新技术产业产值占规上工业比重分别达")
'工业战略性新兴产业、高新技术产业产值'

The right reading is counted_noun.py's; the ends of a name are trimmed by trim.py, names that name
nothing are told by empty.py, and the topic of a clause without figures is topic.py's.
"""
from __future__ import annotations

import re
from typing import Final

from ..memo import remember
from .. import cached_regex as regex
from ..first_chars import starts

from ..lexicon import LEXICON
from .empty import _only_opener, only_adverbs, only_empty_words, without_empty_tail
from .period import DAY_SPAN, MONTH_NUMBER, MONTH_SPAN, PART_OF_YEAR, PERIOD, only_period, strip_periods
from .opening import acts_alone  # opening.py and subject.py import metric.py's parts only inside their functions
from .subject import find_subject
from .trim import _EDGE_PUNCT, peel_head, peel_tail
from .words import (
    HEADS, OBJECT_VERB_WORDS, OBJECT_VERBS, SCOPE_SPANS,
    SCOPE_STATS, STAT_WORD_SET, STAT_WORDS as STAT_WORDS_IN, STATS as _STATS,
    VERB_WORDS, VERBS, alternation,
)

_JOINS_ONLY: Final = frozenset(("及", "与", "以及", "或", "和"))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of a few words (a loop of `in`: cheaper than a search for so few)."""
    for word in words:
        if word in text:
            return True
    return False


_SCOPE_LASTS: Final = frozenset(word[-1] for word in SCOPE_STATS)
_GRAMMAR: Final = LEXICON.grammar
_ACTOR: Final = regex.compile(rf"(?:企业|{alternation(LEXICON.org_suffixes)})$")
_MEANS: Final = regex.compile(r"(?:通过|依托|借助|利用)")
_MEANS_FIRST: Final = starts(_MEANS)
_PER_HEAD: Final = tuple(_GRAMMAR["per_head"])
_AVERAGED: Final = tuple(w for w in _PER_HEAD if w.endswith("均"))  # 人均, 户均
_PER_HEAD_STUBS: Final = frozenset(list(_AVERAGED) + [w[:-1] for w in _AVERAGED])
_BARE_RATES: Final = frozenset(_GRAMMAR["bare_rate"])
_SCOPED_RATE: Final = regex.compile_for_re(rf"(?:^|[^增])(?:年平均|年均|平均每年|每年平均)(?:{alternation(_BARE_RATES)})$")
_BASE_OF: Final = regex.compile(r"(?:比|较|与|同)[^，、；的]{1,16}的(?=\p{Han}{2})")  # 「比2000年到2010年的」
_AVERAGED_CHANGES: Final = frozenset(_GRAMMAR["averaged_change"])  # 增收: 「户均增收8万元」
_ACHIEVE: Final = ("实现", "完成")
_ACHIEVERS: Final = tuple(_GRAMMAR["group"]) + tuple(_GRAMMAR["actor"])
_PULLED: Final = regex.compile(r"(?:拉动|带动)[^，、]*增长")
_TO: Final = regex.compile(r"[为向对给]")


# left_name's memos (memo.py), one for each value of `after_actor`: a text alone is a key cheaper to look up
_LEFT_NAME_MEMO: Final[dict[str, str]] = {}
_AFTER_ACTOR_NAME_MEMO: Final[dict[str, str]] = {}


def left_name(left: str, after_actor: bool = False) -> str:
    """The name read from the clause text before a figure ('' when it only holds verbs or stat words).

    After an actor named by a count (「175家企业发行各类债券1193只」) the clause goes on with a verb, and
    the name is its object: ``left_name("发行各类债券", after_actor=True)`` → 各类债券.
    """
    memo = _AFTER_ACTOR_NAME_MEMO if after_actor else _LEFT_NAME_MEMO
    found = memo.get(left)
    return found if found is not None else remember(memo, left, _left_name_read(left, after_actor))


def _left_name_read(left: str, after_actor: bool = False) -> str:
    """left_name, read (its memo keeps what it gives)."""
    name = _without_step(left).strip(_EDGE_PUNCT)  # 「地区生产总值连续迈上4个万亿元台阶、达」
    if name in _JOINS_ONLY:
        return ""  # 「分别下跌1.06%、0.45%及0.14%」: a conjunction between figures names none
    gap = _HEADLINE_GAP.search(name) if " " in name else None  # (not \u3000: carry's filler of asides)
    if gap and len(name) - gap.end() >= 2 and _DIGIT.search(name, 0, gap.start()):
        name = name[gap.end():]  # 「連跌9個月 失業率回落至」: a headline's phrases are parted by a space
    if "下" in name and "在" in name:  # 「内部需求在私人消费反弹的带动下增加」: the circumstance names nothing
        name = _CIRCUMSTANCE.sub("", name)
    if "受" in name:  # 「4月份受疫情影响走高至」: a cause names nothing
        name = _AFFECTED.sub("", name)
    if "扣除" in name:  # 「扣除特殊因素影响后可比增长」: how the figure is computed names nothing
        name = _DEDUCTED.sub("", name)
    said = _SAID.search(name) if _SPEECH_MARK.search(name) else None
    if said and said.start() >= 2 and len(name) - said.end() >= 2:
        name = name[said.end():]  # 「比亚迪透露目前累计未交付订单量」: the speaker and the saying name nothing
    expected = _EXPECTED.search(name) if "计" in name else None
    if expected and expected.start() >= 2 and _names_after(name[expected.end():]):
        name = name[expected.end():]  # 「全国交通运输部门预计共发送旅客」: who expects and the verb name nothing
    scene = _SCENE.match(name) if name[:1] == "在" else None
    if scene and len(name) - scene.end() >= 2:  # 「在省级比赛中获得金牌」: where it happened names nothing
        name = name[scene.end():]
    grown = _GROWN_FROM.search(name) if "到" in name or "至" in name else None
    if grown and grown.start() >= 2:  # 「中药材种植规模由原来的几亩地扩大到现在的70余亩」: what grew names it
        name = name[: grown.start()]
    moved = _MOVED_FROM.search(name) if "的" in name else None
    if moved and moved.start() >= 2:  # 「实质GDP从原本预估的7.91%大幅上修」: the level it moved from names nothing
        name = name[: moved.start()]
    ranked = _RANKED_FIELD.search(name) if "的" in name else None
    if ranked and ranked.start() >= 2:  # 「PM2.5平均浓度最低的3个城市」: the field of a ranking, ranked by the measure
        name = name[: ranked.start()]
    plan = _PLAN_REACHED.search(name) if "的" in name else None
    if plan:  # 「固定资产投资完成全年目标的95.0%」: the plan is the base of the figure, named before it
        name = name[: plan.start()]
    day = _DAY_OPENING.match(name) if name[:1].isdigit() else None
    if day:  # 「22号中国道路旅客输送量」: a day of the month opening the clause is its time
        name = name[day.end():]
    cause = _CAUSE.match(name) if name[:1] in "因由" else None
    if cause and len(name) - cause.end() >= 2:  # 「因日币持续贬值首站抵达国家」: the cause names nothing
        name = name[cause.end():]
    caused = _CAUSING.match(name) if name[:1] in _CAUSING_FIRST else None
    if caused and len(name) - caused.end() >= 2:  # 「致去年第四季实质GDP从原本预估的」: what is caused names it
        name = name[caused.end():]
    now = _AS_OF.match(name) if name[:1] in _AS_OF_FIRST else None
    if now and len(name) - now.end() >= 2:  # 「以当时预测出口年增率」, 「目前未交付订单量」: as of a time, no name
        name = name[now.end():]
    own = _SPEAKERS_OWN.match(name) if "我" in name or "咱" in name else None
    if own and len(name) - own.end() >= 2:  # 「今年我们合作社的香瓜亩产」: a speaker's own body names no figure
        name = name[own.end():]
    after = _AFTER_EVENT.match(name) if "后" in name else None
    if after and len(name) - after.end() >= 2:  # 「项目投产后年产值可达」: from a future event on, no name
        name = name[after.end():]
    subject, rest = find_subject(name)
    # 「民营企业进出口」: a class of firms (a subjects.txt `body` ending as grammar.tsv `firm_class` says) opening
    # the name says which figure it is, and stays in the name (it is the subject as well)
    # 「报喜公司数量分别为」: a count noun alone counts the subject before it, which stays in the name
    whose = subject or ""
    kept = whose in _FIRM_CLASSES or bool(whose) and rest.startswith(_COUNT_NOUNS) and peel_tail(rest) in _COUNT_NOUNS
    name = whose + rest if kept and name.endswith(whose + rest) and len(rest) >= 2 else rest
    name = strip_periods(name.strip(_EDGE_PUNCT))
    # 「美国占台湾总出口比重上升到」: a subject's share of a whole (not 「……，占全国就业人员比重为」: of the figure before)
    share_of = _SHARE_OF.match(name) if subject and name[:1] in "占佔" else None
    # 「呈现增长的达到了8个」, 「上涨的28种」: the ones that changed, a 的 phrase naming a count of its own
    nominal = _CHANGED_ONES.fullmatch(name) if "的" in name else None
    nominal = nominal if nominal and _changed(nominal.group(1)[:-1]) else None
    now = _AS_OF.match(name) if name[:1] in _AS_OF_FIRST else None
    if now and len(name) - now.end() >= 2:  # 「今年首季本地生产总值」: a time left after the period
        name = name[now.end():]
    span = _DAY_SPAN_INSIDE.search(name) if "天" in name else None
    if span is None and ("月" in name or "第" in name):
        # 「港口今年1至7月港口货物吞吐量」: so does a span of months, 「大陆港口七月份单月港口货物量」, 「大陆港口第一季柜量」 one
        # month alone (单月) or a quarter (not one written 季度: 城镇居民上半年人均可支配收入 is joined below)
        span = _MONTHS_INSIDE.search(name)
    if span and span.start() >= 2 and len(name) - span.end() >= 2:
        name = name[span.end():]  # 「平和县霞寨镇高寨村7天累计接待游客」: the span parts whose figure it is from what is counted
    elif "季" in name or "半年" in name or "前" in name:
        part = _PART_OF_YEAR_INSIDE.search(name)
        if part and 2 <= part.start() <= 6 and len(name) - part.end() >= 2 and "的" not in name[: part.start()]:
            # 「城镇居民上半年人均可支配收入」: a part of the year written inside a name is its time, not its name
            name = name[: part.start()] + name[part.end():]
    scoped = False
    if "年" in name:
        spanned = SCOPE_SPANS.sub("", name)  # 「两年平均增长」: before the tail is peeled, which would leave 两
        # 「年平均增长率为0.53%」: a rate noun alone is named with its scope (a measure's name: 年平均增长率)
        scoped = _SCOPED_RATE.search(peel_tail(name)) is not None
        if scoped:  # 「比2000年到2010年的年平均增长率」: the base's time goes, its scope stays
            name = name[_BASE_OF.match(name).end():] if _BASE_OF.match(name) else name
        else:
            name = spanned
    peeled = peel_tail(name)
    if peeled in _PER_HEAD_STUBS and name[:2] in _AVERAGED and name[2:] in _AVERAGED_CHANGES:
        return name  # 「户均增收8万元」: a change per household is named by the change, with what it is per
    name = peeled
    # Scope words (累计, 年均) say how a figure is counted, not what is counted.
    if not _SCOPE_LASTS.isdisjoint(name) and not scoped:  # (a scope word holds its last character: else none is there)
        name = SCOPE_SPANS.sub("", name)
    obj = list(OBJECT_VERBS.finditer(name))
    # 「通过公共网络实现零售额」: a means before the verb qualifies the object, so the name keeps it.
    means = _MEANS.match(name) if name[:1] in _MEANS_FIRST else None
    # 「最终消费支出拉动国内生产总值增长2.2个百分点」: the contribution is named by its contributor.
    pulled = _PULLED.search(left) if "动" in left else None  # (拉动, 带动: no search without their 动)
    # 「规模以上工业企业实现利润总额」: the firms whose figure it is stay in the name.
    actor = (bool(obj) and obj[-1].group() in ("实现", "完成") and _ACTOR.search(name[: obj[-1].start()]) is not None
             and not _TO.match(name))
    # 「每万人口拥有执业医师」: a ratio per head holds its verb (the name is the whole ratio).
    per_head = bool(obj) and name.startswith(_PER_HEAD)
    # 「就业困难人员实现就业」, 「亿元以上项目完成投资」: a short object of 实现/完成 is named with its verb and
    # those who achieve it
    if obj and not actor and obj[-1].group() in _ACHIEVE and len(name) - obj[-1].end() <= 3:
        achiever = name[: obj[-1].start()]  # 「公路水路完成投资」, 「集装箱完成吞吐量」: what achieves it names it too
        actor = achiever.endswith(_ACHIEVERS) or (len(achiever) >= 2 and not VERBS.search(achiever))
    if obj and not means and not pulled and not actor and not per_head and len(name) - obj[-1].end() >= 2 \
            and name[obj[-1].end():] not in VERB_WORDS:
        name = name[obj[-1].end():]
    peeled = peel_tail(strip_periods(name), shares=False)
    name = peel_head(peeled)
    if name is not peeled and name != peeled:
        name = strip_periods(name)  # 「由于9月外销订单」: the period after the conjunction
    name = _without_actions(name)
    listed = _MEMBERS_FOLLOW.search(name) if "是" in name or "为" in name else None
    if listed and len(name) - listed.end() >= 2:  # 「最低的三个行业分别是农、林、牧、渔业36466元」: the member
        name = name[listed.end():]
    summed = _LIST_SUMMED.match(name) if "、" in name else None
    if summed:  # 「基本养老保险、失业保险、工伤保险三项社会保险基金收入」: the count sums the list up
        name = summed.group(1)
    examples = [m.start() for m in _EXAMPLES_END.finditer(name)] if "等" in name else None
    if examples and examples[-1] > 0 and len(name) - examples[-1] > 2 and not _QUOTED_OPEN.search(name, examples[-1]):
        name = name[examples[-1] + 1:]  # 「泾川特大型铀矿、……冶镁白云岩等大中型矿产地35处」: what the examples are of
    if after_actor:
        verb = VERBS.match(name) or OBJECT_VERBS.match(name)
        if verb and len(name) - verb.end() >= 2:
            name = name[verb.end():]
    name = without_empty_tail(name)
    if nominal and (not name or nominal.group(1).startswith(name)):
        return nominal.group(1)
    summed = _THESE_SUMMED.search(left) if name.endswith("者") else None
    if summed and summed.group(1) == name:  # 「七者合计占」: the listed ones taken together, 合计 kept
        return summed.group()
    if share_of and not name.strip(_EDGE_PUNCT):
        return share_of.group(1)  # the share of a whole, after whose share it is: 台湾总出口比重
    if name in VERB_WORDS or name in OBJECT_VERB_WORDS or name in STAT_WORD_SET or _only_opener(name) \
            or name in _NAMES_NOTHING or only_empty_words(name) \
            or name[:1] in _NOTHING_FIRSTS and (only_adverbs(name) or acts_alone(name)) \
            or name[:1] in _TO_A_TIME and only_period(name):  # 「从去年12月份上涨7.2%」: the time, no name
        return ""
    return name.strip(_EDGE_PUNCT)


_DAY_SPAN_INSIDE: Final = regex.compile(rf"(?<=\p{{Han}}){DAY_SPAN}(?=\p{{Han}})")
_MONTHS_INSIDE: Final = regex.compile(rf"(?<=\p{{Han}})(?:今年|去年|上年|本年)?{MONTH_SPAN}(?=\p{{Han}})"
                               rf"|(?<=\p{{Han}})(?<![比较于至到从由同提超领在])(?:{MONTH_NUMBER}月份?单月|第[一二三四]季(?![度末初]))(?=\p{{Han}})")
# The parts of a year (quarters, halves, the first months) that may stand between a name's words
_PART_OF_YEAR_INSIDE: Final = regex.compile(
    rf"(?<=\p{{Han}})(?<![比较于至到从由同提超领]){PART_OF_YEAR}"
    r"(?=[^\P{Han}的])")  # (not a comparison's base: 增速比一季度加快; not 提前3个月; not 上半年的低点)
_SPEECH_VERBS: Final = tuple(_GRAMMAR.get("speech_verb", ()))
_SPEECH_MARK: Final = re.compile("[%s]" % "".join(sorted({word[0] for word in _SPEECH_VERBS} or {"\0"})))  # (most hold none)
# The last verb of saying in a clause, after a speaker of two characters or more (称 alone only after 宣/声/据)
_SAID: Final = regex.compile(rf"(?r)(?:{alternation([w for w in _SPEECH_VERBS if len(w) > 1])}|(?<=[宣声])称)"
                      r"(?:[，,：:]|目前|当前|今年|去年)?") if _SPEECH_VERBS else regex.compile(r"(?!)")

_EXPECTED: Final = regex.compile(rf"(?r)(?:{alternation(_GRAMMAR.get('expect_verb', ['预计']))})")


def _names_after(words: str) -> bool:
    """Whether the words after a verb of expecting hold a name (发送旅客), not a verb or stat word alone (达到, 年均增长).

    >>> _names_after("共发送旅客"), _names_after("达到"), _names_after("年均增长")
    (True, False, False)
    """
    rest = SCOPE_SPANS.sub("", peel_tail(words))
    return len(rest) >= 2 and STAT_WORDS_IN.search(rest) is None


_CIRCUMSTANCE: Final = regex.compile(r"在[^，、；在]{1,30}?(?:%s)下" % alternation(LEXICON.look_alikes.get("circumstance", ["影响"])))
_DAY_OPENING: Final = regex.compile(r"\d{1,2}[日号](?=\p{Han})")
# (a cause may list its parts: 「受全球供应链重组、去中化趋势影响」)
_AFFECTED: Final = regex.compile(r"受[^，；受]{1,24}?(?:%s)" % alternation(LEXICON.look_alikes["affected_by"]))
def _changed(words: str) -> bool:
    """Whether words end on a word of change (上涨, 持平和下跌; not 占我外贸总值).

    >>> _changed("呈现增长"), _changed("占我外贸总值")
    (True, False)
    """
    found = _CHANGE_END.search(words)
    return found is not None and _STATS.get(found.group()) in ("growth_rate", "change", None) \
        and found.group() not in _NOT_CHANGES


_CHANGE_END: Final = regex.compile(r"(?r)(?:%s)$" % alternation([w for w in STAT_WORD_SET if len(w) > 1]))
_NOT_CHANGES: Final = frozenset(("持续", "累计"))
_CHANGED_ONES: Final = regex.compile_for_re(r"(\p{Han}{1,8}?的)(?:达到了?|达|有|为|共有|共)?")
_THESE_SUMMED: Final = regex.compile(r"([两二三四五六七八九十]{1,2}者)(?:合计|共计|总计)")
_SHARE_OF: Final = regex.compile(r"[占佔]([^，、；占佔\d]{2,12}?(?:比重|比例|份额))")
# (not the spaces of PDF text around a date's digits: 107 年 3 月就业人数)
_HEADLINE_GAP: Final = regex.compile(r"(?rp)(?:(?<=[\p{Han}%])|(?<=\d)(?! +[年月日号季])) +(?=\p{Han}[^ ]*$)")
_DIGIT: Final = regex.compile(r"\d")
# A scene opening a clause, 在…中 (not 在校, 在建: a word), names no part of what is counted.
_SCENE: Final = regex.compile(rf"在(?![{''.join(_GRAMMAR['not_zai'])}])[^，、；在的]{{1,20}}?(?:之中|当中|期间|中)(?!心|期|型|小)")
_MEMBERS_FOLLOW: Final = regex.compile(r"(?:分别|依次)(?:是|为)")  # the members of a ranking or list follow
_FIRM_CLASSES: Final = frozenset(word for word in (line.split("\t")[0] for line in LEXICON.subjects if line.endswith("\tbody"))
                          if word.endswith(tuple(_GRAMMAR["firm_class"])))
_COUNT_NOUNS: Final = tuple(_GRAMMAR["count_noun"])
_LIST_SUMMED: Final = regex.compile(r"^[^，；]*、[^、，；]+?(?:[两二三四五六七八九十]{1,2})项(\p{Han}{3,})$")
_RANKED_FIELD: Final = regex.compile_for_re(rf"(?:最|较)\p{{Han}}{{1,2}}的(?:前)?(?:\d+|[一二两三四五六七八九十]+)(?:个|座|家)?(?:{alternation(_GRAMMAR['ranked_field'])})$")
_CAUSING: Final = regex.compile(rf"(?:{alternation(_GRAMMAR['causing'])})(?![{''.join(_GRAMMAR['not_causing'])}])")
_CAUSE: Final = regex.compile(rf"(?:因为|由于|因(?![此素地城而]))[^，、；]{{1,12}}?(?:{alternation(_GRAMMAR['cause_end'])})")
_CAUSING_FIRST: Final = frozenset(word[0] for word in _GRAMMAR["causing"])
_AS_OF: Final = regex.compile(rf"(?:若|如果)?以?(?:{alternation(_GRAMMAR['as_of'])})")
_SPEAKERS_OWN: Final = regex.compile(rf"[“\"「]?(?:{PERIOD.pattern})?(?:(?:我们|咱们)[^，、；的\d”」]{{0,8}}|我(?![国省市区县州盟旗镇乡村校院司行])[^，、；的\d”」]{{1,8}})的(?=\p{{Han}}{{2}})")
_AFTER_EVENT: Final = regex.compile(rf"[^，、；\d]{{0,4}}?(?:{alternation(_GRAMMAR['event_after'])})(?:后|以后|之后)")
_AS_OF_FIRST: Final = frozenset(["以", "若", "如"] + [word[0] for word in _GRAMMAR["as_of"]])
_GROWN_FROM: Final = regex.compile_for_re(rf"(?:由|从)[^，、；由从\d]{{1,12}}?(?:{alternation(_GRAMMAR['grown_to'])})(?:到|至)(?:{alternation(_GRAMMAR['as_of'])}|如今)?的?$")
_DEDUCTED: Final = regex.compile(r"扣除[^，、；扣]{1,24}?(?:影响)?(?:后|以后|之后)")
_MOVED_FROM: Final = regex.compile_for_re(r"(?:从|由)[^，、；从由的\d]{1,10}的$")
_PLAN_REACHED: Final = regex.compile(r"(?:%s)[^，、；]{0,6}?(?:%s)的$|(?:%s)[^，、；的最由从]{1,12}的$" % (
    alternation(LEXICON.look_alikes["plan_verb"]), alternation(LEXICON.look_alikes["plan_noun"]),
    alternation(LEXICON.look_alikes["reference_verb"])))


# The month just named (「其中当月增加143.92亿元」); a comparison word left alone (比) is an empty name (empty_names.txt)
_NAMES_NOTHING: Final = frozenset(_GRAMMAR["this_period"])

_TO_A_TIME: Final = frozenset("从由在到至于自")  # what leads to a period that strip_periods leaves as a whole name
# What a name of adverbs alone, or of a verb after the time it is done in (每天提供), starts with
_NOTHING_FIRSTS: Final = frozenset({word[0] for word in _GRAMMAR.get('subject_adverb', ['则'])} | {"每"}
                            | {word[0] for word in _GRAMMAR.get('per_time', [])})


def share_of_base(left: str) -> bool:
    """Whether the words before a percentage end on the base it is a share of: a verb of reaching or
    being, the base and 的 (not a superlative, 「为多年最低的3.9%」, nor a level moved from, 「由…的」).

    A base that is an earlier time of the same measure (「恢复至去年同期的69.1%」, 「回复至2019年同期的77.4%」)
    makes a ratio to it, no share of a whole.

    >>> share_of_base("中位数是平均数的"), share_of_base("整体经济总量回复至2019年同期的"), share_of_base("为多年最低的")
    (True, False, False)
    """
    return left.endswith("的") and _PLAN_REACHED.search(left) is not None and not left.endswith(_EARLIER_TIMES)


_EARLIER_TIMES: Final = ("同期的", "同期水平的", "上年的", "去年的", "疫情前的")
_QUOTED_OPEN: Final = regex.compile(r"[”」』》\"]")
_EXAMPLES_END: Final = regex.compile(r"(?<![高同平初中上相对均次优超])等(?![级离待同效])")  # not 高等学校, 同等, 等级
# A step passed on the way to a figure is no part of its name: 「连续迈上4个万亿元台阶、达到14.2万亿元」
_STEPS: Final = tuple(LEXICON.look_alikes["step_noun"])
_STEP_PASSED: Final = regex.compile(r"(?:连续|接连|相继|先后|首次|再)?(?:%s)[\d.万亿千百十零一二两三四五六七八九个元、和及]{1,14}(?:%s)[、，]?" % (
    "|".join(LEXICON.look_alikes["step_verb"]), "|".join(_STEPS)))


def _without_step(left: str) -> str:
    """The clause text without a step passed on the way to its figure (searched for only where a step is named)."""
    if not _holds_any(left, _STEPS):
        return left
    return _STEP_PASSED.sub("", left)


_ACTIONS: Final = regex.compile_for_re(rf"^(?:(?:{alternation(LEXICON.action_verbs)})(?:和|、|及)?)+")
_ACTION_FIRST: Final = frozenset(word[0] for word in LEXICON.action_verbs if word)  # what an action verb starts with


def _without_actions(name: str) -> str:
    """A name without the verbs that act on it (「疏解提质一般制造业企业」 → 一般制造业企业), as long as
    a name is left (「上市公司」, 「服务业增加值」 and 「建设用地」 stay whole).

    >>> _without_actions("推进重大标志性工程"), _without_actions("新建改造城镇地下管网"), _without_actions("支持政策")
    ('重大标志性工程', '城镇地下管网', '支持政策')
    """
    match = _ACTIONS.match(name) if not _ACTION_FIRST or name[:1] in _ACTION_FIRST else None
    if not match:
        return name
    rest = name[match.end():]
    if len(rest) >= 3 or (len(rest) == 2 and rest not in HEADS and rest not in LEXICON.generic_nouns):
        if not rest.startswith(("业", "用地", "率", "规模", "能力", "水平", "体系")):
            return rest
    return name


def without_agent(name: str, subject: str) -> str:
    """A name without the subject whose figure it is, where the subject opens it as the agent of 实现 or 完成
    (「比亚迪实现营收」, the subject 比亚迪: 营收); any other name as it is (「民营企业进出口」 names a class of firms).

    >>> without_agent("比亚迪实现营收", "比亚迪"), without_agent("比亚迪营收", "比亚迪")
    ('营收', '比亚迪营收')
    """
    if not name.startswith(subject) or not name.startswith(_ACHIEVE, len(subject)) or len(name) - len(subject) < 4:
        return name
    return name[len(subject) + 2:]
