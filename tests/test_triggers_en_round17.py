"""English data round 17 (data/en/triggers.yaml), from a probe of fresh wire sentences and short
stories on receiving and obtaining loans and arms, energy supplies, sanctions packages, calls,
quoted statements of solidarity and condemnations: loans, grants and budget support received,
obtained or secured from a lender are aid from the lender (inverse); weapons got or obtained
from a supplier, also in a batch or shipment, and weapons whose delivery a party takes, are
military aid from the supplier; gas, oil and electricity supplied to a party are economic
cooperation; a nationwide or timed strike launched or staged is a walkout (a protest), not an
attack; a state of emergency or martial law extended is imposed anew; troops arriving in a
country are deployed there, not visiting; a sanctions package agreed against a party is the
sanction, not a deal; leaders who will speak with each other, or hold a video call, consult;
"stand firmly with" and "expressed solidarity with" are support; tonnes or cargoes received are
no reception of a guest, and a package "backed by" the proceeds of assets supports no one. Every
sentence was written for these tests; the expected (type, actor countries, recipient countries)
were worked out by hand against eval/README.md."""

import pytest
from event_helpers import Coder

D = "2025-01-01"

_coder = Coder("en", D)
happened, types, modalities = _coder.happened, _coder.types, _coder.modalities


_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # A loan received, obtained or secured from a lender: the lender aids the borrower.
        ("Ukraine received a $1.5 billion loan from Japan on Tuesday.", "AID", {"JPN"}, {"UKR"}),
        (
            "Egypt has obtained a $8 billion loan from the International Monetary Fund.",
            "AID",
            {"IGO"},
            {"EGY"},
        ),
        ("Pakistan secured a $3 billion loan from the IMF.", "AID", {"IGO"}, {"PAK"}),
        (
            "Armenia received a grant of 10 million euros from the European Union.",
            "AID",
            {"EUR"},
            {"ARM"},
        ),
        (
            "Kyiv has secured $2 billion in budget support from the World Bank.",
            "AID",
            {"IGO"},
            {"UKR"},
        ),
        # Weapons whose delivery a party takes: the supplier aids it.
        ("Serbia took delivery of Chinese FK-3 air defence systems.", "AID", {"CHN"}, {"SRB"}),
        # Weapons got or obtained from suppliers, also in a batch or shipment.
        ("Ukraine got 25 Leopard tanks from Germany and Portugal.", "AID", {"DEU", "PRT"}, {"UKR"}),
        ("Russia has obtained Shahed drones from Iran.", "AID", {"IRN"}, {"RUS"}),
        (
            "The Ukrainian army has received its first batch of ATACMS missiles from the United"
            " States.",
            "AID",
            {"USA"},
            {"UKR"},
        ),
        ("Ukraine received a shipment of Patriot missiles from Germany.", "AID", {"DEU"}, {"UKR"}),
        # Energy supplied to a party: economic cooperation.
        ("Azerbaijan began supplying gas to Syria via Turkey.", "COOPERATE", {"AZE"}, {"SYR"}),
        (
            "Qatar will supply liquefied natural gas to Germany from 2026.",
            "COOPERATE",
            {"QAT"},
            {"DEU"},
        ),
        # A sanctions package agreed against a party: the sanction.
        ("The EU agreed a new package of sanctions against Russia.", "SANCTION", {"EUR"}, {"RUS"}),
        # Leaders who will speak with each other, or hold a video call: a call.
        ("Putin will speak with Trump on Tuesday.", "CONSULT", {"RUS"}, {"USA"}),
        ("Modi held a video call with Putin on Friday.", "CONSULT", {"IND"}, {"RUS"}),
        # Solidarity with an adverb between, also in a quotation that speaks for its speaker.
        ("\u201cWe stand firmly with Ukraine,\u201d Macron said.", "SUPPORT", {"FRA"}, {"UKR"}),
        (
            "Japan stands shoulder to shoulder with the Philippines, Kishida said.",
            "SUPPORT",
            {"JPN"},
            {"PHL"},
        ),
        ("Turkey expressed its full solidarity with Azerbaijan.", "SUPPORT", {"TUR"}, {"AZE"}),
        # A nationwide or timed strike launched or staged by workers: a protest, not an attack.
        (
            "Nigeria's labour unions launched a nationwide strike over the minimum wage.",
            "PROTEST",
            {"NGA"},
            set(),
        ),
        ("French rail workers staged a 24-hour strike on Thursday.", "PROTEST", {"FRA"}, set()),
        # A state of emergency or martial law extended: imposed anew.
        (
            "Myanmar's junta extended the state of emergency by six months.",
            "COERCE",
            {"MMR"},
            set(),
        ),
        (
            "Ukraine's parliament extended martial law for another 90 days.",
            "COERCE",
            {"UKR"},
            set(),
        ),
        # A strike launched on a party is still an attack.
        ("Russia launched a massive strike on Ukraine's energy grid.", "ASSAULT", {"RUS"}, {"UKR"}),
        # Troops arriving in a country: a deployment there, not a visit.
        (
            "Thousands of U.S. troops arrived in Poland on Sunday.",
            "MOBILIZE",
            {"USA"},
            {"POL"},
        ),
        (
            "North Korean soldiers arrived in Russia's Kursk region, Seoul said.",
            "MOBILIZE",
            {"PRK"},
            {"RUS"},
        ),
        # A leader arriving is still a visit.
        ("Macron arrived in Beijing on Wednesday.", "CONSULT", {"FRA"}, {"CHN"}),
        # A guest still received: the host meets the guest.
        (
            "Saudi Crown Prince Mohammed bin Salman received Syrian President Bashar al-Assad in"
            " Jeddah.",
            "CONSULT",
            {"SAU"},
            {"SYR"},
        ),
    ],
)
def test_round17_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


def test_round17_future_supply():
    assert modalities(
        "Qatar will supply liquefied natural gas to Germany from 2026.", "COOPERATE"
    ) == {"future"}


@pytest.mark.parametrize(
    "text, etype",
    [
        # Goods received by the tonne or the cargo: no guest received.
        ("Syria received its first cargo of Russian wheat since the fall of Assad.", "CONSULT"),
        ("Mexico received 500 tonnes of Russian wheat.", "CONSULT"),
        # A sanctions package agreed is no deal.
        ("The EU agreed a new package of sanctions against Russia.", "AGREE"),
        # A package backed by the proceeds of assets: financial collateral, no support.
        (
            "The funds are part of a $50 billion G7 package backed by the proceeds of frozen Russian"
            " assets.",
            "SUPPORT",
        ),
        # A labour strike launched is no attack.
        ("Nigeria's labour unions launched a nationwide strike over the minimum wage.", "ASSAULT"),
        # Troops arriving are no visit.
        ("Thousands of U.S. troops arrived in Poland on Sunday.", "CONSULT"),
        # Supplies stopped are a cut, not cooperation.
        ("Russia stopped supplying gas to Austria.", "COOPERATE"),
    ],
)
def test_round17_not_coded(text, etype):
    assert etype not in types(text)
