"""English data round 9 (data/en/triggers.yaml): meetings attended or skipped, people described
as accused, attacks named as the cause of a reaction, "in protest" as a purpose, armoured
vehicles and trainers sent, funds frozen, aid received with its amount between, joint patrols,
embassies reopened, troops ordered out, welcomed steps, annexation treaties signed, forces that
clashed, passive deployment infinitives, talks suspended and resolute measures vowed. Sentences
written for these tests; the expected (type, actor countries, recipient countries) were worked
out by hand."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

D = "2025-03-03"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "text, expected",
    [
        # A state skipping a summit rejects it (like a boycott).
        ("Russia skipped the peace summit in Switzerland.", ("REJECT", ("RUS",), ("CHE",))),
        # A crowd gathering "in protest" demonstrates.
        (
            "Hundreds of Kenyans gathered in Nairobi in protest against the finance bill.",
            ("PROTEST", ("KEN",), ()),
        ),
        # Armoured vehicles handed over and trainers sent: military aid to the one who gets them.
        (
            "Sweden handed over 10 CV90 infantry fighting vehicles to Ukraine.",
            ("AID", ("SWE",), ("UKR",)),
        ),
        ("Britain sent 100 military trainers to Ukraine.", ("AID", ("GBR",), ("UKR",))),
        # Funds for a party frozen by the one who pays them: a sanction.
        (
            "The EU froze 4 billion euros in funds for Hungary over rule-of-law concerns.",
            ("SANCTION", ("EUR",), ("HUN",)),
        ),
        # Aid received with its amount between verb and "from": the supplier aids the subject.
        (
            "Ukraine has received about 60 billion dollars in military aid from Washington since 2022.",
            ("AID", ("USA",), ("UKR",)),
        ),
        # Joint patrols named by their kind: one shared act.
        (
            "The United States and the Philippines launched joint naval patrols in the South China Sea.",
            ("COOPERATE", ("USA", "PHL"), ()),
        ),
        # An embassy reopened: ties resumed.
        (
            "Azerbaijan reopened its embassy in Tehran two years after a deadly attack on the mission.",
            ("COOPERATE", ("AZE",), ("IRN",)),
        ),
        # Foreign troops ordered out: a break with the state that sent them.
        (
            "Niger's junta ordered French troops to leave the country within a month.",
            ("SANCTION", ("NER",), ("FRA",)),
        ),
        # Welcoming the easing of sanctions is praise of the step, not hosting.
        (
            "Syria's new leadership welcomed the easing of US sanctions.",
            ("SUPPORT", ("SYR",), ("USA",)),
        ),
        # Treaties signed to annex territory are the annexation.
        (
            "Putin signed treaties annexing four Ukrainian regions.",
            ("COERCE", ("RUS",), ("UKR",)),
        ),
        # Two forces that clashed attack each other.
        (
            "Pakistani troops and Afghan Taliban forces clashed at the Torkham border crossing on Sunday.",
            ("ASSAULT", ("PAK",), ("AFG",)),
        ),
        (
            "Pakistani troops and Afghan Taliban forces clashed at the Torkham border crossing on Sunday.",
            ("ASSAULT", ("AFG",), ("PAK",)),
        ),
        (
            "Kyrgyz and Tajik border guards clashed again on Friday.",
            ("ASSAULT", ("KGZ",), ("TJK",)),
        ),
        # Talks suspended with their topic after "on": a break, not talks.
        (
            "Georgia's ruling party suspended talks on joining the European Union.",
            ("SANCTION", ("GEO",), ("EUR",)),
        ),
        # Controls: the ordinary readings still code.
        (
            "Algeria recalled its ambassador from Paris in protest over France's stance on Western Sahara.",
            ("SANCTION", ("DZA",), ("FRA",)),
        ),
        (
            "Pakistan summoned the Afghan charge d'affaires over cross-border attacks by militants.",
            ("ACCUSE", ("PAK",), ("AFG",)),
        ),
        (
            "Canada imposed sanctions on six Israeli settlers accused of violence against Palestinians.",
            ("SANCTION", ("CAN",), ("ISR",)),
        ),
        (
            "The Philippines lodged a diplomatic protest with China over the use of water cannon.",
            ("ACCUSE", ("PHL",), ("CHN",)),
        ),
        (
            "The Philippines and Japan signed a defence pact allowing troops to be deployed on each other's soil.",
            ("AGREE", ("PHL", "JPN"), ()),
        ),
    ],
)
def test_round9_triggers(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # "in protest over" after a diplomatic step is its purpose, not a demonstration.
        ("Algeria recalled its ambassador from Paris in protest over France's stance on Western Sahara.", "PROTEST"),
        # Attacks named bare as the cause of a summons or complaint are told elsewhere.
        ("Pakistan summoned the Afghan charge d'affaires over cross-border attacks by militants.", "ASSAULT"),
        ("Lebanon complained to the Security Council over two Israeli air raids on its territory.", "ASSAULT"),
        # People described as accused: no accusation by the one who sanctions them.
        ("Canada imposed sanctions on six Israeli settlers accused of violence against Palestinians.", "ACCUSE"),
        # The use of water cannon as the topic of a protest note has no author here.
        ("The Philippines lodged a diplomatic protest with China over the use of water cannon.", "COERCE"),
        # A deployment a pact permits has not happened.
        ("The Philippines and Japan signed a defence pact allowing troops to be deployed on each other's soil.", "MOBILIZE"),
        # A skipped summit and suspended talks are no meeting.
        ("Russia skipped the peace summit in Switzerland.", "CONSULT"),
        ("Georgia's ruling party suspended talks on joining the European Union.", "CONSULT"),
        # Welcoming a step is no hosting of a guest.
        ("Syria's new leadership welcomed the easing of US sanctions.", "CONSULT"),
        # A treaty absorbing territory is no agreement with a partner.
        ("Putin signed treaties annexing four Ukrainian regions.", "AGREE"),
        # Embassies to be reopened under an agreement are its content, not an act of their own.
        ("Riyadh and Tehran agreed to restore relations and reopen embassies within two months.", "COOPERATE"),
    ],
)
def test_round9_not_coded(text, etype):
    assert etype not in types(text)


def test_round9_meeting_not_attended_is_negated():
    events = [e for e in code_text("Russia did not attend the summit.", "en", D) if e.event_type == "CONSULT"]
    assert events and all(e.negated for e in events)
    assert not happened("China declined to attend the talks in Geneva.", "CONSULT")


def test_round9_accused_with_an_agent_is_that_agent_accusing():
    events = [
        e
        for e in code_text("The journalist, accused of spying by Russia, was freed.", "en", D)
        if e.event_type == "ACCUSE"
    ]
    assert [a.country for e in events for a in e.actor] == ["RUS"]


def test_round9_vowed_measures_are_a_threat():
    text = "The Chinese defence ministry vowed to take all necessary measures to safeguard its sovereignty."
    assert ("THREATEN", ("CHN",), ()) in coded_tuples(text, "en", D)

