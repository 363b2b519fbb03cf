"""Arabic triggers and stop phrases changed in round 18 (data/ar/triggers.yaml): beating
(انهال ضربا على، تعدى/اعتدى على ... بالضرب، تعرض للضرب) and committing a massacre (ارتكب المجزرة)
as assaults even when the doer is no coded actor; "على أيدي" (at the hands of) as the agent
phrase it is, no longer the support verb أيّد; an abduction "على يد" read as the passive (the
noun between is the victim); an accusation against unnamed outside hands or parties left
unnamed (جهات خارجية، أطرافا أجنبية، جهات لم يسمها) names no party and codes no event; an
"attack" suffered in the media or online (تعرض لهجوم على مواقع التواصل، لهجمات في وسائل
الإعلام) is verbal, not an assault; blowing open doors or gates in a raid (فجرت القوات أبواب
المنازل) damages property, it is no bombing; and "whoever organises / takes part / protests"
(من ينظم المظاهرة، كل من يشارك في الاحتجاجات) is a rule, not the report of a protest; a court
upholding a verdict (أيدت المحكمة الحكم) supports no party; and the press "launching an attack"
(شنت الصحف هجوما على) is verbal; missiles fired into the sea (صاروخا سقط في بحر اليابان) are a
show of force (MOBILIZE), not an attack. Real
accusations, attacks, bombings and protests next to them are still coded.
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-03-03"

_coder = Coder("ar", DATE)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # accusing unnamed foreign hands: no identifiable party is accused
        ("يتهم الرئيس الصربي جهات خارجية بالوقوف وراء الاحتجاجات.", "ACCUSE"),
        ("اتهمت الحكومة الإيرانية أطرافا أجنبية بتأجيج الاضطرابات في البلاد.", "ACCUSE"),
        ("اتهم وزير الداخلية العراقي جهات خارجية بتمويل أعمال الشغب.", "ACCUSE"),
        ("وتتهم السلطات الجزائرية أيادي خارجية بإشعال الحرائق.", "ACCUSE"),
        ("اتهم رئيس الوزراء العراقي جهات لم يسمها بعرقلة تشكيل الحكومة.", "ACCUSE"),
        ("اتهمت الخارجية الروسية طرفا خارجيا بتدبير الانفجار.", "ACCUSE"),
        # an "attack" in the media or online is verbal
        ("تعرض الوزير اللبناني لهجوم على مواقع التواصل الاجتماعي بعد تصريحاته.", "ASSAULT"),
        ("تعرض الرئيس التونسي لهجمات في وسائل الإعلام الفرنسية.", "ASSAULT"),
        ("تعرضت وزيرة الخارجية الألمانية لهجوم في الصحف الروسية.", "ASSAULT"),
        # blowing open doors in a raid is no bombing
        ("فجرت القوات الإسرائيلية أبواب منازل في مخيم جنين خلال حملة مداهمات.", "ASSAULT"),
        ("اقتحم الجنود الإسرائيليون القرية وفجروا أبواب عدد من المنازل.", "ASSAULT"),
        ("فجرت الشرطة الإسرائيلية بوابة المسجد خلال اقتحام البلدة القديمة.", "ASSAULT"),
        # "whoever organises / takes part": a rule, not a protest
        ("وقال الوزير إن القانون يحمل من ينظم المظاهرة مسؤولية الأضرار.", "PROTEST"),
        ("يعاقب القانون المصري كل من يشارك في الاحتجاجات غير المرخصة بالسجن.", "PROTEST"),
        ("تلاحق السلطات كل من يدعو إلى الإضراب في القطاع العام.", "PROTEST"),
    ],
)
def test_round18_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # an accusation against a named state stays an accusation
        ("اتهمت إيران الولايات المتحدة بالوقوف وراء الاحتجاجات.", ("ACCUSE", ("IRN",), ("USA",))),
        ("اتهمت موسكو أجهزة الاستخبارات الأوكرانية بتدبير الانفجار.",
         ("ACCUSE", ("RUS",), ("UKR",))),
        # a protest reported with its verb is still coded
        ("تظاهر آلاف الأردنيين أمام مجلس النواب في عمان.", ("PROTEST", ("JOR",), ("JOR",))),
    ],
)
def test_round18_still_coded(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence",
    [
        # a physical attack on a convoy, and a car bomb, are still assaults
        "تعرض موكب الوزير العراقي لهجوم مسلح في بغداد.",
        "فجرت حركة الشباب سيارة مفخخة قرب قاعدة للجيش الصومالي.",
    ],
)
def test_round18_assaults_still_happen(sentence):
    assert happened(sentence, "ASSAULT")


@pytest.mark.parametrize(
    "sentence, want",
    [
        # beating a named group
        ("انهال عناصر الأمن السوري ضربا على المعتقلين اللبنانيين.", ("ASSAULT", ("SYR",), ("LBN",))),
        ("وقالت الشكوى إن القوات الروسية تتعدى على السكان الأوكرانيين بالضرب.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        # "at the hands of" names the agent, it is no support
        ("تعرض الصحفيون الفلسطينيون للضرب على أيدي المستوطنين.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("قتل صحفي فلسطيني على أيدي جنود إسرائيليين.", ("ASSAULT", ("ISR",), ("PSE",))),
        # an abduction "at the hands of": the noun between is the victim
        ("اختطف مهندس تركي على أيدي مسلحين في ليبيا.", ("ASSAULT", (), ("TUR",))),
        ("خطف صحفي فرنسي على يد مسلحين مجهولين في مالي.", ("ASSAULT", (), ("FRA",))),
    ],
)
def test_round18_assaults_coded(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence",
    [
        # blows and massacres assert the act when the doer is no coded actor
        "انهالت قوات الأمن بالضرب على الطلاب المحتجين أمام الجامعة.",
        "قال المعتقل السابق إنه تعرض للضرب أثناء التحقيق معه.",
        "وأفاد التقرير بأن السجناء تعرضوا للضرب المبرح على أيدي الحراس.",
        "أكدت الحكومة أن ميليشيات محلية هي التي ارتكبت المجازر في الإقليم.",
        "ارتكب مسلحون مجهولون مجزرة في قرية شمال بوركينا فاسو.",
    ],
)
def test_round18_self_contained_assaults_happen(sentence):
    assert happened(sentence, "ASSAULT")


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # "تعدى على" without blows is overstepping or exceeding
        ("تعدى الوزير على صلاحيات رئيس الحكومة.", "ASSAULT"),
        ("قال المدير إن عمر الطالب لا يتعدى ثلاثة عشر عاما.", "ASSAULT"),
        # hands are no support
        ("قتل صحفي فلسطيني على أيدي جنود إسرائيليين.", "SUPPORT"),
        # a court upholding a verdict supports no party
        ("أيدت محكمة الاستئناف المصرية حكم الإعدام بحق المتهمين.", "SUPPORT"),
        # the press "attacking" someone is verbal
        ("شنت الصحف الإسرائيلية هجوما على نتنياهو.", "ASSAULT"),
    ],
)
def test_round18_no_false_type(sentence, etype):
    assert etype not in types(sentence)


def test_round18_support_verb_still_coded():
    # the masculine past "أيّد" itself is still support
    assert ("SUPPORT", ("USA",), ("ISR",)) in coded_tuples(
        "أيد الرئيس الأمريكي إسرائيل في حربها على حماس.", "ar", DATE
    )


@pytest.mark.parametrize(
    "sentence, want, not_type",
    [
        # missiles fired into the sea, and missile tests, are a show of force
        ("أطلقت كوريا الشمالية صاروخا باليستيا سقط في بحر اليابان.",
         ("MOBILIZE", ("PRK",), ()), "ASSAULT"),
        ("أطلقت إيران صواريخ باتجاه البحر في مناورات عسكرية.", ("MOBILIZE", ("IRN",), ()), "ASSAULT"),
    ],
)
def test_round18_show_of_force(sentence, want, not_type):
    coded = coded_tuples(sentence, "ar", DATE)
    assert want in coded
    assert not any(t[0] == not_type for t in coded)


def test_round18_missiles_at_a_state_stay_an_attack():
    assert ("ASSAULT", ("YEM",), ("ISR",)) in coded_tuples(
        "أطلق الحوثيون صاروخا باليستيا باتجاه إيلات.", "ar", DATE
    )
