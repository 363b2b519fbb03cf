"""Text layer of a PDF in logical reading order, right-to-left scripts included.

PDF producers draw glyphs wherever they like: some emit Hebrew and Arabic in logical
order, others in visual order (left to right as seen), and text extractors differ in how
they guess. We ignore drawing order altogether: every character is placed by its position
on the page, lines are rebuilt from baselines, characters sorted left to right give the
visual line, and the Unicode bidi algorithm turns the visual line back into logical order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from detente.ingest.text import DecodeProblem

__all__ = ["PdfResult", "extract_pdf", "visual_to_logical", "pdf_date"]

_RTL_CLASSES = {"R", "AL"}
_BULLETS = set("•◦▪▫‣●○■□–")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@dataclass
class PdfResult:
    text: str
    title: str | None
    date: str | None
    pages: int


@dataclass
class _Cluster:
    """A base character with the combining marks drawn on it."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float


@dataclass
class _Line:
    baseline: float
    size: float
    clusters: list[_Cluster] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.clusters)

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.clusters)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _direction_counts(text: str) -> tuple[int, int]:
    rtl = ltr = 0
    for ch in text:
        b = unicodedata.bidirectional(ch)
        if b in _RTL_CLASSES:
            rtl += 1
        elif b == "L":
            ltr += 1
    return rtl, ltr


def visual_to_logical(visual: str, base_rtl: bool) -> str:
    """Logical order of one line given in visual (left-to-right on the page) order.

    Reordering a line by the bidi algorithm is its own inverse for ordinary text, so the
    algorithm applied to the visual string restores the logical one, with numbers and
    Latin words inside right-to-left text kept left to right, and brackets mirrored back.
    """
    from bidi import get_display

    out = get_display(visual, base_dir="R" if base_rtl else "L")
    # Reversal leaves the marks of right-to-left letters in front of their letter.
    chars = list(out)
    result: list[str] = []
    pending: list[str] = []
    for ch in chars:
        if _is_mark(ch):
            pending.append(ch)
            continue
        if pending and unicodedata.bidirectional(ch) in _RTL_CLASSES:
            # The reversal also turned the marks' own sequence around.
            result.append(ch)
            result.extend(reversed(pending))
        else:
            result.extend(pending)
            result.append(ch)
        pending = []
    result.extend(pending)
    return _mirror_brackets("".join(result), base_rtl)


_MIRROR = {
    "(": ")",
    ")": "(",
    "[": "]",
    "]": "[",
    "{": "}",
    "}": "{",
    "<": ">",
    ">": "<",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    "\u2039": "\u203a",
    "\u203a": "\u2039",
}


def _strong(ch: str) -> str | None:
    b = unicodedata.bidirectional(ch)
    if b in _RTL_CLASSES:
        return "R"
    return "L" if b == "L" else None


def _mirror_brackets(text: str, base_rtl: bool) -> str:
    """Turn bracket glyphs drawn for right-to-left text back into their logical characters.

    On the page a bracket inside right-to-left text is drawn as its mirror image (the
    opening parenthesis looks like ")"), and the PDF records the glyph it shows. A bracket
    counts as right-to-left when the nearest letter on either side is (for a right-to-left
    line: unless both sides are left-to-right letters).
    """
    if not any(ch in _MIRROR for ch in text):
        return text
    out = list(text)
    for i, ch in enumerate(text):
        if ch not in _MIRROR:
            continue
        before = next((s for s in map(_strong, reversed(text[:i])) if s), None)
        after = next((s for s in map(_strong, text[i + 1 :]) if s), None)
        sides = {x for x in (before, after) if x}
        rtl = (sides != {"L"}) if base_rtl else (sides == {"R"})
        if rtl:
            out[i] = _MIRROR[ch]
    return "".join(out)


def _page_lines(page) -> tuple[list[_Line], list[str]]:
    """Horizontal text as lines rebuilt from character positions; other text as is."""
    import pymupdf

    flags = pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_INHIBIT_SPACES
    raw = page.get_text("rawdict", flags=flags)
    clusters: list[_Cluster] = []
    others: list[str] = []
    for block in raw.get("blocks", []):
        if block.get("type", 0) != 0:
            continue
        for line in block.get("lines", []):
            dx, dy = line.get("dir", (1.0, 0.0))
            horizontal = dx > 0.99 and abs(dy) < 0.02
            if not horizontal:
                text = "".join(c["c"] for s in line["spans"] for c in s["chars"]).strip()
                if text:
                    others.append(text)
                continue
            for span in line["spans"]:
                size = float(span.get("size") or 10.0)
                for ch in span["chars"]:
                    c = ch["c"]
                    if not c or c.isspace() or c == "\ufffd":
                        continue
                    if _is_mark(c) and clusters:
                        clusters[-1].text += c
                        continue
                    x0, _, x1, _ = ch["bbox"]
                    clusters.append(_Cluster(c, x0, x1, ch["origin"][1], size))
    return _group_lines(clusters), others


def _group_lines(clusters: list[_Cluster]) -> list[_Line]:
    """Lines from clusters sharing a baseline, split where a wide gap marks a column."""
    clusters = sorted(clusters, key=lambda c: c.baseline)
    rows: list[list[_Cluster]] = []
    for c in clusters:
        if rows and abs(c.baseline - rows[-1][-1].baseline) <= 0.35 * max(c.size, 1.0):
            rows[-1].append(c)
        else:
            rows.append([c])
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda c: (c.x0 + c.x1) / 2)
        size = max(c.size for c in row)
        current = _Line(row[0].baseline, size, [row[0]])
        for prev, c in zip(row, row[1:], strict=False):
            if c.x0 - prev.x1 > 2.5 * size:
                lines.append(current)
                current = _Line(c.baseline, size, [])
            current.clusters.append(c)
        lines.append(current)
    return lines


def _line_visual(line: _Line) -> str:
    """The line as seen on the page, with spaces where the glyphs leave a word gap."""
    parts: list[str] = []
    prev: _Cluster | None = None
    for c in line.clusters:
        if prev is not None and c.x0 - prev.x1 > 0.15 * min(c.size, prev.size):
            parts.append(" ")
        parts.append(c.text)
        prev = c
    return "".join(parts)


def _paragraphs(lines: list[_Line], page_rtl: bool) -> list[list[str]]:
    """Lines gathered into paragraphs by vertical spacing and horizontal overlap."""
    # Reading order of lines on one baseline follows the page direction.
    order = sorted(
        lines,
        key=lambda ln: (round(ln.baseline, 1), -ln.x1 if page_rtl else ln.x0),
    )
    paras: list[tuple[_Line, list[str]]] = []
    for line in order:
        visual = _line_visual(line)
        rtl, ltr = _direction_counts(visual)
        if rtl:
            text = visual_to_logical(visual, base_rtl=rtl >= ltr or (page_rtl and ltr == 0))
        else:
            text = visual
        text = _fold_presentation_forms(text)
        target = None
        # A list item starts its own paragraph however tight the spacing.
        starts_item = text[:1] in _BULLETS
        for i in range(len(paras) - 1, -1, -1) if not starts_item else ():
            last, _ = paras[i]
            gap = line.baseline - last.baseline
            overlap = min(line.x1, last.x1) - max(line.x0, last.x0)
            if 0 < gap <= 1.7 * max(line.size, last.size) and overlap > 0:
                if abs(line.size - last.size) <= 0.25 * max(line.size, last.size):
                    target = i
                break
        if target is None:
            paras.append((line, [text]))
        else:
            paras[target][1].append(text)
            paras[target] = (line, paras[target][1])
    return [texts for _, texts in paras]


def _fold_presentation_forms(text: str) -> str:
    """Arabic presentation forms (shaped glyph codes some PDFs carry) to plain letters."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def _join_lines(lines: list[str]) -> str:
    """One paragraph from its wrapped lines; a word hyphenated at a line end is rejoined."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith("\u00ad"):
            text = text[:-1] + line
        elif (
            text.endswith("-")
            and len(text) > 1
            and text[-2].isalpha()
            and text[-2].islower()
            and line[0].islower()
        ):
            text = text[:-1] + line
        else:
            text += " " + line
    return text


def pdf_date(value: str | None) -> str | None:
    """YYYY-MM-DD (or shorter) from a PDF date string such as D:20241225103000+02'00'."""
    if not value:
        return None
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    year, month, day = m.groups()
    if not 1900 <= int(year) <= 2200:
        return None
    if month and 1 <= int(month) <= 12:
        if day and 1 <= int(day) <= 31:
            return f"{year}-{month}-{day}"
        return f"{year}-{month}"
    return year


def extract_pdf(data: bytes) -> PdfResult:
    """Text, title and date of a PDF; raises DecodeProblem with a one-line reason."""
    import pymupdf

    tail = data[-2048:]
    if b"%%EOF" not in tail:
        raise DecodeProblem("PDF is truncated or corrupt (no end-of-file marker)")
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # MuPDF reports corruption through several exception types
        raise DecodeProblem(f"PDF is corrupt and cannot be opened ({_short(exc)})") from exc
    try:
        if doc.needs_pass:
            raise DecodeProblem("PDF is encrypted (password required)")
        if doc.page_count == 0:
            raise DecodeProblem("PDF has no pages")
        paragraphs: list[str] = []
        try:
            for page in doc:
                lines, others = _page_lines(page)
                rtl = ltr = 0
                for ln in lines:
                    r, lt = _direction_counts("".join(c.text for c in ln.clusters))
                    rtl += r
                    ltr += lt
                for para in _paragraphs(lines, page_rtl=rtl > ltr):
                    joined = _join_lines(para)
                    if joined:
                        paragraphs.append(joined)
                paragraphs.extend(_fold_presentation_forms(t) for t in others)
        except DecodeProblem:
            raise
        except Exception as exc:  # damaged page content
            raise DecodeProblem(f"PDF is corrupt ({_short(exc)})") from exc
        text = "\n\n".join(paragraphs)
        if not text.strip():
            raise DecodeProblem("PDF has no text layer (scanned image?)")
        meta = doc.metadata or {}
        title = (meta.get("title") or "").strip() or None
        date = pdf_date(meta.get("creationDate")) or pdf_date(meta.get("modDate"))
        return PdfResult(text=text, title=title, date=date, pages=doc.page_count)
    finally:
        doc.close()


def _short(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]
