"""Ingest of text and HTML: encodings, formats, folders, standard input and bad inputs."""

from __future__ import annotations

import io
import os
import random
import sys
import unicodedata
import zipfile

import pytest

from detente.ingest import read_bytes, read_paths, read_text
from detente.models import IngestError, RawDocument

HE = "ראש הממשלה נפגש היום בירושלים עם שר החוץ של צרפת.\nהשניים דנו בהסכם החדש."
AR = "التقى وزير الخارجية نظيره الروسي في موسكو يوم الثلاثاء.\nوبحث الجانبان الوضع في سوريا."
RU = "Министр иностранных дел России встретился с коллегой из Турции.\nСтороны обсудили ситуацию в Сирии."
EN = "The foreign ministers met in Geneva on Monday.\nThey agreed to meet again."

TEXTS = {"he": HE, "ar": AR, "ru": RU, "en": EN}
LEGACY = {"he": "cp1255", "ar": "cp1256", "ru": "cp1251"}


def _one(data: bytes, name: str = "doc.txt", **kw) -> RawDocument | IngestError:
    return read_bytes(data, name, "/abs/" + name, **kw)


def _ok(data: bytes, name: str = "doc.txt", **kw) -> RawDocument:
    doc = _one(data, name, **kw)
    assert isinstance(doc, RawDocument), doc
    return doc


def _err(data: bytes, name: str = "doc.txt", **kw) -> IngestError:
    err = _one(data, name, **kw)
    assert isinstance(err, IngestError), err
    return err


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["he", "ar", "ru", "en"])
@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", None),  # with BOM, platform byte order
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-32", None),
    ],
)
def test_unicode_encodings_decode_to_the_original(lang, codec, expected):
    doc = _ok(TEXTS[lang].encode(codec))
    assert doc.text == TEXTS[lang]
    assert doc.media_type == "text/plain"
    if expected:
        assert doc.encoding == expected
    else:
        assert doc.encoding.startswith(codec)


def test_utf16_with_bom_both_byte_orders():
    for codec, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        doc = _ok(bom + HE.encode(codec))
        assert doc.text == HE
        assert doc.encoding == codec


@pytest.mark.parametrize("lang", ["he", "ar", "ru"])
def test_legacy_code_pages(lang):
    codec = LEGACY[lang]
    doc = _ok(TEXTS[lang].encode(codec))
    assert doc.text == TEXTS[lang]
    assert doc.encoding == codec


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("שלום לכולם", "cp1255"),
        ("מה שלומך?", "cp1255"),
        ("سلام عليكم", "cp1256"),
        ("مرحبا بكم", "cp1256"),
        ("Привет всем", "cp1251"),
        ("Да", "cp1251"),
        ("ок", "cp1251"),
        ("לא", "cp1255"),
        ("نعم", "cp1256"),
        ("Привет всем", "koi8_r"),
    ],
)
def test_short_legacy_texts_are_not_confused(text, codec):
    doc = _ok(text.encode(codec))
    assert doc.text == text
    assert doc.encoding == codec


def test_hebrew_with_niqqud_in_cp1255():
    text = "בְּרֵאשִׁית בָּרָא"
    doc = _ok(text.encode("cp1255"))
    assert doc.text == unicodedata.normalize("NFC", text)
    assert doc.encoding == "cp1255"


def test_russian_koi8r():
    doc = _ok(RU.encode("koi8_r"))
    assert doc.text == RU


def test_western_latin_text():
    text = "Le ministre a déclaré que la coopération économique était très importante."
    doc = _ok(text.encode("cp1252"))
    assert doc.text == text


def test_extension_does_not_decide_encoding():
    doc = _ok(HE.encode("cp1255"), name="article.html.bak")
    assert doc.text == HE


def test_newlines_and_nfc():
    decomposed = unicodedata.normalize("NFD", "Café ёлка")
    doc = _ok(("line one\r\nline two\rline three\n" + decomposed).encode("utf-8"))
    assert doc.text == "line one\nline two\nline three\n" + "Café ёлка"
    assert doc.text == unicodedata.normalize("NFC", doc.text)


def test_read_text_for_pasted_text():
    doc = read_text("שלום\r\nעולם")
    assert doc.text == "שלום\nעולם"
    assert doc.name == "<text>"


# --- HTML --------------------------------------------------------------------------------

ARTICLE = [
    "The foreign ministers of Russia and Turkey met in Ankara on Tuesday to discuss the war in Syria.",
    "Both sides agreed to keep a ceasefire in Idlib and to hold further consultations next month.",
    "The talks lasted four hours, according to a statement released by the Turkish ministry.",
]

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title} | News Site</title>
<meta property="article:published_time" content="2024-11-05T09:30:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<header><div class="logo">News Site Logo</div></header>
<main><article>
<h1>{title}</h1>
{paragraphs}
</article>
<section class="comments"><h3>Comments</h3><div class="comment"><p>Reader comment: this is spam spam spam.</p></div></section>
</main>
<footer><p>Copyright footer text 2024. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def _page(paragraphs: list[str], title: str, charset: str = "utf-8") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(charset=charset, title=title, paragraphs=paras)


def test_html_article_without_menus_footer_or_comments():
    doc = _ok(_page(ARTICLE, "Ministers meet in Ankara").encode("utf-8"), name="a.html")
    assert doc.media_type == "text/html"
    for para in ARTICLE:
        assert para in doc.text.split("\n")
    for junk in ("World news menu", "Copyright footer", "Privacy policy", "spam", "Logo"):
        assert junk not in doc.text
    assert doc.title is not None and "Ministers meet in Ankara" in doc.title
    assert doc.date == "2024-11-05"
    assert doc.date_source == "metadata"


@pytest.mark.parametrize(
    ("lang", "charset"), [("ru", "windows-1251"), ("ar", "windows-1256"), ("he", "windows-1255")]
)
def test_html_in_legacy_charset(lang, charset):
    sentences = [s for s in TEXTS[lang].split("\n")]
    paragraphs = [s + " " + s for s in sentences]  # long enough to count as an article
    html = _page(paragraphs, sentences[0][:20], charset=charset)
    doc = _ok(html.encode(LEGACY[lang]), name="page.htm")
    for para in paragraphs:
        assert para in doc.text
    assert doc.encoding == charset


def test_html_sniffed_by_content_despite_txt_extension():
    doc = _ok(_page(ARTICLE, "Sniffed").encode("utf-8"), name="saved.txt")
    assert doc.media_type == "text/html"
    assert ARTICLE[0] in doc.text


def test_tiny_html_falls_back_to_plain_text():
    html = (
        b"<html><head><title>T</title></head><body><p>Short note.</p><p>Second.</p></body></html>"
    )
    doc = _ok(html, name="n.html")
    assert doc.text == "Short note.\nSecond."
    assert doc.title == "T"


def test_date_option_overrides_html_metadata():
    doc = _ok(_page(ARTICLE, "Dated").encode("utf-8"), name="a.html", date="2025-01-02")
    assert (doc.date, doc.date_source) == ("2025-01-02", "option")


def test_plain_text_has_no_date_unless_given():
    assert _ok(b"Talks on 5 May 2024 in Baku.").date is None
    doc = _ok(b"Talks in Baku.", date="2024-05-05")
    assert (doc.date, doc.date_source) == ("2024-05-05", "option")


# --- bad inputs --------------------------------------------------------------------------


def test_empty_file():
    assert _err(b"").reason == "empty file"


def test_whitespace_only_file():
    assert "no text" in _err(b"  \n\r\n\t ").reason


def test_png_is_binary():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100)
    reason = _err(data, name="photo.txt").reason
    assert "binary" in reason and "PNG" in reason


def test_zip_is_binary():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    assert "binary" in _err(buf.getvalue(), name="archive.txt").reason


def test_random_bytes_are_rejected():
    data = random.Random(7).randbytes(4000)
    reason = _err(data, name="noise.bin").reason
    assert "binary" in reason or "undecodable" in reason


def test_control_characters_are_binary():
    data = bytes(range(1, 9)) * 200 + b"some text"
    assert "binary" in _err(data).reason


def test_high_bytes_without_a_script_are_undecodable():
    data = bytes(range(0x80, 0x100)) * 10
    reason = _err(data).reason
    assert "undecodable" in reason or "binary" in reason


def test_over_size_limit_in_memory():
    reason = _err(b"x" * 2000, max_bytes=1000).reason
    assert reason.startswith("larger than the")


def test_over_size_limit_on_disk(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 21_000_000)
    (err,) = list(read_paths([big]))
    assert isinstance(err, IngestError)
    assert err.reason == "larger than the 20 MB limit (21 MB)"


def test_nonexistent_path(tmp_path):
    (err,) = list(read_paths([tmp_path / "missing.txt"]))
    assert isinstance(err, IngestError)
    assert err.name == "missing.txt"
    assert err.reason == "no such file or folder"


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    (err,) = list(read_paths([tmp_path / "empty"]))
    assert isinstance(err, IngestError)
    assert "no files" in err.reason


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path):
    f = tmp_path / "locked.txt"
    f.write_text("secret")
    f.chmod(0)
    try:
        (err,) = list(read_paths([f]))
    finally:
        f.chmod(0o644)
    assert isinstance(err, IngestError)
    assert "permission denied" in err.reason


# --- folders and stdin -------------------------------------------------------------------


def test_folder_recursion_sorted_hidden_skipped_and_errors_do_not_stop(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b.txt").write_bytes(RU.encode("cp1251"))
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "sub" / "c.txt").write_bytes(HE.encode("utf-16"))
    (root / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(30))
    (root / "empty.txt").write_bytes(b"")
    (root / ".hidden.txt").write_text("hidden")
    (root / ".git" / "config").write_text("hidden too")

    out = list(read_paths([root]))
    assert [d.name for d in out] == ["a.txt", "b.txt", "broken.png", "empty.txt", "sub/c.txt"]
    assert [type(d).__name__ for d in out] == [
        "RawDocument", "RawDocument", "IngestError", "IngestError", "RawDocument",
    ]  # fmt: skip
    assert out[1].text == RU and out[4].text == HE
    assert out[4].source == str((root / "sub" / "c.txt").absolute())


def test_exclude_globs_skip_files_inside_folders_only(tmp_path):
    root = tmp_path / "in"
    (root / "drafts").mkdir(parents=True)
    (root / "a.txt").write_text(EN, encoding="utf-8")
    (root / "README.md").write_text("# About this folder\n", encoding="utf-8")
    (root / "drafts" / "d.txt").write_text(RU, encoding="utf-8")
    out = list(read_paths([root], exclude=["README*", "drafts/*"]))
    assert [d.name for d in out] == ["a.txt"]
    # a file named on the command line is read even when a pattern matches it
    named = list(read_paths([root / "README.md"], exclude=["README*"]))
    assert [d.name for d in named] == ["README.md"] and isinstance(named[0], RawDocument)
    # a folder whose every file is excluded is an error that says why
    (only := tmp_path / "only").mkdir()
    (only / "README.md").write_text("x", encoding="utf-8")
    (e,) = read_paths([only], exclude=["*.md"])
    assert isinstance(e, IngestError) and "--exclude" in e.reason


def test_file_and_missing_path_together(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(AR, encoding="utf-8")
    out = list(read_paths([tmp_path / "nope", str(f)]))
    assert isinstance(out[0], IngestError)
    assert isinstance(out[1], RawDocument) and out[1].text == AR
    assert out[1].name == "x.txt" and out[1].source == str(f.absolute())


class _FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(HE.encode("cp1255")))
    (doc,) = list(read_paths(["-"], date="2024-12-25"))
    assert isinstance(doc, RawDocument)
    assert doc.text == HE
    assert doc.name == doc.source == "<stdin>"
    assert (doc.date, doc.date_source) == ("2024-12-25", "option")


def test_stdin_too_large(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b"a" * 5000))
    (err,) = list(read_paths(["-"], max_bytes=1000))
    assert isinstance(err, IngestError)
    assert err.reason.startswith("larger than the")


def test_stdin_empty(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _FakeStdin(b""))
    (err,) = list(read_paths(["-"]))
    assert isinstance(err, IngestError) and err.reason == "empty file"


def test_error_str_is_one_line():
    err = _err(b"")
    assert str(err) == "doc.txt: empty file"
