"""Russian triggers and cues of round 13 (data/ru/triggers.yaml, data/ru/grammar.yaml): signing
idioms, denials of involvement, free handovers and equipment, utilities and aid cut off or let
through, corridors blocked, cyberattacks, sinking ships, units eliminated, firing drills, visas
stopped, verbal nouns of moving forces, cuts to a contingent, denunciations approved, wanted
people handed over, disappointment voiced, aid received from a named donor, attacks claimed,
protests traded, statements blocked, conventions left, missiles used, aid flights, access for
aid and inspectors, deposits, requests for consultations, calls with the partner between,
courts finding guilt, the possibility of a strike, forces driven out, positions given up,
protests crushed, apologies with the addressee between and trips to a summit or parade; stops for declining to comment, domestic budgets, thanks for solidarity,
participles of destruction and permissions; and modality cues (claims, plans, preparations).
Each sentence was written for this test in the style of Russian news and its expected reading
checked by hand: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

from detente.events import code_text

DATE = "2025-03-03"

_coder = Coder("ru", DATE)
types, coded, modalities = _coder.types, _coder.tuples, _coder.modalities


@pytest.mark.parametrize(
    "sentence, want",
    [
        # signing by the idioms of protocol
        ("Главы МИД России и Ирана скрепили подписями соглашение о сотрудничестве в сфере "
         "информационной безопасности.", ("AGREE", ("RUS", "IRN"), ())),
        # denying one's own involvement
        ("Кремль заявил о непричастности к гибели главы ЧВК.", ("REJECT", ("RUS",), ())),
        # handing over equipment free of charge; boats and other military equipment
        ("Турция безвозмездно передала Сомали два патрульных катера.", ("AID", ("TUR",), ("SOM",))),
        # electricity, fuel or aid to a territory cut off, and resumed
        ("Израиль прекратил подачу электроэнергии в сектор Газа.", ("SANCTION", ("ISR",), ("PSE",))),
        ("Израиль перекрыл поставки гуманитарной помощи в Газу.", ("SANCTION", ("ISR",), ("PSE",))),
        ("Израиль возобновил подачу электроэнергии в сектор Газа.", ("RETREAT", ("ISR",), ("PSE",))),
        # a land corridor blocked
        ("Азербайджан перекрыл Лачинский коридор.", ("COERCE", ("AZE",), ())),
        # cyberattacks (COERCE, as in English), also "атаковали сети"
        # the Bundestag (DEU LEG) is in the knowledge base since, so its servers are Germany's
        ("Хакеры, связанные с ГРУ, провели кибератаку на серверы Бундестага.",
         ("COERCE", ("RUS",), ("DEU",))),
        ("Китайские хакеры атаковали сети министерства обороны Индии, утверждают эксперты.",
         ("COERCE", ("CHN",), ("IND",))),
        # sinking a ship
        ("Украинские морские дроны потопили российский десантный корабль у берегов Крыма.",
         ("ASSAULT", ("UKR",), ("RUS",))),
        # eliminating a unit
        ("Российские военные ликвидировали диверсионную группу ВСУ в Брянской области.",
         ("ASSAULT", ("RUS",), ("UKR",))),
        # firing drills
        ("ВМС Китая провели стрельбы у побережья Тайваня.", ("MOBILIZE", ("CHN",), ("TWN",))),
        # visas stopped or restricted
        ("Америка ограничила выдачу виз чиновникам Грузии.", ("SANCTION", ("USA",), ("GEO",))),
        # the verbal noun of moving forces; soldiers sent abroad
        ("Япония начала переброску истребителей на Окинаву.", ("MOBILIZE", ("JPN",), ())),
        ("КНДР отправила в Россию тысячи военнослужащих.", ("MOBILIZE", ("PRK",), ("RUS",))),
        # a contingent cut
        ("США сократили численность контингента в Сирии.", ("RETREAT", ("USA",), ("SYR",))),
        # approving a denunciation is leaving the treaty
        ("Кабмин Украины одобрил денонсацию соглашения с Россией о сотрудничестве в Азовском море.",
         ("SANCTION", ("UKR",), ("RUS",))),
        # wanted people handed over to another state
        ("Ирак выдал Турции двух членов РПК.", ("COOPERATE", ("IRQ",), ("TUR",))),
        # disappointment voiced at another's step
        ("Вашингтон выразил разочарование решением Индии закупать российскую нефть.",
         ("ACCUSE", ("USA",), ("IND",))),
        # aid received from a named donor (the donor gives)
        ("Украина получила военную помощь от США.", ("AID", ("USA",), ("UKR",))),
        ("Россия получает от Ирана беспилотники и боеприпасы.", ("AID", ("IRN",), ("RUS",))),
        ("Украина получила от ЕС очередной транш макрофинансовой помощи.",
         ("AID", ("EUR",), ("UKR",))),
        # claiming an attack
        ("Боевики ИГИЛ взяли на себя ответственность за нападение на мечеть в Пакистане.",
         ("ASSAULT", ("ISM",), ("PAK",))),
        # protests traded between governments
        ("Китай и Филиппины обменялись протестами после инцидента у рифа.",
         ("ACCUSE", ("CHN",), ("PHL",))),
        ("Китай и Филиппины обменялись протестами после инцидента у рифа.",
         ("ACCUSE", ("PHL",), ("CHN",))),
        # leaving a convention named with an adjective
        ("Эстония, Латвия и Литва объявили о выходе из Оттавской конвенции.",
         ("SANCTION", ("EST", "LVA", "LTU"), ())),
        # missiles used against a state
        ("По данным Пентагона, Россия применила против Украины баллистическую ракету средней "
         "дальности.", ("ASSAULT", ("RUS",), ("UKR",))),
        # aid sent as a plane "с гуманитарной помощью"
        ("Индия отправила в Мьянму самолёт с гуманитарной помощью.", ("AID", ("IND",), ("MMR",))),
        ("Россия направила в Сирию два самолёта МЧС с гуманитарным грузом.",
         ("AID", ("RUS",), ("SYR",))),
        # letting aid or inspectors in
        ("Израиль разрешил ввоз гуманитарной помощи в сектор Газа.", ("RETREAT", ("ISR",), ("PSE",))),
        ("Иран допустил инспекторов МАГАТЭ на объект в Фордо.", ("RETREAT", ("IRN",), ("UNO",))),
        # a deposit in another state's central bank
        ("Саудовская Аравия разместила депозит в центробанке Египта.", ("AID", ("SAU",), ("EGY",))),
        # turning to an ally for consultations
        ("Польша обратилась к НАТО за консультациями по статье 4.", ("REQUEST", ("POL",), ("IGO",))),
        # a phone call with the partner between verb and "по телефону"
        ("Шольц поговорил с Путиным по телефону впервые за два года.", ("CONSULT", ("DEU",), ("RUS",))),
        # a court finding a state responsible
        ("Международный суд ООН признал Сербию ответственной за бездействие.",
         ("ACCUSE", ("UNO",), ("SRB",))),
        # speaking of the possibility of a strike threatens
        ("Медведев заявил о возможности ядерного удара по Лондону.", ("THREATEN", ("RUS",), ("GBR",))),
        # driving enemy forces out; positions given up near a place
        ("Армия Судана вытеснила силы быстрого реагирования из Хартума.", ("ASSAULT", ("SDN",), ())),
        ("Российские военные сдали позиции под Харьковом.", ("RETREAT", ("RUS",), ("UKR",))),
        # crushing protests
        ("Силы безопасности Ирана жестоко подавили протесты в Захедане.", ("COERCE", ("IRN",), ())),
        # apologies with the addressee between verb and noun
        ("Россия принесла Азербайджану официальные извинения за инцидент.",
         ("SUPPORT", ("RUS",), ("AZE",))),
        # travelling to a parade or a summit is a visit (here negated, still coded)
        ("Алиев не поедет на юбилейный парад в Москве.", ("CONSULT", ("AZE",), ("RUS",))),
    ],
)
def test_round13_triggers(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # declining to comment refuses nothing
        ("Песков отказался комментировать заявления Зеленского.", "REJECT"),
        # a government's own budget praises no one
        ("Правительство Японии одобрило проект бюджета на следующий год.", "SUPPORT"),
        # the aid cut off was not given; a denunciation approves no treaty
        ("Израиль перекрыл поставки гуманитарной помощи в Газу.", "AID"),
        ("Кабмин Украины одобрил денонсацию соглашения с Россией о сотрудничестве в Азовском море.",
         "AGREE"),
        # asking for consultations is not holding them; protests traded are not street protest
        ("Польша обратилась к НАТО за консультациями по статье 4.", "CONSULT"),
        ("Китай и Филиппины обменялись протестами после инцидента у рифа.", "PROTEST"),
        # the protests crushed are the target; a blocked statement of support did not happen
        ("Силы безопасности Ирана жестоко подавили протесты в Захедане.", "PROTEST"),
        ("Премьер Венгрии заблокировал заявление ЕС в поддержку Украины.", "SUPPORT"),
        # the possible strike is not an attack
        ("Медведев заявил о возможности ядерного удара по Лондону.", "ASSAULT"),
        # participles of destruction, permissions, currencies and guilty pleas
        ("Россия восстанавливает разрушенные дома в Мариуполе.", "ASSAULT"),
        ("ООН получила от Израиля разрешение на доставку помощи.", "AID"),
        ("Российский рубль сдал позиции к доллару.", "RETREAT"),
        ("Бывший министр обороны Грузии признал себя виновным в превышении полномочий.", "ACCUSE"),
        ("ЦИК выдал удостоверения членам избирательной комиссии.", "COOPERATE"),
        # a claimed attack is no admission of blame
        ("Боевики ИГИЛ взяли на себя ответственность за нападение на мечеть в Пакистане.", "CONCEDE"),
    ],
)
def test_round13_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round13_blocked_statement_is_a_rejection():
    assert "REJECT" in types("Премьер Венгрии заблокировал заявление ЕС в поддержку Украины.")


def test_refused_trip_is_negated():
    evs = [e for e in code_text("Алиев не поедет на юбилейный парад в Москве.", "ru", DATE)
           if e.event_type == "CONSULT"]
    assert evs and all(e.negated for e in evs)


def test_thanks_for_solidarity_is_one_way():
    got = coded("Президент Израиля поблагодарил Германию за солидарность.")
    assert ("SUPPORT", ("ISR",), ("DEU",)) in got
    assert ("SUPPORT", ("DEU",), ("ISR",)) not in got


@pytest.mark.parametrize(
    "sentence, etype, modality",
    [
        # "X утверждает, что ..." and a closing "..., утверждают в Киеве" report a claim
        ("Киев утверждает, что российские военные расстреляли украинских военнопленных.",
         "ASSAULT", "reported"),
        ("Российская авиация нанесла удар по Харькову, утверждают в Киеве.", "ASSAULT", "reported"),
        # a visit or a meeting planned or expected after the noun
        ("Визит канцлера Германии в Пекин запланирован на апрель.", "CONSULT", "future"),
        ("Встреча президентов России и США ожидается в июне.", "CONSULT", "future"),
        # preparing for an offensive is not the offensive
        ("Армия обороны Израиля заявила, что готовится к наступлению на Рафах.",
         "ASSAULT", "hypothetical"),
    ],
)
def test_round13_modality(sentence, etype, modality):
    assert modalities(sentence, etype) == {modality}
