"""Hebrew home-institution words ("הרמטכ"ל" for Israel's chief of staff) with the bundled
knowledge base. Sentences written for this test."""

import pytest

from detente.actors import extract_mentions, load_kb
from detente.models import Document, Sentence


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _actors(kb, text, date):
    doc = Document(doc_id="x", name="x.txt", source="x.txt", text=text, language="he", date=date)
    s = Sentence(doc.doc_id, 0, 0, len(text), text, "he")
    return [(m.raw_text, m.country, m.sector) for m in extract_mentions(doc, [s], kb=kb)
            if m.role == "actor"]


def test_home_word_before_a_foreign_name_is_that_person(kb):
    got = _actors(kb, 'בטהרן אמר הרמטכ"ל מוחמד באקרי כי איראן תגיב.', "2024-10-27")
    assert got == [('הרמטכ"ל מוחמד באקרי', "IRN", "MIL"), ("איראן", "IRN", "GOV")]


def test_home_word_alone_is_the_home_body(kb):
    assert _actors(kb, 'הרמטכ"ל הודיע על גיוס מילואים.', "2024-10-27") == [
        ('הרמטכ"ל', "ISR", "MIL")
    ]
