"""Russian trigger and grammar lexicons, tested through the real phrase matcher.

Sentences are written for these tests (news style, free word order, cases, passives).
"""

import pytest

from detente.events.lexicon import lexicon

CONFLICT = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT"}


@pytest.fixture(scope="module")
def lex():
    lexicon.cache_clear()
    return lexicon("ru")


def triggers(lex, sentence):
    return [(sentence[m.start:m.end], m.payloads[0]) for m in lex.triggers.match(sentence, "ru")]


def cues(lex, sentence):
    return [(sentence[m.start:m.end], set(m.payloads)) for m in lex.cues.match(sentence, "ru")]


# (sentence, word that must lie inside the trigger span, type, mode or None)
POSITIVE = [
    # ASSAULT: shoot-downs, strikes, shelling, drones
    ("Самолёт «Азербайджанских авиалиний» был сбит российской ПВО над Грозным.", "сбит", "ASSAULT", "aerial"),
    ("Российские зенитчики сбили пассажирский лайнер по ошибке.", "сбили", "ASSAULT", "aerial"),
    ("Над Белгородом сбит украинский беспилотник.", "сбит", "ASSAULT", "aerial"),
    ("За ночь средства ПВО уничтожили 25 дронов над Курской областью.", "уничтожили", "ASSAULT", None),
    ("Ракета поразила склад боеприпасов в Хмельницкой области.", "поразила", "ASSAULT", None),
    ("Израиль нанёс ракетный удар по окрестностям Дамаска.", "ракетный", "ASSAULT", "missile"),
    ("Армия обороны Израиля нанесла удары по объектам «Хезболлы» на юге Ливана.", "нанесла", "ASSAULT",
     None),
    ("Удар по Сумам унёс жизни десяти человек.", "Удар", "ASSAULT", None),
    ("Вооружённые силы Украины атаковали Белгород беспилотниками.", "атаковали", "ASSAULT", None),
    ("В ночь на вторник была отражена атака беспилотников на Москву.", "беспилотников", "ASSAULT",
     "drone"),
    ("Донецк вновь обстреляли из реактивных систем залпового огня.", "обстреляли", "ASSAULT", "shelling"),
    ("Обстрел Горловки продолжался всю ночь.", "Обстрел", "ASSAULT", "shelling"),
    ("Харьков подвергся массированной ракетной атаке.", "подвергся", "ASSAULT", "shelling"),
    ("Пограничники открыли огонь по нарушителям.", "открыли", "ASSAULT", "firearms"),
    ("Сирийские ВВС разбомбили позиции боевиков под Идлибом.", "разбомбили", "ASSAULT", "aerial"),
    ("Стороны обвиняют друг друга в нарушении режима прекращения огня.", "нарушении", "ASSAULT", None),
    # COERCE
    ("В Екатеринбурге задержаны двое граждан Азербайджана.", "задержаны", "COERCE", "arrest"),
    ("ФСБ арестовала сотрудника иностранного консульства.", "арестовала", "COERCE", "arrest"),
    ("Задержание журналистов вызвало протест МИД Азербайджана.", "Задержание", "COERCE", "arrest"),
    ("Силовики провели обыски в офисе агентства Sputnik в Баку.", "обыски", "COERCE", "raid"),
    ("Облава на мигрантов прошла на рынке в Подмосковье.", "Облава", "COERCE", "raid"),
    ("Суд приговорил американца к восьми годам колонии.", "приговорил", "COERCE", "imprison"),
    ("Обвиняемого заключили под стражу на два месяца.", "заключили", "COERCE", "imprison"),
    ("Иран захватил танкер под греческим флагом в Ормузском проливе.", "захватил", "COERCE", "seize"),
    # SANCTION
    ("Азербайджан приостановил рейсы в ряд российских городов.", "приостановил", "SANCTION", "suspend"),
    ("Авиасообщение между странами было приостановлено.", "приостановлено", "SANCTION", "suspend"),
    ("Грузинская авиакомпания прекратила полёты в Москву.", "прекратила", "SANCTION", "suspend"),
    ("Евросоюз ввёл новые санкции против российских банков.", "ввёл", "SANCTION", "economic"),
    ("Великобритания объявила о санкциях против трёх компаний.", "санкциях", "SANCTION", "economic"),
    ("Москва выслала четырёх польских дипломатов.", "выслала", "SANCTION", "diplomatic"),
    ("Сотрудник посольства объявлен персоной нон грата.", "персоной", "SANCTION", "diplomatic"),
    ("Баку отменил визит вице-премьера в Москву.", "отменил", "REJECT", "meet"),
    # summoning an ambassador is ACCUSE (eval/README "Type choices")
    ("МИД вызвал посла Франции для объяснений.", "вызвал", "ACCUSE", None),
    # MOBILIZE
    ("Россия перебросила войска к границе с Финляндией.", "перебросила", "MOBILIZE", "troops"),
    ("Минск стянул войска к украинской границе.", "стянул", "MOBILIZE", "troops"),
    ("Китай развернул зенитные комплексы на спорных островах.", "развернул", "MOBILIZE", "troops"),
    ("В Балтийском море начались военные учения НАТО.", "учения", "MOBILIZE", "exercise"),
    # PROTEST
    ("В Тбилиси прошла многотысячная акция протеста.", "акция", "PROTEST", "demonstrate"),
    ("Протестующие собрались у здания парламента.", "Протестующие", "PROTEST", "demonstrate"),
    ("У посольства Израиля в Анкаре прошёл митинг.", "митинг", "PROTEST", "demonstrate"),
    ("Демонстрация в поддержку Палестины собрала тысячи людей.", "Демонстрация", "PROTEST", "demonstrate"),
    # REQUEST, ACCUSE, REJECT, THREATEN
    ("Президент Азербайджана потребовал от Москвы признать вину.", "потребовал", "REQUEST", "demand"),
    ("Требование Баку о компенсации осталось без ответа.", "Требование", "REQUEST", "demand"),
    ("Киев настаивает на выводе российских войск.", "настаивает", "REQUEST", "demand"),
    ("Генсек ООН призвал стороны к сдержанности.", "призвал", "REQUEST", "appeal"),
    ("Вашингтон обвинил Пекин в кибератаках.", "обвинил", "ACCUSE", "accuse"),
    ("Москва отвергла обвинения Лондона.", "отвергла", "REJECT", "reject"),
    ("В Кремле опровергли сообщения о переговорах.", "опровергли", "REJECT", "deny"),
    ("Тегеран пригрозил ответом на любую агрессию.", "пригрозил", "THREATEN", None),
    ("Пхеньян угрожает нанести превентивный удар.", "угрожает", "THREATEN", "military"),
    ("США пригрозили Ирану санкциями.", "пригрозили", "THREATEN", "military"),
    ("Вашингтон пригрозил санкциями покупателям иранской нефти.", "пригрозил", "THREATEN", "sanction"),
    ("Угроза применения силы прозвучала из уст министра.", "Угроза", "THREATEN", "military"),
    ("Франция решительно осудила удар по больнице.", "осудила", "ACCUSE", "criticize"),
    # CONSULT
    ("Премьер-министр Индии посетил Москву с официальным визитом.", "посетил", "CONSULT", "visit"),
    ("Визит Эрдогана в Тегеран запланирован на весну.", "Визит", "CONSULT", "visit"),
    ("Лавров встретился с турецким коллегой в Анталье.", "встретился", "CONSULT", "meet"),
    ("Встреча Путина и Алиева прошла в Душанбе.", "Встреча", "CONSULT", "meet"),
    ("Делегации провели переговоры в закрытом режиме.", "провели", "CONSULT", "meet"),
    ("Путин и Алиев провели телефонный разговор.", "телефонный", "CONSULT", "phone"),
    ("Министры созвонились в понедельник вечером.", "созвонились", "CONSULT", "phone"),
    ("Обмен пленными состоялся при посредничестве ОАЭ.", "посредничестве", "CONSULT", "mediate"),
    ("Катар предложил посредничество в урегулировании конфликта.", "предложил", "CONSULT", "mediate"),
    # AGREE, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT
    ("Стороны договорились о перемирии на пасхальные праздники.", "договорились", "AGREE", "ceasefire"),
    ("Перемирие в секторе Газа вступило в силу утром.", "Перемирие", "AGREE", "ceasefire"),
    ("Прекращение огня соблюдается уже неделю.", "Прекращение", "AGREE", "ceasefire"),
    ("Армения и Азербайджан подписали мирный договор.", "подписали", "AGREE", None),
    ("Путин принёс извинения Алиеву в связи с трагедией.", "извинения", "SUPPORT", "apologize"),
    ("Президент России извинился за инцидент в воздушном пространстве.", "извинился", "SUPPORT",
     "apologize"),
    ("Кремль выразил соболезнования семьям погибших.", "соболезнования", "SUPPORT", "apologize"),
    ("Боевики освободили трёх заложников.", "освободили", "RETREAT", "release"),
    ("Российские войска освободили село в Донецкой области.", "освободили", "ASSAULT", None),
    ("Германия направила Украине гуманитарную помощь.", "гуманитарную", "AID", "humanitarian"),
    ("Сенат одобрил военную помощь Израилю.", "военную", "AID", "military"),
    ("Берлин продолжит поставлять оружие Киеву.", "поставлять", "AID", "military"),
    ("Москва и Пхеньян подписали соглашение о военном сотрудничестве.", "подписали", "AGREE", None),
    ("Израиль начал вывод войск из Ливана.", "вывод", "RETREAT", "withdraw"),
    ("Глава МИД поблагодарил Анкару за помощь в эвакуации.", "поблагодарил", "SUPPORT", "praise"),
    ("Евросоюз снял санкции с сирийских банков.", "снял", "RETREAT", "ease"),
]


@pytest.mark.parametrize("sentence,word,etype,mode", POSITIVE)
def test_trigger_found(lex, sentence, word, etype, mode):
    pos = sentence.index(word)
    hits = [
        spec for m in lex.triggers.match(sentence, "ru") for spec in m.payloads[:1]
        if m.start <= pos < m.end
    ]
    assert hits, f"no trigger at {word!r}: {triggers(lex, sentence)}"
    assert hits[0].event_type == etype, triggers(lex, sentence)
    if mode is not None:
        assert hits[0].mode == mode, triggers(lex, sentence)


NEGATIVE = [
    "«Спартак» обыграл «Зенит» со счётом 2:1 в матче чемпионата России.",
    "Сборная Азербайджана проиграла в отборочном турнире чемпионата мира.",
    "Курс рубля к доллару снизился на открытии торгов.",
    "Центробанк сохранил ключевую ставку на уровне 21 процента.",
    "Инфляция в Турции замедлилась до 45 процентов.",
    "Синоптики обещают в Москве снег и сильный ветер.",
    "Морозы ударили по всей европейской части России.",
    "Системы ПВО работают в штатном режиме.",
    "Министерство обороны опубликовало годовой отчёт.",
    "Министр обороны выступил на заседании коллегии.",
    "Эксперты считают, что экономика Казахстана вырастет.",
    "По мнению политолога, отношения двух стран остаются сложными.",
    "Защита прав соотечественников остаётся приоритетом внешней политики.",
    "Беспилотники всё чаще применяются в сельском хозяйстве.",
    "Учёные с помощью спутников изучили таяние ледников.",
    "Выставка вооружений открылась в Абу-Даби.",
    "Нефть марки Brent подорожала на фоне сокращения запасов.",
    "Ракетный комплекс «Искандер» показали на параде.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_conflict_trigger(lex, sentence):
    bad = [(w, s.event_type) for w, s in triggers(lex, sentence) if s.event_type in CONFLICT]
    assert not bad, bad


def test_no_trigger_in_sport_or_weather(lex):
    for s in NEGATIVE[:5] + NEGATIVE[6:10]:
        assert triggers(lex, s) == [], (s, triggers(lex, s))


def test_longest_phrase_wins(lex):
    # lifting sanctions eases them (RETREAT), it is not a sanction
    assert [s.event_type for _, s in triggers(lex, "США отменили санкции против Венесуэлы.")] == [
        "RETREAT"
    ]
    # cancelling a visit is not itself a visit
    assert [s.event_type for _, s in triggers(lex, "Алиев отменил визит в Москву.")] == ["REJECT"]
    # "с помощью" (by means of) is not aid
    types = [s.event_type for _, s in triggers(lex, "Киев атаковал Крым с помощью морских дронов.")]
    assert types == ["ASSAULT"]


def test_flags(lex):
    (_, dem), = triggers(lex, "Баку потребовал извинений.")[:1]
    assert dem.governs
    spec = dict(triggers(lex, "Киев подвергся обстрелу.")).get("подвергся обстрелу")
    assert spec is not None and spec.passive
    spec = dict(triggers(lex, "В Ереване прошёл митинг."))["митинг"]
    assert not spec.needs_actor
    assert any(s.nominal for _, s in triggers(lex, "Перемирие соблюдается."))


def test_both_aspects(lex):
    for s, want in [
        ("Россия вводит войска.", "MOBILIZE"),
        ("Россия ввела войска.", "MOBILIZE"),
        ("Власти требуют освободить журналистов.", "REQUEST"),
        ("ЕС вводит санкции.", "SANCTION"),
        ("Армия наносит удары по позициям противника.", "ASSAULT"),
    ]:
        assert triggers(lex, s) and triggers(lex, s)[0][1].event_type == want, (s, triggers(lex, s))


def _cats(lex, sentence, word):
    return set().union(*[c for w, c in cues(lex, sentence) if w.lower() == word.lower()] or [set()])


def test_negation_cues(lex):
    assert "negation" in _cats(lex, "Россия не вводила войска в Казахстан.", "не")
    assert "negation" in _cats(lex, "Стороны так и не договорились.", "так и не")
    assert "negation" in _cats(lex, "Ни одна ракета не долетела.", "Ни")


def test_hypothetical_and_future_cues(lex):
    assert "hypothetical" in _cats(lex, "Израиль может нанести удар по Ирану.", "может")
    assert "hypothetical" in _cats(lex, "Израиль могут атаковать.", "могут")
    assert "hypothetical" in _cats(lex, "Если Иран нанесёт удар, ответ будет жёстким.", "Если")
    assert "hypothetical" in _cats(lex, "Кремль рассматривает возможность высылки.", "рассматривает возможность")
    assert "hypothetical" in _cats(lex, "Власти намерены ввести санкции.", "намерены")
    assert "future" in _cats(lex, "В ближайшее время министры встретятся.", "В ближайшее время")
    # "смогли" is a fact (lemma смочь), not a hypothetical
    assert "hypothetical" not in _cats(lex, "Военные смогли сбить ракету.", "смогли")


def test_reported_cues(lex):
    assert "reported" in _cats(lex, "По данным Минобороны, сбиты 30 беспилотников.", "По данным")
    assert "reported" in _cats(lex, "По словам источника, задержаны трое.", "По словам")
    assert "reported" in _cats(lex, "Киев якобы готовил диверсию.", "якобы")
    assert not any("reported" in c for _, c in cues(lex, "МИД сообщил о высылке дипломатов."))


def test_passive_auxiliaries_and_agent(lex):
    # No Russian passive auxiliaries: by lemma "был" also matches "будет" ("Москва будет
    # вынуждена принять ответные меры" would lose its actor). The passive is read from the
    # short participle of the trigger itself.
    from detente.events import _ru_passive

    for aux in ["был", "была", "было", "были", "будет", "будут"]:
        s = f"Самолёт {aux} сбит."
        assert "passive_auxiliaries" not in _cats(lex, s, aux), cues(lex, s)
    assert _ru_passive("сбит") and _ru_passive("задержаны") and not _ru_passive("сбили")
    assert "agent_markers" in _cats(lex, "Обстрел со стороны ВСУ продолжился.", "со стороны")
    # будет shares the lemma быть: it is not a future cue (it would mark "был сбит" as future)
    assert "future" not in _cats(lex, "Самолёт был сбит.", "был")


def test_roles_and_clause_cues(lex):
    s = "Россия и Китай провели учения, а также переговоры, однако соглашение против США не подписано."
    assert "coordinators" in _cats(lex, s, "и")
    assert "coordinators" in _cats(lex, s, "а также")
    assert "clause_breaks" in _cats(lex, s, "однако")
    assert "recipient_markers" in _cats(lex, s, "против")
    s2 = "Ракета попала в дом, который стоял возле школы."
    assert "clause_breaks" in _cats(lex, s2, "который")
    assert "locative" in _cats(lex, s2, "возле")
    assert "recipient_markers" in _cats(lex, "Санкции в отношении Ирана продлены.", "в отношении")
    # "что" is not a clause break: the complement stays under the accusation
    assert not _cats(lex, "Киев обвинил Москву в том, что она нарушила перемирие.", "что")


def test_lexicon_size(lex):
    assert lex.n_triggers > 800


# --- principles added with the wider vocabulary ---------------------------------------------
# (sentence, word inside the trigger span, type) — written for these tests.
WIDER = [
    # gapped phrases: modifiers and objects between the verb and its noun
    ("Вашингтон ввёл жёсткие ограничения на экспорт чипов.", "ввёл", "SANCTION"),
    ("Россия разорвала все дипломатические отношения с Грузией.", "разорвала", "SANCTION"),
    ("Финляндия закрыла для российских туристов границу.", "закрыла", "SANCTION"),
    ("США отключили иранские банки от SWIFT.", "отключили", "SANCTION"),
    ("Венгрия заморозила своё участие в программе.", "заморозила", "SANCTION"),
    ("Пентагон перебросил в регион два авианосца.", "перебросил", "MOBILIZE"),
    ("Иран выпустил двести баллистических ракет.", "выпустил", "ASSAULT"),
    ("Германия поставит Украине новые танки.", "поставит", "AID"),
    ("Киев вернул домой двести военнопленных.", "вернул", "RETREAT"),
    ("Вашингтон объявил о выводе войск из Ирака.", "выводе", "RETREAT"),
    # mobilisation, drills, peacekeepers
    ("Кремль объявил частичную мобилизацию.", "мобилизацию", "MOBILIZE"),
    ("Северный флот провёл масштабные учения в Баренцевом море.", "учения", "MOBILIZE"),
    ("Турция направила миротворческий контингент в Косово.", "направила", "AID"),
    # releases and exchanges
    ("Израиль и ХАМАС обменялись пленными.", "обменялись", "RETREAT"),
    ("Стороны провели обмен военнопленными в формате 84 на 84.", "обмен", "RETREAT"),
    # ceasefire: agreeing is AGREE (also RETREAT), declaring it is RETREAT
    ("Стороны договорились о прекращении огня с полуночи.", "договорились", "AGREE"),
    ("ХАМАС объявил о перемирии на время праздников.", "объявил", "RETREAT"),
    # warrants and summons are ACCUSE, not COERCE
    ("МУС выдал ордер на арест президента.", "ордер", "ACCUSE"),
    ("Тбилиси вызвал посла России в МИД.", "вызвал", "ACCUSE"),
    ("Ереван вручил ноту протеста послу.", "вручил", "ACCUSE"),
    # forced landing, annexation, blockade
    ("Власти вынудили лайнер совершить посадку в Минске.", "вынудили", "COERCE"),
    ("Россия аннексировала Крым в 2014 году.", "аннексировала", "COERCE"),
    ("Анкара может закрыть проливы для военных кораблей.", "закрыть", "COERCE"),
    # yielding, admitting, non-recognition, refusal
    ("Иран согласился на условия МАГАТЭ.", "согласился", "CONCEDE"),
    ("Тегеран признал свою вину в катастрофе.", "признал", "CONCEDE"),
    ("Москва не признаёт итоги выборов.", "признаёт", "REJECT"),
    ("Москва на это не согласилась.", "согласилась", "REJECT"),
    ("Минобороны назвало видео постановкой.", "назвало", "REJECT"),
    ("Делегация ХАМАС побывала в Москве.", "побывала", "CONSULT"),
]


@pytest.mark.parametrize("sentence,word,etype", WIDER)
def test_wider_vocabulary(lex, sentence, word, etype):
    pos = sentence.index(word)
    hits = [
        spec for m in lex.triggers.match(sentence, "ru") for spec in m.payloads
        if m.start <= pos < m.end and spec.event_type != "NONE"
    ]
    assert hits and etype in {h.event_type for h in hits}, triggers(lex, sentence)


def test_agree_to_ceasefire_also_codes_retreat(lex):
    (_, spec), = [t for t in triggers(lex, "Стороны договорились о прекращении огня.")]
    assert spec.event_type == "AGREE" and ("RETREAT", "ceasefire") in spec.also


STOP = [
    "Пандемия нанесла серьёзный удар по экономике региона.",
    "Нападающий нанёс удар по воротам.",
    "Рейс задержан из-за непогоды.",
    "Из-за санкций цены на автомобили выросли.",
    "Компании помогают обходить санкции через третьи страны.",
    "Губернатор освободил от должности министра здравоохранения.",
    "Президент подписал закон о бюджете.",
]


@pytest.mark.parametrize("sentence", STOP)
def test_stop_phrases(lex, sentence):
    real = []
    for m in lex.triggers.match(sentence, "ru"):
        specs = [s for s in m.payloads if not s.tails] or m.payloads
        if specs[0].event_type != "NONE":
            real.append((sentence[m.start:m.end], specs[0].event_type))
    assert not real, real


def test_more_cues(lex):
    assert "negation" in _cats(lex, "Зеленский отказался извиняться.", "отказался")
    assert "future" in _cats(lex, "В ближайшие недели стороны подпишут договор.", "В ближайшие недели")
    assert "hypothetical" in _cats(lex, "Киев выведет войска при условии гарантий.", "при условии")
    assert "reported" in _cats(lex, "Со ссылкой на источники СМИ сообщили о задержании.", "Со ссылкой на")
    assert "clause_breaks" in _cats(lex, "Делегация побывала в Москве, что вызвало протест.", "что вызвало")
    # "силами" is not an agent marker: by lemma it would match every "силы"
    assert not any("agent_markers" in c for _, c in cues(lex, "Миротворческие силы ОДКБ прибыли в Алма-Ату."))
    assert "recipient_markers" in _cats(lex, "Он извинился перед Анкарой.", "перед")


# --- round 2 principles (sentences written for these tests) ---------------------------------
ROUND2 = [
    # free word order: object or prepositional phrase before the verb
    ("Претензии Варшавы в Минске отклонили.", "отклонили", "REJECT"),
    ("В Пекине обвинения опровергли.", "опровергли", "REJECT"),
    ("На церемонии открытия игр премьер-министр Индии не присутствовал.", "церемонии", "CONSULT"),
    # calling an act a crime or aggression accuses its author
    ("Киев назвал обстрел Харькова военным преступлением.", "назвал", "ACCUSE"),
    ("Захват судна в Анкаре назвали актом пиратства.", "назвали", "ACCUSE"),
    # summons: the verb is the head, the envoy (an actor mention) its gapped tail
    ("Варшава вызвала временного поверенного в делах Белоруссии.", "вызвала", "ACCUSE"),
    # signing or passing an aid law is aid, not the stop phrase "подписать закон"
    ("Сенат принял законопроект о военной помощи Тайваню.", "принял", "AID"),
    ("Президент подписал закон о помощи Израилю.", "подписал", "AID"),
    # affirming territorial integrity or sovereignty is support
    ("Пекин подтвердил поддержку территориальной целостности Сербии.", "подтвердил", "SUPPORT"),
    ("Анкара признаёт территориальную целостность Азербайджана.", "признаёт", "SUPPORT"),
    # calling off or postponing a meeting rejects it (as in English)
    ("Вашингтон отменил запланированный визит госсекретаря в Пекин.", "отменил", "REJECT"),
    ("Киев отложил переговоры с Будапештом.", "отложил", "REJECT"),
    ("Премьер отказался от визита в Анкару.", "отказался", "REJECT"),
    # closing another state's institution
    ("Москва объявила о закрытии Гёте-института и Британского совета.", "закрытии", "COERCE"),
]


@pytest.mark.parametrize("sentence,word,etype", ROUND2)
def test_round2_vocabulary(lex, sentence, word, etype):
    test_wider_vocabulary(lex, sentence, word, etype)


def test_cancelling_a_visit_is_not_a_sanction(lex):
    hits = {s.event_type for m in lex.triggers.match("Баку отменил визит министра.", "ru")
            for s in m.payloads}
    assert "REJECT" in hits and "SANCTION" not in hits


def test_warrants_and_cases_govern_their_content(lex):
    specs = [s for m in lex.triggers.match("Суд выдал ордер на арест генерала.", "ru")
             for s in m.payloads if s.event_type == "ACCUSE"]
    assert specs and all(s.governs for s in specs)
    specs = [s for m in lex.triggers.match("СК возбудил уголовное дело о теракте.", "ru")
             for s in m.payloads if s.event_type == "ACCUSE"]
    assert specs and all(s.governs for s in specs)


def test_closing_a_session_is_not_coercion(lex):
    s = "Председатель объявил о закрытии заседания Совета Безопасности."
    (m,) = [m for m in lex.triggers.match(s, "ru") if s[m.start:].startswith("закрыт")]
    assert [p for p in m.payloads if p.event_type == "NONE"]


def test_gapped_head_does_not_hide_a_shorter_trigger(lex):
    # "на встрече" must stay a CONSULT trigger: no gapped head may start "на встрече"
    s = "Путин на встрече с Алиевым признал ошибку."
    hits = [(s[m.start:m.end], m.payloads[0].event_type) for m in lex.triggers.match(s, "ru")]
    assert ("встрече", "CONSULT") in hits, hits


# --- round 7: news-agency collocations, both aspects, gapped objects (sentences written
# for these tests) ---------------------------------------------------------------------------
ROUND7 = [
    # CONSULT
    ("Лидеры двух стран пообщались в кулуарах форума.", "пообщались", "CONSULT"),
    ("Замминистра провёл межмидовские консультации с иранским коллегой.", "провёл", "CONSULT"),
    ("Глава МИД Египта вылетел с рабочим визитом в Анкару.", "вылетел", "CONSULT"),
    ("Президент принял в резиденции наследного принца Катара.", "принял", "CONSULT"),
    # AGREE
    ("Делегации пришли к согласию по графику вывода войск.", "пришли", "AGREE"),
    ("Стороны подписали в Баку межправительственное соглашение.", "подписали", "AGREE"),
    # REQUEST
    ("Бишкек обратился к партнёрам по ОДКБ за помощью.", "обратился", "REQUEST"),
    ("Пекин потребовал объяснений от японского посла.", "потребовал", "REQUEST"),
    # REJECT
    ("Анкара отмела все претензии Афин.", "отмела", "REJECT"),
    ("Тегеран отверг американское предложение о прямых переговорах.", "отверг", "REJECT"),
    # ACCUSE
    ("Премьер обрушился с критикой на соседнее государство.", "обрушился", "ACCUSE"),
    ("Киев выдвинул против Минска новые обвинения.", "выдвинул", "ACCUSE"),
    # THREATEN
    ("Тегеран пообещал жёстко ответить на любую провокацию.", "пообещал", "THREATEN"),
    ("Премьер поклялся уничтожить группировку.", "поклялся", "THREATEN"),
    # SUPPORT
    ("Москва выступила в защиту сирийского правительства.", "выступила", "SUPPORT"),
    ("Президент направил коллеге поздравительную телеграмму.", "направил", "SUPPORT"),
    ("Лидер КНДР назвал отношения с Москвой образцовыми.", "назвал", "SUPPORT"),
    # SANCTION
    ("Ведомство с 1 апреля запретило ввоз грузинских мандаринов.", "запретило", "SANCTION"),
    ("Анкара прекратила всю торговлю с соседом.", "прекратила", "SANCTION"),
    ("Брюссель заморозил золотовалютные резервы центробанка.", "заморозил", "SANCTION"),
    ("Рига отказала во въезде группе депутатов.", "отказала", "SANCTION"),
    ("Вильнюс выслал из страны трёх российских дипломатов.", "выслал", "SANCTION"),
    # COERCE
    ("Суд отправил под домашний арест бывшего министра.", "отправил", "COERCE"),
    ("Власти выслали из страны гражданку Франции.", "выслали", "COERCE"),
    ("Минюст признал правозащитную организацию нежелательной.", "признал", "COERCE"),
    # ASSAULT
    ("Армия устранила полевого командира боевиков.", "устранила", "ASSAULT"),
    ("Артиллерия подвергла позиции противника массированному обстрелу.", "подвергла", "ASSAULT"),
    ("Ожесточённые бои идут на подступах к городу.", "бои", "ASSAULT"),
    # MOBILIZE
    ("Пхеньян провёл испытание межконтинентальной баллистической ракеты.", "испытание", "MOBILIZE"),
    ("Израиль призвал сто тысяч резервистов.", "призвал", "MOBILIZE"),
    ("Вашингтон направил в регион авианосную ударную группу.", "направил", "MOBILIZE"),
    # AID
    ("Москва списала Пхеньяну долг советских времён.", "списала", "AID"),
    ("МЧС доставило в Бейрут гуманитарный груз.", "доставило", "AID"),
    # RETREAT
    ("Подразделения оставили город после долгих боёв.", "оставили", "RETREAT"),
    ("Армия открыла гуманитарный коридор для мирных жителей.", "открыла", "RETREAT"),
    # CONCEDE
    ("Белград пошёл навстречу требованиям Брюсселя.", "пошёл", "CONCEDE"),
    ("Минск уступил давлению соседей.", "уступил", "CONCEDE"),
    # COOPERATE
    ("Две страны будут сотрудничать в атомной энергетике.", "сотрудничать", "COOPERATE"),
    ("Москва и Пекин укрепляют стратегическое партнёрство.", "укрепляют", "COOPERATE"),
    ("Флоты двух стран провели совместное патрулирование.", "патрулирование", "COOPERATE"),
    # PROTEST
    ("Тысячи людей собрались у здания парламента.", "собрались", "PROTEST"),
    ("Активисты устроили у посольства акцию протеста.", "устроили", "PROTEST"),
]


@pytest.mark.parametrize("sentence,word,etype", ROUND7)
def test_round7_vocabulary(lex, sentence, word, etype):
    test_wider_vocabulary(lex, sentence, word, etype)


# Through the whole coder: a gapped head whose tail is missing codes nothing.
ROUND7_NONE = [
    "Лавров пообщался с журналистами после заседания.",
    "Россия провела испытание новой вакцины.",
    "Министр вышел на площадь перед зданием правительства.",
]


@pytest.mark.parametrize("sentence", ROUND7_NONE)
def test_round7_no_event(sentence):
    from event_helpers import coded_tuples

    got = coded_tuples(sentence, "ru", "2024-06-01")
    assert not got, got


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Израиль призвал 300 тысяч резервистов.", ("MOBILIZE", ("ISR",), ())),
        ("Турция прекратила всю торговлю с Израилем.", ("SANCTION", ("TUR",), ("ISR",))),
        ("Россия открыла гуманитарный коридор для жителей Мариуполя.", ("RETREAT", ("RUS",), ("UKR",))),
        ("Китай предоставил Пакистану льготный кредит.", ("AID", ("CHN",), ("PAK",))),
    ],
)
def test_round7_coded_with_roles(sentence, want):
    from event_helpers import coded_tuples

    assert want in coded_tuples(sentence, "ru", "2024-06-01")
