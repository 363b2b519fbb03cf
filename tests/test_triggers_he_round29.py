"""Hebrew data changed in round 29 (data/he/triggers.yaml, grammar.yaml), probed with arms
deliveries and defence deals, drills, deployments and alert levels, UN votes, vetoes and
abstentions, closed borders, airspace and entry bans, gas and oil cut-offs and transit deals,
prisoner swaps and extraditions, cyber attacks and hacking charges, officials' posts on X and
Telegram and hedged analysis: a battery handed over, sent or sold (מסרה לאוקראינה סוללה, תמסור
סוללה, מסרה סוללות), a single weapon system sold (מכרה לגרמניה את מערכת חץ 3) and weapons whose
sale or transfer is approved with the possessive (אישרה את מכירתם של 40 מטוסי קרב) are military
aid, also in the future (לא תעביר את מערכות ה-S-400); a shipment of weapons held up with "of"
(עיכב משלוח של פצצות) restricts, it is no delivery; closing border crossings with words between
in the future (תסגור את שני מעברי הגבול) and blocking a party's exports or imports (חסמה את
יצוא הנפט של) sanction; being barred from entering (מנועים מלהיכנס) is a restriction on those
barred; hackers of no stated party (קבוצת האקרים, האקרים) leave a cyber attack without actor, the
party whose computers or websites are hit being its recipient; a speaker saying a party "is
responsible" or "bears responsibility" (כתב כי רוסיה אחראית, נושאת באחריות) accuses it, unless
it is the speaker's own state; a threat with its subject between the verb and "that" (איים מדבדב
כי) threatens. Grammar: "unlikely" (לא סביר ש) makes an act hypothetical, not negated; what a
party pledged to do (התחייבה להעביר) is hypothetical; the place of an assessment attributed at
the end (", מעריכים בירושלים") is its source, no party; a date after "that expired" (שפג ב-1
בינואר) dates the deal, not the event. It must not code: a battery that intercepted a rocket as
"conveyed" by the army (מסר כי סוללת), a threat read in "the islands" (האיים ..., כי), a
shipment of cars held up by a port, a state's own responsibility, an official "in charge"
(האחראי על). Each sentence was written for this test in the style of Hebrew news and its
expected reading checked by hand against eval/README.md: (type, actor countries, recipient
countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # batteries handed over, sent or sold; a single system sold (fail without the change)
        (
            "גרמניה מסרה לאוקראינה סוללה רביעית של מערכת ההגנה האווירית IRIS-T.",
            ("AID", ("DEU",), ("UKR",)),
        ),
        ("ארצות הברית מסרה סוללות פטריוט נוספות לפולין.", ("AID", ("USA",), ("POL",))),
        (
            "גרמניה תמסור לאוקראינה סוללה נוספת של מערכת פטריוט עד סוף השנה.",
            ("AID", ("DEU",), ("UKR",)),
        ),
        (
            "ישראל מכרה לגרמניה את מערכת חץ 3 בעסקה של כ-3.5 מיליארד דולר.",
            ("AID", ("ISR",), ("DEU",)),
        ),
        ("דרום קוריאה מכרה לפולין מערכת ארטילריה רקטית.", ("AID", ("KOR",), ("POL",))),
        # guard: a battery sent with העביר was coded before
        ("הולנד העבירה לאוקראינה סוללת פטריוט שלישית.", ("AID", ("NLD",), ("UKR",))),
        # a sale or transfer approved with the possessive (fail without the change)
        (
            "מחלקת המדינה אישרה את מכירתם של 40 מטוסי קרב מסוג F-16 לטורקיה.",
            ("AID", ("USA",), ("TUR",)),
        ),
        ("ממשלת גרמניה אישרה את העברתם של טנקי לאופרד לאוקראינה.", ("AID", ("DEU",), ("UKR",))),
        # a shipment of weapons held up (was coded as a delivery)
        (
            "ממשל ביידן עיכב משלוח של פצצות כבדות לישראל בשל החשש ממבצע קרקעי ברפיח.",
            ("SANCTION", ("USA",), ("ISR",)),
        ),
        (
            "ארצות הברית עצרה משלוח של טילי הגנה אווירית לאוקראינה.",
            ("SANCTION", ("USA",), ("UKR",)),
        ),
        # border crossings closed in the future, exports and imports blocked (fail without)
        (
            "ליטא תסגור את שני מעברי הגבול שלה עם בלארוס בשל בלוני ההברחה.",
            ("SANCTION", ("LTU",), ("BLR",)),
        ),
        ("פינלנד תסגור את כל מעברי הגבול היבשתיים עם רוסיה.", ("SANCTION", ("FIN",), ("RUS",))),
        ("בנין חסמה את יצוא הנפט של ניז'ר דרך נמל קוטונו.", ("SANCTION", ("BEN",), ("NER",))),
        ("פולין חסמה את יבוא התבואה מאוקראינה.", ("SANCTION", ("POL",), ("UKR",))),
        # hackers of no stated party (the party hit was read as the actor)
        ("קבוצת האקרים השביתה את אתרי האינטרנט של ממשלת אלבניה.", ("COERCE", (), ("ALB",))),
        ("האקרים פרצו למחשבי משרד האוצר האמריקני.", ("COERCE", (), ("USA",))),
        # guard: hackers of a stated state keep it
        ("האקרים איראנים השביתו את אתרי האינטרנט של ממשלת אלבניה.", ("COERCE", ("IRN",), ("ALB",))),
        # a party said to be responsible is accused (fail without the change)
        (
            "ברשת X כתב שר החוץ הפולני רדוסלב שיקורסקי כי רוסיה אחראית להצתות בוורשה.",
            ("ACCUSE", ("POL",), ("RUS",)),
        ),
        ("זלנסקי אמר כי רוסיה אחראית לפיצוץ הסכר בנובה קחובקה.", ("ACCUSE", ("UKR",), ("RUS",))),
        ("נתניהו אמר כי איראן נושאת באחריות המלאה לתקיפה.", ("ACCUSE", ("ISR",), ("IRN",))),
        # a threat with the subject between the verb and "that" (fail without the change)
        (
            "בערוץ הטלגרם שלו איים מדבדב כי רוסיה עלולה להשתמש בנשק גרעיני נגד קייב.",
            ("THREATEN", ("RUS",), ("UKR",)),
        ),
        (
            "אמש איים טראמפ כי ארצות הברית תטיל מכסים כבדים על קנדה.",
            ("THREATEN", ("USA",), ("CAN",)),
        ),
        # an assessment attributed at the end: the seat is the source (recipient was ISR)
        (
            "לא סביר שמצרים תפתח את מעבר רפיח בפני פליטים מעזה, מעריכים בירושלים.",
            ("RETREAT", ("EGY",), ("PSE",)),
        ),
    ],
)
def test_round29_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # a shipment held up is no delivery (was coded so)
        (
            "ממשל ביידן עיכב משלוח של פצצות כבדות לישראל בשל החשש ממבצע קרקעי ברפיח.",
            ("AID", ("USA",), ("ISR",)),
        ),
        ("ארצות הברית עצרה משלוח של טילי הגנה אווירית לאוקראינה.", ("AID", ("USA",), ("UKR",))),
        # the party hacked is not the hacker (was coded so)
        ("האקרים פרצו למחשבי משרד האוצר האמריקני.", ("COERCE", ("USA",), ())),
        # the seat that assesses is no party (was the recipient)
        (
            "לא סביר שמצרים תפתח את מעבר רפיח בפני פליטים מעזה, מעריכים בירושלים.",
            ("RETREAT", ("EGY",), ("ISR",)),
        ),
        # the attack a party is said to be responsible for is the claim's content (was coded)
        ("נתניהו אמר כי איראן נושאת באחריות המלאה לתקיפה.", ("ASSAULT", ("IRN",), ())),
    ],
)
def test_round29_not_coded(sentence, wrong):
    assert wrong not in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # guards: "conveyed that" a battery intercepted is no delivery
        ('צה"ל מסר כי סוללת כיפת ברזל יירטה את הרקטה.', "AID"),
        ('צה"ל מסר כי סוללות פטריוט יירטו את הטילים.', "AID"),
        # guard: "the islands" (האיים) are no threat
        ("האיים הקוריליים שנויים במחלוקת, כי יפן תובעת אותם.", "THREATEN"),
        # guard: a port holding up cars restricts no party
        ("הנמל עיכב משלוח של מכוניות מסין.", "SANCTION"),
        # guards: a state's own responsibility and an official "in charge" accuse no one
        ("נתניהו אמר כי ישראל אחראית לביטחון תושבי הצפון.", "ACCUSE"),
        ("השר האחראי על תיק החוץ נפגש עם עמיתו הצרפתי.", "ACCUSE"),
        # guard: a weapon named in general prose is no delivery
        ("מערכות ההגנה האווירית מדגם פטריוט נחשבות ליקרות ביותר בשוק הנשק העולמי.", "AID"),
    ],
)
def test_round29_no_event(sentence, etype):
    assert etype not in _coder.types(sentence)


def test_round29_refused_delivery_is_negated():
    # a future transfer ruled out (nothing was coded before)
    text = "טורקיה לא תעביר את מערכות ה-S-400 שברשותה לאוקראינה, הבהיר שר החוץ הטורקי."
    got = [e for e in code_text(text, "he", DATE) if e.event_type == "AID"]
    assert got and all(e.negated for e in got)
    assert _coder.coded_with(text, "AID", {"TUR"}, {"UKR"})


def test_round29_unlikely_is_hypothetical_not_negated():
    # was negated: "לא" belongs to "סביר"
    text = "לא סביר שמצרים תפתח את מעבר רפיח בפני פליטים מעזה, מעריכים בירושלים."
    got = [e for e in code_text(text, "he", DATE) if e.event_type == "RETREAT"]
    assert got and not any(e.negated for e in got)
    assert _coder.modalities(text, "RETREAT") == {"hypothetical"}


def test_round29_pledged_transfer_is_hypothetical():
    # was asserted: what France pledged to hand over had not been handed over
    text = "צרפת התחייבה להעביר לאוקראינה מטוסי קרב מסוג מיראז' 2000."
    assert _coder.modalities(text, "AID") == {"hypothetical"}
    assert _coder.coded_with(text, "AGREE", {"FRA"}, {"UKR"})


def test_round29_expiry_date_is_the_deals():
    # was dated 1 January: the date is when the transit deal expired
    text = "אוקראינה סירבה להאריך את הסכם מעבר הגז עם רוסיה, שפג ב-1 בינואר."
    got = [e for e in code_text(text, "he", "2025-01-10") if e.event_type == "REJECT"]
    assert got and {e.date for e in got} == {"2025-01-10"}
