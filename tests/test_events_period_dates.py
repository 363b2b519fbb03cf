"""A date that opens a period ("their lowest since 2021", "впервые с 2022 года") is no
event's day, so it dates none of the paragraph's later sentences either; a date that is an
event's day still does. Sentences written for this test and dated by hand."""

import pytest

from detente.events import code_text


def _dates(text, lang, etype, date="2025-03-03"):
    return [
        (e.date, e.date_precision) for e in code_text(text, lang, date) if e.event_type == etype
    ]


@pytest.mark.parametrize(
    "text, lang, etype",
    [
        (
            "Relations have been at their lowest since 2021. "
            "Algeria recalled its ambassador from France.",
            "en",
            "SANCTION",
        ),
        (
            "Отношения впервые с 2021 года так плохи. Алжир отозвал своего посла из Франции.",
            "ru",
            "SANCTION",
        ),
    ],
)
def test_a_period_start_dates_no_later_sentence(text, lang, etype):
    assert _dates(text, lang, etype) == [("2025-03-03", "day")]


def test_an_event_day_still_dates_the_paragraph():
    text = "Talks collapsed in Geneva on 12 February. Algeria recalled its ambassador from France."
    assert _dates(text, "en", "SANCTION") == [("2025-02-12", "day")]


def test_an_undated_document_skips_the_period_start():
    text = (
        "Algeria and France signed a deal on 12 February 2024.\n\n"
        "Ties are at their worst since 2021.\n\nAlgeria recalled its ambassador from France."
    )
    got = [
        (e.date, e.date_precision)
        for e in code_text(text, "en", None)
        if e.event_type == "SANCTION"
    ]
    assert got == [("2024-02-12", "day")]
