"""Words after an event that say it did not happen (grammar.yaml `negation_after`): the
meeting "did not take place", "так и не состоялась", "לא התקיימה". The event is kept and
marked negated. Sentences written for this test."""

import pytest

from detente.events import code_text


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("A planned summit between Trump and Putin did not take place.", "en"),
        ("Встреча Путина и Зеленского так и не состоялась.", "ru"),
        ("הפגישה בין נתניהו לארדואן לא התקיימה.", "he"),
    ],
)
def test_a_meeting_that_did_not_take_place_is_negated(sentence, lang):
    meetings = [e for e in code_text(sentence, lang, "2025-03-03") if e.event_type == "CONSULT"]
    assert meetings and all(e.negated for e in meetings)


def test_a_meeting_that_took_place_is_not():
    events = code_text("Putin and Erdogan met in Sochi on Monday.", "en", "2025-03-03")
    meetings = [e for e in events if e.event_type == "CONSULT"]
    assert meetings and not any(e.negated for e in meetings)
