"""A Russian passive trigger written with "быть" ("было атаковано", "был обстрелян") takes
the agent the parse marks in the instrumental, also a name pymorphy cannot decline
("хуситами") or one under a head noun ("силами ВСУ"); the subject stays the one acted on.
Before, the agent was read as the target. A Hebrew verb-first clause whose subject names an
attacker of no stated party ("הרגו חמושים") leaves the attack without actor, as the Arabic
one does. Sentences written for this test and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, want",
    [
        ("Грузовое судно было атаковано хуситами.", "ru", ("ASSAULT", ("YEM",), ())),
        (
            "Американский эсминец был атакован беспилотниками хуситов.",
            "ru",
            ("ASSAULT", ("YEM",), ("USA",)),
        ),
        ("Конвой был обстрелян силами ВСУ.", "ru", ("ASSAULT", ("UKR",), ())),
        ("בשבוע שעבר הרגו חמושים שלושה שוטרים אפגנים.", "he", ("ASSAULT", (), ("AFG",))),
    ],
)
def test_the_parsed_agent_acts(text, lang, want):
    got = coded_tuples(text, lang, DATE)
    assert want in got, got
    assert len(got) == 1, got


@pytest.mark.parametrize(
    "text, lang, want",
    [
        # a trigger passive in meaning keeps its agent phrase
        (
            "Украинские города подверглись обстрелу со стороны России.",
            "ru",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        ("הרגו חמושים פלסטינים שני ישראלים.", "he", ("ASSAULT", ("PSE",), ("ISR",))),
    ],
)
def test_named_agents_still_act(text, lang, want):
    assert want in coded_tuples(text, lang, DATE)
