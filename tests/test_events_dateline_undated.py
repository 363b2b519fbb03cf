"""A wire dateline ("ANKARA, March 8 (Reuters) -", "BAKU, Dec. 27 —") names where the story
was filed, not a party, also in a document with no date of its own, where its date cannot be
resolved. Before, an undated document made the capital a second actor of the first event.
Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA, March 8 (Reuters) - Turkish President Tayyip Erdogan received Ukrainian "
        "President Volodymyr Zelensky on Saturday.",
        "ANKARA, March 8 - Turkish President Tayyip Erdogan received Ukrainian President "
        "Volodymyr Zelensky on Saturday.",
    ],
)
def test_an_undated_dateline_is_no_party(text):
    for date in (None, "2025-03-09"):
        assert coded_tuples(text, "en", date) == {("CONSULT", ("TUR",), ("UKR",))}


def test_a_capital_opening_a_sentence_without_a_dateline_still_acts():
    text = "Ankara, in a statement on Saturday, condemned the attack on the Kurdish town."
    assert ("ACCUSE", ("TUR",), ()) in coded_tuples(text, "en", None)
