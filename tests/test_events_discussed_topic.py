"""An act named as what parties discussed or are (not) interested in is a topic, not a deed:
"had discussed a prisoner exchange", "is not interested in Turkish mediation", `דנו בחילופי
שבויים`, `ناقش ... تبادل الأسرى`, "обсудили обмен пленными" are kept as hypothetical, not
reported as having happened (grammar `hypothetical`). A discussion with a named partner is
still a consultation. Every text was written for this test and its
reading checked by hand."""

import pytest
from event_helpers import coded_tuples, happened

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, lang, etype",
    [
        ("Zelensky said the two leaders had discussed a prisoner exchange.", "en", "RETREAT"),
        ("The two ministers are discussing a ceasefire along the border.", "en", "RETREAT"),
        ("Moscow is not interested in Turkish mediation.", "en", "CONSULT"),
        ("פוטין וארדואן דנו בחילופי שבויים.", "he", "RETREAT"),
        ("ناقش بوتين وأردوغان تبادل الأسرى.", "ar", "RETREAT"),
        ("Путин и Эрдоган обсудили обмен пленными.", "ru", "RETREAT"),
    ],
)
def test_a_discussed_act_has_not_happened(text, lang, etype):
    assert not happened(text, lang, DATE, etype)


def test_a_russian_discussion_between_two_leaders_is_still_their_consultation():
    text = "Путин и Эрдоган обсудили обмен пленными."
    assert ("CONSULT", ("RUS",), ("TUR",)) in coded_tuples(text, "ru", DATE)


def test_an_exchange_that_took_place_has_happened():
    assert happened("Russia and Ukraine exchanged prisoners on Friday.", "en", DATE, "RETREAT")


def test_a_discussion_with_a_partner_is_still_a_consultation():
    text = "Lavrov discussed the situation in Syria with Fidan by phone."
    assert happened(text, "en", DATE, "CONSULT")
    assert ("CONSULT", ("RUS",), ("TUR",)) in coded_tuples(text, "en", DATE)
