"""A verb that takes content (refuse, demand, accuse) inside a relative clause governs
nothing after the comma that closes that clause."""

import pytest

from detente.events import code_text


@pytest.mark.parametrize(
    "text, lang, etype, actor",
    [
        (
            "Hungary, which has refused to send weapons to Kyiv, called for a ceasefire.",
            "en",
            "REQUEST",
            "HUN",
        ),
        (
            "Iran, which has threatened to close the strait, condemned the new sanctions.",
            "en",
            "ACCUSE",
            "IRN",
        ),
        (
            "Венгрия, которая отказалась поставлять оружие Киеву, призвала к прекращению огня.",
            "ru",
            "REQUEST",
            "HUN",
        ),
    ],
)
def test_act_after_a_closed_relative_clause_is_coded(text, lang, etype, actor):
    events = [e for e in code_text(text, lang, "2025-03-03") if e.event_type == etype]
    assert events, [e.why for e in code_text(text, lang, "2025-03-03")]
    assert {a.country for e in events for a in e.actor} == {actor}
    # nor does a cue inside the closed clause ("threatened to") make it hypothetical
    assert all(e.modality == "asserted" for e in events)


def test_content_inside_the_relative_clause_is_still_governed():
    # the threat's content ("close the strait") stays content: the comma after it opens
    # a relative clause, it does not close one
    text = "Iran threatened to close the strait, which would hit oil exports."
    events = code_text(text, "en", "2025-03-03")
    assert [e.event_type for e in events] == ["THREATEN"]
