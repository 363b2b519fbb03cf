"""A sentence that opens inside an event the story has already told ("In the call", "During
the talks", "בשיחה", "وخلال الاتصال", "В ходе разговора") dates its events, when they have no
date of their own, by that event. Every text was written for this test and its dates
worked out by hand."""

import pytest

from detente.events import code_text

CASES = [
    (
        "en",
        "2025-03-20",
        "Trump and Putin spoke by phone on Tuesday.\n\nIn the call, Putin agreed to stop strikes on "
        "Ukrainian energy sites.",
        "AGREE",
        "2025-03-18",
    ),
    (
        "he",
        "2025-03-20",
        "טראמפ ופוטין שוחחו ביום שלישי בטלפון.\n\nבשיחה הסכים פוטין להפסיק את התקיפות על "
        "מתקני האנרגיה באוקראינה.",
        "AGREE",
        "2025-03-18",
    ),
    (
        "ar",
        "2025-03-20",
        "أجرى ترامب اتصالا هاتفيا مع بوتين يوم الثلاثاء.\n\nوخلال الاتصال وافق بوتين على وقف "
        "الضربات على منشآت الطاقة الأوكرانية.",
        "AGREE",
        "2025-03-18",
    ),
    (
        "ru",
        "2025-03-20",
        "Путин и Трамп провели телефонный разговор во вторник.\n\nВ ходе разговора Путин согласился "
        "прекратить удары по энергетическим объектам Украины.",
        "AGREE",
        "2025-03-18",
    ),
]


@pytest.mark.parametrize("lang, doc_date, text, etype, want", CASES)
def test_an_event_inside_an_earlier_call_takes_its_date(lang, doc_date, text, etype, want):
    evs = [e for e in code_text(text, lang, doc_date) if e.event_type == etype]
    assert evs and all(e.date == want for e in evs)
    assert all("the event the sentence opens inside" in e.why for e in evs)


def test_an_own_date_wins_over_the_frame():
    text = (
        "Trump and Putin spoke by phone on Tuesday.\n\nIn the call, Putin agreed on Monday to "
        "halt the strikes."
    )
    evs = [e for e in code_text(text, "en", "2025-03-20") if e.event_type == "AGREE"]
    assert evs and all(e.date == "2025-03-17" for e in evs)


def test_a_sentence_not_opening_inside_an_event_keeps_the_document_date():
    text = "Trump and Putin spoke by phone on Tuesday.\n\nPutin later agreed to stop strikes on Ukraine."
    evs = [e for e in code_text(text, "en", "2025-03-20") if e.event_type == "AGREE"]
    assert evs and all(e.date == "2025-03-20" for e in evs)
