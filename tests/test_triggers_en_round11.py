"""English data round 11 (data/en/triggers.yaml): general verbs and nouns that coded nothing: a
party's computers, networks or systems hacked or breached (a cyber attack), a consulate shut
down or its closure ordered, territory ceded or villages handed to another party, troops or
forces that left or vacated a state, vaccines, food, tents or medicine shipped or sent to a
party, fuel and aid trucks let into a territory, remorse expressed to a party, reparations paid,
a party lobbied for something, joint manoeuvres and war games, a party cautioned against a step,
slogans chanted against a party, a border with a party sealed, property looted, a party or its
talks snubbed or shunned and talks pulled out of, tribute paid to a party captives turned over
and a party begged to act. Stop phrases keep out ground ceded in a vote, a trail of destruction
that forces left and advice "cautioned against" with no party between. Every sentence was
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
        # A party's systems hacked or breached: a cyber attack (CAMEO 176).
        ("Iranian hackers breached Israeli water systems last year.", ("COERCE", ("IRN",), ("ISR",))),
        ("North Korea hacked South Korean defence networks.", ("COERCE", ("PRK",), ("KOR",))),
        # Another state's consulate shut, or its closure ordered: a cut in relations.
        ("China shut down the US consulate in Chengdu.", ("SANCTION", ("CHN",), ("USA",))),
        (
            "Poland ordered the closure of the Russian consulate in Poznan.",
            ("SANCTION", ("POL",), ("RUS",)),
        ),
        # Territory ceded or villages handed over: a return of control.
        (
            "Armenia ceded seven districts to Azerbaijan under the 2020 truce.",
            ("RETREAT", ("ARM",), ("AZE",)),
        ),
        ("Armenia handed four border villages to Azerbaijan in May.", ("RETREAT", ("ARM",), ("AZE",))),
        # Troops that left a state: a withdrawal from it.
        ("French troops left Mali in August.", ("RETREAT", ("FRA",), ("MLI",))),
        ("French troops left Niger in December.", ("RETREAT", ("FRA",), ("NER",))),
        # Relief goods shipped or sent to a party: humanitarian aid.
        ("China shipped vaccines to Cambodia.", ("AID", ("CHN",), ("KHM",))),
        ("Turkey sent tents and blankets to Syria.", ("AID", ("TUR",), ("SYR",))),
        # Fuel trucks let into a territory: an easing of its closure.
        ("Israel let fuel trucks into Gaza on Sunday.", ("RETREAT", ("ISR",), ("PSE",))),
        # Remorse expressed to a party: an apology.
        ("Japan expressed its deep remorse to China.", ("SUPPORT", ("JPN",), ("CHN",))),
        # Reparations paid to a party: compensation.
        ("Iraq paid reparations to Kuwait for the 1990 invasion.", ("CONCEDE", ("IRQ",), ("KWT",))),
        # A party lobbied for something: a request of it.
        ("Poland lobbied Germany for Leopard tanks.", ("REQUEST", ("POL",), ("DEU",))),
        # Joint manoeuvres: military cooperation, all parties actors.
        (
            "Russia and Belarus began joint military manoeuvres near the Polish border.",
            ("COOPERATE", ("RUS", "BLR"), ()),
        ),
        # A party cautioned against a step: a warning to it.
        (
            "Washington cautioned Israel against a ground offensive in Rafah.",
            ("THREATEN", ("USA",), ("ISR",)),
        ),
        # Slogans chanted against a party: a demonstration against it.
        ("Protesters in Baghdad chanted slogans against Iran.", ("PROTEST", ("IRQ",), ("IRN",))),
        # A border with a party sealed: a restriction on relations with it.
        (
            "Pakistan sealed its border with Afghanistan after the bombing.",
            ("SANCTION", ("PAK",), ("AFG",)),
        ),
        # Homes looted by a party's troops: seizure of property.
        ("Sudanese soldiers looted Chadian shops near the border.", ("COERCE", ("SDN",), ("TCD",))),
        # A party's invitation snubbed or its talks shunned: a rejection.
        ("Poland snubbed a Hungarian invitation to the summit.", ("REJECT", ("POL",), ("HUN",))),
        ("Iran shunned direct talks with Washington.", ("REJECT", ("IRN",), ("USA",))),
        # Talks with a party pulled out of: a rejection of the negotiation.
        ("Azerbaijan pulled out of talks with Armenia.", ("REJECT", ("AZE",), ("ARM",))),
        # Tribute paid to a party: praise.
        ("The Polish president paid tribute to Ukrainian defenders.", ("SUPPORT", ("POL",), ("UKR",))),
        # A captive turned over to a party: a release, like "handed over".
        ("Pakistan turned over a captured Indian pilot to India.", ("RETREAT", ("PAK",), ("IND",))),
        # A party begged to act: an appeal to it.
        ("Lebanon begged France to press Israel for a truce.", ("REQUEST", ("LBN",), ("FRA",))),
    ],
)
def test_round11_triggers(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Ground ceded in a vote is no territory handed over.
        ("The opposition ceded ground to the ruling party in the vote.", "RETREAT"),
        # A trail of destruction left behind is no withdrawal.
        ("Russian forces left a trail of destruction near Kyiv.", "RETREAT"),
        # Advice with no party cautioned is no warning.
        ("Israel cautioned against drawing conclusions from the report.", "THREATEN"),
        # No remorse shown is no apology.
        ("The prisoner showed no remorse.", "SUPPORT"),
        # A crowd chanting against a referee protests against no party.
        ("Fans chanted against the referee.", "PROTEST"),
        # Talks shunned or pulled out of are no meeting.
        ("Iran shunned direct talks with Washington.", "CONSULT"),
        ("Azerbaijan pulled out of talks with Armenia.", "CONSULT"),
        # Evidence turned over to prosecutors frees no one.
        ("The police turned over the evidence to prosecutors.", "RETREAT"),
        # Looting with no author named is no seizure by a party.
        ("Looting broke out in the capital overnight.", "COERCE"),
        # A ground offensive a party is cautioned against has not happened.
        ("Washington cautioned Israel against a ground offensive in Rafah.", "ASSAULT"),
    ],
)
def test_round11_not_coded(text, etype):
    assert etype not in types(text)


def test_round11_territory_not_ceded_is_negated():
    text = "Ukraine will never cede territory to Russia."
    events = [e for e in code_text(text, "en", D) if e.event_type == "RETREAT"]
    assert events and all(e.negated for e in events)
    assert not happened(text, "RETREAT")
