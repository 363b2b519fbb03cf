"""An English active verb whose parsed subject is a noun that names no party ("a
Revolutionary Court", "Prosecutors") has that subject: a party after the verb is never read
as its subject (before, "accused him of spying for Israel" made Israel the accuser). A
pronoun subject is still resolved from the sentence before. Sentences written for this test
and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, party",
    [
        ("On Monday, a Revolutionary Court accused him of spying for Israel.", "ISR"),
        ("A military tribunal sentenced them for spying for Ukraine.", "UKR"),
        ("Prosecutors charged the two men with working for Iran.", "IRN"),
    ],
)
def test_a_party_after_the_verb_is_not_its_subject(text, party):
    got = coded_tuples(text, "en", DATE)
    assert not any(party in actor for _, actor, _ in got), got


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Ukraine said on Monday. He accused Russia of war crimes.",
            ("ACCUSE", ("UKR",), ("RUS",)),
        ),
        ("The Kremlin accused Kyiv of sabotage.", ("ACCUSE", ("RUS",), ("UKR",))),
    ],
)
def test_named_and_pronoun_subjects_still_act(text, want):
    assert want in coded_tuples(text, "en", DATE)
