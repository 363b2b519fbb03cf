"""A phrase opened by a word that points back to the clause's own subject ("نظيره", his
counterpart: grammar.yaml `object_only_words`) is never that subject. In a verb-first
clause whose subject was dropped or named before, the counterpart is the one met.
Sentences written for this test; each reading checked against eval/README.md (a meeting is
one CONSULT, first-named -> other)."""

import pytest
from event_helpers import coded_tuples


def _consults(text):
    return {(a, r) for t, a, r in coded_tuples(text, "ar", "2024-02-10") if t == "CONSULT"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject is the sentence before's; the verb carries only "and"
        (
            "وصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى كييف. "
            "والتقت نظيرها الأوكراني دميترو كوليبا.",
            (("DEU",), ("UKR",)),
        ),
        # the subject is named before the verb in the same sentence
        (
            "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة، والتقى نظيره المصري عبد الفتاح السيسي.",
            (("FRA",), ("EGY",)),
        ),
    ],
)
def test_the_counterpart_is_the_one_met(text, expected):
    assert expected in _consults(text)
    assert not any(actor == expected[1] for actor, _ in _consults(text))


def test_a_subject_after_the_verb_still_meets_the_counterpart():
    # guard: the subject right after the verb is kept; the counterpart is the recipient
    assert _consults("استقبل الرئيس التركي نظيره الأذربيجاني في أنقرة.") == {(("TUR",), ("AZE",))}


def test_a_counterpart_alone_is_no_actor():
    # nobody named before: no one is the subject, so no one meets the counterpart
    assert not any(actor for actor, _ in _consults("والتقى نظيره الروسي سيرغي لافروف."))
