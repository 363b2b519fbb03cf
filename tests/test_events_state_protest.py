"""A state does not take to the streets: a government that "protests" makes a diplomatic
protest, ACCUSE (plover.yaml `state_acts`, eval/README.md); people who protest still
PROTEST, and a capital after the verb is where a crowd is. Sentences written for this test
and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Japan protested the visit.", "JPN"),
        ("Tokyo protested after Seoul's president visited the islands.", "JPN"),
        ("China protested strongly against the sale.", "CHN"),
    ],
)
def test_a_states_protest_is_an_accusation(sentence, actor):
    got = coded_tuples(sentence, "en", DATE)
    assert any(t == "ACCUSE" and a == (actor,) for t, a, _ in got), got
    assert not any(t == "PROTEST" for t, _, _ in got), got


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Thousands protested in Tokyo against the visit.", "en"),
        ("Russian opposition supporters protested in Moscow.", "en"),
        ("تظاهر مئات الآلاف أمس في وسط العاصمة الصربية بلغراد.", "ar"),
    ],
)
def test_people_still_protest(sentence, lang):
    got = coded_tuples(sentence, lang, DATE)
    assert any(t == "PROTEST" for t, _, _ in got), got
    assert not any(t == "ACCUSE" for t, _, _ in got), got
