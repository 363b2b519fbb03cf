"""A date that opens a period ("since April", "впервые с 2022 года", "לראשונה מאז 2009",
"لأول مرة منذ عام 2009") is not the day of the event: the event keeps the document date.
Sentences written for these tests; dates worked out by hand."""

from __future__ import annotations

import pytest

from detente.events import code_text


def _dated(text, lang, doc_date):
    return {
        (e.event_type, tuple(a.country for a in e.actor), e.date, e.date_precision)
        for e in code_text(text, lang, doc_date)
    }


@pytest.mark.parametrize(
    "text, lang, doc_date, expected",
    [
        ("Trump held talks with Zelensky in The Hague, their first meeting since the summit in April.",
         "en", "2025-06-25", ("CONSULT", ("USA",), "2025-06-25", "day")),
        ("Делегации России и Украины встретились в Стамбуле впервые с 2022 года.",
         "ru", "2025-05-16", ("CONSULT", ("RUS",), "2025-05-16", "day")),
        ("שרי החוץ של טורקיה וארמניה נפגשו באנקרה לראשונה מאז 2009.",
         "he", "2025-03-03", ("CONSULT", ("TUR",), "2025-03-03", "day")),
        ("التقى وزيرا خارجية تركيا وأرمينيا في أنقرة لأول مرة منذ عام 2009.",
         "ar", "2025-03-03", ("CONSULT", ("TUR",), "2025-03-03", "day")),
    ],
)
def test_a_since_date_is_not_the_events(text, lang, doc_date, expected):
    assert _dated(text, lang, doc_date) == {expected}


def test_ago_and_plain_dates_still_date_the_event():
    # "منذ يومين" is "two days ago", not "since": 3 March minus two days
    assert _dated("زار وزير الخارجية التركي يريفان منذ يومين.", "ar", "2025-03-03") == {
        ("CONSULT", ("TUR",), "2025-03-01", "day")
    }
    assert _dated(
        "The foreign ministers of Turkey and Armenia met in Ankara on 1 March 2025.", "en", "2025-03-03"
    ) == {("CONSULT", ("TUR",), "2025-03-01", "day")}
