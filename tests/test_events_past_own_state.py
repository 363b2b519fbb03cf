"""Past the actor's own state, named as the owner of what the act is about ("the trade of
Japan with South Korea"), the clause goes on to the party the act is directed at. Every
sentence was written for this test and its reading checked by hand."""

from event_helpers import coded_tuples

DATE = "2025-08-10"


def test_the_party_after_the_actors_own_state_is_the_recipient():
    text = "ממשלת יפן הסירה את ההגבלות על הסחר של יפן עם דרום קוריאה."
    assert ("RETREAT", ("JPN",), ("KOR",)) in coded_tuples(text, "he", DATE)


def test_a_long_object_phrase_still_reaches_the_partner():
    text = "הנשיא טראמפ הסיר מגבלות על שיתוף הפעולה הביטחוני של ארצות הברית עם ארמניה."
    assert ("RETREAT", ("USA",), ("ARM",)) in coded_tuples(text, "he", DATE)


def test_a_party_beyond_a_comma_is_not_taken():
    # the comma closes the act's object; Armenia belongs to the next clause
    text = "הנשיא טראמפ הסיר מגבלות על הסחר של ארצות הברית, וארמניה בירכה על כך."
    coded = coded_tuples(text, "he", DATE)
    assert ("RETREAT", ("USA",), ("ARM",)) not in coded
