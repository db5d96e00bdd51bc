"""A number that is part of a name, not a figure: glued to Latin letters (6G, PM2.5), in a formula (1+N,
7×24), in a short quotation (“促进青年就业35条”), a policy package named by its number of articles
(稳增长惠民生27条), the spec of a record-setting object (全球最高10米液压支架).

>>> from pipeline.quantities import find_quantities
>>> [(q.text, q.kind) for q in find_quantities("建设5G基站，实施“1+N”政策，全球最高10米液压支架")]
[('5', 'name'), ('1', 'name'), ('10米', 'name')]
"""
from __future__ import annotations

from typing import Final

from .cached_regex import compile_for_re as _compiled  # patterns for `regex`, run by re (faster per call)
from .lexicon import LEXICON
from .quantities import Quantity
from .segment import last_mark

_CJK: Final = _compiled(r"\p{Han}")
_HAN_AT: Final = _compiled(r"\p{Han}")
_CLAUSE_BREAK: Final = _compiled(r"[，。；！？、：,;!?\n]")
_NAME_HEADS: Final = tuple(LEXICON.name_heads)
_NAME_HEAD_FIRSTS: Final = frozenset(word[0] for word in _NAME_HEADS)    # one test before the words themselves
# Characters around a bare number that may make it a name (6G, PM2.5, 1+N, 7×24): checked before the rules.
_LATIN_OR_FORMULA: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+×*＋")
_LATIN_AFTER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.+×*＋")
_FORMULA_SIGNS: Final = set("+×*＋")
_BOUND_FIRSTS: Final = frozenset(word[0] for word in LEXICON.bounds_before)
_PLUS_SIGNS: Final = frozenset("+＋")
_SPEECH_BREAK: Final = _compiled(r"[，。；！？,;!?]")
_LOOK_ALIKES: Final = LEXICON.look_alikes or {}
_SUPERLATIVES: Final = tuple(_LOOK_ALIKES.get("superlative", ()))
# A superlative starts with one of these (最, 首) in the 8 characters before a record's spec, or there is none.
_SUPERLATIVE_FIRSTS: Final = frozenset(word[0] for word in _SUPERLATIVES)
_POLICY_NOUNS: Final = tuple(_LOOK_ALIKES.get("policy_noun", ("措施",)))
_POLICY_VERB: Final = _compiled(r"(?:%s)(?:[^，。；：]*?条、)?([^\d，。；：、]{2,20})$" % "|".join(_LOOK_ALIKES.get("policy_verb", ("出台",))))


def _is_figure(word: str) -> bool:
    return all(char.isdigit() or char == "." for char in word)


def _policy_name(folded: str, start: int, end: int) -> bool:
    """N条 naming a policy package: closing the topic a policy verb issued, with no noun after
    (「制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措」). Before a noun it counts what the noun
    names (「出台稳就业20条政策措施」, 「打通50条断头路」); 「出台政策措施56条」 counts the measures.

    >>> _policy_name("制定实施稳增长惠民生27条，", 8, 11), _policy_name("出台稳就业20条政策措施", 5, 8)
    (True, False)
    """
    if end < len(folded) and _CJK.match(folded[end]) and folded[end] != "等":
        return False
    clause = last_mark(folded, "，。；：", start)
    topic = _POLICY_VERB.search(folded, max(clause + 1, 0), start)
    return bool(topic) and not topic.group(1).endswith(_POLICY_NOUNS)


def _record_spec(folded: str, start: int, end: int, quantity: Quantity) -> bool:
    """A measure after a superlative and glued to a noun: 「全球最高10米液压支架」, 「首台16兆瓦风机」.

    (_kind asks only for a unit not in _NOT_SPEC_UNITS, counts, money and shares, and only where a
    superlative's first character stands in the 8 characters before.)
    """
    if not quantity.unit or not _HAN_AT.match(folded, end):
        return False
    lead = _CLAUSE_BREAK.split(folded[max(0, start - 8):start])[-1]
    return any(word in lead for word in _SUPERLATIVES)


def _in_formula(folded: str, number_start: int, number_end: int) -> bool:
    """A number joined to another by + or ×: the name of a policy bundle or a schedule (1+N, 7×24), not a
    figure a plus sign opens (「交通(+5.73%)」).

    >>> _in_formula("实施1+N政策", 2, 3), _in_formula("交通(+5.73%)", 4, 8)
    (True, False)
    """
    before = folded[number_start - 1] if number_start else ""
    after = folded[number_end] if number_end < len(folded) else ""
    if before in _PLUS_SIGNS and not (number_start > 1 and folded[number_start - 2].isalnum()):
        return after in _FORMULA_SIGNS   # 「(+11.08%)」: a plus sign before a change, no formula
    return before in _FORMULA_SIGNS or after in _FORMULA_SIGNS


def _quoted_name(folded: str, span_start: int, span_end: int, start: int, end: int) -> bool:
    """A short quotation holding the number is a name, unless it reads as quoted speech (has a clause)."""
    inside = folded[span_start + 1:span_end - 1]
    if len(inside) > 24 or _SPEECH_BREAK.search(inside):
        return False
    rest = inside.replace(folded[start:end], "", 1)
    if not rest.strip() and (inside[:1] in _BOUND_FIRSTS or inside.endswith(("%", "‰"))):
        return False  # 「至少5%」: a figure quoted whole, with its bound or percent sign, is still a figure
    return len(inside) <= 12 or bool(_CJK.search(rest))


def _glued_to_latin(folded: str, number_start: int, end: int, quantity: Quantity) -> bool:
    before = folded[number_start - 1] if number_start else ""
    after = folded[end] if end < len(folded) else ""
    if before.isascii() and before.isalpha():
        return True
    if not quantity.unit and after.isascii() and (after.isalpha() or after == "."):
        return True
    return False
