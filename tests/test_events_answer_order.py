"""An act dated before another does not answer it: "Lithuania condemned the move. Last week,
Russia suspended ..." no longer makes Lithuania the recipient of Russia's suspension (the
answer rule, plover.yaml `answers`, looked only at the order of the text). Told the other
way round, the condemnation still answers the suspension. Sentences written for this test
and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Lithuania condemned the move. Last week, Russia suspended its participation in "
            "the CFE Treaty.",
            "en",
        ),
        ("Литва осудила этот шаг. На прошлой неделе Россия приостановила участие в ДОВСЕ.", "ru"),
        ("ליטא גינתה את הצעד. בשבוע שעבר השעתה רוסיה את השתתפותה באמנה.", "he"),
        ("نددت ليتوانيا بالخطوة. وفي الأسبوع الماضي علقت روسيا مشاركتها في المعاهدة.", "ar"),
    ],
)
def test_an_earlier_act_does_not_answer_a_later_one(text, lang):
    got = coded_tuples(text, lang, DATE)
    assert ("SANCTION", ("RUS",), ()) in got, got
    assert ("SANCTION", ("RUS",), ("LTU",)) not in got, got


def test_a_later_reaction_still_answers():
    got = coded_tuples(
        "Russia suspended its participation in the CFE Treaty on Monday. Lithuania condemned "
        "the move.",
        "en",
        DATE,
    )
    assert ("ACCUSE", ("LTU",), ("RUS",)) in got, got
