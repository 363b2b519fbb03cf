"""The one named before a strike given as the means of a killing ("قُتل ... بضربة أمريكية",
"بغارة إسرائيلية في دمشق") is the one struck; the place where it happened ("near Baghdad
airport", "في دمشق") is no target. A strike aimed at a place ("على قاعدة") keeps its target,
and a subject who answers with a strike ("ردت إيران بهجوم") still strikes. Every text was
written for this test and its reading checked by hand (eval/README.md: a state whose people
are attacked is the recipient)."""

import pytest
from event_helpers import coded_tuples

DATE = "2023-12-26"


@pytest.mark.parametrize(
    "text",
    [
        "قُتل مستشار عسكري إيراني بضربة إسرائيلية قرب دمشق.",
        "قُتل الجنرال الإيراني محمد رضا زاهدي بغارة إسرائيلية في دمشق.",
    ],
)
def test_the_one_killed_by_the_strike_is_struck_not_the_place(text):
    assaults = {t for t in coded_tuples(text, "ar", DATE) if t[0] == "ASSAULT"}
    assert assaults == {("ASSAULT", ("ISR",), ("IRN",))}


def test_a_subject_answering_with_a_strike_strikes():
    text = "ردت إيران بهجوم صاروخي على قاعدة أمريكية في العراق."
    assert ("ASSAULT", ("IRN",), ("USA",)) in coded_tuples(text, "ar", DATE)
