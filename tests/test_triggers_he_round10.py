"""Hebrew triggers and stop phrases added in round 10 (data/he/triggers.yaml). Each sentence
was written for this test in the style of Hebrew news and its expected tuple checked by hand:
(type, actor countries, recipient countries)."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # lifting restrictions on cooperation eases them towards the partner named after "עם"
        ("ארצות הברית הסירה את ההגבלות על שיתוף הפעולה הצבאי עם הודו.",
         ("RETREAT", ("USA",), ("IND",))),
        ("יפן הסירה מגבלות על שיתוף הפעולה הכלכלי עם סין.", ("RETREAT", ("JPN",), ("CHN",))),
        # a release itself still codes next to the stop phrase below
        ("חמאס ישחרר מחר שלושה חטופים ישראלים.", ("RETREAT", ("PSE",), ("ISR",))),
    ],
)
def test_round10_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", "2025-03-03")


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # the cooperation restricted is the object of the lifting, not a cooperation
        ("ארצות הברית הסירה את ההגבלות על שיתוף הפעולה הצבאי עם הודו.", "COOPERATE"),
        # the list of those to be released tells no release
        ("חמאס העביר לישראל את רשימת החטופים שישוחררו מחר.", "RETREAT"),
        ("מצרים קיבלה מישראל את רשימת האסירים שישוחררו בשבוע הבא.", "RETREAT"),
    ],
)
def test_round10_non_events(sentence, absent):
    assert absent not in {t[0] for t in coded_tuples(sentence, "he", "2025-03-03")}
