"""A finite verb joined by "and" to a verb that takes content (accuse, condemn, demand)
tells an act of its own, as the dependency parse shows (en, ru), or (he) a verb that
carries the prefixed "and" and is neither a noun nor an infinitive: "accused Pakistan and
threatened" is an accusation and a threat. Sentences written for this test; each expected
reading checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        (
            "India accused Pakistan of sponsoring terrorism and threatened a military response.",
            "en",
            ("THREATEN", ("IND",), ("PAK",)),
        ),
        (
            "Индия обвинила Пакистан в поддержке терроризма и пригрозила ответными мерами.",
            "ru",
            ("THREATEN", ("IND",), ("PAK",)),
        ),
        (
            "МИД России осудил решение Вашингтона и пообещал принять ответные меры.",
            "ru",
            ("THREATEN", ("RUS",), ("USA",)),
        ),
        ("טורקיה גינתה את התקיפה ואיימה בתגובה צבאית.", "he", ("THREATEN", ("TUR",), ())),
        ("ישראל גינתה את ההחלטה ואיימה להגיב בחריפות.", "he", ("THREATEN", ("ISR",), ())),
    ],
)
def test_a_joined_finite_verb_is_its_own_act(sentence, lang, want):
    got = coded_tuples(sentence, lang, DATE)
    assert want in got
    assert any(t[0] == "ACCUSE" for t in got)


def test_content_of_an_accusation_stays_content():
    # the gerund is what Pakistan is accused of, not a second act
    got = coded_tuples(
        "India accused Pakistan of sheltering militants and attacking its border posts.", "en", DATE
    )
    assert not any(t[0] == "ASSAULT" for t in got)


def test_a_joined_infinitive_stays_content():
    # "demanded to release ... and to stop": both infinitives are what is demanded
    got = coded_tuples("ישראל דרשה מטורקיה לשחרר את העצורים ולהפסיק את התקיפות.", "he", DATE)
    assert not any(t[0] == "ASSAULT" for t in got)
