"""Russian data of round 27, a probe of arms deals and export licences, drills, deployments and
alerts, UN votes, cyber attacks and hacking charges, posts on X and Telegram, thefts by hackers
and hedged analysis, in wire stories, headlines, readouts and analysis paragraphs
(data/ru/triggers.yaml, data/ru/grammar.yaml).

Air defence delivered or received as a regimental set or by its system name ("полковой
комплект С-400", "зенитных ракетных систем"), also as a verbal noun with the receiver between
("завершила поставки Индии комплексов С-400"), is military aid. Revoking or freezing licences to
export arms to another party restricts its supply; approving an arms export to it is a sale,
while approving an export of grain praises no one. Raising the level of combat readiness puts forces on alert; military aircraft, engineers and a
regiment sent or deployed are forces moved. Hackers of no stated party are an author the text
does not name: attacking or hacking another party's websites, servers and portals, and a DDoS
attack, are cyber attacks on it with empty actor lists. Attributing an attack to another party accuses
it, and the attack noun is not the attributing state's own. The act a sanction is imposed for
("за кибератаки" with no target) is not the sanctioning state's attack, and answering strikes
on a place whose author is not named is no attack by the one who answers. A body that approves
a resolution adopts it: no praise, and what the resolution supports is coded from its own
words; expelling a state from the "Совет ООН по правам человека" is coded as the short name.
Stealing money, crypto or data is no abduction. "Маловероятно", "вероятность", "допускать, что"
and "предполагать" make what follows hypothetical. Each sentence was written for this test in
the style of Russian news agencies and analysis, and its expected reading checked by hand
against eval/README.md: (type, actor countries, recipient countries). Cases marked "guard"
already passed before this round and guard against the new data reaching too far."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, modalities = _coder.types, _coder.tuples, _coder.modalities


@pytest.mark.parametrize(
    "sentence, want",
    [
        # air defence by regimental set or system name, delivered or received
        ("Россия поставила Индии последний полковой комплект С-400.", ("AID", ("RUS",), ("IND",))),
        (
            "Россия передала Индии второй полковой комплект зенитных ракетных систем С-400.",
            ("AID", ("RUS",), ("IND",)),
        ),
        ("Россия завершила поставки Индии комплексов С-400.", ("AID", ("RUS",), ("IND",))),
        (
            "Индия получила от России последний полковой комплект зенитных ракетных систем С-400.",
            ("AID", ("RUS",), ("IND",)),
        ),
        # arms export licences revoked or frozen; arms exports approved
        (
            "Испания отозвала лицензию на экспорт боеприпасов в Израиль.",
            ("SANCTION", ("ESP",), ("ISR",)),
        ),
        (
            "Нидерланды заморозили экспортные лицензии на поставки комплектующих для F-35 в Израиль.",
            ("SANCTION", ("NLD",), ("ISR",)),
        ),
        ("Япония одобрила экспорт ракет Patriot в США.", ("AID", ("JPN",), ("USA",))),
        (
            "Германия разрешила экспорт истребителей Eurofighter в Турцию.",
            ("AID", ("DEU",), ("TUR",)),
        ),
        # combat readiness raised; forces moved
        (
            "Южная Корея повысила уровень боеготовности на границе с КНДР.",
            ("MOBILIZE", ("KOR",), ("PRK",)),
        ),
        ("Китай направил к Тайваню 30 военных самолётов.", ("MOBILIZE", ("CHN",), ("TWN",))),
        (
            "Великобритания направила в Польшу 150 военных инженеров.",
            ("MOBILIZE", ("GBR",), ("POL",)),
        ),
        ("Швеция развернула на Готланде ракетный полк.", ("MOBILIZE", ("SWE",), ())),
        # cyber attacks by hackers of no stated party, and of a stated one
        ("Хакеры атаковали сайты правительства Молдавии.", ("COERCE", (), ("MDA",))),
        (
            "Пророссийские хакеры из группировки NoName057(16) атаковали сайты датских министерств.",
            ("COERCE", (), ("DNK",)),
        ),
        ("Хакеры взломали серверы министерства финансов США.", ("COERCE", (), ("USA",))),
        (
            "Неизвестные хакеры провели DDoS-атаку на сайт парламента Чехии.",
            ("COERCE", (), ("CZE",)),
        ),
        ("Хакеры атаковали портал госуслуг Украины.", ("COERCE", (), ("UKR",))),
        # guard: hackers of a stated party keep it
        (
            "Российские хакеры атаковали правительственные сайты Литвы.",
            ("COERCE", ("RUS",), ("LTU",)),
        ),
        # guard: an attack after "за" with its target keeps its reading
        (
            "Россия несёт ответственность за кибератаки на Эстонию, заявили в Таллине.",
            ("COERCE", ("RUS",), ("EST",)),
        ),
        # attacks attributed to another party
        (
            "Чехия приписала кибератаку на МИД китайской группировке APT31.",
            ("ACCUSE", ("CZE",), ("CHN",)),
        ),
        (
            "Киев приписал Москве удар по торговому центру в Кременчуге.",
            ("ACCUSE", ("UKR",), ("RUS",)),
        ),
        # UN votes: a resolution approved, a state expelled from the Council
        (
            "Генассамблея ООН одобрила резолюцию в поддержку заявки Палестины на полноправное членство.",
            ("SUPPORT", ("UNO",), ("PSE",)),
        ),
        (
            "Генассамблея ООН проголосовала за исключение России из Совета ООН по правам человека.",
            ("SANCTION", ("UNO",), ("RUS",)),
        ),
        # guard: an abduction of people stays an attack
        ("Боевики похитили двух граждан Китая в Пакистане.", ("ASSAULT", (), ("CHN",))),
    ],
)
def test_round27_codes(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the act a sanction is imposed for, with no target, is no attack by the sanctioner
        (
            "Великобритания ввела санкции против 18 офицеров ГРУ за кибератаки и попытки "
            "вмешательства.",
            "COERCE",
        ),
        # approving a grain export, or a resolution, praises no one
        ("Правительство одобрило экспорт зерна в Египет.", "SUPPORT"),
        ("Совбез ООН одобрил резолюцию о прекращении огня в Газе.", "SUPPORT"),
        # guard: the ceasefire a resolution names stays its content under the new stop
        ("Совбез ООН одобрил резолюцию о прекращении огня в Газе.", "AGREE"),
        # strikes answered, whose author is not named, are not the answerer's
        (
            "Дмитрий Медведев написал в Telegram, что Россия ответит на удары по своей территории.",
            "ASSAULT",
        ),
        # an attack attributed to another party is not the attributing state's
        ("Чехия приписала кибератаку на МИД китайской группировке APT31.", "COERCE"),
        # stolen crypto is no abduction
        ("Северокорейские хакеры похитили криптовалюту у японской биржи.", "ASSAULT"),
    ],
)
def test_round27_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: idioms and words near the new phrases
        "Покупатели атаковали сайты распродаж в «чёрную пятницу».",
        "Студенты приписывают успех команды новому тренеру.",
        "Компания повысила уровень безопасности своих серверов.",
        "Вероятность эскалации на Ближнем Востоке остаётся высокой.",
    ],
)
def test_round27_no_event(sentence):
    assert types(sentence) == set()


def test_round27_resolution_support_is_the_assembly_s():
    text = (
        "Генассамблея ООН одобрила резолюцию в поддержку заявки Палестины на полноправное членство."
    )
    assert coded(text) == {("SUPPORT", ("UNO",), ("PSE",))}


@pytest.mark.parametrize(
    "sentence, etype",
    [
        (
            "Маловероятно, что Турция ратифицирует протокол о вступлении Швеции в НАТО до конца года.",
            "AGREE",
        ),
        ("Есть вероятность, что Израиль нанесёт удар по Ирану.", "ASSAULT"),
        ("Эксперты допускают, что Иран закроет Ормузский пролив.", "COERCE"),
        ("Аналитики предполагают, что Россия нанесёт удар по Киеву.", "ASSAULT"),
    ],
)
def test_round27_hedged_analysis_is_hypothetical(sentence, etype):
    assert modalities(sentence, etype) == {"hypothetical"}
