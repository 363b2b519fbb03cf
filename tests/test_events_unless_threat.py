"""A hostile act made to hang on what the other party does ("will cut gas supplies to
Ukraine unless Kyiv pays", `ما لم تقدم تل أبيب على التصعيد`, `אלא אם`) is also a threat of
it to that party (CAMEO 13; the PLOVER examples code "will withdraw ... unless" as
THREATEN). The threat is made now, whatever the act's tense; an act with no condition is
no threat. Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

from detente.events import code_text

DATE = "2024-10-02"


@pytest.mark.parametrize(
    "text, lang, actor, recipient",
    [
        ("Russia will cut gas supplies to Ukraine unless Kyiv pays its debts.", "en", "RUS", "UKR"),
        (
            "قالت طهران إن هجومها الصاروخي على إسرائيل انتهى، ما لم تقدم تل أبيب على مزيد من "
            "التصعيد.",
            "ar",
            "IRN",
            "ISR",
        ),
        ("רוסיה תפסיק את אספקת הגז לאוקראינה אלא אם קייב תשלם את חובותיה.", "he", "RUS", "UKR"),
        ("Россия прекратит поставки газа Украине, если Киев не погасит долги.", "ru", "RUS", "UKR"),
    ],
)
def test_a_conditional_hostile_act_is_a_threat(text, lang, actor, recipient):
    threats = [e for e in code_text(text, lang, DATE) if e.event_type == "THREATEN"]
    assert [(e.actor[0].country, e.recipient[0].country) for e in threats] == [(actor, recipient)]
    assert threats[0].modality in ("asserted", "reported")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Russia cut gas supplies to Ukraine.", "en"),
        ("Россия прекратила поставки газа Украине, если верить Reuters.", "ru"),
    ],
)
def test_an_act_with_no_condition_is_no_threat(text, lang):
    assert not any(t[0] == "THREATEN" for t in coded_tuples(text, lang, DATE))
