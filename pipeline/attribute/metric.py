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
>>> right_name("国家实验室永久园区启用", "家")
'国家实验室永久园区'
>>> right_name("院士专家开展技术服务", "名")
'院士专家'
>>> right_name("、增长5.4%", "元") is None
True
>>> right_name("台阶", "元") is None
True
>>> right_name("单位获中国质量奖", "家")
'单位获中国质量奖'
>>> right_name("县级城市新获评全国文明城市", "个"), right_name("地级以上市和2个县被命名", "个")
('县级城市', '地级以上市')
>>> right_name("强降水和“桦加沙”等", "轮")
'强降水'
>>> percent_of("的化工园区降至较低风险等级")
'化工园区'

"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .. import cached_regex as regex
from ..first_chars import finder, longest, starts

from ..lexicon import LEXICON, _lines
from .period import DAY_SPAN, PERIOD, may_hold_period, only_period, strip_periods
from .subject import acts_alone, find_subject  # subject.py imports metric.py only inside its functions
from .words import (
    HEADS, BOUND_WORDS, COMPARISONS, LEVEL_NOUNS, OBJECT_VERB_WORDS, OBJECT_VERBS, OPENERS, SCOPE_SPANS, SCOPE_WORDS,
    SCOPE_STATS, STAT_WORD_SET,
    STATS, VERB_WORDS, VERBS, alternation,
)

_QUOTES: Final = "“”‘’\"'《》「」『』"
_EDGE_PUNCT: Final = "、，,；;：:。 \t\u3000"
_JOINS_ONLY: Final = frozenset(("及", "与", "以及", "或", "和"))
# Words peeled off the end of a name: stat words, bound words, verbs and particles of metric_verbs.txt.
_TAIL_WORDS: Final = frozenset(w for w in list(STATS) + BOUND_WORDS + LEXICON.trim_both + LEXICON.trim_suffix + [
    "了", "已", "都", "均", "将", "从", "由", "再", "连续", "实际", "名义", "同比", "环比", "比上年", "较上年", "比去年", "分别",
    "首次", "再次", "持续", "稳定", "稳步", "进一步", "大幅", "较快", "快速", "保持在", "稳定在", "控制在", "维持在", "保持",
    "总体", "整体"] if w)
# 按年均汇率折算, 按可比口径计算, 按人民币计: how a figure is computed, no part of what it measures.
_TAIL_FORMS: Final = (r"(?<=[为是达])(?:-|−|负)|连续第?(?:\d+|[一二两三四五六七八九十]+)个?(?:年|季度|月|周|天|日|次)|按[^，、；按]{1,8}?(?:计算|折算|核算|计)"
               r"|(?:与|和|同|跟)[^，、；与]{1,10}?相比"
               r"|(?:由|从)?(?:每[^\s每，、]{1,2}){1,3}(?:由|从)?")
_TAIL: Final = regex.compile(rf"(?:{alternation(_TAIL_WORDS)}|{_TAIL_FORMS})$")


def _lengths_by_last(words) -> dict[str, list[int]]:
    """For each last character, the lengths of the words ending in it, longest first: a name is then
    looked up only at the lengths of the words that may end it."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[-1], set()).add(len(word))
    return {last: sorted(sizes, reverse=True) for last, sizes in lengths.items()}


# The same as _TAIL, read without a search from every position: the longest word of _TAIL_WORDS the name
# ends with (a set lookup per length of the words ending in its last character), and the forms only where
# one of the characters they need is written.
_TAIL_LENGTHS: Final = _lengths_by_last(_TAIL_WORDS)
_TAIL_FORM: Final = regex.compile(rf"(?:{_TAIL_FORMS})$")
_TAIL_FORM_MARKS: Final = ("-", "−", "负", "连续", "每", "按", "相比")
_TAIL_FORM_MARK: Final = re.compile("|".join(map(re.escape, _TAIL_FORM_MARKS)))  # one search, not one `in` per mark


def _tail_start(name: str) -> int:
    """Where the words _TAIL peels off the end of a name begin, or -1: ``_TAIL.search(name).start()``.

    >>> _tail_start("地区生产总值同比增长"), _tail_start("地区生产总值")
    (6, -1)
    """
    if name.endswith("\n"):  # $ may match before a final line break too: leave that to the regex
        match = _TAIL.search(name)
        return match.start() if match else -1
    start, size = -1, len(name)
    for length in _TAIL_LENGTHS.get(name[-1:], ()):
        if length <= size and name[size - length:] in _TAIL_WORDS:
            start = size - length
            break
    if start >= 0 and name.endswith(_NOT_BOUNDS):
        start = -1  # 「毕业生已签约」: 约 ends a verb here, it is no bound word to peel
    if _TAIL_FORM_MARK.search(name):
        form = _TAIL_FORM.search(name)
        if form and (start < 0 or form.start() < start):
            start = form.start()
    return start
_NOT_BOUNDS: Final = tuple((LEXICON.look_alikes or {}).get("bound", ())) or ("\0",)
# At the start of a name only words of two characters or more are trimmed: 有 and 等 open names (有机质, 等级民宿).
# A span of days opening a name (「前4天累计接待」) is its time, after whose it is was taken off.
_HEAD: Final = regex.compile(rf"^(?:{alternation([w for w in LEXICON.trim_both if len(w) > 1] + LEXICON.trim_prefix + LEXICON.grammar['holiday'])}|其中|同时|的|{DAY_SPAN}"
                   r"|(?:19|20)\d{2}届)")  # 2023届: the cohort, a time
# A comparison at the end of a clause: 占全国, 占规上工业比重, 高于全国, 比上年.
_COMPARISON_TAIL: Final = regex.compile(
    rf"(?:{COMPARISONS.pattern})[^、，；]{{0,14}}?(?:的)?(?:比重|比例|份额|平均水平|水平|总量)?$"
)
# A match of _COMPARISON_TAIL ends the name, so it starts within its longest reach of the end (one more for
# the line break $ may stand before): searched from there on, the same match is found sooner.
_COMPARISON_REACH: Final = (longest(regex.compile_for_re(_COMPARISON_TAIL.pattern)) or 1 << 30) + 1
_COMPARISON_AT: Final = finder(starts(_COMPARISON_TAIL))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of a few words (a loop of `in`: cheaper than a search for so few)."""
    for word in words:
        if word in text:
            return True
    return False


_SCOPE_LASTS: Final = frozenset(word[-1] for word in SCOPE_STATS)
_SHARE_NOUNS: Final = ("占比", "比重", "比例")   # two characters each: a name ending in one has it at len - 2
_SHARE_NOUN: Final = regex.compile(rf"(?:{'|'.join(_SHARE_NOUNS)})$")
_NONCOUNT_UNITS: Final = {"%", "‰", "个百分点", "百分点", "倍", "成", ""}
# One-character words (达, 获, 居, 占) hide inside nouns (碳达峰): after a count only longer verbs,
# stat words and comparisons stop the noun phrase, besides a few function words.
_LONG_VERBS: Final = regex.compile(alternation([w for w in LEXICON.verbs if len(w) > 1]))
_GRAMMAR: Final = LEXICON.grammar
_STOP_WORDS: Final = [w for w in list(LEXICON.verbs) + list(STATS) + list(LEXICON.object_verbs) if len(w) > 1]
_RIGHT_STOP: Final = regex.compile(
    rf"{alternation(_STOP_WORDS)}|{COMPARISONS.pattern}|被|将|均|已|在(?![{''.join(_GRAMMAR['not_zai'])}])|(?<!相)对(?![{''.join(_GRAMMAR['not_dui'])}])"
    rf"|[，,、；;：:。！？!?（）()]|(?<![A-Za-z][\d.]*)\d(?![\d.]*[A-Za-z])|等|的(?=[^\p{{Han}}]|$)"
)  # a digit ends a name, unless glued to Latin letters: 5G工厂, PM2.5浓度


_ACTOR: Final = regex.compile(rf"(?:企业|{alternation(LEXICON.org_suffixes)})$")
_MEANS: Final = regex.compile(r"(?:通过|依托|借助|利用)")
_MEANS_FIRST: Final = starts(_MEANS)
_PER_HEAD: Final = tuple(_GRAMMAR["per_head"])
_AVERAGED: Final = tuple(w for w in _PER_HEAD if w.endswith("均"))  # 人均, 户均
_PER_HEAD_STUBS: Final = frozenset(list(_AVERAGED) + [w[:-1] for w in _AVERAGED])
_BARE_RATES: Final = frozenset(_GRAMMAR["bare_rate"])
_SCOPED_RATE: Final = regex.compile(rf"(?:^|[^增])(?:年平均|年均|平均每年|每年平均)(?:{alternation(_BARE_RATES)})$")
_BASE_OF: Final = regex.compile(r"(?:比|较|与|同)[^，、；的]{1,16}的(?=\p{Han}{2})")  # 「比2000年到2010年的」
_AVERAGED_CHANGES: Final = frozenset(_GRAMMAR["averaged_change"])  # 增收: 「户均增收8万元」
_ACHIEVE: Final = ("实现", "完成")
_ACHIEVERS: Final = tuple(_GRAMMAR["group"]) + tuple(_GRAMMAR["actor"])
_PULLED: Final = regex.compile(r"(?:拉动|带动)[^，、]*增长")
_TO: Final = regex.compile(r"[为向对给]")
_VERB_ADVERB: Final = regex.compile(r"(?<=\p{Han}{2})[新再又均也还都正]$")
_NOT_ADVERB: Final = frozenset(_GRAMMAR["word_end"])  # 创新, 更新, 全新: the character ends a word


def _right_stop(right: str, start: int = 0):
    """Where the noun phrase read right of a count stops; 上市 in 地级以上市 is no verb."""
    stop = _RIGHT_STOP.search(right, start)
    while stop and stop.start() > 0 and right[stop.start() - 1] == "以" and stop.group().startswith("上"):
        stop = _RIGHT_STOP.search(right, stop.start() + 1)
    return stop


@lru_cache(maxsize=16384)
def left_name(left: str, after_actor: bool = False) -> str:
    """The name read from the clause text before a figure ('' when it only holds verbs or stat words).

    After an actor named by a count (「175家企业发行各类债券1193只」) the clause goes on with a verb, and
    the name is its object: ``left_name("发行各类债券", after_actor=True)`` → 各类债券.
    """
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
    name = subject + rest if subject in _FIRM_CLASSES and name.endswith(subject + rest) and len(rest) >= 2 else rest
    name = strip_periods(name.strip(_EDGE_PUNCT))
    now = _AS_OF.match(name) if name[:1] in _AS_OF_FIRST else None
    if now and len(name) - now.end() >= 2:  # 「今年首季本地生产总值」: a time left after the period
        name = name[now.end():]
    span = _DAY_SPAN_INSIDE.search(name) if "天" in name else None
    if span is None and "月" in name:
        span = _MONTHS_INSIDE.search(name)  # 「港口今年1至7月港口货物吞吐量」: so does a span of months
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
    if name in VERB_WORDS or name in OBJECT_VERB_WORDS or name in STAT_WORD_SET or _only_opener(name) \
            or name in _NAMES_NOTHING or only_empty_words(name) \
            or name[:1] in _NOTHING_FIRSTS and (only_adverbs(name) or acts_alone(name)) \
            or name[:1] in _TO_A_TIME and only_period(name):  # 「从去年12月份上涨7.2%」: the time, no name
        return ""
    return name.strip(_EDGE_PUNCT)


_LEVEL_NOUNS: Final = tuple(LEVEL_NOUNS)
_DAY_SPAN_INSIDE: Final = regex.compile(rf"(?<=\p{{Han}}){DAY_SPAN}(?=\p{{Han}})")
_MONTH_NUMBER: Final = r"(?:\d{1,2}|十[一二]|[一二三四五六七八九十])"
_MONTHS_INSIDE: Final = regex.compile(rf"(?<=\p{{Han}})(?:今年|去年|上年|本年)?{_MONTH_NUMBER}\s*[-—–~至到]\s*{_MONTH_NUMBER}月份?(?=\p{{Han}})")
# The parts of a year (quarters, halves, the first months) that may stand between a name's words
_PART_OF_YEAR_INSIDE: Final = regex.compile(
    rf"(?<=\p{{Han}})(?<![比较于至到从由同提超领])(?:今年|去年|上年|本年)?(?:前三季度|前两季度|第?[一二三四]季度|[上下]半年|前{_MONTH_NUMBER}个?月)"
    r"(?=[^\P{Han}的])")  # (not a comparison's base: 增速比一季度加快; not 提前3个月; not 上半年的低点)
_SPEECH_VERBS: Final = tuple(_GRAMMAR.get("speech_verb", ()))
_SPEECH_MARK: Final = re.compile("[%s]" % "".join(sorted({word[0] for word in _SPEECH_VERBS} or {"\0"})))  # (most hold none)
# The last verb of saying in a clause, after a speaker of two characters or more (称 alone only after 宣/声/据)
_SAID: Final = regex.compile(rf"(?r)(?:{alternation([w for w in _SPEECH_VERBS if len(w) > 1])}|(?<=[宣声])称)"
                      r"(?:[，,：:]|目前|当前|今年|去年)?") if _SPEECH_VERBS else regex.compile(r"(?!)")

_CIRCUMSTANCE: Final = regex.compile(r"在[^，、；在]{1,30}?(?:%s)下" % alternation(LEXICON.look_alikes.get("circumstance", ["影响"])))
_DAY_OPENING: Final = regex.compile(r"\d{1,2}[日号](?=\p{Han})")
_AFFECTED: Final = regex.compile(r"受[^，、；受]{1,20}?(?:%s)" % alternation(LEXICON.look_alikes["affected_by"]))
# (not the spaces of PDF text around a date's digits: 107 年 3 月就业人数)
_HEADLINE_GAP: Final = regex.compile(r"(?rp)(?:(?<=[\p{Han}%])|(?<=\d)(?! +[年月日号季])) +(?=\p{Han}[^ ]*$)")
_DIGIT: Final = regex.compile(r"\d")
# A scene opening a clause, 在…中 (not 在校, 在建: a word), names no part of what is counted.
_SCENE: Final = regex.compile(rf"在(?![{''.join(_GRAMMAR['not_zai'])}])[^，、；在的]{{1,20}}?(?:之中|当中|期间|中)(?!心|期|型|小)")
_MEMBERS_FOLLOW: Final = regex.compile(r"(?:分别|依次)(?:是|为)")  # the members of a ranking or list follow
_FIRM_CLASSES: Final = frozenset(word for word in (line.split("\t")[0] for line in LEXICON.subjects if line.endswith("\tbody"))
                          if word.endswith(tuple(_GRAMMAR["firm_class"])))
_LIST_SUMMED: Final = regex.compile(r"^[^，；]*、[^、，；]+?(?:[两二三四五六七八九十]{1,2})项(\p{Han}{3,})$")
_RANKED_FIELD: Final = regex.compile(rf"(?:最|较)\p{{Han}}{{1,2}}的(?:前)?(?:\d+|[一二两三四五六七八九十]+)(?:个|座|家)?(?:{alternation(_GRAMMAR['ranked_field'])})$")
_RANKING_LISTED: Final = regex.compile(rf"(?:最|较)\p{{Han}}{{1,2}}的(?:前)?(?:\d+|[一二两三四五六七八九十]+)(?:个|座|家)?(?:{alternation(_GRAMMAR['ranked_field'])})依次")
_CAUSING: Final = regex.compile(rf"(?:{alternation(_GRAMMAR['causing'])})(?![{''.join(_GRAMMAR['not_causing'])}])")
_CAUSING_FIRST: Final = frozenset(word[0] for word in _GRAMMAR["causing"])
_AS_OF: Final = regex.compile(rf"(?:若|如果)?以?(?:{alternation(_GRAMMAR['as_of'])})")
_SPEAKERS_OWN: Final = regex.compile(rf"[“\"「]?(?:{PERIOD.pattern})?(?:(?:我们|咱们)[^，、；的\d”」]{{0,8}}|我(?![国省市区县州盟旗镇乡村校院司行])[^，、；的\d”」]{{1,8}})的(?=\p{{Han}}{{2}})")
_AFTER_EVENT: Final = regex.compile(rf"[^，、；\d]{{0,4}}?(?:{alternation(_GRAMMAR['event_after'])})(?:后|以后|之后)")
_AS_OF_FIRST: Final = frozenset(["以", "若", "如"] + [word[0] for word in _GRAMMAR["as_of"]])
_AGED: Final = regex.compile(rf"\d{{1,3}}(?:[至到\-—－~～]\d{{1,3}})?岁(?:及以上|以上|以下)?(?:{alternation(_GRAMMAR['age_group'])})\p{{Han}}{{0,4}}")
_GROWN_FROM: Final = regex.compile(rf"(?:由|从)[^，、；由从\d]{{1,12}}?(?:{alternation(_GRAMMAR['grown_to'])})(?:到|至)(?:{alternation(_GRAMMAR['as_of'])}|如今)?的?$")
_DEDUCTED: Final = regex.compile(r"扣除[^，、；扣]{1,24}?(?:影响)?(?:后|以后|之后)")
_CAUSATIVE: Final = regex.compile(r"(?<=\p{Han}{2})(?:让|令|使|使得)(?=[这那其该它他她我全各])")
_MOVED_FROM: Final = regex.compile(r"(?:从|由)[^，、；从由的\d]{1,10}的$")
_PLAN_REACHED: Final = regex.compile(r"(?:%s)[^，、；]{0,6}?(?:%s)的$|(?:%s)[^，、；的最由从]{1,12}的$" % (
    alternation(LEXICON.look_alikes["plan_verb"]), alternation(LEXICON.look_alikes["plan_noun"]),
    alternation(LEXICON.look_alikes["reference_verb"])))


# The month just named (「其中当月增加143.92亿元」); a comparison word left alone (比) is an empty name (empty_names.txt)
_NAMES_NOTHING: Final = frozenset(_GRAMMAR["this_period"])
_TO_A_TIME: Final = frozenset("从由在到至于自")  # what leads to a period that strip_periods leaves as a whole name


_EMPTY_WORDS: Final = frozenset(_lines("empty_names.txt"))
_EMPTY_LONGEST: Final = max(map(len, _EMPTY_WORDS), default=0)
_ADVERB_AFTER_NAME: Final = frozenset(_GRAMMAR["adverb_after_name"])
# what a name may end on and lose: empty words of two characters and the adverbs of one (not 大会, 拔地而起)
_TAIL_EMPTY_WORDS: Final = frozenset([word for word in _EMPTY_WORDS if len(word) > 1] + list(_ADVERB_AFTER_NAME))


@lru_cache(maxsize=16384)
def only_empty_words(name: str, words: frozenset[str] = _EMPTY_WORDS) -> bool:
    """Whether a name is only words that name nothing, one after another (empty_names.txt: conjunctions,
    adverbs, verbs of expecting): 「也只有39.18%」 leaves 也只, 「全年可望下降5%」 可望.

    >>> only_empty_words("也只"), only_empty_words("可望"), only_empty_words("估计亦"), only_empty_words("大豆")
    (True, True, True, False)
    """
    if not name or len(name) > 3 * _EMPTY_LONGEST:
        return False
    ends = {0}  # the positions a run of empty words can reach from the start
    for start in range(len(name)):
        if start not in ends:
            continue
        for length in range(1, _EMPTY_LONGEST + 1):
            if name[start: start + length] in words:
                ends.add(start + length)
    return len(name) in ends


def without_empty_tail(name: str) -> str:
    """A name without the run of empty words of two characters or more it ends on (「青岛港则逆势」 → 青岛港,
    「优势依然」 → 优势, 「郊区也只」 → 郊区), as long as two characters are left.

    >>> without_empty_tail("优势依然"), without_empty_tail("郊区也只"), without_empty_tail("可望")
    ('优势', '郊区', '可望')
    >>> without_empty_tail("基隆市的出生率仅"), without_empty_tail("15至64岁仅")
    ('基隆市的出生率', '15至64岁仅')
    >>> without_empty_tail("联合国气候变化大会"), without_empty_tail("楼宇拔地而起")
    ('联合国气候变化大会', '楼宇拔地而起')
    """
    while len(name) > 3:
        for length in range(min(2 * _EMPTY_LONGEST, len(name) - 2), 1, -1):
            if only_empty_words(name[-length:], _TAIL_EMPTY_WORDS):
                name = peel_tail(name[:-length])
                break
        else:
            if name[-1] in _ADVERB_AFTER_NAME and name[:-1].endswith(_MEASURE_ENDS):
                return name[:-1]  # 「基隆市的出生率仅」: an adverb of one character after a measure's name
            return name
    return name


def _only_opener(name: str) -> bool:
    """Whether a name is only a word that opens a clause (「预计全年将超过1200万人」 leaves 预计): it names nothing.

    >>> _only_opener("预计"), _only_opener("预计投资")
    (True, False)
    """
    if len(name) > 4:  # (the longest opener has four characters)
        return False
    match = OPENERS.match(name)
    return match is not None and match.end() == len(name)


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


@lru_cache(maxsize=16384)
def starts_with_level_noun(right: str) -> bool:
    """Whether a number stands before a level noun (迈上3万亿元台阶), so it names no thing of its own."""
    right = regex.sub(r"^[十百千万亿]+(?:元|吨|人|千瓦|美元)?", "", right)  # 「跨过3个万亿元大关」
    return right.startswith(_LEVEL_NOUNS)


_ACTIONS: Final = regex.compile(rf"^(?:(?:{alternation(LEXICON.action_verbs)})(?:和|、|及)?)+")
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


@lru_cache(maxsize=16384)
def right_name(right: str, unit: str, shortest: int = 2, last: bool = True, through_de: bool = False) -> str | None:
    """The noun phrase a count stands before (「3家国家实验室永久园区启用」), or None.

    `through_de`: read on over a 的 after the count (only where nothing on the left names it).
    `last`: no other figure follows in the clause, so a general noun may take its predicate along
    (when one follows, the noun is the actor of the next figure: 「175家企业发行各类债券1193只」).
    """
    if unit in _NONCOUNT_UNITS - {""}:
        return None
    if right.startswith("的"):
        if not through_de:
            return None
        right = right[1:]  # 「11个左右的县」
    body = right.lstrip(_QUOTES)
    if not body or not regex.match(r"\p{Han}|[A-Za-z]", body) or body[0] in "和及与或并":
        return None
    stop = _right_stop(right)
    phrase = right[: stop.start()] if stop else right
    when = PERIOD.search(phrase, 2) if len(phrase) > 3 and may_hold_period(phrase) else None
    if when and len(phrase) - when.end() >= 2:  # 「6个省份前三季度GDP总量在……」: a period opens what is said of them
        phrase = phrase[: when.start()]
    if stop and stop.group() == "等" and stop.end() == len(right):
        # 「22轮强降水和“桦加沙”等15个台风」: what follows 和 opens the examples of the next figure.
        joined = list(regex.finditer(r"和|及|与|、", phrase))
        if joined and joined[-1].start() >= 2:
            phrase = phrase[: joined[-1].start()]
    if stop and _VERB_ADVERB.search(phrase) and phrase[-2:-1] not in _NOT_ADVERB:
        phrase = phrase[:-1]  # 「5个县级城市新获评」: an adverb before the verb
    if stop and stop.start() == 0 and _LONG_VERBS.match(right) and unit not in LEXICON.measure_units:
        # 「出台69项支持政策」: a verb opening a short phrase that ends the clause is part of a noun.
        rest = _RIGHT_STOP.search(right, stop.end())
        compound = right[: rest.start() if rest else len(right)]
        if len(compound) - stop.end() >= 2 and len(compound) <= 8 and (not rest or not rest.group().startswith(tuple("0123456789"))):
            phrase = compound
    if stop and stop.start() == 1 and right[0] in "新再已" and _LONG_VERBS.match(right, 1):
        # 「3920个新投产项目」: an adverb and a verb before the noun make one name with it
        rest = _RIGHT_STOP.search(right, stop.end())
        compound = right[: rest.start() if rest else len(right)]
        if len(compound) - stop.end() >= 2 and len(compound) <= 8:
            phrase = compound
    phrase = peel_tail(phrase.strip(_EDGE_PUNCT))
    firms = _FIRMS_MEASURED.search(phrase) if unit in _FIRM_UNITS and phrase.endswith(_LONG_HEADS) else None
    if firms:  # 「695家重点零售和餐饮企业销售额26.6亿元」: the count counts the firms; the rest measures them
        phrase = firms.group(1)
    phrase = _TRAILING_JI.sub("", phrase)  # 「和美乡村及……」
    if len(phrase) >= 4 and phrase.endswith("中") and phrase[-2] not in _NOT_LOCATIVE:
        phrase = phrase[:-1]  # 「104种工业产品中」: the locative is not part of the name
    if phrase in LEXICON.generic_nouns and last:
        # 「3家单位获中国质量奖」: a general noun takes its predicate along.
        end = regex.search(r"[，,、；;：:。！？!?（）()]", right)
        phrase = right[: end.start() if end else len(right)].rstrip(_EDGE_PUNCT) or phrase
    phrase = without_empty_tail(phrase)
    causer = _CAUSATIVE.search(phrase) if "让" in phrase or "令" in phrase or "使" in phrase else None
    if causer:  # 「3688万吨的吞吐量让这座内河港口首次跻身全国前20」: what it makes happen is no part of the name
        phrase = phrase[: causer.start()]
    if len(phrase.strip(_QUOTES)) < shortest or starts_with_level_noun(phrase) or only_empty_words(phrase):
        return None
    return phrase


_ADVERBS_ONLY: Final = regex.compile(rf"(?:{alternation(_GRAMMAR.get('subject_adverb', ['则']))})+")
# What a name of adverbs alone, or of a verb after the time it is done in (每天提供), starts with
_NOTHING_FIRSTS: Final = frozenset({word[0] for word in _GRAMMAR.get('subject_adverb', ['则'])} | {"每"}
                            | {word[0] for word in _GRAMMAR.get('per_time', [])})


def only_adverbs(name: str) -> bool:
    """Whether a name left after its subject holds adverbs alone (「则逆势」 of 「青岛港则逆势增长2.9%」): it names nothing.

    >>> only_adverbs("则逆势"), only_adverbs("逆势增长点")
    (True, False)
    """
    return bool(name) and _ADVERBS_ONLY.fullmatch(name) is not None


def without_agent(name: str, subject: str) -> str:
    """A name without the subject whose figure it is, where the subject opens it as the agent of 实现 or 完成
    (「比亚迪实现营收」, the subject 比亚迪: 营收); any other name as it is (「民营企业进出口」 names a class of firms).

    >>> without_agent("比亚迪实现营收", "比亚迪"), without_agent("比亚迪营收", "比亚迪")
    ('营收', '比亚迪营收')
    """
    if not name.startswith(subject) or not name.startswith(_ACHIEVE, len(subject)) or len(name) - len(subject) < 4:
        return name
    return name[len(subject) + 2:]


_NEXT_RANKED: Final = tuple(sorted(LEXICON.grammar.get("next_ranked", ()), key=len, reverse=True)) or ("\0",)


@lru_cache(maxsize=4096)
def clause_topic(clause: str) -> str:
    """The noun phrase a clause without figures opens with, before its predicate: what the figures of
    the clauses after it measure, where they name nothing themselves.

    >>> clause_topic("一季度东部地区外贸继续保持快速增长态势"), clause_topic("政府最终消费支出有所回落")
    ('外贸', '政府最终消费支出')
    >>> clause_topic("持续高于临界点"), clause_topic("其次为食品、酒类饮品及烟草")
    ('', '食品、酒类饮品及烟草')
    """
    if "受" in clause:  # 「受此影响鲜菜价格同比由涨转降」: a cause names nothing
        clause = _AFFECTED.sub("", clause)
    ranking = _RANKING_LISTED.search(clause) if "依次" in clause else None
    if ranking:  # 「PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治」: the measure the ranking is by
        return left_name(clause[: ranking.start()])
    body = clause.strip(_EDGE_PUNCT)
    if body.startswith(_NEXT_RANKED):  # 「其次為其他未分類消費品，上升23.4%」: the next item of a ranking, whole
        item = body[next(len(w) for w in _NEXT_RANKED if body.startswith(w)):]
        if len(item) >= 2 and not VERBS.search(item) and not _DIGIT.search(item) and not any(w in item for w in STAT_WORD_SET):
            return item
    marked = _MARKED_TOPIC.fullmatch(clause.strip(_EDGE_PUNCT)) if len(clause) <= 16 else None
    topic = (marked.group(1) or marked.group(2)) if marked else ""
    if topic and not VERBS.search(topic) and not find_subject(topic)[0]:
        return topic  # 「再看合同负债，2021年为149.33亿元」, 「社会融资规模方面，」: a topic named as one
    _subject, name = find_subject(strip_periods(clause.strip(_EDGE_PUNCT)))
    name = peel_head(strip_periods(name.strip(_EDGE_PUNCT)))
    aged = _AGED.fullmatch(name) if name[:1].isdigit() else None
    if aged:  # 「而20至49岁的人口，也只有39.18%」: a group of ages, whose digits would end the name
        return aged.group()
    stop = _right_stop(name)
    name = peel_tail(name[: stop.start()] if stop else name)
    name = _TOPIC_ADVERB.sub("", name)
    if stop is None and len(name) >= 2 and name[0].isalpha() and name.endswith(_MEASURE_ENDS) \
            and not VERBS.search(name):
        return name  # 「今年8月零售業總銷貨數量的臨時估計，較去年同月上升11%」: a measure's name alone
    if len(name) < 2 or not name[0].isalpha() or stop is None or stop.start() == 0:
        return ""
    return name


_MARKED_TOPIC: Final = regex.compile(
    rf"(?:{alternation(_GRAMMAR['topic_before'])})(\p{{Han}}[^，、；：。\s\d]{{1,11}})|(?:从)?(\p{{Han}}[^，、；：。\s\d]{{1,11}}?)"
    rf"(?:{alternation(_GRAMMAR['topic_after'])})")
_MEASURE_ENDS: Final = tuple(_GRAMMAR["measure_end"])
_TOPIC_ADVERB: Final = regex.compile(rf"(?:{alternation(LEXICON.look_alikes.get('topic_adverb', []))})+$")


_FIRM_UNITS: Final = frozenset(("家", "户", "个"))
_LONG_HEADS: Final = tuple(h for h in HEADS if len(h) >= 2)
_FIRMS_MEASURED: Final = regex.compile(rf"^(.*(?:{alternation(_GRAMMAR['firm'])}))\p{{Han}}*?(?:{alternation([h for h in HEADS if len(h) >= 2])})$")
_TRAILING_JI: Final = regex.compile(rf"(?<=\p{{Han}}{{2}})(?<![{''.join(_GRAMMAR['not_ji'])}])及$")
_NOT_LOCATIVE: Final = frozenset(_GRAMMAR["not_zhong"])


def with_action(phrase: str, left: str) -> str:
    """A general noun named by a count alone takes the verbs that open its clause.

    >>> with_action("项目", "新开工晏城至表白寺等")
    '新开工项目'
    >>> with_action("项目", "晏城至表白寺等")
    '项目'
    """
    if phrase not in LEXICON.generic_nouns:
        return phrase
    body = peel_head(left.strip(_EDGE_PUNCT))
    run = regex.match(rf"(?:新|续|再|已)?(?:{_LONG_VERBS.pattern})+", body)
    return run.group() + phrase if run else phrase


def percent_of(right: str) -> str | None:
    """The whole a percentage is a share of, written after it with 的 (「90%的化工园区」), or None; a list of
    things there is the whole (「半数以上的原油、天然气、谷物的进口」).

    >>> percent_of("的原油、天然气、谷物的进口"), percent_of("的化工园区")
    ('原油、天然气、谷物的进口', '化工园区')
    """
    if not right.startswith("的"):
        return None
    whole = right_name(right[1:], "个")
    at = 1 + len(whole) if whole and right.startswith(whole, 1) else -1
    listed = whole
    while listed and at > 0 and right[at:at + 1] in _MEMBER_JOINTS:
        member = right_name(right[at + 1:], "个", last=False)
        if not member or not right.startswith(member, at + 1) or _DIGIT.search(member):
            break
        listed += right[at] + member
        at += 1 + len(member)
        if "的" in member:
            # 「全国半数以上的原油、天然气、谷物的进口」: a head after 的 shared by the members is the whole
            return listed
    return whole


_MEMBER_JOINTS: Final = frozenset("、和及与")


@lru_cache(maxsize=16384)
def peel_tail(name: str, shares: bool = True) -> str:
    """Peel stat words, bound words, verbs and comparisons off the end of a name.

    A share noun goes too (民间投资占比达到 → 民间投资), unless a change of the share follows it: then
    the share is what changes and stays in the name (优良天数比例提高 → 优良天数比例).
    """
    changed_after = False
    while name:
        name = name.rstrip(_EDGE_PUNCT)
        if name.endswith("\n"):  # $ matches before a final line break too: leave that to the regex
            found = _SHARE_NOUN.search(name)
            share = found.start() if found else -1
        else:
            share = len(name) - 2 if name.endswith(_SHARE_NOUNS) else -1
        if share > 0:
            if changed_after or not shares:
                break
            name = name[:share]
            continue
        start = _tail_start(name)
        if start >= 0:
            changed_after = changed_after or STATS.get(name[start:]) in ("growth_rate", "change")
            name = name[:start]
            continue
        reach = max(0, len(name) - _COMPARISON_REACH)
        compared = _COMPARISON_TAIL.search(name, reach) if _COMPARISON_AT.search(name, reach) is not None else None
        if not compared or compared.group() == "比":
            break  # 比 with no base after it ends a ratio's name (人口性别比, 城乡居民收入比)
        name = name[: compared.start()]
    return name


@lru_cache(maxsize=16384)
def peel_head(name: str) -> str:
    """A name without the words that open its clause (其中, 同时, 提出).

    >>> peel_head("其中出口"), peel_head("十是推动粮食作物增产"), peel_head("第一产业增加值")
    ('出口', '粮食作物增产', '第一产业增加值')
    """
    while True:
        first = name[:1]
        match = (OPENERS.match(name) if first in _OPENERS_FIRST else None) \
            or (_HEAD.match(name) if first in _HEAD_FIRST else None) \
            or (_ENUMERATOR.match(name) if first in _ENUMERATOR_FIRST else None)
        if not match or not 0 < match.end() < len(name) - 1:
            return name  # 「均价」: one character left would name nothing
        name = name[match.end():]


# Enumerators that open a point of a list: 一是…十三是, 第一，, （一）, 1., 一、 (not 第一产业, a name).
_NUMERALS: Final = "一二三四五六七八九十"
_ENUMERATOR: Final = regex.compile(
    rf"^(?:[{_NUMERALS}]+是|第[{_NUMERALS}]+(?:是|[，,：:])|[（(][{_NUMERALS}\d]+[）)]"
    rf"|[{_NUMERALS}]+[、.．](?![{_NUMERALS}\d])|\d+[、.．](?!\d))")  # 一、二、三产业 is a list, not a point
# What a match of each pattern peel_head tries starts with (first_chars): a name starting otherwise needs no match.
_OPENERS_FIRST, _HEAD_FIRST, _ENUMERATOR_FIRST = starts(OPENERS), starts(_HEAD), starts(_ENUMERATOR)


def balanced_quotes(name: str) -> str:
    """A name without the quote marks it holds unpaired (「爱国卫生“」 → 爱国卫生); paired ones stay.

    >>> balanced_quotes("爱国卫生“"), balanced_quotes("招募“西部计划”志愿者"), balanced_quotes("“西部计划志愿者")
    ('爱国卫生', '招募“西部计划”志愿者', '西部计划志愿者')
    """
    for opening, closing in _QUOTE_PAIRS:
        if name.count(opening) != name.count(closing):
            name = name.replace(opening, "").replace(closing, "")
    if name.count('"') % 2:
        name = name.replace('"', "")
    return name.strip(_EDGE_PUNCT).rstrip("和及与")


_QUOTE_PAIRS: Final = (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"), ("『", "』"))
