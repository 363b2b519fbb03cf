"""The workbench in a real browser: Debian's headless Chromium driven by Playwright.

Needs /usr/bin/chromium (``.ci/install-browser`` installs it) and the ``playwright``
Python package; the browser Playwright would download is not used. A missing browser
FAILS these tests: they guard the pages and must not vanish from a run unnoticed.
Screenshots of every page go to artifacts/screenshots/.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from detente import api
from detente.ingest import read_text
from detente.store import open_store

CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "artifacts" / "screenshots"
SCRIPT_DOC = "Markup test <script>alert(1)</script> and <img src=x onerror=alert(2)> stay text.\n"
HE_PREFIXED = (
    "שר החוץ הודיע כי ישראל תחזק את הקשרים עם אוקראינה, ולרוסיה לא תהיה השפעה על ההחלטה.\n"
)


def _need_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.fail("the 'playwright' Python package is missing: pip install playwright")
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run .ci/install-browser "
            "(apt-get install chromium) before the browser tests"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    _need_browser()
    db = tmp_path_factory.mktemp("browser") / "demo.db"
    api.demo(db)
    with open_store(db) as store:
        for text, name in ((SCRIPT_DOC, "script.txt"), (HE_PREFIXED, "he_prefixed.txt")):
            store.add(api.process_raw(read_text(text, name)))
        try:  # cluster the events when fusion is there, so the cluster page has content
            from detente.fusion import update_clusters

            update_clusters(store, embed=False, claims=True)
        except ImportError:
            pass
    port = _free_port()
    code = (
        "import sys, uvicorn; from detente.web import create_app; "
        "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)])
    base = f"http://127.0.0.1:{port}"
    # Wait for the server to answer; a readiness wait, not a timing assertion.
    for _ in range(300):
        if proc.poll() is not None:
            pytest.fail(f"the web server exited with status {proc.returncode}")
        try:
            _get(base + "/api/stats")
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.terminate()
        pytest.fail("the web server did not start")
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, base_url=server)
    pg = ctx.new_page()
    # An upload runs the whole pipeline, loading the parsers on first use; on a loaded
    # 2-core machine that can take longer than Playwright's default 30 s wait.
    pg.set_default_timeout(120_000)
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    # Nothing may be fetched from anywhere but the workbench itself.
    pg.outside = []
    pg.on(
        "request",
        lambda r: (
            None
            if r.url.startswith(server) or r.url.startswith("data:")
            else pg.outside.append(r.url)
        ),
    )
    yield pg
    assert not pg.errors, pg.errors
    assert not pg.outside, pg.outside
    ctx.close()


def _open(page, path):
    page.goto(path)
    page.wait_for_selector("body[data-ready='1']")


def _shot(page, name):
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def _doc_id(server, name):
    return next(d["doc_id"] for d in _get(server + "/api/documents")["items"] if d["name"] == name)


def test_documents_list(page):
    _open(page, "/documents")
    rows = page.locator("#documents tbody tr")
    assert rows.count() == 23
    assert page.locator("#documents").get_by_text("he_01_idf_strikes_iran.txt").count() == 1
    # Hebrew and Arabic titles are laid out right to left by dir="auto".
    he_title = page.locator("tr:has-text('he_01_idf_strikes_iran.txt') td[dir='auto']").first
    assert he_title.evaluate("el => getComputedStyle(el.querySelector('a')).direction") == "rtl"
    _shot(page, "documents")


def test_hebrew_reading_view_highlights(page, server):
    doc_id = _doc_id(server, "he_01_idf_strikes_iran.txt")
    data = _get(f"{server}/api/documents/{doc_id}")
    _open(page, f"/documents/{doc_id}")
    article = page.locator("#doctext")
    assert article.get_attribute("dir") == "rtl"
    assert article.get_attribute("lang") == "he"
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert (
        article.evaluate("el => getComputedStyle(el.querySelector('p')).unicodeBidi") == "plaintext"
    )
    marks = page.locator("#doctext mark.m")
    assert marks.count() == len(data["mentions"])
    text = data["document"]["text"]
    for i in range(marks.count()):
        m = marks.nth(i)
        mention = data["mentions"][int(m.get_attribute("data-m"))]
        assert m.inner_text() == mention["raw_text"] == text[mention["start"] : mention["end"]]
    # Evidence of every event is marked, and the trigger inside it.
    assert page.locator("#doctext .ev").count() >= len(data["events"])
    assert page.locator("#doctext .trg").count() >= 1
    # Clicking a mention shows its entity.
    marks.first.click()
    assert page.locator("#detail").is_visible()
    assert data["mentions"][0]["entity_name"] in page.locator("#detail").inner_text()
    _shot(page, "document_he")


def test_arabic_reading_view(page, server):
    doc_id = _doc_id(server, "ar_04_azal_flight_suspensions.txt")
    _open(page, f"/documents/{doc_id}")
    assert page.locator("#doctext").get_attribute("dir") == "rtl"
    assert page.locator("#doctext").get_attribute("lang") == "ar"
    _shot(page, "document_ar")


def test_script_document_shown_as_text(page, server):
    doc_id = _doc_id(server, "script.txt")
    _open(page, f"/documents/{doc_id}")
    assert "<script>alert(1)</script>" in page.locator("#doctext").inner_text()
    assert page.locator("#doctext script").count() == 0
    assert page.locator("#doctext img").count() == 0
    assert page.dialogs == []
    _shot(page, "document_script")
    _open(page, "/documents")
    assert (
        page.locator("#documents").get_by_text("<script>alert(1)</script>", exact=False).count()
        == 1
    )
    assert page.dialogs == []


def test_events_filtering(page, server):
    _open(page, "/events")
    total = page.locator("#events tbody tr").count()
    assert total > 50
    page.fill("input[name=actor]", "RUS")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("#eventfilters button[type=submit]")
    page.wait_for_url("**/events?actor=RUS&type=ASSAULT")
    page.wait_for_selector("body[data-ready='1']")
    rows = page.locator("#events tbody tr")
    assert 0 < rows.count() < total
    for i in range(rows.count()):
        assert "ASSAULT" in rows.nth(i).locator("td").nth(1).inner_text()
    href = page.locator("#csv").get_attribute("href")
    assert "format=csv" in href and "actor=RUS" in href and "type=ASSAULT" in href
    _shot(page, "events_filtered")
    # Negated events are struck through with a badge; hypothetical ones in italics.
    _open(page, "/events?negated=true")
    neg = page.locator("#events tbody tr.negated")
    assert neg.count() == _get(server + "/api/events?negated=true")["total"]
    for i in range(neg.count()):
        assert neg.nth(i).locator(".badge.neg").count() == 1
        deco = (
            neg.nth(i).locator(".etype").evaluate("el => getComputedStyle(el).textDecorationLine")
        )
        assert "line-through" in deco
    _open(page, "/events?modality=hypothetical")
    hyp = page.locator("#events tbody tr.hypothetical")
    assert hyp.count() == _get(server + "/api/events?modality=hypothetical")["total"]
    if hyp.count():
        assert hyp.first.locator(".badge.hyp").count() == 1
        style = hyp.first.locator("td.evtext").evaluate("el => getComputedStyle(el).fontStyle")
        assert style == "italic"
    _open(page, "/events")
    _shot(page, "events")


def test_pair_timeline(page):
    _open(page, "/pairs/USA/RUS")
    svg = page.locator("#timeline svg")
    assert svg.count() == 1
    points = page.locator("#timeline circle.pt")
    assert points.count() >= 1
    points.first.hover()
    assert page.locator("#tooltip").is_visible()
    assert "index" in page.locator("#tooltip").inner_text()
    assert page.locator("h3").count() >= 1  # events by month
    _shot(page, "pair")
    _open(page, "/pairs")
    assert page.locator("#pairs tbody tr").count() > 3
    _shot(page, "pairs")


def test_network(page):
    _open(page, "/network")
    nodes = page.locator("#network g.node")
    assert nodes.count() > 5
    edges = page.locator("#network line.edge")
    assert edges.count() > 3
    classes = {edges.nth(i).get_attribute("class") for i in range(edges.count())}
    assert any("conf" in c for c in classes) and any("coop" in c for c in classes)
    page.locator("#network g.node[data-id='RUS']").click()
    page.wait_for_selector("#netdetail .card")
    assert page.locator("#netdetail .card").count() > 0
    edges.first.dispatch_event("click")
    page.wait_for_selector("#netdetail a[href^='/pairs/']")
    _shot(page, "network")


def test_search_hebrew_prefix(page):
    _open(page, "/search?q=רוסיה")
    results = page.locator("#results .result")
    assert results.count() >= 1
    hit_texts = page.locator("#results mark.hit").all_inner_texts()
    assert "ולרוסיה" in hit_texts
    _shot(page, "search_he")
    # The hit is highlighted in the reading view too.
    page.locator("#results .result:has-text('ולרוסיה') a[href^='/documents/']").first.click()
    page.wait_for_selector("body[data-ready='1']")
    # The mention of Russia starts after the clitics, so the hit may be drawn in pieces.
    assert "ולרוסיה" in "".join(page.locator("#doctext mark.hit").all_inner_texts())


def test_search_arabic_prefix(page):
    _open(page, "/search?q=روسيا")
    assert "وروسيا" in page.locator("#results mark.hit").all_inner_texts()
    _shot(page, "search_ar")


def test_upload_good_and_bad(page, tmp_path):
    good = tmp_path / "good_upload.txt"
    good.write_text(
        "Turkey and Azerbaijan signed a gas transit agreement in Baku on 3 March 2025.\n"
    )
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not really a pdf")
    _open(page, "/upload")
    page.set_input_files("#files", [str(good), str(bad)])
    page.click("#uploadfiles")
    page.wait_for_selector("#uploads tr[data-name='broken.pdf'] .badge")
    page.wait_for_selector("#uploads tr[data-name='good_upload.txt'] .badge")
    ok_row = page.locator("#uploads tr[data-name='good_upload.txt']")
    bad_row = page.locator("#uploads tr[data-name='broken.pdf']")
    assert ok_row.locator(".badge.ok").count() == 1
    assert bad_row.locator(".badge.bad").count() == 1
    assert "PDF" in bad_row.inner_text()
    # Pasted text goes the same way.
    page.fill("#pastetext", "Россия и Казахстан подписали соглашение о сотрудничестве.")
    page.fill("#pastename", "pasted_ru.txt")
    page.click("#uploadtext")
    page.wait_for_selector("#uploads tr[data-name='pasted_ru.txt'] .badge")
    assert page.locator("#uploads tr[data-name='pasted_ru.txt'] .badge.ok").count() == 1
    _shot(page, "upload")


def test_clusters_page(page, server):
    data = _get(server + "/api/clusters")
    _open(page, "/clusters")
    if not data["available"]:
        assert "not available" in page.locator("main").inner_text()
        _shot(page, "clusters")
        return
    assert page.locator("#clusters tbody tr").count() == len(data["items"])
    # Contradictions are set apart, each version with the sentences behind it.
    assert page.locator(".contra").count() == len(data["contradictions"])
    if data["contradictions"]:
        assert page.locator(".contra .claim .quote").count() >= 2
    _shot(page, "clusters")
    multi = max(data["items"], key=lambda c: c["reports"])
    _open(page, f"/clusters/{multi['id']}")
    reports = page.locator(".reports .report")
    assert reports.count() == multi["reports"]
    for i in range(reports.count()):
        quote = reports.nth(i).locator(".quote")
        lang = quote.get_attribute("lang")
        assert quote.get_attribute("dir") == ("rtl" if lang in ("he", "ar") else "ltr")
    _shot(page, "cluster")


def test_about_page(page):
    _open(page, "/about")
    assert page.locator("td:has-text('/api/events')").count() >= 1
    _shot(page, "about")
