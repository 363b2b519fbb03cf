"""`detente clusters ...`: events fused across documents and languages (thin layer).

Mount with ``app.add_typer(clusters_app, name="clusters")``; ``contradictions_cmd`` can also
be mounted as a top-level command (``app.command("contradictions")(contradictions_cmd)``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente.fusion import Cluster, get_cluster, load_clusters, update_clusters
from detente.fusion.claims import Claim, contradictions, stored_claims
from detente.store import open_store

clusters_app = typer.Typer(
    help="Events fused across documents and languages.", no_args_is_help=True
)
_out = Console(width=None if sys.stdout.isatty() else 200)
_err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)


class Fmt(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


DbOpt = Annotated[
    str, typer.Option("--db", envvar="DETENTE_DB", help="SQLite file (or sqlite:/// URL).")
]
FmtOpt = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]


def _ents(ents) -> str:
    return "; ".join(
        f"{e.entity_name or e.raw_text} [{'/'.join(x for x in (e.country, e.sector) if x) or '?'}]"
        for e in ents
    )


def _print(rows: list[dict], fmt: Fmt, title: str | None = None, wide=()) -> None:
    if fmt is Fmt.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt is Fmt.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Fmt.csv:
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]))
            w.writeheader()
            for r in rows:
                w.writerow(
                    {
                        k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                        for k, v in r.items()
                    }
                )
        sys.stdout.write(buf.getvalue())
    else:
        if not rows:
            _out.print("[dim](nothing found)[/dim]")
            return
        t = Table(title=title, header_style="bold")
        for k in rows[0]:
            t.add_column(k, overflow="fold", max_width=70 if k in wide else 30)
        for r in rows:
            t.add_row(*["" if v is None else str(v) for v in r.values()])
        _out.print(t)


def _row(c: Cluster) -> dict:
    return {
        "cluster": c.cluster_id,
        "date": c.date or "",
        "type": c.event_type + (" (negated)" if c.negated else ""),
        "actor → recipient": f"{_ents(c.actor) or '?'} → {_ents(c.recipient) or '?'}",
        "reports": c.reports,
        "docs": c.corroboration,
        "languages": ",".join(c.languages),
    }


@clusters_app.command("list")
def list_cmd(
    db: DbOpt = "detente.db",
    actor: Annotated[str | None, typer.Option(help="Actor country code or name.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country code or name.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date (YYYY[-MM[-DD]]).")] = None,
    min_reports: Annotated[
        int | None, typer.Option("--min-reports", help="Only clusters with this many reports.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many clusters.")] = None,
    fmt: FmtOpt = Fmt.table,
):
    """List event clusters."""
    with open_store(db) as store:
        found = load_clusters(
            store,
            actor=actor,
            recipient=recipient,
            event_type=event_type,
            since=since,
            until=until,
            min_reports=min_reports,
            limit=limit,
        )
    if fmt is Fmt.table:
        rows = [_row(c) for c in found]
    else:
        rows = []
        for c in found:
            d = c.to_dict()
            if fmt is Fmt.csv:
                d = {
                    **_row(c),
                    "event_type": c.event_type,
                    "mode": c.mode,
                    "intensity": c.intensity,
                    "members": [m.event_id for m in c.members],
                }
            rows.append(d)
    _print(rows, fmt, title=f"{len(found)} clusters", wide=("actor → recipient",))


def _claim_row(c: Claim) -> dict:
    return {
        "fact": c.fact,
        "value": c.value,
        "source": c.source or "(the document)",
        "doc": c.doc,
        "lang": c.language or "",
        "evidence": " ".join(c.evidence.text.split()),
    }


@clusters_app.command("show")
def show_cmd(
    cluster_id: Annotated[str, typer.Argument(help="Cluster ID or unique prefix.")],
    db: DbOpt = "detente.db",
    fmt: FmtOpt = Fmt.table,
):
    """One cluster: its canonical event, every report in its own language, and claims."""
    with open_store(db) as store:
        c = get_cluster(store, cluster_id)
        if c is None:
            _err.print(f"[red]no single cluster matches[/red] {cluster_id}")
            raise typer.Exit(1)
        claims = stored_claims(store, cluster_id=c.cluster_id)
        disputes = [k for k in contradictions(store, refresh=False) if k.cluster_id == c.cluster_id]
    if fmt is not Fmt.table:
        d = c.to_dict()
        d["claims"] = [x.to_dict() for x in claims]
        d["contradictions"] = [k.to_dict() for k in disputes]
        _print([d], Fmt.jsonl if fmt is Fmt.jsonl else Fmt.json)
        return
    head = Table(show_header=False, title=f"cluster {c.cluster_id}")
    for k, v in (
        ("type", c.event_type + (" (negated)" if c.negated else "")),
        ("mode", c.mode or ""),
        ("actor", _ents(c.actor)),
        ("recipient", _ents(c.recipient)),
        ("date", f"{c.date or '?'} ({c.date_precision or 'unknown'})"),
        ("intensity", "" if c.intensity is None else f"{c.intensity:g}"),
        ("reports", f"{c.reports} in {c.corroboration} independent sources"),
        ("languages", ", ".join(c.languages)),
    ):
        head.add_row(k, v)
    _out.print(head)
    _print(
        [
            {
                "doc": m.doc,
                "lang": m.language or "",
                "date": m.date or "",
                "actor → recipient": f"{_ents(m.actor) or '?'} → {_ents(m.recipient) or '?'}",
                "score": "" if m.score is None else f"{m.score:.3f}",
                "evidence": " ".join(m.evidence.text.split()),
            }
            for m in c.members
        ],
        Fmt.table,
        title="reports",
        wide=("evidence",),
    )
    if claims:
        _print([_claim_row(x) for x in claims], Fmt.table, title="claims", wide=("evidence",))
    for k in disputes:
        _out.print(
            f"[bold red]contradiction[/bold red] {k.fact}: "
            + " vs ".join(f"{v} ({len(cs)})" for v, cs in sorted(k.values.items()))
        )


@clusters_app.command("update")
def update_cmd(
    db: DbOpt = "detente.db",
    no_embed: Annotated[
        bool, typer.Option("--no-embed", help="Use only types, actors and dates (fast).")
    ] = False,
):
    """Cluster events not yet in a cluster and read new documents for claims."""
    with open_store(db) as store:
        rep = update_clusters(store, embed=not no_embed)
    _out.print(rep.summary())


def contradictions_cmd(
    db: DbOpt = "detente.db",
    fact: Annotated[
        str | None, typer.Option(help="cause, casualties, responsibility, date.")
    ] = None,
    fmt: FmtOpt = Fmt.table,
):
    """Facts that reports disagree about, with each side's sentences."""
    with open_store(db) as store:
        found = contradictions(store)
    if fact:
        found = [k for k in found if k.fact == fact]
    if fmt is not Fmt.table:
        _print([k.to_dict() for k in found], fmt)
        return
    rows = []
    for k in found:
        where = f"cluster {k.cluster_id}" if k.cluster_id else f"doc {k.doc_id}"
        for value, cs in sorted(k.values.items()):
            for x in cs:
                rows.append(
                    {
                        "fact": k.fact,
                        "where": where,
                        "value": value,
                        "source": x.source or "(the document)",
                        "doc": x.doc,
                        "lang": x.language or "",
                        "evidence": " ".join(x.evidence.text.split()),
                    }
                )
    _print(rows, Fmt.table, title=f"{len(found)} contradictions", wide=("evidence",))


clusters_app.command("contradictions")(contradictions_cmd)
