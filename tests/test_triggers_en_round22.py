"""English data round 22 (data/en/triggers.yaml, roles.yaml and aliases/people.yaml), from a probe
of fresh wire stories, press-agency digests, stiffly translated ministry statements, analysts'
paragraphs and live-blog items on joint exercises and port calls, arms-control treaties,
tariffs and export curbs, migration deals, water disputes, consular access, foiled plots,
humanitarian pauses, mediation offers, credentials and ratifications: a navy's port call is a
visit to the state of the port; a treaty's ratification revoked quits the treaty; a party's
covert campaign or network exposed is an accusation; a party's request accepted is agreement to
it; an ambassador's credentials presented to a head of state is a meeting with the host; a
partnership treaty names the deal, no separate cooperation; "continue to shell" a named place
attacks it (not "shell out" money); a joint statement or a declaration signed is an agreement,
with the party after "with" as co-signer, and a law signed that suspends a treaty signs no
treaty; exports restricted or curbed to a party and tariffs approved or levied on its goods are
trade sanctions; rescue teams arriving in a stricken country bring aid, not a visit; objecting
to a party's plan rejects it; water released from a dam releases no captives; leaving a bloc or
a named organisation (ECOWAS, the CSTO, OPEC) quits it, not a troop withdrawal; a person put on
a party's wanted list is accused; suspects handed over to a party are judicial cooperation; a
pause in the fighting or a cessation of hostilities agreed is a ceasefire deal; a plot to
attack is no attack; diplomats allowed to visit a detained national get consular access; a
joint exercise with its kind between ("joint staff exercise") is military cooperation; a deal
signed with its value between is an agreement; an envoy called in is summoned; countermeasures
announced against a party sanction it; a stance on sanctions imposes none; arms sales named as
the cause of a reaction are no aid by the party that reacts; "the secretary of state" and like
titles without a name are the office holder named before; and "Xi" alone is Xi Jinping. Every
sentence was written for these tests; the expected (type, actor countries, recipient countries)
were worked out by hand against eval/README.md."""

import pytest
from event_helpers import Coder

D = "2025-01-01"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types
_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # A navy's port call: a visit to the state of the port.
        ("A Russian frigate made a port call in Havana on Wednesday.", "CONSULT", {"RUS"}, {"CUB"}),
        (
            "A Chinese naval flotilla made a port call in Colombo last week.",
            "CONSULT",
            {"CHN"},
            {"LKA"},
        ),
        # A treaty's ratification revoked: quitting the treaty.
        (
            "The Duma voted to revoke Russia's ratification of the test ban treaty.",
            "SANCTION",
            {"RUS"},
            set(),
        ),
        # A party's covert campaign exposed: an accusation.
        (
            "France exposed a Russian disinformation campaign aimed at the Paris Olympics.",
            "ACCUSE",
            {"FRA"},
            {"RUS"},
        ),
        # A party's request accepted: agreement to it.
        (
            "Qatar accepted a request from Washington to mediate between Israel and Hamas.",
            "AGREE",
            {"QAT"},
            {"USA"},
        ),
        # Credentials presented: a meeting with the host.
        (
            "The new Chinese ambassador presented his credentials to President Biden.",
            "CONSULT",
            {"CHN"},
            {"USA"},
        ),
        (
            "Turkey's ambassador presented his credentials to King Charles on Tuesday.",
            "CONSULT",
            {"TUR"},
            {"GBR"},
        ),
        # "continue to shell" a named place.
        (
            "Russian forces continue to shell Kherson, killing at least 12 civilians, according"
            " to the regional governor.",
            "ASSAULT",
            {"RUS"},
            {"UKR"},
        ),
        # A joint statement or a declaration signed: an agreement of both.
        (
            "Before leaving Beijing, Putin signed a joint statement with Xi on a new era of"
            " partnership.",
            "AGREE",
            {"RUS", "CHN"},
            set(),
        ),
        (
            "Erdogan visited Athens in December 2023 and the two sides signed a declaration on"
            " friendly relations.",
            "AGREE",
            {"TUR", "GRC"},
            set(),
        ),
        # Exports restricted to a party, tariffs approved on its goods: trade sanctions.
        (
            "The Netherlands restricted exports of ASML chip-making machines to China in"
            " September.",
            "SANCTION",
            {"NLD"},
            {"CHN"},
        ),
        ("Brussels approved tariffs on Chinese electric vehicles.", "SANCTION", {"EUR"}, {"CHN"}),
        ("India banned rice exports to Bangladesh.", "SANCTION", {"IND"}, {"BGD"}),
        # Visas no longer issued to a party's citizens: a restriction on it.
        (
            "Moscow stopped issuing visas to Latvian citizens on Monday.",
            "SANCTION",
            {"RUS"},
            {"LVA"},
        ),
        # Rescue teams arriving bring aid.
        ("Greek rescue teams arrived in Turkey on Tuesday.", "AID", {"GRC"}, {"TUR"}),
        # Objecting to a party's plan: a rejection.
        ("Turkey continues to object to Greek plans for marine parks.", "REJECT", {"TUR"}, {"GRC"}),
        # Leaving a bloc or a named organisation: quitting it.
        (
            "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
            "SANCTION",
            {"MLI", "BFA", "NER"},
            {"IGO"},
        ),
        ("Armenia will leave the CSTO, Pashinyan said.", "SANCTION", {"ARM"}, {"IGO"}),
        ("Qatar quit OPEC in 2019.", "SANCTION", {"QAT"}, {"IGO"}),
        # A person put on a wanted list: an accusation.
        (
            "Russia has placed the Estonian prime minister on its wanted list.",
            "ACCUSE",
            {"RUS"},
            {"EST"},
        ),
        # Suspects handed over: judicial cooperation.
        (
            "Sweden handed over a convicted PKK member to Turkey.",
            "COOPERATE",
            {"SWE"},
            {"TUR"},
        ),
        # A pause in the fighting agreed: a ceasefire deal.
        (
            "Israel and Hamas agreed to a four-day pause in the fighting.",
            "AGREE",
            {"ISR", "PSE"},
            set(),
        ),
        (
            "Israel and Hamas agreed to a four-day pause in the fighting.",
            "RETREAT",
            {"ISR", "PSE"},
            set(),
        ),
        # Diplomats allowed to visit a detained national: consular access.
        (
            "Iran allowed French diplomats to visit the detained teacher for the first time.",
            "RETREAT",
            {"IRN"},
            {"FRA"},
        ),
        # A joint exercise with its kind between.
        (
            "Russia and Kazakhstan began a joint staff exercise near Orenburg on Monday.",
            "COOPERATE",
            {"RUS", "KAZ"},
            set(),
        ),
        (
            "Japan and the Philippines held their first joint maritime exercise in the South"
            " China Sea.",
            "COOPERATE",
            {"JPN", "PHL"},
            set(),
        ),
        # A deal signed with its value between.
        (
            "The EU and Egypt signed a 7.4 billion euro deal to curb migration across the"
            " Mediterranean.",
            "AGREE",
            {"EUR", "EGY"},
            set(),
        ),
        # An envoy called in is summoned; countermeasures announced against a party sanction it.
        ("Estonia called in the Russian ambassador on Monday.", "ACCUSE", {"EST"}, {"RUS"}),
        (
            "China announced countermeasures against nine US defence companies over arms sales"
            " to Taiwan.",
            "SANCTION",
            {"CHN"},
            {"USA"},
        ),
        # A title without a name after the name: the office holder named before.
        (
            "Blinken arrived in Ankara on Thursday. The secretary of state met his Turkish"
            " counterpart and urged Turkey to ratify Sweden's NATO bid.",
            "REQUEST",
            {"USA"},
            {"TUR"},
        ),
        # "Xi" alone is Xi Jinping.
        ("Biden met Xi on Saturday.", "CONSULT", {"USA"}, {"CHN"}),
    ],
)
def test_round22_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


@pytest.mark.parametrize(
    "text, etype",
    [
        # A law signed that suspends a treaty signs no treaty.
        ("Putin signed a law suspending the treaty.", "AGREE"),
        # A partnership treaty is no separate act of cooperation.
        (
            "The State Duma ratified a comprehensive strategic partnership treaty with North"
            " Korea.",
            "COOPERATE",
        ),
        # Water released from dams releases no captives.
        ("Fidan said Turkey would release more water from its dams during the summer.", "RETREAT"),
        # A plot to attack is no attack.
        ("Indonesian police foiled a plot to attack the Pope in Jakarta.", "ASSAULT"),
        # Rescue teams arriving make no visit; leaving a bloc is no troop withdrawal.
        ("Greek rescue teams arrived in Turkey on Tuesday.", "CONSULT"),
        ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", "RETREAT"),
        # Diplomats allowed to see a detainee make no visit of state.
        (
            "Iran allowed French diplomats to visit the detained teacher for the first time.",
            "CONSULT",
        ),
        # A stance on sanctions imposes none; arms sales named as a cause are no aid.
        (
            "Szijjarto met Lavrov in Minsk. His Russian counterpart thanked Budapest for its"
            " stance on sanctions.",
            "SANCTION",
        ),
        (
            "China imposed sanctions on nine US defence companies over arms sales to Taiwan.",
            "AID",
        ),
        # "shell out" is paying.
        ("Germany continued to shell out billions for Ukraine.", "ASSAULT"),
    ],
)
def test_round22_not_coded(text, etype):
    assert etype not in types(text)


def test_round22_ceasefire_happened():
    # A humanitarian pause agreed is reported as having happened, not hypothetical.
    assert happened(
        "Sudan's army and the RSF agreed to a seven-day cessation of hostilities.", "RETREAT"
    )
