"""An attack phrase whose last word opens the description of the forces that act
("استهدفت صواريخ إيرانية ..."): the verb is the trigger and the weapons are its subject.
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
