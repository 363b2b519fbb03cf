"""Russian data of round 26, a probe of attacks by unnamed or described authors, kidnappings,
ship seizures, media bans, closures and reopenings of border crossings, notes and démarches,
security guarantees, IAEA access, deportations, court cases, cancelled visits and threats, in
wire stories, digests, readouts, Q&A transcripts, timelines and headlines
(data/ru/triggers.yaml, data/ru/grammar.yaml, data/ru/aliases/organisations.yaml).

A drone, a missile, a gunman, a group of armed men or fighters, persons unknown, rebels and
militiamen named as the subject of an attack, with no party of their own, are an author the text
does not name: the attack has empty actor lists and its target as recipient, while "Украинский
беспилотник" and "боевики «Аш-Шабааб»" keep their party. A démarche made to another state and a
note sent to it are diplomatic protests. Resuming the work of border crossings reopens them, and
letting inspectors visit a site grants access (not a visit by the state that lets them in).
Visiting a capital "с государственным визитом" is one visit, also when the capital does not
decline (Баку). Reserving the right to resume fighting or to strike, and promising to answer
harshly, are warnings, not the fighting. Sanctions named first and then imposed in the passive
are imposed by the instrumental agent. A visit or meeting named first and then postponed or
cancelled is the refusal, not the visit. Joining another party's case against a third accuses
the third. Deporting "гражданина Германии" deports a German (the citizen noun inside the
mention no longer cuts the verb off). Suspending the broadcasts or work of a foreign outlet bans
it, granting security guarantees is a pledge, and leaving the International Criminal Court or
the World Health Organization named in full reduces ties with it. Each sentence was written for this test in the
style of Russian news agencies, readouts and headlines, and its expected reading checked by hand
against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, happened, coded_with = _coder.types, _coder.tuples, _coder.happened, _coder.coded_with


@pytest.mark.parametrize(
    "sentence, want",
    [
        # attackers of no stated party: no actor, the target as recipient
        ("Беспилотник атаковал турецкий военный конвой на севере Ирака.", ("ASSAULT", (), ("TUR",))),
        ("Беспилотники атаковали турецкий военный конвой.", ("ASSAULT", (), ("TUR",))),
        ("Стрелки напали на индийских паломников.", ("ASSAULT", (), ("IND",))),
        ("Группа вооружённых людей похитила итальянского священника в Нигере.",
         ("ASSAULT", (), ("ITA",))),
        ("Группа боевиков похитила итальянского священника.", ("ASSAULT", (), ("ITA",))),
        ("Неустановленные лица обстреляли посольство России в Кабуле.", ("ASSAULT", (), ("RUS",))),
        ("Ополченцы обстреляли позиции украинских военных под Донецком.", ("ASSAULT", (), ("UKR",))),
        ("Повстанцы сбили вертолёт армии Мали.", ("ASSAULT", (), ("MLI",))),
        ("Ракета поразила здание посольства Польши в Киеве.", ("ASSAULT", (), ("POL",))),
        # ... while a drone or fighters of a named party keep it
        ("Украинский беспилотник атаковал российский НПЗ.", ("ASSAULT", ("UKR",), ("RUS",))),
        ("В Сомали боевики «Аш-Шабааб» атаковали базу миротворцев Африканского союза.",
         ("ASSAULT", ("SOM",), ("IGO",))),
        # démarches and notes
        ("Китай сделал Японии демарш в связи со сбросом воды с АЭС «Фукусима».",
         ("ACCUSE", ("CHN",), ("JPN",))),
        ("МИД Литвы направил России демарш.", ("ACCUSE", ("LTU",), ("RUS",))),
        ("Россия направила Эстонии ноту в связи с задержанием российского судна.",
         ("ACCUSE", ("RUS",), ("EST",))),
        # border crossings reopened, inspectors let in
        ("Казахстан возобновил работу пунктов пропуска на границе с Китаем.",
         ("RETREAT", ("KAZ",), ("CHN",))),
        ("Иран разрешил инспекторам МАГАТЭ посетить АЭС в Бушере.", ("RETREAT", ("IRN",), ("UNO",))),
        ("Тегеран позволил инспекторам МАГАТЭ вернуться на объекты.", ("RETREAT", ("IRN",), ("UNO",))),
        # warnings
        ("Израиль оставляет за собой право нанести удар по Ирану.", ("THREATEN", ("ISR",), ("IRN",))),
        ("Если Иран нанесёт удар по Израилю, США ответят жёстко.", ("THREATEN", ("USA",), ("IRN",))),
        # sanctions in the passive, a meeting cancelled
        ("Санкции против Ирана были введены Евросоюзом в 2012 году.", ("SANCTION", ("EUR",), ("IRN",))),
        ("Встреча Путина и Байдена отменена.", ("REJECT", ("RUS",), ("USA",))),
        # joining a case against a third party
        ("Ирландия присоединилась к иску ЮАР против Израиля в Международном суде ООН.",
         ("ACCUSE", ("IRL",), ("ISR",))),
        ("Мексика присоединилась к делу против Израиля.", ("ACCUSE", ("MEX",), ("ISR",))),
        # deportations of another state's citizens
        ("Россия депортировала гражданина Германии.", ("COERCE", ("RUS",), ("DEU",))),
        ("Россия депортировала граждан Германии.", ("COERCE", ("RUS",), ("DEU",))),
        # foreign outlets suspended; security guarantees
        ("Власти Мали приостановили деятельность французского телеканала LCI.",
         ("COERCE", ("MLI",), ("FRA",))),
        ("Великобритания предоставила Украине гарантии безопасности.", ("AGREE", ("GBR",), ("UKR",))),
        # leaving a court or an organisation named in full
        ("Венгрия вышла из Международного уголовного суда.", ("SANCTION", ("HUN",), ("IGO",))),
        ("США вышли из Всемирной организации здравоохранения.", ("SANCTION", ("USA",), ("UNO",))),
    ],
)
def test_round26_codes(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # inspectors let in make the visit, not the state
        ("Иран разрешил инспекторам МАГАТЭ посетить АЭС в Бушере.", "CONSULT"),
        # a right to resume fighting reserved is no fighting
        ("Нетаньяху заявил, что Израиль оставляет за собой право возобновить боевые действия.",
         "ASSAULT"),
        ("Израиль оставляет за собой право нанести удар по Ирану.", "ASSAULT"),
        # a visit postponed did not take place
        ("Визит Шольца в Китай перенесён", "CONSULT"),
        # an outlet banned is no suspension of relations
        ("Власти Мали приостановили деятельность французского телеканала LCI.", "SANCTION"),
        # joining another party's case names no one it is against
        ("Палестина присоединилась к иску ЮАР.", "ACCUSE"),
        # a company winding down its own business bans no one
        ("Компания Renault приостановила деятельность в России.", "COERCE"),
    ],
)
def test_round26_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round26_state_visit_to_baku_is_one_visit():
    assert coded("Президент Казахстана Токаев посетил Баку с государственным визитом.") == {
        ("CONSULT", ("KAZ",), ("AZE",))
    }


def test_round26_right_to_resume_fighting_is_a_warning():
    assert happened("Нетаньяху заявил, что Израиль оставляет за собой право возобновить боевые действия.",
                    "THREATEN")


def test_round26_inspectors_refused_is_negated():
    text = "Иран не разрешил инспекторам МАГАТЭ посетить объект в Фордо."
    assert coded_with(text, "RETREAT", {"IRN"}, {"UNO"})
    assert not happened(text, "RETREAT")


def test_round26_downed_drones_are_no_attackers():
    assert types("Беспилотники сбиты над Москвой.") == set()
