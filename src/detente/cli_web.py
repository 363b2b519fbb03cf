"""``detente serve``: the web workbench on a local port.

Registered by ``detente.cli`` through ``register(app)`` so that the web dependencies
(FastAPI, uvicorn) are imported only when the command runs.
"""

from __future__ import annotations

import os
import secrets
from typing import Annotated

import typer

LOCAL_BINDS = {"localhost", "127.0.0.1", "::1"}


def is_local_bind(host: str) -> bool:
    return host.strip("[]").lower() in LOCAL_BINDS


def serve(
    db: Annotated[
        str, typer.Option("--db", envvar="DETENTE_DB", help="SQLite file (or sqlite:/// URL).")
    ] = "demo.db",
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="DETENTE_TOKEN",
            help="Access token; required when listening on anything but localhost.",
        ),
    ] = None,
    max_upload_mb: Annotated[
        float, typer.Option(help="Largest file accepted by upload, in MB.")
    ] = 20.0,
):
    """Serve the web workbench: documents, events, pairs, network, search and upload."""
    try:
        import uvicorn

        from detente.web import create_app
    except ImportError as exc:
        typer.echo(
            f"error: the web workbench needs fastapi, uvicorn and python-multipart ({exc})",
            err=True,
        )
        raise typer.Exit(2) from exc
    if not is_local_bind(host) and not token:
        typer.echo(
            f"error: listening on {host} exposes the store to the network; "
            "give --token TOKEN (or set DETENTE_TOKEN). A fresh one: "
            f"{secrets.token_urlsafe(24)}",
            err=True,
        )
        raise typer.Exit(2)
    app = create_app(db, token=token or None, max_upload_bytes=int(max_upload_mb * 1_000_000))
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    if token:
        url += "?token=" + token
    typer.echo(f"Détente workbench on {url}  (store: {os.path.abspath(db)}; Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add ``detente serve`` to the main command line."""
    app.command("serve")(serve)
