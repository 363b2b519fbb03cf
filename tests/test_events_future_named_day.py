"""An act announced for later that names a weekday or a month without a year takes the next
such day or month after the report, not the last one before it ("will visit on Monday",
"talks in March"). Sentences written for this test; the document date, 10 January 2025,
is a Friday, so the Monday before it is 6 January and the Monday after it 13 January."""

import pytest

from detente.events import code_text
from detente.normalise.dates import find_dates

DATE = "2025-01-10"


def _dates(sentence, lang, etype, date=DATE):
    return {
        (e.date, e.date_precision)
        for e in code_text(sentence, lang, date)
        if e.event_type == etype and not e.negated
    }


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Putin will visit Ankara on Monday.", "en"),
        ("Путин посетит Анкару в понедельник.", "ru"),
        ("פוטין יבקר באנקרה ביום שני.", "he"),
        ("سيزور بوتين أنقرة يوم الاثنين.", "ar"),
    ],
)
def test_a_visit_announced_for_monday_is_the_next_monday(sentence, lang):
    assert _dates(sentence, lang, "CONSULT") == {("2025-01-13", "day")}


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Iran will hold talks with France in March.", "en"),
        ("Иран проведет переговоры с Францией в марте.", "ru"),
        ("ستجري إيران محادثات مع فرنسا في مارس.", "ar"),
    ],
)
def test_talks_announced_for_march_are_this_coming_march(sentence, lang):
    assert _dates(sentence, lang, "CONSULT") == {("2025-03", "month")}


def test_a_day_early_next_year_announced_in_december():
    assert _dates("Putin will visit Ankara on 5 January.", "en", "CONSULT", "2024-12-20") == {
        ("2025-01-05", "day")
    }


@pytest.mark.parametrize(
    "sentence, date, expected",
    [
        # what happened keeps the day before the report
        ("Putin visited Ankara on Monday.", DATE, ("2025-01-06", "day")),
        # the month of the report is not moved a year on
        ("Putin will visit Ankara in January.", DATE, ("2025-01", "month")),
        # a day just past is looked back to, never put a year ahead
        ("Putin will visit Ankara on 5 January.", DATE, ("2025-01-05", "day")),
        # a stated year is kept as written
        ("Putin will visit Ankara in March 2024.", DATE, ("2024-03", "month")),
    ],
)
def test_dates_that_stay(sentence, date, expected):
    assert _dates(sentence, "en", "CONSULT", date) == {expected}


def test_the_date_finder_marks_a_month_named_without_a_year():
    found = {d.text: d.yearless for d in find_dates("on 5 March and in May 2024", "en", DATE)}
    assert found == {"5 March": True, "May 2024": False}
