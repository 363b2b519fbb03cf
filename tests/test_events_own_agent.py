"""An agent phrase right after an act noun ("обстрелы со стороны России", "accusations by
Moscow") names that act's own author, whoever governs the noun; a "by" further inside the
object of a reaction still names the author of the act reacted to. Sentences written for this
test and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


def test_the_nouns_own_agent_acts():
    got = coded_tuples(
        "Украина обратилась в ООН в связи с обстрелами со стороны России.", "ru", DATE
    )
    assaults = [(a, r) for t, a, r in got if t == "ASSAULT"]
    assert assaults and all(a == ("RUS",) for a, _ in assaults), got
    # neither the UN nor Ukraine shells Russia
    assert not any(r == ("RUS",) for _, r in assaults), got


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "Egypt condemned the storming of Al-Aqsa by Israeli settlers.",
            ("ACCUSE", ("EGY",), ("ISR",)),
        ),
        ("Poland shot down drones launched by Russia.", ("ASSAULT", ("POL",), ("RUS",))),
    ],
)
def test_a_by_inside_the_object_names_the_author_reacted_to(sentence, want):
    assert want in coded_tuples(sentence, "en", DATE)
