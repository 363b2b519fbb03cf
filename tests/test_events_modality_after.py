"""Words after an event noun that make it possible or expected ("תקיפה אפשרית", "هجوم
وشيك", "a visit ... is expected"): grammar.yaml `hypothetical_after` / `future_after`.
Sentences written for this test; modalities checked by hand."""

import pytest

from detente.events import code_text


def _modalities(text, lang, etype):
    return {e.modality for e in code_text(text, lang, "2025-03-03") if e.event_type == etype}


@pytest.mark.parametrize(
    "text, lang, etype, want",
    [
        ("ארצות הברית הזהירה מפני פלישה רוסית אפשרית לאוקראינה.", "he", "ASSAULT",
         "hypothetical"),
        ("בירושלים מעריכים כי מתקפה איראנית צפויה בימים הקרובים.", "he", "ASSAULT", "future"),
        ("وأشارت التقديرات إلى غارات إسرائيلية وشيكة على رفح.", "ar", "ASSAULT", "future"),
        ("وظهرت تقارير عن ضربة جوية أميركية محتملة لإيران.", "ar", "ASSAULT", "hypothetical"),
        ("A visit by Erdogan to Damascus is expected in March.", "en", "CONSULT", "future"),
    ],
)
def test_modality_word_after_the_event(text, lang, etype, want):
    assert _modalities(text, lang, etype) == {want}


@pytest.mark.parametrize(
    "text, lang, etype",
    [
        # punctuation ends the event's phrase
        ("ישראל תקפה אתמול את נמל חודיידה, כפי שהיה צפוי.", "he", "ASSAULT"),
        # the noun's own description is no modality
        ("A visit by Erdogan to Damascus took place in March.", "en", "CONSULT"),
    ],
)
def test_no_modality_word_after_the_event(text, lang, etype):
    assert _modalities(text, lang, etype) == {"asserted"}
