"""The two seed documents, ingested together as a user would: the events, clusters and
series issues 4 and 5 name as targets. Every expected value below comes from reading
the seeds (../shared/seeds/README.md tells what they report)."""

from __future__ import annotations

import pytest

from detente import api
from detente.fusion import load_clusters
from detente.relations import detect_changes, pair_series
from detente.store import open_store

HE, AR = "000_ee65b16fb3b2a586.txt", "002_a06e4be71bb4080b.txt"


@pytest.fixture(scope="module")
def store(seeds_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "s.db"
    with open_store(db) as st:
        report = api.ingest([seeds_dir / HE, seeds_dir / AR], st)
        assert report.failed == []
        yield st


def _countries(entities):
    return {e.country for e in entities if e.country}


def _clusters(store, event_type, actor, recipient):
    return [
        c
        for c in load_clusters(store)
        if c.event_type == event_type
        and actor in _countries(c.actor)
        and recipient in _countries(c.recipient)
    ]


def _docs(store, cluster):
    names = {d.doc_id: d.name for d in store.documents()}
    return {names[i] for i in cluster.doc_ids}


def _members(cluster, lang):
    return [m for m in cluster.members if m.language == lang]


def test_the_shoot_down_is_one_cluster_reported_by_both(store):
    found = [c for c in _clusters(store, "ASSAULT", "RUS", "AZE") if _docs(store, c) == {HE, AR}]
    assert len(found) == 1
    # The Arabic digest dates it under its heading "(ديسمبر 2024)".
    assert (found[0].date or "").startswith("2024-12")


def test_azerbaijans_demands_are_one_cluster_reported_by_both(store):
    # Hebrew: Aliyev "set Russia three public demands", a sentence the broken extraction
    # spreads over two lines, found by reading the lines' chunks in order. Arabic:
    # "طالبت أذربيجان روسيا بالاعتذار الرسمي".
    found = [c for c in _clusters(store, "REQUEST", "AZE", "RUS") if _docs(store, c) == {HE, AR}]
    assert len(found) == 1
    assert any("דרישות" in m.evidence.text for m in _members(found[0], "he"))


def test_putins_apology_and_the_june_2025_arrests_and_cancellations(store):
    events = api.events(store)
    by = {
        (e.event_type, e.mode, frozenset(_countries(e.actor)), frozenset(_countries(e.recipient)))
        for e in events
    }
    assert ("SUPPORT", "apologize", frozenset({"RUS"}), frozenset({"AZE"})) in by
    june = [e for e in events if (e.date or "").startswith("2025-06")]
    kinds = {
        (e.event_type, frozenset(_countries(e.actor)), frozenset(_countries(e.recipient)))
        for e in june
    }
    assert ("COERCE", frozenset({"RUS"}), frozenset({"AZE"})) in kinds  # the Yekaterinburg raids
    assert ("COERCE", frozenset({"AZE"}), frozenset({"RUS"})) in kinds  # the Sputnik arrests
    assert ("SANCTION", frozenset({"AZE"}), frozenset({"RUS"})) in kinds  # cultural events cancelled


def test_russia_azerbaijan_turns_to_conflict_in_december_2024_and_again_in_june_2025(store):
    series = pair_series(store, "RUS", "AZE")
    # Before December 2024 the pair's (coarsely dated) history is cooperative.
    assert series.attrs["baseline"] > 0
    changes = {c.period: c for c in detect_changes(series)}
    assert changes["2024-12"].direction == "deterioration" and changes["2024-12"].crossed
    assert changes["2025-06"].direction == "deterioration"
