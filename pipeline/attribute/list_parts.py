"""The parts of a 分别 list a clause holds, as news and releases write them: members written with commas
(「吃, 穿和用类商品」), figures in brackets after the members (「甲類(103.67)及乙類(104.68)消費物價指數」), places
listed in the clause before (「以中國大陸、香港及中國台灣旅客為主，分別佔……」), and the words that say each
figure's stat (its own verb, 「上升1.35个百分点、下降6.79个百分点」; a rate noun after the group, 「分别以3.8%和8%的增速」).

>>> figure_groups("分别增长5%、6%，提高到7%", [(4, 6), (7, 9), (13, 15)], [0, 1, 2])
[[0, 1], [2]]
"""
from __future__ import annotations

from regex import Pattern

from .. import cached_regex as regex
from ..lexicon import LEXICON
from .trim import peel_tail
from .places import place_list
from .period import PERIOD_RE
from .words import HEADS, STAT_WORD_SET, STAT_WORDS, VERBS

# Within a 分别 clause a half-width comma alone between figures lists them too (「57.3%, 36.8%和33.1%」).
_GROUP_JOINER = regex.compile_for_re(r"\s*(?:、|,|和|及|与|以及)\s*")


# Sector names that hold a list mark of their own (计算机、通信和其他电子设备制造业): each is one member.
_SECTORS: frozenset[str] = frozenset(LEXICON.industries)
_JOINED_SECTORS: tuple[str, ...] = tuple(name for name in LEXICON.industries if any(mark in name for mark in "、和及"))


def sector_spans(names: str) -> list[tuple[int, int]]:
    """Where sector names holding 、, 和 or 及 stand in a list, longest first, none overlapping.

    >>> sector_spans("电气机械和器材制造业、计算机、通信和其他电子设备制造业增加值")
    [(0, 10), (11, 27)]
    """
    spans: list[tuple[int, int]] = []
    if "、" not in names and "和" not in names and "及" not in names:
        return spans
    for name in _JOINED_SECTORS:
        at = names.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(at < e and s < end for s, e in spans):
                spans.append((at, end))
            at = names.find(name, end)
    return sorted(spans)


def split_outside(names: str, marks: Pattern[str], spans: list[tuple[int, int]]) -> list[str]:
    """`names` split at the matches of `marks` that stand outside `spans` (sector names), empty parts left out.

    >>> split_outside("电气机械和器材制造业、计算机、通信和其他电子设备制造业、汽车制造业", regex.compile("[、/]"),
    ...               [(0, 10), (11, 27)])
    ['电气机械和器材制造业', '计算机、通信和其他电子设备制造业', '汽车制造业']
    """
    parts: list[str] = []
    start = 0
    for mark in marks.finditer(names):
        if any(s <= mark.start() < e for s, e in spans):
            continue
        parts.append(names[start:mark.start()])
        start = mark.end()
    parts.append(names[start:])
    return [part for part in parts if part]


_BARE_MEMBER = regex.compile(r"\p{Han}{1,6}")


def comma_members(s: str, c_start: int, names: str, width: int) -> str:
    """The names of a list whose first members stand in the clauses before, each a bare noun of a few
    characters after a comma written for 、 (「吃, 穿和用类商品」), joined to the rest by 、; else `names`.

    >>> comma_members("在实物商品网上零售额中, 吃, 穿和用类商品分别增长", 15, "穿和用类商品", 3)
    '吃、穿和用类商品'
    """
    found: list[str] = []
    end = c_start - 1
    while len(found) < width - 1 and end > 0 and s[end] in ",，":
        start = max(s.rfind(mark, 0, end) for mark in ",，；;：:。！？!?\n") + 1
        piece = s[start:end].strip()
        if not _BARE_MEMBER.fullmatch(piece) or VERBS.search(piece) or STAT_WORDS.search(piece) \
                or piece.endswith(("中", "看", "外")):
            break
        found.insert(0, piece)
        end = start - 1
    return "、".join(found + [names.strip()]) if found else names


def comma_listed(s: str, c_start: int, width: int) -> list[str] | None:
    """The first `width` - 1 members of a list whose members hold a 、 of their own and are parted by commas, as
    bureaus list industries after 其中 (「其中，有色金属冶炼和压延加工业，计算机、通信和其他电子设备制造业，电气机械和
    器材制造业同比分别增长……」): each a noun phrase between commas, the first after 其中, a clause ending in 看 or
    中, or a time; None where the clauses before are anything else.

    >>> comma_listed("其中,有色金属冶炼和压延加工业,计算机、通信和其他电子设备制造业,电气机械和器材制造业同比分别增长", 33, 3)
    ['有色金属冶炼和压延加工业', '计算机、通信和其他电子设备制造业']
    """
    found: list[str] = []
    end = c_start - 1
    while end > 0 and s[end] in ",，":
        start = max(s.rfind(mark, 0, end) for mark in ",，；;：:。！？!?\n") + 1
        piece = s[start:end].strip()
        if len(found) == width - 1:
            opens = piece == "其中" or not _LISTED_MEMBER.fullmatch(piece) and (piece.endswith(("看", "中"))
                                                                            or PERIOD_RE.fullmatch(piece) is not None)
            return found if opens else None   # (「其中」, 「分行业看」, a time: 「1-10月」)
        if piece.startswith("其中") and len(found) == width - 2:
            piece = piece[2:]      # 「其中信息传输、软件和信息技术服务业，科学研究和技术服务业营业收入」
            return [piece] + found if _LISTED_MEMBER.fullmatch(piece) and not VERBS.search(piece) \
                and not STAT_WORDS.search(piece) else None
        if not _LISTED_MEMBER.fullmatch(piece) or STAT_WORDS.search(piece) \
                or not piece.endswith(_SECTOR_ENDS) and VERBS.search(piece):
            return None    # (a sector's name may hold a verb: 居民服务、修理和其他服务业)
        found.insert(0, piece)
        end = start - 1
        if len(found) == width - 1 and (start == 0 or s[start - 1] in "。！？!?\n") \
                and all(member in _SECTORS for member in found):
            return found   # 「交通运输、仓储和邮政业，信息传输、软件和信息技术服务业分别增长……」: sectors open the sentence
    return None


_SECTOR_ENDS = tuple(LEXICON.table_words.get("sector_end", ("业",)))
_LISTED_MEMBER = regex.compile(r"\p{Han}[\p{Han}、]{1,24}")


def topic_places(topic: str, width: int) -> tuple[list[str], str] | None:
    """(the places, the group noun after them) of a clause without figures that lists as many places as a
    分别 clause after it gives figures: 「以中国大陆、香港及中国台湾旅客为主」 → ([中国大陆, 香港, 中国台湾], 旅客).

    >>> topic_places("客源主要来自中国台湾及中国大陆", 2)
    (['中国台湾', '中国大陆'], '')
    """
    for at in range(len(topic) - 1):
        listing = place_list(topic[at:])
        if listing:
            if len(listing[0]) != width:
                return None
            rest = peel_tail(listing[1])
            return listing[0], rest if rest in _ORIGIN_GROUPS else ""
    return None


_ORIGIN_GROUPS = frozenset(LEXICON.grammar.get("origin_group", ()))


def in_brackets(s: str, span: tuple[int, int]) -> bool:
    """Whether a figure stands alone in brackets: 「甲類(103.67)」."""
    start, end = span
    return start > 0 and s[start - 1] in "(（" and s[end:end + 1] in (")", "）")


def without_figures(s: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """s[start:end] without the figures in brackets at `spans`: 「甲類(103.67)及乙類(104.68)消費物價指數」 →
    甲類及乙類消費物價指數."""
    pieces, at = [], start
    for figure_start, figure_end in spans:
        pieces.append(s[at:figure_start - 1])
        at = figure_end + 1
    pieces.append(s[at:end])
    return "".join(pieces)


RATE_AFTER = regex.compile(r"的((?:同比|平均)?(?:增速|增幅|涨幅|降幅|跌幅|增长率|增长))(?!目标)")


def stat_words(s: str, spans, groups: list[list[int]], before: str, at: int) -> dict[int, str]:
    """{figure: the words that say its stat}: the names and 分别 with the verb before its group's first figure,
    or the figure's own verb where it has one (「分别上升1.35个百分点、下降6.79个百分点」: 下降 for the second)."""
    words: dict[int, str] = {}
    for group in groups:
        rate = RATE_AFTER.match(s, spans[group[-1]][1])
        # 「分别以3.8%和8%的增速」: a rate noun after the group says what its figures are
        shared = before + s[at: spans[group[0]][0]] + (rate.group(1) if rate else "")
        words[group[0]] = shared
        for previous, i in zip(group, group[1:]):
            between = s[spans[previous][1]: spans[i][0]]
            joint = _GROUP_JOINER.match(between)
            own = between[joint.end():].strip() if joint else ""
            words[i] = before + "分别" + own if own else shared
    return words


def figure_groups(s: str, spans, listed: list[int]) -> list[list[int]]:
    """Figures of a 分别 clause in runs joined by 、 or 和, each maybe with its own stat verb (、下降6.79个百分点):
    「分别从209元、280元提高到217元、290元」 has two."""
    groups = [[listed[0]]]
    for i in listed[1:]:
        between = s[spans[groups[-1][-1]][1]: spans[i][0]]
        joint = _GROUP_JOINER.match(between)
        if joint and (joint.end() == len(between) or between[joint.end():].rstrip() in STAT_WORD_SET):
            # 「分别上升1.35个百分点、下降6.79个百分点」: a list mark and the figure's own stat verb join it
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def titles_listed(names: str, width: int) -> list[str] | None:
    """The titles a list of names is made of, one per figure (「《前任4:英年早婚》《志愿军:雄兵出击》和《好像也没那么热血
    沸腾》」: works, each the subject of one figure), or None where anything else names.

    >>> titles_listed("，《前任4:英年早婚》《志愿军:雄兵出击》和《好像也没那么热血沸腾》", 3)
    ['《前任4:英年早婚》', '《志愿军:雄兵出击》', '《好像也没那么热血沸腾》']
    """
    titles = _TITLES.findall(names)
    if len(titles) != width or _TITLES.sub("", names).strip("，,、和及与以及 "):
        return None
    return titles


_TITLES = regex.compile(r"《[^《》\n]{1,40}》")


def listed_by_commas(s: str, c_start: int, spans, earlier: list[int], names: str, width: int) -> list[str] | None:
    """The members of a list parted by commas after 其中 (comma_listed), the last one before 分别 or
    before a count summing the list up, whose head the members share: 「其中，石油、煤炭及其他燃料加工业，……，电气机械
    和器材制造业4个行业增加值分别增长……」 → 石油、煤炭及其他燃料加工业增加值, …, 电气机械和器材制造业增加值."""
    listed = comma_listed(s, c_start, width)
    if listed is None:
        return None
    last, head = names, ""
    summed = _SUMMED_UP.fullmatch(names) if not earlier else None
    if summed and _count_of(summed.group(2)) == width:
        # 「……，教育四类行业增速分别为」: a count as large as the list after its last member sums the list up
        last = summed.group(1)
        head = next((h for h in _HEAD_NOUNS if len(h) >= 2 and names.endswith(h) and len(h) < len(summed.group(3))), "")
        return [member + head for member in listed + [last]]
    if earlier:
        summed = s[c_start: spans[earlier[0]][0]]
        if len(earlier) > 1 or not _LISTED_LAST.fullmatch(summed):
            return None
        last = summed  # (the count is the number of members: 4个行业)
        head = next((h for h in _HEAD_NOUNS if len(h) >= 2 and names.endswith(h) and len(h) < len(names)), "")
    if not any("、" in member for member in listed + [last]):
        return None  # (commas part members only where a member holds a 、 of its own)
    if not earlier:  # 「……，科学研究和技术服务业营业收入分别增长」: the last member's head is every member's
        head = next((h for h in _HEAD_NOUNS if len(h) >= 2 and last.endswith(h) and len(h) < len(last)), "")
        return [member if member.endswith(_HEAD_NOUNS) else member + head for member in listed] + [last]
    return [member + head for member in listed + [last]]


_LISTED_LAST = regex.compile(r"\p{Han}[\p{Han}、]{1,24}")
_SUMMED_UP = regex.compile(r"(\p{Han}[\p{Han}、]{0,24}?)(\d{1,2}|[一二两三四五六七八九十]{1,2})[个类家种项大](\p{Han}{1,8})")


def _count_of(numeral: str) -> int:
    """The value of a small count written in digits or Chinese numerals (4, 四, 十二)."""
    if numeral.isdigit():
        return int(numeral)
    digits = [LEXICON.digits.get(char, 10 if char == "十" else -1) for char in numeral]
    if len(digits) == 2 and digits[0] == 10:
        return 10 + digits[1]
    return digits[0] if len(digits) == 1 else -1


def topic_members(topic: str, width: int) -> list[str] | None:
    """The members a clause without figures lists before what it says of them, as many as a 分别 clause after it
    gives figures: members of one length, the last followed by a short predicate (「蔬菜、瓜果供应充足」 → 蔬菜, 瓜果);
    None where the members differ in length or where more than a short predicate follows the last.

    >>> topic_members("蔬菜、瓜果供应充足", 2), topic_members("万亿产业、国家先进制造业集群从无到有", 2)
    (['蔬菜', '瓜果'], None)
    """
    parts = topic.strip("、，, ").split("、")
    if len(parts) != width:
        return None
    size = len(parts[0])
    if not 2 <= size <= 4 or any(len(p) != size for p in parts[:-1]) or not size + 2 <= len(parts[-1]) <= size + 4:
        return None
    listed = parts[:-1] + [parts[-1][:size]]
    return listed if all(_TOPIC_MEMBER.fullmatch(p) for p in listed) else None


_TOPIC_MEMBER = regex.compile(r"\p{Han}+")


_HEAD_NOUNS = tuple(HEADS)
