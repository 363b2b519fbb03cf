"""A subject that names an attacker of no stated party ("Gunmen", "Боевики", "מחבלים",
"مسلحون", "a roadside bomb"; grammar.yaml `unnamed_agents`) leaves the act without an actor:
the party after the verb is its target, never its subject, and a verb joined to it by "and"
shares that unnamed subject (eval/README.md, unnamed attackers). A party written right
before those words ("Palestinian gunmen") makes them its own. Sentences written for this
test and coded by hand."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, lang, want",
    [
        (
            "Gunmen killed two Pakistani policemen and wounded three others in Quetta.",
            "en",
            {("ASSAULT", (), ("PAK",))},
        ),
        (
            "A roadside bomb near Samarra killed one U.S. soldier and wounded two others.",
            "en",
            {("ASSAULT", (), ("USA",))},
        ),
        (
            "Боевики убили двух украинских военных и ранили ещё троих.",
            "ru",
            {("ASSAULT", (), ("UKR",))},
        ),
        (
            "Взрыв убил двух российских солдат.",
            "ru",
            {("ASSAULT", (), ("RUS",))},
        ),
        (
            "מחבלים הרגו שני חיילים ישראלים ופצעו שלושה אחרים.",
            "he",
            {("ASSAULT", (), ("ISR",))},
        ),
        (
            "חמושים פתחו באש לעבר שוטרים מצרים בסיני.",
            "he",
            {("ASSAULT", (), ("EGY",))},
        ),
        (
            "مسلحون مجهولون قتلوا صحفيا عراقيا في بغداد.",
            "ar",
            {("ASSAULT", (), ("IRQ",))},
        ),
    ],
)
def test_an_unnamed_attacker_leaves_the_act_without_actor(text, lang, want):
    assert coded_tuples(text, lang, DATE) == want


@pytest.mark.parametrize(
    "text, lang, want",
    [
        ("Palestinian gunmen killed two Israelis.", "en", ("ASSAULT", ("PSE",), ("ISR",))),
        ("מחבלים פלסטינים הרגו שני ישראלים.", "he", ("ASSAULT", ("PSE",), ("ISR",))),
        ("Палестинские боевики убили двух израильтян.", "ru", ("ASSAULT", ("PSE",), ("ISR",))),
        # the militants are the object of the first verb, not the subject of the second
        (
            "Israeli troops killed three militants and wounded five.",
            "en",
            ("ASSAULT", ("ISR",), ()),
        ),
    ],
)
def test_a_named_party_still_acts(text, lang, want):
    got = coded_tuples(text, lang, DATE)
    assert want in got, got
    assert all(e[1] for e in got), got


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Nigeria: gunmen kidnapped three Nigerian priests.", "en"),
        ("ניגריה: חמושים חטפו שלושה כמרים ניגרים.", "he"),
        ("Нигерия: боевики похитили трёх нигерийских священников.", "ru"),
    ],
)
def test_a_headline_speaker_is_not_the_unnamed_attacker(text, lang):
    # the party before a headline's colon tells the news; the attackers are still unnamed
    assert coded_tuples(text, lang, DATE) == {("ASSAULT", (), ("NGA",))}
