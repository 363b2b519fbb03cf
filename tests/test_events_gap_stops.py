"""A gapped trigger phrase ("הודיעו * על הפסקת אש", announced * a ceasefire) does not reach
past a complementiser (grammar.yaml `gap_stops`) that a named party follows right away:
that clause has its own subject and act. "The US, Egypt and Qatar announced that Israel
and Hamas agreed to a ceasefire" is the agreement of Israel and Hamas only (eval/README.md:
who announces a deal is no party to it). A complement with no subject of its own still
continues the phrase's subject. Every sentence was written for this test."""

from __future__ import annotations

from event_helpers import coded_tuples


def _coded(text, lang):
    return coded_tuples(text, lang, "2024-08-02")


def test_announcers_are_not_parties_to_the_deal():
    got = _coded('הודיעו ארה"ב, מצרים וקטאר כי ישראל וחמאס הסכימו על הפסקת אש.', "he")
    assert got == {("AGREE", ("ISR", "PSE"), ()), ("RETREAT", ("ISR", "PSE"), ())}


def test_a_complement_without_its_own_subject_keeps_the_speakers():
    assert _coded('צה"ל מסר כי ימסור לרוסים את כל המידע.', "he") == {
        ("COOPERATE", ("ISR",), ("RUS",))
    }
    assert _coded("أعلنت واشنطن أنها ستفرض عقوبات على إيران.", "ar") == {
        ("SANCTION", ("USA",), ("IRN",))
    }
