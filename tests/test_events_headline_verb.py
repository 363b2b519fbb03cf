"""A verb-and-object phrase whose verb is also a word of an armed forces' description
("Israel strikes" read as "Israeli strikes") takes the word back when its object is
there: the rest of the description is the subject. Headlines and wire leads put it so.
Sentences written for this test: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("US strikes Houthi targets in Yemen", ("ASSAULT", ("USA",), ("YEM",))),
        (
            "Israel strikes Hezbollah positions in southern Lebanon.",
            ("ASSAULT", ("ISR",), ("LBN",)),
        ),
    ],
)
def test_the_verb_is_taken_back_from_the_description(sentence, want):
    assert want in coded_tuples(sentence, "en", DATE)


def test_strikes_as_the_subjects_noun_code_the_same_attack():
    # "strikes" is a noun here and "hit" the verb: one attack by Russia on Kharkiv either way
    got = coded_tuples("Russian strikes hit targets in Kharkiv.", "en", DATE)
    assert ("ASSAULT", ("RUS",), ("UKR",)) in got
