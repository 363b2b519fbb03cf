"""The web workbench API: every endpoint, filters, CSV, upload, tokens, escaping, paths."""

import csv
import io
import shutil

import pytest

pytest.importorskip("fastapi", reason="web extras (fastapi) not installed")
from fastapi.testclient import TestClient  # noqa: E402

from detente import api  # noqa: E402
from detente.ingest import read_text  # noqa: E402
from detente.store import open_store  # noqa: E402
from detente.web import create_app  # noqa: E402

SCRIPT_DOC = "Hostile markup test <script>alert(1)</script> and <img src=x onerror=alert(2)>.\n"
HE_PREFIXED = "שר החוץ הודיע כי ישראל תחזק את הקשרים עם אוקראינה ולרוסיה לא תהיה השפעה על ההחלטה.\n"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo corpus plus a document carrying markup and a Hebrew prefixed name."""
    path = tmp_path_factory.mktemp("web") / "demo.db"
    api.demo(path)
    with open_store(path) as store:
        for text, name in ((SCRIPT_DOC, "script.txt"), (HE_PREFIXED, "he_prefixed.txt")):
            store.add(api.process_raw(read_text(text, name)))
    return path


@pytest.fixture()
def db(demo_db, tmp_path):
    # Uploads write to the store; each test gets its own copy.
    path = tmp_path / "demo.db"
    shutil.copy(demo_db, path)
    return str(path)


@pytest.fixture()
def client(db):
    return TestClient(create_app(db))


def _doc_id(client, name):
    docs = client.get("/api/documents").json()["items"]
    return next(d["doc_id"] for d in docs if d["name"] == name)


def test_documents_list(client):
    r = client.get("/api/documents")
    assert r.status_code == 200
    data = r.json()
    assert data["total"] == 23
    names = {d["name"] for d in data["items"]}
    assert "he_01_idf_strikes_iran.txt" in names
    d = data["items"][0]
    assert {"doc_id", "language", "date", "source", "quality", "events", "mentions"} <= set(d)
    he = client.get("/api/documents", params={"lang": "he"}).json()
    assert he["total"] >= 5 and all(x["language"] == "he" for x in he["items"])
    assert client.get("/api/documents", params={"flagged": True}).json()["total"] == 0
    assert client.get("/api/documents", params={"lang": "x'; drop"}).status_code == 422


def test_document_detail_offsets(client):
    doc_id = _doc_id(client, "he_01_idf_strikes_iran.txt")
    r = client.get(f"/api/documents/{doc_id}")
    assert r.status_code == 200
    data = r.json()
    text = data["document"]["text"]
    assert data["document"]["language"] == "he"
    assert data["sentences"] and data["mentions"] and data["events"]
    for m in data["mentions"]:
        assert text[m["start"] : m["end"]] == m["raw_text"]
    for ev in data["events"]:
        assert text[ev["evidence"]["start"] : ev["evidence"]["end"]] == ev["evidence"]["text"]
        assert len(ev["id"]) == 20
    # A unique prefix finds the document too, as on the command line.
    assert client.get(f"/api/documents/{doc_id[:8]}").json()["document"]["doc_id"] == doc_id


def test_document_unknown_and_wildcards(client):
    assert client.get("/api/documents/ffffffffffffffff").status_code == 404
    # LIKE wildcards must not turn into "any document".
    assert client.get("/api/documents/%25").status_code == 404
    assert client.get("/api/documents/_").status_code == 404


def test_events_filters(client):
    all_events = client.get("/api/events").json()
    assert all_events["total"] > 50
    rus = client.get("/api/events", params={"actor": "RUS"}).json()
    assert rus["total"] > 0
    assert all(
        any(a["country"] == "RUS" or "RUS" in (a["entity_name"] or "").upper() for a in ev["actor"])
        for ev in rus["items"]
    )
    t = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert t["total"] > 0 and {ev["event_type"] for ev in t["items"]} == {"ASSAULT"}
    ru = client.get("/api/events", params={"lang": "ru"}).json()
    assert ru["total"] > 0 and {ev["language"] for ev in ru["items"]} == {"ru"}
    rng = client.get("/api/events", params={"since": "2025-01", "until": "2025-03"}).json()
    assert rng["total"] > 0
    assert all("2025-01" <= ev["date"][:7] <= "2025-03" for ev in rng["items"])
    neg = client.get("/api/events", params={"negated": True}).json()
    assert all(ev["negated"] for ev in neg["items"])
    not_neg = client.get("/api/events", params={"negated": False}).json()
    assert neg["total"] + not_neg["total"] == all_events["total"]
    asserted = client.get("/api/events", params={"modality": "asserted"}).json()
    assert {ev["modality"] for ev in asserted["items"]} == {"asserted"}
    recip = client.get("/api/events", params={"actor": "USA", "recipient": "RUS"}).json()
    assert recip["total"] > 0
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422


def test_events_csv(client):
    r = client.get("/api/events", params={"actor": "RUS", "format": "csv"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == client.get("/api/events", params={"actor": "RUS"}).json()["total"]
    assert {"date", "event_type", "actor", "recipient", "negated", "modality", "evidence"} <= set(
        rows[0]
    )
    assert all("RUS" in row["actor_country"] or "Rus" in row["actor"] for row in rows)


def test_csv_cells_cannot_be_formulas(db):
    with open_store(db) as store:
        store.add(
            api.process_raw(read_text('=HYPERLINK("http://x") Russia attacked Ukraine.\n', "f.txt"))
        )
    client = TestClient(create_app(db))
    text = client.get("/api/events", params={"format": "csv"}).text
    for row in csv.reader(io.StringIO(text)):
        assert not any(cell.startswith("=") for cell in row)


def test_clusters(client, db):
    r = client.get("/api/clusters")
    assert r.status_code == 200
    data = r.json()
    if not data["available"]:
        assert "not available" in data["note"]
        assert client.get("/api/clusters/abc").status_code == 501
        return
    fusion = pytest.importorskip("detente.fusion")
    with open_store(db) as store:
        fusion.update_clusters(store, embed=False, claims=False)
    items = client.get("/api/clusters").json()["items"]
    assert items
    multi = max(items, key=lambda c: c["reports"])
    one = client.get(f"/api/clusters/{multi['id']}").json()
    assert one["cluster"]["id"] == multi["id"]
    assert len(one["cluster"]["members"]) == multi["reports"]
    assert client.get("/api/clusters/nosuchcluster").status_code == 404
    assert client.get("/api/clusters/..%2F..%2Fetc").status_code in (404, 422)


def test_pair(client):
    r = client.get("/api/pairs/USA/RUS")
    assert r.status_code == 200
    data = r.json()
    assert data["a"] == "USA" and data["b"] == "RUS"
    assert data["series"] and all("period" in row and "index" in row for row in data["series"])
    assert sum(row["count"] for row in data["series"]) > 0
    assert isinstance(data["changes"], list) and isinstance(data["ties"], list)
    assert data["events"] and data["by_month"]
    assert client.get("/api/pairs/RUS/<script>").status_code in (404, 422)


def test_network(client):
    data = client.get("/api/network").json()
    assert data["nodes"] and data["edges"]
    ids = {n["id"] for n in data["nodes"]}
    assert "RUS" in ids
    for e in data["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["weight"] >= 1
    narrow = client.get("/api/network", params={"since": "2025-06", "until": "2025-06"}).json()
    assert 0 < len(narrow["edges"]) < len(data["edges"])


@pytest.mark.parametrize(
    ("query", "expect_doc", "expect_text"),
    [
        ("רוסיה", "he_prefixed.txt", "ולרוסיה"),
        ("روسيا", "ar_04_azal_flight_suspensions.txt", "وروسيا"),
        ("Россия", "ru_05_north_korea_kursk.txt", "России"),
        ("sanction", "en_05_us_sanctions_rosneft_lukoil.txt", "sanctions"),
    ],
)
def test_search_morphology(client, query, expect_doc, expect_text):
    data = client.get("/api/search", params={"q": query}).json()
    hit_docs = {r["name"]: r for r in data["items"]}
    assert expect_doc in hit_docs, (query, list(hit_docs))
    assert expect_text in {h["text"] for h in hit_docs[expect_doc]["hits"]}


def test_search_language_filter_and_empty(client):
    data = client.get("/api/search", params={"q": "Россия", "lang": "en"}).json()
    assert all(r["language"] == "en" for r in data["items"])
    assert client.get("/api/search", params={"q": ""}).status_code == 422
    assert client.get("/api/search", params={"q": "zzzqqqxxx"}).json()["total"] == 0
    # FTS syntax in the query is data, not syntax.
    assert client.get("/api/search", params={"q": 'NEAR("a" OR) *'}).status_code == 200


def test_upload_good_and_bad(client):
    files = [
        (
            "files",
            (
                "good.txt",
                b"Russia and Ukraine agreed to exchange prisoners in Istanbul on 2 June 2025.\n",
                "text/plain",
            ),
        ),
        ("files", ("broken.pdf", b"this is not a pdf", "application/pdf")),
        ("files", ("tool.exe", b"MZ\x90\x00", "application/octet-stream")),
    ]
    r = client.post("/api/upload", files=files)
    assert r.status_code == 200
    data = r.json()
    by = {x["name"]: x for x in data["results"]}
    assert by["good.txt"]["ok"] and by["good.txt"]["status"] == "new"
    assert by["good.txt"]["language"] == "en"
    assert not by["broken.pdf"]["ok"] and "PDF" in by["broken.pdf"]["error"]
    assert not by["tool.exe"]["ok"] and "unsupported" in by["tool.exe"]["error"]
    assert data["added"] == 1 and data["failed"] == 2
    doc = client.get(f"/api/documents/{by['good.txt']['doc_id']}").json()
    assert doc["document"]["name"] == "good.txt"
    # The new document is searchable at once.
    assert any(
        x["name"] == "good.txt"
        for x in client.get("/api/search", params={"q": "prisoners"}).json()["items"]
    )
    # Sending it again reports it as present, not as an error.
    again = client.post("/api/upload", files=files[:1]).json()["results"][0]
    assert again["ok"] and again["status"] == "present"


def test_upload_pasted_text_and_limits(db):
    client = TestClient(create_app(db, max_upload_bytes=2000))
    r = client.post(
        "/api/upload",
        data={
            "text": "Путин провёл переговоры с Алиевым в Душанбе.",
            "name": "../../paste.txt",
            "date": "2025-10-09",
        },
    )
    res = r.json()["results"][0]
    assert res["ok"] and res["language"] == "ru"
    assert res["name"] == "paste.txt"  # folders dropped from the name
    big = client.post(
        "/api/upload", files=[("files", ("big.txt", b"a" * 5000, "text/plain"))]
    ).json()
    assert not big["results"][0]["ok"] and "limit" in big["results"][0]["error"]
    assert client.post("/api/upload", data={"text": "  "}).status_code == 422
    assert client.post("/api/upload", data={"text": "x", "date": "soon"}).status_code == 422


def test_token_enforced(db):
    client = TestClient(create_app(db, token="s3cret"))
    assert client.get("/api/documents").status_code == 401
    assert client.get("/documents").status_code == 401
    assert (
        client.get("/api/documents", headers={"Authorization": "Bearer wrong"}).status_code == 401
    )
    assert (
        client.get("/api/documents", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    )
    # ?token= once: the server sets a cookie and drops the token from the address.
    r = client.get("/documents?token=s3cret&lang=he", follow_redirects=False)
    assert r.status_code == 303 and "token" not in r.headers["location"]
    assert r.headers["location"] == "/documents?lang=he"
    assert "httponly" in r.headers["set-cookie"].lower()
    assert client.get("/api/documents").status_code == 200  # the cookie now carries it
    other = TestClient(create_app(db, token="s3cret"))
    assert other.post("/api/upload", data={"text": "hello"}).status_code == 401


def test_without_token_only_local_hosts(db):
    client = TestClient(create_app(db), base_url="http://evil.example.com")
    assert client.get("/api/documents").status_code == 403
    local = TestClient(create_app(db), base_url="http://127.0.0.1:8000")
    assert local.get("/api/documents").status_code == 200


def test_cross_origin_post_refused(client):
    r = client.post(
        "/api/upload", data={"text": "x"}, headers={"Origin": "http://evil.example.com"}
    )
    assert r.status_code == 403


def test_script_escaped(client):
    doc_id = _doc_id(client, "script.txt")
    r = client.get(f"/api/documents/{doc_id}")
    assert r.headers["content-type"].startswith("application/json")
    assert "<script>alert(1)</script>" in r.json()["document"]["text"]  # data, kept exact
    page = client.get(f"/documents/{doc_id}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    # The page is the static shell: document text never reaches HTML on the server side,
    # and the policy forbids inline scripts in the browser besides.
    assert "alert(1)" not in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    # The front end builds the DOM from text nodes only.
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js.replace("innerHTML is never used", "")
    assert "insertAdjacentHTML" not in js and "document.write" not in js


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../etc/passwd",
        "/static/..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static//etc/passwd",
        "/api/documents/..%2F..%2Fetc%2Fpasswd",
        "/api/documents/../../etc/passwd",
        "/documents/..%2F..%2Fetc%2Fpasswd",
        "/static/..%5c..%5cetc%5cpasswd",
    ],
)
def test_no_path_traversal(client, path):
    r = client.get(path)
    assert "root:" not in r.text
    assert r.status_code in (200, 400, 404, 422)
    if r.status_code == 200:  # only the page shell, never a file from elsewhere
        assert r.headers["content-type"].startswith("text/html")
        assert "Détente workbench" in r.text


def test_static_and_pages(client):
    for path in (
        "/",
        "/documents",
        "/events",
        "/clusters",
        "/pairs",
        "/pairs/RUS/UKR",
        "/network",
        "/search",
        "/upload",
        "/about",
    ):
        r = client.get(path)
        assert r.status_code == 200 and "/static/app.js" in r.text, path
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/nope.js").status_code == 404


def test_openapi_documents_endpoints(client):
    spec = client.get("/api/openapi.json").json()
    for path in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/clusters",
        "/api/clusters/{cluster_id}",
        "/api/pairs/{a}/{b}",
        "/api/network",
        "/api/search",
        "/api/upload",
    ):
        assert path in spec["paths"], path
    # The stock docs pages fetch scripts from a CDN; they are switched off.
    assert client.get("/docs").status_code == 404


def test_stats(client):
    data = client.get("/api/stats").json()
    assert data["counts"]["documents"] == 23
    assert data["event_types"]["ASSAULT"]["quad"] == "material_conflict"


def test_cli_serve_refuses_public_bind_without_token(monkeypatch):
    typer = pytest.importorskip("typer")
    from typer.testing import CliRunner

    from detente import cli_web

    app = typer.Typer()
    app.command("noop")(lambda: None)  # a group needs two commands to keep names
    cli_web.register(app)
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    r = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--db", "x.db"])
    assert r.exit_code == 2
    assert "--token" in r.output
    assert cli_web.is_local_bind("127.0.0.1") and cli_web.is_local_bind("::1")
    assert not cli_web.is_local_bind("0.0.0.0")


def test_pages_degrade_without_relations_and_fusion(db, monkeypatch):
    """Built-in series and network when detente.relations is missing; clusters say so."""
    from detente.web import analysis

    monkeypatch.setattr(analysis, "_optional", lambda *a, **k: None)
    monkeypatch.setattr(analysis, "_fusion", lambda: None)
    client = TestClient(create_app(db))
    pair = client.get("/api/pairs/USA/RUS").json()
    assert pair["source"] == "fallback" and "not available" in pair["notes"][0]
    assert sum(row["count"] for row in pair["series"]) == len(pair["events"]) > 0
    net = client.get("/api/network").json()
    assert net["source"] == "fallback" and net["nodes"] and net["edges"]
    assert {"source", "target", "weight", "intensity"} <= set(net["edges"][0])
    clusters = client.get("/api/clusters").json()
    assert clusters["available"] is False and "not available" in clusters["note"]
    assert client.get("/api/clusters/abc").status_code == 501
    assert client.get("/api/stats").json()["modules"] == {"relations": False, "fusion": False}
