"""Russian triggers and stop phrases for free word order, persuasion, mutual acts, relief and
border closures (data/ru/triggers.yaml). Each sentence was written for this test in the style
of Russian news and its expected tuple checked by hand: (type, actor countries, recipient
countries)."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, want",
    [
        # free word order: the thing called void stands before the verb
        ("Пекин требования Вашингтона назвал неприемлемыми.", ("REJECT", ("CHN",), ("USA",))),
        ("Тегеран обвинения Лондона назвал беспочвенными.", ("REJECT", ("IRN",), ("GBR",))),
        # persuading a party: the persuaded one gives in to the persuader
        ("Эрдоган уговорил Путина вернуться к зерновой сделке.", ("CONCEDE", ("RUS",), ("TUR",))),
        ("Макрон отговорил Трампа от введения новых пошлин.", ("CONCEDE", ("USA",), ("FRA",))),
        # mutual acts: each party on the other
        ("Индия и Пакистан обменялись артиллерийским огнём на линии контроля.",
         ("ASSAULT", ("IND",), ("PAK",))),
        ("Индия и Пакистан обменялись артиллерийским огнём на линии контроля.",
         ("ASSAULT", ("PAK",), ("IND",))),
        ("Израиль и Иран снова обменялись ракетными ударами.", ("ASSAULT", ("IRN",), ("ISR",))),
        ("На границе вспыхнули столкновения между армиями Таджикистана и Киргизии.",
         ("ASSAULT", ("TJK",), ("KGZ",))),
        ("На границе вспыхнули столкновения между армиями Таджикистана и Киргизии.",
         ("ASSAULT", ("KGZ",), ("TJK",))),
        ("Киргизия и Таджикистан обвинили друг друга в нарушении перемирия.",
         ("ACCUSE", ("KGZ",), ("TJK",))),
        ("Вашингтон и Пекин обменялись взаимными обвинениями.", ("ACCUSE", ("CHN",), ("USA",))),
        # rescuers and medicines sent
        ("Казахстан направил в Турцию спасателей после землетрясения.", ("AID", ("KAZ",), ("TUR",))),
        ("Китай отправил в Иран крупную партию вакцин.", ("AID", ("CHN",), ("IRN",))),
        # closing the crossing points closes the border
        ("Финляндия закрыла все пункты пропуска на границе с Россией.",
         ("SANCTION", ("FIN",), ("RUS",))),
    ],
)
def test_round10_triggers(sentence, want):
    assert want in coded_tuples(sentence, "ru", "2025-03-03")


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # the rejected demand or accusation is not the rejecter's own
        ("Пекин требования Вашингтона назвал неприемлемыми.", "REQUEST"),
        ("Тегеран обвинения Лондона назвал беспочвенными.", "ACCUSE"),
        # blows and goals in sport are no attack
        ("Сборные Франции и Аргентины обменялись ударами в серии пенальти.", "ASSAULT"),
        ("Сборные Франции и Аргентины обменялись голами в первом тайме.", "ASSAULT"),
        # a handshake is no fighting, a private persuasion no concession
        ("Лидеры Армении и Азербайджана обменялись рукопожатием.", "ASSAULT"),
        ("Жена уговорила мужа купить новую машину.", "CONCEDE"),
        # "убеждён" (convinced) is belief, not persuasion
        ("Президент Франции убеждён, что Россия не остановится.", "CONCEDE"),
        # sending a patient to doctors is no aid
        ("Пострадавшего туриста из Германии направили к врачам.", "AID"),
    ],
)
def test_round10_non_events(sentence, absent):
    assert absent not in {t[0] for t in coded_tuples(sentence, "ru", "2025-03-03")}


def test_exchange_of_prisoners_stays_joint():
    # the mutual "обменялись ударами" must not split the joint exchange of prisoners
    got = coded_tuples("Армения и Азербайджан обменялись пленными.", "ru", "2025-03-03")
    assert ("RETREAT", ("ARM", "AZE"), ()) in got
