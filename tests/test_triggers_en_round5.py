"""English data round 5 (data/en/triggers.yaml, data/en/grammar.yaml): ceasefires agreed
across a gap, expected and scheduled acts, negation by "stopped short of" / "failed to",
arms supplied, sold, handed over or received, partner measures blocked, prisoner swaps,
diplomats ordered out, exercises and weapons tests, ships intercepted, control of places
seized, victims of bombs, and acts named only as the cause of a reaction. Sentences written
for these tests; the expected (type, actor countries, recipient countries) were worked out
by hand."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

D = "2025-03-03"

_coder = Coder("en", D)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "text, expected",
    [
        # "agreed to" / "agreed on" are heads of their own: the ceasefire they reach across
        # an adjective is still a ceasefire (AGREE, and RETREAT by `also`).
        (
            "Thailand and Cambodia agreed to an immediate ceasefire after days of clashes.",
            ("AGREE", ("THA", "KHM"), ()),
        ),
        (
            "Thailand and Cambodia agreed to an immediate ceasefire after days of clashes.",
            ("RETREAT", ("THA", "KHM"), ()),
        ),
        ("Eritrea and Ethiopia agreed on a lasting truce.", ("RETREAT", ("ERI", "ETH"), ())),
        # Weapons supplied, with or without a description between verb and weapon.
        ("Iran supplied attack drones to Russia.", ("AID", ("IRN",), ("RUS",))),
        (
            "North Korea has supplied large numbers of artillery shells to Russia.",
            ("AID", ("PRK",), ("RUS",)),
        ),
        # Weapons handed over or sold to a state.
        ("Germany handed over the first Leopard tanks to Ukraine.", ("AID", ("DEU",), ("UKR",))),
        ("Russia sold S-400 air defence systems to Turkey.", ("AID", ("RUS",), ("TUR",))),
        ("Washington approved the sale of F-16 jets to Turkey.", ("AID", ("USA",), ("TUR",))),
        # Weapons received from a supplier: the one after "from" aids the subject.
        (
            "Ukraine received the first batch of F-16 fighter jets from Denmark.",
            ("AID", ("DNK",), ("UKR",)),
        ),
        # Blocking or vetoing a partner's measure is rejecting it.
        ("Hungary blocked a new EU aid package for Ukraine.", ("REJECT", ("HUN",), ("EUR",))),
        ("Slovakia vetoed the EU sanctions package against Russia.", ("REJECT", ("SVK",), ("EUR",))),
        # Staying away from a summit is rejecting it.
        (
            "Warsaw would boycott the summit in Moscow, the Polish foreign minister said.",
            ("REJECT", ("POL",), ("RUS",)),
        ),
        # Prisoners swapped with a count between: each side releases to the other.
        ("Russia and Ukraine swapped 150 prisoners of war on Thursday.", ("RETREAT", ("RUS",), ("UKR",))),
        ("Russia and Ukraine swapped 150 prisoners of war on Thursday.", ("RETREAT", ("UKR",), ("RUS",))),
        # A captured pilot handed back is released to his state.
        ("Pakistan handed over a captured Indian pilot.", ("RETREAT", ("PAK",), ("IND",))),
        # Diplomats ordered out, however described; tit-for-tat expulsions are mutual.
        (
            "Algeria ordered 12 French embassy staff to leave the country.",
            ("SANCTION", ("DZA",), ("FRA",)),
        ),
        ("Canada and India expelled each other's top diplomats.", ("SANCTION", ("CAN",), ("IND",))),
        ("Canada and India expelled each other's top diplomats.", ("SANCTION", ("IND",), ("CAN",))),
        # A chargé d'affaires written without its accent is summoned like an ambassador.
        (
            "Lithuania summoned the Belarusian charge d'affaires on Monday.",
            ("ACCUSE", ("LTU",), ("BLR",)),
        ),
        # Exercises named by their kind.
        (
            "Russia held a nuclear weapons exercise near the border with Finland.",
            ("MOBILIZE", ("RUS",), ("FIN",)),
        ),
        # Boats stopped at sea.
        ("The Indian navy intercepted a Pakistani fishing boat.", ("COERCE", ("IND",), ("PAK",))),
        # Ties restored with an adjective between verb and noun.
        ("Cuba and the United States restored diplomatic ties.", ("COOPERATE", ("CUB", "USA"), ())),
        # Ratifying a party's accession.
        ("Hungary ratified Sweden's accession to NATO.", ("AGREE", ("HUN",), ("SWE",))),
        # Objections or opposition to a partner's step dropped: a concession.
        ("Ankara lifted its objections to Finland joining NATO.", ("CONCEDE", ("TUR",), ("FIN",))),
        # Troops massing at a border, the subject's noun opening the phrase.
        (
            "Tens of thousands of Russian troops are massing near the Ukrainian border.",
            ("MOBILIZE", ("RUS",), ("UKR",)),
        ),
        # A response or revenge vowed, a harsh response promised: threats.
        ("Pakistan vows response to Indian strikes", ("THREATEN", ("PAK",), ("IND",))),
        (
            "Iran promised a crushing response to any Israeli attack.",
            ("THREATEN", ("IRN",), ("ISR",)),
        ),
        # "UN chief" is the UN's, not a group that takes the country of the place.
        ("The UN chief urged restraint in Libya.", ("REQUEST", ("UNO",), ("LBY",))),
        # "drew a rebuke from X", "prompting a formal protest from X": X protests at the
        # subject of the clause (inverse).
        ("Iran's seizure of the tanker prompted a rebuke from London.", ("ACCUSE", ("GBR",), ("IRN",))),
        (
            "A US fighter jet shot down a Chinese balloon, prompting a formal protest from Beijing.",
            ("ACCUSE", ("CHN",), ("USA",)),
        ),
        (
            "Russia's strike on the dam drew strong condemnation from the European Union.",
            ("ACCUSE", ("EUR",), ("RUS",)),
        ),
        # A seizure named as a noun, its author the possessor.
        ("Iran's seizure of the tanker prompted a rebuke from London.", ("COERCE", ("IRN",), ())),
        # Leaving a bloc or a court is breaking off with it.
        ("Burkina Faso quit the regional bloc in January.", ("SANCTION", ("BFA",), ())),
        ("Mali withdrew from the ECOWAS regional bloc.", ("SANCTION", ("MLI",), ("IGO",))),
        # "sanctioned goods" describes earlier sanctions; the verb before it is read.
        (
            "Lithuania suspended transit of sanctioned goods to Kaliningrad.",
            ("SANCTION", ("LTU",), ("RUS",)),
        ),
        # Victims killed by a bomb are its recipients, not its authors.
        ("Two Malian soldiers were killed by a roadside bomb near Gao.", ("ASSAULT", (), ("MLI",))),
        ("A roadside bomb killed three Nigerien soldiers.", ("ASSAULT", (), ("NER",))),
        (
            "Five Pakistani policemen were wounded in a suicide bombing in Peshawar.",
            ("ASSAULT", (), ("PAK",)),
        ),
    ],
)
def test_round5_codes(text, expected):
    assert expected in coded_tuples(text, "en", D)


@pytest.mark.parametrize(
    "text, etype",
    [
        # "is expected to", "is scheduled to": the act lies ahead ("is expected" alone is a
        # cue after an event noun and no longer hides them).
        ("The Japanese prime minister is expected to visit Seoul next month.", "CONSULT"),
        ("The Indian president is scheduled to visit Dhaka in April.", "CONSULT"),
        # "stopped short of", "failed to": the act did not happen.
        ("Moscow stopped short of blaming Kyiv for the attack.", "ACCUSE"),
        ("Turkey failed to ratify Finland's accession before the summit.", "AGREE"),
        # Blocking a package is no aid given.
        ("Hungary blocked a new EU aid package for Ukraine.", "AID"),
    ],
)
def test_round5_not_happened(text, etype):
    assert not happened(text, etype)


@pytest.mark.parametrize(
    "text, absent_type",
    [
        # A weapons test is a show of force, not an attack.
        ("North Korea test-fired a ballistic missile into the Sea of Japan.", "ASSAULT"),
        ("North Korea test fired two cruise missiles on Sunday.", "ASSAULT"),
        # "Under pressure from X, Y agreed to ...": nobody is asked by Y.
        ("Under heavy pressure from Washington, Mexico agreed to send troops to the border.", "REQUEST"),
        # An act named bare as the cause of a complaint is not done by the one complaining.
        ("Iraq lodged a formal complaint with Iran over the shelling.", "ASSAULT"),
        ("Seoul lodged a protest with Pyongyang over the killing.", "ASSAULT"),
        # A person described as convicted or sentenced: no conviction or sentence coded.
        ("Iran executed a man convicted of spying for Israel.", "ACCUSE"),
        ("Belarus pardoned a German citizen sentenced to death.", "COERCE"),
        # Supply meeting demand is no concession.
        ("German carmakers are struggling to meet demand from China.", "CONCEDE"),
    ],
)
def test_round5_no_event(text, absent_type):
    assert absent_type not in types(text)


def test_weapons_test_is_a_show_of_force():
    got = coded_tuples("Pyongyang conducted its sixth nuclear test.", "en", D)
    assert ("MOBILIZE", ("PRK",), ()) in got


def test_control_seized_by_force():
    events = code_text("Sudan's army regained control of the capital.", "en", D)
    assert any(e.event_type == "ASSAULT" and [a.country for a in e.actor] == ["SDN"] for e in events)


def test_bomb_victims_are_not_the_actor():
    """The victims' state is the recipient; before round 5 it was read as the bomber."""
    got = coded_tuples("Four Nigerien soldiers were killed by an improvised explosive device.", "en", D)
    assert all("NER" not in actors for t, actors, _ in got if t == "ASSAULT")
    assert ("ASSAULT", (), ("NER",)) in got


@pytest.mark.parametrize(
    "text, expected",
    [
        # Guards: neighbouring readings the new phrases must not disturb.
        ("Thailand and Cambodia agreed to a ceasefire.", ("AGREE", ("THA", "KHM"), ())),
        ("Poland and Lithuania held joint military exercises.", ("COOPERATE", ("POL", "LTU"), ())),
        ("Iran fired missiles at Israel on Tuesday night.", ("ASSAULT", ("IRN",), ("ISR",))),
        ("Russian forces withdrew from the town of Lyman.", ("RETREAT", ("RUS",), ())),
        (
            "The EU has already sanctioned 1,800 Russian individuals.",
            ("SANCTION", ("EUR",), ("RUS",)),
        ),
        ("Washington pressured Cairo to open the Rafah crossing.", ("REQUEST", ("USA",), ("EGY",))),
        ("Israel blamed Iran for the attack.", ("ACCUSE", ("ISR",), ("IRN",))),
        (
            "A Moscow court convicted the American journalist of espionage.",
            ("ACCUSE", ("RUS",), ("USA",)),
        ),
        (
            "Hundreds of Palestinians were arrested by Israeli forces in the West Bank.",
            ("COERCE", ("ISR",), ("PSE",)),
        ),
    ],
)
def test_round5_guards(text, expected):
    assert expected in coded_tuples(text, "en", D)


def test_protest_from_is_not_by_the_subject():
    """Before round 5 "a formal protest from Beijing" was read as the subject's protest."""
    got = coded_tuples(
        "A US fighter jet shot down a Chinese balloon, prompting a formal protest from Beijing.",
        "en",
        D,
    )
    assert ("ACCUSE", ("USA",), ("CHN",)) not in got
