"""English data round 24 (data/en/triggers.yaml, grammar.yaml and sectors.yaml), from a probe of
fresh wire sentences, posts on X and Telegram, UN vote stories and hedged analysis on arms
deliveries and defence deals, drills and alert levels, vetoes and abstentions, entry bans, gas
and oil cut-offs, prisoner swaps, extraditions and hacking charges: air-defence, anti-aircraft
or missile batteries handed over, transferred or sent to a party, and a squadron, battery or
single jet whose delivery a party takes from a supplier, are military aid; a shipment, delivery,
sale or transfer of weapons to a party paused, withheld, held up, halted or stopped is an arms
cut (SANCTION), not aid; bombs sent, shipped or sold to a party are cargo (military aid), not a
bombing by the supplier; forces put, placed, kept or remaining on combat alert are a raised
alert; an embargo or import ban agreed or adopted against a party is the sanction, not a deal;
drones launched in numbers at a party attack it (not new models launched at a fair); a speaker
saying a party "was behind" an attack, a sabotage or a hack accuses it (nothing without a
speaker, and the attack named after it keeps its own trigger); ransomware attacks are cyber
operations, not armed attacks; S-400s bought from a supplier are military aid from it; the act
after "rather than" or "instead of" is the alternative not taken (negated); and a justice
ministry or department is the government. Every sentence was written for these tests; the
expected (type, actor countries, recipient countries) were worked out by hand against
eval/README.md."""

import pytest
from event_helpers import Coder

D = "2025-01-10"

_coder = Coder("en", D)
happened, types, modalities = _coder.happened, _coder.types, _coder.modalities
_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # Batteries handed over, transferred or sent: military aid (coded nothing before).
        (
            "Germany handed over a third Patriot air-defence battery to Ukraine last week.",
            "AID",
            {"DEU"},
            {"UKR"},
        ),
        ("Norway transferred an anti-aircraft battery to Ukraine.", "AID", {"NOR"}, {"UKR"}),
        # A squadron whose delivery a party takes: aid from the supplier (coded nothing before).
        ("India took delivery of the fourth S-400 squadron from Russia.", "AID", {"RUS"}, {"IND"}),
        # S-400s bought from a supplier (coded nothing before).
        ("India purchased five S-400 systems from Russia in 2018.", "AID", {"RUS"}, {"IND"}),
        # A weapons shipment, delivery or sale paused, withheld, stopped or held up: an arms
        # cut (before: a bombing by the supplier, nothing, or military aid).
        (
            "Biden paused a shipment of 2,000-pound bombs to Israel in May 2024.",
            "SANCTION",
            {"USA"},
            {"ISR"},
        ),
        (
            "Washington has withheld the delivery of ATACMS missiles to Kyiv for months.",
            "SANCTION",
            {"USA"},
            {"UKR"},
        ),
        ("Germany stopped the sale of fighter jets to Saudi Arabia.", "SANCTION", {"DEU"}, {"SAU"}),
        (
            "Congress held up the delivery of weapons to Ukraine for six months.",
            "SANCTION",
            {"USA"},
            {"UKR"},
        ),
        # Bombs sent or sold: military aid (before: a bombing of the recipient).
        ("The US sent 2,000-pound bombs to Israel.", "AID", {"USA"}, {"ISR"}),
        (
            "Washington approved the sale of precision-guided bombs to Saudi Arabia.",
            "AID",
            {"USA"},
            {"SAU"},
        ),
        # Combat alert (coded nothing before).
        (
            "Azerbaijan put its army on combat alert along the line of contact.",
            "MOBILIZE",
            {"AZE"},
            set(),
        ),
        ("Iran's armed forces remained on combat alert.", "MOBILIZE", {"IRN"}, set()),
        # An embargo agreed against a party: the sanction (guard: the embargo coded before too,
        # the deal it also coded is in test_round24_not_coded).
        ("EU leaders agreed an embargo on most Russian oil imports.", "SANCTION", {"EUR"}, {"RUS"}),
        # Drones launched in numbers at a party (coded nothing before).
        (
            "Zelensky wrote on X that Russia had launched more than 100 drones at Ukrainian"
            " cities overnight.",
            "ASSAULT",
            {"RUS"},
            {"UKR"},
        ),
        # "X said Y was behind ...": an accusation (coded nothing before).
        (
            "Sikorski posted on X that Russia was behind the arson attack on a Warsaw shopping"
            " centre.",
            "ACCUSE",
            {"POL"},
            {"RUS"},
        ),
        (
            "Warsaw said Moscow was behind a wave of sabotage across Poland.",
            "ACCUSE",
            {"POL"},
            {"RUS"},
        ),
        (
            "Britain said Russia was behind the cyberattack on the electoral commission.",
            "ACCUSE",
            {"GBR"},
            {"RUS"},
        ),
        # An alternative named after the act leaves the act itself alone (guard).
        (
            "Israel struck Iran's air defences rather than its oil facilities.",
            "ASSAULT",
            {"ISR"},
            {"IRN"},
        ),
        # ... with no speaker, the attack keeps its own trigger (guard).
        ("Hamas was behind the October 7 attack on Israel.", "ASSAULT", {"PSE"}, {"ISR"}),
        # A justice department is the government (coded nothing before).
        (
            "The US Justice Department charged seven Chinese hackers with espionage.",
            "ACCUSE",
            {"USA"},
            {"CHN"},
        ),
    ],
)
def test_round24_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Bombs as cargo are no bombing (before: ASSAULT by the supplier).
        ("The US sent 2,000-pound bombs to Israel.", "ASSAULT"),
        ("Biden paused a shipment of 2,000-pound bombs to Israel in May 2024.", "ASSAULT"),
        # An embargo agreed is no deal (before: AGREE as well).
        ("EU leaders agreed an embargo on most Russian oil imports.", "AGREE"),
        # Ransomware attacks are no armed attack (before: ASSAULT).
        (
            "Washington indicted a North Korean intelligence officer over ransomware attacks on"
            " American hospitals.",
            "ASSAULT",
        ),
        # Guards for the new phrases: new models at a fair, a delay with no party, no speaker
        # or no act after "behind", a company hit by ransomware.
        ("Turkey launched its new drones at an arms fair in Ankara.", "ASSAULT"),
        ("Storms held up the delivery of weapons to Ukraine.", "SANCTION"),
        ("Hamas was behind the October 7 attack on Israel.", "ACCUSE"),
        ("The minister said Moscow was behind the curve on climate policy.", "ACCUSE"),
        ("The company was hit by a ransomware attack.", "ASSAULT"),
    ],
)
def test_round24_not_coded(text, etype):
    assert etype not in types(text)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Guards: a pause negated, weighed or only in a bill did not happen.
        ("The US did not pause the shipment of bombs to Israel.", "SANCTION"),
        ("The US may pause shipments of bombs to Israel.", "SANCTION"),
        ("The bill would have paused the delivery of weapons to Israel.", "SANCTION"),
        # The alternative not taken, after "rather than" or "instead of" (before: asserted).
        ("Beijing could impose a blockade on Taiwan rather than invade it.", "ASSAULT"),
        ("Seoul chose sanctions instead of attacking the North.", "ASSAULT"),
    ],
)
def test_round24_not_happened(text, etype):
    assert not happened(text, etype)


def test_round24_weighed_pause_is_hypothetical():
    # A pause a party "may" make is hypothetical, and the bombs are still no attack.
    text = "The US may pause shipments of bombs to Israel."
    assert modalities(text, "SANCTION") == {"hypothetical"}
    assert "ASSAULT" not in types(text)
