"""English, like Russian, writes proper names with a capital (morphology.yaml
`capitalised_names`): a name alias listed with a capital does not match a lowercase word.
Before, "laws that bar the UN agency" in a text about Israel read "bar" as Ronen Bar, the
Shin Bet chief, and the ban was lost. Every sentence was written for this test."""

from event_helpers import coded_tuples, mentions_of

DATE = "2025-01-10"


def test_lowercase_word_is_no_surname():
    text = "The Knesset passed two laws that bar the UN agency from operating in Israel."
    assert not any(m.entity_name == "Ronen Bar" for m in mentions_of(text, "en", DATE))
    assert ("COERCE", ("ISR",), ("UNO",)) in coded_tuples(text, "en", DATE)


def test_capitalised_surname_still_resolves():
    text = "Shin Bet chief Ronen Bar met the prime minister. Bar warned of new attacks."
    names = [m.entity_name for m in mentions_of(text, "en", DATE)]
    assert names.count("Ronen Bar") == 2
