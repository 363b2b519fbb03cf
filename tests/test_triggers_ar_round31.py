"""Arabic data added in round 31 (data/ar/triggers.yaml, data/ar/grammar.yaml,
data/ar/aliases/organisations.yaml), from a probe of fresh wire sentences, headlines, posts
quoted from X and Telegram and analysts' paragraphs on arms deliveries and defence deals,
drills, deployments and alert levels, UN votes and vetoes, closed borders and entry bans, gas
cut-offs and embargoes, prisoner swaps and extraditions, cyber attacks and hedged forecasts:
handing over a battery with words between it and its system (سلمت * بطارية ثانية من منظومة
باتريوت) as military aid; a pledge to supply a party with weapons, the party between (تعهدت *
بتزويد كييف بصواريخ), as the aid announced with no agreement of its own; selling weapons with
the seller and the buyer between (باعت فرنسا مصر * مقاتلة) as the seller's military aid;
halting or withholding a shipment "of" bombs (أوقفت * شحنة من القنابل، حجبت * شحنة قنابل) as
a sanction on the party it was bound for, not aid; NATO as "the Atlantic Alliance" (الحلف
الأطلسي); listing a state's people among those barred from entry (أدرجت * على قائمة الممنوعين)
and banning a named person's entry into one's territory (حظرت * دخول * إلى أراضيها) as visa
bans; cutting gas to a party with the actor between (قطعت * الغاز عن); exchanging prisoners
counted in the accusative (تبادلت * سجينا); handing a suspect over to a state (سلمت * مشتبها
به) as extradition; announcing or deciding the closure of another state's consulate with the
subject between (أعلنت * إغلاق القنصلية الروسية) as a diplomatic sanction; refusing to hand
one's citizens over told with the negated verb (لن تسلم مواطنيها) as a refusal; and
likelihood (يرجح، من المرجح، من غير المستبعد) as hypothetical, "not unlikely" no negation.
And what they must not code: a civil alert against a storm or a heat wave (حالة التأهب لمواجهة
العاصفة) as a show of force, a smuggled arms shipment (شحنة من الأسلحة المهربة) as aid, a
smuggler's sale, a suspect handed to prosecutors, gas cut to a district, trucks barred from a
city, the balance "tipping" (رجحت كفة), arms-trade statistics, an OPEC+ output cut, warnings
of cyber attacks, drills with no party named, and negated acts as done.
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
        # new: a battery handed over, words between it and its system
        (
            "سلمت الولايات المتحدة أوكرانيا بطارية ثانية من منظومة باتريوت للدفاع الجوي.",
            ("AID", ("USA",), ("UKR",)),
        ),
        (
            "سلمت ألمانيا أوكرانيا بطارية أخرى من منظومة إيريس-تي.",
            ("AID", ("DEU",), ("UKR",)),
        ),
        # new: weapons sold with the seller and the buyer between
        ("باعت فرنسا مصر 30 مقاتلة رافال.", ("AID", ("FRA",), ("EGY",))),
        ("تبيع تركيا أوكرانيا مسيرات بيرقدار منذ 2019.", ("AID", ("TUR",), ("UKR",))),
        # new: a shipment of bombs halted or withheld
        (
            "أوقفت الولايات المتحدة شحنة من القنابل الثقيلة كانت متجهة إلى إسرائيل.",
            ("SANCTION", ("USA",), ("ISR",)),
        ),
        ("حجبت واشنطن شحنة قنابل عن إسرائيل.", ("SANCTION", ("USA",), ("ISR",))),
        # new (was AID): a halted arms shipment is a sanction on its destination
        (
            "أوقفت ألمانيا شحنة من الأسلحة كانت متجهة إلى إسرائيل.",
            ("SANCTION", ("DEU",), ("ISR",)),
        ),
        # new: NATO as the Atlantic Alliance
        (
            "نشر الحلف الأطلسي أربعة آلاف جندي إضافي في دول البلطيق.",
            ("MOBILIZE", ("IGO",), ()),
        ),
        # new: entry bans by a list and by the person after "دخول"
        (
            "أدرجت روسيا عشرات المسؤولين البريطانيين على قائمة الممنوعين من دخول البلاد.",
            ("SANCTION", ("RUS",), ("GBR",)),
        ),
        ("حظرت الصين دخول النائب الأمريكي إلى أراضيها.", ("SANCTION", ("CHN",), ("USA",))),
        # new: gas cut to a state
        ("قطعت روسيا الغاز عن مولدوفا.", ("SANCTION", ("RUS",), ("MDA",))),
        # new: prisoners counted in the accusative singular
        (
            "تبادلت روسيا والولايات المتحدة 26 سجينا في أنقرة.",
            ("RETREAT", ("RUS", "USA"), ()),
        ),
        # new: a suspect handed over to a state
        (
            "سلمت الإمارات فرنسا مشتبها به في قضية تهريب مخدرات.",
            ("COOPERATE", ("ARE",), ("FRA",)),
        ),
        # new: another state's consulate closed, the masdar after the verb of announcing
        (
            "أعلنت بولندا إغلاق القنصلية الروسية في بوزنان.",
            ("SANCTION", ("POL",), ("RUS",)),
        ),
        (
            "قررت واشنطن إغلاق القنصلية الروسية في سان فرانسيسكو.",
            ("SANCTION", ("USA",), ("RUS",)),
        ),
        # new: refusing to hand one's citizens over
        (
            "أكد الكرملين أن روسيا لن تسلم مواطنيها إلى أي دولة أجنبية.",
            ("REJECT", ("RUS",), ()),
        ),
        ("قالت موسكو إنها لن تسلم مواطنيها إلى هولندا.", ("REJECT", ("RUS",), ("NLD",))),
        # guard: an alert on a border stays a mobilisation
        (
            "رفع الجيش الإسرائيلي حالة التأهب القصوى على الحدود مع لبنان.",
            ("MOBILIZE", ("ISR",), ("LBN",)),
        ),
    ],
)
def test_round31_coded(sentence, want):
    assert want in tuples(sentence)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # new: a pledge of weapons is the aid announced, with no agreement of its own
        (
            "تعهدت بريطانيا بتزويد كييف بصواريخ ستورم شادو بعيدة المدى.",
            {("AID", ("GBR",), ("UKR",))},
        ),
        ("وعدت فرنسا بتزويد أوكرانيا بمقاتلات ميراج.", {("AID", ("FRA",), ("UKR",))}),
    ],
)
def test_round31_pledge_is_aid_only(sentence, want):
    assert tuples(sentence) == want
    assert modalities(sentence, "AID") == {"future"}


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # new: likelihood is hypothetical
        ("يرجح محللون أن تشن إسرائيل ضربة على المنشآت النووية الإيرانية.", "ASSAULT"),
        ("من المرجح أن تستدعي فرنسا سفيرها من الجزائر للتشاور.", "SANCTION"),
        ("يرجح أن تعلن كوريا الشمالية عن تجربة صاروخية جديدة.", "MOBILIZE"),
        # new: "not unlikely" is a likelihood, not a negation
        ("من غير المستبعد أن تفرض واشنطن رسوما جمركية جديدة على الصين.", "SANCTION"),
    ],
)
def test_round31_likely_is_hypothetical(sentence, etype):
    assert modalities(sentence, etype) == {"hypothetical"}
    assert not happened(sentence, etype)


@pytest.mark.parametrize(
    "sentence",
    [
        # new (was MOBILIZE): civil alerts against a storm or a heat wave
        "رفعت السلطات الأردنية حالة التأهب لمواجهة العاصفة الثلجية المتوقعة.",
        "أعلنت السلطات الإيرانية حالة الاستنفار تحسبا لموجة الحر.",
        # new (was AID): a smuggled arms shipment stopped by the police
        "أوقفت الشرطة العراقية شحنة من الأسلحة المهربة كانت متجهة إلى سوريا.",
        # guards: lookalikes of the new phrases with no party
        "باع المهرب أسلحة مسروقة لعصابات في المدينة.",
        "سلمت الشرطة المشتبه به إلى النيابة العامة.",
        "قطعت الشركة الغاز عن الحي بسبب أعمال الصيانة.",
        "منعت السلطات دخول الشاحنات إلى المدينة.",
        "رجحت كفة المعارضة في الانتخابات البلدية.",
        # guards from the probe: statistics, output cuts, warnings, drills of no named party
        "ارتفعت صادرات الأسلحة الفرنسية خلال العام الماضي بنسبة كبيرة، وفق معهد ستوكهولم لأبحاث السلام.",
        "خفضت أوبك بلس إنتاجها النفطي بمليوني برميل يوميا.",
        "حذر خبراء من تزايد الهجمات الإلكترونية على المستشفيات خلال العام المقبل.",
        "تشارك قوات من اثنتي عشرة دولة في المناورات السنوية التي تنتهي يوم الجمعة.",
    ],
)
def test_round31_no_event(sentence):
    assert tuples(sentence) == set()


def test_round31_smuggled_arms_are_no_aid():
    # new (was AID IRQ -> SYR)
    assert "AID" not in types("أوقفت الشرطة العراقية شحنة من الأسلحة المهربة كانت متجهة إلى سوريا.")


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # new: the new cut-off phrase under negation is coded, but not as done
        ("لم تقطع روسيا الغاز عن مولدوفا رغم التهديدات.", "SANCTION"),
        # guard: a veto not cast
        ("لم تستخدم واشنطن حق النقض هذه المرة، فمر القرار بأغلبية 14 صوتا.", "REJECT"),
    ],
)
def test_round31_negated_did_not_happen(sentence, etype):
    assert etype in types(sentence)
    assert not happened(sentence, etype)
