"""Russian airspace and territorial-water incursions are MOBILIZE, intruder -> the state, as
eval/README.md now states and as the Hebrew, Arabic and English data already code them.
Before, "нарушили воздушное пространство" coded nothing and "вторгся в воздушное
пространство" coded an armed attack. Every sentence was written for this test."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Российские истребители нарушили воздушное пространство Эстонии.",
            ("MOBILIZE", ("RUS",), ("EST",)),
        ),
        (
            "Российский беспилотник вторгся в воздушное пространство Польши.",
            ("MOBILIZE", ("RUS",), ("POL",)),
        ),
        (
            "Китайские корабли вошли в территориальные воды Японии.",
            ("MOBILIZE", ("CHN",), ("JPN",)),
        ),
    ],
)
def test_incursion_is_a_show_of_force(text, expected):
    coded = coded_tuples(text, "ru", DATE)
    assert expected in coded
    assert not any(t[0] == "ASSAULT" for t in coded)


def test_invasion_stays_an_attack():
    assert ("ASSAULT", ("RUS",), ("UKR",)) in coded_tuples(
        "Российские войска вторглись на территорию Украины.", "ru", DATE
    )
