"""An obligation stated by a speaker ("X said Y must ...") is X's demand on Y (REQUEST);
with no speaker it codes nothing. Sentences written and coded by hand; the positive cases
coded no REQUEST before the `obliges` triggers (the "upon the party to act" cases
before their phrases were added)."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        (
            "A senior British minister said that Libya must hand over the two suspects.",
            "en",
            ("REQUEST", ("GBR",), ("LBY",)),
        ),
        (
            "Лавров заявил, что Киев должен прекратить обстрелы.",
            "ru",
            ("REQUEST", ("RUS",), ("UKR",)),
        ),
        ("נתניהו אמר כי איראן חייבת לעצור את ההעשרה.", "he", ("REQUEST", ("ISR",), ("IRN",))),
        (
            "قال ماكرون إنه يجب على إيران وقف تخصيب اليورانيوم.",
            "ar",
            ("REQUEST", ("FRA",), ("IRN",)),
        ),
        # "it is upon the party to act": the party inside the phrase, the infinitive or
        # "أن" after it closing it
        ("נתניהו אמר כי על איראן לעצור את העשרת האורניום.", "he", ("REQUEST", ("ISR",), ("IRN",))),
        ("נתניהו אמר שעל חמאס לשחרר את החטופים.", "he", ("REQUEST", ("ISR",), ("PSE",))),
        (
            "وقال ماكرون إن على إيران أن توقف تخصيب اليورانيوم.",
            "ar",
            ("REQUEST", ("FRA",), ("IRN",)),
        ),
        ("وأكد بلينكن أن على حماس أن تقبل الاتفاق.", "ar", ("REQUEST", ("USA",), ("PSE",))),
        # the speaker after the clause
        (
            "Iran must halt enrichment, Macron said on Tuesday.",
            "en",
            ("REQUEST", ("FRA",), ("IRN",)),
        ),
        (
            "Россия должна заплатить за преступления, заявил Зеленский.",
            "ru",
            ("REQUEST", ("UKR",), ("RUS",)),
        ),
    ],
)
def test_speaker_demands_of_the_obliged(sentence, lang, want):
    got = coded_tuples(sentence, lang, "2025-03-03")
    assert want in got
    # what the obliged party must do is the content of the demand, not an event
    assert all(t == "REQUEST" for t, _, _ in got), got


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Libya must hand over the suspects.", "en"),
        ("Киев должен прекратить обстрелы.", "ru"),
        # sanctions imposed "on Iran" oblige it to nothing
        ("הוא אמר כי על איראן הוטלו סנקציות חדשות.", "he"),
    ],
)
def test_no_speaker_no_demand(sentence, lang):
    assert not any(t == "REQUEST" for t, _, _ in coded_tuples(sentence, lang, "2025-03-03"))
