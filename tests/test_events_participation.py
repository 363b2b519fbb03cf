"""Taking part in an act ("took part in the strikes", `לא השתתפה בה`, `لم تشارك في الضربات`,
"не участвовали в ударах") is COOPERATE with the act's author (eval/README.md: the demo gold
codes "the United States did not take part in it" as a negated COOPERATE USA -> ISR). The
author is the recipient, also when the phrase names the act's target ("בתקיפות נגד איראן"),
and the act named is not the participant's own attack. Every text was written for this test
and its reading checked by hand."""

import pytest
from event_helpers import coded_tuples

from detente.events import code_text

DATE = "2025-06-14"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Israel struck Iranian nuclear sites overnight. The United States did not take part "
            "in the strikes, Secretary of State Marco Rubio said.",
            "en",
        ),
        (
            "ישראל תקפה הלילה מתקני גרעין באיראן. לפי דיווחים, ארצות הברית לא השתתפה בה.",
            "he",
        ),
        (
            "شنت إسرائيل الليلة الماضية ضربات على منشآت نووية إيرانية. وقال وزير الخارجية "
            "الأمريكي إن الولايات المتحدة لم تشارك في الضربات.",
            "ar",
        ),
        (
            "Израиль нанёс ночью удары по ядерным объектам Ирана. США не участвовали в ударах, "
            "заявил госсекретарь Марко Рубио.",
            "ru",
        ),
    ],
)
def test_not_taking_part_is_a_negated_cooperation_with_the_author(text, lang):
    coop = [e for e in code_text(text, lang, DATE) if e.event_type == "COOPERATE"]
    assert [
        (tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient)) for e in coop
    ] == [(("USA",), ("ISR",))]
    assert coop[0].negated


def test_a_named_target_gives_way_to_the_author():
    text = "ישראל תקפה הלילה מתקני גרעין באיראן. בריטניה מסרה כי אינה מעורבת בתקיפות נגד איראן."
    tuples = coded_tuples(text, "he", DATE)
    assert ("COOPERATE", ("GBR",), ("ISR",)) in tuples
    # the strikes named are Israel's, not Britain's
    assert not any(t[0] == "ASSAULT" and "GBR" in t[1] for t in tuples)


def test_taking_part_in_the_strikes_is_asserted_cooperation():
    text = "Israel struck Iranian nuclear sites overnight. Britain took part in the strikes."
    events = [e for e in code_text(text, "en", DATE) if e.event_type == "COOPERATE"]
    assert [(e.actor[0].country, e.recipient[0].country, e.negated) for e in events] == [
        ("GBR", "ISR", False)
    ]


def test_taking_part_in_talks_is_not_this():
    text = "Britain took part in the talks in Geneva."
    assert not any(t[0] == "COOPERATE" for t in coded_tuples(text, "en", DATE))
