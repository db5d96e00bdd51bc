"""split_sentences: sentences of the cleaned text, with offsets that point back into it."""
from __future__ import annotations

import pytest

from pipeline.segment import split_sentences

# (cleaned text, sentences expected)
SENTENCES = [
    ("标题\n增长5%。下降3%！", ["标题", "增长5%。", "下降3%！"]),
    ("地区生产总值增长5.4%，好于预期。城镇新增就业27.2万人。",
     ["地区生产总值增长5.4%，好于预期。", "城镇新增就业27.2万人。"]),
    ("习近平指出：“中俄关系稳定。”双方交换20多份文本。", ["习近平指出：“中俄关系稳定。”", "双方交换20多份文本。"]),
    ("一是稳增长；二是扩内需；", ["一是稳增长；", "二是扩内需；"]),
    ("跨区域就业招聘活动累计提供岗位信息457.4万个\n在推动落实方面，出台政策。",
     ["跨区域就业招聘活动累计提供岗位信息457.4万个", "在推动落实方面，出台政策。"]),
    ("GDP增长5.2%! CPI上涨0.2%?", ["GDP增长5.2%!", "CPI上涨0.2%?"]),
    ("  前导空白。\n\n\n", ["前导空白。"]),
    ("", []),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentences(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_paragraph_numbers_follow_lines():
    sentences = split_sentences("标题\n第一句。第二句。\n第三句。")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
