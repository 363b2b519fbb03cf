"""Russian triggers, stop phrases and aliases of round 11 (data/ru/triggers.yaml,
data/ru/aliases/organisations.yaml, data/ru/grammar.yaml): surrender and euphemistic retreat,
verbal nouns of sanctions, internet shutdowns, ignored demands, open threats of force,
audiences, missile launches, seized tankers, aid in hard currency, the ministry's bulletin,
price caps, the abbreviations ВСУ and СБУ; stops for foiled attacks, "развернуть", weather
cancellations, tours of plants and memorial rallies. Each sentence was written for this test
in the style of Russian news and its expected tuple checked by hand: (type, actor countries,
recipient countries)."""

import pytest
from event_helpers import coded_tuples

from detente.events import code_text


@pytest.mark.parametrize(
    "sentence, want",
    [
        # surrender, and a retreat reported as moving to prepared lines
        ("Группа украинских военных сдалась в плен российским подразделениям в Курской области.",
         ("RETREAT", ("UKR",), ("RUS",))),
        ("Командование армии Азербайджана сообщило, что армянские формирования капитулировали.",
         ("RETREAT", ("ARM",), ("AZE",))),
        ("Подразделения ВСУ отошли на заранее подготовленные позиции под Покровском.",
         ("RETREAT", ("UKR",), ())),
        # verbal nouns of duties and restrictions
        ("Вашингтон объявил о введении пошлин на китайские электромобили.",
         ("SANCTION", ("USA",), ("CHN",))),
        ("Еврокомиссия одобрила введение новых пошлин на российское зерно.",
         ("SANCTION", ("EUR",), ("RUS",))),
        ("Литва запретила транзит подсанкционных грузов в Калининград.",
         ("SANCTION", ("LTU",), ("RUS",))),
        ("Армения объявила о заморозке своего участия в ОДКБ.", ("SANCTION", ("ARM",), ("IGO",))),
        ("Армения отозвала своего постоянного представителя при ОДКБ.",
         ("SANCTION", ("ARM",), ("IGO",))),
        # shutting down or throttling the internet
        ("Власти Ирана отключили мобильный интернет в нескольких провинциях.", ("COERCE", ("IRN",), ())),
        ("Роскомнадзор начал замедлять YouTube на территории России.", ("COERCE", ("RUS",), ())),
        # ignoring and resisting
        ("Израиль проигнорировал резолюцию Совбеза ООН о прекращении огня.",
         ("REJECT", ("ISR",), ("UNO",))),
        ("Венгрия воспротивилась выделению Украине новых средств.", ("REJECT", ("HUN",), ("UKR",))),
        # an open threat of force
        ("Тегеран не исключил нанесения ответного удара по Израилю.",
         ("THREATEN", ("IRN",), ("ISR",))),
        # an audience
        ("Король Бахрейна дал аудиенцию министру иностранных дел России.",
         ("CONSULT", ("BHR",), ("RUS",))),
        # complaints and charges
        ("Китай предъявил претензии Японии из-за сброса воды с АЭС «Фукусима».",
         ("ACCUSE", ("CHN",), ("JPN",))),
        ("Украина инкриминирует российским военным депортацию детей.", ("ACCUSE", ("UKR",), ("RUS",))),
        ("КНДР назвала учения США и Южной Кореи подготовкой к войне.",
         ("ACCUSE", ("PRK",), ("USA", "KOR"))),
        ("Израиль назвал решение Международного уголовного суда антисемитским.",
         ("ACCUSE", ("ISR",), ("IGO",))),
        # the abbreviations of Ukraine's armed forces and security service
        ("ВСУ нанесли удар по Белгороду.", ("ASSAULT", ("UKR",), ("RUS",))),
        ("СБУ задержала в Киеве гражданина России.", ("COERCE", ("UKR",), ("RUS",))),
        # missile launches: a test, or an attack on a target
        ("КНДР произвела пуск баллистической ракеты в сторону Японского моря.",
         ("MOBILIZE", ("PRK",), ())),
        ("Хуситы произвели запуск ракет по Израилю.", ("ASSAULT", ("YEM",), ("ISR",))),
        # a tanker stopped at sea
        ("ВМС США перехватили иранский танкер в Оманском заливе.", ("COERCE", ("USA",), ("IRN",))),
        # aid in hard currency, a suspect handed over
        ("Германия выделила Украине 500 млн евро на ремонт энергосистемы.",
         ("AID", ("DEU",), ("UKR",))),
        ("Турция выдала России подозреваемого в теракте.", ("COOPERATE", ("TUR",), ("RUS",))),
        # softening a stance
        ("Вашингтон смягчил позицию по поставкам дальнобойных ракет Киеву.",
         ("CONCEDE", ("USA",), ())),
        # repression of a protest
        ("Грузинская полиция применила водомёты и слезоточивый газ против протестующих.",
         ("COERCE", ("GEO",), ("GEO",))),
        # joint patrols with a qualifier, a call-up with a number, a strike verb
        ("Россия и Китай провели совместное воздушное патрулирование над Тихим океаном.",
         ("COOPERATE", ("RUS", "CHN"), ())),
        ("Израиль объявил о призыве 300 тысяч резервистов.", ("MOBILIZE", ("ISR",), ())),
        ("Рабочие французских НПЗ забастовали против пенсионной реформы.", ("PROTEST", ("FRA",), ())),
        # the ministry's bulletin, a massed raid
        ("Минобороны России сообщило, что нанесло поражение живой силе и технике ВСУ.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        ("Российские войска нанесли огневое поражение позициям ВСУ под Купянском.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        ("Украинские дроны совершили массированный налёт на Москву.", ("ASSAULT", ("UKR",), ("RUS",))),
        # blame by naming a part in an act; remand to a jail; a price cap
        ("Киев заявил о причастности Москвы к взрыву на газопроводе.", ("ACCUSE", ("UKR",), ("RUS",))),
        ("Суд в Москве отправил в СИЗО гражданина Франции Лорана Винатье.",
         ("COERCE", ("RUS",), ("FRA",))),
        ("Страны G7 ввели потолок цен на российскую нефть.", ("SANCTION", ("IGO",), ("RUS",))),
        # calling another's sanctions illegal rejects them
        ("Глава МИД Ирана заявил, что санкции США незаконны.", ("REJECT", ("IRN",), ("USA",))),
        ("Москва считает санкции Запада нелегитимными.", ("REJECT", ("RUS",), ("IGO",))),
        # answering with duties; stopping purchases; blocking assets
        ("Пекин ответил зеркальными пошлинами на американский импорт.",
         ("SANCTION", ("CHN",), ("USA",))),
        ("Япония прекратила закупки российского угля.", ("SANCTION", ("JPN",), ("RUS",))),
        ("Евросоюз заблокировал активы Центробанка России.", ("SANCTION", ("EUR",), ("RUS",))),
        # proceeds of frozen assets handed over are aid
        ("Бельгия передала Украине доходы от замороженных российских активов.",
         ("AID", ("BEL",), ("UKR",))),
    ],
)
def test_round11_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ru", "2025-03-03")


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # foiled or planned attacks did not happen; the preventer is no attacker
        ("ФСБ пресекла попытку теракта на объекте энергетики в Крыму.", "ASSAULT"),
        ("Спецслужбы Турции предотвратили теракт против российского дипломата.", "ASSAULT"),
        ("Израиль сорвал попытку ХАМАС атаковать Тель-Авив.", "ASSAULT"),
        ("ФСБ задержала агента СБУ, готовившего теракт в Москве.", "ASSAULT"),
        # the defender who repels an attack is not its author
        ("ВМС Украины отразили атаку на Одессу.", "ASSAULT"),
        # approving duties is no praise of their target
        ("Еврокомиссия одобрила введение новых пошлин на российское зерно.", "SUPPORT"),
        # the ignored demand is not the ignorer's own
        ("Израиль проигнорировал требование Совбеза ООН о прекращении огня.", "REQUEST"),
        # "осуждённых" (convicts) is no condemnation, the suspect's crime no attack
        ("Лукашенко помиловал осуждённых граждан Литвы.", "ACCUSE"),
        ("Турция выдала России подозреваемого в теракте.", "ASSAULT"),
        # a call-up is no appeal
        ("Израиль объявил о призыве 300 тысяч резервистов.", "REQUEST"),
        # "развернуть" turns a plane round or launches a campaign
        ("Пилот российского самолёта развернул лайнер и вернулся в Москву.", "MOBILIZE"),
        ("Власти Китая развернули кампанию против коррупции.", "MOBILIZE"),
        # flights cancelled for the weather, a tour of a plant, a memorial rally
        ("Компания «Аэрофлот» отменила рейсы в Сочи из-за непогоды.", "SANCTION"),
        ("Мэр Москвы посетил новую станцию метро.", "CONSULT"),
        ("Траурный митинг прошёл в Беслане.", "PROTEST"),
        # a group claiming an attack accuses no one
        ("Группировка «Исламское государство» заявила о причастности к теракту в Москве.", "ACCUSE"),
        # the sanctions called illegal are not the speaker's
        ("Глава МИД Ирана заявил, что санкции США незаконны.", "SANCTION"),
        # warnings of floods or a recession threaten no one
        ("Глава МЧС России предупредил об угрозе паводков.", "THREATEN"),
        ("Эксперты из США предупреждают о риске рецессии.", "THREATEN"),
        # the frozen assets whose proceeds are handed over are no new freeze
        ("Бельгия передала Украине доходы от замороженных российских активов.", "SANCTION"),
    ],
)
def test_round11_stops(sentence, absent):
    assert absent not in {t[0] for t in coded_tuples(sentence, "ru", "2025-03-03")}


# Guards for the new, ambiguous words: readings outside politics must stay uncoded.
@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("Правительство выделило регионам 5 млрд рублей на ремонт дорог.", "AID"),
        ("Центробанк смягчил требования к заёмщикам по ипотеке.", "CONCEDE"),
        ("Запуск ракеты-носителя «Союз» с космодрома Восточный прошёл успешно.", "MOBILIZE"),
        ("Запуск ракеты-носителя «Союз» с космодрома Восточный прошёл успешно.", "ASSAULT"),
        ("Спутник отошёл на безопасное расстояние от станции.", "RETREAT"),
        ("Россия отступила на пятые позиции в рейтинге крупнейших экономик.", "RETREAT"),
        ("Президент не исключил, что выборы в парламент пройдут досрочно.", "THREATEN"),
        ("Министр финансов не исключил повышения налогов в следующем году.", "THREATEN"),
        ("Пациент не сдавался и продолжал лечение в московской клинике.", "RETREAT"),
        ("Болельщики «Спартака» проигнорировали призывы стюардов.", "REJECT"),
        ("Сборная России нанесла поражение команде Казахстана.", "ASSAULT"),
        ("Правительство установило потолок цен на сахар.", "SANCTION"),
        ("Власти Китая объявили о введении ограничений из-за вспышки коронавируса.", "SANCTION"),
        ("Путин провёл совещание с членами Совбеза России в режиме видеоконференции.", "CONSULT"),
        ("Российская компания прекратила закупки оборудования.", "SANCTION"),
        ("Нападающий «Зенита» ответил двумя голами.", "SANCTION"),
    ],
)
def test_round11_guards(sentence, absent):
    assert absent not in {t[0] for t in coded_tuples(sentence, "ru", "2025-03-03")}


def test_round11_weighing_an_option_is_hypothetical():
    # grammar.yaml: "обсуждать возможность" makes what is weighed hypothetical
    events = code_text("Евросоюз обсуждает возможность введения новых санкций против России.", "ru",
                       "2025-03-03")
    sanctions = [e for e in events if e.event_type == "SANCTION"]
    assert sanctions and all(e.modality != "asserted" for e in sanctions)
