"""A mediator's work for people of no stated country ("Катар помог освободить
заложников", "Qatar mediated the release of the hostages") says nothing of whose they are:
the mediation has no recipient rather than the mediator's own state (plover.yaml
`own_people: false` on CONSULT). Sentences written for this test."""

import pytest

from detente.events import code_text


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Катар помог освободить заложников.", "ru"),
        ("Qatar mediated the release of the hostages.", "en"),
    ],
)
def test_the_mediator_is_not_its_own_recipient(text, lang):
    consults = [e for e in code_text(text, lang, "2025-01-10") if e.event_type == "CONSULT"]
    assert consults
    assert all([a.country for a in e.actor] == ["QAT"] for e in consults)
    assert not any(r.country == "QAT" for e in consults for r in e.recipient)
