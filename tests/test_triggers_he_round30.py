"""Hebrew data changed in round 30 (data/he/triggers.yaml, grammar.yaml), probed with tariffs
and trade disputes, export controls on chips, coast guards and collisions at sea, ambassadors
appointed and credentials presented, embassies reopened, picketed or set on fire, election
interference and election results, refugees, migration deals and border fences, nuclear talks
and inspectors, humanitarian corridors and hostage talks, messages of solidarity and
anniversaries, background sentences with past years and editorials with rhetorical questions
and conditionals: widening or tightening export or import controls (הרחיבה את מגבלות הייצוא,
הידקה, החמירה את הפיקוח על יצוא, תטיל מגבלות ייצוא) restricts trade; appointing an ambassador
to a state (מינתה שגריר בדמשק, תמנה שגריר בישראל) is diplomatic cooperation; a message or
letter of solidarity (שלח מסר של סולידריות, איגרת סולידריות) and solidarity with the
possessive (הביע את סולידריותו עם) are support; setting fire to a consulate in construct
(הציתו את קונסוליית איראן) is a riot against its state; throwing a grenade or firebombs
(השליך רימון יד, השליכו בקבוקי תבערה) is an attack with explosives and casting the
responsibility on a party (השליכה את האחריות על) accuses it. Grammar: "and with" (ועם) joins
the next party to a list, as ואת. It must not code: bare השליך ("threw", "cast") read as
"beat" (היכו) once ה-ש-ל are stripped; a merchant, passenger or tanker ship that collides
(אוניית משא התנגשה) as ramming; stopping a flow of migrants (לעצור את זרם המהגרים) as an
arrest; an anniversary with its number between (יום השנה ה-25 לחתימה על) as the act it
marks; naming a person as ambassador (מינה את X לשגריר). Each sentence was written for this
test in the style of Hebrew news and its expected reading checked by hand against
eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # export controls widened or tightened (fail without the change: nothing was coded)
        (
            "מחלקת המסחר האמריקנית הרחיבה את מגבלות הייצוא על שבבים מתקדמים לסין.",
            ("SANCTION", ("USA",), ("CHN",)),
        ),
        (
            "יפן הידקה את מגבלות הייצוא של ציוד לייצור שבבים לסין.",
            ("SANCTION", ("JPN",), ("CHN",)),
        ),
        ("ממשלת ביידן החמירה את הפיקוח על יצוא שבבים לסין.", ("SANCTION", ("USA",), ("CHN",))),
        (
            "סין תטיל מגבלות ייצוא על מתכות נדירות לארצות הברית.",
            ("SANCTION", ("CHN",), ("USA",)),
        ),
        # an ambassador appointed to a state (fail without the change: nothing was coded)
        (
            "ערב הסעודית מינתה שגריר בדמשק לראשונה מאז 2012.",
            ("COOPERATE", ("SAU",), ("SYR",)),
        ),
        (
            "איחוד האמירויות מינתה שגריר בדמשק לראשונה מאז 2011.",
            ("COOPERATE", ("ARE",), ("SYR",)),
        ),
        ("בחריין מינתה שגריר ראשון בישראל.", ("COOPERATE", ("BHR",), ("ISR",))),
        ("טורקיה תמנה שגריר בישראל בשבועות הקרובים.", ("COOPERATE", ("TUR",), ("ISR",))),
        # messages of solidarity, solidarity with the possessive (fail without: nothing coded)
        (
            "ראש ממשלת יפן שלח מסר של סולידריות לעם האוקראיני במלאת שלוש שנים למלחמה.",
            ("SUPPORT", ("JPN",), ("UKR",)),
        ),
        (
            "נשיא ליטא הביע את סולידריותו עם פינלנד לאחר חבלה בכבל התקשורת בים הבלטי.",
            ("SUPPORT", ("LTU",), ("FIN",)),
        ),
        ("נשיא פולין שלח איגרת סולידריות לנשיא ישראל.", ("SUPPORT", ("POL",), ("ISR",))),
        # "and with" joins the second party (fail without: only the first was the recipient)
        (
            "קטאר ומצרים מנהלות מגעים עם חמאס ועם ישראל על עסקת חטופים חדשה.",
            ("CONSULT", ("QAT", "EGY"), ("PSE", "ISR")),
        ),
        (
            "מצרים ניהלה שיחות עם ישראל ועם חמאס, ועם זאת לא הושג הסכם.",
            ("CONSULT", ("EGY",), ("ISR", "PSE")),
        ),
        # a consulate in construct set on fire (fail without the change: nothing was coded)
        (
            "מפגינים עיראקים הציתו את קונסוליית איראן בנג'ף.",
            ("PROTEST", ("IRQ",), ("IRN",)),
        ),
        # casting the responsibility on a party (fail without: coded as a beating)
        ("ישראל השליכה את האחריות על איראן.", ("ACCUSE", ("ISR",), ("IRN",))),
        ("ישראל השליכה את האחריות לתקיפה על איראן.", ("ACCUSE", ("ISR",), ("IRN",))),
        # a grenade thrown by an attacker of no stated party (fail without: nothing coded)
        ('מחבל השליך רימון יד לעבר סיור של צה"ל.', ("ASSAULT", (), ("ISR",))),
        # guards: coast-guard ships colliding or ramming still attack (round 27)
        (
            "ספינות של משמר החופים הסיני התנגשו בספינה פיליפינית.",
            ("ASSAULT", ("CHN",), ("PHL",)),
        ),
        (
            "ספינת משמר חופים סינית נגחה בספינה של משמר החופים הפיליפיני בים סין הדרומי.",
            ("ASSAULT", ("CHN",), ("PHL",)),
        ),
        # guards: an arrest with עצרה, imprisonment with השליך ... לכלא
        ("המשטרה הטורקית עצרה את ראש עיריית איסטנבול.", ("COERCE", ("TUR",), ("TUR",))),
        ("המשטר האיראני השליך את העיתונאי האמריקני לכלא.", ("COERCE", ("IRN",), ("USA",))),
        # guards: credentials presented, an embassy reopened, an embassy stormed and torched
        (
            "השגריר האמריקני החדש הגיש את כתב האמנה שלו לנשיא הרצוג.",
            ("CONSULT", ("USA",), ("ISR",)),
        ),
        (
            "בריטניה פתחה מחדש את שגרירותה בקאבול שלוש שנים אחרי שנסגרה.",
            ("COOPERATE", ("GBR",), ("AFG",)),
        ),
        (
            "מפגינים פרצו לשגרירות שוודיה בבגדד והציתו אותה במחאה על שריפת קוראן.",
            ("PROTEST", ("IRQ",), ("SWE",)),
        ),
    ],
)
def test_round30_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence",
    [
        # a merchant, passenger or tanker ship colliding is an accident (were coded as attacks)
        "אוניית משא נורווגית התנגשה בספינת דיג ליד חופי סקוטלנד, ואיש לא נפגע.",
        "ספינת נוסעים יוונית התנגשה בסירת דיג טורקית ליד האי לסבוס.",
        # guard: a tanker colliding was not coded before either
        "מכלית נפט התנגשה באוניית משא בים הצפוני, ואיש מאנשי הצוות לא נפגע.",
        # stopping a flow of migrants is no arrest (was coded as one)
        "פולין השלימה את בניית הגדר לאורך גבולה עם בלארוס כדי לעצור את זרם המהגרים.",
        "טורקיה פועלת לעצור את זרם הפליטים לאירופה.",
        # an anniversary with its number between is no signing (was coded as an agreement)
        "בלארוס ורוסיה ציינו את יום השנה ה-25 לחתימה על האמנה על מדינת האיחוד.",
        # bare השליך is no beating (was coded as one)
        "שוטרים טורקים השליכו את המפגין לניידת.",
        # guards: a person named ambassador, a standing export control, an agency's import
        # checks, refugees hosted and an ambassador's profile
        "טראמפ מינה את מייק האקבי לשגריר בישראל.",
        "מגבלות הייצוא האמריקניות על שבבים פגעו ברווחי החברה ברבעון האחרון.",
        "משרד החקלאות הרחיב את הפיקוח על יבוא בקר בשל מחלת הפה והטלפיים.",
        "ממשלת טורקיה מארחת כיום יותר משלושה מיליון פליטים סורים.",
        "השגריר החדש של צרפת בישראל הוא דיפלומט ותיק ששירת בעבר בקהיר ובביירות.",
    ],
)
def test_round30_no_event(sentence):
    assert coded_tuples(sentence, "he", DATE) == set()


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # casting the blame is no beating (was ASSAULT)
        ("ישראל השליכה את האחריות על איראן.", "ASSAULT"),
        # the war an anniversary marks is no attack (was coded as one)
        ("ביום השנה השלישי לפלישה הרוסית הגיעו מנהיגים אירופים לקייב.", "ASSAULT"),
    ],
)
def test_round30_not_coded(sentence, etype):
    assert etype not in _coder.types(sentence)


def test_round30_firebombs_are_explosives_not_beating():
    # the tuple was coded before, with the mode of a beating read off "השליכו"
    text = "אלמונים השליכו רימוני יד לעבר שגרירות ישראל בקופנהגן."
    got = [e for e in code_text(text, "he", DATE) if e.event_type == "ASSAULT"]
    assert got and {e.mode for e in got} == {"bombing"}
    assert _coder.coded_with(text, "ASSAULT", set(), {"ISR"})


def test_round30_future_controls_and_appointments():
    # fail without the change: nothing was coded
    assert _coder.modalities("סין תטיל מגבלות ייצוא על מתכות נדירות לארצות הברית.", "SANCTION") == {
        "future"
    }
    assert _coder.modalities("טורקיה תמנה שגריר בישראל בשבועות הקרובים.", "COOPERATE") == {"future"}
