"""Russian data of round 17, a probe of fresh agency text (data/ru/triggers.yaml,
sectors.yaml, grammar.yaml, aliases/places.yaml and aliases/organisations.yaml).

"удар" is no longer a sector word: "российский удар по Одессе" is an attack by the state the
adjective names, not a description of forces that swallowed the trigger. Weapons as the
subject of "ударить по" attack (subject_first). A strike named after "в связи с" with no
author before its target is background. Fuel or grain sent in a consignment is aid; arms
sold are military aid, and so are air-defence systems sent by their names (THAAD, Patriot).
Settling the terms of a ceasefire and agreeing "на перемирие" agree to it, and the
ceasefire follows. Lifting martial law or a curfew, lowering duties and resuming visas
ease restrictions. Banning a party or a rally is a ban; a counter-terrorist operation
regime is an emergency restriction, not an attack. Announcing the recognition of a state
recognises it. Branding a state a terrorist or an aggressor is criticism; a call-up for
military service is mobilisation; women hostages handed over are released. Not letting
another's citizens in is refusing them entry; cutting trade relations is a sanction;
suspending talks (the noun) is a suspension, not talks; ratifying an agreement on
cooperation is the agreement with the partner; approving the start of accession talks is
a step towards the candidates. Stops: money "на поддержку" a sector, a sentence overturned
on appeal, duties put off, protests named as the cause of another act. Protesters'
demands "с требованием" are the protest's content, and talks "без посредников" had no
mediator. Names: "Белый дом" is the US
presidency; ДНР and ЛНР are the Ukrainian regions they hold; "боевики ИГ" is the
Islamic State. Each sentence was written for this test in the style of Russian news and
its expected reading checked by hand against eval/README.md: (type, actor countries,
recipient countries)."""

import pytest
from event_helpers import Coder

DATE = "2025-01-01"

_coder = Coder("ru", DATE)
types, coded, happened = _coder.types, _coder.tuples, _coder.happened


@pytest.mark.parametrize(
    "sentence, want",
    [
        # a strike noun with its author's adjective or genitive attacks the target
        ("Российский удар по Одессе унёс жизни восьми человек.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("Израильский удар по Бейруту унёс жизни пяти человек.", ("ASSAULT", ("ISR",), ("LBN",))),
        # weapons as the subject of "ударить по"
        ("Российские ракеты ударили по Киеву.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("Украинские беспилотники ударили по Москве.", ("ASSAULT", ("UKR",), ("RUS",))),
        # fuel, arms and air defence sent or sold to another state
        ("Катар направил в Ливан партию топлива для электростанций.", ("AID", ("QAT",), ("LBN",))),
        ("США продали Саудовской Аравии оружие на 100 миллиардов долларов.",
         ("AID", ("USA",), ("SAU",))),
        ("Пентагон направил в Израиль систему ПРО THAAD.", ("AID", ("USA",), ("ISR",))),
        # ceasefires agreed by settling terms or "на перемирие"
        ("Израиль и ХАМАС согласовали условия прекращения огня в секторе Газа.",
         ("RETREAT", ("ISR", "PSE"), ())),
        ("Ливан и Израиль согласились на перемирие сроком на 60 дней.",
         ("RETREAT", ("LBN", "ISR"), ())),
        # lifting martial law or a curfew, lowering duties, resuming visas
        ("Власти Армении отменили режим военного положения.", ("RETREAT", ("ARM",), ())),
        ("Индия отменила комендантский час в Манипуре.", ("RETREAT", ("IND",), ())),
        ("Китай снизил пошлины на американские товары.", ("RETREAT", ("CHN",), ("USA",))),
        ("Индия возобновила выдачу виз гражданам Канады.", ("RETREAT", ("IND",), ("CAN",))),
        # bans and emergency regimes at home
        ("Конституционный суд Молдавии запретил партию «Шор».", ("COERCE", ("MDA",), ())),
        ("МВД Грузии запретило проведение митинга у здания парламента.", ("COERCE", ("GEO",), ())),
        ("В Курской области введён режим контртеррористической операции.",
         ("COERCE", ("RUS",), ())),
        # recognition announced; the self-proclaimed republics are Ukrainian regions
        ("Норвегия объявила о признании Палестины.", ("SUPPORT", ("NOR",), ("PSE",))),
        ("Путин признал независимость ДНР.", ("SUPPORT", ("RUS",), ("UKR",))),
        # the White House and Islamic State fighters by their Russian names
        ("Белый дом объявил о выделении Израилю пакета военной помощи.",
         ("AID", ("USA",), ("ISR",))),
        ("Боевики ИГ взяли на себя ответственность за теракт в Крокусе.",
         ("ASSAULT", ("ISM",), ("RUS",))),
        # branding a state a terrorist or its leader a war criminal
        ("Эрдоган назвал Израиль террористическим государством.", ("ACCUSE", ("TUR",), ("ISR",))),
        ("Байден назвал Путина военным преступником.", ("ACCUSE", ("USA",), ("RUS",))),
        # call-ups
        ("Путин подписал указ о призыве 160 тысяч человек на военную службу.",
         ("MOBILIZE", ("RUS",), ())),
        ("Лукашенко призвал белорусов на военную службу.", ("MOBILIZE", ("BLR",), ())),
        # women hostages handed over
        ("ХАМАС передал Израилю двух заложниц.", ("RETREAT", ("PSE",), ("ISR",))),
        # refusing entry, cutting trade, suspending talks
        ("Пограничники Латвии не пропустили в страну российских туристов.",
         ("SANCTION", ("LVA",), ("RUS",))),
        ("Турция прекратила все торговые отношения с Израилем.", ("SANCTION", ("TUR",), ("ISR",))),
        ("Премьер Грузии Ираклий Кобахидзе объявил о приостановке переговоров о вступлении в ЕС.",
         ("SANCTION", ("GEO",), ("EUR",))),
        # ratifying an agreement on cooperation; approving accession talks
        ("Госдума ратифицировала соглашение о военном сотрудничестве с КНДР.",
         ("AGREE", ("RUS",), ("PRK",))),
        ("Лидеры ЕС одобрили начало переговоров о вступлении Украины и Молдавии.",
         ("AGREE", ("EUR",), ("UKR", "MDA"))),
        # blocking roads in protest
        ("Фермеры перекрыли дороги в Брюсселе в знак протеста против политики Евросоюза.",
         ("PROTEST", ("BEL",), ("EUR",))),
    ],
)
def test_round17_triggers(sentence, want):
    assert want in coded(sentence)


@pytest.mark.parametrize(
    "sentence, etype",
    [
        # a strike with no author before its target is background of the summons
        ("Багдад вызвал временного поверенного в делах США в связи с ударами по базам.",
         "ASSAULT"),
        # money for a sector is no statement of support; hoping for support gives none
        ("Германия предоставит Молдавии 40 миллионов евро на поддержку энергетики.", "SUPPORT"),
        ("Сербия рассчитывает на поддержку России в вопросе Косово.", "SUPPORT"),
        # lifting martial law cancels no deal
        ("Власти Армении отменили режим военного положения.", "SANCTION"),
        # a sentence overturned on appeal jails no one
        ("Верховный суд Армении отменил приговор бывшему президенту.", "COERCE"),
        ("Верховный суд Армении отменил приговор бывшему президенту.", "SANCTION"),
        # the content of an agreement is not cooperation under way
        ("Госдума ратифицировала соглашение о военном сотрудничестве с КНДР.", "COOPERATE"),
        # suspended talks are not held
        ("Премьер Грузии Ираклий Кобахидзе объявил о приостановке переговоров о вступлении в ЕС.",
         "CONSULT"),
        # duties put off are not imposed
        ("Мексика и США договорились об отсрочке введения пошлин.", "SANCTION"),
        # approving accession talks is no meeting of the candidates
        ("Лидеры ЕС одобрили начало переговоров о вступлении Украины и Молдавии.", "CONSULT"),
        # a call-up is no appeal; a counter-terrorist regime is no attack
        ("Путин подписал указ о призыве 160 тысяч человек на военную службу.", "REQUEST"),
        ("В Курской области введён режим контртеррористической операции.", "ASSAULT"),
        # protests named as the cause of a curfew are not the government's
        ("Власти Нигерии ввели комендантский час в нескольких штатах из-за протестов.", "PROTEST"),
        # the protesters' demand is the content of their protest
        ("Десятки тысяч сербов вышли на улицы Белграда с требованием отставки правительства.",
         "REQUEST"),
        # roads closed by an army are no protest
        ("Армия перекрыла дороги в Дженин.", "PROTEST"),
        # weather strikes no one
        ("Морозы ударили по всей Сибири.", "ASSAULT"),
        # a refused ceasefire is not in force
        ("Ливан и Израиль так и не согласились на перемирие.", "RETREAT"),
        # a defendant pleading guilty recognises no state
        ("Подсудимый заявил о признании вины.", "SUPPORT"),
    ],
)
def test_round17_not_coded(sentence, etype):
    assert etype not in types(sentence)


def test_round17_refused_entry_happened():
    """Not letting others in is the act itself, not a negated one."""
    assert happened("Пограничники Латвии не пропустили в страну российских туристов.", "SANCTION")


def test_round17_conviction_still_coded():
    """A court convicting a foreigner for a crime stays COERCE beside the new stops."""
    assert ("COERCE", ("BLR",), ("POL",)) in coded(
        "Белоруссия осудила польского гражданина за шпионаж."
    )


def test_round17_talks_without_mediators():
    """Talks "без посредников" are a meeting of the two sides, with no mediation coded."""
    text = "Армения и Азербайджан впервые провели прямые переговоры без посредников."
    assert ("CONSULT", ("ARM",), ("AZE",)) in coded(text)
    assert ("CONSULT", ("ARM", "AZE"), ()) not in coded(text)
