"""Hebrew data changed in round 27 (data/he/triggers.yaml, grammar.yaml, dates.yaml,
aliases/places.yaml), probed with joint exercises and port calls, arms-control treaties left or
suspended, asset freezes and visa bans, retaliatory tariffs and import stops, migration deals,
water and gas disputes, consular access, election interference, foiled plots, mediation offers,
credentials and ratifications; told as wire stories with datelines, agency digests, stiff
translated ministry statements, analysts' paragraphs and live blogs with timestamps: leaving a
treaty in the present (היא יוצאת מאמנת) cancels it; השית (imposed) tariffs, also in the future
(ישית מכסים), and freezing a party's bank accounts (הקפיאה את חשבונות הבנק של) sanction; revoking
visas (תשלול את אשרות הכניסה של) restricts; stopping imports in the future (תפסיק לייבא) is an
economic sanction; a new ambassador presenting credentials (הגיש את כתב האמנתו לנשיא) meets the
host; a statement "expressing its rejection" (מביע את דחייתו המוחלטת) rejects; reserving the right
to take measures (שומרת על זכותה לנקוט) threatens; trying to persuade (מנסה לשכנע) appeals, and
what it is to persuade to do, like a foiled plot (סיכלה ניסיון להתנקש), has not happened;
attributing an act to a party (ייחסה לרוסיה) accuses, while attaching importance (מייחסת חשיבות)
does not; coast-guard ships colliding with or ramming a ship (התנגשו בספינה, נגחו בסירה) attack
it; ratifying a trade agreement with a party (אשרר את הסכם הסחר החופשי עם) agrees with it, not
cooperates; granting consular access or letting inspectors in (אפשרה גישה קונסולרית, התירה לפקחי)
gives access, while visiting a prisoner in jail (לבקר ... בכלא) is no meeting; warships docking in
a party's port (עגנו בנמל) visit it; turning to the Security Council or a court (פנתה למועצת
הביטחון, תפנה) is a complaint; a state telling its own citizens or diplomats' families to leave
(הורתה לבני משפחות הדיפלומטים לעזוב) evacuates them, no expulsion. Grammar: "afterwards" (ולאחר
מכן) keeps the subject before it; "responsibility" (נטלו אחריות), folded to אחרי ("after") like an
adjective ending, no longer breaks the clause; a treaty banning tests (לאיסור מקיף של ניסויים)
names no test; "this week" (השבוע) dates an event to the document's day, not to a year named
earlier in the paragraph. Names: the Federation Council (מועצת הפדרציה) stands for Russia. Each
sentence was written for this test in the style of Hebrew news and its expected reading checked
by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # arms-control treaties left, tariffs and visas
        ("רוסיה הודיעה כי היא יוצאת מאמנת הכוחות הקונבנציונליים באירופה.", ("SANCTION", ("RUS",), ())),
        ("האיחוד האירופי ישית מכסים על מכוניות חשמליות מסין.", ("SANCTION", ("EUR",), ("CHN",))),
        ("טראמפ הודיע כי ישית מכס של 60% על כל הסחורות הסיניות.", ("SANCTION", ("USA",), ("CHN",))),
        ("ספרד הודיעה כי תשלול את אשרות הכניסה של שני שרים ישראלים.", ("SANCTION", ("ESP",), ("ISR",))),
        ("צרפת הקפיאה את חשבונות הבנק של שלושה בכירים איראנים.", ("SANCTION", ("FRA",), ("IRN",))),
        ("סין הודיעה כי תפסיק לייבא פירות ים מיפן.", ("SANCTION", ("CHN",), ("JPN",))),
        # credentials, port calls, ratifications
        ("השגריר האמריקני החדש הגיש את כתב האמנתו לנשיא הרצוג.", ("CONSULT", ("USA",), ("ISR",))),
        ("שגרירת ארצות הברית הגישה את כתבי האמנתה לנשיא פוטין בקרמלין.",
         ("CONSULT", ("USA",), ("RUS",))),
        ("ספינות מלחמה איראניות עגנו בנמל פורט סודן.", ("CONSULT", ("IRN",), ("SDN",))),
        ("הפרלמנט הגאורגי אשרר את הסכם הסחר החופשי עם סין.", ("AGREE", ("GEO",), ("CHN",))),
        ("מועצת הפדרציה אישרה את הסכם השותפות האסטרטגית עם צפון קוריאה.",
         ("AGREE", ("RUS",), ("PRK",))),
        # a stiff ministry statement
        ("הודעת משרד החוץ של מצרים:\nמשרד החוץ מביע את דחייתו המוחלטת של ההצהרות של ממשלת אתיופיה.",
         ("REJECT", ("EGY",), ("ETH",))),
        ("מצרים שומרת על זכותה לנקוט בכל האמצעים הדרושים כדי להגן על ביטחונה המימי.",
         ("THREATEN", ("EGY",), ())),
        ("מצרים הודיעה כי תפנה למועצת הביטחון.", ("ACCUSE", ("EGY",), ("UNO",))),
        ("מצרים פנתה למועצת הביטחון בתלונה נגד אתיופיה.", ("ACCUSE", ("EGY",), ("ETH",))),
        # analysis: persuading; digests: attributing an act
        ("מנסה וושינגטון לשכנע את ביירות לפרק את חזבאללה מנשקו.", ("REQUEST", ("USA",), ("LBN",))),
        ("רומניה ייחסה לרוסיה קמפיין השפעה ברשתות החברתיות.", ("ACCUSE", ("ROU",), ("RUS",))),
        # ships rammed
        ("ספינות של משמר החופים הסיני התנגשו בספינה פיליפינית.", ("ASSAULT", ("CHN",), ("PHL",))),
        ("ספינות של משמר החופים הסיני נגחו בסירה פיליפינית.", ("ASSAULT", ("CHN",), ("PHL",))),
        # consular access and inspectors
        ("רוסיה אפשרה גישה קונסולרית לעיתונאי האמריקני.", ("RETREAT", ("RUS",), ("USA",))),
        ('איראן התירה לפקחי סבא"א לבקר באתר פורדו.', ("RETREAT", ("IRN",), ("UNO",))),
        # long sentences: "afterwards", "responsibility"
        ("ארדואן נפגש עם זלנסקי, ולאחר מכן שוחח בטלפון עם פוטין.", ("CONSULT", ("TUR",), ("RUS",))),
        ("החות'ים נטלו אחריות על השיגור ואיימו לתקוף את ישראל.", ("THREATEN", ("YEM",), ("ISR",))),
        # an expulsion order stays one
        ("רוסיה הורתה לדיפלומטים הבריטים לעזוב את המדינה.", ("SANCTION", ("RUS",), ("GBR",))),
    ],
)
def test_round27_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # a ratified trade deal is an agreement, not cooperation
        ("הפרלמנט הגאורגי אשרר את הסכם הסחר החופשי עם סין.", ("COOPERATE", ("GEO",), ("CHN",))),
        # citizens and diplomats' families told to leave are evacuated, not expelled
        ("שגרירות ארצות הברית בביירות הורתה לבני משפחות הדיפלומטים לעזוב את לבנון.",
         ("SANCTION", ("USA",), ("LBN",))),
        ("בריטניה קראה לאזרחיה לעזוב את לבנון מיד.", ("SANCTION", ("GBR",), ("LBN",))),
    ],
)
def test_round27_not_coded(sentence, wrong):
    assert wrong not in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a treaty banning tests names no test
        ("מוסקבה ביטלה את אשרור האמנה לאיסור מקיף של ניסויים גרעיניים.", "MOBILIZE"),
        # a foiled plot did not happen
        ("סוכנות הביון הבריטית סיכלה ניסיון איראני להתנקש בחיי עיתונאים בלונדון.", "ASSAULT"),
        # what a party tries to persuade another to do has not happened
        ("מנסה וושינגטון לשכנע את ביירות לפרק את חזבאללה מנשקו.", "RETREAT"),
        # visiting a prisoner in jail is no meeting between parties
        ("רוסיה אפשרה לקונסול האמריקני לבקר את גרשקוביץ' בכלא.", "CONSULT"),
        # attaching importance accuses no one
        ("ישראל מייחסת חשיבות רבה לקשרים עם הודו.", "ACCUSE"),
    ],
)
def test_round27_no_event(sentence, etype):
    assert not _coder.happened(sentence, etype)


def test_round27_this_week_is_the_document_day():
    text = (
        "ב-2018 הטיל טראמפ מכסים על פלדה ואלומיניום, וסין הגיבה במכסי תגמול על סויה אמריקנית. "
        "השבוע הודיע טראמפ כי ישית מכס של 60% על כל הסחורות הסיניות."
    )
    dates = {e.date for e in code_text(text, "he", DATE) if e.modality == "future"}
    assert dates == {DATE}
