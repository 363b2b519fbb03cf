"""A name carrying a preposition (morphology.yaml `preposition_proclitics`: "מטהרן",
"ממוסקבה") is never a verb-first subject. Before, "ודרשה מטהרן לשחרר" made Tehran the
one who demands. Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-20"


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("ארצות הברית גינתה את המעצר ודרשה מטהרן לשחרר את העיתונאי.", "USA", "IRN"),
        ("צרפת מחתה על הצעד וביקשה ממוסקבה להסביר את ההחלטה.", "FRA", "RUS"),
    ],
)
def test_the_one_asked_is_the_recipient_not_the_subject(text, actor, recipient):
    coded = coded_tuples(text, "he", DATE)
    assert ("REQUEST", (actor,), (recipient,)) in coded
    assert not any(c[0] == "REQUEST" and c[1] == (recipient,) for c in coded)


def test_a_verb_first_subject_after_and_still_acts():
    assert ("THREATEN", ("IRN",), ("ISR",)) in coded_tuples(
        "ואיימה איראן לתקוף את ישראל.", "he", DATE
    )
