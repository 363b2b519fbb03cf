"""Main article text, title and date of an HTML page."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from detente.ingest.text import DecodeProblem, decode_text

__all__ = ["HtmlResult", "looks_like_html", "extract_html"]

_MARKERS = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_BLOCK_TAGS = re.compile(rb"<(p|div|h[1-6]|br|li|article|section|span|a)[\s/>]", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""",
    re.I,
)
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")

# Elements that are page furniture, never article text (used by the fallback only).
_FURNITURE = (
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "header",
    "aside",
    "form",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
)
_BLOCKS = (
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "article",
    "section",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "tr",
    "br",
)


@dataclass
class HtmlResult:
    text: str
    encoding: str
    title: str | None
    date: str | None


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes are an HTML page, judged from markup near the start."""
    head = data[:4096].replace(b"\x00", b"")
    if _MARKERS.search(head):
        return True
    stripped = head.lstrip()
    return stripped.startswith(b"<") and len(_BLOCK_TAGS.findall(head)) >= 2


def _decode(data: bytes) -> tuple[str, str]:
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        # Browsers read the Latin-1 label as windows-1252; so do we.
        if declared in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
            declared = "cp1252"
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # wrong or unknown label: the bytes decide
    return decode_text(data)


def _norm_date(value: str | None) -> str | None:
    if not value:
        return None
    m = _ISO_DATE.match(value.strip())
    return m.group(0) if m else None


def _fallback_text(html: str) -> tuple[str, str | None]:
    """Plain text of the page body, block by block, when trafilatura finds no article."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several types for broken markup
        return "", None
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    for el in root.xpath("//" + " | //".join(_FURNITURE)):
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    body = root.find(".//body")
    raw = (body if body is not None else root).text_content()
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    return "\n".join(line for line in lines if line), title or None


def extract_html(data: bytes) -> HtmlResult:
    """Decode an HTML page and extract its article; raises DecodeProblem."""
    html, encoding = _decode(data)
    html = html.lstrip("\ufeff")
    if "\x00" in html:
        raise DecodeProblem("binary data inside an HTML page")

    text = ""
    title = date = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a crash in the extractor should not lose the page: use the fallback
        doc = None
    if doc is not None:
        text = (getattr(doc, "text", None) or "").strip()
        title = (getattr(doc, "title", None) or "").strip() or None
        date = _norm_date(getattr(doc, "date", None))
    if not text or not title:
        fallback_text, fallback_title = _fallback_text(html)
        text = text or fallback_text
        title = title or fallback_title
    if not text.strip():
        raise DecodeProblem("HTML page has no readable text")
    return HtmlResult(text=text, encoding=encoding, title=title, date=date)
