"""Hebrew data changed in round 16 (data/he/triggers.yaml, roles.yaml): calling a decision,
proposal or ruling names rejects it; a reprisal operation (פעולת תגמול) is an attack; handing
intelligence to another state with no article (past and future); freezing or shelving
accession talks with a bloc is a sanction on the bloc; agreeing to or accepting another
party's ceasefire proposal is AGREE towards the proposer, with no joint ceasefire; seizing or
stopping a ship whose noun heads its mention (a gapped tail); exchanging prisoners with a
number between; a pardon of prisoners (חנן); settlers and the Prime Minister's Office named
bare are Israel's (home_terms); closing ports or straits to another state's ships; suspending
cooperation, aid or funding is a sanction and resuming aid is aid; "persona non grata" in
Hebrew words (אישיות בלתי רצויה); allowing people to cross or enter (past and future) eases a
restriction; a seat after ב speaks with כינו; receiving a leader (קיבל את נשיא) is hosting;
condolences with the possessive (הביע את תנחומיו). Each sentence was written for this test in the
style of Hebrew news and its expected reading checked by hand against eval/README.md:
(type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("he", DATE)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "sentence, want",
    [
        # calling a decision, proposal or ruling names rejects it
        ('משרד החוץ הישראלי כינה את ההחלטה "מבישה".', ("REJECT", ("ISR",), ())),
        ('נשיא ברזיל כינה את ההחלטה של ישראל "חרפה".', ("REJECT", ("BRA",), ("ISR",))),
        ('בלשכת ראש הממשלה כינו את פסיקת בית הדין "שערורייתית".', ("REJECT", ("ISR",), ())),
        # handing information over to another state
        ("הצבא הירדני העביר לישראל מידע מודיעיני על החוליה.",
         ("COOPERATE", ("JOR",), ("ISR",))),
        ("צרפת תעביר לאוקראינה מידע מודיעיני על תנועות הכוחות.",
         ("COOPERATE", ("FRA",), ("UKR",))),
        # a reprisal operation is an attack
        ("ישראל ביצעה פעולת תגמול נגד חזבאללה.", ("ASSAULT", ("ISR",), ("LBN",))),
        # freezing or shelving accession talks with the EU
        ("ממשלת סרביה הקפיאה את שיחות ההצטרפות לאיחוד האירופי.",
         ("SANCTION", ("SRB",), ("EUR",))),
        ("ממשלת מולדובה לא תקדם את שיחות ההצטרפות לאיחוד האירופי.",
         ("SANCTION", ("MDA",), ("EUR",))),
        # accepting another party's ceasefire proposal: AGREE towards the proposer
        ("חמאס הסכים להצעה הקטארית להפסקת אש.", ("AGREE", ("PSE",), ("QAT",))),
        ("קייב הסכימה להצעה האמריקנית להפסקת אש.", ("AGREE", ("UKR",), ("USA",))),
        # seizing or stopping a ship described by its flag
        ("משמרות המהפכה תפסו מכלית יוונית במפרץ עומאן.", ("COERCE", ("IRN",), ("GRC",))),
        ("חיל הים הצרפתי עיכב מכלית רוסית מול חופי בריטני.", ("COERCE", ("FRA",), ("RUS",))),
        # a prisoner exchange with a number between, and a pardon
        ("ארמניה ואזרבייג'ן החליפו עשרות שבויים.", ("RETREAT", ("ARM", "AZE"), ())),
        ("נשיא בלארוס חנן שמונה אסירים ליטאים.", ("RETREAT", ("BLR",), ("LTU",))),
        # settlers named bare are Israelis
        ("מתנחלים הציתו מכוניות בכפר פלסטיני.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("קנדה גינתה את אלימות המתנחלים.", ("ACCUSE", ("CAN",), ("ISR",))),
        # closing ports to another state's ships
        ("ספרד סגרה את נמליה בפני ספינות רוסיות.", ("SANCTION", ("ESP",), ("RUS",))),
        # suspending cooperation or aid is a sanction; resuming funding is aid
        ("ארה\"ב הפסיקה את שיתוף הפעולה הביטחוני עם ניז'ר.", ("SANCTION", ("USA",), ("NER",))),
        ("קנדה קיצצה את הסיוע לרשות הפלסטינית.", ("SANCTION", ("CAN",), ("PSE",))),
        ('יפן חידשה את המימון לאונר"א.', ("AID", ("JPN",), ("UNO",))),
        # persona non grata in Hebrew words
        ("ניקרגואה הכריזה על שגריר גרמניה כאישיות בלתי רצויה.",
         ("SANCTION", ("NIC",), ("DEU",))),
        # allowing people to enter or cross
        ("טורקיה אפשרה לפליטים סורים להיכנס לשטחה.", ("RETREAT", ("TUR",), ("SYR",))),
        # receiving a leader or minister is hosting; condolences with the possessive
        ("מלך ירדן קיבל את שר החוץ האמריקני בעמאן.", ("CONSULT", ("JOR",), ("USA",))),
        ("ארדואן שלח את תנחומיו לעם היפני.", ("SUPPORT", ("TUR",), ("JPN",))),
    ],
)
def test_round16_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # refraining from a military response is no attack
        ("איראן נמנעה מתגובה צבאית נגד ישראל.", "ASSAULT"),
        # threatening a military response is a threat, not an attack
        ("סוריה איימה בתגובה צבאית נגד טורקיה.", "ASSAULT"),
        # accepting a proposal is no joint ceasefire yet
        ("חמאס הסכים להצעה הקטארית להפסקת אש.", "RETREAT"),
        ("קייב הסכימה להצעה האמריקנית להפסקת אש.", "RETREAT"),
        # suspended cooperation is no cooperation
        ("ארה\"ב הפסיקה את שיתוף הפעולה הביטחוני עם ניז'ר.", "COOPERATE"),
        # an app letting users in eases nothing
        ("האפליקציה מאפשרת למשתמשים להיכנס בלי סיסמה.", "RETREAT"),
        # arresting a tanker's driver is no seizure of a ship by a state
        ("המשטרה עצרה את נהג המכלית.", "COERCE"),
        # receiving a government's decision or a leader's invitation is no meeting
        ("נשיא צרפת קיבל את החלטת הממשלה.", "CONSULT"),
        ("אוקראינה קיבלה את ההזמנה של נשיא צרפת.", "CONSULT"),
        # a refused proposal is no agreement
        ("הודו לא הסכימה להצעה האמריקנית להפסקת אש.", "AGREE"),
    ],
)
def test_round16_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_refraining_from_a_military_response_is_the_negated_attack():
    evs = [e for e in code_text("איראן נמנעה מתגובה צבאית נגד ישראל.", "he", DATE)
           if e.event_type == "ASSAULT"]
    assert evs and all(e.negated for e in evs)


def test_threatened_response_is_a_threat():
    assert ("THREATEN", ("SYR",), ("TUR",)) in coded_tuples(
        "סוריה איימה בתגובה צבאית נגד טורקיה.", "he", DATE
    )


def test_information_handed_over_in_the_future_is_future():
    evs = code_text("אוקראינה תעביר לפולין את כל המידע על הטיל.", "he", DATE)
    assert {e.modality for e in evs if e.event_type == "COOPERATE"} == {"future"}


def test_calling_a_leader_names_stays_criticism():
    assert "REJECT" not in types('נשיא טורקיה כינה את ראש ממשלת ישראל "רוצח".')
