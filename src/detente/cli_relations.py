"""Commands on relations over time: ``relations``, ``network`` and ``brief``.

A thin layer over ``detente.relations``; ``register(app)`` adds the commands to the main
Typer app.
"""

from __future__ import annotations

import json
import math
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente import api
from detente.store import open_store

out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)

DbOpt = Annotated[
    str, typer.Option("--db", envvar="DETENTE_DB", help="SQLite file (or sqlite:/// URL).")
]
SinceOpt = Annotated[str | None, typer.Option(help="Earliest event date (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[str | None, typer.Option(help="Latest event date (YYYY[-MM[-DD]]).")]


class Freq(StrEnum):
    M = "M"
    W = "W"
    Y = "Y"


class SeriesFmt(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class BriefFmt(StrEnum):
    md = "md"
    html = "html"


def _code(value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        err.print(f"[red]error[/red] {value!r} is not a three-letter country code (e.g. RUS)")
        raise typer.Exit(2)
    return code


def _num(x) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    return f"{x:+.2f}"


def _clip(text: str, limit: int = 160) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _json_value(v):
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):  # numpy scalars from pandas
        return _json_value(v.item())
    return v


def relations(
    a: Annotated[str, typer.Argument(help="First country (ISO3, e.g. RUS).")],
    b: Annotated[str, typer.Argument(help="Second country (ISO3, e.g. AZE).")],
    db: DbOpt = api.DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    freq: Annotated[Freq, typer.Option(help="Period: M month, W week, Y year.")] = Freq.M,
    directed: Annotated[
        bool, typer.Option("--directed", help="Only events from A to B (default: both ways).")
    ] = False,
    fmt: Annotated[SeriesFmt, typer.Option("--format", "-f", help="Output format.")] = (
        SeriesFmt.table
    ),
    plot: Annotated[Path | None, typer.Option(help="Also draw the series to this PNG.")] = None,
):
    """Cooperation and conflict between two countries, period by period, with sharp changes."""
    from detente.relations import detect_changes, pair_series, plot_pair

    a, b = _code(a), _code(b)
    with open_store(db) as store:
        df = pair_series(store, a, b, freq=freq.value, directed=directed, since=since, until=until)
    changes = detect_changes(df)
    if plot:
        plot_pair(df, plot, changes=changes)
        err.print(f"chart written to {plot}")
    if fmt is SeriesFmt.csv:
        sys.stdout.write(df.to_csv(index=False))
        return
    if fmt is SeriesFmt.json:
        doc = {
            "a": a,
            "b": b,
            "directed": directed,
            "freq": freq.value,
            "since": since,
            "until": until,
            "baseline": df.attrs.get("baseline"),
            "coarse": df.attrs.get("coarse", 0),
            "undated": df.attrs.get("undated", 0),
            "series": [
                {k: _json_value(v) for k, v in row.items()} for row in df.to_dict("records")
            ],
            "changes": [c.to_dict() for c in changes],
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    _print_series(df, changes, a, b, directed)


def _print_series(df, changes, a: str, b: str, directed: bool) -> None:
    from detente.relations import sparkline

    arrow = "→" if directed else "–"
    if df.empty:
        out.print(f"[dim]no precisely dated events between {a} and {b}[/dim]")
    else:
        flagged = {c.period: c for c in changes}
        t = Table(title=f"{a} {arrow} {b}", header_style="bold")
        for col in ("period", "events", "coop", "conflict", "mean", "index", "excluded", "change"):
            t.add_column(col, justify="left" if col in ("period", "change") else "right")
        quiet = 0
        for _, r in df.iterrows():
            excluded = int(r["negated"]) + int(r["hypothetical"])
            if not r["events"] and not excluded:
                quiet += 1
                continue
            ch = flagged.get(r["period"])
            t.add_row(
                r["period"],
                str(int(r["events"])),
                str(int(r["cooperation"])),
                str(int(r["conflict"])),
                _num(r["intensity_mean"]),
                _num(r["index"]),
                str(excluded) if excluded else "",
                ("▼ " if ch.direction == "deterioration" else "▲ ") + ch.direction if ch else "",
            )
        out.print(t)
        if quiet:
            out.print(f"[dim]{quiet} periods without events not shown[/dim]")
        out.print(
            f"index {df['period'].iloc[0]} {sparkline(list(df['index']), -10, 10)} "
            f"{df['period'].iloc[-1]}  (−10 conflict … +10 cooperation)"
        )
    notes = []
    if df.attrs.get("baseline") is not None:
        notes.append(
            f"history before the first period (coarsely dated): index "
            f"{df.attrs['baseline']:+.2f} from {len(df.attrs.get('baseline_units', []))} events"
        )
    if df.attrs.get("coarse"):
        notes.append(f"{df.attrs['coarse']} events dated too coarsely for these periods")
    if df.attrs.get("undated"):
        notes.append(f"{df.attrs['undated']} undated events")
    for n in notes:
        out.print(f"[dim]{n}[/dim]")
    if not changes:
        out.print("no sharp change flagged")
    for c in changes:
        out.print(
            f"\n[bold]{c.period} {c.direction}[/bold] ({c.before:+.2f} → {c.after:+.2f}): "
            f"{c.reason}",
            highlight=False,
        )
        for u in c.units:
            out.print(f"  • {u.summary()}", highlight=False)
            for e in u.events[:3]:
                out.print(
                    f"      [dim]{e.doc} ({e.language or '?'}):[/dim] {_clip(e.evidence.text)}",
                    highlight=False,
                    soft_wrap=True,
                )


def network_cmd(
    out_path: Annotated[Path, typer.Option("--out", help="File to write: .graphml or .gexf.")],
    db: DbOpt = api.DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    directed: Annotated[
        bool, typer.Option("--directed", help="Keep actor → recipient direction on edges.")
    ] = False,
):
    """Write the network of countries (edges weighted by cooperation and conflict)."""
    from detente.relations import export_network, network

    if out_path.suffix.lower() not in (".graphml", ".gexf"):
        err.print("[red]error[/red] --out must end in .graphml or .gexf")
        raise typer.Exit(2)
    with open_store(db) as store:
        g = network(store, since=since, until=until, directed=directed)
    export_network(g, out_path)
    out.print(
        f"{g.number_of_nodes()} countries, {g.number_of_edges()} relations written to {out_path}"
    )


def brief_cmd(
    a: Annotated[str, typer.Argument(help="First country (ISO3).")],
    b: Annotated[str, typer.Argument(help="Second country (ISO3).")],
    db: DbOpt = api.DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    out_path: Annotated[
        Path | None, typer.Option("--out", help="Write to FILE.md or FILE.html.")
    ] = None,
    fmt: Annotated[
        BriefFmt | None,
        typer.Option("--format", "-f", help="md or html (default: from --out, else md)."),
    ] = None,
):
    """A short brief on two countries: trend, main events with quoted sources, ties."""
    from detente.relations import brief

    a, b = _code(a), _code(b)
    if fmt is None:
        is_html = out_path is not None and out_path.suffix.lower() in (".html", ".htm")
        fmt = BriefFmt.html if is_html else BriefFmt.md
    with open_store(db) as store:
        text = brief(store, a, b, since=since, until=until, fmt=fmt.value)
    if out_path:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(text, encoding="utf-8")
        out.print(f"brief written to {out_path}")
    else:
        sys.stdout.write(text)


def register(app: typer.Typer) -> None:
    app.command("relations")(relations)
    app.command("network")(network_cmd)
    app.command("brief")(brief_cmd)
