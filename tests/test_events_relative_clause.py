"""A relative clause between commas after a party ("Россия, которая выслала ...,",
"רוסיה, שגירשה ...,", "بولندا، التي تتهم ...،") tells what that party did: the party is
the subject of the clause's verb, and the names inside the clause take no part in the verbs
outside it. Sentences written for this test; readings checked against eval/README.md
(expelling diplomats is SANCTION, summoning an ambassador ACCUSE). The document date,
10 January 2025, is a Friday."""

import pytest

from detente.events import code_text


def _coded(text, lang):
    return {
        (e.event_type, tuple(a.country for a in e.actor), tuple(r.country for r in e.recipient))
        for e in code_text(text, lang, "2025-01-10")
        if not e.negated
    }


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "רוסיה, שגירשה בשבוע שעבר ארבעה דיפלומטים גרמנים, זימנה ביום שני את השגריר הגרמני.",
            "he",
        ),
        (
            "Россия, которая на прошлой неделе выслала четырех немецких дипломатов, "
            "в понедельник вызвала немецкого посла.",
            "ru",
        ),
    ],
)
def test_the_party_before_the_clause_acts_inside_and_after_it(text, lang):
    coded = _coded(text, lang)
    assert ("SANCTION", ("RUS",), ("DEU",)) in coded
    assert ("ACCUSE", ("RUS",), ("DEU",)) in coded
    assert not any(actor == ("DEU",) for _, actor, _ in coded)


def test_the_relative_pronoun_is_the_subject_of_its_verb():
    coded = _coded(
        "أغلقت بولندا، التي تتهم مينسك بتسهيل الهجرة، آخر معبر حدودي مع بيلاروسيا.", "ar"
    )
    assert ("ACCUSE", ("POL",), ("BLR",)) in coded
    assert ("ACCUSE", ("BLR",), ("POL",)) not in coded


def test_an_object_pronoun_on_the_verb_leaves_the_party_its_object():
    # "which Israel accuses": the verb carries a pronoun for Hamas; Israel is its subject
    coded = _coded("نفت حماس، التي تتهمها إسرائيل بالهجوم، أي علاقة بالتفجير.", "ar")
    assert ("ACCUSE", ("ISR",), ("PSE",)) in coded
    assert ("ACCUSE", ("PSE",), ("ISR",)) not in coded


def test_a_clause_about_people_is_not_about_the_place_before_it():
    # "الذين" stands for people, not for the country named just before the comma
    coded = _coded(
        "وأرسلوا تحياتهم لعمال شركة الغزل في مصر، الذين نظموا إضرابا استمر أربعة أيام.", "ar"
    )
    assert not any(actor == ("EGY",) for _, actor, _ in coded)
