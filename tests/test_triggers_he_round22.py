"""Hebrew data changed in round 22 (data/he/triggers.yaml, grammar.yaml, aliases/organisations.yaml),
statements, condemnations and receiving or buying arms, loans and aid: weapons, loans and aid
received or bought from a supplier named with מ ("קיבלה מגרמניה סוללת פטריוט", "רכשה מרוסיה
מערכות", "קיבלה הלוואה מקרן המטבע"), also in the future (תקבל), are aid from the supplier to
the subject (inverse entries); the first person plural of the verbs a spokesman uses in a
quotation, past (-נו: גינינו, שלחנו, גירשנו, נפגשנו, חתמנו, דחינו, שחררנו) and future (נ-:
נספק, נכיר, נטיל, נתמוך), is a trigger; grammar.yaml `first_person` also holds the object and
prepositional forms of "we" and "our country" (אותנו, לנו, עלינו, ארצנו), so "רוסיה תקפה
אותנו", said the Ukrainian president, is an attack on Ukraine. Each sentence was written for
this test in the style of Hebrew news and its expected reading checked by hand against
eval/README.md: (type, actor countries, recipient countries).

Also probed with wire stories: announcing a ceasefire (הודיעו על הפסקת אש, also verb-first) is the
agreement and the ceasefire; lodging a complaint or suit in the future (יגיש תלונה); cancelling
or freezing a cooperation agreement is a sanction whose phrase runs over the cooperation noun
(no cooperation event); supplying fuel (דלק, סולר) is economic cooperation, as gas and oil;
taking a decision to send arms is the sender's aid, not arms received; spraying water or using
water cannon on a vessel or a crowd coerces; deploying a system or batteries in the past (פרסה מערכת) or future mobilises; a ban on exports
named as a noun (איסור ייצוא) restricts; the CSTO is also ארגון אמנת הביטחון הקיבוצי; protests
"despite which" (חרף) a step was taken are background with no author."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # arms, loans and aid received or bought from a supplier
        ("אוקראינה קיבלה מגרמניה סוללת פטריוט נוספת.", ("AID", ("DEU",), ("UKR",))),
        ("פולין רכשה מדרום קוריאה טנקים ותותחים.", ("AID", ("KOR",), ("POL",))),
        ("מצרים קיבלה הלוואה של 3 מיליארד דולר מקרן המטבע הבינלאומית.",
         ("AID", ("IGO",), ("EGY",))),
        ('רוסיה קיבלה מאיראן מאות כטב"מים מסוג שאהד.', ("AID", ("IRN",), ("RUS",))),
        ("הודו רכשה מרוסיה מערכות הגנה אווירית מסוג S-400.", ("AID", ("RUS",), ("IND",))),
        ("לבנון קיבלה משלוח סיוע הומניטרי מקטאר.", ("AID", ("QAT",), ("LBN",))),
        ("פקיסטן קיבלה מסין מטוסי קרב מדגם J-10.", ("AID", ("CHN",), ("PAK",))),
        ("מצרים קיבלה מארצות הברית סיוע צבאי בהיקף של 1.3 מיליארד דולר.",
         ("AID", ("USA",), ("EGY",))),
        ("ארמניה רכשה נשק מהודו ומצרפת.", ("AID", ("IND", "FRA"), ("ARM",))),
        ("אוקראינה תקבל מהולנד מטוסי F-16 נוספים.", ("AID", ("NLD",), ("UKR",))),
        # first person plural verbs in a quotation, with the pronoun
        ('"אנחנו שלחנו לאוקראינה טנקים ותחמושת", אמר שר ההגנה הבריטי.',
         ("AID", ("GBR",), ("UKR",))),
        ("«אנו נספק לאוקראינה מערכות הגנה אווירית נוספות», הבטיח הקנצלר הגרמני.",
         ("AID", ("DEU",), ("UKR",))),
        ('"אנו נכיר במדינה הפלסטינית בספטמבר", אמר נשיא צרפת.', ("SUPPORT", ("FRA",), ("PSE",))),
        ('ראש ממשלת ספרד אמר: "אנחנו גירשנו את השגריר של ניקרגואה".',
         ("SANCTION", ("ESP",), ("NIC",))),
        ('"אנו נפגשנו עם שר החוץ הסעודי בריאד", אמר שר החוץ האיראני.',
         ("CONSULT", ("IRN",), ("SAU",))),
        ('"אנחנו חתמנו על הסכם הגנה עם יפן", אמר נשיא הפיליפינים.',
         ("AGREE", ("PHL", "JPN"), ())),
        ('"אנו נטיל סנקציות נוספות על מוסקבה", אמרה נשיאת הנציבות האירופית.',
         ("SANCTION", ("EUR",), ("RUS",))),
        ('"אנחנו נתמוך באוקראינה כל עוד יידרש", אמר נשיא צרפת.', ("SUPPORT", ("FRA",), ("UKR",))),
        ('"אנו דחינו את ההצעה האמריקנית", אמר דובר החמאס.', ("REJECT", ("PSE",), ("USA",))),
        ('"אנחנו שחררנו ארבעה אסירים אמריקנים", אמר נשיא ונצואלה.',
         ("RETREAT", ("VEN",), ("USA",))),
        # "we" as object, prepositional object and "our country"
        ('"רוסיה תקפה אותנו הלילה בעשרות טילים", אמר נשיא אוקראינה.',
         ("ASSAULT", ("RUS",), ("UKR",))),
        ('"ארצות הברית שלחה לנו טילי פטריוט", אמר זלנסקי.', ("AID", ("USA",), ("UKR",))),
        ('שר החוץ האיראני אמר: "ישראל תקפה את ארצנו".', ("ASSAULT", ("ISR",), ("IRN",))),
        ('"וושינגטון הטילה עלינו סנקציות בלתי חוקיות", אמרה דוברת משרד החוץ הסיני.',
         ("SANCTION", ("USA",), ("CHN",))),
        # a ceasefire announced, also verb-first
        ("ביום שבת הודיעו הודו ופקיסטן על הפסקת אש.", ("AGREE", ("IND", "PAK"), ())),
        ("ביום שבת הודיעו הודו ופקיסטן על הפסקת אש.", ("RETREAT", ("IND", "PAK"), ())),
        # a complaint to be lodged
        ("משרד המסחר הסיני אמר כי יגיש תלונה נגד ארצות הברית לארגון הסחר העולמי.",
         ("ACCUSE", ("CHN",), ("USA",))),
        ("פקיסטן תגיש תביעה נגד הודו בבית הדין בהאג.", ("ACCUSE", ("PAK",), ("IND",))),
        # cancelling a cooperation agreement
        ("ניז'ר ביטלה את הסכמי שיתוף הפעולה הביטחוני עם צרפת.", ("SANCTION", ("NER",), ("FRA",))),
        ("מאלי הודיעה על ביטול הסכם שיתוף הפעולה הצבאי עם צרפת.", ("SANCTION", ("MLI",), ("FRA",))),
        # supplying fuel
        ("איראן סיפקה דלק לסוריה.", ("COOPERATE", ("IRN",), ("SYR",))),
        # a decision to send arms is the sender's aid
        ("ממשלת גרמניה קיבלה החלטה לשלוח טנקים לאוקראינה.", ("AID", ("DEU",), ("UKR",))),
        # water cannon
        ("משמר החופים הסיני התיז מים על ספינה פיליפינית ליד שונית סקרבורו.",
         ("COERCE", ("CHN",), ("PHL",))),
        # deploying a system; a ban on exports named as a noun
        ("ארצות הברית פרסה מערכת THAAD בישראל.", ("MOBILIZE", ("USA",), ("ISR",))),
        ("רוסיה הודיעה כי תפרוס טילים גרעיניים טקטיים בבלארוס.", ("MOBILIZE", ("RUS",), ("BLR",))),
        ("בבייג'ינג הודיעו על איסור ייצוא של מינרלים נדירים לארצות הברית.",
         ("SANCTION", ("CHN",), ("USA",))),
        # the CSTO as Hebrew also names it
        ("ארמניה הודיעה כי הקפיאה את השתתפותה בארגון אמנת הביטחון הקיבוצי.",
         ("SANCTION", ("ARM",), ("IGO",))),
    ],
)
def test_round22_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # the buyer does not supply the seller
        ("הודו רכשה מרוסיה מערכות הגנה אווירית מסוג S-400.", ("AID", ("IND",), ("RUS",))),
        ("לבנון קיבלה משלוח סיוע הומניטרי מקטאר.", ("AID", ("LBN",), ("QAT",))),
        # receiving a visitor is hosting, not aid
        ("טורקיה קיבלה את פני נשיא פולין.", ("AID", ("POL",), ("TUR",))),
        # deciding to send arms is not receiving them
        ("ממשלת גרמניה קיבלה החלטה לשלוח טנקים לאוקראינה.", ("AID", ("UKR",), ("DEU",))),
        # the cooperation cancelled is no cooperation
        ("ניז'ר ביטלה את הסכמי שיתוף הפעולה הביטחוני עם צרפת.", ("COOPERATE", ("NER",), ("FRA",))),
        ("מאלי הודיעה על ביטול הסכם שיתוף הפעולה הצבאי עם צרפת.",
         ("COOPERATE", ("MLI",), ("FRA",))),
    ],
)
def test_round22_not_coded(sentence, wrong):
    assert wrong not in coded_tuples(sentence, "he", DATE)


def test_we_will_not_supply_is_negated_future():
    evs = [
        e
        for e in code_text('"אנחנו לא נספק לקייב טילים לטווח ארוך", אמר הקנצלר הגרמני.', "he", DATE)
        if e.event_type == "AID"
    ]
    assert evs and all(e.negated for e in evs)
    assert {tuple(a.country for a in e.actor) for e in evs} == {("DEU",)}


def test_future_first_person_is_future():
    assert _coder.modalities(
        '"אנו נטיל סנקציות נוספות על מוסקבה", אמרה נשיאת הנציבות האירופית.', "SANCTION"
    ) == {"future"}


def test_protests_despite_which_a_law_passed_are_background():
    assert not _coder.happened('הפרלמנט הגאורגי אישר את "חוק הסוכנים הזרים" חרף מחאות ההמונים.', "PROTEST")


def test_future_receiving_is_future():
    assert _coder.modalities("אוקראינה תקבל מהולנד מטוסי F-16 נוספים.", "AID") == {"future"}
