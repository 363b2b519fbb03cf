"""A number right after a locative is the locative's own object: in "In 2014 Russia annexed
Crimea" the year is what "in" governs, and Russia is the subject, not a place. Before, the
coder read "Russia" as governed by "In" (one uncapitalised word between) and coded nothing.
Every sentence was written for this test; readings follow eval/README.md (annexation is
COERCE seize of the state the land belongs to)."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 2014 Russia annexed Crimea.", ("COERCE", ("RUS",), ("UKR",))),
        ("In 2019 Iran seized a British tanker in the Gulf.", ("COERCE", ("IRN",), ("GBR",))),
    ],
)
def test_year_after_locative_leaves_the_subject(text, expected):
    assert expected in coded_tuples(text, "en", DATE)


def test_word_after_locative_still_governed():
    # "in the" still reaches the name: Russia is where the talks were held, not a party
    coded = coded_tuples("The ministers met in the Russian capital on Monday.", "en", DATE)
    assert not any("RUS" in t[1] or "RUS" in t[2] for t in coded)
