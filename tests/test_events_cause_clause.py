"""A reaction answers the act told in a clause a cause word opens ("after", "после того как",
"بعد أن"; grammar.yaml `cause_breaks`), though that act is told later in the sentence: its
recipient is that act's author. A "before" clause tells no cause. Sentences written for this
test and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, want",
    [
        (
            "Tokyo protested after Seoul's president visited the islands.",
            "en",
            ("ACCUSE", ("JPN",), ("KOR",)),
        ),
        (
            "Москва заявила протест после того как Токио ввёл новые санкции.",
            "ru",
            ("ACCUSE", ("RUS",), ("JPN",)),
        ),
        (
            "احتجت اليابان بعد أن زار رئيس كوريا الجنوبية الجزر.",
            "ar",
            ("ACCUSE", ("JPN",), ("KOR",)),
        ),
    ],
)
def test_a_reaction_answers_the_act_after_its_cause_word(text, lang, want):
    assert want in coded_tuples(text, lang, DATE)


def test_a_before_clause_is_no_cause():
    got = coded_tuples("Japan protested before Seoul's president visited the islands.", "en", DATE)
    assert ("ACCUSE", ("JPN",), ()) in got, got
