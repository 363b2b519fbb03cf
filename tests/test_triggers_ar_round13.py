"""Arabic triggers and cues changed in round 13 (data/ar/triggers.yaml, data/ar/grammar.yaml,
data/ar/morphology.yaml): verb families read with the subject between verb and object (VSO),
masdars of mobilisation and aid, threats by brandishing or not ruling out force, the author of
an attack named after it ("شنته", "تبناه"), stop phrases for lookalikes, and modality cues.
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
        # VSO sanctions: the subject between the verb and its object
        ("جمدت الولايات المتحدة أصول مصرف إيراني.", ("SANCTION", ("USA",), ("IRN",))),
        ("سحبت السعودية سفيرها من بيروت.", ("SANCTION", ("SAU",), ("LBN",))),
        ("علقت تركيا التبادل التجاري مع إسرائيل.", ("SANCTION", ("TUR",), ("ISR",))),
        ("أغلقت كندا سفارتها في طهران وطردت الدبلوماسيين الإيرانيين.",
         ("SANCTION", ("CAN",), ("IRN",))),
        ("خفضت البحرين تمثيلها الدبلوماسي مع قطر.", ("SANCTION", ("BHR",), ("QAT",))),
        ("قطعت روسيا إمدادات الغاز عن بولندا وبلغاريا.",
         ("SANCTION", ("RUS",), ("POL", "BGR"))),
        # VSO withdrawal of troops
        ("سحبت فرنسا قواتها من النيجر بعد الانقلاب العسكري.", ("RETREAT", ("FRA",), ("NER",))),
        ("وسحبت الولايات المتحدة آخر جنودها من أفغانستان.", ("RETREAT", ("USA",), ("AFG",))),
        # VSO resumption of relations and reopening of embassies
        ("استأنفت مصر وتركيا علاقاتهما الدبلوماسية بعد قطيعة استمرت عشر سنوات.",
         ("COOPERATE", ("EGY", "TUR"), ())),
        ("أعادت الإمارات فتح سفارتها في دمشق.", ("COOPERATE", ("ARE",), ("SYR",))),
        # the masculine "بحث ... مع" with a title naming the partner
        ("وبحث وزير الخارجية المصري مع نظيره السعودي الأزمة في السودان.",
         ("CONSULT", ("EGY",), ("SAU",))),
        ("بحث الملك الأردني مع الرئيس الفرنسي سبل تهدئة الأوضاع في المنطقة.",
         ("CONSULT", ("JOR",), ("FRA",))),
        # a suit or complaint with the plaintiff between and the party sued after "ضد"
        ("رفعت إثيوبيا شكوى ضد مصر إلى مجلس الأمن.", ("ACCUSE", ("ETH",), ("EGY",))),
        # claiming an attack with the claimant between
        ("أعلن الحوثيون مسؤوليتهم عن استهداف سفينة تجارية في خليج عدن.",
         ("ASSAULT", ("YEM",), ())),
        # a siege imposed with the besieger between
        ("فرض الجيش السوري حصارا على البلدة يشمل قطع الكهرباء والوقود.",
         ("COERCE", ("SYR",), ())),
        # masdars: calling up reservists with a count between, a central-bank deposit,
        # ending a rift without the partner after it
        ("أعلن الجيش الأمريكي استدعاء ثلاثة آلاف من جنود الاحتياط.", ("MOBILIZE", ("USA",), ())),
        ("أعلنت السعودية تقديم وديعة بقيمة ثلاثة مليارات دولار في البنك المركزي اليمني.",
         ("AID", ("SAU",), ("YEM",))),
        ("استقبل ولي العهد السعودي أمير قطر في العلا، إيذاناً بطي صفحة الخلاف.",
         ("RETREAT", ("SAU",), ("QAT",))),
        # brandishing force, and not ruling it out
        ("لوح الرئيس التركي بشن عملية عسكرية جديدة في شمال سوريا.",
         ("THREATEN", ("TUR",), ("SYR",))),
        ("لا تستبعد واشنطن توجيه ضربة عسكرية لإيران.", ("THREATEN", ("USA",), ("IRN",))),
        # the author of an attack named by the verb after the attack noun
        ("قتل جنديان أمريكيان في هجوم شنته حركة طالبان على قاعدة في قندهار.",
         ("ASSAULT", ("AFG",), ("USA",))),
        ("قتل أربعة جنود عراقيين في تفجير استهدف دوريتهم قرب كركوك، تبناه تنظيم داعش.",
         ("ASSAULT", ("ISM",), ("IRQ",))),
        # a feminine plural nisba adjective folded to the country
        ("أطلقت حماس سراح ثلاث رهائن إسرائيليات.", ("RETREAT", ("PSE",), ("ISR",))),
        # an impersonal passive release, the releaser unnamed
        ("تم الإفراج عن الناشطة الإيرانية بكفالة مالية.", ("RETREAT", (), ("IRN",))),
        # a shoot-down still codes with an aircraft object (dual construct)
        ("أسقطت الدفاعات الجوية السورية طائرتي استطلاع إسرائيليتين فوق القنيطرة.",
         ("ASSAULT", ("SYR",), ("ISR",))),
    ],
)
def test_round13_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a participle of saying opens a new clause: the threat is not the content of the
        # condemnation before it
        ("ونددت الكويت بالاعتداء على حدودها، مؤكدة أن الحكومة الكويتية تحتفظ بحق الرد.",
         "THREATEN"),
        # not ruling out force is a threat, not a negated one
        ("لا تستبعد واشنطن توجيه ضربة عسكرية لإيران.", "THREATEN"),
        # a warning to a party is still a threat
        ("حذرت إيران إسرائيل من أي هجوم على منشآتها النووية.", "THREATEN"),
    ],
)
def test_round13_happened(sentence, etype):
    assert happened(sentence, etype)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # "اثني عشر" (twelve) is not the praise verb أثنى
        ("طردت الجزائر اثني عشر دبلوماسيا فرنسيا.", "SUPPORT"),
        # warning of a disaster is no threat
        ("حذر الأمين العام للأمم المتحدة من كارثة إنسانية في غزة.", "THREATEN"),
        ("تحذر الأمم المتحدة من مجاعة وشيكة في شمال غزة.", "THREATEN"),
        # calming a situation is not a truce
        ("بحث الملك الأردني مع الرئيس الفرنسي سبل تهدئة الأوضاع في المنطقة.", "RETREAT"),
        # aid workers and suspended relief operations are not aid given
        ("أقرت إسرائيل بمسؤوليتها عن مقتل عمال الإغاثة في غزة.", "AID"),
        ("أعلنت الأمم المتحدة تعليق عمليات الإغاثة في رفح.", "AID"),
        # a parliament passing a bill is legislation, not an agreement with a party
        ("وافق الكنيست الإسرائيلي بالقراءة الأولى على مشروع قانون يحظر عمل وكالة الأونروا.",
         "AGREE"),
        # "أسقط" with a political object: voted down, toppled
        ("أسقطت روسيا مشروع القرار الأمريكي في مجلس الأمن.", "ASSAULT"),
        ("أسقط البرلمان العراقي الحكومة بتصويت على سحب الثقة.", "ASSAULT"),
        # the charge named with "بتهمة" is not an act reported
        ("أعلنت الولايات المتحدة فرض عقوبات على ثلاث شركات صينية بتهمة دعم روسيا.", "SUPPORT"),
        # what a resolution calls for has not happened
        ("رحبت مصر بقرار مجلس الأمن الداعي إلى وقف إطلاق النار.", "RETREAT"),
        # the parts of a siege are not a second act
        ("فرض الجيش السوري حصارا على البلدة يشمل قطع الكهرباء والوقود.", "SANCTION"),
        # readiness to talk, and a future auxiliary before a withdrawal
        ("أبدت إيران استعدادها للتفاوض مع الولايات المتحدة حول برنامجها النووي.", "CONSULT"),
        ("ستبدأ القوات الأمريكية الانسحاب من العراق العام المقبل.", "RETREAT"),
    ],
)
def test_round13_not_reported(sentence, etype):
    assert not happened(sentence, etype)


def test_round13_unnamed_sources_make_it_reported():
    events = code_text("ذكرت مصادر أمنية أن مسلحين مجهولين خطفوا مهندسا صينيا في النيجر.", "ar", DATE)
    assert [e.modality for e in events if e.event_type == "ASSAULT"] == ["reported"]


def test_round13_research_noun_is_no_talks():
    # "بحث" (research) with a pronoun and "مع" is not the verb of talks
    assert "CONSULT" not in types("ونشر الباحث بحثه العلمي مع زملائه في جامعة القاهرة.")
