"""The SQLite store: migrations, one transaction per document, filters."""

import sqlite3

import pytest

from detente.models import (
    Document,
    Entity,
    Event,
    Evidence,
    Mention,
    ProcessedDocument,
    QualityFlag,
    Sentence,
)
from detente.store import DocumentFilter, EventFilter, open_store
from detente.store.sqlite import migrations

TEXT = "Russia shot down a plane. Azerbaijan demanded an apology."


def _processed(doc_id="d1", name="a.txt", text=TEXT, lang="en", date="2024-12-27"):
    doc = Document(
        doc_id=doc_id,
        name=name,
        source=f"/x/{name}",
        text=text,
        language=lang,
        date=date,
        quality=[QualityFlag("rtl_broken", "words reversed")] if lang == "he" else [],
    )
    s1, s2 = (
        Sentence(doc_id, 0, 0, 25, text[0:25], lang),
        Sentence(doc_id, 1, 26, len(text), text[26:], lang),
    )
    m = Mention(
        doc=name,
        doc_id=doc_id,
        start=0,
        end=6,
        raw_text="Russia",
        entity_name="Russia",
        country="RUS",
        sector=None,
        entity_id="RUS",
        kind="country",
        sentence_index=0,
    )
    ev1 = Event(
        "ASSAULT",
        "aerial",
        [],
        [Entity("Russia", "Russia", "RUS")],
        [],
        "2024-12-25",
        "day",
        False,
        "asserted",
        -10.0,
        Evidence(s1.text, 0, 25),
        0.8,
        name,
        doc_id,
        lang,
    )
    ev2 = Event(
        "REQUEST",
        "demand",
        [],
        [Entity("Azerbaijan", "Azerbaijan", "AZE", "GOV")],
        [Entity("Russia", "Russia", "RUS")],
        "2024-12",
        "month",
        True,
        "reported",
        -2.0,
        Evidence(s2.text, 26, len(text)),
        0.7,
        name,
        doc_id,
        lang,
        cameo="100",
    )
    return ProcessedDocument(doc, [s1, s2], [m], [ev1, ev2])


def test_roundtrip_and_dedup(tmp_path):
    db = tmp_path / "t.db"
    with open_store(db) as st:
        assert st.add(_processed()) is True
        assert st.add(_processed()) is False  # same doc_id: stored once
        assert st.counts() == {"documents": 1, "sentences": 2, "mentions": 1, "events": 2, "ties": 0}
        doc = st.get_document("d1")
        assert doc.text == TEXT and doc.date == "2024-12-27"
        sents = st.sentences("d1")
        assert [s.text for s in sents] == [
            "Russia shot down a plane.",
            "Azerbaijan demanded an apology.",
        ]
        evs = st.events()
        assert [e.event_type for e in evs] == [
            "REQUEST",
            "ASSAULT",
        ]  # ordered by date: 2024-12 < 2024-12-25
        req = evs[0]
        assert req.negated is True and req.modality == "reported" and req.cameo == "100"
        assert [a.country for a in req.actor] == ["AZE"] and req.actor[0].sector == "GOV"
        assert [r.country for r in req.recipient] == ["RUS"]
        assert TEXT[req.evidence.start : req.evidence.end] == req.evidence.text


def test_event_filters(tmp_path):
    with open_store(tmp_path / "t.db") as st:
        st.add(_processed())
        st.add(_processed(doc_id="d2", name="b.txt", text=TEXT + " ", date="2025-06-30"))
        assert len(st.events(EventFilter(actor="AZE"))) == 2
        assert len(st.events(EventFilter(recipient="RUS"))) == 2
        assert len(st.events(EventFilter(actor="Russia", event_type="assault"))) == 2
        assert len(st.events(EventFilter(doc="b.txt"))) == 2
        assert st.events(EventFilter(since="2025")) == []
        assert len(st.events(EventFilter(until="2024-12"))) == 4
        # Month-precision events overlap any range inside their month; day ones do not.
        until_24 = st.events(EventFilter(until="2024-12-24"))
        assert {e.event_type for e in until_24} == {"REQUEST"} and len(until_24) == 2
        since_26 = st.events(EventFilter(since="2024-12-26"))
        assert {e.event_type for e in since_26} == {"REQUEST"}
        assert len(st.events(EventFilter(negated=True))) == 2
        assert len(st.documents(DocumentFilter(since="2025-01-01"))) == 1


def test_failed_write_leaves_store_whole(tmp_path):
    p = _processed()
    p.events[1].evidence = None  # breaks half-way through writing the events
    with open_store(tmp_path / "t.db") as st:
        with pytest.raises(AttributeError):
            st.add(p)
        assert st.counts() == {"documents": 0, "sentences": 0, "mentions": 0, "events": 0, "ties": 0}
        assert st.add(_processed()) is True


def test_schema_is_versioned_and_wal(tmp_path):
    db = tmp_path / "t.db"
    open_store(db).close()
    st = open_store(db)  # reopening does not re-run migrations
    newest = max(v for v, _ in migrations())
    assert st.schema_version() == newest
    st.close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(migrations())


def test_a_skipped_migration_is_applied_on_reopen(tmp_path):
    # A store whose history lacks migration 2 (as one made on a branch without it would)
    # gets the ties table when reopened, although a higher number is already recorded.
    db = tmp_path / "t.db"
    open_store(db).close()
    con = sqlite3.connect(db)
    con.execute("DROP TABLE ties")
    con.execute("DELETE FROM schema_migrations WHERE version = 2")
    con.commit()
    con.close()
    with open_store(db) as st:
        assert st.counts()["ties"] == 0
    con = sqlite3.connect(db)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [v for v, _ in migrations()]


def test_quality_flags_persist(tmp_path):
    with open_store(tmp_path / "t.db") as st:
        st.add(_processed(lang="he"))
        assert st.get_document("d1").quality == [QualityFlag("rtl_broken", "words reversed")]
        assert len(st.documents(DocumentFilter(flagged=True))) == 1
        assert st.documents(DocumentFilter(flagged=False)) == []
