"""Russian data of round 25, a probe of joint exercises and port calls, arms control, visa bans
and asset freezes, tariffs and export bans, migration deals, water and gas disputes, consular
access, disinformation, humanitarian pauses, mediation offers, credentials and ratifications, in
wire stories, digests, stiff ministry statements, analysis paragraphs and live blogs
(data/ru/triggers.yaml, data/ru/aliases/places.yaml).

Concluding a memorandum is signing it, and exchanging the instruments of ratification is a
joint agreement; annulling election results cancels no deal. A new ambassador who presents his credentials (or their
copies) meets the host. A mediation offered and accepted or turned down is the answer to the
one who offered it, not a mediation by the one who answers, and valuing another party's
mediation efforts praises it. Insisting on one's own right asks nothing of anyone. Raising,
imposing, agreeing on or approving duties, tariffs or sanctions on another party's goods is a
sanction, not an agreement nor praise of the target; tariffs for utilities are no sanction.
A ceasefire declared with an adjective between is the ceasefire alone, and approving a
ceasefire deal with another party is a step towards it, and the ceasefire follows.
Not recognising a leader as president rejects him; pumping a party full of weapons arms it; two
states expelling the same number of diplomats each expel each other's, and two that exchange
duties sanction each other. Restricting another party's entry is a sanction, and convicted criminals
("осуждённые преступники") are condemned by no state. Granting consular access
to a detained foreigner eases his detention, and exposing another party's spy ring or
disinformation network accuses it. The Verkhovna Rada and the Federation Council stand for
their states, and Western ambassadors as a group are "the West" (IGO). Each sentence was written for this test in the style of Russian news agencies,
analysis and official statements, and its expected reading checked by hand against
eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, happened, coded_with = _coder.types, _coder.tuples, _coder.happened, _coder.coded_with


@pytest.mark.parametrize(
    "sentence, want",
    [
        # memoranda concluded, ratification instruments exchanged
        ("Евросоюз и Тунис заключили меморандум о сдерживании миграции.", ("AGREE", ("EUR", "TUN"), ())),
        ("Россия и Таджикистан обменялись ратификационными грамотами договора о союзническом "
         "взаимодействии.", ("AGREE", ("RUS", "TJK"), ())),
        # Western ambassadors as a group
        ("Грузинские власти обвинили западных послов во вмешательстве во внутренние дела страны.",
         ("ACCUSE", ("GEO",), ("IGO",))),
        # credentials presented
        ("Посол Украины вручил верительные грамоты президенту Польши.", ("CONSULT", ("UKR",), ("POL",))),
        ("Новый посол России в США Александр Дарчиев вручил верительные грамоты Дональду Трампу.",
         ("CONSULT", ("RUS",), ("USA",))),
        ("Посол Китая вручил копии верительных грамот министру иностранных дел Израиля.",
         ("CONSULT", ("CHN",), ("ISR",))),
        # mediation offers answered, mediation valued
        ("Москва отклонила предложение Анкары о посредничестве.", ("REJECT", ("RUS",), ("TUR",))),
        ("Армения приняла посредничество Евросоюза в переговорах с Азербайджаном.",
         ("AGREE", ("ARM",), ("EUR",))),
        ("Москва ценит посреднические усилия Турции.", ("SUPPORT", ("RUS",), ("TUR",))),
        # parliaments
        ("Верховная рада ратифицировала соглашение о безопасности с Великобританией.",
         ("AGREE", ("UKR",), ("GBR",))),
        ("Совет Федерации одобрил ратификацию соглашения с Абхазией.", ("AGREE", ("RUS",), ())),
        # duties, tariffs and sanctions raised, imposed, agreed on
        ("Администрация Трампа повысила тарифы на китайский импорт.", ("SANCTION", ("USA",), ("CHN",))),
        ("США удвоили пошлины на канадскую древесину.", ("SANCTION", ("USA",), ("CAN",))),
        ("США ввели тарифы на китайские товары.", ("SANCTION", ("USA",), ("CHN",))),
        ("Евросоюз согласовал заградительные пошлины на российское зерно.",
         ("SANCTION", ("EUR",), ("RUS",))),
        ("Евросоюз одобрил пошлины на российские удобрения.", ("SANCTION", ("EUR",), ("RUS",))),
        # entry restricted
        ("Пекин ограничил въезд для американских законодателей, поддерживающих Тайвань.",
         ("SANCTION", ("CHN",), ("USA",))),
        # a ceasefire declared, and a ceasefire deal approved with the other party
        ("Власти Мьянмы объявили о временном прекращении огня.", ("RETREAT", ("MMR",), ())),
        ("Кнессет одобрил соглашение о прекращении огня с «Хезболлой».", ("AGREE", ("ISR",), ("LBN",))),
        ("Кнессет одобрил соглашение о прекращении огня с «Хезболлой».", ("RETREAT", ("ISR", "LBN"), ())),
        # a leader not recognised; weapons pumped in
        ("Запад не признаёт Лукашенко президентом.", ("REJECT", ("IGO",), ("BLR",))),
        ("Запад продолжает накачивать Украину оружием.", ("AID", ("IGO",), ("UKR",))),
        # expulsions both ways
        ("Алжир и Франция выслали по двенадцать дипломатов.", ("SANCTION", ("DZA",), ("FRA",))),
        ("Алжир и Франция выслали по двенадцать дипломатов.", ("SANCTION", ("FRA",), ("DZA",))),
        ("Москва и Лондон обменялись высылкой дипломатов.", ("SANCTION", ("GBR",), ("RUS",))),
        # duties exchanged: a trade war both ways
        ("США и Китай обменялись новыми пошлинами.", ("SANCTION", ("USA",), ("CHN",))),
        ("США и Китай обменялись новыми пошлинами.", ("SANCTION", ("CHN",), ("USA",))),
        # consular access, networks exposed
        ("Китайская сторона предоставила консульский доступ к задержанному гражданину Канады.",
         ("RETREAT", ("CHN",), ("CAN",))),
        ("Французское агентство Viginum разоблачило российскую сеть дезинформации «Портал Комбат».",
         ("ACCUSE", ("FRA",), ("RUS",))),
        ("СБУ раскрыла агентурную сеть ФСБ в Одессе.", ("ACCUSE", ("UKR",), ("RUS",))),
    ],
)
def test_round25_codes(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the answer to a mediation offer is no mediation by the one who answers
        ("Москва отклонила предложение Анкары о посредничестве.", "CONSULT"),
        ("Москва ценит посреднические усилия Турции.", "CONSULT"),
        # imposing duties is neither an agreement nor praise
        ("Евросоюз согласовал заградительные пошлины на российское зерно.", "AGREE"),
        ("Евросоюз одобрил пошлины на российские удобрения.", "SUPPORT"),
        # a ceasefire declared by one side is no agreement
        ("Власти Мьянмы объявили о временном прекращении огня.", "AGREE"),
        # annulling election results cancels no deal
        ("Румынский суд аннулировал итоги первого тура выборов из-за предполагаемого "
         "вмешательства России.", "SANCTION"),
        # convicted criminals are condemned by no state
        ("Германия депортировала в Афганистан 28 осуждённых преступников.", "ACCUSE"),
        # tariffs for utilities are domestic prices
        ("Правительство повысило тарифы на электроэнергию для населения.", "SANCTION"),
    ],
)
def test_round25_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round25_own_right_is_no_demand():
    assert types("Аддис-Абеба настаивает на своём праве использовать воды Нила.") == set()


def test_round25_criminal_ring_is_no_accusation():
    assert types("Полиция раскрыла сеть наркоторговцев.") == set()


def test_round25_shirts_exchanged_are_no_trade_war():
    assert types("Футболисты обменялись футболками после матча.") == set()
