"""Arabic data added in round 29 (data/ar/triggers.yaml, data/ar/dates.yaml), from a probe of
fresh wire stories, press-agency digests, stiff ministry statements, analysts' paragraphs and
live blogs on joint exercises, arms-control treaties, visa bans and asset freezes, tariffs and
export bans, migration deals, water and gas disputes, maritime boundaries, consular access,
mediation offers, new ambassadors' credentials and treaty ratifications: a phone call told with
"spoke" or "discussed" and the adverb (تحدث هاتفيا، تباحث * هاتفيا) and two calls in the dual
(اتصالين هاتفيين) as calls; a guest of a capital (حل * ضيفا على) as a visit; barring named
officials or people from entering one's territory (منعت * من دخول أراضيها) as a visa ban
(SANCTION), not coercion; presenting and receiving credentials (قدم * أوراق اعتماده إلى، تسلم *
أوراق اعتماد) as a meeting, the envoy's and the host's; ratifying with the second form (صدق *
على معاهدة، على انضمام) as "صادق على"; consular access granted (سمحت * لدبلوماسيين * بزيارة، منحت
* حق الوصول القنصلي) as access (RETREAT), not a visit; closing border crossings told by the masdar
with its genitive subject (إغلاق فنلندا * المعابر الحدودية مع); stopping or freezing the operation
of a deal (أوقفت العمل باتفاقية، جمدت العمل باتفاقية) as a suspension; leaving ECOWAS, OPEC or the
EU (انسحبت * من أوبك، من مجموعة إيكواس، خرجت * من الاتحاد الأوروبي) as leaving a bloc
(SANCTION), not a withdrawal of forces; "last night" (الليلة الماضية) as yesterday.
And what they must not code: the summit or meetings on whose sidelines a meeting took place (على
هامش اجتماعات الناتو) as a meeting with their host, detention centres (مراكز احتجاز) and asylum
seekers (طالبي اللجوء) as arrests and demands, a deal's purpose (اتفاقا لترحيل طالبي اللجوء) as a deportation told,
inspectors visiting facilities (بزيارة منشآتها النووية) as a diplomatic visit, a treaty named by
the tests it bans (معاهدة حظر التجارب النووية) as a test, efforts towards a ceasefire (جهود وقف
إطلاق النار) as a ceasefire, talks agreed to be resumed (اتفقت * على استئناف المفاوضات) as talks
held, the sanctions a state responds to (ردت طهران على العقوبات الأوروبية) as its own, worshippers
barred from a holy site as a visa ban, and negated acts as done.
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

from detente.events import code_text

DATE = "2025-01-01"

_coder = Coder("ar", DATE)
happened, types, tuples = _coder.happened, _coder.types, _coder.tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # phone calls told with "spoke" or "discussed" and the adverb
        (
            "أعلنت الرئاسة الفرنسية أن ماكرون تحدث هاتفيا مع الرئيس الإيراني مساء الجمعة.",
            ("CONSULT", ("FRA",), ("IRN",)),
        ),
        ("تحدث بوتين وأردوغان هاتفيا يوم السبت.", ("CONSULT", ("RUS",), ("TUR",))),
        ("بحث الرئيسان الروسي والتركي هاتفيا العلاقات الثنائية.", ("CONSULT", ("RUS",), ("TUR",))),
        (
            "أجرى الأمين العام للأمم المتحدة اتصالين هاتفيين مع الرئيسين الروسي والأوكراني.",
            ("CONSULT", ("UNO",), ("RUS", "UKR")),
        ),
        # a guest of a capital
        (
            "حل وزير الخارجية الفرنسي ضيفا على العاصمة اللبنانية بيروت.",
            ("CONSULT", ("FRA",), ("LBN",)),
        ),
        # visa bans on named officials and people
        ("منعت بريطانيا خمسة مسؤولين صينيين من دخول أراضيها.", ("SANCTION", ("GBR",), ("CHN",))),
        (
            "منعت الولايات المتحدة وزير الخارجية الروسي من دخول أراضيها.",
            ("SANCTION", ("USA",), ("RUS",)),
        ),
        (
            "منعت السلطات الجزائرية الصحفي الفرنسي من دخول البلاد.",
            ("SANCTION", ("DZA",), ("FRA",)),
        ),
        # credentials presented and received
        (
            "قدم السفير السعودي الجديد أوراق اعتماده إلى الرئيس الإيراني مسعود بزشكيان.",
            ("CONSULT", ("SAU",), ("IRN",)),
        ),
        ("قدم سفير إيران الجديد أوراق اعتماده إلى ملك البحرين.", ("CONSULT", ("IRN",), ("BHR",))),
        (
            "تسلم الرئيس الجزائري أوراق اعتماد سفراء فرنسا وإيطاليا وتركيا.",
            ("CONSULT", ("DZA",), ("FRA", "ITA", "TUR")),
        ),
        (
            "تسلم الرئيس السوري أوراق اعتماد السفير الإماراتي الجديد.",
            ("CONSULT", ("SYR",), ("ARE",)),
        ),
        # ratification with the second form
        (
            "صدق مجلس الدوما الروسي على معاهدة الشراكة الاستراتيجية مع كوريا الشمالية.",
            ("AGREE", ("RUS",), ("PRK",)),
        ),
        ("صدق البرلمان المجري على انضمام السويد إلى الناتو.", ("AGREE", ("HUN",), ("SWE",))),
        # consular access
        (
            "سمحت السلطات الإيرانية لدبلوماسيين فرنسيين بزيارة المواطنين الفرنسيين المعتقلين.",
            ("RETREAT", ("IRN",), ("FRA",)),
        ),
        (
            "منحت روسيا السفارة الأمريكية حق الوصول القنصلي إلى الصحفي المعتقل.",
            ("RETREAT", ("RUS",), ("USA",)),
        ),
        # border crossings closed, told by the masdar
        (
            "غير أن التطور الأبرز هذا الأسبوع كان إغلاق فنلندا جميع المعابر الحدودية مع روسيا.",
            ("SANCTION", ("FIN",), ("RUS",)),
        ),
        # deals suspended
        ("أوقفت روسيا العمل باتفاقية الحبوب في البحر الأسود.", ("SANCTION", ("RUS",), ())),
        ("جمدت أرمينيا العمل باتفاقية الأمن الجماعي.", ("SANCTION", ("ARM",), ())),
        # leaving a bloc
        (
            "انسحبت النيجر ومالي وبوركينا فاسو رسميا من مجموعة إيكواس.",
            ("SANCTION", ("NER", "MLI", "BFA"), ("IGO",)),
        ),
        ("انسحبت قطر من أوبك.", ("SANCTION", ("QAT",), ("IGO",))),
        (
            "خرجت بريطانيا رسميا من الاتحاد الأوروبي في 31 يناير 2020.",
            ("SANCTION", ("GBR",), ("EUR",)),
        ),
    ],
)
def test_round29_coded(sentence, want):
    assert want in tuples(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a visa ban is no coercion; consular access is no visit
        ("منعت بريطانيا خمسة مسؤولين صينيين من دخول أراضيها.", "COERCE"),
        (
            "سمحت السلطات الإيرانية لدبلوماسيين فرنسيين بزيارة المواطنين الفرنسيين المعتقلين.",
            "CONSULT",
        ),
        # leaving a bloc is no withdrawal of forces
        ("انسحبت قطر من أوبك.", "RETREAT"),
        # detention centres, asylum seekers and a deal's purpose
        ("وقعت إيطاليا وألبانيا اتفاقا لنقل المهاجرين إلى مراكز احتجاز ألبانية.", "COERCE"),
        ("وقعت بريطانيا ورواندا اتفاقا لترحيل طالبي اللجوء إلى كيغالي.", "COERCE"),
        ("وقعت بريطانيا ورواندا اتفاقا لترحيل طالبي اللجوء إلى كيغالي.", "REQUEST"),
        # inspectors at facilities; a treaty named by the tests it bans
        ("قال بوتين إن بلاده لن تسمح للمفتشين الأمريكيين بزيارة منشآتها النووية.", "CONSULT"),
        ("انسحبت روسيا من معاهدة حظر التجارب النووية.", "MOBILIZE"),
        # efforts towards a ceasefire; talks agreed to be resumed
        (
            "استقبل الرئيس المصري وزير الخارجية الإيراني في القاهرة. "
            "وبحث الجانبان التصعيد في المنطقة وجهود وقف إطلاق النار في غزة.",
            "RETREAT",
        ),
        ("اتفقت مصر وإثيوبيا على استئناف المفاوضات حول سد النهضة.", "CONSULT"),
        # the sanctions responded to are the other party's
        ("ردت طهران على العقوبات الأوروبية باستدعاء سفراء الدول الثلاث.", "SANCTION"),
        # a holy site barred to worshippers is no visa ban
        ("منعت القوات الإسرائيلية المصلين من دخول المسجد الأقصى.", "SANCTION"),
    ],
)
def test_round29_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round29_still_coded_beside_the_stop_phrases():
    # the deal itself, a deportation told, a test told and talks resumed stay coded
    assert ("AGREE", ("GBR", "RWA"), ()) in tuples(
        "وقعت بريطانيا ورواندا اتفاقا لترحيل طالبي اللجوء إلى كيغالي."
    )
    assert ("COERCE", ("GBR",), ("RWA",)) in tuples("رحلت بريطانيا طالبي لجوء إلى رواندا.")
    assert "MOBILIZE" in types("أجرت كوريا الشمالية تجربة نووية سادسة.")
    assert ("CONSULT", ("EGY",), ("ETH",)) in tuples(
        "استأنفت مصر وإثيوبيا المفاوضات حول سد النهضة."
    )
    assert ("SANCTION", ("RUS",), ()) in tuples("انسحبت روسيا من معاهدة حظر التجارب النووية.")


def test_round29_sidelines_are_no_meeting_with_the_host():
    got = tuples("التقى وزير الخارجية التركي بنظيره اليوناني على هامش اجتماعات الناتو.")
    assert ("CONSULT", ("TUR",), ("GRC",)) in got
    assert ("CONSULT", ("TUR",), ("IGO",)) not in got


def test_round29_access_refused_did_not_happen():
    assert not happened("لم تسمح إيران للدبلوماسيين البريطانيين بزيارة المعتقلة.", "RETREAT")


def test_round29_last_night_is_yesterday():
    events = [
        e
        for e in code_text("قصفت القوات الروسية مدينة خاركيف الليلة الماضية.", "ar", DATE)
        if e.event_type == "ASSAULT"
    ]
    assert events
    assert all(e.date == "2024-12-31" for e in events)
