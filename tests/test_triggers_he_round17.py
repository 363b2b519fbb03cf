"""Hebrew data changed in round 17 (data/he/triggers.yaml, data/he/roles.yaml): voicing
disappointment, shock or reservations about a party's act is criticism; sinking or destroying a
party's boats, aircraft, launchers or bases is an attack; the past forms of sending into exile
(הגלתה); persona non grata with the person between; barring a person or group from entering is
a restriction; joint patrols and joint exercises named with their branch (also after ערך /
קיים) are cooperation of all who take part, a drill of one side stays MOBILIZE; a ground
manoeuvre is an offensive; handing over bodies is their return and returning prisoners named in
construct a release; releasing withheld funds eases a sanction; closing another state's
consulates or one's own border with it; outlawing an organisation or its activity; soldiers
killed in battle or caught in an ambush are the attacked, and fighting between two parties is
an attack of each on the other; hitting a ship and destroying a headquarters; visiting one's
own troops at a base and telling one's own citizens to leave a country are no events; approving
a prisoner deal is agreeing to it; dropping an objection is giving in; meeting with פגש את;
laying blame with the party between; banning flights and cutting banks off SWIFT are sanctions;
protesting in front of an embassy (מחו מול); no longer taking part is leaving; a national court
is its country's (roles.yaml), and the charge it convicts of is no attack. Each sentence was
written for this test in the style of Hebrew news and its expected reading checked by hand
against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-03-03"

_coder = Coder("he", DATE)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "sentence, want",
    [
        # disappointment, shock or reservations about a party's decision: criticism
        ("ממשלת איטליה הביעה אכזבה מהחלטת מצרים.", ("ACCUSE", ("ITA",), ("EGY",))),
        # sinking boats, destroying aircraft, launchers or a base
        ("חיל הים האמריקני הטביע ארבע סירות של החות'ים.", ("ASSAULT", ("USA",), ("YEM",))),
        ("כוחות אוקראיניים השמידו מסוק רוסי ליד חרקוב.", ("ASSAULT", ("UKR",), ("RUS",))),
        # persona non grata with the person between
        ("קזחסטן הכריזה על הנספח הצבאי הרוסי כפרסונה נון גרטה.",
         ("SANCTION", ("KAZ",), ("RUS",))),
        # barring people of another state from entering
        ("יפן אסרה על כניסת אזרחים רוסים לשטחה.", ("SANCTION", ("JPN",), ("RUS",))),
        # joint patrols and exercises: one act of all who take part
        ("יפן ואוסטרליה ערכו סיור ימי משותף בים סין הדרומי.",
         ("COOPERATE", ("JPN", "AUS"), ())),
        ("הודו וצרפת ערכו תרגיל אווירי משותף.", ("COOPERATE", ("IND", "FRA"), ())),
        # a ground manoeuvre is the ground offensive
        ("צה\"ל הרחיב את התמרון הקרקעי בדרום לבנון.", ("ASSAULT", ("ISR",), ("LBN",))),
        # handing over bodies; returning prisoners of war
        ("חזבאללה העביר לישראל את גופות שני החיילים.", ("RETREAT", ("LBN",), ("ISR",))),
        ("רוסיה החזירה לאוקראינה שבויי מלחמה.", ("RETREAT", ("RUS",), ("UKR",))),
        # releasing withheld tax money eases a sanction
        ("ישראל העבירה לרשות הפלסטינית את כספי המסים.", ("RETREAT", ("ISR",), ("PSE",))),
        # closing another state's consulates; closing one's own border with a state
        ("הולנד הודיעה על סגירת הקונסוליה הרוסית ברוטרדם.",
         ("SANCTION", ("NLD",), ("RUS",))),
        ("נורבגיה סגרה את גבולה עם רוסיה.", ("SANCTION", ("NOR",), ("RUS",))),
        # outlawing an organisation or its work
        ("ממשלת ישראל אסרה על פעילות אונר\"א בירושלים.", ("COERCE", ("ISR",), ("UNO",))),
        # soldiers killed in battle are the attacked, with no named attacker
        ("ארבעה חיילים רוסים נהרגו בקרבות בחבל דונבאס.", ("ASSAULT", (), ("RUS",))),
        # falling into an ambush: the subject is the one attacked
        ("שיירה טורקית נקלעה למארב של מורדים כורדים בסוריה.", ("ASSAULT", (), ("TUR",))),
        ("כוח של צבא מאלי נקלע למארב של המורדים.", ("ASSAULT", (), ("MLI",))),
        # hitting a ship or destroying a headquarters
        ("החות'ים פגעו בספינה נורווגית במפרץ עדן.", ("ASSAULT", ("YEM",), ("NOR",))),
        ("חיל האוויר הרס את מפקדת חמאס בחאן יונס.", ("ASSAULT", ("ISR",), ("PSE",))),
        # fighting between two named parties: each attacks the other
        ("כוחות סודן וכוחות צ'אד ניהלו קרבות עזים לאורך הגבול.",
         ("ASSAULT", ("SDN",), ("TCD",))),
        ("כוחות סודן וכוחות צ'אד ניהלו קרבות עזים לאורך הגבול.",
         ("ASSAULT", ("TCD",), ("SDN",))),
        # approving a prisoner-exchange deal with the other party is agreeing to it
        ("ממשלת ישראל אישרה את עסקת חילופי האסירים עם חמאס.", ("AGREE", ("ISR",), ("PSE",))),
        # dropping an objection to another state's accession is giving in
        ("יוון נסוגה מהתנגדותה להצטרפות צפון מקדוניה לנאט\"ו.",
         ("CONCEDE", ("GRC",), ("MKD",))),
        # meeting someone with the qal verb (past and future)
        ("נשיא צרפת פגש את ראש ממשלת הודו בניו דלהי.", ("CONSULT", ("FRA",), ("IND",))),
        # laying the blame on a party named between verb and object
        ("בריטניה הטילה על איראן את האחריות לתקיפת המכלית.", ("ACCUSE", ("GBR",), ("IRN",))),
        # banning flights to a state; cutting its banks off SWIFT
        ("יפן הוציאה בנקים איראניים ממערכת סוויפט.", ("SANCTION", ("JPN",), ("IRN",))),
        # no longer taking part in an arrangement is leaving it
        ("טורקיה הודיעה כי לא תשתתף עוד בתרגילי נאט\"ו.", ("SANCTION", ("TUR",), ("IGO",))),
        # protesting in front of another state's embassy
        ("מאות סטודנטים מחו מול שגרירות צרפת בבמאקו.", ("PROTEST", ("MLI",), ("FRA",))),
        # a national court acts for the country it sits in; the charge is no attack
        ("בית משפט בבלגיה הרשיע שני איראנים ברצח.", ("COERCE", ("BEL",), ("IRN",))),
    ],
)
def test_round17_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a storm sinks boats, but attacks no one
        ("הסערה הטביעה סירות דייגים בנמל.", "ASSAULT"),
        # destroying evidence or documents is no attack
        ("פקידי המשרד השמידו מסמכים רגישים.", "ASSAULT"),
        # a disappointed coach criticises no party
        ("המאמן הביע אכזבה מהתוצאה.", "ACCUSE"),
        # a drill of one side alone is no cooperation
        ("איראן ערכה תרגיל ימי במפרץ הפרסי.", "COOPERATE"),
        # a border closed to everyone in an epidemic restricts no state
        ("יוון סגרה את גבולותיה בשל מגפת הקורונה.", "SANCTION"),
        # a minister visiting his own troops at a base pays no state visit
        ("שר ההגנה הבריטי ביקר בבסיס חיל האוויר המלכותי בקפריסין.", "CONSULT"),
        # telling one's own citizens to leave a country asks nothing of that country
        ("קנדה קראה לאזרחיה לעזוב את איראן מיד.", "REQUEST"),
        # a legal battle is no fighting
        ("אוקראינה ורוסיה ניהלו קרבות משפטיים בבית הדין בהאג.", "ASSAULT"),
        # the dropped objection is no withdrawal of forces and no rejection
        ("יוון נסוגה מהתנגדותה להצטרפות צפון מקדוניה לנאט\"ו.", "RETREAT"),
        ("יוון נסוגה מהתנגדותה להצטרפות צפון מקדוניה לנאט\"ו.", "REJECT"),
        # the charge a court convicts of is no attack told here
        ("בית משפט בבלגיה הרשיע שני איראנים ברצח.", "ASSAULT"),
        # blaming a driver for an accident accuses no party
        ("המשטרה הטילה על הנהג את האחריות לתאונה.", "ACCUSE"),
    ],
)
def test_round17_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_voiced_disappointment_is_not_the_act_it_answers():
    assert "ASSAULT" not in types("נשיא צרפת הביע אכזבה מהתקיפה של ישראל.")


def test_one_sided_drill_stays_mobilize():
    assert ("MOBILIZE", ("IRN",), ()) in coded_tuples(
        "איראן ערכה תרגיל ימי במפרץ הפרסי.", "he", DATE
    )


def test_future_joint_exercise_is_future():
    evs = _coder.modalities("רוסיה ובלארוס יערכו תרגיל צבאי משותף.", "COOPERATE")
    assert evs == {"future"}


def test_fallen_soldiers_are_not_the_attackers():
    tuples = coded_tuples("שלושה חיילים ישראלים נפלו בקרב בצפון הרצועה.", "he", DATE)
    assert ("ASSAULT", (), ("ISR",)) in tuples
    assert not any(t[0] == "ASSAULT" and t[1] == ("ISR",) for t in tuples)
