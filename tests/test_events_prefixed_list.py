"""Hebrew and Arabic join a list's later items with "and" plus the proclitic the first item
carries ("בישראל ובחמאס", "بروسيا وبإيران"): the items are one list of parties."""

import pytest
from event_helpers import coded_tuples

CASES = [
    ("he", "ארצות הברית הפצירה בישראל ובחמאס להסכים להפסקת אש.", ("REQUEST", ("USA",), ("ISR", "PSE"))),
    ("ar", "ندد الاتحاد الأوروبي بروسيا وبإيران.", ("ACCUSE", ("EUR",), ("RUS", "IRN"))),
]


@pytest.mark.parametrize("lang, text, event", CASES)
def test_and_with_the_same_proclitic_joins_the_list(lang, text, event):
    assert event in coded_tuples(text, lang, "2025-03-03")
