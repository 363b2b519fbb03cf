"""Standing relations between states: dependence, transit, pipelines, alliances, treaties,
membership and military bases.

Per sentence: cue phrases, commodity words and named routes are matched from
``data/<lang>/ties.yaml`` with the shared ``PhraseMatcher``; the parties are the resolved
actor and location mentions of the cue's clause; the cue's ``direction`` tells who depends
on whom; figures ("80%", "10 bcm") come from the language's regular expressions. A tie
needs a cue and two different parties, except a named route, whose countries are data.

Text whose right-to-left order was broken by PDF extraction is read more cautiously: a
sentence runs on to the end of its physical line (its last chunk often sits after the full
stop) and a tie is kept only when exactly two parties are in view, because word order
cannot say who is who there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from detente.events.lexicon import expand, lexicon
from detente.mentions import PhraseMatcher, tokenize
from detente.models import TIE_TYPES, Document, Entity, Evidence, Mention, Sentence, Tie
from detente.normalise import normalise
from detente.normalise.dates import find_dates
from detente.resources import load_yaml

__all__ = ["extract_ties", "ties_lexicon", "parse_figures", "Figure", "TieLexicon"]

# Codes that stand for many bodies at once: organisations are told apart by their id.
_SHARED_CODES = frozenset({"IGO", "NGO", "UNO", "EUR", "ISM", "IMG", "MNC"})
_NUM = r"(?P<num>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
_BARE_YEAR = re.compile(r"(?<![0-9\-./])(19[4-9][0-9]|20[0-4][0-9])(?![0-9%٪])")
_DIRECTIONS = ("dependence", "transit", "route", "undirected", "membership", "base")


@dataclass(frozen=True)
class CueSpec:
    tie_type: str
    direction: str  # one of _DIRECTIONS
    phrase: str
    by_domain: tuple[tuple[str, str], ...] = ()  # domain -> tie type ("energy" -> ...)
    needs_commodity: bool = False
    figures: bool = False  # the cue takes a figure ("80% ... pass through")
    weight: float = 1.0
    commodity_within: int | None = None  # bare cues ("via") need the commodity this close


@dataclass(frozen=True)
class RouteSpec:
    name: str
    tie_type: str
    commodity: str | None
    countries: tuple[str, ...]  # origin first
    phrase: str


@dataclass(frozen=True)
class WordSpec:
    commodity: str | None  # oil, gas ... (None for domain-only words: "economic")
    domain: str | None  # energy | trade | security
    weak: bool = False  # general words ("exports"): used when nothing more specific is near


@dataclass(frozen=True)
class FigureSpec:
    unit: str
    scale: float
    pattern: re.Pattern


@dataclass
class Figure:
    start: int  # offsets in the text given to parse_figures
    end: int
    text: str
    value: float
    unit: str


@dataclass
class TieLexicon:
    lang: str
    cues: PhraseMatcher
    words: PhraseMatcher
    figures: list[FigureSpec] = field(default_factory=list)
    host_markers: tuple[str, ...] = ()
    host_prefixes: tuple[str, ...] = ()
    # A country after these is where a commodity goes ("to Turkey", "לטורקיה") or the way
    # it goes ("through Russia"), not whose it is; a destination is not a transit country.
    destination_markers: tuple[str, ...] = ()
    destination_prefixes: tuple[str, ...] = ()
    route_markers: tuple[str, ...] = ()
    # What one depends on ("on Russia", "ברוסיה", "على روسيا", "от России").
    dependence_markers: tuple[str, ...] = ()
    dependence_prefixes: tuple[str, ...] = ()
    # Prepositions: a country after one is not the subject ("with the support of Turkey").
    oblique_markers: tuple[str, ...] = ()
    oblique_prefixes: tuple[str, ...] = ()

    @property
    def not_owner_markers(self) -> tuple[str, ...]:
        return self.destination_markers + self.route_markers

    multipliers: dict[str, float] = field(default_factory=dict)
    n_cues: int = 0


@cache
def ties_lexicon(lang: str) -> TieLexicon:
    data = load_yaml(f"{lang}/ties.yaml") or {}
    cues = PhraseMatcher()
    n = 0
    for entry in data.get("cues") or []:
        tie_type, direction = entry["type"], entry["direction"]
        if tie_type not in TIE_TYPES or direction not in _DIRECTIONS:
            raise ValueError(f"{lang}/ties.yaml: bad cue entry {entry!r}")
        by_domain = tuple(sorted((entry.get("by_domain") or {}).items()))
        for raw in entry.get("phrases") or []:
            for phrase in expand(str(raw)):
                spec = CueSpec(
                    tie_type,
                    direction,
                    phrase,
                    by_domain,
                    bool(entry.get("needs_commodity", False)),
                    bool(entry.get("figures", False)),
                    float(entry.get("weight", 1.0)),
                    entry.get("commodity_within"),
                )
                cues.add(phrase, lang, spec)
                n += 1
    for entry in data.get("routes") or []:
        for raw in entry.get("phrases") or []:
            for phrase in expand(str(raw)):
                spec = RouteSpec(
                    entry["name"],
                    entry.get("type", "pipeline"),
                    entry.get("commodity"),
                    tuple(entry["countries"]),
                    phrase,
                )
                cues.add(phrase, lang, spec)
                n += 1
    words = PhraseMatcher()
    for entry in data.get("commodities") or []:
        spec = WordSpec(entry.get("commodity"), entry.get("domain"), bool(entry.get("weak")))
        for raw in entry.get("phrases") or []:
            for phrase in expand(str(raw)):
                words.add(phrase, lang, spec)
    mult = {k.lower(): float(v) for k, v in (data.get("multipliers") or {}).items()}
    figures = []
    for entry in data.get("figures") or []:
        pat = re.compile(entry["pattern"].replace("{NUM}", _NUM), re.IGNORECASE)
        figures.append(FigureSpec(entry["unit"], float(entry.get("scale", 1.0)), pat))
    return TieLexicon(
        lang,
        cues,
        words,
        figures,
        tuple(data.get("host_markers") or ()),
        tuple(data.get("host_prefixes") or ()),
        tuple(data.get("destination_markers") or ()),
        tuple(data.get("destination_prefixes") or ()),
        tuple(data.get("route_markers") or ()),
        tuple(data.get("dependence_markers") or ()),
        tuple(data.get("dependence_prefixes") or ()),
        tuple(data.get("oblique_markers") or ()),
        tuple(data.get("oblique_prefixes") or ()),
        mult,
        n,
    )


# -- figures -----------------------------------------------------------------------------------
def _number(s: str) -> float | None:
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in s)
    digits = digits.replace("\u066b", ".")
    # "1,500" groups thousands; "2,5" (Russian) is a decimal comma.
    if re.fullmatch(r"\d{1,3}(,\d{3})+", digits):
        digits = digits.replace(",", "")
    digits = digits.replace(",", ".")
    if digits.count(".") > 1:
        digits = digits.replace(".", "")
    try:
        return float(digits)
    except ValueError:
        return None


def parse_figures(text: str, lang: str) -> list[Figure]:
    """Figures in ``text``: earlier patterns of ties.yaml win over later overlapping ones."""
    lex = ties_lexicon(lang)
    mult = lex.multipliers
    out: list[Figure] = []
    for spec in lex.figures:
        for m in spec.pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in out):
                continue
            num = _number(m.group("num"))
            if num is None:
                continue
            gd = m.groupdict()
            if gd.get("mult"):
                num *= mult.get(gd["mult"].lower().rstrip("."), 1.0)
            value = round(num * spec.scale, 6)
            out.append(Figure(m.start(), m.end(), m.group().strip(" -"), value, spec.unit))
    return sorted(out, key=lambda f: f.start)


# -- extraction --------------------------------------------------------------------------------
@dataclass
class _Cue:
    start: int
    end: int
    spec: CueSpec | RouteSpec


@dataclass
class _Word:
    start: int
    end: int
    spec: WordSpec


def _key(m: Mention) -> str | None:
    if not m.country:
        return None
    if m.country in _SHARED_CODES and m.kind in ("org", "group", "company"):
        return m.entity_id or m.entity_name or m.country
    return m.country


def extract_ties(
    doc: Document,
    sentences: list[Sentence],
    mentions: list[Mention],
    *,
    match_text: str | None = None,
) -> list[Tie]:
    """Ties stated in a document, one per (type, parties) per sentence."""
    text = match_text if match_text is not None else doc.text
    broken = doc.rtl_broken
    usable = [m for m in mentions if m.role in ("actor", "location") and _key(m)]
    usable.sort(key=lambda m: m.start)
    out: list[Tie] = []
    for s in sentences:
        lang = s.language or doc.language
        if not lang:
            continue
        lex = ties_lexicon(lang)
        if lex.n_cues == 0:
            continue
        start, end = s.start, s.end
        if broken:
            nl = text.find("\n", end)
            line_end = nl if nl != -1 else len(text)
            # The chunk after a mid-line full stop belongs to this sentence, out of order.
            if text[end:line_end].strip():
                end = line_end
        in_window = [m for m in usable if start <= m.start and m.end <= end]
        out += _window_ties(doc, s, lang, lex, text, start, end, in_window, broken)
    return _dedupe(out)


def _dedupe(ties: list[Tie]) -> list[Tie]:
    # An extended window of broken text can repeat the next sentence's tie.
    seen: set[tuple] = set()
    out = []
    for t in ties:
        key = (
            t.tie_type,
            tuple(e.country for e in t.source),
            tuple(e.country for e in t.target),
            t.figure,
            t.trigger,
            t.evidence.start if not t.figure else None,
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(t)
    return out


def _window_ties(doc, s, lang, lex: TieLexicon, text, start, end, mentions, broken):
    window = text[start:end]
    norm = normalise(window, lang)
    tokens = tokenize(norm.text)
    cues = [
        _Cue(m.start + start, m.end + start, m.payloads[0])
        for m in lex.cues.match_tokens(norm, tokens, lang)
    ]
    if not cues:
        return []
    # A cue wholly inside a name ("ברית נאט״ו" is NATO) is part of the name.
    cues = [
        c
        for c in cues
        if isinstance(c.spec, RouteSpec)
        or not any(m.start <= c.start and c.end <= m.end for m in mentions)
    ]
    words = [
        _Word(m.start + start, m.end + start, m.payloads[0])
        for m in lex.words.match_tokens(norm, tokens, lang)
    ]
    figures = [
        Figure(f.start + start, f.end + start, f.text, f.value, f.unit)
        for f in parse_figures(window, lang)
    ]
    gcues = lexicon(lang).cues.match_tokens(norm, tokens, lang)
    grammar = [(m.start + start, m.end + start, set(m.payloads)) for m in gcues]
    # A broken line's run-on may carry the next sentence's year: dates come from the sentence.
    dates = _dates(text[s.start : s.end], lang, doc, s.start, figures)
    out: list[Tie] = []
    seen: set[tuple] = set()
    taken_figures: set[int] = set()
    for c in cues:
        if not s.start <= c.start < s.end:
            continue  # the run-on of a broken line only lends parties, words and figures
        if isinstance(c.spec, RouteSpec):
            tie = _route_tie(doc, s, lang, text, start, end, c, dates, broken)
            if tie:
                out.append(tie)
            continue
        spec = c.spec
        commodity, domain = _commodity(c, words, text, spec)
        if spec.needs_commodity and commodity is None and domain is None:
            continue
        if broken:
            # Chunks are shuffled within a physical line, but lines keep their order.
            cs = max(start, text.rfind("\n", 0, c.start) + 1)
            nl = text.find("\n", c.end)
            ce = min(end, nl if nl != -1 else len(text))
            why_scope = "line"
        else:
            cs, ce = _clause(text, start, end, c, grammar)
            why_scope = "clause"
        parties = [m for m in mentions if cs <= m.start and m.end <= ce]
        if len({_key(m) for m in parties}) < 2 and (cs, ce) != (start, end):
            parties, why_scope = mentions, "sentence"
        if broken and len({_key(m) for m in parties}) != 2:
            continue
        roles = _roles(spec, c, parties, words, text, lex, broken)
        if roles is None:
            continue
        src, tgt, how = roles
        if _key(src) == _key(tgt):
            continue
        tie_type = dict(spec.by_domain).get(domain, spec.tie_type) if domain else spec.tie_type
        fig = None
        if spec.figures:
            free = [f for f in figures if f.start not in taken_figures]
            if free:
                fig = min(free, key=lambda f: _dist(f.start, f.end, c))
                taken_figures.add(fig.start)
        directed = spec.direction not in ("undirected",)
        if not directed and src.start > tgt.start:
            src, tgt = tgt, src
        key = (tie_type, _key(src), _key(tgt))
        if key in seen:
            continue
        seen.add(key)
        negated = any(
            "negation" in kinds and e <= c.start and len(tokenize(text[e : c.start])) <= 2
            for _, e, kinds in grammar
        )
        date, precision, date_why = _date_for(c, dates, doc)
        conf = 0.6 + (0.1 if " " in spec.phrase else 0) + (0.1 if fig else 0)
        conf -= 0.2 if broken else 0
        conf -= 0.1 if why_scope == "sentence" else 0
        conf = round(max(0.05, min(0.95, conf * spec.weight)), 2)
        ev_end = end
        out.append(
            Tie(
                tie_type=tie_type,
                source=[src.entity()],
                target=[tgt.entity()],
                directed=directed,
                evidence=Evidence(doc.text[start:ev_end], start, ev_end),
                doc=doc.name,
                doc_id=doc.doc_id,
                language=lang,
                figure=fig.text if fig else None,
                value=fig.value if fig else None,
                unit=fig.unit if fig else None,
                commodity=commodity,
                date=date,
                date_precision=precision,
                negated=negated,
                confidence=conf,
                trigger=doc.text[c.start : c.end],
                why=(
                    f"cue '{spec.phrase}' ({lang}) → {tie_type}; parties: {how} in {why_scope}"
                    + (f"; commodity '{commodity}'" if commodity else "")
                    + (f"; domain '{domain}'" if tie_type != spec.tie_type else "")
                    + (f"; figure '{fig.text}'" if fig else "")
                    + f"; date: {date_why}"
                    + ("; broken right-to-left text: two parties only" if broken else "")
                ),
            )
        )
    return out


def _dist(a: int, b: int, c: _Cue) -> int:
    if b <= c.start:
        return c.start - b
    if a >= c.end:
        return a - c.end
    return 0


def _clause(text, start, end, c: _Cue, grammar) -> tuple[int, int]:
    cs, ce = start, end
    for j in range(c.start - 1, start - 1, -1):
        if text[j] in ";\n":
            cs = j + 1
            break
    for j in range(c.end, end):
        if text[j] in ";\n":
            ce = j
            break
    for a, b, kinds in grammar:
        if "clause_breaks" not in kinds:
            continue
        if b <= c.start and a >= cs:
            cs = b
        elif a >= c.end and a < ce:
            ce = a
    return cs, ce


def _commodity(c: _Cue, words: list[_Word], text: str, spec: CueSpec):
    """The commodity of a dependence or transit is anywhere in the sentence; other ties
    take one only from the cue's neighbourhood ("energy partnership")."""
    if not words:
        return None, None
    if spec.commodity_within is not None:
        cands = [w for w in words if _tokens_between(text, w, c) <= spec.commodity_within]
    elif spec.figures or spec.needs_commodity:
        cands = words
    else:
        cands = [w for w in words if _tokens_between(text, w, c) <= 2]
    if not cands:
        return None, None
    cands = [w for w in cands if not w.spec.weak] or cands
    with_c = [w for w in cands if w.spec.commodity]
    best_c = min(with_c, key=lambda w: _dist(w.start, w.end, c)) if with_c else None
    best = min(cands, key=lambda w: _dist(w.start, w.end, c))
    if best_c is not None:
        return best_c.spec.commodity, best_c.spec.domain
    return None, best.spec.domain


def _tokens_between(text: str, a, b) -> int:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return len(tokenize(text[lo:hi])) if hi > lo else 0


def _units(mentions: list[Mention]) -> list[Mention]:
    """One mention per party and place: "Azerbaijani President Ilham Aliyev" is one."""
    out: list[Mention] = []
    for m in mentions:
        if out and _key(out[-1]) == _key(m) and m.start - out[-1].end <= 12:
            if out[-1].kind != "country" and m.kind == "country":
                out[-1] = m
            continue
        out.append(m)
    return out


def _roles(spec: CueSpec, c: _Cue, parties: list[Mention], words, text, lex: TieLexicon, broken):
    parties = _units(parties)

    def oblique(m: Mention) -> bool:
        return _marked(m, text, lex.oblique_markers, lex.oblique_prefixes)

    before = [m for m in parties if m.end <= c.start]
    after = [m for m in parties if m.start >= c.end]
    over = [m for m in parties if m.start < c.end and c.start < m.end]
    d = spec.direction

    def other_than(ms, m):
        return [x for x in ms if _key(x) != _key(m)]

    if d == "dependence":
        on = [
            m for m in parties if _marked(m, text, lex.dependence_markers, lex.dependence_prefixes)
        ]
        if broken:
            # Word order is lost: only the marker on the depended-on party tells direction.
            if not on:
                return None
            tgt = min(on, key=lambda m: _dist(m.start, m.end, c))
            rest = other_than(parties, tgt)
            return (rest[0], tgt, "depended-on marked, text order broken") if rest else None
        on_after = [m for m in after if m in on]
        tgt = on_after[0] if on_after else (after[0] if after else None)
        if tgt is None:
            if len(before) >= 2:
                tgt = before[-1]
                rest = other_than(before, tgt)
                return (rest[-1], tgt, "both before the cue") if rest else None
            return None
        subj = [m for m in other_than(before, tgt) if not oblique(m)]
        if subj:
            return subj[-1], tgt, "dependent before the cue, depended-on after"
        rest = [m for m in other_than(after, tgt) if m.start < tgt.start or not on_after]
        if rest:
            return rest[0], tgt, "both after the cue: dependent first"
        return None
    if d in ("transit", "route"):
        owner = _owner(parties, words, c, text, lex)
        if d == "transit":
            # Where the goods end up is not the country they pass through.
            ways = [
                m
                for m in after
                if not _marked(m, text, lex.destination_markers, lex.destination_prefixes)
            ]
            after = ways or after
        if owner is not None:
            tail = other_than(after, owner) or other_than(before[::-1], owner)
            if not tail:
                tail = other_than(parties, owner)
            return (owner, tail[0], "owner of the commodity → route country") if tail else None
        if before and after:
            tgt = after[0]
            rest = [
                m
                for m in other_than(before, tgt)
                if not _marked(m, text, lex.not_owner_markers, lex.destination_prefixes)
            ]
            return (rest[-1], tgt, "before → after the cue") if rest else None
        if len(after) >= 2:
            rest = other_than(after[1:], after[0])
            return (after[0], rest[0], "both after the cue") if rest else None
        return None
    if d == "undirected":
        near_after = after[:1]
        if near_after:
            prior = other_than(before[::-1], near_after[0])
            rest = (
                [m for m in prior if not oblique(m)]
                or prior
                or other_than(after[1:], near_after[0])
            )
            return (rest[0], near_after[0], "parties on both sides") if rest else None
        if len(before) >= 2:
            last = before[-1]
            rest = other_than(before[::-1], last)
            return (rest[0], last, "two parties before the cue") if rest else None
        return None
    if d == "membership":
        orgs = [m for m in parties if m.country in _SHARED_CODES or m.kind == "org"]
        states = [m for m in parties if m not in orgs and m.kind != "org"]
        if not orgs or not states:
            return None
        org = min(orgs, key=lambda m: _dist(m.start, m.end, c))
        state = min(states, key=lambda m: _dist(m.start, m.end, c))
        return state, org, "member state → organisation"
    if d == "base":
        hosts = [m for m in after if _marked(m, text, lex.host_markers, lex.host_prefixes)]
        # A description can swallow the cue's last word ("צבאי בארמניה"): read what
        # follows the cue inside it.
        for m in over:
            rest = tokenize(text[c.end : m.end])
            if rest and (
                rest[0].text.lower() in lex.host_markers
                or any(
                    rest[0].text.startswith(p) and len(rest[0].text) > len(p) + 1
                    for p in lex.host_prefixes
                )
            ):
                hosts.insert(0, m)
        if not hosts:
            return None
        host = hosts[0]
        owners = other_than(over + before[::-1] + after, host)
        owners = [m for m in owners if m.start < host.start or m in over and m is not host]
        if not owners:
            return None
        owner = min(owners, key=lambda m: _dist(m.start, m.end, c))
        return owner, host, "owner of the base → host"
    return None


def _owner(parties, words, c: _Cue, text, lex: TieLexicon) -> Mention | None:
    """The country a commodity belongs to: "Kazakhstan's oil", "הנפט הקזחי", "казахстанская
    нефть". Not across the cue: the country after "through" is the route."""
    best = None
    for w in words:
        if not w.spec.commodity:
            continue
        for m in parties:
            if _marked(m, text, lex.not_owner_markers, lex.destination_prefixes):
                continue
            lo, hi = (m.end, w.start) if m.end <= w.start else (w.end, m.start)
            if hi < lo:
                continue
            if c.start >= lo and c.end <= hi:
                continue
            gap = len(tokenize(text[lo:hi]))
            if gap <= 2 and (best is None or gap < best[0]):
                best = (gap, m)
    return best[1] if best else None


def _marked(m: Mention, text: str, markers, prefixes) -> bool:
    """Is the mention governed by one of these prepositions, as a word or a prefix?"""
    j = m.start
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    attached = text[j : m.start].rstrip("-")
    if attached and attached in prefixes:
        return True
    prev = tokenize(text[max(0, j - 20) : j])
    return bool(prev) and prev[-1].text.lower() in markers


def _route_tie(doc, s, lang, text, start, end, c: _Cue, dates, broken) -> Tie | None:
    spec: RouteSpec = c.spec
    if len(spec.countries) < 2:
        return None
    from detente.actors.kb import default_kb

    kb = default_kb()
    raw = doc.text[c.start : c.end]

    def ent(code: str) -> Entity:
        rec = kb.get(code)
        name = rec.name if rec is not None else code
        return Entity(raw_text=raw, entity_name=name, country=code, sector=None)

    date, precision, date_why = _date_for(c, dates, doc)
    return Tie(
        tie_type=spec.tie_type,
        source=[ent(spec.countries[0])],
        target=[ent(x) for x in spec.countries[1:]],
        directed=True,
        evidence=Evidence(doc.text[start:end], start, end),
        doc=doc.name,
        doc_id=doc.doc_id,
        language=lang,
        commodity=spec.commodity,
        date=date,
        date_precision=precision,
        confidence=0.75 - (0.2 if broken else 0),
        trigger=raw,
        why=f"named route '{spec.name}' ({lang}): countries from ties.yaml; date: {date_why}",
    )


def _dates(window: str, lang: str, doc: Document, start: int, figures: list[Figure]):
    """(start, end, value, precision) of dates in the window, absolute offsets. Bare years
    in brackets or lists ("(1997)") count: treaties are dated that way."""
    out = [
        (d.start + start, d.end + start, d.value, d.precision)
        for d in find_dates(window, lang, doc.date)
    ]
    for m in _BARE_YEAR.finditer(window):
        a, b = m.start() + start, m.end() + start
        if any(x <= a < y for x, y, _, _ in out):
            continue
        if any(f.start <= a < f.end for f in figures):
            continue
        out.append((a, b, m.group(), "year"))
    return out


def _date_for(c: _Cue, dates, doc: Document):
    if dates:
        best = min(dates, key=lambda d: _dist(d[0], d[1], c))
        return best[2], best[3], f"'{best[2]}' in the sentence"
    if doc.date:
        prec = {10: "day", 7: "month", 4: "year"}.get(len(doc.date), "day")
        return doc.date, prec, "document date"
    return None, None, "unknown"
