"""Older reports name the EU by its predecessors (European Community, EEC): PLOVER codes
them EUR. Sentences written for these tests, coded by hand."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "text, lang",
    [
        ("European Community foreign ministers demanded the withdrawal of Serbian forces from Bosnia on Monday.", "en"),
        ("שרי החוץ של הקהילה האירופית דרשו את נסיגת הכוחות הסרביים מבוסניה.", "he"),
        ("طالب وزراء خارجية المجموعة الأوروبية بانسحاب القوات الصربية من البوسنة.", "ar"),
        ("Министры иностранных дел Европейского сообщества потребовали вывода сербских войск из Боснии.", "ru"),
    ],
)
def test_european_community_is_eur(text, lang):
    assert coded_tuples(text, lang, "1992-05-11") == {("REQUEST", ("EUR",), ("SRB",))}
