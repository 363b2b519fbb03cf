"""Fusion: hand-built events reporting one real-world event join; others stay apart."""

from __future__ import annotations

import numpy as np
import pytest

from detente.fusion import (
    Cluster,
    cluster_events,
    get_cluster,
    load_clusters,
    update_clusters,
)
from detente.models import Document, Entity, Event, Evidence, ProcessedDocument, Sentence
from detente.store import open_store

RUS = Entity("Russian air defences", "Russia", "RUS", "MIL")
AZE = Entity("Azerbaijani airliner", "Azerbaijan", "AZE", "BUS")
ISR = Entity("Israel", "Israel", "ISR")
IRN = Entity("Iran", "Iran", "IRN")
IND = Entity("India", "India", "IND")
PAK = Entity("Pakistan", "Pakistan", "PAK")

SHOOTDOWN = {
    "en": "Russian air defences shot down an Azerbaijani airliner over Grozny on Wednesday.",
    "he": "מערכות ההגנה האווירית של רוסיה הפילו מטוס נוסעים אזרי מעל גרוזני ביום רביעי.",
    "ar": "أسقطت الدفاعات الجوية الروسية طائرة ركاب أذربيجانية فوق غروزني يوم الأربعاء.",
}


def ev(
    text: str,
    doc_id: str,
    *,
    etype: str = "ASSAULT",
    actor=(RUS,),
    recipient=(AZE,),
    date: str | None = "2024-12-25",
    prec: str | None = "day",
    lang: str = "en",
    start: int = 0,
    negated: bool = False,
    mode: str | None = "aerial",
) -> Event:
    return Event(
        event_type=etype,
        mode=mode,
        context=[],
        actor=list(actor),
        recipient=list(recipient),
        date=date,
        date_precision=prec,
        negated=negated,
        modality="asserted",
        intensity=-10.0,
        evidence=Evidence(text, start, start + len(text)),
        confidence=0.7,
        doc=f"{doc_id}.txt",
        doc_id=doc_id,
        language=lang,
    )


def fake_embedder(texts: list[str]) -> np.ndarray:
    """Texts naming the same topic word get the same vector; others are orthogonal."""
    topics = ["grozny", "кременчуг", "tehran"]
    out = np.zeros((len(texts), 8), dtype=np.float32)
    for i, t in enumerate(texts):
        k = next((j for j, w in enumerate(topics) if w in t.lower()), len(topics))
        out[i, k] = 1.0
    return out


def _ids(clusters: list[Cluster]) -> list[set[str]]:
    return sorted(({m.doc_id for m in c.members} for c in clusters), key=sorted)


# -- batch clustering -------------------------------------------------------------------------
def test_same_event_in_three_languages_joins_with_real_embeddings():
    events = [
        ev(SHOOTDOWN["en"], "en1", lang="en"),
        ev(SHOOTDOWN["he"], "he1", lang="he", date="2024-12-26"),
        ev(SHOOTDOWN["ar"], "ar1", lang="ar", date="2024-12", prec="month"),
    ]
    clusters = cluster_events(events)
    assert len(clusters) == 1
    c = clusters[0]
    assert c.event_type == "ASSAULT"
    assert c.corroboration == 3
    assert c.languages == ["ar", "en", "he"]
    # The most precise date agreed by most documents: two day dates tie, the earlier wins.
    assert (c.date, c.date_precision) == ("2024-12-25", "day")
    assert [e.country for e in c.actor] == ["RUS"] and [e.country for e in c.recipient] == ["AZE"]
    assert {m.language for m in c.members} == {"en", "he", "ar"}
    assert all(m.evidence.text in SHOOTDOWN.values() for m in c.members)


@pytest.mark.parametrize(
    "other",
    [
        {"etype": "COERCE"},  # different type
        {"date": "2024-12-29"},  # four days later
        {"date": "2024-11", "prec": "month"},  # another month
        {"actor": (ISR,)},  # different actor country
        {"recipient": (IRN,)},  # different recipient country
        {"negated": True},  # "did not shoot down"
    ],
)
def test_incompatible_reports_stay_apart(other):
    events = [ev(SHOOTDOWN["en"], "a"), ev(SHOOTDOWN["ar"], "b", lang="ar", **other)]
    assert len(cluster_events(events, embed=False)) == 2


def test_day_dates_within_two_days_and_coarser_dates_agree():
    events = [
        ev("x", "a", date="2024-12-25"),
        ev("x", "b", date="2024-12-27"),
        ev("x", "c", date="2024", prec="year"),
        ev("x", "d", date="2024-12", prec="month"),
    ]
    assert len(cluster_events(events, embed=False)) == 1
    # A chain of one-day shifts must not stretch a cluster beyond two days.
    chain = [ev("x", f"d{i}", date=f"2024-12-{20 + i}") for i in range(5)]
    assert _ids(cluster_events(chain, embed=False)) == [{"d0", "d1", "d2"}, {"d3", "d4"}]


def test_unknown_recipient_joins_but_specific_reports_do_not_join_vague_cluster():
    vague = ev("Russia shot down a plane over Grozny.", "v", recipient=())
    specific = ev(SHOOTDOWN["en"], "s")
    clusters = cluster_events([vague, specific], embed=False)
    assert len(clusters) == 1 and clusters[0].recipient[0].country == "AZE"
    # Two different targets: the vague report joins one, the two specific ones stay apart.
    other = ev("Russia struck Iran over Grozny.", "o", recipient=(IRN,))
    clusters = cluster_events([vague, specific, other], embed=False)
    assert len(clusters) == 2


def test_reports_without_actor_or_recipient_do_not_join_across_documents():
    # Two protests in one month, in different countries, neither with a coded side: nothing
    # ties them together, so they stay apart even with real embeddings; a second report of
    # the same protest inside one document still joins its first report.
    a = ev("Thousands protested in Novi Sad after the station canopy collapsed.", "dA",
           etype="PROTEST", actor=(), recipient=(), date="2024-11", prec="month", mode=None)
    b = ev("Thousands protested in Tbilisi against the freeze of EU accession talks.", "dB",
           etype="PROTEST", actor=(), recipient=(), date="2024-11-28", prec="day", mode=None)
    a2 = ev("The Novi Sad protest grew on its second night.", "dA", start=200,
            etype="PROTEST", actor=(), recipient=(), date="2024-11", prec="month", mode=None)
    for embed in (False, True):
        assert _ids(cluster_events([a, b, a2], embed=embed)) == [{"dA"}, {"dB"}]


def test_symmetric_types_ignore_direction():
    a = ev(
        "India and Pakistan agreed to a ceasefire",
        "a",
        etype="AGREE",
        actor=(IND,),
        recipient=(PAK,),
    )
    b = ev(
        "India and Pakistan agreed to a ceasefire",
        "b",
        etype="AGREE",
        actor=(PAK,),
        recipient=(IND,),
    )
    [c] = cluster_events([a, b], embed=False)
    assert [e.country for e in c.actor] == ["IND"] and [e.country for e in c.recipient] == ["PAK"]
    # Direction still matters for attacks.
    x = ev("x", "x", actor=(ISR,), recipient=(IRN,))
    y = ev("y", "y", actor=(IRN,), recipient=(ISR,))
    assert len(cluster_events([x, y], embed=False)) == 2


def test_embeddings_separate_same_key_events_about_different_things():
    events = [
        ev("Strike near Grozny", "a"),
        ev("Strike near Grozny airport", "b"),
        ev("Strike in Tehran", "c"),
    ]
    clusters = cluster_events(events, embedder=fake_embedder)
    assert _ids(clusters) == [{"a", "b"}, {"c"}]
    assert len(cluster_events(events, embed=False)) == 1


def test_undated_reports_join_only_their_own_document_without_embeddings():
    dated = ev("x", "a")
    same_doc = ev("x again", "a", date=None, prec=None, start=50)
    other_doc = ev("x", "b", date=None, prec=None)
    assert _ids(cluster_events([dated, same_doc, other_doc], embed=False)) == [{"a"}, {"b"}]


def test_corroboration_counts_documents_and_source_domains_once():
    events = [ev("x", "a"), ev("x", "a", start=40, recipient=()), ev("x", "b"), ev("x", "c")]
    sources = {"a": "https://www.news.example/1", "b": "https://news.example/2", "c": "/tmp/c.txt"}
    [c] = cluster_events(events, embed=False, sources=sources)
    assert len(c.members) == 4
    assert c.corroboration == 2  # news.example once, c.txt once


def test_deterministic_and_order_independent():
    events = [
        ev(SHOOTDOWN["en"], "a"),
        ev(SHOOTDOWN["en"], "b", date="2024-12-26"),
        ev("y", "c", actor=(ISR,), recipient=(IRN,), date="2025-06-13"),
        ev("z", "d", recipient=(), date="2024-12", prec="month"),
    ]
    first = cluster_events(events, embed=False)
    again = cluster_events(list(reversed(events)), embed=False)
    assert [c.to_dict() for c in first] == [c.to_dict() for c in again]
    ids = {c.cluster_id for c in first}
    assert len(ids) == len(first)


# -- the store: incremental updates ---------------------------------------------------------
def _doc(doc_id: str, events: list[Event], lang: str = "en") -> ProcessedDocument:
    text = "\n".join(e.evidence.text for e in events)
    fixed, pos = [], 0
    for e in events:
        e.evidence = Evidence(e.evidence.text, pos, pos + len(e.evidence.text))
        e.doc_id, e.doc, e.sentence_index = doc_id, f"{doc_id}.txt", len(fixed)
        fixed.append(e)
        pos += len(e.evidence.text) + 1
    sents = [
        Sentence(doc_id, i, e.evidence.start, e.evidence.end, e.evidence.text, lang)
        for i, e in enumerate(fixed)
    ]
    document = Document(doc_id, f"{doc_id}.txt", f"/x/{doc_id}.txt", text, lang)
    return ProcessedDocument(document, sents, [], fixed)


def test_incremental_update_adds_report_and_leaves_others_alone(tmp_path):
    with open_store(tmp_path / "f.db") as store:
        store.add(_doc("d1", [ev(SHOOTDOWN["en"], "d1")]))
        store.add(
            _doc(
                "d2",
                [
                    ev(
                        "Israel struck Iran.",
                        "d2",
                        actor=(ISR,),
                        recipient=(IRN,),
                        date="2025-06-13",
                    )
                ],
            )
        )
        rep = update_clusters(store, embed=False)
        assert (rep.new_events, rep.new_clusters, rep.updated_clusters) == (2, 2, 0)
        before = {c.cluster_id: c for c in load_clusters(store)}

        again = update_clusters(store, embed=False)
        assert (again.new_events, again.new_clusters, again.updated_clusters) == (0, 0, 0)
        assert {c.cluster_id: c for c in load_clusters(store)} == before

        store.add(_doc("d3", [ev(SHOOTDOWN["ar"], "d3", lang="ar", date="2024-12-26")], "ar"))
        rep = update_clusters(store, embed=False)
        assert (rep.new_events, rep.new_clusters, rep.updated_clusters) == (1, 0, 1)
        after = {c.cluster_id: c for c in load_clusters(store)}
        assert set(after) == set(before)
        grown = next(
            c for c in after.values() if c.event_type == "ASSAULT" and c.actor[0].country == "RUS"
        )
        assert grown.corroboration == 2 and grown.languages == ["ar", "en"]
        untouched = next(c for c in after.values() if c.actor[0].country == "ISR")
        assert untouched == before[untouched.cluster_id]

        assert load_clusters(store, actor="RUS")[0].cluster_id == grown.cluster_id
        assert load_clusters(store, recipient="Iran")[0].cluster_id == untouched.cluster_id
        assert load_clusters(store, since="2025-01-01") == [untouched]
        assert load_clusters(store, until="2024-12") == [grown]
        assert get_cluster(store, grown.cluster_id[:8]) == grown


def test_embeddings_are_cached_per_event(tmp_path):
    calls: list[int] = []

    def counting(texts):
        calls.append(len(texts))
        return fake_embedder(texts)

    with open_store(tmp_path / "f.db") as store:
        store.add(_doc("d1", [ev(SHOOTDOWN["en"], "d1")]))
        update_clusters(store, embedder=counting, claims=False)
        store.add(_doc("d2", [ev(SHOOTDOWN["en"], "d2")]))
        update_clusters(store, embedder=counting, claims=False)
        assert calls == [1, 1]  # the first document's sentence is not embedded again
        assert len(load_clusters(store)) == 1


def test_seeds_end_to_end(tmp_path, seeds_dir):
    from detente import api

    with open_store(tmp_path / "s.db") as store:
        report = api.ingest([seeds_dir], store)  # ingest clusters what it stored
        assert report.clusters.new_events == store.counts()["events"]
        again = update_clusters(store, embed=False)
        assert again.new_events == 0 and again.new_clusters == 0
        clusters = load_clusters(store)
        members = [m.event_id for c in clusters for m in c.members]
        assert len(members) == len(set(members)) == store.counts()["events"]
        for c in clusters:
            assert c.corroboration <= len(c.members)
            assert c.languages == sorted({m.language for m in c.members if m.language})


def test_a_date_a_report_states_outranks_a_carried_one():
    from dataclasses import replace

    stated = replace(ev(SHOOTDOWN["ar"], "ar1", date="2024-12", prec="month", lang="ar"),
                     why="date: 'ديسمبر 2024' in the sentence")
    carried = [
        replace(ev(SHOOTDOWN["he"], f"he{i}", date="2024-12-31", lang="he"),
                why="date: carried from an earlier sentence (undated document)")
        for i in range(2)
    ]
    (cluster,) = cluster_events([stated, *carried], embed=False)
    # more documents carry 2024-12-31, but only the Arabic report's own sentence dates it
    assert (cluster.date, cluster.date_precision) == ("2024-12", "month")
