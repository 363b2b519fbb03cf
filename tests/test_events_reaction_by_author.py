"""After an active reaction (condemning, praising, rejecting), a "by" phrase inside its
object names the author of the act reacted to, and that author is whom the reaction
addresses: "Egypt condemned the storming of the Al-Aqsa compound by Israeli settlers" is
Egypt → Israel. Before, the "by" phrase was read as the reaction's own agent and the
reaction lost its recipient or took the victims. A "by" after a comma belongs elsewhere.
Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Egypt condemned the storming of the Al-Aqsa compound by Israeli settlers.",
            ("ACCUSE", ("EGY",), ("ISR",)),
        ),
        (
            "Turkey condemned the killing of Palestinians by Israeli forces.",
            ("ACCUSE", ("TUR",), ("ISR",)),
        ),
        ("Kyiv welcomed the decision by Germany to send tanks.", ("SUPPORT", ("UKR",), ("DEU",))),
    ],
)
def test_a_reaction_addresses_the_author_named_by_by(text, expected):
    assert expected in coded_tuples(text, "en", DATE)


def test_a_passive_reaction_keeps_its_agent():
    assert ("ACCUSE", ("UNO",), ("IRN",)) in coded_tuples(
        "Iran was condemned by the IAEA board.", "en", DATE
    )


def test_a_by_after_a_comma_is_not_the_reactions():
    text = (
        "Argentina apologized to Brazil for the incident in the Beagle Channel, "
        "disputed by Argentina and Chile."
    )
    assert ("SUPPORT", ("ARG",), ("BRA",)) in coded_tuples(text, "en", DATE)


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        (
            "Ukraine shot down 48 of 60 drones launched by Russia overnight.",
            "ASSAULT",
            "UKR",
            "RUS",
        ),
        ("Greece seized a tanker operated by Iran.", "COERCE", "GRC", "IRN"),
    ],
)
def test_by_inside_the_object_of_force_names_the_owner_of_what_is_struck(
    text, etype, actor, recipient
):
    # written for this test; the drones and the tanker are Russia's and Iran's
    assert coded_tuples(text, "en", "2025-03-20") == {(etype, (actor,), (recipient,))}
