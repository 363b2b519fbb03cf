"""Hebrew data changed in round 26 (data/he/triggers.yaml, grammar.yaml, roles.yaml,
aliases/countries.yaml, country_forms.yaml, people.yaml, places.yaml, organisations.yaml),
probed with sanctions lifted and eased, troop withdrawals and handovers of territory, loans,
debts, grain and fuel deliveries, energy deals, recognition, vetoes and walk-outs, boycotts,
courts, airspace and sea incursions, border clashes with mutual blame, targeted killings,
blockades and port closures, expulsions of missions and peacekeepers; told as colon headlines,
denials, conditional threats, deadlines, background sentences with a year, opinion prose,
think-tank paragraphs with bracketed references, bulleted digests, quoted social-media posts,
stiff translated statements and parliament reports: easing, cancelling or suspending sanctions
named עיצומים or סנקציות (הקל את העיצומים, השעתה חלק מהעיצומים, יקל), also in the future, eases,
not sanctions; handing over villages or sovereignty (מסרה לאזרבייג'ן ארבעה כפרים, תעביר את
הריבונות) returns territory; grain, rice and fuel sent (שלחה טונות חיטה, מכליות דלק, תשלח
אורז) are aid; walking out of a session in protest (יצאה מהאולם במחאה) rejects; warplanes,
drones or ships entering a party's airspace or territorial waters (חדרו למרחב האווירי של) are a
show of force; breaching a treaty (הפרה את אמנת) rejects it, and a ceasefire or ceasefire deal
breached (הפרו שוב את הפסקת האש, הפר את הסכם הפסקת האש) is an attack, not a deal; "each side
blames the other" (כל צד מאשים את האחר) is mutual blame; going to war with the subject between
(יצאה רוסיה למלחמה נגד) and opening fire first (פתח ראשון באש) attack; a deadline set for a
demand (נתן מועד אחרון) demands and leaves what it demands undone; cutting an embassy's staff
(לצמצם את סגל השגרירות) is a diplomatic sanction; holding up a shipment (השהה את משלוח)
restricts, not concedes; a parliament approving a deal by a majority (אישרה ברוב של ... את
הסכם) agrees; closing another party's ports (סגרה את נמלי)
blockades them; "will not hesitate to use" (לא תהסס להשתמש), "will respond accordingly" (תגיב
בהתאם) and "a legitimate target" (מטרה לגיטימית) threaten, while "any arms shipment" (כל משלוח
נשק) is no delivery; peacekeepers (כוחות השמירה על השלום) fire nothing. Names:
Cambodian (קמבודיים) and Zionist (הציונית) name their states; a speaker's "our cities" (ערינו) is
the speaker's state; MINUSMA is also מינוסמה; "הפרו" (violated) is not Peru, "השלימה" (completed)
not Lima and "מוצאי שבת" (Saturday night) not Tsai Ing-wen. Each sentence was written for this
test in the style of Hebrew news and its expected reading checked by hand against
eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples, mentions_of

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # sanctions eased, cancelled or suspended
        ("האיחוד האירופי הקל את העיצומים על ונצואלה.", ("RETREAT", ("EUR",), ("VEN",))),
        ("האיחוד האירופי ביטל את העיצומים הכלכליים על סוריה.", ("RETREAT", ("EUR",), ("SYR",))),
        ("ארצות הברית הקלה את הסנקציות על ענף הנפט של ונצואלה.", ("RETREAT", ("USA",), ("VEN",))),
        ("ארצות הברית השעתה לשישה חודשים חלק מהעיצומים על סוריה.",
         ("RETREAT", ("USA",), ("SYR",))),
        ("האיחוד האירופי יקל את העיצומים על סוריה.", ("RETREAT", ("EUR",), ("SYR",))),
        # handovers of territory
        ("ארמניה מסרה לאזרבייג'ן ארבעה כפרים לאורך הגבול.", ("RETREAT", ("ARM",), ("AZE",))),
        ("בריטניה תעביר את הריבונות על איי צ'אגוס למאוריציוס.", ("RETREAT", ("GBR",), ("MUS",))),
        # grain and fuel deliveries
        ("רוסיה שלחה 25 אלף טונות חיטה לסומליה.", ("AID", ("RUS",), ("SOM",))),
        ("איראן שלחה מכליות דלק ללבנון.", ("AID", ("IRN",), ("LBN",))),
        ("יפן תשלח אורז לצפון קוריאה.", ("AID", ("JPN",), ("PRK",))),
        # walk-outs
        ("המשלחת האיראנית יצאה מהאולם במחאה על נאומו של נתניהו.", ("REJECT", ("IRN",), ("ISR",))),
        # airspace and territorial waters
        ("מטוסי קרב סיניים חדרו למרחב האווירי של טייוואן.", ("MOBILIZE", ("CHN",), ("TWN",))),
        ("רחפן רוסי הפר את המרחב האווירי של פולין.", ("MOBILIZE", ("RUS",), ("POL",))),
        ("ספינות של משמר החופים הסיני נכנסו למים הטריטוריאליים של יפן.",
         ("MOBILIZE", ("CHN",), ("JPN",))),
        ("מטוסי קרב רוסיים הפרו את המרחב האווירי האסטוני.", ("MOBILIZE", ("RUS",), ("EST",))),
        # treaties and ceasefires breached, mutual blame
        ("לפי המכון, רוסיה הפרה את אמנת INF כבר ב-2014 [3].", ("REJECT", ("RUS",), ())),
        ("הודו ופקיסטן הפרו שוב את הפסקת האש בקשמיר, כל צד מאשים את האחר.",
         ("ACCUSE", ("IND",), ("PAK",))),
        ("חיזבאללה הפר את הסכם הפסקת האש.", ("ASSAULT", ("LBN",), ())),
        ("הודו ופקיסטן הפרו שוב את הפסקת האש בקשמיר, כל צד מאשים את האחר.",
         ("ACCUSE", ("PAK",), ("IND",))),
        # border clashes, wars told as background
        ("כוחות קמבודיים ירו פגזים לעבר כפר תאילנדי.", ("ASSAULT", ("KHM",), ("THA",))),
        ("הצבא התאילנדי פתח ראשון באש לעבר חיילים קמבודיים.", ("ASSAULT", ("THA",), ("KHM",))),
        ("ב-2008 יצאה רוסיה למלחמה נגד גאורגיה.", ("ASSAULT", ("RUS",), ("GEO",))),
        # statements in a stiff register, posts quoting the speaker's "our cities"
        ("ממשלת הרפובליקה האסלאמית של איראן מגנה בתוקף את התוקפנות הציונית.",
         ("ACCUSE", ("IRN",), ("ISR",))),
        ('זלנסקי כתב ברשת X: "רוסיה שיגרה הלילה 400 רחפנים נגד ערינו".',
         ("ASSAULT", ("RUS",), ("UKR",))),
        # deadlines, threats in headlines and conditionals
        ("טראמפ נתן לחמאס מועד אחרון עד שבת לשחרר את כל החטופים.", ("REQUEST", ("USA",), ("PSE",))),
        ("פוטין: רוסיה לא תהסס להשתמש בנשק גרעיני", ("THREATEN", ("RUS",), ())),
        ("מוסקבה: כל משלוח נשק לאוקראינה יהפוך למטרה לגיטימית", ("THREATEN", ("RUS",), ())),
        ('אם ארה"ב תטיל מכסים נוספים, סין תגיב בהתאם, מסר משרד המסחר בבייג\'ינג.',
         ("THREATEN", ("CHN",), ("USA",))),
        # missions cut or expelled, ports closed
        ("מולדובה הורתה לצמצם את סגל השגרירות הרוסית בקישינב.", ("SANCTION", ("MDA",), ("RUS",))),
        ("מאלי גירשה את כל חיילי מינוסמה.", ("SANCTION", ("MLI",), ("UNO",))),
        ("רוסיה סגרה את נמלי אוקראינה בים השחור במשך חודשים.", ("COERCE", ("RUS",), ("UKR",))),
        # a shipment held up, a deal approved by a majority
        ('הפנטגון השהה את משלוח פגזי ה-155 מ"מ לישראל.', ("SANCTION", ("USA",), ("ISR",))),
        ('הכנסת אישרה ברוב של 68 ח"כים את הסכם הנורמליזציה עם איחוד האמירויות.',
         ("AGREE", ("ISR",), ("ARE",))),
    ],
)
def test_round26_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # a ceasefire deal breached is no deal agreed
        ("חיזבאללה הפר את הסכם הפסקת האש.", ("AGREE", ("LBN",), ())),
        # a shipment held up is no concession
        ('הפנטגון השהה את משלוח פגזי ה-155 מ"מ לישראל.', ("CONCEDE", ("USA",), ("ISR",))),
        # eased sanctions are no new sanctions
        ("האיחוד האירופי הקל את העיצומים על ונצואלה.", ("SANCTION", ("EUR",), ("VEN",))),
        # "any arms shipment" is no delivery
        ("מוסקבה: כל משלוח נשק לאוקראינה יהפוך למטרה לגיטימית", ("AID", ("RUS",), ("UKR",))),
        # "השלימה" (completed) is no Lima, so Peru does not withdraw
        ("ארצות הברית השלימה את הוצאת כוחותיה מניז'ר.", ("RETREAT", ("PER",), ("NER",))),
    ],
)
def test_round26_not_coded(sentence, wrong):
    assert wrong not in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # peacekeepers (כוחות השמירה על השלום) fire nothing
        ("כוחות השמירה על השלום הרוסיים השלימו את יציאתם מקרבאך.", "ASSAULT"),
        # what a deadline is set for has not happened yet
        ("טראמפ נתן לחמאס מועד אחרון עד שבת לשחרר את כל החטופים.", "RETREAT"),
    ],
)
def test_round26_no_event(sentence, etype):
    assert not _coder.happened(sentence, etype)


def test_round26_peacekeepers_withdraw():
    assert "RETREAT" in _coder.types("כוחות השמירה על השלום הרוסיים השלימו את יציאתם מקרבאך.")


@pytest.mark.parametrize(
    "sentence, country",
    [
        # verbs read as names after a stripped proclitic
        ("מטוסי קרב רוסיים הפרו את המרחב האווירי האסטוני.", "PER"),
        ("ארצות הברית השלימה את הוצאת כוחותיה מניז'ר.", "PER"),
        ("ישראל הציבה לחמאס אולטימטום עד מוצאי שבת.", "TWN"),
    ],
)
def test_round26_no_false_name(sentence, country):
    assert country not in {m.country for m in mentions_of(sentence, "he", DATE)}
