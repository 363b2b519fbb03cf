"""Russian data of round 18, a probe of whole agency stories on energy, trade, borders, UN
votes, coups and prisoner deals (data/ru/triggers.yaml, sectors.yaml, aliases/places.yaml and
aliases/organisations.yaml).

"Киевский режим" and "киевские власти", as Russian state media name the Ukrainian
government, are Kyiv; Western services, partners, leaders and governments named as a group
are the West. Closing a border with its neighbour named after it ("закрыла границу с
Белоруссией") reads the neighbour as the target: the border is the gapped tail of the verb,
so the location mention is no longer swallowed by the trigger. A ceasefire with its length
or kind between ("о недельном перемирии") is agreed and follows; cutting back cooperation
is reducing ties, not cooperation; taking people off a sanctions list lifts the sanctions.
Calling another's acts blackmail or repression is criticism; dismissing accusations as
groundless rejects them without a new accusation by the speaker; calling an attack a crime
criticises its author, and the attack noun inside is not the speaker's attack. Removing a
president from power or overthrowing a government is a coup (COERCE); extending martial law
or a state of emergency imposes it again. Blocking border crossings in protest is a protest,
with farmers and truck drivers as civilians; weapon systems received from a named donor by
their make are military aid. Approving the allocation of a sum in dollars or euros to another state is
aid; suspending a broadcaster's transmissions is censorship;
leaving a community or commonwealth named in full is leaving the bloc; a term "к ... годам
лишения свободы" is the content of the sentence verb, not an act of its own. Each sentence was written for this test in the style of
Russian news and its expected reading checked by hand against eval/README.md: (type, actor
countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, happened = _coder.types, _coder.tuples, _coder.happened


@pytest.mark.parametrize(
    "sentence, want",
    [
        # the Ukrainian government as Russian state media name it
        ("Киевский режим нанёс удар по Белгороду.", ("ASSAULT", ("UKR",), ("RUS",))),
        ("Удары киевского режима по Курской области продолжаются, заявили в Минобороны России.",
         ("ASSAULT", ("UKR",), ("RUS",))),
        ("Минобороны России обвинило киевский режим в атаке беспилотников на Кремль.",
         ("ACCUSE", ("RUS",), ("UKR",))),
        ("Киевские власти обвинили Москву в обстреле.", ("ACCUSE", ("UKR",), ("RUS",))),
        # Western states as a group
        ("Власти Сербии обвинили западные спецслужбы в организации протестов в Белграде.",
         ("ACCUSE", ("SRB",), ("IGO",))),
        ("Лавров призвал западных партнёров отказаться от санкций.", ("REQUEST", ("RUS",), ("IGO",))),
        ("Путин встретился с западными лидерами.", ("CONSULT", ("RUS",), ("IGO",))),
        # a border closed against the neighbour named after it
        ("Польша закрыла границу с Белоруссией.", ("SANCTION", ("POL",), ("BLR",))),
        ("Литва объявила о закрытии границы с Белоруссией.", ("SANCTION", ("LTU",), ("BLR",))),
        # taken off sanctions lists
        ("Минфин США исключил из санкционного списка трёх венесуэльских чиновников.",
         ("RETREAT", ("USA",), ("VEN",))),
        ("Евросоюз исключил из черного списка двух российских бизнесменов.",
         ("RETREAT", ("EUR",), ("RUS",))),
        ("США вывели из-под санкций российского бизнесмена.", ("RETREAT", ("USA",), ("RUS",))),
        # a ceasefire with its length or kind between
        ("Армия Судана и силы быстрого реагирования договорились о недельном перемирии.",
         ("RETREAT", ("SDN",), ())),
        ("Израиль и «Хезболла» договорились о полном прекращении огня.",
         ("RETREAT", ("ISR", "LBN"), ())),
        # cooperation cut back
        ("Иран сократил сотрудничество с МАГАТЭ.", ("SANCTION", ("IRN",), ("UNO",))),
        # blackmail, repression; accusations dismissed
        ("Премьер-министр Молдавии Дорин Речан назвал действия Москвы «энергетическим шантажом».",
         ("ACCUSE", ("MDA",), ("RUS",))),
        ("Президент Саломе Зурабишвили назвала действия полиции «репрессиями».",
         ("ACCUSE", ("GEO",), ())),
        ("Песков назвал обвинения Лондона абсурдными.", ("REJECT", ("RUS",), ("GBR",))),
        # an attack called a crime
        ("МИД Ирана назвал удар Израиля по консульству в Дамаске нарушением международного права.",
         ("ACCUSE", ("IRN",), ("ISR",))),
        # coups
        ("Военные Нигера объявили по национальному телевидению об отстранении от власти президента.",
         ("COERCE", ("NER",), ())),
        ("Армия Мьянмы свергла правительство Аун Сан Су Чжи.", ("COERCE", ("MMR",), ("MMR",))),
        # emergency rule extended
        ("Парламент Молдавии продлил чрезвычайное положение в энергетике на 60 дней.",
         ("COERCE", ("MDA",), ())),
        ("Верховная рада Украины в очередной раз продлила военное положение.",
         ("COERCE", ("UKR",), ())),
        ("Зеленский подписал закон о продлении военного положения.", ("COERCE", ("UKR",), ())),
        # border crossings blocked in protest
        ("Польские фермеры заблокировали пункты пропуска на границе с Украиной в знак протеста "
         "против импорта украинского зерна.", ("PROTEST", ("POL",), ("UKR",))),
        ("Польские дальнобойщики перекрыли границу в знак протеста.", ("PROTEST", ("POL",), ())),
        # weapon systems received by their make
        ("Украина получит от Германии ещё две системы Patriot.", ("AID", ("DEU",), ("UKR",))),
        ("Киев получил от Нидерландов первые истребители F-16.", ("AID", ("NLD",), ("UKR",))),
        # approving the allocation of a sum to another state
        ("Кабмин Японии одобрил выделение Украине ещё 4,5 млрд долларов.", ("AID", ("JPN",), ("UKR",))),
        ("Совет ЕС одобрил выделение Молдавии 1,8 млрд евро.", ("AID", ("EUR",), ("MDA",))),
        # a broadcaster's transmissions suspended
        ("Власти Мали приостановили вещание французских телеканалов.", ("COERCE", ("MLI",), ("FRA",))),
        # a community or commonwealth left, named in full
        ("Военные власти Мали, Буркина-Фасо и Нигера объявили о немедленном выходе своих стран из "
         "Экономического сообщества стран Западной Африки.",
         # the bloc left is the recipient, now that the base knows ECOWAS
         ("SANCTION", ("MLI", "BFA", "NER"), ("IGO",))),
        ("Грузия вышла из Содружества Независимых Государств.", ("SANCTION", ("GEO",), ("IGO",))),
    ],
)
def test_round18_triggers(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a name taken off a list is no new listing
        ("Минфин США исключил из санкционного списка трёх венесуэльских чиновников.", "SANCTION"),
        # cooperation cut back is not cooperation
        ("Иран сократил сотрудничество с МАГАТЭ.", "COOPERATE"),
        # accusations dismissed are not made by the one who dismisses them
        ("В МИД России назвали эти обвинения беспочвенными.", "ACCUSE"),
        ("Песков назвал обвинения Лондона абсурдными.", "ACCUSE"),
        # a coup condemned is no coup by the condemners
        ("Франция и США осудили переворот.", "COERCE"),
        # an attack called a crime is not the speaker's attack
        ("Генсек ООН Антониу Гутерриш назвал нападение нарушением международного права.", "ASSAULT"),
        ("Лавров назвал удары США по Йемену агрессией.", "ASSAULT"),
        # crossings blocked with no word of protest may be a state's closure: no protest
        ("Польские фермеры заблокировали пункты пропуска на границе с Украиной.", "PROTEST"),
        # accusations dismissed as spy mania are no new accusation
        ("В Москве назвали обвинения «шпиономанией».", "ACCUSE"),
        # approving aid is no praise of its receiver; roubles at home are no aid
        ("Кабмин Японии одобрил выделение Украине ещё 4,5 млрд долларов.", "SUPPORT"),
        ("Парламент одобрил выделение 5 млрд рублей на ремонт дорог.", "AID"),
        # suspended broadcasts are censorship, not a suspended deal
        ("Власти Мали приостановили вещание французских телеканалов.", "SANCTION"),
    ],
)
def test_round18_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round18_dismissal_is_rejection():
    """Dismissing accusations as groundless is REJECT by the one who dismisses them."""
    assert happened("В МИД России назвали эти обвинения беспочвенными.", "REJECT")


def test_round18_attack_called_a_crime_in_a_story():
    """In a story, calling the attack told before a crime criticises its author, and the
    attack noun does not make the speaker an attacker."""
    text = (
        "Израильская армия открыла огонь по позициям Временных сил ООН в Ливане, ранены два "
        "миротворца. Генсек ООН Антониу Гутерриш назвал нападение нарушением международного права."
    )
    got = coded(text)
    assert ("ACCUSE", ("UNO",), ("ISR",)) in got
    assert not any(t[0] == "ASSAULT" and t[1] == ("UNO",) for t in got)


def test_round18_sentenced_in_the_passive():
    """A convict "приговорён к ... годам лишения свободы" jails no one: the term noun is the
    content of the sentence verb, so the convict is not coded as the one who jails."""
    text = "Бывший президент Грузии Михаил Саакашвили приговорён к девяти годам лишения свободы."
    assert ("COERCE", ("GEO",), ()) not in coded(text)
    assert ("COERCE", ("RUS",), ("USA",)) in coded(
        "Суд в Москве приговорил американца к 12,5 годам лишения свободы."
    )
