"""Russian data of round 28, a probe of tariffs and WTO complaints, coast guards and water
cannon, attacks on embassies, recognising or rejecting election results, migration deals,
nuclear talks, corridors and hostages, solidarity and anniversary statements, background
sentences and editorials, in wire stories, headlines and analysis paragraphs
(data/ru/triggers.yaml, data/ru/grammar.yaml).

Water cannon turned on another party's vessel or crew ("обстрелял из водомёта", "атаковала
водомётами", "облил из водомёта") is force short of an attack (COERCE), not shelling. Grenades,
firebombs or a Molotov cocktail thrown at a party's embassy are an attack with explosives, and a
man of no stated party ("Мужчина", "Вооружённый мужчина") is an author the text does not name:
the attack has empty actor lists and its target as recipient. Recognising another party's
victory in an election is recognition (SUPPORT), and not recognising it rejects it; a victory
in a match is no one's recognition. A complaint lodged with the WTO ("подал жалобу в ВТО",
"подал в ВТО жалобу", "обратилась в ВТО с жалобой") is against the party whose measure it
attacks ("на пошлины Евросоюза", "на американские пошлины", "против России"), not against the
forum; turning to the WTO for clarification or filing a notice with it is no complaint. An
agreement on deporting, expelling or readmitting people names its content: the deportation is
not an act of the signers. Each sentence was written for this test in the style of Russian
news agencies and analysis, and its expected reading checked by hand against eval/README.md:
(type, actor countries, recipient countries). Cases marked "guard" already passed before this
round and guard against the new data reaching too far; every other case failed or coded
differently before it."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded = _coder.types, _coder.tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # water cannon on another party's vessel: coercion, not shelling (was ASSAULT or nothing)
        (
            "Китайский корабль береговой охраны обстрелял из водомёта филиппинское судно.",
            ("COERCE", ("CHN",), ("PHL",)),
        ),
        (
            "Береговая охрана Китая атаковала водомётами филиппинское судно.",
            ("COERCE", ("CHN",), ("PHL",)),
        ),
        ("Китай облил из водомёта филиппинский катер.", ("COERCE", ("CHN",), ("PHL",))),
        # guard: water cannon used against fishermen was already coercion
        (
            "Береговая охрана Китая применила водомёт против вьетнамских рыбаков.",
            ("COERCE", ("CHN",), ("VNM",)),
        ),
        # grenades and firebombs thrown at an embassy, by no named author
        (
            "Неизвестные забросали посольство Израиля в Копенгагене ручными гранатами.",
            ("ASSAULT", (), ("ISR",)),
        ),
        (
            "Неизвестные бросили коктейль Молотова в здание посольства России.",
            ("ASSAULT", (), ("RUS",)),
        ),
        ("Злоумышленники бросили гранату во двор посольства Украины.", ("ASSAULT", (), ("UKR",))),
        # a man of no stated party
        (
            "Мужчина протаранил на автомобиле ворота посольства России в Кишинёве.",
            ("ASSAULT", (), ("RUS",)),
        ),
        ("Вооружённый мужчина напал на израильских туристов в Египте.", ("ASSAULT", (), ("ISR",))),
        # an election victory recognised or not
        (
            "Аргентина и Уругвай не признали победу Мадуро на выборах.",
            ("REJECT", ("ARG", "URY"), ("VEN",)),
        ),
        ("Евросоюз не признаёт победу Лукашенко на выборах.", ("REJECT", ("EUR",), ("BLR",))),
        ("Кремль пока не признал победу Трампа на выборах.", ("REJECT", ("RUS",), ("USA",))),
        (
            "Франция признала победу Пезешкиана на президентских выборах.",
            ("SUPPORT", ("FRA",), ("IRN",)),
        ),
        # WTO complaints: against the party whose measure is attacked (was IGO or nothing)
        (
            "Китай подал жалобу в ВТО на пошлины Евросоюза на китайские электромобили.",
            ("ACCUSE", ("CHN",), ("EUR",)),
        ),
        ("Китай подал в ВТО жалобу на американские пошлины.", ("ACCUSE", ("CHN",), ("USA",))),
        (
            "Литва подала жалобу в ВТО на запрет Китая на ввоз литовских товаров.",
            ("ACCUSE", ("LTU",), ("CHN",)),
        ),
        ("Украина обратилась в ВТО с жалобой против России.", ("ACCUSE", ("UKR",), ("RUS",))),
        # guard: a party sued after "на" already was the recipient
        ("Литва подала в суд на Белоруссию.", ("ACCUSE", ("LTU",), ("BLR",))),
    ],
)
def test_round28_codes(sentence, want):
    assert want in coded(sentence), coded(sentence)


@pytest.mark.parametrize(
    "sentence, want",
    [
        # an agreement on deportation or expulsion: the agreement alone (was also COERCE or
        # SANCTION of the signers)
        (
            "Великобритания и Руанда заключили соглашение о депортации нелегальных мигрантов.",
            {("AGREE", ("GBR", "RWA"), ())},
        ),
        (
            "Германия и Марокко подписали соглашение о депортации мигрантов.",
            {("AGREE", ("DEU", "MAR"), ())},
        ),
        (
            "Италия и Тунис договорились о высылке нелегальных мигрантов.",
            {("AGREE", ("ITA", "TUN"), ())},
        ),
        # guard: an agreement on readmission already coded the agreement alone
        (
            "Германия и Узбекистан подписали соглашение о реадмиссии мигрантов.",
            {("AGREE", ("DEU", "UZB"), ())},
        ),
    ],
)
def test_round28_exact(sentence, want):
    assert coded(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: no party, or not an act between parties
        "Пожарные применили водомёты против огня.",
        "Болельщики забросали поле петардами.",
        "Тренер признал победу соперника заслуженной.",
        "Индия подала в ВТО уведомление о новых пошлинах.",
        "Рыболовецкое судно затонуло у берегов Японии, спасатели ищут экипаж.",
        "Пошлины на сталь в этом году выросли почти вдвое.",
        "Франция эвакуировала своих граждан из Нигера.",
    ],
)
def test_round28_codes_nothing(sentence):
    assert not coded(sentence), coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # guard: turning to the WTO for clarification is no complaint (the new complaint
        # phrase asks for "с жалобой")
        ("Россия обратилась в ВТО за разъяснениями.", "ACCUSE"),
        # water cannon on a ship is no attack (was ASSAULT)
        ("Китайский корабль береговой охраны обстрелял из водомёта филиппинское судно.", "ASSAULT"),
        # the deportation a deal names is not coded (was COERCE)
        (
            "Великобритания и Руанда заключили соглашение о депортации нелегальных мигрантов.",
            "COERCE",
        ),
    ],
)
def test_round28_not_type(sentence, etype):
    assert etype not in types(sentence), coded(sentence)
