"""Attribute each statistic: what is measured (metric), about whom (subject), kind (stat), period.

>>> from pipeline.segment import split_sentences
>>> from pipeline.quantities import find_quantities
>>> def facts(text):
...     found = attribute_facts(text, split_sentences(text), find_quantities(text))
...     return [(f.metric, f.subject, f.stat, f.value) for f in found]
>>> facts("川渝两地城镇新增就业年均170万人以上。")
[('城镇新增就业', '川渝两地', 'annual_average', 1700000.0)]
>>> facts("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。")[1:]
[('地区生产总值', '全市', 'growth_rate', 5.4), ('地区生产总值', '全市', 'change', 0.4)]
>>> facts("金融业、软件和信息服务业增加值分别增长9.7%、15.3%。")
[('金融业增加值', None, 'growth_rate', 9.7), ('软件和信息服务业增加值', None, 'growth_rate', 15.3)]
>>> facts("国内生产总值同比增长9.8%，两年平均增长5.2%。三季度同比增长4.9%。")
[('国内生产总值', None, 'growth_rate', 9.8), ('国内生产总值', None, 'annual_average', 5.2), ('国内生产总值', None, 'growth_rate', 4.9)]
>>> facts("748名院士专家开展技术服务6000余次。")
[('院士专家', None, None, 748.0), ('技术服务', None, None, 6000.0)]

Modules: sentence (how a sentence is read, clause by clause), clause (how a clause is read, figure by
figure), figure_words (what the words around a figure say of it), naming (a figure's name from the words
around it), carry (the reading's state, its facts, bounds and nouns carried along a list), metric (the left
reading of a name), counted_noun (the right reading), trim (the ends of a name trimmed), empty (names that
name nothing), topic (the topic of a clause without figures), lists (分别 and parallel lists), subject (a
figure's subject), subject_words (the words of subjects, compiled), opening (the subject opening a clause),
places (what kind of subject it is; lists of places), carried_subject (the subject a sentence sets for the
next), kinds (the kinds of subject news opens clauses with: counted groups, towns, film seasons, bodies by
name), stat, period, region (the document's own region, and whether it is national), words (the lexicon,
compiled). The period of a figure is the one written before it in its sentence, else the one that opens an
earlier sentence of its paragraph, else the one a heading (「一、2025年工作回顾」) or a lead paragraph (「这五年，我们……。」,
「2026年主要预期目标是：」) before it sets for its section. A figure whose clause names nothing (「三季度同比增长4.9%」) is
named by the last figure of its paragraph: the topic of a chain of clauses runs on into the next sentence.
"""
from __future__ import annotations

from .fact import Fact
from .region import document_region
from .stage import attribute_facts

__all__ = ["Fact", "attribute_facts", "document_region"]
