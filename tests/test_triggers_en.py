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
            found = _find_tails(spec.tails, tokens, m.token_end, "en", max_gap)
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], spec)
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
    # common news verbs and phrasal forms
    ("The two foreign ministers held talks with Gulf envoys in Muscat.", "CONSULT"),
    ("The presidents held a video call on Tuesday.", "CONSULT"),
    ("Oman is mediating between the two delegations.", "CONSULT"),
    ("The rival factions inked a power-sharing deal in Cairo.", "AGREE"),
    ("Negotiators struck an agreement on grain shipments.", "AGREE"),
    ("The opposition petitioned the court to suspend the decree.", "REQUEST"),
    ("Vienna encouraged both governments to resume dialogue.", "REQUEST"),
    ("The junta brushed aside calls for early elections.", "REJECT"),
    ("The delegation walked out of the talks in protest.", "REJECT"),
    ("The premier lashed out at Brussels over the funding freeze.", "ACCUSE"),
    ("Tehran said Washington would pay a heavy price for the raid.", "THREATEN"),
    ("Ottawa imposed a travel ban on six senior officials.", "SANCTION"),
    ("The EU froze the assets of three shipping firms.", "SANCTION"),
    ("Guerrillas launched an offensive on the provincial capital.", "ASSAULT"),
    ("Rebel fighters seized the airport after two days of fighting.", "ASSAULT"),
    ("Naval drones sank a patrol boat off the coast.", "ASSAULT"),
    ("Pretoria dispatched two frigates to the strait.", "MOBILIZE"),
    ("The army amassed tanks near the frontier.", "MOBILIZE"),
    ("The donors shipped medicines and food to the flooded region.", "AID"),
    ("The bank disbursed the second tranche of the loan.", "AID"),
    ("The militia pulled out of the town overnight.", "RETREAT"),
    ("The cabinet reversed its decision after a week of strikes.", "CONCEDE"),
    ("Budapest finally ratified the accession protocol.", "CONCEDE"),
    ("The coast guards carried out joint patrols in the gulf.", "COOPERATE"),
    ("Both navies held joint naval drills near the strait.", "COOPERATE"),
    ("Ankara welcomed the vote in the assembly.", "SUPPORT"),
    ("The Gulf states rallied behind the Saudi proposal.", "SUPPORT"),
    ("Anti-government protests spread to three more cities.", "PROTEST"),
    ("Teachers' strikes closed schools across the province.", "PROTEST"),
    ("New Delhi banned the export of sugar until October.", "SANCTION"),
    ("The opposition leader attacked the government's record on housing.", "ACCUSE"),
    ("Border guards detained the group, deporting six of them the same day.", "COERCE"),
    ("The first aid convoy arrived in the city on Saturday.", "AID"),
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
    # non-event senses of trigger words: a thing, a state, a market move, weather, a media act
    ("The patient has been on life support since Friday.", "SUPPORT"),
    ("Exports rose, thanks to a weaker currency.", "SUPPORT"),
    ("The internationally recognised government controls the port.", "SUPPORT"),
    ("The envoy hails from a fishing town in the south.", "SUPPORT"),
    ("The veteran died of a heart attack on Sunday.", "ASSAULT"),
    ("An earthquake struck the mountain region overnight.", "ASSAULT"),
    ("The constitutional court struck down the law.", "ASSAULT"),
    ("The pound fell against the dollar after the vote.", "ASSAULT"),
    ("Regulators traced the payments through shell companies.", "ASSAULT"),
    ("A storm cut power to thousands of homes.", "ASSAULT"),
    ("The minister stormed out of the hearing.", "ASSAULT"),
    ("Higher rates should bring down inflation next year.", "ASSAULT"),
    ("Rail strikes on Monday halted trains across the country.", "ASSAULT"),
    ("Rescuers searched the rubble for survivors.", "COERCE"),
    ("The opposition seized on the scandal.", "COERCE"),
    ("The singer went into cardiac arrest on stage.", "COERCE"),
    ("Shares rallied after the central bank cut rates.", "PROTEST"),
    ("Riot police were deployed outside the stadium.", "PROTEST"),
    ("The test demonstrated that the rocket could reach orbit.", "PROTEST"),
    ("The fire started near the railway station.", "MOBILIZE"),
    ("The party mobilised voters in the last week of the campaign.", "MOBILIZE"),
    ("Oil demand slowed sharply in the second quarter.", "REQUEST"),
    ("The minister spoke at a press conference in Rome.", "REQUEST"),
    ("Asked about the talks, the spokesman declined to comment.", "REQUEST"),
    ("The embassy did not respond to a request for comment.", "REQUEST"),
    ("The peace plan calls for elections within a year.", "REQUEST"),
    ("In a call on Friday, the two leaders discussed trade.", "REQUEST"),
    ("The foreign minister spoke to reporters after the vote.", "CONSULT"),
    ("Doha hosted the World Cup in 2022.", "CONSULT"),
    ("The ministry received a letter from the company.", "CONSULT"),
    ("The plan met with criticism from opposition parties.", "CONSULT"),
    ("The government must deal with rising prices.", "AGREE"),
    ("The army released a statement on Monday.", "RETREAT"),
    ("The opposition called for free and fair elections.", "RETREAT"),
    ("Stocks retreated from record highs.", "RETREAT"),
    ("The senator withdrew from the presidential race.", "RETREAT"),
    ("The judge granted bail to the suspect.", "AID"),
    ("Families sheltered in basements during the night.", "AID"),
    ("Volunteers gave first aid to the injured.", "AID"),
    ("The opposing sides met in Geneva.", "REJECT"),
    ("Hackers launched a denial of service attack on the ministry.", "REJECT"),
    ("Forecasters issued a storm warning for the coast.", "THREATEN"),
    ("Climate change poses a serious threat to coastal towns.", "THREATEN"),
    ("He was admitted to hospital with chest pains.", "CONCEDE"),
    ("The boxer was given a suspended sentence.", "SANCTION"),
    ("The economy has shrunk under sanctions.", "SANCTION"),
    ("Traffic came to a halt on the motorway.", "SANCTION"),
    ("The government will invest in schools and hospitals.", "COOPERATE"),
    ("The central bank warned of a recession next year.", "THREATEN"),
    ("She recalled that the ambassador had opposed the plan.", "SANCTION"),
    ("The opposition leader attacked the government's record on housing.", "ASSAULT"),
    ("The first aid convoy arrived in the city on Saturday.", "CONSULT"),
    ("Two officers were suspended from duty after the incident.", "SANCTION"),
    ("The EU banned the use of the pesticide in 2018.", "COERCE"),
    ("The workers were killed in a car crash near the border.", "ASSAULT"),
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
