"""Hebrew data changed in round 18 (data/he/triggers.yaml): speaking with a counterpart
(דיבר עם) is a consultation, speaking with reporters or families none; putting forces on
alert (העמיד בכוננות); taking a group off a terror list eases the sanction on it; stopping
imports from a state is a sanction; approving aid, transferring sums of money and flying in
aid are aid; burning a state's flag is a protest against it; a protest letter sent with שיגר,
complaining (הלין על), pointing at a culprit and attributing an attack are accusations, the
attack attributed being their content; answering no is a rejection; "will not stand by" is a
threat; pounding targets (כתש) and a pre-emptive blow are attacks, a crater (מכתש) none;
sharing information is intelligence cooperation; strengthening someone's hands or giving them
a tailwind is support; sending an envoy is a visit, sending a rescue delegation aid; holding
a discussion with a counterpart is a meeting; a request for a release names its content;
capturing spies or terrorists is an arrest; forming an alliance or concluding a deal is a
shared act; voicing or passing criticism is criticism; moving forces towards a border deploys
them; dismantling one's arsenal is disarming; attacking targets in the present tense
(תוקפת מתקני), granting patrol ships, barring inspectors from entering; receiving one's
counterpart is hosting; a court sentencing with the penalty before על; revoking the
ratification of a treaty is leaving it, and a treaty banning nuclear tests tells no test. Each
sentence was written for this test in the style of Hebrew news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-03-03"

_coder = Coder("he", DATE)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "sentence, want",
    [
        # speaking with a counterpart
        ("נשיא צרפת דיבר אמש עם נשיא מצרים.", ("CONSULT", ("FRA",), ("EGY",))),
        ("שר החוץ ההודי מדבר עם עמיתו הסיני.", ("CONSULT", ("IND",), ("CHN",))),
        # putting forces on alert
        ("צבא פקיסטן העמיד את כוחותיו בכוננות לאורך הגבול.", ("MOBILIZE", ("PAK",), ())),
        # taking a group off the terror list
        ("קנדה הוציאה את הטליבאן מרשימת ארגוני הטרור.", ("RETREAT", ("CAN",), ("AFG",))),
        # stopping imports from a state
        ("יפן הפסיקה לייבא פחם מרוסיה.", ("SANCTION", ("JPN",), ("RUS",))),
        # approving aid; transferring sums of money; flying in aid
        ("הפרלמנט האירופי אישר סיוע של חמישה מיליארד אירו לאוקראינה.",
         ("AID", ("EUR",), ("UKR",))),
        ("סעודיה העבירה ללבנון 200 מיליון דולר.", ("AID", ("SAU",), ("LBN",))),
        ("איטליה הטיסה ציוד רפואי ללוב.", ("AID", ("ITA",), ("LBY",))),
        # burning a state's flag
        ("מפגינים בבגדאד שרפו את דגל ארצות הברית.", ("PROTEST", ("IRQ",), ("USA",))),
        # a protest letter sent with שיגר
        ("בלגיה שיגרה מכתב מחאה לרוסיה.", ("ACCUSE", ("BEL",), ("RUS",))),
        # complaining; attributing an attack
        ("ממשלת פולין הלינה על התנהלות בלארוס בגבול.", ("ACCUSE", ("POL",), ("BLR",))),
        ("בריטניה ייחסה לרוסיה את מתקפת הסייבר.", ("ACCUSE", ("GBR",), ("RUS",))),
        ("הולנד הצביעה על רוסיה כאחראית להפלת המטוס.", ("ACCUSE", ("NLD",), ("RUS",))),
        # answering no
        ("ממשלת אוסטריה השיבה בשלילה לבקשת אוקראינה.", ("REJECT", ("AUT",), ("UKR",))),
        # will not stand by
        ("מצרים לא תעמוד מנגד מול הסכר של אתיופיה.", ("THREATEN", ("EGY",), ("ETH",))),
        # pounding targets; a pre-emptive blow
        ("חיל האוויר כתש הלילה יעדים של חמאס ברצועה.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("צה\"ל הנחית מכת מנע על חזבאללה.", ("ASSAULT", ("ISR",), ("LBN",))),
        # sharing information
        ("צרפת וגרמניה שיתפו מידע על רשתות הריגול של רוסיה.",
         ("COOPERATE", ("FRA", "DEU"), ("RUS",))),
        # strengthening someone's hands; a tailwind
        ("ראש ממשלת בריטניה חיזק את ידי ממשלת אוקראינה.", ("SUPPORT", ("GBR",), ("UKR",))),
        ("וושינגטון נתנה רוח גבית למרוקו.", ("SUPPORT", ("USA",), ("MAR",))),
        # sending an envoy; sending a rescue delegation
        ("ממשלת ירדן שלחה שליח מיוחד לדמשק.", ("CONSULT", ("JOR",), ("SYR",))),
        ("יוון שלחה משלחת חילוץ לטורקיה.", ("AID", ("GRC",), ("TUR",))),
        # holding a discussion with a counterpart
        ("מצרים קיימה דיון עם קטאר על עתיד הרצועה.", ("CONSULT", ("EGY",), ("QAT",))),
        # a request for a release, presented
        ("ירדן הציגה לסוריה בקשה לשחרור אזרחיה.", ("REQUEST", ("JOR",), ("SYR",))),
        # capturing spies
        ("המשטרה הרוסית לכדה שני מרגלים אוקראינים.", ("COERCE", ("RUS",), ("UKR",))),
        # forming an alliance
        ("ארה\"ב ובריטניה כרתו ברית חדשה.", ("COOPERATE", ("USA", "GBR"), ())),
        # voicing or passing criticism
        ("שר החוץ השוודי העביר ביקורת על ממשלת טורקיה.", ("ACCUSE", ("SWE",), ("TUR",))),
        # moving forces towards a border
        ("בלארוס הניעה כוחות לעבר הגבול עם ליטא.", ("MOBILIZE", ("BLR",), ("LTU",))),
        # dismantling one's arsenal
        ("לוב פירקה את מאגר הנשק הכימי שלה.", ("RETREAT", ("LBY",), ())),
        # attacking targets in the present tense; granting patrol ships; barring inspectors
        ("צבא רוסיה תוקף מתקני אנרגיה באוקראינה.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("אוסטרליה תעניק לאיי שלמה ספינות סיור.", ("AID", ("AUS",), ("SLB",))),
        ("איראן מנעה את כניסת פקחי סבא\"א.", ("SANCTION", ("IRN",), ("UNO",))),
        # receiving one's counterpart; a court sentencing with the penalty before על
        ("נשיא קפריסין קיבל את עמיתו הלבנוני בניקוסיה.", ("CONSULT", ("CYP",), ("LBN",))),
        ("בית משפט במצרים גזר מאסר עולם על שני עיתונאים בריטים.",
         ("COERCE", ("EGY",), ("GBR",))),
        # revoking a ratification is leaving the treaty
        ("רוסיה ביטלה את אשרור האמנה לאיסור ניסויים גרעיניים.", ("SANCTION", ("RUS",), ())),
        # concluding a deal
        ("הודו ויפן כרתו הסכם ביטחוני.", ("AGREE", ("IND", "JPN"), ())),
    ],
)
def test_round18_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # speaking with reporters or families consults no party
        ("ראש הממשלה דיבר עם עיתונאים בנמל התעופה.", "CONSULT"),
        ("נשיא צרפת שוחח עם הורי החטופים.", "CONSULT"),
        # a crater is no attack
        ("מכתש רמון הוא אחד מאתרי הטבע היפים בישראל.", "ASSAULT"),
        # "did not stand by" tells an act, not a threat
        ("בשנת 2006 ישראל לא עמדה מנגד.", "THREATEN"),
        # the attack attributed is the content of the accusation, not an attack told
        ("בריטניה ייחסה לרוסיה את התקיפה על המכלית.", "ASSAULT"),
        # a request for a release is no release
        ("ירדן הציגה לסוריה בקשה לשחרור אזרחיה.", "RETREAT"),
        # the revoked ratification is no agreement, and the tests the treaty bans no test
        ("רוסיה ביטלה את אשרור האמנה לאיסור ניסויים גרעיניים.", "AGREE"),
        ("רוסיה ביטלה את אשרור האמנה לאיסור ניסויים גרעיניים.", "MOBILIZE"),
        # a rescue delegation is aid, not a state visit
        ("יוון שלחה משלחת חילוץ לטורקיה.", "CONSULT"),
    ],
)
def test_round18_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_answering_no_is_not_a_request():
    assert "REQUEST" not in types("ממשלת אוסטריה השיבה בשלילה לבקשת אוקראינה.")


def test_will_not_stand_by_is_not_negated():
    evs = [e for e in _coder_events("מצרים לא תעמוד מנגד מול הסכר של אתיופיה.")
           if e.event_type == "THREATEN"]
    assert evs and not any(e.negated for e in evs)


def _coder_events(text):
    from detente.events import code_text

    return code_text(text, "he", DATE)
