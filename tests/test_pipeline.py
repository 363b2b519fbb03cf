"""End to end: real files through every stage, offsets checked against the original text."""

from detente import api
from detente.models import Event
from detente.pipeline import doc_id_for
from detente.store import open_store


def _check_offsets(p):
    text = p.document.text
    for s in p.sentences:
        assert text[s.start : s.end] == s.text
    for m in p.mentions:
        assert text[m.start : m.end] == m.raw_text, m
    for e in p.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
        if e.trigger_start is not None:
            assert text[e.trigger_start : e.trigger_end] == e.trigger
            assert e.evidence.start <= e.trigger_start < e.trigger_end <= e.evidence.end


def _by_name(items):
    return {p.document.name: p for p in items}


def test_seeds_end_to_end(seeds_dir):
    done = _by_name(api.extract([seeds_dir / "000_ee65b16fb3b2a586.txt", seeds_dir / "002_a06e4be71bb4080b.txt"]))
    he, ar = done["000_ee65b16fb3b2a586.txt"], done["002_a06e4be71bb4080b.txt"]
    assert he.document.language == "he" and ar.document.language == "ar"
    assert [q.code for q in he.document.quality] == ["rtl_broken"]
    assert he.document.quality[0].reason
    assert ar.document.quality == []
    # The Arabic digest has 28 lines, several holding two sentences; the Hebrew paper is
    # about 16,700 characters of hard-wrapped text.
    assert 28 <= len(ar.sentences) <= 45
    assert 30 <= len(he.sentences) <= 160
    for p in (he, ar):
        _check_offsets(p)
        assert p.mentions, "actor mentions expected in both seeds"


def test_same_content_is_one_document(tmp_path):
    a = tmp_path / "in" / "a.txt"
    b = tmp_path / "in" / "sub" / "b.txt"
    b.parent.mkdir(parents=True)
    body = "Baku, 1 July 2025 — Azerbaijan cancelled Russian cultural events.\n"
    a.write_text(body, encoding="utf-8")
    b.write_text(body, encoding="utf-16")
    with open_store(tmp_path / "s.db") as st:
        rep = api.ingest([tmp_path / "in"], st)
        assert (rep.new, rep.present, rep.failed) == (1, 1, [])
        assert st.counts()["documents"] == 1
        doc = st.documents()[0]
        assert doc.doc_id == doc_id_for(body)


def test_dateline_and_date_option(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_text("Баку, 1 июля 2025 года — Власти Азербайджана отменили мероприятия.\n", encoding="utf-8")
    [p] = list(api.extract([f]))
    assert (p.document.date, p.document.date_source) == ("2025-07-01", "dateline")
    [p] = list(api.extract([f], date="2025-07-02"))
    assert (p.document.date, p.document.date_source) == ("2025-07-02", "option")


def test_events_follow_the_contract(seeds_dir):
    for p in api.extract([seeds_dir]):
        if not hasattr(p, "events"):
            continue
        for e in p.events:
            assert isinstance(e, Event)
            rec = e.to_contract()
            assert list(rec) == list(Event.CONTRACT_FIELDS)
            assert e.event_type in {
                "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
            }
            assert e.modality in {"asserted", "reported", "hypothetical", "future"}
            assert e.date is None or len(e.date) in (4, 7, 10)


def test_links_are_not_prose(tmp_path):
    f = tmp_path / "links.txt"
    body = "Analysis.\nhttps://example.org/2024/russia-attacked-azerbaijan-flights\n"
    f.write_text(body, encoding="utf-8")
    [p] = list(api.extract([f]))
    assert p.mentions == [] and p.events == []


def test_seed_dependency_is_stored(seeds_dir, tmp_path):
    """The Hebrew paper: about 80% of Kazakhstan's oil exports pass through Russia."""
    with open_store(tmp_path / "s.db") as st:
        api.ingest([seeds_dir / "000_ee65b16fb3b2a586.txt"], st)
        ties = st.ties(country="KAZ", other="RUS")
    oil = [t for t in ties if t.commodity == "oil" and t.value == 0.8]
    assert oil, ties
    t = oil[0]
    assert [e.country for e in t.source] == ["KAZ"] and [e.country for e in t.target] == ["RUS"]
    assert "80" in t.evidence.text and t.unit == "percent"
