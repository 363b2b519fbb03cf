"""A word that marks a claim ("reportedly") is no verb of reporting, though it begins like
one: the subject still acts, and the act is reported. Sentence written for this test."""

from detente.events import code_text


def test_a_claim_adverb_is_no_verb_of_reporting():
    events = code_text("Syria reportedly shelled Turkish border posts on Friday.", "en", "2025-03-03")
    shelled = [e for e in events if e.event_type == "ASSAULT"]
    assert shelled and shelled[0].modality == "reported"
    assert [a.country for a in shelled[0].actor] == ["SYR"]
    assert [r.country for r in shelled[0].recipient] == ["TUR"]
