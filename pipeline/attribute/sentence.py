"""Read one sentence: a name, subject, stat and period for each of its statistics.

The sentence is cut into clauses at ，；： and the like; in each clause every figure is named by the
left reading (the noun phrase before it) or the right reading (the noun phrase a count stands before);
a clause that only holds verbs and the number (、增长5.4%) carries the name of the figure before it; a
分别 clause hands each figure one member of its list. Places named as subjects carry to the next
clauses of the sentence; bodies (民营企业) hold for their own clause only.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from ..quantities import Quantity
from ..script import fold_script, fold_width
from ..segment import Sentence
from .fact import Fact
from .lists import listed_names
from .metric import left_name, peel_tail, percent_of, right_name, starts_with_level_noun, with_action
from .period import find_period
from .stat import cut_by, read_stat
from .subject import find_subject, is_place, opening_subject
from .words import CLAUSE_BREAK, SCOPE_STATS, SCOPE_WORDS, STAT_WORDS

def _clauses(sentence: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in CLAUSE_BREAK.finditer(sentence):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(sentence)))
    return bounds


def read_sentence(sentence: Sentence, quantities: list[Quantity], period_before: str | None) -> list[Fact]:
    # Read a folded copy (simplified, half-width digits) of the same length; names are given back
    # as the original text writes them.
    original = sentence.text
    spans = [(q.start - sentence.start, q.end - sentence.start) for q in quantities]
    s = _mask_asides(fold_width(fold_script(original)), spans)
    facts: list[Fact] = []
    last_metric = ""
    last_subject = None
    last_list: list[str] | None = None
    recent: list[str] = []  # names of the sentence's figures so far
    done = 0
    for c_start, c_end in _clauses(s):
        in_clause = [i for i in range(done, len(quantities)) if c_start <= spans[i][0] < c_end]
        if not in_clause:
            last_subject = opening_subject(s[c_start:c_end]) or last_subject
            continue
        done = in_clause[-1] + 1
        clause_listed = listed_names(s, c_start, spans, in_clause, last_list or recent, [q.unit for q in quantities])
        if clause_listed:
            last_list = clause_listed[1]
        cursor = c_start
        clause_scope = None
        clause_subject = None
        after_phrase = False
        for position, i in enumerate(in_clause):
            q = quantities[i]
            q_start, q_end = spans[i]
            nxt = spans[in_clause[position + 1]][0] if position + 1 < len(in_clause) else c_end
            left, right = s[cursor:q_start], s[q_end:nxt]
            subject, _rest = find_subject(left.strip("、，"))
            scope = SCOPE_WORDS.search(left)
            if position == 0 and scope and SCOPE_STATS[scope.group()] == "cumulative":
                clause_scope = scope.group()
            stat_words = left
            named = phrase = None
            if clause_listed and i in clause_listed[0]:
                named = clause_listed[0][i]
                stat_words = clause_listed[2][i]
            else:
                phrase = right_name(right, q.unit, last=nxt == c_end)
                if not right and nxt != c_end and not left_name(left):
                    # 「推出12批1181项创新政策」: a count of batches before the count of items
                    after = in_clause[position + 1]
                    following = spans[in_clause[position + 2]][0] if position + 2 < len(in_clause) else c_end
                    phrase = right_name(s[spans[after][1]:following], quantities[after].unit)
                if phrase and phrase[0] in "“「『《\"" and left_name(left):
                    phrase = None  # a quoted name after 「城镇新增就业170万人」 starts something new
                named = with_action(phrase, left) if phrase else left_name(left, after_actor=after_phrase)
                whole = percent_of(right) if not phrase and q.unit in ("%", "‰") else None
                if whole is None and not phrase and not named and right.startswith("的"):
                    phrase = right_name(right, q.unit, through_de=True)  # 「选择11个左右的县」: a count before 的 and a noun
                    named = phrase or named
                if whole:
                    named = named + whole if named else whole  # 「覆盖全省93%的建制镇」
                    stat_words = stat_words + "占"
                if not phrase and starts_with_level_noun(right):
                    named = last_metric or named
                if not named:
                    phrase = right_name(right, q.unit, shortest=1)
                    named = phrase or last_metric or left.strip("、，；：　 ")
            if named and last_metric and named.startswith("对") and regex.search(r"贡献|拉动", named):
                named = last_metric + named  # 「工业增加值增长8.1%、对规模以上工业增长贡献率达72.9%」
            if not left_name(left) and q.unit == "%" and last_metric and _SPENT_ON.match(right):
                named = last_metric + _SPENT_ON.match(right).group()  # 「支出3.4万亿元，74%以上用于民生」
                stat_words = stat_words + "占"
            if phrase and stat_words.rstrip().endswith("等"):
                stat_words = "".join(SCOPE_WORDS.findall(stat_words))  # 「渗透率、收入增幅等5项指标」
            stat, sign = read_stat(_tail(stat_words), q.unit)
            if stat is None and cut_by(left.strip("、，；：　 "), q.unit):
                stat, sign = "growth_rate", -1
            carried = bool(facts) and position > 0 and named == last_metric and not left_name(left)
            if stat is None and carried and facts[-1].stat == "share":
                stat = "share"  # 「占规上工业比重从40.3%提高到45.4%」
            if stat is None and clause_scope and not STAT_WORDS.search(left):
                stat, sign = read_stat(clause_scope, q.unit)
            clause_subject = subject or clause_subject
            if is_place(subject):
                last_subject = subject
            period = find_period(s, q_start) or period_before
            value = q.value * sign if q.value is not None else q.value
            value_max = q.value_max * sign if (q.value_max is not None and sign < 0) else q.value_max
            if sign < 0 and value_max is not None:
                value, value_max = min(value, value_max), max(value, value_max)
            facts.append(Fact(
                metric=_as_written(named, s, original),
                subject=_as_written(clause_subject or last_subject, s, original),
                value=value,
                value_max=value_max,
                unit=q.unit,
                bound=q.bound,
                stat=stat,
                period=_as_written(period, s, original),
                text=q.text,
                sentence=original,
                start=q.start,
                end=q.end,
            ))
            if phrase and position > 0 and recent and _TIER_END.search(recent[-1]) and _TIER.search(phrase):
                # 「新增2家千亿级、24家百亿级工业企业」: the tiers share the noun after the last one
                head = phrase[_TIER.search(phrase).end():]
                back = 1
                while head and back <= position and _TIER_END.search(recent[-back]):
                    facts[-1 - back] = replace(facts[-1 - back], metric=_as_written(recent[-back] + head, s, original))
                    back += 1
            last_metric = named
            recent.append(named)
            after_phrase = bool(phrase and right.startswith(phrase))
            cursor = q_end + (len(phrase) if after_phrase else 0)
    return facts


_ASIDE = regex.compile(r"（[^（）。；，]{1,20}）|\([^()。；，]{1,20}\)")
_FILLER = "\u3000"


def _mask_asides(s: str, spans) -> str:
    """Blank out short asides in brackets without figures (「全国固定资产投资（不含农户）408914亿元」), so that
    the name around them reads as one; the length, and so every offset, stays the same."""
    def blank(match):
        inside = any(match.start() <= a < match.end() for a, _b in spans)
        return match.group() if inside else _FILLER * len(match.group())
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
    # A name built from pieces (a list member with its shared head): each character as the text writes it.
    written = {f: o for f, o in zip(folded, original)}
    return "".join(written.get(char, char) for char in name)


def _tail(words: str) -> str:
    """The words between a name and its figure, where stat words count (增长 in 经济增长贡献 does not)."""
    words = words.rstrip()
    peeled = peel_tail(words)
    scope = "".join(SCOPE_WORDS.findall(peeled))
    return scope + (words[len(peeled):] if words.startswith(peeled) else words)


_TIER = regex.compile(r"^[^，、]{1,8}?[级型类]")
_TIER_END = regex.compile(r"[级型类]$")
_SPENT_ON = regex.compile(r"(?:用于|投向|投入|来自|集中在|集中于|流向)[^，,；;。、]{1,12}")
