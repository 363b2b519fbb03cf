"""Arabic triggers and cues changed in round 17 (data/ar/triggers.yaml, data/ar/grammar.yaml):
abusing detainees or fishermen (نكّل ب, التنكيل) as an assault, and "نكل عن" (reneged) as
none; joining a protest (انخرط في الاحتجاجات); "هجوم عنيف على" after a politician or a
deputy as a verbal attack (ACCUSE), no longer an assault; expectation (يتوقع، تتوقع، توقعت)
as a hypothetical cue; a pledge (تعهد، وعد) as a future cue for the act pledged, and a
pledge of aid or peacekeepers as that aid announced, without an AGREE of its own; forming
or deploying a joint force (قوة مشتركة) as joint military cooperation; "فور + masdar"
(upon ...) as a clause break; and an exchange of prisoners joined by "و" to the deal it
belongs to as no event.
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
        # abusing prisoners, fishermen or detainees: an assault on them
        ("نكلت قوات الاحتلال الإسرائيلي بالأسرى الفلسطينيين في سجن عوفر.",
         ("ASSAULT", ("ISR",), ("PSE",))),
        ("نكل جنود إسرائيليون بصيادين فلسطينيين قبالة غزة.", ("ASSAULT", ("ISR",), ("PSE",))),
        ("ينكل حراس السجون الإسرائيلية بالمعتقلين الفلسطينيين.",
         ("ASSAULT", ("ISR",), ("PSE",))),
        # joining protests reports them
        ("انخرط آلاف الأردنيين في الاحتجاجات أمام مجلس النواب.",
         ("PROTEST", ("JOR",), ("JOR",))),
        ("انخرطت النقابات التونسية في الاحتجاجات على غلاء الأسعار.", ("PROTEST", ("TUN",), ())),
        ("انخرط طلاب جامعة الجزائر في المظاهرات الأسبوعية.", ("PROTEST", ("DZA",), ())),
        # an armed force's "violent attack" is still an assault
        ("شنت القوات الروسية هجوما عنيفا على مواقع أوكرانية قرب باخموت.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        # forming or deploying a joint force: cooperation shared by the parties named
        ("شكلت مصر والسودان قوة عسكرية مشتركة لتأمين الحدود.", ("COOPERATE", ("EGY", "SDN"), ())),
        ("نشرت روسيا وبيلاروسيا قوات مشتركة قرب الحدود الأوكرانية.",
         ("COOPERATE", ("RUS", "BLR"), ())),
        # an exchange told with its verb is still one joint release
        ("تبادلت روسيا وأوكرانيا مئات الأسرى بوساطة إماراتية.",
         ("RETREAT", ("RUS", "UKR"), ())),
    ],
)
def test_round17_coded(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a politician's or a deputy's "violent attack" is verbal
        ("شن رئيس حزب الكتائب اللبناني سامي الجميل هجوما عنيفا على حزب الله في مؤتمر صحفي.",
         "ASSAULT"),
        ("وجه النائب المصري هجوما عنيفا على الحكومة بسبب ارتفاع الأسعار.", "ASSAULT"),
        # a pledge of aid or peacekeepers is the aid announced, no agreement of its own
        ("تعهدت موسكو بنشر قوات حفظ سلام في كاراباخ.", "AGREE"),
        ("وعدت ألمانيا بإرسال منظومات دفاع جوي إلى كييف.", "AGREE"),
        ("تعهد ولي العهد السعودي بتقديم مساعدات إنسانية للسودان.", "AGREE"),
        # "نكل عن" is reneging, not abuse
        ("نكلت الحكومة عن وعودها للنقابات.", "ASSAULT"),
        # a truce that takes effect "upon" is no act of the clause's subject
        ("أعلنت عمّان استعدادها لإرسال قوافل إغاثة إلى غزة فور بدء سريان الهدنة.", "RETREAT"),
        # an exchange named as part of the deal welcomed
        ("رحبت الأردن بالتوصل إلى اتفاق لوقف إطلاق النار في غزة وتبادل الأسرى.", "RETREAT"),
    ],
)
def test_round17_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # expected acts have not happened
        ("لم يتوقع المسؤول العراقي أن تشن تركيا عملية عسكرية واسعة في الشمال.", "ASSAULT"),
        ("يتوقع مراقبون أن تفرض واشنطن عقوبات جديدة على موسكو.", "SANCTION"),
        ("توقعت مصادر دبلوماسية أن يلتقي وزيرا خارجية السعودية وإيران في بغداد.", "CONSULT"),
        ("تتوقع الأمم المتحدة أن تطلق إسرائيل سراح مئات الأسرى الفلسطينيين.", "RETREAT"),
        ("يتوقع المحللون أن تنسحب القوات الأمريكية من سوريا.", "RETREAT"),
        # pledged acts are announced, not done
        ("تعهدت اليابان بتقديم منحة بقيمة مليار دولار لأوكرانيا.", "AID"),
        ("وعدت ألمانيا بإرسال منظومات دفاع جوي إلى كييف.", "AID"),
        ("تعهد ولي العهد السعودي بتقديم مساعدات إنسانية للسودان.", "AID"),
        ("تعهد الرئيس الأمريكي بدعم إسرائيل.", "SUPPORT"),
    ],
)
def test_round17_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_round17_pledged_aid_is_future():
    events = code_text("تعهدت اليابان بتقديم منحة بقيمة مليار دولار لأوكرانيا.", "ar", DATE)
    assert any(
        e.event_type == "AID"
        and e.modality == "future"
        and [a.country for a in e.actor] == ["JPN"]
        and [r.country for r in e.recipient] == ["UKR"]
        for e in events
    )


def test_round17_verbal_attack_is_criticism():
    text = "شن رئيس حزب الكتائب اللبناني سامي الجميل هجوما عنيفا على حزب الله في مؤتمر صحفي."
    assert "ACCUSE" in types(text)


def test_round17_other_pledges_stay_promises():
    # a pledge whose content is no coded act is still a promise
    assert "AGREE" in types("تعهدت الحكومة العراقية بإجراء انتخابات مبكرة العام المقبل.")


def test_round17_signing_is_no_expectation():
    # the bare "توقع" is also "she signs": no cue, the agreement is told as done
    assert happened("توقع مصر والأردن اتفاقا للربط الكهربائي.", "AGREE")
