"""Read one sentence: a name, subject, stat and period for each of its statistics.

The sentence is cut into clauses at ，；： and the like; in each clause every figure is named by the
left reading (the noun phrase before it) or the right reading (the noun phrase a count stands before);
a clause that only holds verbs and the number (、增长5.4%) carries the name of the figure before it; a
分别 clause hands each figure one member of its list. Places named as subjects carry to the next
clauses of the sentence; bodies (民营企业) hold for their own clause only.

How a figure is named from the words around it is in `naming`; the state of the reading, the facts it
makes and what carries from one figure to the next (bounds, tier nouns, subjects) in `carry`.

>>> from pipeline.quantities import find_quantities
>>> from pipeline.segment import split_sentences
>>> text = "金融业、软件和信息服务业增加值分别增长9.7%、15.3%。"
>>> [(f.metric, f.stat, f.value) for f in read_sentence(split_sentences(text)[0], find_quantities(text), None)]
[('金融业增加值', 'growth_rate', 9.7), ('软件和信息服务业增加值', 'growth_rate', 15.3)]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from ..quantities import Quantity
from ..script import fold, fold_script, fold_width
from ..segment import Sentence
from .fact import Fact, replace
from .lists import enumerated, listed_names
from .counted_noun import right_name
from .metric import left_name, share_of_base, without_agent
from .period import period_at
from .stat import cut_by, read_stat, stat_of_form
from .kinds import counted_places
from .topic import clause_topic
from .carried_subject import mask_dateline, opening_subject
from .places import body_measured, counted_group, is_place, listed_places
from .subject import compared_base, find_subject
from .words import CLAUSE_BREAK, COMPARISONS, SCOPE_STATS, SCOPE_WORDS, STAT_WORDS, VERBS
from .carry import (_Reading, _bound_of_share, _carry_bound, _carry_trailing_bound, _fact, _folded_subject,
                    _mask_asides, _share_group_back, _share_tier_noun)
from .naming import (by_means, _BLANKS, _LEVEL_TARGET, _MINUS_BEFORE, _MINUS_SIGNS, _SIZE_OF_CHANGE, _distributed,
                     _is_example, _listed_example, _name_from_before, _name_in_words, _opens_with_verb, _tail)


def _clauses(sentence: str, last_figure: int) -> list[tuple[int, int]]:
    """The clauses of a sentence up to the one holding the position `last_figure` (where its last figure
    starts): what follows it names no figure."""
    # Each break is one character, so the pieces between breaks give the bounds (faster than finditer).
    stop = CLAUSE_BREAK.search(sentence, last_figure)
    bounds, start = [], 0
    for piece in CLAUSE_BREAK.split(sentence[: stop.start()] if stop else sentence):
        end = start + len(piece)
        bounds.append((start, end))
        start = end + 1
    return bounds


NEAR: Final = 200

def read_sentence(sentence: Sentence, quantities: list[Quantity], period_before: str | None,
                  name_before: str | None = None, place_before: str | None = None,
                  listed_in_brackets: dict[int, tuple[str | None, str]] | None = None) -> list[Fact]:
    """The facts of one sentence's statistics (`quantities`, in text order); `name_before` names a figure
    whose clause names nothing before any figure of the sentence is named (the topic of the sentence
    before: 「国内生产总值增长9.8%。三季度同比增长4.9%」); `place_before` is the whole area an earlier
    sentence of the paragraph made the subject (as written), which holds until the sentence names another;
    `listed_in_brackets` gives (place, name) of figures listed in brackets (bracketed.bracketed), by their
    position in `quantities`."""
    # Read a folded copy (simplified, half-width digits) of the same length; names are given back
    # as the original text writes them.
    base = sentence.start
    spans = [(q.start - base, q.end - base) for q in quantities]
    text = sentence.text
    # fold() finds text with nothing to fold in one search; the rest is folded in this module's order.
    folded = _mask_asides(text if fold(text) is text else fold_width(fold_script(text)), spans)
    folded = mask_dateline(folded)  # 「新华社北京1月17日电」 names no subject, and is no part of a name
    reading = _Reading(folded, sentence.text, spans, quantities, [q.unit for q in quantities])
    if name_before:
        reading.carried = fold_width(fold_script(name_before))
        reading.carried_written = name_before
    if place_before:  # the place the paragraph is about holds on (「全国就业人员…。其中城镇就业人员42462万人」)
        reading.subject = _folded_subject(reading, place_before)
    if listed_in_brackets:
        reading.bracketed = listed_in_brackets
    done, count = 0, len(spans)
    clause_text = _join_digit_groups(folded, quantities, base) if "," in folded else folded
    if "《" in clause_text:
        clause_text = _TITLE.sub(_unbroken, clause_text)  # 「《前任4:英年早婚》」: a title's colon ends no clause
    for c_start, c_end in _clauses(clause_text, spans[-1][0]):
        # The figures starting in the clause: spans are in text order, so they follow one another.
        first = done
        while first < count and spans[first][0] < c_start:
            first += 1
        if first == count:
            break  # no figure in this clause or after it: what the rest says names none
        last = first
        while last < count and spans[last][0] < c_end:
            last += 1
        if first == last:
            if first in reading.bracketed and spans[first][0] == c_end + 1:
                continue  # 「广东(」: the place of the bracketed figure after it, for that figure only
            clause = folded[c_start:c_end]
            if reading.topic_fresh and folded[c_start - 1] in "：:" and reading.topic_clause.endswith(_ENUMERATORS):
                # 「人口增长较多的5个省份依次为：广东、浙江……」: the members after the colon, with the ranking before it
                clause = reading.topic_clause + folded[c_start - 1:c_end]
            reading.subject = opening_subject(clause) or _part_named(reading, c_start, c_end) or reading.subject
            reading.enumerated = enumerated(clause) or reading.enumerated
            reading.topic_clause = clause  # read only where a figure needs it (_topic)
            reading.topic_fresh = True
            continue
        done = last
        before = len(reading.facts)
        _read_clause(reading, c_start, c_end, list(range(first, last)), period_before)
        if before and c_start and folded[c_start - 1] in "(（" and spans[first - 1][1] == c_start - 1:
            _like_figure_before(reading, before)
        reading.topic_fresh = False
    return reading.facts


def _like_figure_before(reading: _Reading, first: int) -> None:
    """Figures in brackets right after a figure, of its unit and with no stat of their own, are the same
    measure of other places or times: its stat and sign (「同比增长16.8%（全国7.1%、全省14.8%）」); a figure alone
    there is the same one in another unit (「增加782.7千公顷（1174.1万亩）」)."""
    model, sign = reading.facts[first - 1], reading.word_signs[first - 1]
    if model.stat is None:
        return
    alone = len(reading.facts) - first == 1  # 「增加782.7千公顷（1174.1万亩）」: the same figure in another unit
    for k in range(first, len(reading.facts)):
        fact = reading.facts[k]
        if fact.stat is None and (fact.unit == model.unit or alone):
            reading.facts[k] = replace(fact, stat=model.stat, value=fact.value * sign if fact.value > 0 else fact.value)


_TITLE: Final = regex.compile(r"《[^《》\n]{1,40}》")


def _unbroken(title) -> str:
    """A title with its clause marks blanked, of the same length: 《前任4:英年早婚》 → 《前任4 英年早婚》."""
    return CLAUSE_BREAK.sub(" ", title.group())


def _join_digit_groups(folded: str, quantities: list[Quantity], base: int) -> str:
    """The sentence with the commas inside its figures (3,633,000人) blanked and a half-width comma alone
    between two figures written as 、, so that they break no clause; the length stays the same.

    >>> from pipeline.quantities import find_quantities
    >>> _join_digit_groups("由3,633,000人增加至3,660,400人", find_quantities("由3,633,000人增加至3,660,400人"), 0)
    '由3 633 000人增加至3 660 400人'
    """
    grouped = [q for q in quantities if "," in q.text]
    # 「分别增长57.3%, 36.8%和33.1%」: a half-width comma alone between two figures lists them, as 、 does
    listed = [k for k in range(1, len(quantities))
              if folded[quantities[k - 1].end - base: quantities[k - 1].end - base + 1] == ","
              and _COMMA_ONLY.fullmatch(folded, quantities[k - 1].end - base, quantities[k].start - base)
              and quantities[k].text[:1].isdigit() and "分别" in folded[:quantities[k - 1].start - base]]
    if not grouped and not listed:
        return folded
    chars = list(folded)
    for q in grouped:
        for at in range(q.start - base, q.end - base):
            if chars[at] == ",":
                chars[at] = " "
    for k in listed:
        chars[folded.index(",", quantities[k - 1].end - base)] = "、"
    return "".join(chars)


_COMMA_ONLY: Final = regex.compile(r",\s*")


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
                 or q.unit in _RATE_UNITS and _CHANGE_AFTER.match(right) is not None)  # 「20.7%的大幅下滑」
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
            bracket_place, bracket_name = reading.bracketed[i]
            if bracket_place:
                subject, place = bracket_place, False
            named = bracket_name or _same_unit_name(reading, q.unit) or named
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
        if not signed and (q.unit == "倍" or (stat is None and (position > 0 or scope))):  # else it changes nothing
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
        if about is None and reading.facts and reading.facts[-1].subject \
                and _opens_with_verb(s[c_start:spans[in_clause[0]][0]]):
            # 「港澳居民在粤参加医保43万人次，参加养老、失业、工伤保险35.4万人次」: a clause opening with a verb
            # goes on with the subject of the clause before
            about = _folded_subject(reading, reading.facts[-1].subject)
        if shared:
            named, about = shared[0], shared[1] or about
        handed = listed is not None and i in listed[3]
        if listed is not None and handed:
            about = listed[3][i]
        if not clause_subject and not handed and reading.facts and not names_own and named == last_name \
                and (about is None or (reading.facts[-1].subject and not is_place(reading.facts[-1].subject))):
            # 「成都市实现地区生产总值2.35万亿元，增长5.7%」, 「民营企业进出口55.5亿元，增长8.5%」: the figure
            # before is of the same subject (a body named there holds rather than the place of the sentence)
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


_SCOPE_ENDS: Final = tuple(LEXICON.grammar["scope_end"])
_ORIGIN_GROUPS: Final = frozenset(LEXICON.grammar.get("origin_group", ()))
_PART_GROUPS: Final = frozenset(LEXICON.grammar.get("part_group", ()))
_WHOLE_AREAS: Final = frozenset(w.split("\t")[0] for w in LEXICON.subjects if "\t" in w and "whole" in w.split("\t")[1].split())
_UNIT_NOUNS: Final = LEXICON.unit_nouns or {}
_BASE_MEASURE: Final = regex.compile(r"(?rp)(?:超出|超过|高于|低于|多于|少于)(\p{Han}{2,16})的$")
_RANKED_FIELDS: Final = frozenset(LEXICON.grammar.get("ranked_field", ()))
_ENUMERATORS: Final = tuple(LEXICON.grammar["list_enumerator"])
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
_TO_LEVEL: Final = frozenset(("至", "到"))  # 「下跌0.2个百分点至4.5%」: the change before its level names nothing more
# words that name no figure of a list: 分别 with a copula or a stat verb (分别为, 分别增加)
_BARE_LIST: Final = regex.compile(rf"[，、\s]*(?:同比|比上年)?分别(?:为|是|达到?|{STAT_WORDS.pattern})?")
_RATE_UNITS: Final = frozenset(("%", "‰", "个百分点"))
_FROM: Final = regex.compile(r"\s*(?:由|从)?")


def _part_named(reading: _Reading, c_start: int, c_end: int) -> str | None:
    """The part a clause of a bare noun after 其中 names (「其中：新房住宅，成交535套」 → 新房住宅), which the
    clauses after it are about; None for any other clause."""
    if not 2 <= c_end - c_start <= 10 or not reading.s.startswith("其中", c_start - 3):
        return None
    noun = reading.s[c_start:c_end].strip()
    if _NOT_BARE.search(noun) or VERBS.search(noun) or STAT_WORDS.search(noun) or len(noun) < 2:
        return None
    return noun


_NOT_BARE: Final = regex.compile(r"[\d的年月季看]|\P{Han}")


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


def _topic(reading: _Reading) -> str:
    """The name a figure its own clause does not name takes: the noun phrase opening the last clause
    without figures before it, else the name the sentence before ends on."""
    return (clause_topic(reading.topic_clause) if reading.topic_clause else "") or reading.carried


def _name_figure(reading: _Reading, q: Quantity, left: str, right: str, in_clause, position, c_end, after_phrase,
                 last_name: str):
    """What the words around a figure say of it, as _figure_words gives it."""
    spans = reading.spans
    last = position + 1 == len(in_clause)
    if right or last:
        return _read_figure(left, right, q.unit, last, after_phrase, last_name, bool(reading.names))
    # 「推出12批1181项创新政策」: a count of batches before the count of items (unless the left names it)
    after = in_clause[position + 1]
    following = spans[in_clause[position + 2]][0] if position + 2 < len(in_clause) else c_end
    phrase = right_name(reading.s[spans[after][1]:following], reading.quantities[after].unit) \
        if not _left_words(left)[2] else right_name(right, q.unit, 2, last)
    named = _name_in_words(left, right, q.unit, phrase, after_phrase, last_name, bool(reading.names))
    return _figure_words(*named, left, right, q.unit, last_name, True)


@lru_cache(maxsize=16384)
def _read_figure(left: str, right: str, unit: str, last: bool, after_phrase: bool, last_name: str,
                 named_before: bool):
    """_figure_words of a figure named by the words around it, read once for each such key (`last`: no
    other figure follows in the clause; `named_before`: the sentence named a figure before it)."""
    phrase = right_name(right, unit, 2, last)
    named = _name_in_words(left, right, unit, phrase, after_phrase, last_name, named_before)
    return _figure_words(*named, left, right, unit, last_name, True)


def _figure_words(named: str, phrase: str | None, stat_words: str, left: str, right: str, unit: str,
                  last_name: str, own: bool):
    """All that the words around a figure say of it, given its name, the phrase read right of it and its
    stat words; `last_name` is the name of the figure before, `own` whether the figure was named here
    (not handed a member of a list). (name, phrase, subject, whether the subject is a place that carries
    to the next clauses, cumulative scope word, whether the left holds a name of its own, stat, sign,
    whether a minus sign wrote the sign, the (stat, sign) a change after the figure says, the list it is
    shared by (_distributed), how many characters of the right the phrase takes)."""
    subject, cumulative, names_own = _left_words(left)
    group = counted_group(phrase, unit, subject is None) \
        if phrase and (subject is None or left.rstrip(_BLANKS).endswith(subject)) else None
    if group:  # (「全省41个县一般公共预算支出」: the group within the area the count follows)
        subject = group  # 「31个大城市城镇调查失业率为5.2%」: the cities are whose figures follow
    named, stat_words = _name_from_before(named, left, right, unit, last_name, stat_words, names_own)
    if subject and (_is_example(left.strip("、，"), subject, phrase) or _listed_example(left, subject)):
        subject = None  # 「商丘等5个国家骨干冷链物流基地」: the place is an example, not whose the figure is
    # 「31个省份中，……」: a group closing a scope holds for the clauses after it
    scope = bool(group and phrase and phrase.endswith(_SCOPE_ENDS))
    place = bool(subject and (is_place(subject) or scope) and ("对" + subject) not in left)  # 「对东盟进出口」: a partner
    base = compared_base(left, right) if unit in ("%", "‰") and not subject else None
    if base:  # 「降幅小于全国6.4%的平均降幅」: the base's own figure, for its clause only, its stat in its noun
        subject, place, stat_words = base[0], False, base[1]
        named = base[1] if not base[1].endswith("水平") else last_name or base[1]  # 「高于全国5.1%的平均水平」
    step = named in _LONE_STEPS and bool(last_name) and left.strip(_BLANKS) == named
    glued = not step and len(named) > 2 and named[-1] in _LONE_STEPS and named[-2] not in _STEP_WORD_STARTS \
        and left.rstrip(_BLANKS).endswith(named)
    stat, sign, signed = _stat_in_words(stat_words, left, unit, bool(phrase))
    if step:  # 「产量达3580万吨，增6.3%」: 增 alone is the change of the figure before
        (stat, sign), signed, named = read_stat("比" + named, unit), False, last_name
    elif glued and stat is None:  # 「发明专利授权增七成」: 增 glued to the name it changes
        (stat, sign), named = read_stat("比" + named[-1], unit), named[:-1]
    if stat is None and unit in ("%", "‰") and named.endswith(_STRUCTURE_NOUNS):
        stat = "share"  # 「一二三产业就业结构由81.8%、9.1%、9.1%调整为……」: the parts of a whole
    after = _CHANGE_AFTER.match(right) if unit in ("%", "个百分点", "倍") and not phrase else None
    change_after = read_stat(after.group(1), unit) if after else None
    shared = _distributed(named, left, unit) if own and names_own and "、" in named else None  # a list is joined by 、
    skip = len(phrase) if phrase and right.startswith(phrase) else 0
    return named, phrase, subject, place, cumulative, names_own, stat, sign, signed, change_after, shared, skip


def _stat_of(reading: _Reading, q: Quantity, named: str, left: str, stat, sign, position, scope, names_own: bool):
    """(stat, sign) of a figure from the stat its words say (_stat_in_words, where no minus sign wrote
    the sign), its clause's scope word and the figure before."""
    last_name = reading.names[-1] if reading.names else ""
    carried = bool(reading.facts) and position > 0 and named == last_name and not names_own
    if stat is None and carried and reading.facts[-1].stat == "share":
        stat = "share"  # 「占规上工业比重从40.3%提高到45.4%」
    if stat is None and scope and not STAT_WORDS.search(left):
        stat, sign = read_stat(scope, q.unit)
    if q.unit == "倍" and q.text.startswith("翻"):
        stat = "growth_rate"  # 「经济总量翻一番」: a doubling is growth, whatever 累计 says
    return stat, sign


@lru_cache(maxsize=16384)
def _left_words(left: str) -> tuple[str | None, str | None, bool]:
    """What the words left of a figure say by themselves, read once for each such text: (the subject they
    name, the cumulative scope word they hold or None, whether they hold a name of their own)."""
    subject, _rest = find_subject(left.strip("、，"))
    found = SCOPE_WORDS.search(left)
    cumulative = found.group() if found and SCOPE_STATS[found.group()] == "cumulative" else None
    return subject, cumulative, bool(left_name(left))


@lru_cache(maxsize=16384)
def _stat_in_words(stat_words: str, left: str, unit: str, phrase: bool) -> tuple[str | None, int, bool]:
    """(stat, sign, whether a minus sign wrote the sign) of a figure from its words alone, read once for
    each; `phrase`: whether a noun phrase right of the figure names it."""
    if phrase and stat_words.rstrip().endswith("等"):
        stat_words = "".join(SCOPE_WORDS.findall(stat_words))  # 「渗透率、收入增幅等5项指标」
    stat, sign = read_stat(_tail(stat_words), unit)
    if stat is None and unit in ("%", "‰") and share_of_base(stat_words):
        stat = "share"  # 「中位数是平均数的86.7%」, 「分别为全国平均水平的44%」: a share of the base before 的
    bare = left.strip()
    if bare.endswith(_MINUS_SIGNS) and _MINUS_BEFORE.search(bare):
        return stat, -sign, True  # 「自然增长率为-0.99‰」: a minus sign before the number
    if stat is None and cut_by(left.strip("、，；：　 "), unit):
        stat, sign = "growth_rate", -1
    if stat is None and unit in ("%", "‰") and _PART_OF_GROUP.search(bare):
        stat = "share"  # 「参与调查的经济学人中有65.0%的认为」: the part of the group before 中 the figure is
    return stat, sign, False


_PART_OF_GROUP: Final = regex.compile(r"(?rp)(?<![其集高初])中[，,]?\s*(?:有|约有|仅有|只有)$")


_ONLY_JOINED: Final = regex.compile(r"[\s、，,和及与]*|[\s、，,]*以及\s*")  # figures joined as a list, nothing said between
_MANNER: Final = "|".join(regex.escape(word) for word in LEXICON.grammar.get("manner", ())) or "(?!)"
_CHANGE_AFTER: Final = regex.compile(rf"^的?(?:{_MANNER})?(增长|下降|增幅|降幅|下滑|下跌|上涨|回落)(?:势头|态势|(?=[，,；;。、]|$))")
_STRUCTURE_NOUNS: Final = tuple(LEXICON.grammar.get("structure_noun", ()))
_LONE_STEPS: Final = frozenset(("增", "减"))
_STEP_WORD_STARTS: Final = frozenset("新净递倍激猛骤剧锐陡增缩削裁精核加")  # 新增, 净增, 递减, 缩减: words, not a step
_COMPARED_WITH: Final = ("低于", "高于")


_MEASURE_ENDS: Final = tuple(LEXICON.grammar["measure_end"])
_GAPPED_NAME: Final = regex.compile(r"\p{Han}{2,6}")


def _gapped_subject(left: str, named: str, subject: str | None, last_name: str, unit: str, before: str) -> str | None:
    """The subject of a rate whose measure a clause joined to the one before leaves out (gapping): a name
    that measures nothing, then the stat words, after a measure named before. 「……销售收入同比增长21.3%、
    锦艺王府井同比增长12%」 → 锦艺王府井 (of 销售收入); 「出口同比增长」, 「工业用电同比增长」 name their own
    measure (ending as a measure does, or sharing words with the one before). The clauses are parallel: the
    figure before (its words `before`) ends on the same stat words (「贸易顺差收窄」 after 「快于出口」 is not).

    >>> _gapped_subject("、锦艺王府井同比增长", "锦艺王府井", None, "销售收入", "%", "百货大楼销售收入同比增长")
    '锦艺王府井'
    >>> _gapped_subject("，出口同比增长", "出口", None, "进出口", "%", "进出口同比增长") is None
    True
    >>> _gapped_subject("、工业用电同比增长", "工业用电", None, "全社会用电量", "%", "用电量同比增长") is None
    True
    """
    if unit not in ("%", "‰") or not last_name.endswith(_MEASURE_ENDS) or not _GAPPED_NAME.fullmatch(named) \
            or named.endswith(_MEASURE_ENDS) or VERBS.search(named) \
            or any(named[k:k + 2] in last_name for k in range(len(named) - 1)):  # 「工业用电」: of 用电量
        return None
    body = left.strip(_BLANKS)
    whole = (subject + named) if subject and body.startswith(subject + named) else named
    said = body[len(whole):]
    if not body.startswith(whole) or left_name(said) or not STAT_WORDS.search(said) or not before.endswith(said):
        return None
    return whole

