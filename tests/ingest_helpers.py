"""Builders of test PDFs for the ingest tests.

The Hebrew and Arabic fonts are the Noto fonts compiled into PyMuPDF itself
(``pymupdf.Font(script=...)``), so no system font is needed.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

_HEBREW_SCRIPT = 5  # script numbers as MuPDF counts them (UCDN)
_ARABIC_SCRIPT = 6

_FONTS: dict[str, pymupdf.Font] = {}


def _font(key: str) -> pymupdf.Font:
    if key not in _FONTS:
        _FONTS[key] = {
            "heb": lambda: pymupdf.Font(script=_HEBREW_SCRIPT),
            "ara": lambda: pymupdf.Font(script=_ARABIC_SCRIPT),
            "helv": lambda: pymupdf.Font("helv"),
        }[key]()
    return _FONTS[key]


def _font_key(ch: str) -> str:
    o = ord(ch)
    if 0x0590 <= o <= 0x05FF:
        return "heb"
    if 0x0600 <= o <= 0x06FF:
        return "ara"
    return "helv"


def draw_visual(
    page: pymupdf.Page, visual: str, y: float, *, right: float = 550, size: float = 12
) -> None:
    """Draw a string glyph by glyph, left to right, exactly in the order given.

    This imitates producers that write right-to-left text in visual order: the content
    stream then holds a Hebrew word backwards. Spaces are not drawn, only skipped over,
    as many producers do.
    """
    for key in ("heb", "ara"):
        page.insert_font(fontname=key, fontbuffer=_font(key).buffer)
    width = sum(_font(_font_key(c)).text_length(c, size) for c in visual)
    x = right - width
    for ch in visual:
        key = _font_key(ch)
        if ch != " ":
            page.insert_text((x, y), ch, fontname=key, fontsize=size)
        x += _font(key).text_length(ch, size)


def visual_pdf(path: Path, paragraphs: list[list[str]], **metadata: str) -> Path:
    """A one-page PDF of paragraphs of visually ordered lines, right aligned."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 80.0
    for para in paragraphs:
        for line in para:
            draw_visual(page, line, y)
            y += 16
        y += 20
    if metadata:
        doc.set_metadata(metadata)
    doc.save(path)
    return path


def text_pdf(path: Path, lines: list[str], **metadata: str) -> Path:
    """A PDF written with ordinary left-to-right text insertion, one string per line."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 72.0
    for line in lines:
        if line:
            page.insert_text((72, y), line, fontname="helv", fontsize=11)
            y += 14
        else:
            y += 20
    if metadata:
        doc.set_metadata(metadata)
    doc.save(path)
    return path


def html_pdf(path: Path, html: str) -> Path:
    """A PDF laid out by MuPDF's own HTML engine (it shapes and orders RTL text itself)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_htmlbox(pymupdf.Rect(50, 50, 550, 400), html)
    doc.save(path)
    return path


def image_only_pdf(path: Path) -> Path:
    """A 'scanned' page: one picture and no text layer."""
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 40), False)
    pix.clear_with(200)
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(pymupdf.Rect(50, 50, 350, 250), pixmap=pix)
    doc.save(path)
    return path


def encrypted_pdf(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Secret minutes of the meeting.", fontname="helv")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user-pw", owner_pw="owner-pw")
    return path
