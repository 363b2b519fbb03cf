"""A visit's host is the place the visitor reached, also when that place comes between the
visitor and the visit ("arrived in Pyongyang on a visit")."""

import pytest
from event_helpers import coded_tuples

REACHED = [
    ("ar", "وصل بوتين إلى بيونغ يانغ في زيارة نادرة."),
    ("en", "Putin was in Pyongyang on Wednesday for a rare state visit."),
    ("ru", "Путин находится в Пхеньяне с государственным визитом."),
    ("he", "פוטין שהה אתמול בפיונגיאנג בביקור רשמי."),
]


@pytest.mark.parametrize("lang, text", REACHED)
def test_place_reached_hosts_the_visit(lang, text):
    assert ("CONSULT", ("RUS",), ("PRK",)) in coded_tuples(text, lang, "2024-06-19")


def test_visitors_own_capital_hosts_nothing():
    # Moscow is Russia's: no host is named
    coded = coded_tuples("وصل بوتين إلى موسكو في ختام زيارة.", "ar", "2024-06-19")
    assert all(c[2] == () for c in coded if c[0] == "CONSULT")
