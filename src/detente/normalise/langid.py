"""Language identification: Unicode script counts first, py3langid only to split a script.

Most of our input is Hebrew, Arabic, Russian or English, and each of those has (nearly) a
script of its own, so counting letters per script settles most sentences in microseconds.
The statistical model is consulted only where one script serves several languages
(Arabic script: Arabic, Persian, Urdu; Cyrillic: Russian, Ukrainian, ...; Latin: many).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["detect_language", "detect_languages", "script_counts"]

# Letters that Persian and Urdu add to the Arabic alphabet (and Arabic itself lacks).
_PERSO_URDU = frozenset("پچژگکی")
# Letters found only in Urdu (retroflexes, do chashmi he, bari ye).
_URDU_ONLY = frozenset("ٹڈڑںھۓے")
# Cyrillic letters absent from Russian; they point to a sibling language outright.
_CYR_NON_RU = {
    "і": "uk", "ї": "uk", "є": "uk", "ґ": "uk",
    "ў": "be",
    "ђ": "sr", "ћ": "sr", "џ": "sr", "ј": "sr", "љ": "sr", "њ": "sr",
    "ѓ": "mk", "ќ": "mk", "ѕ": "mk",
    "қ": "kk", "ң": "kk", "ү": "kk", "ұ": "kk", "ә": "kk", "ө": "kk", "һ": "kk", "ғ": "kk",
}  # fmt: skip

_LATIN_SET = ("en", "fr", "de", "es", "it", "pt", "nl", "tr", "az", "pl", "cs", "ro", "sv", "id")
_CYRILLIC_SET = ("ru", "uk", "bg", "sr", "be", "mk", "kk")
_ARABIC_SET = ("ar", "fa", "ur")

# Below this many letters the statistical model is too noisy to overrule the default.
_SHORT = 40


def _script(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x80:
        return "latin" if ch.isalpha() else None
    if 0x05D0 <= o <= 0x05EA or 0xFB1D <= o <= 0xFB4F:
        return "hebrew"
    if 0x0620 <= o <= 0x064A or 0x066E <= o <= 0x06D3 or 0x06FA <= o <= 0x06FF:
        return "arabic"
    if 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "arabic"
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic" if ch.isalpha() else None
    if 0x00C0 <= o <= 0x024F:
        return "latin" if ch.isalpha() else None
    if ch.isalpha():
        return "other"
    return None


def script_counts(text: str) -> dict[str, int]:
    """Letters per script: hebrew, arabic, cyrillic, latin, other."""
    counts: dict[str, int] = {}
    for ch in text:
        s = _script(ch)
        if s is not None:
            counts[s] = counts.get(s, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def _best_of(text: str, allowed: tuple[str, ...]) -> tuple[str, float]:
    """The most probable language among ``allowed``, with its share of their probability."""
    ranked = [(lang, p) for lang, p in _identifier().rank(text) if lang in allowed]
    total = sum(p for _, p in ranked) or 1.0
    lang, p = ranked[0]
    return lang, p / total


def _arabic_script(text: str) -> str:
    if any(ch in _URDU_ONLY for ch in text):
        return "ur"
    if not any(ch in _PERSO_URDU for ch in text):
        return "ar"
    lang, _ = _best_of(text, _ARABIC_SET)
    return lang


def _cyrillic(text: str, letters: int) -> str:
    marks: dict[str, int] = {}
    for ch in text.lower():
        lang = _CYR_NON_RU.get(ch)
        if lang:
            marks[lang] = marks.get(lang, 0) + 1
    if marks:
        return max(marks, key=marks.__getitem__)
    if letters < _SHORT:
        return "ru"
    lang, share = _best_of(text, _CYRILLIC_SET)
    # Russian unless the model is very sure: bg/sr texts without their own letters are rare.
    return lang if lang != "ru" and share > 0.9 else "ru"


def _latin(text: str, letters: int) -> str:
    if letters < _SHORT:
        return "en"
    lang, share = _best_of(text, _LATIN_SET)
    return lang if share > 0.5 else "en"


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the dominant language of ``text``; None if it has no letters."""
    counts = script_counts(text)
    if not counts:
        return None
    script = max(counts, key=counts.__getitem__)
    letters = counts[script]
    if script == "hebrew":
        return "he"
    if script == "arabic":
        return _arabic_script(text)
    if script == "cyrillic":
        return _cyrillic(text, letters)
    if script == "latin":
        return _latin(text, letters)
    lang, _ = _identifier().classify(text)
    return lang


def detect_languages(text: str) -> dict[str, float]:
    """Share of letters per language, for documents mixing scripts (shares sum to 1)."""
    counts = script_counts(text)
    total = sum(counts.values())
    if not total:
        return {}
    shares: dict[str, float] = {}
    for script, n in counts.items():
        # Decide each script's language on its own letters only, so that a Russian quote
        # in an English article does not drag the Latin part towards another language.
        part = "".join(ch if _script(ch) == script else " " for ch in text)
        lang = detect_language(part) or script
        shares[lang] = shares.get(lang, 0.0) + n / total
    return dict(sorted(shares.items(), key=lambda kv: -kv[1]))
