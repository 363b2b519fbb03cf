"""Hebrew "כי" (that) breaks the clause, yet the clause it opens right after a governing verb
is that verb's content: what is denied or threatened is not coded as done, and the party the
content names is the recipient."""

import pytest
from event_helpers import coded_tuples

CASES = [
    ("פקיסטן הכחישה כי סייעה לטליבאן.", ("REJECT", ("PAK",), ("AFG",)), "AID"),
    ("איראן איימה כי תתקוף את ישראל.", ("THREATEN", ("IRN",), ("ISR",)), "ASSAULT"),
]


@pytest.mark.parametrize("text, event, content", CASES)
def test_content_after_ki_is_governed(text, event, content):
    coded = coded_tuples(text, "he", "2025-03-03")
    assert event in coded
    assert not any(c[0] == content for c in coded)


def test_a_statement_after_ki_is_still_coded():
    # "הודיעה" governs nothing: the recognition it announces is coded
    assert ("SUPPORT", ("ESP",), ("PSE",)) in coded_tuples(
        "ספרד הודיעה כי תכיר במדינה פלסטינית.", "he", "2025-03-03"
    )
