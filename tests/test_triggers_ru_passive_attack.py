"""Russian attacks told in the passive with no author ("Конвой ООН был обстрелян",
"попал под обстрел", "подверглось нападению") are coded with empty actor lists when the
target is an identifiable party, as eval/README.md asks; an agent in the instrumental
still acts, and with no party named nothing is coded. Sentences written for this test."""

import pytest
from event_helpers import coded_tuples


def _attacks(text):
    return {(a, r) for t, a, r in coded_tuples(text, "ru", "2025-01-10") if t == "ASSAULT"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Конвой ООН был обстрелян в понедельник.", ((), ("UNO",))),
        ("Конвой ООН попал под обстрел.", ((), ("UNO",))),
        ("Посольство России подверглось нападению.", ((), ("RUS",))),
        ("Конвой ООН был обстрелян израильскими военными.", (("ISR",), ("UNO",))),
    ],
)
def test_a_passive_attack_on_a_party(text, expected):
    assert _attacks(text) == {expected}


def test_no_party_no_event():
    assert _attacks("Три человека были обстреляны на рынке.") == set()
