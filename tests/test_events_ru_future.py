"""A Russian perfective verb in the non-past ("направит", "нанесёт") tells what will happen:
the event is `future`, and a negation stays on it."""

from detente.events import code_text


def _one(text: str, etype: str):
    evs = [e for e in code_text(text, "ru", "2025-03-03") if e.event_type == etype]
    assert len(evs) == 1, evs
    return evs[0]


def test_perfective_non_past_is_future():
    e = _one("Германия поставит Киеву танки, объявил канцлер.", "AID")
    assert e.modality == "future"
    assert "perfective" in e.why


def test_past_perfective_stays_asserted():
    assert _one("Германия поставила Киеву танки.", "AID").modality == "asserted"


def test_negated_future_keeps_its_negation():
    e = _one("Россия не направит войска в Беларусь.", "MOBILIZE")
    assert (e.modality, e.negated) == ("future", True)
    assert "не" in e.why
