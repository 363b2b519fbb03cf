"""Russian data of round 24, a probe of sanctions eased and embargoes ended, withdrawals,
free deliveries, recognition and its withdrawal, vetoes and walk-outs, court orders and
warrants, mutual fire, targeted killings, deadlines, offers and threats, in headlines, digests,
stiff official statements and debate reports (data/ru/triggers.yaml, data/ru/aliases/).

Suspending sanctions, easing the pressure of sanctions, lifting restrictions placed on each
other (both ways) and ending an arms embargo ease them, as resuming imports eases a trade ban
(a moratorium on imports is such a ban); the arms supply an embargo names is its content, not
aid. Goods given "на безвозмездной основе" or "в дар" are aid. Withdrawing the
recognition of a state reduces relations with it; recognising a state by its name ("признала
Палестину"), a movement as the lawful government or a state's new authorities is recognition,
and "не признаёт Косово" is non-recognition. A court that obliges a party to act demands it;
asking for an arrest warrant charges the party named. Firing at each other is fighting both
ways, and a state that went to war with another attacked it, but fighting terrorism attacks no
one. Killing a named general is a targeted killing; a month given to leave the country is an
expulsion; ending a peacekeeping mandate withdraws the mission. A harsh answer promised and a
right to respond reserved are warnings; a deadline set is a demand, not the act demanded; a
venue offered for talks is mediation; walking out of a hall in protest rejects the speaker;
annexing Crimea with "присоединить" is a seizure; cutting an embassy's staff and restricting
another party's ships' passage are a sanction and a restriction; a ban on an organisation's
work is a ban; a ship with aid seized is a seizure whose aid is cargo; and a court that finds
an occupation unlawful condemns it. Western diplomats as a group are "the West" (IGO) and the
Sahrawi Republic is Western Sahara. Each sentence was written for this test in the style of
Russian news agencies, analysis and official statements, and its expected reading checked by
hand against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, happened, coded_with = _coder.types, _coder.tuples, _coder.happened, _coder.coded_with


@pytest.mark.parametrize(
    "sentence, want",
    [
        # sanctions suspended, eased, lifted both ways; an arms embargo ended
        ("Евросоюз приостановил действие ряда санкций против Сирии в энергетическом и "
         "транспортном секторах.", ("RETREAT", ("EUR",), ("SYR",))),
        ("Лондон ослабил санкционное давление на Дамаск.", ("RETREAT", ("GBR",), ("SYR",))),
        ("Совет Безопасности ООН отменил эмбарго на поставки оружия правительству Сомали.",
         ("RETREAT", ("UNO",), ("SOM",))),
        ("Япония и Южная Корея отменили взаимные экспортные ограничения.", ("RETREAT", ("JPN",), ("KOR",))),
        ("Япония и Южная Корея отменили взаимные экспортные ограничения.", ("RETREAT", ("KOR",), ("JPN",))),
        # trade bans by moratorium, and trade resumed
        ("Польша продлила мораторий на ввоз украинского зерна.", ("SANCTION", ("POL",), ("UKR",))),
        ("Турция возобновила импорт израильских товаров.", ("RETREAT", ("TUR",), ("ISR",))),
        # free deliveries
        ("Россия поставила Египту 100 тысяч тонн пшеницы на безвозмездной основе.",
         ("AID", ("RUS",), ("EGY",))),
        ("Китай передал в дар Камбодже партию медицинского оборудования.", ("AID", ("CHN",), ("KHM",))),
        # recognition withdrawn, given, refused
        ("Эквадор отозвал признание Сахарской Арабской Демократической Республики.",
         ("SANCTION", ("ECU",), ("ESH",))),
        ("Мексика признала Палестину.", ("SUPPORT", ("MEX",), ("PSE",))),
        ("Бразилия не признаёт Косово.", ("REJECT", ("BRA",), ("XKX",))),
        ("Россия признала талибов законной властью в Афганистане.", ("SUPPORT", ("RUS",), ("AFG",))),
        ("Россия первой признала новые власти Сирии.", ("SUPPORT", ("RUS",), ("SYR",))),
        # courts and warrants
        ("Международный суд ООН обязал Израиль принять меры для предотвращения геноцида в Газе.",
         ("REQUEST", ("UNO",), ("ISR",))),
        ("Прокурор МУС запросил ордера на арест Нетаньяху и лидеров ХАМАС.",
         ("ACCUSE", ("IGO",), ("ISR", "PSE"))),
        # fighting, killings, blame
        ("Пограничники Таджикистана и Киргизии вновь открыли огонь друг по другу.",
         ("ASSAULT", ("TJK",), ("KGZ",))),
        ("Пограничники Таджикистана и Киргизии вновь открыли огонь друг по другу.",
         ("ASSAULT", ("KGZ",), ("TJK",))),
        ("В 2008 году Россия воевала с Грузией.", ("ASSAULT", ("RUS",), ("GEO",))),
        ("Украинские спецслужбы устранили в Москве генерала Игоря Кириллова.",
         ("ASSAULT", ("UKR",), ("RUS",))),
        ("Армения и Азербайджан возлагают друг на друга ответственность за обострение на границе.",
         ("ACCUSE", ("AZE",), ("ARM",))),
        # expulsions, missions, embassies, ships
        ("Буркина-Фасо дала французским военным месяц на то, чтобы покинуть страну.",
         ("SANCTION", ("BFA",), ("FRA",))),
        ("Совбез ООН прекратил мандат миссии МИНУСМА в Мали.", ("RETREAT", ("UNO",), ("MLI",))),
        ("Молдавия объявила о сокращении штата российского посольства.", ("SANCTION", ("MDA",), ("RUS",))),
        ("В 2008 году Турция уже ограничивала проход американских кораблей в Чёрное море.",
         ("COERCE", ("TUR",), ("USA",))),
        ("В 2014 году Россия присоединила Крым.", ("COERCE", ("RUS",), ("UKR",))),
        ("Кнессет принял закон о запрете деятельности БАПОР на территории Израиля.",
         ("COERCE", ("ISR",), ("UNO",))),
        ("ВМС Израиля перехватили судно с гуманитарной помощью, направлявшееся в Газу.",
         ("COERCE", ("ISR",), ("PSE",))),
        ("Суд ООН признал незаконной оккупацию палестинских территорий Израилем.",
         ("ACCUSE", ("UNO",), ("ISR",))),
        # threats, deadlines, offers, walk-outs
        ("Москва ответит самым решительным образом на любые провокации Киева.",
         ("THREATEN", ("RUS",), ("UKR",))),
        ("Трамп дал ХАМАС срок до субботы, чтобы освободить всех заложников.",
         ("REQUEST", ("USA",), ("PSE",))),
        ("Турция предложила свою площадку для переговоров России и Украины.",
         ("CONSULT", ("TUR",), ("RUS", "UKR"))),
        ("Западные дипломаты демонстративно покинули зал во время выступления Лаврова.",
         ("REJECT", ("IGO",), ("RUS",))),
        ("Российская делегация покинула зал заседаний в знак протеста против выступления "
         "украинского министра.", ("REJECT", ("RUS",), ("UKR",))),
    ],
)
def test_round24_codes(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # suspending sanctions is no new sanction; an embargo's supply noun is no aid
        ("Евросоюз приостановил действие ряда санкций против Сирии в энергетическом и "
         "транспортном секторах.", "SANCTION"),
        ("Совет Безопасности ООН отменил эмбарго на поставки оружия правительству Сомали.", "AID"),
        # withdrawing recognition is no recognition
        ("Эквадор отозвал признание Сахарской Арабской Демократической Республики.", "SUPPORT"),
        # a deadline demands the release, it does not report it
        ("Трамп дал ХАМАС срок до субботы, чтобы освободить всех заложников.", "RETREAT"),
        # the aid a seized ship carries is its cargo, not the seizer's gift
        ("ВМС Израиля перехватили судно с гуманитарной помощью, направлявшееся в Газу.", "AID"),
        # fighting an evil attacks no party
        ("Россия воюет с терроризмом в Сирии.", "ASSAULT"),
    ],
)
def test_round24_not_happened(sentence, etype):
    assert not happened(sentence, etype)


def test_round24_oblige_without_parties_codes_nothing():
    # a firm obliging its staff names no party
    assert types("Компания обязала сотрудников вернуться в офис.") == set()


def test_round24_reserved_right_is_a_warning():
    assert "THREATEN" in types(
        "Иранская сторона оставляет за собой право предпринять все необходимые меры в ответ на "
        "действия Швеции."
    )
