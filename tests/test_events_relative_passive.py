"""A passive verb in a relative clause ("who were abducted", `שנחטפו`) tells background; with
no named author it gives no event (eval/README.md, background events). The same passive as
the main verb, or with its author named, is still coded. Every text was written for this
test and its reading checked by hand."""

from event_helpers import coded_tuples

DATE = "2025-03-10"


def test_a_relative_passive_with_no_author_is_background():
    text = "שני העובדים האיטלקים, שנחטפו במאלי בשנה שעברה, חזרו ביום ראשון לרומא."
    assert not any(t[0] == "ASSAULT" for t in coded_tuples(text, "he", DATE))
    text = "התייר הצרפתי שנחטף בעיראק שוחרר אתמול."
    assert not any(t[0] == "ASSAULT" for t in coded_tuples(text, "he", DATE))


def test_a_relative_passive_with_its_author_is_coded():
    text = "שני העובדים האיטלקים, שנחטפו על ידי חמאס בשנה שעברה, חזרו לרומא."
    assert ("ASSAULT", ("PSE",), ("ITA",)) in coded_tuples(text, "he", DATE)


def test_the_same_passive_as_the_main_verb_is_coded():
    # an unnamed attacker of an identifiable target: empty actor, the target's country
    text = "שני עובדי סיוע איטלקים נחטפו במאלי בשנה שעברה."
    assert ("ASSAULT", (), ("ITA",)) in coded_tuples(text, "he", DATE)
    text = "מפקד חיזבאללה חוסל בביירות בשבוע שעבר."
    assert ("ASSAULT", (), ("LBN",)) in coded_tuples(text, "he", DATE)
