"""Arabic "كل من" (both ... and) opens a list of parties: its "من" is no locative, and after
a verb the list is still the verb's subject (roles.yaml `list_openers`)."""

import pytest
from event_helpers import coded_tuples

CASES = [
    (
        "أدانت كل من السعودية والإمارات الهجوم الإسرائيلي على غزة.",
        ("ACCUSE", ("SAU", "ARE"), ("ISR",)),
    ),
    ("رحبت كل من قطر وتركيا بالاتفاق بين إسرائيل وحماس.", ("SUPPORT", ("QAT", "TUR"), ("ISR", "PSE"))),
    ("وقعت كل من مصر والأردن اتفاقا للتعاون الأمني.", ("AGREE", ("EGY", "JOR"), ())),
]


@pytest.mark.parametrize("text, event", CASES)
def test_list_after_kull_min_is_the_subject(text, event):
    assert event in coded_tuples(text, "ar", "2025-03-03")


def test_min_alone_still_names_a_place():
    # "من سوريا" after a withdrawal is where the troops leave from
    assert ("RETREAT", ("USA",), ("SYR",)) in coded_tuples(
        "انسحبت القوات الأمريكية من سوريا.", "ar", "2025-03-03"
    )
