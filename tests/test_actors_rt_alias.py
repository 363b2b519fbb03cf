"""The English alias list does not make the words "Russia today" the broadcaster RT:
matching folds case, and "... against Russia today" is common news English. Sentence
written for this test."""

from detente.events import code_text


def test_russia_today_in_a_sentence_is_russia():
    events = code_text(
        "The European Union adopted new sanctions against Russia today.", "en", "2025-03-03"
    )
    recipients = [r for e in events if e.event_type == "SANCTION" for r in e.recipient]
    assert recipients and all(r.entity_name == "Russia" for r in recipients)
