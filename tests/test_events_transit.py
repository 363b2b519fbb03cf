"""The way goods or people travel ("via Turkey", "через Турцию", "דרך טורקיה", "عبر تركيا";
grammar.yaml `transit_markers`) is no party to the act. Before, the transit state was read
as the recipient of a delivery or a resumed transit, by the Russian parse and by the
rule that a place is a target. Every text was written for this test and its reading
checked by hand."""

from event_helpers import coded_tuples

DATE = "2025-03-20"


def test_a_delivery_via_a_third_state_is_to_its_destination():
    assert coded_tuples("Россия возобновила поставки газа в Сирию через Турцию.", "ru", DATE) == {
        ("RETREAT", ("RUS",), ("SYR",))
    }


def test_the_transit_state_is_not_the_recipient_of_resumed_transit():
    coded = coded_tuples("Венгрия возобновила транзит нефти через Россию.", "ru", DATE)
    assert not any("RUS" in c[2] for c in coded)


def test_transit_is_no_party_in_a_subject_first_language_either():
    coded = coded_tuples("Россия возобновила поставки нефти в Венгрию через Украину.", "ru", DATE)
    assert ("RETREAT", ("RUS",), ("HUN",)) in coded
    assert not any("UKR" in c[2] for c in coded)
