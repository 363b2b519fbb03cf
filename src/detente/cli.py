"""Command line: a thin layer over detente.api."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from detente import api
from detente.models import Event, IngestError, Mention
from detente.resources import LANGUAGES
from detente.store import open_store

app = typer.Typer(
    help="Détente: source-cited PLOVER events from Hebrew, Arabic, Russian and English text.",
    no_args_is_help=True,
    add_completion=False,
)
# Piped output gets a wide fixed width so tables are not folded to 80 columns.
out = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)


class Fmt(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


DbOpt = Annotated[
    str, typer.Option("--db", envvar="DETENTE_DB", help="SQLite file (or sqlite:/// URL).")
]
FmtOpt = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        help="Skip files inside folders matching this glob (path or name; repeatable), e.g. 'README*'.",
    ),
]


# -- rendering -----------------------------------------------------------------------------
def _flat_entities(ents) -> str:
    parts = []
    for e in ents:
        code = "/".join(x for x in (e.country, e.sector) if x) or "?"
        parts.append(f"{e.entity_name or e.raw_text} [{code}]")
    return "; ".join(parts)


def _event_row(ev: Event) -> dict:
    truth = ev.modality + (", negated" if ev.negated else "")
    return {
        "date": ev.date or "",
        "type": ev.event_type,
        "mode": ev.mode or "",
        "actor": _flat_entities(ev.actor),
        "recipient": _flat_entities(ev.recipient),
        "truth": truth,
        "lang": ev.language or "",
        "doc": ev.doc,
        "evidence": ev.evidence.text,
    }


def _print_rows(rows: list[dict], fmt: Fmt, title: str | None = None, wide: Sequence[str] = ()):
    if fmt is Fmt.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt is Fmt.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Fmt.csv:
        buf = io.StringIO()
        if rows:
            flat = [{k: _csv_cell(v) for k, v in r.items()} for r in rows]
            w = csv.DictWriter(buf, fieldnames=list(flat[0]))
            w.writeheader()
            w.writerows(flat)
        sys.stdout.write(buf.getvalue())
    else:
        if not rows:
            out.print("[dim](nothing found)[/dim]")
            return
        t = Table(title=title, show_lines=False, header_style="bold")
        for k in rows[0]:
            t.add_column(k, overflow="fold", max_width=60 if k in wide else 28)
        for r in rows:
            t.add_row(*[_cell(v) for v in r.values()])
        out.print(t)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _csv_cell(v):
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def _report_errors(errors: list[IngestError]) -> None:
    for e in errors:
        err.print(f"[red]error[/red] {e.name}: {e.reason}", highlight=False, soft_wrap=True)


def _file_count(paths: Sequence[str], exclude: Sequence[str] = ()) -> int | None:
    from detente.ingest import excluded

    n = 0
    for p in paths:
        if p == "-":
            n += 1
            continue
        path = Path(p)
        if path.is_dir():
            n += sum(
                1
                for f in path.rglob("*")
                if f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
                and not excluded(f.relative_to(path).as_posix(), exclude)
            )
        else:
            n += 1
    return n


# -- commands ------------------------------------------------------------------------------
@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    fmt: FmtOpt = Fmt.table,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="Print resolved actor mentions instead of events.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add trigger, CAMEO code and reason to each event.")
    ] = False,
    date: Annotated[
        str | None, typer.Option(help="Publication date for all inputs (YYYY-MM-DD).")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse files larger than this.")
    ] = api.DEFAULT_MAX_BYTES,
    exclude: ExcludeOpt = None,
):
    """Run the pipeline without storing and print events (or mentions)."""
    rows: list[dict] = []
    failed = False
    for item in api.extract(paths, date=date, max_bytes=max_bytes, exclude=exclude or ()):
        if isinstance(item, IngestError):
            _report_errors([item])
            failed = True
            continue
        if mentions:
            rows += [_mention_row(m, fmt) for m in item.mentions]
        else:
            for ev in item.events:
                if fmt is Fmt.table:
                    rows.append(_event_row(ev))
                else:
                    rec = ev.to_contract()
                    if explain:
                        rec.update(cameo=ev.cameo, trigger=ev.trigger, why=ev.why)
                    rows.append(rec)
    _print_rows(rows, fmt, wide=("evidence",))
    raise typer.Exit(1 if failed else 0)


def _mention_row(m: Mention, fmt: Fmt) -> dict:
    d = {
        "raw_text": m.raw_text,
        "entity_name": m.entity_name,
        "country": m.country,
        "sector": m.sector,
        "wikidata_id": m.wikidata_id,
        "doc": m.doc,
        "start": m.start,
        "end": m.end,
    }
    if fmt is Fmt.table:
        d = {
            "doc": m.doc,
            "span": f"{m.start}-{m.end}",
            "text": m.raw_text,
            "entity": m.entity_name,
            "country": m.country,
            "sector": m.sector,
            "role": m.role,
            "alias": m.alias,
        }
    else:
        d.update(role=m.role, alias=m.alias, entity_id=m.entity_id)
    return d


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    db: DbOpt = api.DEFAULT_DB,
    date: Annotated[
        str | None, typer.Option(help="Publication date for all inputs (YYYY-MM-DD).")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse files larger than this.")
    ] = api.DEFAULT_MAX_BYTES,
    exclude: ExcludeOpt = None,
):
    """Store documents and their events. Exit status 1 when any input failed."""
    with open_store(db) as store:
        report = _ingest_with_progress(
            paths, store, date=date, max_bytes=max_bytes, exclude=exclude or ()
        )
    _print_report(report, db)
    raise typer.Exit(0 if report.ok else 1)


def _ingest_with_progress(paths, store, **kw):
    total = _file_count(paths, kw.get("exclude", ()))
    with Progress(
        TextColumn("[bold]ingesting[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task("", total=total)
        return api.ingest(
            paths, store, progress=lambda name: bar.update(task, advance=1, description=name), **kw
        )


def _print_report(report: api.IngestReport, db: str) -> None:
    _report_errors(report.failed)
    t = Table(title=f"Ingest summary ({db})", show_header=False)
    t.add_column("", style="bold")
    t.add_column("")
    t.add_row("documents new", str(report.new))
    t.add_row("already present", str(report.present))
    t.add_row("failed", f"[red]{len(report.failed)}[/red]" if report.failed else "0")
    t.add_row("events", str(report.events))
    t.add_row("actor mentions", str(report.mentions))
    if report.by_language:
        t.add_row("languages", ", ".join(f"{k} {v}" for k, v in sorted(report.by_language.items())))
    if report.by_type:
        t.add_row("event types", ", ".join(f"{k} {v}" for k, v in report.by_type.most_common()))
    if report.clusters is not None:
        t.add_row("event clusters", report.clusters.summary())
    for name, reason in report.flagged:
        t.add_row("quality flag", f"{name}: {reason}")
    out.print(t)


@app.command()
def events(
    db: DbOpt = api.DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor country code or name.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient country code or name.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date (YYYY[-MM[-DD]]).")] = None,
    lang: Annotated[str | None, typer.Option(help="Language of the source sentence.")] = None,
    doc: Annotated[str | None, typer.Option(help="Document name or ID prefix.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: FmtOpt = Fmt.table,
):
    """Query stored events."""
    with open_store(db) as store:
        evs = api.events(
            store,
            actor=actor,
            recipient=recipient,
            event_type=event_type,
            since=since,
            until=until,
            language=lang,
            doc=doc,
            limit=limit,
        )
    rows = [_event_row(e) if fmt is Fmt.table else e.to_contract() for e in evs]
    _print_rows(rows, fmt, title=f"{len(rows)} events", wide=("evidence",))


@app.command()
def docs(
    db: DbOpt = api.DEFAULT_DB,
    lang: Annotated[str | None, typer.Option(help="Document language.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest publication date.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest publication date.")] = None,
    doc: Annotated[str | None, typer.Option(help="Document name or ID prefix.")] = None,
    flagged: Annotated[
        bool | None,
        typer.Option("--flagged/--clean", help="Only documents with (or without) quality flags."),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many documents.")] = None,
    fmt: FmtOpt = Fmt.table,
):
    """Query stored documents."""
    with open_store(db) as store:
        found = api.documents(
            store, language=lang, since=since, until=until, doc=doc, flagged=flagged, limit=limit
        )
        counts = {d.doc_id: len(store.events(api.EventFilter(doc=d.doc_id))) for d in found}
    rows = []
    for d in found:
        rows.append(
            {
                "doc_id": d.doc_id,
                "name": d.name,
                "language": d.language,
                "date": d.date,
                "title": d.title,
                "events": counts[d.doc_id],
                "quality": "; ".join(q.reason for q in d.quality)
                if fmt is Fmt.table
                else [asdict(q) for q in d.quality],
                "chars": len(d.text),
            }
        )
    _print_rows(rows, fmt, title=f"{len(rows)} documents", wide=("title", "quality"))


@app.command()
def demo(
    db: Annotated[
        str, typer.Option("--db", help="Store to create (replaced if present).")
    ] = "demo.db",
):
    """Ingest the bundled demo corpus into a fresh store and print what was found."""
    api.remove_store(db)
    with open_store(db) as store:
        report = _ingest_with_progress([str(api.demo_corpus_dir())], store)
        evs = store.events()
    _print_report(report, db)
    _print_rows(
        [_event_row(e) for e in evs],
        Fmt.table,
        title=f"{len(evs)} events in the demo corpus",
        wide=("evidence",),
    )
    out.print(f"\nStore written to [bold]{db}[/bold]. Try: detente events --db {db} --actor RUS")
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def evaluate(
    which: Annotated[
        str, typer.Argument(help="demo | sentences | arabic-gsr | plover-gsr | all")
    ] = "all",
    gold: Annotated[
        list[Path] | None,
        typer.Option(
            help="Sentence-format gold JSONL file(s) to score instead of the bundled set."
        ),
    ] = None,
    errors: Annotated[
        int, typer.Option(help="How many misses, false events and date errors to list.")
    ] = 10,
    lang: Annotated[
        list[str] | None,
        typer.Option(help="Only documents in this language: he, ar, ru or en (repeatable)."),
    ] = None,
    fmt: FmtOpt = Fmt.table,
):
    """Score the event coder against gold annotations."""
    from detente import evaluation

    names = list(evaluation.SETS) if which == "all" else [which]
    unknown = [n for n in names if n not in evaluation.SETS]
    if unknown:
        err.print(
            f"[red]error[/red] unknown set {unknown[0]!r}; choose from {', '.join(evaluation.SETS)} or all"
        )
        raise typer.Exit(2)
    bad = [x for x in lang or [] if x not in LANGUAGES]
    if bad:
        err.print(
            f"[red]error[/red] unknown language {bad[0]!r}; choose from {', '.join(LANGUAGES)}"
        )
        raise typer.Exit(2)
    reports = []
    for name in names:
        try:
            if gold and name == "sentences":
                rep = evaluation.evaluate_sentences(gold, langs=lang)
            else:
                rep = evaluation.evaluate(name, langs=lang)
        except FileNotFoundError as exc:
            err.print(f"[yellow]skipped[/yellow] {name}: {exc}")
            continue
        if rep is None:
            if which != "all":
                err.print(f"[yellow]skipped[/yellow] {name}: no documents in {', '.join(lang)}")
            continue
        reports.append(rep)
    if fmt is not Fmt.table:
        _print_rows([r.as_dict(errors) for r in reports], Fmt.json if fmt is Fmt.table else fmt)
        return
    for rep in reports:
        _print_report_eval(rep, errors)


def _pct(x):
    return "" if x is None else f"{x:.2f}"


def _print_report_eval(rep, errors: int) -> None:
    t = Table(
        title=f"{rep.name}: {rep.documents} documents; date accuracy {_pct(rep.date_accuracy)}"
    )
    for c in ("slice", "tp", "fp", "fn", "precision", "recall", "F1", "dates"):
        t.add_column(c, justify="right" if c != "slice" else "left")
    rows = [("ALL", rep.overall)] + [(f"lang {k}", v) for k, v in sorted(rep.by_lang.items())]
    rows += [(k, v) for k, v in sorted(rep.by_type.items())]
    rows += [(f"ALL, {k}", v) for k, v in rep.side.items()]
    for label, sc in rows:
        t.add_row(
            label,
            str(sc.tp),
            str(sc.fp),
            str(sc.fn),
            _pct(sc.precision),
            _pct(sc.recall),
            _pct(sc.f1),
            _pct(sc.date_accuracy),
        )
    out.print(t)
    for title, items in (
        ("misses", rep.misses),
        ("false events", rep.false_events),
        ("date errors", rep.date_errors),
    ):
        if items and errors:
            out.print(f"[bold]{title}[/bold] (first {min(errors, len(items))} of {len(items)})")
            for it in items[:errors]:
                out.print(
                    "  " + json.dumps(it, ensure_ascii=False), highlight=False, soft_wrap=True
                )


def _mount_optional() -> None:
    """Sub-commands of later stages register themselves here."""
    from detente.cli_actors import actors_app

    app.add_typer(actors_app, name="actors", help="Look up, add, import and evaluate actors.")
    import importlib

    for module in (
        "detente.cli_relations",
        "detente.cli_ties",
        "detente.cli_fusion",
        "detente.cli_web",
    ):
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        if hasattr(mod, "register"):
            mod.register(app)
        elif hasattr(mod, "clusters_app"):
            app.add_typer(
                mod.clusters_app, name="clusters", help="Event clusters: one event, many reports."
            )
            if hasattr(mod, "contradictions_cmd"):
                app.command("contradictions")(mod.contradictions_cmd)


_mount_optional()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
