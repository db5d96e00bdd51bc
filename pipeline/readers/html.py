"""A web page as its article: headings, paragraphs and tables, without the site around it.

>>> page = '''<html><head><meta charset="gbk"><title>2024年统计公报_统计局</title><style>p{}</style></head>
... <body><div class="nav"><a href="/">首页</a> <a href="/tjsj">统计数据</a></div>
... <h1>2024年国民经济和社会发展统计公报</h1><p>全年粮食产量1.2万吨。</p>
... <table><caption>表1 主要指标</caption><tr><th>指标</th><th>绝对量</th></tr><tr><td>税收（亿元）</td><td>320</td></tr></table>
... <div class="footer">版权所有 重庆市统计局 渝ICP备05001234号 浏览次数：568</div><script>var a=1;</script></body></html>'''
>>> doc = read_html(page.encode("gbk"))
>>> doc.encoding, [(block.kind, block.text or block.table.rows) for block in doc.blocks]
('gb18030', [('heading', '2024年国民经济和社会发展统计公报'), ('paragraph', '全年粮食产量1.2万吨。'), ('table', [['指标', '绝对量'], ['税收（亿元）', '320']])])

Decoding follows the page's byte-order mark, then UTF-8 when the bytes are UTF-8, then its
`<meta charset>` (GB2312 and GBK read as their superset GB18030), then the text detector. Where the
page has an article (`web_article.article_elements`: the element of its prose, under the headline),
only the article is read, with the headline and dateline above it; other stories, comment threads and
the site around are not. Dropped everywhere: scripts, styles, search forms, `<nav>`, `<footer>`,
`<aside>`, blocks whose class or id names site furniture (nav, menu, footer, share…), blocks that
are mostly links (menus), short lines with a site word from `lexicon/web_furniture.txt` (ICP备,
浏览次数, 分享到, 打印本页, 关闭窗口…), and the site lines of `web_article` (reader counts, post ages,
bylines, lists of related stories). A table that holds other tables, long passages or several
paragraphs in a cell lays the page out: it is read as prose, not as a table.
"""
from __future__ import annotations

import codecs
import re

from ..ingest import decode_bytes
from ..lexicon import _lines
from ..script import fold
from .base import NOTE_MARK, Block, ReadDocument, Table
from .limits import MAX_HTML_BYTES, megabytes
from .web_article import article_elements, is_dateline, is_prose, is_site_line, named_furniture, opens_list

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312_80": "gb18030", "big5": "big5hkscs",
              "iso8859-1": "cp1252", "ascii": "utf-8"}
_DROP_TAGS = {"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "select",
              "button", "svg", "object", "embed", "input", "textarea", "map", "head"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "section", "article", "main", "header", "blockquote", "pre",
               "dd", "dt", "dl", "hr", "center", "figure", "figcaption", "address", "td", "th", "tr", "tbody",
               "caption", "body", "html"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_FURNITURE_WORDS = tuple(_lines("web_furniture.txt"))
_SHORT = 80
_FORM_TEXT = 200                        # a form holding more text than this holds the page, not a search box
_MAIN = "data-cnstats-article"         # set on the elements that are the article
_HOLDS = "data-cnstats-holds"           # and on those around them
_HEADER_REACH = 15                      # blocks before the article where its headline and dateline stand
_SITE_TITLE = re.compile(r"\s*(?:[_|｜]|\s-\s|--)\s*")
_SITE_SUFFIX = re.compile(r"-[^\d-]{2,10}$")


def decode_page(raw: bytes) -> tuple[str | None, str | None, str | None]:
    """The page's text, the encoding used, or an error.

    A page saved again as UTF-8 often keeps its old `<meta charset=gb2312>`: bytes that are valid
    UTF-8 with Chinese in them are read as UTF-8 whatever the page declares (GBK text is hardly ever
    valid UTF-8).

    >>> decode_page('<meta charset="gb2312"><p>增长5%</p>'.encode("utf-8"))[1:]
    ('utf-8', None)
    """
    if not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(raw[:4096])
        if declared and not raw.isascii():
            try:
                return raw.decode("utf-8"), "utf-8", None
            except UnicodeDecodeError:
                pass
        if declared:
            name = declared.group(1).decode("ascii").lower()
            try:
                encoding = codecs.lookup(_SUPERSETS.get(name, name)).name
                return raw.decode(encoding), encoding, None
            except (LookupError, UnicodeDecodeError):
                pass            # a wrong declaration: let the detector read the bytes
    decoded = decode_bytes(raw)
    return decoded.text, decoded.encoding, decoded.error


def read_html(raw: bytes, max_bytes: int = MAX_HTML_BYTES) -> ReadDocument:
    if len(raw) > max_bytes:
        return ReadDocument("html", error=f"a web page of {megabytes(len(raw))}, more than the "
                                          f"{megabytes(max_bytes)} read from one page: save its article as text")
    text, encoding, error = decode_page(raw)
    if error is not None:
        return ReadDocument("html", encoding=encoding, error=error)
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    problem = "it has no elements"
    try:
        root = etree.fromstring(text, etree.HTMLParser(remove_comments=True, remove_pis=True))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        root, problem = None, str(error)
    if root is None:
        return ReadDocument("html", encoding=encoding, error=f"not a readable web page ({problem}): save it as text")
    title = headline_of(root.findtext(".//title") or "")
    _drop_tags(root)
    article = article_elements(root, title)
    for element in article:
        element.set(_MAIN, "1")
        for holder in element.iterancestors():
            holder.set(_HOLDS, "1")
    _prune(root)
    walker = _Walker()
    blocks = walker.blocks_of(root)
    if any(walker.inside):
        blocks = _article_blocks(blocks, walker.inside, title)
    blocks = _without_site_lines([kept for kept in map(_without_furniture, blocks) if kept is not None])
    if title and not any(block.kind == "heading" for block in blocks[:3]) \
            and not any(title in block.text or (block.text and block.text in title) for block in blocks[:10]):
        blocks.insert(0, Block("heading", title))
    from .assemble import attach_captions

    return ReadDocument("html", attach_captions(blocks), encoding=encoding)


def headline_of(title: str) -> str:
    """A page's <title> without the site's name after it.

    >>> headline_of("2024年4月全国CPI同比上涨0.3%_数据_宏观频道首页_财经网"), headline_of("法国大罢工再次严重影响交通-新华网")
    ('2024年4月全国CPI同比上涨0.3%', '法国大罢工再次严重影响交通')
    >>> headline_of("1-10月德清县固定资产投资结构趋稳趋优"), headline_of("棱镜|数据业大整顿：爬虫与现金贷共生共荣_财经_腾讯网")
    ('1-10月德清县固定资产投资结构趋稳趋优', '数据业大整顿：爬虫与现金贷共生共荣')
    """
    parts = [part for part in _SITE_TITLE.split(" ".join(title.split())) if part] or [""]
    head = parts[0]
    longest = max(parts, key=len)
    if len(longest) > 2 * len(head):         # 棱镜|数据业大整顿…: a column's name before the headline
        head = longest
    return _SITE_SUFFIX.sub("", head).strip()


def _drop_tags(root) -> None:
    """Drop scripts, styles, forms, nav and footer elements, comments; but not a form that holds the
    page (an ASP.NET site wraps its whole body in one)."""
    doomed = [element for element in root.iter()
              if not isinstance(element.tag, str) or (element.tag.lower() in _DROP_TAGS and not (
                  element.tag.lower() == "form" and _holds_prose(element)))]
    for element in doomed:
        _remove(element)


def _holds_prose(element) -> bool:
    """More than a search box: sentences, or much text."""
    text = _text(element)
    return "。" in text or len(text.strip()) > _FORM_TEXT


def _article_blocks(blocks: list[Block], inside: list[bool], title: str) -> list[Block]:
    """The blocks of the article, with the headline and dateline above it (from the heading that
    repeats the page's title, else from the last heading)."""
    first = inside.index(True)
    above = blocks[max(0, first - _HEADER_REACH):first]
    headings = [index for index, block in enumerate(above) if block.kind == "heading"]
    named = [index for index in headings if _same_title(above[index].text, title)]
    start = named[-1] if named else (headings[-1] if headings else 0)
    header = [block for block in above[start:]
              if block.kind == "heading" or (block.kind == "paragraph" and is_dateline(block.text))]
    last = len(inside) - 1 - inside[::-1].index(True)
    return header + [block for index, (block, kept) in enumerate(zip(blocks, inside))
                     if kept or (first < index < last and block.kind == "heading")]   # (a section's heading)


def _same_title(text: str, title: str) -> bool:
    text, title = "".join(text.split()), "".join(title.split())
    return len(text) >= 4 and len(title) >= 4 and (text in title or title in text)


def _without_site_lines(blocks: list[Block]) -> list[Block]:
    """Without counts of readers, post ages, bylines, and lists of other stories or comments."""
    kept: list[Block] = []
    in_list = False
    for block in blocks:
        if block.kind == "table":
            in_list = False
        elif opens_list(block.text):
            in_list = True
            continue
        elif in_list and not is_prose(block.text):
            continue
        else:
            in_list = False
            if is_site_line(block.text):
                continue
        kept.append(block)
    return kept


def _spared(element) -> bool:
    """The article, or an element around it: never dropped as furniture."""
    return element.get(_MAIN) is not None or element.get(_HOLDS) is not None


def _prune(root) -> None:
    """Drop what is not the article: named furniture and link lists, but never what holds the article."""
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str) or _spared(element):
            continue
        if named_furniture(element) and len(_text(element)) < 2000 \
                and element.tag.lower() not in _HEADINGS and element.find(".//h1") is None:   # (a header keeps its title)
            doomed.append(element)
    for element in doomed:
        _remove(element)
    for mark in list(root.iter("sup")):     # 生产总值<sup>[2]</sup>: a note, not a figure; m<sup>2</sup>: m²
        text = _text(mark).strip()
        if NOTE_MARK.fullmatch(text):
            _remove(mark)
        elif text in ("2", "3") and len(mark) == 0:
            mark.text = "²" if text == "2" else "³"
    for element in list(root.iter("ul", "ol", "div", "p", "td", "table", "span")):
        if not _spared(element) and element.getparent() is not None and _mostly_links(element):
            _remove(element)


def _text(element) -> str:
    """All the text inside an element."""
    return "".join(element.itertext())


def _remove(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _mostly_links(element) -> bool:
    links = element.findall(".//a")
    if len(links) < 2:
        return False
    text = "".join(_text(element).split())
    if not text or len(text) > 600:
        return False
    linked = sum(len("".join(_text(link).split())) for link in links)
    return linked >= 0.7 * len(text)


def _without_furniture(block: Block) -> Block | None:
    """The block, or None when it is a short line of the site (ICP备, 浏览次数…); a dateline that
    runs on into the site's words keeps its date (发布时间：2024-03-15 来源：统计局 浏览次数：1268).

    >>> _without_furniture(Block("paragraph", "发布时间：2024-03-15 来源：德清县统计局 浏览次数：1268")).text
    '发布时间：2024-03-15 来源：德清县统计局'
    >>> _without_furniture(Block("paragraph", "版权所有：德清县统计局 浙ICP备05001234号")) is None
    True
    >>> _without_furniture(Block("paragraph", "發佈時間：2024-03-15 瀏覽次數：1268")).text
    '發佈時間：2024-03-15'

    """
    if block.kind == "table":
        return block
    text = block.text.strip()
    if not text:
        return None
    if len(text) > _SHORT:
        return block
    folded = fold(text)                     # (one character for one: 瀏覽次數 is found where 浏览次数 would be)
    cut = min((folded.find(word) for word in _FURNITURE_WORDS if word in folded), default=-1)
    if cut < 0:
        return block
    if is_dateline(text[:cut]):
        return Block(block.kind, text[:cut].strip(), page=block.page)
    return None


class _Walker:
    """Blocks in document order: text runs cut at block tags, headings and tables set apart."""

    def blocks_of(self, root) -> list[Block]:
        self.blocks: list[Block] = []
        self.inside: list[bool] = []     # for each block: does it stand in the article's elements
        self.depth = 0
        self.line: list[str] = []
        self._walk(root)
        self._flush()
        return self.blocks

    def _add(self, block: Block) -> None:
        self.blocks.append(block)
        self.inside.append(self.depth > 0)

    def _flush(self, kind: str = "paragraph") -> None:
        text = "".join(self.line).strip()
        self.line = []
        if text:
            self._add(Block(kind, text))

    def _walk(self, element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        main = isinstance(element.tag, str) and element.get(_MAIN) is not None
        if main:
            self._flush()
            self.depth += 1
        self._walk_in(element, tag)
        if main:
            self._flush()
            self.depth -= 1

    def _walk_in(self, element, tag: str) -> None:
        if tag == "table" and _is_data_table(element):
            self._flush()
            self._add(Block("table", table=_table_of(element)))
        elif tag in _HEADINGS:
            self._flush()
            self.line.append(" ".join(_text(element).split()))
            self._flush("heading")
        else:
            block = tag in _BLOCK_TAGS or tag == "table"
            if block:
                self._flush()
            if element.text:
                self.line.append(element.text)
            for child in element:
                self._walk(child)
                if child.tail:
                    self.line.append(child.tail)
            if block:
                self._flush()


def _is_data_table(table) -> bool:
    """A table of figures, not one that lays the page out (tables inside it, or long passages)."""
    if table.find(".//table") is not None:
        return False
    cells = table.xpath(".//td|.//th")
    return bool(cells) and all(len(_text(cell)) <= 400 and _paragraphs_in(cell) < 2 for cell in cells)


def _paragraphs_in(cell) -> int:
    """Paragraphs with text in a cell: a data table's cell holds one at most (Word exports wrap it in a <p>)."""
    if not len(cell):
        return 0
    return sum(1 for element in cell.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6")
               if _text(element).strip())


def indent_of(text: str) -> str:
    """The indent a cell opens with, as full-width spaces: tables indent a row's parts (　　住宅).

    >>> indent_of("\\n  \\u3000\\u3000住宅"), indent_of("\\xa0\\xa0\\xa0\\xa0住宅"), indent_of(" 住宅")
    ('\u3000\u3000', '\u3000\u3000', '')
    """
    lead = text[:len(text) - len(text.lstrip())]
    return "\u3000" * (lead.count("\u3000") + lead.count("\xa0") // 2)


def _table_of(table) -> Table:
    """Rows of cell texts; a cell spanning columns or rows is repeated where it spans."""
    caption = table.find("caption")
    caption_text = " ".join(_text(caption).split()) if caption is not None else None
    grid: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}       # column → (rows still spanned, text)
    for tr in table.iter("tr"):
        row: list[str] = []
        cells = [cell for cell in tr if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
        for cell in cells:
            while len(row) in pending:
                left, text = pending.pop(len(row))
                row.append(text)
                if left > 1:
                    pending[len(row) - 1] = (left - 1, text)
            text = indent_of(_text(cell)) + " ".join(_text(cell).split())
            span = _int(cell.get("colspan"))
            down = _int(cell.get("rowspan"))
            for _ in range(span):
                if down > 1:
                    pending[len(row)] = (down - 1, text)
                row.append(text)
        while len(row) in pending:
            left, text = pending.pop(len(row))
            row.append(text)
            if left > 1:
                pending[len(row) - 1] = (left - 1, text)
        grid.append(row)
    return Table(grid, caption=caption_text)


def _int(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, min(int(value), 100))
    except (TypeError, ValueError):
        return 1
