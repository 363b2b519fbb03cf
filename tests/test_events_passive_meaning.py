"""Triggers passive in meaning ("подверглись обстрелу", "came under shelling"): their
grammatical subject is the one acted on, also where a dependency parse is used (the parse
calls it the subject, not the actor). Sentences written for these tests, coded by hand."""

import pytest
from event_helpers import coded_tuples

D = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Украинские позиции подверглись обстрелу со стороны российской армии.", "ru",
         {("ASSAULT", ("RUS",), ("UKR",))}),
        ("Российские власти подверглись резкой критике со стороны Франции.", "ru",
         {("ACCUSE", ("FRA",), ("RUS",))}),
        ("Ukrainian positions near Kharkiv came under heavy shelling overnight.", "en",
         {("ASSAULT", (), ("UKR",))}),
        ("Kyiv came under a massive drone attack by Russian forces.", "en",
         {("ASSAULT", ("RUS",), ("UKR",))}),
        # "came under fire" or "under attack" is as often criticism: no event
        ("The minister came under fire for his remarks.", "en", set()),
        ("The policy came under attack from economists.", "en", set()),
    ],
)
def test_the_subject_of_a_passive_trigger_is_acted_on(text, lang, expected):
    assert coded_tuples(text, lang, D) == expected
