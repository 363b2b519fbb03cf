"""Hebrew "in"/"to" (`ב`, `ל`) go with places, not adjectives: "בסיני", "לסיני" is Sinai
(Egypt), while "סיני" after a noun is the adjective Chinese. Every text was written for
this test."""

import pytest
from event_helpers import mentions_of


@pytest.mark.parametrize(
    "text",
    ["כוחות מצריים חיסלו חוליית מחבלים בסיני.", "מצרים שלחה תגבורת לסיני."],
)
def test_sinai_after_in_or_to_is_the_place(text):
    sinai = [m for m in mentions_of(text, "he") if m.raw_text == "סיני"]
    assert [(m.country, m.role) for m in sinai] == [("EGY", "location")]


@pytest.mark.parametrize("text", ["מטוס סיני נחת בטהרן.", "משלחת סינית הגיעה לירושלים."])
def test_the_adjective_is_chinese(text):
    assert mentions_of(text, "he")[0].country == "CHN"
