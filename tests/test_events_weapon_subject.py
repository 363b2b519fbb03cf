"""An attack phrase whose last word opens the description of the forces that act
("استهدفت صواريخ إيرانية ...", `subject_last`) or whose first word closes it ("A Russian
missile hit", `subject_first`): the verb is the trigger and the weapons are its subject.
Sentences written for this test; tuples checked by hand."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("استهدفت صواريخ إيرانية قاعدة أمريكية في العراق.", ("ASSAULT", ("IRN",), ("USA",))),
        ("واستهدفت مسيرات روسية منشآت الطاقة في أوكرانيا.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("واستهدفت طائرات إسرائيلية مواقع لحزب الله في جنوب لبنان.",
         ("ASSAULT", ("ISR",), ("LBN",))),
    ],
)
def test_weapons_after_the_verb_act(sentence, want):
    assert want in coded_tuples(sentence, "ar", "2025-03-03")


@pytest.mark.parametrize(
    "sentence, want",
    [
        # the weapon ends the subject's description and begins the phrase "missile hit"
        ("A Russian missile hit a children's hospital in Kyiv on Monday.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        ("Two Israeli missiles hit a building in Damascus.", ("ASSAULT", ("ISR",), ("SYR",))),
    ],
)
def test_weapons_before_the_verb_act(sentence, want):
    assert want in coded_tuples(sentence, "en", "2025-03-03")
