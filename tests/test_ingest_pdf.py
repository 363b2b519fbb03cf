"""PDF ingest: logical order of right-to-left text, paragraphs, metadata and bad PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import (
    encrypted_pdf,
    html_pdf,
    image_only_pdf,
    text_pdf,
    visual_pdf,
)

from detente.ingest import read_bytes, read_paths
from detente.ingest.pdf import pdf_date, visual_to_logical
from detente.models import IngestError, RawDocument

HE_LINE = "הטיסה J2-8243 התרסקה ב-25 בדצמבר 2024 (לפי הדיווח)."
# The same line as it appears on the page read from left to right: words in reverse
# order, Hebrew words spelt backwards, numbers and Latin kept, brackets drawn mirrored.
HE_VISUAL = (
    ".(" + "הדיווח"[::-1] + " " + "לפי"[::-1] + ") 2024 " + "בדצמבר"[::-1]
    + " 25-ב " + "התרסקה"[::-1] + " J2-8243 " + "הטיסה"[::-1]
)  # fmt: skip
HE_LINE2 = "שורה שנייה של אותה פסקה."
HE_VISUAL2 = "." + " ".join(w[::-1] for w in reversed("שורה שנייה של אותה פסקה".split()))

AR_LINE = "قال المتحدث إن 25 طائرة من طراز F-16 وصلت في 3 يناير 2025."
AR_VISUAL = (
    ".2025 " + "يناير"[::-1] + " 3 " + "في"[::-1] + " " + "وصلت"[::-1] + " F-16 "
    + "طراز"[::-1] + " " + "من"[::-1] + " " + "طائرة"[::-1] + " 25 " + "إن"[::-1] + " "
    + "المتحدث"[::-1] + " " + "قال"[::-1]
)  # fmt: skip


def _one(path: Path) -> RawDocument:
    (doc,) = list(read_paths([path]))
    assert isinstance(doc, RawDocument), doc
    return doc


def _error(path: Path) -> IngestError:
    (err,) = list(read_paths([path]))
    assert isinstance(err, IngestError), err
    return err


def test_visual_to_logical_hebrew_line_with_number_and_latin():
    assert visual_to_logical(HE_VISUAL, base_rtl=True) == HE_LINE


def test_visual_to_logical_keeps_niqqud_after_its_letter():
    # "שָׁלוֹם" drawn backwards, each letter followed by its points as the PDF records them
    logical = "שָׁלוֹם"
    clusters = ["ש\u05b8\u05c1", "ל", "ו\u05b9", "ם"]
    visual = "".join(reversed(clusters))
    assert visual_to_logical(visual, base_rtl=True) == logical


def test_visual_to_logical_hebrew_word_in_english_line():
    visual = "The minister said " + "שלום עולם"[::-1] + " twice."
    assert visual_to_logical(visual, base_rtl=False) == "The minister said שלום עולם twice."


def test_hebrew_pdf_drawn_in_visual_order(tmp_path):
    path = visual_pdf(tmp_path / "he.pdf", [[HE_VISUAL, HE_VISUAL2]])
    doc = _one(path)
    assert doc.media_type == "application/pdf"
    assert doc.text == HE_LINE + " " + HE_LINE2


def test_arabic_pdf_drawn_in_visual_order(tmp_path):
    path = visual_pdf(tmp_path / "ar.pdf", [[AR_VISUAL]])
    doc = _one(path)
    # The glyph codes are Arabic presentation forms; they come back as plain letters.
    assert doc.text == AR_LINE


def test_hebrew_and_arabic_paragraphs_separated_by_blank_line(tmp_path):
    path = visual_pdf(tmp_path / "both.pdf", [[HE_VISUAL], [AR_VISUAL]])
    assert _one(path).text == HE_LINE + "\n\n" + AR_LINE


def test_hebrew_pdf_laid_out_by_mupdf_html(tmp_path):
    # MuPDF shapes RTL text itself and draws in logical order with mirrored brackets.
    path = html_pdf(tmp_path / "html.pdf", f'<p dir="rtl">{HE_LINE}</p>')
    assert _one(path).text == HE_LINE


def test_english_pdf_paragraphs_title_and_date(tmp_path):
    path = text_pdf(
        tmp_path / "en.pdf",
        [
            "Russia and Turkey signed a trade agreement in Ankara",
            "on Tuesday, officials said.",
            "",
            "The inter-",
            "national talks will resume in May (2025).",
        ],
        title="Trade deal",
        creationDate="D:20241225103000+02'00'",
    )
    doc = _one(path)
    assert doc.text == (
        "Russia and Turkey signed a trade agreement in Ankara on Tuesday, officials said."
        "\n\nThe international talks will resume in May (2025)."
    )
    assert doc.title == "Trade deal"
    assert doc.date == "2024-12-25"
    assert doc.date_source == "metadata"


def test_date_option_overrides_pdf_metadata(tmp_path):
    path = text_pdf(tmp_path / "en.pdf", ["Hello world."], creationDate="D:20200101")
    (doc,) = list(read_paths([path], date="2025-03-04"))
    assert (doc.date, doc.date_source) == ("2025-03-04", "option")


def test_pdf_date_strings():
    assert pdf_date("D:20241225103000+02'00'") == "2024-12-25"
    assert pdf_date("D:202412") == "2024-12"
    assert pdf_date("2019") == "2019"
    assert pdf_date("garbage") is None
    assert pdf_date("") is None


def test_scanned_pdf_has_no_text_layer(tmp_path):
    err = _error(image_only_pdf(tmp_path / "scan.pdf"))
    assert err.reason == "PDF has no text layer (scanned image?)"


def test_encrypted_pdf(tmp_path):
    err = _error(encrypted_pdf(tmp_path / "secret.pdf"))
    assert "encrypted" in err.reason


def test_truncated_pdf(tmp_path):
    whole = text_pdf(tmp_path / "whole.pdf", ["Some text on the page."]).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    assert "truncated" in _error(cut).reason


def test_corrupt_pdf(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    err = _error(bad)
    assert "PDF" in err.reason and ("corrupt" in err.reason or "no text" in err.reason)


def test_pdf_extension_without_pdf_content(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    assert "not a PDF" in _error(fake).reason


def test_pdf_sniffed_by_content_not_extension(tmp_path):
    data = text_pdf(tmp_path / "x.pdf", ["Content decides the format."]).read_bytes()
    doc = read_bytes(data, "report.txt", "/tmp/report.txt")
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "application/pdf"
    assert doc.text == "Content decides the format."


@pytest.mark.parametrize("n", [1, 3])
def test_bad_pdf_does_not_stop_others(tmp_path, n):
    image_only_pdf(tmp_path / "a_scan.pdf")
    for i in range(n):
        text_pdf(tmp_path / f"b{i}.pdf", [f"Page number {i}."])
    out = list(read_paths([tmp_path]))
    assert isinstance(out[0], IngestError)
    assert [d.text for d in out[1:]] == [f"Page number {i}." for i in range(n)]
