"""A place and a dash opening a story ("TBILISI - ...", `טביליסי – ...`) are its dateline: the
place is where the story was filed, so police and crowds of no stated country are that
place's. Police act at home: their act takes no recipient from a state the next sentences
name (plover.yaml `context_recipient_home_sectors`). Every text was written for this test
and its reading checked by hand."""

from event_helpers import coded_tuples

DATE = "2024-12-05"

STORY = """Georgian police detain opposition leader as protests enter second week

TBILISI - Georgian police detained opposition leader Nika Melia on Wednesday after thousands \
of protesters rallied outside parliament for an eighth consecutive night, the interior \
ministry said.

Riot police used water cannon and tear gas to disperse the crowd. Several journalists were \
injured.

The European Union condemned the crackdown and said it would review its visa-free regime \
with Georgia.
"""


def test_a_dash_dateline_places_the_police_in_hebrew():
    text = "טביליסי – המשטרה פיזרה את ההפגנה מול הפרלמנט."
    assert ("COERCE", ("GEO",), ()) in coded_tuples(text, "he", DATE)


def test_the_crowd_of_a_datelined_story_is_the_places_people():
    got = coded_tuples(STORY, "en", DATE)
    assert ("PROTEST", ("GEO",), ("GEO",)) in got
    assert ("ACCUSE", ("EUR",), ("GEO",)) in got


def test_the_police_are_not_addressed_to_the_state_that_condemns_them():
    got = coded_tuples(STORY, "en", DATE)
    assert not any(t[0] == "COERCE" and "EUR" in t[2] for t in got)
