"""The topic of a clause without figures: the noun phrase it opens with, which the figures of the
clauses after it measure where they name nothing themselves.

>>> clause_topic("一季度东部地区外贸继续保持快速增长态势")
'外贸'
"""
from __future__ import annotations

from typing import Final

from ..memo import remember
from .. import cached_regex as regex
from ..lexicon import LEXICON
from .counted_noun import _right_stop
from .empty import _MEASURE_ENDS
from .metric import _AFFECTED, _DIGIT, left_name
from .period import strip_periods
from .subject import find_subject
from .trim import _EDGE_PUNCT, peel_head, peel_tail
from .words import STAT_WORD_SET, VERBS, alternation

_GRAMMAR: Final = LEXICON.grammar
_NEXT_RANKED: Final = tuple(sorted(LEXICON.grammar.get("next_ranked", ()), key=len, reverse=True)) or ("\0",)
_RANKING_LISTED: Final = regex.compile(rf"(?:最|较)\p{{Han}}{{1,2}}的(?:前)?(?:\d+|[一二两三四五六七八九十]+)(?:个|座|家)?(?:{alternation(_GRAMMAR['ranked_field'])})依次")
_AGED: Final = regex.compile(rf"\d{{1,3}}(?:[至到\-—－~～]\d{{1,3}})?岁(?:及以上|以上|以下)?(?:{alternation(_GRAMMAR['age_group'])})\p{{Han}}{{0,4}}")


_CLAUSE_TOPIC_MEMO: Final[dict[str, str]] = {}  # clause_topic's memo (memo.py)


def clause_topic(clause: str) -> str:
    """The noun phrase a clause without figures opens with, before its predicate: what the figures of
    the clauses after it measure, where they name nothing themselves.

    >>> clause_topic("一季度东部地区外贸继续保持快速增长态势"), clause_topic("政府最终消费支出有所回落")
    ('外贸', '政府最终消费支出')
    >>> clause_topic("持续高于临界点"), clause_topic("其次为食品、酒类饮品及烟草")
    ('', '食品、酒类饮品及烟草')
    >>> clause_topic("以服务及销售人员最多"), clause_topic("失业人口中"), clause_topic("这样的精准扶贫表")
    ('服务及销售人员', '失业人口', '精准扶贫表')
    """
    found = _CLAUSE_TOPIC_MEMO.get(clause)
    return found if found is not None else remember(_CLAUSE_TOPIC_MEMO, clause, _clause_topic_read(clause))


def _clause_topic_read(clause: str) -> str:
    """clause_topic, read (its memo keeps what it gives)."""
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
    pointed = _POINTED.fullmatch(body) if body[:1] in _POINTED_FIRST else None
    if pointed and not VERBS.search(pointed.group(1)) and not _DIGIT.search(pointed.group(1)):
        return pointed.group(1)  # 「这样的精准扶贫表，英山共有147张」: the noun pointed back to
    led = _LED_FIRST.fullmatch(body) if "以" in body else None
    if led and not VERBS.search(led.group(1)):  # 「以服务及销售人员最多，占25.2%」: the member ranked first
        return led.group(1)
    _subject, name = find_subject(strip_periods(clause.strip(_EDGE_PUNCT)))
    name = peel_head(strip_periods(name.strip(_EDGE_PUNCT)))
    aged = _AGED.fullmatch(name) if name[:1].isdigit() else None
    if aged:  # 「而20至49岁的人口，也只有39.18%」: a group of ages, whose digits would end the name
        return aged.group()
    scope = _GROUP_SCOPE.fullmatch(name) if name.endswith("中") else None
    if scope and not VERBS.search(scope.group(1)) and not _DIGIT.search(scope.group(1)):
        return scope.group(1)  # 「失业人口中，92.9%是……」: the group the figures after it are parts of
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
_POINTED: Final = regex.compile(rf"(?:{alternation(_GRAMMAR['demonstrative'])})(\p{{Han}}{{2,10}})")
_POINTED_FIRST: Final = frozenset(word[0] for word in _GRAMMAR["demonstrative"])
_LED_FIRST: Final = regex.compile(rf"以(\p{{Han}}[^，、；：。\s\d]{{1,15}}?)(?:{alternation(_GRAMMAR['ranked_after'])})")
_GROUP_SCOPE: Final = regex.compile(r"(\p{Han}[^，、；：。\s]{1,11}?)(?:之中|当中|中)")
_TOPIC_ADVERB: Final = regex.compile(rf"(?:{alternation(LEXICON.look_alikes.get('topic_adverb', []))})+$")
