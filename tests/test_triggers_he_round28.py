"""Hebrew data changed in round 28 (data/he/triggers.yaml, grammar.yaml), probed with attacks by
unnamed or only described authors, kidnappings, "foreign agent" listings, consulates closed,
diplomatic notes and démarches, condolence and congratulation telegrams, missiles landing at sea,
IAEA access, debt relief, tit-for-tat closures and expulsions and quoted first-person statements;
told as wire stories with datelines, digests, readouts, timelines, Q&A transcripts and opinion
paragraphs: attackers, assassins, snipers, a drone, a car bomb, a militia, gangs, pirates and
"unknown shooters" or planes of no stated party (תוקפים, מתנקשים, צלף, רחפן, המיליציה, יורים לא
ידועים, מטוסים לא מזוהים)
leave an attack without actor; a side bomb hitting a convoy (מטען צד פגע בשיירה) attacks it; a
telegram or letter of condolence or congratulation (שיגר מברק ברכה, שלח איגרת תנחומים) supports;
a note or letter of protest and a démarche (איגרת מחאה, נוטה דיפלומטית, דמרש) accuse, not
protest in the street; an envoy summoned for a reprimand at a foreign ministry (זומן לשיחת נזיפה
במשרד החוץ האלג'יראי) is accused by that ministry's state; a missile that lands at sea (שיגרה טיל
שנחת במים הכלכליים של יפן) is a show of force; closing a consulate in the future (תסגור את
הקונסוליה) sanctions; declaring an outlet a "foreign agent" (הכריז על ... כ'סוכן זר') bans it;
barring or limiting inspectors (מנעה מפקחי סבא"א, הגבילה את גישת פקחי) cuts cooperation with
their agency; putting off or freezing a party's debt repayments (הסכים לדחות את החזר החובות)
is debt relief, not a concession; closing airspace "to each other" (זו בפני זו) and expelling
"each other's" diplomats (זו של זו) are two sanctions, one each way; arrests and downings in the
first person plural (עצרנו, הפלנו) and "we will respond with force" (אנו נגיב בעוצמה) are the
quoted speaker's; summoning "his ambassador of" a party (זימנה את שגרירו של הודו) accuses it; a call
received from a party (קיבל שיחת טלפון מ) is the caller's; consoling (ניחם את) supports; "the
kidnappers" (החוטפים) are no new kidnapping. Grammar: "by order of" (בהוראת) names the agent of a passive; a visit
postponed (נדחה) a few words after its noun did not take place; "will be forced to" (תיאלץ) puts
what follows in the future; bare טען (claimed) is no longer read in מטען (cargo, charge), so a
"cargo ship" seized is asserted, not reported. Each sentence was written for this test in the
style of Hebrew news and its expected reading checked by hand against eval/README.md: (type,
actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # attackers of no stated party: no actor, the party struck is the recipient
        ("רחפן תקף בסיס של כוחות אמריקניים במזרח סוריה.", ("ASSAULT", (), ("USA",))),
        ('תוקפים לא ידועים ירו על שיירה של האו"ם בצפון מאלי.', ("ASSAULT", (), ("UNO",))),
        ("מתנקשים ירו למוות בנשיא האיטי ז'ובנל מואיז בביתו.", ("ASSAULT", (), ("HTI",))),
        ("המיליציה תקפה בסיס של הצבא הסורי.", ("ASSAULT", (), ("SYR",))),
        ("צלף הרג חייל ישראלי בשכם.", ("ASSAULT", (), ("ISR",))),
        ("יורים לא ידועים פתחו באש על שוטרים מצרים בסיני.", ("ASSAULT", (), ("EGY",))),
        ("מטען צד פגע בשיירה של צבא פקיסטן בבלוצ'יסטן.", ("ASSAULT", (), ("PAK",))),
        # a drone or forces named by their state keep it
        ("רחפן איראני תקף ספינה ישראלית.", ("ASSAULT", ("IRN",), ("ISR",))),
        ("כוחות רוסיים תוקפים את חרקוב.", ("ASSAULT", ("RUS",), ("UKR",))),
        # condolences and congratulations
        ("פוטין שלח מברק תנחומים לנשיא איראן.", ("SUPPORT", ("RUS",), ("IRN",))),
        ("פוטין שיגר מברק ברכה לנשיא האיראני החדש, מסעוד פזשכיאן.", ("SUPPORT", ("RUS",), ("IRN",))),
        ("מלך ירדן שלח איגרת תנחומים לנשיא טורקיה בעקבות רעידת האדמה.",
         ("SUPPORT", ("JOR",), ("TUR",))),
        # diplomatic notes, démarches and reprimands
        ("משרד החוץ האוקראיני העביר איגרת מחאה לבלארוס.", ("ACCUSE", ("UKR",), ("BLR",))),
        ("ישראל הגישה דמרש לממשלת פולין בעקבות החוק.", ("ACCUSE", ("ISR",), ("POL",))),
        ("רוסיה שלחה נוטה דיפלומטית חריפה לגרמניה.", ("ACCUSE", ("RUS",), ("DEU",))),
        ("השגריר הצרפתי זומן לשיחת נזיפה במשרד החוץ האלג'יראי.", ("ACCUSE", ("DZA",), ("FRA",))),
        ("שגרירת ישראל בדבלין זומנה לשיחת נזיפה במשרד החוץ האירי.", ("ACCUSE", ("IRL",), ("ISR",))),
        # a missile landing at sea is a show of force
        ("צפון קוריאה שיגרה טיל בליסטי שנחת במים הכלכליים של יפן.", ("MOBILIZE", ("PRK",), ("JPN",))),
        # consulates, foreign agents, inspectors
        ("סין הודיעה כי תסגור את הקונסוליה האמריקנית בצ'נגדו.", ("SANCTION", ("CHN",), ("USA",))),
        ("משרד המשפטים הרוסי הכריז על רדיו אירופה החופשית כ'סוכן זר'.", ("COERCE", ("RUS",), ("USA",))),
        ('איראן הגבילה את גישת פקחי סבא"א למתקנים גרעיניים.', ("SANCTION", ("IRN",), ("UNO",))),
        ('איראן מנעה מפקחי סבא"א גישה לאתר פורדו.', ("SANCTION", ("IRN",), ("UNO",))),
        # debt relief
        ("מועדון פריז הסכים לדחות את החזר החובות של סרי לנקה.", ("AID", ("IGO",), ("LKA",))),
        ("סין הקפיאה את תשלומי החוב של זמביה.", ("AID", ("CHN",), ("ZMB",))),
        # a tanker attacked with no object marker, a citizen hanged, a consulate reopened
        ("לפי הדיווח, רחפן תקף מכלית רוסית בים השחור.", ("ASSAULT", (), ("RUS",))),
        ("איראן תלתה אזרח שוודי שהורשע בריגול למען ישראל.", ("ASSAULT", ("IRN",), ("SWE",))),
        ("ישראל תלתה את האשמה בחמאס.", ("ACCUSE", ("ISR",), ("PSE",))),
        ("ממשלת ליטא פתחה מחדש את הקונסוליה שלה בקלינינגרד.", ("COOPERATE", ("LTU",), ("RUS",))),
        # summoning with the possessive, calls received, consoling
        ("קנדה זימנה את שגרירו של הודו ודרשה הסברים.", ("ACCUSE", ("CAN",), ("IND",))),
        ("קנדה זימנה את שגרירו של הודו ודרשה הסברים.", ("REQUEST", ("CAN",), ("IND",))),
        ("ראש הממשלה נתניהו קיבל שיחת טלפון מנשיא צרפת מקרון.", ("CONSULT", ("FRA",), ("ISR",))),
        ("נשיא קזחסטן ניחם את נשיא אזרבייג'ן על התרסקות המטוס.", ("SUPPORT", ("KAZ",), ("AZE",))),
        # passives with "by order of"
        ("הכתב האמריקני נעצר בהוראת הקרמלין.", ("COERCE", ("RUS",), ("USA",))),
        # quoted first-person statements
        ('"הפלנו שני כטב"מים רוסיים מעל קייב", מסר חיל האוויר האוקראיני.',
         ("ASSAULT", ("UKR",), ("RUS",))),
        ('"עצרנו שלושה מרגלים איראנים", אמר שר הפנים האזרי.', ("COERCE", ("AZE",), ("IRN",))),
        ('"אנו נגיב בעוצמה", אמר שר ההגנה האיראני.', ("THREATEN", ("IRN",), ())),
    ],
)
def test_round28_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("הודו ופקיסטן סגרו את המרחב האווירי זו בפני זו.", ("IND", "PAK")),
        ("רוסיה וליטא גירשו דיפלומטים זו של זו.", ("RUS", "LTU")),
    ],
)
def test_round28_each_on_the_other(sentence, pair):
    a, b = pair
    got = coded_tuples(sentence, "he", DATE)
    assert ("SANCTION", (a,), (b,)) in got and ("SANCTION", (b,), (a,)) in got


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # the attacked forces are not the attacker, the place is not the target
        ("רחפן תקף בסיס של כוחות אמריקניים במזרח סוריה.", ("ASSAULT", ("USA",), ("SYR",))),
        ("צלף הרג חייל ישראלי בשכם.", ("ASSAULT", ("ISR",), ("PSE",))),
        # a note of protest is no street protest
        ("משרד החוץ האוקראיני העביר איגרת מחאה לבלארוס.", ("PROTEST", ("UKR",), ("BLR",))),
        # a missile that lands at sea struck nothing
        ("צפון קוריאה שיגרה טיל בליסטי שנחת במים הכלכליים של יפן.", ("ASSAULT", ("PRK",), ("JPN",))),
        # a consulate reopened restores ties; it eases no restriction
        ("ממשלת ליטא פתחה מחדש את הקונסוליה שלה בקלינינגרד.", ("RETREAT", ("LTU",), ("RUS",))),
        # blame hung on a party is no hanging
        ("ישראל תלתה את האשמה בחמאס.", ("ASSAULT", ("ISR",), ("PSE",))),
        # debt relief is no concession
        ("מועדון פריז הסכים לדחות את החזר החובות של סרי לנקה.", ("CONCEDE", ("IGO",), ("LKA",))),
    ],
)
def test_round28_not_coded(sentence, wrong):
    assert wrong not in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a postponed visit did not take place
        ("הביקור הממלכתי של נשיא סין בברזיל נדחה בשל מצבו הבריאותי.", "CONSULT"),
        # "the kidnappers" name who kidnapped; freeing the hostages is no new kidnapping
        ("החוטפים שחררו את שני בני הערובה הגרמנים לאחר שלושה חודשים.", "ASSAULT"),
        # what a party "will be forced to" give up has not been given up
        ("לדעתי, אם אירופה לא תספק לאוקראינה יותר נשק, קייב תיאלץ לוותר על שטחים.", "CONCEDE"),
    ],
)
def test_round28_no_event(sentence, etype):
    assert not _coder.happened(sentence, etype)


def test_round28_cargo_is_no_claim():
    text = "המורדים החות'ים השתלטו ביום ראשון על ספינת מטען בבעלות יפנית בים סוף."
    assert _coder.modalities(text, "COERCE") == {"asserted"}


def test_round28_missiles_at_a_ship_still_attack():
    assert _coder.happened("החות'ים שיגרו טילים לעבר ספינה בריטית בים סוף.", "ASSAULT")
    assert _coder.happened("ישראל הסכימה לדחות את הפינוי.", "CONCEDE")
