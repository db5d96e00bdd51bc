"""Web pages as news sites and bureaus serve them: the article is read, the site around it is not.

Each case is a page built around a short article (real sentences of the 2024年4月 CPI release), with
one shape of site furniture found in the real pages of tests/formats/PROVENANCE.md (its strings are
theirs): the text must hold the article and none of the furniture, and no fact may come from it."""
from __future__ import annotations

import pytest

from pipeline.document import extract_document

ARTICLE = ("<p>2024年4月份，全国居民消费价格同比上涨0.3%。其中，城市上涨0.3%，农村上涨0.4%；食品价格下降2.7%，"
           "非食品价格上涨0.9%；消费品价格持平，服务价格上涨0.8%。</p>"
           "<p>4月份，全国居民消费价格环比上涨0.1%。其中，城市上涨0.1%，农村持平；食品价格下降1.0%，"
           "非食品价格上涨0.3%；消费品价格下降0.1%，服务价格上涨0.3%。</p>")
ARTICLE_LINES = [
    "2024年4月份，全国居民消费价格同比上涨0.3%。其中，城市上涨0.3%，农村上涨0.4%；食品价格下降2.7%，"
    "非食品价格上涨0.9%；消费品价格持平，服务价格上涨0.8%。",
    "4月份，全国居民消费价格环比上涨0.1%。其中，城市上涨0.1%，农村持平；食品价格下降1.0%，"
    "非食品价格上涨0.3%；消费品价格下降0.1%，服务价格上涨0.3%。"]
HEADLINE = "2024年4月全国CPI同比上涨0.3%"


def page(before: str, after: str, title: str = HEADLINE + "_数据_宏观频道首页_财经网",
         article_class: str = "article-content") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='main'>{before}<div class='{article_class}'>{ARTICLE}</div>{after}</div>"
            "</body></html>").encode()


# (case, what stands before the article, what stands after it, the lines expected above the article,
#  the lines expected below it)
SHAPES = [
    ("headline and dateline kept, byline and original title dropped",
     f"<h1>{HEADLINE}</h1><div class='info'>2019-09-07 13:43:45 来源: 证券市场红周刊</div>"
     "<p>（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）</p>",
     "<p>本文来源：证券市场红周刊</p><p>责任编辑：杨倩_NF4425</p>",
     [HEADLINE, "2019-09-07 13:43:45 来源: 证券市场红周刊"], []),
    ("a count of comments", f"<h1>{HEADLINE}</h1>", "<div>举报</div><div>评论 139</div><div>跟贴171</div>",
     [HEADLINE], []),
    ("an author's counts of articles and reads",
     "<div class='author'><span>15万文章</span><span>50亿总阅读</span></div>" f"<h1>{HEADLINE}</h1>", "",
     [HEADLINE], []),
    ("a comment thread with post ages",
     f"<h1>{HEADLINE}</h1>",
     "<div class='talk'><div>热评论</div><div>糠山 6天前</div><div>买一个充电宝也就几十块钱</div>"
     "<div>Slade1 6天前</div><div>自己带充电宝呀更方便吧</div></div>",
     [HEADLINE], []),
    ("a comment container named so, with long comments",
     f"<h1>{HEADLINE}</h1>",
     "<div class='gc-comment' id='comments-container'><p>3121美元！业内专家讲投资芯片一美元可以带动GDP一百美元。"
     "我们把这块蛋糕吃下三分之二份额，只拉动五十美元，10万亿美元，再增加一个中国GDP，再给其它产业带动经济。</p>"
     "<p>主要是存储芯片，手机芯片反而不很急，存储芯片进口快占到进口芯片的一半了。如果存储芯片自己做，"
     "每年耗资万亿进口芯片的时代将会一去不复返。</p><p>中国进口的很多芯片，其实是用在出口的电子产品上面的，"
     "中国本身并不是最终用户，不过是个来料加工、两头在外的低端角色。要反过来看，如果有一天中国进口世界一半以上的产品。</p>"
     "</div>",
     [HEADLINE], []),
    ("a list of related stories",
     f"<h1>{HEADLINE}</h1>",
     "<div><h3>相关推荐</h3><p>高通官宣！骁龙7系处理器将集成5G基带 12家厂商齐发</p><p>2019-09-06 21:52</p>"
     "<p>“2.5天小短假”靠谱吗？ 6成网友：难落实</p></div>",
     [HEADLINE], []),
    ("a list of readers' recommendations as a bracketed heading",
     f"<h1>{HEADLINE}</h1>",
     "<p>【延伸阅读】</p><p>积金评级：本港及內地股市引領下 本月強積金人均賺8,600元</p>",
     [HEADLINE], []),
    ("a traditional-character site: byline, comment count and related list",
     f"<h1>{HEADLINE}</h1><p>發佈時間：2024年5月22日 瀏覽次數：5120</p>",
     "<p>責任編輯：陳美玲</p><p>評論 28</p><p>相關新聞</p><p>日股半日跌約1.2%</p><p>積金評級：本月強積金人均賺8,600元</p>",
     [HEADLINE, "發佈時間：2024年5月22日"], []),
    ("an article wrapper whose class names a share bar",
     f"<h1>{HEADLINE}</h1><p>2020年09月11日 18:05</p>", "", [HEADLINE, "2020年09月11日 18:05"], []),
    ("a page that runs on into the next story",
     f"<h1>{HEADLINE}</h1>",
     "<h2>你可能還想看</h2><div class='stream'><h3>重置城寨 不如搞「港版環球影城」</h3>"
     "<p>大阪環球影城面積約54公頃，而香港海洋公園佔地92公頃，迪士尼樂園旁邊亦剩下60公頃用地，有條件「另起爐灶」。</p>"
     "<p>在香港備受熱捧之餘，《九》片在內地也大收旺場，兩地票房已分別突破7000萬港元和5億元人民幣，"
     "不少人建議政府「復刻」該片的九龍城寨場景作為旅遊景點，事實上，現今旅遊業講求差異化特色。</p>"
     "<p>最新港產片《九龍城寨之圍城》熱播，好評如潮，不少人建議政府「復刻」該片的九龍城寨場景作為旅遊景點，"
     "事實上，現今旅遊業講求差異化特色，香港要吸引旅客，必須有獨特的景點，而不是複製別人的成功。</p></div>",
     [HEADLINE], []),
]


@pytest.mark.parametrize("case, before, after, above, below", SHAPES, ids=[row[0] for row in SHAPES])
def test_a_news_page_keeps_its_article_and_loses_its_site(case, before, after, above, below):
    article_class = "js_img_share_area" if "share bar" in case else "article-content"
    row, facts = extract_document(page(before, after, article_class=article_class), "web", "web.html")
    assert row["text"].split("\n") == above + ARTICLE_LINES + below
    article = "\n".join(ARTICLE_LINES)
    assert {fact["text"] for fact in facts if fact["sentence"] not in article} <= {"0.3%"}   # (the headline's)


# (the page's <title>, the headline the text opens with)
TITLES = [
    ("2024年4月全国CPI同比上涨0.3%_数据_宏观频道首页_财经网 - CAIJING.COM.CN", HEADLINE),
    ("2024年4月全国CPI同比上涨0.3%-新华网", HEADLINE),
    ("棱镜|数据业大整顿：爬虫与现金贷共生共荣_财经_腾讯网", "数据业大整顿：爬虫与现金贷共生共荣"),
    ("1-10月德清县固定资产投资结构趋稳趋优", "1-10月德清县固定资产投资结构趋稳趋优"),
]


@pytest.mark.parametrize("title, headline", TITLES, ids=[row[0][:12] for row in TITLES])
def test_a_page_without_a_headline_opens_with_its_title_without_the_site(title, headline):
    row, _facts = extract_document(page("", "", title=title), "web", "web.html")
    assert row["text"].split("\n") == [headline] + ARTICLE_LINES


def test_a_title_the_headline_repeats_is_not_read_twice():
    row, facts = extract_document(page(f"<h1>{HEADLINE}</h1>", ""), "web", "web.html")
    assert row["text"].split("\n") == [HEADLINE] + ARTICLE_LINES
    assert [fact["text"] for fact in facts].count("0.3%") == 5     # headline once, four in the article


@pytest.mark.parametrize("declared, encoding, expected", [
    ("gb2312", "utf-8", "utf-8"),          # saved again as UTF-8, the old declaration kept (qq-data-gb2312.html)
    ("gb2312", "gb18030", "gb18030"),      # as served
    ("utf-8", "utf-8", "utf-8"),
])
def test_a_page_is_decoded_as_its_bytes_are_written(declared, encoding, expected):
    raw = (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={declared}'></head>"
           f"<body><div>{ARTICLE}</div></body></html>").encode(encoding)
    row, _facts = extract_document(raw, "web", "web.html")
    assert (row["encoding"], row["text"].split("\n")) == (expected, ARTICLE_LINES)


def test_a_bureau_page_laid_out_in_table_rows_keeps_its_article_and_its_tables():
    """An older government site: the page is a table, the article's prose and its table in rows of their own."""
    body = ("<table width='100%'><tr><td><a href='/'>首页</a> <a href='/tjsj'>统计数据</a> <a href='/tjgb'>统计公报</a></td></tr>"
            "<tr><td align='center'><h2>2023年德清县国民经济和社会发展统计公报</h2></td></tr>"
            "<tr><td>发布时间：2024-03-15 来源：德清县统计局 浏览次数：1268</td></tr>"
            f"<tr><td id='zoom'>{ARTICLE}</td></tr>"
            "<tr><td><p>表1 居民消费价格</p><table border='1'><tr><td>指标</td><td>比上年增长（%）</td></tr>"
            "<tr><td>居民消费价格</td><td>0.3</td></tr></table></td></tr>"
            "<tr><td><h3>相关链接</h3><a href='/1'>2022年统计公报</a> <a href='/2'>2021年统计公报</a></td></tr>"
            "<tr><td class='bottom'>版权所有：德清县统计局 浙ICP备05001234号</td></tr></table>")
    raw = ("<html><head><meta charset='gbk'><title>2023年德清县国民经济和社会发展统计公报_德清县统计局</title></head>"
           f"<body>{body}</body></html>").encode("gbk")
    row, facts = extract_document(raw, "bureau", "bureau.html")
    assert row["text"].split("\n") == (["2023年德清县国民经济和社会发展统计公报", "发布时间：2024-03-15 来源：德清县统计局"] + ARTICLE_LINES
                                       + ["表1 居民消费价格", "指标\t比上年增长（%）", "居民消费价格\t0.3"])
    assert {fact["text"] for fact in facts if fact.get("table") is not None} == {"0.3"}
    assert str(row["doc_date"]) == "2024-03-15"


@pytest.mark.parametrize("headline_class, expected_sections", [
    ("", 2),                     # 「一、综合」 「二、价格」 as headings of the headline's rank: the bulletin goes on
    ("caas-title", 1),           # the next story's headline, of the same rank and class: the article ends
])
def test_headings_of_the_headline_rank_end_the_article_only_as_another_story(headline_class, expected_sections):
    attr = f" class='{headline_class}'" if headline_class else ""
    section = "<h2{attr}>{title}</h2><div><p>{text}</p></div>"
    body = "".join(section.format(attr=attr, title=title, text=text) for title, text in [
        (HEADLINE, ARTICLE_LINES[0]), ("二、价格" if not headline_class else "重置城寨 不如搞「港版環球影城」",
                                        ARTICLE_LINES[1])])
    raw = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>{body}</body></html>").encode()
    row, _facts = extract_document(raw, "web", "web.html")
    assert sum(line in row["text"].split("\n") for line in ARTICLE_LINES) == expected_sections
    assert ("二、价格" in row["text"]) == (not headline_class)


def test_a_short_article_before_a_longer_stream_of_other_stories_is_the_article():
    """A stream of summaries (not named as such) after the article outweighs it: the article, met
    first under the headline, is still the one read."""
    summary = ("<div class='item'><a href='/n{0}'>其他新闻{0}</a><p>瑞銀發表報告指，滔搏2024財年盈利較預期弱，今年2月底止下半財年"
               "淨利潤按年增長27%，比該行預期低7%，原因是經營開支高於預期，毛利率亦有所收窄。</p></div>")
    after = "<div class='stream'>" + "".join(summary.format(index) for index in range(4)) + "</div>"
    row, facts = extract_document(page(f"<h1>{HEADLINE}</h1>", after), "web", "web.html")
    assert row["text"].split("\n") == [HEADLINE] + ARTICLE_LINES
    assert "27%" not in {fact["text"] for fact in facts}


def test_a_page_wrapped_in_a_form_keeps_its_article():
    """ASP.NET sites (many government ones) wrap the whole body in a <form>; a search form is dropped."""
    raw = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><form id='form1' method='post'>"
           "<div class='search'><form action='/s'><input name='q'/>搜索</form></div>"
           f"<h1>{HEADLINE}</h1><div id='zoom'>{ARTICLE}</div></form></body></html>").encode()
    row, _facts = extract_document(raw, "web", "web.html")
    assert row["text"].split("\n") == [HEADLINE] + ARTICLE_LINES


def test_a_heading_that_repeats_the_title_below_the_article_does_not_hide_it():
    """The title repeated in a heading under the article (a 上一篇/下一篇 or print block): the article
    above it is still read."""
    raw = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>"
           f"<div class='title'>{HEADLINE}</div><div id='zoom'>{ARTICLE}</div>"
           f"<div class='print'><h3>{HEADLINE}</h3><p>3月份，全国居民消费价格同比上涨0.1%，其中，城市上涨0.1%，"
           "农村上涨0.2%；食品价格下降2.7%，非食品价格上涨0.7%。</p></div></body></html>").encode()
    row, _facts = extract_document(raw, "web", "web.html")
    assert [line for line in ARTICLE_LINES if line in row["text"].split("\n")] == ARTICLE_LINES
