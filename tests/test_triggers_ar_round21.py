"""Arabic triggers, cues and aliases added in round 21 (data/ar/triggers.yaml,
data/ar/grammar.yaml, data/ar/roles.yaml, data/ar/aliases/organisations.yaml), from a probe
of fresh news-style sentences: opening fire on someone (فتحت النار على), but not the
figurative fire on a government or critics; launching a ground operation (شنت عملية برية);
a meeting named by its masdar with a pronoun (خلال لقائه نظيره); depositing billions in a
central bank, shipping fuel to a state and paying out a loan tranche as aid; stopping gas
deliveries and suspending a state's membership with the actor between as sanctions;
dispersing protesters with the means before them (فرقت الشرطة بالغاز المسيل للدموع);
what a bombardment resulted in (أسفر القصف الإسرائيلي عن); condolences (عزى); a bomb going
off at a patrol, whose force is the target; executing a single protester; banning a march
(منعت السلطات مسيرة), which codes the ban but no protest; delivering a batch of a weapon
system; boycotting a vote with the masculine verb and its object (قاطع الناخبون الاستفتاء);
restricting the internet; scrapping or cutting tariffs and taking a state off a blacklist
(easing); deploying nuclear weapons or missiles (نشرت أسلحة نووية); security forces located
in a city (قوات الأمن في بغداد); the UN and Houthi adjectives (المبعوث الأممي، قيادات حوثية).
And what they must not code: the cause of a strike (أضرب ... احتجاجا على) is no separate
complaint, what protesters march for (للمطالبة ب، مظاهرات تطالب ب) no separate demand (the
grammar list is compared in match form, مطالبه), clashes with no parties named as the time
of another act (عقب اشتباكات دامية) are background, and a batch (الدفعة الأولى من مقاتلات)
is no deployment (دفع).
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ar", DATE)
happened, types, tuples, modalities = _coder.happened, _coder.types, _coder.tuples, _coder.modalities


@pytest.mark.parametrize(
    "sentence, want",
    [
        # opening fire, a ground operation, a bombardment's toll, a bomb at a patrol
        ("فتحت الشرطة الإسرائيلية النار على مصلين فلسطينيين في باحات الأقصى.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("شنت إسرائيل عملية برية واسعة في رفح جنوب قطاع غزة.", ("ASSAULT", ("ISR",), ("PSE",))),
        (
            "وأسفر القصف الإسرائيلي على مدرسة تؤوي نازحين في غزة عن مقتل عشرين فلسطينيا.",
            ("ASSAULT", ("ISR",), ("PSE",)),
        ),
        ("انفجرت عبوة ناسفة بدورية للجيش اللبناني في طرابلس.", ("ASSAULT", (), ("LBN",))),
        ("قتل ثلاثة متظاهرين برصاص قوات الأمن في بغداد.", ("ASSAULT", ("IRQ",), ("IRQ",))),
        # dispersing protesters with tear gas before them, banning a march
        (
            "فرّقت الشرطة التونسية بالغاز المسيل للدموع مئات المحتجين الذين تجمعوا أمام مقر البرلمان.",
            ("COERCE", ("TUN",), ("TUN",)),
        ),
        ("منعت السلطات الجزائرية مسيرة للمعارضة في العاصمة.", ("COERCE", ("DZA",), ("DZA",))),
        # a meeting named by its masdar with a pronoun, condolences, a UN envoy meeting Houthis
        (
            "أكد الرئيس المصري عبد الفتاح السيسي خلال لقائه نظيره الفلسطيني محمود عباس دعم مصر الكامل للقضية الفلسطينية.",
            ("CONSULT", ("EGY",), ("PSE",)),
        ),
        (
            "أكد الرئيس المصري عبد الفتاح السيسي خلال لقائه نظيره الفلسطيني محمود عباس دعم مصر الكامل للقضية الفلسطينية.",
            ("SUPPORT", ("EGY",), ("PSE",)),
        ),
        ("عزى ملك البحرين الرئيس الإيراني في ضحايا تحطم المروحية.", ("SUPPORT", ("BHR",), ("IRN",))),
        (
            "التقى المبعوث الأممي إلى اليمن هانس غروندبرغ بقيادات حوثية في صنعاء.",
            ("CONSULT", ("UNO",), ("YEM",)),
        ),
        # aid: a deposit, fuel shipments, a loan tranche, a batch of a weapon system
        (
            "أودعت السعودية خمسة مليارات دولار في البنك المركزي المصري لدعم احتياطاته من النقد الأجنبي.",
            ("AID", ("SAU",), ("EGY",)),
        ),
        ("أرسلت قطر شحنات من الوقود إلى لبنان لتشغيل محطات توليد الكهرباء.", ("AID", ("QAT",), ("LBN",))),
        (
            "وافق المجلس التنفيذي لصندوق النقد الدولي على صرف شريحة جديدة بقيمة 820 مليون دولار لمصر.",
            ("AID", ("IGO",), ("EGY",)),
        ),
        ("سلمت روسيا الهند الدفعة الأخيرة من منظومة إس-400.", ("AID", ("RUS",), ("IND",))),
        # sanctions: stopping gas deliveries, suspending membership
        ("أوقفت روسيا ضخ الغاز إلى مولدوفا مع انتهاء اتفاق العبور.", ("SANCTION", ("RUS",), ("MDA",))),
        ("علق الاتحاد الإفريقي عضوية النيجر عقب الانقلاب العسكري.", ("SANCTION", ("IGO",), ("NER",))),
        # a boycott by voters with the masculine verb, internet restrictions
        ("قاطع الناخبون الجزائريون الاستفتاء على الدستور بنسبة كبيرة.", ("PROTEST", ("DZA",), ())),
        ("فرضت السلطات الإيرانية قيودا على الإنترنت بعد اندلاع الاحتجاجات.", ("COERCE", ("IRN",), ())),
        # scrapping tariffs and taking a state off a blacklist ease; deploying nuclear weapons
        ("ألغت الولايات المتحدة الرسوم الجمركية على السلع المكسيكية.", ("RETREAT", ("USA",), ("MEX",))),
        ("رفعت واشنطن اسم السودان من قائمة الدول الراعية للإرهاب.", ("RETREAT", ("USA",), ("SDN",))),
        ("نشرت روسيا أسلحة نووية تكتيكية في بيلاروسيا.", ("MOBILIZE", ("RUS",), ("BLR",))),
        # background clashes with both parties named are still coded, each on the other
        (
            "وفرضت السلطات حظر التجول عقب اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع.",
            ("ASSAULT", ("SDN",), ("SDN",)),
        ),
    ],
)
def test_round21_coded(sentence, want):
    assert want in tuples(sentence)


def test_round21_execution_of_a_protester():
    sentence = "أعدمت السلطات الإيرانية متظاهرا شارك في احتجاجات 2022."
    assert ("ASSAULT", ("IRN",), ()) in tuples(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the cause of a strike and what protesters march for are what the protest is about
        ("أضرب آلاف المعلمين المغاربة عن العمل احتجاجا على تجميد رواتبهم.", "ACCUSE"),
        ("تظاهر آلاف الإسرائيليين في تل أبيب للمطالبة بإبرام صفقة لإطلاق سراح المحتجزين.", "REQUEST"),
        # a batch of fighter jets is no deployment ("دفعة" read as "دفع")
        ("تسلمت مصر الدفعة الأولى من مقاتلات رافال الفرنسية.", "MOBILIZE"),
        # figurative fire on a government or on critics
        ("فتحت النائبة النار على الحكومة بسبب غلاء الأسعار.", "ASSAULT"),
        ("فتح الوزير النار على منتقديه في البرلمان.", "ASSAULT"),
        # a banned march did not take place; a man put in jail was given no deposit
        ("منعت السلطات الجزائرية مسيرة للمعارضة في العاصمة.", "PROTEST"),
        ("أودع المتهم السجن بانتظار محاكمته.", "AID"),
        # clashes named as the time of a curfew, with no parties, are background
        ("فرضت السلطات العراقية حظر التجول في مدينة البصرة عقب اشتباكات دامية.", "ASSAULT"),
        # raising tariffs ("رفع" is also "lift") is no easing
        ("رفعت الصين الرسوم الجمركية على السلع الأمريكية إلى 125 في المئة.", "RETREAT"),
        # a protest's demand told by a finite verb after it ("مظاهرات تطالب ب")
        ("شهدت العاصمة السودانية الخرطوم مظاهرات حاشدة تطالب بالحكم المدني.", "REQUEST"),
    ],
)
def test_round21_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the protest and the strike themselves are still coded
        ("أضرب آلاف المعلمين المغاربة عن العمل احتجاجا على تجميد رواتبهم.", "PROTEST"),
        ("تظاهر آلاف الإسرائيليين في تل أبيب للمطالبة بإبرام صفقة لإطلاق سراح المحتجزين.", "PROTEST"),
    ],
)
def test_round21_protest_kept(sentence, etype):
    assert happened(sentence, etype)


def test_round21_negated_fire():
    sentence = "لم تفتح الشرطة الإسرائيلية النار على المتظاهرين الفلسطينيين."
    assert "ASSAULT" in types(sentence)
    assert not happened(sentence, "ASSAULT")
