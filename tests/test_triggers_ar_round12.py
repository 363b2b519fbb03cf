"""Arabic triggers and cues changed in round 12 (data/ar/triggers.yaml, data/ar/grammar.yaml):
armed attacks on installations, exposure to an attack with the victim's description between,
casualties in several attacks, cooperation with the subject between, and "possible" as a
predicate of an attack. Each sentence was written for this test in the style of Arabic news
and its expected reading checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-03-03"

_coder = Coder("ar", DATE)
happened = _coder.happened


@pytest.mark.parametrize(
    "sentence, want",
    [
        # "هاجم" with an installation as its target, the attacker's description between
        ("وهاجمت طائرات مسيرة أوكرانية مصفاة نفط في جنوب روسيا.",
         ("ASSAULT", ("UKR",), ("RUS",))),
        # cooperating with a partner, the subject between verb and "مع"
        ("وتعاونت تركيا مع روسيا في ملف تصدير الحبوب.", ("COOPERATE", ("TUR",), ("RUS",))),
    ],
)
def test_round12_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the victim's description between "تعرض" and the attack: reported, attacker unnamed
        ("وأصيب السفير بجروح عندما تعرضت قافلته الدبلوماسية لهجوم في وسط العاصمة.", "ASSAULT"),
        ("وتعرض مقر البعثة الأممية لهجوم بالقذائف أمس.", "ASSAULT"),
        # casualties in several attacks
        ("وقتل شرطيان وأصيب خمسة مدنيين في ثلاث هجمات بالعاصمة.", "ASSAULT"),
        ("وأصيب عشرة أشخاص في تفجيرات متفرقة شمال البلاد.", "ASSAULT"),
    ],
)
def test_round12_reported(sentence, etype):
    assert happened(sentence, etype)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # "possible" or "on the table" as the predicate: the strike may come
        ("وقال الوزير إن غارة إسرائيلية على لبنان ممكنة في أي وقت.", "ASSAULT"),
        ("وقال مسؤول عسكري إن غارات أمريكية على الحوثيين واردة.", "ASSAULT"),
        ("وأكد الجنرال أن قصف المنشآت الإيرانية ممكن.", "ASSAULT"),
    ],
)
def test_round12_not_reported(sentence, etype):
    assert not happened(sentence, etype)


# Guards for the entries broadened above (they passed before the change too).
@pytest.mark.parametrize(
    "sentence, etype",
    [
        # "هاجم" against people's words or a plan stays verbal (no physical target)
        ("وهاجم المرشح خطة منافسه الاقتصادية في مناظرة تلفزيونية.", "ASSAULT"),
        # the present "تتعرض لهجمات" is a general complaint, not a reported attack
        ("ويتعرض الصحفيون في البلاد لهجمات متكررة.", "ASSAULT"),
        # a series of attacks is the context of another act
        ("ويأتي الهجوم في سلسلة من الهجمات على المنطقة الحدودية.", "ASSAULT"),
    ],
)
def test_round12_still_no_event(sentence, etype):
    assert not happened(sentence, etype)
