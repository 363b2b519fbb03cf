"""A headline or lead that opens with a party and a colon ("US: new sanctions on Russian
banks", "Германия обвиняет: российские хакеры ...") says who speaks.

1. An act the words after the colon name with no author of their own is the act of the
   party before it, towards the party they name.
2. An accusation before the colon is about the party named first after it.
3. What another party does after the colon comes from the speaker: `reported`
   (eval/README.md: an act known only through an accusation is listed as reported).

Every sentence was written for this test."""

from __future__ import annotations

import pytest

from detente.events import code_text


def _coded(text, lang):
    return {
        (
            e.event_type,
            tuple(a.country for a in e.actor),
            tuple(r.country for r in e.recipient),
            e.modality,
        )
        for e in code_text(text, lang, "2024-08-02")
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "US: new sanctions on Russian banks"),
        ("he", 'ארה"ב: סנקציות חדשות על בנקים רוסיים'),
        ("ar", "واشنطن: عقوبات جديدة على بنوك روسية"),
        ("ru", "США: новые санкции против российских банков"),
    ],
)
def test_an_authorless_act_after_the_colon_is_the_speakers(lang, text):
    assert _coded(text, lang) == {("SANCTION", ("USA",), ("RUS",), "asserted")}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("he", "גרמניה מאשימה: האקרים רוסים תקפו את רשת החשמל"),
        ("ru", "Германия обвиняет: российские хакеры атаковали энергосеть"),
    ],
)
def test_an_accusation_before_the_colon_is_about_the_party_after_it(lang, text):
    got = _coded(text, lang)
    assert ("ACCUSE", ("DEU",), ("RUS",), "asserted") in got
    # the attack itself is known only through the accusation
    assert all(m == "reported" for t, a, _, m in got if t == "ASSAULT")


def test_a_long_phrase_before_a_colon_is_no_speaker():
    # a clause, not a name, before the colon: nothing is given an author
    got = _coded("After the talks in Doha it was clear: new sanctions on Russian banks", "en")
    assert not any(a == ("QAT",) for _, a, _, _ in got)
