"""Arabic triggers, cues and aliases changed in round 15 (data/ar/triggers.yaml,
data/ar/grammar.yaml, data/ar/aliases/countries.yaml): artillery as the subject of "قصف",
destroying military targets, claimed assassinations and destructions, demolitions, executions of
nationals, closing media offices, barring entry, banning groups, suspending treaties and imports,
expulsions after "announced/decided", joining a lawsuit, bringing charges, disclaiming
responsibility, admitting an act, congratulating, sending an ambassador back, resuming flights,
funding projects, sniping, attacking with missiles, the weapon that names who fired, unnamed
gunmen opening fire, marches with "في", Israeli settlers, hosting summits, future (س) forms; and
stop phrases and cues for hosted refugees and tournaments, criticism received, a truce as a
topic, plans, and visits put off or called off.
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
        # artillery or tanks as the subject of "قصف": the description acts
        ("قصفت المدفعية الإسرائيلية بلدات في جنوب لبنان.", ("ASSAULT", ("ISR",), ("LBN",))),
        # destroying military targets or infrastructure is an attack on their owner
        ("دمرت الطائرات الروسية جسرا استراتيجيا في مقاطعة خيرسون الأوكرانية.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        # an assassination or a destruction claimed by the one who did it
        ("أعلنت إسرائيل اغتيال قائد في حزب الله.", ("ASSAULT", ("ISR",), ("LBN",))),
        ("أعلنت وزارة الدفاع الروسية تدمير دبابات أوكرانية.", ("ASSAULT", ("RUS",), ("UKR",))),
        # demolishing homes is coercion of their owners
        ("هدمت السلطات الإسرائيلية منزل عائلة أسير فلسطيني في نابلس.",
         ("COERCE", ("ISR",), ("PSE",))),
        ("أقدمت القوات الإسرائيلية على هدم منازل فلسطينيين في القدس الشرقية.",
         ("COERCE", ("ISR",), ("PSE",))),
        # executing a national of another state
        ("أعدمت السلطات الإيرانية مواطنا ألمانيا من أصل إيراني.",
         ("ASSAULT", ("IRN",), ("DEU",))),
        # closing a media office, barring entry, banning a group
        ("أغلقت السلطات الإيرانية مكتب قناة الجزيرة في طهران.", ("COERCE", ("IRN",), ("QAT",))),
        ("منعت إسرائيل دخول وفد برلماني أوروبي إلى قطاع غزة.", ("COERCE", ("ISR",), ("EUR",))),
        ("أعلنت الحكومة الأردنية حل جماعة الإخوان المسلمين وحظر أنشطتها.",
         ("COERCE", ("JOR",), ())),
        # stopping imports and freezing funding, the subject between
        ("أوقفت الصين استيراد المأكولات البحرية من اليابان.", ("SANCTION", ("CHN",), ("JPN",))),
        ("جمدت الكويت تمويل مشاريع في لبنان.", ("SANCTION", ("KWT",), ("LBN",))),
        # expelling after "decided": the deciding state expels
        ("قررت النيجر طرد الدبلوماسيين الفرنسيين.", ("SANCTION", ("NER",), ("FRA",))),
        # bringing charges, the prosecutor between the verb and the charge
        ("وجهت النيابة العامة المصرية تهمة التجسس لصالح إسرائيل إلى ثلاثة أشخاص.",
         ("ACCUSE", ("EGY",), ("ISR",))),
        # disclaiming responsibility is a denial
        ("تنصلت حركة حماس من مسؤولية إطلاق الصواريخ على إسرائيل.",
         ("REJECT", ("PSE",), ("ISR",))),
        # admitting an act: an admission, and the act took place
        ("اعترفت الحكومة الإيرانية بإسقاط الطائرة الأوكرانية عن طريق الخطأ.",
         ("CONCEDE", ("IRN",), ("UKR",))),
        ("اعترفت الحكومة الإيرانية بإسقاط الطائرة الأوكرانية عن طريق الخطأ.",
         ("ASSAULT", ("IRN",), ("UKR",))),
        # congratulating, the masculine past with what it is for
        ("هنأ الرئيس المصري نظيره الأمريكي بفوزه في الانتخابات.", ("SUPPORT", ("EGY",), ("USA",))),
        # sending an ambassador back restores relations; resuming flights eases
        ("أعادت الإمارات سفيرها إلى طهران.", ("COOPERATE", ("ARE",), ("IRN",))),
        ("استأنفت شركة مصر للطيران رحلاتها إلى بنغازي.", ("RETREAT", ("EGY",), ("LBY",))),
        # funding a project abroad is economic aid
        ("موّلت اليابان مشروعا لإعادة تأهيل محطة كهرباء في العراق.",
         ("AID", ("JPN",), ("IRQ",))),
        # sniping; attacking with missiles whatever the object
        ("قنص جندي إسرائيلي طفلا فلسطينيا قرب السياج الحدودي.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("هاجمت إيران إسرائيل بصواريخ ومسيرات.", ("ASSAULT", ("IRN",), ("ISR",))),
        # the weapon a casualty was hit by names who fired
        ("قتل صحفي لبناني بقذيفة دبابة إسرائيلية في جنوب لبنان.",
         ("ASSAULT", ("ISR",), ("LBN",))),
        # unnamed gunmen opening fire: the party named after is the target
        ("أطلق مسلحون مجهولون النار على حافلة تقل زوارا باكستانيين في بلوشستان.",
         ("ASSAULT", (), ("PAK",))),
        # exposure to an attack with its weapon: one attack on the target
        ("تعرض موكب وزير الداخلية الصومالي لهجوم بقذائف الهاون في مقديشو.",
         ("ASSAULT", (), ("SOM",))),
        # seizing a weapons shipment is a seizure
        ("ضبطت البحرية الأمريكية شحنة أسلحة إيرانية متجهة إلى الحوثيين.",
         ("COERCE", ("USA",), ("IRN",))),
        # marching "في مسيرات": a protest, not drones
        ("خرج آلاف السودانيين في مسيرات بالخرطوم رفضا للحكم العسكري.",
         ("PROTEST", ("SDN",), ())),
        # settlers are Israeli
        ("اعتدى مستوطنون على مزارعين فلسطينيين خلال موسم قطف الزيتون.",
         ("ASSAULT", ("ISR",), ("PSE",))),
        ("اتهمت الخارجية الفلسطينية المستوطنين بإحراق منازل في بلدة حوارة.",
         ("ACCUSE", ("PSE",), ("ISR",))),
        # conveying a warning, the sender between the verb and the warning
        ("أبلغت واشنطن طهران رسالة تحذير عبر وسطاء عمانيين.", ("THREATEN", ("USA",), ("IRN",))),
        # raising readiness, testing missiles, forces deploying
        ("رفع الجيش الكوري الجنوبي جاهزيته القتالية.", ("MOBILIZE", ("KOR",), ())),
        ("أجرت كوريا الشمالية تجربة صاروخية جديدة.", ("MOBILIZE", ("PRK",), ())),
        ("انتشرت وحدات من الجيش اللبناني في الجنوب.", ("MOBILIZE", ("LBN",), ())),
        # dispatching an envoy is a visit by proxy
        ("أوفدت قطر وزير الدولة للشؤون الخارجية إلى كابول.", ("CONSULT", ("QAT",), ("AFG",))),
        # disapproving is criticism
        ("استهجنت الحكومة الأردنية تصريحات الوزير الإسرائيلي.", ("ACCUSE", ("JOR",), ("ISR",))),
        # standing by a party, the subject between
        ("أكد وزير الخارجية الروسي وقوف بلاده إلى جانب فنزويلا.",
         ("SUPPORT", ("RUS",), ("VEN",))),
        # voting against a resolution is a rejection
        ("صوتت الولايات المتحدة ضد القرار.", ("REJECT", ("USA",), ())),
        # a grant told with the masdar
        ("أعلنت اليابان تقديم منحة بقيمة 100 مليون دولار للسلطة الفلسطينية.",
         ("AID", ("JPN",), ("PSE",))),
        # future withdrawal
        ("أعلنت واشنطن أنها ستسحب قواتها من سوريا.", ("RETREAT", ("USA",), ("SYR",))),
        # Mali named unambiguously supports the bare name
        ("علقت جمهورية مالي رحلاتها الجوية مع فرنسا، وقطعت مالي علاقاتها مع أوكرانيا.",
         ("SANCTION", ("MLI",), ("UKR",))),
    ],
)
def test_round15_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # all sixteen types in verb-first wire copy
        ("وقع وزيرا خارجية الأردن والعراق في عمان اتفاقية للربط الكهربائي بين البلدين.",
         ("AGREE", ("JOR", "IRQ"), ())),
        ("أبدت الحكومة السودانية موافقتها على المقترح السعودي لاستئناف المحادثات في جدة.",
         ("AGREE", ("SDN",), ("SAU",))),
        ("أجرى العاهل المغربي اتصالا هاتفيا مع الرئيس الموريتاني تناول العلاقات الثنائية.",
         ("CONSULT", ("MAR",), ("MRT",))),
        ("أشادت الخارجية الأمريكية بالدور القطري في الوساطة.", ("SUPPORT", ("USA",), ("QAT",))),
        ("اعتذرت الحكومة الإيطالية رسميا لليبيا عن حقبة الاستعمار.",
         ("SUPPORT", ("ITA",), ("LBY",))),
        ("أعلن الجيش السوداني موافقته على هدنة إنسانية استجابة لضغوط أمريكية.",
         ("CONCEDE", ("SDN",), ("USA",))),
        ("تعاونت الشرطة الأردنية مع نظيرتها العراقية في ضبط شبكة تهريب.",
         ("COOPERATE", ("JOR",), ("IRQ",))),
        ("قدمت السعودية منحة نفطية بقيمة 500 مليون دولار إلى اليمن.", ("AID", ("SAU",), ("YEM",))),
        ("سلم المتمردون الحوثيون جثث ثلاثة جنود سعوديين إلى الرياض.",
         ("RETREAT", ("YEM",), ("SAU",))),
        ("دعا الاتحاد الأوروبي إسرائيل إلى السماح بدخول المساعدات دون قيود.",
         ("REQUEST", ("EUR",), ("ISR",))),
        ("استنكرت السعودية بشدة اقتحام وزير إسرائيلي باحات المسجد الأقصى.",
         ("ACCUSE", ("SAU",), ("ISR",))),
        ("رفض البرلمان العراقي التصويت على الاتفاقية الأمنية مع واشنطن.",
         ("REJECT", ("IRQ",), ("USA",))),
        ("توعد الحرس الثوري الإيراني إسرائيل برد ساحق.", ("THREATEN", ("IRN",), ("ISR",))),
        ("شارك آلاف الأردنيين في مسيرة حاشدة أمام السفارة الأمريكية في عمان.",
         ("PROTEST", ("JOR",), ("USA",))),
        ("قطعت نيكاراغوا علاقاتها الدبلوماسية مع إسرائيل.", ("SANCTION", ("NIC",), ("ISR",))),
        ("حشدت أذربيجان قواتها على الحدود مع أرمينيا.", ("MOBILIZE", ("AZE",), ("ARM",))),
        ("احتجزت البحرية الإيرانية ناقلة نفط ترفع علم بنما في الخليج.",
         ("COERCE", ("IRN",), ("PAN",))),
        ("أطلق حزب الله عشرات الصواريخ على شمال إسرائيل.", ("ASSAULT", ("LBN",), ("ISR",))),
    ],
)
def test_round15_all_types(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # receiving refugees or hosting a tournament is no meeting
        ("استقبلت تركيا ثلاثة ملايين لاجئ سوري منذ اندلاع الحرب.", "CONSULT"),
        ("استضافت الدوحة بطولة كأس العالم لكرة القدم عام 2022.", "CONSULT"),
        # criticism received: the subject is not the critic
        ("تعرضت الحكومة الأردنية لانتقادات واسعة بسبب رفع أسعار الوقود.", "ACCUSE"),
        # what one is accused of is not asserted
        ("تواجه الإمارات اتهامات بدعم قوات الدعم السريع.", "SUPPORT"),
        # a truce as the topic of talks
        ("وصل وفد أمني مصري إلى تل أبيب لبحث ترتيبات الهدنة.", "RETREAT"),
        # what is disclaimed is not asserted
        ("تنصلت حركة حماس من مسؤولية إطلاق الصواريخ على إسرائيل.", "ASSAULT"),
        # the seized shipment is no aid given
        ("ضبطت البحرية الأمريكية شحنة أسلحة إيرانية متجهة إلى الحوثيين.", "AID"),
        # "لدعم" is the purpose of what is told, no act of support
        ("خصصت الحكومة الكويتية مئة مليون دولار لدعم اللاجئين السوريين في الأردن.", "SUPPORT"),
        # a missile test is no attack
        ("أجرت كوريا الشمالية تجربة صاروخية جديدة.", "ASSAULT"),
        # a floods' damage is no attack
        ("دمرت الفيضانات الجسر الرئيسي في مدينة درنة الليبية.", "ASSAULT"),
        # a channel closing its own office is no censorship
        ("أغلقت قناة الجزيرة مكتبها في كابول لأسباب أمنية.", "COERCE"),
    ],
)
def test_round15_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a plan, a postponed visit: not happened
        ("تخلت كوريا الجنوبية عن خطتها لنشر منظومة الدفاع الصاروخي.", "MOBILIZE"),
        ("أرجأت الحكومة البريطانية زيارة رئيس الوزراء إلى الصين.", "CONSULT"),
        # future (س) forms
        ("ستفرض الولايات المتحدة عقوبات جديدة على كوريا الشمالية.", "SANCTION"),
        ("ستستضيف السعودية قمة عربية طارئة الأسبوع المقبل.", "CONSULT"),
        ("أعلنت واشنطن أنها ستسحب قواتها من سوريا.", "RETREAT"),
        # a threat or a possibility is no attack
        ("قال مسؤولون أمريكيون إن إيران قد تشن هجوما على إسرائيل خلال أيام.", "ASSAULT"),
        ("لم يشن الجيش الإسرائيلي أي غارات على لبنان منذ سريان الهدنة.", "ASSAULT"),
    ],
)
def test_round15_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_round15_future_forms_are_coded():
    events = code_text("ستفرض الولايات المتحدة عقوبات جديدة على كوريا الشمالية.", "ar", DATE)
    assert any(
        e.event_type == "SANCTION" and e.modality == "future"
        and [a.country for a in e.actor] == ["USA"]
        for e in events
    )
