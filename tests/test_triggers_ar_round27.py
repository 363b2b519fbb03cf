"""Arabic data added in round 27 (data/ar/triggers.yaml, data/ar/sectors.yaml), from a probe of
fresh sentences, press releases, timelines, captions and local wire stories on arms sales, aid
convoys, travel bans, envoys, deployments, the press, NGOs and protests: approving the sale of
a counted weapon (وافقت على بيع 40 مقاتلة) as the supplier's military aid; supplying and
handing over weapons in the future (ستزود، ستسلم * مقاتلة); stopping an aid convoy (منعت *
قافلة مساعدات) as coercion, no aid; barring a state's citizens from entry (حظرت دخول مواطني) as
a travel ban; calling up a counted number of reservists (استدعى * ألف جندي من قوات الاحتياط);
deploying a counted force or warships in the dual and the future (نشرت * 1500 جندي، إرسال
سفينتين حربيتين، سترسل فرقاطة); expelling a correspondent (طردت * مراسل) as the deportation of a
person, not of a diplomat; branding an organisation "undesirable" (منظمة غير مرغوب فيها) as a
ban; suspending a channel's broadcasts and withdrawing correspondents' accreditation (علقت * بث
قناة، سحبت اعتماد مراسلي) as censorship; one's ambassador going back (عودة سفيرها إلى) as
restored relations; recalling one's ambassador for consultations by the masdar (واستدعاء سفيرها
للتشاور), with no consultation coded; expelling in the future (ستطرد); the paired nouns of a
condemnation (إدانتها واستنكارها) as one condemnation by the one who expresses it; shells landing
on a party (سقطت قذائف هاون على السفارة الأمريكية) with the party as target; "air strike",
"artillery shelling" (غارة جوية، قصف مدفعي) as the forces' description, so that "في غارة جوية
إسرائيلية" names the attacker; marches going out in towns (خرجت مسيرات في) and protesters
storming a building (اقتحم محتجون) as protests; a convicted protester in the accusative
(متظاهرا) as a civilian.
Also claiming an attack by its masdar (تبنى * استهداف).
And what they must not code: a police checkpoint (كمين أمني) as an ambush by the police, a wanted
man described as charged (مطلوبا متهما), a ministry announcing a strike on a hospital, a
prisoner exchange a call discussed (بحثا خلاله تبادل الأسرى), recurring protests told as
background (احتجاجات متكررة منذ), selling shares or airliners or handing over power, broadcasts of
programmes, and negated or hypothetical acts as done.
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ar", DATE)
happened, types, tuples, modalities = (
    _coder.happened,
    _coder.types,
    _coder.tuples,
    _coder.modalities,
)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # arms sales and supplies
        (
            "وافقت وزارة الخارجية الأمريكية على بيع 40 مقاتلة إف-16 لتركيا بقيمة 23 مليار دولار.",
            ("AID", ("USA",), ("TUR",)),
        ),
        ("وافق الكونغرس على بيع مقاتلات إف-35 للإمارات.", ("AID", ("USA",), ("ARE",))),
        (
            "أعلن المستشار الألماني أن بلاده ستزود أوكرانيا بمنظومات دفاع جوي إضافية.",
            ("AID", ("DEU",), ("UKR",)),
        ),
        ("أعلنت هولندا أنها ستسلم أوكرانيا 18 مقاتلة إف-16.", ("AID", ("NLD",), ("UKR",))),
        # a convoy stopped, a travel ban
        (
            "منعت القوات الإسرائيلية قافلة مساعدات تابعة للأمم المتحدة من الوصول إلى شمال غزة.",
            ("COERCE", ("ISR",), ("UNO",)),
        ),
        (
            "حظرت الولايات المتحدة دخول مواطني إيران وليبيا والصومال إلى أراضيها.",
            ("SANCTION", ("USA",), ("IRN", "LBY", "SOM")),
        ),
        # call-ups and deployments
        ("استدعى الجيش الإسرائيلي 300 ألف جندي من قوات الاحتياط.", ("MOBILIZE", ("ISR",), ())),
        (
            "أعلنت وزارة الدفاع البريطانية إرسال سفينتين حربيتين إلى البحر الأحمر.",
            ("MOBILIZE", ("GBR",), ()),
        ),
        (
            "أعلنت المملكة المتحدة أنها سترسل فرقاطة إلى البحر الأسود.",
            ("MOBILIZE", ("GBR",), ()),
        ),
        # the press and NGOs
        (
            "طردت السلطات الإثيوبية مراسل صحيفة نيويورك تايمز من أديس أبابا.",
            ("COERCE", ("ETH",), ("USA",)),
        ),
        (
            "أعلنت السلطات الروسية منظمة العفو الدولية منظمة غير مرغوب فيها.",
            ("COERCE", ("RUS",), ("NGO",)),
        ),
        ("علقت السلطات الجزائرية بث قناة الجزيرة.", ("COERCE", ("DZA",), ("QAT",))),
        (
            "سحبت بوركينا فاسو اعتماد مراسلي إذاعة فرنسا الدولية.",
            ("COERCE", ("BFA",), ("FRA",)),
        ),
        # envoys
        ("أعلنت الإمارات عودة سفيرها إلى دمشق.", ("COOPERATE", ("ARE",), ("SYR",))),
        (
            "قال وزير الخارجية الروسي إن موسكو ستطرد دبلوماسيين مولدوفيين ردا على خطوة مماثلة.",
            ("SANCTION", ("RUS",), ("MDA",)),
        ),
        # a press-release condemnation
        (
            "أعربت قطر عن إدانتها واستنكارها للهجوم الإسرائيلي على سوريا.",
            ("ACCUSE", ("QAT",), ("ISR",)),
        ),
        # shells landing on a party, an air strike named by its author
        (
            "سقطت قذائف هاون على مبنى السفارة الأمريكية في بغداد دون وقوع إصابات.",
            ("ASSAULT", (), ("USA",)),
        ),
        ("سقطت صواريخ على السفارة الأمريكية في بغداد.", ("ASSAULT", (), ("USA",))),
        (
            "قتل ثلاثة مدنيين في غارة جوية إسرائيلية على غزة.",
            ("ASSAULT", ("ISR",), ("PSE",)),
        ),
        # an attack claimed by its masdar
        (
            "تبنى الحوثيون استهداف سفينة تجارية مرتبطة بإسرائيل في البحر الأحمر.",
            ("ASSAULT", ("YEM",), ("ISR",)),
        ),
        # a sentence passed on protesters
        (
            "أصدرت محكمة عسكرية في القاهرة أحكاما بالسجن على 30 متظاهرا.",
            ("COERCE", ("EGY",), ("EGY",)),
        ),
    ],
)
def test_round27_coded(sentence, want):
    assert want in tuples(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "خرجت مسيرات في عدد من المدن المغربية تطالب بقطع العلاقات مع إسرائيل.",
        "اقتحم محتجون مبنى البرلمان العراقي في المنطقة الخضراء.",
    ],
)
def test_round27_protest(sentence):
    assert happened(sentence, "PROTEST")


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a blocked convoy gives no aid; an expelled correspondent is no diplomat
        (
            "منعت القوات الإسرائيلية قافلة مساعدات تابعة للأمم المتحدة من الوصول إلى شمال غزة.",
            "AID",
        ),
        ("طردت السلطات الإثيوبية مراسل صحيفة نيويورك تايمز من أديس أبابا.", "SANCTION"),
        # recalling an ambassador for consultations is no meeting
        ("فرنسا ترد بطرد 12 دبلوماسيا جزائريا واستدعاء سفيرها للتشاور.", "CONSULT"),
        # an exchange discussed in a call is not made
        (
            "وقال الكرملين إن بوتين أجرى اتصالا هاتفيا مع أردوغان، بحثا خلاله تبادل الأسرى.",
            "RETREAT",
        ),
        # a wanted man described as charged is accused by no one here
        ("سلمت السعودية الولايات المتحدة مطلوبا متهما بالإرهاب.", "ACCUSE"),
        # a ministry announcing that a hospital was hit did not hit it
        ("أعلنت وزارة الصحة في غزة استهداف مستشفى الشفاء.", "ASSAULT"),
        # recurring protests told as background
        ("وتشهد البصرة احتجاجات متكررة منذ صيف 2018 بسبب تردي الخدمات.", "PROTEST"),
        # protesters storming parliament do not coerce it
        ("اقتحم محتجون مبنى البرلمان العراقي في المنطقة الخضراء.", "COERCE"),
        # shares, power and programmes are no weapons, troops or channels
        ("وافقت الحكومة على بيع 40 في المئة من أسهم الشركة.", "AID"),
        ("ستسلم الحكومة السلطة إلى المجلس المنتخب.", "AID"),
        ("وافقت الحكومة الأمريكية على بيع 50 طائرة لشركة طيران الإمارات.", "AID"),
        ("سترسل الحكومة وفدا إلى القاهرة.", "MOBILIZE"),
        ("علقت الحكومة بث البرامج الرياضية خلال الحداد.", "COERCE"),
    ],
)
def test_round27_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round27_counted_troops_deployed():
    # the singular after a number ("1500 جندي"); where they go is not scored here
    got = tuples("نشرت فرنسا 1500 جندي إضافي في رومانيا.")
    assert any(t[0] == "MOBILIZE" and t[1] == ("FRA",) for t in got)


def test_round27_checkpoint_is_the_target():
    # "كمين أمني" is a police checkpoint attacked, not an ambush laid by the police.
    got = tuples("قتل عنصران من الشرطة المصرية في هجوم مسلح على كمين أمني بشمال سيناء.")
    assert ("ASSAULT", (), ("EGY",)) in got
    assert ("ASSAULT", ("EGY",), ()) not in got


def test_round27_condemnation_not_reversed():
    got = tuples("أعربت قطر عن إدانتها واستنكارها للهجوم الإسرائيلي على سوريا.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("ISR",) for t in got)


def test_round27_future_supply_is_future():
    s = "أعلن المستشار الألماني أن بلاده ستزود أوكرانيا بمنظومات دفاع جوي إضافية."
    assert modalities(s, "AID") == {"future"}


@pytest.mark.parametrize(
    "sentence, etype",
    [
        ("لم تطرد السلطات الإثيوبية مراسل الصحيفة.", "COERCE"),
        ("قد تحظر الولايات المتحدة دخول مواطني إيران.", "SANCTION"),
    ],
)
def test_round27_not_happened(sentence, etype):
    assert not happened(sentence, etype)
