"""Hebrew data changed in round 25 (data/he/triggers.yaml, grammar.yaml, roles.yaml,
aliases/countries.yaml, aliases/people.yaml), probed with cyber attacks, arms sales, aid convoys,
refugees and deportations, trade wars, visa regimes and entry bans, ambassadors recalled,
state visits, exercises and shows of force, journalists and NGOs, hostages freed through
mediation; told in long sentences, relative clauses, reported speech, passives, ministry
readouts, timelines, interviews, photo captions and corrections: attacking a party's election
systems or databases (תקפו את מערכות הבחירות), knocking them offline (השביתו) and its computers
or servers broken into in the passive (מחשבי ... נפרצו בידי) are cyber attacks; holding up or
blocking an aid convoy (עיכבה שיירת סיוע) is a blockade, not aid; suspending a visa-facilitation
deal or a visa-free regime (השעה את הסכם הקלות הוויזה, ביטלה את משטר הפטור מוויזה) restricts,
not eases; barring women from entering (מנעה את כניסתן) and imposing an entry ban on a party's
people (הטילה איסור כניסה על), also in the future, restrict; expelling a correspondent (גירשה
את כתבת) or people counted in thousands (לגרש מאות אלפי אפגנים) deports, not a diplomatic
sanction; outlawing with the object after (הוציאה מחוץ לחוק את) and revoking a broadcasting
licence (ביטלה את רישיון השידור של) ban or censor; calling an envoy to a
reprimand (קראה לשגריר לשיחת נזיפה) and handing him a protest (מסר מחאה) accuse; calling one's
own ambassador home (קוראת לשגרירה ממוסקבה) recalls him; freezing one's part in a bloc in the
future (תקפיא את השתתפותה) and approving arms exports in the future (לא תאשר עוד יצוא נשק,
negated) are coded; a leader shaking a hand in a caption (לוחץ את ידו) meets; a flight of
bombers (ערכה מטס של מפציצים) is a show of force, a joint one cooperation; headlines in the
present tense (מקפיאה את הסחר עם, מחזירה את שגרירה, מתירה, מונעת כניסת סיוע, מזמנת, מציבה טילי,
פותחת בחקירה) are coded as the past; a summons "for a protest" (זימנה ... למחאה) accuses; opening
an anti-dumping probe (פתח בחקירת היצף נגד) investigates; agreements signed in the passive plural
(נחתמו 12 הסכמים בין) agree. Grammar: "will open" or "will continue" (תפתח בשיחות, תמשיך)
is future, what was "wrongly reported" in a correction (נכתב בטעות כי) is negated, what a party is allowed to do (התירה לאוקראינה לתקוף) is
hypothetical, and the ב after present and future forms of recognising (מכירה, תכיר במדינה)
marks the recognised state, not a place. Timor-Leste is also spelled תימור-לסטה, and the bare
verb דן ("discussed") is no longer read as the surname of Nicușor Dan; קים alone is Kim Jong Un
where the text is about North Korea. Each sentence was
written for this test in the style of Hebrew news and its expected reading checked by hand
against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # cyber attacks
        ("מחשבי משרד החוץ הצ'כי נפרצו בידי האקרים סינים.", ("COERCE", ("CHN",), ("CZE",))),
        ("שרתי הפרלמנט הנורבגי נפרצו.", ("COERCE", (), ("NOR",))),
        ("האקרים רוסים תקפו את מערכות הבחירות של גרמניה.", ("COERCE", ("RUS",), ("DEU",))),
        ("האקרים איראנים השביתו את מערכות הבחירות של אלבניה.", ("COERCE", ("IRN",), ("ALB",))),
        # aid convoys held up or blocked
        ('ישראל עיכבה שיירת סיוע של האו"ם בדרכה לצפון הרצועה.', ("COERCE", ("ISR",), ("UNO",))),
        ("כוחות התמיכה המהירה חסמו שיירת סיוע של תוכנית המזון העולמית בדארפור.",
         ("COERCE", ("SDN",), ("UNO",))),
        # visa regimes and entry bans
        ("האיחוד האירופי השעה את הסכם הקלות הוויזה עם רוסיה.", ("SANCTION", ("EUR",), ("RUS",))),
        ("גאורגיה ביטלה את משטר הפטור מוויזה עם רוסיה.", ("SANCTION", ("GEO",), ("RUS",))),
        ("ישראל מנעה את כניסתן של שתי חברות קונגרס אמריקניות.", ("SANCTION", ("ISR",), ("USA",))),
        ("ארצות הברית הטילה איסור כניסה על בכירים גאורגים.", ("SANCTION", ("USA",), ("GEO",))),
        ("ארצות הברית תטיל איסור כניסה על פקידים ניקרגואים.", ("SANCTION", ("USA",), ("NIC",))),
        # journalists, NGOs, deportations
        ("רוסיה גירשה את כתבת הבי-בי-סי.", ("COERCE", ("RUS",), ("GBR",))),
        ("ממשלת ניקרגואה הוציאה מחוץ לחוק את הצלב האדום.", ("COERCE", ("NIC",), ("NGO",))),
        ("ישראל ביטלה את רישיון השידור של אל ג'זירה.", ("COERCE", ("ISR",), ("QAT",))),
        ("פקיסטן החלה לגרש מאות אלפי אפגנים.", ("COERCE", ("PAK",), ("AFG",))),
        ("איראן תגרש מיליוני מהגרים אפגנים.", ("COERCE", ("IRN",), ("AFG",))),
        # summons, protests, recalls
        ("הולנד קראה לשגריר רוסיה לשיחת נזיפה.", ("ACCUSE", ("NLD",), ("RUS",))),
        ("סגן שר החוץ של פולין מסר לשגריר בלארוס מחאה חריפה.", ("ACCUSE", ("POL",), ("BLR",))),
        ("ארמניה קוראת לשגרירה ממוסקבה.", ("SANCTION", ("ARM",), ("RUS",))),
        ("ארמניה הודיעה כי תקפיא את השתתפותה בארגון אמנת הביטחון הקיבוצי.",
         ("SANCTION", ("ARM",), ("IGO",))),
        # arms exports approved in the future (negated here, still the act told)
        ("קנדה הודיעה כי לא תאשר עוד יצוא נשק לישראל.", ("AID", ("CAN",), ("ISR",))),
        # captions and readouts
        ("בתמונה: שר החוץ הסיני וואנג יי לוחץ את ידו של עמיתו הרוסי לברוב.",
         ("CONSULT", ("CHN",), ("RUS",))),
        ("שר החוץ המצרי שוחח בטלפון עם עמיתו האמריקני ודן עמו בסיוע לעזה.",
         ("CONSULT", ("EGY",), ("USA",))),
        # recognising in the present and future
        ("אירלנד מכירה במדינה פלסטינית.", ("SUPPORT", ("IRL",), ("PSE",))),
        ('ספרד הודיעה כי תכיר במדינה פלסטינית ותשלח סיוע לאונר"א.',
         ("SUPPORT", ("ESP",), ("PSE",))),
        # shows of force
        ("סין ערכה מטס של מפציצים גרעיניים ליד יפן.", ("MOBILIZE", ("CHN",), ("JPN",))),
        ("סין ורוסיה ערכו מטס משותף של מפציצים מעל ים יפן.", ("COOPERATE", ("CHN", "RUS"), ())),
        # Timor-Leste
        ("הפרלמנט של תימור-לסטה אישרר את הסכם הגבול הימי עם אוסטרליה.",
         ("AGREE", ("TLS",), ("AUS",))),
        # headlines in the present tense
        ("טורקיה מקפיאה את הסחר עם ישראל", ("SANCTION", ("TUR",), ("ISR",))),
        ("צרפת מחזירה את שגרירה מניאמיי", ("SANCTION", ("FRA",), ("NER",))),
        ('איראן מתירה למפקחי סבא"א לשוב למתקן פורדו', ("RETREAT", ("IRN",), ("UNO",))),
        ('האו"ם: ישראל מונעת כניסת סיוע לצפון עזה', ("COERCE", ("ISR",), ("PSE",))),
        # summoned "for a protest", an anti-dumping probe, agreements signed in the passive
        ("יפן זימנה את שגריר סין למחאה", ("ACCUSE", ("JPN",), ("CHN",))),
        ("האיחוד האירופי פתח בחקירת היצף נגד יבוא ביודיזל מסין.",
         ("ACCUSE", ("EUR",), ("CHN",))),
        ("במהלך הביקור נחתמו 12 הסכמים בין הודו לאיחוד האמירויות.",
         ("AGREE", ("IND", "ARE"), ())),
    ],
)
def test_round25_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # a convoy held up is no aid delivered
        ('ישראל עיכבה שיירת סיוע של האו"ם בדרכה לצפון הרצועה.', ("AID", ("ISR",), ("UNO",))),
        # suspending visa facilitation eases nothing
        ("האיחוד האירופי השעה את הסכם הקלות הוויזה עם רוסיה.", ("RETREAT", ("EUR",), ("RUS",))),
        # deporting a population or a correspondent is not a diplomatic sanction
        ("פקיסטן החלה לגרש מאות אלפי אפגנים.", ("SANCTION", ("PAK",), ("AFG",))),
        ("רוסיה גירשה את כתבת הבי-בי-סי.", ("SANCTION", ("RUS",), ("GBR",))),
        # diplomats expelled by the dozen stay a diplomatic sanction
        ("רוסיה גירשה עשרות דיפלומטים אמריקנים.", ("COERCE", ("RUS",), ("USA",))),
        # knocking election systems offline is no strike
        ("האקרים איראנים השביתו את מערכות הבחירות של אלבניה.", ("PROTEST", ("IRN",), ("ALB",))),
        # calling an envoy to a reprimand or one's ambassador home is no appeal
        ("הולנד קראה לשגריר רוסיה לשיחת נזיפה.", ("REQUEST", ("NLD",), ("RUS",))),
        ("ארמניה קוראת לשגרירה ממוסקבה.", ("REQUEST", ("ARM",), ("RUS",))),
        # a summons "for a protest" is no protest of its own
        ("יפן זימנה את שגריר סין למחאה", ("PROTEST", ("JPN",), ("CHN",))),
    ],
)
def test_round25_not_coded(sentence, wrong):
    assert wrong not in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # what a correction says was wrongly reported did not happen
        ("תיקון: בידיעה נכתב בטעות כי מולדובה גירשה את השגריר הרוסי.", "SANCTION"),
        # what a party is allowed to do has not been done
        ("ארצות הברית התירה לאוקראינה לתקוף בשטח רוסיה בטילים ארוכי טווח.", "ASSAULT"),
        # arms exports that will not be approved
        ("קנדה הודיעה כי לא תאשר עוד יצוא נשק לישראל.", "AID"),
        # talks to be opened are not held yet
        ("קנדה הודיעה כי תפתח בשיחות עם וושינגטון.", "CONSULT"),
    ],
)
def test_round25_no_event(sentence, etype):
    assert not _coder.happened(sentence, etype)


def test_round25_talks_to_be_opened_are_future():
    assert _coder.modalities("קנדה הודיעה כי תפתח בשיחות עם וושינגטון.", "CONSULT") == {"future"}
