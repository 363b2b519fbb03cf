"""A protest held at an embassy or consulate targets the state it belongs to, and that
state is never taken for the protesters (eval/README.md: the recipient is the party the
protest is against or held at). Every sentence was written for this test and its reading
checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-01-10"


@pytest.mark.parametrize(
    "text, lang, want",
    [
        ("מאות הפגינו מול שגרירות רוסיה בירוואן.", "he", ("PROTEST", ("ARM",), ("RUS",))),
        ("تظاهر المئات أمام السفارة الروسية في يريفان.", "ar", ("PROTEST", ("ARM",), ("RUS",))),
        # a protest that only "took place" names no protesters (eval/README.md)
        ("Около здания посольства России в Ереване прошёл пикет.", "ru", ("PROTEST", (), ("RUS",))),
        (
            "Hundreds protested outside the Russian embassy in Yerevan on Monday.",
            "en",
            ("PROTEST", ("ARM",), ("RUS",)),
        ),
        (
            "تجمع محتجون أمام القنصلية التركية في أربيل.",
            "ar",
            ("PROTEST", ("IRQ",), ("TUR",)),
        ),
    ],
)
def test_a_protest_at_an_embassy_targets_its_state(text, lang, want):
    coded = {c for c in coded_tuples(text, lang, DATE) if c[0] == "PROTEST"}
    assert want in coded
    assert not any(want[2][0] in actors for _, actors, _ in coded)


def test_protesters_of_a_stated_nationality_keep_it():
    text = "Russian exiles protested outside the Ukrainian embassy in Berlin."
    assert ("PROTEST", ("RUS",), ("UKR",)) in coded_tuples(text, "en", DATE)
