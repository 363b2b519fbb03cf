"""An indefinite apposition set off by commas describes the party before it; the names
inside it are no party to the sentence's events (grammar.yaml apposition_openers)."""

import pytest

from detente.events import code_text


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        (
            "Pakistan, a neighbour of Afghanistan, accused India of backing the attackers.",
            "ACCUSE",
            ["PAK"],
            ["IND"],
        ),
        (
            "Russia and Iran, a key partner of Syria, condemned the strike.",
            "ACCUSE",
            ["IRN", "RUS"],
            [],
        ),
    ],
)
def test_names_in_an_apposition_are_no_party(text, etype, actors, recipients):
    events = [e for e in code_text(text, "en", "2025-03-03") if e.event_type == etype]
    assert len(events) == 1, [e.why for e in events]
    assert sorted({a.country for a in events[0].actor}) == actors
    assert sorted({r.country for r in events[0].recipient}) == recipients


def test_a_list_after_a_comma_is_not_an_apposition():
    # no indefinite article: "Azerbaijan, Israel and the UAE" is a list of parties
    text = "Azerbaijan, Israel and the UAE suspended flights to Russia."
    events = [e for e in code_text(text, "en", "2025-03-03") if e.event_type == "SANCTION"]
    assert {a.country for e in events for a in e.actor} == {"AZE", "ISR", "ARE"}


def test_past_form_with_its_own_object_after_an_apposition_is_the_verb():
    # spaCy hangs "accused" on "Turkey" as a participle ("Turkey ... accused of"); with an
    # object of its own and no agent it is the sentence's verb
    text = "Turkey, a NATO member, accused Sweden of harbouring militants."
    events = [e for e in code_text(text, "en", "2025-03-03") if e.event_type == "ACCUSE"]
    assert [(a.country, r.country) for e in events for a in e.actor for r in e.recipient] == [
        ("TUR", "SWE")
    ]


def test_a_participle_with_an_agent_stays_passive():
    text = "The journalist, accused of spying by Russia, was freed."
    events = [e for e in code_text(text, "en", "2025-03-03") if e.event_type == "ACCUSE"]
    assert [a.country for e in events for a in e.actor] == ["RUS"]
