"""Arabic triggers and cues changed in round 16 (data/ar/triggers.yaml, data/ar/grammar.yaml):
objects that open a country description after a masdar or a verb (claimed shoot-downs, seized
tankers, withdrawn forces), summoning an envoy versus recalling one's own, the verb of an air
raid, ratifying a deal with the subject between, the jussive of yielding after لم, stopping
trade, a call received, holding a summit, taking part in talks, opposing, a state of
emergency; and stop phrases and cues for "required" (استدعى), conflicting with (يتعارض مع),
months of talks as background, and visits put off (أجلت).
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("ar", DATE)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "sentence, want",
    [
        # a shoot-down claimed by the one who did it: the aircraft's description is the object
        ("أعلن الجيش الباكستاني إسقاط طائرة مسيرة هندية فوق كشمير.",
         ("ASSAULT", ("PAK",), ("IND",))),
        ("أعلنت كييف إسقاط مروحية روسية فوق خاركيف.", ("ASSAULT", ("UKR",), ("RUS",))),
        # seizing a tanker with a country description, after a masdar or verb-first
        ("أعلنت لندن احتجاز ناقلة نفط إيرانية قبالة جبل طارق.", ("COERCE", ("GBR",), ("IRN",))),
        ("احتجزت البحرية الإيرانية ناقلة نفط بريطانية في مضيق هرمز.",
         ("COERCE", ("IRN",), ("GBR",))),
        # one's own forces withdrawn, told with the masdar: the country left is the recipient
        ("أعلن البنتاغون سحب القوات الأمريكية من العراق.", ("RETREAT", ("USA",), ("IRQ",))),
        # summoning another state's envoy is an official complaint
        ("استدعت الخارجية المصرية السفير الإسرائيلي لدى القاهرة.",
         ("ACCUSE", ("EGY",), ("ISR",))),
        ("استدعت وزارة الخارجية الجزائرية السفير الفرنسي احتجاجا على تصريحات الرئيس ماكرون.",
         ("ACCUSE", ("DZA",), ("FRA",))),
        # recalling one's own ambassador for consultations is a sanction
        ("استدعت الحكومة الفرنسية سفيرها لدى الجزائر للتشاور.",
         ("SANCTION", ("FRA",), ("DZA",))),
        # the verb of an air raid
        ("أغارت طائرات إسرائيلية على مواقع عسكرية قرب دمشق.", ("ASSAULT", ("ISR",), ("SYR",))),
        # ratifying a deal, the parliament between the verb and the deal
        ("أقر البرلمان الأردني اتفاقية الغاز مع إسرائيل.", ("AGREE", ("JOR",), ("ISR",))),
        # stopping trade with a state
        ("أعلنت تركيا وقف جميع التعاملات التجارية مع إسرائيل.",
         ("SANCTION", ("TUR",), ("ISR",))),
        # a call received: the one after "من" calls
        ("تلقى ولي العهد السعودي اتصالا هاتفيا من الرئيس الفرنسي.",
         ("CONSULT", ("FRA",), ("SAU",))),
        ("تلقى الرئيس المصري اتصالا هاتفيا من نظيره الفرنسي.", ("CONSULT", ("FRA",), ("EGY",))),
        # holding a summit with the participants between the verb and the summit
        ("عقدت مصر والأردن قمة ثلاثية مع العراق في بغداد.",
         ("CONSULT", ("EGY", "JOR"), ("IRQ",))),
        # taking part in talks
        ("شاركت تركيا في المحادثات بين روسيا وأوكرانيا في إسطنبول.",
         ("CONSULT", ("TUR",), ("RUS", "UKR"))),
        # opposing is a rejection
        ("عارضت فرنسا وألمانيا انضمام أوكرانيا إلى الحلف.",
         ("REJECT", ("FRA", "DEU"), ("UKR",))),
        ("تعارض روسيا توسع حلف شمال الأطلسي شرقا.", ("REJECT", ("RUS",), ("IGO",))),
        # declaring a state of emergency
        ("أعلنت الحكومة الليبية حالة الطوارئ في المدن الساحلية.", ("COERCE", ("LBY",), ())),
    ],
)
def test_round16_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # the sixteen types in wire copy, verb first and subject first
        ("وقعت روسيا وكوريا الشمالية معاهدة للشراكة الاستراتيجية الشاملة.",
         ("AGREE", ("RUS", "PRK"), ())),
        ("بحث وزير الخارجية السعودي هاتفيا مع نظيره الإيراني تطورات الأوضاع في المنطقة.",
         ("CONSULT", ("SAU",), ("IRN",))),
        ("أعربت الصين عن تأييدها للمبادرة المصرية.", ("SUPPORT", ("CHN",), ("EGY",))),
        ("قدمت الكويت اعتذارا رسميا للعراق.", ("SUPPORT", ("KWT",), ("IRQ",))),
        ("قدّم رئيس الوزراء الباكستاني استقالته بعد احتجاجات واسعة.", ("CONCEDE", ("PAK",), ())),
        ("أجرت القوات المصرية والسعودية مناورات مشتركة في البحر الأحمر.",
         ("COOPERATE", ("EGY", "SAU"), ())),
        ("أعلنت السعودية تقديم مساعدات إنسانية بقيمة 50 مليون دولار للسودان.",
         ("AID", ("SAU",), ("SDN",))),
        ("أفرجت السلطات الإيرانية عن صحفية إيطالية بعد احتجازها ثلاثة أسابيع.",
         ("RETREAT", ("IRN",), ("ITA",))),
        ("طالبت الجامعة العربية مجلس الأمن بالتدخل لوقف العدوان على غزة.",
         ("REQUEST", ("IGO",), ("UNO",))),
        ("أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق الرئيس الروسي.",
         ("ACCUSE", ("IGO",), ("RUS",))),
        ("رفضت الجزائر الاتهامات المغربية جملة وتفصيلا.", ("REJECT", ("DZA",), ("MAR",))),
        ("هددت كوريا الشمالية باتخاذ إجراءات عسكرية ضد سيول.",
         ("THREATEN", ("PRK",), ("KOR",))),
        # held at the embassy: the state it belongs to is the target (eval/README.md)
        ("نظم مئات الطلاب وقفة احتجاجية أمام السفارة الأمريكية في بيروت.",
         ("PROTEST", ("LBN",), ("USA",))),
        ("فرضت بريطانيا عقوبات على ثلاثة مسؤولين إيرانيين.", ("SANCTION", ("GBR",), ("IRN",))),
        ("نشرت بكين سفنا حربية صينية قرب تايوان.", ("MOBILIZE", ("CHN",), ("TWN",))),
        ("صادرت السلطات الأمريكية ناقلة نفط فنزويلية في البحر الكاريبي.",
         ("COERCE", ("USA",), ("VEN",))),
        ("شنت القوات الأوكرانية هجوما بالمسيرات على مصفاة نفط روسية.",
         ("ASSAULT", ("UKR",), ("RUS",))),
        # a passive attack with an agent, and a target known by its flag
        ("قُتل جنديان إسرائيليان بنيران مقاتلين من حزب الله.", ("ASSAULT", ("LBN",), ("ISR",))),
        ("تعرضت سفينة تجارية يونانية لهجوم بطائرة مسيرة قبالة سواحل اليمن.",
         ("ASSAULT", (), ("GRC",))),
    ],
)
def test_round16_all_types(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # "استدعى" without an envoy is "required", not a summons
        ("مما استدعى تدخل وحدات من الجيش اللبناني لتهدئة الوضع.", "SANCTION"),
        ("مما استدعى تدخل وحدات من الجيش اللبناني لتهدئة الوضع.", "ACCUSE"),
        # recalling one's ambassador "for consultations" is no meeting
        ("استدعت الحكومة الفرنسية سفيرها لدى الجزائر للتشاور.", "CONSULT"),
        # "conflicts with" is no opposition
        ("يتعارض القرار مع القانون الدولي.", "REJECT"),
        # what is opposed has not happened
        ("أعلنت المجر معارضتها لفرض عقوبات جديدة على روسيا.", "SANCTION"),
        # months of talks are background to the step reported
        ("وقعت الدولتان الاتفاق بعد أشهر من المفاوضات الشاقة.", "CONSULT"),
        # a verbal attack on the government is no assault
        ("هاجم زعيم المعارضة الحكومة بشدة في خطاب أمام البرلمان.", "ASSAULT"),
    ],
)
def test_round16_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the jussive after لم: the yielding did not happen
        ("لم تستجب إسرائيل لمطالب الوسطاء بوقف العمليات العسكرية.", "CONCEDE"),
        # a visit put off, a summit not attended
        ("أجلت مصر زيارة وزير الخارجية الإثيوبي إلى القاهرة.", "CONSULT"),
        ("لم تشارك السعودية في القمة التي عقدت في طهران.", "CONSULT"),
        # a possible sanction
        ("قد تفرض واشنطن عقوبات جديدة على طهران إذا استمرت في تخصيب اليورانيوم.", "SANCTION"),
    ],
)
def test_round16_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_round16_jussive_yielding_is_coded_negated():
    events = code_text("لم تستجب إسرائيل لمطالب الوسطاء بوقف العمليات العسكرية.", "ar", DATE)
    assert any(
        e.event_type == "CONCEDE" and e.negated and [a.country for a in e.actor] == ["ISR"]
        for e in events
    )
