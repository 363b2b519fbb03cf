"""Hebrew data changed in round 15 (data/he/triggers.yaml, grammar.yaml, roles.yaml,
sectors.yaml, aliases/country_forms.yaml): present "מפגינים" only right before נגד (so
"מפגינים בחיפה" stays the located subject), agreeing "on" (על) a ceasefire brings the ceasefire
too, tariffs in construct ("מכסי נגד"), leaving the ICC, hosting a tournament or a tourist's
visit is no meeting, calling a leader names, firm protests (בתוקף), summons for a
"clarification talk", verbal "attacks" on a government or a leader, סיכם with an infinitive,
barring another state's ships or planes from docking or landing, a "historic peace" and making
peace with a state, a joint patrol, passives whose agent follows על ידי (the marker is no
longer inside the trigger), the visit named again as the object of a protest (answer_nouns),
appositions after a party ("רוסיה, בעלת בריתה של סוריה,": apposition_openers), seats of power
that speak with more verbs after them ("בקהיר דרשו": speech_words), "the next" and "will be
held" after an event noun (future_after), calling the attack named before "an act of war"
(condemns its author, no second attack), promising revenge (a threat, not a promise), stop
phrases for התקבל בברכה (not the future תקבל), the noun מפציצים (bombers), the noun צעד (a step),
what a proposal "includes" and an arrest information "will lead to", the sector words מזכיר
המדינה and שר ההגנה, and the spellings אלג'ירי, אמירותי, כווייתי, עירקי. Each sentence was
written for this test in the style of Hebrew news and its expected reading checked by hand
against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("he", DATE)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "sentence, want",
    [
        # protesters located by the city they are in, with מחו after them
        ("מפגינים בחיפה מחו נגד הרפורמה.", ("PROTEST", ("ISR",), ())),
        # agreeing on a ceasefire: the deal and the ceasefire, both joint
        ("הודו ופקיסטן סיכמו על הפסקת אש.", ("AGREE", ("IND", "PAK"), ())),
        ("הודו ופקיסטן סיכמו על הפסקת אש.", ("RETREAT", ("IND", "PAK"), ())),
        ("ישראל וחמאס הגיעו להסכמה על הפסקת אש.", ("RETREAT", ("ISR", "PSE"), ())),
        # counter-tariffs on another state's goods
        ("סין הטילה מכסי נגד על מוצרים אמריקניים.", ("SANCTION", ("CHN",), ("USA",))),
        # leaving the International Criminal Court
        ("הונגריה הודיעה על פרישה מבית הדין הפלילי הבינלאומי.",
         ("SANCTION", ("HUN",), ("IGO",))),
        ("בורקינה פאסו, מאלי וניז'ר הודיעו על פרישתן מבית הדין הפלילי הבינלאומי.",
         ("SANCTION", ("BFA", "MLI", "NER"), ("IGO",))),
        # calling a leader names is criticism
        ('ארדואן כינה את נתניהו "רוצח".', ("ACCUSE", ("TUR",), ("ISR",))),
        # a state's firm protest
        ("סין מחתה בתוקף בפני יפן על ביקור ראש הממשלה במקדש.", ("ACCUSE", ("CHN",), ("JPN",))),
        # a summons for a clarification talk
        ("משרד החוץ הטורקי זימן לשיחת בירור את השגרירה הישראלית.",
         ("ACCUSE", ("TUR",), ("ISR",))),
        # a leader "attacking" a government or a UN chief is criticism
        ("נתניהו תקף את ממשלת ספרד.", ("ACCUSE", ("ISR",), ("ESP",))),
        ('שר החוץ הישראלי תקף את מזכ"ל האו"ם.', ("ACCUSE", ("ISR",), ("UNO",))),
        # ... while an army attacking a headquarters still attacks
        ("צבא ישראל תקף את מטה חמאס בעזה.", ("ASSAULT", ("ISR",), ("PSE",))),
        # סיכם with an infinitive: agreeing to a joint step
        ("יפן ודרום קוריאה סיכמו לשפר את יחסיהן.", ("AGREE", ("JPN", "KOR"), ())),
        # barring another state's planes or ships from landing or docking
        ("טורקיה אסרה על מטוסים ישראליים לנחות בשטחה.", ("SANCTION", ("TUR",), ("ISR",))),
        ("ספרד החליטה לאסור על ספינות הנושאות נשק לישראל לעגון בנמליה.",
         ("SANCTION", ("ESP",), ("ISR",))),
        # a historic peace in the offing, and peace made
        ("ישראל וסעודיה על סף שלום היסטורי.", ("AGREE", ("ISR", "SAU"), ())),
        ("מצרים כרתה שלום עם ישראל ב-1979.", ("AGREE", ("EGY", "ISR"), ())),
        # a joint patrol of bombers is a shared act, not a bombing
        ("סין ורוסיה ערכו פטרול משותף של מפציצים ליד יפן.", ("COOPERATE", ("CHN", "RUS"), ())),
        # the agent after על ידי acts in the passive
        ("הספינה הישראלית נתפסה על ידי משמרות המהפכה.", ("COERCE", ("IRN",), ("ISR",))),
        ("שגרירות ארצות הברית הותקפה על ידי מיליציה עיראקית.", ("ASSAULT", ("IRQ",), ("USA",))),
        # a party inside an apposition is not the subject
        ("רוסיה, בעלת בריתה של סוריה, מתחה ביקורת על טורקיה.", ("ACCUSE", ("RUS",), ("TUR",))),
        ("פקיסטן, שכנתה של הודו, האשימה את ניו דלהי בתקיפה.", ("ACCUSE", ("PAK",), ("IND",))),
        # a capital after ב speaks with the verb after it
        ("בדמשק מיהרו להכחיש את הדיווח.", ("REJECT", ("SYR",), ())),
        ("בקהיר דרשו מישראל לסגת מציר פילדלפי.", ("REQUEST", ("EGY",), ("ISR",))),
        # calling the attack told before "an act of war" condemns its author
        ('הודו תקפה אתרים בפקיסטן. ראש ממשלת פקיסטן כינה את התקיפה "מעשה מלחמה".',
         ("ACCUSE", ("PAK",), ("IND",))),
        # spellings of nationality words (data/he/aliases/country_forms.yaml)
        ("ארצות הברית הטילה וטו על ההצעה האלג'ירית.", ("REJECT", ("USA",), ("DZA",))),
        ("עיראק שחררה שני דייגים כווייתים.", ("RETREAT", ("IRQ",), ("KWT",))),
        # a protest at a visit named again two sentences on is addressed to the visitor
        ("פוטין ביקר בפיונגיאנג. המתיחות באזור גברה. יפן מחתה בתוקף על הביקור.",
         ("ACCUSE", ("JPN",), ("RUS",))),
    ],
)
def test_round15_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # hosting a tournament is no meeting; tourists pay no state visit
        ("קטאר אירחה את המונדיאל ב-2022.", "CONSULT"),
        ("תיירים ישראלים ביקרו בתאילנד.", "CONSULT"),
        # a leader's verbal attack is no assault
        ("נתניהו תקף את ממשלת ספרד.", "ASSAULT"),
        # a negated ceasefire agreement did not happen
        ("ישראל וחמאס לא הסכימו על הפסקת אש.", "AGREE"),
        # being welcomed is no promise of praise; bombers sent are no bombing; a step
        # against a state is no march
        ("נשיא אוקראינה התקבל בברכה בבית הלבן.", "SUPPORT"),
        ("רוסיה שלחה מפציצים אסטרטגיים לוונצואלה.", "ASSAULT"),
        ("טורקיה נקטה צעד נגד ישראל.", "PROTEST"),
        # an arrest a reward "will lead to" has not happened
        ("ארצות הברית הציעה פרס על מידע שיוביל למעצרו של נשיא ונצואלה.", "COERCE"),
        # vowing revenge is no promise of a deal
        ("החות'ים הבטיחו נקמה על התקיפות האמריקניות.", "AGREE"),
        # the content of a proposal
        ("לפי דיווחים, ההצעה כוללת שחרור של עשרה חטופים בתמורה למאות אסירים פלסטינים.",
         "RETREAT"),
    ],
)
def test_round15_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_protest_at_a_visit_is_no_visit_by_the_protester():
    text = "פוטין ביקר בפיונגיאנג. המתיחות באזור גברה. יפן מחתה בתוקף על הביקור."
    assert ("CONSULT", ("JPN",), ()) not in coded_tuples(text, "he", DATE)


def test_naming_an_attack_is_no_second_attack():
    text = 'הודו תקפה אתרים בפקיסטן. ראש ממשלת פקיסטן כינה את התקיפה "מעשה מלחמה".'
    assert ("ASSAULT", ("PAK",), ("IND",)) not in coded_tuples(text, "he", DATE)


def test_next_round_of_talks_is_future():
    evs = code_text("סבב השיחות הבא בין רוסיה לאוקראינה ייערך באיסטנבול.", "he", DATE)
    assert {e.modality for e in evs if e.event_type == "CONSULT"} == {"future"}


def test_peace_on_the_verge_is_hypothetical():
    evs = code_text("ישראל וסעודיה על סף שלום היסטורי.", "he", DATE)
    assert {e.modality for e in evs if e.event_type == "AGREE"} == {"hypothetical"}


def test_future_ceasefire_agreement_is_future():
    evs = code_text("ישראל וחמאס יסכימו על הפסקת אש בקרוב.", "he", DATE)
    assert {e.modality for e in evs if e.event_type == "RETREAT"} == {"future"}
