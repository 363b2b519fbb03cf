"""Definite phrases that take up a party named shortly before them (roles.yaml `anaphors`):
"the bloc" after the EU, "the kingdom" after Saudi Arabia, `הארגון` after Hezbollah. The
gold mentions mark such phrases as the party ("the alliance" → CSTO, eval/mentions/en.jsonl).
Sentences written for this test; each reading checked against eval/README.md (summoning an
envoy is ACCUSE)."""

import pytest

from detente.events import code_text
from detente.models import RawDocument
from detente.pipeline import process

DATE = "2025-01-10"


def _mentions(text):
    doc = process(RawDocument(text=text, name="t", source="t", date=DATE, date_source="option"))
    return doc.mentions


def _taken_up(text, phrase):
    return [(m.country, m.sector, m.role) for m in _mentions(text) if m.raw_text == phrase]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "The European Union imposed new sanctions on Iran. The bloc also summoned Tehran's envoy.",
            "en",
        ),
        ("האיחוד האירופי הטיל סנקציות חדשות על איראן. הגוש גם זימן את שגריר איראן.", "he"),
        ("فرض الاتحاد الأوروبي عقوبات جديدة على إيران. واستدعى التكتل السفير الإيراني.", "ar"),
        ("Евросоюз ввел новые санкции против Ирана. Блок также вызвал иранского посла.", "ru"),
    ],
)
def test_the_bloc_is_the_eu_named_before(text, lang):
    got = {
        (tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, lang, DATE)
        if e.event_type == "ACCUSE"
    }
    assert got == {(("EUR",), ("IRN",))}


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        (
            "Saudi Arabia restored ties with Iran in March. The kingdom also reopened its embassy.",
            "kingdom",
            ("SAU", "GOV", "actor"),
        ),
        # a kingdom named before wins over the Saudi reading the bare word has on its own
        (
            "أغلق الأردن حدوده مع سوريا. وقالت المملكة إن القرار مؤقت.",
            "المملكة",
            ("JOR", "GOV", "actor"),
        ),
        (
            "חיזבאללה שיגר רקטות לעבר ישראל. הארגון הודיע כי תקף בסיס צבאי.",
            "הארגון",
            ("LBN", "REB", "actor"),
        ),
        (
            "Лидеры НАТО встретились в Вильнюсе. Альянс пообещал Украине помощь.",
            "Альянс",
            ("IGO", None, "actor"),
        ),
    ],
)
def test_the_phrase_takes_up_the_party(text, phrase, expected):
    assert _taken_up(text, phrase) == [expected]


@pytest.mark.parametrize(
    "text, phrase",
    [
        # nothing of the kind named before: generic, no party
        ("Trade blocs are growing. The bloc model spreads across Asia.", "bloc"),
        ("The alliance between the two parties collapsed.", "alliance"),
        # a name right after the phrase is the party itself
        ("Hezbollah fired rockets at Israel. The Palestinian group Hamas fired too.", "group"),
        ("Hezbollah fired rockets at Israel. The group Hamas fired too.", "group"),
    ],
)
def test_no_party_to_take_up(text, phrase):
    assert _taken_up(text, phrase) == []


def test_a_name_that_opens_with_the_word_still_matches():
    assert ("IGO", "CONSULT") in {
        (a.country, e.event_type)
        for e in code_text("The Group of Seven met in Rome.", "en", DATE)
        for a in e.actor
    }


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Estonia expelled a Russian diplomat on Monday. "
            "The foreign ministry also summoned Russia's charge d'affaires.",
            "en",
        ),
        (
            "Эстония выслала российского дипломата. "
            "Министерство иностранных дел также вызвало временного поверенного России.",
            "ru",
        ),
        ("אסטוניה גירשה דיפלומט רוסי. משרד החוץ זימן גם את הציר הרוסי.", "he"),
        ("طردت إستونيا دبلوماسيا روسيا. كما استدعت وزارة الخارجية القائم بالأعمال الروسي.", "ar"),
    ],
)
def test_the_foreign_ministry_is_the_state_the_text_is_about(text, lang):
    # the first party of the sentence before, Estonia, not the Russian diplomat named last
    got = {
        (tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, lang, DATE)
        if e.event_type == "ACCUSE"
    }
    assert got == {(("EST",), ("RUS",))}


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Estonia expelled a Russian diplomat. The Russian foreign ministry condemned the move.",
            "en",
        ),
        ("אסטוניה גירשה דיפלומט רוסי. משרד החוץ הרוסי מחה על הצעד.", "he"),
        ("طردت إستونيا دبلوماسيا روسيا. وأدانت وزارة الخارجية الروسية الخطوة.", "ar"),
    ],
)
def test_a_ministry_named_with_its_state_keeps_it(text, lang):
    got = {
        (tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, lang, DATE)
        if e.event_type == "ACCUSE"
    }
    assert got == {(("RUS",), ("EST",))}
