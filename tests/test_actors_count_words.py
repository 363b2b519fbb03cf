"""A count word before the people it counts is part of their mention (roles.yaml
`count_words`), as a reader marks it: "тысячи афганских беженцев" is one mention of Afghan
refugees, not a crowd beside them. Sentences written for this test."""

from detente.models import RawDocument
from detente.pipeline import process


def _mentions(text):
    doc = process(
        RawDocument(text=text, name="t", source="t", date="2025-01-10", date_source="option")
    )
    return [(m.raw_text, m.country, m.kind) for m in doc.mentions]


def test_the_count_joins_the_people_it_counts():
    assert ("тысячи афганских беженцев", "AFG", "description") in _mentions(
        "Пакистан депортировал тысячи афганских беженцев."
    )
    assert not any(
        t == "тысячи" for t, _, _ in _mentions("Пакистан депортировал тысячи афганских беженцев.")
    )


def test_a_count_alone_stays_a_crowd():
    assert ("Тысячи", None, "group") in _mentions("Тысячи вышли на улицы Тбилиси.")
