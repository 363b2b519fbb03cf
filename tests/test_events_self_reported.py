"""A state organ that reports an arrest, a release or a delivery reports its own act
(plover.yaml `self_reported`): "Германия сообщила о задержании трёх граждан России" is
Germany's arrest of Russians, and police who report arrests made them. A governor reporting
shelling, or a state reporting fire from abroad, is not its author. Every text was written
for this test and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Германия сообщила о задержании трёх граждан России.", "ru", ("COERCE", ("DEU",), ("RUS",))),
        (
            "Минобороны Великобритании сообщило о передаче Киеву ракет Storm Shadow.",
            "ru",
            ("AID", ("GBR",), ("UKR",)),
        ),
        ("Police in Minsk reported the arrest of 20 protesters.", "en", ("COERCE", ("BLR",), ("BLR",))),
    ],
)
def test_a_state_reporting_its_arrest_or_delivery_did_it(text, lang, expected):
    assert expected in coded_tuples(text, lang, DATE)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Губернатор сообщил об обстреле Белгорода.", "ru"),
        ("Israel reported rocket fire from Lebanon.", "en"),
    ],
)
def test_who_reports_an_attack_is_not_its_author(text, lang):
    assert not any(t[0] == "ASSAULT" and t[1] for t in coded_tuples(text, lang, DATE))
