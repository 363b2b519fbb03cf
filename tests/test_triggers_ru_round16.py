"""Russian triggers of round 16 (data/ru/triggers.yaml): an embargo or a ban on arms supplies
is a sanction whose supply noun is no aid; giving in to demands or an ultimatum is CONCEDE
to the party that made them; approving an aid package and forgiving debts are aid; striking
with the weapon named before the target ("ударил ракетами по"), using arms or aviation
against a party, crushing bases or a headquarters and answering with strikes are attacks;
missile systems deployed by their type name and a reinforced flank are mobilisation;
depriving a state of trade preferences, counter-sanctions, refusing visas and closing an
embassy named with its owner's adjective are sanctions; handing villages over is a return of
territory, and soldiers or children handed back are released; revoking a ratification is
leaving the treaty, whose name ("о запрещении ядерных испытаний") tells no test; an
operation by its code name against a state is an attack; barring another state's ships from
one's ports is a sanction; declaring readiness to use force is a threat, not the attack; a
ceasefire named as the content of a proposal that is accepted or rejected is no agreement of
its own; a terrorist attack or a disaster named after "в связи с" is background of
condolences; intelligence handed over with the receiver between is cooperation; visas
stopped for "гражданам X" (the citizens are the recipient, not part of the trigger); a court
convicting someone for a crime ("осудила ... за шпионаж") is COERCE. Each sentence was
written for this test in the style of Russian news and its expected reading checked by hand
against eval/README.md: (type, actor countries, recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-03-03"

_coder = Coder("ru", DATE)
types, coded, happened = _coder.types, _coder.tuples, _coder.happened


@pytest.mark.parametrize(
    "sentence, want",
    [
        # an arms embargo is a sanction on the state it is aimed at
        ("Франция объявила эмбарго на поставки оружия Израилю.",
         ("SANCTION", ("FRA",), ("ISR",))),
        # giving in to demands or an ultimatum: CONCEDE to the one who pressed
        ("Грузия уступила требованиям Евросоюза.", ("CONCEDE", ("GEO",), ("EUR",))),
        ("Минск подчинился ультиматуму Москвы.", ("CONCEDE", ("BLR",), ("RUS",))),
        # approving aid is giving it; forgiving debts is economic aid
        ("Конгресс США одобрил пакет военной помощи Израилю.", ("AID", ("USA",), ("ISR",))),
        ("Россия простила Киргизии долг.", ("AID", ("RUS",), ("KGZ",))),
        # attacks told by less common verbs and collocations
        ("Израиль ударил ракетами по Дамаску.", ("ASSAULT", ("ISR",), ("SYR",))),
        ("Азербайджан применил артиллерию против армянских позиций.",
         ("ASSAULT", ("AZE",), ("ARM",))),
        ("Израиль разгромил базы «Хезболлы» на юге Ливана.", ("ASSAULT", ("ISR",), ("LBN",))),
        ("Пакистан ответил ударами на атаку Индии.", ("ASSAULT", ("PAK",), ("IND",))),
        # weapon systems by type name and a reinforced flank are mobilisation
        ("Турция развернула системы С-400.", ("MOBILIZE", ("TUR",), ())),
        ("НАТО усилило восточный фланг.", ("MOBILIZE", ("IGO",), ())),
        # trade preferences, counter-sanctions, visas and embassies
        ("Китай лишил Литву торговых преференций.", ("SANCTION", ("CHN",), ("LTU",))),
        ("Москва ввела контрсанкции против Японии.", ("SANCTION", ("RUS",), ("JPN",))),
        ("Япония отказала российским чиновникам в визах.", ("SANCTION", ("JPN",), ("RUS",))),
        ("Москва объявила о закрытии польского консульства в Смоленске.",
         ("SANCTION", ("RUS",), ("POL",))),
        # villages handed over to another state
        ("Армения передала Азербайджану четыре приграничных села.",
         ("RETREAT", ("ARM",), ("AZE",))),
        # readiness to use force is a threat
        ("Пхеньян заявил о готовности применить ядерное оружие против Сеула.",
         ("THREATEN", ("PRK",), ("KOR",))),
        # answering a ceasefire proposal: AGREE or REJECT towards the proposer
        ("Израиль согласился на предложение Египта о прекращении огня.",
         ("AGREE", ("ISR",), ("EGY",))),
        ("ХАМАС отверг предложение США о перемирии.", ("REJECT", ("PSE",), ("USA",))),
        # condolences over a terrorist attack
        ("Эрдоган выразил соболезнования Путину в связи с терактом.",
         ("SUPPORT", ("TUR",), ("RUS",))),
        # intelligence handed over with the receiver between
        ("Израиль передал Египту разведданные.", ("COOPERATE", ("ISR",), ("EGY",))),
        # revoking a ratification is leaving the treaty
        ("Россия отозвала ратификацию договора о всеобъемлющем запрещении ядерных испытаний.",
         ("SANCTION", ("RUS",), ())),
        # soldiers handed back to another state are released
        ("Армения вернула Азербайджану двух военнослужащих.", ("RETREAT", ("ARM",), ("AZE",))),
        # an operation by its code name against a state
        ("Индия провела операцию «Синдур» против Пакистана.", ("ASSAULT", ("IND",), ("PAK",))),
        # barring ships from one's ports
        ("ЕС запретил российским судам заходить в свои порты.", ("SANCTION", ("EUR",), ("RUS",))),
        # visas stopped for another state's citizens, the citizens named after the phrase
        ("Индия приостановила выдачу виз гражданам Пакистана.",
         ("SANCTION", ("IND",), ("PAK",))),
        # a court convicting a foreigner for a crime jails him
        ("Белоруссия осудила польского гражданина за шпионаж.",
         ("COERCE", ("BLR",), ("POL",))),
        # condemning a state for its act stays criticism
        ("Польша осудила Россию за удар по Киеву.", ("ACCUSE", ("POL",), ("RUS",))),
        # a background attack whose author and target are named is still coded
        ("ЕС ввёл санкции в связи с нападением России на Украину.",
         ("ASSAULT", ("RUS",), ("UKR",))),
    ],
)
def test_round16_triggers(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # the supply noun inside an embargo is no aid
        ("Франция объявила эмбарго на поставки оружия Израилю.", "AID"),
        # the one condoling is not the author of the attack
        ("Эрдоган выразил соболезнования Путину в связи с терактом.", "ASSAULT"),
        ("Макрон выразил соболезнования в связи с терактом в Москве.", "ASSAULT"),
        # a proposed ceasefire has not been agreed
        ("ХАМАС отверг предложение США о перемирии.", "AGREE"),
        ("Израиль согласился на предложение Египта о прекращении огня.", "RETREAT"),
        # readiness to strike is no strike
        ("Пхеньян заявил о готовности применить ядерное оружие против Сеула.", "ASSAULT"),
        # frosts hit regions, teams crush rivals
        ("Морозы ударили по всей Сибири.", "ASSAULT"),
        ("Спартак разгромил ЦСКА в финале кубка.", "ASSAULT"),
        # goods handed to villages, villages retaken by troops
        ("Волонтёры передали продукты в сёла Курской области.", "RETREAT"),
        ("ВСУ вернули под контроль два села.", "RETREAT"),
        # face recognition is no weapon system
        ("Москва развернула системы распознавания лиц.", "MOBILIZE"),
        # the demands given in to are no request of the one who yields
        ("Грузия уступила требованиям Евросоюза.", "REQUEST"),
        # a treaty named by its subject tells no nuclear test
        ("США и Россия подписали договор о запрещении ядерных испытаний.", "MOBILIZE"),
        ("Россия отозвала ратификацию договора о всеобъемлющем запрещении ядерных испытаний.",
         "MOBILIZE"),
        # approving aid praises no one
        ("Конгресс США одобрил пакет военной помощи Израилю.", "SUPPORT"),
    ],
)
def test_round16_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round16_refusing_to_yield_is_negated():
    text = "Израиль отказался уступить требованиям ХАМАС."
    assert "CONCEDE" in types(text)
    assert not happened(text, "CONCEDE")
