"""Arabic event coding end to end (data/ar/triggers.yaml, grammar.yaml): classes of
non-events that must not be coded, and event reports that must be.

All sentences are written for these tests.
"""

import pytest

from detente.events import code_text


def _types(text, date="2024-05-01"):
    return list(code_text(text, lang="ar", date=date))


def _has(text, etype):
    return any(e.event_type == etype for e in _types(text))


def _asserted(text, etype):
    return any(
        e.event_type == etype and not e.negated and e.modality in ("asserted", "reported")
        for e in _types(text)
    )


# Non-events: a protest or attack word in another sense, or an attack as a topic.
NOT_EVENTS = [
    # the peace process ("المسيرة السلمية", "مسيرة السلام") is not a march
    ("تحدث الوزير المصري عن تعثر المسيرة السلمية بين الفلسطينيين والإسرائيليين منذ سنوات.", "PROTEST"),
    ("قال الرئيس الفلسطيني إن مسيرة السلام مع إسرائيل وصلت إلى طريق مسدود.", "PROTEST"),
    # an ordinal or a superlative ranks attacks: commentary on events told elsewhere
    ("وهذا رابع هجوم انتحاري تشهده المدينة منذ مطلع العام.", "ASSAULT"),
    ("ووصف المحللون ما جرى بأنه أعنف هجوم منذ سنوات.", "ASSAULT"),
    # a strike or invasion noun as a topic
    ("قال الخبير إن أي ضربة عسكرية لإيران سترفع أسعار النفط.", "ASSAULT"),
    ("تراجع الاقتصاد العراقي كثيرا منذ الغزو.", "ASSAULT"),
    # figurative "erupted"
    ("وتفجر الخلاف بين الحزبين حول قانون الانتخابات.", "ASSAULT"),
    # a press or advertising campaign
    ("شنت الشركة حملة إعلانية واسعة في الأسواق الخليجية.", "ASSAULT"),
    # a nuclear test is not an attack
    ("أعلنت كوريا الشمالية أنها فجرت قنبلتها النووية الثانية تحت الأرض.", "ASSAULT"),
    # stopping rocket fire is a ceasefire term, not rocket fire
    ("اشترطت مصر وقف إطلاق الصواريخ مقابل إعادة فتح المعابر.", "ASSAULT"),
    # a relative clause identifies a person by a past act: background, not the report
    ("التقى الوزير أسر الصحفيين الذين اختطفتهم العصابة قبل سنوات.", "ASSAULT"),
    ("زار الوفد قبر القائد الذي اغتالته المجموعة عام 1990.", "ASSAULT"),
    ("قدم السفير تعازيه لعائلات الذين قتلوا في الاعتداءات.", "ASSAULT"),
    # figurative "stole the show"
    ("خطفت الممثلة الأضواء في افتتاح المهرجان.", "ASSAULT"),
    # what protesters do during a protest told elsewhere elaborates it
    ("ورفع المتظاهرون لافتات تطالب بالإصلاح.", "PROTEST"),
    ("وهتف المتظاهرون بشعارات ضد الحكومة.", "PROTEST"),
    ("ورشق المتظاهرون الشرطة بالحجارة.", "PROTEST"),
    # "هاجم" with an abstract or political object is criticism
    ("وهاجم المرشح الجمهوري خطة منافسه الاقتصادية.", "ASSAULT"),
    # the police dispersing protesters is not itself a protest report
    ("فرقت الشرطة المتظاهرين بالقوة.", "PROTEST"),
]


@pytest.mark.parametrize("text,etype", NOT_EVENTS)
def test_not_an_event(text, etype):
    assert not _has(text, etype), [e.why for e in _types(text) if e.event_type == etype]


# Event reports that must be coded (the report itself, with or without a named actor).
EVENTS = [
    ("نفذت القوات الأمريكية ضربة جوية على مواقع للمسلحين في الصومال أمس.", "ASSAULT"),
    ("وجهت إسرائيل ضربة جوية لمواقع في سوريا ليلة الأربعاء.", "ASSAULT"),
    ("قتل خمسة مدنيين في ضربة جوية قرب الحدود.", "ASSAULT"),
    ("وقال المصدر إن هجوما انتحاريا بسيارة مفخخة استهدف حاجزا للشرطة صباح اليوم.", "ASSAULT"),
    ("نجا المحافظ من محاولة اغتيال بتفجير انتحاري قرب منزله.", "ASSAULT"),
    ("فجر انتحاري سيارة مفخخة أمام مركز للشرطة.", "ASSAULT"),
    ("بدأت القوات الروسية عملية عسكرية في أوكرانيا فجر اليوم.", "ASSAULT"),
    ("شارك الآلاف في مسيرة سلمية وسط العاصمة للمطالبة بالإصلاح.", "PROTEST"),
    ("نظم الطلاب مسيرة سلمية أمام مبنى الجامعة.", "PROTEST"),
    # protesters as the subject of a verb of taking to or blocking the streets
    ("وأغلق المتظاهرون الطريق الرئيسي إلى المطار.", "PROTEST"),
    ("وتوجه آلاف المتظاهرين إلى مقر البرلمان.", "PROTEST"),
    ("آلاف المحتجين خرجوا إلى ساحة المدينة للاحتجاج على الأسعار.", "PROTEST"),
    # a finite verb of abduction or assassination whose doer is no coded actor
    ("خطفت مجموعة مسلحة أربعة مهندسين على طريق المطار.", "ASSAULT"),
    ("اغتال مسلحون ضابطا في الشرطة أمام منزله.", "ASSAULT"),
    ("وأصيب عشرة أشخاص إثر غارة إسرائيلية على جنوب لبنان.", "ASSAULT"),
    ("هاجم الجيش الإسرائيلي مواقع للمسلحين قرب الحدود.", "ASSAULT"),
]


@pytest.mark.parametrize("text,etype", EVENTS)
def test_event_coded(text, etype):
    assert _has(text, etype)


def test_declared_ceasefire_is_not_fire():
    text = "أوصى المؤتمر بإعلان وقف إطلاق النار في الإقليم."
    types = {e.event_type for e in _types(text)}
    assert "ASSAULT" not in types


def test_were_killed_during_is_passive():
    """Unvocalised "قتلوا خلال ..." is "were killed during": the victims are not the actor."""
    text = "قال المسؤول إن آلاف المدنيين العراقيين قتلوا خلال الحرب."
    for e in _types(text):
        if e.event_type == "ASSAULT":
            assert "IRQ" not in {a.country for a in e.actor}


@pytest.mark.parametrize(
    "text",
    [
        "أجرت القوات تدريبات تحسبا لأي هجوم على القاعدة.",
        "أرسل الجيش تعزيزات استعدادا لشن هجوم على المدينة.",
    ],
)
def test_precaution_and_preparation_are_not_asserted(text):
    assert not _asserted(text, "ASSAULT")


# -- recall classes (verb-first gaps, masdars, instruments, stop phrases) -------------------


def _tuples(text):
    return {
        (e.event_type, tuple(sorted({a.country for a in e.actor if a.country})),
         tuple(sorted({r.country for r in e.recipient if r.country})))
        for e in _types(text)
    }


@pytest.mark.parametrize(
    "text,want",
    [
        # leaving a treaty or bloc is SANCTION, also with the subject between verb and "من"
        ("انسحبت روسيا من معاهدة الأجواء المفتوحة العام الماضي.", ("SANCTION", ("RUS",), ())),
        ("انسحب الرئيس الأمريكي من اتفاقية باريس للمناخ.", ("SANCTION", ("USA",), ())),
        # blaming: "حمّل X المسؤولية" with the blamed party between verb and object
        ("لكن وزير الخارجية الفرنسي حمّل روسيا المسؤولية عن التصعيد.", ("ACCUSE", ("FRA",), ("RUS",))),
        # a named military operation against a party
        ("أطلق الجيش التركي عملية «المخلب» ضد مسلحين في شمال العراق.", ("ASSAULT", ("TUR",), ("IRQ",))),
        # missiles launched towards a country
        ("أطلقت كوريا الشمالية صواريخ باتجاه اليابان.", ("ASSAULT", ("PRK",), ("JPN",))),
        # the strike as the instrument of a killing: its adjective is the author
        ("قتل ضابط أمريكي بغارة إيرانية.", ("ASSAULT", ("IRN",), ("USA",))),
    ],
)
def test_recall_classes(text, want):
    got = _tuples(text)
    assert any(
        t == want[0] and set(want[1]) <= set(a) and set(want[2]) <= set(r) for t, a, r in got
    ), got


def test_subject_inside_a_wider_gap():
    """VSO: a list of subjects stands between the verb and its object."""
    text = "قطعت الكويت والأردن وتونس علاقاتها مع الدولة المعتدية."
    assert _has(text, "SANCTION")


def test_expelled_diplomats_keep_their_country():
    """The trigger must not swallow the first word of the diplomats' mention."""
    text = "قررت ألمانيا طرد دبلوماسيين روس بعد الهجوم الإلكتروني."
    assert ("SANCTION", ("DEU",), ("RUS",)) in _tuples(text)


def test_airdrop_is_aid_not_a_shootdown():
    text = "أسقطت طائرات فرنسية مساعدات طبية على المدينة المحاصرة."
    assert _has(text, "AID")
    assert not _has(text, "ASSAULT")


def test_let_in_with_the_subject_between():
    text = "وسمحت السلطات المصرية بإدخال شاحنات وقود إلى القطاع."
    assert _has(text, "RETREAT")


def test_protesters_took_to_the_streets_verb_first():
    text = "خرج آلاف الأردنيين أمس إلى الشوارع احتجاجا على رفع الأسعار."
    assert _has(text, "PROTEST")


@pytest.mark.parametrize(
    "text,etype",
    [
        # the masdar with the article names denial as a topic
        ("تراجعت الحكومة بعد أشهر من النفي.", "REJECT"),
        # "فجراً" (at dawn) is not the dual verb "the two detonated"
        ("وصل الوفد الساعة الرابعة فجرا وكانت سيارة تنتظره.", "ASSAULT"),
    ],
)
def test_stop_readings(text, etype):
    assert not _has(text, etype), [e.why for e in _types(text) if e.event_type == etype]


def test_temporal_phrase_is_not_a_recipient():
    """"غداة زيارة ..." opens a phrase about another event: its participants are not the
    recipient of the drills."""
    text = "أجرت البحرية الروسية مناورات قرب السواحل غداة زيارة وزير الخارجية الأمريكي."
    for e in _types(text):
        if e.event_type == "MOBILIZE":
            assert "USA" not in {r.country for r in e.recipient}


def test_reaching_agreement_with_the_parties_between():
    """"توصل X وY إلى اتفاق": the masdar or verb with its subject before the preposition."""
    text = "رحبت الجزائر بتوصل مالي والنيجر إلى اتفاق لوقف إطلاق النار على الحدود."
    assert _has(text, "AGREE")
    assert _has(text, "RETREAT")


def test_dual_feminine_reached_agreement():
    text = "توصلتا أوزبكستان وطاجيكستان إلى تفاهم بشأن الحدود."
    assert _has(text, "AGREE")


def test_sponsorship_is_mediation():
    text = "استؤنفت المحادثات بين السودان وجنوب السودان برعاية إثيوبية."
    assert _has(text, "CONSULT")


def test_care_is_not_sponsorship():
    text = "قدمت الوزارة الرعاية الصحية لآلاف اللاجئين."
    assert not _has(text, "CONSULT")


def test_feminine_circumstantial_accusation():
    text = "استدعت الجزائر السفير الفرنسي، متهمة فرنسا بالتدخل في شؤونها."
    assert ("ACCUSE", ("DZA",), ("FRA",)) in _tuples(text)


def test_feminine_passive_accused_is_not_circumstantial():
    """Right before the charge "متهمة" is the passive "accused of": no accuser."""
    text = "قال التقرير إن الشبكة متهمة بتهريب الأسلحة."
    assert not any(e.event_type == "ACCUSE" and e.actor for e in _types(text))


def test_objection_with_the_subject_between():
    text = "ولم تعترض الحكومة الأردنية على المقترح المصري."
    assert _has(text, "REJECT")


def test_readmission_eases_and_supports():
    text = "قرر مجلس الاتحاد الأفريقي استئناف مشاركة مالي في أنشطته."
    assert _has(text, "RETREAT")
    assert _has(text, "SUPPORT")


def test_peacekeepers_are_aid_not_mobilization():
    text = "أعلنت كينيا أنها سترسل قوات حفظ سلام إلى هايتي."
    assert _has(text, "AID")
    assert not _has(text, "MOBILIZE")


def test_suspending_a_treaty_with_a_date_between():
    text = "وكانت روسيا قد علقت في فبراير العمل بمعاهدة الحد من الأسلحة."
    assert _has(text, "SANCTION")


def test_thanking_is_support():
    text = "شكرت بغداد الكويت على مساعداتها."
    assert _has(text, "SUPPORT")


def test_reserving_the_right_to_respond_is_a_threat():
    text = "أكدت طهران أنها تحتفظ بحق الرد على الاعتداء."
    assert _has(text, "THREATEN")


def test_using_chemical_weapons_is_an_attack():
    text = "استخدم الجيش السوري الأسلحة الكيميائية ضد المدنيين في الغوطة."
    assert _has(text, "ASSAULT")


def test_giving_up_chemical_weapons_is_no_attack():
    text = "تخلصت سوريا من الأسلحة الكيميائية."
    assert not _has(text, "ASSAULT")


def test_a_denial_in_a_which_clause_is_not_the_content_of_the_accusation():
    from event_helpers import coded_tuples

    got = {t[:2] for t in coded_tuples("اتهمت السعودية قطر بدعم الإرهاب، وهو ما نفته قطر.", "ar", "2017-06-05")}
    assert ("ACCUSE", ("SAU",)) in got and ("REJECT", ("QAT",)) in got


def test_masculine_daan_is_condemned():
    from event_helpers import coded_tuples

    got = coded_tuples("دان مجلس الأمن الهجوم الروسي على أوكرانيا.", "ar", "2024-01-01")
    assert ("ACCUSE", ("UNO",), ("RUS",)) in got
