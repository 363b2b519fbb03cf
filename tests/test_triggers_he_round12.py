"""Hebrew triggers, stop phrases and cues changed in round 12 (data/he/triggers.yaml,
data/he/grammar.yaml): future (prefix-conjugation) verb forms split into their own entries,
passive attacks with their weapon, talks about a deal and deals reached or agreed on,
deployments of weapons, arms shipments, missiles fired into the sea, protests lodged with a
state, blocking aid, and stop phrases for charges, "in protest", foiled attacks and
anniversaries. Each sentence was written for this test in the style of Hebrew news and its
expected reading checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("he", DATE)
happened = _coder.happened


def modalities(text: str, etype: str) -> set[tuple[str, bool]]:
    return {(e.modality, e.negated) for e in code_text(text, "he", DATE) if e.event_type == etype}


@pytest.mark.parametrize(
    "sentence, want",
    [
        # a passive attack with its weapon after it is one attack on the subject
        ("בסיס אמריקני בסוריה הותקף ברחפני נפץ.", ("ASSAULT", (), ("USA",))),
        ("השגרירות האמריקנית בבגדאד הותקפה ברקטות.", ("ASSAULT", (), ("USA",))),
        ("שלושה חיילים אמריקנים נהרגו בתקיפת רחפן על בסיס בירדן.", ("ASSAULT", (), ("USA",))),
        ("שני אזרחים ישראלים נפצעו בירי ליד ג'נין.", ("ASSAULT", (), ("ISR",))),
        # talks about a deal are talks; a deal reached or agreed on is the agreement
        ("ארצות הברית וקטאר מנהלות שיחות על עסקת חטופים.", ("CONSULT", ("USA",), ("QAT",))),
        ("ישראל וחמאס הגיעו לעסקת חטופים בתיווך קטאר.", ("AGREE", ("ISR", "PSE"), ())),
        ("ישראל וחמאס הגיעו לעסקת חטופים בתיווך קטאר.", ("CONSULT", ("QAT",), ("ISR", "PSE"))),
        ("רוסיה ואוקראינה הסכימו על חילופי שבויים בתיווך איחוד האמירויות.",
         ("AGREE", ("RUS", "UKR"), ())),
        # signing in the future with a time phrase between verb and object
        ("הודו ופקיסטן יחתמו בחודש הבא על הסכם מים חדש.", ("AGREE", ("IND", "PAK"), ())),
        # deploying weapons, reinforcing a military presence
        ("רוסיה הודיעה על פריסת נשק גרעיני טקטי בבלארוס.", ("MOBILIZE", ("RUS",), ("BLR",))),
        ('נאט"ו הודיעה על הגברת הנוכחות הצבאית במזרח אירופה.', ("MOBILIZE", ("IGO",), ())),
        # shipments of named weapons; frozen assets (possessive)
        ("גרמניה אישרה משלוח טנקים לאוקראינה.", ("AID", ("DEU",), ("UKR",))),
        ("בריטניה הקפיאה את נכסיהם של אוליגרכים רוסים.", ("SANCTION", ("GBR",), ("RUS",))),
        # missiles fired into a named sea are a show of force
        ("קוריאה הצפונית ירתה טיל בליסטי לעבר ים יפן.", ("MOBILIZE", ("PRK",), ())),
        # a state protesting to another criticises it
        ("הפיליפינים מחו בפני סין על הפעלת תותחי מים נגד ספינותיהם.", ("ACCUSE", ("PHL",), ("CHN",))),
        # closing a media outlet's offices (infinitive)
        ("ממשלת ישראל החליטה לסגור את משרדי אל-ג'זירה.", ("COERCE", ("ISR",), ("QAT",))),
        # firing artillery
        ("פקיסטן ירתה ארטילריה לעבר עמדות הצבא ההודי בקשמיר.", ("ASSAULT", ("PAK",), ("IND",))),
        # blocking an aid package's approval rejects it; blocking aid's entry restricts
        ("הונגריה מנעה את אישור חבילת הסיוע האירופית לאוקראינה.", ("REJECT", ("HUN",), ("UKR",))),
        ("ישראל מונעת את העברת הסיוע לעזה.", ("COERCE", ("ISR",), ("PSE",))),
        # moving an embassy to Jerusalem: the city is the recipient, not inside the trigger
        ("ארגנטינה העבירה את שגרירותה לירושלים.", ("SUPPORT", ("ARG",), ("ISR",))),
        # supplying patrol ships is military aid
        ("הודיעה יפן כי תספק לפיליפינים ספינות משמר.", ("AID", ("JPN",), ("PHL",))),
        # granting aid with the recipient between verb and noun (future)
        ("האיחוד האירופי יעניק לירדן סיוע של 500 מיליון אירו.", ("AID", ("EUR",), ("JOR",))),
        # a people that gathers in protest still protests
        ("אלפים התכנסו בתל אביב במחאה על הרפורמה המשפטית.", ("PROTEST", ("ISR",), ())),
    ],
)
def test_round12_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # "on charges of" names a charge, nobody accuses
        ("העיתונאי האמריקני נעצר באשמת ריגול לטובת ארצות הברית.", "ACCUSE"),
        # "in protest" gives the motive of a state's step: no demonstration
        ("ירדן החזירה את שגרירה מישראל במחאה על המלחמה בעזה.", "PROTEST"),
        # the deal talked about, reached or agreed on is no release yet
        ("ארצות הברית וקטאר מנהלות שיחות על עסקת חטופים.", "RETREAT"),
        ("ישראל וחמאס הגיעו לעסקת חטופים בתיווך קטאר.", "RETREAT"),
        ("רוסיה ואוקראינה הסכימו על חילופי שבויים בתיווך איחוד האמירויות.", "RETREAT"),
        # missiles into the sea strike nothing
        ("קוריאה הצפונית ירתה טיל בליסטי לעבר ים יפן.", "ASSAULT"),
        # blocked aid is not aid
        ("הונגריה מנעה את אישור חבילת הסיוע האירופית לאוקראינה.", "AID"),
        ("ישראל מונעת את העברת הסיוע לעזה.", "AID"),
        # a foiled attack did not take place
        ('השב"כ סיכל פיגוע התאבדות בתל אביב.', "ASSAULT"),
        # an anniversary of a treaty is no new agreement
        ("ישראל וירדן מציינות 30 שנה להסכם השלום.", "AGREE"),
    ],
)
def test_round12_no_event(sentence, absent):
    assert not any(t[0] == absent for t in coded_tuples(sentence, "he", DATE))


def test_round12_weapon_is_not_a_second_attacker():
    # the drones that hit the base are the weapon, not an attack by the base's owner
    assert ("ASSAULT", ("USA",), ()) not in coded_tuples(
        "בסיס אמריקני בסוריה הותקף ברחפני נפץ.", "he", DATE
    )


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # prefix-conjugation forms announce an act: modality future
        ("ארצות הברית תטיל סנקציות על איראן.", "SANCTION"),
        ("חמאס ישחרר שלוש חטופות.", "RETREAT"),
        ("גרמניה תתנגד להצעה הצרפתית.", "REJECT"),
        ("מצרים תארח את המשלחות.", "CONSULT"),
        ("איראן תתקוף את ישראל.", "ASSAULT"),
        ("ישראל תסייע לטורקיה בחילוץ הנפגעים.", "AID"),
        ("ארצות הברית תנתק את היחסים עם ניקרגואה.", "SANCTION"),
    ],
)
def test_round12_future_forms(sentence, etype):
    assert ("future", False) in modalities(sentence, etype)
    assert not happened(sentence, etype)


@pytest.mark.parametrize(
    "sentence, etype, want",
    [
        # fearing an attack: the attack may come
        ("בישראל חוששים מתקיפה של חזבאללה.", "ASSAULT", ("hypothetical", False)),
        # refraining from a military response: it did not happen
        ("איראן נמנעה מתגובה צבאית.", "ASSAULT", ("asserted", True)),
        # a deal that will not be renewed
        ("רוסיה לא תחדש את עסקת הדגנים.", "AGREE", ("future", True)),
    ],
)
def test_round12_modality(sentence, etype, want):
    assert want in modalities(sentence, etype)


# Guards for the entries changed above (they passed before the change too).
@pytest.mark.parametrize(
    "sentence, want",
    [
        # signing a hostage deal stays an agreement (the stop phrase for "על עסקת" is
        # inside the signing phrase)
        ("ישראל וחמאס חתמו על עסקת חטופים.", ("AGREE", ("ISR", "PSE"), ())),
        # past and present forms keep their modality
        ("ארצות הברית הטילה סנקציות חדשות על איראן.", ("SANCTION", ("USA",), ("IRN",))),
        ("ישראל ומצרים חתמו על הסכם השלום ב-1979.", ("AGREE", ("ISR", "EGY"), ())),
    ],
)
def test_round12_guards(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)
    assert happened(sentence, want[0])
