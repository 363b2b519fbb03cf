"""Arabic triggers, cues and aliases changed in round 14 (data/ar/triggers.yaml,
data/ar/grammar.yaml, data/ar/roles.yaml, data/ar/aliases/): verb families read with the subject
between verb and object (VSO: lifting sanctions, stopping aid, sending weapons, deporting,
exchanging prisoners, returning remains), prison sentences and internet cuts, the author of an
attack named by a masculine resumptive verb, surviving an attack, joint drills, stop phrases for
statistics, hosted refugees and background detention, preparation and foiled plots as
not-happened, and surnames that are common words ("السلام", "العون", "بشكل كامل").
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("ar", DATE)
happened, types = _coder.happened, _coder.types


def countries(text: str, date: str = DATE) -> set[str]:
    return {
        p.country for e in code_text(text, "ar", date) for p in (*e.actor, *e.recipient)
    }


@pytest.mark.parametrize(
    "sentence, want",
    [
        # VSO: lifting or easing sanctions is the easing, not the sanctions
        ("رفعت الولايات المتحدة العقوبات المفروضة على سوريا.", ("RETREAT", ("USA",), ("SYR",))),
        ("خففت الولايات المتحدة العقوبات على فنزويلا.", ("RETREAT", ("USA",), ("VEN",))),
        # VSO: stopping aid is a suspension
        ("أوقفت الولايات المتحدة المساعدات العسكرية لأوكرانيا.",
         ("SANCTION", ("USA",), ("UKR",))),
        # VSO: sending weapons is military aid
        ("أرسلت ألمانيا منظومات دفاع جوي إلى أوكرانيا.", ("AID", ("DEU",), ("UKR",))),
        # a shipment "of" weapons
        ("جرى تسليم شحنة من الأسلحة الأمريكية إلى الجيش اللبناني.",
         ("AID", ("USA",), ("LBN",))),
        # exchanging prisoners, with the parties between or with "تبادل للأسرى": joint
        ("تبادلت روسيا وأوكرانيا مئات الأسرى بوساطة إماراتية.",
         ("RETREAT", ("RUS", "UKR"), ())),
        ("أجرت روسيا وأوكرانيا عملية تبادل للأسرى.", ("RETREAT", ("RUS", "UKR"), ())),
        # returning remains with the party between
        ("أعادت روسيا رفات جنود أوكرانيين إلى كييف.", ("RETREAT", ("RUS",), ("UKR",))),
        # shooting down with a count between the masdar and the aircraft
        ("أعلنت وزارة الدفاع الروسية إسقاط ثلاثين طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        # a prison sentence, the court between the verb and "بسجن"
        ("قضت محكمة روسية بسجن صحفي أمريكي ست سنوات.", ("COERCE", ("RUS",), ("USA",))),
        ("أصدرت محكمة روسية حكما بسجن صحفي أمريكي.", ("COERCE", ("RUS",), ("USA",))),
        # cutting the internet is censorship
        ("قطعت السلطات الإيرانية خدمة الإنترنت عن عدة مدن.", ("COERCE", ("IRN",), ())),
        # the author of an attack named by a masculine resumptive verb, or by one after
        # "في ضربة": the victims before it are the target
        ("لقي جنديان إسرائيليان مصرعهما في هجوم نفذه مقاتلو حماس شمال غزة.",
         ("ASSAULT", ("PSE",), ("ISR",))),
        ("قتل جنديان أمريكيان في ضربة شنتها القوات الإيرانية.",
         ("ASSAULT", ("IRN",), ("USA",))),
        # surviving an attack: the attack took place, the survivor is its target
        ("نجا الرئيس الصومالي من هجوم انتحاري.", ("ASSAULT", (), ("SOM",))),
        ("نجا رئيس الوزراء العراقي من محاولة اغتيال بطائرة مسيرة.",
         ("ASSAULT", (), ("IRQ",))),
        # a protest conveyed to the other party
        ("أبلغت فرنسا الجزائر احتجاجها على توقيف كاتب فرنسي.", ("ACCUSE", ("FRA",), ("DZA",))),
        # leaving a treaty told with the masdar and its pronoun
        ("أعلنت إيران انسحابها من الاتفاق النووي.", ("SANCTION", ("IRN",), ())),
        # joint drills are cooperation of all the parties
        ("أجرت القوات الأمريكية والفلبينية تدريبات عسكرية مشتركة.",
         ("COOPERATE", ("USA", "PHL"), ())),
        ("تجري القوات الروسية والصينية مناورات بحرية مشتركة في بحر اليابان.",
         ("COOPERATE", ("RUS", "CHN"), ())),
        # the Gulf states as a group
        ("وتعهدت دول الخليج بتقديم خمسة مليارات دولار لإعادة إعمار لبنان.",
         ("AGREE", ("IGO",), ("LBN",))),
        # Lebanese leaders named by title and surname
        ("استقبل الرئيس عون وزير الخارجية الفرنسي في بعبدا.", ("CONSULT", ("LBN",), ("FRA",))),
        ("التقى رئيس الحكومة سلام المبعوث الأمريكي.", ("CONSULT", ("LBN",), ("USA",))),
        ("التقى الرئيس بري السفيرة الأمريكية.", ("CONSULT", ("LBN",), ("USA",))),
    ],
)
def test_round14_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT: verb-first wire copy
        ("وقعت مصر والسودان مذكرة تفاهم للتعاون في مجال الطاقة.", ("AGREE", ("EGY", "SDN"), ())),
        ("اتفقت الجزائر وتونس على فتح معبر حدودي جديد.", ("AGREE", ("DZA", "TUN"), ())),
        ("استقبل الرئيس الجزائري وزير الخارجية الإيطالي في قصر المرادية.",
         ("CONSULT", ("DZA",), ("ITA",))),
        ("أجرى وزير الخارجية السعودي اتصالا هاتفيا بنظيره الإيراني.",
         ("CONSULT", ("SAU",), ("IRN",))),
        ("أعربت الكويت عن تضامنها مع المغرب إثر الزلزال المدمر.", ("SUPPORT", ("KWT",), ("MAR",))),
        ("اعترفت إسبانيا وأيرلندا والنرويج رسميا بدولة فلسطين.",
         ("SUPPORT", ("ESP", "IRL", "NOR"), ("PSE",))),
        ("قدم رئيس الوزراء الأردني استقالته إلى الملك.", ("CONCEDE", ("JOR",), ())),
        ("تعاونت الشرطة الإسبانية مع نظيرتها المغربية في تفكيك خلية إرهابية.",
         ("COOPERATE", ("ESP",), ("MAR",))),
        ("قدمت اليابان مساعدات إنسانية بقيمة عشرة ملايين دولار إلى السودان.",
         ("AID", ("JPN",), ("SDN",))),
        ("أفرجت السلطات الإيرانية عن صحفية إيطالية كانت محتجزة في طهران.",
         ("RETREAT", ("IRN",), ("ITA",))),
        # REQUEST, ACCUSE, REJECT, THREATEN
        ("طالبت الجامعة العربية إسرائيل بالانسحاب الفوري من جنوب لبنان.",
         ("REQUEST", ("IGO",), ("ISR",))),
        ("اتهمت السلطات الجزائرية المغرب بدعم جماعات انفصالية.", ("ACCUSE", ("DZA",), ("MAR",))),
        ("رفضت حماس المقترح الإسرائيلي الجديد لتبادل الأسرى.", ("REJECT", ("PSE",), ("ISR",))),
        ("هددت كوريا الشمالية باتخاذ إجراءات عسكرية ضد كوريا الجنوبية.",
         ("THREATEN", ("PRK",), ("KOR",))),
        # PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
        ("نظم عمال الموانئ في تونس إضرابا عن العمل للمطالبة برفع الأجور.",
         ("PROTEST", ("TUN",), ())),
        ("طردت فرنسا أربعة دبلوماسيين روس بتهمة التجسس.", ("SANCTION", ("FRA",), ("RUS",))),
        ("رفع الجيش الإسرائيلي حالة التأهب على الحدود الشمالية.", ("MOBILIZE", ("ISR",), ())),
        ("داهمت القوات الإسرائيلية مخيم جنين واعتقلت عشرة فلسطينيين.",
         ("COERCE", ("ISR",), ("PSE",))),
        ("شنت القوات الأمريكية غارات على مواقع الحوثيين في الحديدة.",
         ("ASSAULT", ("USA",), ("YEM",))),
    ],
)
def test_round14_all_types(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


def test_round14_deportation_by_the_authority():
    # "رحل" with people after the gap: the authority deports
    events = code_text("رحلت السلطات الليبية مئات المهاجرين إلى النيجر.", "ar", DATE)
    assert any(e.event_type == "COERCE" and [a.country for a in e.actor] == ["LBY"] for e in events)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the easing, the suspension and the leaving swallow the noun inside them
        ("رفعت الولايات المتحدة العقوبات المفروضة على سوريا.", "SANCTION"),
        ("أوقفت الولايات المتحدة المساعدات العسكرية لأوكرانيا.", "AID"),
        ("أعلنت إيران انسحابها من الاتفاق النووي.", "RETREAT"),
        # joint drills are not a mobilisation
        ("أجرت القوات الأمريكية والفلبينية تدريبات عسكرية مشتركة.", "MOBILIZE"),
        # a past state of detention is background to the release
        ("أفرجت السلطات الإيرانية عن صحفية إيطالية كانت محتجزة في طهران.", "COERCE"),
        # the volume of trade is a statistic
        ("ويبلغ حجم التبادل التجاري بين مصر والصين نحو 15 مليار دولار سنويا.", "COOPERATE"),
        # hosting refugees, or an event referred to by a relative clause, is no visit
        ("وتستضيف الأردن أكثر من مليون لاجئ سوري.", "CONSULT"),
        ("شاركت مصر في المناورات العسكرية التي تستضيفها السعودية.", "CONSULT"),
        # an answer to accusations told before is no new accusation
        ("ولم يصدر أي تعليق من الحكومة السودانية على الاتهامات.", "ACCUSE"),
    ],
)
def test_round14_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a foiled plot did not happen
        ("أحبطت قوات الأمن محاولة لتفجير سيارة مفخخة في بغداد.", "ASSAULT"),
        ("أعلنت الشرطة إحباط محاولة اغتيال وزير الداخلية.", "ASSAULT"),
        # what a party gets ready for has not happened
        ("تستعد إسرائيل لشن هجوم بري على رفح.", "ASSAULT"),
        ("تستعد المعارضة لتنظيم مظاهرات حاشدة يوم الجمعة.", "PROTEST"),
        # threats, warnings and planned meetings, as before
        ("هددت إسرائيل بشن هجوم واسع على لبنان.", "ASSAULT"),
        ("من المقرر أن يلتقي الرئيسان في جنيف الشهر المقبل.", "CONSULT"),
        ("لم تفرض واشنطن أي عقوبات جديدة على أنقرة.", "SANCTION"),
    ],
)
def test_round14_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_round14_survived_attack_happened():
    assert happened("نجا الرئيس الصومالي من هجوم انتحاري.", "ASSAULT")


@pytest.mark.parametrize(
    "sentence, date",
    [
        # "السلام" (peace) is not Nawaf Salam, "العون" (help) not Joseph Aoun
        ("رحبت مصر باستئناف مفاوضات السلام بين إسرائيل والفلسطينيين.", DATE),
        ("رحبت تركيا باستئناف مفاوضات السلام.", "2024-06-01"),
        ("دعت قطر إلى تقديم العون لغزة.", DATE),
        # "بشكل كامل" (completely) is not Abbas Kamel
        ("أرسلت مصر مساعدات بشكل كامل إلى غزة.", "2023-05-01"),
    ],
)
def test_round14_common_words_are_no_surnames(sentence, date):
    found = countries(sentence, date)
    assert "LBN" not in found and "UNO" not in found
    if "مصر" in sentence and "كامل" in sentence:
        assert ("AID", ("EGY",), ("PSE",)) in coded_tuples(sentence, "ar", date)
