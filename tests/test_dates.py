"""Date finding and resolution in he, ar, ru, en: real phrasings, values worked out by hand."""

from __future__ import annotations

import pytest
from shared_data import SEEDS

from detente.normalise.dates import DateMatch, find_dateline, find_dates, parse_date

REF = "2025-07-01"  # a Tuesday


def found(text: str, lang: str | None, reference: str | None = REF) -> list[tuple[str, str, str]]:
    matches = find_dates(text, lang, reference)
    for m in matches:
        assert text[m.start : m.end] == m.text
    # Spans come in text order and never overlap.
    for a, b in zip(matches, matches[1:], strict=False):
        assert a.end <= b.start
    return [(m.text, m.value, m.precision) for m in matches]


# ----------------------------------------------------------------- Arabic


def test_arabic_egyptian_and_levantine_months():
    text = "في 11 أيار 2025 التقى الوزيران، وفي يونيو ٢٠٢٤ وقّعا اتفاقاً، ثم في كانون الثاني."
    assert found(text, "ar") == [
        ("11 أيار 2025", "2025-05-11", "day"),
        ("يونيو ٢٠٢٤", "2024-06", "month"),
        ("في كانون الثاني", "2025-01", "month"),
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        ("تشرين الأول 2023", "2023-10"),
        ("تشرين الثاني 2023", "2023-11"),
        ("كانون الأول 2024", "2024-12"),
        ("شباط 2022", "2022-02"),
        ("آذار 2021", "2021-03"),
        ("نيسان 2020", "2020-04"),
        ("تموز 2019", "2019-07"),
        ("آب 2018", "2018-08"),
        ("أيلول 2017", "2017-09"),
        ("ابريل 2024", "2024-04"),
        ("إبريل 2024", "2024-04"),
        ("يونيه 2024", "2024-06"),
        ("يوليه 2024", "2024-07"),
        ("أغسطس 2024", "2024-08"),
        ("حزيران/يونيو 2025", "2025-06"),
    ],
)
def test_arabic_month_spellings(text, value):
    assert found(text, "ar") == [(text, value, "month")]


def test_arabic_proclitic_and_year_word():
    assert found("وبيونيو الماضي", "ar") == [("بيونيو", "2025-06", "month")]
    assert found("منذ اندلاع الحرب في أوكرانيا عام 2022، تغيرت", "ar") == [
        ("عام 2022", "2022", "year")
    ]
    assert found("في ٢٠٢٣م", "ar") == [("في ٢٠٢٣م", "2023", "year")]


def test_arabic_ab_needs_day_or_year():
    # آب folds to the spelling of "father"; "باب" is a door.
    assert found("وقف عند باب المدينة مع اب", "ar") == []
    assert found("15 آب 2024", "ar") == [("15 آب 2024", "2024-08-15", "day")]
    assert found("في شهر آب", "ar") == [("في شهر آب", "2024-08", "month")]


def test_arabic_relative():
    text = "التقى الوزيران أمس، ويوم الثلاثاء، والأسبوع الماضي، والشهر الماضي، والعام الماضي"
    assert found(text, "ar") == [
        ("أمس", "2025-06-30", "day"),
        ("يوم الثلاثاء", "2025-07-01", "day"),
        ("الأسبوع الماضي", "2025-06-24", "day"),
        ("الشهر الماضي", "2025-06", "month"),
        ("العام الماضي", "2024", "year"),
    ]
    assert found("يوم الأحد", "ar") == [("يوم الأحد", "2025-06-29", "day")]
    # Without "يوم", الأحد is "the one".
    assert found("الأحد منهم", "ar") == []


def test_arabic_seed():
    text = (SEEDS / "002_a06e4be71bb4080b.txt").read_text(encoding="utf-8")
    got = found(text, "ar", "2025-07-15")
    assert ("ديسمبر 2024", "2024-12", "month") in got
    assert ("يونيو 2025", "2025-06", "month") in got
    assert ("عام 2022", "2022", "year") in got
    assert ("عام 2020", "2020", "year") in got
    # "قبل 24 عامًا" — 24 years before the reference year.
    assert ("قبل 24 عامًا", "2001", "year") in got
    # The bullet "(ديسمبر 2024):" is a heading in the body, not a dateline.
    assert find_dateline(text, "ar") is None


# ----------------------------------------------------------------- Russian


def test_russian_months_and_years():
    text = "в январе и в июне 2025 года, 25 декабря 2024 г., 1 июля 2025 года"
    assert found(text, "ru") == [
        ("в январе", "2025-01", "month"),
        ("июне 2025 года", "2025-06", "month"),
        ("25 декабря 2024 г.", "2024-12-25", "day"),
        ("1 июля 2025 года", "2025-07-01", "day"),
    ]
    assert found("в 2024 году и 25.12.2024", "ru") == [
        ("в 2024 году", "2024", "year"),
        ("25.12.2024", "2024-12-25", "day"),
    ]
    assert found("Встреча состоялась 3 февр. 2023 г.", "ru") == [
        ("3 февр. 2023 г.", "2023-02-03", "day")
    ]
    assert found("Ёлку поставили 31 Декабря", "ru") == [("31 Декабря", "2024-12-31", "day")]


def test_russian_relative():
    text = "вчера, сегодня, на прошлой неделе, в прошлом месяце, в прошлом году, во вторник"
    assert found(text, "ru") == [
        ("вчера", "2025-06-30", "day"),
        ("сегодня", "2025-07-01", "day"),
        ("на прошлой неделе", "2025-06-24", "day"),
        ("в прошлом месяце", "2025-06", "month"),
        ("в прошлом году", "2024", "year"),
        ("во вторник", "2025-07-01", "day"),
    ]
    assert found("в пятницу", "ru") == [("в пятницу", "2025-06-27", "day")]
    text = "Переговоры прошли 10 марта 2025 года, а через два дня стороны подписали договор."
    assert found(text, "ru") == [
        ("10 марта 2025 года", "2025-03-10", "day"),
        ("через два дня", "2025-03-12", "day"),
    ]


# ----------------------------------------------------------------- Hebrew


def test_hebrew_explicit():
    text = "ב-25 בדצמבר 2024, 25 בדצמבר, בדצמבר 2024, ב-2014 ו-2014-ב"
    assert found(text, "he") == [
        ("ב-25 בדצמבר 2024", "2024-12-25", "day"),
        ("25 בדצמבר", "2024-12-25", "day"),
        ("בדצמבר 2024", "2024-12", "month"),
        ("ב-2014", "2014", "year"),
        ("2014-ב", "2014", "year"),
    ]
    # Maqaf (U+05BE) folds to a hyphen.
    assert found("ב\u05be3 במרץ 2025", "he") == [("ב\u05be3 במרץ 2025", "2025-03-03", "day")]


def test_hebrew_prefixed_months_and_relative():
    text = "מאז מרץ, בינואר, לפברואר, אתמול, היום, בשבוע שעבר, בחודש שעבר, בשנה שעברה, ביום שלישי"
    assert found(text, "he") == [
        ("מאז מרץ", "2025-03", "month"),
        ("בינואר", "2025-01", "month"),
        ("לפברואר", "2025-02", "month"),
        ("אתמול", "2025-06-30", "day"),
        ("היום", "2025-07-01", "day"),
        ("בשבוע שעבר", "2025-06-24", "day"),
        ("בחודש שעבר", "2025-06", "month"),
        ("בשנה שעברה", "2024", "year"),
        ("ביום שלישי", "2025-07-01", "day"),
    ]
    # "יוני" alone is a first name, not June; "שני" alone is "second".
    assert found("יוני אמר שהצד השני מסרב", "he") == []


def test_hebrew_broken_pdf_order():
    text = ", לאחר שנפגע 2024בדצמבר    25-ב"
    assert found(text, "he") == [("2024בדצמבר    25-ב", "2024-12-25", "day")]


def test_hebrew_seed():
    text = (SEEDS / "000_ee65b16fb3b2a586.txt").read_text(encoding="utf-8")
    got = found(text, "he", "2025-07-15")
    values = {v for _, v, _ in got}
    assert "2024-12-25" in values
    assert ("2014-ב", "2014", "year") in got
    # Also found with no language given.
    assert "2024-12-25" in {m.value for m in find_dates(text, None, "2025-07-15")}


# ----------------------------------------------------------------- English


def test_english_explicit():
    text = "on 25 December, December 25, 2024, Dec. 25, in June 2025, in 1997, 2024-12-25"
    assert found(text, "en") == [
        ("25 December", "2024-12-25", "day"),
        ("December 25, 2024", "2024-12-25", "day"),
        ("Dec. 25", "2024-12-25", "day"),
        ("June 2025", "2025-06", "month"),
        ("in 1997", "1997", "year"),
        ("2024-12-25", "2024-12-25", "day"),
    ]
    assert found("the 1st of July 2025 and 12/25/2024", "en") == [
        ("1st of July 2025", "2025-07-01", "day"),
        ("12/25/2024", "2024-12-25", "day"),
    ]


def test_english_may_and_march_as_words():
    assert found("He may march on the capital.", "en") == []
    assert found("He may visit in May.", "en") == [("in May", "2025-05", "month")]


def test_english_relative_and_anchored():
    text = "Talks began on Tuesday; yesterday, last week, last month, last year and today."
    assert found(text, "en") == [
        ("on Tuesday", "2025-07-01", "day"),
        ("yesterday", "2025-06-30", "day"),
        ("last week", "2025-06-24", "day"),
        ("last month", "2025-06", "month"),
        ("last year", "2024", "year"),
        ("today", "2025-07-01", "day"),
    ]
    text = "Talks began on 3 March 2025. Two days later they signed; a week earlier, none."
    assert found(text, "en") == [
        ("3 March 2025", "2025-03-03", "day"),
        ("Two days later", "2025-03-05", "day"),
        ("a week earlier", "2025-02-26", "day"),
    ]
    # Nothing earlier in the text to count from.
    assert found("Two days later they signed.", "en") == []


# ----------------------------------------------------------------- references


def test_month_without_year_uses_reference_year_or_the_one_before():
    assert found("in March", "en", "2025-07-01") == [("in March", "2025-03", "month")]
    assert found("in September", "en", "2025-07-01") == [("in September", "2024-09", "month")]
    # a day due within weeks is announced, not a year old ("the truce starts on 2 July")
    assert found("on 2 July", "en", "2025-07-01") == [("2 July", "2025-07-02", "day")]
    assert found("on 30 September", "en", "2025-07-01") == [("30 September", "2024-09-30", "day")]
    assert found("ב-19 בינואר", "he", "2025-01-15")[0][1] == "2025-01-19"
    assert found("on 1 July", "en", "2025-07-01") == [("1 July", "2025-07-01", "day")]
    assert found("in July", "en", "2025-07") == [("in July", "2025-07", "month")]


def test_without_reference_relative_and_yearless_are_skipped():
    text = "Yesterday, on 25 December and on 25 December 2024"
    assert found(text, "en", None) == [("25 December 2024", "2024-12-25", "day")]
    # A year-only reference resolves "last year" but not "yesterday".
    assert found("yesterday and last year", "en", "2025") == [("last year", "2024", "year")]


def test_all_languages_when_lang_is_none():
    text = "Баку, 1 июля 2025 года; القاهرة، 11 مايو 2025; Jan. 5, 2025; 3 במרץ 2025"
    assert [v for _, v, _ in found(text, None, None)] == [
        "2025-07-01",
        "2025-05-11",
        "2025-01-05",
        "2025-03-03",
    ]


def test_invalid_dates_are_rejected():
    assert found("31 February 2024 and 31.04.2024", "en") == []
    assert found("29 февраля 2024", "ru") == [("29 февраля 2024", "2024-02-29", "day")]


def test_date_match_is_a_dataclass():
    m = find_dates("on 3 March 2025", "en")[0]
    assert m == DateMatch(3, 15, "3 March 2025", "2025-03-03", "day", "explicit")


# ----------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    "text, lang, value, span",
    [
        (
            "Баку, 1 июля 2025 года — МИД Азербайджана заявил",
            "ru",
            "2025-07-01",
            "1 июля 2025 года",
        ),
        ("إسلام آباد، 11 مايو 2025 (رويترز) - قال الجيش", "ar", "2025-05-11", "11 مايو 2025"),
        ("WASHINGTON, Jan. 5, 2025 (AP) — The talks", "en", "2025-01-05", "Jan. 5, 2025"),
        ("ירושלים, 3 במרץ 2025 — ראש הממשלה", "he", "2025-03-03", "3 במרץ 2025"),
        ("Headline of the piece\n\n2025-03-04\nBody text here.", None, "2025-03-04", "2025-03-04"),
        ("Москва\nВторник, 3 марта 2025\nТекст", "ru", "2025-03-03", "3 марта 2025"),
        ("Report\nMarch 2025\nText", "en", "2025-03", "March 2025"),
    ],
)
def test_datelines(text, lang, value, span):
    m = find_dateline(text, lang)
    assert m is not None
    assert (m.value, m.text, text[m.start : m.end]) == (value, span, span)
    assert find_dateline(text) == m


def test_dateline_none_for_body_dates():
    assert find_dateline("The president said on 3 March 2025 that he would go.", "en") is None
    text = "Headline\nFirst paragraph.\nSecond paragraph.\nOn 3 March 2025 he left."
    assert find_dateline(text, "en") is None
    # A year alone is not a publication date.
    assert find_dateline("Baku, 2025 — text", "en") is None


# ----------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    "text, lang, reference, expected",
    [
        ("2025-07-01", None, None, ("2025-07-01", "day")),
        ("2025-07", None, None, ("2025-07", "month")),
        ("2025", None, None, ("2025", "year")),
        ("1 July 2025", None, None, ("2025-07-01", "day")),
        ("1 июля 2025", "ru", None, ("2025-07-01", "day")),
        ("11 مايو 2025", "ar", None, ("2025-05-11", "day")),
        ("3 במרץ 2025", "he", None, ("2025-03-03", "day")),
        ("July 2025", "en", None, ("2025-07", "month")),
        ("yesterday", "en", "2025-07-01", ("2025-06-30", "day")),
        ("3 weeks ago", "en", "2025-07-01", ("2025-06-10", "day")),
        ("2025-02-30", None, None, None),
        ("nonsense", None, None, None),
        ("", None, None, None),
    ],
)
def test_parse_date(text, lang, reference, expected):
    assert parse_date(text, lang, reference) == expected


def test_bad_reference_raises():
    with pytest.raises(ValueError):
        find_dates("yesterday", "en", "July 2025")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("On the same day, Trump said he had called off the summit.", "en"),
        ("באותו יום הגיבה מוסקבה.", "he"),
        ("في اليوم نفسه ردت موسكو.", "ar"),
        ("В тот же день Москва ответила.", "ru"),
    ],
)
def test_same_day_counts_from_the_date_named_before(text, lang):
    (d,) = find_dates(text, lang, "2025-10-23", previous="2025-10-22")
    assert (d.value, d.precision) == ("2025-10-22", "day")
    # with no earlier date there is nothing to count from
    assert find_dates(text, lang, "2025-10-23") == []


def test_the_next_day_in_a_later_sentence_counts_from_the_earlier_one():
    from detente.events import code_text

    text = (
        "Azerbaijan's president demanded an apology from Russia on 26 December 2024. "
        "The next day Azerbaijan Airlines suspended flights to Russia."
    )
    dates = {e.event_type: e.date for e in code_text(text, "en", "2024-12-30")}
    assert dates.get("REQUEST") == "2024-12-26"
    assert dates.get("SANCTION") == "2024-12-27"


# A weekday said to come is the first such day after the reference (REF is Tuesday 1 July
# 2025: the next Sunday is 6 July, the next Tuesday a week on, 8 July); without the word
# for "next" the same weekday is the one just past.
@pytest.mark.parametrize(
    "text, lang, phrase, value",
    [
        ("تبدأ الهدنة يوم الأحد المقبل.", "ar", "يوم الأحد المقبل", "2025-07-06"),
        ("تبدأ الهدنة يوم الأحد القادم.", "ar", "يوم الأحد القادم", "2025-07-06"),
        ("بدأت الهدنة يوم الأحد.", "ar", "يوم الأحد", "2025-06-29"),
        ("The talks resume next Sunday.", "en", "next Sunday", "2025-07-06"),
        ("The talks resume next Tuesday.", "en", "next Tuesday", "2025-07-08"),
        ("The talks resumed on Sunday.", "en", "on Sunday", "2025-06-29"),
        ("השיחות יתחדשו ביום ראשון הבא.", "he", "ביום ראשון הבא", "2025-07-06"),
        ("השיחות התחדשו ביום ראשון.", "he", "ביום ראשון", "2025-06-29"),
        ("Переговоры пройдут в следующую пятницу.", "ru", "в следующую пятницу", "2025-07-04"),
        ("Переговоры прошли в пятницу.", "ru", "в пятницу", "2025-06-27"),
    ],
)
def test_next_weekday_is_ahead(text, lang, phrase, value):
    assert found(text, lang) == [(phrase, value, "day")]
