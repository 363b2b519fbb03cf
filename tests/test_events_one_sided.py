"""Approving or ratifying a deal with another party is one party's step towards it
(X -> Y, eval/README.md), while the ceasefire the deal brings stays a shared act. Our own
sentences, coded by hand; before grammar.yaml `one_sided_words` the English approval was
coded as a joint agreement of both sides (the Hebrew trigger already had the one-sided mode
`accept`; it stays here as a guard)."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("Israel's cabinet approved a ceasefire with Hezbollah on Tuesday.", "en"),
        ("הקבינט הישראלי אישר את הסכם הפסקת האש עם חזבאללה.", "he"),
    ],
)
def test_approval_is_one_sided(sentence, lang):
    got = coded_tuples(sentence, lang, "2024-11-26")
    assert ("AGREE", ("ISR",), ("LBN",)) in got
    assert not any(t == "AGREE" and set(a) == {"ISR", "LBN"} for t, a, _ in got)


def test_signing_stays_joint():
    got = coded_tuples("Armenia signed a peace agreement with Azerbaijan.", "en", "2025-08-08")
    assert any(t == "AGREE" and set(a) == {"ARM", "AZE"} and r == () for t, a, r in got)
