"""A wire agency's tag in a dateline names who filed the story, not a party to it."""

import pytest

from detente.events import code_text


@pytest.mark.parametrize(
    "text, lang, etype, actors, recipients",
    [
        (
            "ANKARA, March 2 (Reuters) - Turkey and Iraq signed a security agreement on Sunday.",
            "en",
            "AGREE",
            ["IRQ", "TUR"],
            [],
        ),
        # the place before the tag is the dateline's, with or without a date
        (
            "MOSCOW (AFP) - Russia expelled two Estonian diplomats on Friday.",
            "en",
            "SANCTION",
            ["RUS"],
            ["EST"],
        ),
        (
            "МОСКВА, 2 марта (Рейтер) - Россия выслала двух эстонских дипломатов.",
            "ru",
            "SANCTION",
            ["RUS"],
            ["EST"],
        ),
    ],
)
def test_agency_tag_is_not_an_actor(text, lang, etype, actors, recipients):
    events = [e for e in code_text(text, lang, "2025-03-03") if e.event_type == etype]
    assert len(events) == 1, [e.why for e in events]
    assert sorted({a.country for a in events[0].actor}) == actors
    assert sorted({r.country for r in events[0].recipient}) == recipients


def test_a_name_in_parentheses_inside_the_sentence_still_counts():
    # only a tag right before the dateline's dash is a credit
    text = "Russia accused the United Kingdom (Britain) of sabotage on Monday."
    events = [e for e in code_text(text, "en", "2025-03-03") if e.event_type == "ACCUSE"]
    assert events and {r.country for r in events[0].recipient} == {"GBR"}
