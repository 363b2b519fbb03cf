"""Arabic attack nouns with their author written with ل ("في هجوم لحركة الشباب"): the party
right after the noun carried the attack out, as "by" would say (grammar.yaml
`author_prefix_nouns`, `author_prefixes`). Before, the author was dropped and the attack had
no actor. Every sentence was written for this test; readings follow eval/README.md (a
group of stated nationality that is killed is the target; al-Shabaab is SOM REB, the
Pakistani Taliban PAK REB). Also the definite bombardment with its author's adjective and
its target ("القصف الروسي على خاركيف"), which the stop phrase for a bare "القصف" used to
swallow: author and target are named, so it is coded like the strike nouns."""

import pytest
from event_helpers import coded_tuples

DATE = "2025-03-03"


@pytest.mark.parametrize(
    "text, expected",
    [
        # casualties before the attack noun are its target
        ("قتل عشرة جنود صوماليين في هجوم لحركة الشباب.", ("ASSAULT", ("SOM",), ("SOM",))),
        (
            "أصيب خمسة جنود باكستانيين في هجوم لحركة طالبان باكستان.",
            ("ASSAULT", ("PAK",), ("PAK",)),
        ),
        (
            "قتل جنديان نيجيريان في هجمات لتنظيم داعش غرب أفريقيا.",
            ("ASSAULT", ("ISM",), ("NGA",)),
        ),
    ],
)
def test_author_after_the_attack_noun(text, expected):
    assert expected in coded_tuples(text, "ar", DATE)


def test_no_author_stays_without_actor():
    # nothing after the noun: the attack keeps its empty actor list
    assert coded_tuples("قتل عشرة جنود صوماليين في هجوم.", "ar", DATE) == {
        ("ASSAULT", (), ("SOM",))
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # the definite bombardment with its author's adjective and its target (triggers.yaml)
        ("وجاء القصف الإسرائيلي على دمشق بعد ساعات من الهجوم.", ("ASSAULT", ("ISR",), ("SYR",))),
        ("تسبب القصف الروسي على خاركيف في مقتل خمسة مدنيين.", ("ASSAULT", ("RUS",), ("UKR",))),
    ],
)
def test_definite_bombardment_with_author(text, expected):
    assert expected in coded_tuples(text, "ar", DATE)


@pytest.mark.parametrize(
    "text",
    ["أدانت مصر القصف المستمر على غزة.", "أعلنت الشرطة أن القصف طال منازل."],
)
def test_definite_bombardment_without_author_is_no_attack(text):
    assert not any(t[0] == "ASSAULT" for t in coded_tuples(text, "ar", DATE))
