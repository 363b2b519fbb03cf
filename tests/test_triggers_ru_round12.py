"""Russian triggers, stop phrases and aliases of round 12 (data/ru/triggers.yaml,
data/ru/aliases/places.yaml, data/ru/aliases/people.yaml): leaving a bloc, exchanging and
freeing detainees, verbal nouns of aid and approving them, forces moved to a border, economic
measures, promises to destroy, executions, retaking and advancing, closing entry, terminating
treaties, ending cooperation, extending agreements, hosting a counterpart, weapon systems by
make, approving arms sales, disengagement, regions named as oblasts, and oblique forms of a
few leaders' names; stops for "вышли" read as "выслать", repelled attacks, support schemes at
home, the death penalty, medical care and idioms. Each sentence was written for this test in
the style of Russian news and its expected tuple checked by hand: (type, actor countries,
recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-03-03"

_coder = Coder("ru", DATE)
types, coded = _coder.types, _coder.tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # leaving a bloc named by its abbreviation (verb and verbal noun)
        ("Армения вышла из ОДКБ.", ("SANCTION", ("ARM",), ("IGO",))),
        ("Армения объявила о выходе из ОДКБ.", ("SANCTION", ("ARM",), ("IGO",))),
        ("Грузия вышла из СНГ в 2009 году.", ("SANCTION", ("GEO",), ("IGO",))),
        # exchanging prisoners with the perfective verb; freeing detained people
        ("Россия и Украина обменяли 150 военнопленных на 150.", ("RETREAT", ("RUS", "UKR"), ())),
        ("Турция отпустила задержанных российских моряков.", ("RETREAT", ("TUR",), ("RUS",))),
        (
            "Власти Казахстана освободили задержанных российских граждан.",
            ("RETREAT", ("KAZ",), ("RUS",)),
        ),
        # verbal nouns of aid, and approving them
        ("ЕС одобрил предоставление Украине кредита на 35 млрд евро.", ("AID", ("EUR",), ("UKR",))),
        (
            "Евросоюз утвердил выделение Молдавии макрофинансовой помощи.",
            ("AID", ("EUR",), ("MDA",)),
        ),
        (
            "Евросоюз объявил о предоставлении Иордании гуманитарной помощи.",
            ("AID", ("EUR",), ("JOR",)),
        ),
        # forces moved to a border, the forces named after the place
        (
            "Беларусь перебросила к границе с Литвой дополнительные подразделения.",
            ("MOBILIZE", ("BLR",), ("LTU",)),
        ),
        (
            "Россия стянула к границам Украины более ста тысяч военных.",
            ("MOBILIZE", ("RUS",), ("UKR",)),
        ),
        # economic measures aimed at a state
        ("Анкара объявила о торговых мерах против Израиля.", ("SANCTION", ("TUR",), ("ISR",))),
        # promising to destroy an enemy is a threat
        ("Израиль пообещал уничтожить ХАМАС.", ("THREATEN", ("ISR",), ("PSE",))),
        ("Киев пообещал разгромить российские войска в Крыму.", ("THREATEN", ("UKR",), ("RUS",))),
        # executions; retaking a place; advancing on a place
        ("Власти Ирана казнили гражданина Швеции.", ("ASSAULT", ("IRN",), ("SWE",))),
        ("Российские войска отбили у ВСУ село под Курском.", ("ASSAULT", ("RUS",), ("UKR",))),
        # Pokrovsk, a Ukrainian town the knowledge base now knows, is the party attacked
        ("Российские войска продолжают наступать на Покровск.", ("ASSAULT", ("RUS",), ("UKR",))),
        # closing entry; terminating a treaty; ending cooperation
        ("Канада закрыла въезд для граждан России.", ("SANCTION", ("CAN",), ("RUS",))),
        (
            "Правительство Нигера расторгло военное соглашение с США.",
            ("SANCTION", ("NER",), ("USA",)),
        ),
        (
            "Норвегия прекратила сотрудничество с Россией в Арктике.",
            ("SANCTION", ("NOR",), ("RUS",)),
        ),
        # extending an agreement (joint)
        (
            "Казахстан продлил соглашение об аренде Байконура с Россией.",
            ("AGREE", ("KAZ", "RUS"), ()),
        ),
        # hosting a counterpart with the place between
        (
            "Глава МИД Китая принял в Пекине своего российского коллегу.",
            ("CONSULT", ("CHN",), ("RUS",)),
        ),
        # weapon systems named by make; approving an arms delivery or sale
        ("Германия передаст Украине ещё две системы Patriot.", ("AID", ("DEU",), ("UKR",))),
        ("Вашингтон одобрил поставку Тайваню систем NASAMS.", ("AID", ("USA",), ("TWN",))),
        ("Госдеп одобрил возможную продажу Польше танков Abrams.", ("AID", ("USA",), ("POL",))),
        # disengaging forces
        (
            "Индия и Китай развели войска на спорном участке границы.",
            ("RETREAT", ("IND", "CHN"), ()),
        ),
        # regions named as oblasts give their state
        (
            "Минобороны России сообщило, что ВСУ атаковали Белгородскую область.",
            ("ASSAULT", ("UKR",), ("RUS",)),
        ),
        ("Российская армия нанесла удар по Харьковской области.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("Украинские дроны атаковали Калининградскую область.", ("ASSAULT", ("UKR",), ("RUS",))),
        # oblique forms of names pymorphy3 reads as other words
        ("Путин поблагодарил Ким Чен Ына за помощь.", ("SUPPORT", ("RUS",), ("PRK",))),
        ("Путин поблагодарил Олафа Шольца.", ("SUPPORT", ("RUS",), ("DEU",))),
    ],
)
def test_round12_triggers(sentence, want):
    assert want in coded(sentence)


def test_merz_in_oblique_case():
    assert ("CONSULT", ("RUS",), ("DEU",)) in coded(
        "Путин встретился с Фридрихом Мерцем.", "2025-06-03"
    )


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # "вышли" is not the imperative of "выслать"
        ("Украинские войска вышли из Авдеевки.", "SANCTION"),
        ("Российские подразделения вышли к окраинам Покровска.", "SANCTION"),
        # the participle of the released is no new arrest
        ("Турция отпустила задержанных российских моряков.", "COERCE"),
        # approving aid or an arms sale is not praise
        ("ЕС одобрил предоставление Украине кредита на 35 млрд евро.", "SUPPORT"),
        ("Вашингтон одобрил поставку Тайваню систем NASAMS.", "SUPPORT"),
        # a promise to destroy is neither a promise nor an attack
        ("Израиль пообещал уничтожить ХАМАС.", "AGREE"),
        ("Израиль пообещал уничтожить ХАМАС.", "ASSAULT"),
        # ending cooperation is not cooperation
        ("Норвегия прекратила сотрудничество с Россией в Арктике.", "COOPERATE"),
        # support schemes at home
        ("Правительство России утвердило меры поддержки для экспортёров.", "SUPPORT"),
        ("Минфин России подготовил программу поддержки малого бизнеса.", "SUPPORT"),
        ("Мишустин объявил о новых мерах государственной поддержки семей.", "SUPPORT"),
        # a death sentence, medical care, training at home, an idiom
        ("Суд в Тегеране приговорил гражданина Швеции к смертной казни.", "ASSAULT"),
        ("Власти Белгорода организовали оказание медицинской помощи пострадавшим.", "AID"),
        ("Минобороны России усилило подготовку военнослужащих к зимним условиям.", "AID"),
        ("Оппозиция снова наступает на те же грабли.", "ASSAULT"),
    ],
)
def test_round12_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_repelled_attack_is_not_the_defenders_attack():
    # the subject defends: "отбили атаку" reads like "отразили атаку"
    got = coded("Российские военные отбили атаку ВСУ на позиции под Курском.")
    assert ("ASSAULT", ("RUS",), ("UKR",)) not in got


# Guards for entries next to the ones changed above (they passed before the change too).
@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Нидерланды выслали российских дипломатов.", ("SANCTION", ("NLD",), ("RUS",))),
        ("Москва вышлет двух британских дипломатов.", ("SANCTION", ("RUS",), ("GBR",))),
        ("Тысячи людей вышли на улицы Еревана.", ("PROTEST", (), ("ARM",))),
        ("Франция заявила о поддержке Армении.", ("SUPPORT", ("FRA",), ("ARM",))),
        ("Тегеран пообещал стереть Израиль с лица земли.", ("THREATEN", ("IRN",), ("ISR",))),
    ],
)
def test_round12_guards(sentence, want):
    assert want in coded(sentence)
