"""An act named as what parties discussed or are (not) interested in is a topic, not a deed:
"had discussed a prisoner exchange", "is not interested in Turkish mediation" are kept as
hypothetical, not reported as having happened (English grammar `hypothetical`). A discussion
with a named partner is still a consultation. Every text was written for this test and its
reading checked by hand."""

import pytest
from event_helpers import coded_tuples, happened

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Zelensky said the two leaders had discussed a prisoner exchange.", "RETREAT"),
        ("The two ministers are discussing a ceasefire along the border.", "RETREAT"),
        ("Moscow is not interested in Turkish mediation.", "CONSULT"),
    ],
)
def test_a_discussed_act_has_not_happened(text, etype):
    assert not happened(text, "en", DATE, etype)


def test_an_exchange_that_took_place_has_happened():
    assert happened("Russia and Ukraine exchanged prisoners on Friday.", "en", DATE, "RETREAT")


def test_a_discussion_with_a_partner_is_still_a_consultation():
    text = "Lavrov discussed the situation in Syria with Fidan by phone."
    assert happened(text, "en", DATE, "CONSULT")
    assert ("CONSULT", ("RUS",), ("TUR",)) in coded_tuples(text, "en", DATE)
