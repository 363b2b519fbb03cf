"""English data round 12 (data/en/triggers.yaml, sectors.yaml, aliases/places.yaml): general
verbs, nouns and constructions of English news that coded nothing or coded the wrong party:
condolences sent or sympathy extended to a party, a commitment to it reaffirmed, credit
extended, money lent, relief rushed or tonnes of food given to it, territory returned, curbs or
a ban eased, inspectors or monitors let in, relations broken or links severed, a party's ships
barred, a diplomatic presence reduced, journalists expelled (a deportation), house arrest, a
plane forced down, supply vessels blocked, a go-between shuttling between two parties, a party
turned to for help, an apology or membership sought, joint task forces, missiles that slam into
a target, warplanes that raid, positions hammered, ships sunk, migrants beaten, a town taken, a
unilateral truce declared, flags burned at a protest, the alert raised and reserves called up,
a party's demands agreed to (a concession), a vote in favour of a party, a proposal rejected or
a withdrawal demanded "by X" (X is the recipient, not the agent), saying no to a demand, "the X
administration" as the US government and rulers as a government. Stop phrases keep out
villagers returning home, deals hammered out, space launches, bids shot down, the month of
March, aid "to support its economy", sanctions that hit ships, "coast guard ships" read as a
verb and a probe launched into an attack. The tests take a sample of these. Every sentence was
written for these tests; the expected (type, actor countries, recipient countries) were worked
out by hand against eval/README.md."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

D = "2025-03-03"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "text, expected",
    [
        # Condolences sent to a party: support (like "offered condolences").
        (
            "Germany sent condolences to Morocco after the earthquake.",
            ("SUPPORT", ("DEU",), ("MAR",)),
        ),
        # A commitment to a party reaffirmed: support for it.
        (
            "Washington reaffirmed its commitment to the Philippines.",
            ("SUPPORT", ("USA",), ("PHL",)),
        ),
        # Credit extended, money lent, relief rushed, tonnes of food given: aid.
        ("China extended a fresh credit to Pakistan last month.", ("AID", ("CHN",), ("PAK",))),
        ("Canada rushed medical supplies to Ukraine.", ("AID", ("CAN",), ("UKR",))),
        ("China gave Myanmar 10,000 tonnes of rice.", ("AID", ("CHN",), ("MMR",))),
        # Territory returned, a ban eased: a retreat towards the other party.
        ("Armenia returned the occupied districts to Azerbaijan.", ("RETREAT", ("ARM",), ("AZE",))),
        ("Moscow eased its ban on Georgian wine.", ("RETREAT", ("RUS",), ("GEO",))),
        # Inspectors or monitors let back in: access granted.
        (
            "Pyongyang allowed UN monitors into the Yongbyon complex.",
            ("RETREAT", ("PRK",), ("UNO",)),
        ),
        # A one-sided truce declared: a ceasefire with no recipient.
        ("Colombian rebels declared a unilateral truce.", ("RETREAT", ("COL",), ())),
        # Relations broken (without "off"): a break in relations.
        ("Bolivia broke diplomatic relations with Israel.", ("SANCTION", ("BOL",), ("ISR",))),
        # Journalists expelled are deported; house arrest; a plane forced down; boats blocked.
        ("Russia expelled two Estonian journalists.", ("COERCE", ("RUS",), ("EST",))),
        ("Belarus placed a Polish journalist under house arrest.", ("COERCE", ("BLR",), ("POL",))),
        ("Minsk forced down a Lithuanian passenger jet.", ("COERCE", ("BLR",), ("LTU",))),
        (
            "Chinese coast guard ships blocked Philippine supply vessels near the shoal.",
            ("COERCE", ("CHN",), ("PHL",)),
        ),
        # A go-between shuttling between two parties: mediation.
        (
            "An Egyptian envoy shuttled between Israel and Hamas.",
            ("CONSULT", ("EGY",), ("ISR", "PSE")),
        ),
        # A party turned to for help: a request of it.
        ("Sri Lanka turned to China for loans.", ("REQUEST", ("LKA",), ("CHN",))),
        # Weapons that slam into a target, warplanes that raid, positions hammered.
        ("Russian missiles slammed into a Ukrainian power plant.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("Israeli warplanes raided Syrian air defence sites.", ("ASSAULT", ("ISR",), ("SYR",))),
        (
            "Ukrainian artillery hammered Russian positions near Kherson.",
            ("ASSAULT", ("UKR",), ("RUS",)),
        ),
        # Migrants beaten, a town taken by force: attacks.
        ("Iranian guards beat Afghan migrants at the border.", ("ASSAULT", ("IRN",), ("AFG",))),
        (
            "Russian forces took control of the Ukrainian town of Avdiivka.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        # Flags of a party burned by a crowd: a demonstration against it.
        (
            "Angry Iraqis burned Israeli flags outside the parliament in Baghdad.",
            ("PROTEST", ("IRQ",), ("ISR",)),
        ),
        # The alert raised: mobilisation.
        (
            "South Korea raised the alert level of its troops on the border.",
            ("MOBILIZE", ("KOR",), ()),
        ),
        # An offer or call "by X" rejected, a withdrawal "by X" called for: X is the recipient.
        ("Kyiv dismissed calls by Hungary for an immediate truce.", ("REJECT", ("UKR",), ("HUN",))),
        (
            "Moldova called for a full withdrawal by Russia from Transnistria.",
            ("REQUEST", ("MDA",), ("RUS",)),
        ),
        # A party's demands agreed to: a concession to it; membership sought; a vote in favour.
        (
            "Hungary agreed to the European Commission's demands on judicial reform.",
            ("CONCEDE", ("HUN",), ("EUR",)),
        ),
        ("Ukraine sought NATO membership.", ("REQUEST", ("UKR",), ("IGO",))),
        ("Ireland voted in favour of Palestinian membership.", ("SUPPORT", ("IRL",), ("PSE",))),
        # Saying no to a party's proposal: a rejection.
        ("Greece said no to the Turkish proposal.", ("REJECT", ("GRC",), ("TUR",))),
        # "The X administration" is the US government; "rulers" are a government.
        ("The Reagan administration imposed sanctions on Libya.", ("SANCTION", ("USA",), ("LBY",))),
        (
            "Berlin rejected calls by Belarus's rulers for economic aid.",
            ("REJECT", ("DEU",), ("BLR",)),
        ),
    ],
)
def test_round12_triggers(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Villagers going home hand no territory back.
        ("Displaced families returned to their villages after the fighting.", "RETREAT"),
        # A deal hammered out is no shelling.
        ("Negotiators hammered out a deal on the port of Hodeidah.", "ASSAULT"),
        # A space launch is no missile attack.
        ("China launched a rocket carrying three satellites into orbit.", "ASSAULT"),
        # A bid shot down in a vote downs nothing.
        ("The committee shot down the Turkish bid to host the games.", "ASSAULT"),
        # The month after a preposition is no march.
        ("Japan released its trade figures for March on Tuesday.", "PROTEST"),
        # Aid given "to support its economy" is no support of a party.
        ("The IMF agreed to lend Egypt three billion dollars to support its economy.", "SUPPORT"),
        # A probe launched into an attack is no attack launched.
        ("Britain launched an inquiry into the attack on its embassy.", "ASSAULT"),
        # A ceasefire agreed on conditions is an agreement, not a concession.
        ("Israel and Hamas agreed to a ceasefire on three conditions.", "CONCEDE"),
        # Coast guard ships are a noun here: they ship no supplies.
        ("Chinese coast guard ships blocked Philippine supply vessels near the shoal.", "AID"),
    ],
)
def test_round12_not_coded(text, etype):
    assert etype not in types(text)


def test_round12_relations_not_broken_is_negated():
    text = "Qatar did not break diplomatic relations with Iran."
    events = [e for e in code_text(text, "en", D) if e.event_type == "SANCTION"]
    assert events and all(e.negated for e in events)
    assert not happened(text, "SANCTION")


def test_round12_probe_into_attack_is_an_investigation():
    assert ("ACCUSE", ("GBR",), ()) in coded_tuples(
        "Britain launched an inquiry into the attack on its embassy.", "en", D
    )
