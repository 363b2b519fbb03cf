"""What protesters demand as they protest ("rallied in Tbilisi, demanding new elections",
`مطالبين برحيل`, "требуя отставки") is the protest's content, not a REQUEST of its own (as
the gold codes `تظاهر آلاف السودانيين ... مطالبين برحيل البشير`: PROTEST alone). A demand
told by a finite verb of its own stays. Every text was written for this test and its
reading checked by hand."""

import pytest
from event_helpers import Coder

DATE = "2024-12-01"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Thousands of Georgians rallied in Tbilisi, demanding new elections.", "en"),
        ("Thousands of Kurds demonstrated in Kirkuk on Sunday calling for independence.", "en"),
        ("تظاهر آلاف الجورجيين أمس أمام البرلمان في تبليسي مطالبين بانتخابات جديدة.", "ar"),
        ("Тысячи грузин вышли на митинг в Тбилиси, требуя новых выборов.", "ru"),
    ],
)
def test_the_protesters_demand_is_the_protest(text, lang):
    types = Coder(lang, DATE).types(text)
    assert "PROTEST" in types
    assert "REQUEST" not in types


def test_a_demand_with_its_own_verb_stays():
    text = "Thousands of Georgians rallied in Tbilisi, and the opposition demanded new elections."
    assert {"PROTEST", "REQUEST"} <= Coder("en", DATE).types(text)
