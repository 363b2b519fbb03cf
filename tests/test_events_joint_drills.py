"""A drill held together by the forces of several states ("Russian and Chinese warships began
naval drills", `سفن حربية روسية وصينية مناورات`, "Российские и китайские военные корабли
начали учения") is their military cooperation, one joint event with no recipient
(eval/README.md, joint acts: a joint exercise has all parties as actors); one state's drill
stays MOBILIZE. Every text was written for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2024-07-15"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Russian and Chinese warships began naval drills in the Sea of Japan.", "en"),
        ("بدأت سفن حربية روسية وصينية مناورات في بحر اليابان.", "ar"),
        ("Российские и китайские военные корабли начали учения в Японском море.", "ru"),
    ],
)
def test_several_states_drill_together_is_cooperation(text, lang):
    assert coded_tuples(text, lang, DATE) == {("COOPERATE", ("RUS", "CHN"), ())}


def test_one_states_drill_stays_mobilisation():
    assert coded_tuples("Russia began naval drills in the Baltic Sea.", "en", DATE) == {
        ("MOBILIZE", ("RUS",), ())
    }
