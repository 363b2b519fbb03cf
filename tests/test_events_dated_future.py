"""An act dated after the document that reports it has not happened yet: its modality is
future, whatever the verb's tense ("visits next week", "يزور الأسبوع المقبل"). Sentences
written for this test; the document date is 3 March 2025."""

import pytest

from detente.events import code_text

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Putin visits Turkey next week.", "en"),
        ("يزور الرئيس التركي موسكو الأسبوع المقبل.", "ar"),
        ("Лавров посетит Анкару в следующий вторник.", "ru"),
    ],
)
def test_a_visit_dated_after_the_report_is_future(sentence, lang):
    visits = [e for e in code_text(sentence, lang, DATE) if e.event_type == "CONSULT"]
    assert visits and all(e.modality == "future" for e in visits)
    assert all(e.date > DATE for e in visits)
    # Russian "посетит" is future by its form before its date is looked at
    assert any(why in visits[0].why for why in ("dated after the document", "perfective"))


def test_a_visit_dated_before_the_report_stays_asserted():
    visits = [
        e
        for e in code_text("Putin visited Turkey last week.", "en", DATE)
        if e.event_type == "CONSULT"
    ]
    assert visits and all(e.modality == "asserted" for e in visits)
