"""Which date in a sentence dates which event.

1. A clause opened by "after", "before", "in response to" and the like (grammar.yaml
   `time_breaks`, which must also be clause breaks) happened at its own time: a date in it
   dates the event named there, not the verb before it. Without an event of its own the
   clause is only a time phrase ("before midnight on Saturday") and still dates the verb.
2. A start phrase (grammar.yaml `start_markers`: "take effect", "с", "يبدأ تطبيقه",
   "ייכנס לתוקף") names when what was agreed begins: the RETREAT a ceasefire deal brings
   takes that date, `future` when it lies after the report, and the agreement keeps its
   own date. A weekday named bare is moved to the first such day after the agreement.

Expected dates follow eval/README.md ("the RETREAT takes the stated start date, `future`
when after `doc_date`, otherwise the AGREE's date"). Every sentence was written for this
test; 2024-03-12 and 2024-04-10 are a Tuesday and a Wednesday.
"""

from __future__ import annotations

import pytest

from detente.events import code_text


def _dated(text, lang, date):
    return {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient)): (
            e.date,
            e.modality,
        )
        for e in code_text(text, lang, date)
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Lithuania expelled two Belarusian diplomats after Minsk on Saturday arrested a "
            "Lithuanian journalist.",
        ),
        ("he", "ליטא גירשה שני דיפלומטים בלארוסים לאחר שמינסק עצרה ביום שבת עיתונאי ליטאי."),
        ("ar", "طردت ليتوانيا دبلوماسيين بيلاروسيين بعد أن اعتقلت مينسك يوم السبت صحفيا ليتوانيا."),
        (
            "ru",
            "Литва выслала двух белорусских дипломатов после того как Минск в субботу "
            "задержал литовского журналиста.",
        ),
    ],
)
def test_a_date_in_an_after_clause_dates_the_event_there(lang, text):
    got = _dated(text, lang, "2024-03-12")
    # the arrest was on Saturday; the expulsion is dated by the report
    assert got[("COERCE", ("BLR",), ("LTU",))][0] == "2024-03-09"
    assert got[("SANCTION", ("LTU",), ("BLR",))][0] == "2024-03-12"


def test_a_time_phrase_without_an_event_still_dates_the_verb():
    got = _dated(
        "The last French soldiers left Niger shortly before midnight on Saturday.",
        "en",
        "2024-03-12",
    )
    assert got[("RETREAT", ("FRA",), ("NER",))][0] == "2024-03-09"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Armenia and Azerbaijan agreed to a ceasefire that will take effect on Saturday."),
        ("he", "ארמניה ואזרבייג'ן הסכימו על הפסקת אש שתיכנס לתוקף ביום שבת."),
        ("ar", "اتفقت أرمينيا وأذربيجان على وقف لإطلاق النار يبدأ تطبيقه يوم السبت."),
    ],
)
def test_a_ceasefire_starts_on_the_weekday_after_the_agreement(lang, text):
    got = _dated(text, lang, "2024-04-10")
    assert got[("AGREE", ("ARM", "AZE"), ())] == ("2024-04-10", "asserted")
    # Saturday after Wednesday 10 April, not the Saturday before it
    assert got[("RETREAT", ("ARM", "AZE"), ())] == ("2024-04-13", "future")


def test_a_ceasefire_from_a_named_day():
    got = _dated(
        "Армения и Азербайджан договорились о прекращении огня с 1 марта.", "ru", "2025-02-20"
    )
    assert got[("AGREE", ("ARM", "AZE"), ())] == ("2025-02-20", "asserted")
    assert got[("RETREAT", ("ARM", "AZE"), ())] == ("2025-03-01", "future")


def test_a_start_in_the_past_stays_in_the_past():
    # agreed on Tuesday 16 April, in force since Saturday 20 April, reported that day
    got = _dated(
        "On Tuesday Armenia and Azerbaijan agreed to a ceasefire starting on Saturday.",
        "en",
        "2024-04-20",
    )
    assert got[("AGREE", ("ARM", "AZE"), ())] == ("2024-04-16", "asserted")
    assert got[("RETREAT", ("ARM", "AZE"), ())] == ("2024-04-20", "asserted")


def test_a_date_after_a_party_is_the_agreements_own():
    # "с Украиной" is "with Ukraine", not a start: 15 February dates the agreement
    got = _dated(
        "Россия договорилась с Украиной 15 февраля о прекращении огня.", "ru", "2025-02-20"
    )
    assert got[("AGREE", ("RUS", "UKR"), ())][0] == "2025-02-15"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("he", "בעקבות הפיגוע ב-22 באפריל, הודו גירשה ביום רביעי את הנספחים הצבאיים הפקיסטנים."),
        (
            "en",
            "After the attack on 22 April, India on Wednesday expelled Pakistani military attachés.",
        ),
    ],
)
def test_of_two_dates_the_one_no_comma_keeps_apart_dates_the_verb(lang, text):
    # 2025-04-24 is a Thursday: the expulsion was on Wednesday 23 April, not on the 22nd
    got = _dated(text, lang, "2025-04-24")
    assert got[("SANCTION", ("IND",), ("PAK",))][0] == "2025-04-23"
