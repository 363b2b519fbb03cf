"""A finite verb joined by "and" to the verb right above a trigger acts on its own objects:
in "ordered the call-up of reservists and warned Kyiv" Kyiv is warned, not mobilised against."""

from event_helpers import coded_tuples


def test_joined_verbs_object_is_not_the_first_acts_recipient():
    coded = coded_tuples(
        "Moscow ordered the call-up of reservists and warned Kyiv against an offensive.",
        "en",
        "2025-03-03",
    )
    assert ("MOBILIZE", ("RUS",), ()) in coded
    assert ("THREATEN", ("RUS",), ("UKR",)) in coded
    assert ("MOBILIZE", ("RUS",), ("UKR",)) not in coded


def test_a_verb_joined_higher_up_leaves_the_shared_subject():
    # "blamed" joins "said", not the verb of the clause holding the attack: "he" is Pompeo
    coded = coded_tuples(
        "Pompeo said there was no proof the drone strike on Saudi refineries came from Yemen, "
        "and he blamed Iran.",
        "en",
        "2025-03-03",
    )
    assert ("ACCUSE", ("USA",), ("IRN",)) in coded
