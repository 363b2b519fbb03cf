"""`detente ties`: list stored standing relations (dependence, transit, alliances, treaties).

A thin layer over ``Store.ties``; mounted by ``register(app)`` from ``detente.cli``.
"""

# No `from __future__ import annotations`: the command's option types are imported inside
# register() (detente.cli imports this module), and Typer must see them as objects.
from typing import Annotated

import typer

from detente.models import TIE_TYPES, Tie


def tie_row(t: Tie) -> dict:
    from detente.cli import _flat_entities

    arrow = "→" if t.directed else "↔"
    return {
        "date": t.date or "",
        "type": t.tie_type,
        "source": _flat_entities(t.source),
        "dir": arrow,
        "target": _flat_entities(t.target),
        "figure": t.figure or "",
        "commodity": t.commodity or "",
        "conf": t.confidence,
        "lang": t.language or "",
        "doc": t.doc,
        "evidence": " ".join(t.evidence.text.split()),
    }


def ties_command(
    db: str,
    country: str | None = None,
    other: str | None = None,
    tie_type: str | None = None,
    fmt: str = "table",
) -> list[Tie]:
    """Print the ties stored in ``db`` that involve ``country`` (and ``other``)."""
    from detente.cli import Fmt, _print_rows
    from detente.store import open_store

    if tie_type and tie_type not in TIE_TYPES:
        raise typer.BadParameter(f"unknown tie type {tie_type!r}; one of {', '.join(TIE_TYPES)}")
    with open_store(db) as store:
        ties = store.ties(country=country, other=other, tie_type=tie_type)
    fmt = Fmt(fmt)
    rows = [tie_row(t) if fmt in (Fmt.table, Fmt.csv) else t.to_dict() for t in ties]
    _print_rows(rows, fmt, title=f"{len(rows)} ties", wide=("evidence",))
    return ties


def register(app: typer.Typer) -> None:
    from detente import api
    from detente.cli import DbOpt, Fmt, FmtOpt

    @app.command("ties")
    def ties_cmd(
        db: DbOpt = api.DEFAULT_DB,
        country: Annotated[
            str | None, typer.Option(help="A party's country code (source or target).")
        ] = None,
        other: Annotated[str | None, typer.Option(help="The other party's country code.")] = None,
        tie_type: Annotated[
            str | None, typer.Option("--type", help="Tie type: " + ", ".join(TIE_TYPES) + ".")
        ] = None,
        fmt: FmtOpt = Fmt.table,
    ):
        """List stored ties: dependence, transit, pipelines, alliances, treaties, bases."""
        ties_command(db, country=country, other=other, tie_type=tie_type, fmt=fmt.value)
