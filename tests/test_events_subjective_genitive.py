"""Russian attack nouns: the genitive names the attacker when the target follows it."""

import pytest

from detente.events import code_text


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Вторжение России в Украину изменило Европу.", "RUS", "UKR"),
        ("Нападение Израиля на Иран вызвало рост цен на нефть.", "ISR", "IRN"),
        ("Эксперты вспоминают нападение Ирака на Кувейт.", "IRQ", "KWT"),
    ],
)
def test_genitive_before_a_named_target_is_the_attacker(text, actor, recipient):
    events = [e for e in code_text(text, "ru", "2025-03-03") if e.event_type == "ASSAULT"]
    assert len(events) == 1, [e.why for e in events]
    assert [a.country for a in events[0].actor] == [actor]
    assert [r.country for r in events[0].recipient] == [recipient]


def test_genitive_with_a_place_in_the_locative_stays_the_one_attacked():
    # "в Дамаске" is where it happened, not a target: the general is who was killed, and
    # with no attacker named nothing is coded as an act of Iran
    events = code_text("Убийство генерала Ирана в Дамаске вызвало гнев.", "ru", "2025-03-03")
    assert not any(a.country == "IRN" for e in events for a in e.actor)
