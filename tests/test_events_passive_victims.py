"""Killings and abductions told in the passive with no author named are attacks on the
victims' state by an unknown actor ("Three Nigerian soldiers were killed in an ambush",
"были убиты в засаде", `נהרגו במארב`).
Such an entry needs a party (trigger flag `needs_party`): a count of people with no
nationality codes nothing, nor do deaths in a crash. Longer passive phrases that name the
means keep their reading. Every text was written for this test and its reading checked by
hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-10"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three Nigerian soldiers were killed in an ambush.", {("ASSAULT", (), ("NGA",))}),
        ("Two French journalists were kidnapped on Sunday.", {("ASSAULT", (), ("FRA",))}),
        # guards: the means named in a longer phrase still decides the reading
        (
            "Four Nigerien soldiers were killed by an improvised explosive device.",
            {("ASSAULT", (), ("NER",))},
        ),
        (
            "A Hezbollah commander was killed in an Israeli strike in Beirut.",
            {("ASSAULT", ("ISR",), ("LBN",))},
        ),
    ],
)
def test_victims_of_an_unnamed_attacker(text, expected):
    assert coded_tuples(text, "en", DATE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At least 38 of the 67 people on board were killed.",
        "Two Azerbaijani passengers were killed in the crash.",
    ],
)
def test_no_party_or_an_accident_is_no_attack(text):
    assert not any(t[0] == "ASSAULT" for t in coded_tuples(text, "en", DATE))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Трое нигерийских военных были убиты в засаде.", "ru", {("ASSAULT", (), ("NGA",))}),
        ("Двое французских журналистов были похищены в Мали.", "ru", {("ASSAULT", (), ("FRA",))}),
        ("Три человека были убиты.", "ru", set()),
        # the victims are not the ambush's actor
        ("שלושה חיילים ניגרים נהרגו במארב.", "he", {("ASSAULT", (), ("NGA",))}),
    ],
)
def test_victims_of_an_unnamed_attacker_in_russian_and_hebrew(text, lang, expected):
    assert coded_tuples(text, lang, DATE) == expected
