"""Russian "В ответ X и Y ...": the parser hangs an indeclinable name after "в ответ" on the
noun as its possessor ("ответ США", the US response) and leaves the verb with no subject,
so nothing was coded. A nominative hung so on an oblique of a finite verb that has no
subject is the verb's subject. Expected codings follow eval/README.md; every sentence was
written for this test."""

from __future__ import annotations

import pytest
from event_helpers import coded_tuples


def _coded(text):
    return coded_tuples(text, "ru", "2024-08-02")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "В ответ США и Великобритания нанесли удары по позициям хуситов.",
            ("ASSAULT", ("USA", "GBR"), ("YEM",)),
        ),
        (
            "В ответ США и Канада ввели санкции против России.",
            ("SANCTION", ("USA", "CAN"), ("RUS",)),
        ),
    ],
)
def test_the_subject_after_v_otvet(text, expected):
    assert expected in _coded(text)


def test_a_possessor_stays_one_when_the_verb_has_its_subject():
    got = _coded("В ответ на санкции США Россия ввела контрмеры против американских компаний.")
    assert not any("USA" in a for _, a, _ in got)
