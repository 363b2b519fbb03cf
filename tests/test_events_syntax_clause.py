"""A recipient the dependency parse attaches to a trigger from past the trigger's clause and
past another act there belongs to that act, not to the trigger: Algeria recalls its envoy
from Spain only, though the parse also hangs "марокканский план" on "отозвал". A party
after a preposition that opens no clause of its own stays. Sentences written for this test
and coded by hand."""

from event_helpers import coded_tuples

DATE = "2025-03-03"


def test_the_next_clauses_party_is_not_the_recipient():
    got = coded_tuples(
        "Алжир отозвал посла из Мадрида после того как Испания поддержала марокканский план "
        "по Западной Сахаре.",
        "ru",
        DATE,
    )
    assert ("SANCTION", ("DZA",), ("ESP",)) in got
    assert ("SUPPORT", ("ESP",), ("MAR",)) in got
    assert not any(t == "SANCTION" and "MAR" in r for t, _, r in got), got


def test_a_party_after_a_preposition_stays():
    got = coded_tuples(
        "Курдские формирования согласились сложить оружие после трёхдневной операции "
        "турецкой армии.",
        "ru",
        DATE,
    )
    assert any(t == "RETREAT" and r == ("TUR",) for t, _, r in got), got
