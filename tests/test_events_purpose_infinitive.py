"""English infinitives after a verb with an object: only after a verb of asking, urging or
causing (en/syntax.yaml `object_control_verbs`: "prompted Mexico to sever ties") does the
object do what the infinitive says; after other verbs the infinitive tells the subject's
purpose ("Modi called Netanyahu to congratulate him": Modi congratulates). A protest's
purpose ("blocked roads to press their demands") is its content, not a second act (grammar.yaml
`protest_demand_words`). Sentences written for this test and coded by hand."""

from event_helpers import coded_tuples

DATE = "2025-03-03"


def test_a_purpose_infinitive_is_the_subjects_act():
    got = coded_tuples("Modi called Netanyahu to congratulate him on his election win.", "en", DATE)
    assert any(t == "SUPPORT" and a == ("IND",) for t, a, _ in got), got
    assert not any(a == ("ISR",) for _, a, _ in got), got


def test_the_object_of_a_verb_of_causing_acts():
    got = coded_tuples("The attack prompted Mexico to sever ties with Ecuador.", "en", DATE)
    assert ("SANCTION", ("MEX",), ("ECU",)) in got, got


def test_a_protests_purpose_is_no_second_act():
    got = coded_tuples(
        "Thousands of Georgians blocked roads in Tbilisi to press their demands for new elections.",
        "en",
        DATE,
    )
    assert {t for t, _, _ in got} == {"PROTEST"}, got
