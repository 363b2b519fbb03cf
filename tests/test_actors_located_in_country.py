"""People who act where they live take the country they are in (roles.yaml
`country_located_heads`): "rebels in Mali" are Malian. Troops and heads not listed do not.
Sentences written for this test; tuples checked by hand."""

import pytest
from event_helpers import coded_tuples

D = "2025-03-03"


@pytest.mark.parametrize(
    "sentence, lang, want",
    [
        ("Rebels in Mali attacked an army base near Gao.", "en", ("ASSAULT", ("MLI",), ())),
        ("وهاجم المتمردون في مالي قاعدة للجيش قرب غاو.", "ar", ("ASSAULT", ("MLI",), ())),
        ("Повстанцы в Мали атаковали базу армии.", "ru", ("ASSAULT", ("MLI",), ())),
    ],
)
def test_people_in_a_country_are_its_own(sentence, lang, want):
    assert want in coded_tuples(sentence, lang, D)


def test_troops_in_a_country_are_not_its_own():
    got = coded_tuples("Troops in Syria attacked a convoy near the border.", "en", D)
    assert not any("SYR" in t[1] for t in got)
