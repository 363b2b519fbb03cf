"""Arabic triggers, cues and aliases added in round 22 (data/ar/triggers.yaml,
data/ar/grammar.yaml, data/ar/roles.yaml, data/ar/aliases/country_adjectives.yaml), from a
probe of fresh news-style sentences and short wire stories on trade, elections and coups,
migration and borders, cyber attacks, prisoner deals and nuclear talks: tariffs imposed with
the masdar (بفرض رسوم إضافية); breaking up a sit-in or a protest (فضت قوات الأمن اعتصاما),
which codes the coercion, not a protest by the forces; cyber attacks and hacking (هجوم
إلكتروني، اخترق شبكات) as coercion (CAMEO 176), not an armed assault; the circumstantial
"accusing" with more charges (متهمة مينسك بتسهيل); blocking aid trucks from entering, which
is no aid; restoring relations with the parties between; a death sentence passed by a court;
capturing soldiers with the captor between (أسرت القوات * جنديين); leaving a deal with a
possessor between (انسحاب بلاده من اتفاق); the future of release (ستفرج، ستطلق * سراح); the
organiser of a strike named after "دعا إليه"; the military and a junta located in their
country (عسكريون في النيجر); and the masculine and feminine nisba of states that had only
their name (الحكومة الإكوادورية، البيروفية، التشيلية).
And what they must not code: what a strike rejects (رفضا لخطة الحكومة) is no separate
rejection, a court annulling an election's results no sanction, the name of a cooperation
accord (اتفاقية التعاون الدفاعي) no second event, subsidies (دعم حكومي) no support, and
suspending the constitution no sanction.
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
        # tariffs named by the masdar
        ("وردت بكين بفرض رسوم إضافية على المنتجات الزراعية الأمريكية.", ("SANCTION", ("CHN",), ("USA",))),
        # breaking up a sit-in or a protest
        (
            "فضت قوات الأمن السودانية بالقوة اعتصاما أمام مقر القيادة العامة للجيش في الخرطوم.",
            ("COERCE", ("SDN",), ()),
        ),
        ("فضت الشرطة الجزائرية تظاهرة للمعلمين أمام وزارة التربية.", ("COERCE", ("DZA",), ("DZA",))),
        # country adjectives that were missing
        ("أعلنت الحكومة الإكوادورية حالة الطوارئ في البلاد إثر موجة من أعمال العنف.", ("COERCE", ("ECU",), ())),
        ("قررت الحكومة البيروفية قطع العلاقات مع فنزويلا بعد إعلان فوز مادورو.", ("SANCTION", ("PER",), ("VEN",))),
        (
            "استدعت الخارجية الإكوادورية السفيرة المكسيكية للاحتجاج على تصريحات الرئيس المكسيكي.",
            ("ACCUSE", ("ECU",), ("MEX",)),
        ),
        (
            "اقتحمت الشرطة الإكوادورية مقر السفارة المكسيكية في كيتو واعتقلت نائب الرئيس السابق.",
            ("COERCE", ("ECU",), ("MEX",)),
        ),
        ("أدانت الحكومة التشيلية الهجوم الإسرائيلي على رفح.", ("ACCUSE", ("CHL",), ("ISR",))),
        # cyber attacks and intrusions
        (
            "تعرضت مواقع حكومية إسرائيلية لهجوم إلكتروني تبنته مجموعة قراصنة إيرانية.",
            ("COERCE", ("IRN",), ("ISR",)),
        ),
        (
            "اخترق قراصنة صينيون شبكات وزارة الخزانة الأمريكية، بحسب ما أعلنت الوزارة.",
            ("COERCE", ("CHN",), ("USA",)),
        ),
        ("شن قراصنة روس هجوما إلكترونيا على مواقع وزارة الدفاع الأوكرانية.", ("COERCE", ("RUS",), ("UKR",))),
        # the circumstantial accusation with another charge
        (
            "أغلقت الحكومة البولندية آخر معبر حدودي مع بيلاروسيا، متهمة مينسك بتسهيل تدفق المهاجرين إلى أراضيها.",
            ("ACCUSE", ("POL",), ("BLR",)),
        ),
        # blocking aid from entering
        (
            "منعت السلطات الإسرائيلية دخول شاحنات المساعدات إلى قطاع غزة لليوم العاشر على التوالي.",
            ("COERCE", ("ISR",), ("PSE",)),
        ),
        # restoring relations, ratifying a cooperation accord with its partner
        ("استعادت السعودية وإيران علاقاتهما الدبلوماسية برعاية صينية.", ("COOPERATE", ("SAU", "IRN"), ())),
        ("صادق مجلس النواب الأردني على اتفاقية التعاون الدفاعي مع الولايات المتحدة.", ("AGREE", ("JOR",), ("USA",))),
        # the organiser of a strike
        ("شارك آلاف العمال في إضراب عام دعا إليه الاتحاد العام التونسي للشغل.", ("PROTEST", ("TUN",), ())),
        # capturing soldiers, a death sentence
        ("أسرت القوات الأوكرانية جنديين كوريين شماليين في منطقة كورسك.", ("ASSAULT", ("UKR",), ("PRK",))),
        (
            "حكمت محكمة في طهران بالإعدام على مغني الراب توماج صالحي بسبب دعمه للاحتجاجات.",
            ("COERCE", ("IRN",), ()),
        ),
        # soldiers located in their country hold the president
        ("احتجز عسكريون في النيجر الرئيس محمد بازوم داخل القصر الرئاسي في نيامي.", ("COERCE", ("NER",), ())),
    ],
)
def test_round22_coded(sentence, want):
    assert want in tuples(sentence)


def test_round22_leaving_a_deal():
    sentence = "أعلن الرئيس الأمريكي انسحاب بلاده من اتفاق باريس للمناخ."
    assert happened(sentence, "SANCTION")
    assert "RETREAT" not in types(sentence)


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("وأوضح أن حماس ستفرج عن 33 رهينة إسرائيلية في المرحلة الأولى.", ("RETREAT", ("PSE",), ("ISR",))),
        ("ستطلق إسرائيل سراح مئات الأسرى الفلسطينيين في المرحلة الأولى.", ("RETREAT", ("ISR",), ("PSE",))),
    ],
)
def test_round22_future_release(sentence, want):
    assert want in tuples(sentence)
    assert modalities(sentence, "RETREAT") == {"future"}


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a cyber attack is no armed assault
        ("تعرضت مواقع حكومية إسرائيلية لهجوم إلكتروني تبنته مجموعة قراصنة إيرانية.", "ASSAULT"),
        ("شن قراصنة روس هجوما إلكترونيا على مواقع وزارة الدفاع الأوكرانية.", "ASSAULT"),
        # breaking up a sit-in is no protest by the forces
        ("فضت قوات الأمن السودانية بالقوة اعتصاما أمام مقر القيادة العامة للجيش في الخرطوم.", "PROTEST"),
        # what a strike rejects is what it is about
        ("أضرب آلاف الأطباء في كوريا الجنوبية عن العمل رفضا لخطة الحكومة لزيادة أعداد طلاب الطب.", "REJECT"),
        # the call that started a strike is no separate appeal
        ("شارك آلاف العمال في إضراب عام دعا إليه الاتحاد العام التونسي للشغل.", "REQUEST"),
        # a court annulling an election's results
        ("ألغت المحكمة الدستورية الرومانية نتائج الجولة الأولى من الانتخابات الرئاسية.", "SANCTION"),
        # blocked aid is no aid
        ("منعت السلطات الإسرائيلية دخول شاحنات المساعدات إلى قطاع غزة لليوم العاشر على التوالي.", "AID"),
        # the name of a cooperation accord
        ("صادق مجلس النواب الأردني على اتفاقية التعاون الدفاعي مع الولايات المتحدة.", "COOPERATE"),
        # subsidies
        ("وقالت المفوضية الأوروبية إن الشركات الصينية تستفيد من دعم حكومي غير عادل.", "SUPPORT"),
        ("نجحت الحكومة المصرية في تقليص الدعم الحكومي للوقود.", "SUPPORT"),
        # suspending the constitution
        ("أعلن المجلس العسكري تعليق العمل بالدستور وحل البرلمان.", "SANCTION"),
    ],
)
def test_round22_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round22_strike_kept():
    sentence = "أضرب آلاف الأطباء في كوريا الجنوبية عن العمل رفضا لخطة الحكومة لزيادة أعداد طلاب الطب."
    assert happened(sentence, "PROTEST")


def test_round22_negated_cyber_attack():
    sentence = "لم يتعرض أي موقع حكومي سعودي لهجوم إلكتروني، بحسب الوزارة."
    assert not happened(sentence, "COERCE")
    assert not happened(sentence, "ASSAULT")
