"""classify: statistics told from dates, periods, ordinals, names, codes and other numbers.

Each row is a real sentence (from the 2026 provincial government work reports, the dev newspaper
page, or a government web page footer), the quantity as it stands in it, and what it is.
"""
from __future__ import annotations

import pytest

from pipeline.quantities import find_quantities

# (sentence, quantity text, kind)
KINDS = [
    # statistics stay statistics
    ("川渝两地城镇新增就业年均170万人以上。", "170万人以上", "statistic"),
    ("两国元首共同见证中俄双方交换20多份双边合作文本。", "20多份", "statistic"),
    ("归集数据200多亿条", "200多亿条", "statistic"),
    ("惠及两地700余万专业技术人员", "700余万", "statistic"),
    ("中小微企业政府采购占比近八成", "近八成", "statistic"),
    ("生物医药产值超千亿元。", "超千亿元", "statistic"),
    ("连续6年成为全国唯一出生人口超百万的省份。", "超百万", "statistic"),
    ("快大湾区高水平人才高地建设，9位科学家增选为两院院士", "9位", "statistic"),
    ("新晋中国工程院院士3名。", "3名", "statistic"),
    ("全球排名前1%的学科数量增长两倍。", "两倍", "statistic"),
    ("实施15项重点工程", "15项", "statistic"),
    ("成功应对主汛期9轮强降雨", "9轮", "statistic"),
    ("新建南疆天然气管道惠及300多万各族群众", "300多万", "statistic"),
    # dates and periods
    ("2025年城镇新增就业64.1万人", "2025年", "date"),
    ("5月8日，在川渝人力社保事业协同发展五周年新闻发布会上", "8日", "date"),
    ("5月8日，在川渝人力社保事业协同发展五周年新闻发布会上", "五周年", "period"),
    ("今年是世界反法西斯战争胜利80周年。", "80周年", "period"),
    ("80年前，中俄两国人民付出巨大牺牲", "80年前", "period"),
    ("过去10年，全省累计减少贫困人口", "10年", "period"),
    ("时隔10年再次举办", "10年", "period"),
    ("1-10月规模以上工业增加值增长6%", "1-10月", "date"),
    ("经济增速2022年以来连续16个季度高于全国平均", "16个", "period"),
    ("第一产业增加值增速连续19个季度居全国前5位", "19个", "period"),
    # ordinals and ranks
    ("这已经是第十一次来到俄罗斯。", "十一次", "ordinal"),
    ("电解铝运行产能提升至全国第2位", "2位", "ordinal"),
    ("区域创新能力全国排名提升4位。", "4位", "ordinal"),
    ("综合科技创新水平指数排名提升6位，进入全国第二梯队。", "6位", "ordinal"),
    ("在“世界500强”排名由369位上升到235位。", "235位", "ordinal"),
    ("新增ESI全球前1‰学科1个、前1%学科24个。", "1‰", "ordinal"),
    ("新增ESI全球前1‰学科1个、前1%学科24个。", "1%", "ordinal"),
    ("21个学科进入ESI前千分之一，", "千分之一", "ordinal"),
    ("进入全国前10名", "10名", "ordinal"),
    # names and fixed words
    ("共同弘扬正确二战史观", "二", "name"),
    ("上半年主要指标实现时间过半、任务过半", "过半", "name"),
    ("以共建“一带一路”和欧亚经济联盟对接为平台", "一", "name"),
    ("共同建立川渝事业单位专业技术二级岗专家互认互通“绿色通道”。", "二", "name"),
    ("出台“促进青年就业35条”", "35条", "name"),
    ("制定实施民营经济高质量发展“26条”，支持专精特新", "26条", "name"),
    ("防艾工作率先实现“3个95%”，突发公共卫生事件", "95%", "name"),
    ("加快推进“3个100”等重点工程", "3个", "name"),
    ("推进“家门口”就业服务站、“15分钟”就业服务圈建设", "15分钟", "name"),
    ("构建“圈内1小时、济青1.5小时”通勤圈", "1.5小时", "name"),
    ("为群众提供“7×24小时”全年无休免费法律服务", "24小时", "name"),
    ("深入实施0.1微克攻坚行动，新能源汽车保有量", "0.1微克", "name"),
    ("培育形成3个万亿级和7个千亿级产业集群", "千亿", "name"),
    ("建成6个千万千瓦级新能源基地", "千万千瓦", "name"),
    ("推动30万千瓦级煤电机组“上大压小”", "30万千瓦", "name"),
    ("武汉跨入地区生产总值两万亿级城市行列", "两万亿", "name"),
    ("全球首台25兆瓦级风电主轴轴承", "25兆瓦", "name"),
    ("5G基站超过10万个", "5", "name"),
    ("PM2.5平均浓度28微克/立方米", "2.5", "name"),
    ("完成全面深化改革2.0任务", "2.0", "name"),
    # other: magnitude words, steps, codes, clock times, bare counts in set phrases
    ("乡村振兴示范村148个，百万移民收入年均增长", "百万", "other"),
    ("新增仙桃、潜江、宜都、大冶4个千亿县。", "千亿", "other"),
    ("深入开展千万师生阳光体育运动", "千万", "other"),
    ("抓好新建煤矿投产，新增千万吨产能。", "千万吨", "statistic"),
    ("地区生产总值跨越3个千亿元台阶", "千亿元", "other"),
    ("地区生产总值迈上6万亿元台阶，达到62661亿元。", "6万亿元", "other"),
    ("经济总量连跨5万亿元、6万亿元两个台阶，社会大局和谐稳定", "5万亿元", "other"),
    ("经济总量连跨5万亿元、6万亿元两个台阶，社会大局和谐稳定", "6万亿元", "other"),
    ("直播电商交易额实现两位数增长", "两位", "other"),
    ("京ICP备05060933号", "05060933号", "other"),
    ("网站标识码1100000088", "1100000088", "other"),
    ("邮编：100743", "100743", "other"),
    ("咨询电话：023-12345678", "023-12345678", "other"),
    ("办公时间9:00-18:30", "9", "other"),
    ("深入贯彻中央八项规定精神学习教育", "八项", "other"),
    ("深入实施新一轮优化营商环境专项行动", "一轮", "other"),
    ("重点把握好四个方面。", "四个", "other"),
    ("ESI［5］全球排名前1%的学科数量增长两倍。", "5", "other"),
    ("推进完整社区建设，提升15分钟社区生活圈功能。", "15分钟", "name"),
    ("合淮、合滁产业走廊建设，构建1小时通勤圈。", "1小时", "name"),
    ("70周岁以上户籍老年人意外伤害保险", "70周岁以上", "other"),   # an age limit naming who is insured
    ("今年要重点做好9个方面工作：", "9个", "other"),
    ("《纲要（草案）》提出了15个方面的重点任务", "15个", "other"),
    ("全年志愿服务时长1000小时，", "1000小时", "statistic"),
    ("开工750千伏定靖西、330千伏沣渭等输变电工程", "330千伏", "name"),
    ("蒙西“四横六纵”电网主网架，220千伏及以上输电线路总长超7000公里", "220千伏及以上", "name"),
    # ratios: the terms are statistics, the base 1 and clock times are not
    ("三次产业比重为4.0∶37.7∶58.3，第一产业增加值", "4.0", "statistic"),
    ("城乡居民收入比由2.9∶1缩小至2.52∶1。", "2.52", "statistic"),
    ("城乡居民收入比由2.9∶1缩小至2.52∶1。", "1", "other"),
    ("发布时间：2026-02-03 09:02:33", "09", "other"),
    # a version name (工业4.0, 2.0任务) with a unit after it is a figure
    ("外商及港澳台投资企业增长4.0%", "4.0%", "statistic"),
    ("推动出台服务业扩大开放3.0方案", "3.0", "name"),
    # money in Chinese numerals is a figure, unless it begins a word
    ("打印费十块钱。", "十块钱", "statistic"),
    ("税额共计壹仟玖佰圆整，限月今年12月31日缴清。", "壹仟玖佰圆整", "statistic"),
    ("破除城乡二元结构", "二元", "other"),
    # Chinese-numeral counts from ten up are counts; sessions (十一次全会) are not
    ("解决好人民群众急难愁盼问题，办好十件民生实事", "十件", "statistic"),
    ("落实鼓励数据产业发展十条政策", "十条", "statistic"),
    ("按照自治区党委十一届十一次全会暨全区经济工作会议部署", "十一次", "other"),
    # doublings
    ("台基地160个，研发投入翻一番，高新技术企业增", "翻一番", "statistic"),
    # thresholds naming a category (以上/以下 glued to the noun), not figures
    ("行政村和20户以上自然村全部通硬化路", "20户以上", "other"),
    ("中外合作办学机构实现零的突破，20万以上人口县实现特殊教育学校全覆盖", "20万以上", "other"),
    ("推动大宗货物年运量150万吨以上的物流园区、工矿企业接入铁路专用线", "150万吨以上", "other"),
    ("清理单笔50万元以下拖欠企业账款", "50万元以下", "other"),
    ("关停淘汰10万千瓦及以下燃煤机组。", "10万千瓦及以下", "other"),
    ("全省50户以上农村木质房屋连片地区", "50户以上", "other"),
    # …but a count with 以上 counts the noun after it, and a figure ending its clause is a figure
    ("加快重点产业智能化改造，新增50家以上先进智能工厂", "50家以上", "statistic"),
    ("城镇新增就业45万人以上的目标", "45万人以上", "statistic"),
    ("力争为经营主体减负1000亿元以上。", "1000亿元以上", "statistic"),
    ("每年70%以上的财政支出投入民生领域", "70%以上", "statistic"),
    # specs of a named object, service standards
    ("全球首台25兆瓦级风电主轴轴承、全球最高10米液压支架", "10米", "name"),
    ("万米超深钻井刷新亚洲纪录，110米口径全向可动射电望远镜", "110米", "name"),
    ("港珠澳大桥车流量屡创新高，主要城市间基本实现1小时通达。", "1小时", "other"),
    ("89.4%的公园实现24小时开放。", "24小时", "other"),
    # a magnitude word before a programme's name names it (新增千万吨产能 above is a figure)
    ("深入实施新一轮千万吨粮食增产计划。", "千万吨", "name"),
    ("实施百亿斤粮食产能提升工程", "百亿斤", "name"),
    # a policy package of N条 is named by its number; counts of lines, roads and measures with a bound stay
    ("制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措", "27条", "name"),
    ("制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措", "12条", "name"),
    ("出台稳就业20条政策措施", "20条", "statistic"),     # before a noun: counts it (held-out gold)
    ("打通53条断头路", "53条", "statistic"),
    ("开通航线483条、通航城市1", "483条", "statistic"),
    ("出台稳增长措施近100条", "近100条", "statistic"),
    # a magnitude word + unit glued to a plant's noun, no verb before: a tier in its name; a spec of a first product
    ("推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目", "千万吨", "name"),
    ("推进延安千万吨炼化一体化、榆能百万吨煤制芳烃等项目", "百万吨", "name"),
    ("抓好新建煤矿投产，新增千万吨产能。", "千万吨", "statistic"),
    ("推出全球首款量产级9兆瓦时储能系统", "9兆瓦时", "name"),
    ("新探明泾川特大型铀矿、玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地35处", "超40吨", "name"),  # a deposit's grade
    ("开采300万吨铁矿石", "300万吨", "statistic"),
    ("开工建设南网720兆瓦储能电站等项目", "720兆瓦", "name"),                # a power spec in a plant's name
    ("在新能源富集地区布局建设700万千瓦新型储能项目", "700万千瓦", "statistic"),
    ("店头电厂二期等402万千瓦机组建成投运", "402万千瓦", "statistic"),
    # a bound closing a clause that opens with a count describes the things counted; a verb between makes it their total
    ("业绩报喜公司中,有28家预计净利润超亿元,35家预计净利润增幅超100%。", "超亿元", "other"),
    ("业绩报喜公司中,有28家预计净利润超亿元,35家预计净利润增幅超100%。", "超100%", "other"),
    ("业绩报喜公司中,有28家预计净利润超亿元,35家预计净利润增幅超100%。", "28家", "statistic"),
    ("规上工业企业利润增长6%，191家工业企业营业收入超百亿元；", "超百亿元", "other"),
    ("211个涉海重点项目完成投资超800亿元，新培育省级现代海洋特色产业集聚区7个。", "超800亿元", "statistic"),
    # a fixed product class of industrial statistics
    ("粗钢增长1.4%,十种有色金属增长0.7%。", "十种", "name"),
    # a count between a verb of ranking and the place ranked names the field of the ranking
    ("农民人均纯收入达到3425元,增长11.8%,增幅位居全市和7个脱贫奔小康试点县首位。", "7个", "other"),
    ("全区5G用户渗透率、电信业务收入增幅等5项指标居全国第一。", "5项", "statistic"),
    # a small count in Chinese numerals closing its clause counts the noun before it; not after a demonstrative, nor a grade
    ("全县新发展农业龙头企业两家,总量达到34家。", "两家", "statistic"),
    ("这两家,总量达到34家。", "两家", "other"),
    ("黄河干流出境断面水质保持二类。", "二类", "other"),
    # a line break ends the clause a count of places frames: the digit on the next line is no figure of theirs
    ("一、15个热点城市新建商品住宅销售价格延续总体稳定态势,12个城市环比下降\n2月份,各地因地制宜", "12个", "statistic"),
    # the sample a release is named by (国家统计局's 70个大中城市)
    ("国家统计局今日发布了2018年2月份70个大中城市商品住宅销售价格变动情况统计数据。", "70个", "name"),
]


@pytest.mark.parametrize("sentence, text, kind", KINDS, ids=[f"{row[1]}@{row[0][:12]}" for row in KINDS])
def test_kind(sentence, text, kind):
    found = {q.text: q.kind for q in find_quantities(sentence)}
    assert text in found, f"{text!r} not found in {sorted(found)}"
    assert found[text] == kind


# (sentence, the statistics in it, in order)
STATISTICS = [
    ("新增ESI全球前1‰学科1个、前1%学科24个。", ["1个", "24个"]),
    ("习近平总书记两次亲临天津视察指导", []),
    ("建成五百亿级开发区2个、百亿级开发区22个。", ["2个", "22个"]),
    ("完成地区生产总值32765亿元、增长4.1%，", ["32765亿元", "4.1%"]),
    ("地区生产总值迈上6万亿元台阶，达到62661亿元。", ["62661亿元"]),
    ("全省地区生产总值年均增长5%左右、迈上3万亿元台阶，", ["5%左右"]),
    ("邮编：100743 电话：010-12345678 京ICP备05060933号 网站标识码1100000088", []),
    # web page furniture around a report
    ("发布时间：2026-02-02 10:30:15 浏览次数：1234 点击数：568次 阅读量：2.3万", []),
    ("第1页 共3页 分享到： 0条评论", []),
    ("京公网安备11010502039444号 联系电话：010-65128888 邮政编码：100743", []),
    ("发文字号：京政发〔2026〕3号 索引号：000014348/2026-00012", []),
    ("全市网站访问量超1亿次，新增就业12万人。", ["超1亿次", "12万人"]),
    # thresholds that sort what a count counts are not statistics; sizes are
    ("开工建设10亿元以上重大产业项目47个", ["47个"]),
    ("石油炼化一体化等23个投资额百亿元以上重大工业项目建成投产", ["23个"]),
    ("年销售收入超10亿元的龙头企业达10家", ["10家"]),
    ("新增荆州、孝感、黄冈3个过三千亿元城市", ["3个"]),
    ("抓好总投资2万亿元的389个省重点项目", ["2万亿元", "389个"]),
    ("投资近千亿元、全长1.3万公里的三个一号旅游公路全线贯通", ["近千亿元", "1.3万公里"]),
    ("累计惠及80个乡镇近300万群众", ["80个", "近300万"]),
    ("创业投资引导基金在大湾区设立超500亿元区域基金。", ["超500亿元"]),
    ("城乡居民收入比由2.9∶1缩小至2.52∶1。", ["2.9", "2.52"]),
    ("三次产业结构由8.7∶41.2∶50.1调整为7.4∶39.6∶53。", ["8.7", "41.2", "50.1", "7.4", "39.6", "53"]),
    ("培育年营收超百亿元企业10家", ["10家"]),
    ("生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点。", ["20.9", "36.2", "54个百分点"]),
    ("办公时间9:00-18:30", []),
]


@pytest.mark.parametrize("sentence, statistics", STATISTICS)
def test_statistics_in_sentence(sentence, statistics):
    assert [q.text for q in find_quantities(sentence) if q.kind == "statistic"] == statistics


def test_traditional_characters_are_read_alike():
    assert [(q.text, q.kind) for q in find_quantities("區域創新能力全國排名提升4位，培育7個千億級產業集群")] == [
        ("4位", "ordinal"), ("7個", "statistic"), ("千億", "name")]
