"""`detente actors ...`: inspect and extend the actor knowledge base (thin layer)."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente import actors

actors_app = typer.Typer(help="Look up, add and import actors.", no_args_is_help=True)
_out = Console()
_err = Console(stderr=True)


class LookupFmt(str, Enum):
    table = "table"
    json = "json"


FileOpt = Annotated[
    Path | None,
    typer.Option(
        "--file",
        help="User overlay YAML (default: $DETENTE_ACTORS or ~/.config/detente/actors.yaml).",
    ),
]


@actors_app.command("lookup")
def lookup_cmd(
    text: Annotated[str, typer.Argument(help="A name or a sentence.")],
    lang: Annotated[
        str | None, typer.Option("--lang", help="he, ar, ru or en (default: detect).")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="YYYY-MM-DD: roles valid at this date.")
    ] = None,
    fmt: Annotated[LookupFmt, typer.Option("--format", "-f")] = LookupFmt.table,
) -> None:
    """Show how TEXT resolves to knowledge-base actors, and why."""
    rows = actors.lookup(text, lang=lang, date=date)
    if fmt is LookupFmt.json:
        _out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        _err.print("no actor found")
        raise typer.Exit(1)
    t = Table()
    for col in ("text", "alias", "entity", "country", "sector", "kind", "role", "why"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(
            r["text"],
            r["alias"] or "",
            f"{r['entity_name'] or ''} ({r['entity_id'] or '?'})",
            r["country"] or "",
            r["sector"] or "",
            r["kind"] or "",
            r["role"],
            r["why"] or "",
        )
    _out.print(t)


@actors_app.command("add")
def add_cmd(
    entity_id: Annotated[
        str, typer.Argument(help="Knowledge-base id, e.g. AZE or person:ilham_aliyev.")
    ],
    alias: Annotated[str, typer.Argument(help="The alias in dictionary form.")],
    lang: Annotated[str, typer.Option("--lang", help="he, ar, ru or en.")],
    alias_type: Annotated[
        str,
        typer.Option("--type", help="name, adjective, demonym, metonym, surname, abbreviation."),
    ] = "name",
    ambiguous: Annotated[
        bool, typer.Option("--ambiguous", help="Accept only with supporting context.")
    ] = False,
    file: FileOpt = None,
) -> None:
    """Add an alias for an existing entity to the user overlay."""
    if actors.default_kb().get(entity_id) is None:
        _err.print(
            f"[yellow]note:[/] {entity_id} is not in the knowledge base yet (add it with add-entity)"
        )
    try:
        path = actors.add_alias(
            entity_id, alias, lang, user_file=file, alias_type=alias_type, ambiguous=ambiguous
        )
    except ValueError as e:
        _err.print(f"[red]{e}[/]")
        raise typer.Exit(2) from None
    _out.print(f"added {lang} alias {alias!r} → {entity_id} in {path}")


@actors_app.command("add-entity")
def add_entity_cmd(
    entity_id: Annotated[
        str, typer.Argument(help="New id: ISO3 for countries, kind:slug otherwise.")
    ],
    name: Annotated[str, typer.Option("--name", help="Canonical English name.")],
    country: Annotated[str, typer.Option("--country", help="ISO3 or UNO/EUR/IGO/NGO/ISM/IMG/MNC.")],
    sector: Annotated[str | None, typer.Option("--sector")] = None,
    kind: Annotated[
        str, typer.Option("--kind", help="country, org, person, place, group, company.")
    ] = "org",
    wikidata: Annotated[str | None, typer.Option("--wikidata")] = None,
    file: FileOpt = None,
) -> None:
    """Add (or replace) an entity in the user overlay."""
    path = actors.add_entity(
        entity_id,
        name=name,
        country=country,
        sector=sector,
        kind=kind,
        wikidata=wikidata,
        user_file=file,
    )
    _out.print(f"added {entity_id} ({name}) in {path}")


@actors_app.command("import-wikidata")
def import_wikidata_cmd(
    dump: Annotated[
        Path,
        typer.Argument(
            exists=True, dir_okay=False, help="Wikidata JSON dump (.json, .gz, .bz2, JSON Lines)."
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Overlay YAML to write (default: wikidata.yaml next to the user overlay, loaded automatically).",
        ),
    ] = None,
) -> None:
    """Import office holders and states from a Wikidata dump into an overlay YAML."""
    target = out or actors.wikidata_file_path()
    n = actors.import_wikidata(dump, target)
    _out.print(f"wrote {n} entities to {target}")


@actors_app.command("evaluate")
def evaluate_cmd(
    lang: Annotated[
        list[str] | None, typer.Option("--lang", help="he, ar, ru or en (repeatable; default all).")
    ] = None,
    errors: Annotated[
        int, typer.Option("--errors", help="Show up to N misses, false mentions and wrong ones.")
    ] = 0,
    gold: Annotated[
        list[Path] | None,
        typer.Option("--gold", help="Gold JSONL file(s) (default: eval/mentions/<lang>.jsonl)."),
    ] = None,
    fmt: Annotated[LookupFmt, typer.Option("--format", "-f")] = LookupFmt.table,
) -> None:
    """Score actor mentions against the hand-annotated gold (recall, precision, resolution)."""
    from detente.actors.evaluate import evaluate_mentions, gold_paths

    paths = list(gold) if gold else gold_paths(lang or None)
    missing = [p for p in paths if not p.exists()]
    if missing:
        _err.print(f"[red]no gold file: {', '.join(map(str, missing))}[/]")
        raise typer.Exit(2)
    report = evaluate_mentions(paths)
    if lang:
        report = {k: v for k, v in report.items() if k in lang}
    if fmt is LookupFmt.json:
        if errors >= 0:
            for r in report.values():
                for key in ("misses", "false_mentions", "wrong_resolutions"):
                    r[key] = r[key][:errors]
        _out.print_json(json.dumps(report, ensure_ascii=False))
        return
    t = Table()
    cols = ("lang", "sentences", "gold", "predicted", "recall", "precision", "resolution")
    for col in (*cols, "entity", "role"):
        t.add_column(col, justify="right")

    def f(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    for k, r in report.items():
        t.add_row(
            k,
            str(r["sentences"]),
            str(r["gold"]),
            str(r["predicted"]),
            f(r["recall"]),
            f(r["precision"]),
            f(r["resolution_accuracy"]),
            f(r["entity_accuracy"]),
            f(r["role_accuracy"]),
        )
    _out.print(t)
    if errors <= 0:
        return
    for k, r in report.items():
        for m in r["misses"][:errors]:
            g = m["gold"]
            _out.print(
                f"[yellow]{k} miss[/] {m['id']}: {g['text']!r} "
                f"({g['entity_name']} {g['country']} {g['sector']} {g['role']})",
                markup=True,
                highlight=False,
            )
        for m in r["false_mentions"][:errors]:
            p = m["pred"]
            _out.print(
                f"[red]{k} false[/] {m['id']}: {p['text']!r} "
                f"({p['entity_name']} {p['country']} {p['sector']} {p['role']}) — {p['why']}",
                highlight=False,
            )
        for m in r["wrong_resolutions"][:errors]:
            g, p = m["gold"], m["pred"]
            _out.print(
                f"[magenta]{k} wrong[/] {m['id']}: {g['text']!r} gold {g['country']} "
                f"{g['sector']} {g['role']} ≠ {p['text']!r} {p['country']} {p['sector']} "
                f"{p['role']} — {p['why']}",
                highlight=False,
            )
