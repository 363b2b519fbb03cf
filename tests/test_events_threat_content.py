"""What a warning says is not a second event, and the word after "that" is not the
warning's subject (sentences written for these tests; parties worked out by hand)."""

from __future__ import annotations

from detente.events import code_text


def _coded(text: str, lang: str):
    return [
        (e.event_type, [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in code_text(text, lang, "2025-05-08")
    ]


def test_hebrew_subject_before_an_apposition_warns_and_the_clause_after_that_is_its_object():
    # "Turkey's foreign minister, Hakan Fidan, warned that Greece will pay a heavy price":
    # the comma after the name does not make "Greece" (after כי) a verb-first subject
    found = _coded("שר החוץ הטורקי, האקאן פידאן, הזהיר כי יוון תשלם מחיר כבד.", "he")
    assert [(t, sorted(set(a)), r) for t, a, r in found] == [("THREATEN", ["TUR"], ["GRC"])]


def test_hebrew_threat_restated_inside_the_threat_is_one_event():
    # "The Israeli defence minister threatened that Hezbollah will pay a heavy price"
    found = _coded("שר ההגנה הישראלי איים כי חיזבאללה ישלם מחיר כבד.", "he")
    assert found == [("THREATEN", ["ISR"], ["LBN"])]


def test_a_second_threat_outside_the_first_ones_clause_is_kept():
    found = _coded(
        "Iran threatened Israel with a harsh response, and Hezbollah threatened Israel too.",
        "en",
    )
    assert [(t, a) for t, a, _ in found] == [("THREATEN", ["IRN"]), ("THREATEN", ["LBN"])]
