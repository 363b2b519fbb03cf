"""Morphology-aware phrase matching over normalised text.

The matcher is generic: actor aliases, sector words, titles and (later) event triggers are
all phrases with a payload. Text is normalised (``detente.normalise``), split into tokens,
and every token yields candidate *keys*: the form itself plus forms with clitics stripped
(Hebrew, Arabic), lemmas (Russian), or possessives and plurals removed (English). A phrase
matches when its first token shares a key with a text token and each following phrase
token shares a key with the next text token. Clitic lists live in
``data/<lang>/morphology.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from detente.normalise import Normalised, match_form, normalise
from detente.resources import load_yaml

__all__ = [
    "Token",
    "Match",
    "PhraseMatcher",
    "tokenize",
    "keys",
    "analyses",
    "inner_keys",
    "strip_article",
    "morphology",
]

_HEB = "\u05d0-\u05ea"
# A word: letters/digits, with internal apostrophes (Hebrew geresh after folding, English
# O'Brien / Russia's) and, between Hebrew letters only, gershayim (ארה"ב, צה"ל). A Hebrew
# proclitic cluster joined by a hyphen to the next word ("ב-25", "וה-S1") stays one token
# so the clitic is stripped like any other.
_TOKEN_RE = re.compile(
    r"(?:(?<![^\W_])[ובכלמשה]{1,3}-(?=[^\W_]))?"
    r"[^\W_]+(?:'[^\W_]+|(?<=[" + _HEB + r"])\"(?=[" + _HEB + r"])[" + _HEB + r"]+)*"
)
_WORD_RE = re.compile(r"[^\W_]+")
_CYRILLIC_RE = re.compile(r"^[а-яё-]+$")
_LATIN_RE = re.compile(r"^[a-z']+$")


# (key, prefix_len, suffix_len, rewritten)
_An = tuple[str, int, int, bool]


@dataclass(slots=True)
class Token:
    start: int  # offsets in the normalised string
    end: int
    text: str


@dataclass
class Match:
    start: int  # offsets in the ORIGINAL text
    end: int
    payloads: list[Any]  # best first
    phrase: str  # the phrase as given to the matcher (e.g. the alias as written)
    token_start: int  # token indices, end exclusive
    token_end: int
    prefix: str = ""  # clitics stripped from the first token ("ול", "بال")
    norm_start: int = 0
    norm_end: int = 0
    phrases: list[str] = field(default_factory=list)  # parallel to payloads


def tokenize(text: str) -> list[Token]:
    """Tokens of an already normalised string."""
    # Without a hyphen, apostrophe or double quote the full pattern finds plain words only.
    pattern = _TOKEN_RE if ("-" in text or "'" in text or '"' in text) else _WORD_RE
    return [Token(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@lru_cache(maxsize=None)
def morphology(lang: str) -> dict:
    return load_yaml(f"{lang}/morphology.yaml") or {}


@lru_cache(maxsize=None)
def _suffix_rules(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (r["from"], r.get("to") or "") for r in morphology(lang).get("suffix_rewrites") or []
    )


def _rewrites(
    forms: Iterable[tuple], rules: Sequence[tuple[str, str]], min_len: int = 2
) -> list[_An]:
    out = []
    for form, pre, suf, *_ in forms:
        for src, dst in rules:
            if form.endswith(src) and len(form) - len(src) + len(dst) >= min_len:
                out.append((form[: len(form) - len(src)] + dst, pre, suf, True))
                break
    return out


def _dedupe(items: Iterable[tuple]) -> tuple[_An, ...]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item[0] and item[0] not in seen:
            seen.add(item[0])
            out.append(item if len(item) == 4 else (*item, False))
    return tuple(out)


@lru_cache(maxsize=None)
def _he_config() -> tuple:
    m = morphology("he")
    return (
        frozenset(m.get("proclitics") or ()),
        int(m.get("min_stem", 2)),
        int(m.get("max_proclitics", 3)),
        _suffix_rules("he"),
    )


def _he(tok: str) -> list[tuple[str, int, int]]:
    clitics, min_stem, max_proclitics, rules = _he_config()
    out = [(tok, 0, 0)]
    dash = tok.find("-")
    if dash > 0 and all(c in clitics for c in tok[:dash]):
        out.append((tok[dash + 1 :], dash + 1, 0))
        return out
    for n in range(1, max_proclitics + 1):
        if tok[n - 1] not in clitics or len(tok) - n < min_stem:
            break
        out.append((tok[n:], n, 0))
    return out + _rewrites(out, rules)


def _he_reach(keys: Iterable[str]) -> frozenset[str]:
    """Every form ``_he`` could turn into one of ``keys`` (see ``_ar_reach``)."""
    rules = _he_config()[3]
    out = set(keys)
    for k in list(out):
        out.update(k[: len(k) - len(dst)] + src for src, dst in rules if k.endswith(dst))
    return frozenset(out)


def _he_may_start(tok: str, reach: frozenset[str]) -> bool:
    if tok in reach:
        return True
    clitics, _, max_proclitics, _ = _he_config()
    dash = tok.find("-")
    if dash > 0 and tok[dash + 1 :] in reach:
        return True
    for n in range(1, min(max_proclitics, len(tok) - 1) + 1):
        if tok[n - 1] not in clitics:
            break
        if tok[n:] in reach:
            return True
    return False


@lru_cache(maxsize=None)
def _ar_config() -> tuple:
    """Arabic morphology.yaml, prepared once: every proclitic cluster (conjunction,
    preposition, article) and the longest one's length, the shortest stems kept, the
    enclitics and the suffix rewrites."""
    m = morphology("ar")
    prefixes = {""}
    for c in ["", *m.get("conjunctions", [])]:
        for p in ["", *m.get("prepositions", [])]:
            for a in ["", *m.get("article", [])]:
                prefixes.add(c + p + a)
        if m.get("lam_article"):
            prefixes.add(c + m["lam_article"])
    return (
        frozenset(prefixes),
        max(map(len, prefixes)),
        # Shorter stems ("لتل" → "تل") are kept for the first word of longer names only
        # (see ``PhraseMatcher.match_tokens``).
        int(m.get("min_phrase_stem", m.get("min_stem", 3))),
        int(m.get("min_stem", 3)),
        tuple(m.get("enclitics") or ()),
        _suffix_rules("ar"),
        # last letters of the enclitics and rewrites, to skip words none can end
        _last_letters(m.get("enclitics") or ()),
        _last_letters(src for src, _ in _suffix_rules("ar")),
    )


def _last_letters(suffixes: Iterable[str]) -> frozenset[str] | None:
    """Last letters of ``suffixes``; None (no shortcut) if one of them is empty."""
    out = frozenset(sfx[-1:] for sfx in suffixes)
    return None if "" in out else out


def _ar(tok: str) -> list[tuple[str, int, int]]:
    prefixes, longest, min_stem, full, enclitics, rules, enc_last, rule_last = _ar_config()
    # One candidate per prefix length, so this is already ordered by length.
    stems = [(tok, 0, 0)]
    for n in range(1, min(longest, len(tok) - min_stem) + 1):
        if tok[:n] in prefixes:
            stems.append((tok[n:], n, 0))
    # every stem ends as the word does: its last letter says whether any rule can apply
    last = tok[-1:]
    rewritten = _rewrites(stems, rules, full) if rule_last is None or last in rule_last else []
    enclitic = []
    if enc_last is None or last in enc_last:
        for stem, pre, _ in stems:
            for e in enclitics:
                if stem.endswith(e) and len(stem) - len(e) >= full:
                    enclitic.append((stem[: -len(e)], pre, 0))
                    break
    return stems + rewritten + enclitic


def _ar_reach(keys: Iterable[str]) -> frozenset[str]:
    """Every stem ``_ar`` could turn into one of ``keys``: the keys, each with each
    enclitic, and each with a suffix rewrite undone. A word none of whose proclitic-free
    stems is in this set starts no phrase, so most words skip the analysis."""
    *_, enclitics, rules, _, _ = _ar_config()
    out = set(keys)
    for k in list(out):
        out.update(k + e for e in enclitics)
        out.update(k[: len(k) - len(dst)] + src for src, dst in rules if k.endswith(dst))
    return frozenset(out)


def _ar_may_start(tok: str, reach: frozenset[str]) -> bool:
    if tok in reach:
        return True
    prefixes, longest, min_stem, *_ = _ar_config()
    for n in range(1, min(longest, len(tok) - min_stem) + 1):
        if tok[n:] in reach and tok[:n] in prefixes:
            return True
    return False


_morph = None


def _analyzer():
    global _morph
    if _morph is None:
        import pymorphy3

        _morph = pymorphy3.MorphAnalyzer()
    return _morph


@lru_cache(maxsize=200_000)
def _ru_lemmas(tok: str) -> tuple[str, ...]:
    if not _CYRILLIC_RE.match(tok):
        return ()
    parses = _analyzer().parse(tok)
    if not parses:
        return ()
    ratio = float(morphology("ru").get("min_score_ratio", 0.1))
    best = parses[0].score
    out = []
    for p in parses:
        if p.score >= best * ratio:
            lemma = match_form(p.normal_form, "ru")
            if lemma not in out:
                out.append(lemma)
    return tuple(out)


def _ru(tok: str) -> list[tuple[str, int, int]]:
    return [(tok, 0, 0)] + [(lemma, 0, 0) for lemma in _ru_lemmas(tok)]


def _ru_lexeme_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """Every inflected form, in matching form, of the words that are their own lemma.

    A word pymorphy3 finds in its dictionary has a lemma L only if it is one of L's
    forms, so a dictionary word outside this set cannot reach any of ``lemmas`` by
    lemmatising, and a matcher can skip the analysis. Words pymorphy3 only guesses at
    (foreign names) have no such guarantee and are always analysed.
    """
    morph = _analyzer()
    words: set[str] = set()
    seen: set[tuple] = set()
    for lemma in lemmas:
        if not _CYRILLIC_RE.match(lemma) or not morph.word_is_known(lemma):
            continue  # a word the dictionary lacks is no dictionary word's lemma
        for p in morph.parse(lemma):
            stack = p.methods_stack[0]
            # one lexeme per paradigm (a dictionary parse's stack holds its paradigm id)
            para = (p.normal_form, stack[2] if len(stack) > 2 else id(p))
            if para not in seen and match_form(p.normal_form, "ru") == lemma:
                seen.add(para)
                words.update(f.word for f in p.lexeme)
    return frozenset(match_form(w, "ru") for w in words)


_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@lru_cache(maxsize=50_000)
def _ru_name_lemmas(tok: str) -> tuple[str, ...]:
    """Lemmas of a word of a proper name in the knowledge base.

    Only proper-noun readings count when pymorphy3 knows the word as a name: "Газа" is
    also the genitive of "газ" (gas) and "Асадов" a plural of the name "Асад", and
    indexing a name under those lemmas makes common words and other people match it. A
    name known only in the plural (Нидерланды) keeps that reading. Words pymorphy3 does
    not know as names keep all lemmas (the resolver then wants a capital letter).
    """
    if not _CYRILLIC_RE.match(tok):
        return ()
    parses = _analyzer().parse(tok)
    proper = [p for p in parses if _PROPER & p.tag.grammemes]
    if not proper:
        return _ru_lemmas(tok)
    single = [p for p in proper if "plur" not in p.tag.grammemes or "Pltm" in p.tag.grammemes]
    if not single:
        # Only a plural name reading ("Асадов" as "the Asads", a guess for "Натанз"):
        # the word is a singular name pymorphy3 does not know; keep its other readings.
        single = [p for p in parses if not _PROPER & p.tag.grammemes]
    out: list[str] = []
    for p in single:
        lemma = match_form(p.normal_form, "ru")
        if lemma not in out:
            out.append(lemma)
    return tuple(out)


@lru_cache(maxsize=None)
def _en_config() -> tuple:
    m = morphology("en")
    return (
        tuple(sorted(map(str, m.get("possessives") or ()), key=len, reverse=True)),
        tuple(map(str, m.get("not_plural_endings") or ())),
        tuple((str(r["from"]), str(r.get("to") or "")) for r in m.get("plurals") or ()),
        int(m.get("min_stem", 3)),
    )


def _en(tok: str) -> list[tuple[str, int, int]]:
    out = [(tok, 0, 0)]
    if not _LATIN_RE.match(tok):
        return out
    possessives, not_plural, plurals, min_stem = _en_config()
    base, suf = tok, 0
    for p in possessives:
        if tok.endswith(p) and len(tok) > len(p):
            base, suf = tok[: -len(p)], len(p)
            out.append((base, 0, suf))
            break
    if not (not_plural and base.endswith(not_plural)):
        for src, dst in plurals:
            if base.endswith(src) and len(base) - len(src) + len(dst) >= min_stem:
                out.append((base[: -len(src)] + dst, 0, suf))
                break
    return out


_ANALYSERS = {"he": _he, "ar": _ar, "ru": _ru, "en": _en}
# Languages whose words are first tested against every form the index can be reached
# from: (build that set from the index's keys, may this word start a phrase?)
_REACH = {"he": (_he_reach, _he_may_start), "ar": (_ar_reach, _ar_may_start)}


@lru_cache(maxsize=500_000)
def analyses(token_text: str, lang: str | None) -> tuple[_An, ...]:
    """Keys of a first token: (key, prefix_len, suffix_len, rewritten).

    Least-stripped first. The span of a match excludes the stripped prefix and suffix.
    ``rewritten`` keys come from folding an inflectional ending (רוסית → רוסי) and only
    match phrases added with ``inflect=True``.
    """
    fn = _ANALYSERS.get(lang or "")
    if fn is None:
        return ((token_text, 0, 0, False),)
    return _dedupe(fn(token_text))


def keys(token_text: str, lang: str | None) -> list[str]:
    """Candidate match keys for a token of normalised text."""
    return [a[0] for a in analyses(token_text, lang)]


@lru_cache(maxsize=500_000)
def key_set(token_text: str, lang: str | None) -> frozenset[str]:
    """``keys`` as a set, for the membership tests that gapped triggers make on every word
    they pass."""
    return frozenset(a[0] for a in analyses(token_text, lang))


def strip_article(token_text: str, lang: str | None) -> list[str]:
    out = []
    if lang in ("he", "ar"):
        for art in morphology(lang).get("article") or []:
            if token_text.startswith(art) and len(token_text) - len(art) >= 2:
                out.append(token_text[len(art) :])
    return out


@lru_cache(maxsize=500_000)
def inner_keys(token_text: str, lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of a text token inside a phrase: (plain keys, rewritten keys).

    Hebrew and Arabic words inside a name may carry the article but no other clitic;
    Russian and English use the full analysis.
    """
    if lang in ("he", "ar"):
        m = morphology(lang)
        plain = [token_text, *strip_article(token_text, lang)]
        rw = _rewrites([(f, 0, 0) for f in plain], _suffix_rules(lang), int(m.get("min_stem", 2)))
        return frozenset(plain), frozenset(f for f, *_ in rw)
    return frozenset(keys(token_text, lang)), frozenset()


def _phrase_keys(
    token_text: str, lang: str, name: bool = False
) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of a phrase token: (its own forms, forms with the article taken off).
    ``name``: the phrase is a proper name (Russian: proper-noun lemmas only)."""
    if lang in ("he", "ar"):
        return frozenset([token_text]), frozenset(strip_article(token_text, lang))
    if lang == "ru" and name:
        return frozenset([token_text, *_ru_name_lemmas(token_text)]), frozenset()
    return frozenset(keys(token_text, lang)), frozenset()


def _article_absorbed(token_text: str, pre: int, lang: str) -> bool:
    """May a text token match a phrase whose article we removed?

    Hebrew drops the article after ב ל כ (בקרמלין = in the Kremlin), so "הקרמלין" must
    match there but not in a bare "איטי" (slow), which is not "האיטי" (Haiti).
    """
    if lang != "he":
        return True
    m = morphology("he")
    if token_text in (m.get("not_absorbing_words") or ()):
        return False  # "בדומה ל" is "similarly to", not "in the Duma"
    return pre > 0 and token_text[pre - 1] in (m.get("article_absorbing") or ())


@dataclass
class _Phrase:
    text: str
    payload: Any
    rest: tuple[tuple[frozenset[str], frozenset[str]], ...]  # keys of the tokens after the first
    forms: tuple[str, ...]  # normalised token forms, for preferring exact matches
    inflect: bool


def _inner_ok(
    want: tuple[frozenset[str], frozenset[str]],
    have: tuple[frozenset[str], frozenset[str]],
    inflect: bool,
) -> bool:
    forms, stripped = want
    plain, rewritten = have
    if not plain.isdisjoint(forms) or not plain.isdisjoint(stripped):
        return True
    return inflect and not rewritten.isdisjoint(forms)


_STARTS_CACHE = 500_000  # token texts remembered per language and matcher


class PhraseMatcher:
    """Finds phrases in text: longest match wins, no overlaps, greedy left to right."""

    def __init__(self, entries: Iterable[tuple[str, str, Any]] = ()):
        # lang -> first-token key -> [(phrase, reached by removing the phrase's article)]
        self._index: dict[str, dict[str, list[tuple[_Phrase, bool]]]] = {}
        # lang -> forms of the index's keys, for languages matched through lemmas
        self._forms: dict[str, frozenset[str]] = {}
        # lang -> token text -> the phrases it may start (see ``_starts_of``)
        self._starts: dict[str, dict[str, tuple | None]] = {}
        self._n = 0
        for text, lang, payload in entries:
            self.add(text, lang, payload)

    def __len__(self) -> int:
        return self._n

    def add(
        self,
        phrase_text: str,
        lang: str,
        payload: Any,
        *,
        inflect: bool = True,
        exact: bool = False,
        name: bool = False,
    ) -> None:
        """Add a phrase. ``inflect=False`` refuses keys made by folding inflectional
        endings (Hebrew/Arabic adjective endings), for names such as surnames.
        ``exact=True`` indexes the phrase under its own forms only, not its lemmas.
        ``name=True`` (a capitalised proper name): a one-word Russian name known to
        pymorphy3 as a name is indexed under its proper-noun lemmas only."""
        toks = tokenize(match_form(phrase_text, lang))
        if not toks:
            return
        if exact:
            sets = [(frozenset([t.text]), frozenset(strip_article(t.text, lang))) for t in toks]
        else:
            # Only one-word names: in a longer name the other words pin the reading.
            sets = [_phrase_keys(t.text, lang, name and len(toks) == 1) for t in toks]
        ph = _Phrase(phrase_text, payload, tuple(sets[1:]), tuple(t.text for t in toks), inflect)
        idx = self._index.setdefault(lang, {})
        forms, stripped = sets[0]
        for k in forms:
            idx.setdefault(k, []).append((ph, False))
        for k in stripped - forms:
            idx.setdefault(k, []).append((ph, True))
        self._forms.pop(lang, None)
        self._starts.pop(lang, None)
        self._n += 1

    def prepare(self, lang: str) -> None:
        """Do the one-time work matching ``lang`` needs (done on first use otherwise).

        Russian: collect every inflected form of the index's keys, so that a text word
        pymorphy3 knows and that is none of them is not lemmatised at all. That is most
        words of a text, and lemmatising is the bulk of matching's cost on new text.
        """
        if lang == "ru" and lang not in self._forms:
            self._forms[lang] = _ru_lexeme_forms(self._index.get(lang) or ())
        elif lang in _REACH and lang not in self._forms:
            self._forms[lang] = _REACH[lang][0](self._index.get(lang) or ())

    def clear_caches(self) -> None:
        """Forget what was learnt about words seen so far (benchmarks measure new text)."""
        self._starts.clear()

    def _first_analyses(self, text: str, lang: str) -> tuple[_An, ...]:
        forms = self._forms.get(lang)
        if forms is not None and lang in _REACH:
            return analyses(text, lang) if _REACH[lang][1](text, forms) else ()
        if forms is None or text in forms or not _CYRILLIC_RE.match(text):
            return analyses(text, lang)
        if _analyzer().word_is_known(text):
            return ((text, 0, 0, False),)  # no lemma of it is a key (see prepare)
        return analyses(text, lang)

    def _starts_of(self, text: str, lang: str, idx: dict) -> tuple | None:
        """The phrases a token may start, with what only the token decides already
        checked, or None: ((key, prefix_len, suffix_len, rewritten, phrase, score), ...)
        in analysis order, where ``score`` is the final one of a one-word phrase (None for
        longer ones); the positions of the one-word ones; and, for the longer ones, which
        positions each second-word key admits (their forms and article-less forms), and
        which each form an inflected word may reach admits. A common word ("the", "в")
        starts hundreds of phrases, and the word after it rules out nearly all of them at
        one look-up."""
        min_stem = int(morphology(lang).get("min_stem", 0))
        out = []
        singles: list[int] = []
        second: dict[str, list[int]] = {}
        second_inflected: dict[str, list[int]] = {}
        for key, pre, suf, rw in self._first_analyses(text, lang):
            for ph, via_article in idx.get(key) or ():
                if rw and (via_article or not ph.inflect):
                    continue
                if via_article and not _article_absorbed(text, pre, lang):
                    continue
                if not ph.rest and pre and len(key) < min_stem:
                    continue
                score = None if ph.rest else (1, -pre - suf - rw, int(text[pre:] == ph.forms[0]))
                at = len(out)
                out.append((key, pre, suf, rw, ph, score))
                if not ph.rest:
                    singles.append(at)
                    continue
                forms, stripped = ph.rest[0]
                for k in forms:
                    second.setdefault(k, []).append(at)
                for k in stripped:
                    second.setdefault(k, []).append(at)
                if ph.inflect:
                    for k in forms:
                        second_inflected.setdefault(k, []).append(at)
        if not out:
            return None
        return tuple(out), tuple(singles), second, second_inflected

    def match(self, text: str, lang: str) -> list[Match]:
        norm = normalise(text, lang)
        return self.match_tokens(norm, tokenize(norm.text), lang)

    def match_tokens(self, norm: Normalised, tokens: Sequence[Token], lang: str) -> list[Match]:
        """Match over tokens already produced from ``norm`` (lets callers reuse them)."""
        idx = self._index.get(lang)
        if not idx:
            return []
        out: list[Match] = []
        n_tok = len(tokens)
        self.prepare(lang)
        starts = self._starts.setdefault(lang, {})
        if len(starts) > _STARTS_CACHE:
            starts.clear()
        i = 0
        while i < n_tok:
            tok = tokens[i]
            text = tok.text
            cands = starts.get(text, False)
            if cands is False:
                cands = starts[text] = self._starts_of(text, lang, idx)
            if cands is None:
                i += 1
                continue
            entries, singles, second, second_inflected = cands
            order = singles
            if (second or second_inflected) and i + 1 < n_tok:
                plain, rewritten = inner_keys(tokens[i + 1].text, lang)
                admitted = {a for k in plain for a in second.get(k, ())}
                admitted.update(a for k in rewritten for a in second_inflected.get(k, ()))
                if admitted:
                    order = sorted(admitted.union(singles))
            found = None
            for at in order:
                _key, pre, suf, rw, ph, score = entries[at]
                n = len(ph.rest) + 1
                if score is None:
                    if i + n > n_tok:
                        continue
                    ok = True
                    # the second word was checked by ``admitted``
                    for j in range(2, n):
                        if not _inner_ok(
                            ph.rest[j - 1], inner_keys(tokens[i + j].text, lang), ph.inflect
                        ):
                            ok = False
                            break
                    if not ok:
                        continue
                    exact = sum(
                        1
                        for j, f in enumerate(ph.forms)
                        if tokens[i + j].text[pre if j == 0 else 0 :] == f
                    )
                    # longer phrases first; then less stripping; then more exact tokens
                    score = (n, -pre - suf - rw, exact)
                if found is None:
                    found = [score, pre, suf, [(score, ph)]]
                else:
                    if score > found[0]:
                        found[0], found[1], found[2] = score, pre, suf
                    found[3].append((score, ph))
            if found is None:
                i += 1
                continue
            best, pre, suf, hits = found
            n = best[0]
            hits = [h for h in hits if h[0][0] == n]
            hits.sort(key=lambda h: h[0], reverse=True)
            seen: set[int] = set()
            payloads, phrases = [], []
            for _, ph in hits:
                if id(ph) in seen:
                    continue
                seen.add(id(ph))
                payloads.append(ph.payload)
                phrases.append(ph.text)
            last = tokens[i + n - 1]
            ns, ne = tok.start + pre, last.end - (suf if n == 1 else 0)
            start, end = norm.span(ns, ne)
            out.append(
                Match(start, end, payloads, phrases[0], i, i + n, tok.text[:pre], ns, ne, phrases)
            )
            i += n
        return out
