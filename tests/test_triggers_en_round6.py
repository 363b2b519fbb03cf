"""English data round 6 (data/en/triggers.yaml, data/en/grammar.yaml): banned weapons used,
captives and bodies returned, trade and cooperation cut off, pacts scrapped, memberships
frozen, demands restated, air defences sent, military targets destroyed, jets scrambled,
missiles fired into the sea, citizenship stripped, accreditation revoked, loan tranches
released, attacks claimed, labelling a party's act with a charge; modality cues ("poised
to", "is about to", "has yet to", "remains a distant prospect"); and stop phrases for acts
named only as a cause, a time frame or the subject of a description. Sentences written for
these tests; the expected (type, actor countries, recipient countries) were worked out by
hand."""

import pytest
from event_helpers import Coder, coded_tuples

D = "2025-03-03"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "text, expected",
    [
        # Banned or indiscriminate weapons used on a party or a place.
        (
            "Syria's army allegedly used chemical weapons against rebels in Douma.",
            ("ASSAULT", ("SYR",), ()),
        ),
        (
            "Russian forces used cluster munitions on residential areas of Kharkiv, "
            "rights groups said.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        # Captured soldiers given back; bodies swapped (each side returns them).
        (
            "Azerbaijan returned five Armenian soldiers captured during the clashes.",
            ("RETREAT", ("AZE",), ("ARM",)),
        ),
        ("Ukraine and Russia swapped the bodies of fallen soldiers.", ("RETREAT", ("UKR",), ("RUS",))),
        ("Ukraine and Russia swapped the bodies of fallen soldiers.", ("RETREAT", ("RUS",), ("UKR",))),
        # Trade and supplies stopped to a party.
        (
            "China halted imports of Japanese seafood after the release of treated water from "
            "Fukushima.",
            ("SANCTION", ("CHN",), ("JPN",)),
        ),
        ("Russia suspended gas deliveries to Poland and Bulgaria.", ("SANCTION", ("RUS",), ("POL", "BGR"))),
        # Cooperation ended, suspended or frozen: a break, not cooperation.
        ("Niger ended its military cooperation with France.", ("SANCTION", ("NER",), ("FRA",))),
        (
            "Washington froze security cooperation with the Palestinian Authority.",
            ("SANCTION", ("USA",), ("PSE",)),
        ),
        # Participation or membership in a body frozen: the body is broken with.
        (
            "Georgia has frozen its participation in the CIS, the prime minister said.",
            ("SANCTION", ("GEO",), ("IGO",)),
        ),
        # Relations downgraded with words between; companies put on a blacklist.
        (
            "The United States downgraded its diplomatic relations with Nicaragua.",
            ("SANCTION", ("USA",), ("NIC",)),
        ),
        (
            "Washington added 30 Chinese companies to its trade blacklist.",
            ("SANCTION", ("USA",), ("CHN",)),
        ),
        # A demand restated by the one who restates it.
        (
            "The United Nations reiterated its demand that Israel ease restrictions on "
            "Palestinian workers.",
            ("REQUEST", ("UNO",), ("ISR",)),
        ),
        (
            "Egypt renewed its demand for an Israeli withdrawal from the Philadelphi corridor.",
            ("REQUEST", ("EGY",), ("ISR",)),
        ),
        # Air defence batteries sent; a loan tranche released.
        ("The US is sending Patriot batteries to Israel.", ("AID", ("USA",), ("ISR",))),
        (
            "The IMF agreed to release a $1.1 billion tranche to Pakistan.",
            ("AID", ("IGO",), ("PAK",)),
        ),
        # Military targets destroyed: an attack on their owner.
        (
            "Ukraine's forces destroyed a Russian landing ship off Crimea.",
            ("ASSAULT", ("UKR",), ("RUS",)),
        ),
        (
            "Russian air defences destroyed 40 Ukrainian drones overnight, the defence ministry "
            "said.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        # Fire returned is an attack, not a return of captives.
        (
            "Ukrainian forces returned fire, killing two Russian soldiers near Bakhmut.",
            ("ASSAULT", ("UKR",), ("RUS",)),
        ),
        # Attacks claimed by their authors.
        (
            "Hezbollah claimed responsibility for a drone attack on an Israeli base.",
            ("ASSAULT", ("LBN",), ("ISR",)),
        ),
        ("The attack was claimed by the Islamic State group.", ("ASSAULT", ("ISM",), ())),
        # Protests set off by an act, where the crowd gathers.
        (
            "The arrest of the opposition leader sparked protests across Turkey.",
            ("PROTEST", ("TUR",), ()),
        ),
        # Jets scrambled; citizenship stripped; accreditation revoked.
        (
            "Poland scrambled fighter jets after Russian missiles targeted western Ukraine.",
            ("MOBILIZE", ("POL",), ()),
        ),
        ("Nicaragua stripped 94 critics of their citizenship.", ("COERCE", ("NIC",), ())),
        (
            "Niger's military government revoked the accreditation of the BBC.",
            ("COERCE", ("NER",), ("GBR",)),
        ),
        # Missiles fired into the sea: a show of force, not an attack.
        (
            "North Korea fired a ballistic missile into the sea off its east coast.",
            ("MOBILIZE", ("PRK",), ()),
        ),
        # Labelling a party's act with a charge.
        (
            "Moscow branded the Dutch investigation biased and politically motivated.",
            ("ACCUSE", ("RUS",), ("NLD",)),
        ),
        (
            "Brazil's president described the Israeli offensive in Gaza as genocide.",
            ("ACCUSE", ("BRA",), ("ISR",)),
        ),
        # Talks or a dialogue resumed; an envoy summoned, told in the passive with its agent.
        (
            "Japan and South Korea resumed their security dialogue after a five-year hiatus.",
            ("CONSULT", ("JPN",), ("KOR",)),
        ),
        (
            "The Chinese ambassador was summoned by the Philippine foreign ministry.",
            ("ACCUSE", ("PHL",), ("CHN",)),
        ),
        # Retaliation promised for strikes that "will not go unanswered".
        (
            "Israel struck targets near Damascus, and Syria said the strikes would not go "
            "unanswered.",
            ("THREATEN", ("SYR",), ("ISR",)),
        ),
        # Regression: common wire-style sentences of each type still code as before.
        (
            "Ethiopia and Somalia reached a deal in Ankara to end their dispute over sea access.",
            ("AGREE", ("ETH", "SOM"), ()),
        ),
        (
            "The Chinese foreign minister held talks with his Indian counterpart in New Delhi on "
            "Tuesday.",
            ("CONSULT", ("CHN",), ("IND",)),
        ),
        (
            "Germany reaffirmed its support for Moldova's bid to join the European Union.",
            ("SUPPORT", ("DEU",), ("MDA",)),
        ),
        ("Turkey dropped its objections to Finland joining NATO.", ("CONCEDE", ("TUR",), ("FIN",))),
        (
            "Egyptian and Sudanese forces conducted joint air drills near the border.",
            ("COOPERATE", ("EGY", "SDN"), ()),
        ),
        (
            "Iran freed two French nationals who had been held for more than three years.",
            ("RETREAT", ("IRN",), ("FRA",)),
        ),
        (
            "Poland asked NATO to deploy more air defence systems on its eastern flank.",
            ("REQUEST", ("POL",), ("IGO",)),
        ),
        (
            "Moldova accused Russia of plotting a coup to topple its pro-Western government.",
            ("ACCUSE", ("MDA",), ("RUS",)),
        ),
        (
            "North Korea threatened to take overwhelming military action against South Korea.",
            ("THREATEN", ("PRK",), ("KOR",)),
        ),
        (
            "Russia moved additional troops and armour to the border with Finland.",
            ("MOBILIZE", ("RUS",), ("FIN",)),
        ),
        (
            "Russian border guards detained two Estonian fishermen in Lake Peipus.",
            ("COERCE", ("RUS",), ("EST",)),
        ),
        (
            "China's defence minister refused to meet his American counterpart in Singapore.",
            ("REJECT", ("CHN",), ("USA",)),
        ),
    ],
)
def test_round6_triggers(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Poised, about, preparing to act: not yet done.
        ("Russia is poised to impose sanctions on Moldova.", "SANCTION"),
        ("Russia is about to impose sanctions on Moldova.", "SANCTION"),
        ("Russia is preparing to impose sanctions on Moldova.", "SANCTION"),
        ("Turkey is weighing a new incursion into northern Syria.", "ASSAULT"),
        # "has yet to" negates; the detained are described, not arrested here.
        ("Venezuela has yet to release the detained American citizens.", "RETREAT"),
        ("Venezuela has yet to release the detained American citizens.", "COERCE"),
        # A prospect is not an act.
        ("Saudi Arabia's recognition of Israel remains a distant prospect.", "SUPPORT"),
        # Cooperation ended and pacts scrapped are no cooperation or agreement.
        ("Niger ended its military cooperation with France.", "COOPERATE"),
        ("South Korea scrapped a military agreement with the North after a satellite launch.", "AGREE"),
        # Polls and purposes: no act of support.
        ("Support for the war has fallen sharply among Russian voters, a poll showed.", "SUPPORT"),
        ("The World Bank approved a loan to Pakistan to support flood reconstruction.", "SUPPORT"),
        # Sanctions described or asked about, not imposed.
        ("The new sanctions target Russia's shadow fleet of oil tankers.", "SANCTION"),
        (
            "Asked about the sanctions, the Turkish foreign minister said Ankara would not comply.",
            "SANCTION",
        ),
        # Acts named as the cause of a reaction or as a time frame.
        ("Lithuania summoned the Belarusian charge d'affaires over the balloon incursions.", "ASSAULT"),
        ("The EU imposed sanctions on Iranian officials over the crackdown on protesters.", "COERCE"),
        ("The EU imposed sanctions on Iranian officials over the crackdown on protesters.", "PROTEST"),
        ("Poland said it had scrambled aircraft to protect its airspace during the attack.", "ASSAULT"),
        # A standing commitment restated.
        ("Pakistan's army said it remained committed to the truce with India.", "AGREE"),
        # Meeting the press; wounded people let through; missiles fired into the sea.
        ("The Finnish president met reporters after the vote.", "CONSULT"),
        ("Egypt opened the Rafah crossing to let wounded Palestinians leave Gaza.", "ASSAULT"),
        ("North Korea fired a ballistic missile into the sea off its east coast.", "ASSAULT"),
        ("Ukrainian forces returned fire, killing two Russian soldiers near Bakhmut.", "RETREAT"),
        # A definite attack noun as the subject of what follows names an earlier attack.
        ("The attacks drew condemnation from across the region.", "ASSAULT"),
    ],
)
def test_round6_not_happened(text, etype):
    assert not happened(text, etype)


def test_round6_yet_to_negates():
    # "has yet to" is a negation, so the release is coded as not having happened
    assert "RETREAT" in types("Venezuela has yet to release the detained American citizens.")
    assert not happened("Venezuela has yet to release the detained American citizens.", "RETREAT")
