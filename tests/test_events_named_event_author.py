"""A reaction to an earlier event named by its noun ("condemned the attack") is addressed to
that event's author, even when the sentence also names the attack's victim ("the attack on
Iran", "a violation of Iran's sovereignty"). Every sentence was written for this test; the
expected readings were checked by hand against eval/README.md (ACCUSE against the
attacker)."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-01-10"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Israel struck military sites in Iran overnight. Qatar condemned the attack on Iran.",
            "en",
        ),
        (
            "Israel struck military sites in Iran overnight. Qatar condemned the attack and "
            "called it a violation of Iran's sovereignty.",
            "en",
        ),
        (
            "ישראל תקפה הלילה מטרות צבאיות באיראן. קטאר גינתה את התקיפה וכינתה אותה פגיעה "
            "בריבונות איראן.",
            "he",
        ),
        (
            "شنت إسرائيل فجر اليوم غارات على مواقع عسكرية في إيران. وأدانت قطر الهجوم على "
            "إيران ووصفته بأنه انتهاك للقانون الدولي.",
            "ar",
        ),
        ("Израиль нанёс удары по военным объектам в Иране. Катар осудил атаку на Иран.", "ru"),
    ],
)
def test_condemning_an_attack_on_a_victim_is_aimed_at_the_attacker(text, lang):
    coded = coded_tuples(text, lang, DATE)
    assert ("ACCUSE", ("QAT",), ("ISR",)) in coded
    assert ("ACCUSE", ("QAT",), ("IRN",)) not in coded


def test_the_attack_of_the_named_victim_is_the_one_answered():
    # two attacks before: the condemnation of "the attack on Iran" answers the one on Iran,
    # not the later one on Israel
    text = (
        "Israel struck military sites in Iran on Saturday. Iran fired missiles at Israel on "
        "Sunday. Qatar condemned the attack on Iran."
    )
    coded = coded_tuples(text, "en", DATE)
    assert ("ACCUSE", ("QAT",), ("ISR",)) in coded


def test_an_attack_on_another_victim_leaves_the_named_party():
    # the earlier attack struck Ukraine, so Iran is no victim of it: nothing to redirect
    text = "Russia struck Kyiv with drones overnight. Qatar condemned the attack on Iran."
    coded = coded_tuples(text, "en", DATE)
    assert ("ACCUSE", ("QAT",), ("IRN",)) in coded
    assert ("ACCUSE", ("QAT",), ("RUS",)) not in coded


def test_an_object_that_names_no_event_keeps_its_party():
    text = "Israel struck military sites in Iran overnight. Qatar condemned Iran's nuclear programme."
    assert ("ACCUSE", ("QAT",), ("IRN",)) in coded_tuples(text, "en", DATE)
