"""Russian triggers and cues of round 15 (data/ru/triggers.yaml, data/ru/grammar.yaml):
helping a named party get round sanctions (economic cooperation with the party helped, the
party standing between verb and object); a stop for a participle standing before the weapon
as its attribute ("две выпущенные ракеты взорвались": the weapon is named, no launch is
told), while the verb, and the participle with its author between, still code the attack;
"накануне" and "в преддверии" open a time frame whose names are no parties of the clause's
act ("встретились накануне саммита НАТО"); and a stop for a killing, an arrest or a detention
named as a cause after "в связи с", whose author the phrase does not name; straits and canals
closed by their own name ("перекрыла Босфор"). Each sentence was
written for this test in the style of Russian news and its expected reading checked by hand
against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder, happened

DATE = "2025-03-03"

_coder = Coder("ru", DATE)
types, coded = _coder.types, _coder.tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # helping a named party get round sanctions is cooperation with it
        ("ОАЭ помогают Ирану обходить американские санкции, утверждают в Вашингтоне.",
         ("COOPERATE", ("ARE",), ("IRN",))),
        ("Турция помогла Москве обойти западные санкции.", ("COOPERATE", ("TUR",), ("RUS",))),
        ("Армения помогает России обходить ограничения на ввоз электроники.",
         ("COOPERATE", ("ARM",), ("RUS",))),
        ("Казахстан не будет содействовать России в обходе санкций.",
         ("COOPERATE", ("KAZ",), ("RUS",))),
        # the launch told by the verb, or by the participle with its author between
        ("Иран выпустил ракеты по Израилю.", ("ASSAULT", ("IRN",), ("ISR",))),
        ("Израиль перехватил выпущенные Ираном ракеты.", ("ASSAULT", ("IRN",), ())),
        # "накануне" as an adverb keeps the clause's subject
        ("Израиль накануне нанёс удар по Ливану.", ("ASSAULT", ("ISR",), ("LBN",))),
        ("Накануне Россия выслала двух эстонских дипломатов.",
         ("SANCTION", ("RUS",), ("EST",))),
        # a meeting before a summit: the summit's bloc is no party to it
        ("Лидеры ЕС встретились накануне саммита НАТО.", ("CONSULT", ("EUR",), ())),
        ("Франция и Германия провели консультации в преддверии саммита НАТО.",
         ("CONSULT", ("FRA",), ("DEU",))),
        # the reaction to a killing or a detention is coded, the cause is not
        ("Германия выслала двух российских дипломатов в связи с убийством в Берлине.",
         ("SANCTION", ("DEU",), ("RUS",))),
        ("МИД Польши вручил ноту протеста послу Белоруссии в связи с задержанием журналиста.",
         ("ACCUSE", ("POL",), ("BLR",))),
        # a strait or a canal closed by its own name
        ("Турция перекрыла Босфор для российских военных кораблей.",
         ("COERCE", ("TUR",), ("RUS",))),
        ("Анкара закрыла Босфор и Дарданеллы для военных судов воюющих стран.",
         ("COERCE", ("TUR",), ())),
    ],
)
def test_round15_triggers(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a participle before the weapon names it: no attack of its own
        ("ПВО Израиля перехватила все выпущенные ракеты.", "ASSAULT"),
        ("Минобороны Японии сообщило, что запущенные ракеты упали в море.", "ASSAULT"),
        ("Азербайджанская армия сообщила, что выпущенные снаряды упали на нейтральной "
         "территории.", "ASSAULT"),
        # talks held before a summit are not talks with the summit's bloc
        ("Консультации прошли накануне саммита ОДКБ.", "CONSULT"),
        # a killing or a detention named as a cause: its author is not the reacting state
        ("Германия выслала двух российских дипломатов в связи с убийством в Берлине.",
         "ASSAULT"),
        ("МИД Польши вручил ноту протеста послу Белоруссии в связи с задержанием журналиста.",
         "COERCE"),
        # helping unnamed clients is no cooperation between parties
        ("Банки помогали клиентам обходить ограничения.", "COOPERATE"),
        # crossing a strait closes nothing
        ("Российский фрегат прошёл через Босфор.", "COERCE"),
    ],
)
def test_round15_not_coded(sentence, etype):
    assert etype not in types(sentence)


@pytest.mark.parametrize(
    "sentence, bloc",
    [
        ("Лидеры ЕС встретились накануне саммита НАТО.", "IGO"),
        ("Франция и Германия провели консультации в преддверии саммита НАТО.", "IGO"),
        ("Министры иностранных дел Индии и Китая встретились накануне саммита БРИКС.", "IGO"),
        ("Представители Израиля и США провели переговоры накануне заседания Совбеза ООН.",
         "UNO"),
        ("Главы МИД Армении и Азербайджана встретились в преддверии саммита ЕС.", "EUR"),
    ],
)
def test_round15_frame_names_are_no_parties(sentence, bloc):
    assert not any(t == "CONSULT" and bloc in r for t, _, r in coded(sentence))


def test_round15_refusing_to_help_evade_sanctions_is_negated():
    text = "Китай не намерен помогать России обходить санкции."
    assert ("COOPERATE", ("CHN",), ("RUS",)) in coded(text)
    assert not happened(text, "ru", DATE, "COOPERATE")
