"""Russian data of round 20, a probe of quoted statements, condemnations and regrets, aid and
money received from a donor, recognition and designation, and short agency stories
(data/ru/triggers.yaml).

The imperfective "нападать на" is an attack again: the stop phrase "нападающий" (a forward in
sport) shares its lemma and had hidden every form of it ("Россия не нападала на Украину").
Regret "в связи с" or "по поводу" another party's decision is disapproval of it, not an
apology; regret at a death or a disaster is none. Aid with the donor after it ("получила пакет
военной помощи от США"), sums and medicines received from a donor ("получила от Румынии 200 млн
евро", "получили от Китая партию вакцин") are the donor's aid; a sum received as investment is
economic cooperation. Recognising a state named by its adjective ("признала Палестинское
государство") is recognition, while declaring a state a sponsor of terrorism or a group a
terrorist organisation criticises it. A humanitarian pause is agreed and declared as a
ceasefire. Protests named as the background of another act ("несмотря на протесты", "после
протестов") have no author and give no event; fighting "при поддержке" of a party is no praise
of it; a decree pardoning convicts releases them and condemns no one. Each sentence was
written for this test in the style of Russian news agencies and its expected reading checked
by hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, happened = _coder.types, _coder.tuples, _coder.happened


@pytest.mark.parametrize(
    "sentence, want",
    [
        # the imperfective attack verb with its target
        ("Израильские поселенцы нападали на палестинские деревни.", ("ASSAULT", ("ISR",), ("PSE",))),
        # regret at another party's decision is disapproval
        ("МИД России выразил сожаление в связи с решением Молдавии выслать российского дипломата.",
         ("ACCUSE", ("RUS",), ("MDA",))),
        ("Правительство Японии выразило глубокое сожаление в связи с запуском ракеты КНДР.",
         ("ACCUSE", ("JPN",), ("PRK",))),
        ("Польша выразила сожаление по поводу решения Венгрии предоставить убежище бывшему "
         "замминистра.", ("ACCUSE", ("POL",), ("HUN",))),
        ("Китай выразил сожаление в связи с решением США ввести пошлины.", ("ACCUSE", ("CHN",), ("USA",))),
        # aid and money received from a donor
        ("Украина получила очередной пакет военной помощи от США.", ("AID", ("USA",), ("UKR",))),
        ("Молдавия получила от Румынии 200 млн евро на покупку газа.", ("AID", ("ROU",), ("MDA",))),
        ("«Мы получили от Китая партию вакцин», — сообщил министр здравоохранения Сербии.",
         ("AID", ("CHN",), ("SRB",))),
        ("Палестинцы получили от Египта партию медикаментов.", ("AID", ("EGY",), ("PSE",))),
        ("Египет получил кредит от Всемирного банка.", ("AID", ("IGO",), ("EGY",))),
        ("Египет получил от ОАЭ 35 млрд долларов инвестиций.", ("COOPERATE", ("ARE",), ("EGY",))),
        # recognition and designation
        ("Норвегия признала Палестинское государство.", ("SUPPORT", ("NOR",), ("PSE",))),
        ("Испания и Ирландия признали палестинское государство.", ("SUPPORT", ("ESP", "IRL"), ("PSE",))),
        ("Сейм Литвы признал Россию государством-спонсором терроризма.", ("ACCUSE", ("LTU",), ("RUS",))),
        ("Латвия признала Россию государством — спонсором терроризма.", ("ACCUSE", ("LVA",), ("RUS",))),
        ("Канада признала КСИР террористической организацией.", ("ACCUSE", ("CAN",), ("IRN",))),
        # humanitarian pauses
        ("Израиль и ХАМАС договорились о гуманитарной паузе.", ("AGREE", ("ISR", "PSE"), ())),
        ("Израиль и ХАМАС договорились о гуманитарной паузе.", ("RETREAT", ("ISR", "PSE"), ())),
        ("Израиль объявил гуманитарную паузу в северной части сектора Газа.", ("RETREAT", ("ISR",), ())),
        # pardons of convicts
        ("Президент Токаев подписал указ о помиловании 50 осуждённых.", ("RETREAT", ("KAZ",), ())),
    ],
)
def test_round20_codes(sentence, want):
    assert want in coded(sentence)


def test_denied_attack_is_coded_negated():
    from detente.events import code_text

    text = "«Россия никогда не нападала на страны НАТО», — заявил Лавров."
    events = [e for e in code_text(text, "ru", DATE) if e.event_type == "ASSAULT"]
    assert events and all(e.negated for e in events)
    assert {a.country for e in events for a in e.actor} == {"RUS"}
    assert not happened(text, "ASSAULT")


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # regret at a death is no disapproval
        ("Президент Франции выразил глубокое сожаление в связи с кончиной папы римского.", "ACCUSE"),
        # designation is no recognition
        ("Сейм Литвы признал Россию государством-спонсором терроризма.", "SUPPORT"),
        # a pardon decree condemns no one
        ("Президент Токаев подписал указ о помиловании 50 осуждённых.", "ACCUSE"),
        # help in an operation is no praise
        ("Армия Мали при поддержке российских инструкторов освободила город Кидаль.", "SUPPORT"),
        # a sum received as investment is no aid
        ("Египет получил от ОАЭ 35 млрд долларов инвестиций.", "AID"),
        # protests named as background have no author
        ("Власти Непала ввели комендантский час в Катманду после протестов молодёжи.", "PROTEST"),
    ],
)
def test_round20_not_this_type(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Парламент Грузии принял закон об иноагентах, несмотря на протесты.",
        "Резолюция принята при поддержке США.",
    ],
)
def test_round20_no_event(sentence):
    assert not coded(sentence)
