"""Arabic triggers and stop phrases added in round 9 (data/ar/triggers.yaml). Each sentence
was written for this test in the style of Arabic news and its expected tuple checked by hand:
(type, actor countries, recipient countries)."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # "تم اغتصابها": the impersonal passive asserts the act, no coded perpetrator needed
        ("وأكدت الناشطة في مؤتمر صحفي أنه تم اغتصابها داخل مركز احتجاز في ليبيا.",
         ("ASSAULT", (), ())),
        # shooting at a pronoun target, the preposition carrying the pronoun
        ("واعترض مسلحون ملثمون سيارة القاضي في البصرة وأطلقوا النار عليه.",
         ("ASSAULT", (), ())),
        # ... and with the shooters between the verb and the fire (VSO)
        ("واقترب الشاب من السياج الحدودي فأطلق جنود إسرائيليون النار عليه.",
         ("ASSAULT", ("ISR",), ())),
        # taking to the streets to protest, whoever the subject
        ("ونزل آلاف العمال أمس إلى الشوارع للاحتجاج على تأخر صرف الرواتب.",
         ("PROTEST", (), ())),
        # executions: a named group of victims, and field executions
        ("وأعدمت جماعة الحوثي خمسة أسرى يمنيين في صنعاء.", ("ASSAULT", ("YEM",), ())),
        ("وقال المرصد إن عناصر التنظيم أعدموا ميدانيا عشرين مدنيا سوريا في ريف حلب.",
         ("ASSAULT", (), ("SYR",))),
        # the masculine past of "support"
        ("وأيد الرئيس الفرنسي المبادرة المصرية لإعادة إعمار غزة.", ("SUPPORT", ("FRA",), ("EGY",))),
        # two parties ending their rift together: each towards the other
        ("وطوت تركيا ومصر صفحة الخلاف خلال زيارة أردوغان إلى القاهرة.",
         ("RETREAT", ("TUR",), ("EGY",))),
        ("وطوت تركيا ومصر صفحة الخلاف خلال زيارة أردوغان إلى القاهرة.",
         ("RETREAT", ("EGY",), ("TUR",))),
        # a verb before a definite protest noun still reports the protest
        ("ونظمت المعارضة المظاهرات الحاشدة في وسط العاصمة أمس.", ("PROTEST", (), ())),
        # ... and a verb before a definite attack noun the attack
        ("وشنت القوات العراقية الهجوم على مواقع التنظيم في الموصل.", ("ASSAULT", ("IRQ",), ())),
        # a verb before a definite plural strike noun still reports the strikes
        ("وشنت الطائرات الإسرائيلية الغارات الجوية على مواقع في جنوب لبنان.",
         ("ASSAULT", ("ISR",), ("LBN",))),
        # riots: a verb of outbreak before the definite noun reports them
        ("واندلعت أعمال الشغب في ضواحي باريس ليلة أمس بعد مقتل شاب برصاص الشرطة.",
         ("PROTEST", (), ())),
    ],
)
def test_round9_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ar", "2025-03-03")


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # "بأيد عراقية" (by Iraqi hands) is not "supported"
        ("وأكد الوزير أن أمن الحدود سيبقى بأيد عراقية.", "SUPPORT"),
        # a judicial hanging alone is not coded as an execution in a fight
        ("وقال المدعي العام إن المدانين أعدموا شنقا فجر اليوم.", "ASSAULT"),
        # a definite protest noun with its attribute names a protest told before
        ("وأصيب صحفي بجروح خلال تغطيته المظاهرة الحاشدة يوم الجمعة الماضي.", "PROTEST"),
        # a definite attack noun with its target names an attack told before
        ("وتصاعدت في الأشهر الأخيرة الهجمات على القوافل التركية في شمال سوريا.", "ASSAULT"),
        # definite plural strike nouns counted or referred to
        ("وتراجع عدد الهجمات الصاروخية على القواعد الأمريكية في العراق خلال الشهر الماضي.",
         "ASSAULT"),
        # "أعمال الشغب" with the article names riots told before
        ("وأصيب عشرات الأشخاص خلال أعمال الشغب التي شهدتها المدينة الشهر الماضي.", "PROTEST"),
    ],
)
def test_round9_stop_phrases(sentence, absent):
    assert absent not in {t[0] for t in coded_tuples(sentence, "ar", "2025-03-03")}
