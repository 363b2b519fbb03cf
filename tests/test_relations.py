"""Relations over time: pair series, change detection, network, brief, charts, CLI.

Events are built by hand and stored through the real SQLite store; every expected
number below is worked out from the index recursion in ``detente.relations.series``
(λ = 0.5 for the default half-life of one period).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

import networkx as nx
import pytest
import typer
from relations_helpers import FakeCluster, add_docs, ent, ev, processed
from typer.testing import CliRunner

import detente.fusion
from detente.cli_relations import register
from detente.models import Evidence, Tie
from detente.relations import (
    all_pairs,
    brief,
    detect_changes,
    export_network,
    network,
    pair_series,
    plot_pair,
    sparkline,
    units,
)
from detente.store import open_store
from detente.store.sqlite import event_id


@pytest.fixture
def no_fusion(monkeypatch):
    monkeypatch.setattr(detente.fusion, "load_clusters", lambda store: [], raising=False)


@pytest.fixture
def store(tmp_path, no_fusion):
    # Each event is its own unit unless a test hands in clusters: the expected numbers
    # must not depend on how fusion (built in parallel) groups these events.
    s = open_store(tmp_path / "x.db")
    yield s
    s.close()


def _row(df, period):
    rows = df[df["period"] == period]
    assert len(rows) == 1, f"no single row for {period}"
    return rows.iloc[0]


# -- series ----------------------------------------------------------------------------------
def _basic(store):
    add_docs(
        store,
        {
            "d1": [
                ev("AGREE", "RUS", "AZE", "2024-03-05", 4.0),
                ev("CONSULT", "AZE", "RUS", "2024-03", 1.0),
                ev("ASSAULT", "RUS", "AZE", "2024-05-10", -10.0),
                ev("AGREE", "RUS", "AZE", "2023", 4.0),
                ev("SANCTION", "RUS", "AZE", None, -7.0),
                ev("ACCUSE", "RUS", "TUR", "2024-04-01", -2.0),
            ]
        },
    )


def test_monthly_counts_by_type_and_quad(store):
    _basic(store)
    df = pair_series(store, "RUS", "AZE")
    assert list(df["period"]) == ["2024-03", "2024-04", "2024-05"]
    mar, apr, may = _row(df, "2024-03"), _row(df, "2024-04"), _row(df, "2024-05")
    assert (mar["events"], mar["AGREE"], mar["CONSULT"], mar["ASSAULT"]) == (2, 1, 1, 0)
    assert (mar["verbal_cooperation"], mar["material_conflict"]) == (2, 0)
    assert (mar["cooperation"], mar["conflict"]) == (2, 0)
    assert mar["intensity_sum"] == 5.0 and mar["intensity_mean"] == 2.5
    assert mar["index"] == 2.5
    assert apr["events"] == 0 and math.isnan(apr["intensity_mean"])
    assert apr["index"] == 2.5  # a quiet month leaves the index where it was
    assert (may["ASSAULT"], may["material_conflict"], may["conflict"]) == (1, 1, 1)
    # S = 0.25·5 − 10 = −8.75, N = 0.25·2 + 1 = 1.5
    assert may["index"] == pytest.approx(-8.75 / 1.5)
    # The year-only and the undated event are reported apart, never placed in a month.
    assert df.attrs["coarse"] == 1 and df.attrs["undated"] == 1
    assert df.attrs["baseline"] == pytest.approx(4.0)
    assert int(df["events"].sum()) == 3  # RUS→TUR is another pair


def test_weekly_and_yearly_periods(store):
    _basic(store)
    wk = pair_series(store, "rus", "aze", freq="W")
    assert wk["period"].iloc[0] == "2024-03-04" and wk["period"].iloc[-1] == "2024-05-06"
    assert len(wk) == 10 and int(wk["events"].sum()) == 2
    assert wk.attrs["coarse"] == 2  # the month-dated CONSULT and the year-dated AGREE
    yr = pair_series(store, "RUS", "AZE", freq="Y")
    assert list(yr["period"]) == ["2023", "2024"]
    assert list(yr["events"]) == [1, 3] and yr.attrs["coarse"] == 0


def test_since_until(store):
    _basic(store)
    df = pair_series(store, "RUS", "AZE", since="2024-04", until="2024-12")
    assert list(df["period"]) == ["2024-05"]
    df = pair_series(store, "RUS", "AZE", until="2024-03-31")
    assert list(df["period"]) == ["2024-03"] and int(df["events"].sum()) == 2


def test_directed_and_undirected(store):
    treaty = "Russia and Azerbaijan signed a treaty."
    add_docs(
        store,
        {
            "d1": [
                # A reciprocal coding: one sentence, coded both ways.
                ev("AGREE", "RUS", "AZE", "2024-02-01", 6.0, text=treaty),
                ev("AGREE", "AZE", "RUS", "2024-02-01", 6.0, text=treaty),
                ev("PROTEST", "AZE", "RUS", "2024-02-03", -6.5),
                ev("ASSAULT", "RUS", "AZE", "2024-02-05", -10.0),
            ]
        },
    )
    both = _row(pair_series(store, "RUS", "AZE"), "2024-02")
    assert (both["events"], both["AGREE"], both["PROTEST"], both["ASSAULT"]) == (3, 1, 1, 1)
    ra = _row(pair_series(store, "RUS", "AZE", directed=True), "2024-02")
    assert (ra["events"], ra["AGREE"], ra["ASSAULT"], ra["PROTEST"]) == (2, 1, 1, 0)
    assert ra["intensity_sum"] == -4.0
    ar = _row(pair_series(store, "AZE", "RUS", directed=True), "2024-02")
    assert (ar["events"], ar["AGREE"], ar["PROTEST"], ar["ASSAULT"]) == (2, 1, 1, 0)


def test_negated_and_hypothetical_kept_out_of_the_index(store):
    add_docs(
        store,
        {
            "d1": [
                ev("COOPERATE", "RUS", "AZE", "2024-02-01", 5.0),
                ev("ASSAULT", "RUS", "AZE", "2024-02-02", -10.0, negated=True),
                ev("THREATEN", "RUS", "AZE", "2024-02-03", -6.0, modality="future"),
                ev("SANCTION", "RUS", "AZE", "2024-02-04", -7.0, modality="reported"),
                ev("AID", "RUS", "AZE", "2024-02-05", 6.5, modality="hypothetical"),
            ]
        },
    )
    feb = _row(pair_series(store, "RUS", "AZE"), "2024-02")
    assert (feb["events"], feb["COOPERATE"], feb["SANCTION"]) == (2, 1, 1)
    assert (feb["ASSAULT"], feb["THREATEN"], feb["AID"]) == (0, 0, 0)
    assert feb["intensity_sum"] == -2.0 and feb["index"] == -1.0
    assert (feb["negated"], feb["hypothetical"]) == (1, 2)
    g = network(store)
    edge = g.edges["RUS", "AZE"]
    assert (edge["units"], edge["negated"], edge["hypothetical"]) == (2, 1, 2)


# -- units: fusion clusters or single events -------------------------------------------------
def _reported_thrice(store):
    text = {
        "en": "Russian air defences shot down the Azerbaijani airliner.",
        "ru": "Российская ПВО сбила азербайджанский самолёт.",
        "ar": "أسقطت الدفاعات الجوية الروسية طائرة ركاب أذربيجانية.",
    }
    for lang, t in text.items():
        event = ev("ASSAULT", "RUS", "AZE", "2024-12-25", -10.0, text=t, lang=lang)
        assert store.add(processed(f"d_{lang}", [event], lang=lang))
    assert store.add(processed("d4", [ev("AGREE", "RUS", "AZE", "2024-12-01", 4.0)]))
    return [e for e in store.events() if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("members_as", ["ids", "events"])
def test_cluster_counts_once(store, monkeypatch, members_as):
    assaults = _reported_thrice(store)
    members = [event_id(e) for e in assaults] if members_as == "ids" else assaults
    cluster = FakeCluster(
        "c1",
        "ASSAULT",
        "aerial",
        [ent("RUS")],
        [ent("AZE")],
        "2024-12-25",
        "day",
        -10.0,
        3,
        ["ar", "en", "ru"],
        members,
    )
    monkeypatch.setattr(detente.fusion, "load_clusters", lambda store: [cluster], raising=False)
    us = units(store)
    assert sorted(u.source for u in us) == ["cluster", "event"]  # the AGREE is unclaimed
    dec = _row(pair_series(store, "RUS", "AZE"), "2024-12")
    assert (dec["events"], dec["ASSAULT"], dec["AGREE"]) == (2, 1, 1)
    assert (dec["reports"], dec["docs"]) == (4, 4)
    assert dec["intensity_sum"] == -6.0


def test_without_clusters_each_event_is_a_unit(store, no_fusion):
    _reported_thrice(store)
    dec = _row(pair_series(store, "RUS", "AZE"), "2024-12")
    assert (dec["events"], dec["ASSAULT"], dec["reports"]) == (4, 3, 4)
    assert dec["intensity_sum"] == -26.0


def test_all_pairs(store):
    _basic(store)
    df = all_pairs(store)
    assert sorted(set(zip(df["a"], df["b"], strict=True))) == [("AZE", "RUS"), ("RUS", "TUR")]
    assert int(df[df["b"] == "TUR"]["ACCUSE"].sum()) == 1
    directed = all_pairs(store, directed=True)
    assert ("AZE", "RUS") in set(zip(directed["a"], directed["b"], strict=True))
    assert ("RUS", "AZE") in set(zip(directed["a"], directed["b"], strict=True))


# -- change detection ------------------------------------------------------------------------
def _turns(store):
    evs = [ev("AGREE", "RUS", "AZE", f"2024-0{m}-10", 4.0) for m in (1, 2, 3, 4)]
    evs += [
        ev("ASSAULT", "RUS", "AZE", "2024-06-03", -10.0),
        ev("COERCE", "AZE", "RUS", "2024-06-05", -8.0),
        ev("CONCEDE", "RUS", "AZE", "2024-06-07", 4.0),  # an apology in a bad month
    ]
    evs += [ev("AGREE", "RUS", "AZE", f"2024-09-{d}", 6.0) for d in ("02", "10", "20")]
    add_docs(store, {"d1": evs})


def test_changes_flag_deterioration_and_improvement_with_causes(store):
    _turns(store)
    df = pair_series(store, "RUS", "AZE")
    # Jan–May 4.0; Jun S = 1.875 − 14, N = 0.46875 + 3
    assert _row(df, "2024-05")["index"] == pytest.approx(4.0)
    assert _row(df, "2024-06")["index"] == pytest.approx(-12.125 / 3.46875)
    changes = detect_changes(df)
    assert [(c.period, c.direction) for c in changes] == [
        ("2024-06", "deterioration"),
        ("2024-09", "improvement"),
    ]
    jun, sep = changes
    assert jun.crossed and jun.before == pytest.approx(4.0)
    assert jun.magnitude == pytest.approx(4.0 + 12.125 / 3.46875)
    assert [u.event_type for u in jun.units] == ["ASSAULT", "COERCE"]  # worst first
    assert jun.units[0].events[0].evidence.text == "RUS ASSAULT 2024-06-03."
    assert jun.docs == ["d1.txt"]
    assert [u.event_type for u in sep.units] == ["AGREE"] * 3
    assert {u.date for u in sep.units} == {"2024-09-02", "2024-09-10", "2024-09-20"}
    json.dumps([c.to_dict() for c in changes], ensure_ascii=False)


def test_fresh_escalation_in_a_hostile_relation_is_flagged(store):
    evs = [ev("ASSAULT", "RUS", "AZE", "2024-12-25", -10.0)]
    evs += [ev("COERCE", "RUS", "AZE", f"2025-06-{d}", -8.0) for d in ("02", "09", "16")]
    add_docs(store, {"d1": evs})
    df = pair_series(store, "RUS", "AZE")
    # The level hardly moves (−10 → about −8) but conflict surges after a quiet spell:
    # 24 against a recent (−10 decayed six months) 10 · 0.5 · 2^−5.
    changes = detect_changes(df)
    assert [(c.period, c.direction) for c in changes] == [("2025-06", "deterioration")]
    assert changes[0].reason.startswith("conflict intensity 24.0 against a recent 0.2")
    assert changes[0].magnitude == pytest.approx(24 - 10 * 0.5**6)
    assert len(changes[0].units) == 3


def test_raids_in_a_month_of_appeals_are_not_hidden(store):
    evs = [ev("ASSAULT", "RUS", "AZE", "2024-12-25", -10.0)]
    evs += [ev("COERCE", "RUS", "AZE", f"2025-06-{d}", -7.0) for d in ("02", "09", "16")]
    evs += [ev("REQUEST", "RUS", "AZE", f"2025-06-{d}", 4.0, mode="appeal") for d in ("03", "20")]
    add_docs(store, {"d1": evs})
    df = pair_series(store, "RUS", "AZE")
    jun = _row(df, "2025-06")
    assert (jun["conflict_intensity"], jun["cooperation_intensity"]) == (21.0, 8.0)
    # The index rises (−10 → about −2.6: the month is mixed) yet conflict surged.
    assert jun["index"] == pytest.approx((-10 / 64 - 13) / (1 / 64 + 5))
    (change,) = detect_changes(df)
    assert (change.period, change.direction, change.crossed) == ("2025-06", "deterioration", False)
    assert "the index moved the other way" in change.reason
    assert [u.event_type for u in change.units] == ["COERCE"] * 3


def test_history_dated_by_year_is_the_reference_for_the_first_month(store):
    add_docs(
        store,
        {
            "d1": [
                ev("AGREE", "RUS", "AZE", "2020", 5.0, mode="ceasefire"),
                ev("ASSAULT", "RUS", "AZE", "2024-12", -10.0),
            ]
        },
    )
    df = pair_series(store, "RUS", "AZE")
    assert list(df["period"]) == ["2024-12"] and df.attrs["baseline"] == 5.0
    changes = detect_changes(df)
    assert [(c.period, c.direction, c.crossed) for c in changes] == [
        ("2024-12", "deterioration", True)
    ]


def test_steady_series_flags_nothing(store):
    add_docs(store, {"d1": [ev("AGREE", "RUS", "AZE", f"2024-0{m}-10", 4.0) for m in range(1, 8)]})
    assert detect_changes(pair_series(store, "RUS", "AZE")) == []
    assert detect_changes(pair_series(store, "RUS", "ISR")) == []


# -- network ---------------------------------------------------------------------------------
@pytest.mark.parametrize("ext", ["graphml", "gexf"])
def test_network_export_reads_back(store, tmp_path, ext):
    _turns(store)
    g = network(store)
    edge = g.edges["RUS", "AZE"]
    assert (edge["units"], edge["cooperation"], edge["conflict"]) == (10, 8, 2)
    assert edge["cooperation_intensity"] == 38.0 and edge["conflict_intensity"] == 18.0
    assert len(edge["event_ids"]) == 10
    path = export_network(g, tmp_path / f"net.{ext}")
    back = nx.read_graphml(path) if ext == "graphml" else nx.read_gexf(path)
    e = back.edges["RUS", "AZE"]
    assert int(e["units"]) == 10 and float(e["intensity_sum"]) == 20.0
    assert set(e["event_ids"].split(";")) == set(edge["event_ids"])
    assert back.nodes["RUS"]["label"] == "Russia"


def test_directed_network_and_period(store):
    _turns(store)
    g = network(store, since="2024-06", until="2024-06", directed=True)
    assert g.is_directed()
    assert g.edges["RUS", "AZE"]["units"] == 2  # ASSAULT and CONCEDE
    assert g.edges["AZE", "RUS"]["units"] == 1  # COERCE
    with pytest.raises(ValueError):
        export_network(g, "net.json")


# -- brief -----------------------------------------------------------------------------------
AR = "أسقطت الدفاعات الجوية الروسية طائرة ركاب أذربيجانية."
HE = "רוסיה ואזרבייג׳ן חתמו על הסכם."
EVIL = '<script>alert("x")</script> Russia threatened Azerbaijan.'


def _brief_store(store):
    store.add(
        processed(
            "d_ar", [ev("ASSAULT", "RUS", "AZE", "2024-12", -10.0, text=AR, lang="ar")], lang="ar"
        )
    )
    store.add(
        processed(
            "d_he", [ev("AGREE", "RUS", "AZE", "2024-02-01", 4.0, text=HE, lang="he")], lang="he"
        )
    )
    tie = Tie(
        "energy_dependence",
        [ent("AZE")],
        [ent("RUS")],
        True,
        Evidence("Azerbaijan buys 80% of its wheat from Russia.", 0, 0),
        "",
        "",
        "en",
        figure="80%",
        commodity="grain",
    )
    pd_en = processed("d_en", [ev("THREATEN", "RUS", "AZE", "2024-06-01", -6.0, text=EVIL)])
    pd_en.ties = [tie]
    tie.doc, tie.doc_id = "d_en.txt", "d_en"
    store.add(pd_en)


def test_brief_markdown_quotes_sources_in_their_language(store, no_fusion):
    _brief_store(store)
    md = brief(store, "rus", "aze")
    assert md.startswith("# Russia – Azerbaijan (RUS–AZE)")
    assert AR in md and "*d_ar.txt* (Arabic)" in md
    assert HE in md and "(Hebrew)" in md
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "energy dependence: Azerbaijan → Russia" in md and "80%" in md
    assert "| 2024-12 |" in md


def test_brief_html_escapes_and_marks_language(store, no_fusion):
    _brief_store(store)
    page = brief(store, "RUS", "AZE", fmt="html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)" in page
    assert f'<blockquote lang="ar" dir="auto">{AR}</blockquote>' in page
    assert f'<blockquote lang="he" dir="auto">{HE}</blockquote>' in page
    assert "Dependencies and ties" in page
    only_late = brief(store, "RUS", "AZE", since="2024-06", fmt="html")
    assert HE not in only_late and AR in only_late


@dataclass
class FakeContradiction:
    summary: str
    countries: tuple[str, str]


def test_brief_shows_contradictions_when_fusion_offers_them(store, no_fusion, monkeypatch):
    _brief_store(store)
    found = [
        FakeContradiction("Sources disagree on who fired: <b>RUS</b> or unknown", ("RUS", "AZE")),
        FakeContradiction("Unrelated dispute", ("ISR", "TUR")),
    ]
    monkeypatch.setattr(detente.fusion, "contradictions", lambda s: found, raising=False)
    md = brief(store, "RUS", "AZE")
    assert "## Contradictions between sources" in md
    assert "&lt;b&gt;RUS&lt;/b&gt;" in md and "Unrelated dispute" not in md

    def broken(s):
        raise RuntimeError("not ready")

    monkeypatch.setattr(detente.fusion, "contradictions", broken, raising=False)
    assert "Could not check contradictions: RuntimeError: not ready" in brief(store, "RUS", "AZE")


def test_brief_without_contradictions_skips_the_section(store, no_fusion, monkeypatch):
    monkeypatch.delattr(detente.fusion, "contradictions", raising=False)
    _brief_store(store)
    assert "Contradictions" not in brief(store, "RUS", "AZE")


def test_brief_for_an_empty_pair(store, no_fusion):
    md = brief(store, "RUS", "ISR")
    assert "No event between Russia and Israel" in md
    assert "No standing tie" in md


# -- plot and sparkline ----------------------------------------------------------------------
def test_plot_writes_png(store, tmp_path):
    _turns(store)
    df = pair_series(store, "RUS", "AZE")
    path = plot_pair(df, tmp_path / "out" / "ra.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    empty = plot_pair(pair_series(store, "RUS", "ISR"), tmp_path / "empty.png")
    assert empty.read_bytes()[:4] == b"\x89PNG"


def test_sparkline():
    assert sparkline(range(8)) == "▁▂▃▄▅▆▇█"
    # Mixed signs: zero sits mid-height, so −1 and +1 are the two extremes.
    assert sparkline([-1, 0, 1]) == "▁▅█"
    assert sparkline([-10, None, float("nan"), 10], -10, 10) == "▁  █"
    assert sparkline([3, 3, 3]) == "▄▄▄"
    assert sparkline([]) == ""
    assert sparkline([20, -20], -10, 10) == "█▁"  # clipped to the given scale


# -- command line ----------------------------------------------------------------------------
@pytest.fixture
def cli(tmp_path, no_fusion):
    app = typer.Typer()
    register(app)
    db = tmp_path / "cli.db"
    with open_store(db) as s:
        _turns(s)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [*args, "--db", str(db)])


def test_cli_relations_table_lists_changes(cli, no_fusion):
    r = cli("relations", "rus", "aze")
    assert r.exit_code == 0, r.output
    assert "2024-06" in r.output and "deterioration" in r.output and "improvement" in r.output
    assert "2024-06-03 ASSAULT RUS→AZE (-10.0)" in r.output
    assert "RUS ASSAULT 2024-06-03." in r.output  # the causing evidence
    assert "index 2024-01" in r.output


def test_cli_relations_json_csv_and_plot(cli, tmp_path, no_fusion):
    r = cli("relations", "RUS", "AZE", "--format", "json", "--directed", "--freq", "M")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["directed"] and doc["series"][0]["period"] == "2024-01"
    assert doc["series"][0]["AGREE"] == 1
    assert [c["period"] for c in doc["changes"]] == ["2024-06", "2024-09"]
    r = cli("relations", "RUS", "AZE", "-f", "csv", "--plot", str(tmp_path / "p.png"))
    assert r.exit_code == 0
    assert r.stdout.splitlines()[0].startswith("period,start,end,events")
    assert (tmp_path / "p.png").exists()
    assert cli("relations", "Russia", "AZE").exit_code == 2


def test_cli_network_and_brief(cli, tmp_path, no_fusion):
    out = tmp_path / "n.gexf"
    r = cli("network", "--out", str(out))
    assert r.exit_code == 0, r.output
    assert nx.read_gexf(out).number_of_edges() == 1
    assert cli("network", "--out", str(tmp_path / "n.txt")).exit_code == 2
    html_out = tmp_path / "b.html"
    r = cli("brief", "rus", "aze", "--since", "2024-06", "--out", str(html_out))
    assert r.exit_code == 0, r.output
    assert html_out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    r = cli("brief", "RUS", "AZE")
    assert r.exit_code == 0 and r.stdout.startswith("# Russia – Azerbaijan")


def test_brief_counts_reports_and_documents_in_words():
    from detente.models import Entity
    from detente.relations.briefing import _unit_head
    from detente.relations.unit import Unit

    def unit(docs):
        return Unit(
            "u1", "ASSAULT", "aerial", [Entity("Russia", country="RUS")],
            [Entity("Azerbaijan", country="AZE")], "2024-12", "month", -10.0, False,
            "asserted", event_ids=["e1", "e2"], corroboration=docs,
        )

    assert _unit_head(unit(1)).endswith(", 2 reports in 1 document")
    assert _unit_head(unit(2)).endswith(", 2 reports in 2 documents")
