"""A short aside in brackets ("(OSCE)", "(تشرين الثاني)") names, spells out or dates
something: it does not end the clause, and a name spelled out again in it is the same
participant as the name before it. A longer bracket may hold a clause of its own. Every
sentence was written for this test and its reading checked by hand."""

from event_helpers import coded_tuples

DATE = "2025-08-10"


def test_a_bracketed_abbreviation_does_not_cut_off_the_carried_subject():
    text = (
        "מקרון ושולץ פנו לארגון לביטחון ולשיתוף פעולה באירופה (OSCE) בבקשה לשלוח משקיפים, "
        "והודיעו כי ימליצו על זלנסקי לפרס נובל לשלום."
    )
    coded = coded_tuples(text, "he", DATE)
    assert ("SUPPORT", ("FRA", "DEU"), ("UKR",)) in coded
    assert not any(c[0] == "SUPPORT" and "IGO" in c[1] for c in coded)


def test_a_bracketed_abbreviation_is_the_same_participant():
    text = "The Organization for Security and Co-operation in Europe (OSCE) condemned the attack on Ukraine."
    assert ("ACCUSE", ("IGO",), ("UKR",)) in coded_tuples(text, "en", DATE)


def test_a_bracketed_clause_still_ends_the_clause():
    text = "Russia (which denies the charge) attacked Ukraine on Monday."
    assert ("ASSAULT", ("RUS",), ("UKR",)) in coded_tuples(text, "en", DATE)
