"""Hebrew triggers, stop phrases and an alias changed in round 11 (data/he/triggers.yaml,
data/he/aliases/places.yaml). Each sentence was written for this test in the style of Hebrew
news and its expected tuple checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # sanctions: expelling (present), recalling several ambassadors, closing one's embassy
        ("רוסיה מגרשת דיפלומטים בריטים.", ("SANCTION", ("RUS",), ("GBR",))),
        ("דרום אפריקה החזירה את שגריריה מישראל.", ("SANCTION", ("ZAF",), ("ISR",))),
        ("אירלנד הודיעה על סגירת שגרירותה בישראל.", ("SANCTION", ("IRL",), ("ISR",))),
        # stopping exports or arms shipments, withholding tax revenues
        ("הולנד הקפיאה את ייצוא חלקי מטוסי F-35 לישראל.", ("SANCTION", ("NLD",), ("ISR",))),
        ("ארצות הברית עצרה משלוח פצצות לישראל.", ("SANCTION", ("USA",), ("ISR",))),
        ("ישראל עיכבה את העברת כספי המסים לרשות הפלסטינית.", ("SANCTION", ("ISR",), ("PSE",))),
        # suspending talks
        ("בריטניה השעתה את המשא ומתן על הסכם הסחר עם ישראל.", ("SANCTION", ("GBR",), ("ISR",))),
        # exchanging captives is one joint release
        ("רוסיה ואוקראינה החליפו אסירים.", ("RETREAT", ("RUS", "UKR"), ())),
        # resuming the fighting, blowing up a charge
        ("ישראל חידשה את הלחימה ברצועת עזה.", ("ASSAULT", ("ISR",), ("PSE",))),
        ('חיזבאללה פוצץ מטען נגד כוח צה"ל.', ("ASSAULT", ("LBN",), ("ISR",))),
        # fighting and blame traded: each party acts on the other
        ("ישראל ואיראן החליפו מהלומות.", ("ASSAULT", ("ISR",), ("IRN",))),
        ("ישראל ואיראן החליפו מהלומות.", ("ASSAULT", ("IRN",), ("ISR",))),
        ('צה"ל וחיזבאללה ניהלו חילופי אש בגבול הצפון.', ("ASSAULT", ("LBN",), ("ISR",))),
        ("רוסיה ואוקראינה החליפו האשמות על התקיפה בתחנת הכוח.", ("ACCUSE", ("UKR",), ("RUS",))),
        # joining a lawsuit; blocking an accession
        ("ספרד הצטרפה לתביעה נגד ישראל בבית הדין בהאג.", ("ACCUSE", ("ESP",), ("ISR",))),
        ('טורקיה חסמה את הצטרפותה של שוודיה לנאט"ו.', ("REJECT", ("TUR",), ("SWE",))),
        # a protest with the place between the verb and its target
        ("מאות אלפים מחו בתל אביב נגד הממשלה.", ("PROTEST", ("ISR",), ())),
        # aid: submarines, firefighting planes, financing
        ("גרמניה תספק לישראל צוללות.", ("AID", ("DEU",), ("ISR",))),
        ("צרפת שלחה מטוסי כיבוי ליוון.", ("AID", ("FRA",), ("GRC",))),
        ("ירדן מימנה את הקמת בית החולים בעזה.", ("AID", ("JOR",), ("PSE",))),
        # joint drills and bodies; closing a deal
        ("יוון וקפריסין יקיימו תרגיל ימי משותף עם ישראל.", ("COOPERATE", ("GRC", "CYP", "ISR"), ())),
        ("ישראל וקפריסין הקימו ועדה משותפת.", ("COOPERATE", ("ISR", "CYP"), ())),
        ("ארצות הברית וישראל סגרו עסקה לרכישת מטוסים.", ("AGREE", ("USA", "ISR"), ())),
        # welcoming is praise; agreeing to a demand is giving in
        ("ישראל מקבלת בברכה את החלטת האיחוד האירופי.", ("SUPPORT", ("ISR",), ("EUR",))),
        ("חמאס הסכים לדרישת ישראל.", ("CONCEDE", ("PSE",), ("ISR",))),
        # the present tense "rejects" is no longer read as Doha
        ("ישראל דוחה את הדרישה האמריקנית.", ("REJECT", ("ISR",), ("USA",))),
        # a purpose adjunct mediates through the main clause's subject
        ("מקרון שוחח עם נתניהו, בניסיון לתווך בין ישראל ללבנון.", ("CONSULT", ("FRA",), ("ISR", "LBN"))),
    ],
)
def test_round11_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", "2025-03-03")


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # aircraft flying over is no visit
        ("מטוסי חיל האוויר טסו מעל ביירות.", "CONSULT"),
        # raising support is no call-up; contributing to escalation is no donation
        ("אוקראינה גייסה תמיכה של מדינות אירופה.", "MOBILIZE"),
        ("הממשלה הסעודית מנסה לגייס תמיכה בינלאומית בתוכנית.", "MOBILIZE"),
        ("ההחלטה האמריקנית תרמה להסלמה באזור.", "AID"),
        # the censor allowing publication eases nothing
        ('צה"ל התיר לפרסם את שמו של הלוחם.', "RETREAT"),
        # a visit put off is no visit, and putting it off is no rejection
        ("ביקור נשיא צרפת בישראל נדחה.", "CONSULT"),
        ("נתניהו דחה את ביקורו בוושינגטון.", "REJECT"),
        # stopping a shipment is no arrest; agreeing to a demand is no deal
        ("ארצות הברית עצרה משלוח פצצות לישראל.", "COERCE"),
        ("חמאס הסכים לדרישת ישראל.", "AGREE"),
        # the deal under suspended talks is their object, not cooperation or talks held
        ("בריטניה השעתה את המשא ומתן על הסכם הסחר עם ישראל.", "COOPERATE"),
        ("בריטניה השעתה את המשא ומתן על הסכם הסחר עם ישראל.", "CONSULT"),
        # exchanging messages or information is no fighting
        ("ישראל וירדן החליפו מסרים.", "ASSAULT"),
    ],
)
def test_round11_non_events(sentence, absent):
    assert absent not in {t[0] for t in coded_tuples(sentence, "he", "2025-03-03")}


def test_round11_trade_of_fire_is_not_one_joint_act():
    # "clashes between" two parties: each acts on the other, not both on nobody
    assert ("ASSAULT", ("IND", "PAK"), ()) not in coded_tuples(
        "עימותים בין כוחות הודים לפקיסטנים בקשמיר.", "he", "2025-03-03"
    )


def test_round11_doha_after_a_place_proclitic():
    # with the locative proclitic Doha is still the seat that speaks
    assert ("ACCUSE", ("QAT",), ("ISR",)) in coded_tuples(
        "בדוחה גינו את התקיפה הישראלית בלבנון.", "he", "2025-03-03"
    )
