"""English data round 7 (data/en/triggers.yaml, data/en/grammar.yaml), aimed at precision:
stop phrases for bodies convening on their own, support given to currencies and markets,
thanks to one's own voters, deaths from wars and diseases with no attacker, sanctions as
the subject of a judgement or the name of a body, energy supplies "as a weapon", critics
and advocates of an act, political rallies, talks and denials named as the time before the
news, people killed in riots, acts as the topic of a debate or a hearing, mediation
thanked for, things and refugees hosted or received, visas to visit, a party's critics; "obliging" and "wants"
as hypothetical cues. Sentences written for these tests; the
expected (type, actor countries, recipient countries) were worked out by hand."""

import pytest
from event_helpers import Coder, coded_tuples

D = "2025-03-03"

_coder = Coder("en", D)
happened = _coder.happened


@pytest.mark.parametrize(
    "text, expected",
    [
        # Controls: the trigger words these stop phrases share still code real acts.
        ("The EU imposed new sanctions on Belarus.", ("SANCTION", ("EUR",), ("BLR",))),
        ("Moscow announced new sanctions on British officials.", ("SANCTION", ("RUS",), ("GBR",))),
        ("Putin thanked Kim Jong Un for his support.", ("SUPPORT", ("RUS",), ("PRK",))),
        ("Germany supported Ukraine's bid to join the EU.", ("SUPPORT", ("DEU",), ("UKR",))),
        ("Germany sent air defence systems to Ukraine.", ("AID", ("DEU",), ("UKR",))),
        (
            "Turkey's foreign minister held talks with his Greek counterpart in Athens.",
            ("CONSULT", ("TUR",), ("GRC",)),
        ),
        # A war with a named author still kills; only the impersonal war does not.
        (
            "Israel's war against Hamas has killed thousands of Palestinians, the Gaza health "
            "ministry said.",
            ("ASSAULT", ("ISR",), ("PSE",)),
        ),
        # A pact signed is an agreement even when what it obliges is hypothetical.
        (
            "Russia and North Korea signed a pact obliging each side to provide military "
            "assistance if the other is attacked.",
            ("AGREE", ("RUS", "PRK"), ()),
        ),
        # Background talks and denials do not hide the act told after them.
        (
            "After three weeks of denials, Moscow admitted that its jet had entered Estonian "
            "airspace.",
            ("CONCEDE", ("RUS",), ("EST",)),
        ),
        # Hosting and receiving a guest still code.
        ("Qatar hosted Iran's foreign minister in Doha.", ("CONSULT", ("QAT",), ("IRN",))),
        ("Putin received the Iranian president in the Kremlin.", ("CONSULT", ("RUS",), ("IRN",))),
        ("Iran accused Israel of sabotage at Natanz.", ("ACCUSE", ("IRN",), ("ISR",))),
    ],
)
def test_round7_triggers(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # A body convening on its own is no consultation.
        ("The Security Council meets on Tuesday to discuss the situation in Sudan.", "CONSULT"),
        ("The Security Council met to discuss the crisis in Haiti.", "CONSULT"),
        # Support for a currency or market; thanks to one's own voters.
        ("Russia's central bank raised interest rates to support the rouble.", "SUPPORT"),
        ("Turkey's central bank sold reserves to support the lira.", "SUPPORT"),
        ("India thanked voters for their support in the state elections.", "SUPPORT"),
        ("Erdogan thanked voters after his victory.", "SUPPORT"),
        # Deaths from a war or a disease with no attacker named.
        ("Syria's civil war, which began in 2011, has killed more than 500,000 people.", "ASSAULT"),
        ("The war in Sudan has killed tens of thousands of people.", "ASSAULT"),
        ("Cholera has killed more than 200 people in Sudan.", "ASSAULT"),
        # Sanctions judged, or naming a body.
        ("The EU's foreign policy chief said sanctions alone would not end the war.", "SANCTION"),
        ("The UN sanctions committee on North Korea met behind closed doors.", "SANCTION"),
        # Energy used as a weapon is no arms delivery.
        ("The Kremlin has for years used gas supplies as a political weapon against Europe.", "AID"),
        # A stance on an act, or the act as a topic, is not the act.
        ("Hungary's prime minister is a vocal critic of military aid to Ukraine.", "AID"),
        ("Germany's Bundestag debated a motion on arms deliveries to Israel.", "AID"),
        ("The Senate held a hearing on military aid to Taiwan.", "AID"),
        # A leader's own rally: neither hosting nor a protest.
        ("Serbia's president hosted a rally of his supporters in Belgrade.", "CONSULT"),
        ("Serbia's president hosted a rally of his supporters in Belgrade.", "PROTEST"),
        # Background denials with no parties of their own.
        (
            "After three weeks of denials, Moscow admitted that its jet had entered Estonian "
            "airspace.",
            "REJECT",
        ),
        # People killed in riots: background, no riot now.
        (
            "Serbia lifted a curfew in the town, where nine people have been killed in ethnic "
            "riots this year.",
            "PROTEST",
        ),
        # The mediation thanked for is the thanked party's own earlier act.
        ("The Egyptian foreign minister thanked Qatar for its mediation efforts.", "CONSULT"),
        # What a pact obliges is hypothetical.
        (
            "Russia and North Korea signed a pact obliging each side to provide military "
            "assistance if the other is attacked.",
            "AID",
        ),
        # Hosting or receiving refugees, offices, bases, weapons or jets: no guest.
        ("Turkey hosts some 3 million Syrian refugees.", "CONSULT"),
        ("Qatar hosts Hamas's political office and the largest US air base in the region.", "CONSULT"),
        ("Belarus has hosted Russian nuclear weapons since 2023.", "CONSULT"),
        ("Kyiv received the first F-16 jets last summer.", "CONSULT"),
        # A visa to visit is no visit.
        ("Russians no longer need visas to visit Georgia.", "CONSULT"),
        # What a party wants another to do has not happened.
        ("Ukraine wants the West to seize frozen Russian assets.", "COERCE"),
        # A party's critics are not the party.
        ("Israel's critics accuse it of collective punishment in Gaza.", "ACCUSE"),
    ],
)
def test_round7_not_happened(text, etype):
    assert not happened(text, etype)
