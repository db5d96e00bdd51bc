"""Tables inside a document's text give facts: one per figure in a cell, named, scaled and placed.

Each case is a table as a downloaded text holds it (tab-separated as the readers write tables,
「|」-separated, or aligned with spaces), with its figures taken from real releases: the National
Bureau of Statistics' monthly real-estate releases (2022年1—8月份, 2023年1—4月份, 2021年1—11月份),
the 2024 national statistical bulletin (粮食, 棉花, 货物进出口), the 2017 bulletin of 通辽市 and the
Chongqing statistical yearbook 2008. Every case runs through the whole pipeline
(`extract_document` on the file's bytes), and gives exactly the facts listed, one line a fact:
`metric | subject | value | unit | stat | period | text` (an empty field is None). Adding a case is
adding an entry.
"""
from __future__ import annotations

import opencc
import pytest

from pipeline.clean import clean_text
from pipeline.document import extract_document

CASES = [
    # 环比 and 同比 over 上月=100 and 上年同月=100: indices against the month and the year before, no rates of growth
    ("70 cities' price indices",
     "70个大中城市新建商品住宅销售价格指数\n城市\t环比\t同比\n\t上月=100\t上年同月=100\n北京\t100.2\t99.1",
     """70个大中城市新建商品住宅销售价格指数 | 北京 | 100.2 | | | | 100.2
        70个大中城市新建商品住宅销售价格指数 | 北京 | 99.1 | | | | 99.1"""),
    # 工业 under a spanning 第二产业 whose own column has nothing below: a part of it, named by itself (市区 from the caption)
    ("a part under a spanning sector",
     "市区历年地区生产总值\n\t生产总值(万元)\t\t\t构成(%)\t\t\n年份\t合计\t第二产业\t\t第二产业\t\n\t\t\t工业\t\t工业\n2002\t1229067\t575221\t472551\t46.8\t38.4",
     """生产总值 | 市区 | 12290670000 | 元 | | 2002年 | 1229067
        生产总值第二产业 | 市区 | 5752210000 | 元 | | 2002年 | 575221
        工业 | 市区 | 4725510000 | 元 | | 2002年 | 472551
        第二产业 | 市区 | 46.8 | % | share | 2002年 | 46.8
        工业 | 市区 | 38.4 | % | share | 2002年 | 38.4"""),
    # Yearbook and release tables as statistics bureaus lay them out (blind tuning tables 29 … 36 taught these):
    # a column of units beside the labels and a header shifted by a tab; a unit written once under a run of years;
    # a column's own unit under its group's; how a figure is computed (按可比价计算) is no part of its name.
    ('unit column, header shifted',
     '1-8  平均每天主要社会经济活动\n\t\t\tItem\t2000\t2002\n一、全省每天创造的财富\t\tDaily Production\n国内生产总值\t(万元)\tGross Domestic Product\t45036\t55275\n发电量\t(万千瓦小时)\tElectricity\t17115\t23069',
     """国内生产总值 | 全省 | 450360000 | 元 |  | 2000年 | 45036
        国内生产总值 | 全省 | 552750000 | 元 |  | 2002年 | 55275
        发电量 | 全省 | 171150000 | 千瓦小时 |  | 2000年 | 17115
        发电量 | 全省 | 230690000 | 千瓦小时 |  | 2002年 | 23069"""),
    # a row whose Chinese label the page left out is named from its English label (english_terms.tsv), not the caption
    ('Chinese label missing, English kept',
     '1-8  平均每天主要社会经济活动\n\t\t\tItem\t2000\t2002\n一、全省每天创造的财富\t\tDaily Production\n\t(吨)\tSteel (ton)\t12952\t21096\n成品钢材\t(吨)\tSteel Products (ton)\t10756\t15918\n\t(万米)\tCloth (10 000 m)\t91.1\t91.4',
     """钢 | 全省 | 12952 | 吨 |  | 2000年 | 12952
        钢 | 全省 | 21096 | 吨 |  | 2002年 | 21096
        成品钢材 | 全省 | 10756 | 吨 |  | 2000年 | 10756
        成品钢材 | 全省 | 15918 | 吨 |  | 2002年 | 15918
        布 | 全省 | 911000 | 米 |  | 2000年 | 91.1
        布 | 全省 | 914000 | 米 |  | 2002年 | 91.4"""),
    ('Chinese labels missing under a total',
     '8-17 各类粮食产量\nOutput of Major Farm Crops\n单位:万吨 (10 000 tons)\n项目\titem\t2006\t2007\n粮食总产量\tTotal Output of Grain\t698.70\t700.29\n\tRice\t500.35\t499.14\n\tWheat\t0.44\t0.34',
     """粮食总产量 |  | 6987000 | 吨 |  | 2006年 | 698.70
        粮食总产量 |  | 7002900 | 吨 |  | 2007年 | 700.29
        稻谷 |  | 5003500 | 吨 |  | 2006年 | 500.35
        稻谷 |  | 4991400 | 吨 |  | 2007年 | 499.14
        小麦 |  | 4400 | 吨 |  | 2006年 | 0.44
        小麦 |  | 3400 | 吨 |  | 2007年 | 0.34"""),
    # a note's or a revision's mark after a figure (「4.1①」, 「3.5[2]」, 「3.1r」 revised, 「3.4p」 provisional) is no part of it
    ('marks after figures (Taiwan rates)',
     '102年嬰兒死亡率-依縣市別分\n縣市別\t男(每千人)\t女(每千人)\n新北市\t4.1①\t3.4\n臺北市\t4\t3.5[2]\n臺中市\t3.1r\t3.4p',
     """嬰兒死亡率 | 新北市 | 4.1 | ‰ |  |  | 4.1
        嬰兒死亡率 | 新北市 | 3.4 | ‰ |  |  | 3.4
        嬰兒死亡率 | 臺北市 | 4 | ‰ |  |  | 4
        嬰兒死亡率 | 臺北市 | 3.5 | ‰ |  |  | 3.5
        嬰兒死亡率 | 臺中市 | 3.1 | ‰ |  |  | 3.1
        嬰兒死亡率 | 臺中市 | 3.4 | ‰ |  |  | 3.4"""),
    ('marks after figures (growth by city)',
     '单位:%\n\t规模工业增加值增长速度\t工业固定资产投资增长速度\n长沙市\t14.4\t0.2(a)\n株洲市\t14.1②\t78.0',
     """规模工业增加值 | 长沙市 | 14.4 | % | growth_rate |  | 14.4
        工业固定资产投资 | 长沙市 | 0.2 | % | growth_rate |  | 0.2
        规模工业增加值 | 株洲市 | 14.1 | % | growth_rate |  | 14.1
        工业固定资产投资 | 株洲市 | 78 | % | growth_rate |  | 78.0"""),
    # a column of the labels' English names (Region, Item) names no measure: the rate beside the level is the level's
    # (国家统计局 2023 GDP by province; 广州 yearbook 2022 表6-3, its growth worked out from its 2020 and 2021 columns)
    ('English column before a rate (regions)',
     '表3 分地区生产总值\n地区\tRegion\t2023年(亿元)\t比上年增长(%)\n北京\tBeijing\t43760.7\t5.2\n天津\tTianjin\t16737.3\t4.3',
     """生产总值 | 北京 | 4376070000000 | 元 |  | 2023年 | 43760.7
        生产总值 | 北京 | 5.2 | % | growth_rate | 2023年 | 5.2
        生产总值 | 天津 | 1673730000000 | 元 |  | 2023年 | 16737.3
        生产总值 | 天津 | 4.3 | % | growth_rate | 2023年 | 4.3"""),
    ('English column before a rate (items)',
     '6-3 地方财政收入\n单位:万元\n项目\tItem\t2021\t比上年增长(%)\n地方财政收入合计\tTotal Revenue of Local Government\t43079643\t1.7\n一般公共预算收入\tGeneral Budgetary Revenue\t18842570\t9.4',
     """地方财政收入 |  | 430796430000 | 元 |  | 2021年 | 43079643
        地方财政收入 |  | 1.7 | % | growth_rate | 2021年 | 1.7
        一般公共预算收入 |  | 188425700000 | 元 |  | 2021年 | 18842570
        一般公共预算收入 |  | 9.4 | % | growth_rate | 2021年 | 9.4"""),
    # residents' groups under a whole's indicator (国家统计局 2023 居民收入和消费支出): each group is whom its row is about,
    # and the figure is named as the group's (城镇居民人均可支配收入), with or without a 按常住地分 heading
    ("residents' groups under a heading",
     '表1 居民人均可支配收入\n指标\t绝对数(元)\t比上年增长(%)\n全体居民人均可支配收入\t39218\t6.3\n  按常住地分：\n  城镇居民\t51821\t5.1\n  农村居民\t21691\t7.7',
     """全体居民人均可支配收入 |  | 39218 | 元 |  |  | 39218
        全体居民人均可支配收入 |  | 6.3 | % | growth_rate |  | 6.3
        城镇居民人均可支配收入 | 城镇居民 | 51821 | 元 |  |  | 51821
        城镇居民人均可支配收入 | 城镇居民 | 5.1 | % | growth_rate |  | 5.1
        农村居民人均可支配收入 | 农村居民 | 21691 | 元 |  |  | 21691
        农村居民人均可支配收入 | 农村居民 | 7.7 | % | growth_rate |  | 7.7"""),
    ("residents' groups indented",
     '表2 居民人均消费支出\n指标\t绝对数(元)\t比上年增长(%)\n全体居民人均消费支出\t26796\t9.2\n  城镇居民\t32994\t8.6\n  农村居民\t18175\t9.3',
     """全体居民人均消费支出 |  | 26796 | 元 |  |  | 26796
        全体居民人均消费支出 |  | 9.2 | % | growth_rate |  | 9.2
        城镇居民人均消费支出 | 城镇居民 | 32994 | 元 |  |  | 32994
        城镇居民人均消费支出 | 城镇居民 | 8.6 | % | growth_rate |  | 8.6
        农村居民人均消费支出 | 农村居民 | 18175 | 元 |  |  | 18175
        农村居民人均消费支出 | 农村居民 | 9.3 | % | growth_rate |  | 9.3"""),
    # a caption listing one unit for each column of a measure, in the columns' order (the 2016 粮食产量公告's 表2 and the
    # 2002 规模以上非公有工业 table, their header units written once in the caption as many yearbooks print them)
    ('units listed in the columns\' order (grain)',
     '表2 2016年全国及各省(区、市)粮食产量\n单位：千公顷、公斤/公顷、万吨\n地区\t播种面积\t单位面积产量\t总产量\n全国总计\t113028.2\t5452.1\t61623.9\n北 京\t87.3\t6148.2\t53.7',
     """播种面积 | 全国 | 113028200 | 公顷 |  | 2016年 | 113028.2
        单位面积产量 | 全国 | 5452.1 | 公斤/公顷 |  | 2016年 | 5452.1
        总产量 | 全国 | 616239000 | 吨 |  | 2016年 | 61623.9
        播种面积 | 北京 | 87300 | 公顷 |  | 2016年 | 87.3
        单位面积产量 | 北京 | 6148.2 | 公斤/公顷 |  | 2016年 | 6148.2
        总产量 | 北京 | 537000 | 吨 |  | 2016年 | 53.7"""),
    ('units listed in the columns\' order (enterprises)',
     '12-11 规模以上非公有工业主要经济指标(2002年)\n单位：个、万元\n类别\t企业单位数\t工业总产值\n总计\t8377\t45461718\n轻工业\t4821\t24290034',
     """企业单位数 | 规模以上非公有工业 | 8377 | 个 |  | 2002年 | 8377
        工业总产值 | 规模以上非公有工业 | 454617180000 | 元 |  | 2002年 | 45461718
        企业单位数 | 轻工业 | 4821 | 个 |  | 2002年 | 4821
        工业总产值 | 轻工业 | 242900340000 | 元 |  | 2002年 | 24290034"""),
    ('unit under a run of years',
     '表一:主要指標\n\t2006 年\t2007 年\t變化\n特徵\t萬人\t\t%\n加入的勞動人口\t2.66\t3.43\t+29.1',
     """加入的勞動人口 |  | 26600 | 人 |  | 2006年 | 2.66
        加入的勞動人口 |  | 34300 | 人 |  | 2007年 | 3.43
        加入的勞動人口 |  | 29.1 | % | growth_rate | 2007年 | +29.1"""),
    ("a column's own unit under a group",
     '1-9 市区历年地区生产总值及构成\n\t生产总值(万元)\t\t构成(%)\t\n年份\t合计\t第一产业\t第一产业\t生产总值\n\t\t\t\t(元)\n2002\t1229067\t132373\t10.8\t13408',
     """生产总值 | 市区 | 12290670000 | 元 |  | 2002年 | 1229067
        生产总值第一产业 | 市区 | 1323730000 | 元 |  | 2002年 | 132373
        第一产业 | 市区 | 10.8 | % | share | 2002年 | 10.8
        生产总值 | 市区 | 13408 | 元 |  | 2002年 | 13408"""),
    ('computed at comparable prices',
     '表2—1  全市地区生产总值\n计量单位:亿元\n\t2011年\t2011年为上年%\n\t\t(按可比价计算)\n第一产业\t164.27\t104.1\n第二产业\t2760.84\t112.3',
     """第一产业 | 全市 | 16427000000 | 元 |  | 2011年 | 164.27
        第一产业 | 全市 | 104.1 | % |  | 2011年 | 104.1
        第二产业 | 全市 | 276084000000 | 元 |  | 2011年 | 2760.84
        第二产业 | 全市 | 112.3 | % |  | 2011年 | 112.3"""),
    # A bracket after a row's name saying what kind of figure it is (a 统计公报 extraction sheet, as .xls).
    ("stat and unit in a row label's bracket",
     "序号\t指标名称\t指标数值\n18\t居民消费价格总指数（比上年上涨%）\t1.5\n21\t菜（比上年上涨%）\t9.4",
     """居民消费价格总指数 | | 1.5 | % | growth_rate | | 1.5
        菜 | | 9.4 | % | growth_rate | | 9.4"""),
    # The example: 「|」-separated, unit in the row label, stat and unit from the header.
    ("issue example, |-separated",
     "指标 | 绝对量 | 比上年增长（%）\n房地产开发投资（亿元） | 90809 | -7.4",
     """房地产开发投资 | | 9080900000000 | 元 | | | 90809
        房地产开发投资 | | -7.4 | % | growth_rate | | -7.4"""),
    # NBS, 2022年1—8月份: tab-separated under its title, period from the title, 其中 row a part of the row above.
    ("NBS 2022-08, tabs, period from the title",
     "2022年1—8月份全国房地产开发和销售情况\n指标\t绝对量\t同比增长（%）\n房地产开发投资（亿元）\t90809\t-7.4\n"
     "房屋新开工面积（万平方米）\t85062\t-37.2\n商品房销售额（亿元）\t85870\t-27.9\n其中：住宅\t74400\t-30.0",
     """房地产开发投资 | 全国 | 9080900000000 | 元 | | 2022年1—8月份 | 90809
        房地产开发投资 | 全国 | -7.4 | % | growth_rate | 2022年1—8月份 | -7.4
        房屋新开工面积 | 全国 | 850620000 | 平方米 | | 2022年1—8月份 | 85062
        房屋新开工面积 | 全国 | -37.2 | % | growth_rate | 2022年1—8月份 | -37.2
        商品房销售额 | 全国 | 8587000000000 | 元 | | 2022年1—8月份 | 85870
        商品房销售额 | 全国 | -27.9 | % | growth_rate | 2022年1—8月份 | -27.9
        住宅 | 全国 | 7440000000000 | 元 | | 2022年1—8月份 | 74400
        住宅 | 全国 | -30.0 | % | growth_rate | 2022年1—8月份 | -30.0"""),
    # NBS, 2023年1—4月份: 「#」 marks a part too; a Markdown rule line is no row.
    ("NBS 2023-04, Markdown with a rule, # rows",
     "| 指标 | 绝对量 | 同比增长（%） |\n|---|---|---|\n| 房屋施工面积（万平方米） | 771271 | -5.6 |\n| #住宅 | 542968 | -5.9 |",
     """房屋施工面积 | | 7712710000 | 平方米 | | | 771271
        房屋施工面积 | | -5.6 | % | growth_rate | | -5.6
        住宅 | | 5429680000 | 平方米 | | | 542968
        住宅 | | -5.9 | % | growth_rate | | -5.9"""),
    # 2024 bulletin: aligned with spaces, 单位 in the caption line, period from year columns.
    ("bulletin 2024, space-aligned, 单位 caption, year columns",
     "主要农产品产量  单位：万吨\n指标        2023年      2024年\n粮食        69541       70650\n棉花          562         616",
     """粮食 | | 695410000 | 吨 | | 2023年 | 69541
        粮食 | | 706500000 | 吨 | | 2024年 | 70650
        棉花 | | 5620000 | 吨 | | 2023年 | 562
        棉花 | | 6160000 | 吨 | | 2024年 | 616"""),
    # A blank cell in a space-aligned table: 616 stands under 2024年.
    ("space-aligned, blank cell",
     "单位：万吨\n指标        2023年      2024年\n粮食        69541       70650\n棉花                    616",
     """粮食 | | 695410000 | 吨 | | 2023年 | 69541
        粮食 | | 706500000 | 吨 | | 2024年 | 70650
        棉花 | | 6160000 | 吨 | | 2024年 | 616"""),
    # Columns that name the measure: 出口 / 进口 under a row 货物贸易.
    ("bulletin 2024, measure columns",
     "表2 2024年货物进出口\n单位：亿元\n指标\t出口\t进口\n货物贸易\t254545\t183923",
     """货物贸易出口 | | 25454500000000 | 元 | | 2024年 | 254545
        货物贸易进口 | | 18392300000000 | 元 | | 2024年 | 183923"""),
    # Traditional characters: 單位：億元 read through the folding; names keep the document's characters.
    ("通辽 2017, traditional, 其中 row",
     "通遼市2017年主要經濟指標\n單位：億元\n指標\t絕對數\t比上年增長（%）\n地區生產總值\t1222.62\t0.3\n"
     "第二產業\t440.98\t-6.1\n公共財政預算收入\t70.46\t6.8\n其中：稅收收入\t52.96\t12.4",
     """地區生產總值 | 通遼市 | 122262000000 | 元 | | 2017年 | 1222.62
        地區生產總值 | 通遼市 | 0.3 | % | growth_rate | 2017年 | 0.3
        第二產業 | 通遼市 | 44098000000 | 元 | | 2017年 | 440.98
        第二產業 | 通遼市 | -6.1 | % | growth_rate | 2017年 | -6.1
        公共財政預算收入 | 通遼市 | 7046000000 | 元 | | 2017年 | 70.46
        公共財政預算收入 | 通遼市 | 6.8 | % | growth_rate | 2017年 | 6.8
        稅收收入 | 通遼市 | 5296000000 | 元 | | 2017年 | 52.96
        稅收收入 | 通遼市 | 12.4 | % | growth_rate | 2017年 | 12.4"""),
    # Rows that are places: the row label is the subject, the header names the measure.
    ("NBS 2021-11, regions as rows",
     "2021年1—11月份东中西部和东北地区房地产开发投资\n地区\t房地产开发投资（亿元）\t同比增长（%）\n东部地区\t72483\t5.8\n东北地区\t5199\t-0.9",
     """房地产开发投资 | 东部地区 | 7248300000000 | 元 | | 2021年1—11月份 | 72483
        房地产开发投资 | 东部地区 | 5.8 | % | growth_rate | 2021年1—11月份 | 5.8
        房地产开发投资 | 东北地区 | 519900000000 | 元 | | 2021年1—11月份 | 5199
        房地产开发投资 | 东北地区 | -0.9 | % | growth_rate | 2021年1—11月份 | -0.9"""),
    # Rows that are years (年份 column): the year is the period, not a figure.
    ("industry 2014-2018, years as rows",
     "2014-2018年全部工业增加值及增长速度\n年份\t工业增加值（亿元）\t比上年增长（%）\n2018\t9245.0\t9.0\n2017\t8749.14\t9.4",
     """工业增加值 | | 924500000000 | 元 | | 2018年 | 9245.0
        工业增加值 | | 9.0 | % | growth_rate | 2018年 | 9.0
        工业增加值 | | 874914000000 | 元 | | 2017年 | 8749.14
        工业增加值 | | 9.4 | % | growth_rate | 2017年 | 9.4"""),
    # Chongqing yearbook 2008: a label and figures split by single spaces, a header of years above.
    ("Chongqing yearbook, single spaces",
     "指标 2006年 2007年\n本市生产总值（亿元） 3452.14 4122.51\n年末常住人口（万人） 2816.00 2816.00",
     """本市生产总值 | | 345214000000 | 元 | | 2006年 | 3452.14
        本市生产总值 | | 412251000000 | 元 | | 2007年 | 4122.51
        年末常住人口 | | 28160000 | 人 | | 2006年 | 2816.00
        年末常住人口 | | 28160000 | 人 | | 2007年 | 2816.00"""),
    # Share and change columns; 序号 is no statistic, 「—」 gives nothing.
    ("share and change columns, 序号, empty cells",
     "2024年三次产业构成\n序号\t指标\t比重（%）\t比上年增减（个百分点）\n1\t第一产业\t6.8\t—\n2\t第三产业\t56.7\t0.4",
     """第一产业 | | 6.8 | % | share | 2024年 | 6.8
        第三产业 | | 56.7 | % | share | 2024年 | 56.7
        第三产业 | | 0.4 | 个百分点 | change | 2024年 | 0.4"""),
    # 邵东市 (Hunan statistical yearbook), Markdown: 「\\-」 cells give nothing, a growth column without its
    # unit is in %, a 比重 column is a share.
    ("Shaodong, Markdown, escaped dashes",
     "| 年份 | 固定资产投资（亿元） | 同比增长（%） | 房地产投资（亿元） | 同比增长 | 比重（%） |\n|---|:---:|---|---|---|---|\n"
     "| 2024 |    \\-    | 9.4 | \\- | -21.4 | \\- |\n| 2017 | 307.8615 | 17.1 | 43.1523 | 5.13 | 14.02 |",
     """固定资产投资 | | 9.4 | % | growth_rate | 2024年 | 9.4
        房地产投资 | | -21.4 | % | growth_rate | 2024年 | -21.4
        固定资产投资 | | 30786150000 | 元 | | 2017年 | 307.8615
        固定资产投资 | | 17.1 | % | growth_rate | 2017年 | 17.1
        房地产投资 | | 4315230000 | 元 | | 2017年 | 43.1523
        房地产投资 | | 5.13 | % | growth_rate | 2017年 | 5.13
        房地产投资 | | 14.02 | % | share | 2017年 | 14.02"""),
    # 2024 bulletin: a 计量单位 column gives each row's unit; the rate column takes its period from the left.
    ("bulletin 2024, unit column",
     "指标\t计量单位\t2024年\t比上年增长（%）\n粮食产量\t万吨\t70650\t1.6\n棉花产量\t万吨\t616\t9.7",
     """粮食产量 | | 706500000 | 吨 | | 2024年 | 70650
        粮食产量 | | 1.6 | % | growth_rate | 2024年 | 1.6
        棉花产量 | | 6160000 | 吨 | | 2024年 | 616
        棉花产量 | | 9.7 | % | growth_rate | 2024年 | 9.7"""),
    # Row numbers in a column without a header give nothing; the 地区 column gives the subject.
    ("NBS 2021-11, row numbers",
     "\t地区\t房地产开发投资（亿元）\t同比增长（%）\n1\t东部地区\t72483\t5.8\n2\t中部地区\t28674\t10.2",
     """房地产开发投资 | 东部地区 | 7248300000000 | 元 | | | 72483
        房地产开发投资 | 东部地区 | 5.8 | % | growth_rate | | 5.8
        房地产开发投资 | 中部地区 | 2867400000000 | 元 | | | 28674
        房地产开发投资 | 中部地区 | 10.2 | % | growth_rate | | 10.2"""),
    # Chongqing yearbook 2008, bilingual: the English column and a section row under the header give nothing.
    ("Chongqing yearbook, bilingual with a section row",
     "表1-5 国民经济和社会发展总量指标\n指标\tItem\t2006\t2007\n人口与就业\tPopulation and Employment\n"
     "就业人员数(万人)\tEmployment (10 000 persons)\t1605.45\t1620.86",
     """就业人员数 | | 16054500 | 人 | | 2006年 | 1605.45
        就业人员数 | | 16208600 | 人 | | 2007年 | 1620.86"""),
    # A long table, as CSV files hold them: a 年份 column gives the period, the 地区 label the subject.
    ("long table, period column",
     "地区\t年份\t粮食产量（万吨）\n全国\t2023\t69541\n全国\t2024\t70650",
     """粮食产量 | 全国 | 695410000 | 吨 | | 2023年 | 69541
        粮食产量 | 全国 | 706500000 | 吨 | | 2024年 | 70650"""),
    # 2024 provincial figures: a Latin measure in the header (GDP), places as rows.
    ("provinces 2024, GDP header",
     "2024年地区生产总值\n地区\tGDP(亿元)\t比上年增长(%)\n北京\t49843.1\t5.2\n上海\t53926.71\t5.0",
     """GDP | 北京 | 4984310000000 | 元 | | 2024年 | 49843.1
        GDP | 北京 | 5.2 | % | growth_rate | 2024年 | 5.2
        GDP | 上海 | 5392671000000 | 元 | | 2024年 | 53926.71
        GDP | 上海 | 5.0 | % | growth_rate | 2024年 | 5.0"""),
    # A web table copied with 「|」: the corner cell spans two header rows (the second row lacks it and
    # ends in an empty cell), a section row spans the row (its empty cells left as lines of bars). The
    # section splits the indicator above by where it is sold (按经营地分): 乡村 is whose figure it is, and
    # the part of a total is named as statisticians name it (乡村消费品零售额, without 社会 and 总).
    ("web table, rowspan corner, spanning section row",
     "2019年1-2月份社会消费品零售总额主要数据\n指 标 | 1-2月 | |\n绝对量 (亿元) | 同比增长 (%) | |\n"
     "社会消费品零售总额 | 66064 | 8.2 |\n按经营地分 |\n|\n|\n乡村 | 9562 | 9.0 |",
     """社会消费品零售总额 | | 6606400000000 | 元 | | 1-2月 | 66064
        社会消费品零售总额 | | 8.2 | % | growth_rate | 1-2月 | 8.2
        乡村消费品零售额 | 乡村 | 956200000000 | 元 | | 1-2月 | 9562
        乡村消费品零售额 | 乡村 | 9.0 | % | growth_rate | 1-2月 | 9.0"""),
    # 1994 national bulletin: a label and figures split by single spaces, the unit in the cell (269万吨),
    # a one-character label (纱), a figure glued to the next one as the bulletin prints it (6100万立方米-4.5).
    ("bulletin 1994, units in the cells",
     "主要工业产品产量如下:\n1994年 比上年增长%\n化学纤维 269万吨 13.3\n纱 470万吨 -6.3\n木材 6100万立方米-4.5",
     """化学纤维 | | 2690000 | 吨 | | 1994年 | 269万吨
        化学纤维 | | 13.3 | % | growth_rate | 1994年 | 13.3
        纱 | | 4700000 | 吨 | | 1994年 | 470万吨
        纱 | | -6.3 | % | growth_rate | 1994年 | -6.3
        木材 | | 61000000 | 立方米 | | 1994年 | 6100万立方米
        木材 | | -4.5 | % | growth_rate | 1994年 | -4.5"""),
    # Measure named by the caption only (places as rows, 绝对量/增长 columns): 各市 and 单位 come off the title.
    ("caption names the measure, places as rows",
     "表3  2024年各市地区生产总值  单位：亿元\n地区\t绝对量\t比上年增长（%）\n广州市\t31032.50\t2.1\n全省合计\t141633.81\t3.5",
     """地区生产总值 | 广州市 | 3103250000000 | 元 | | 2024年 | 31032.50
        地区生产总值 | 广州市 | 2.1 | % | growth_rate | 2024年 | 2.1
        地区生产总值 | 全省 | 14163381000000 | 元 | | 2024年 | 141633.81
        地区生产总值 | 全省 | 3.5 | % | growth_rate | 2024年 | 3.5"""),
    # NBS 2015 grain announcement: 「2015 年」 as typeset, 全国及各省(区、市) off the title, 「北 京」 spaced to
    # the column's width, a document title above the numbered caption.
    ("NBS grain 2015, spaced names, caption scope",
     "国家统计局关于2015年粮食产量的公告\n表 2 2015 年全国及各省(区、市)粮食产量  单位：万吨\n地区\t绝对数\n全国总计\t62143.5\n"
     "北 京\t62.6\n内 蒙 古\t2827.0",
     """粮食产量 | 全国 | 621435000 | 吨 | | 2015年 | 62143.5
        粮食产量 | 北京 | 626000 | 吨 | | 2015年 | 62.6
        粮食产量 | 内蒙古 | 28270000 | 吨 | | 2015年 | 2827.0"""),
    # The same announcement's table 1 as the web page gives it: the header lacks its corner cell (its last
    # cell is blank), 「其中:」 marks a part, 「1、」 numbers a row.
    ("NBS grain 2015, header without its corner cell",
     "表 1 2015 年粮食播种面积、单位面积产量及总产量情况 | |||\n播种面积 (千公顷) | 总产量 (万吨) | |\n"
     "1、谷物 | 95648.9 | 57225.3 |\n其中:玉米 | 38116.6 | 22458.0 |",
     """谷物播种面积 | | 95648900 | 公顷 | | 2015年 | 95648.9
        谷物总产量 | | 572253000 | 吨 | | 2015年 | 57225.3
        玉米播种面积 | | 38116600 | 公顷 | | 2015年 | 38116.6
        玉米总产量 | | 224580000 | 吨 | | 2015年 | 22458.0"""),
    # askci, monthly output by province: row numbers without a header cell, the header stands one to the left.
    ("askci, row numbers under a header without its corner",
     "| 地区 | 当月产量(万吨) | 累计产量(万吨) | |\n|---|---|---|---|\n| 1 | 北京市 | 0.02 | 0.31 |\n| 2 | 天津市 | 3.77 | 63.45 |",
     """当月产量 | 北京市 | 200 | 吨 | | 当月 | 0.02
        累计产量 | 北京市 | 3100 | 吨 | cumulative | | 0.31
        当月产量 | 天津市 | 37700 | 吨 | | 当月 | 3.77
        累计产量 | 天津市 | 634500 | 吨 | cumulative | | 63.45"""),
    # Fujian yearbook 2008, 8-17: a web table holding its own caption and unit in rows of bars; 合计 names no
    # item (the caption's measure, 各类 off); 「#小麦」 a part.
    ("Fujian yearbook, caption in the table's rows, 合计",
     "| 8-17 各类粮食产量 | |||\n| 单位:万吨 | (10000 tons) | ||\n| 项 目 | item | 2006 | 2007 |\n"
     "| 合 计 | total | 632.90 | 635.06 |\n| 大小麦 | barley and wheat | 1.87 | 1.75 |\n| #小麦 | wheat | 1.60 | 1.49 |",
     """粮食产量 | | 6329000 | 吨 | | 2006年 | 632.90
        粮食产量 | | 6350600 | 吨 | | 2007年 | 635.06
        大小麦 | | 18700 | 吨 | | 2006年 | 1.87
        大小麦 | | 17500 | 吨 | | 2007年 | 1.75
        小麦 | | 16000 | 吨 | | 2006年 | 1.60
        小麦 | | 14900 | 吨 | | 2007年 | 1.49"""),
    # gotohui, years as rows and measures as columns: a year's row left blank is a row, not a header.
    ("years as rows, blank years",
     "| 时间 | 常住人口 (万人) | 户籍人口 (万人) |\n|---|---|---|\n| 2019 | ||\n| 2017 | 2.38 | 1.66 |",
     """常住人口 | | 23800 | 人 | | 2017年 | 2.38
        户籍人口 | | 16600 | 人 | | 2017年 | 1.66"""),
    # Parts written by indent (full-width spaces, as HTML and Word tables indent sub-items), then a
    # label wrapped by a PDF: its unit on the next line, or its figures on the next line.
    ("indented parts and wrapped labels",
     "指标\t绝对量\t增长%\n房地产开发投资（亿元）\t90809\t-7.4\n　　住宅\t69023\t-6.6\n商品房销售面积\n（万平方米）\t87890\t-23.0\n"
     "能源生产总量\t11.2\t4.7\n（折标准燃料）\n房屋新开工面积（万平方米）\n\t85062\t-37.2",
     """房地产开发投资 | | 9080900000000 | 元 | | | 90809
        房地产开发投资 | | -7.4 | % | growth_rate | | -7.4
        住宅 | | 6902300000000 | 元 | | | 69023
        住宅 | | -6.6 | % | growth_rate | | -6.6
        商品房销售面积 | | 878900000 | 平方米 | | | 87890
        商品房销售面积 | | -23.0 | % | growth_rate | | -23.0
        能源生产总量（折标准燃料） | | 11.2 | | | | 11.2
        能源生产总量（折标准燃料） | | 4.7 | % | growth_rate | | 4.7
        房屋新开工面积 | | 850620000 | 平方米 | | | 85062
        房屋新开工面积 | | -37.2 | % | growth_rate | | -37.2"""),
    # Units as symbols, in a 计量单位 column or after a label.
    ("units as symbols",
     "指标\t计量单位\t绝对量\n商品房销售面积\t万m²\t120\n旅客运输量\t万人次\t500\n建筑面积（万m²）\t\t12\n"
     "全社会用电量（亿kWh）\t\t33.5",
     """商品房销售面积 | | 1200000 | m² | | | 120
        旅客运输量 | | 5000000 | 人次 | | | 500
        建筑面积 | | 120000 | m² | | | 12
        全社会用电量 | | 3350000000 | kWh | | | 33.5"""),
    # Three header rows, merged cells left empty: the months under their year, the measure-less level and rate.
    ("three header rows, merged cells empty",
     "主要指标\n指标\t1-8月\t\t\t\n\t2024年\t\t2023年\t\n\t绝对量\t增长%\t绝对量\t增长%\n社会消费品零售总额（亿元）\t5000\t5.2\t4800\t4.9",
     """社会消费品零售总额 | | 500000000000 | 元 | | 2024年1-8月 | 5000
        社会消费品零售总额 | | 5.2 | % | growth_rate | 2024年1-8月 | 5.2
        社会消费品零售总额 | | 480000000000 | 元 | | 2023年1-8月 | 4800
        社会消费品零售总额 | | 4.9 | % | growth_rate | 2023年1-8月 | 4.9"""),
    # Merged cells repeated (as some readers write them): 2024年 twice, 指标 in both header rows.
    ("two header rows, merged cells repeated",
     "指标\t2024年\t2024年\t2023年\t2023年\n指标\t绝对量\t增长%\t绝对量\t增长%\n地区生产总值（亿元）\t5000\t5.2\t4800\t4.9",
     """地区生产总值 | | 500000000000 | 元 | | 2024年 | 5000
        地区生产总值 | | 5.2 | % | growth_rate | 2024年 | 5.2
        地区生产总值 | | 480000000000 | 元 | | 2023年 | 4800
        地区生产总值 | | 4.9 | % | growth_rate | 2023年 | 4.9"""),
    # The same aligned with spaces: each year stands over the columns it spans.
    ("two header rows aligned with spaces",
     "单位：亿元\n指标            2024年              2023年\n              绝对量   增长%     绝对量   增长%\n"
     "地区生产总值    5000     5.2       4800     4.9\n第一产业         300     3.1        290     2.8",
     """地区生产总值 | | 500000000000 | 元 | | 2024年 | 5000
        地区生产总值 | | 5.2 | % | growth_rate | 2024年 | 5.2
        地区生产总值 | | 480000000000 | 元 | | 2023年 | 4800
        地区生产总值 | | 4.9 | % | growth_rate | 2023年 | 4.9
        第一产业 | | 30000000000 | 元 | | 2024年 | 300
        第一产业 | | 3.1 | % | growth_rate | 2024年 | 3.1
        第一产业 | | 29000000000 | 元 | | 2023年 | 290
        第一产业 | | 2.8 | % | growth_rate | 2023年 | 2.8"""),
    # Industries as rows under a 行业 header, the measure in the caption: the industry's measure.
    ("industries as rows, measure in the caption",
     "表2  2024年分行业增加值增速\n行业\t比上年增长（%）\n采矿业\t2.3\n制造业\t6.1",
     """采矿业增加值 | | 2.3 | % | growth_rate | 2024年 | 2.3
        制造业增加值 | | 6.1 | % | growth_rate | 2024年 | 6.1"""),
    # Places as rows, years as columns, the measure in the caption only.
    ("places as rows, years as columns",
     "表4  各区县地区生产总值  单位：亿元\n区县\t2023年\t2024年\n东城区\t3000\t3200",
     """地区生产总值 | 东城区 | 300000000000 | 元 | | 2023年 | 3000
        地区生产总值 | 东城区 | 320000000000 | 元 | | 2024年 | 3200"""),
    # Qinghai yearbook 2020, 4-13, as a PDF's text gives it: years as rows split by single spaces, measures as columns.
    ("years as rows split by single spaces",
     "年份 支出法生产总值（亿元） 资本形成率（%）\n2018 2748.00 85.22\n2019 2965.95 82.13",
     """支出法生产总值 | | 274800000000 | 元 | | 2018年 | 2748.00
        资本形成率 | | 85.22 | % | | 2018年 | 85.22
        支出法生产总值 | | 296595000000 | 元 | | 2019年 | 2965.95
        资本形成率 | | 82.13 | % | | 2019年 | 82.13"""),
    # A web page's table as the HTML reader writes it: a caption and a section cell spanning the table's
    # width are written once per column; the caption's 全国 is the area, not the measure.
    ("spanning cells written once per column",
     "表1 2024年全国房地产开发投资 单位：亿元\t表1 2024年全国房地产开发投资 单位：亿元\t表1 2024年全国房地产开发投资 单位：亿元\n"
     "指标\t绝对量\t比上年增长（%）\n房地产开发投资\t100280\t-10.6\n按地区分\t按地区分\t按地区分\n东部地区\t54000\t-9.0",
     """房地产开发投资 | 全国 | 10028000000000 | 元 | | 2024年 | 100280
        房地产开发投资 | 全国 | -10.6 | % | growth_rate | 2024年 | -10.6
        房地产开发投资 | 东部地区 | 5400000000000 | 元 | | 2024年 | 54000
        房地产开发投资 | 东部地区 | -9.0 | % | growth_rate | 2024年 | -9.0"""),
    # Guangzhou yearbook 2022, 1-16, as text: sub-items indented with spaces; a label that names a measure
    # of its own (最终消费支出) keeps it, a kind of the row above (农村居民) is named by it.
    ("yearbook rows nested by indent",
     "单位:万元\n项目 2019 2020\n支出法地区生产总值 238446940 250687492\n 最终消费支出 115973603 118272732\n"
     "  居民消费支出 84748086 84380579\n   农村居民 8193215 8043385",
     """支出法地区生产总值 | | 2384469400000 | 元 | | 2019年 | 238446940
        支出法地区生产总值 | | 2506874920000 | 元 | | 2020年 | 250687492
        最终消费支出 | | 1159736030000 | 元 | | 2019年 | 115973603
        最终消费支出 | | 1182727320000 | 元 | | 2020年 | 118272732
        居民消费支出 | | 847480860000 | 元 | | 2019年 | 84748086
        居民消费支出 | | 843805790000 | 元 | | 2020年 | 84380579
        农村居民 | | 81932150000 | 元 | | 2019年 | 8193215
        农村居民 | | 80433850000 | 元 | | 2020年 | 8043385"""),
    # The unit in the corner header cell (指标（单位：万吨）) is the table's: a header row, not a caption.
    ("unit in the corner header cell",
     "指标（单位：万吨）\t2023年\t2024年\n粮食\t69541\t70650",
     """粮食 | | 695410000 | 吨 | | 2023年 | 69541
        粮食 | | 706500000 | 吨 | | 2024年 | 70650"""),
    # Shanghai statistics bureau, 2024年4月社会消费品零售总额 (a copy in traditional characters): a title row
    # that is a month is no blank row of a year; 「比去年同月增長」 is a rate (its 去年 no period); 1-本月 a
    # period, read in the title's month (本月 → 2024年4月, 1-本月 → 2024年1-4月); 住宿餐飲業 beside the 「#」 part is
    # counted in 億元 as it is.
    ("Shanghai retail 2024-04, month title row, rates",
     "| 社會消費品零售總額 | ||||\n| 2024年4月 | ||||\n| 指標 | 本月 | 比去年同月增長(%) | 1-本月 | 比去年同期增長(%) |\n"
     "| 社會消費品零售總額(億元) | 1446.98 | -5.5 | 6061.33 | -1.3 |\n| # 批發零售業 | 1319.62 | -5.1 | 5571.06 | -1.2 |\n"
     "| 住宿餐飲業 | 127.35 | -9.1 | 490.26 | -2.5 |",
     """社會消費品零售總額 | | 144698000000 | 元 | | 2024年4月 | 1446.98
        社會消費品零售總額 | | -5.5 | % | growth_rate | 2024年4月 | -5.5
        社會消費品零售總額 | | 606133000000 | 元 | | 2024年1-4月 | 6061.33
        社會消費品零售總額 | | -1.3 | % | growth_rate | 2024年1-4月 | -1.3
        批發零售業 | | 131962000000 | 元 | | 2024年4月 | 1319.62
        批發零售業 | | -5.1 | % | growth_rate | 2024年4月 | -5.1
        批發零售業 | | 557106000000 | 元 | | 2024年1-4月 | 5571.06
        批發零售業 | | -1.2 | % | growth_rate | 2024年1-4月 | -1.2
        住宿餐飲業 | | 12735000000 | 元 | | 2024年4月 | 127.35
        住宿餐飲業 | | -9.1 | % | growth_rate | 2024年4月 | -9.1
        住宿餐飲業 | | 49026000000 | 元 | | 2024年1-4月 | 490.26
        住宿餐飲業 | | -2.5 | % | growth_rate | 2024年1-4月 | -2.5"""),
    # The same release copied with its indents: 「     # 批發零售業」 and 「       住宿餐飲業」 set under the
    # name, not under the 「#」: two parts alike of the total, in its 億元, each named by its own label.
    ("Shanghai retail 2024-04, indented # part and its sibling",
     "社會消費品零售總額\n2024年4月\n指標\t本月\t比去年同月增長(%)\n社會消費品零售總額(億元)\t1446.98\t-5.5\n"
     "     # 批發零售業\t1319.62\t-5.1\n       住宿餐飲業\t127.35\t-9.1",
     """社會消費品零售總額 | | 144698000000 | 元 | | 2024年4月 | 1446.98
        社會消費品零售總額 | | -5.5 | % | growth_rate | 2024年4月 | -5.5
        批發零售業 | | 131962000000 | 元 | | 2024年4月 | 1319.62
        批發零售業 | | -5.1 | % | growth_rate | 2024年4月 | -5.1
        住宿餐飲業 | | 12735000000 | 元 | | 2024年4月 | 127.35
        住宿餐飲業 | | -9.1 | % | growth_rate | 2024年4月 | -9.1"""),
    # 2023年3月 of the same release: a second 「#」 breakdown after the first one's sibling is again a part
    # of the total (吃的商品 among 社會消費品零售總額), its unindented-looking siblings too.
    ("retail 2023-03, two # breakdowns",
     "社會消費品零售總額\n2023年3月\n指標\t本月\t比去年同月增長(%)\n社會消費品零售總額(億元)\t1545.21\t25.5\n"
     "   # 批發零售業\t1412.17\t21.6\n     住宿餐飲業\t133.04\t88.7\n   # 吃的商品\t285.19\t12.0\n     穿的商品\t358.09\t41.9",
     """社會消費品零售總額 | | 154521000000 | 元 | | 2023年3月 | 1545.21
        社會消費品零售總額 | | 25.5 | % | growth_rate | 2023年3月 | 25.5
        批發零售業 | | 141217000000 | 元 | | 2023年3月 | 1412.17
        批發零售業 | | 21.6 | % | growth_rate | 2023年3月 | 21.6
        住宿餐飲業 | | 13304000000 | 元 | | 2023年3月 | 133.04
        住宿餐飲業 | | 88.7 | % | growth_rate | 2023年3月 | 88.7
        吃的商品 | | 28519000000 | 元 | | 2023年3月 | 285.19
        吃的商品 | | 12.0 | % | growth_rate | 2023年3月 | 12.0
        穿的商品 | | 35809000000 | 元 | | 2023年3月 | 358.09
        穿的商品 | | 41.9 | % | growth_rate | 2023年3月 | 41.9"""),
    # A caption that ends with its stat (同比增长) over columns of months: every cell is that rate.
    ("caption's stat over month columns",
     "指标:工业增加值_同比增长(%)\n地区\t2020年11月\t2020年10月\n河北省\t8.7\t10\n吉林省\t6.2\t12.7",
     """工业增加值 | 河北省 | 8.7 | % | growth_rate | 2020年11月 | 8.7
        工业增加值 | 河北省 | 10 | % | growth_rate | 2020年10月 | 10
        工业增加值 | 吉林省 | 6.2 | % | growth_rate | 2020年11月 | 6.2
        工业增加值 | 吉林省 | 12.7 | % | growth_rate | 2020年10月 | 12.7"""),
    # Fujian yearbook 2015, 2-3: a bar table's caption and unit in its rows above a header of years; the
    # same rows again under an index row (上年=100): indices, no unit, named by that row.
    ("Fujian yearbook 2015, a block of indices",
     "| 2-3 总产出 | ||\n| 单位:亿元 | ||\n| 项目 | 2013 | 2014 |\n| 总产出(亿元) | 61780.20 | 70742.78 |\n"
     "| 第一产业 | 3170.16 | 3400.90 |\n| 总产出指数(上年=100) | 116.20 | 110.50 |\n| 第一产业 | 104.40 | 104.40 |",
     """总产出 | | 6178020000000 | 元 | | 2013年 | 61780.20
        总产出 | | 7074278000000 | 元 | | 2014年 | 70742.78
        第一产业 | | 317016000000 | 元 | | 2013年 | 3170.16
        第一产业 | | 340090000000 | 元 | | 2014年 | 3400.90
        总产出指数 | | 116.20 | | | 2013年 | 116.20
        总产出指数 | | 110.50 | | | 2014年 | 110.50
        第一产业总产出指数 | | 104.40 | | | 2013年 | 104.40
        第一产业总产出指数 | | 104.40 | | | 2014年 | 104.40"""),
    # 长治 2021 (a copy in traditional characters): a second table set right under the first, with a header
    # of its own; a rank column gives nothing.
    ("Changzhi 2021, a table under a table",
     "GDP排行 | 區域 | 2021年GDP(億元) | 增速(%) |\n1 | 潞州區 | 565.7 | 8 |\n2 | 襄垣縣 | 320.7 | 9.9 |\n"
     "年份 | GDP(億元) | 增速(%) |\n2021年 | 2311.1 | 11 |\n2020年 | 1711.6 | 5.1 |",
     """GDP | 潞州區 | 56570000000 | 元 | | 2021年 | 565.7
        GDP | 潞州區 | 8 | % | growth_rate | 2021年 | 8
        GDP | 襄垣縣 | 32070000000 | 元 | | 2021年 | 320.7
        GDP | 襄垣縣 | 9.9 | % | growth_rate | 2021年 | 9.9
        GDP | | 231110000000 | 元 | | 2021年 | 2311.1
        GDP | | 11 | % | growth_rate | 2021年 | 11
        GDP | | 171160000000 | 元 | | 2020年 | 1711.6
        GDP | | 5.1 | % | growth_rate | 2020年 | 5.1"""),
    # Rows of places written with the word for their kind (广州市, 高雄縣) or listed together (南亚及东南亚), and world
    # regions (美洲): the row is whose figures they are, the measure the caption's (按…划分的 says which rows follow).
    ("rows of places with their kind",
     "表3  2010年按居住国家/地区划分的访港旅客人数\n单位:万人次\n项 目\t访港旅客人数\t增长(%)\n美洲\t178.4\t5.8\n南亚及东南亚\t223.9\t12.1\n"
     "广州市\t120.0\t3.0\n高雄縣\t20.5\t-1.5\n商务旅客\t55.0\t1.1",
     """访港旅客人数 | 美洲 | 1784000 | 人次 | | 2010年 | 178.4
        访港旅客人数 | 美洲 | 5.8 | % | growth_rate | 2010年 | 5.8
        访港旅客人数 | 南亚及东南亚 | 2239000 | 人次 | | 2010年 | 223.9
        访港旅客人数 | 南亚及东南亚 | 12.1 | % | growth_rate | 2010年 | 12.1
        访港旅客人数 | 广州市 | 1200000 | 人次 | | 2010年 | 120.0
        访港旅客人数 | 广州市 | 3.0 | % | growth_rate | 2010年 | 3.0
        访港旅客人数 | 高雄縣 | 205000 | 人次 | | 2010年 | 20.5
        访港旅客人数 | 高雄縣 | -1.5 | % | growth_rate | 2010年 | -1.5
        商务旅客访港旅客人数 | | 550000 | 人次 | | 2010年 | 55.0
        商务旅客访港旅客人数 | | 1.1 | % | growth_rate | 2010年 | 1.1"""),
    # A province's monthly table by city: headers of time and stat alone (本月止 累计, 累计比 上年同期 增长) take the
    # caption's measure; a district among the cities (#顺德区) is a place too. 本月 and 本月止 累计 are the caption's
    # month and its months to date (an amount of that period, no cumulative stat, as the table's blind gold reads it).
    ("cities with a district among them",
     "2017年1-3月工业增加值\n计量单位:亿元\n指标名称\t本月\t本月止 累计\t累计比 上年同期 增长(%)\n在总计中:\n"
     "广州市\t393.30\t1019.05\t5.5\n佛山市\t454.17\t1117.50\t8.0\n#顺德区\t149.05\t353.53\t8.3\n韶关市\t26.66\t70.34\t3.0",
     """工业增加值 | 广州市 | 39330000000 | 元 | | 2017年3月 | 393.30
        工业增加值 | 广州市 | 101905000000 | 元 | | 2017年1-3月 | 1019.05
        工业增加值 | 广州市 | 5.5 | % | growth_rate | 2017年1-3月 | 5.5
        工业增加值 | 佛山市 | 45417000000 | 元 | | 2017年3月 | 454.17
        工业增加值 | 佛山市 | 111750000000 | 元 | | 2017年1-3月 | 1117.50
        工业增加值 | 佛山市 | 8.0 | % | growth_rate | 2017年1-3月 | 8.0
        工业增加值 | 顺德区 | 14905000000 | 元 | | 2017年3月 | 149.05
        工业增加值 | 顺德区 | 35353000000 | 元 | | 2017年1-3月 | 353.53
        工业增加值 | 顺德区 | 8.3 | % | growth_rate | 2017年1-3月 | 8.3
        工业增加值 | 韶关市 | 2666000000 | 元 | | 2017年3月 | 26.66
        工业增加值 | 韶关市 | 7034000000 | 元 | | 2017年1-3月 | 70.34
        工业增加值 | 韶关市 | 3.0 | % | growth_rate | 2017年1-3月 | 3.0"""),
    # Headers of last year's month and months to date (上年本月, 上年1-本月) are times, no part of the name.
    ("headers 上年本月, 上年1-本月",
     "2013年7月社会消费品零售总额\n金额单位:万元\n项目\t本月\t上年本月\t上年1-本月\t增长(%)\n"
     "社会消费品零售额\t20626052.6\t18266051.9\t126842604.4\t12.9",
     """社会消费品零售额 | | 206260526000 | 元 | | 2013年7月 | 20626052.6
        社会消费品零售额 | | 182660519000 | 元 | | 上年本月 | 18266051.9
        社会消费品零售额 | | 1268426044000 | 元 | | 上年1-本月 | 126842604.4
        社会消费品零售额 | | 12.9 | % | growth_rate | 上年1-本月 | 12.9"""),
    # Xiamen yearbook 2024, 5-1 (years as rows): thousands set apart by a space, as yearbooks print them.
    ("Xiamen yearbook, thousands apart",
     "单位:万元\n| 年 份 | 地区生产总值 | 第一产业 |\n|---|---|---|\n| 1952 | 4 609 | 1 567 |\n| 1953 | 5 643 | 1 580 |",
     """地区生产总值 | | 46090000 | 元 | | 1952年 | 4 609
        第一产业 | | 15670000 | 元 | | 1952年 | 1 567
        地区生产总值 | | 56430000 | 元 | | 1953年 | 5 643
        第一产业 | | 15800000 | 元 | | 1953年 | 1 580"""),
    # A monthly report (统计月报) with a 计算单位 column: each row its own unit; 「—」 is no figure.
    ("monthly report, 计算单位 column",
     "统计月报 2011年4月\n指标名称\t计算单位\t本月\t本年累计\t比上年同期增长%\n社会消费品零售总额\t万元\t156 789\t612 345\t18.2\n"
     "接待游客\t万人次\t—\t120.5\t25.1",
     """社会消费品零售总额 | | 1567890000 | 元 | | 2011年4月 | 156 789
        社会消费品零售总额 | | 6123450000 | 元 | cumulative | 2011年1-4月 | 612 345
        社会消费品零售总额 | | 18.2 | % | growth_rate | 2011年1-4月 | 18.2
        接待游客 | | 1205000 | 人次 | cumulative | 2011年1-4月 | 120.5
        接待游客 | | 25.1 | % | growth_rate | 2011年1-4月 | 25.1"""),
    # Taiwan's GDP by sector: the currency before the scale in the unit line (新臺幣億元).
    ("Taiwan GDP, 新臺幣億元",
     "表5  台湾省国内生产总值及部门构成\n单位:新臺幣億元\n年 份\t國內生產毛額\t年增率 %\t農業\n1993\t58112\t6.3\t2090",
     """國內生產毛額 | 台湾省 | 5811200000000 | 新台币元 | | 1993年 | 58112
        國內生產毛額 | 台湾省 | 6.3 | % | growth_rate | 1993年 | 6.3
        農業 | 台湾省 | 209000000000 | 新台币元 | | 1993年 | 2090"""),
    # A Hong Kong yearbook table: a unit line alone (十億港元), countries as rows under 國家/地區.
    ("Hong Kong trade by country, 十億港元",
     "表13  按主要國家/地區劃分的商品貿易\n十億港元\n國家/地區\t進口\t轉口\n中國內地\t450.0\t420.9\n美國\t97.5\t229.3",
     """進口 | 中國內地 | 450000000000 | 港元 | | | 450.0
        轉口 | 中國內地 | 420900000000 | 港元 | | | 420.9
        進口 | 美國 | 97500000000 | 港元 | | | 97.5
        轉口 | 美國 | 229300000000 | 港元 | | | 229.3"""),
    # Rates of change printed in brackets on a line of their own under each country's figures.
    ("Hong Kong trade, bracketed growth lines",
     "2004年香港按主要国家/地区划分的商品贸易\n(百万港元)\n国家/地区\t进口\t港产品出口\n中国内地\t1 167 000\t60 000\n"
     "\t(14.5)\t(-4.9)",
     """进口 | 中国内地 | 1167000000000 | 港元 | | 2004年 | 1 167 000
        港产品出口 | 中国内地 | 60000000000 | 港元 | | 2004年 | 60 000
        进口 | 中国内地 | 14.5 | % | growth_rate | 2004年 | 14.5
        港产品出口 | 中国内地 | -4.9 | % | growth_rate | 2004年 | -4.9"""),
    # A finance table: a deficit with a minus sign (−) or in brackets; an index column (上年=100) has no unit.
    ("finance, negative balances and 上年=100",
     "表7-1  财政收入与支出\n单位:万元\n年 份\t财政收入\t收支差额\t财政收入指数(上年=100)\n"
     "2010\t5 002 268\t−11 986 784\t128.8\n2011\t7 208 902\t(15 631 376)\t144.1",
     """财政收入 | | 50022680000 | 元 | | 2010年 | 5 002 268
        收支差额 | | -119867840000 | 元 | | 2010年 | −11 986 784
        财政收入指数 | | 128.8 | | | 2010年 | 128.8
        财政收入 | | 72089020000 | 元 | | 2011年 | 7 208 902
        收支差额 | | -156313760000 | 元 | | 2011年 | 15 631 376
        财政收入指数 | | 144.1 | | | 2011年 | 144.1"""),
    # A bilingual yearbook table: the English header line under the Chinese one repeats the years.
    ("bilingual header, English years line",
     "表3  主要经济指标\n指标\t2020年\t2021年\nItem\t2020\t2021\n地区生产总值(亿元)\t25115\t27610",
     """地区生产总值 | | 2511500000000 | 元 | | 2020年 | 25115
        地区生产总值 | | 2761000000000 | 元 | | 2021年 | 27610"""),
    # Product output with the unit in each cell (公报 style), 亿千瓦小时 read as one unit.
    ("units in the cells",
     "主要工业产品产量\n产品名称\t1994年\t比上年增长(%)\n原煤\t12.29亿吨\t7.0\n发电量\t9200亿千瓦小时\t9.9",
     """原煤 | | 1229000000 | 吨 | | 1994年 | 12.29亿吨
        原煤 | | 7.0 | % | growth_rate | 1994年 | 7.0
        发电量 | | 920000000000 | 千瓦小时 | | 1994年 | 9200亿千瓦小时
        发电量 | | 9.9 | % | growth_rate | 1994年 | 9.9"""),
    # A yearbook table (山东统计年鉴 12-11 layout): a header of three rows, names spaced out and written down
    # their columns, a 「#」 column that is a part of the column on its left (亏损企业 among 企业单位数, in 个);
    # rows of groups under 类别 are the subjects, 总计 the whole the caption names.
    ("yearbook, group rows, three-row header with a # column",
     "12-11 规模以上非公有工业主要经济指标\n(2002年) 单位:万元\n类 别\t企 业\t\t工 业\t资产合计\n"
     "\t单 位 数\t#亏 损\t\t\n\t(个)\t企 业\t总 产 值\t\n总 计\t8377\t1047\t45461718\t35949602\n"
     "一、按轻重工业分\n轻工业\t4821\t678\t24290034\t18697035",
     """企业单位数 | 规模以上非公有工业 | 8377 | 个 | | 2002年 | 8377
        亏损企业 | 规模以上非公有工业 | 1047 | 个 | | 2002年 | 1047
        工业总产值 | 规模以上非公有工业 | 454617180000 | 元 | | 2002年 | 45461718
        资产合计 | 规模以上非公有工业 | 359496020000 | 元 | | 2002年 | 35949602
        企业单位数 | 轻工业 | 4821 | 个 | | 2002年 | 4821
        亏损企业 | 轻工业 | 678 | 个 | | 2002年 | 678
        工业总产值 | 轻工业 | 242900340000 | 元 | | 2002年 | 24290034
        资产合计 | 轻工业 | 186970350000 | 元 | | 2002年 | 18697035"""),
    # Hong Kong yearbook layout: a line of years under the names it dates, and the year's change on a line
    # of its own, labelled 按年变动 (%), under each country's figures.
    ("Hong Kong trade, a line of years and 按年变动 lines",
     "按主要国家/地区划分的商品贸易\n百万港元\n国家/地区\t进口\t转口\n\t2004\t2004\n中国内地\t1 167 000\t1 059 000\n"
     "按年变动 (%)\t(14.5)\t(15.7)",
     """进口 | 中国内地 | 1167000000000 | 港元 | | 2004年 | 1 167 000
        转口 | 中国内地 | 1059000000000 | 港元 | | 2004年 | 1 059 000
        进口 | 中国内地 | 14.5 | % | growth_rate | 2004年 | 14.5
        转口 | 中国内地 | 15.7 | % | growth_rate | 2004年 | 15.7"""),
    # A unit alone on a header row under the years (百萬港元); 「—」 is no figure.
    ("unit on a header row of its own, traditional",
     "進口農作物、牲口、家禽\n\t1997\t1998\n\t百萬港元\t百萬港元\n蔬菜\t4 235\t4 012\n活家禽\t1 856\t—",
     """蔬菜 | | 4235000000 | 港元 | | 1997年 | 4 235
        蔬菜 | | 4012000000 | 港元 | | 1998年 | 4 012
        活家禽 | | 1856000000 | 港元 | | 1997年 | 1 856"""),
    # A share row under the level it divides (占总进口的百分比 under 进口): the share of that row's measure.
    ("share rows under their levels",
     "涉及外发中国内地加工的贸易(香港)\n项目\t2006\t2007\n进口(亿港元)\t7 410\t7 689\n占总进口的百分比(%)\t39.5\t38.9",
     """进口 | | 741000000000 | 港元 | | 2006年 | 7 410
        进口 | | 768900000000 | 港元 | | 2007年 | 7 689
        进口 | | 39.5 | % | share | 2006年 | 39.5
        进口 | | 38.9 | % | share | 2007年 | 38.9"""),
    # A column of bare percentages beside each sector's level: that sector's share (部门构成).
    ("Taiwan GDP by sector, % columns",
     "表5  台湾省国内生产总值及部门构成\n单位:新臺幣億元\n年 份\t農業\t%\t工業\t%\n1993\t2090\t3.6\t20003\t34.4",
     """農業 | 台湾省 | 209000000000 | 新台币元 | | 1993年 | 2090
        農業 | 台湾省 | 3.6 | % | share | 1993年 | 3.6
        工業 | 台湾省 | 2000300000000 | 新台币元 | | 1993年 | 20003
        工業 | 台湾省 | 34.4 | % | share | 1993年 | 34.4"""),
    # Trading partners as rows under a header that does not say so (市场 / 项目): each row is the subject.
    ("trading partners as rows",
     "2024年对主要市场进出口\n单位：亿元\n项目\t出口\t进口\n东盟\t37215\t26760\n欧盟\t36518\t19378\n美国\t37462\t11714",
     """出口 | 东盟 | 3721500000000 | 元 | | 2024年 | 37215
        进口 | 东盟 | 2676000000000 | 元 | | 2024年 | 26760
        出口 | 欧盟 | 3651800000000 | 元 | | 2024年 | 36518
        进口 | 欧盟 | 1937800000000 | 元 | | 2024年 | 19378
        出口 | 美国 | 3746200000000 | 元 | | 2024年 | 37462
        进口 | 美国 | 1171400000000 | 元 | | 2024年 | 11714"""),
    # A figure and its rate of change in brackets in one cell (Hong Kong yearbook appendices).
    ("figure and its rate in one cell",
     "按主要国家/地区划分的商品贸易\n百万港元\n国家/地区\t进口\t转口\n美国\t145 000 (6.0)\t397 000 (-2.4)",
     """进口 | 美国 | 145000000000 | 港元 | | | 145 000
        进口 | 美国 | 6.0 | % | growth_rate | | 6.0
        转口 | 美国 | 397000000000 | 港元 | | | 397 000
        转口 | 美国 | -2.4 | % | growth_rate | | -2.4"""),
    # Sectors by row, years by column: a 「年增率 %」 row and a 「%」 row under a level are its rate and share.
    ("rate and share rows under their levels",
     "表5 中国台湾省国内生产总值及部门构成\n单位:新臺幣億元\n項目\t1993\t1994\n國內生產毛額\t58112\t63463\n"
     "年增率 %\t6.3\t6.5\n農業\t2090\t2231\n%\t3.6\t3.5",
     """國內生產毛額 | 中国台湾省 | 5811200000000 | 新台币元 | | 1993年 | 58112
        國內生產毛額 | 中国台湾省 | 6346300000000 | 新台币元 | | 1994年 | 63463
        國內生產毛額 | 中国台湾省 | 6.3 | % | growth_rate | 1993年 | 6.3
        國內生產毛額 | 中国台湾省 | 6.5 | % | growth_rate | 1994年 | 6.5
        農業 | 中国台湾省 | 209000000000 | 新台币元 | | 1993年 | 2090
        農業 | 中国台湾省 | 223100000000 | 新台币元 | | 1994年 | 2231
        農業 | 中国台湾省 | 3.6 | % | share | 1993年 | 3.6
        農業 | 中国台湾省 | 3.5 | % | share | 1994年 | 3.5"""),
    # Places listed under the indicator they break down (NBS 2021年1—11月份 regional investment, as a web
    # page's table without a caption): each place is the subject, the indicator row above names the measure.
    ("places under their indicator row",
     "指标\t绝对量\t同比增长（%）\n房地产开发投资（亿元）\t137517\t6.0\n　　东部地区\t72483\t5.8\n　　东北地区\t5199\t-0.9",
     """房地产开发投资 | | 13751700000000 | 元 | | | 137517
        房地产开发投资 | | 6.0 | % | growth_rate | | 6.0
        房地产开发投资 | 东部地区 | 7248300000000 | 元 | | | 72483
        房地产开发投资 | 东部地区 | 5.8 | % | growth_rate | | 5.8
        房地产开发投资 | 东北地区 | 519900000000 | 元 | | | 5199
        房地产开发投资 | 东北地区 | -0.9 | % | growth_rate | | -0.9"""),
    # Columns that name groups (国有, 城镇集体), not measures: the 总计 row's cells are the caption's measure.
    ("total row under group columns",
     "2-12 全市单位就业平均人数\n(2019年) 单位:人\n分类\t合计\t国有\t城镇集体\n总计\t691706\t206737\t6009\n1.中央\t32545\t9032\t",
     """单位就业平均人数 | 全市 | 691706 | 人 | | 2019年 | 691706
        单位就业平均人数 | 全市 | 206737 | 人 | | 2019年 | 206737
        单位就业平均人数 | 全市 | 6009 | 人 | | 2019年 | 6009
        中央 | 全市 | 32545 | 人 | | 2019年 | 32545
        中央国有 | 全市 | 9032 | 人 | | 2019年 | 9032"""),
    # A yearbook's price indices (上年价格为100): header names partly spaced out to the column's width.
    ("price indices, header partly spaced out",
     "8-1 历年各种价格指数\n(以上年价格为100)\n年 份\t城市居民消费 价 格 指 数\t城市商品零售 价 格 指 数\n1997\t105.1\t102.8",
     """城市居民消费价格指数 | | 105.1 | | | 1997年 | 105.1
        城市商品零售价格指数 | | 102.8 | | | 1997年 | 102.8"""),
    # Thousands set apart by a thin space (U+2009), as typeset yearbooks copy out.
    ("thousands apart by thin spaces",
     "单位:万元\n年 份\t财政收入\n2011\t7\u2009208\u2009902",
     """财政收入 | | 72089020000 | 元 | | 2011年 | 7\u2009208\u2009902"""),
    # Quarters from the year's start as a column's period (2013年前三季度 GDP, 亿元), years set with a space.
    ("quarters from the year's start",
     "单位:亿元\n指标\t2013 年\t\n\t1-3季度\t比上年同期增长(%)\n国内生产总值\t386762\t7.7",
     """国内生产总值 | | 38676200000000 | 元 | | 2013年1-3季度 | 386762
        国内生产总值 | | 7.7 | % | growth_rate | 2013年1-3季度 | 7.7"""),
    # Quantity and value under each year (Hong Kong imports of farm produce, traditional): a row's own unit
    # (頭) is nearer than a quantity column's (公噸); a value column keeps its 百萬港元.
    ("quantity and value columns, a row's own unit",
     "進口農作物、牲口、家禽\n\t1998\t\n\t數量\t價值\n\t(公噸)\t(百萬港元)\n蔬菜\t620 000\t4 012\n活豬(頭)\t2 400 000\t2 998",
     """蔬菜 | | 620000 | 公吨 | | 1998年 | 620 000
        蔬菜價值 | | 4012000000 | 港元 | | 1998年 | 4 012
        活豬 | | 2400000 | 头 | | 1998年 | 2 400 000
        活豬價值 | | 2998000000 | 港元 | | 1998年 | 2 998"""),
    # Places as columns (the 2024 figures of the nation, 北京 and 上海 side by side): each column is the subject.
    ("places as columns",
     "表1 主要指标对比\n单位:亿元\n指标\t全国\t北京\t上海\n地区生产总值\t1349084\t49843.1\t53926.71",
     """地区生产总值 | 全国 | 134908400000000 | 元 | | | 1349084
        地区生产总值 | 北京 | 4984310000000 | 元 | | | 49843.1
        地区生产总值 | 上海 | 5392671000000 | 元 | | | 53926.71"""),
    # A bilingual header whose English translates the stat (增长(%) Growth), and an index as a share of last
    # year (为上年%): neither names a measure.
    ("bilingual stat header, 为上年%",
     "表3 主要经济指标\n指标 Item\t2021年\t增长(%) Growth\t为上年%\n地区生产总值(亿元)\t27610\t7.4\t107.4",
     """地区生产总值 | | 2761000000000 | 元 | | 2021年 | 27610
        地区生产总值 | | 7.4 | % | growth_rate | 2021年 | 7.4
        地区生产总值 | | 107.4 | % | | | 107.4"""),
    # Indices under a spanning 「上年=100」 written out of brackets: no unit, no year of their own.
    ("index columns under 上年=100",
     "表7-1 财政收支\n单位:万元\n年 份\t财政收入\t上年=100\n\t\t财政收入\n2011\t7 208 902\t144.1",
     """财政收入 | | 72089020000 | 元 | | 2011年 | 7 208 902
        财政收入 | | 144.1 | | | 2011年 | 144.1"""),
    # A unit line that lists the amounts' unit and the rates' (单位：亿元、%): amounts in 亿元, rates in %.
    ("unit line listing 亿元、%",
     "表1  2024年主要指标\n单位：亿元、%\n指标\t绝对数\t比上年增长\n房地产开发投资\t100280\t-10.6",
     """房地产开发投资 | | 10028000000000 | 元 | | 2024年 | 100280
        房地产开发投资 | | -10.6 | % | growth_rate | 2024年 | -10.6"""),
    # Months as columns under a caption that names the year: the months of that year.
    ("month columns in the caption's year",
     "2011年主要经济指标\n单位：亿元\n指标\t4月\t1-4月\n社会消费品零售总额\t15.7\t61.2",
     """社会消费品零售总额 | | 1570000000 | 元 | | 2011年4月 | 15.7
        社会消费品零售总额 | | 6120000000 | 元 | | 2011年1-4月 | 61.2"""),
    # A text with no table gives its prose facts only, as before.
    ("prose only",
     "全年粮食产量70650万吨，比上年增加1109万吨。",
     """粮食产量 | | 706500000 | 吨 | | 全年 | 70650万吨
        粮食产量 | | 11090000 | 吨 | change | 全年 | 1109万吨"""),
    # 广东 2017年1-3月工业增加值 by city (stats.gd.gov.cn): cities, a district marked 「#」 under its city, are the
    # subjects (by their ends 市, 区); the caption names the measure; header lines joined by spaces still read
    # (本月比 上年同月 增长, 本月止 累计: the months to date, no cumulative figure).
    ("cities by their ends, caption's measure",
     "2017年1-3月工业增加值\n计量单位:亿元\n指标名称\t本月\t本月止 累计\t本月比 上年同月 增长(%)\n在总计中:\n广州市\t393.30\t1019.05\t5.6\n佛山市\t454.17\t1117.50\t8.4\n#顺德区\t149.05\t353.53\t9.3",
     """工业增加值 | 广州市 | 39330000000 | 元 |  | 2017年3月 | 393.30
        工业增加值 | 广州市 | 101905000000 | 元 |  | 2017年1-3月 | 1019.05
        工业增加值 | 广州市 | 5.6 | % | growth_rate | 2017年3月 | 5.6
        工业增加值 | 佛山市 | 45417000000 | 元 |  | 2017年3月 | 454.17
        工业增加值 | 佛山市 | 111750000000 | 元 |  | 2017年1-3月 | 1117.50
        工业增加值 | 佛山市 | 8.4 | % | growth_rate | 2017年3月 | 8.4
        工业增加值 | 顺德区 | 14905000000 | 元 |  | 2017年3月 | 149.05
        工业增加值 | 顺德区 | 35353000000 | 元 |  | 2017年1-3月 | 353.53
        工业增加值 | 顺德区 | 9.3 | % | growth_rate | 2017年3月 | 9.3"""),
    # 中国统计年鉴2012 表24-37: rows of countries and world regions (北亚, 美洲, 欧洲、非洲及中东) are the subjects,
    # the caption's measure without its 「按居住国家/地区划分的」; the 总计 row and its bracketed growth line are the whole.
    ("countries and world regions, caption's 按…划分的 left out",
     "24-37  按居住国家/地区划分的访港旅客人数\n单位:万人次\n居住国家/地区\t2010\t2011\n南亚及东南亚\t350.1\t375.1\n北亚\t220.8\t230.5\n欧洲、非洲及中东\t217.4\t219.4\n美洲\t175.0\t182.1\n澳大利亚、新西兰及南太平洋\t76.9\t75.8\n中国澳门①\t78.0\t84.3\n\n总计\t3603.0\t4192.1\n\t(+21.8)\t(+16.4)",
     """访港旅客人数 | 南亚及东南亚 | 3501000 | 人次 |  | 2010年 | 350.1
        访港旅客人数 | 南亚及东南亚 | 3751000 | 人次 |  | 2011年 | 375.1
        访港旅客人数 | 北亚 | 2208000 | 人次 |  | 2010年 | 220.8
        访港旅客人数 | 北亚 | 2305000 | 人次 |  | 2011年 | 230.5
        访港旅客人数 | 欧洲、非洲及中东 | 2174000 | 人次 |  | 2010年 | 217.4
        访港旅客人数 | 欧洲、非洲及中东 | 2194000 | 人次 |  | 2011年 | 219.4
        访港旅客人数 | 美洲 | 1750000 | 人次 |  | 2010年 | 175.0
        访港旅客人数 | 美洲 | 1821000 | 人次 |  | 2011年 | 182.1
        访港旅客人数 | 澳大利亚、新西兰及南太平洋 | 769000 | 人次 |  | 2010年 | 76.9
        访港旅客人数 | 澳大利亚、新西兰及南太平洋 | 758000 | 人次 |  | 2011年 | 75.8
        访港旅客人数 | 中国澳门 | 780000 | 人次 |  | 2010年 | 78.0
        访港旅客人数 | 中国澳门 | 843000 | 人次 |  | 2011年 | 84.3
        访港旅客人数 |  | 36030000 | 人次 |  | 2010年 | 3603.0
        访港旅客人数 |  | 41921000 | 人次 |  | 2011年 | 4192.1
        访港旅客人数 |  | 21.8 | % | growth_rate | 2010年 | +21.8
        访港旅客人数 |  | 16.4 | % | growth_rate | 2011年 | +16.4"""),
    # data.gov.tw 102年嬰兒死亡率-依縣市別分 (traditional): counties by their ends (縣, 市), row ids skipped, the source
    # line passed over to the title, 「-依縣市別分」 and the era year out of the measure, (每千人) is ‰.
    ("Taiwan counties, per mille, source line",
     "102年嬰兒死亡率-依縣市別分\n資料來源:衛生福利部統計處。 Source:Department of Statistics, Ministry of Health and Welfare.\n\tby county\"\t男Male(每千人 )\t總計Both(每千人 )\n59170594\t新北市\t4.1\t3.8\n59170595\t臺北市\t4\t3.7\n59170596\t宜蘭縣\t5.4\t4.3",
     """嬰兒死亡率 | 新北市 | 4.1 | ‰ |  |  | 4.1
        嬰兒死亡率 | 新北市 | 3.8 | ‰ |  |  | 3.8
        嬰兒死亡率 | 臺北市 | 4 | ‰ |  |  | 4
        嬰兒死亡率 | 臺北市 | 3.7 | ‰ |  |  | 3.7
        嬰兒死亡率 | 宜蘭縣 | 5.4 | ‰ |  |  | 5.4
        嬰兒死亡率 | 宜蘭縣 | 4.3 | ‰ |  |  | 4.3"""),
    # 重庆统计年鉴2008 表11-4: groups of enterprises (by their ends 企业, 联营) are the subjects of the caption's count;
    # the unit line with its translation in a cell of its own and the years run into the title stay the caption's.
    ("groups of enterprises, caption with a translated unit line",
     "114  规模以上工业企业单位数20062007\nNumber of Industrial Enterprises above Designated Size (2006-2007)\n单位:个\t(unit)\n\tItem\t2006\t2007\n总  计\tTotal\t3214\t3942\n#亏损企业\tLose-suffering\t564\t544\n按登记注册类型分\tBy Registration\n内资企业\tDomestic-funded Enterprises\t3015\t3724\n  国有联营\tState Joint Ownership Enterprises\t2\t3",
     """规模以上工业企业单位数 |  | 3214 | 个 |  | 2006年 | 3214
        规模以上工业企业单位数 |  | 3942 | 个 |  | 2007年 | 3942
        规模以上工业企业单位数 | 亏损企业 | 564 | 个 |  | 2006年 | 564
        规模以上工业企业单位数 | 亏损企业 | 544 | 个 |  | 2007年 | 544
        规模以上工业企业单位数 | 内资企业 | 3015 | 个 |  | 2006年 | 3015
        规模以上工业企业单位数 | 内资企业 | 3724 | 个 |  | 2007年 | 3724
        规模以上工业企业单位数 | 国有联营 | 2 | 个 |  | 2006年 | 2
        规模以上工业企业单位数 | 国有联营 | 3 | 个 |  | 2007年 | 3"""),
    # 广东 2013年7月社会消费品零售总额 (stats.gd.gov.cn): the column-number row (甲 | 1 | 2 | 3) is no row of figures;
    # under 「按销售所在地」 and 「按行业分组」 the rows are parts of the indicator above, whose figures they are, named
    # as parts of a total are named (城镇消费品零售额); 限额以下 after 批发业 too.
    ("breakdown headings: areas, sectors and the rows after them",
     "2013年7月社会消费品零售总额\n金额单位:万元\n项目\t本 年\t\t增长(%)\n\t本月\t1-本月\t本月\n甲\t1\t2\t3\n社会消费品零售额\t20626052.6\t141797902.3\t12.9\n一、按销售所在地\n1、城镇\t18216063.5\t124306890.6\t13.2\n二、按行业分组\n1、批发业\t2145726.8\t13906068.9\t16.9\n限额以下\t580642.8\t3645717.6\t15.0",
     """社会消费品零售额 |  | 206260526000 | 元 |  | 2013年7月 | 20626052.6
        社会消费品零售额 |  | 1417979023000 | 元 |  | 2013年1-7月 | 141797902.3
        社会消费品零售额 |  | 12.9 | % | growth_rate | 2013年7月 | 12.9
        城镇消费品零售额 | 城镇 | 182160635000 | 元 |  | 2013年7月 | 18216063.5
        城镇消费品零售额 | 城镇 | 1243068906000 | 元 |  | 2013年1-7月 | 124306890.6
        城镇消费品零售额 | 城镇 | 13.2 | % | growth_rate | 2013年7月 | 13.2
        批发业消费品零售额 | 批发业 | 21457268000 | 元 |  | 2013年7月 | 2145726.8
        批发业消费品零售额 | 批发业 | 139060689000 | 元 |  | 2013年1-7月 | 13906068.9
        批发业消费品零售额 | 批发业 | 16.9 | % | growth_rate | 2013年7月 | 16.9
        限额以下消费品零售额 | 限额以下 | 5806428000 | 元 |  | 2013年7月 | 580642.8
        限额以下消费品零售额 | 限额以下 | 36457176000 | 元 |  | 2013年1-7月 | 3645717.6
        限额以下消费品零售额 | 限额以下 | 15 | % | growth_rate | 2013年7月 | 15.0"""),
    # 湖州统计年鉴2007 表7-4: under 「按销售地区分」 a row naming an indicator (县的零售额) stays the measure; under
    # 「按行业分」 a sector (餐饮业) is whose figure it is.
    ("breakdown: indicator rows stay names, sectors are subjects",
     "7-4  主要年份社会消费品零售总额分类情况\n单位:万元\n\t2005年\t2006年\n社会消费品零售总额\t2377547\t2737983\n    比上年增长(%)\t14.3\t15.2\n一、按销售地区分:\n    县的零售额\t517951\t598239\n二、按行业分:\n    餐饮业\t254949\t298797",
     """社会消费品零售总额 |  | 23775470000 | 元 |  | 2005年 | 2377547
        社会消费品零售总额 |  | 27379830000 | 元 |  | 2006年 | 2737983
        社会消费品零售总额 |  | 14.3 | % | growth_rate | 2005年 | 14.3
        社会消费品零售总额 |  | 15.2 | % | growth_rate | 2006年 | 15.2
        县的零售额 |  | 5179510000 | 元 |  | 2005年 | 517951
        县的零售额 |  | 5982390000 | 元 |  | 2006年 | 598239
        餐饮业消费品零售额 | 餐饮业 | 2549490000 | 元 |  | 2005年 | 254949
        餐饮业消费品零售额 | 餐饮业 | 2987970000 | 元 |  | 2006年 | 298797"""),
    # Cities over the columns, known by their ends (广州市, 深圳市: 2024 GDP as the two cities released it): each
    # column gives its cells' subject, the rows name the measure.
    ("cities over the columns, by their ends",
     "2024年主要指标\n单位：亿元\n指标\t广州市\t深圳市\n地区生产总值\t31032.5\t36801.9",
     """地区生产总值 | 广州市 | 3103250000000 | 元 | | 2024年 | 31032.5
        地区生产总值 | 深圳市 | 3680190000000 | 元 | | 2024年 | 36801.9"""),
    # 中華民國89年戶口及住宅普查, 縣市別人口 (traditional): rows under a 縣市 header are the subjects, the row ranks
    # (排序) give nothing, the caption's 縣市別 is no part of the measure, whose head (人口) gives the unit the
    # table leaves unstated; 變化率 beside two census years is the change between them, of neither year alone.
    ("Taiwan census by county, 變化率 between two years",
     "中華民國89年臺閩地區戶口及住宅普查\n縣市別人口\n排序\t縣市\t2000年\t1990年\t變化率\n1\t臺北縣\t3,722,082\t3,065,779\t21.4%\n"
     "2\t臺北市\t2,624,257\t2,760,475\t-4.9%",
     """人口 | 臺北縣 | 3722082 | 人 | | 2000年 | 3,722,082
        人口 | 臺北縣 | 3065779 | 人 | | 1990年 | 3,065,779
        人口 | 臺北縣 | 21.4 | % | growth_rate | | 21.4%
        人口 | 臺北市 | 2624257 | 人 | | 2000年 | 2,624,257
        人口 | 臺北市 | 2760475 | 人 | | 1990年 | 2,760,475
        人口 | 臺北市 | -4.9 | % | growth_rate | | -4.9%"""),
    # 澳門統計暨普查局, 人力資源需求及薪酬調查 (批發零售及交通運輸業), 二零零三年第四季 (traditional): a caption by industry
    # (按行業統計之有薪酬員工數目) makes each industry whose figures its row gives, the caption naming the measure; 總數
    # names none (the whole beside 男, 女); 比較 (%) over the dates compared with is the rate of change since then.
    ('Macau paid employees by industry, 2003 Q4',
     '人力資源需求及薪酬調查\n批發零售及交通運輸業\n二零零三年第四季\n按 行 業 統 計 之 有 薪 酬 員 工 數 目\n\t31/12/2003 (人 數 )\t\t\t比 較 (%)\t\n行 業\t總數\t男\t女\t31/12/2002\t30/06/2003\n批發業\t5 895\t3 603\t2 292\t11.0\t3.2\n旅行社\t1 167\t572\t595\t-5.6\t0.5',
     """有薪酬員工數目 | 批發業 | 5895 | 人 |  | 二零零三年第四季 | 5 895
        有薪酬員工數目 | 批發業 | 3603 | 人 |  | 二零零三年第四季 | 3 603
        有薪酬員工數目 | 批發業 | 2292 | 人 |  | 二零零三年第四季 | 2 292
        有薪酬員工數目 | 批發業 | 11 | % | growth_rate | 二零零三年第四季 | 11.0
        有薪酬員工數目 | 批發業 | 3.2 | % | growth_rate | 二零零三年第四季 | 3.2
        有薪酬員工數目 | 旅行社 | 1167 | 人 |  | 二零零三年第四季 | 1 167
        有薪酬員工數目 | 旅行社 | 572 | 人 |  | 二零零三年第四季 | 572
        有薪酬員工數目 | 旅行社 | 595 | 人 |  | 二零零三年第四季 | 595
        有薪酬員工數目 | 旅行社 | -5.6 | % | growth_rate | 二零零三年第四季 | -5.6
        有薪酬員工數目 | 旅行社 | 0.5 | % | growth_rate | 二零零三年第四季 | 0.5"""),
    # The same survey's 二零零三年第二季 issue (二號刊): its prose gives the two rates (增加10.4%, 增加6.7%).
    ('Macau paid employees by industry, 2003 Q2',
     '人力資源需求及薪酬調查\n批發零售及交通運輸業\n二零零三年第二季\n按 行 業 統 計 之 有 薪 酬 員 工 數 目\n\t30/06/2003 (人 數 )\t\t\t比 較 (%)\t\n行 業\t總數\t男\t女\t30/06/2002\t31/12/2002\n批發及零售業\t15 417\t7 542\t7 875\t10.4\t6.7',
     """有薪酬員工數目 | 批發及零售業 | 15417 | 人 |  | 二零零三年第二季 | 15 417
        有薪酬員工數目 | 批發及零售業 | 7542 | 人 |  | 二零零三年第二季 | 7 542
        有薪酬員工數目 | 批發及零售業 | 7875 | 人 |  | 二零零三年第二季 | 7 875
        有薪酬員工數目 | 批發及零售業 | 10.4 | % | growth_rate | 二零零三年第二季 | 10.4
        有薪酬員工數目 | 批發及零售業 | 6.7 | % | growth_rate | 二零零三年第二季 | 6.7"""),
    # 第五次全国人口普查 表1-1a (stats.gov.cn): a three-line header; rows under 地区别 are the places, and the 合计 row of
    # the provinces is the country's (全国); a 性别比 under 人口数 is no number of people: named without the count and
    # measured by a bare number, not in the caption's 人.
    ('census 2000: 合计 of provinces, 性别比 under 人口数',
     '表1-1a 省、自治区、直辖市的户数、人口数和性别比(城市)\n单位:人,%\n\t户 数\t\t\t人 口 数\t\t\t\t\t\t\t\t\t\t\t\t家庭户\n地 区 别\t合计\t家庭户\t集体户\t合 计\t\t\t\t家 庭 户\t\t\t\t集 体 户\t\t\t\t平均每\n\t\t\t\t合计\t男\t女\t性别比\t小计\t男\t女\t性别比\t小计\t男\t女\t性别比\t户人数\n合计\t91052495\t84889340\t6163155\t292632692\t149966801\t142665891\t105.12\t257330247\t129064175\t128266072\t100.62\t35302445\t20902626\t14399819\t145.16\t3.03\n北京市\t3183167\t2917865\t265302\t9496688\t4975203\t4521485\t110.03\t8155168\t4040435\t4114733\t98.19\t1341520\t934768\t406752\t229.81\t2.79\n天津市\t1762298\t1693118\t69180\t5313702\t2710200\t2603502\t104.10\t4876724\t2410391\t2466333\t97.73\t436978\t299809\t137169\t218.57\t2.88',
     """户数 | 全国 | 91052495 | 人 |  |  | 91052495
        户数家庭户 | 全国 | 84889340 | 人 |  |  | 84889340
        户数集体户 | 全国 | 6163155 | 人 |  |  | 6163155
        人口数 | 全国 | 292632692 | 人 |  |  | 292632692
        人口数 | 全国 | 149966801 | 人 |  |  | 149966801
        人口数 | 全国 | 142665891 | 人 |  |  | 142665891
        性别比 | 全国 | 105.12 |  |  |  | 105.12
        人口数家庭户 | 全国 | 257330247 | 人 |  |  | 257330247
        人口数家庭户 | 全国 | 129064175 | 人 |  |  | 129064175
        人口数家庭户 | 全国 | 128266072 | 人 |  |  | 128266072
        家庭户性别比 | 全国 | 100.62 |  |  |  | 100.62
        人口数集体户 | 全国 | 35302445 | 人 |  |  | 35302445
        人口数集体户 | 全国 | 20902626 | 人 |  |  | 20902626
        人口数集体户 | 全国 | 14399819 | 人 |  |  | 14399819
        集体户性别比 | 全国 | 145.16 |  |  |  | 145.16
        家庭户平均每户人数 | 全国 | 3.03 | 人 |  |  | 3.03
        户数 | 北京市 | 3183167 | 人 |  |  | 3183167
        户数家庭户 | 北京市 | 2917865 | 人 |  |  | 2917865
        户数集体户 | 北京市 | 265302 | 人 |  |  | 265302
        人口数 | 北京市 | 9496688 | 人 |  |  | 9496688
        人口数 | 北京市 | 4975203 | 人 |  |  | 4975203
        人口数 | 北京市 | 4521485 | 人 |  |  | 4521485
        性别比 | 北京市 | 110.03 |  |  |  | 110.03
        人口数家庭户 | 北京市 | 8155168 | 人 |  |  | 8155168
        人口数家庭户 | 北京市 | 4040435 | 人 |  |  | 4040435
        人口数家庭户 | 北京市 | 4114733 | 人 |  |  | 4114733
        家庭户性别比 | 北京市 | 98.19 |  |  |  | 98.19
        人口数集体户 | 北京市 | 1341520 | 人 |  |  | 1341520
        人口数集体户 | 北京市 | 934768 | 人 |  |  | 934768
        人口数集体户 | 北京市 | 406752 | 人 |  |  | 406752
        集体户性别比 | 北京市 | 229.81 |  |  |  | 229.81
        家庭户平均每户人数 | 北京市 | 2.79 | 人 |  |  | 2.79
        户数 | 天津市 | 1762298 | 人 |  |  | 1762298
        户数家庭户 | 天津市 | 1693118 | 人 |  |  | 1693118
        户数集体户 | 天津市 | 69180 | 人 |  |  | 69180
        人口数 | 天津市 | 5313702 | 人 |  |  | 5313702
        人口数 | 天津市 | 2710200 | 人 |  |  | 2710200
        人口数 | 天津市 | 2603502 | 人 |  |  | 2603502
        性别比 | 天津市 | 104.1 |  |  |  | 104.10
        人口数家庭户 | 天津市 | 4876724 | 人 |  |  | 4876724
        人口数家庭户 | 天津市 | 2410391 | 人 |  |  | 2410391
        人口数家庭户 | 天津市 | 2466333 | 人 |  |  | 2466333
        家庭户性别比 | 天津市 | 97.73 |  |  |  | 97.73
        人口数集体户 | 天津市 | 436978 | 人 |  |  | 436978
        人口数集体户 | 天津市 | 299809 | 人 |  |  | 299809
        人口数集体户 | 天津市 | 137169 | 人 |  |  | 137169
        集体户性别比 | 天津市 | 218.57 |  |  |  | 218.57
        家庭户平均每户人数 | 天津市 | 2.88 | 人 |  |  | 2.88"""),
    # 北京市2010年人口普查资料 1-1b (nj.tjj.beijing.gov.cn; the page's header rows, set out as the census prints them): a unit
    # line listing 户、人 gives 户数 户 and 人口数 人; 性别比 (女=100) named without the count above it.
    ('census 2010 Beijing: 单位:户、人, 性别比(女=100)',
     '1-1b 各地区户数、人口数和性别比(镇)\n单位:户、人\n地区\t户数\t\t\t人口数\t\t\t\t\t\t\t\t\t\t\t\t平均家庭\n\t合计\t家庭户\t集体户\t合计\t\t\t\t家庭户\t\t\t\t集体户\t\t\t\t户规模\n\t\t\t\t合计\t男\t女\t性别比\t小计\t男\t女\t性别比\t小计\t男\t女\t性别比\t\n\t\t\t\t\t\t\t(女=100)\t\t\t\t(女=100)\t\t\t\t(女=100)\t(人/户)\n朝阳区\t1053\t868\t185\t2380\t1240\t1140\t108.77\t1859\t932\t927\t100.54\t521\t308\t213\t144.60\t2.14',
     """户数 | 朝阳区 | 1053 | 户 |  |  | 1053
        户数家庭户 | 朝阳区 | 868 | 户 |  |  | 868
        户数集体户 | 朝阳区 | 185 | 户 |  |  | 185
        人口数 | 朝阳区 | 2380 | 人 |  |  | 2380
        人口数 | 朝阳区 | 1240 | 人 |  |  | 1240
        人口数 | 朝阳区 | 1140 | 人 |  |  | 1140
        性别比 | 朝阳区 | 108.77 |  |  |  | 108.77
        人口数家庭户 | 朝阳区 | 1859 | 人 |  |  | 1859
        人口数家庭户 | 朝阳区 | 932 | 人 |  |  | 932
        人口数家庭户 | 朝阳区 | 927 | 人 |  |  | 927
        家庭户性别比 | 朝阳区 | 100.54 |  |  |  | 100.54
        人口数集体户 | 朝阳区 | 521 | 人 |  |  | 521
        人口数集体户 | 朝阳区 | 308 | 人 |  |  | 308
        人口数集体户 | 朝阳区 | 213 | 人 |  |  | 213
        集体户性别比 | 朝阳区 | 144.6 |  |  |  | 144.60
        平均家庭户规模 | 朝阳区 | 2.14 | 人/户 |  |  | 2.14"""),
]


def _line(fact: dict) -> str:
    shown = f"{fact['value']:.15g}"
    return " | ".join(["" if field is None else str(field) for field in
                       (fact["metric"], fact["subject"])] + [shown] +
                      ["" if field is None else str(field) for field in
                       (fact["unit"], fact["stat"], fact["period"], fact["text"])])


def _expected(lines: str) -> list[tuple]:
    rows = []
    for line in lines.strip().split("\n"):
        metric, subject, value, unit, stat, period, text = [field.strip() for field in line.split("|")]
        rows.append((metric, subject or None, float(value), unit, stat or None, period or None, text))
    return rows


def _facts(text: str) -> tuple[dict, list[dict]]:
    row, facts = extract_document(text.encode("utf-8"), "case", "case.txt")
    assert row["status"] == "ok", row["error"]
    return row, facts


@pytest.mark.parametrize("name, text, expected", CASES, ids=[case[0] for case in CASES])
def test_table_gives_its_facts(name, text, expected):
    row, facts = _facts(text)
    got = [(f["metric"], f["subject"], f["value"], f["unit"], f["stat"], f["period"], f["text"]) for f in facts]
    assert _close(got, _expected(expected)), "\n".join(map(_line, facts))


def _close(got: list[tuple], expected: list[tuple]) -> bool:
    if len(got) != len(expected):
        return False
    for mine, theirs in zip(got, expected):
        if mine[:2] != theirs[:2] or mine[3:] != theirs[3:] or abs(mine[2] - theirs[2]) > 1e-9 * max(1.0, abs(theirs[2])):
            return False
    return True


@pytest.mark.parametrize("name, text, expected", CASES, ids=[case[0] for case in CASES])
def test_offsets_and_cells(name, text, expected):
    """documents.text[start:end] == text for every fact; a table fact names its table, row and column."""
    row, facts = _facts(text)
    text = row["text"]
    for fact in facts:
        assert text[fact["start"]:fact["end"]] == fact["text"]
        if fact.get("table") is None:
            continue
        assert fact["table"] == 1 and len(fact["sentence"]) <= 300
        begin, end = text.rfind("\n", 0, fact["start"]) + 1, text.find("\n", fact["start"])
        assert fact["sentence"].split("\n")[-1] == text[begin:end if end >= 0 else None].strip()


# (text, expected (table, row, column) of each table fact)
CELLS = [
    ("表1 主要指标\n指标\t绝对量\t比上年增长（%）\n房地产开发投资（亿元）\t90809\t-7.4", [(1, 2, 2), (1, 2, 3)]),
    ("| 指标 | 2023年 | 2024年 |\n|---|---|---|\n| 粮食（万吨） | 69541 | 70650 |\n\n全年。\n\n指标\t绝对量\n棉花（万吨）\t616",
     [(1, 2, 2), (1, 2, 3), (2, 2, 2)]),
]


@pytest.mark.parametrize("text, cells", CELLS)
def test_table_row_column_are_one_based(text, cells):
    _row, facts = _facts(text)
    assert [(f["table"], f["row"], f["column"]) for f in facts] == cells


# Prose lines with figures beside a table: each figure is read once, by the prose or by the table.
MIXED = [
    ("全年粮食产量70650万吨。\n表1 主要农产品产量\n指标\t2024年\n棉花（万吨）\t616\n油料（万吨）\t3979\n全年棉花增产9.7%。",
     {("粮食产量", 706500000.0, None), ("棉花", 6160000.0, 1), ("油料", 39790000.0, 1), ("棉花", 9.7, None)}),
]


@pytest.mark.parametrize("text, expected", MIXED)
def test_no_double_counting(text, expected):
    _row, facts = _facts(text)
    assert len(facts) == len(expected)
    assert {(f["metric"].replace("全年", "").replace("增产", ""), f["value"], f.get("table")) for f in facts} == expected


# clean_text keeps a table's lines as they are while it joins the prose around them.
KEPT = [
    # prose broken by a PDF's line ends, then a tab-separated table: the prose is joined, the rows are not
    ("全年粮食产量70650万吨，比上年增加1109\n万吨，增长1.6%。\n表1  2024年主要农产品产量  单位：万吨\n指标\t2024年\n粮食\t70650\n  其中：夏粮\t14989",
     ["全年粮食产量70650万吨，比上年增加1109万吨，增长1.6%。", "表1  2024年主要农产品产量  单位：万吨", "指标\t2024年",
      "粮食\t70650", "  其中：夏粮\t14989"]),
    # a space-aligned table keeps its runs of spaces, a |-table its bars
    ("指标        2023年      2024年\n粮食        69541       70650\n棉花          562         616",
     ["指标        2023年      2024年", "粮食        69541       70650", "棉花          562         616"]),
    ("| 指标 | 绝对量 |\n|---|---|\n| 粮食（万吨） | 70650 |", ["| 指标 | 绝对量 |", "|---|---|", "| 粮食（万吨） | 70650 |"]),
]


@pytest.mark.parametrize("raw, lines", KEPT)
def test_clean_keeps_table_lines(raw, lines):
    assert clean_text(raw).split("\n") == lines


_S2T = opencc.OpenCC("s2t").convert
_T2S = opencc.OpenCC("t2s").convert


@pytest.mark.parametrize("name, text, expected", CASES, ids=[case[0] for case in CASES])
def test_traditional_table_gives_the_same_facts(name, text, expected):
    """The same table in traditional characters (單位：億元, 比上年增長): the same facts, names read back."""
    def keys(facts):
        return [(_T2S(f["metric"]), f["value"], f["unit"], f["stat"], _T2S(f["period"] or ""), f.get("row"), f.get("column"))
                for f in facts]
    assert keys(_facts(_S2T(text))[1]) == keys(_facts(text)[1])


# One table written the three ways a text holds tables: the same facts (offsets aside).
GRIDS = [
    ("2022年1—8月份全国房地产开发和销售情况",
     [["指标", "绝对量", "同比增长（%）"], ["房地产开发投资（亿元）", "90809", "-7.4"], ["其中：住宅", "69023", "-6.6"],
      ["商品房销售面积（万平方米）", "87890", "-23.0"]]),
    ("表2  地区生产总值  单位：亿元", [["地区", "2023年", "2024年"], ["北京", "43760.7", "49843.1"], ["上海", "47218.66", "53926.71"]]),
]


def _written(caption: str, rows: list[list[str]], how: str) -> str:
    if how == "tab":
        lines = ["\t".join(row) for row in rows]
    elif how == "bar":
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
    else:      # aligned with spaces, as a fixed-width font shows it
        widths = [max(sum(2 if ord(c) > 0x2E80 else 1 for c in row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = ["    ".join(cell + " " * (widths[i] - sum(2 if ord(c) > 0x2E80 else 1 for c in cell))
                           for i, cell in enumerate(row)).rstrip() for row in rows]
    return "\n".join([caption] + lines)


@pytest.mark.parametrize("caption, rows", GRIDS)
def test_same_table_three_ways(caption, rows):
    results = []
    for how in ("tab", "bar", "wide"):
        _row, facts = _facts(_written(caption, rows, how))
        results.append([(f["metric"], f["subject"], f["value"], f["unit"], f["stat"], f["period"], f["row"], f["column"])
                        for f in facts])
    assert results[0] and results[0] == results[1] == results[2]


def test_table_inside_column_broken_report(shared):
    """A real report broken into newspaper columns, with a table set between two paragraphs: the prose
    gives the facts it gives without the table, and the table its own."""
    from tests.test_variants import wrap_in_columns
    report = shared("corpus", "dev", "bj-gov-report-2026-part1.txt").read_text(encoding="utf-8")
    paragraphs = [line for line in report.split("\n") if line.strip()]
    half = len(paragraphs) // 2
    table = "\n\n表1  2022年1—8月份全国房地产开发投资  单位：亿元\n指标\t绝对量\t同比增长（%）\n房地产开发投资\t90809\t-7.4\n\n"
    plain = wrap_in_columns("\n".join(paragraphs), 14, seed=1)
    with_table = (wrap_in_columns("\n".join(paragraphs[:half]), 14, seed=1) + table
                  + wrap_in_columns("\n".join(paragraphs[half:]), 14, seed=3))
    without = [(f["metric"], f["value"], f["unit"], f["stat"]) for f in _facts(plain)[1]]
    row, facts = _facts(with_table)
    prose = [(f["metric"], f["value"], f["unit"], f["stat"]) for f in facts if f.get("table") is None]
    assert prose == without
    assert [(f["metric"], f["value"], f["unit"]) for f in facts if f.get("table")] == [
        ("房地产开发投资", 9080900000000.0, "元"), ("房地产开发投资", -7.4, "%")]


# A web page with a table: the HTML reader writes it as tab-separated lines, a spanning cell once per column.
PAGES = [
    ("<html><body><div><p>全年房地产开发投资情况如下。</p><table>"
     "<tr><td colspan='3'>表1  2024年全国房地产开发投资  单位：亿元</td></tr>"
     "<tr><td>指标</td><td>绝对量</td><td>比上年增长（%）</td></tr>"
     "<tr><td>房地产开发投资</td><td>100280</td><td>-10.6</td></tr>"
     "<tr><td colspan='3'>按地区分</td></tr><tr><td>东部地区</td><td>54000</td><td>-9.0</td></tr>"
     "</table></div></body></html>",
     [("房地产开发投资", "全国", 10028000000000.0, "元", None, "2024年"), ("房地产开发投资", "全国", -10.6, "%", "growth_rate", "2024年"),
      ("房地产开发投资", "东部地区", 5400000000000.0, "元", None, "2024年"),
      ("房地产开发投资", "东部地区", -9.0, "%", "growth_rate", "2024年")]),
]


@pytest.mark.parametrize("page, expected", PAGES)
def test_web_page_table(page, expected):
    row, facts = extract_document(page.encode("utf-8"), "page", "page.html")
    assert row["status"] == "ok", row["error"]
    assert [(f["metric"], f["subject"], f["value"], f["unit"], f["stat"], f["period"]) for f in facts] == expected


# Web pages whose header cells span rows (rowspan), which the html reader writes again on each row they span: the
# same facts as the table written once. 第五次全国人口普查 表1-1a (stats.gov.cn), as the tab-separated case above.
_CENSUS = next(text for name, text, _expected_facts in CASES if name.startswith("census 2000"))


def _html(lines: list[list[tuple[str, int, int]]]) -> str:
    rows = "".join("<tr>" + "".join(f"<td rowspan='{down}' colspan='{across}'>{text}</td>" for text, down, across in cells)
                   + "</tr>" for cells in lines)
    return f"<html><head><meta charset='utf-8'></head><body><table>{rows}</table></body></html>"


def test_header_cells_spanning_rows_on_a_web_page():
    body = [[(cell, 1, 1) for cell in line.split("\t")] for line in _CENSUS.split("\n")[5:]]
    header = [[("表1-1a 省、自治区、直辖市的户数、人口数和性别比(城市)", 1, 17)], [("单位:人,%", 1, 17)],
              [("地 区 别", 3, 1), ("户 数", 1, 3), ("人 口 数", 1, 12), ("家庭户", 1, 1)],
              [("合计", 2, 1), ("家庭户", 2, 1), ("集体户", 2, 1), ("合 计", 1, 4), ("家 庭 户", 1, 4), ("集 体 户", 1, 4),
               ("平均每", 1, 1)],
              [(text, 1, 1) for text in "合计 男 女 性别比 小计 男 女 性别比 小计 男 女 性别比 户人数".split()]]
    row, facts = extract_document(_html(header + body).encode("utf-8"), "page", "page.html")
    assert row["status"] == "ok", row["error"]
    _row, written_once = _facts(_CENSUS)
    keys = ("metric", "subject", "value", "unit", "stat")
    assert [tuple(f[key] for key in keys) for f in facts] == [tuple(f[key] for key in keys) for f in written_once]


# 第七次全国人口普查公报(第四号) 表4-1 各地区人口性别构成 (单位:%), a web page: 性别比 spans the header's two rows; it
# is measured by a bare number (男 per 100 女), not in the caption's %.
def test_sex_ratio_spanning_rows_takes_no_percent():
    header = [[("表4-1 各地区人口性别构成", 1, 4)], [("单位:%", 1, 4)],
              [("地区", 2, 1), ("比重", 1, 2), ("性别比", 2, 1)], [("男", 1, 1), ("女", 1, 1)]]
    body = [[(cell, 1, 1) for cell in line] for line in
            (["全 国", "51.24", "48.76", "105.07"], ["北 京", "51.14", "48.86", "104.65"])]
    row, facts = extract_document(_html(header + body).encode("utf-8"), "page", "page.html")
    assert row["status"] == "ok", row["error"]
    assert [(f["metric"], f["subject"], f["value"], f["unit"]) for f in facts if f["column"] == 4] == [
        ("性别比", "全国", 105.07, ""), ("性别比", "北京", 104.65, "")]
    assert [f["unit"] for f in facts if f["column"] in (2, 3)] == ["%"] * 4


# Documents of two tables or more: the facts of each, as CASES lists them.
SEVERAL = [
    # A table continued on the next page (「续表1」 over its header again) takes the caption it continues.
    ("continued table",
     "表1  2024年各市地区生产总值  单位：亿元\n地区\t绝对量\t增长（%）\n广州市\t31032.50\t2.1\n\n续表1\n"
     "地区\t绝对量\t增长（%）\n深圳市\t36801.87\t5.8",
     """地区生产总值 | 广州市 | 3103250000000 | 元 | | 2024年 | 31032.50
        地区生产总值 | 广州市 | 2.1 | % | growth_rate | 2024年 | 2.1
        地区生产总值 | 深圳市 | 3680187000000 | 元 | | 2024年 | 36801.87
        地区生产总值 | 深圳市 | 5.8 | % | growth_rate | 2024年 | 5.8"""),
]


@pytest.mark.parametrize("name, text, expected", SEVERAL, ids=[case[0] for case in SEVERAL])
def test_tables_give_their_facts(name, text, expected):
    test_table_gives_its_facts(name, text, expected)


def test_a_cell_that_nothing_in_its_table_names_gives_no_fact():
    # Rows and columns that name only parts (总计, 城镇, 乡村) under a caption with just a unit.
    text = "单位：万人\n类别\t合计\t城镇\t乡村\n总计\t5400.07\t2338.23\t3061.84\n"
    _row, facts = extract_document(text.encode(), "t", "t.txt")
    assert all(fact["metric"] for fact in facts)
