"""Hebrew data changed in round 23 (data/he/triggers.yaml, grammar.yaml,
aliases/country_forms.yaml), probed with maritime incidents, espionage and cyber attacks,
embassies, prisoner swaps and hostages, nuclear inspections, gas cut-offs, borders and migrants,
peacekeepers, exercises, arms embargoes, elections and extradition, told as headlines, policy
prose, long sentences with two or three events and events told through their consequences:
boarding a vessel (עלה על מכלית) and seizing it named as a noun with the vessel's flag
(תפיסת המכלית הבריטית בידי איראן) are coercion; attacking a party's computers (תקפו את
מחשבי) is a cyber attack, not an armed one; reopening embassies with a possessive
(פתחו מחדש את שגרירויותיהן) and exchanging ambassadors restore relations (cooperation, not an
eased restriction); expelling a diplomat in the present (מגרשת) or future (תגרש), cutting gas
with the subject after the verb (הפסיקה רוסיה את אספקת הגז), closing the border in the
infinitive or future (לסגור את הגבול, תסגור את גבולה) and leaving an initiative or a bloc
(פרשה מיוזמת התבואה) are sanctions, lifting an embargo eases one; pardoning (חננה),
handing hostages to the Red Cross and unfreezing a party's funds are releases or eased
sanctions; firing at a target (ירה על) is an
attack, and wounded "from" fire (נפצעו מירי) an attack on the victims' state with no named
author, dropped when no party is named; pushing migrants back (החזיר מהגרים) or returning
refugees by force is expulsion; recognising a candidate's victory or an election's results is
support, also in the future (לא תכיר, negated); closing borders named with a plural
possessive (גבולותיהן) is a sanction. Plural demonyms of Venezuela, Colombia, Chad, Moldova
and Albania name their state ("מהגרים ונצואלים"). No event: a threat of attack named as the cause of a precaution (בשל
איום בתקיפה); "will not allow (לא תאפשר) inspectors to visit" negates the visit. Each
sentence was written for this test in the style of Hebrew news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-01-01"

_coder = Coder("he", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # maritime: boarding and seizing vessels
        ("חיל הים הצרפתי עלה על מכלית של צי הצללים הרוסי מול חופי בריטני.",
         ("COERCE", ("FRA",), ("RUS",))),
        ("כוחות קומנדו אמריקניים עלו על ספינה איראנית בים הערבי.", ("COERCE", ("USA",), ("IRN",))),
        ("תפיסת המכלית הבריטית בידי איראן עוררה זעם בלונדון.", ("COERCE", ("IRN",), ("GBR",))),
        # cyber
        ("האקרים רוסים תקפו את מחשבי הפרלמנט הגרמני.", ("COERCE", ("RUS",), ("DEU",))),
        # embassies and diplomats
        ("איראן וסעודיה פתחו מחדש את שגרירויותיהן שבע שנים אחרי ניתוק היחסים.",
         ("COOPERATE", ("IRN", "SAU"), ())),
        ("בריטניה פתחה מחדש את שגרירותה בטהרן.", ("COOPERATE", ("GBR",), ("IRN",))),
        ("מצרים וטורקיה החליפו שגרירים לראשונה מאז 2013.", ("COOPERATE", ("EGY", "TUR"), ())),
        ("הודו מגרשת דיפלומט קנדי בכיר", ("SANCTION", ("IND",), ("CAN",))),
        ("הולנד תגרש את הנספח הצבאי של איראן, הודיע שר החוץ.", ("SANCTION", ("NLD",), ("IRN",))),
        # prisoners, hostages and frozen funds
        ("בלארוס חננה ושחררה שני אזרחים ליטאים ופולני אחד.", ("RETREAT", ("BLR",), ("LTU", "POL"))),
        ("חמאס מסר לצלב האדום שלוש חטופות ישראליות.", ("RETREAT", ("PSE",), ("ISR",))),
        ("ארצות הברית הפשירה שישה מיליארד דולר מכספי איראן.", ("RETREAT", ("USA",), ("IRN",))),
        # peacekeepers and fire
        ('צה"ל ירה על עמדה של כוח יוניפי"ל בדרום לבנון.', ("ASSAULT", ("ISR",), ("UNO",))),
        ("שלושה חיילי שלום אינדונזים נפצעו מירי בדרום לבנון.", ("ASSAULT", (), ("IDN",))),
        ("שני חיילים ישראלים נפצעו מירי צלפים.", ("ASSAULT", (), ("ISR",))),
        # gas, borders, initiatives
        ("במאי 2022 הפסיקה רוסיה את אספקת הגז לפינלנד.", ("SANCTION", ("RUS",), ("FIN",))),
        ("פולין החליטה לסגור את הגבול עם בלארוס.", ("SANCTION", ("POL",), ("BLR",))),
        ("פינלנד תסגור את גבולה עם רוסיה עד להודעה חדשה.", ("SANCTION", ("FIN",), ("RUS",))),
        ("רוסיה פרשה מיוזמת התבואה ביולי 2023.", ("SANCTION", ("RUS",), ())),
        # lifting an embargo
        ("האיחוד האירופי הסיר את אמברגו הנשק על סוריה.", ("RETREAT", ("EUR",), ("SYR",))),
        ("ארצות הברית ביטלה את האמברגו על קובה.", ("RETREAT", ("USA",), ("CUB",))),
        # migrants and refugees, with the plural demonyms
        ("ארצות הברית גירשה מאות מהגרים ונצואלים.", ("COERCE", ("USA",), ("VEN",))),
        ("ארצות הברית גירשה מאות מהגרים קולומביאנים.", ("COERCE", ("USA",), ("COL",))),
        ("סודן גירשה אלפי פליטים צ'אדים.", ("COERCE", ("SDN",), ("TCD",))),
        ("רומניה עצרה שני אזרחים מולדובים בחשד לריגול.", ("COERCE", ("ROU",), ("MDA",))),
        ("משמר הגבול הפולני החזיר מאות מהגרים אל שטח בלארוס.", ("COERCE", ("POL",), ("BLR",))),
        ("טורקיה החזירה בכפייה אלפי פליטים סורים לסוריה.", ("COERCE", ("TUR",), ("SYR",))),
        # recognising an election result, also in the future and negated
        ("רוסיה הכירה בניצחונו של מדורו בבחירות.", ("SUPPORT", ("RUS",), ("VEN",))),
        ("בריטניה הודיעה כי לא תכיר בתוצאות הבחירות ברוסיה.", ("SUPPORT", ("GBR",), ("RUS",))),
        # closing borders named with a plural possessive
        ("לטביה ואסטוניה סגרו את גבולותיהן בפני אזרחים רוסים.",
         ("SANCTION", ("LVA", "EST"), ("RUS",))),
    ],
)
def test_round23_triggers(sentence, want):
    assert want in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # cooperation, not an eased restriction
        ("בריטניה פתחה מחדש את שגרירותה בטהרן.", ("RETREAT", ("GBR",), ("IRN",))),
        # the victims' state is not the author of the attack on them; an attack on computers
        # is not an armed attack
        ("האקרים רוסים תקפו את מחשבי הפרלמנט הגרמני.", ("ASSAULT", ("RUS",), ("DEU",))),
        # the migrants' state is theirs, not the expelling state's
        ("ארצות הברית גירשה מאות מהגרים ונצואלים.", ("COERCE", ("USA",), ("USA",))),
        # a lifted embargo is no new sanction
        ("האיחוד האירופי הסיר את אמברגו הנשק על סוריה.", ("SANCTION", ("EUR",), ("SYR",))),
        # recalling an ambassador is no restoring of relations
        ("ישראל החזירה את שגרירה מאנקרה להתייעצויות.", ("COOPERATE", ("ISR",), ("TUR",))),
        # the seizing state is not the vessel's flag
        ("תפיסת המכלית הבריטית בידי איראן עוררה זעם בלונדון.", ("COERCE", ("IRN",), ())),
    ],
)
def test_round23_not_coded(sentence, wrong):
    assert wrong not in coded_tuples(sentence, "he", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a threat named as the cause of a precaution has no author
        ("שגרירות ארצות הברית בקייב נסגרה זמנית בשל איום בתקיפה אווירית.", "THREATEN"),
        # wounded where no party is named: no event
        ("שני אזרחים נפצעו מירי בג'נין.", "ASSAULT"),
        # "will not allow inspectors to visit"
        ('טהרן הודיעה כי לא תאפשר לפקחי סבא"א לבקר במתקן פורדו.', "CONSULT"),
        # "Hamas said that" is no handing over
        ("בחמאס מסרו כי שלושה חטופים נהרגו.", "RETREAT"),
        # embassies to be reopened under an agreement are not reopened yet
        ("ארצות הברית וקובה הסכימו לחדש את היחסים הדיפלומטיים ולפתוח מחדש שגרירויות.", "COOPERATE"),
        # leaving a frame is no withdrawal from a deal
        ("השר יצא מהמסגרת שנקבעה לו.", "SANCTION"),
        # "will not recognise" the results: negated
        ("בריטניה הודיעה כי לא תכיר בתוצאות הבחירות ברוסיה.", "SUPPORT"),
        # refugees returned home by an agency are not expelled
        ('נציבות האו"ם לפליטים החזירה אלפי פליטים לבתיהם.', "COERCE"),
    ],
)
def test_round23_no_event(sentence, etype):
    assert not _coder.happened(sentence, etype)
