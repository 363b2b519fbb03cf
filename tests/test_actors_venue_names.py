"""A city that names talks, a summit or accords held there ("the Vienna talks", "שיחות
וינה", "محادثات الدوحة", roles.yaml `venue_nouns`) is their venue, a location, not its
government taking part. Before, Austria and Qatar became the actors of the talks. Every
text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples, mentions_of

DATE = "2025-03-20"


@pytest.mark.parametrize(
    "text, lang, city, country",
    [
        ("The Vienna talks resumed.", "en", "Vienna", "AUT"),
        ("שיחות וינה התחדשו.", "he", "וינה", "AUT"),
        ("استؤنفت محادثات الدوحة.", "ar", "الدوحة", "QAT"),
        ("Kyiv says Moscow broke the Minsk agreements.", "en", "Minsk", "BLR"),
    ],
)
def test_a_city_naming_talks_is_their_venue(text, lang, city, country):
    found = [(m.raw_text, m.role, m.country) for m in mentions_of(text, lang, DATE)]
    assert (city, "location", country) in found


@pytest.mark.parametrize(
    "text, lang, actor, recipient",
    [
        ("The Vienna talks between Iran and world powers resumed on Monday.", "en", "IRN", "IGO"),
        ("انطلقت مفاوضات فيينا بين إيران والقوى الكبرى.", "ar", "IRN", "IGO"),
        ("שיחות וינה בין איראן למעצמות התחדשו.", "he", "IRN", "IGO"),
    ],
)
def test_talks_named_by_their_venue_are_between_their_parties(text, lang, actor, recipient):
    assert coded_tuples(text, lang, DATE) == {("CONSULT", (actor,), (recipient,))}


def test_talks_with_no_party_named_have_no_actor():
    assert coded_tuples("The Doha talks on Gaza stalled.", "en", DATE) == set()


def test_a_capital_that_acts_is_still_its_government():
    assert ("CONSULT", ("AUT",), ("IRN",)) in coded_tuples(
        "Vienna hosted Iranian negotiators on Monday.", "en", DATE
    )
