"""A quoted Arabic verb in the first person plural imperfect («نحذر واشنطن», «وندين الهجوم»)
is the speaker's act, read as the trigger written for its third-person form ("تحذر",
"تدين"); the first party after it is its object. Sentences written for this test and coded
by hand (eval/README.md: the speaker of a quotation acts for its country). Before, no
trigger matched these verbs."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            'وقال المتحدث باسم الخارجية الإيرانية: "نحذر واشنطن من أي مغامرة عسكرية".',
            ("THREATEN", ("IRN",), ("USA",)),
        ),
        (
            'وقال وزير الخارجية التركي: "ندين الهجوم الإسرائيلي على سوريا".',
            ("ACCUSE", ("TUR",), ("ISR",)),
        ),
        ('"ونحذر إسرائيل من مغبة التصعيد"، قال أردوغان.', ("THREATEN", ("TUR",), ("ISR",))),
        ('وقال عراقجي: "نحن نرفض المطالب الأمريكية".', ("REJECT", ("IRN",), ("USA",))),
    ],
)
def test_quoted_first_person_imperfect_is_the_speakers_act(sentence, want):
    got = coded_tuples(sentence, "ar", DATE)
    assert want in got, got


def test_outside_a_quotation_no_first_person_reading():
    # "نحذر" with no quotation and no speaker: no one to act, so nothing is coded
    assert coded_tuples("نحذر واشنطن من أي مغامرة عسكرية.", "ar", DATE) == set()
