"""Hebrew and Arabic: a name after a comma that carries the prefixed "and" (", ופולין מחתה",
"، وبولندا احتجت") opens a clause of its own, so it is no party of the trigger before it.
Every sentence was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-01-10"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("רוסיה ואוקראינה חתמו על הסכם, ופולין מחתה על כך.", "he"),
        ("وقعت روسيا وأوكرانيا اتفاقا، وبولندا احتجت على ذلك.", "ar"),
    ],
)
def test_a_comma_and_name_is_not_a_party_to_the_deal(text, lang):
    coded = coded_tuples(text, lang, DATE)
    agree = {c for c in coded if c[0] == "AGREE"}
    assert agree and all("POL" not in actors for _, actors, _ in agree)
    assert ("AGREE", ("RUS", "UKR"), ()) in coded
