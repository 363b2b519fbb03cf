"""People named by where they act ("rebels in Mali") belong to that country also when an
article stands between the locative and the country ("rebels in the Philippines",
"protesters in the Netherlands"). Every text was written for this test."""

import pytest
from event_helpers import mentions_of


@pytest.mark.parametrize(
    "text, country",
    [
        ("Rebels in the Philippines attacked an army post.", "PHL"),
        ("Protesters in the Netherlands blocked a highway.", "NLD"),
        ("Rebels in Mali attacked an army post.", "MLI"),
    ],
)
def test_people_in_the_country_are_its(text, country):
    first = mentions_of(text, "en")[0]
    assert (first.raw_text.split()[0], first.country, first.kind) == (
        text.split()[0],
        country,
        "description",
    )
