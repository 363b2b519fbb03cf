"""Hebrew triggers, stop phrases, cues and aliases changed in round 13 (data/he/triggers.yaml,
data/he/grammar.yaml, data/he/aliases/people.yaml): ordinary words that read as a trigger once
leading letters are stripped as proclitics ("בכירי", "הבהירו", "הכפיל", "מגיבה", "מובחרים"),
being hosted, withdrawing one's forces, laying the blame, threats with more infinitives, warships
sent, ratifying in full spelling, visas and hotlines cut, boycotts, poisoning, passive agreements
and troop dispatches, terror designations, demolitions, stripped citizenship, arms-export limits,
heavy weapons supplied, live-fire drills, frozen normalisation, modality cues (warning and
demanding, "not" inside an adjective) and surnames that are common words. Each sentence was
written for this test in the style of Hebrew news and its expected reading checked by hand:
(type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("he", DATE)
happened = _coder.happened


def modalities(text: str, etype: str) -> set[tuple[str, bool]]:
    return {(e.modality, e.negated) for e in code_text(text, "he", DATE) if e.event_type == etype}


@pytest.mark.parametrize(
    "sentence, want",
    [
        # being hosted (hitpa'el) is the guest's visit, not the future "will host"
        ("נשיא צרפת התארח בארמון המלוכה ברבאט.", ("CONSULT", ("FRA",), ("MAR",))),
        # pulling out one's forces, possessive object in the feminine
        ("רוסיה פינתה את כוחותיה מחרסון.", ("RETREAT", ("RUS",), ("UKR",))),
        # laying the blame on a state
        ("הודו תלתה את האחריות לפיגוע בפקיסטן.", ("ACCUSE", ("IND",), ("PAK",))),
        # threats with an infinitive of force
        ("קים ג'ונג און איים להשתמש בנשק גרעיני נגד דרום קוריאה.",
         ("THREATEN", ("PRK",), ("KOR",))),
        # sending a warship deploys it
        ("ארצות הברית שיגרה נושאת מטוסים למזרח הים התיכון.", ("MOBILIZE", ("USA",), ())),
        # ratifying in full spelling
        ('הפרלמנט הטורקי אישרר את הצטרפות שוודיה לנאט"ו.', ("AGREE", ("TUR",), ("SWE",))),
        # stopping visas, cutting the hotline, boycotting a conference
        ("הודו הפסיקה להנפיק אשרות לאזרחי קנדה.", ("SANCTION", ("IND",), ("CAN",))),
        ("בתגובה, פיונגיאנג ניתקה את קווי התקשורת עם סיאול.",
         ("SANCTION", ("PRK",), ("KOR",))),
        ("ממשלת ישראל החליטה להחרים את הוועידה בדרבן.", ("SANCTION", ("ISR",), ())),
        # freezing a rapprochement
        ("טורקיה הקפיאה את תהליך הפיוס עם ישראל.", ("SANCTION", ("TUR",), ("ISR",))),
        # poisoning a person
        ("רוסיה הרעילה את הסוכן לשעבר בבריטניה.", ("ASSAULT", ("RUS",), ("GBR",))),
        # an agreement told in the passive between two parties
        ("בין ישראל ללבנון הוסכם על הפסקת אש.", ("AGREE", ("ISR", "LBN"), ())),
        # troops sent, in the passive with the forces after the verb
        ("נשלחו אלפי חיילים אמריקנים לפולין.", ("MOBILIZE", ("USA",), ("POL",))),
        # designating a group a terrorist organisation
        ("ארצות הברית הכריזה על חות'ים כארגון טרור.", ("SANCTION", ("USA",), ("YEM",))),
        ("בריטניה הוסיפה את משמרות המהפכה לרשימת ארגוני הטרור.",
         ("SANCTION", ("GBR",), ("IRN",))),
        # stripping citizenship is repression, not a rejection
        ("קנדה שללה את אזרחותו של הפעיל.", ("COERCE", ("CAN",), ("CAN",))),
        # limiting arms exports (verbal noun)
        ("אוסטרליה הודיעה על הגבלת ייצוא הנשק לישראל.", ("SANCTION", ("AUS",), ("ISR",))),
        # heavy weapons supplied (present tense); a crossing opened (present tense)
        ("פולין שולחת טנקים לאוקראינה.", ("AID", ("POL",), ("UKR",))),
        # a threat voiced or repeated (the bare definite "the threat" is no event)
        ("טהרן השמיעה איומים חריפים נגד ישראל.", ("THREATEN", ("IRN",), ("ISR",))),
        ("איראן חזרה על האיום לסגור את מצר הורמוז.", ("THREATEN", ("IRN",), ())),
        ("הממשלה המצרית פותחת את מעבר רפיח.", ("RETREAT", ("EGY",), ("PSE",))),
        # a live-fire drill is an exercise
        ("סין ערכה תרגיל ירי חי במצר טייוואן.", ("MOBILIZE", ("CHN",), ())),
        # "senior officials" (בכירי) is not ב+כ+ירי: the meeting stays, no fire
        ("בכירי חמאס נפגשו בקהיר עם ראש המודיעין המצרי.", ("CONSULT", ("PSE",), ("EGY",))),
        ("שכירי החרב של וגנר נסוגו מבחמוט.", ("RETREAT", ("RUS",), ("UKR",))),
    ],
)
def test_round13_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # words that contain a trigger after leading letters are stripped
        ("בכירי הממשל האמריקני הגיעו לישראל.", "ASSAULT"),
        ("פקיסטן הבהירו לאפגניסטן כי הגבול סגור.", "ASSAULT"),
        ("נתניהו הכפיל את תקציב הביטחון.", "ASSAULT"),
        ("איראן מגיבה בזעם על הסנקציות החדשות.", "SUPPORT"),
        ("כוחות מובחרים של צבא רוסיה נלחמים בקורסק.", "COERCE"),
        ("המלך התארח בארמון המלוכה.", "ASSAULT"),
        ("המערב התגייס לעזרת אוקראינה.", "MOBILIZE"),
        ("מכשירי הקשר של חזבאללה התפוצצו.", "ASSAULT"),
        # a live-fire drill is no attack; a warship sent is no launch
        ("סין ערכה תרגיל ירי חי במצר טייוואן.", "ASSAULT"),
        ("ארצות הברית שיגרה נושאת מטוסים למזרח הים התיכון.", "ASSAULT"),
        # boycotting a conference is no seizure, nor a meeting
        ("ממשלת ישראל החליטה להחרים את הוועידה בדרבן.", "COERCE"),
        ("ממשלת ישראל החליטה להחרים את הוועידה בדרבן.", "CONSULT"),
        # genocide named in an order is no killing
        ("בית הדין הבינלאומי לצדק הורה לישראל למנוע מעשי רצח עם ברצועה.", "ASSAULT"),
        # stripping citizenship is no rejection
        ("קנדה שללה את אזרחותו של הפעיל.", "REJECT"),
        # "the threat" and "the conflict between" in analysis name a standing state
        ("האיום האיראני נותר האתגר המרכזי של ישראל.", "THREATEN"),
        ("העימות בין סין לטייוואן עלול להסלים.", "ASSAULT"),
    ],
)
def test_round13_no_event(sentence, absent):
    assert not any(t[0] == absent for t in coded_tuples(sentence, "he", DATE))


@pytest.mark.parametrize(
    "sentence, party",
    [
        # surnames that are common words need their bearer named in the document
        ("ישראל אינה חסינה מפני מתקפות סייבר.", "BGD"),
        ("קרי, ישראל דחתה את ההצעה.", "USA"),
        ("התקיפה האיראנית באפריל הייתה הראשונה מסוגה.", "JPN"),
        ("כוכבי הקולנוע הפגינו נגד המלחמה.", "ISR"),
    ],
)
def test_round13_common_word_is_no_person(sentence, party):
    for e in code_text(sentence, "he", DATE):
        assert party not in {a.country for a in e.actor} | {r.country for r in e.recipient}


@pytest.mark.parametrize(
    "sentence, etype, want",
    [
        # what is warned against, or demanded in the same clause, has not happened
        ("מצרים הזהירה מפני פלישה לרפיח.", "ASSAULT", ("hypothetical", False)),
        # backing down from a plan: the plan's invasion did not happen
        ("בעקבות הלחץ האמריקני, נתניהו חזר בו מהתוכנית לפלוש לרפיח.", "CONCEDE",
         ("asserted", False)),
        # a real negation still negates
        ("ישראל לא תקפה את הבסיס.", "ASSAULT", ("asserted", True)),
    ],
)
def test_round13_modality(sentence, etype, want):
    assert want in modalities(sentence, etype)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        ("מצרים הזהירה מפני פלישה לרפיח.", "ASSAULT"),
        ("בעקבות הלחץ האמריקני, נתניהו חזר בו מהתוכנית לפלוש לרפיח.", "ASSAULT"),
        # what is offered has not happened yet
        ("איראן הציעה לחדש את המגעים עם סוכנות האנרגיה האטומית.", "CONSULT"),
        # (guard: a demand's content was already not taken as happening)
        ("ארצות הברית דרשה מישראל להפסיק את ההפצצות ברפיח.", "ASSAULT"),
    ],
)
def test_round13_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_round13_not_inside_an_adjective_negates_nothing():
    # "לא מאויש" (unmanned) describes the drone; the attack took place
    assert happened("כלי טיס לא מאויש תקף את הבסיס האמריקני.", "ASSAULT")
