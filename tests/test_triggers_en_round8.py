"""English data round 8 (data/en/triggers.yaml, data/en/roles.yaml, data/en/aliases/
organisations.yaml): sanctions lifted or eased read as an easing, compound adjectives
("Iran-backed", "Russian-occupied") that are no act, warnings of impersonal dangers, verbal
attacks, boats boarded and rammed, bids approved, military operations and barrages launched,
packages agreed for a party, deployments of ships and jets, reinforced missions, agreements
ended, licences revoked, tariffs in retaliation, sieges, airspace closed to a party, companies
taken over, territory handed back, joint production, "via" as a transit place, Western
capitals and allies as a bloc, and threats that are only perceived. Sentences written for
these tests; the expected (type, actor countries, recipient countries) were worked out by
hand."""

import pytest
from event_helpers import Coder, coded_tuples

D = "2025-03-03"

_coder = Coder("en", D)
types = _coder.types


@pytest.mark.parametrize(
    "text, expected",
    [
        # Sanctions lifted, eased or waived are an easing, with words between verb and noun.
        (
            "Washington lifted some sanctions on Syria's new government after the fall of Assad.",
            ("RETREAT", ("USA",), ("SYR",)),
        ),
        (
            "The United States eased some oil sanctions on Venezuela after the talks in Doha.",
            ("RETREAT", ("USA",), ("VEN",)),
        ),
        (
            "The EU agreed to ease sanctions on Syria's energy and transport sectors.",
            ("RETREAT", ("EUR",), ("SYR",)),
        ),
        ("Washington granted sanctions relief to Caracas for six months.", ("RETREAT", ("USA",), ("VEN",))),
        # Controls: imposing sanctions is still a sanction.
        ("The EU agreed to impose sanctions on Iran.", ("SANCTION", ("EUR",), ("IRN",))),
        ("The EU imposed sanctions on Iran over drone deliveries to Russia.", ("SANCTION", ("EUR",), ("IRN",))),
        # Verb senses of the words the compound-adjective stop phrases share still code.
        ("Russia occupied Crimea in 2014.", ("COERCE", ("RUS",), ("UKR",))),
        ("Moscow annexed four Ukrainian regions in 2022.", ("COERCE", ("RUS",), ("UKR",))),
        ("Iran backed the Houthis throughout the war.", ("SUPPORT", ("IRN",), ("YEM",))),
        ("France supported Ukraine's bid to join the EU.", ("SUPPORT", ("FRA",), ("UKR",))),
        # Verbal attacks: a policy, words, or a party for what it did or failed to do.
        ("Trump attacked NATO allies for not spending enough on defence.", ("ACCUSE", ("USA",), ("IGO",))),
        ("Macron attacked Trump's tariff policy in a speech in Paris.", ("ACCUSE", ("FRA",), ("USA",))),
        ("Erdogan attacked Israel for what he called genocide in Gaza.", ("ACCUSE", ("TUR",), ("ISR",))),
        # Controls: physical attacks stay attacks.
        ("Russia attacked Ukraine in response to the drone strikes on its airfields.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("Hezbollah attacked an Israeli army position near the border.", ("ASSAULT", ("LBN",), ("ISR",))),
        ("Israeli forces attacked Hamas leadership targets in Gaza City.", ("ASSAULT", ("ISR",), ("PSE",))),
        # A threatening warning still codes.
        (
            "Iran warned Israel that any attack on its nuclear sites would be met with a crushing response.",
            ("THREATEN", ("IRN",), ("ISR",)),
        ),
        # Boats boarded and rammed at sea.
        ("China's coast guard boarded and searched a Taiwanese fishing boat near Kinmen.", ("COERCE", ("CHN",), ("TWN",))),
        (
            "The Philippines lodged a diplomatic protest with Beijing after a Chinese coast guard vessel "
            "rammed a Filipino supply boat near the shoal.",
            ("ASSAULT", ("CHN",), ("PHL",)),
        ),
        # A partner's bid or accession approved: X -> Y.
        ("Turkey's parliament approved Finland's bid to join NATO.", ("AGREE", ("TUR",), ("FIN",))),
        # Military operations launched, and barrages.
        ("Russia launched its special military operation in Ukraine in February 2022.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("Iran retaliated against Israel with a barrage of ballistic missiles.", ("ASSAULT", ("IRN",), ("ISR",))),
        # A package agreed for a party: a one-sided promise, and the aid it provides.
        (
            "Leaders of all 27 member states of the European Union agreed today on a 50 billion euro "
            "package of support for Ukraine.",
            ("AGREE", ("EUR",), ("UKR",)),
        ),
        (
            "Leaders of all 27 member states of the European Union agreed today on a 50 billion euro "
            "package of support for Ukraine.",
            ("AID", ("EUR",), ("UKR",)),
        ),
        # Ending agreements with a partner, revoking licences of its outlets.
        (
            "Niger's military rulers said they were ending military agreements with France.",
            ("SANCTION", ("NER",), ("FRA",)),
        ),
        (
            "Niger's junta revoked the broadcasting licences of France 24 and Radio France Internationale.",
            ("COERCE", ("NER",), ("FRA",)),
        ),
        # Tariffs in retaliation, sieges, airspace and straits closed to a party.
        ("China hit back at the United States with tariffs on American farm goods.", ("SANCTION", ("CHN",), ("USA",))),
        ("Russian forces besieged Mariupol for nearly three months.", ("COERCE", ("RUS",), ("UKR",))),
        ("Israel tightened its siege of Gaza after the attack.", ("COERCE", ("ISR",), ("PSE",))),
        ("Turkey closed the Bosphorus to Russian warships.", ("SANCTION", ("TUR",), ("RUS",))),
        # A company taken over is a seizure, not a capture by force.
        (
            "The Dutch government seized control of the Chinese-owned chipmaker Nexperia.",
            ("COERCE", ("NLD",), ("CHN",)),
        ),
        # Territory handed back, joint production.
        ("Armenia handed four villages back to Azerbaijan under a border deal.", ("RETREAT", ("ARM",), ("AZE",))),
        (
            "India and the United States will jointly produce jet engines under a defence deal.",
            ("COOPERATE", ("IND", "USA"), ()),
        ),
        # "via" names a transit place, not the recipient.
        ("The UAE airlifted medical supplies to Gaza via Egypt.", ("AID", ("ARE",), ("PSE",))),
        # Western capitals and allies as a bloc.
        ("Zelensky urged Western allies to speed up deliveries of long-range missiles.", ("REQUEST", ("UKR",), ("IGO",))),
        # Threats made still code next to the perceived-threat stop phrases.
        ("Kim Jong Un threatened to use nuclear weapons against South Korea.", ("THREATEN", ("PRK",), ("KOR",))),
    ],
)
def test_round8_codes(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Lifting or easing sanctions is not a new sanction.
        ("Washington lifted some sanctions on Syria's new government after the fall of Assad.", "SANCTION"),
        ("The EU agreed to ease sanctions on Syria's energy and transport sectors.", "SANCTION"),
        # The lifting of sanctions named as a topic has no author.
        ("The lifting of sanctions on Iran was a key part of the nuclear deal.", "RETREAT"),
        # "X-backed" and "X-supported" describe a standing tie.
        ("Iran-backed Houthi rebels attacked a cargo ship in the Red Sea.", "SUPPORT"),
        ("US forces struck Iran-backed militia sites in eastern Syria.", "SUPPORT"),
        ("A US-supported opposition alliance won the elections.", "SUPPORT"),
        # "Russian-occupied", "Israeli-occupied" describe the place.
        ("A Ukrainian drone hit a fuel depot in Russian-occupied Crimea.", "COERCE"),
        # Warnings of dangers no party threatens.
        ("The IMF warned that Germany's economy would shrink this year.", "THREATEN"),
        ("The UN secretary-general warned that the war in Sudan could spread to neighbouring countries.", "THREATEN"),
        ("The World Food Programme warned that millions of people in Gaza face famine.", "THREATEN"),
        # Verbal attacks are no assault.
        ("Trump attacked NATO allies for not spending enough on defence.", "ASSAULT"),
        # Support as the purpose of a loan.
        ("The World Bank approved a $1.5 billion loan to Ukraine to support public services.", "SUPPORT"),
        # Jets and warships sent around an island for drills are no arms given.
        (
            "China launched military drills around Taiwan, sending warships and fighter jets to "
            "simulate a blockade of the island.",
            "AID",
        ),
        # Hitting back with tariffs is no verbal attack.
        ("China hit back at the United States with tariffs on American farm goods.", "ACCUSE"),
        # A company taken over is no assault.
        ("The Dutch government seized control of the Chinese-owned chipmaker Nexperia.", "ASSAULT"),
        # A perceived threat is no threat made.
        ("Moscow views NATO expansion as a threat to its security.", "THREATEN"),
        ("Israel says Iran's nuclear programme is an existential threat.", "THREATEN"),
    ],
)
def test_round8_not_coded(text, etype):
    assert etype not in types(text)


def test_round8_sanction_package_is_no_aid():
    # a package of sanctions agreed is no aid package for the target
    assert "AID" not in types("EU ambassadors agreed on a package of sanctions to punish Russia.")
