"""A headline's events take the date its lead paragraph gives the news (documents written
for these tests; dates worked out by hand)."""

from __future__ import annotations

from detente.models import RawDocument
from detente.pipeline import process


def _events(text: str, date: str):
    r = process(RawDocument(text=text, name="t.txt", source="t.txt", date=date, date_source="option"))
    return [
        (e.sentence_index, e.event_type, [a.country for a in e.actor], e.date, e.date_precision)
        for e in r.events
    ]


def test_arabic_headline_takes_the_leads_yesterday():
    text = (
        "الأردن يدين الهجوم على السفارة\n\n"
        "عمّان، 12 مارس 2025 — هاجم مسلحون مساء أمس السفارة الأردنية في بغداد، وأصيب حارسان.\n\n"
        "وأدانت وزارة الخارجية الأردنية الهجوم بشدة."
    )
    found = _events(text, "2025-03-12")
    # The lead's "yesterday evening" is 11 March; the dateline's 12 March is not the news.
    assert (0, "ACCUSE", ["JOR"], "2025-03-11", "day") in found
    # A body sentence with no date of its own keeps the document date.
    assert (2, "ACCUSE", ["JOR"], "2025-03-12", "day") in found


def test_english_headline_takes_the_date_of_the_leads_event_of_its_type():
    text = (
        "Serbian police detain dozens of students\n\n"
        "BELGRADE, March 16, 2025 — Serbian police detained dozens of students in Novi Sad "
        "on Saturday after a march on the city hall."
    )
    found = _events(text, "2025-03-16")
    # 16 March 2025 was a Sunday: "on Saturday" is the 15th.
    assert (0, "COERCE", ["SRB"], "2025-03-15", "day") in found
    assert (1, "COERCE", ["SRB"], "2025-03-15", "day") in found


def test_hebrew_headline():
    text = "ירדן מגנה את ישראל\n\nעמאן, 12 במרץ 2025 — ממשלת ירדן גינתה אתמול את ישראל בשל הפשיטה במסגד."
    found = _events(text, "2025-03-12")
    assert (0, "ACCUSE", ["JOR"], "2025-03-11", "day") in found


def test_a_first_sentence_ending_in_a_full_stop_is_no_headline():
    text = (
        "Serbian police detain dozens of students.\n\n"
        "BELGRADE, March 16, 2025 — Serbian police detained dozens of students on Saturday."
    )
    found = _events(text, "2025-03-16")
    assert (0, "COERCE", ["SRB"], "2025-03-16", "day") in found


def test_a_lead_with_only_its_dateline_leaves_the_document_date():
    text = (
        "Москва высылает эстонского дипломата\n\n"
        "Москва, 12 марта 2025 года — МИД России объявил о высылке эстонского дипломата."
    )
    found = _events(text, "2025-03-12")
    assert (0, "SANCTION", ["RUS"], "2025-03-12", "day") in found
