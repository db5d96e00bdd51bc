"""What the words around a figure say of it: its name, the subject they name, its stat and sign, the
phrase right of it, a change said after it (「20.7%的大幅下滑」), a subject a gapped clause names
(「……销售收入同比增长21.3%、锦艺王府井同比增长12%」).

>>> _left_words("全市地区生产总值")
('全市', None, True)
>>> _stat_in_words("同比下降", "地区生产总值同比下降", "%", False), _stat_in_words("为", "自然增长率为-", "‰", False)
(('growth_rate', -1, False), (None, -1, True))
>>> _stat_in_words("中位数是平均数的", "中位数是平均数的", "%", False)
('share', 1, False)
"""
from __future__ import annotations

from typing import Final

from ..memo import remember
from .. import cached_regex as regex
from ..lexicon import LEXICON
from ..quantities import Quantity
from .counted_noun import right_name
from .metric import left_name, share_of_base
from .kinds import class_of
from .places import counted_group, is_place
from .stat import cut_by, read_stat
from .subject import compared_base, find_subject
from .words import SCOPE_STATS, SCOPE_WORDS, STAT_WORDS, VERBS, unscoped
from .carry import _Reading
from .naming import (_BLANKS, _MINUS_BEFORE, _MINUS_SIGNS, _distributed, _is_example, _listed_example,
                     _name_from_before, _name_in_words, _tail)

_SCOPE_ENDS: Final = tuple(LEXICON.grammar["scope_end"])
_MANNER: Final = "|".join(regex.escape(word) for word in LEXICON.grammar.get("manner", ())) or "(?!)"
# (a rate noun written right after its figure ranks it: 「温州以69.78%涨幅居首」)
_CHANGE_AFTER: Final = regex.compile_for_re(rf"^的?(?:{_MANNER})?(增长|下降|增幅|降幅|涨幅|跌幅|下滑|下跌|上涨|回落)"
                                     r"(?:势头|态势|(?=[，,；;。、]|$|居首|居次|位居|最))")
_STRUCTURE_NOUNS: Final = tuple(LEXICON.grammar.get("structure_noun", ()))
_LONE_STEPS: Final = frozenset(("增", "减"))
_STEP_WORD_STARTS: Final = frozenset("新净递倍激猛骤剧锐陡增缩削裁精核加")  # 新增, 净增, 递减, 缩减: words, not a step
_MEASURE_ENDS: Final = tuple(LEXICON.grammar["measure_end"])
_GAPPED_NAME: Final = regex.compile(r"\p{Han}{2,6}")


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
    name, named_phrase, stat_words = _name_in_words(left, right, q.unit, phrase, after_phrase, last_name,
                                                    bool(reading.names), False)
    return _figure_words(name, named_phrase, stat_words, left, right, q.unit, last_name, True)


_READ_FIGURE_MEMO: Final[dict[tuple[str, str, str, bool, bool, str, bool], tuple]] = {}  # _read_figure's memo (memo.py)


def _read_figure(left: str, right: str, unit: str, last: bool, after_phrase: bool, last_name: str,
                 named_before: bool) -> tuple:
    """_figure_words of a figure named by the words around it, read once for each such key (`last`: no
    other figure follows in the clause; `named_before`: the sentence named a figure before it)."""
    key = (left, right, unit, last, after_phrase, last_name, named_before)
    found = _READ_FIGURE_MEMO.get(key)
    if found is None:
        found = remember(_READ_FIGURE_MEMO, key, _figure_read(left, right, unit, last, after_phrase, last_name,
                                                              named_before))
    return found


def _figure_read(left: str, right: str, unit: str, last: bool, after_phrase: bool, last_name: str,
                 named_before: bool) -> tuple:
    """_read_figure, read (its memo keeps what it gives)."""
    phrase = right_name(right, unit, 2, last)
    # (the three parts named: a call of a compiled function with *args goes through Python's protocol)
    name, named_phrase, stat_words = _name_in_words(left, right, unit, phrase, after_phrase, last_name, named_before, last)
    return _figure_words(name, named_phrase, stat_words, left, right, unit, last_name, True)


def _figure_words(named: str, phrase: str | None, stat_words: str, left: str, right: str, unit: str,
                  last_name: str, own: bool):
    """All that the words around a figure say of it, given its name, the phrase read right of it and its
    stat words; `last_name` is the name of the figure before, `own` whether the figure was named here
    (not handed a member of a list). (name, phrase, subject, whether the subject is a place that carries
    to the next clauses, cumulative scope word, whether the left holds a name of its own, stat, sign,
    whether a minus sign wrote the sign, the (stat, sign) a change after the figure says, the list it is
    shared by (_distributed), how many characters of the right the phrase takes)."""
    subject, cumulative, names_own = _left_words(left)
    # (the firms a count counts are whose figures follow only where the clause goes on after them: 「303家龙头企业、
    # 5000多个合作社」 lists counts, of the area before)
    group = counted_group(phrase, unit, subject is None and _goes_on(right, phrase)) \
        if phrase and (subject is None or left.rstrip(_BLANKS).endswith(subject)) else None
    if group:  # (「全省41个县一般公共预算支出」: the group within the area the count follows)
        subject = group  # 「31个大城市城镇调查失业率为5.2%」: the cities are whose figures follow
    named, stat_words = _name_from_before(named, left, right, unit, last_name, stat_words, names_own)
    if subject and unit in _BODY_COUNT_UNITS and named == subject and class_of(subject) == subject:
        subject = None  # 「上市公司增至88家」: the class of firms is what is counted, not whose figure it is
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
    if q.unit == "%" and q.text.startswith("翻"):
        stat = "growth_rate"  # 「经济总量翻一番」: a doubling is growth, whatever 累计 says
    return stat, sign


_BODY_COUNT_UNITS: Final = frozenset(LEXICON.grammar.get("body_count_unit", ()))


def _goes_on(right: str, phrase: str) -> bool:
    """Whether words follow the noun phrase a count stands before, in its clause (「34家餐饮企业实现营业额」), where
    only another member of a list (「303家龙头企业、」) or nothing does.

    >>> _goes_on("餐饮企业实现营业额", "餐饮企业"), _goes_on("龙头企业、", "龙头企业")
    (True, False)
    """
    rest = right[len(phrase):] if right.startswith(phrase) else right
    rest = rest.strip(_BLANKS + "、和及与")
    return len(rest) >= 2


_LEFT_WORDS_MEMO: Final[dict[str, tuple[str | None, str | None, bool]]] = {}  # _left_words's memo (memo.py)


def _left_words(left: str) -> tuple[str | None, str | None, bool]:
    """What the words left of a figure say by themselves, read once for each such text: (the subject they
    name, the cumulative scope word they hold or None, whether they hold a name of their own)."""
    if left in _LEFT_WORDS_MEMO:
        return _LEFT_WORDS_MEMO[left]
    return remember(_LEFT_WORDS_MEMO, left, _left_words_read(left))


def _left_words_read(left: str) -> tuple[str | None, str | None, bool]:
    """_left_words, read (its memo keeps what it gives)."""
    subject, _rest = find_subject(left.strip("、，"))
    found = SCOPE_WORDS.search(unscoped(left))  # (「全国人口共」: a copula, no scope)
    cumulative = found.group() if found and SCOPE_STATS[found.group()] == "cumulative" else None
    return subject, cumulative, bool(left_name(left))


_STAT_IN_WORDS_MEMO: Final[dict[tuple[str, str, str, bool], tuple[str | None, int, bool]]] = {}  # _stat_in_words's memo (memo.py)


def _stat_in_words(stat_words: str, left: str, unit: str, phrase: bool) -> tuple[str | None, int, bool]:
    """(stat, sign, whether a minus sign wrote the sign) of a figure from its words alone, read once for
    each; `phrase`: whether a noun phrase right of the figure names it."""
    key = (stat_words, left, unit, phrase)
    if key in _STAT_IN_WORDS_MEMO:
        return _STAT_IN_WORDS_MEMO[key]
    return remember(_STAT_IN_WORDS_MEMO, key, _stat_in_words_read(stat_words, left, unit, phrase))


def _stat_in_words_read(stat_words: str, left: str, unit: str, phrase: bool) -> tuple[str | None, int, bool]:
    """_stat_in_words, read (its memo keeps what it gives)."""
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
