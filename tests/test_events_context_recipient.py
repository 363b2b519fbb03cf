"""A directed act whose sentence leaves the recipient implicit is addressed to the party
its actor deals with nearby in the document (plover.yaml `context_recipient_sentences`).
Documents written for these tests; expected parties worked out by hand."""

from __future__ import annotations

from detente.models import RawDocument
from detente.pipeline import process


def _events(text: str, date: str = "2025-03-12"):
    r = process(RawDocument(text=text, name="t.txt", source="t.txt", date=date, date_source="option"))
    return r.events


def _coded(events):
    return {
        (
            e.sentence_index,
            e.event_type,
            tuple(a.country for a in e.actor),
            tuple(r.country for r in e.recipient),
        )
        for e in events
    }


def test_english_follow_up_sentence_takes_the_party_of_the_earlier_event():
    events = _events(
        "Turkey accused Greece of violating its airspace on Monday. "
        "Two days later, Ankara agreed to hold talks on the dispute."
    )
    found = _coded(events)
    assert (0, "ACCUSE", ("TUR",), ("GRC",)) in found
    # "agreed to hold talks" names no one: it is still Turkey dealing with Greece
    assert (1, "AGREE", ("TUR",), ("GRC",)) in found
    (e,) = [e for e in events if e.sentence_index == 1 and e.event_type == "AGREE"]
    assert "deals with in 'accused'" in e.why  # the reader sees where it came from


def test_russian_second_sentence_aid_goes_to_the_country_promised_before():
    found = _coded(
        _events(
            "Германия пообещала Украине новые системы ПВО. "
            "Берлин также выделит 500 миллионов евро гуманитарной помощи."
        )
    )
    assert (0, "AGREE", ("DEU",), ("UKR",)) in found
    assert (1, "AID", ("DEU",), ("UKR",)) in found


def test_undirected_and_joint_acts_get_no_partner_from_context():
    found = _coded(
        _events(
            "Georgia accused Russia of meddling in its elections. "
            "Thousands of Georgians protested in Tbilisi on Sunday."
        )
    )
    assert (0, "ACCUSE", ("GEO",), ("RUS",)) in found
    protests = [f for f in found if f[1] == "PROTEST"]
    assert protests and all(f[3] in ((), ("GEO",)) for f in protests)


def test_a_partner_too_many_sentences_away_is_not_taken():
    found = _coded(
        _events(
            "Turkey accused Greece of violating its airspace on Monday. "
            "The border crossing stayed open. Trade fell in the first quarter. "
            "Grain prices rose. Analysts expect a calm spring. "
            "Ankara later agreed to hold talks on the dispute."
        )
    )
    assert (5, "AGREE", ("TUR",), ()) in found


def test_recipient_of_the_earlier_event_answers_back_to_its_actor():
    found = _coded(
        _events(
            "Armenia accused Azerbaijan of shelling border villages. "
            "A week later Baku agreed to hold talks."
        )
    )
    assert (0, "ACCUSE", ("ARM",), ("AZE",)) in found
    # Azerbaijan was the one accused; its promise goes back to Armenia
    assert (1, "AGREE", ("AZE",), ("ARM",)) in found
