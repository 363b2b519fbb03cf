"""Hebrew proper names never take the article (morphology.yaml `names_take_no_article`): a
word whose prefix ends in ה is not a country, place or person. "הפרו" (violated) read as
ה + פרו, Peru, which round 26 had guarded by marking Peru ambiguous and rejecting it in any
document with "הפרו"; that also lost a bare "פרו" in its own sentence. Every sentence was
written for this test."""

import pytest
from event_helpers import coded_tuples, mentions_of

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text",
    ["הצדדים הפרו שוב את הפסקת האש.", "מטוסים רוסיים הפרו את המרחב האווירי של אסטוניה."],
)
def test_article_word_is_no_name(text):
    assert "PER" not in {m.country for m in mentions_of(text, "he", DATE)}


def test_peru_named_beside_the_verb():
    text = "מטוסים רוסיים הפרו את המרחב האווירי של אסטוניה, ופרו גינתה את המהלך."
    assert "PER" in {m.country for m in mentions_of(text, "he", DATE)}


def test_peru_alone_still_acts():
    assert ("SANCTION", ("PER",), ("VEN",)) in coded_tuples(
        "פרו הודיעה על גירוש השגריר הוונצואלי.", "he", DATE
    )
