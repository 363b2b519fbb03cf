"""A headline that leaves out who acted takes the parties of the lead's event of its type."""

from detente.events import code_text


def test_passive_headline_takes_the_leads_parties():
    text = (
        "שלושה חטופים שוחררו\n\n"
        "ירושלים, 20 בינואר 2025 — חמאס שחרר אתמול שלושה חטופים ישראלים ברצועת עזה."
    )
    heads = [e for e in code_text(text, "he", "2025-01-20") if e.sentence_index == 0]
    assert [
        (e.event_type, [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in heads
    ] == [("RETREAT", ["PSE"], ["ISR"])]
    assert "the lead's event of its type" in heads[0].why


def test_headline_with_its_own_actor_keeps_it():
    text = (
        "Iran condemns strike on embassy\n\n"
        "TEHRAN, April 2 — Israel struck the Iranian embassy compound in Damascus on Monday."
    )
    heads = [e for e in code_text(text, "en", "2024-04-02") if e.sentence_index == 0]
    assert heads and all(
        e.actor and e.actor[0].country == "IRN" for e in heads if e.event_type == "ACCUSE"
    )


def test_headline_event_of_another_type_stays_without_actor():
    # the lead tells an attack, not the release the headline names
    text = "שלושה חטופים שוחררו\n\nירושלים, 20 בינואר 2025 — ישראל תקפה אתמול מטרות ברצועת עזה."
    heads = [e for e in code_text(text, "he", "2025-01-20") if e.sentence_index == 0]
    assert [(e.event_type, e.actor) for e in heads] == [("RETREAT", [])]
