"""An Arabic noun counted by the figure right before it ("واعتقلت 15 فلسطينيا") is in the
accusative of specification: the object of an active verb, which keeps the subject of the
verb it is joined to. Before, a verb carrying the prefixed "and" took the counted group as
a new verb-first subject ("15 Palestinians arrested"). A passive verb's counted subject is
still the one acted on. Every text was written for this test and its reading checked by
hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-20"


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        ("اقتحمت القوات الإسرائيلية مخيم جنين واعتقلت 15 فلسطينيا.", "COERCE", "ISR", "PSE"),
        ("داهمت الشرطة التركية مقرات الحزب واعتقلت 40 سوريا.", "COERCE", "TUR", "SYR"),
    ],
)
def test_a_counted_group_after_a_joined_verb_is_its_object(text, etype, actor, recipient):
    coded = coded_tuples(text, "ar", DATE)
    assert (etype, (actor,), (recipient,)) in coded
    assert not any(c[1] == (recipient,) for c in coded)


def test_a_counted_group_is_still_the_victim_of_a_passive_verb():
    assert ("ASSAULT", ("ISR",), ("PSE",)) in coded_tuples(
        "قتل 15 فلسطينيا في غارة إسرائيلية.", "ar", DATE
    )
