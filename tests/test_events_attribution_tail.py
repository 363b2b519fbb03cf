"""A closing attribution (", Lebanese officials said.") names the source of the sentence:
its names are no party and what the sentence tells is reported (grammar.yaml
`attribution_tail_verbs`). Sentences written for this test; results checked by hand."""

import pytest

from detente.events import code_text

D = "2025-03-03"


def _coded(text, lang):
    return [
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient),
         e.modality)
        for e in code_text(text, lang, D)
    ]


@pytest.mark.parametrize(
    "text, lang, want",
    [
        ("Israeli jets struck a building in Beirut, Lebanese officials said.", "en",
         ("ASSAULT", ("ISR",), ("LBN",), "reported")),
        ("צבא רוסיה הפגיז את חרסון, אמר שר החוץ האוקראיני.", "he",
         ("ASSAULT", ("RUS",), ("UKR",), "reported")),
        ("Российские войска обстреляли Херсон, сообщил глава МИД Украины Андрей Сибига.", "ru",
         ("ASSAULT", ("RUS",), ("UKR",), "reported")),
    ],
)
def test_closing_attribution_makes_it_reported(text, lang, want):
    assert want in _coded(text, lang)


def test_the_source_is_no_party():
    got = _coded(
        "Sudanese rebels shelled Juba on Sunday, killing about 20 people, "
        "relief officials in Nairobi said.",
        "en",
    )
    assert ("ASSAULT", ("SDN",), ("SSD",), "reported") in got
    assert not any("KEN" in t[2] for t in got)


def test_a_closing_clause_that_is_no_attribution_changes_nothing():
    got = _coded("Israel struck Beirut on Sunday, and Hezbollah fired rockets at Haifa.", "en")
    assert {t[3] for t in got} == {"asserted"}
