"""English data round 16 (data/en/triggers.yaml, grammar.yaml, sectors.yaml), from a probe of
fresh analysis paragraphs, quoted statements, news digests and sentences on arms deals,
maritime seizures, espionage and expulsions, extraditions, visa regimes, refugee returns,
humanitarian access, sports boycotts, debt and energy disputes: weapon systems delivered (also
in batches) to a party, or bought from a supplier, are military aid; people returned by force
are deported; a party provided with grants or loans receives economic aid; debts or loans
written off or cancelled are aid, not a cancelled deal; artefacts handed back are a return, and
"looted" before them no new seizure; entry denied or banned to a party's people is a
restriction, not a denial; water cannon fired at a party's boat and a ship boarded by a navy
are coercion; bulk carriers and other craft can be hijacked; fugitives handed over are
extradited; visa requirements lifted or visa-free entry granted are an easing, visa
requirements imposed a restriction; opponents and people named by their calling (a lawyer, a
philanthropist) tried or stripped of rights at home are the state's own; "despite", "in spite
of" and "as he/she/they" open a clause whose names are not the verb's parties; "despite
warnings from X" is no threat; "interest-free" and "visa-free" free no one; a share of imports
supplied is a statistic, "loans to keep ... afloat" names no recipient, a ship "in violation of
UN sanctions" is no new sanction, and a "defence cooperation agreement" signed is the
agreement alone; troops disengaging pull back; a party removed from a terror list is eased, one
added to a list of terrorists or foreign agents sanctioned; a conviction or sentence upheld is
passed anew; a ceasefire between parties that holds is coded; protesters blocking roads protest;
supplies stopped to a party, or a river's flow into it reduced, are a cut; "the risk of" or
"fears of" make what follows hypothetical; a tycoon, an oligarch, a theatre director and the KGB
have sectors. Every sentence was written for these tests; the expected (type, actor
countries, recipient countries) were worked out by hand against eval/README.md."""

import pytest
from event_helpers import Coder

from detente.events import code_text

D = "2025-01-01"

_coder = Coder("en", D)
happened, types, modalities = _coder.happened, _coder.types, _coder.modalities


_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # Weapon systems delivered, in a batch, to a party: military aid.
        (
            "Russia delivered the first batch of S-400 air defence systems to Turkey in July 2019.",
            "AID",
            {"RUS"},
            {"TUR"},
        ),
        ("Germany delivered two frigates to Egypt last year.", "AID", {"DEU"}, {"EGY"}),
        # Weapons bought from suppliers: they aid the buyer.
        ("Armenia is buying weapons from France and India.", "AID", {"FRA", "IND"}, {"ARM"}),
        # Refugees returned by force: deportation.
        (
            "Turkey has forcibly returned hundreds of Syrian refugees, Human Rights Watch said.",
            "COERCE",
            {"TUR"},
            {"SYR"},
        ),
        # A party provided with grants and loans: economic aid.
        (
            "The European Union will provide Jordan with 3 billion euros in grants and loans over"
            " three years.",
            "AID",
            {"EUR"},
            {"JOR"},
        ),
        # Debt cancelled: aid.
        ("Russia cancelled 90% of North Korea's Soviet-era debt.", "AID", {"RUS"}, {"PRK"}),
        # Artefacts handed back: a return.
        (
            "The Netherlands returned 119 looted bronzes to Nigeria in February.",
            "RETREAT",
            {"NLD"},
            {"NGA"},
        ),
        # Entry denied or banned to a party's people: a restriction.
        (
            "Moldova denied entry to a group of Russian journalists at Chisinau airport.",
            "COERCE",
            {"MDA"},
            {"RUS"},
        ),
        (
            "Russia banned entry to 500 US citizens, including former president Barack Obama.",
            "COERCE",
            {"RUS"},
            {"USA"},
        ),
        # Water cannon at a party's boat; a ship boarded by a navy.
        (
            "China's coast guard fired water cannon at a Philippine supply boat near the Second"
            " Thomas Shoal.",
            "COERCE",
            {"CHN"},
            {"PHL"},
        ),
        (
            "Denmark's navy boarded and inspected a Russian shadow fleet tanker in the Baltic Sea.",
            "COERCE",
            {"DNK"},
            {"RUS"},
        ),
        # A bulk carrier hijacked: abduction.
        (
            "Somali pirates hijacked a Bangladeshi bulk carrier off the coast of Somalia.",
            "ASSAULT",
            {"SOM"},
            {"BGD"},
        ),
        # Opponents and a philanthropist at home: the state's own.
        ("Nicaragua stripped 94 opponents of their citizenship.", "COERCE", {"NIC"}, {"NIC"}),
        (
            "A court in Istanbul sentenced philanthropist Osman Kavala to life in prison.",
            "COERCE",
            {"TUR"},
            {"TUR"},
        ),
        # Fugitives handed over: extradition.
        (
            "The United Arab Emirates has handed over a Dutch drug lord to the Netherlands.",
            "COOPERATE",
            {"ARE"},
            {"NLD"},
        ),
        (
            "Russia handed over a wanted Tajik opposition activist to Dushanbe, rights groups said.",
            "COOPERATE",
            {"RUS"},
            {"TJK"},
        ),
        # Visa requirements lifted, visa-free entry granted: an easing; imposed: a restriction.
        (
            "Uzbekistan and Tajikistan abolished visa requirements for each other's citizens.",
            "RETREAT",
            {"UZB", "TJK"},
            set(),
        ),
        (
            "China granted visa-free entry to French and German citizens.",
            "RETREAT",
            {"CHN"},
            {"FRA", "DEU"},
        ),
        ("Russia reintroduced visa requirements for Georgians.", "SANCTION", {"RUS"}, {"GEO"}),
        # "despite warnings from" the UN: the deportation's recipient is still China.
        (
            "Thailand deported 40 Uyghurs to China despite warnings from the UN.",
            "COERCE",
            {"THA"},
            {"CHN"},
        ),
        # Loans written off: aid, and "interest-free" frees no one.
        ("Beijing wrote off 23 interest-free loans to African countries.", "AID", {"CHN"}, set()),
        # Troops disengaging: a pull-back by both.
        (
            "Indian and Chinese troops disengaged from two friction points in eastern Ladakh.",
            "RETREAT",
            {"IND", "CHN"},
            set(),
        ),
        # Taken off a terror list: an easing; put on a list of terrorists: a sanction at home.
        (
            "The United States removed Cuba from its list of state sponsors of terrorism.",
            "RETREAT",
            {"USA"},
            {"CUB"},
        ),
        (
            "The Belarusian KGB added the exiled opposition leader to its list of terrorists.",
            "SANCTION",
            {"BLR"},
            {"BLR"},
        ),
        # A conviction upheld; a theatre director jailed at home.
        (
            # Jimmy Lai is in the knowledge base since: Hong Kong's own press (HKG MED) is
            # another party to its court (eval/README.md, a state's own press or citizens)
            "An appeals court in Hong Kong upheld the conviction of media tycoon Jimmy Lai.",
            "ACCUSE",
            {"HKG"},
            {"HKG"},
        ),
        (
            "A Russian court jailed a Moscow theatre director for six years.",
            "COERCE",
            {"RUS"},
            {"RUS"},
        ),
        # A ceasefire between parties that holds.
        (
            "The ceasefire between Armenia and Azerbaijan has largely held since 2020.",
            "RETREAT",
            {"ARM", "AZE"},
            set(),
        ),
        # Protesters blocking roads.
        (
            "Farmers blocking roads in Poland demanded a ban on Ukrainian grain imports.",
            "PROTEST",
            {"POL"},
            set(),
        ),
        # Supplies stopped, a river's flow reduced: a cut.
        ("Russia stopped pumping gas to Poland and Bulgaria.", "SANCTION", {"RUS"}, {"POL", "BGR"}),
        (
            "Turkey reduced the flow of the Euphrates into Syria, Syrian officials said.",
            "SANCTION",
            {"TUR"},
            {"SYR"},
        ),
    ],
)
def test_round16_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


@pytest.mark.parametrize(
    "text, etype",
    [
        # "despite warnings from" is no threat.
        ("Thailand deported 40 Uyghurs to China despite warnings from the UN.", "THREATEN"),
        # "interest-free" and "visa-free" free no one.
        ("Beijing wrote off 23 interest-free loans to African countries.", "RETREAT"),
        ("Serbia's visa-free regime for Chinese citizens remains in force.", "RETREAT"),
        # Debt cancelled is no cancelled deal.
        ("Russia cancelled 90% of North Korea's Soviet-era debt.", "SANCTION"),
        # Looted artefacts returned: no seizure.
        ("The Netherlands returned 119 looted bronzes to Nigeria in February.", "COERCE"),
        # Entry denied is no denial of a claim.
        ("Moldova denied entry to a group of Russian journalists at Chisinau airport.", "REJECT"),
        # A share of imports supplied: a statistic.
        ("Since 2014, Russia has supplied about 60 percent of India's weapons imports.", "AID"),
        # "loans to keep ... afloat": a purpose, no recipient and no act.
        (
            "For years, Egypt has relied on Gulf deposits and IMF loans to keep its economy afloat.",
            "AID",
        ),
        # Sanctions breached by a ship are no new sanctions.
        (
            "South Korea seized a ship suspected of transferring oil to North Korea in violation of"
            " UN sanctions.",
            "SANCTION",
        ),
        # A defence cooperation agreement signed: the agreement alone.
        ("Israel and Morocco signed a defence cooperation agreement in Rabat.", "COOPERATE"),
    ],
)
def test_round16_not_coded(text, etype):
    assert etype not in types(text)


def test_round16_provided_with_loans_is_future():
    text = "The European Union will provide Jordan with 3 billion euros in grants and loans over three years."
    assert modalities(text, "AID") == {"future"}


def test_round16_risk_of_a_blockade_is_hypothetical():
    text = "The risk of a Chinese blockade of Taiwan is rising, according to a Pentagon report."
    assert not happened(text, "COERCE")


def test_round16_supplies_stopped_unless_is_a_threat():
    text = (
        "Slovakia said it would stop supplying emergency electricity to Ukraine unless Kyiv"
        " resumed gas transit."
    )
    assert ("THREATEN", ("SVK",), ("UKR",)) in _coder.tuples(text)
    assert not happened(text, "SANCTION")


def test_round16_as_he_opens_a_clause():
    text = (
        "Azerbaijan's forces detained the former head of Nagorno-Karabakh's separatist government"
        " as he tried to cross into Armenia."
    )
    events = code_text(text, "en", D)
    assert happened(text, "COERCE")
    assert all(r.country != "ARM" for e in events for r in e.recipient)
