"""The web workbench: a JSON API over detente.api and the store, plus static pages.

Document text never passes through an HTML template: pages are static files whose
scripts fetch JSON and build the DOM with text nodes, and a strict Content-Security-Policy
forbids inline scripts besides. Document IDs are looked up in the store, never used as
paths; files are served only from the package's static folder.
"""

import csv
import functools
import hmac
import inspect
import io
import re
import time
from dataclasses import asdict
from importlib import resources
from pathlib import Path, PurePath
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from detente import api
from detente.ingest import read_bytes, read_text
from detente.models import PLOVER_TYPES, Event, IngestError, Tie
from detente.store import DocumentFilter, EventFilter, Store, open_store
from detente.store.sqlite import event_id
from detente.web import analysis

__all__ = ["create_app", "DEFAULT_MAX_UPLOAD_BYTES", "UPLOAD_EXTENSIONS"]

DEFAULT_MAX_UPLOAD_BYTES = 20_000_000
UPLOAD_EXTENSIONS = (".txt", ".html", ".htm", ".pdf")
MAX_FILES_PER_REQUEST = 50
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]", "testserver"}
COOKIE = "detente_token"

_DOC_ID = re.compile(r"^[0-9a-f]{4,64}$")
_CODE = re.compile(r"^[A-Za-z]{2,8}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CLUSTER_ID = re.compile(r"^[0-9A-Za-z_.:-]{1,80}$")
_LANG = re.compile(r"^[a-z]{2,3}$")

PAGES = {
    "/": "documents",
    "/documents": "documents",
    "/events": "events",
    "/clusters": "clusters",
    "/network": "network",
    "/search": "search",
    "/upload": "upload",
    "/pairs": "pair",
    "/about": "about",
}

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


def static_dir() -> Path:
    return Path(str(resources.files("detente.web") / "static"))


# -- JSON shapes ----------------------------------------------------------------------------
def event_json(ev: Event) -> dict[str, Any]:
    d = ev.to_dict()
    d["id"] = event_id(ev)
    return d


def tie_json(t: Tie) -> dict[str, Any]:
    return t.to_dict()


def doc_summary(d, n_events: int | None = None, n_mentions: int | None = None) -> dict:
    return {
        "doc_id": d.doc_id,
        "name": d.name,
        "title": d.title,
        "language": d.language,
        "date": d.date,
        "date_source": d.date_source,
        "source": d.source,
        "media_type": d.media_type,
        "quality": [asdict(q) for q in d.quality],
        "chars": len(d.text),
        "events": n_events,
        "mentions": n_mentions,
    }


def _counts_by_doc(store: Store, table: str) -> dict[str, int]:
    conn = getattr(store, "conn", None)
    if conn is not None and table in ("events", "mentions"):
        return dict(conn.execute(f"SELECT doc_id, COUNT(*) FROM {table} GROUP BY doc_id"))
    out: dict[str, int] = {}
    items = store.events() if table == "events" else store.mentions()
    for x in items:
        out[x.doc_id] = out.get(x.doc_id, 0) + 1
    return out


_CSV_FIELDS = (
    "id",
    "date",
    "event_type",
    "mode",
    "actor",
    "actor_country",
    "recipient",
    "recipient_country",
    "negated",
    "modality",
    "intensity",
    "confidence",
    "language",
    "doc",
    "doc_id",
    "evidence_start",
    "evidence_end",
    "evidence",
)


def _csv_safe(v: Any) -> Any:
    # Spreadsheet programs run cells starting with = + - @ as formulas; document text
    # is untrusted, so such cells get a leading apostrophe.
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def events_csv(events: list[Event]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(_CSV_FIELDS)
    for ev in events:
        row = [
            event_id(ev),
            ev.date,
            ev.event_type,
            ev.mode,
            "; ".join(e.entity_name or e.raw_text for e in ev.actor),
            "; ".join(e.country or "" for e in ev.actor),
            "; ".join(e.entity_name or e.raw_text for e in ev.recipient),
            "; ".join(e.country or "" for e in ev.recipient),
            int(ev.negated),
            ev.modality,
            ev.intensity,
            ev.confidence,
            ev.language,
            ev.doc,
            ev.doc_id,
            ev.evidence.start,
            ev.evidence.end,
            ev.evidence.text,
        ]
        w.writerow([_csv_safe(v) for v in row])
    return buf.getvalue()


def _check(value: str | None, rx: re.Pattern, what: str) -> str | None:
    if value is None or value == "":
        return None
    if not rx.match(value):
        raise HTTPException(422, f"invalid {what}: {value!r}")
    return value


def _safe_name(name: str | None, fallback: str) -> str:
    # The name is only stored and shown; dropping folders keeps "C:\\x\\y.txt" readable.
    base = PurePath((name or "").replace("\\", "/")).name.strip()
    return base[:200] or fallback


def _is_local(host: str) -> bool:
    return host in LOCAL_HOSTS


def _host_only(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):
        return header[: header.find("]") + 1] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


# -- app --------------------------------------------------------------------------------------
def create_app(
    db: str,
    *,
    token: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
) -> FastAPI:
    """The workbench over the store at ``db``.

    With ``token`` set every request must carry it (``Authorization: Bearer``, the
    ``detente_token`` cookie, or ``?token=`` once, which sets the cookie). Without a token
    only requests addressed to a local host name are served, so that a web page elsewhere
    cannot reach the workbench through DNS rebinding.
    """
    app = FastAPI(
        title="Détente workbench API",
        version="1",
        description=(
            "Documents, PLOVER events with cited evidence, event clusters, actor pairs, "
            "networks and multilingual search over a Détente store. All offsets are "
            "character (code point) offsets into the document text."
        ),
        docs_url=None,  # the stock docs pages load scripts from a CDN; see /about instead
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db = db
    app.state.token = token
    app.state.max_upload_bytes = max_upload_bytes
    static = static_dir()

    # Create the store (and run migrations) once up front, so requests never race on it.
    open_store(db).close()

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if token is None:
            if not _is_local(_host_only(request.headers.get("host", ""))):
                return JSONResponse(
                    {"detail": "this server answers only to localhost; start it with --token"},
                    status_code=403,
                )
        else:
            given = None
            auth = request.headers.get("authorization", "")
            if auth.lower().startswith("bearer "):
                given = auth[7:].strip()
            from_query = request.query_params.get("token")
            if given is None and from_query is not None:
                given = from_query
            if given is None:
                given = request.cookies.get(COOKIE)
            if given is None or not hmac.compare_digest(given.encode(), token.encode()):
                if request.url.path.startswith("/api/"):
                    return JSONResponse({"detail": "missing or wrong token"}, status_code=401)
                return Response(
                    "Détente: this workbench needs its access token. "
                    "Open the address printed by 'detente serve', which ends in ?token=…\n",
                    status_code=401,
                    media_type="text/plain; charset=utf-8",
                )
            if from_query is not None and request.method == "GET":
                # Take the token out of the address bar and history; the cookie carries it.
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                target = request.url.path + ("?" + urlencode(rest) if rest else "")
                resp = RedirectResponse(target, status_code=303)
                resp.set_cookie(COOKIE, token, httponly=True, samesite="strict")
                return resp
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            # Browsers send Origin on cross-site POSTs; refuse those (CSRF).
            origin = request.headers.get("origin")
            if origin and origin != "null":
                ohost = origin.split("://", 1)[-1]
                if ohost.lower() != request.headers.get("host", "").lower():
                    return JSONResponse({"detail": "cross-origin request refused"}, status_code=403)
        if request.url.path == "/api/upload":
            length = request.headers.get("content-length")
            limit = max_upload_bytes * 2 + 1_000_000
            if length and length.isdigit() and int(length) > limit:
                return JSONResponse(
                    {"detail": f"request larger than {limit} bytes; send files one at a time"},
                    status_code=413,
                )
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def uses_store(fn):
        """Open the store for one request, in the thread that serves it.

        sqlite3 connections may only be used by the thread that made them, and FastAPI
        runs a dependency's setup, the endpoint and the teardown in different worker
        threads; so the endpoint itself opens and closes the store, and FastAPI is shown
        its signature without the ``store`` parameter."""
        sig = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with open_store(db) as store:
                return fn(*args, store=store, **kwargs)

        wrapper.__signature__ = sig.replace(
            parameters=[p for p in sig.parameters.values() if p.name != "store"]
        )
        return wrapper

    # -- pages ----------------------------------------------------------------------------
    def page(_: str = "") -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    for path in PAGES:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)
    for path in ("/documents/{doc_id}", "/clusters/{cluster_id}", "/pairs/{a}/{b}"):
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)

    app.mount("/static", StaticFiles(directory=static), name="static")

    # -- API ------------------------------------------------------------------------------
    @app.get("/api/stats", tags=["store"], summary="Counts of what the store holds")
    @uses_store
    def stats(store: Store) -> dict:
        counts = store.counts()
        langs: dict[str, int] = {}
        for d in store.documents():
            langs[d.language or "?"] = langs.get(d.language or "?", 0) + 1
        return {
            "db": Path(db).name,
            "counts": counts,
            "languages": langs,
            "modules": {
                "relations": analysis._optional("detente.relations", "pair_series") is not None,
                "fusion": analysis.fusion_available(),
            },
            "event_types": _event_types(),
            "max_upload_bytes": max_upload_bytes,
            "upload_extensions": list(UPLOAD_EXTENSIONS),
        }

    @app.get("/api/documents", tags=["documents"], summary="List documents")
    @uses_store
    def list_documents(
        store: Store,
        lang: Annotated[str | None, Query(description="Document language: he, ar, ru, en")] = None,
        since: Annotated[str | None, Query(description="Earliest date YYYY[-MM[-DD]]")] = None,
        until: Annotated[str | None, Query(description="Latest date YYYY[-MM[-DD]]")] = None,
        flagged: Annotated[bool | None, Query(description="Only flagged / clean")] = None,
        limit: Annotated[int | None, Query(ge=1, le=100_000)] = None,
    ) -> dict:
        flt = DocumentFilter(
            language=_check(lang, _LANG, "lang"),
            since=_check(since, _DATE, "since"),
            until=_check(until, _DATE, "until"),
            flagged=flagged,
            limit=limit,
        )
        docs = api.documents(store, **asdict(flt))
        ev = _counts_by_doc(store, "events")
        mn = _counts_by_doc(store, "mentions")
        items = [doc_summary(d, ev.get(d.doc_id, 0), mn.get(d.doc_id, 0)) for d in docs]
        return {"total": len(items), "items": items}

    def _document(store: Store, doc_id: str):
        if not _DOC_ID.match(doc_id):
            raise HTTPException(404, "no such document")
        doc = store.get_document(doc_id)
        if doc is None or not doc.doc_id.startswith(doc_id):
            raise HTTPException(404, "no such document")
        return doc

    @app.get(
        "/api/documents/{doc_id}",
        tags=["documents"],
        summary="One document: text, sentences, mentions, events and ties with offsets",
    )
    @uses_store
    def get_document(doc_id: str, store: Store) -> dict:
        doc = _document(store, doc_id)
        events = store.events(EventFilter(doc=doc.doc_id))
        return {
            "document": {**doc_summary(doc, len(events)), "text": doc.text},
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "language": s.language}
                for s in store.sentences(doc.doc_id)
            ],
            "mentions": [asdict(m) for m in store.mentions(doc.doc_id)],
            "events": [event_json(e) for e in events],
            "ties": [tie_json(t) for t in store.ties() if t.doc_id == doc.doc_id],
        }

    @app.get(
        "/api/events",
        tags=["events"],
        summary="Filter events; format=csv downloads them",
        response_model=None,
    )
    @uses_store
    def list_events(
        store: Store,
        actor: Annotated[str | None, Query(description="Country code or part of a name")] = None,
        recipient: str | None = None,
        type: Annotated[str | None, Query(description="PLOVER event type")] = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
        negated: bool | None = None,
        modality: Annotated[
            str | None, Query(description="asserted, reported, hypothetical, future")
        ] = None,
        doc: Annotated[str | None, Query(description="Document ID prefix or name")] = None,
        limit: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
        format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
    ) -> Any:
        evs = api.events(
            store,
            actor=actor or None,
            recipient=recipient or None,
            event_type=type or None,
            since=_check(since, _DATE, "since"),
            until=_check(until, _DATE, "until"),
            language=_check(lang, _LANG, "lang"),
            negated=negated,
            modality=modality or None,
            doc=doc or None,
            limit=limit,
        )
        if format == "csv":
            return Response(
                events_csv(evs),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": 'attachment; filename="detente-events.csv"'},
            )
        return {"total": len(evs), "items": [event_json(e) for e in evs]}

    @app.get("/api/clusters", tags=["clusters"], summary="Event clusters (detente.fusion)")
    @uses_store
    def list_clusters(
        store: Store,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_reports: Annotated[int | None, Query(ge=1)] = None,
        limit: Annotated[int | None, Query(ge=1, le=100_000)] = None,
    ) -> dict:
        data = analysis.clusters(
            store,
            actor=actor or None,
            recipient=recipient or None,
            event_type=type or None,
            since=_check(since, _DATE, "since"),
            until=_check(until, _DATE, "until"),
            min_reports=min_reports,
            limit=limit,
        )
        if data is None:
            return {"available": False, "items": [], "note": "detente.fusion is not available yet"}
        return {"available": True, **data}

    @app.get("/api/clusters/{cluster_id}", tags=["clusters"], summary="One cluster")
    @uses_store
    def get_cluster(cluster_id: str, store: Store) -> dict:
        _check(cluster_id, _CLUSTER_ID, "cluster id")
        data = analysis.cluster(store, cluster_id)
        if data is None:
            raise HTTPException(501, "detente.fusion is not available yet")
        if not data:
            raise HTTPException(404, "no such cluster")
        return {"available": True, **data}

    @app.get(
        "/api/pairs/{a}/{b}",
        tags=["relations"],
        summary="Cooperation–conflict series, flagged changes, events and ties of two actors",
    )
    @uses_store
    def get_pair(a: str, b: str, store: Store, freq: str = "M") -> dict:
        _check(a, _CODE, "actor code")
        _check(b, _CODE, "actor code")
        data = analysis.pair(store, a, b, freq=freq)
        data["events"] = [event_json(e) for e in data["events"]]
        data["ties"] = [tie_json(t) for t in data["ties"]]
        return data

    @app.get("/api/network", tags=["relations"], summary="Actors and weighted edges in a period")
    @uses_store
    def get_network(store: Store, since: str | None = None, until: str | None = None) -> dict:
        return analysis.network(store, _check(since, _DATE, "since"), _check(until, _DATE, "until"))

    @app.get(
        "/api/search",
        tags=["search"],
        summary="Full-text search on normalised, clitic-stripped and lemmatised words",
    )
    @uses_store
    def search(
        store: Store,
        q: Annotated[str, Query(min_length=1, max_length=500)],
        lang: Annotated[str | None, Query(description="Only documents in this language")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> dict:
        from detente.store import search as fts

        conn = getattr(store, "conn", None)
        if conn is None:
            raise HTTPException(501, "search needs the SQLite store")
        results, keys = fts.search(conn, q, doc_lang=_check(lang, _LANG, "lang"), limit=limit)
        texts = {}
        items = []
        for r in results:
            doc = store.get_document(r.doc_id)
            text = doc.text if doc else ""
            texts[r.doc_id] = text
            items.append(
                {
                    "doc_id": r.doc_id,
                    "name": r.name,
                    "title": r.title,
                    "language": r.language,
                    "date": r.date,
                    "score": r.score,
                    "hits": [
                        {"start": h.start, "end": h.end, "text": text[h.start : h.end]}
                        for h in r.hits
                    ],
                    "snippets": _snippets(text, r.hits),
                }
            )
        return {"query": q, "keys": keys, "total": len(items), "items": items}

    @app.post(
        "/api/upload",
        tags=["documents"],
        summary="Add documents from files (.txt .html .htm .pdf) and/or pasted text",
    )
    @uses_store
    def upload(
        store: Store,
        files: Annotated[list[UploadFile] | None, File(description="Files to add")] = None,
        text: Annotated[str | None, Form(description="Pasted text")] = None,
        name: Annotated[str | None, Form(description="Name for the pasted text")] = None,
        date: Annotated[str | None, Form(description="Publication date YYYY-MM-DD")] = None,
    ) -> dict:
        date = _check(date, _DATE, "date")
        files = files or []
        if len(files) > MAX_FILES_PER_REQUEST:
            raise HTTPException(413, f"at most {MAX_FILES_PER_REQUEST} files per request")
        if not files and not (text and text.strip()):
            raise HTTPException(422, "send files or text")
        results = []
        for f in files:
            fname = _safe_name(f.filename, "upload")
            results.append(_upload_one(store, f, fname, date))
        if text and text.strip():
            pname = _safe_name(name, time.strftime("pasted-%Y%m%d-%H%M%S.txt"))
            if len(text.encode("utf-8")) > max_upload_bytes:
                results.append(
                    _result(pname, error=f"text larger than the {max_upload_bytes} byte limit")
                )
            else:
                raw = read_text(text, pname)
                if date:
                    raw.date, raw.date_source = date, "option"
                results.append(_store_raw(store, raw))
        conn = getattr(store, "conn", None)
        if conn is not None and any(r["ok"] for r in results):
            from detente.store import search as fts

            try:
                fts.sync(conn)
            except Exception:  # the index catches up on the next search
                pass
        return {
            "ok": all(r["ok"] for r in results),
            "added": sum(1 for r in results if r["status"] == "new"),
            "failed": sum(1 for r in results if not r["ok"]),
            "results": results,
        }

    def _upload_one(store: Store, f: UploadFile, fname: str, date: str | None) -> dict:
        ext = PurePath(fname).suffix.lower()
        if ext not in UPLOAD_EXTENSIONS:
            return _result(
                fname,
                error=f"unsupported file type {ext or '(none)'}; use {', '.join(UPLOAD_EXTENSIONS)}",
            )
        data = f.file.read(max_upload_bytes + 1)
        if len(data) > max_upload_bytes:
            return _result(fname, error=f"larger than the {max_upload_bytes:,} byte limit")
        raw = read_bytes(data, fname, f"upload:{fname}", max_bytes=max_upload_bytes)
        if isinstance(raw, IngestError):
            return _result(fname, error=raw.reason)
        if date:
            raw.date, raw.date_source = date, "option"
        return _store_raw(store, raw)

    def _store_raw(store: Store, raw) -> dict:
        processed = api.process_raw(raw)
        if isinstance(processed, IngestError):
            return _result(raw.name, error=processed.reason)
        doc = processed.document
        try:
            added = store.add(processed)
        except Exception as exc:
            return _result(raw.name, error=f"could not store: {exc}")
        return _result(
            raw.name,
            doc_id=doc.doc_id,
            status="new" if added else "present",
            language=doc.language,
            events=len(processed.events),
            mentions=len(processed.mentions),
            quality=[q.reason for q in doc.quality],
        )

    return app


def _event_types() -> dict[str, dict]:
    from detente.resources import load_yaml

    types = (load_yaml("plover.yaml") or {}).get("types") or {}
    return {
        t: {
            "quad": (types.get(t) or {}).get("quad"),
            "intensity": (types.get(t) or {}).get("intensity"),
        }
        for t in PLOVER_TYPES
    }


def _result(name: str, *, error: str | None = None, status: str | None = None, **kw) -> dict:
    return {
        "name": name,
        "ok": error is None,
        "status": "error" if error else status,
        "error": error,
        **kw,
    }


def _snippets(text: str, hits, width: int = 70, limit: int = 5) -> list[dict]:
    out = []
    last_end = -1
    for h in hits:
        if h.start < last_end:
            continue
        a = max(0, h.start - width)
        b = min(len(text), h.end + width)
        # Cut at whitespace so snippets do not start mid-word.
        if a > 0:
            sp = text.find(" ", a, h.start)
            a = sp + 1 if sp != -1 else a
        if b < len(text):
            sp = text.rfind(" ", h.end, b)
            b = sp if sp != -1 else b
        out.append(
            {
                "start": h.start,
                "end": h.end,
                "before": ("…" if a > 0 else "") + text[a : h.start].replace("\n", " "),
                "match": text[h.start : h.end],
                "after": text[h.end : b].replace("\n", " ") + ("…" if b < len(text) else ""),
            }
        )
        last_end = b
        if len(out) >= limit:
            break
    return out
