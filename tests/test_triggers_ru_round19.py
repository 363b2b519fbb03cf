"""Russian data of round 19, a probe of analysis paragraphs, official statements, interview answers
and news digests on arms deals, ships, visas, extraditions, debts and deposits, transit and
humanitarian crossings (data/ru/triggers.yaml, grammar.yaml and aliases/organisations.yaml).

Lifting, introducing or extending a visa-free regime eases a restriction, introducing visas
imposes one. Buying arms from a seller ("закупил у Франции истребители") is the seller's
military aid, as arms received from a donor, now also by their kind ("комплексы С-400");
warships named by their class handed over or supplied are aid too. A deposit placed or extended
in another state's central bank, or a debt restructured, is economic aid; a sum invested in
another state's project is economic cooperation. Limiting the entry of another state's ships
into one's ports is a sanction. Opening a passage or a crossing for aid convoys grants access
and is no gift of aid by the opener. Approving an extradition or handing over a deserter is
judicial cooperation, not praise. Missiles fired into a sea are a show of force (MOBILIZE), not
an attack. Calling an act an attack on oneself, or decisions discrimination, or regarding an act
"как угрозу", criticises their author. Extending a supply contract agrees to it again;
recognition with its author between ("признание Парижем ... суверенитета") is still recognition.
Talks named as the field of a mediation are not talks held; freezing one's participation in a
bloc and sending troops are also coded from their verbal nouns. Arresting or pardoning the
participants of a rally or riots is the arrest or the release, and the police or the president
did not protest; a moratorium on strikes strikes no one. People described as involved in
something ("лиц, причастных к ...") take no part in an act; "the question of supplies" names a
topic. "ВПП" is the World Food Programme only where the programme is named elsewhere (it is also
a runway). Each sentence was written for this test in the style of Russian news and analysis and
its expected reading checked by hand against eval/README.md: (type, actor countries, recipient
countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, happened = _coder.types, _coder.tuples, _coder.happened


@pytest.mark.parametrize(
    "sentence, want",
    [
        # visa regimes
        ("Россия ввела безвизовый режим для граждан Китая.", ("RETREAT", ("RUS",), ("CHN",))),
        ("Грузия отменила визовый режим для граждан Ирана.", ("RETREAT", ("GEO",), ("IRN",))),
        ("Китай продлил безвизовый режим для граждан Франции и Германии.",
         ("RETREAT", ("CHN",), ("FRA", "DEU"))),
        ("Египет ввёл визы для граждан Судана.", ("SANCTION", ("EGY",), ("SDN",))),
        # arms bought from a seller, received by their kind, warships
        ("Египет закупил у Франции 30 истребителей Rafale.", ("AID", ("FRA",), ("EGY",))),
        ("Армения закупит у Франции радары Ground Master 200.", ("AID", ("FRA",), ("ARM",))),
        ("Пакистан закупил у Китая 40 истребителей J-35.", ("AID", ("CHN",), ("PAK",))),
        ("Турция получила от России первые комплексы С-400.", ("AID", ("RUS",), ("TUR",))),
        ("Япония передаст Филиппинам пять патрульных катеров.", ("AID", ("JPN",), ("PHL",))),
        ("Франция отказалась передать России вертолётоносцы «Мистраль».", ("AID", ("FRA",), ("RUS",))),
        # deposits, debts, investment
        ("Саудовская Аравия разместила депозит в 5 млрд долларов в Центробанке Египта.",
         ("AID", ("SAU",), ("EGY",))),
        ("Саудовская Аравия продлила срок депозита в Центральном банке Египта на 5 миллиардов "
         "долларов.", ("AID", ("SAU",), ("EGY",))),
        ("Россия реструктурировала долг Кубы.", ("AID", ("RUS",), ("CUB",))),
        ("ОАЭ инвестируют 35 млрд долларов в египетский проект Рас-эль-Хикма.",
         ("COOPERATE", ("ARE",), ("EGY",))),
        # ships kept out of ports
        ("Норвегия ограничила заход российских рыболовецких судов в свои порты.",
         ("SANCTION", ("NOR",), ("RUS",))),
        # crossings opened for aid
        ("Израиль открыл северный проход для гуманитарных конвоев.", ("RETREAT", ("ISR",), ())),
        ("Египет открыл КПП «Рафах» для гуманитарных грузов в Газу.", ("RETREAT", ("EGY",), ("PSE",))),
        # extraditions
        ("Болгария одобрила выдачу Украине бывшего депутата.", ("COOPERATE", ("BGR",), ("UKR",))),
        ("Армения выдала России дезертира.", ("COOPERATE", ("ARM",), ("RUS",))),
        # missiles into the sea
        ("Северная Корея запустила в сторону Японского моря две баллистические ракеты.",
         ("MOBILIZE", ("PRK",), ())),
        ("КНДР запустила баллистическую ракету в Японское море.", ("MOBILIZE", ("PRK",), ())),
        # acts called an attack or discrimination
        ("Будапешт назвал удар атакой на свой энергетический суверенитет.", ("ACCUSE", ("HUN",), ())),
        ("Словакия назвала действия Киева ударом по своим интересам.", ("ACCUSE", ("SVK",), ("UKR",))),
        ("Министр спорта России назвал эти решения дискриминацией.", ("ACCUSE", ("RUS",), ())),
        # a contract extended, recognition with its author between
        ("Сербия продлила контракт с «Газпромом» до конца марта.", ("AGREE", ("SRB", "RUS"), ())),
        ("Поводом стало признание Парижем марокканского суверенитета над Западной Сахарой.",
         ("SUPPORT", ("FRA",), ("MAR",))),
        # mediation in talks, a frozen membership, troops sent
        ("Ватикан предложил посредничество в переговорах России и Украины.",
         ("CONSULT", ("VAT",), ("RUS", "UKR"))),
        ("Армения объявила о замораживании своего участия в ОДКБ.", ("SANCTION", ("ARM",), ("IGO",))),
        ("Президент Франции Эмманюэль Макрон не исключил отправки войск на Украину.",
         ("MOBILIZE", ("FRA",), ("UKR",))),
        # an act regarded as a threat; arrests and pardons of a rally's participants
        ("Москва расценивает размещение американских ракет в Германии как прямую угрозу.",
         ("ACCUSE", ("RUS",), ("USA",))),
        ("Полиция Белграда задержала десятки участников антиправительственной акции.",
         ("COERCE", ("SRB",), ())),
        ("Президент Казахстана подписал указ о помиловании участников январских беспорядков.",
         ("RETREAT", ("KAZ",), ())),
        # the World Food Programme by its short name, named in full before
        ("Всемирная продовольственная программа ООН приостановила работу в Газе. Представители ВПП "
         "обвинили израильские власти в препятствовании доставке продовольствия.",
         ("ACCUSE", ("UNO",), ("ISR",))),
    ],
)
def test_round19_triggers(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # lifting visas is no cancelled deal
        ("Грузия отменила визовый режим для граждан Ирана.", "SANCTION"),
        # the opener of a crossing gives no aid
        ("Израиль открыл северный проход для гуманитарных конвоев.", "AID"),
        ("Египет открыл КПП «Рафах» для гуманитарных грузов в Газу.", "AID"),
        # an extradition approved is no praise
        ("Болгария одобрила выдачу Украине бывшего депутата.", "SUPPORT"),
        # missiles into the sea strike nothing
        ("КНДР запустила баллистическую ракету в Японское море.", "ASSAULT"),
        # an attack named in a verdict is not the speaker's
        ("Будапешт назвал удар атакой на свой энергетический суверенитет.", "ASSAULT"),
        # a verdict "as a threat" threatens no one
        ("Москва расценивает размещение американских ракет в Германии как прямую угрозу.", "THREATEN"),
        # a moratorium on strikes is no strike
        ("Россия и Украина согласились на 30-дневный мораторий на удары по энергетической "
         "инфраструктуре.", "ASSAULT"),
        # people involved in something take no part in an act
        ("Вильнюс будет добиваться введения новых санкций против лиц, причастных к их организации.",
         "COOPERATE"),
    ],
)
def test_round19_not_this_type(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # refused, weighed or an open question: none took place
        ("Франция отказалась передать России вертолётоносцы «Мистраль».", "AID"),
        ("Президент Франции Эмманюэль Макрон не исключил отправки войск на Украину.", "MOBILIZE"),
        ("Вопрос о поставках американских истребителей Турции по-прежнему остаётся открытым.", "AID"),
    ],
)
def test_round19_did_not_happen(sentence, etype):
    assert not happened(sentence, etype)


def test_round19_talks_of_a_mediation_are_not_held():
    # the parties of the mediated talks are its recipients, not a meeting of their own
    assert ("CONSULT", ("UKR",), ("RUS",)) not in coded(
        "Ватикан предложил посредничество в переговорах России и Украины.")


@pytest.mark.parametrize(
    "sentence, wrong",
    [
        # the police who arrest or the president who pardons did not protest
        ("Полиция Белграда задержала десятки участников антиправительственной акции.",
         ("PROTEST", ("SRB",), ())),
        ("Президент Казахстана подписал указ о помиловании участников январских беспорядков.",
         ("PROTEST", (), ("KAZ",))),
    ],
)
def test_round19_rally_participants_are_not_the_state(sentence, wrong):
    assert wrong not in coded(sentence)


def test_round19_runway_is_no_programme():
    assert coded("ВПП аэродрома была повреждена ударом.") == set()
