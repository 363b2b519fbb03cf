"""The object of a verb above an English infinitive trigger does the infinitive's act
("prompting Mexico to sever ties", "forced Israel to recall its ambassador"); with no such
object the governing verb's subject still does it ("Russia agreed to restore ties"), and a
verb joined to the infinitive keeps the main subject. Sentences written for this test and
coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "Ecuadorian police stormed the Mexican embassy in Quito, prompting Mexico to sever "
            "diplomatic ties with Ecuador.",
            ("SANCTION", ("MEX",), ("ECU",)),
        ),
        (
            "Chinese bombers flew near Alaska, prompting the US to scramble fighter jets.",
            ("MOBILIZE", ("USA",), ()),
        ),
        (
            "The raid forced Israel to recall its ambassador from Ankara.",
            ("SANCTION", ("ISR",), ("TUR",)),
        ),
    ],
)
def test_the_object_above_the_infinitive_acts(sentence, want):
    got = coded_tuples(sentence, "en", DATE)
    assert want in got, got


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Russia agreed to restore ties with Georgia.", "RUS"),
        (
            "Moscow retaliated on Friday, ordering 20 French diplomats to leave and shutting the "
            "French Institute's offices in Russia.",
            "RUS",
        ),
    ],
)
def test_the_subject_still_acts_without_an_object_control(sentence, want):
    got = coded_tuples(sentence, "en", DATE)
    assert got and all(want in a for _, a, _ in got), got
