"""Arabic data added in round 32 (data/ar/triggers.yaml), from a probe of fresh wire sentences,
headlines, digests and editorials on tariffs and export controls, coast guards and fishing
boats, embassies set on fire or stoned, election results recognised or not, migration deals,
humanitarian corridors and hostage talks: tightening restrictions on exports with the verb right
before them and by the masdar (تشديد القيود على صادرات، تشدد القيود على تصدير) as a trade
sanction; brandishing tariffs or sanctions with the subject between (لوح ترامب بفرض رسوم) as a
threat, not the sanction itself; suspending or postponing tariffs (تعليق الرسوم، أرجأ * الرسوم
الجمركية على) as an easing; spraying or targeting a vessel with water cannon (رشت * بمدافع
المياه، استهدفت * بمدافع المياه) as force short of arms at sea; detaining fishermen with "أوقف"
(أوقفت البحرية * 22 صيادا) as an arrest; setting fire to or stoning an embassy or a consulate
(أضرم * النار في السفارة، رشق * القنصلية) as a protest at the mission's state, by the crowd's
stated nationality or the place; announcing non-recognition of election results (عدم اعترافها
بنتائج) as a rejection, not a negated recognition; "attacking" a party in a speech or a
statement (هاجم * في خطاب، في كلمة) as verbal (ACCUSE).
And what they must not code: the aid an accord "includes" (تتضمن مساعدات) as aid given,
corridors agreed on or called for (على فتح ممرات، إلى فتح ممرات) as opened, a release that talks
or efforts are for (للإفراج عن) as done, captives described as held (الرهائن المحتجزين) as an
arrest, "stressed" and "commented on" (شددت * على أن القيود، علق * على الرسوم) as tightening or
suspending, fishermen who stop working, crop spraying, and a verbal attack on an embassy as an
armed one.
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ar", DATE)
happened, types, tuples = _coder.happened, _coder.types, _coder.tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # new: tightening restrictions on exports (masdar, verb right before them)
        (
            "أعلنت وزارة التجارة الأمريكية تشديد القيود على صادرات رقائق الذكاء الاصطناعي إلى الصين.",
            ("SANCTION", ("USA",), ("CHN",)),
        ),
        ("واشنطن تشدد القيود على تصدير أشباه الموصلات إلى بكين.", ("SANCTION", ("USA",), ("CHN",))),
        # new: brandishing tariffs or sanctions, the subject between
        (
            "لوّح ترامب بفرض رسوم بنسبة 25 في المئة على الواردات المكسيكية والكندية.",
            ("THREATEN", ("USA",), ("MEX", "CAN")),
        ),
        (
            "لوح الرئيس الأمريكي بفرض عقوبات على الهند بسبب مشترياتها من النفط الروسي.",
            ("THREATEN", ("USA",), ("IND",)),
        ),
        # new: tariffs suspended or postponed
        (
            "أعلنت كندا تعليق الرسوم المضادة على السلع الأمريكية لمدة ثلاثين يوما.",
            ("RETREAT", ("CAN",), ("USA",)),
        ),
        (
            "قررت الصين تعليق الرسوم الإضافية على المنتجات الأمريكية لمدة 90 يوما.",
            ("RETREAT", ("CHN",), ("USA",)),
        ),
        (
            "أرجأ ترامب الرسوم الجمركية على السيارات المكسيكية لمدة شهر.",
            ("RETREAT", ("USA",), ("MEX",)),
        ),
        # new: water cannon sprayed or aimed at a vessel
        (
            "رشت سفن خفر السواحل الصيني سفينة إمداد فلبينية بمدافع المياه قرب شعاب توماس الثانية.",
            ("COERCE", ("CHN",), ("PHL",)),
        ),
        (
            "رش خفر السواحل الصيني بمدافع المياه قاربين فلبينيين قرب جزيرة سكاربورو.",
            ("COERCE", ("CHN",), ("PHL",)),
        ),
        (
            "استهدفت سفن صينية بمدافع المياه زورقا فيتناميا قرب جزر باراسيل.",
            ("COERCE", ("CHN",), ("VNM",)),
        ),
        # new: fishermen detained with "أوقف"
        (
            "أوقفت البحرية السريلانكية 22 صيادا هنديا بتهمة الصيد في مياهها الإقليمية.",
            ("COERCE", ("LKA",), ("IND",)),
        ),
        (
            "أوقفت البحرية الإيرانية ثمانية صيادين باكستانيين قرب ميناء جاسك.",
            ("COERCE", ("IRN",), ("PAK",)),
        ),
        # new: missions set on fire or stoned by crowds
        (
            "أضرم محتجون غاضبون النار في السفارة السويدية في بغداد بعد حرق نسخة من المصحف في ستوكهولم.",
            ("PROTEST", ("IRQ",), ("SWE",)),
        ),
        (
            "أضرم محتجون عراقيون النار في القنصلية الإيرانية في النجف عام 2019.",
            ("PROTEST", ("IRQ",), ("IRN",)),
        ),
        ("رشق متظاهرون السفارة الفرنسية في نيامي بالحجارة.", ("PROTEST", ("NER",), ("FRA",))),
        (
            "رشق متظاهرون أتراك القنصلية الهولندية في إسطنبول بالبيض.",
            ("PROTEST", ("TUR",), ("NLD",)),
        ),
        # new: non-recognition of election results (was a negated SUPPORT)
        (
            "أعلنت روسيا عدم اعترافها بنتائج الانتخابات البرلمانية في مولدوفا.",
            ("REJECT", ("RUS",), ("MDA",)),
        ),
        (
            "أعلنت الولايات المتحدة عدم اعترافها بنتائج الانتخابات الرئاسية في بيلاروسيا.",
            ("REJECT", ("USA",), ("BLR",)),
        ),
        # new: a verbal attack in a speech (was no event)
        (
            "هاجم الرئيس الإيراني السفارة البريطانية في خطاب أمام البرلمان.",
            ("ACCUSE", ("IRN",), ("GBR",)),
        ),
        ("هاجم الرئيس التركي إسرائيل في كلمة أمام أنصاره.", ("ACCUSE", ("TUR",), ("ISR",))),
    ],
)
def test_round32_coded(sentence, want):
    assert want in tuples(sentence)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # new: the aid an accord includes is its content (an AID was coded)
        (
            "وقع الاتحاد الأوروبي وتونس مذكرة تفاهم بشأن الهجرة تتضمن مساعدات بقيمة مليار يورو.",
            {("AGREE", ("EUR", "TUN"), ())},
        ),
        (
            "وقع الاتحاد الأوروبي ومصر اتفاقية شراكة تتضمن مساعدات بقيمة 7.4 مليار يورو.",
            {("AGREE", ("EUR", "EGY"), ())},
        ),
        # new: corridors agreed on are not opened (a RETREAT was coded)
        (
            "اتفقت روسيا وأوكرانيا على فتح ممرات إنسانية لإجلاء المدنيين من ماريوبول.",
            {("AGREE", ("RUS", "UKR"), ())},
        ),
        # new: talks for a release, hostages held (a RETREAT and a COERCE were coded)
        (
            "تجري قطر ومصر مفاوضات مع حماس وإسرائيل للإفراج عن الرهائن المحتجزين في غزة.",
            {("CONSULT", ("QAT", "EGY"), ("PSE", "ISR"))},
        ),
        # guard: a release told is still coded
        (
            "أفرجت حماس عن ثلاث رهائن إسرائيليات بعد دخول الهدنة حيز التنفيذ.",
            {("RETREAT", ("PSE",), ("ISR",))},
        ),
    ],
)
def test_round32_exact(sentence, want):
    assert tuples(sentence) == want


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # new: efforts for a release (a RETREAT was coded)
        ("تبذل قطر جهودا للإفراج عن الرهائن الأمريكيين في أفغانستان.", "RETREAT"),
        # new: the verbal attack is no armed one (an ASSAULT was coded)
        ("هاجم الرئيس السفارة الأمريكية في خطاب متلفز.", "ASSAULT"),
        # guards: "stressed", "commented on", a call for corridors, captives' families
        ("شددت الصين على أن القيود على صادراتها لا تستهدف أي دولة بعينها.", "SANCTION"),
        ("شدد الوزير على ضرورة رفع القيود على الصادرات.", "SANCTION"),
        ("علق وزير الخارجية الكندي على الرسوم المفروضة على الصلب.", "RETREAT"),
        ("دعت الأمم المتحدة إلى فتح ممرات إنسانية آمنة في الفاشر.", "RETREAT"),
        ("طالبت عائلات الأسرى المحتجزين في غزة الحكومة الإسرائيلية بإبرام صفقة.", "COERCE"),
    ],
)
def test_round32_not_type(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: fishermen stopping work, crop spraying, tyres burnt in a street, straw burnt
        "توقف الصيادون المصريون عن العمل بسبب العاصفة.",
        "رشت الطائرات المبيدات على حقول القطن في الجزيرة.",
        "أشعل المتظاهرون الإطارات في شوارع بغداد.",
        "أضرم مزارعون فرنسيون النار في أكوام القش أمام مبنى البلدية.",
    ],
)
def test_round32_nothing(sentence):
    assert tuples(sentence) == set()
