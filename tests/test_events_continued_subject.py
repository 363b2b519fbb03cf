"""Arabic and Hebrew drop a repeated subject: a verb joined by a comma and the prefixed
"and" that names no subject right after it continues the subject of the verb before, and
is that verb's fellow, not the content of an accusation it governs. Our own sentences,
coded by hand; before this rule the second verb coded nothing."""

import pytest
from event_helpers import coded_tuples


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        ("اتهمت باكستان إيران بانتهاك مجالها الجوي، واستدعت سفيرها من طهران.", "ar",
         ("SANCTION", ("PAK",), ("IRN",))),
        ("ישראל גינתה את ההחלטה של אירלנד, והחזירה את שגרירה מדבלין.", "he",
         ("SANCTION", ("ISR",), ("IRL",))),
    ],
)
def test_the_second_verb_continues_the_subject(sentence, lang, want):
    assert want in coded_tuples(sentence, lang, "2024-01-17")


def test_a_subject_after_the_verb_is_its_own():
    got = coded_tuples(
        "اتهمت باكستان إيران بانتهاك مجالها الجوي، وردت طهران بنفي الاتهامات.", "ar", "2024-01-17"
    )
    assert ("REJECT", ("IRN",), ("PAK",)) in got
    assert not any(t == "REJECT" and a == ("PAK",) for t, a, _ in got)
