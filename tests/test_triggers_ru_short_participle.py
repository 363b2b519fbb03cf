"""A Russian short passive participle with no agent ("В Тегеране убит лидер ХАМАС") tells an
attack on its target with no named author: coded with an empty actor list, as "был убит"
already was (eval/README.md, unnamed attackers). Before, the verb's entry asked for an actor
and nothing was coded. Every sentence was written for this test."""

import pytest
from event_helpers import coded_tuples

DATE = "2024-08-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В Тегеране убит политический лидер ХАМАС Исмаил Хания.", ("ASSAULT", (), ("PSE",))),
        ("В Москве убит российский генерал.", ("ASSAULT", (), ("RUS",))),
        ("Политический лидер ХАМАС Исмаил Хания убит в Тегеране.", ("ASSAULT", (), ("PSE",))),
    ],
)
def test_short_participle_codes_the_attack(text, expected):
    assert expected in coded_tuples(text, "ru", DATE)


def test_place_alone_is_no_target():
    # a target known only by its place gives no event (eval/README.md)
    assert not any(t[0] == "ASSAULT" for t in coded_tuples("В Москве убит человек.", "ru", DATE))
