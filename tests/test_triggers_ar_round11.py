"""Arabic cues, triggers and stop phrases changed in round 11 (data/ar/grammar.yaml,
data/ar/triggers.yaml), aimed at telling a reported attack or protest from one that is
feared, planned, fictional, counted, background to another act, or named again. Each
sentence was written for this test in the style of Arabic news and its expected reading
checked by hand."""

import pytest
from event_helpers import Coder

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("ar", DATE)
happened = _coder.happened


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # "did not stop (doing)" is not a negation: the shelling goes on
        ("وإسرائيل لم تتوقف عن قصف مدينة رفح.", "ASSAULT"),
        # gathering before a building with the crowd between, or "قبالة"
        ("وتجمعت مئات العائلات أمام مبنى البرلمان مطالبين بالإفراج عن أبنائهم.", "PROTEST"),
        ("واحتشد آلاف المواطنين قبالة السفارة الفرنسية في العاصمة.", "PROTEST"),
        ("وقام عشرات الطلاب بالتجمع صباح أمس أمام مقر الوزارة.", "PROTEST"),
        # a crowd of protesters throwing stones reports the protest
        ("ورشق مئات المتظاهرين الشرطة بالحجارة في وسط العاصمة.", "PROTEST"),
    ],
)
def test_round11_reported(sentence, etype):
    assert happened(sentence, etype)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # fear: the dreaded attack has not happened
        ("وأغلقت السلطات المعابر خشية أن تشن إسرائيل غارات على المنطقة.", "ASSAULT"),
        ("وقال المسؤول إن الحكومة تخشى أن تقصف روسيا محطات الكهرباء.", "ASSAULT"),
        # a film plot is not a report
        ("ويروي الفيلم قصة مسلحين يختطفون طائرة فرنسية.", "ASSAULT"),
        # relative clauses about protesters: background to the act reported
        ("وأطلقت الشرطة الرصاص المطاطي لتفريق المتظاهرين الذين خرجوا إلى الشوارع في المدينة.",
         "PROTEST"),
        ("وتعرض مقر الحزب الذي تجمع حوله المتظاهرون للنهب.", "PROTEST"),
        # a protest prevented
        ("ومنعت الشرطة مظاهرة احتجاجية أمام البرلمان.", "PROTEST"),
        # rockets fired in an exercise
        ("وشاهد الرئيس الإيراني إطلاق صواريخ خلال المناورات البحرية.", "ASSAULT"),
        # running tallies
        ("وقد اعتدى المستوطنون حتى الآن على عشرات المنازل الفلسطينية.", "ASSAULT"),
        ("وأشارت المنظمة إلى أن 12 صحافيا خطفوا منذ عام 2020 في البلاد.", "ASSAULT"),
        # an attack or a protest as the time of another act
        ("وأغلقت السلطات السفارة بعد هجوم انتحاري استهدف المدينة.", "ASSAULT"),
        ("وقتل متظاهر خلال مظاهرة في العاصمة احتجاجا على الغلاء.", "PROTEST"),
        # definite clashes told before
        ("وأكدت الشرطة أن الصدامات بين المتظاهرين وقوات الأمن لم تسفر عن إصابات.", "PROTEST"),
        # a potential strike
        ("وتحدثت تقارير عن ضربة جوية أميركية محتملة لإيران.", "ASSAULT"),
        # the masdar with the article and the meeting point are nouns
        ("وتحظر المادة التجمهر في الأماكن العامة دون ترخيص.", "PROTEST"),
        ("واعتقلت الشرطة المعارض قبل وصوله إلى موقع تجمع المتظاهرين.", "PROTEST"),
    ],
)
def test_round11_not_reported(sentence, etype):
    assert not happened(sentence, etype)


def test_potential_strike_is_kept_as_hypothetical():
    # the potential strike is still coded, marked as not having happened
    events = code_text("وتحدثت تقارير عن ضربة جوية أميركية محتملة لإيران.", "ar", DATE)
    assert any(e.event_type == "ASSAULT" and e.modality == "hypothetical" for e in events)
