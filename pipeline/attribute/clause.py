"""Read one clause of a sentence: each of its figures named, with its subject, stat, sign and period,
from the words around it (figure_words), the list it is a member of (lists), the figure before it and the
clause without figures before it (its topic).

>>> from pipeline.quantities import find_quantities
>>> from pipeline.segment import split_sentences
>>> from pipeline.attribute.sentence import read_sentence
>>> text = "民营企业进出口55.5亿元，增长8.5%。"
>>> [(f.metric, f.subject, f.stat) for f in read_sentence(split_sentences(text)[0], find_quantities(text), None)]
[('民营企业进出口', '民营企业', None), ('民营企业进出口', '民营企业', 'growth_rate')]
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from ..script import fold_script, fold_width
from .fact import replace
from .lists import listed_names
from .metric import left_name, without_agent
from .period import period_at
from .stat import stat_of_form
from .stat_before import share_after_predicate, stat_from_before
from .kinds import counted_places
from .topic import clause_topic
from .indicator import BARE_HEADS, last_indicator, no_indicator, without_qualifier
from .places import body_measured, is_place, listed_places
from .words import COMPARISONS, STAT_WORDS
from .carry import (_Reading, _bound_of_share, _carry_bound, _carry_trailing_bound, _fact, _folded_subject,
                    _share_group_back, _share_tier_noun)
from .figure_words import (_CHANGE_AFTER, _MEASURE_ENDS, _figure_words, _gapped_subject, _left_words, _name_figure,
                           _stat_of)
from .naming import by_means, _BLANKS, _LEVEL_TARGET, _SIZE_OF_CHANGE, _opens_with_verb

NEAR: Final = 200


def _read_clause(reading: _Reading, c_start: int, c_end: int, in_clause: list[int], period_before) -> None:
    s, spans, quantities = reading.s, reading.spans, reading.quantities
    topic = reading.topic_clause if reading.topic_clause and s.endswith(reading.topic_clause, 0, c_start - 1) else ""
    listed = listed_names(s, c_start, spans, in_clause, reading.last_list or reading.names, reading.units, topic,
                          reading.carried, reading.last_places if reading.last_list else None) \
        if len(in_clause) > 1 else None  # a list hands out two figures or more
    if listed:
        reading.last_list = listed[1]
        places_listed = list(dict.fromkeys(listed[3][i] for i in sorted(listed[3])))
        reading.last_places = places_listed if len(places_listed) == len(listed[1]) else None
    cursor, scope, clause_subject, after_phrase = c_start, None, None, False
    places = _enumerated_places(reading, c_start, c_end, in_clause) if reading.enumerated else {}
    aside = c_start > 0 and s[c_start - 1] in "(（"  # a clause in brackets: its places hold for it alone
    for position, i in enumerate(in_clause):
        q = quantities[i]
        q_start, q_end = spans[i]
        nxt = spans[in_clause[position + 1]][0] if position + 1 < len(in_clause) else c_end
        # a name, subject or stat word stands within NEAR characters of its figure: the words further away
        # are not read (nor kept as the readings' cache keys)
        left, right = s[max(cursor, q_start - NEAR):q_start], s[q_end:min(nxt, q_end + NEAR)]
        # A clause before without figures (「外贸继续保持快速增长态势，同比增长27.1%」), else the sentence
        # before, names a figure only where its own clause says nothing of it (「三季度同比增长4.9%」).
        last_name = reading.names[-1] if reading.names else (
            _topic(reading) if (reading.topic_clause or reading.carried)
            and (not right.strip(_BLANKS) or right in _TO_LEVEL  # or the size of a change of nothing named (的跌幅)
                 or (size := _SIZE_OF_CHANGE.match(right)) is not None and not size.group("name")
                 or q.unit in _RATE_UNITS and _CHANGE_AFTER.match(right) is not None  # 「20.7%的大幅下滑」
                 or q.unit in _RATE_UNITS and right[:1] in _COPULA_FIRST)  # 「失业人口中，92.9%是……的人士」: a part of it
            and not _own_name(left, q.unit) else "")
        if reading.topic_fresh and position == 0 and reading.names and not _left_words(left)[2] \
                and not reading.topic_clause.lstrip().startswith(_MODIFIER_CLAUSE):
            # 「气温偏高1.9℃，受此影响鲜菜价格同比由涨转降，从去年12月份上涨7.2%……」: the topic of a clause
            # without figures since the last figure names it rather than that figure
            last_name = _in_full(clause_topic(reading.topic_clause), last_name) or last_name
        if listed and i in listed[0]:
            read = _figure_words(listed[0][i], None, listed[2][i], left, right, q.unit, last_name, False)
        else:
            read = _name_figure(reading, q, left, right, in_clause, position, c_end, after_phrase, last_name)
        named, phrase, subject, place, cumulative, names_own, stat, sign, signed, change_after, shared, skip = read
        measured = q.unit in _MEASURED
        if named and not phrase and (named == last_name or named in left) and no_indicator(named, measured):
            # 「财政收入位居前三的依然是广东……其中广东总量优势明显,达到8208.64亿元」: a verb, a particle or a counted
            # noun with its predicate names no indicator: the one the clause chain named last does
            named = _indicator_before(reading, last_name, q_start, measured) or named
        elif "的" in named or "由" in named or "从" in named:
            named = without_qualifier(named)  # 「以劳动密集型产业为主的加工贸易进出口」: the indicator without its scope
        if stat is None and q.unit in _RATE_UNITS and right[:1] in _COPULA_FIRST and named and named == last_name:
            stat = "share"  # 「失业人口中，92.9%是曾经工作……的人士」: the part of the group that is so
        base = _BASE_MEASURE.search(left) if q.unit not in _RATE_UNITS and left.endswith("的") else None
        if base and base.group(1).endswith(_MEASURE_ENDS):
            # 「民营企业进出口7462.2亿元，超出外商投资企业进出口额的7097.5亿元」: the value of the measure compared with
            named, stat = base.group(1), None
        if position > 0 and left.strip() == "/" and reading.names:
            # 「共成交930套/76458.66㎡」: the same thing in another unit, measured as that unit says (成交面积)
            noun = _UNIT_NOUNS.get(q.unit, "")
            named = reading.names[-1] + (noun if not reading.names[-1].endswith(noun) else "")
        if named == last_name and not names_own and named.endswith("率") and q.unit and q.unit not in _RATE_UNITS \
                and q.unit != "倍":
            # 「年粗出生率为千分之5.46，年减13.43%、减少1,679人」: an amount is no change of a rate; of the
            # measure the sentence gave in its unit before
            named = _same_unit_name(reading, q.unit) or named
        if subject and named == subject and last_name and q.unit in _RATE_UNITS and _FROM.fullmatch(left, len(subject)):
            # 「……的失业保险稳岗返还比例由60%提至90%，大企业由30%提至50%」: the same measure, of other firms
            before = _folded_subject(reading, reading.facts[-1].subject) if reading.facts else None
            named = last_name[len(before):].lstrip("的") if before and last_name.startswith(before) else last_name
        done_by = left.endswith(_ACHIEVED) and not (listed and i in listed[0]) and (last_name or reading.carried)
        if done_by and named.endswith(_ACTORS) and not _left_words(left)[0]:
            # 「（货物吞吐量……。）其中沿海主要港口完成24218万吨」: the actor of a verb with no object is the part
            # whose figure it is, measured as before
            subject, place, named = named, True, last_name or reading.carried
        means = by_means(left, right) if left.endswith("以") and not (listed and i in listed[0]) else None
        if means:  # 「宁波舟山港以22866万吨的吞吐量继续稳坐头把交椅」: the port's figure, named after it
            subject, place = means[0], False
            # (「GDP排名中，成都以1.2万亿元位居第一」: no noun after it: the name before, not 以)
            named = means[1] or last_name or (_topic(reading) if named == "以" and (reading.topic_clause or reading.carried)
                                              else "") or named
        if i in reading.bracketed:  # 「广东(91723.22亿元)、江苏(88652.7亿元)……GDP超过5万亿元」, 「服装(上升7.6%)」
            bracket_place, bracket_name, said = reading.bracketed[i]
            if bracket_place:
                subject, place = bracket_place, False
            named = bracket_name or _same_unit_name(reading, q.unit) or named
            if stat is None and said and q.unit in ("%", "‰"):
                # 「均錄得跌幅：美國(-25.3%)」, 「集中在製造業(13.1%)和建築業(11.1%)」: what the words before the
                # list say of its figures (a sign written with the figure is its own)
                stat, sign = said[0], 1 if signed or q.text[:1] in _SIGNS else said[1]
        if i in places:  # 「工资由高到低依次是东部、西部……，分别为93253元、75755元……」
            subject = places[i]
            enumerated = reading.enumerated
            named = _in_full(enumerated[0], reading.names[-1] if reading.names else reading.carried) or named \
                if enumerated and _BARE_LIST.fullmatch(left) else named
        gapped = _gapped_subject(left, named, subject, last_name, q.unit, s[max(0, spans[i - 1][0] - NEAR):spans[i - 1][0]]) \
            if i > 0 and reading.names and not (listed and i in listed[0]) else None
        if gapped:  # 「郑州百货大楼销售收入同比增长21.3%、锦艺王府井同比增长12%」: the measure said once
            subject, place, named = gapped, False, last_name
        if position == 0 and cumulative:
            scope = cumulative
        if position > 0 and q.unit in ("%", "‰") and "或" in s[spans[i - 1][1]:q_start] \
                and _restated_as_rate(reading, i, q_start):
            # 「较上月减少5千人或1.18%」: the change said again as a rate, of the same measure and sign
            named, stat, sign, signed = reading.names[-1], "growth_rate", reading.word_signs[-1], False
        if not signed and (q.unit == "倍" or q.text[:1] == "翻" or (stat is None and (position > 0 or scope))):  # else it changes nothing
            stat, sign = _stat_of(reading, q, named, left, stat, sign, position, scope, names_own)
        if stat is None and change_after:
            stat, sign = change_after  # 「经营收入均保持10%以上增长」
        if stat is None and not signed:
            rate_before = bool(reading.facts) and reading.facts[-1].stat == "growth_rate" and reading.units[i - 1] == q.unit
            stat = stat_of_form(q.text, q.unit, named, s, q_start, rate_before)
        if stat is None and q.unit in ("%", "‰") and q.text[:1] in "+＋":
            stat = "growth_rate"  # 「家居设备及服务(+11.08%)」: a plus sign writes a change
        elif stat == "growth_rate" and not q.unit and (q.scaled or q.kind == "statistic"):
            stat = "change"  # 「减少600万」, 「性别比……下降6.8」: an amount without its unit changes by it, it is no rate
        if i > 0 and q.unit in ("%", "‰") and not signed and reading.facts and q.unit == reading.units[i - 1]:
            # the figures before say what a rate is: 「遠高於8月預測的2.91%」, 「前四個月縮小至7.9%」, gapped verbs, parts
            stat, sign = stat_from_before(reading, i, left, right, named, names_own, position, topic, stat) \
                or (stat, sign)
        if stat is None and q.unit == "%" and position == 0 and topic and share_after_predicate(topic, left):
            stat = "share"  # 「就業人口以男性佔多數，為52.6%」: the part the clause before calls the larger
        if stat is None and i > 0 and not names_own and reading.facts and reading.facts[-1].stat \
                and q.unit == reading.units[i - 1] and _ONLY_JOINED.fullmatch(s, spans[i - 1][1], q_start) \
                and not COMPARISONS.match(s, q_start):  # (「为5.3%，低于5.5%的目标」 compares, it is no member)
            # 「增长率分别为17.2%、14.4%和13.1%」, 「分别下降3.1%、2.4%」: figures joined to a rate are rates,
            # signed as the words before the first say (not as a minus sign written before it)
            stat, sign = reading.facts[-1].stat, reading.word_signs[-1] * (sign if signed else 1)
        size_of = bool(subject) and bool(phrase) and subject == counted_places(phrase, q.unit)
        held = clause_subject or reading.subject  # (what the count of a group is about: 「选择11个左右的县」)
        clause_subject = subject or clause_subject
        if place and not aside:  # 「对东盟进出口」: a partner, for its clause only; 「（全国5963元、全市6351元）」: its aside
            reading.subject = subject
        about = held if size_of else clause_subject or reading.subject
        if right[:1] in _COPULAS and (stat == "share" or stat is None and q.unit == "%"):
            # 「失業人口中，92.9%是曾經工作……的人士」, 「21.6%是文員」, 「19.0%屬製造業」: the part of the whole the share is
            part = _SHARE_IS.fullmatch(right.rstrip(_BLANKS))
            about = part.group(1).rstrip(_BLANKS) if part else about
        if (about is None or not clause_subject and about == reading.subject and not reading.named_fresh
                and s[c_start - 2:c_start - 1] not in _ASIDE_ENDS) and reading.facts \
                and reading.facts[-1].subject and reading.facts[-1].subject != about \
                and _opens_with_verb(s[c_start:spans[in_clause[0]][0]]):
            # 「港澳居民在粤参加医保43万人次，参加养老、失业、工伤保险35.4万人次」: a clause opening with a verb
            # goes on with the subject of the clause before, over the area the sentence is about (「其中西安共接待游客
            # 1269.49万人次，……，实现旅游收入103.15亿元」)
            about = _folded_subject(reading, reading.facts[-1].subject)
        if shared:
            named, about = shared[0], shared[1] or about
        handed = listed is not None and i in listed[3]
        if listed is not None and handed:
            about = listed[3][i]
        if not clause_subject and not handed and reading.facts and not names_own and named == last_name \
                and not reading.named_fresh \
                and (about is None or (reading.facts[-1].subject and not is_place(reading.facts[-1].subject))):
            # 「成都市实现地区生产总值2.35万亿元，增长5.7%」, 「民营企业进出口55.5亿元，增长8.5%」: the figure
            # before is of the same subject (a body named there holds rather than the place of the sentence), unless a
            # clause without figures between names another (「7座城市环比下降，福州跌幅明显，环比减少34.67%」)
            about = _folded_subject(reading, reading.facts[-1].subject)
        if about and named.startswith(about):
            named = without_agent(named, about)  # 「比亚迪实现营收」: whose figure it is names no part of it
        group = named
        if about and (named in _ORIGIN_GROUPS or stat == "share" and named in _PART_GROUPS) \
                and about not in _WHOLE_AREAS and s.find(about, c_start, q_start) >= 0 and listed_places([about]):
            # 「香港旅客上升15.4%」, 「东部地区人口占39.93%，中部地区占25.83%」: the place sorts the group, named with it
            group = about + named
        period = (period_at(reading.periods, s, q_start) if reading.periods else None) or period_before
        reading.facts.append(_fact(reading, q, group, about, stat, sign, period))
        if "占" in left:
            _bound_of_share(reading, left)
        if q.bound in ("lt", "gt") and right[:1] == "的" and _LEVEL_TARGET.match(right) \
                and s.startswith(_COMPARED_WITH, q_start):
            # 「均低于5.5%的预期控制目标」: 低于 compares with the target, whose value the figure is
            reading.facts[-1] = replace(reading.facts[-1], bound="eq")
        reading.word_signs.append(-sign if signed else sign)
        if position > 0:
            _carry_bound(reading, in_clause[position - 1], i)
            _carry_trailing_bound(reading, in_clause, position + 1)
        if phrase and position > 0:
            _share_tier_noun(reading, phrase, position)
        if position > 0 and right[:1] == "的" and reading.facts[-1].stat == "share":
            _share_group_back(reading, in_clause, position)
        reading.names.append(named)
        after_phrase = skip > 0
        cursor = q_end + skip


_COPULAS: Final = frozenset("是属为")
_SHARE_IS: Final = regex.compile(r"[是属为]([^\d，,；;。：:、]{2,24})")
_ORIGIN_GROUPS: Final = frozenset(LEXICON.grammar.get("origin_group", ()))
_PART_GROUPS: Final = frozenset(LEXICON.grammar.get("part_group", ()))
_ASIDE_ENDS: Final = frozenset(")）")  # the clause before ended on an aside (「（全国7.1%、全市16.4%）」): its places hold there
_WHOLE_AREAS: Final = frozenset(w.split("\t")[0] for w in LEXICON.subjects if "\t" in w and "whole" in w.split("\t")[1].split())
_UNIT_NOUNS: Final = LEXICON.unit_nouns or {}
_BASE_MEASURE: Final = regex.compile(r"(?rp)(?:超出|超过|高于|低于|多于|少于)(\p{Han}{2,16})的$")
_RANKED_FIELDS: Final = frozenset(LEXICON.grammar.get("ranked_field", ()))
_ACHIEVED: Final = ("完成", "实现")  # verbs whose object a figure right after them is (「沿海主要港口完成24218万吨」)
_ACTORS: Final = tuple(LEXICON.grammar["actor_entity"] + LEXICON.grammar["firm"] + LEXICON.grammar["actor"])


def _in_full(short: str, before: str) -> str:
    """A name that only repeats the end of the name before it, written in full: 「PM2.5平均浓度最低的3个城市……；
    浓度最高的3个城市……」 speaks of PM2.5平均浓度 again.

    >>> _in_full("浓度", "PM2.5平均浓度"), _in_full("出口", "进出口"), _in_full("服务业增加值", "工业增加值")
    ('PM2.5平均浓度', '出口', '服务业增加值')
    >>> _in_full("人口", "省份人口")
    '人口'

    """
    if len(short) < 2 or len(before) < len(short) + 2 or not before.endswith(short) \
            or not short.endswith(_MEASURE_ENDS):  # (出口 is no shorter 进出口: one character glued before it)
        return short
    if before[: len(before) - len(short)] in _RANKED_FIELDS:
        return short  # 「有25个省份人口增加。人口增长较多的5个省份依次为……」: the field ranked is no part of the measure
    return before


def _own_name(left: str, unit: str) -> bool:
    """Whether the words left of a figure name it themselves: not where they only name the body whose figure
    it is (「相比之下，南通港出现20.7%的大幅下滑」), which takes the measure the text is about."""
    return _left_words(left)[2] and not body_measured(left, left_name(left), unit)


def _restated_as_rate(reading: _Reading, i: int, q_start: int) -> bool:
    """Whether figure `i` only says the change before it again as a rate, joined by 或 (「增加6千人或0.05%」)."""
    before = reading.facts[-1] if reading.facts else None
    return before is not None and before.stat == "change" and reading.units[i - 1] not in ("%", "‰") \
        and _OR.fullmatch(reading.s, reading.spans[i - 1][1], q_start) is not None


_OR: Final = regex.compile(r"\s*或\s*")
_MODIFIER_CLAUSE: Final = tuple(LEXICON.grammar["modifier_clause"])
_COPULA_FIRST: Final = frozenset("是为系")
_TO_LEVEL: Final = frozenset(("至", "到"))  # 「下跌0.2个百分点至4.5%」: the change before its level names nothing more
# words that name no figure of a list: 分别 with a copula or a stat verb (分别为, 分别增加)
_BARE_LIST: Final = regex.compile(rf"[，、\s]*(?:同比|比上年)?分别(?:为|是|达到?|{STAT_WORDS.pattern})?")
_RATE_UNITS: Final = frozenset(("%", "‰", "个百分点"))
_FROM: Final = regex.compile(r"\s*(?:由|从)?")
_SIGNS: Final = ("-", "−", "+", "＋")


def _same_unit_name(reading: _Reading, unit: str) -> str:
    """The name of the last figure of the sentence so far in the same unit, or ''."""
    for k in range(len(reading.facts) - 1, -1, -1):
        if reading.units[k] == unit and reading.names[k]:
            return reading.names[k]
    return ""


def _enumerated_places(reading: _Reading, c_start: int, c_end: int, in_clause: list[int]) -> dict[int, str]:
    """{figure: place} for the figures after 分别 in a clause, handed the places a clause before listed,
    in their order (as many figures as places, or a run of them for each of several measures)."""
    if reading.enumerated is None:
        return {}
    at = reading.s.find("分别", c_start, c_end)
    places = reading.enumerated[1]
    after = [i for i in in_clause if at >= 0 and reading.spans[i][0] > at]
    if not after or len(after) % len(places):
        return {}
    return {i: places[k % len(places)] for k, i in enumerate(after)}


# units of a measure or a rate: the name of such a figure is no count of the nouns it holds (7座城市 is)
_MEASURED: Final = frozenset(list(LEXICON.measure_units) + ["%", "‰", "倍", "个百分点"])


def _indicator_before(reading: _Reading, last_name: str, at: int, measured: bool = True) -> str:
    """The indicator a figure whose own name is no indicator's takes: the name the clause chain carries, else,
    for an amount or a rate (`measured`; a count counts what its own words name: 「建成20个500千伏输变电工程」),
    the known indicator named last before it in its sentence or the paragraph's sentences before ('' where none is).

    >>> from pipeline.quantities import find_quantities
    >>> text = "其中广东总量优势明显,达到8208.64亿元"
    >>> reading = _Reading(text, text, [(14, 24)], find_quantities(text), ["亿元"])
    >>> reading.before = "具体来看,1-7月财政收入位居前三的依然是广东、江苏和浙江。"
    >>> _indicator_before(reading, "", 14)
    '财政收入'
    """
    for name in [last_name] + reading.names[::-1]:
        if name and not no_indicator(name) and name not in BARE_HEADS:
            return name
    if not measured:
        return ""
    found = last_indicator(reading.s[max(0, at - NEAR):at])
    if not found and reading.before:
        found = last_indicator(fold_width(fold_script(reading.before[-NEAR:])))
    return found or (reading.carried if reading.carried and not no_indicator(reading.carried) else "")


def _topic(reading: _Reading) -> str:
    """The name a figure its own clause does not name takes: the noun phrase opening the last clause
    without figures before it, else the name the sentence before ends on."""
    return (clause_topic(reading.topic_clause) if reading.topic_clause else "") or reading.carried


_ONLY_JOINED: Final = regex.compile(r"[\s、，,和及与]*|[\s、，,]*以及\s*")  # figures joined as a list, nothing said between
_COMPARED_WITH: Final = ("低于", "高于")
