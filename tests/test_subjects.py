"""Who or where a figure is about, read from news, bulletins and press briefings.

Each row: a passage written in the style of the genre, a figure as written in it (the first such
figure, or the n-th with `#n`), the subject expected (None: none) and the names accepted for its metric
("" accepts any). The passages run through the real pipeline (pipeline.document.extract_text).
"""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

CASES = [
    # an organisation, facility, fair or budget known by name (organisations.tsv) opening a clause is whose figure it is,
    # in either script; where its name starts a measure's (地方财政收入) or a longer word (中国移动互联网) it is none
    ("连云港港以8.8%的增速冲进前十,北部湾港6.8%的增长势头迅猛,而九江港更是以15.9%的惊人增速位列增速榜第一。", "6.8%", "北部湾港", ""),
    ("推动西部陆海新通道建设提质增效，北部湾港新增外贸泊位20个，船舶平均待泊时间同比减少8.9小时。", "20个", "北部湾港", ""),
    ("此外,去年中央財政安排的節能減排專項資金為270億元,其中用于節能的有125億元。", "270億元", "中央財政", ""),
    ("民航方面,截止到21日,运送旅客量达到1606万人,客座率达71%。", "71%", "民航", "客座率"),
    ("入出境地點以桃園機場2840萬人次佔74.7%最多,高雄機場340萬人次佔8.9%次之,松山機場299萬人次佔7.9%居第3。", "299萬人次", "松山機場", ""),
    ("高交会促成1023项供需对接和投融资项目签约，成交额超1700亿元。", "超1700亿元", "高交会", "成交额"),
    ("其中地方财政收入7.59万亿元,较上年同期增长0.6%。", "7.59万亿元", None, "地方财政收入"),
    # a listed company by its exchange short name (organisations.tsv, from the A-share list) opening a clause is whose
    # figure it is (中国磨料磨具网; 财新网 in traditional script; 大众日报; a report); firms listed together are one subject
    ("其中,三一重工海外收入占比已超50%,达到56.88%,实现历史性跨越,较2022年的41.68%提高15.2个百分点。", "超50%", "三一重工", "海外收入"),
    ("徐工機械海外市場收入占比從2022年上半年的29.07%上漲至2023年同期的40.75%。", "29.07%", "徐工機械", "海外市場收入"),
    ("与此同时,山东重工旗下企业山推股份出口收入增长42%,中通客车出口增长28%,潍柴智慧农业出口增长5%。", "28%", "中通客车", "出口"),
    ("怀化国际陆港开行东盟货运班列突破1200列，三一重工、中联重科海外营收占比达到60%左右。", "60%左右", "三一重工、中联重科", "海外营收"),
    # ... but a listed company's short name that a reader takes for a place's sector or a word is none (云南旅游, 新产业,
    # 农产品 are listed, and screened out of the gazetteer): the place, or no subject (news; two reports)
    ("云南旅游揽金141亿元", "141亿元", "云南", ""),
    ("新产业、新产品对工业增长贡献超50%。", "超50%", None, ""),
    ("农产品加工业产值增长46.1%", "46.1%", None, "农产品加工业产值"),
    # a body named by its kind's suffix (org_suffixes.txt: 港, 研究院, 有限公司) opening a clause of figures, a period
    # and a noun phrase after it, is whose figure it is, whatever verbs a name by legal form holds (two reports; 永州日报)
    ("商业航天全产业链布局，东方航天港海上发射卫星137颗。", "137颗", "东方航天港", "海上发射卫星"),
    ("省产业技术研究院共建企业联合创新中心超480家。", "超480家", "省产业技术研究院", "共建企业联合创新中心"),
    ("周氏满堂红酒业有限公司总投入5000余万元,已完成投资3165万元,其中今年上半年完成投资2164万元。", "5000余万元",
     "周氏满堂红酒业有限公司", "总投入"),
    # works named by 厂 (grammar.tsv works_suffix) likewise (meijiu.com); 出厂, 工厂 are words, no works' names (a press
    # release of the statistics bureau; a report)
    ("2019年全年,茅台酒厂生产的酒品总量达到3070吨,其中以茅台镇为主要产区的白酒产量超过2000吨。", "3070吨", "茅台酒厂", ""),
    ("2016年1月份工业生产者出厂价格同比下降5.3%。", "5.3%", None, "工业生产者出厂价格"),
    ("单位GDP能耗累计下降18%，建成自治区级以上绿色工厂510个、绿色园区32个。", "510个", None, ""),
    # ... not where the noun phrase is a list of what something caused (造成船舶出港数量受限、船舶装载量); a branch the
    # news learnt a figure from (記者從…支行獲悉) is its source, not whose it is (two news)
    ("去年,西江枯水期长达8个月,造成船舶出港数量受限、船舶装载量只达1/3,加上新冠肺炎疫情。", "1/3", None, ""),
    ("記者從人民銀行貴陽中心支行獲悉,3月末,我省金融機構本外幣各項貸款餘額3.5萬億元。", "3.5萬億元", "我省金融機構", ""),
    # a fair known by name closing a scene clause (早在…闭幕的第N届广交会) is the topic of the figures after it
    ("“春江水暖鸭先知”,早在11月4日闭幕的第120届广交会,就已经释放了外贸回稳向好的信号:采购商报到人数超过18万人,比去年同期增长4.6%。", "超过18万人", "广交会", "采购商报到人数"),
    # the period opening a clause stands before its subject
    ("2019年1-5月份, 全国网上零售额38641亿元, 同比增长17.8%。", "38641亿元", "全国", "网上零售额"),
    # A的B with a named body A: its figure; a body named by its kind alone (公司, 该行) names nothing new: it
    # refers back to the body the sentence before is about
    ("宁波舟山港的货物吞吐量为12.6亿吨。", "12.6亿吨", "宁波舟山港", "货物吞吐量"),
    ("比亚迪2021年实现营收2161.42亿元。公司的净利润为30.45亿元。", "30.45亿元", "比亚迪", "净利润"),
    ("招商银行2023年营业收入3391亿元。该行净利润增长6.2%。", "6.2%", "招商银行", "净利润"),
    ("2019年1-5月份, 全国网上零售额38641亿元, 同比增长17.8%。", "17.8%", "全国", "网上零售额"),
    ("2012年度全国农民工总量为26261万人,比上年增加983万人。", "26261万人", "全国", "农民工总量"),
    ("2012年度全国农民工总量为26261万人,比上年增加983万人。", "983万人", "全国", "农民工总量"),
    ("上半年西部地区外贸保持较快增长,同比增长12.4%。", "12.4%", "西部地区", ""),
    ("2018年,全地区城镇常住居民人均可支配收入26410元,比上年增长6.9%。", "26410元", "全地区",
     "城镇常住居民人均可支配收入"),
    # the country's name opening a clause; inside a name it is none (the whole name, aside and all, is the subject)
    ("中国城镇就业人员超过4.6亿人", "超过4.6亿人", "中国", "城镇就业人员"),
    ("公報顯示,中國人才資源總量占人力資源總量的比重達到12.3%。", "12.3%", "中國", ""),
    ("中国（安徽）自贸试验区累计推出120项制度创新成果。", "120项", "中国（安徽）自贸试验区", "制度创新成果"),
    ("前三季度，中国对东盟进出口4.7万亿元，增长9.1%，占我外贸总值的15.2%。", "15.2%", "中国", ""),  # the partner is no subject
    # a county, district, county-level city or autonomous prefecture written with its kind opens its clause as a
    # city does (counties.txt); 县城, 市场 after the name make another word
    ("2010年，贞丰县全年完成生产总值35亿元，同比增长12%。", "35亿元", "贞丰县", "生产总值"),
    ("黄金周期间，昆明市接待游客320万人次，红河州接待游客263.7万人次。", "263.7万人次", "红河州", "接待游客"),
    ("2018年，泾源县实现地区生产总值19.5亿元，增长7.8%。", "19.5亿元", "泾源县", "地区生产总值"),
    ("义乌市场成交额增长12.5%。", "12.5%", None, ""),
    # every country and world region opens its clause as its subject (subjects.txt); after 对 it is a partner;
    # 非洲猪瘟 and 中亚班列 are names, not places
    ("前三季度，哈萨克斯坦进口中国商品120亿美元，增长15%。", "120亿美元", "哈萨克斯坦", "进口中国商品"),
    ("据统计，东南亚游客占来华游客的23.5%。", "23.5%", "东南亚", ""),
    ("前三季度，我省对拉美出口85亿元，增长12%。", "85亿元", "我省", "对拉美出口"),
    ("受非洲猪瘟疫情影响，生猪存栏下降20%。", "20%", None, ""),
    ("中亚班列开行超2700列。", "超2700列", None, "中亚班列开行"),
    # a class of firms is whose figure it is, and stays in the name of the indicator
    ("大型企业PMI为51.2%,比上月上升0.3个百分点。", "51.2%", "大型企业", "大型企业PMI"),
    ("大型企业PMI为51.2%,比上月上升0.3个百分点。", "0.3个百分点", "大型企业", "大型企业PMI"),
    # ... and written right after its place, it is that place's firms: the whole noun phrase is the subject
    ("一季度,我国民营企业进出口4.81万亿元,增长9.6%,占进出口总值的51.3%。", "4.81万亿元", "我国民营企业",
     "民营企业进出口"),
    ("一季度,我国民营企业进出口4.81万亿元,增长9.6%,占进出口总值的51.3%。", "51.3%", "我国民营企业",
     "民营企业进出口"),
    ("民营企业在进出口中的比重继续提升,一季度广东省民营企业进出口7462.2亿元。", "7462.2亿元", "广东省民营企业",
     "民营企业进出口"),
    ("截至3月末,全省小微企業貸款余額2894.9億元,同比增長26.8%。", "26.8%", "全省小微企業", "小微企業貸款余額"),
    ("外商投资企业进出口98.2亿元,同比增长3.5%,占全省外贸总值的40.6%。", "3.5%", "外商投资企业",
     "外商投资企业进出口"),
    # a place named in a clause without figures is the subject of the figures after it
    ("今年以来,我国外贸规模稳中有升,中西部地区外贸增势突出,同比增长21.4%。", "21.4%", "中西部地区", ""),
    ("一季度,我国贸易规模持续扩大,中西部地区外贸表现尤为活跃,同比增长38.2%。", "38.2%", "中西部地区", "外贸"),
    # the whole area a sentence is about carries on to the next sentences of its paragraph
    ("2019年,全国就业人员中,第一产业就业人员占25.1%;第二产业就业人员占27.5%;第三产业就业人员占47.4%。",
     "27.5%", "全国", "第二产业就业人员"),
    ("2019年,全国就业人员中,第一产业就业人员占25.1%;第二产业就业人员占27.5%;第三产业就业人员占47.4%。",
     "47.4%", "全国", "第三产业就业人员"),
    ("截至2019年末,全国就业人员77471万人,比上年末减少115万人。其中城镇就业人员44247万人,比上年末增加828万人。",
     "44247万人", "全国", "城镇就业人员"),
    ("一季度,我省进出口总值312.4亿元,同比增长4.2%。其中,出口180.3亿元,增长6.1%。", "180.3亿元", "我省", "出口"),
    # another place opening a sentence ends the area said before; 其中 goes on with the sentence before
    ("6月份，全国城镇调查失业率为5.0%。北京市城镇调查失业率为4.2%。其中外来户籍人口失业率为4.5%。", "4.5%",
     "北京市", "外来户籍人口失业率"),
    ("6月份，全国城镇调查失业率为5.0%。北京市城镇调查失业率为4.2%。青年失业率为14.5%。", "14.5%", None, ""),
    ("民营企业进出口55.5亿元，同比增长8.5%。其中出口30.2亿元。", "30.2亿元", "民营企业", "出口"),
    ("全國城鎮調查失業率為5.2%。其中，本地戶籍勞動力調查失業率為5.3%。", "5.3%", "全國", "本地戶籍勞動力調查失業率"),
    ("一季度，我国国内生产总值同比增长5.3%。美国经济增长1.6%。", "1.6%", "美国", "经济"),
    # ... but not into the next paragraph, nor past a clause about a partner
    ("一季度,我省进出口总值312.4亿元,同比增长4.2%。\n出口企业数量增加120家。", "120家", None, ""),
    ("一季度,我省进出口总值312.4亿元。对东盟进出口86.5亿元,增长12%。", "86.5亿元", "我省", "对东盟进出口"),
    # a firm of a class named before holds for the clauses that go on with its figure
    ("一季度,我省进出口总值312.4亿元。民营企业进出口120.5亿元,同比增长8.3%。", "8.3%", "民营企业", ""),
    # a group of cities a count names is the subject of the figures that follow
    ("全国城镇调查失业率为5.0%。31个大城市城镇调查失业率为5.1%，比上月下降0.1个百分点。", "5.1%", "大城市", ""),
    ("全国城镇调查失业率为5.0%。31个大城市城镇调查失业率为5.1%，比上月下降0.1个百分点。", "0.1个百分点", "大城市",
     "城镇调查失业率"),
    ("全国168个重点城市空气质量优良天数比例为86.5%。", "86.5%", "重点城市", ""),
    ("5月份，一线城市新建商品住宅销售价格环比上涨0.3%，二线城市环比下降0.1%。", "0.1%", "二线城市",
     "商品住宅销售价格|新建商品住宅销售价格"),
    # the one subject of a sentence's figures runs on into the next sentence of its paragraph, as the topic of a
    # chain of clauses (but a province or city is the scene of its own sentence: 北京市…。青年失业率…, above)
    ("其中,京津冀地区PM2.5平均濃度為70微克/立方米。長三角地區PM2.5平均濃度為46微克/立方米,同比下降16.4%。"
     "發生重污染60天次,同比減少58%。", "60天次", "長三角地區", "發生重污染|重污染"),
    ("其中,京津冀地区PM2.5平均濃度為70微克/立方米。長三角地區PM2.5平均濃度為46微克/立方米。\n發生重污染60天次。",
     "60天次", None, ""),
    # a national body's release (国家统计局…) is about the whole country where its figures name no one else
    ("国家统计局关于2014年粮食产量的公告\n粮食播种面积112738.3千公顷，比2013年增加782.7千公顷，增长0.7%。\n"
     "粮食单位面积产量5385公斤/公顷，比2013年增加8.6公斤/公顷，增长0.2%。\n粮食总产量60709.9万吨，比2013年增加516万吨，"
     "增长0.9%。", "60709.9万吨", "全国", "粮食总产量"),
    ("山西省统计局关于2014年粮食产量的公告\n粮食播种面积112738.3千公顷，比2013年增加782.7千公顷，增长0.7%。\n"
     "粮食单位面积产量5385公斤/公顷，比2013年增加8.6公斤/公顷，增长0.2%。\n粮食总产量60709.9万吨，比2013年增加516万吨，"
     "增长0.9%。", "60709.9万吨", None, "粮食总产量"),
    # a town or village named by its kind (镇, 乡, 村) opening a clause; 城镇, 农村, 乡村 are kinds, no names
    ("茶林镇位于双牌东北部,林地面积超过15万亩,是一个典型的山区乡镇。", "超过15万亩", "茶林镇", "林地面积"),
    ("2019年,茶林镇全镇中药材种植面积1.2万亩,年产中药材0.8万吨。", "1.2万亩", "茶林镇全镇", "中药材种植面积"),
    ("太安村19户村民在村党支部的领导下,成立了桑黄种植专业合作社,发展桑黄大棚41栋。", "41栋", "太安村", ""),
    ("全年农村居民人均可支配收入21691元,增长6.6%。", "21691元", None, "农村居民人均可支配收入"),
    ("城乡居民人均可支配收入比为2.34。", "2.34", None, ""),
    # in a report: a body a verb opens a clause with is its object (组建北京数据集团), the kind of body a count counts
    # is not its subject (中试基地10家, 通用机场增加11个), nor does a counted group qualifying a noun (60个乡镇…中心)
    ("以全新体制组建辽宁实验室。全社会研发经费年均增长7.4%。", "7.4%", None, "全社会研发经费"),
    ("组建省产业技术研究院，新建省级以上概念验证中心5家、中试基地10家、专业孵化器5家。", "10家", None, ""),
    ("现代化机场群建设初见成效，通用机场增加11个、达到25个。", "11个", None, ""),
    ("建设10个县级综合养老服务中心、60个乡镇区域养老服务中心、120个村级养老服务站点。", "120个", None, ""),
    ("消费对经济增长的贡献度持续提升，5A级旅游景区实现地级市全覆盖，游客人次、旅游花费分别增长2.5倍、3倍。", "3倍", None, ""),
    # Taiwan's cities and counties are cities (traditional script folded)
    ("若單以出生率來看,彰化縣粗出生率最高爲千分之7.36。", "千分之7.36", "彰化縣", ""),
    ("中国工信部:上半年光伏产业链主要环节产量高速增长\n2023年上半年,光伏产业链主要环节产量同比增长均超过65%。多晶硅产量超过60万吨,"
     "同比增长65%以上;硅片产量超过250GW,同比增长63%以上;电池产量超过220GW,同比增长62%以上;组件产量超过200GW,"
     "同比增长65%以上。光伏产品出口总额289.2亿美元,同比增长11.6%。", "289.2亿美元", "全国", "光伏产品出口总额"),
    # ... but where the lead names a whole area below the country (全省), the figures naming no subject are its
    ("本报讯 记者从人行太原中心支行了解到,受国务院一系列扩大内需政策影响,全省各项贷款继续保持了良好的增长态势。\n"
     "1月份新增贷款350亿元,同比多增200亿元。2月份新增贷款180亿元,同比多增90亿元。中长期贷款增加300亿元,"
     "短期贷款增加120亿元,票据融资增加60亿元,个人贷款增加40亿元。", "180亿元", "全省", "新增贷款"),
    # a group noun phrase a count opens (25省份, 100个城市, 25个红色旅游景区, 41个县) is the subject of its figures
    ("31个省份中,25省份前三季度GDP总量均超过万亿元。", "超过万亿元", "25省份", "GDP总量|前三季度GDP总量"),
    ("其中,二季度100個城市公共就業服務機構求人倍率1.37。", "1.37", "城市", ""),
    ("门票收入2.04亿元。25个红色旅游景区共接待游客91.28万人次,同比增长5.2%。", "5.2%", "红色旅游景区", ""),
    ("一季度,全省41个县一般公共预算支出完成272.5亿元,同比增加32.1亿元。", "32.1亿元", "县", ""),
    ("四是开放高地成效显著。21家自贸试验区实际使用外资2130亿元,占吸收外资总额的18.5%。", "18.5%", "自贸试验区", ""),
    ("分省份看,31个省份中,人口超过1亿人的省份有2个,分别为广东1.26亿和山东1.01亿。", "2个", "省份", ""),
    # ... not a name that opens with a numeral (九寨沟), nor a count of households (13户农户加入……)
    ("其中,九寨沟景区前4天累计接待13.91万人。", "13.91万人", "九寨沟景区", ""),
    # an organisation or facility opening a clause is whose figure it is; opening a clause without figures,
    # it is the topic of the figures after it (not where it only reports them: 据…, …数据显示)
    ("22号,安徽阜阳火车站更是迎来节后春运最高峰,日发送旅客超过10万人次。", "超过10万人次", "安徽阜阳火车站", ""),
    ("黄龙景区前4天累计接待6.55万人,同比增长56.8%;成都大熊猫繁殖研究基地,前4天累计接待17.1万人。", "17.1万人",
     "成都大熊猫繁殖研究基地", ""),
    ("其中上海港吞吐量12978万吨,同比下降2.2%,而青岛港则逆势增长2.9%。", "2.9%", "青岛港", ""),
    # ... nor a ranking (领先第二名唐山港: the port ranked second is no subject here)
    ("宁波舟山港以22866万吨的吞吐量继续稳坐头把交椅,虽然同比增速只有0.6%,但领先第二名唐山港近亿吨的优势依然明显。",
     "近亿吨", None, ""),
    ("相比之下,南通港20.7%的大幅下滑成为榜单之最。", "20.7%", "南通港", ""),
    ("建成运输机场3座、通用机场8座。", "8座", None, "通用机场"),
    ("鲜花和酒店房间价格上扬,亦带动康乐及文化的价格指数上升0.71%。", "0.71%", None, ""),
    ("同时,文旅融合广受追捧,三坊七巷历史文化街区7天累计接待游客102.04万人次。", "102.04万人次", "三坊七巷历史文化街区", ""),
    ("国家级文化产业示范基地12个,省级文化产业示范基地104个。", "104个", None, "省级文化产业示范基地"),
    ("灯塔研究院数据显示,今年国庆档观影场次达353.5万。", "353.5万", "国庆档", ""),
    ("据灯塔研究院统计,全省观影场次达353.5万。", "353.5万", "全省", ""),
    # a place written with the word for its kind; 地区生产总值 is a measure
    ("一季度，京津冀地区进出口1.2万亿元，增长5%。", "1.2万亿元", "京津冀地区", "进出口"),
    ("北京地区生产总值增长5.2%。", "5.2%", "北京", "地区生产总值"),
    # places listed in the order of the figures a 分别 clause gives next
    ("分区域看,2019年城镇非私营单位就业人员年平均工资由高到低依次是东部、西部、中部和东北,分别为102526元、"
     "81954元、75938元和72022元。", "75938元", "中部", "城镇非私营单位就业人员年平均工资"),
    ("分区域看,2019年城镇非私营单位就业人员年平均工资由高到低依次是东部、西部、中部和东北,分别为102526元、"
     "81954元、75938元和72022元,同比名义增长率分别为9.9%、8.2%、10.4%和9.6%。", "9.6%", "东北", ""),
    ("增速最高的两个行业依次为采矿业和金融业,增长率分别为15.1%和12.3%。", "12.3%", None, ""),
    ("东部、中部、西部和东北地区投资分别增长4.1%、9.5%、4.7%和3.2%。", "9.5%", "中部", "投资"),
    ("东部、中部、西部和东北地区投资分别增长4.1%、9.5%、4.7%和3.2%。", "3.2%", "东北地区", "投资"),
    ("广东、江苏两省进出口分别增长5%和6%。", "6%", "江苏", "进出口"),
    ("城镇和农村居民人均可支配收入分别增长4.4%和6.3%。", "6.3%", None, "农村居民人均可支配收入"),
    # the firms a measure is taken for (将……) are whose figures they are
    ("我国将中小微企业的失业保险稳岗返还比例由60%最高提至90%,大企业由30%提至50%。", "60%", "中小微企业", ""),
    ("我国将中小微企业的失业保险稳岗返还比例由60%最高提至90%,大企业由30%提至50%。", "50%", "大企业",
     "失业保险稳岗返还"),
    ("我国将中小微企业的失业保险稳岗返还比例由60%最高提至90%,大企业由30%提至50%。", "90%", "中小微企业",
     "中小微企业的失业保险稳岗返还"),
    ("城镇调查失业率由5.6%回落至5.2%。", "5.2%", None, "城镇调查失业率"),
    # a clause opening with a verb goes on with the subject of the clause before (a body too)
    ("港澳居民在粤参加医保43万人次，参加养老、失业、工伤保险35.4万人次。", "35.4万人次", "港澳居民", ""),
    ("上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%。", "7.9%", "上海机场",
     "货邮吞吐量"),
    ("国有企业改革深化提升行动平稳收官，上缴税费增长7.4%。", "7.4%", "国有企业", "上缴税费"),
    # classes of firms by ownership, as monthly releases break industry down
    ("规模以上工业中，国有控股企业增加值同比增长4.6%；股份制企业增长5.9%，外商及港澳台商投资企业增长2.3%。",
     "5.9%", "股份制企业", ""),
    ("规模以上工业中，国有控股企业增加值同比增长4.6%；股份制企业增长5.9%，外商及港澳台商投资企业增长2.3%。",
     "2.3%", "外商及港澳台商投资企业", ""),
    # Hong Kong and Macao releases speak of 本港, 全澳
    ("本港经济在第三季按年实质增长4.1%。失业率为2.9%。", "2.9%", "本港", "失业率"),
    # 本 ending a word (日本, 成本) makes no 本港 (this port) or 本市 (this city) of what follows (日本港口: Japan's ports)
    ("日本港口货物吞吐量增长3.2%。", "3.2%", "日本", ""),
    ("成本市场价格上涨3%。", "3%", None, ""),
    # a verb of judging before a time is no one's name (判断2021年…), as a name before a time is (比亚迪2021年净增)
    ("具体来看，判断2021年三季度增速在9.0%以上的经济学人占比21.9%。", "21.9%", None, ""),
    ("比亚迪2021年净增6.4万员工。", "6.4万", "比亚迪", "员工"),
    # a dateline's place is the newsroom's, and no part of a name
    ("新华社北京1月17日电（记者王希）北京市2018年地区生产总值增长6.6%。", "6.6%", "北京市", "地区生产总值"),
    ("本报北京6月7日电 5月份，居民消费价格同比上涨2.7%。", "2.7%", None, "居民消费价格"),
    ("新华社北京1月17日电 2018年全国规模以上工业增加值比上年增长6.2%。", "6.2%", "全国", "规模以上工业增加值"),
    # a port or a customs district opening a clause
    ("今年一季度，上海洋山口岸集装箱吞吐量达560万标箱，增长26%。", "26%", "上海洋山口岸", "集装箱吞吐量"),
    ("一季度，黄埔海关监管进出口货物1200万吨。", "1200万吨", "黄埔海关", ""),
    ("全年查验抵离口岸的交通工具280万辆。", "280万辆", None, "抵离口岸的交通工具|查验抵离口岸的交通工具"),
    # a figure of the base of a comparison is the base's, for its clause only
    ("一季度,我省进出口总值同比下降1.3%,降幅小于全国4.8%的平均降幅。", "4.8%", "全国", "平均降幅"),
    ("全市居民人均可支配收入增长6.1%，高于全国5.1%的平均水平。", "5.1%", "全国", "居民人均可支配收入"),
    ("全市地区生产总值增长5.4%、高于全国0.4个百分点。", "0.4个百分点", "全市", "地区生产总值"),
    # 全国 as the field of a ranking, or qualifying a noun, is no subject of what follows
    ("全国最大的清洁能源基地开工建设。清洁能源装机规模超5000万千瓦。", "超5000万千瓦", None, ""),
    ("全国高校毕业生规模创新高。城镇新增就业1200万人。", "1200万人", None, "城镇新增就业"),
    # places in a bracketed aside hold for the aside alone; the county a text is about carries on
    ("一季度,我县城乡居民收入快速增长,城镇居民收入在全市区县位次前移。抽样调查结果,一季度城镇居民人均可支配收入4894元"
     "(全国5963元、全省4881元、全市6351元),同比增长16.8%(全国7.1%、全省14.8%、全市16.4%)。", "16.8%", "我县",
     "城镇居民人均可支配收入"),
    ("一季度,我县城乡居民收入快速增长。一季度城镇居民人均可支配收入4894元(全国5963元、全省4881元、全市6351元)。",
     "6351元", "全市", "城镇居民人均可支配收入"),
    # a dateline in 【】 is no subject; the place after it carries on
    ("【本報訊】本港失業率連跌9個月!政府統計處昨發表最新數字顯示,經季節性調整失業率由去年10至12月的由3.5%,"
     "下跌至去年11月至今年1月的3.4%。", "3.4%", "本港", ""),
    # the country named again in other words (全国 after 我国) keeps its first name for the sentences after
    ("2021年,我国国内生产总值达到114万亿元,增长8.1%。全国财政收入突破20万亿元,增长10.7%。城镇新增就业1269万人。",
     "1269万人", "我国", "城镇新增就业"),
    # the firms a count counts are whose figures follow; a holiday is a period
    ("元旦期间,34家重点监测的餐饮企业实现营业额371万元,较元旦前增长11.4%。", "11.4%", "重点监测的餐饮企业", "营业额"),
    ("重点监测的65家购物中心和百货店元旦期间销售额超过4.6亿元,客流量突破340万人次。", "超过4.6亿元", "购物中心和百货店",
     "销售额"),
    ("全省695家重点零售和餐饮企业销售额26.6亿元,同比增长9.5%。", "26.6亿元", "全省", "销售额"),
    # a clause 在 + a place alone sets the place the next clauses are about (not 在此基础上)
    ("在佛罗伦萨小镇,日均客流量达4.5万人次,同比增长60%,假期总销售额超7000万元,增长25%。", "超7000万元", "佛罗伦萨小镇",
     "假期总销售额"),
    ("在此基础上,全省新增就业12万人。", "12万人", "全省", "新增就业"),
    # a name before an indicator counted per day (日均, 单日) is whose figure it is
    ("金街日均客流量突破48万人次,同比增长超7.4%。", "超7.4%", "金街", "日均客流量"),
    ("小宋城单日接待顾客7万多人次,营业额增长40%以上。", "7万多人次", "小宋城", "单日接待顾客"),
    # a film season (元旦档期) is a period before the subject; where no place is named, it is the subject
    ("元旦档期全市电影票房突破1000万元,同比增长62%。", "62%", "全市", "电影票房"),
    ("10月7日,国家电影局发布数据,2023年国庆档(9月29日至10月6日)电影总票房达27.34亿元,观影人次6510万。", "6510万",
     "国庆档", "观影人次"),
    # a city and 全市 after it are the whole city, which carries on
    ("2018年第04周,深圳全市商品房共成交930套,均价53060元/㎡,总金额40.56亿元;上周成交1325套。", "1325套", "深圳全市", ""),
    # a bare noun after 其中 names the part the clauses after it are about
    ("其中:新房住宅,成交535套,分别占全市的57.53%,均价55284元/㎡;上周成交714套。", "714套", "新房住宅", ""),
    ("其中:新房住宅,成交535套,分别占全市的57.53%,均价55284元/㎡;上周成交714套。", "535套", "新房住宅", "成交"),
    # streets and quarters listed before a 分别 clause share its measure, one each
    ("意风区、古文化街、五大道客流量也分别突破6.2万、7.7万和14.5万人次,同比增幅均超过20%。", "7.7万", "古文化街", "客流量"),
    # an industry's figure written A的B, and a region with 地区 before 的
    ("其中零售業的失業率下跌0.4個百分點至4.2%,餐飲服務活動業的失業率同樣微跌0.1個百分點至4.9%。", "4.9%",
     "餐飲服務活動業", "失業率"),
    ("东部地区的经济学人对2021年三季度经济增速的预判均值为7.7%。", "7.7%", "东部地区", ""),
    # a name right before a year is whose figure it is, unless it names a measure
    ("别家都在裁员,比亚迪2021年净增6.4万员工,格局确实不一样!", "6.4万", "比亚迪", "员工"),
    ("地区生产总值2021年达到5000亿元。", "5000亿元", None, "地区生产总值"),
    # SUBJECT以 FIGURE的 NOUN: the figure is the subject's, named by the noun after it
    ("宁波舟山港以22866万吨的吞吐量继续稳坐头把交椅,虽然同比增速只有0.6%。", "22866万吨", "宁波舟山港", "吞吐量"),
    # ... nor a ranking (领先第二名唐山港: the port ranked second is no subject here)
    ("宁波舟山港以22866万吨的吞吐量继续稳坐头把交椅,虽然同比增速只有0.6%,但领先第二名唐山港近亿吨的优势依然明显。",
     "近亿吨", None, ""),
    ("相比之下,南通港20.7%的大幅下滑成为榜单之最。", "20.7%", "南通港", ""),
    ("建成运输机场3座、通用机场8座。", "8座", None, "通用机场"),
    ("鲜花和酒店房间价格上扬,亦带动康乐及文化的价格指数上升0.71%。", "0.71%", None, ""),
    ("同时,文旅融合广受追捧,三坊七巷历史文化街区7天累计接待游客102.04万人次。", "102.04万人次", "三坊七巷历史文化街区", ""),
    ("连云港港以8.8%的增速冲进前十,而九江港更是以15.9%的惊人增速位列增速榜第一。", "15.9%", "九江港", "增速"),
    # an industry (钢铁行业) opening a measure's name is its subject and stays in the name
    ("钢铁行业产能利用率为79.2%，比上年提高2.3个百分点。", "2.3个百分点", "钢铁行业", "钢铁行业产能利用率"),
    # a body that 完成/实现 a figure with no object after the verb is the part whose figure it is, measured as before
    ("1-5月,全国港口货物吞吐量增长18%。其中沿海主要港口完成24218万吨,同比增长20%;内河主要港口完成8328万吨同比增长24%。",
     "20%", "沿海主要港口", "港口货物吞吐量"),
    ("其中:财政一般预算收入完成48.72亿元,同比增长27.2%。", "48.72亿元", None, "财政一般预算收入"),
    # a lead clause ending on a reporting verb (……在政府工作报告中表示) names no area: the one after it does
    ("国务院总理李克强在政府工作报告中表示,2021年,我国国内生产总值达到114万亿元,增长8.1%。城镇新增就业1269万人。",
     "1269万人", "我国", "城镇新增就业"),
    # a period at a quarter's end stands before the subject
    ("一季度末全国城镇登记失业率3.89%，同比下降0.08个百分点。", "3.89%", "全国", "城镇登记失业率"),
    # countries listed before a 分别 clause
    ("韩国、日本、美国、德国、英国、荷兰对华投资分别增长79.6%、6.4%、71.3%、86.1%、12.4%和74.2%。", "74.2%", "荷兰",
     "对华投资"),
    # a sentence after 「；」 goes on with the one before, and with its subject
    ("今年前三季度,长三角地区进出口12.62万亿元,同比增长6.6%。其中,出口8.04万亿元,增长10%;进口4.58万亿元,增长1%。",
     "4.58万亿元", "长三角地区", "进口"),
    ("从同比看,一线城市新建商品住宅销售价格上涨0.2%;二手住宅销售价格上涨0.5%,涨幅比上月扩大0.4个百分点。",
     "0.5%", "一线城市", "二手住宅销售价格"),
    # a figure in brackets after a place in a list is that place's, named after the list or before it
    ("其中,广东(91723.22亿元)、江苏(88652.7亿元)、山东(64409亿元)、浙江(55750亿元)前三季度GDP超过5万亿元。",
     "64409亿元", "山东", "GDP"),
    ("前三季度GDP总量在3万亿元到5万亿元之间的有8个省份,分别为河南(47022.73亿元)、四川(40432.8亿元)、"
     "福建(37793.71亿元)。", "40432.8亿元", "四川", "GDP总量"),
    ("北京(29926.3亿元)、陕西(23501.97亿元)、江西(23214.3亿元)6个省份前三季度GDP总量在2万亿元到3万亿元之间。",
     "23214.3亿元", "江西", "GDP总量"),
    ("北京(29926.3亿元)、陕西(23501.97亿元)、江西(23214.3亿元)6个省份前三季度GDP总量在2万亿元到3万亿元之间。",
     "2万亿元到3万亿元", None, "GDP总量"),
    # a scenic area, quarter or resort opening a clause is whose figure it is; a span of days after it is
    # the figure's time (neither is part of the metric); 接待游客 is the indicator, verb and all
    ("同时,文旅融合广受追捧,三坊七巷历史文化街区7天累计接待游客102.04万人次;", "102.04万人次", "三坊七巷历史文化街区",
     "接待游客"),
    ("黄龙景区前4天累计接待6.55万人,同比增长56.8%。", "56.8%", "黄龙景区", "接待"),
    ("成都大熊猫繁殖研究基地,前4天累计接待17.1万人,同比增长63.75%。", "17.1万人", "成都大熊猫繁殖研究基地", "接待"),
    ("新疆生产建设兵团:10月1日-4日,兵团辖区各主要旅游城市及景区共接待游客42.2万人次,旅游收入2.34亿元。", "42.2万人次",
     "兵团辖区各主要旅游城市及景区", "接待游客"),
    # a group counted before its figures, with an aside inside its name, as written
    ("全省纳入统计的75个4A级(含)以上旅游景区共接待游客633.77万人次,同比增长1.2%。", "633.77万人次",
     "4A级(含)以上旅游景区", "接待游客"),
    # a speaker and a verb of saying before a name are no part of it
    ("在投资者会议中,比亚迪透露目前累计未交付订单量达到40万辆,提车需要等3-5个月。", "40万辆", None, "未交付订单量"),
    # the body a report is about, named again as the agent of 实现/完成, is its subject, no part of the name
    ("别家都在裁员,比亚迪2021年净增6.4万员工。\n2021全年,比亚迪实现营收2161.42亿元,同比增加38.02%;净利润30.45亿元。"
     "营业成本1879.98亿元,同比增长44.6%。毛利率13.02%,同比下降6.36个百分点。合同负债149.33亿元。", "2161.42亿元", "比亚迪", "营收"),
    # a count of the places within an area, after it, says which part of it the figure is about
    ("粤港澳大湾区内地9市进出口6.77万亿元,同比增长4.1%。", "4.1%", "粤港澳大湾区内地9市", "进出口"),
    # countries named by their kind (沿线国家) open a clause as its subject; after 对 they are the partner
    ("“一带一路”沿线国家对我投资增长29.4%。", "29.4%", "“一带一路”沿线国家", "对我投资"),
    ("一季度，我国对“一带一路”沿线国家进出口增长10.8%。", "10.8%", "我国", "对“一带一路”沿线国家进出口"),
    # the bodies of a kind within the whole area (医疗卫生机构, 快递服务企业) are whose figure it is, area and all
    ("統計公報還顯示,2018年,全國醫療衛生機構總診療人次達83.1億人次,比上年增加1.3億人次,增長了1.6%。", "1.6%",
     "全國醫療衛生機構", "總診療人次"),
    ("1-10月份,全市快递服务企业业务量完成3441.89万件,同比增长49.35%;", "49.35%", "全市快递服务企业", "业务量"),
    # a 分别 list of bodies (a restaurant, a hotel) sharing a measure: each is whose figure it is
    ("洛阳水席园、焦作市大长垣酒店、郑州阿五美食营业额同比分别增长77.6%、29.7%和22.7%。", "29.7%", "焦作市大长垣酒店",
     "营业额"),
    # a stage of a chain (硅片环节) opening the clause is its topic; the whole area after it is the subject
    ("据统计,1-6月,多晶硅环节,全国产量超过60.6万吨,同比增长66.1%;硅片环节全国产量超过253.4GW,同比增长65.8%。", "65.8%",
     "全国", "产量"),
    # a port (an organisation by its name's end) before adverbs and a stat verb: its figure, of the measure said before
    ("其中上海港吞吐量12978万吨,同比下降2.2%,而青岛港则逆势增长2.9%,以11722万吨稳居第四。", "2.9%", "青岛港", "吞吐量"),
    # a count of places opening a clause names whose figures follow; a place before a bare verb is no part of the name
    ("31个省份中,25省份前三季度GDP总量均超过万亿元。", "超过万亿元", "25省份", "GDP总量"),
    ("广东增加超2000万人", "超2000万人", "广东", "增加"),
    # Taiwan's cities and counties; a city after 其次是 is whose figure it is, of the measure before; 僅 names nothing
    ("若單以出生率來看,彰化縣粗出生率最高爲千分之7.36,其次是桃園市千分之7.14;而基隆市的出生率僅千分之3.62爲全國最低。",
     "千分之7.14", "桃園市", "粗出生率"),
    ("若單以出生率來看,彰化縣粗出生率最高爲千分之7.36,其次是桃園市千分之7.14;而基隆市的出生率僅千分之3.62爲全國最低。",
     "千分之3.62", "基隆市", "出生率"),
    # the number of a point of a list (一、, （二）) stands before the subject
    ("一、全国粮食播种面积112738.3千公顷(169107.4万亩),比2013年增加782.7千公顷(1174.1万亩),增长0.7%。", "0.7%", "全国",
     "粮食播种面积"),
    # a region of several provinces opening a sentence is the subject of the next sentences of its paragraph
    ("長三角地區PM2.5平均濃度為46微克/立方米,同比下降16.4%。發生重污染60天次,同比減少58%。", "60天次", "長三角地區", ""),
    ("汾渭平原PM2.5平均濃度為70微克/立方米,同比下降11.4%;", "70微克/立方米", "汾渭平原", "PM2.5平均濃度"),
    # an organisation before the verb alone (每天提供) is the agent; the noun after the figure names it
    ("民航方面,截止到21日,运送旅客量达到1606万人,客座率达71%,国内航空公司每天提供104万左右的座位,比去年同期增加17%。",
     "104万左右", "国内航空公司", "座位"),
    # an organisation before a measure whose name holds a verb (落实率) is whose figure it is
    ("其中宿迁学院毕业生落实率44.33%。", "44.33%", "宿迁学院", "毕业生落实率"),
    # a headline's year written without 年 stands before the whole area
    ("发改委副主任:2007全国单位GDP能耗降3.27%", "3.27%", "全国", "单位GDP能耗"),
    # firms of a kind (服务企业) opening a clause as the agent of 实现 are whose figure it is
    ("一季度电信业务总量同比增长达28%,互联网和相关服务企业实现业务收入增长10.4%。", "10.4%", "互联网和相关服务企业", "业务收入"),
    # an agency and its verb of estimating (主計總處概估) before the name are no part of it
    ("主計總處概估去年第四季經濟成長率為百分之十二點六八，較去年十一月預測數百分之七點九一增加四點七七個百分點。",
     "百分之十二點六八", None, "經濟成長率"),
    # a venue visitors are counted at, opening a clause without figures, is the subject of the figures after it
    ("其中,九寨沟景区连续3天接待游客达到最大接待能力,前4天累计接待13.91万人;", "13.91万人", "九寨沟景区", "接待"),
    # a span of days inside a long name parts whose figure it is (before it) from what is counted (after it)
    ("乡村旅游热度不减,漳州十大美丽乡村平和县霞寨镇高寨村7天累计接待游客3.85万人次。", "3.85万人次", "漳州", "接待游客"),
    # the cohort (2023届) opening a name is its time, no part of it (the country's graduates: 全国 the subject)
    ("2023届全国高校毕业生预计达1158万人，同比增加82万人。", "82万人", "全国", "高校毕业生"),
    # the kind of venue, then its own name (新晋5A级景区剑门关): the name is the subject
    ("新晋5A级景区剑门关,前4天接待21.19万人,同比增长6倍多。", "21.19万人", "剑门关", "接待"),
    # a 分别 list naming no place hands its figures to the places of the list before it, or of the clause before
    ("分城市看，广州、深圳、佛山GDP分别为2.1万亿元、3.2万亿元和1.3万亿元，同比分别增长4.1%、5.8%和3.6%。", "5.8%", "深圳", "GDP"),
    ("全省GDP排名中，成都以1.2万亿元位居第一，重庆、西安紧随其后，分别为9800亿元和6500亿元。", "6500亿元", "西安", "GDP"),
    ("全省GDP排名中，成都以1.2万亿元位居第一，重庆、西安紧随其后，分别为9800亿元和6500亿元。", "1.2万亿元", "成都", "GDP"),
    # a name right before a part of the year is whose figure follows; a firm named after its place keeps its name
    ("比亚迪前三季度营业收入5022.5亿元，同比增长18.9%。", "18.9%", "比亚迪", "营业收入"),
    ("贵州茅台上半年实现净利润359.8亿元。", "359.8亿元", "贵州茅台", "净利润"),
    # 大陆 (as Taiwan and Hong Kong write the mainland) opening a clause is its subject
    ("去年大陸GDP成長5.2%，人均可支配收入39218元人民幣。", "5.2%", "大陸", "GDP"),
    # a day, a holiday and a span of days lead to the subject as a period does (a holiday is no subject)
    ("经国家旅游局数据中心综合测算,2月17日全国旅游接待总人数0.87亿人次,同比增长10.6%。", "0.87亿人次", "全国", "旅游接待总人数"),
    ("春节假日前三天全国旅游接待总人数累计2.14亿人次,同比增长9.7%。", "2.14亿人次", "全国", ""),
    ("国庆假日全省接待游客1.2亿人次。", "1.2亿人次", "全省", "接待游客"),
    # so does a year as Taiwan counts them (from 1912), and the place after it is the subject of the clauses after
    ("財政部統計，114年台灣對5大市場出口同步上揚，其中對美出口1982.7億美元，刷新歷史紀錄。", "1982.7億美元", "台灣", ""),
    # firms a count counts in a list of counts are what is counted, of the area before: no subject of the figures after
    ("目前,全市已培育形成11个千亩高优农业示范园、303家市级以上农业产业化龙头企业、5000多个农民专业合作社,带动90%的农业人口实现增收。",
     "5000多个", "全市", "农民专业合作社"),
    ("目前,全市已培育形成11个千亩高优农业示范园、303家市级以上农业产业化龙头企业、5000多个农民专业合作社,带动90%的农业人口实现增收。",
     "303家", "全市", "市级以上农业产业化龙头企业"),
    # a village written after its county and township is one place
    ("今年3月,柘荣县英山乡凤洋村出资1万元帮贫困户陈后发流转50亩土地。", "1万元", "柘荣县英山乡凤洋村", ""),
    ("周宁县泗桥乡溪口村12年前村民人均年收入不足2000元。", "不足2000元", "周宁县泗桥乡溪口村", ""),
    # 公司, 该公司, 该行 opening a clause refer back to the company (bank) named last before (anaphors.tsv)
    ("宁德时代10月21日晚间发布三季报。公司前三季度实现营业收入2590亿元，同比增长8.3%；净利润490亿元，同比增长36%。",
     "490亿元", "宁德时代", "净利润"),
    ("宁德时代10月21日晚间发布三季报。公司前三季度实现营业收入2590亿元，同比增长8.3%。", "2590亿元", "宁德时代", "实现营业收入"),
    ("比亚迪日前公布10月产销快报。该公司10月新能源汽车销量44.2万辆，同比增长2.1%。", "44.2万辆", "比亚迪", "新能源汽车销量"),
    ("招商银行发布2023年年报。该行全年实现营业收入3391亿元。", "3391亿元", "招商银行", "营业收入"),
    ("比亚迪日前公布快报。公司债发行规模达到100亿元。", "100亿元", None, ""),
    # a scenic site named without its kind (sights.txt) is whose visits a clause it opens counts; elsewhere a topic
    ("国庆期间，九寨沟接待游客12.3万人次，同比增长15%。", "12.3万人次", "九寨沟", "接待游客"),
    ("鼓浪屿接待上岛游客8.6万人次。", "8.6万人次", "鼓浪屿", "接待上岛游客"),
    ("假期首日，故宫博物院接待观众8万人次。", "8万人次", "故宫博物院", "接待观众"),
    # written after its city, the site and the city are one name (昆明石林), in a list too (the list, whole)
    ("丽江玉龙雪山接待游客5.1万人次，同比增长8.5%。", "5.1万人次", "丽江玉龙雪山", "接待游客"),
    ("昆明石林、玉溪抚仙湖、丽江玉龙雪山接待游客量居全省前三位,分别接待16.35万人次、12.97万人次和12.76万人次。",
     "12.97万人次", "昆明石林、玉溪抚仙湖、丽江玉龙雪山", ""),
    ("长白山获联合国教科文组织批准列入世界地质公园网络名录。10万套“保交楼”“保交房”任务如期完成。", "10万套", None, ""),
    # a holiday (name and span: 五一期间, 国庆黄金周期间, 清明小长假) dates the figures; no part of a name, and the
    # subject may stand after it
    ("张家界武陵源景区五一期间接待游客52万人次。", "52万人次", "张家界武陵源景区", "接待游客"),
    ("国庆黄金周期间全省实现旅游收入85亿元。", "85亿元", "全省", "旅游收入"),
    ("清明小长假期间全市接待游客120万人次。", "120万人次", "全市", "接待游客"),
    # a place's currency (澳門幣, 港币) names no place: no subject, and no part of the metric
    ("財政收入達澳門幣1,000億元。", "1,000億元", None, "財政收入"),
    # a subdistrict (街道) is a township of a city: its name opens the clause as a town's does
    ("望京街道新增就业岗位1200个。", "1200个", "望京街道", "新增就业岗位"),
    ("今年以来,五里店街道城镇新增就业1500人。", "1500人", "五里店街道", "城镇新增就业"),
    # a whole group of people (全体受雇员工) named before a figure is whose figure it is; 全体居民 names an indicator
    ("主計總處今天發布1至8月全體受僱員工經常性薪資平均數47709元，較上年同期增加2.98%。", "47709元", "全體受僱員工",
     "經常性薪資平均數"),
    ("主計總處今天發布1至8月全體受僱員工經常性薪資平均數47709元，較上年同期增加2.98%。", "2.98%", "全體受僱員工", ""),
    ("2019年,全体居民人均可支配收入30733元。", "30733元", None, "全体居民人均可支配收入"),
    # listed companies are whose results market news reports, and the markets whose firms it counts; firms sorted by
    # their results (报喜公司, grammar.tsv class_modifier) are a class, no one firm's name; a class counted is no
    # subject of its count
    ("整体看,一季度上市公司业绩同比增长了10.36%,继去年第四季度业绩止跌后企稳。", "10.36%", "上市公司", ""),
    ("据Wind数据显示,目前沪深两市共有941家上市公司披露了三季报业绩预告,预喜公司占比约为六成。", "941家", "沪深两市", ""),
    ("高新技术企业从2.2万家增加到4.9万家，上市公司从518家增加到731家。", "731家", None, "上市公司"),
    # a group of cities opening a clause without figures is the topic of the figures after it; a group within a
    # group (after 中) is the inner one
    ("据测算,2月份,一线城市新建商品住宅和二手住宅销售价格环比均继续下降,降幅分别比上月扩大0.2和0.1个百分点。",
     "0.1个百分点", "一线城市", ""),
    ("2月份,70个大中城市中15个热点城市新建商品住宅销售价格同比下降0.3%。", "0.3%", "热点城市", ""),
    # the member a ranking puts first (以X…最多) is whose figures they are, where it is a place or a body
    ("2013年台灣入出境計3803萬人次,入出境地點以桃園機場2840萬人次佔74.7%最多,高雄機場340萬人次佔8.9%次之。",
     "74.7%", "桃園機場", ""),
    ("2013年入境來臺旅客計802萬人次,其居住地以來自大陸地區(含港澳)佔50.6%最多,日本佔17.7%次之。", "50.6%", "大陸地區", ""),
    # members of a class whose measure parallel clauses say once (X的M上升…。Y上升…；Z上升…): each member's figure of M
    ("按年比較,電器及其他未分類耐用消費品的銷貨價值上升0.8%。珠寶首飾、鐘表及名貴禮物上升60.8%；其他未分類消費品上升29%；"
     "服裝上升54.1%。", "54.1%", "服裝", "服裝銷貨價值"),
    ("按年比較,電器及其他未分類耐用消費品的銷貨價值上升0.8%。珠寶首飾、鐘表及名貴禮物上升60.8%；其他未分類消費品上升29%；"
     "服裝上升54.1%。", "0.8%", "電器及其他未分類耐用消費品", ""),
    ("另一方面,超級市場貨品的銷貨價值按年跌5%;汽車及汽車零件跌22.9%;燃料跌12.8%。", "22.9%", "汽車及汽車零件", ""),
    ("未完成小學的失業人口佔總數9.0%,具有小學和具有初中教育的分別佔26.3%及36.7%,具有高中的佔17.0%。", "26.3%", "具有小學",
     ""),
    # the members of a bracketed list (industries, occupations, categories) are whose figures they are
    ("按行業分析,就業人口主要集中在文娛博彩及其他服務業 (17.2%)、批發及零售業(15.3%)、製造業(13.1%)和建築業(11.1%)。",
     "17.2%", "文娛博彩及其他服務業", ""),
    ("按行業分析,就業人口主要集中在文娛博彩及其他服務業 (17.2%)、批發及零售業(15.3%)、製造業(13.1%)和建築業(11.1%)。",
     "13.1%", "製造業", ""),
    # a share followed by a copula (是, 屬, 为) and a noun phrase: the part of the whole it is
    ("按職業分佈,21.6%是文員 (包括賭場荷官、巡場、投注員等),其次是服務及銷售人員(20.2%)和非技術工人(17.1%)。", "21.6%", "文員", ""),
    ("按職業分佈,21.6%是文員 (包括賭場荷官、巡場、投注員等),其次是服務及銷售人員(20.2%)和非技術工人(17.1%)。", "20.2%",
     "服務及銷售人員", ""),
    ("失業人口中,92.9%是曾經工作且正在尋找新工作的人士。", "92.9%", "曾經工作且正在尋找新工作的人士", ""),
    ("按失業前所從事的行業分析,19.0%屬製造業。", "19.0%", "製造業", ""),
    # the member a clause without figures ranks first (以X最多) or next (其次为X) is whose figures the clauses after it give
    ("按失業前所擔任的職業分析,以服務及銷售人員最多,佔25.2%,其次為非技術工人,佔20.5%。", "25.2%", "服務及銷售人員", ""),
    ("按失業前所擔任的職業分析,以服務及銷售人員最多,佔25.2%,其次為非技術工人,佔20.5%。", "20.5%", "非技術工人", ""),
    # the regions of the country written together without 地区 are a place
    ("此外,东中西部游客接待占比分别为37.44%、32.58%和29.98%,区域格局较平日更加均衡。", "32.58%", "东中西部", ""),
    # an industry alone before its figure, in a list after the measure, is whose figure it is; not the last of names
    # listed before a count of them
    ("1至8月經常性薪資平均數低於整體平均者包括住宿及餐飲業35,021元、其他服務業36,612元，製造業45,689元，"
     "其中電子零組件製造業56,961元等。", "56,961元", "電子零組件製造業", ""),
    ("1至8月經常性薪資平均數低於整體平均者包括住宿及餐飲業35,021元、其他服務業36,612元，製造業45,689元。", "35,021元",
     "住宿及餐飲業", "經常性薪資平均數"),
    ("打造粮食、蔗糖、水果、蔬菜、畜禽、渔业6个千亿级特色农业产业。", "6个", None, ""),
    # a place then a group noun (港口) is that place's ports, no name: the place is whose figure it is
    ("中共交部統計,大陸港口今年一至七月港口貨物量累計104.4 億噸,比去年同期增長4.4%。", "104.4 億噸", "大陸", ""),
    ("2021年,贵港市港口货物吞吐量完成1.02亿吨,连续两年突破亿吨大关。", "1.02亿吨", "贵港市", "港口货物吞吐量"),
    # a body opening a clause, then a verb it does (销售, 接待, 实现): the figure of the object is the body's
    ("据悉,2008年,东风公司销售汽车132.06万辆,同比增长16.12%。", "132.06万辆", "东风公司", "销售汽车"),
    ("航运服务集聚区新增企业476家，邮轮母港接待邮轮91艘次、旅客30余万人次。", "91艘次", "邮轮母港", "接待邮轮"),
    # visitors to a place named by its one-character name (來台, 来陕): the place visited is whose figure it is
    ("據主計總處發布國情統計通報指出,去年來台旅客達1069萬人次,創歷史新高。", "1069萬人次", "台湾", "來台旅客"),
    ("主計處今天公佈,1至8月來台旅客計219.6萬人次,較去年同期增加16.2%。", "16.2%", "台湾", ""),
    # a partner ranked among a whole area's (X为我国第一大贸易伙伴) names no subject: the figures after it are the area's;
    # 与 opening a clause makes the place after it a partner
    ("其中,欧盟为我国第一大贸易伙伴,中欧贸易总值3.26万亿元,增长3.1%,占我国外贸总值的14.9%。", "3.26万亿元", "我国", "中欧贸易总值"),
    ("今年一季度，東盟繼續穩居我國第一大貿易伙伴地位,進出口1.71萬億元,同比增長7.1%。", "7.1%", "我國", ""),
    ("东盟为我国第三大贸易伙伴,与东盟贸易总值为2.66万亿元,增长0.8%,占我国外贸总值的12.2%。", "2.66万亿元", "我国", ""),
    ("推动与中央企业合作项目投资规模超万亿元。", "超万亿元", None, ""),
    # the first paragraph whose figures name a subject sets the subject of the figures of a news text that name none
    ("澳門統計暨普查局資料顯示,今年6月入境旅客共220.97萬人次,按年增加4.8倍,與5月比較則微跌0.2%。留宿旅客116.38萬人次,不過夜旅客104.59萬人次,按年分別增加5.4倍及4.2倍。\n按客源分析,中國大陸旅客按年增加3.3倍至144.49萬人次,其中個人遊旅客79.36萬人次上升4.9倍。", "116.38萬人次", "澳門", "留宿旅客"),
    ("本报武汉电\n东风汽车公司高层近日在2009年工作会议上公布了全年实现销售汽车140万辆的经营目标,预计销售收入可达到2000亿元以上。 据悉,2008年,东风公司销售汽车132.06万辆,同比增长16.12%,是行业增速的2.4倍。其中,乘用车销售94.36万辆,同比增长18.08%;商用车销售37.70万辆,同比增长11.48%。", "94.36万辆", "东风公司", "乘用车销售"),
    ("从出游意愿来看,休闲度假占来陕游客总人数的24.37%,观光游览占50.18%,探亲访友占20.19%。", "50.18%", "陕西", ""),
    # a city opening a clause without figures with a change said of it (福州跌幅明显, 曲靖增幅最高) is whose change the
    # figure after it gives, over the subject of the figure before
    ("其他重点城市中,7座城市环比上涨,温州涨幅超过四成;7座城市环比下降,福州跌幅明显,环比减少34.67%。", "34.67%", "福州", ""),
    ("接待游客同比增幅均在20%以上,其中曲靖增幅最高,同比增长高达124.4%。", "124.4%", "曲靖", ""),
    # 同期 leads a clause as a period does: the whole area after it is the subject
    ("前三季度,我省粗钢、生铁产量分别为14456.39万吨、13286.71万吨。同期全国粗钢、生铁产量分别为61800万吨、54237万吨。",
     "61800万吨", "全国", "粗钢产量"),
    # 这十年 leads a clause as 这五年 does; a news text whose opening lines name no subject is about the whole area the
    # figures of its first paragraphs holding figures name (這十年,我國……)
    ("就業局勢總體穩定 社保覆蓋不斷擴大\nhttp://www.CRNTT.com   2022-08-25 16:18:15\n中評社北京8月25日電/據央視網消息,在就業方面,這十年,就業局勢保持總體穩定,在14億多人口的大國實現了比較充分的就業。\n這十年,我國就業優先戰略深入實施,城鎮新增就業人數年均超過1300萬人。\n這十年,城鄉就業格局發生歷史性改變,2021年城鎮就業人員占比超過六成,比2012年提高了13.8個百分點。從業人員占比從2012年的36%提升到2021年的48%。\n這十年,基本養老、失業、工傷保險參保人數分別從2012年的7.9億人、1.5億人、1.9億人,增加到2022年6月的10.4億人、2.3億人、2.9億人。", "超過六成", "我國", ""),
    ("就業局勢總體穩定 社保覆蓋不斷擴大\nhttp://www.CRNTT.com   2022-08-25 16:18:15\n中評社北京8月25日電/據央視網消息,在就業方面,這十年,就業局勢保持總體穩定,在14億多人口的大國實現了比較充分的就業。\n這十年,我國就業優先戰略深入實施,城鎮新增就業人數年均超過1300萬人。\n這十年,城鄉就業格局發生歷史性改變,2021年城鎮就業人員占比超過六成,比2012年提高了13.8個百分點。從業人員占比從2012年的36%提升到2021年的48%。\n這十年,基本養老、失業、工傷保險參保人數分別從2012年的7.9億人、1.5億人、1.9億人,增加到2022年6月的10.4億人、2.3億人、2.9億人。", "1.5億人", "我國", ""),
    # 当中 leads a clause as 其中 does; countries as Taiwan writes them (南韓, 印尼)
    ("大灣區珠三角九市旅客增加1.9倍至70.9萬人次,當中珠海市19.23萬人次及廣州市旅客15.53萬人次分別佔27.1%及21.9%。",
     "19.23萬人次", "珠海市", ""),
    ("其他地區旅客有718萬人次,增加14.8%,其中日本旅客有190萬人次(占17.7%),增16.5%;南韓88萬人次(占8.3%),大增34.3%。",
     "88萬人次", "南韓", ""),
    ("其他國家的來台旅客去年則是全面成長,其中泰國來台旅客人次大增57.3%,馬來西亞成長10.0%、印尼則是成長了6.2%。", "6.2%",
     "印尼", ""),
    # a news text whose lead names no subject, opening with a count of a class of bodies (88家上市公司), is about that
    # class: the counts of them after it are its
    ("截至4月11日,已有88家上市公司披露一季度业绩预告,其中48家预增,16家略增,3家续盈,10家扭亏,合计77家公司报喜,占比87.5%。业绩报喜公司中,有28家预计净利润超亿元,35家预计净利润增幅超100%。从行业分布来看,业绩报喜公司主要分布在化工、机械、电子设备、仪器和元件行业,报喜公司数量分别为10家、7家、7家。", "48家", "上市公司", "预增"),
    ("截至4月11日,已有88家上市公司披露一季度业绩预告,其中48家预增,16家略增,3家续盈,10家扭亏,合计77家公司报喜,占比87.5%。业绩报喜公司中,有28家预计净利润超亿元,35家预计净利润增幅超100%。从行业分布来看,业绩报喜公司主要分布在化工、机械、电子设备、仪器和元件行业,报喜公司数量分别为10家、7家、7家。", "87.5%", "上市公司", ""),
    # places listed and closed by their kind (等地, 等省份) are whose figure it is, no examples of what it counts
    ("玉溪、红河、大理、保山等地自驾车均超过75万辆次,此外,曲靖、丽江、楚雄等地自驾车也都在40万辆次以上,分别达到66.57万辆次、55.11万辆次和49.02万辆次。",
     "40万辆次以上", "曲靖、丽江、楚雄等地", "自驾车"),
    ("其中,河北今年高考报名人数达到75.32万人,比去年多出11.92万;湖南、安徽、湖北等省份报考人数均比去年增长6万及以上。", "6万及以上", "湖南、安徽、湖北等省份", ""),
    ("建设或改造燃气、供排水等地下管网2771公里。", "2771公里", None, ""),
    # the members a ranking puts first (最多的前三位是A、B和C) are whose figures the 分别 clause after it gives, in order
    ("根据这份公报,2008年单位GDP能耗下降最多的前三位是山西、北京和天津,分别下降了7.39%、7.36%和6.85%;下降最少的是海南、新疆和四川,"
     "分别下降2.55%、3.15%和3.55%。", "7.36%", "北京", ""),
    ("根据这份公报,2008年单位GDP能耗下降最多的前三位是山西、北京和天津,分别下降了7.39%、7.36%和6.85%;下降最少的是海南、新疆和四川,"
     "分别下降2.55%、3.15%和3.55%。", "3.55%", "四川", ""),
    # ... and where the 分别 clause names the measure itself, the places the clause before lists are whose figures they are
    ("进入全国前十的还有北京、四川、河北、河南和安徽,2024年1-7月财政收入金额分别为4035.18亿元、3467.79亿元、2847.07亿元、"
     "2841.63亿元和2544.78亿元。", "2847.07亿元", "河北", "财政收入金额"),
    # 全国高校毕业生 are the country's graduates (全国高校区域技术转移转化中心 is a name); a cohort (2023届) leads a clause
    ("2023届全国高校毕业生预计达到1158万人,同比增加82万人。", "1158万人", "全国", "高校毕业生"),
    ("根据教育部数据,2024年全国普通高校毕业生人数为 1158万人 ,其中约 874万 需在市场化机构就业。", "1158万人", "全国", ""),
    ("启动建设全国高校区域技术转移转化中心3个。", "3个", None, ""),
    # a clause opening with a verb goes on with the place of the clause before in its sentence, over the area the
    # paragraph is about; not after a clause without figures naming another
    ("据统计,春节假期全省共接待游客4096.9万人次,同比增长35.3%;旅游收入207.17亿元,同比增长40.5%。其中西安共接待游客1269.49万人次,"
     "同比增长66.56%,实现旅游收入103.15亿元,同比增长137.08%。", "103.15亿元", "西安", "旅游收入"),
    ("按失業前所擔任的職業分析,以服務及銷售人員最多,佔25.2%,其次為非技術工人,佔20.5%。", "20.5%", "非技術工人", ""),
    # Hong Kong and Macao together, listed beside countries
    ("主計處今天公佈,1至8月來台旅客計219.6萬人次,其中以來自日本71.9萬人次,占32.7%居首,年增35.5%、其次為港澳29.3萬人次及美國26.2萬人次。",
     "29.3萬人次", "港澳", ""),
    # places or venues listed in a clause without figures, closed by 等 and their kind, are whose figures follow (a
    # venue's only where the clause speaks of visitors)
    ("数据显示,中秋国庆黄金周期间,曲靖、文山、临沧、丽江、楚雄等旅游目的地,游客接待量快速增长,接待游客同比增幅均在20%以上,"
     "其中曲靖增幅最高,同比增长高达124.4%。", "20%以上", "曲靖、文山、临沧、丽江、楚雄", ""),
    ("西双版纳傣族园、丘北普者黑、宜良九乡等景区接待游客量实现快速增长,增幅超过20%。", "超过20%", "西双版纳傣族园、丘北普者黑、宜良九乡", ""),
    ("察尔汗梦幻盐湖、大柴旦翡翠湖等景区提质升级，黑独山、同宝山、拉脊山出圈走红，旅游人次和花费增长均超20%。", "超20%", None, ""),
    # a group of places as the scope of a clause without figures (其他重点城市中) is whose count of members follows
    ("四个一线城市全面下滑。其他重点城市中,7座城市环比上涨,东莞涨幅高达182.80%。", "7座", "其他重点城市", ""),
]


def figure(passage: str, text: str) -> dict:
    text, _, nth = text.partition("#")
    found = [f for f in facts_of(passage) if f["text"] == text]
    assert found, f"no statistic {text!r} found"
    return found[int(nth or 1) - 1]


@pytest.mark.parametrize("passage, text, subject, metric", CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_subject(passage, text, subject, metric):
    fact = figure(passage, text)
    assert fact["subject"] == subject, fact["metric"]
    if metric:
        assert fact["metric"] in metric.split("|"), fact["subject"]


@pytest.mark.parametrize("passage, text", [
    ("全国城镇调查失业率为5.0%。31个大城市城镇调查失业率为5.1%。", "31个"),  # the group's name
])
def test_no_statistic(passage, text):
    assert not [f for f in facts_of(passage) if f["text"] == text]


# The gazetteer of organisations (organisations.tsv) holds the listed companies' short names as a reader takes them alone:
# the A-share list less the names that read as a word, a place or a place's sector (README.md tells the screen).
@pytest.mark.parametrize("name, kind", [
    ("三一重工", "company"),     # listed, Shanghai
    ("中联重科", "company"),     # listed, Shenzhen
    ("贝特瑞", "company"),       # listed, Beijing (920185)
    ("宁波银行", "bank"),
    ("万科", "company"),         # listed as 万科Ａ: the share class is no part of the name
    ("宁德时代", "company"),
    ("云南旅游", None),          # a place and an industry: 云南's tourism
    ("深圳能源", None),
    ("新产业", None),            # a modifier and a word
    ("农产品", None),            # a common word
    ("柳工", None),              # two characters: too easily part of a word
    ("太阳能", None),            # organisation_exclusions.txt
    ("张家界", None),            # a place (listed as ST张家界)
])
def test_listed_companies(name, kind):
    from pipeline.lexicon import LEXICON

    assert LEXICON.organisations.get(name) == kind
