"""English trigger lexicon, tested through the real phrase matcher.

Sentences are written for these tests in the style of international news. A match's reading
is chosen as the coder chooses it: a gapped phrase whose later parts are found wins, else the
first plain phrase; stop phrases (type NONE) code nothing.
"""

import pytest

from detente.events import _find_tails
from detente.events.lexicon import lexicon
from detente.mentions import tokenize
from detente.normalise import normalise


@pytest.fixture(scope="module")
def lex():
    lexicon.cache_clear()
    return lexicon("en")


def readings(lex, sentence):
    """(matched head text, chosen spec) per match, resolving gapped phrases."""
    tokens = tokenize(normalise(sentence, "en").text)
    max_gap = int(lex.grammar.get("max_gap", 3))
    out = []
    for m in lex.triggers.match(sentence, "en"):
        plain, best = None, None
        for spec in m.payloads:
            if not spec.tails:
                plain = plain or spec
                continue
            end = _find_tails(spec.tails, tokens, m.token_end, "en", max_gap)
            if end is not None and (best is None or end > best[0]):
                best = (end, spec)
        spec = best[1] if best else plain
        if spec is not None:
            out.append((sentence[m.start : m.end], spec))
    return out


def types(lex, sentence):
    return {s.event_type for _, s in readings(lex, sentence)} - {"NONE"}


# (sentence, expected PLOVER type) — one or more per principle
POSITIVE = [
    # complete verb forms: -ing participles code like the finite verb
    ("The minister spoke in Riga, warning Moscow that any incursion would be answered.", "THREATEN"),
    ("Parliament passed a motion recognising the state of Palestine.", "SUPPORT"),
    ("Flydubai said it was suspending flights to two Russian cities.", "SANCTION"),
    ("Moscow hit back, ordering 20 Estonian diplomats to leave within a week.", "SANCTION"),
    ("The president rejected the report, refusing to accept its findings.", "REJECT"),
    ("Police broke up the march, arresting dozens of students.", "COERCE"),
    ("The envoy was summoned on Monday, accused of interfering in the election.", "ACCUSE"),
    # agreeing to a punitive measure is the measure
    ("EU foreign ministers agreed to impose new sanctions on Iranian drone makers.", "SANCTION"),
    ("The 27 member states agreed to ban imports of Russian steel.", "SANCTION"),
    ("Allies agreed to remove two Belarusian banks from SWIFT.", "SANCTION"),
    # agreeing to or approving a loan or aid package is aid
    ("The IMF agreed to a $3 billion loan for Sri Lanka.", "AID"),
    ("Washington will send Abrams tanks to Kyiv.", "AID"),
    ("Berlin pledged to deliver more air defence systems and ammunition to Ukraine.", "AGREE"),
    ("Ottawa is providing military assistance to the Baltic states.", "AID"),
    ("Tehran granted the dissident political asylum.", "AID"),
    ("Under the plan, Turkish peacekeepers would deploy along the line of contact.", "AID"),
    # aid that is cut, halted or withheld is a sanction, not aid
    ("Tokyo halted economic aid to Myanmar after the coup.", "SANCTION"),
    # welcoming a decision is praise, not hosting
    ("Ankara welcomed the decision to extend the grain deal.", "SUPPORT"),
    ("The king welcomed the Egyptian president at the palace.", "CONSULT"),
    # meetings and calls
    ("A summit between the two leaders is planned in Geneva.", "CONSULT"),
    ("The Turkish defence minister called his Greek counterpart on Friday.", "CONSULT"),
    ("The foreign minister landed in Beijing for a three-day visit.", "CONSULT"),
    # cancelling a meeting is a refusal to meet
    ("The White House called off the planned summit with the Chinese leader.", "REJECT"),
    ("Warsaw cancelled a scheduled visit by the Hungarian foreign minister.", "REJECT"),
    ("Moscow said it would not extradite the suspects.", "REJECT"),
    # dropping a veto or meeting demands is conceding
    ("Slovakia dropped its veto over the sanctions package.", "CONCEDE"),
    ("The government met the strikers' demands after a week of protests.", "CONCEDE"),
    ("The union called off the strike on Friday.", "CONCEDE"),
    ("The general admitted responsibility for the strike on the convoy.", "CONCEDE"),
    # courts: convictions, indictments and investigations accuse
    ("A court in The Hague convicted three men of the bombing.", "ACCUSE"),
    ("Prosecutors indicted the former minister on bribery charges.", "ACCUSE"),
    ("Vilnius complained to the European Commission about Minsk's border policy.", "ACCUSE"),
    ("Beijing lodged a formal protest with Manila over the collision.", "ACCUSE"),
    ("The Kremlin called the expulsions an unfriendly act.", "ACCUSE"),
    # threats
    ("Pyongyang vowed to respond to the drills with overwhelming force.", "THREATEN"),
    ("The ministry said the provocation would not go unpunished.", "THREATEN"),
    ("Washington is prepared to take further action against the regime.", "THREATEN"),
    ("Minsk warned of countermeasures if the border stayed closed.", "THREATEN"),
    # leaving, freezing or shelving is a sanction
    ("Georgia shelved its bid to join the bloc until 2030.", "SANCTION"),
    ("Mali has frozen its participation in the regional bloc.", "SANCTION"),
    # restoring membership eases a sanction and supports
    ("The council voted to readmit Russia to the organisation.", "RETREAT"),
    ("Ankara completed the withdrawal of its troops from the enclave.", "RETREAT"),
    # protests
    ("Thousands protested outside the embassy on Sunday.", "PROTEST"),
    ("Farmers blocked roads leading to the capital.", "PROTEST"),
    ("Students staged a demonstration against the new law.", "PROTEST"),
    # violence
    ("A ballistic missile hit a residential block in Dnipro.", "ASSAULT"),
    ("Guards tortured detainees at the camp, the report said.", "ASSAULT"),
    ("Gunmen took the 12 crew members hostage.", "ASSAULT"),
    ("Troops recaptured the town after a week of fighting.", "ASSAULT"),
    # cooperation
    ("Observers will monitor the ceasefire along the border.", "COOPERATE"),
    ("Both services agreed on sharing intelligence on smuggling routes.", "AGREE"),
    # demolitions and seizures coerce
    ("Bulldozers demolished four homes in the village.", "COERCE"),
]

# Sentences whose trigger-like words are not the event they seem to be.
NOT_TYPE = [
    # "to blame" as a predicate is no accusation by the subject
    ("Officials said faulty wiring was to blame for the fire.", "ACCUSE"),
    # "met with" in the passive is a reaction, not a meeting
    ("The plan was met with scepticism in Brussels.", "CONSULT"),
    ("Any retaliation would be met with force.", "CONSULT"),
    # meeting a goal or target is no meeting
    ("Madrid said it could meet its spending target by 2029.", "CONSULT"),
    ("Few members have met the two percent goal.", "CONSULT"),
    # an adjectival "convicted" names a person, it is no conviction
    ("The deal freed a convicted spy held in Germany.", "ACCUSE"),
    # "on land, in the air": a comma does not make a landing
    ("Both armies agreed to stop fighting on land, in the air and at sea.", "CONSULT"),
    # "support" as a noun of a possessor is not backing
    ("The party lost its support in the north.", "SUPPORT"),
    # bare supply and delivery words are not arms transfers
    ("Power supplies were restored to the city.", "AID"),
    ("The ministry will provide details next week.", "AID"),
    # the wounded are victims, not an attack
    ("Helicopters evacuated the wounded from the town.", "ASSAULT"),
    # a welcome for a decision is not hosting
    ("Seoul welcomed the agreement on family reunions.", "CONSULT"),
]


@pytest.mark.parametrize("sentence,etype", POSITIVE)
def test_trigger_type(lex, sentence, etype):
    assert etype in types(lex, sentence), readings(lex, sentence)


@pytest.mark.parametrize("sentence,etype", NOT_TYPE)
def test_not_type(lex, sentence, etype):
    assert etype not in types(lex, sentence), readings(lex, sentence)


def test_denial_noun_does_not_govern(lex):
    # "After days of denials, X admitted ...": the noun takes no complement clause.
    specs = [s for t, s in readings(lex, "After days of denials, the army admitted the error.")]
    denial = [s for s in specs if s.event_type == "REJECT"]
    assert denial and not denial[0].governs


def test_summons_does_not_govern(lex):
    # "summoned the ambassador to demand ...": the demand is its own event.
    specs = [s for _, s in readings(lex, "Seoul summoned the Russian ambassador to demand answers.")]
    assert {"ACCUSE", "REQUEST"} <= {s.event_type for s in specs}
    assert not next(s for s in specs if s.event_type == "ACCUSE").governs


NO_EVENT = [
    "Argentina beat France on penalties to win the World Cup.",
    "The central bank left interest rates unchanged on Thursday.",
    "Heavy rain is expected across the region this weekend.",
    "The museum reopened after a two-year renovation.",
]


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_no_event(lex, sentence):
    assert not types(lex, sentence), readings(lex, sentence)
