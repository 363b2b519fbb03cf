"""English data round 15 (data/en/triggers.yaml, grammar.yaml, roles.yaml,
aliases/places.yaml, new aliases/capitals.yaml), from a probe of fresh wire-style documents and
sentences on nuclear talks, coups, hostage and prisoner deals, energy and trade disputes, border
closures and migration, cyber attacks and UN votes: having "spoken (directly) with" a party is a
call; shells fired into the sea are a show of force (MOBILIZE), not an attack; a party "supplied
with" weapons receives military aid; border crossings or crossing points closed with a party are a
restriction; political parties' activities suspended is a ban, not a suspension of relations; a
prison sentence served and water released from a plant are nouns, no event; a test-ban treaty is
no nuclear test; a ratification withdrawn leaves the treaty; "declared X persona non grata" is
the declarer's expulsion; a status or rights upgraded at a body is recognition; an embassy
broken into is raided; a UN-backed multinational mission is no act of backing; students or
opposition supporters dispersed with tear gas are the target; people "held hostage by" a party,
or held hostage by it, are abducted; "a resolution censuring" a party accuses it; a mission or
envoy ordered to leave is expelled; air strikes that hit are an attack by their owner; agreeing
to a deal with a party is a joint act whose purpose is not yet done; "told X to stop" is a
demand on X, not a stop; "plotting to" makes the plotted act hypothetical; "the freed hostages"
is no new release; "both parties" and "the warring parties" stand for the two parties named
before; capitals with no place record (Quito, Colombo, Harare, Kampala ...) name their state; the
Gulf of Oman or of Finland is a sea, not the state. Every sentence was written for these tests;
the expected (type, actor countries, recipient countries) were worked out by hand against
eval/README.md."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

D = "2025-01-01"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "text, expected",
    [
        # Having spoken with a party: a call.
        (
            "The White House said special envoy Steve Witkoff had spoken directly with Araqchi"
            " for about 45 minutes.",
            ("CONSULT", ("USA",), ("IRN",)),
        ),
        # Shells fired into the sea near a party: a show of force.
        (
            "North Korea fired around 200 artillery shells into the sea near the disputed maritime"
            " border with South Korea.",
            ("MOBILIZE", ("PRK",), ("KOR",)),
        ),
        # A party supplied with weapons: military aid.
        (
            "Britain will supply Ukraine with 5,000 air defence missiles, Defence Secretary John"
            " Healey said.",
            ("AID", ("GBR",), ("UKR",)),
        ),
        # Border crossings with a party closed: a restriction.
        (
            "Poland closed its main border crossing with Belarus on Tuesday.",
            ("SANCTION", ("POL",), ("BLR",)),
        ),
        (
            "Finland closed all crossing points on its border with Russia, accusing Moscow of"
            " pushing migrants towards the frontier.",
            ("SANCTION", ("FIN",), ("RUS",)),
        ),
        # Political parties' activities suspended: a ban at home.
        (
            "Mali's military government suspended the activities of all political parties until"
            " further notice.",
            ("COERCE", ("MLI",), ()),
        ),
        # A ratification withdrawn: the treaty is left (and a test-ban treaty is no test).
        (
            "Russia withdrew its ratification of the Comprehensive Nuclear Test Ban Treaty.",
            ("SANCTION", ("RUS",), ()),
        ),
        # Persona non grata: the declaring party expels.
        ("Moscow declared a Dutch journalist persona non grata.", ("SANCTION", ("RUS",), ("NLD",))),
        # A party's rights upgraded at the UN: recognition.
        (
            "The General Assembly voted 143 to 9 to upgrade Palestine's rights at the United Nations.",
            ("SUPPORT", ("UNO",), ("PSE",)),
        ),
        # An embassy broken into: a raid on its state.
        (
            "Ecuadorian police broke into the Mexican embassy in Quito late on Friday.",
            ("COERCE", ("ECU",), ("MEX",)),
        ),
        # Students and opposition supporters dispersed by force: the target.
        (
            "Police in Dhaka fired tear gas to disperse thousands of students.",
            ("COERCE", ("BGD",), ("BGD",)),
        ),
        (
            "Kenyan police fired tear gas to disperse opposition supporters in Nairobi.",
            ("COERCE", ("KEN",), ("KEN",)),
        ),
        # Held hostage by a party, and a party holding people hostage: abduction.
        (
            "Swedish Prime Minister Ulf Kristersson said the two Swedes had been held hostage by Tehran.",
            ("ASSAULT", ("IRN",), ("SWE",)),
        ),
        ("Hamas is holding about 100 Israelis hostage in Gaza.", ("ASSAULT", ("PSE",), ("ISR",))),
        # Told to stop: a demand.
        ("Washington told Israel to stop the offensive.", ("REQUEST", ("USA",), ("ISR",))),
        # "both parties" stands for the two named before.
        (
            "Serbia and Kosovo agreed on Saturday on an EU plan. Borrell said both parties had"
            " committed to honour all its articles.",
            ("AGREE", ("SRB", "XKX"), ()),
        ),
        # "a resolution censuring": the gerund of censure.
        (
            "The IAEA board of governors passed a resolution censuring Iran for non-compliance.",
            ("ACCUSE", ("UNO",), ("IRN",)),
        ),
        # A mission ordered to leave: an expulsion.
        (
            "Mali's junta ordered the UN peacekeeping mission to leave the country without delay.",
            ("SANCTION", ("MLI",), ("UNO",)),
        ),
        # Air strikes that hit: an attack by their owner.
        (
            "Israeli air strikes hit Iran's nuclear facilities at Natanz overnight.",
            ("ASSAULT", ("ISR",), ("IRN",)),
        ),
        # Agreeing to a deal with a party: a joint act.
        (
            "Tunisia agreed to a deal with the EU to curb migrant departures.",
            ("AGREE", ("TUN", "EUR"), ()),
        ),
        # Capitals with no place record name their state.
        ("Nicaragua severed ties with Quito.", ("SANCTION", ("NIC",), ("ECU",))),
        ("Police in Colombo arrested dozens of protesters.", ("COERCE", ("LKA",), ("LKA",))),
        ("Harare expelled a British diplomat.", ("SANCTION", ("ZWE",), ("GBR",))),
        ("Kampala summoned the Kenyan envoy.", ("ACCUSE", ("UGA",), ("KEN",))),
        # The Gulf of Oman or of Finland is a sea, not the state.
        ("Iran seized an oil tanker in the Gulf of Oman.", ("COERCE", ("IRN",), ())),
        ("Russian warships held drills in the Gulf of Finland.", ("MOBILIZE", ("RUS",), ())),
    ],
)
def test_round15_triggers(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Shells into the sea strike nothing.
        (
            "North Korea fired around 200 artillery shells into the sea near the disputed maritime"
            " border with South Korea.",
            "ASSAULT",
        ),
        # Parties banned at home: no suspension of relations.
        (
            "Mali's military government suspended the activities of all political parties until"
            " further notice.",
            "SANCTION",
        ),
        # A sentence served abroad is not passed by the prisoner's own side.
        (
            "The Taliban released an American held in Afghanistan in exchange for an Afghan serving a"
            " life sentence in the United States.",
            "COERCE",
        ),
        # Water released from a plant frees no one.
        (
            "China imposed a ban on seafood imports from Japan over the release of water from the"
            " Fukushima plant.",
            "RETREAT",
        ),
        # A test-ban treaty is no test.
        (
            "Russia withdrew its ratification of the Comprehensive Nuclear Test Ban Treaty.",
            "MOBILIZE",
        ),
        # "the freed Americans" names those freed before.
        ("The freed Americans landed at Joint Base Andrews late on Thursday.", "RETREAT"),
        # A UN-backed mission is no act of backing by the state that leads it.
        (
            "Kenya deployed 400 police officers to Haiti to lead a UN-backed multinational security mission.",
            "SUPPORT",
        ),
        # What a party is told to halt is not halted by the one who tells.
        ("The E3 told Tehran to halt enrichment.", "SANCTION"),
        # What a deal is agreed for is not yet done.
        ("Hamas agreed to a deal with Israel to release 33 hostages.", "RETREAT"),
        # A leader's order to his own minister is no demand on a party.
        ("Putin told his defence minister to end the operation.", "REQUEST"),
    ],
)
def test_round15_not_coded(text, etype):
    assert etype not in types(text)


def test_round15_plotted_assassination_is_hypothetical():
    text = (
        "Ukraine's SBU security service said it had detained a Russian agent plotting to"
        " assassinate Zelensky."
    )
    assert happened(text, "COERCE")
    assert not happened(text, "ASSAULT")


def test_round15_gulf_of_oman_is_no_party():
    events = code_text("Iran seized an oil tanker in the Gulf of Oman.", "en", D)
    assert events
    assert all(r.country != "OMN" for e in events for r in e.recipient)
