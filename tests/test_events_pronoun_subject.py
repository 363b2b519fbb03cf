"""A personal pronoun as the subject refers to the subject of the sentence before, also after
an adverb ("Later he accused", "Позже он обвинил", "מאוחר יותר הוא האשים"), and a pronoun
before a Hebrew verb leaves no party after the verb to be read as a verb-first subject.
Sentences written for this test and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Netanyahu met Scholz in Berlin. Later he accused Russia of attacking Ukraine.", "en"),
        (
            "Нетаньяху встретился с Шольцем в Берлине. Позже он обвинил Россию в нападении на Украину.",
            "ru",
        ),
        ("נתניהו נפגש עם שולץ בברלין. מאוחר יותר הוא האשים את רוסיה בתקיפת אוקראינה.", "he"),
        ("נתניהו נפגש עם שולץ בברלין. הוא האשים את רוסיה בתקיפת אוקראינה.", "he"),
    ],
)
def test_the_pronoun_is_the_subject_before(text, lang):
    got = coded_tuples(text, lang, DATE)
    assert ("ACCUSE", ("ISR",), ("RUS",)) in got, got
    assert not any(t == "ACCUSE" and a == ("UKR",) for t, a, _ in got), got


def test_a_verb_first_subject_without_a_pronoun_still_acts():
    got = coded_tuples(
        "נתניהו נפגש עם שולץ בברלין. האשימה רוסיה את אוקראינה בפרובוקציה.", "he", DATE
    )
    assert any(t == "ACCUSE" and a == ("RUS",) for t, a, _ in got), got


@pytest.mark.parametrize(
    "text, want",
    [
        # a masculine verb: the feminine state after it is its object, the subject dropped
        (
            "التقى نتنياهو شولتس في برلين. وفي وقت لاحق اتهم روسيا بمهاجمة أوكرانيا.",
            ("ACCUSE", ("ISR",), ("RUS",)),
        ),
        # a feminine verb agrees with the state: the state acts
        ("اتهمت روسيا أوكرانيا بقصف المحطة.", ("ACCUSE", ("RUS",), ("UKR",))),
        # Lebanon's name is masculine: the masculine verb agrees with it
        (
            "التقى نتنياهو شولتس في برلين. وفي وقت لاحق اتهم لبنان إسرائيل بخرق الهدنة.",
            ("ACCUSE", ("LBN",), ("ISR",)),
        ),
    ],
)
def test_arabic_verb_agreement_tells_subject_from_object(text, want):
    got = coded_tuples(text, "ar", DATE)
    assert want in got, got
