"""What a condemnation names as its object happened (plover.yaml `factive_modes`): "France
condemned Russia's attack on Ukraine" is also the attack, Russia → Ukraine, when the object
itself names its author and the other party (eval/README.md, background events). Before,
every trigger in the object of a governing verb was dropped as mere content. The content
of an accusation is still not an event, and an act with no named author gives none.
Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-20"


@pytest.mark.parametrize(
    "text, lang, condemner, etype, actor, recipient",
    [
        (
            "France condemned Russia's attack on Ukraine's power grid.",
            "en",
            "FRA",
            "ASSAULT",
            "RUS",
            "UKR",
        ),
        (
            "China condemned the US sanctions on Chinese firms.",
            "en",
            "CHN",
            "SANCTION",
            "USA",
            "CHN",
        ),
        ("מצרים גינתה את התקיפה הישראלית בעזה.", "he", "EGY", "ASSAULT", "ISR", "PSE"),
        ("ירדן גינתה את הפשיטה הישראלית על ג'נין.", "he", "JOR", "COERCE", "ISR", "PSE"),
        ("أدانت مصر الغارة الإسرائيلية على غزة.", "ar", "EGY", "ASSAULT", "ISR", "PSE"),
        ("أدانت تركيا احتجاز إيران ناقلة نفط بريطانية.", "ar", "TUR", "COERCE", "IRN", "GBR"),
        ("Египет осудил израильский удар по Газе.", "ru", "EGY", "ASSAULT", "ISR", "PSE"),
    ],
)
def test_a_condemned_act_with_its_parties_named_is_coded(
    text, lang, condemner, etype, actor, recipient
):
    coded = coded_tuples(text, lang, DATE)
    assert ("ACCUSE", (condemner,), (actor,)) in coded
    assert (etype, (actor,), (recipient,)) in coded


def test_a_condemned_act_with_no_named_author_gives_no_event():
    coded = coded_tuples("Egypt condemned the attack on Gaza.", "en", DATE)
    assert {c[0] for c in coded} == {"ACCUSE"}


def test_the_content_of_an_accusation_is_still_not_an_event():
    assert coded_tuples("Poland accused Russia of attacking Ukraine.", "en", DATE) == {
        ("ACCUSE", ("POL",), ("RUS",))
    }


def test_the_condemner_never_becomes_the_author_of_the_act():
    coded = coded_tuples(
        "Jordan condemned the storming of Al-Aqsa by Israeli settlers.", "en", DATE
    )
    assert not any(c[0] == "ASSAULT" and "JOR" in c[2] for c in coded)
    assert ("ACCUSE", ("JOR",), ("ISR",)) in coded
