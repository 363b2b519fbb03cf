"""English data round 23 (data/en/triggers.yaml, grammar.yaml and roles.yaml), from a probe of
fresh wire stories with datelines, news digests, call readouts, opinion paragraphs, timelines,
Q&A transcripts and headlines on attacks by unnamed or described attackers, kidnappings of
foreigners, journalists and outlets expelled or shut, consulates closed, démarches and
diplomatic notes, peace plans and security guarantees, aid facilities, IAEA access, refugee
returns, rammings at sea, poisonings and visits called off: militias, militiamen,
separatists, armed groups and a drone named as the subject are attackers of no stated party,
so the party after the verb is the target (grammar.yaml unnamed_agents); "at the hands of"
names the author of a passive act like "by"; a party hit or struck by named weapons, and a
boat rammed, is attacked by the party the agent phrase names; a trip cancelled, postponed or
called off rejects the visit, which does not happen, and a visit that "was cancelled" or
"postponed" is negated (negation_after); a démarche or a diplomatic note handed to a party is
a formal protest; security guarantees offered to a party are a pledge; a facility or support
package approved for a party is economic aid; access restored or granted to inspectors is
access; refugees sent back or returned to their country are deported; cooperation with a
party reduced or curtailed, and supplies to it cut, are cuts; a party ordered to close its
consulate, or an outlet its office, is sanctioned or shut by the party that orders; poisoning
a person attacks them; and "the two presidents", "the two foreign ministers" and like phrases
stand for both parties named before. Every sentence was written for these tests; the expected
(type, actor countries, recipient countries) were worked out by hand against eval/README.md."""

import pytest
from event_helpers import Coder

D = "2025-01-01"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types
_coded = _coder.coded_with


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # Attackers of no stated party: the party after the verb is the target.
        ("A drone struck a Russian ammunition depot overnight.", "ASSAULT", set(), {"RUS"}),
        (
            "Suspected separatists ambushed a Pakistani army convoy in Waziristan.",
            "ASSAULT",
            set(),
            {"PAK"},
        ),
        ("Militiamen killed three Congolese soldiers.", "ASSAULT", set(), {"COD"}),
        (
            "The militia fired drones at a US base in Jordan, killing three American soldiers.",
            "ASSAULT",
            set(),
            {"USA"},
        ),
        (
            "An armed group abducted five Chinese miners in the Central African Republic.",
            "ASSAULT",
            set(),
            {"CHN"},
        ),
        ("Iran-backed militias attacked US troops in Syria.", "ASSAULT", set(), {"USA"}),
        # ... but a party's own fighters stay that party's.
        ("Pro-Russian separatists shelled Ukrainian positions.", "ASSAULT", {"RUS"}, {"UKR"}),
        # Passives with an agent: weapons that hit, a ship that rams, "at the hands of".
        ("Ukraine's grain port was hit by Russian missiles.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("The Israeli embassy in Baku was hit by a drone.", "ASSAULT", set(), {"ISR"}),
        (
            "A Philippine supply boat was rammed by the Chinese coast guard.",
            "ASSAULT",
            {"CHN"},
            {"PHL"},
        ),
        (
            "Two Indian sailors were killed at the hands of Houthi militants.",
            "ASSAULT",
            {"YEM"},
            {"IND"},
        ),
        # Poisoning a person.
        ("Russian agents poisoned Alexei Navalny in 2020.", "ASSAULT", {"RUS"}, {"RUS"}),
        # A party ordered to close its consulate, an outlet its office.
        (
            "The United States ordered China to close its consulate in Houston.",
            "SANCTION",
            {"USA"},
            {"CHN"},
        ),
        ("Azerbaijan ordered the BBC to close its Baku office.", "COERCE", {"AZE"}, {"GBR"}),
        # A démarche, a diplomatic note: a formal protest.
        ("Japan lodged a demarche with China over the survey ship.", "ACCUSE", {"JPN"}, {"CHN"}),
        (
            "Kyiv handed a diplomatic note to Budapest over the treatment of Hungarian-speaking"
            " teachers.",
            "ACCUSE",
            {"UKR"},
            {"HUN"},
        ),
        # Security guarantees offered: a pledge.
        ("Britain offered security guarantees to Ukraine.", "AGREE", {"GBR"}, {"UKR"}),
        # A facility or support package for a party: economic aid.
        ("The EU approved a €50 billion facility for Ukraine.", "AID", {"EUR"}, {"UKR"}),
        ("The EU agreed a €50 billion support package for Ukraine.", "AID", {"EUR"}, {"UKR"}),
        # Access for inspectors restored.
        ("Iran restored access for IAEA inspectors.", "RETREAT", {"IRN"}, {"UNO"}),
        # Refugees returned or sent back: deportation.
        ("Lebanon began returning Syrian refugees to Syria.", "COERCE", {"LBN"}, {"SYR"}),
        ("Denmark sent Syrian refugees back to Damascus.", "COERCE", {"DNK"}, {"SYR"}),
        # A trip put off or called off: the visit rejected.
        (
            "Blinken postponed his trip to Beijing after the balloon incident.",
            "REJECT",
            {"USA"},
            {"CHN"},
        ),
        ("Scholz called off his trip to China.", "REJECT", {"DEU"}, {"CHN"}),
        # Cooperation reduced, supplies cut.
        ("Tehran reduced cooperation with the IAEA.", "SANCTION", {"IRN"}, {"UNO"}),
        ("Russia cut supplies to Ukraine in 2009.", "SANCTION", {"RUS"}, {"UKR"}),
        # "The two presidents", "the two foreign ministers": both parties named before.
        (
            "Biden spoke with Xi on Friday. The two presidents agreed to resume military talks.",
            "AGREE",
            {"USA", "CHN"},
            set(),
        ),
        (
            "Lavrov met Wang Yi in Beijing. The two foreign ministers signed a memorandum on"
            " consultations.",
            "AGREE",
            {"RUS", "CHN"},
            set(),
        ),
    ],
)
def test_round23_coded(text, etype, actors, recipients):
    assert _coded(text, etype, actors, recipients)


@pytest.mark.parametrize(
    "text, etype",
    [
        # A trip called off, a visit cancelled or postponed: no visit.
        ("Blinken postponed his trip to Beijing after the balloon incident.", "CONSULT"),
        ("The Chinese president's planned state visit to Italy was cancelled.", "CONSULT"),
        ("Modi's visit to Washington was postponed.", "CONSULT"),
        # Cooperation not reduced; a package only considered.
        ("Egypt did not reduce cooperation with the IAEA.", "SANCTION"),
        ("The EU is considering a support package for Ukraine.", "AID"),
    ],
)
def test_round23_not_happened(text, etype):
    assert not happened(text, etype)


@pytest.mark.parametrize(
    "text, etype",
    [
        # Hit by sanctions or by criticism is no attack; talks poisoned are no poisoning.
        ("The town was hit by sanctions.", "ASSAULT"),
        ("The minister was hit by criticism from the opposition.", "ASSAULT"),
        ("Russia accused Britain of poisoning the talks.", "ASSAULT"),
    ],
)
def test_round23_not_coded(text, etype):
    assert etype not in types(text)


def test_round23_leaders_of_a_group_are_no_pair():
    # "The leaders of the opposition" are not the two leaders named before.
    assert not _coded(
        "Macron hosted Scholz in Paris. The leaders of the opposition protested outside.",
        "PROTEST",
        {"FRA", "DEU"},
        set(),
    )
