"""A date right after a participle that describes a noun ("the declaration signed in 2015")
is the date of that noun, not of the event the sentence tells; the event takes another date
of the sentence, or the document's. The participle that is the trigger's own word still
dates its event. Sentences written for this test and dated by hand."""

import pytest

from detente.events import code_text

DOC = "2025-03-05"


def _dates(text, lang, etype):
    return [(e.date, e.date_precision) for e in code_text(text, lang, DOC) if e.event_type == etype]


@pytest.mark.parametrize(
    "text, lang, etype",
    [
        ("Egypt rejected the declaration of principles signed in 2015.", "en", "REJECT"),
        ("Russia withdrew from the New START treaty signed in 2010.", "en", "SANCTION"),
        ("رفضت مصر إعلان المبادئ الموقع عام 2015.", "ar", "REJECT"),
        ("Египет отверг декларацию принципов, подписанную в 2015 году.", "ru", "REJECT"),
        ("מצרים דחתה את הצהרת העקרונות שנחתמה ב-2015.", "he", "REJECT"),
    ],
)
def test_a_participles_date_is_not_the_events(text, lang, etype):
    assert _dates(text, lang, etype) == [(DOC, "day")]


def test_the_events_own_date_wins_over_the_participles():
    text = "Egypt on Monday rejected the declaration of principles signed in 2015."
    assert _dates(text, "en", "REJECT") == [("2025-03-03", "day")]


@pytest.mark.parametrize(
    "text, lang, etype, want",
    [
        # the participle right before the date is the trigger's own word
        ("Crimea was annexed in 2014 by Russia.", "en", "COERCE", ("2014", "year")),
        ("Ethiopia and Egypt signed an agreement in 2015.", "en", "AGREE", ("2015", "year")),
    ],
)
def test_the_triggers_own_participle_keeps_its_date(text, lang, etype, want):
    assert want in _dates(text, lang, etype)
