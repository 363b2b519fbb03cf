"""A gapped trigger phrase ("חתמו * על הסכם") owns the words of its parts, not an act told
wholly inside its gap. Sentences written for this test; tuples checked by hand."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        # the mediation sits between the verb and its object
        ("ישראל וחמאס חתמו בתיווך מצרי על הסכם להפסקת אש.", "he",
         {("AGREE", ("ISR", "PSE"), ()), ("CONSULT", ("EGY",), ("ISR", "PSE"))}),
        ("وتوصلت إسرائيل وحماس برعاية مصرية إلى اتفاق لتبادل الأسرى.", "ar",
         {("AGREE", ("ISR", "PSE"), ()), ("CONSULT", ("EGY",), ("ISR", "PSE"))}),
    ],
)
def test_act_inside_the_gap_is_coded(sentence, lang, want):
    assert want <= coded_tuples(sentence, lang, "2025-03-03")


def test_words_of_the_phrase_stay_owned():
    # "extradite" is a trigger of its own, but here it is the second part of
    # "asked * to extradite": one request, no cooperation
    got = coded_tuples("Turkey asked Sweden to extradite two Kurdish activists.", "en", "2025-03-03")
    assert got == {("REQUEST", ("TUR",), ("SWE",))}


def test_a_shorter_phrase_reads_when_the_longer_ones_part_is_missing():
    # "ready to take * action" needs "action"; without it, "ready to" still reads
    got = coded_tuples("Iran is ready to take part in the talks in Muscat.", "en", "2025-03-03")
    assert "AGREE" in {t[0] for t in got}
