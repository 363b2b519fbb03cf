"""Turning the bytes of a plain-text file into a string, without trusting its extension."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

__all__ = ["DecodeProblem", "decode_text", "binary_kind", "clean_text", "looks_binary"]


class DecodeProblem(Exception):
    """The bytes cannot be turned into trustworthy text; the message is shown to the user."""


# Signatures of common non-text formats, so the error can name what the user fed us.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Single-byte code pages we expect, with the script their letters should be in and the
# language used to check that the decoded words are real words.
_LEGACY: tuple[tuple[str, str, str], ...] = (
    ("cp1255", "HEBREW", "he"),
    ("cp1256", "ARABIC", "ar"),
    ("cp1251", "CYRILLIC", "ru"),
    ("koi8_r", "CYRILLIC", "ru"),
    ("cp1252", "LATIN", "en"),
)

_SAMPLE = 200_000
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_WORD_RE = re.compile(r"\w{2,}")


def binary_kind(data: bytes) -> str | None:
    """Name of a known binary format if the bytes start with its signature."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def clean_text(text: str) -> str:
    """The canonical original text: Unix newlines and NFC."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return unicodedata.normalize("NFC", text)


def looks_binary(text: str) -> bool:
    """True when too many characters are control codes for this to be prose."""
    if not text:
        return False
    text = text[:_SAMPLE]  # a sample is enough to tell prose from binary, and keeps it fast
    bad = sum(
        1
        for ch in text
        if (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS) or ch == "\ufffd"
    )
    return bad > max(2, len(text) // 100)


def _script(ch: str) -> str | None:
    """Coarse script of a letter, taken from its Unicode name."""
    if not ch.isalpha():
        return None
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    for script in ("HEBREW", "ARABIC", "CYRILLIC", "LATIN", "GREEK"):
        if script in name:
            return script
    return "OTHER"


def _coherence(text: str, script: str) -> float:
    """How believable a decoding is, from 0 to 1, judged on its letters alone.

    A wrong single-byte code page typically scatters letters over several scripts within a
    word, produces Latin words made only of accented letters, or mixes case inside words.
    """
    text = text[:_SAMPLE]
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    scripts = Counter(_script(ch) for ch in letters)
    native = scripts.get(script, 0) / len(letters)
    if script == "LATIN":
        ascii_share = sum(1 for ch in letters if ch.isascii()) / len(letters)
        if ascii_share < 0.7:
            native *= ascii_share
    words = _WORD_RE.findall(text)
    mixed = 0
    for w in words:
        ws = {_script(ch) for ch in w if ch.isalpha()}
        inner = w[1:]
        if len(ws) > 1 or (any(c.isupper() for c in inner) and any(c.islower() for c in inner)):
            mixed += 1
    if words:
        native *= 1 - mixed / len(words)
    return native


def _known_words(text: str, lang: str) -> float:
    """Share of the text's words that the language's frequency list knows."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # plausibility check is a refinement, not a requirement
        return 0.0
    words = _WORD_RE.findall(text)[:400]
    if not words:
        return 0.0
    # Mean frequency rather than a known/unknown count: short gibberish often happens to be
    # a rare word somewhere, but seldom a common one.
    return sum(min(zipf_frequency(w, lang), 7.0) for w in words) / (7.0 * len(words))


def _utf16_guess(data: bytes) -> str | None:
    """Endianness of BOM-less UTF-16, or None when the bytes do not look like UTF-16.

    In UTF-16 of a single-script text the high byte of almost every code unit takes one
    of very few values (0x00 for spaces, digits and ASCII, 0x04/0x05/0x06 for Cyrillic,
    Hebrew and Arabic), while the low byte varies; 8-bit encodings show no such pattern.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        counts = Counter(high)
        top = sum(n for _, n in counts.most_common(2))
        low = even if high is odd else odd
        if top / len(high) >= 0.9 and len(set(low)) > 2 and (0 in counts or len(high) > 8):
            return enc
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; return (text before cleaning, encoding name).

    Raises DecodeProblem with a one-line reason for binary or undecodable data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], enc)
            if text is None:
                raise DecodeProblem(f"not valid {enc.upper()} despite its byte-order mark")
            return text, enc + ("-sig" if enc == "utf-8" else "")

    kind = binary_kind(data)
    if kind:
        raise DecodeProblem(f"binary file ({kind}), not text")

    text = _try(data, "utf-8")
    if text is not None:
        if "\x00" in text:
            guess = _utf16_guess(data)
            decoded = _try(data, guess) if guess else None
            if decoded is not None and not looks_binary(decoded):
                return decoded, guess
            raise DecodeProblem("binary file (contains NUL bytes), not text")
        return text, "utf-8"

    guess = _utf16_guess(data)
    if guess:
        decoded = _try(data, guess)
        if decoded is not None and not looks_binary(decoded):
            return decoded, guess
    if b"\x00" in data:
        raise DecodeProblem("binary file (contains NUL bytes), not text")

    candidates: list[tuple[float, str, str]] = []
    for enc, script, lang in _LEGACY:
        decoded = _try(data, enc)
        if decoded is None or looks_binary(decoded):
            continue
        coherence = _coherence(decoded, script)
        if coherence >= 0.6:
            candidates.append((coherence, enc, lang))
    if candidates:
        # Several code pages can each give tidy one-script text (Hebrew bytes read as
        # cp1251 look like lowercase Cyrillic); real words decide between them.
        best_score, best_enc = -1.0, ""
        for coherence, enc, lang in candidates:
            score = coherence + (
                _known_words(_try(data, enc) or "", lang) if len(candidates) > 1 else 0
            )
            if score > best_score:
                best_score, best_enc = score, enc
        return data.decode(best_enc), best_enc

    fallback = _charset_normalizer(data)
    if fallback is not None:
        return fallback
    if looks_binary(data.decode("latin-1")):
        raise DecodeProblem("binary file (mostly control bytes), not text")
    raise DecodeProblem("could not determine the text encoding (undecodable text)")


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """Last resort for encodings outside our expected set."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        return None
    text = str(best)
    if looks_binary(text):
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < len(text) * 0.3:
        return None
    return text, best.encoding
