"""Arabic triggers, stop phrases and agent markers changed in round 19 (data/ar/triggers.yaml,
data/ar/grammar.yaml): a call to refrain from speculating or prejudging (دعا إلى عدم استباق
النتائج، التسرع في إطلاق الأحكام، التكهن) is a caution about speech, no request; the leaders or
ministers of one bloc agreeing on a step (اتفق قادة مجموعة السبع / وزراء خارجية الاتحاد
الأوروبي على) take a decision of that body, no agreement between parties, while the step
decided is still coded; an accord "signed in" a city with no signers named (وُقّع في إسطنبول
اتفاق) gives no signer taken from the accord's content; an attack "attributed to" its author
(هجوم نسب إلى) names that author as the actor; a rally of supporters (تجمع/احتشد أنصار،
مؤيدي), a crowd chanting against someone (يهتفون ضد) and protesting with a place between the
protesters and the act (قام متظاهرون في ... بالاحتجاج) report a protest, but not a club's
fans gathering; opening fire with an adverb before the target (أطلقوا النار بكثافة على) is a
shooting, shots into the air are not; and carrying out a suicide attack (ينفذ هجوما انتحاريا)
asserts the bombing even when the attacker is no coded actor.
Each sentence was written for this test in the style of Arabic news and its expected reading
checked by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, coded_tuples

DATE = "2025-03-03"

_coder = Coder("ar", DATE)
happened, types = _coder.happened, _coder.types


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a call to refrain from speculation is addressed to no party
        ("دعا الناطق باسم الحكومة الأردنية إلى عدم استباق نتائج التحقيق في الحادث.", "REQUEST"),
        ("دعت وزارة الخارجية الروسية إلى عدم التسرع في إطلاق الأحكام بشأن سقوط الطائرة.", "REQUEST"),
        ("ودعا الكرملين وسائل الإعلام إلى عدم التكهن بأسباب الحادث.", "REQUEST"),
        # the members of one bloc deciding together: no agreement between parties
        ("اتفق وزراء خارجية الاتحاد الأوروبي في بروكسل على حزمة مساعدات جديدة.", "AGREE"),
        ("اتفق قادة دول مجلس التعاون الخليجي على إنشاء قوة عسكرية موحدة.", "AGREE"),
        ("اتفق زعماء مجموعة العشرين على تنسيق السياسات الاقتصادية.", "AGREE"),
        # an accord signed with no signers named: the state in its content did not sign
        ("وقعت في جنيف اتفاقية لحماية المنشآت النووية الأوكرانية.", "AGREE"),
        ("وقع في القاهرة اتفاق لإعادة إعمار المدن السورية.", "AGREE"),
        # shots into the air, and football fans gathering, are no attack and no protest
        ("وأطلق الجنود النار في الهواء على سبيل التحذير.", "ASSAULT"),
        ("تجمع آلاف من أنصار النادي في الملعب قبل المباراة.", "PROTEST"),
    ],
)
def test_round19_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # a call to refrain from an act, with its addressee, is still a request
        ("دعت مصر إسرائيل إلى عدم التصعيد في غزة.", ("REQUEST", ("EGY",), ("ISR",))),
        # agreements between named states, also with the place before the accord, stay joint
        ("اتفقت روسيا وتركيا على تسيير دوريات مشتركة.", ("AGREE", ("RUS", "TUR"), ())),
        ("وقعت مصر وقطر في الدوحة اتفاقا للتعاون الاقتصادي.", ("AGREE", ("EGY", "QAT"), ())),
        # the step a bloc decides is coded
        ("اتفق قادة مجموعة السبع على فرض عقوبات جديدة على روسيا.", ("SANCTION", ("IGO",), ("RUS",))),
        # an attack attributed to its author
        ("قتل ثلاثة جنود باكستانيين في هجوم نسب إلى حركة طالبان.", ("ASSAULT", ("AFG",), ("PAK",))),
        ("أصيب خمسة شرطيين عراقيين في تفجير نسب إلى تنظيم داعش.", ("ASSAULT", ("ISM",), ("IRQ",))),
        # a rally of supporters before parliament: the people of the place against it
        ("تجمع مئات من أنصار المعارضة أمام مقر البرلمان في تبليسي.", ("PROTEST", ("GEO",), ("GEO",))),
        # a crowd chanting against the minister
        ("خرج مئات الطلاب الأردنيين في عمان يهتفون ضد وزير التعليم.", ("PROTEST", ("JOR",), ("JOR",))),
    ],
)
def test_round19_coded(sentence, want):
    assert want in coded_tuples(sentence, "ar", DATE)


@pytest.mark.parametrize(
    "sentence",
    [
        "احتشد آلاف من مؤيدي الرئيس التونسي في شارع الحبيب بورقيبة.",
        "تجمع أنصار حزب الله في الضاحية الجنوبية لبيروت.",
        "وكان المحتجون يهتفون ضد رئيس الحكومة اللبنانية في ساحة رياض الصلح.",
        "قام مئات المعلمين في العاصمة الأردنية بالاعتصام أمام وزارة التربية.",
    ],
)
def test_round19_protests_happen(sentence):
    assert happened(sentence, "PROTEST")


@pytest.mark.parametrize(
    "sentence",
    [
        "فأطلقوا النار بكثافة على الجنود الإسرائيليين عند الحاجز.",
        "قال مسؤول أمني إن مسلحا ينفذ هجوما انتحاريا اقتحم بوابة معسكر للجيش الباكستاني.",
    ],
)
def test_round19_assaults_happen(sentence):
    assert happened(sentence, "ASSAULT")
