"""Ingest: files, folders, standard input and pasted text to RawDocument records.

The format is decided by the content (PDF magic, HTML markup) before the extension, and
the text encoding by the bytes. A bad input never raises: it becomes an IngestError with a
short reason, and the other inputs go on.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from detente.ingest.html import extract_html, looks_like_html
from detente.ingest.pdf import extract_pdf
from detente.ingest.text import DecodeProblem, clean_text, decode_text, looks_binary
from detente.models import IngestError, RawDocument

__all__ = ["read_paths", "read_bytes", "read_text", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20_000_000
STDIN_NAME = "<stdin>"

_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}


def _mb(n: int) -> str:
    value = n / 1_000_000
    return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"


def _too_big(size: int, max_bytes: int) -> str:
    return f"larger than the {_mb(max_bytes)} limit ({_mb(size)})"


def read_text(text: str, name: str = "<text>") -> RawDocument:
    """A document from text pasted or typed by the user."""
    return RawDocument(
        text=clean_text(text), name=name, source=name, media_type="text/plain", encoding=None
    )


def read_bytes(
    data: bytes,
    name: str,
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date: str | None = None,
) -> RawDocument | IngestError:
    """Decode one file's bytes into a RawDocument, or say why it cannot be done."""
    if len(data) > max_bytes:
        return IngestError(name, source, _too_big(len(data), max_bytes))
    if not data.strip():
        return IngestError(name, source, "empty file" if not data else "file has no text")
    try:
        doc = _decode(data, name, source)
    except DecodeProblem as exc:
        return IngestError(name, source, str(exc))
    if not doc.text.strip():
        return IngestError(name, source, "file has no text")
    if date:
        doc.date, doc.date_source = date, "option"
    return doc


def _decode(data: bytes, name: str, source: str) -> RawDocument:
    suffix = Path(name).suffix.lower()
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in head):
        pdf = extract_pdf(data)
        return RawDocument(
            text=clean_text(pdf.text),
            name=name,
            source=source,
            media_type="application/pdf",
            encoding=None,
            title=pdf.title,
            date=pdf.date,
            date_source="metadata" if pdf.date else None,
        )
    if suffix == ".pdf":
        raise DecodeProblem("not a PDF file (no %PDF header), though named .pdf")
    if looks_like_html(data) or (suffix in _HTML_EXTENSIONS and data.lstrip()[:1] == b"<"):
        page = extract_html(data)
        return RawDocument(
            text=clean_text(page.text),
            name=name,
            source=source,
            media_type="text/html",
            encoding=page.encoding,
            title=page.title,
            date=page.date,
            date_source="metadata" if page.date else None,
        )
    text, encoding = decode_text(data)
    if looks_binary(text):
        raise DecodeProblem("binary file (control characters), not text")
    return RawDocument(
        text=clean_text(text),
        name=name,
        source=source,
        media_type="text/plain",
        encoding=encoding,
    )


def _read_file(
    path: Path, name: str, *, max_bytes: int, date: str | None
) -> RawDocument | IngestError:
    source = str(path.absolute())
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return IngestError(name, source, _too_big(size, max_bytes))
        data = path.read_bytes()
    except PermissionError:
        return IngestError(name, source, "cannot read file (permission denied)")
    except OSError as exc:
        return IngestError(name, source, f"cannot read file ({exc.strerror or exc})")
    return read_bytes(data, name, source, max_bytes=max_bytes, date=date)


def _read_stdin(*, max_bytes: int, date: str | None) -> RawDocument | IngestError:
    if sys.stdin is None:
        return IngestError(STDIN_NAME, STDIN_NAME, "no standard input available")
    stream = getattr(sys.stdin, "buffer", None)
    try:
        if stream is not None:
            data = stream.read(max_bytes + 1)
        else:  # a text-only stdin (e.g. replaced in an embedding program)
            data = sys.stdin.read().encode("utf-8")
    except OSError as exc:
        return IngestError(STDIN_NAME, STDIN_NAME, f"cannot read standard input ({exc})")
    if len(data) > max_bytes:
        return IngestError(STDIN_NAME, STDIN_NAME, f"larger than the {_mb(max_bytes)} limit")
    return read_bytes(data, STDIN_NAME, STDIN_NAME, max_bytes=max_bytes, date=date)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under folder in sorted order, hidden files and folders left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield Path(root) / f


def excluded(rel: str, patterns: Sequence[str]) -> bool:
    """True when a file inside a folder matches one of the glob patterns, by its path
    relative to the folder or by its name alone ("README*", "drafts/*", "*.md")."""
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date: str | None = None,
    exclude: Sequence[str] = (),
) -> Iterator[RawDocument | IngestError]:
    """Documents from files, folders (recursively) and "-" for standard input. Files found
    inside folders are skipped when they match an ``exclude`` glob; files named explicitly
    are always read."""
    for item in paths:
        if str(item) == "-":
            yield _read_stdin(max_bytes=max_bytes, date=date)
            continue
        path = Path(item).expanduser()
        name = path.name or str(item)
        if path.is_dir():
            found = False
            for f in _walk(path):
                rel = f.relative_to(path).as_posix()
                if excluded(rel, exclude):
                    continue
                found = True
                yield _read_file(f, rel, max_bytes=max_bytes, date=date)
            if not found:
                why = "folder contains no files" + (" outside --exclude" if exclude else "")
                yield IngestError(name, str(path.absolute()), why)
        elif path.exists():
            yield _read_file(path, name, max_bytes=max_bytes, date=date)
        else:
            yield IngestError(name, str(path.absolute()), "no such file or folder")
