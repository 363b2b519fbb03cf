"""A phrase that repeats the last act told ("followed suit", "did the same", "הלכה
בעקבותיה", "حذت حذوها", "فعلت الشيء نفسه", "последовал примеру", "поступила так же";
triggers.yaml type SAME) codes that act again with its own subject, aimed where the first
was. Before, these sentences coded only the first act. Each sentence was written for this
test and read by hand."""

import pytest

from detente.events import code_text

DATE = "2025-01-10"


def coded(text: str, lang: str) -> set[tuple[str, tuple, tuple, bool]]:
    return {
        (
            e.event_type,
            tuple(a.country for a in e.actor),
            tuple(r.country for r in e.recipient),
            e.negated,
        )
        for e in code_text(text, lang, DATE)
    }


@pytest.mark.parametrize(
    "lang, text, first, again",
    [
        (
            "en",
            "Azerbaijan suspended flights to Russia on Friday. Kazakhstan followed suit on Monday.",
            "AZE",
            "KAZ",
        ),
        (
            "en",
            "Britain expelled two Russian diplomats. France did the same a day later.",
            "GBR",
            "FRA",
        ),
        ("he", "אזרבייג'ן השעתה את הטיסות לרוסיה. קזחסטאן הלכה בעקבותיה.", "AZE", "KAZ"),
        ("ar", "علقت أذربيجان رحلاتها إلى روسيا، وحذت كازاخستان حذوها.", "AZE", "KAZ"),
        ("ar", "طردت بريطانيا دبلوماسيين روسيين. وفعلت فرنسا الشيء نفسه.", "GBR", "FRA"),
        (
            "ru",
            "Азербайджан приостановил полёты в Россию. Казахстан последовал его примеру.",
            "AZE",
            "KAZ",
        ),
        (
            "ru",
            "Великобритания выслала двух российских дипломатов. Франция поступила так же.",
            "GBR",
            "FRA",
        ),
    ],
)
def test_the_act_is_repeated_by_the_new_subject(lang, text, first, again):
    got = coded(text, lang)
    assert ("SANCTION", (first,), ("RUS",), False) in got
    assert ("SANCTION", (again,), ("RUS",), False) in got


def test_not_following_suit_is_negated():
    got = coded("Britain expelled two Russian diplomats. France did not follow suit.", "en")
    assert ("SANCTION", ("FRA",), ("RUS",), True) in got


def test_nothing_to_repeat_codes_nothing():
    # guard (passed before): no act told before
    assert coded("The rebels followed suit.", "en") == set()
