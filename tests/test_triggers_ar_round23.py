"""Arabic triggers and cues added in round 23 (data/ar/triggers.yaml, data/ar/grammar.yaml),
from a probe of fresh news-style sentences, wire digests and analysis paragraphs on arms deals,
maritime seizures, espionage and expulsions, visa regimes and border crossings, refugee
returns, humanitarian corridors, sports and cultural boycotts, investment and debt, and water
and energy transit: reopening a border or a crossing with the subject between (أعادت الجزائر
فتح حدودها) and opening a crossing (فتح معبر); opening or setting up a humanitarian corridor
(فتحت ممرا إنسانيا، إقامة ممر إنساني) as humanitarian access; boycotting games, a
tournament or a festival, also with the masdar (مقاطعة دورة الألعاب); cancelling or
rescheduling a state's debts as economic aid, not a cancelled deal; arming a party (تسليح) and
approving an arms sale to it as the supplier's military aid; a protest lodged with a government
(احتجاجها لدى); a death sentence named by the noun (حكما بإعدام); leaving a bloc with the
leavers between; holding contacts with a party (تجري اتصالات مع); halting arms exports or an arms
shipment to a party as a sanction on it, not aid; a red notice as an arrest warrant; halting or
freezing talks (أوقفت محادثات التطبيع) as a suspension, talks on normalisation as talks; and
sources quoted by an outlet (نقلت عن مصادر) as a report; stopping the transit of
gas across one's territory; visa regimes (scrapping visas eases relations, imposing visas or
suspending their issue restricts them, resuming their issue eases); contracts and several
deals signed with the signer between (وقعت * عقدا، صفقات); deporting a group counted before
its nationality (رحلت السلطات عشرات الأفغان); closing a crossing with the subject between;
investing a sum or pumping investments into a country; dismantling a spy cell; and failing to
reach an agreement (فشلتا في) as negation.
And what they must not code: bare "cancelled" (ألغى) is no sanction unless a deal, contract,
accord or another party's visit is what is cancelled (one's own visit, a law struck down), an
acquittal is no accusation, analysts warning or a dam endangering water security threaten
nobody, a law criminalising
normalisation is no cooperation, relying on a supplier (تعتمد على موسكو في تزويد) is a
dependency and no supply reported, clashes with smugglers are no assault on the state whose
border it is, and a singer who "departed" (رحلت) after hundreds of works deported nobody.
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
        # reopening and opening borders and crossings
        ("أعادت الجزائر فتح حدودها البرية مع تونس بعد عامين من الإغلاق.", ("RETREAT", ("DZA",), ("TUN",))),
        ("أعلنت تركيا فتح معبر باب الهوى أمام عودة السوريين.", ("RETREAT", ("TUR",), ("SYR",))),
        # humanitarian corridors
        ("فتحت إسرائيل ممرا إنسانيا لخروج المدنيين من شمال قطاع غزة.", ("RETREAT", ("ISR",), ("PSE",))),
        ("أعلنت الأمم المتحدة إقامة ممر إنساني آمن لإجلاء المدنيين من ماريوبول.", ("RETREAT", ("UNO",), ("UKR",))),
        # sports boycotts
        ("قررت الجزائر مقاطعة دورة الألعاب المتوسطية التي يستضيفها المغرب.", ("PROTEST", ("DZA",), ())),
        # debt relief
        ("أعلنت الصين إلغاء ديون بقيمة 500 مليون دولار مستحقة على إثيوبيا.", ("AID", ("CHN",), ("ETH",))),
        ("أعادت الصين جدولة ديون زامبيا البالغة أربعة مليارات دولار.", ("AID", ("CHN",), ("ZMB",))),
        # energy transit
        ("أوقفت أوكرانيا عبور الغاز الروسي عبر أراضيها مع انتهاء عقد الترانزيت.", ("SANCTION", ("UKR",), ("RUS",))),
        # visa regimes
        ("ألغت الإمارات نظام التأشيرة المسبقة للمواطنين الروس.", ("RETREAT", ("ARE",), ("RUS",))),
        ("فرضت روسيا نظام التأشيرات على مواطني جورجيا.", ("SANCTION", ("RUS",), ("GEO",))),
        ("قررت الكويت تعليق إصدار تأشيرات العمل لمواطني بنغلاديش.", ("SANCTION", ("KWT",), ("BGD",))),
        ("أعلنت السعودية استئناف إصدار التأشيرات للمواطنين اللبنانيين.", ("RETREAT", ("SAU",), ("LBN",))),
        # contracts and deals with the signer between
        ("وقعت وزارة الدفاع الجزائرية عقدا مع روسيا لشراء غواصات.", ("AGREE", ("DZA", "RUS"), ())),
        ("وقعت أذربيجان وإيطاليا عقودا لتوريد الغاز.", ("AGREE", ("AZE", "ITA"), ())),
        # deportation of a counted group
        (
            "رحّلت السلطات الألمانية عشرات الأفغان إلى بلادهم على متن طائرة مستأجرة.",
            ("COERCE", ("DEU",), ("AFG",)),
        ),
        # closing a crossing with the subject between
        ("أغلقت مصر معبر رفح أمام المسافرين.", ("SANCTION", ("EGY",), ("PSE",))),
        # investment
        ("استثمرت الإمارات 35 مليار دولار في مشروع رأس الحكمة بمصر.", ("COOPERATE", ("ARE",), ("EGY",))),
        (
            "أعلن صندوق الاستثمارات العامة السعودي ضخ استثمارات بقيمة 5 مليارات دولار في العراق.",
            ("COOPERATE", ("SAU",), ("IRQ",)),
        ),
        # a spy cell dismantled
        ("أعلنت السلطات المغربية تفكيك خلية تجسس تعمل لصالح الجزائر.", ("COERCE", ("MAR",), ("DZA",))),
        # arming a party, approving an arms sale to it
        ("إن الولايات المتحدة تواصل تسليح تايوان.", ("AID", ("USA",), ("TWN",))),
        (
            "وكانت واشنطن قد وافقت الشهر الماضي على صفقة أسلحة لتايوان بقيمة ملياري دولار.",
            ("AID", ("USA",), ("TWN",)),
        ),
        # a protest lodged with a government
        ("أعلنت اليابان احتجاجها الشديد لدى بيونغ يانغ.", ("ACCUSE", ("JPN",), ("PRK",))),
        # a death sentence named by the noun
        ("وفي بغداد، أصدرت محكمة الجنايات حكما بإعدام مدان بتفجير الكرادة.", ("COERCE", ("IRQ",), ())),
        # leaving a bloc with the leavers between
        (
            "انسحبت بوركينا فاسو والنيجر من المجموعة الاقتصادية لدول غرب إفريقيا.",
            ("SANCTION", ("BFA", "NER"), ("IGO",)),
        ),
        # holding contacts with a party
        ("وقال إن الرياض تجري اتصالات مع الحوثيين عبر سلطنة عمان.", ("CONSULT", ("SAU",), ("YEM",))),
        ("أجرى وزير الخارجية المصري اتصالا مع نظيره الأمريكي.", ("CONSULT", ("EGY",), ("USA",))),
        # halting arms exports or a shipment
        ("أعلنت ألمانيا تعليق صادرات الأسلحة إلى إسرائيل.", ("SANCTION", ("DEU",), ("ISR",))),
        ("أوقفت الولايات المتحدة شحنة أسلحة إلى إسرائيل.", ("SANCTION", ("USA",), ("ISR",))),
        ("قررت كندا وقف بيع الأسلحة لإسرائيل.", ("SANCTION", ("CAN",), ("ISR",))),
        # a red notice
        ("أصدرت الإنتربول نشرة حمراء بحق رجل الأعمال اللبناني.", ("ACCUSE", ("IGO",), ("LBN",))),
        # halting or freezing talks
        ("جمدت إسرائيل المفاوضات مع حماس.", ("SANCTION", ("ISR",), ("PSE",))),
        ("أعلنت الرياض تجميد محادثات التطبيع مع إسرائيل.", ("SANCTION", ("SAU",), ("ISR",))),
        # talks on normalisation are talks
        ("استأنفت السعودية وإسرائيل محادثات التطبيع برعاية أمريكية.", ("CONSULT", ("SAU",), ("ISR",))),
        # cancelling a deal is still a sanction
        ("ألغت أستراليا صفقة الغواصات الفرنسية.", ("SANCTION", ("AUS",), ("FRA",))),
        ("ألغت الحكومة الجزائرية اتفاقية الصداقة مع إسبانيا.", ("SANCTION", ("DZA",), ("ESP",))),
    ],
)
def test_round23_coded(sentence, want):
    assert want in tuples(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # debt relief and scrapped visas are no cancelled deal
        ("أعلنت الصين إلغاء ديون بقيمة 500 مليون دولار مستحقة على إثيوبيا.", "SANCTION"),
        ("ألغت الإمارات نظام التأشيرة المسبقة للمواطنين الروس.", "SANCTION"),
        # arms halted are not supplied
        ("أعلنت ألمانيا تعليق صادرات الأسلحة إلى إسرائيل.", "AID"),
        ("أوقفت الولايات المتحدة شحنة أسلحة إلى إسرائيل.", "AID"),
        # halted or mere talks on normalisation are no normalisation
        ("أعلنت الرياض تجميد محادثات التطبيع مع إسرائيل.", "COOPERATE"),
        ("استأنفت السعودية وإسرائيل محادثات التطبيع برعاية أمريكية.", "COOPERATE"),
        # a cancelled visit, a law struck down
        ("ألغى وزير الخارجية الأمريكي زيارته إلى أنقرة.", "SANCTION"),
        ("ألغت المحكمة العليا الإسرائيلية قانون تقليص المعقولية.", "SANCTION"),
        # criminalising normalisation
        ("أقر البرلمان العراقي قانونا يجرم التطبيع مع إسرائيل.", "COOPERATE"),
        # a dependency
        ("تعتمد الجزائر على موسكو في تزويد جيشها بالأسلحة.", "AID"),
        ("وتعتمد على موسكو في تزويد جيشها بنحو 70 في المئة من عتاده.", "AID"),
        # clashes with smugglers
        ("أغلقت السلطات الأردنية معبر جابر الحدودي مع سوريا بعد اشتباكات مع مهربين.", "ASSAULT"),
        # the buyer of an arms sale supplies nobody
        ("وكانت واشنطن قد وافقت الشهر الماضي على صفقة أسلحة لتايوان بقيمة ملياري دولار.", "AGREE"),
        # leaving a bloc is no withdrawal of forces
        ("انسحبت بوركينا فاسو والنيجر من المجموعة الاقتصادية لدول غرب إفريقيا.", "RETREAT"),
        # an acquittal is no accusation
        ("قضت محكمة مصرية ببراءة 12 متهما في قضية أحداث مجلس الوزراء.", "ACCUSE"),
        # analysts' warnings and dangers to food or water security
        ("ويحذر خبراء من أن أي عقوبات غربية على الصادرات الزراعية الروسية قد تهدد الأمن الغذائي.", "THREATEN"),
        ("ويرى محللون أن ملء السد يهدد الأمن المائي المصري.", "THREATEN"),
        # "departed"
        ("رحلت الفنانة عن عالمنا بعد مسيرة تضمنت مئات الأعمال.", "COERCE"),
    ],
)
def test_round23_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round23_closed_crossing_kept():
    sentence = "أغلقت السلطات الأردنية معبر جابر الحدودي مع سوريا بعد اشتباكات مع مهربين."
    assert ("SANCTION", ("JOR",), ("SYR",)) in tuples(sentence)


def test_round23_cancelled_visit_negated():
    sentence = "أعلن الرئيس التونسي إلغاء زيارة كانت مقررة إلى فرنسا."
    assert ("CONSULT", ("TUN",), ("FRA",)) in tuples(sentence)
    assert not happened(sentence, "CONSULT")
    assert "SANCTION" not in types(sentence)


def test_round23_failed_to_agree():
    sentence = "أرمينيا وأذربيجان فشلتا في التوصل إلى اتفاق."
    assert ("AGREE", ("ARM", "AZE"), ()) in tuples(sentence)
    assert not happened(sentence, "AGREE")


def test_round23_sources_quoted():
    sentence = "نقلت وكالة رويترز عن مصادر أن السعودية أوقفت محادثات التطبيع مع إسرائيل."
    assert ("SANCTION", ("SAU",), ("ISR",)) in tuples(sentence)
    assert modalities(sentence, "SANCTION") == {"reported"}

