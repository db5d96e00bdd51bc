"""Read one sentence: a name, subject, stat and period for each of its statistics.

The sentence is cut into clauses at ，；： and the like; in each clause every figure is named by the
left reading (the noun phrase before it) or the right reading (the noun phrase a count stands before);
a clause that only holds verbs and the number (、增长5.4%) carries the name of the figure before it; a
分别 clause hands each figure one member of its list. Places named as subjects carry to the next
clauses of the sentence; bodies (民营企业) hold for their own clause only.
"""
from __future__ import annotations

from .fact import replace
from functools import lru_cache

from .. import cached_regex as regex

from ..lexicon import LEXICON
from ..quantities import Quantity
from ..script import fold, fold_script, fold_width
from ..segment import Sentence
from .fact import Fact
from .lists import enumerated, listed_names, shared_head
from .metric import (balanced_quotes, clause_topic, left_name, peel_tail, percent_of, right_name, share_of_base,
                     starts_with_level_noun, with_action)
from .period import period_at, periods_in
from .stat import cut_by, read_stat
from .subject import compared_base, counted_group, find_subject, is_place, mask_dateline, opening_subject
from .words import HEADS, VERBS, CLAUSE_BREAK, SCOPE_STATS, SCOPE_WORDS, STAT_WORDS

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


NEAR = 200


class _Reading:
    """What a sentence has said so far, as its clauses are read from left to right."""

    __slots__ = ("s", "original", "as_written", "periods", "spans", "quantities", "units", "facts", "names",
                 "subject", "last_list", "enumerated", "carried", "topic_clause", "word_signs")

    def __init__(self, s: str, original: str, spans: list[tuple[int, int]], quantities: list[Quantity],
                 units: list[str]):
        self.s = s                          # the folded sentence
        self.original = original            # the sentence as written
        self.as_written = s == original     # whether folding left the sentence as written
        self.periods = periods_in(s)        # the periods written in it, for period_at (find_period)
        self.spans = spans
        self.quantities = quantities
        self.units = units                  # the unit of each figure
        self.facts: list[Fact] = []
        self.names: list[str] = []          # folded names of the figures so far
        self.subject: str | None = None     # the last place named as a subject
        self.last_list: list[str] | None = None  # the members of the last 分别 list
        self.enumerated: tuple[str, tuple[str, ...]] | None = None  # (name, places) of 「……依次是东部、西部」
        self.carried = ""                   # the name the sentence before ends on (read_sentence)
        self.topic_clause = ""              # the last clause without figures before the first figure
        self.word_signs: list[int] = []     # the sign the words before each figure give (not a minus sign)


def read_sentence(sentence: Sentence, quantities: list[Quantity], period_before: str | None,
                  name_before: str | None = None, place_before: str | None = None) -> list[Fact]:
    """The facts of one sentence's statistics (`quantities`, in text order); `name_before` names a figure
    whose clause names nothing before any figure of the sentence is named (the topic of the sentence
    before: 「国内生产总值增长9.8%。三季度同比增长4.9%」); `place_before` is the whole area an earlier
    sentence of the paragraph made the subject (as written), which holds until the sentence names another."""
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
    if place_before:  # the place the paragraph is about holds on (「全国就业人员…。其中城镇就业人员42462万人」)
        reading.subject = _folded_subject(reading, place_before)
    done, count = 0, len(spans)
    for c_start, c_end in _clauses(folded, spans[-1][0]):
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
            reading.subject = opening_subject(folded[c_start:c_end]) or reading.subject
            reading.enumerated = enumerated(folded[c_start:c_end]) or reading.enumerated
            reading.topic_clause = folded[c_start:c_end]  # read only where a figure needs it (_topic)
            continue
        done = last
        _read_clause(reading, c_start, c_end, list(range(first, last)), period_before)
    return reading.facts


def _read_clause(reading: _Reading, c_start: int, c_end: int, in_clause: list[int], period_before) -> None:
    s, spans, quantities = reading.s, reading.spans, reading.quantities
    listed = listed_names(s, c_start, spans, in_clause, reading.last_list or reading.names, reading.units) \
        if len(in_clause) > 1 else None  # a list hands out two figures or more
    if listed:
        reading.last_list = listed[1]
    cursor, scope, clause_subject, after_phrase = c_start, None, None, False
    places = _enumerated_places(reading, c_start, c_end, in_clause) if reading.enumerated else {}
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
            and (not right.strip(_BLANKS) or _SIZE_OF_CHANGE.match(right)) and not _left_words(left)[2] else "")
        if listed and i in listed[0]:
            read = _figure_words(listed[0][i], None, listed[2][i], left, right, q.unit, last_name, False)
        else:
            read = _name_figure(reading, q, left, right, in_clause, position, c_end, after_phrase, last_name)
        named, phrase, subject, place, cumulative, names_own, stat, sign, signed, change_after, shared, skip = read
        if subject and named == subject and last_name and q.unit in _RATE_UNITS and _FROM.fullmatch(left, len(subject)):
            # 「……的失业保险稳岗返还比例由60%提至90%，大企业由30%提至50%」: the same measure, of other firms
            before = _folded_subject(reading, reading.facts[-1].subject) if reading.facts else None
            named = last_name[len(before):].lstrip("的") if before and last_name.startswith(before) else last_name
        if i in places:  # 「工资由高到低依次是东部、西部……，分别为93253元、75755元……」
            subject = places[i]
            named = reading.enumerated[0] or named if _BARE_LIST.fullmatch(left) else named
        if position == 0 and cumulative:
            scope = cumulative
        if not signed and (q.unit == "倍" or (stat is None and (position > 0 or scope))):  # else it changes nothing
            stat, sign = _stat_of(reading, q, named, left, stat, sign, position, scope, names_own)
        if stat is None and change_after:
            stat, sign = change_after  # 「经营收入均保持10%以上增长」
        if stat is None and i > 0 and not names_own and reading.facts and reading.facts[-1].stat \
                and q.unit == reading.units[i - 1] and _ONLY_JOINED.fullmatch(s, spans[i - 1][1], q_start):
            # 「增长率分别为17.2%、14.4%和13.1%」, 「分别下降3.1%、2.4%」: figures joined to a rate are rates,
            # signed as the words before the first say (not as a minus sign written before it)
            stat, sign = reading.facts[-1].stat, reading.word_signs[-1] * (sign if signed else 1)
        clause_subject = subject or clause_subject
        if place:  # 「对东盟进出口」: a partner, for its clause only
            reading.subject = subject
        about = clause_subject or reading.subject
        if about is None and reading.facts and reading.facts[-1].subject \
                and _opens_with_verb(s[c_start:spans[in_clause[0]][0]]):
            # 「港澳居民在粤参加医保43万人次，参加养老、失业、工伤保险35.4万人次」: a clause opening with a verb
            # goes on with the subject of the clause before
            about = _folded_subject(reading, reading.facts[-1].subject)
        if shared:
            named, about = shared[0], shared[1] or about
        if listed and i in listed[3]:
            about = listed[3][i]
        if not clause_subject and reading.facts and not names_own and named == last_name \
                and (about is None or (reading.facts[-1].subject and not is_place(reading.facts[-1].subject))):
            # 「成都市实现地区生产总值2.35万亿元，增长5.7%」, 「民营企业进出口55.5亿元，增长8.5%」: the figure
            # before is of the same subject (a body named there holds rather than the place of the sentence)
            about = _folded_subject(reading, reading.facts[-1].subject)
        period = (period_at(reading.periods, s, q_start) if reading.periods else None) or period_before
        reading.facts.append(_fact(reading, q, named, about, stat, sign, period))
        reading.word_signs.append(-sign if signed else sign)
        if position > 0:
            _carry_bound(reading, in_clause[position - 1], i)
            _carry_trailing_bound(reading, in_clause, position + 1)
        if phrase and position > 0:
            _share_tier_noun(reading, phrase, position)
        reading.names.append(named)
        after_phrase = skip > 0
        cursor = q_end + skip


_BARE_LIST = regex.compile(r"[，、\s]*(?:同比|比上年)?分别(?:为|是|达到?)?")  # words that name no figure of a list
_RATE_UNITS = frozenset(("%", "‰", "个百分点"))
_FROM = regex.compile(r"\s*(?:由|从)?")


def _enumerated_places(reading: _Reading, c_start: int, c_end: int, in_clause: list[int]) -> dict[int, str]:
    """{figure: place} for the figures after 分别 in a clause, handed the places a clause before listed,
    in their order (as many figures as places, or a run of them for each of several measures)."""
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
    if subject is None and phrase:
        subject = counted_group(phrase)  # 「31个大城市城镇调查失业率为5.2%」: the cities are whose figures follow
    named, stat_words = _name_from_before(named, left, right, unit, last_name, stat_words, names_own)
    if subject and (_is_example(left.strip("、，"), subject, phrase) or _listed_example(left, subject)):
        subject = None  # 「商丘等5个国家骨干冷链物流基地」: the place is an example, not whose the figure is
    place = bool(subject) and is_place(subject) and ("对" + subject) not in left  # 「对东盟进出口」: a partner
    base = compared_base(left, right) if unit in ("%", "‰") and not subject else None
    if base:  # 「降幅小于全国6.4%的平均降幅」: the base's own figure, for its clause only, its stat in its noun
        subject, place, stat_words = base[0], False, base[1]
        named = base[1] if not base[1].endswith("水平") else last_name or base[1]  # 「高于全国5.1%的平均水平」
    stat, sign, signed = _stat_in_words(stat_words, left, unit, bool(phrase))
    after = _CHANGE_AFTER.match(right) if unit in ("%", "个百分点", "倍") and not phrase else None
    change_after = read_stat(after.group(1), unit) if after else None
    shared = _distributed(named, left, unit) if own and names_own and "、" in named else None  # a list is joined by 、
    skip = len(phrase) if phrase and right.startswith(phrase) else 0
    return named, phrase, subject, place, cumulative, names_own, stat, sign, signed, change_after, shared, skip


@lru_cache(maxsize=16384)
def _name_in_words(left: str, right: str, unit: str, phrase: str | None, after_phrase: bool, last_name: str,
                   named_before: bool):
    """_name_figure once the phrase right of the figure is read: a function of the words around the figure,
    the name of the figure before it and whether the sentence named one before, read once for each."""
    stat_words = left
    if phrase and phrase[0] in "“「『《\"" and left_name(left):
        phrase = None  # a quoted name after 「城镇新增就业170万人」 starts something new
    named = with_action(phrase, left) if phrase else left_name(left, after_actor=after_phrase)
    if after_phrase and not phrase and named in HEADS and left.startswith(named) and last_name:
        named = last_name + named  # 「17个重点传统制造业增加值增长5.3%」: the count's noun begins the name
    target = _RATE_BEFORE_NOUN.match(right) if not phrase and unit in ("%", "‰") and right[:1] == "的" else None
    size = _SIZE_OF_CHANGE.match(right) if target is None and unit in ("%", "‰") and right[:1] in "的之" else None
    if size:  # 「按年录得23.6%的跌幅」: the size of a change names no thing; its words say which way
        return left_name(left) or last_name, None, left + size.group(1)
    if target:
        return target.group(1), None, "增长"  # 「5.5%左右的预期增长目标」: the rate a target of growth names
    whole = percent_of(right) if not phrase and unit in ("%", "‰") else None
    tail = left.rstrip()
    # 「覆盖95%以上行政村」, 「覆盖所有城区、镇区和95%以上行政村」: the figure opens the verb's object
    object_of = _ends_in_verb(tail) or (tail[-1:] in ("和", "及", "、") and VERBS.search(tail)
                                               and not STAT_WORDS.search(tail))
    # 「八成以上财政资金用于民生」, 「全国超半数参保企业受益」: the figure opens its clause (after its subject)
    opening = not tail.strip("、，；：　 ") and not named_before or _only_subject(tail)
    if whole is None and not phrase and unit in ("%", "‰") and (object_of or opening):
        whole = right_name(right, "个", last=False)  # 「覆盖95%以上行政村」: a share of the noun after it
        if whole:  # 「养老助餐点覆盖九成以上城乡社区」 → 养老助餐点覆盖城乡社区
            named = left_name(left) if _ends_in_verb(tail) else ""
    if whole is None and not phrase and not named and right.startswith("的"):
        phrase = right_name(right, unit, through_de=True)  # 「选择11个左右的县」: a count before 的 and a noun
        named = phrase or named
    if whole:
        named = named + whole if named else whole  # 「覆盖全省93%的建制镇」
        stat_words = stat_words + "占"
    if not phrase and starts_with_level_noun(right):
        named = last_name or named
    if not named:
        phrase = right_name(right, unit, shortest=1)
        named = phrase or last_name or left.strip("、，；：　 ") or _clause_after(right, unit)
    return named, phrase, stat_words


def _only_subject(words: str) -> bool:
    """Whether the words before a figure are a subject alone (「，全国」), which names nothing of it."""
    body = words.strip("、，；：　 ")
    return bool(body) and find_subject(body) == (body, "")


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
    return stat, sign, False


def _fact(reading: _Reading, q: Quantity, named: str, subject, stat, sign: int, period) -> Fact:
    value = q.value * sign if q.value is not None else q.value
    value_max = q.value_max * sign if (q.value_max is not None and sign < 0) else q.value_max
    if sign < 0 and value_max is not None:
        value, value_max = min(value, value_max), max(value, value_max)
    s, original = reading.s, reading.original
    if reading.as_written:  # names read from the text are as written, but for blanks (_as_written)
        metric = named if not named or _FILLER not in named else _as_written(named, s, original)
        subject = subject if not subject or _FILLER not in subject else _as_written(subject, s, original)
        period = period if not period or _FILLER not in period else _as_written(period, s, original)
    else:
        metric, subject, period = (_as_written(named, s, original), _as_written(subject, s, original),
                                   _as_written(period, s, original))
    if metric and metric[-1] in _QUOTE_MARKS or metric and metric[0] in _QUOTE_MARKS:
        metric = balanced_quotes(metric)
    fact = _NEW(Fact)  # Fact(...), without the frozen dataclass's cost per field; the fields in order
    _SET(fact, "__dict__", {
        "metric": metric,
        "subject": subject,
        "value": value,
        "value_max": value_max,
        "unit": q.unit or _implied_unit(metric),
        "bound": q.bound,
        "stat": stat,
        "period": period,
        "text": q.text,
        "sentence": original,
        "start": q.start,
        "end": q.end,
    })
    return fact


_NEW = object.__new__
_SET = object.__setattr__
_QUOTE_MARKS = frozenset("“”‘’《》「」『』\"")
_IMPLIED = LEXICON.implied_units or {}
_IMPLIED_ENDS = tuple(_IMPLIED)


def _implied_unit(metric: str | None) -> str:
    """The unit a metric's head noun implies where its figure has none (「参保人数突破5100万」 → 人).

    >>> _implied_unit("基本养老保险参保人数"), _implied_unit("地区生产总值")
    ('人', '')
    """
    if not metric or not metric.endswith(_IMPLIED_ENDS):
        return ""
    return next(_IMPLIED[head] for head in _IMPLIED if metric.endswith(head))
_BLANKS = "、，；：　 \t"


def _carry_bound(reading: _Reading, before: int, i: int) -> None:
    """A bound word before the first of figures joined by 、 bounds them all: 「接连突破8万亿元、9万亿元」
    (quantities.py reads each figure alone, so the second comes as eq)."""
    first, q = reading.quantities[before], reading.quantities[i]
    carried = reading.facts[-2].bound if len(reading.facts) > 1 else "eq"
    if q.bound != "eq" or carried == "eq" or first.unit != q.unit:
        return
    if reading.s[reading.spans[before][1]: reading.spans[i][0]] not in ("、", "和", "及", "与"):
        return
    if first.bound == "eq" or any(first.text.startswith(word) for word in LEXICON.bounds_before):
        reading.facts[-1] = replace(reading.facts[-1], bound=carried)


_TRAILING_BOUNDS = tuple(word for word in LEXICON.bounds_after if len(word) > 1)


def _carry_trailing_bound(reading: _Reading, in_clause: list[int], count: int) -> None:
    """A bound word closing figures of one unit joined by 、 bounds them all: 「分别增长5%、6.5%左右」 makes
    5% approx too, 「分别达到90%、95%以上」 ge; a single-character tail (200多亿条) is part of its own figure.
    The figures are the first `count` of the clause (`in_clause`), the last of them the one just read."""
    listed = in_clause  # read up to `count`, without a copy per figure
    last = reading.quantities[listed[count - 1]]
    if last.bound == "eq" or not last.text.endswith(_TRAILING_BOUNDS):
        return
    back = 1
    while back < count:
        before, after = listed[count - 1 - back], listed[count - back]
        q = reading.quantities[before]
        if q.unit != last.unit or q.bound != "eq" or reading.facts[-1 - back].bound != "eq":
            return
        if reading.s[reading.spans[before][1]: reading.spans[after][0]] != "、":
            return
        reading.facts[-1 - back] = replace(reading.facts[-1 - back], bound=last.bound)
        back += 1


def _folded_subject(reading: _Reading, subject: str | None) -> str | None:
    """A subject as written, back in the folded copy (facts hold the text's own script)."""
    if not subject:
        return subject
    at = reading.original.find(subject)
    return reading.s[at: at + len(subject)] if at >= 0 else subject


def _share_tier_noun(reading: _Reading, phrase: str, position: int) -> None:
    """「新增2家千亿级、24家百亿级工业企业」: the tiers before share the noun after the last one."""
    tier = _TIER.search(phrase)
    if not tier or not reading.names:
        return
    head = phrase[tier.end():]
    back = 1
    while head and back <= position and _TIER_END.search(reading.names[-back]):
        name = _as_written(reading.names[-back] + head, reading.s, reading.original)
        reading.facts[-1 - back] = replace(reading.facts[-1 - back], metric=name)
        back += 1


_ASIDE = regex.compile(r"（[^（）。；，]{1,20}）|\([^()。；，]{1,20}\)|〔[^〔〕。；，]{1,20}〕")  # 〔记者…报导〕: a byline
_FILLER = "\u3000"


def _mask_asides(s: str, spans) -> str:
    """Blank out short asides in brackets without figures (「全国固定资产投资（不含农户）408914亿元」), so that
    the name around them reads as one; the length, and so every offset, stays the same."""
    def blank(match):
        inside = any(match.start() <= a < match.end() for a, _b in spans)
        return match.group() if inside else _FILLER * len(match.group())
    if "（" not in s and "(" not in s and "〔" not in s:
        return s  # every aside opens with a bracket
    return _ASIDE.sub(blank, s)


def _as_written(name: str | None, folded: str, original: str) -> str | None:
    """The piece of the original sentence that `name` was read from (names built from a list stay as built)."""
    if name and _FILLER in name:
        name = name.replace(_FILLER, "")
    if not name or folded == original:
        return name
    at = folded.find(name)
    if at >= 0:
        return original[at: at + len(name)]
    # A name built from pieces (a list member with its shared head): each character as the text writes it
    # where the folded text last holds it.
    written = []
    for char in name:
        at = folded.rfind(char)
        written.append(original[at] if at >= 0 else char)
    return "".join(written)


@lru_cache(maxsize=16384)
def _tail(words: str) -> str:
    """The words between a name and its figure, where stat words count (增长 in 经济增长贡献 does not)."""
    words = words.rstrip()
    peeled = peel_tail(words)
    scope = "".join(SCOPE_WORDS.findall(peeled))
    rate = _RATE_NOUN_END.search(peeled) if peeled.endswith(_RATE_NOUN_LAST) \
        and not peeled.endswith(_RATE_INDICATORS) else None
    if rate:  # 「增长率分别为17.2%」, 「工业增加值增速为5%」: a name ending in a rate noun says the figure is a rate
        scope += rate.group()
    return scope + (words[len(peeled):] if words.startswith(peeled) else words)


_RATE_NOUN_END = regex.compile(r"(?:增长|下降|上涨|下跌)率$|[增降涨升跌]幅$|增速$")
_RATE_NOUN_LAST = ("率", "幅", "速")
_RATE_INDICATORS = tuple(LEXICON.look_alikes.get("rate_indicator", ()))  # 自然增长率: a level, not a change


# Patterns anchored at the end ($) are searched from the end, longest first ((?rp)): the same match as a
# forward search, without trying every start position of the text.
_MINUS_BEFORE = regex.compile(r"(?rp)(?:^|[为是达：:，,])(?:-|−|负)$")
_MINUS_SIGNS = ("-", "−", "负")  # what a _MINUS_BEFORE match ends with: a text ending otherwise needs no search
# A rate written before the noun it fills, with 的: 「5.5%左右的预期增长目标」, 「4.5%左右的增长目标」, 「6%的增速」
_RATE_BEFORE_NOUN = regex.compile(r"的((?:\p{Han}{0,6}?)(?:增长|增速)(?:预期)?目标|\p{Han}{0,6}?增速)")
_SIZE_OF_CHANGE = regex.compile(r"[的之](?:按年|同比)?(?:平均)?(增幅|涨幅|升幅|跌幅|降幅)(?![^，,；;。]*目标)")
_LONG_VERB_WORDS = frozenset(w for w in LEXICON.verbs if len(w) > 1)
_LONG_VERB_LENGTHS = sorted({len(w) for w in _LONG_VERB_WORDS})


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
_ONLY_JOINED = regex.compile(r"[\s、，,和及与]*|[\s、，,]*以及\s*")  # figures joined as a list, nothing said between
_CHANGE_AFTER = regex.compile(r"^的?(增长|下降|增幅|降幅)(?:[，,；;。、]|$)")
_GRAMMAR = LEXICON.grammar
_DISTRIBUTIVE = regex.compile(rf"(?:{'|'.join(_GRAMMAR['distributive'])})"
                              rf"(?:{'|'.join(sorted(_GRAMMAR['distributive_verb'], key=len, reverse=True))})?$")
_GROUP = regex.compile(rf"(?:{'|'.join(sorted(_GRAMMAR['group'], key=len, reverse=True))})$")
_COMBINED = regex.compile(r"合计|共计|总计|累计|总和|合共|[两二三四五六七八九十\d]+(?:大|个|项|类|种|条)")
_NEWLY = regex.compile(r"新[^\d，、]{1,3}")
_TIER = regex.compile(r"^[^，、]{1,8}?[级型类]")
_TIER_END = regex.compile(r"[级型类]$")
_SPENT_VERBS = ("用于", "投向", "投入", "来自", "集中在", "集中于", "流向")
_SPENT_ON = regex.compile(rf"(?:{'|'.join(_SPENT_VERBS)})[^，,；;。、]{{1,12}}")
_SPENT_FIRST = frozenset(verb[:2] for verb in _SPENT_VERBS)  # the first two characters of a _SPENT_ON match
