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


def _heads(text: str, lang: str, date: str):
    return [
        (e.event_type, [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in code_text(text, lang, date)
        if e.sentence_index == 0
    ]


def test_headline_with_an_actor_takes_the_recipient_of_the_leads_event_by_it():
    # written for this test: the headline names the protesters' country only; the lead
    # says whom they protested against
    text = (
        "Thousands protest in Belgrade\n\n"
        "BELGRADE, March 16, 2025 — Thousands of Serbians protested against the government "
        "of Serbia outside parliament last night."
    )
    assert ("PROTEST", ["SRB"], ["SRB"]) in _heads(text, "en", "2025-03-16")


def test_headline_recipient_needs_the_same_actor_in_the_lead():
    # the lead's protest is by others, so the headline's own protest gets no recipient
    text = (
        "Georgians protest in Tbilisi\n\n"
        "TBILISI, Dec. 1, 2024 — Ukrainians in Kyiv protested against Russia outside its "
        "embassy yesterday."
    )
    heads = _heads(text, "en", "2024-12-01")
    assert ("PROTEST", ["GEO"], []) in heads
