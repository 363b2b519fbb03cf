"""A hostile act still ahead and promised on a condition ("would impose tariffs if they
created a currency") is also a threat of it (CAMEO 13, PLOVER THREATEN) to the party it
would hit, in all four languages (grammar.yaml `if_words`), as "unless" already was. An act
told as done is not made a threat by a later "if". Every sentence was written for this
test."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Trump said he would impose 100% tariffs on BRICS countries if they created a new"
            " currency.",
            "en",
            ("THREATEN", ("USA",), ("IGO",)),
        ),
        (
            "Москва введёт пошлины на американские товары, если Вашингтон повысит тарифы.",
            "ru",
            ("THREATEN", ("RUS",), ("USA",)),
        ),
        (
            "ستفرض الصين رسوما على البضائع الأمريكية إذا رفعت واشنطن الرسوم.",
            "ar",
            ("THREATEN", ("CHN",), ("USA",)),
        ),
        (
            "ישראל תטיל סנקציות על הרשות הפלסטינית אם תפנה לבית הדין בהאג.",
            "he",
            ("THREATEN", ("ISR",), ("PSE",)),
        ),
    ],
)
def test_conditional_hostile_act_is_a_threat(text, lang, expected):
    assert expected in coded_tuples(text, lang, DATE)


def test_act_told_as_done_is_no_threat():
    text = (
        "Israel struck Iranian air defences on Saturday, and it is unclear if Tehran will respond."
    )
    assert not any(t[0] == "THREATEN" for t in coded_tuples(text, "en", DATE))
