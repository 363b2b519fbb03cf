"""Seizures and releases whose subject names no party ("Pirates seized ...", "The kidnappers
freed ...") are coded like attacks by unnamed attackers: no actor, the party acted on as
recipient (plover.yaml `unnamed_author_types`). In a verb-first clause a noun phrase after
the unnamed word ("قراصنة سفينة مالطية") is the verb's object, while a party the word is "of"
("مسلحون من حماس", grammar.yaml `unnamed_agent_links`) or an adjective right after it makes
the attacker that party's. Sentences written for this test and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, want",
    [
        (
            "Pirates seized a Maltese-flagged cargo ship off Somalia.",
            "en",
            ("COERCE", (), ("MLT",)),
        ),
        ("The kidnappers freed the two Italian nuns on Sunday.", "en", ("RETREAT", (), ("ITA",))),
        ("Пираты захватили судно под флагом Либерии.", "ru", ("COERCE", (), ("LBR",))),
        ("פיראטים השתלטו על ספינה יוונית.", "he", ("COERCE", (), ("GRC",))),
        ("احتجز قراصنة سفينة مالطية.", "ar", ("COERCE", (), ("MLT",))),
    ],
)
def test_an_unnamed_author_seizes_or_frees(text, lang, want):
    assert coded_tuples(text, lang, DATE) == {want}


@pytest.mark.parametrize(
    "text, lang, want",
    [
        ("أطلق مسلحون من حماس النار على جنود إسرائيليين.", "ar", ("ASSAULT", ("PSE",), ("ISR",))),
        (
            "Somali pirates seized a Maltese-flagged cargo ship.",
            "en",
            ("COERCE", ("SOM",), ("MLT",)),
        ),
    ],
)
def test_a_named_party_still_acts(text, lang, want):
    assert want in coded_tuples(text, lang, DATE)
