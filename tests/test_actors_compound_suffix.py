"""A name hyphened to a describing word ("Iran-backed", "Iranian-made", "London-based") is
no party (roles.yaml `compound_suffixes`); "Saudi-led" and "U.S.-brokered" still are."""

import pytest
from event_helpers import coded_tuples, mentions_of


def _countries(text: str) -> list[str | None]:
    return [m.country for m in mentions_of(text, "en")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Iran-backed militias attacked a U.S. base in Syria.", "IRN"),
        ("Iranian-made drones struck Kyiv overnight.", "IRN"),
        ("A London-based rights group accused Egypt of torture.", "GBR"),
    ],
)
def test_described_name_is_no_mention(text, name):
    assert name not in _countries(text)


def test_backed_government_is_the_government_of_its_city():
    coded = coded_tuples(
        "The UN-backed government in Tripoli condemned the attack.", "en", "2025-03-03"
    )
    assert ("ACCUSE", ("LBY",), ()) in coded
    assert not any("UNO" in c[1] for c in coded)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "The Saudi-led coalition struck Houthi targets in Yemen.",
            ("ASSAULT", ("SAU",), ("YEM",)),
        ),
        (
            "The U.S.-brokered truce between Israel and Hezbollah took effect.",
            ("CONSULT", ("USA",), ("ISR", "LBN")),
        ),
    ],
)
def test_led_and_brokered_keep_their_party(text, event):
    assert event in coded_tuples(text, "en", "2025-03-03")
