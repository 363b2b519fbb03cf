"""English data round 13 (data/en/triggers.yaml, roles.yaml): a hunger strike, general strike,
sit-in or protest launched, begun or resumed is a protest, not an attack ("launched a hunger
strike" had matched "launch * strikes"); protesters arrested, detained, rounded up or jailed
are the victims of a coercion, not a protest by the police that holds them; a person who died
under or from torture is the victim of an attack, not its author; airspace, ports or waters
shut or sealed to a party are a restriction on it; and a country adjective on "plan" or
"initiative" is the government, like "proposal". Every sentence was written for these tests;
the expected (type, actor countries, recipient countries) were worked out by hand against
eval/README.md."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

D = "2025-03-03"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "text, expected",
    [
        # A hunger strike or sit-in launched, begun or resumed: a protest.
        ("Iranian activists launched a hunger strike.", ("PROTEST", ("IRN",), ())),
        ("Iranian activists resumed their hunger strike.", ("PROTEST", ("IRN",), ())),
        ("Belarusian students started a sit-in outside the ministry.", ("PROTEST", ("BLR",), ("BLR",))),
        ("Venezuelan teachers launched a nationwide protest.", ("PROTEST", ("VEN",), ())),
        # Protesters arrested or jailed: a coercion of them.
        ("Cuba jailed dozens of protesters.", ("COERCE", ("CUB",), ("CUB",))),
        (
            "Israeli police arrested dozens of Palestinian protesters.",
            ("COERCE", ("ISR",), ("PSE",)),
        ),
        (
            "Georgian riot police rounded up scores of demonstrators.",
            ("COERCE", ("GEO",), ("GEO",)),
        ),
        # A death under torture: the one who died is the victim, no author named.
        ("An Iranian dissident died under torture.", ("ASSAULT", (), ("IRN",))),
        ("A British journalist died from torture.", ("ASSAULT", (), ("GBR",))),
        # Airspace or ports shut or sealed to a party: a restriction on it.
        ("Turkey shut its airspace to Israeli planes.", ("SANCTION", ("TUR",), ("ISR",))),
        ("Ankara sealed its ports to Armenian ships.", ("SANCTION", ("TUR",), ("ARM",))),
        # Protests launched or resumed.
        ("Pakistani lawyers launched a protest campaign.", ("PROTEST", ("PAK",), ())),
        ("Serbian students resumed their protests.", ("PROTEST", ("SRB",), ())),
    ],
)
def test_round13_triggers(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # A hunger strike launched is no attack.
        ("Iranian activists launched a hunger strike.", "ASSAULT"),
        ("Kurdish inmates began a 48-hour hunger strike.", "ASSAULT"),
        # A state that launches a protest with another lodges a complaint: no street protest.
        ("China launched a protest with Japan over the visit.", "PROTEST"),
        # The police who arrest protesters do not protest.
        ("Cuba jailed dozens of protesters.", "PROTEST"),
        ("Israeli police arrested dozens of Palestinian protesters.", "PROTEST"),
        ("Serbian police detained several demonstrators near the parliament.", "PROTEST"),
    ],
)
def test_round13_not_coded(text, etype):
    assert etype not in types(text)


def test_round13_torture_victim_is_not_the_actor():
    events = [
        e
        for e in code_text("An Iranian dissident died under torture.", "en", D)
        if e.event_type == "ASSAULT"
    ]
    assert events and all(not e.actor for e in events)


def test_round13_military_strikes_still_launched():
    assert ("ASSAULT", ("ISR",), ("PSE",)) in coded_tuples("Israel launched strikes on Gaza.", "en", D)


def test_round13_airspace_not_shut_is_negated():
    text = "Turkey did not shut its airspace to Israeli planes."
    events = [e for e in code_text(text, "en", D) if e.event_type == "SANCTION"]
    assert events and all(e.negated for e in events)
    assert not happened(text, "SANCTION")


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Kyiv welcomed the Chinese initiative.", "CHN"),
        ("Hamas accepted the Egyptian plan.", "EGY"),
    ],
)
def test_round13_state_plan_is_the_government(text, actor):
    recipients = [r for e in code_text(text, "en", D) for r in e.recipient if r.country == actor]
    assert recipients and all(r.sector == "GOV" for r in recipients)
