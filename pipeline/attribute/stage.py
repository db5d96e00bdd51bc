"""The attribution stage: every statistic of a text made a Fact (see the package's docstring).

Kept out of __init__.py so that it can be compiled (a compiled package __init__ cannot import its
submodules).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import Final

from .. import cached_regex as regex
from ..quantities import Quantity
from ..segment import Sentence
from .bracketed import bracketed
from .fact import Fact, replace
from .anaphora import refer_back
from .gapped import gapped_members
from .period import carried_periods, opening_period
from .region import document_region, national_document
from .metric import without_agent
from .trim import peel_head
from .period import strip_periods
from .sentence import read_sentence
from .carried_subject import mask_dateline, refers_back, sentence_subject
from .places import carries_topic
from .subject import find_subject
from ..lexicon import LEXICON
from ..lexicon import _lines as _lexicon_lines
from ..script import fold

__all__ = ["attribute_facts"]

_START: Final = attrgetter("start")
_READ_KINDS: Final = frozenset(("statistic", "frame"))


def attribute_facts(text: str, sentences: list[Sentence], quantities: list[Quantity]) -> list[Fact]:
    """A fact for every quantity of kind "statistic" that the text names, in text order.

    >>> from pipeline.quantities import find_quantities
    >>> text = "5.2%。"
    >>> attribute_facts(text, [Sentence(text, 0, len(text), 0)], find_quantities(text))
    []
    """
    # Frames (classify: 重点监测的244家商业企业) are read as figures, so that their nouns name none of the
    # figures after them, and give no fact.
    statistics = sorted((q for q in quantities if q.kind in _READ_KINDS), key=_START)
    if not statistics:
        return []
    frames = set()
    if not sentences:
        sentences = [Sentence(text, 0, len(text), 0)]
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[Quantity]] = {}
    with_ratio: set[int] = set()  # the sentences holding a term of a ratio, whose names _name_ratio_terms sets
    for quantity in statistics:
        index = max(bisect_right(starts, quantity.start) - 1, 0)
        by_sentence.setdefault(index, []).append(quantity)
        if quantity.ratio:
            with_ratio.add(index)
        if quantity.kind == "frame":
            frames.add(quantity.start)
    carried = _carried_by_paragraph(sentences)
    # 「广东(91723.22亿元)、江苏(…)」, 「服装(上升7.6%)；鞋类(上升6.4%)」: a list may run over 「；」, which ends sentences
    in_brackets = bracketed(text, [(q.start, q.end) for q in statistics], [q.value for q in statistics]) \
        if "(" in text or "（" in text else {}
    listed_in: dict[int, dict[int, tuple[str | None, str, tuple[str, int] | None]]] = {}
    if in_brackets:
        for number, quantity in enumerate(statistics):
            if number in in_brackets:
                index = max(bisect_right(starts, quantity.start) - 1, 0)
                listed_in.setdefault(index, {})[by_sentence[index].index(quantity)] = in_brackets[number]
    facts = []
    opened: dict[int, str | None] = {}
    named_in: dict[int, str] = {}  # paragraph → the name of its last figure so far
    # A text of one region's own (its title names it: a report, a bulletin) speaks of that region in every
    # sentence: a place a sentence names is the scene of that sentence, no topic of the next (news: none named)
    news = document_region(text) is None
    subjects = _SubjectCarry(news)
    for index in sorted(by_sentence):
        paragraph = sentences[index].paragraph
        period_before = _paragraph_period(sentences, index, opened) or carried.get(paragraph)
        place_before = subjects.before(sentences, index)
        read = read_sentence(sentences[index], by_sentence[index], period_before, named_in.get(paragraph),
                             place_before, listed_in.get(index), _text_before(sentences, index))
        subjects.after(sentences[index], read)
        if read and read[-1].metric:
            named_in[paragraph] = read[-1].metric
        facts.extend(_name_ratio_terms(sentences[index], by_sentence[index], read) if index in with_ratio else read)
    # A figure nothing names (no words in its clause, none before it) is left out: no fact without a metric.
    facts = [fact for fact in facts if fact.metric and not (frames and fact.start in frames)]
    if "的" in text:  # 「電器的銷貨價值上升0.8%。服裝上升54.1%；燃料上升12.8%」: members of a measure said once
        facts = gapped_members(facts, [sentences[max(bisect_right(starts, f.start) - 1, 0)].paragraph for f in facts])
    facts = refer_back(text, facts)  # 「宁德时代发布三季报。公司前三季度实现营业收入……」: 公司 is 宁德时代
    return _with_topic(facts, sentences, _COUNTRY if national_document(text) else None, news) \
        if len(facts) >= _TOPIC_FACTS else facts


def _text_before(sentences: list[Sentence], index: int) -> str:
    """The text of the sentences of a paragraph before one (at most _BEFORE_SENTENCES of them), as written."""
    paragraph, first = sentences[index].paragraph, index
    while first > 0 and index - first < _BEFORE_SENTENCES and sentences[first - 1].paragraph == paragraph:
        first -= 1
    return "".join(sentence.text for sentence in sentences[first:index])


_BEFORE_SENTENCES: Final = 2  # how far back a name that is no indicator looks for the indicator named last


_TOPIC_FACTS: Final = 8      # a document, not a passage: its lead may set what it is about
_LEAD_PARAGRAPHS: Final = 3  # the headline and the lead


_COUNTRY: Final = "全国"  # the subject a national document's figures have where nothing else is named


def _with_topic(facts: list[Fact], sentences: list[Sentence], default: str | None = None,
                news: bool = False) -> list[Fact]:
    """Facts whose sentences name no subject take the subject the document's lead is about, the one most
    of the figures of its first paragraphs have (「比亚迪2021年净增6.4万员工」 heads a report on 比亚迪:
    「2021全年，实现营收2161.42亿元」 is 比亚迪's too).

    >>> from pipeline.segment import split_sentences
    >>> from pipeline.quantities import find_quantities
    >>> text = "比亚迪2021年净增6.4万员工。\\n" + "营收2161.42亿元，同比增加38.02%；净利润30.45亿元。" * 3
    >>> [f.subject for f in attribute_facts(text, split_sentences(text), find_quantities(text))][-1]
    '比亚迪'
    """
    if not sentences:
        return facts
    last_lead = sentences[0].paragraph + _LEAD_PARAGRAPHS
    ends = [s.end for s in sentences if s.paragraph < last_lead]
    lead_end = ends[-1] if ends else 0
    counts: dict[str, int] = {}
    first_end = 0  # the end of the first paragraph of the lead whose figures name a subject: it sets the topic
    for fact in facts:
        if fact.start >= lead_end or (first_end and fact.start >= first_end):
            break
        if fact.subject:
            if not first_end:
                first_end = _paragraph_end(sentences, fact.start)
            counts[fact.subject] = counts.get(fact.subject, 0) + 1
    own = _own_area([s.text for s in sentences if s.paragraph < last_lead]) if not counts else None
    if own:  # 「……全省各项贷款继续保持了良好的增长态势」: a province's text, whoever it quotes (国务院)
        default = own
    if news and not counts and not default:
        # 「這十年,我國就業優先戰略深入實施……」: a news text whose opening lines (headline, web address, dateline) hold
        # no subject is about the whole area (我国, 全省) the figures of its first paragraphs holding figures name
        default = _whole_in_lead(facts, sentences) or _counted_class(facts, lead_end)
    if not counts and not default:
        return facts
    # (a national document, 国家统计局发布……: the country, where its lead names no one subject)
    topic = max(counts, key=counts.__getitem__) if counts else default or ""  # (the first of the most frequent: dicts keep their order)
    for fact in facts:
        if not fact.subject:  # (the facts were made here and are no one else's: set in place, not copied)
            _SET_FIELD(fact, "subject", topic)
            if topic and fact.metric and fact.metric.startswith(topic):
                _SET_FIELD(fact, "metric", without_agent(fact.metric, topic))  # 「比亚迪实现营收」 → 营收
    return facts


def _counted_class(facts: list[Fact], lead_end: int) -> str | None:
    """The class of bodies (上市公司) the first count of bodies in the lead counts: 「已有88家上市公司披露一季度业绩预告，
    其中48家预增」 is about listed companies, and so are the counts of them after it; None where it counts none.

    >>> _COUNTED_CLASS.match("上市公司披露一季度业绩预告").group(), _COUNTED_CLASS.match("企业") is None
    ('上市公司', True)
    """
    for fact in facts:
        if fact.start >= lead_end:
            break
        if fact.unit in _BODY_COUNT_UNITS and fact.metric:
            counted = _COUNTED_CLASS.match(fact.metric)
            return counted.group() if counted else None
    return None


def _whole_in_lead(facts: list[Fact], sentences: list[Sentence]) -> str | None:
    """The first whole area (我国, 全省: subjects.txt `whole`) a figure of the first paragraphs holding figures has."""
    starts = [s.start for s in sentences]
    seen: list[int] = []
    for fact in facts:
        paragraph = sentences[max(bisect_right(starts, fact.start) - 1, 0)].paragraph
        if not seen or seen[-1] != paragraph:
            if len(seen) == _LEAD_PARAGRAPHS:
                return None
            seen.append(paragraph)
        if fact.subject and fold(fact.subject) in _WHOLE_AREAS:
            return fact.subject
    return None


def _paragraph_end(sentences: list[Sentence], at: int) -> int:
    """Where the paragraph holding the text position `at` ends."""
    index = max(bisect_right([s.start for s in sentences], at) - 1, 0)
    paragraph = sentences[index].paragraph
    while index + 1 < len(sentences) and sentences[index + 1].paragraph == paragraph:
        index += 1
    return sentences[index].end


_SET_FIELD: Final = object.__setattr__
_BODY_COUNT_UNITS: Final = frozenset(LEXICON.grammar["body_count_unit"])
# a class of bodies: a class word (上市, 规模以上: grammar.tsv class_modifier), then a body's kind (公司, 企业: firm)
_COUNTED_CLASS: Final = regex.compile(
    rf"(?:{'|'.join(LEXICON.grammar['class_modifier'])})\p{{Han}}{{0,4}}?(?:公司|{'|'.join(LEXICON.grammar['firm'])})")
_WHOLE_AREAS: Final = frozenset(line.split("\t")[0] for line in LEXICON.subjects if line.endswith("\twhole"))
# The whole areas below the country (全省, 我市, 本港): named in a lead, the text is that area's
_LOCAL_WHOLE: Final = tuple(word for word in (line.split("\t")[0] for line in LEXICON.subjects
                                       if line.endswith("\twhole")) if word not in _lexicon_lines("national_words.txt"))


# (not 全市场, 全区域, 全省份: words of their own)
_LOCAL_WHOLE_RE: Final = regex.compile_for_re(rf"(?:{'|'.join(sorted(_LOCAL_WHOLE, key=len, reverse=True))})(?![场域面部份])")


def _own_area(lead: list[str]) -> str | None:
    """The first whole area below the country (全省, 我市) a lead names, as written; None where it names none.

    >>> _own_area(["本报讯 记者从人行太原中心支行了解到,全省各项贷款继续保持了良好的增长态势。"]), _own_area(["国家统计局发布"])
    ('全省', None)
    """
    for text in lead:
        found = _LOCAL_WHOLE_RE.search(fold(text))
        if found:
            return text[found.start(): found.end()]
    return None


class _SubjectCarry:
    """The area a paragraph's sentences are about, carried from sentence to sentence: 「2017年，全国就业人员
    中，第一产业就业人员占27.0%；第二产业就业人员占28.1%。」 gives 全国 to both figures. A sentence that
    makes a whole area its subject (subject.sentence_subject: 全国, 我省) sets it for the sentences after
    it, one opening with another place or a body ends it; a new paragraph starts afresh. A sentence
    opening with 其中 is about a part of what the sentence before spoke of, so its subject is that
    sentence's (「北京市城镇调查失业率为4.2%。其中外来户籍人口失业率为4.5%」); so is that of a sentence after
    「；」, which goes on with the one before (「长三角地区……其中，出口8.04万亿元；进口4.58万亿元」)."""

    __slots__ = ("chains", "subject", "last", "body", "topic", "paragraph", "walked", "joined", "opening", "unread")

    def __init__(self, chains: bool = True) -> None:
        self.chains = chains  # whether a sentence's topic may run on into the next (not in a region's own text)
        self.subject: str | None = None  # as written
        self.last: str | None = None     # the subject of the last figure of the sentence before
        self.body: str | None = None     # the one subject of all the figures of the sentence before
        self.topic: str | None = None    # ... where it is a place that carries on (not a province or city)
        self.paragraph = -1
        self.walked = 0  # the sentences before this one have been read
        self.joined = False  # the sentence before ended on 「；」: this one goes on with it
        self.opening = False  # the sentence read next opens its paragraph
        # the sentences of this paragraph whose subject is not read yet, and whether each opens it
        self.unread: list[tuple[Sentence, bool]] = []

    def before(self, sentences: list[Sentence], index: int) -> str | None:
        """The subject carried into sentence `index`, once the sentences without figures before it are read:
        those of its own paragraph, as a new paragraph starts afresh (paragraphs number the sentences in
        text order, so the sentences of earlier paragraphs can only be passed over)."""
        paragraph = sentences[index].paragraph
        first = index
        while first > self.walked and sentences[first - 1].paragraph == paragraph:
            first -= 1
        for i in range(first, index):
            self.after(sentences[i], ())
        self._enter(paragraph)
        self.walked = index + 1
        if self.last and (self.joined or _PART_OF.match(sentences[index].text)):
            return self.last
        if self.body and refers_back(sentences[index].text):
            return self.body  # 「招商银行……。该行净利润增长6.2%」: the bank
        self._read_unread()
        return self.subject or self.topic

    def after(self, sentence: Sentence, facts: Sequence[Fact]) -> None:
        """Note a sentence read: the subject it leaves for the next sentences of its paragraph is read
        when one of them asks (_read_unread: the last of a paragraph is never read); the subject of its
        last figure, and whether it ends on 「；」, now."""
        self._enter(sentence.paragraph)
        self.unread.append((sentence, self.opening))
        self.opening = False
        self.last = facts[-1].subject if facts and facts[-1].subject else None
        # the topic of a chain of clauses runs on into the next sentence (「長三角地區PM2.5平均濃度為46微克/立方米。
        # 發生重污染60天次」): a sentence all of whose figures are of one subject, but for a province or city,
        # mostly the scene of its own sentence (「北京市城镇调查失业率为4.2%。青年失业率……」), and for a body (民营企业,
        # 宁波舟山港), the subject of its own clause
        self.body = self.last if self.last and all(f.subject == self.last for f in facts) else None
        self.topic = self.body if self.chains and self.body and carries_topic(self.body) else None
        last = sentence.text[-1:]
        self.joined = last in _JOINED_ON or (last.isspace() and sentence.text.rstrip()[-1:] in _JOINED_ON)

    def _read_unread(self) -> None:
        """The subjects the sentences noted since the last question leave, read in their order."""
        for sentence, opening in self.unread:
            folded = fold(sentence.text)
            if opening:  # 「【本报讯】本港失业率……」: the newsroom that opens a paragraph is no subject
                folded = mask_dateline(folded)
            found = sentence_subject(folded)
            if found and self.subject and found in _NATIONAL and fold(self.subject) in _NATIONAL:
                found = None  # 「我国国内生产总值……。全国财政收入……」: the country named again keeps its first name
            if found is not None:  # kept as the sentence writes it (全國)
                at = folded.find(found) if found else -1
                self.subject = sentence.text[at: at + len(found)] if at >= 0 else found or None
        self.unread.clear()

    def _enter(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.subject, self.last, self.body, self.topic = None, None, None, None
            self.paragraph, self.opening = paragraph, True
            self.unread.clear()


_PART_OF: Final = regex.compile_for_re(r"\s*其中")
_NATIONAL: Final = frozenset(_lexicon_lines("national_words.txt"))
_JOINED_ON: Final = ("；", ";")  # 「其中，出口8.04万亿元，增长10%；进口4.58万亿元」: clauses of one sentence


# Not words.CLAUSE_BREAK: its colons would cut 2.50:1 off from the ratio it belongs to.
_CLAUSE_END: Final = frozenset("，,；;。！？!?")


def _name_ratio_terms(sentence: Sentence, quantities: list[Quantity], facts: list[Fact]) -> list[Fact]:
    """Every term of a ratio takes the name of the ratio's first term, in the same clause.

    >>> text = "三次产业比重为4.0∶37.7∶58.3，城乡居民收入比由2.9∶1缩小至2.52∶1。"
    >>> from pipeline.quantities import find_quantities
    >>> [(f.value, f.metric, f.stat) for f in attribute_facts(text, [Sentence(text, 0, len(text), 0)], find_quantities(text))]
    [(4.0, '三次产业比重', 'share'), (37.7, '三次产业比重', 'share'), (58.3, '三次产业比重', 'share'), (2.9, '城乡居民收入比', None), (2.52, '城乡居民收入比', None)]

    Terms in % add up to a whole (三次产业结构 9.5:38.6:51.9), so each is a share of it.
    """
    ratio_at = {q.start for q in quantities if q.ratio}
    named: list[Fact] = []
    first: Fact | None = None
    for fact in facts:
        if fact.start not in ratio_at:
            named.append(fact)
            continue
        between = sentence.text[first.end - sentence.start: fact.start - sentence.start] if first else ""
        if first is None or fact.start < first.end or any(mark in between for mark in _CLAUSE_END):
            first = replace(fact, metric=_ratio_name(fact, sentence))
            if first.unit == "%" and first.stat is None:
                first = replace(first, stat="share")
            named.append(first)
            continue
        named.append(replace(fact, metric=first.metric, subject=first.subject, stat=first.stat,
                             period=first.period))
    return named


def _ratio_name(fact: Fact, sentence: Sentence) -> str:
    """The indicator a ratio names, with its 比/比重/结构 kept (城乡居民收入比, 三次产业比重)."""
    head = sentence.text[: fact.start - sentence.start]
    for word in ("比重", "结构", "之比", "比例", "比"):
        if fact.metric and fact.metric + word in head:
            return fact.metric + word
    if fact.metric and fact.metric.endswith(_RATIO_WORDS):
        return fact.metric
    named = _RATIO_NOUN.findall(head)
    if named:  # 「三次产业结构进一步优化，调整为8.3∶41.4∶50.3」: the ratio is named by the structure before it
        name = peel_head(strip_periods(find_subject(named[-1])[1]))
        if len(name) >= 3:
            return name
    return fact.metric


_RATIO_WORDS: Final = ("比重", "结构", "之比", "比例")
_RATIO_NOUN: Final = regex.compile(r"[^，,；;。：:、\d\s]{1,12}?(?:比重|结构|之比|比例)(?![^，,；;。]*[\d])")


def _carried_by_paragraph(sentences: list[Sentence]) -> dict[int, str | None]:
    """The period each paragraph inherits from a heading or lead paragraph before it."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    order = sorted(paragraphs)
    return dict(zip(order, carried_periods([paragraphs[p] for p in order])))


def _paragraph_period(sentences: list[Sentence], index: int, opened: dict[int, str | None]) -> str | None:
    """The period that opens an earlier sentence of the same paragraph (「2025年，……」), if any.

    `opened` keeps, for the sentences walked so far, the period that opens them or the nearest sentence
    of their paragraph before them, so that a paragraph is walked back only once however many of its
    sentences hold figures.
    """
    paragraph = sentences[index].paragraph
    walked, i, period = [], index - 1, None
    while i >= 0 and sentences[i].paragraph == paragraph:
        if i in opened:
            period = opened[i]
            break
        walked.append(i)
        period = opening_period(sentences[i].text) or None
        if period:
            break
        i -= 1
    for i in walked:
        opened[i] = period
    return period
