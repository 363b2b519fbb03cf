"""A speaker's word that another party "will pay a (heavy) price" is the speaker's threat to
that party (THREATEN speaker -> payer), in all four languages, and a headline's speaker before
its colon speaks obligations and such threats ("Kremlin: Kyiv must withdraw"). Sentences
written for this test and coded by hand (eval/README.md: a threat's actor is who threatens).
Before, the payer was coded as the threatening actor, or nothing was coded."""

import pytest
from event_helpers import coded_tuples

from detente.events import code_text

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        ("Erdoğan: Israel will pay a heavy price", "en", ("THREATEN", ("TUR",), ("ISR",))),
        (
            "Erdoğan said Israel would pay a heavy price for the raid.",
            "en",
            ("THREATEN", ("TUR",), ("ISR",)),
        ),
        (
            "Israel will pay a heavy price, Erdoğan said on Monday.",
            "en",
            ("THREATEN", ("TUR",), ("ISR",)),
        ),
        ("ארדואן: ישראל תשלם מחיר כבד", "he", ("THREATEN", ("TUR",), ("ISR",))),
        ("ארדואן אמר כי ישראל תשלם מחיר כבד על הפשיטה.", "he", ("THREATEN", ("TUR",), ("ISR",))),
        ("أردوغان: إسرائيل ستدفع الثمن", "ar", ("THREATEN", ("TUR",), ("ISR",))),
        (
            "وقال الرئيس الإيراني إن إسرائيل ستدفع ثمن جريمتها.",
            "ar",
            ("THREATEN", ("IRN",), ("ISR",)),
        ),
        # verb first, the payer inside the phrase
        ("وقال أردوغان إن ستدفع إسرائيل ثمن عدوانها.", "ar", ("THREATEN", ("TUR",), ("ISR",))),
        ("Захарова: Лондон заплатит высокую цену", "ru", ("THREATEN", ("RUS",), ("GBR",))),
        (
            "Лавров заявил, что Киев поплатится за удар по Курску.",
            "ru",
            ("THREATEN", ("RUS",), ("UKR",)),
        ),
    ],
)
def test_the_speaker_threatens_the_payer(sentence, lang, want):
    got = coded_tuples(sentence, lang, DATE)
    assert want in got, got
    # the payer threatens no one
    assert not any(t == "THREATEN" and a == want[2] for t, a, _ in got), got


def test_the_threat_is_made_now():
    # what "will" puts ahead is the threat's content: the threat itself is asserted
    (e,) = [e for e in code_text("Erdoğan: Israel will pay a heavy price", "en", DATE)]
    assert (e.modality, e.negated) == ("asserted", False)


@pytest.mark.parametrize(
    "sentence, lang",
    [
        # a price paid, not a threat; and no speaker to threaten
        ("Украина заплатила высокую цену за независимость.", "ru"),
        ("Israel will pay a heavy price.", "en"),
    ],
)
def test_no_speaker_no_threat(sentence, lang):
    assert not any(t == "THREATEN" for t, _, _ in coded_tuples(sentence, lang, DATE))


def test_headline_speaker_demands():
    got = coded_tuples("Kremlin: Kyiv must withdraw its troops from Kursk", "en", DATE)
    assert ("REQUEST", ("RUS",), ("UKR",)) in got
    (e,) = code_text("Kremlin: Kyiv must withdraw its troops from Kursk", "en", DATE)
    # the Kremlin demands; it reports nobody else's act
    assert e.modality == "asserted"
