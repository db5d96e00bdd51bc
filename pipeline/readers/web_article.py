"""The article of a web page: the block of prose the page is built around, and the lines that are not it.

A news or bureau page wraps its article in a site: menus, the headline of every other story, a
comment thread, "related news" lists, counts of readers. `main_content` finds the element whose
paragraphs carry the page's prose (each paragraph scores by its length and its commas and stops, for
itself and its parent, as readability-style extractors score; of the elements that weigh at least half
the heaviest, the one met first after the headline); the reader then keeps that element with what
beside it is article too, and before it only the headline and the dateline.

>>> from lxml import etree
>>> page = etree.fromstring('''<html><body><div class="nav"><a href="/">首页</a></div>
... <h1>前4个月我国外贸向好</h1><p>2024-05-09 22:30 来源：新华社</p>
... <div id="text"><p>今年前4个月，我国货物贸易进出口总值13.81万亿元，同比增长5.7%。</p>
... <p>其中，出口7.81万亿元，增长4.9%；进口6万亿元，增长6.8%。贸易顺差1.81万亿元，扩大1.4%。</p></div>
... <div class="comments"><p>网友甲：外贸不错，点赞！</p></div></body></html>''', etree.HTMLParser())
>>> main_content(page).get("id")
'text'

Within what is kept, a line is the site's, not the article's, when it is short and it is a count of
the page's own readers or comments (「评论 139」, 「15万文章」), the age of a post (「6天前」), a byline
with no date (「责任编辑：张珺」, 「（原标题：…）」), or a heading that opens a list of other stories
or of comments (相关推荐, 热门评论) together with the short lines under it:

>>> [is_site_line(line) for line in ("评论 139", "糠山 6天前", "责任编辑：张珺", "本文来源于国家统计局 2024-05-11 09:36:26")]
[True, True, True, False]
>>> [is_site_line(line) for line in ("15万文章", "评论（191）", "发表文章15篇", "来源于农业的收入增长5%。")]
[True, True, False, False]
>>> opens_list("相关推荐"), opens_list("【延伸閱讀】"), opens_list("相关部门推荐的项目共有12个，总投资35亿元。")
(True, True, False)
>>> is_site_line("責任編輯：李明"), is_site_line("評論 139")
(True, True)
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..lexicon import _lines
from ..script import fold

_PUNCTUATION = frozenset("，。；：！？、,;")
_PROSE_TAGS = {"p", "div", "td", "li", "section", "article", "main", "blockquote", "dd", "pre", "center", "font", "span"}
_PARAGRAPH_TAGS = {"p", "span", "font", "li", "dd"}
_INLINE_SKIP = {"a", "script", "style", "noscript", "select", "button", "textarea", "option"}
_MIN_PARAGRAPH = 20         # characters of text of its own before a block counts as a paragraph
_MIN_ARTICLE = 6.0          # a page whose best element scores less has no article to single out
_LEAD_SHARE = 0.5          # an element holding this share of the heaviest prose, met first, is the article
_SIBLING_SHARE = 0.25      # a sibling of the main element with this share of its score is article too

_FURNITURE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|bottom|breadcrumbs?|crumbs?|share|bdshare|sidebar|side|topbar|"
    r"toolbar|copyright|login|search|banner|header|top|position|location|weizhi|fenxiang|comments?|pinglun|"
    r"recommend|related)(?:$|[\s_-])", re.IGNORECASE)
# parts of a page that are never its article, however much prose they hold (a long comment thread)
_NOT_ARTICLE = re.compile(r"(?:^|[\s_-])(?:comments?|pinglun|recommend|related|reply|replies)(?:$|[\s_-])",
                          re.IGNORECASE)
_BLOCK_BREAKS = {"p", "div", "br", "li", "ul", "ol", "section", "article", "main", "header", "blockquote", "pre",
                 "dd", "dt", "dl", "center", "figure", "td", "th", "tr", "table", "tbody", "h1", "h2", "h3", "h4",
                 "h5", "h6", "form", "footer", "nav", "aside"}

_COUNT_WORDS = "|".join(map(re.escape, sorted(_lines("web_counts.txt"), key=len, reverse=True)))
_COUNT = re.compile(rf"^.{{0,8}}?(?:\d[\d.,]*\s*[万亿kKwW]?\+?\s*[条次人篇个]?\s*(?:{_COUNT_WORDS})"
                    rf"|(?:{_COUNT_WORDS})\s*[：:（(]?\s*\d[\d.,]*\s*[万亿kKwW]?\+?\s*[）)]?)$")
_AGE_UNITS = "|".join(map(re.escape, sorted(_lines("web_ages.txt"), key=len, reverse=True)))
_AGE = re.compile(rf"\d+\s*(?:{_AGE_UNITS})前(?:\s|$)")
_BYLINE_WORDS = "|".join(map(re.escape, sorted(_lines("web_bylines.txt"), key=len, reverse=True)))
_BYLINE = re.compile(rf"^[（(【\[]?\s*(?:{_BYLINE_WORDS})\s*(?:[：:]|为?《)")
_LIST_WORDS = "|".join(map(re.escape, sorted(_lines("web_lists.txt"), key=len, reverse=True)))
_LIST_HEAD = re.compile(rf"^[【\[「<《]?\s*(?:{_LIST_WORDS})\s*[】\]」>》：:]?\s*(?:>>|more|更多)?\s*$", re.IGNORECASE)
_DATE = re.compile(r"(?:19|20)\d\d\s*(?:[-/.年])\s*\d{1,2}\s*(?:[-/.月])\s*\d{1,2}")
_COUNT_LINE = 20            # a count or a post's age is a line of its own, this long at most
_BYLINE_LINE = 80
_LIST_LINE = 20
_PROSE_LINE = 60            # a line this long ending a sentence is prose: the list above it has ended


def named_furniture(element) -> bool:
    """An element whose class or id names a part of the site (nav, footer, share, comments, related…).

    >>> from lxml import etree
    >>> [named_furniture(etree.fromstring(f'<div class="{name}"/>')) for name in ("gc-comment", "article-content")]
    [True, False]
    """
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and bool(_FURNITURE_NAMES.search(names))


def own_text(element) -> str:
    """The text an element holds itself: not in links, scripts or block elements inside it.

    >>> from lxml import etree
    >>> own_text(etree.fromstring("<div>增长<b>5%</b>，<a>更多</a><p>另一段</p>。</div>"))
    '增长5%，。'
    """
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag and tag not in _INLINE_SKIP and tag not in _BLOCK_BREAKS:
            parts.append(own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _points(text: str) -> float:
    """What a paragraph weighs as article prose: its commas and stops, and its length."""
    size = len("".join(text.split()))
    if size < _MIN_PARAGRAPH:
        return 0.0
    return 1.0 + sum(1 for char in text if char in _PUNCTUATION) + min(size / 100, 3.0)


def _headline(root, title: str):
    """The heading that repeats the page's title (its headline), or None."""
    wanted = "".join(title.split())
    if len(wanted) < 4:
        return None
    for heading in root.iter("h1", "h2", "h3"):
        text = "".join("".join(heading.itertext()).split())
        if len(text) >= 4 and (text == wanted or wanted in text or text in wanted):
            return heading
    return None


def _region(root, title: str) -> list:
    """The elements where the article's paragraphs may stand: after its headline, before the next
    headline of the same rank (a page that runs on into the next story); the whole page without one."""
    elements = [element for element in root.iter() if isinstance(element.tag, str) and not _in_thread(element)]
    headline = _headline(root, title)
    if headline is None or headline not in elements:
        return elements
    start = elements.index(headline)
    weights = [_points(own_text(element)) if element.tag.lower() in _PROSE_TAGS else 0.0 for element in elements]
    if sum(weights[start + 1:]) < sum(weights[:start]):
        return elements             # most of the prose stands above it: a heading that only repeats the title
    end = next((index for index in range(start + 1, len(elements)) if _ends_story(elements[index], headline)),
               len(elements))
    return elements[start + 1:end]


def _in_thread(element) -> bool:
    """Inside a part of the page that is never the article (comments, related stories)."""
    return any(_NOT_ARTICLE.search(f"{node.get('class') or ''} {node.get('id') or ''}")
               for node in (element, *element.iterancestors()))


def _ends_story(element, headline) -> bool:
    """The headline of the next story (a heading of the same tag and class as the article's headline:
    a page that runs on into other stories), or a heading over a list of other stories. (A section
    heading of a bulletin, 「一、综合」, is no other story: it does not share the headline's class.)"""
    if element.tag == headline.tag and headline.get("class") and element.get("class") == headline.get("class"):
        return bool("".join(element.itertext()).strip())
    if len(element) > 1:
        return False
    return opens_list("".join(element.itertext()))


def main_content(root, title: str = ""):
    """The element that holds the page's article, or None when no element stands out as one.

    The article stands under its headline (the heading that repeats the page's `title`), when the
    page has one."""
    return _best(root, _region(root, title))


def _best(root, region: list):
    """The element that holds the article: of the elements whose prose weighs at least half the
    heaviest's, the one whose prose starts first (the article under its headline, not a longer
    thread or stream of summaries further down), the deeper of two alike."""
    scores: dict = defaultdict(float)
    first: dict = {}
    for position, element in enumerate(region):
        if element.tag.lower() not in _PROSE_TAGS:
            continue
        points = _points(own_text(element))
        if not points:
            continue
        for holder in (element, element.getparent()):
            if holder is not None:
                scores[holder] += points
                first.setdefault(holder, position)
    if not scores or max(scores.values()) < _MIN_ARTICLE:
        return None
    heaviest = max(scores.values())
    depth = {element: sum(1 for _ in element.iterancestors()) for element in scores}
    best = min((element for element in scores if scores[element] >= _LEAD_SHARE * heaviest),
               key=lambda element: (first[element], -scores[element], -depth[element]))
    if best.tag.lower() in _PARAGRAPH_TAGS and best.getparent() is not None:
        return best.getparent()           # an article of one paragraph: the element that holds it
    return best


def article_elements(root, title: str = "") -> list:
    """The main element and the elements beside it that are article too: its siblings, and its
    parent's siblings (a page laid out in table rows puts the article's parts in rows of their own),
    that hold prose of weight or a table, and are neither named furniture, lists, links nor another story.

    >>> from lxml import etree
    >>> page = etree.fromstring('''<html><body><table><tr><td><h1>2023年统计公报</h1></td></tr>
    ... <tr><td id="text"><p>初步核算，全年地区生产总值32765亿元，比上年增长4.1%。其中，第一产业增加值2000亿元，
    ... 增长3.5%；第二产业增加值12000亿元，增长4.0%；第三产业增加值18765亿元，增长4.3%。</p></td></tr>
    ... <tr><td><table><tr><td>粮食（万吨）</td><td>1089.9</td></tr></table></td></tr>
    ... <tr><td class="footer">版权所有</td></tr></table></body></html>''', etree.HTMLParser())
    >>> [len(element.findall(".//table")) for element in article_elements(page, "2023年统计公报")]
    [0, 1]
    """
    region = _region(root, title)
    main = _best(root, region)
    if main is None:
        return []
    allowed = set(region)
    best = _weight(main)
    kept = [main]
    parent = main.getparent()
    for inner in (main, parent):
        around = inner.getparent() if inner is not None else None
        if around is None:
            break
        kept += [sibling for sibling in around if sibling is not inner and _beside_article(sibling, allowed, best)]
    return kept


def _weight(element) -> float:
    return sum(_points(own_text(node)) for node in element.iter() if isinstance(node.tag, str))


def _beside_article(element, allowed: set, best: float) -> bool:
    """An element beside the article that belongs to it: in its story, not furniture nor a list of links."""
    if not isinstance(element.tag, str) or element not in allowed or named_furniture(element) \
            or element.tag.lower() in ("ul", "ol") or _link_share(element) >= 0.5:
        return False
    if element.tag.lower() == "table" or element.find(".//table") is not None:
        return True
    return _weight(element) >= _SIBLING_SHARE * best and not _headline_links(element)


def _headline_links(element) -> bool:
    """A stream of other stories: a link (their headlines) for every other paragraph or more."""
    links = sum(1 for link in element.iter("a") if len("".join("".join(link.itertext()).split())) >= 4)
    paragraphs = sum(1 for node in element.iter() if isinstance(node.tag, str) and _points(own_text(node)))
    return links >= max(2, paragraphs / 2)


def _link_share(element) -> float:
    """How much of an element's text is the text of links (a list of other stories is mostly links)."""
    size = len("".join("".join(element.itertext()).split()))
    linked = sum(len("".join("".join(link.itertext()).split())) for link in element.iter("a"))
    return linked / size if size else 0.0


def _line(text: str) -> str:
    """A line as the word lists read it: white space folded, full-width and traditional characters
    folded (瀏覽次數 is 浏览次数)."""
    return fold(" ".join(text.split()))


def is_site_line(text: str) -> bool:
    """A line of the site: a count of its readers or comments, a post's age, a byline without a date."""
    line = _line(text)
    if len(line) <= _COUNT_LINE and (_COUNT.match(line) or _AGE.search(line)):
        return True
    return len(line) <= _BYLINE_LINE and bool(_BYLINE.match(line)) and not _DATE.search(line)


def opens_list(text: str) -> bool:
    """A heading over a list of other stories or of comments (相关新闻, 热门评论, 【延伸阅读】)."""
    line = _line(text)
    return len(line) <= _LIST_LINE and bool(_LIST_HEAD.match(line))


def is_prose(text: str) -> bool:
    """A paragraph of the article: long, and ending a sentence."""
    line = text.strip()
    return len(line) >= _PROSE_LINE and line.endswith(("。", "！", "？", "”", "）", ")", "；"))


def is_dateline(text: str) -> bool:
    """A short line that dates the page (发布时间：2024-02-29, 2019年09月07日 来源：…)."""
    line = _line(text)
    return len(line) <= _BYLINE_LINE and bool(_DATE.search(line))
