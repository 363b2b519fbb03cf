"""Finding and resolving date expressions in he, ar, ru and en text.

Spans are found with regular expressions built once per language from
``data/<lang>/dates.yaml`` and run on the matching form of the text
(:func:`detente.normalise.normalise`), then mapped back to the original offsets.
``dateparser`` is only a fallback inside :func:`parse_date`, because its search is slow
and loose; it is always given an explicit base date so the wall clock never leaks in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from detente.normalise import Normalised, match_form, normalise
from detente.resources import LANGUAGES, load_yaml

__all__ = ["DateMatch", "find_dates", "find_dateline", "parse_date"]


@dataclass
class DateMatch:
    start: int
    end: int
    text: str
    value: str  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
    precision: str  # 'day' | 'month' | 'year'
    kind: str  # 'explicit' | 'relative'
    # ISO weekday (1-7) of a bare weekday name, resolved backwards: the event coder moves it
    # forward when it names the start of something agreed after it ("takes effect on Sunday")
    weekday: int | None = None
    # a month or day named without a year, given the reference's year or the one before it;
    # the event coder moves it a year on when the event is announced for later
    yearless: bool = False


# --------------------------------------------------------------------------- helpers

_YEAR = r"(?<!\d)(?P<y>1[6-9]\d\d|20\d\d|21\d\d)(?!\d)"
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_DIGIT = re.compile(r"\d")
_DIGIT_FORMS = frozenset(
    {"dmy", "mdy", "my", "dm", "md", "iso", "num", "ymd_rev", "ym_rev", "year"}
)
_UNIT_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year"}


@dataclass(frozen=True)
class _Ref:
    y: int
    m: int | None
    d: int | None

    @property
    def precision(self) -> str:
        return "day" if self.d else "month" if self.m else "year"


def _parse_ref(reference: str | None) -> _Ref | None:
    if not reference:
        return None
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*", reference)
    if not m:
        raise ValueError(f"reference date must be YYYY-MM-DD, YYYY-MM or YYYY: {reference!r}")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if not _valid(y, mo, d):
        raise ValueError(f"invalid reference date: {reference!r}")
    return _Ref(y, mo, d)


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if m is None:
        return d is None and 1000 <= y <= 2199
    if not 1 <= m <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, m)[1]


def _fmt(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str]:
    if m is None:
        return f"{y:04d}", "year"
    if d is None:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}-{m:02d}-{d:02d}", "day"


def _alt(words: list[str]) -> str:
    """Regex alternation, longest first so that 'dec.' is tried before 'dec'."""
    uniq = sorted(set(w for w in words if w), key=lambda w: (-len(w), w))
    return "|".join(_phrase_re(w) for w in uniq) if uniq else r"(?!x)x"


def _phrase_re(phrase: str) -> str:
    """A literal phrase in matching form: spaces match any run of spaces, a hyphen may be
    surrounded by spaces (broken PDF text)."""
    return _literal(phrase.strip())


# --------------------------------------------------------------------------- grammar


@dataclass
class _Grammar:
    lang: str
    month_of: dict[str, int]  # matching-form spelling -> month
    short: set[str]  # spellings that need a day or year
    ambiguous: set[str]  # spellings that need a day, a year or a word such as "month"
    needs_capital: bool
    alone_prefixes: set[str]
    numeric_mdy: bool
    weekday_of: dict[str, int]
    number_of: dict[str, int]
    unit_of: dict[str, tuple[str, int]]
    # (form, regex, relative-table entry, literal the text must contain to match)
    patterns: list[tuple[str, re.Pattern[str], Any, str | None]]


def _mf(s: Any, lang: str) -> str:
    return match_form(str(s), lang).strip()


def _words(table: Any, lang: str) -> list[str]:
    return [_mf(w, lang) for w in (table or [])]


@cache
def _grammar(lang: str) -> _Grammar:
    spec = load_yaml(f"{lang}/dates.yaml") or {}
    month_of: dict[str, int] = {}
    short: set[str] = set()
    for key, is_short in (("months", False), ("months_short", True)):
        for num, names in (spec.get(key) or {}).items():
            for name in names:
                f = _mf(name, lang)
                month_of[f] = int(num)
                if is_short:
                    short.add(f)
    weekday_of = {
        _mf(n, lang): int(k) for k, names in (spec.get("weekdays") or {}).items() for n in names
    }
    number_of = {_mf(k, lang): int(v) for k, v in (spec.get("numbers") or {}).items()}
    unit_of = {_mf(k, lang): (str(v[0]), int(v[1])) for k, v in (spec.get("units") or {}).items()}

    conj = _words(spec.get("conjunctions"), lang)
    # Start of a date: not inside a word, except after a one-letter conjunction.
    start = r"(?:(?<!\w)" + "".join(f"|(?<=(?<!\\w){re.escape(c)})" for c in conj) + ")"
    end = r"(?!\w)"
    months = _alt(list(month_of))
    mpre = _alt(_words(spec.get("month_prefixes"), lang))
    month = (
        rf"(?P<mp>{mpre})?(?:(?<=\w)\s*-\s*)?(?P<m>{months})"
        # Arab papers often pair both month names: "حزيران/يونيو".
        rf"(?:\s*/\s*(?:{months}))?(?!\w)"
    )
    mword = _words(spec.get("month_words"), lang)
    mword_re = rf"(?:(?P<mw>{_alt(mword)})\s+)?" if mword else ""
    dpre = _alt(_words(spec.get("day_prefixes"), lang))
    dsuf = _alt(_words(spec.get("day_suffixes"), lang))
    day = rf"(?:(?P<dp>{dpre})\s*-?\s*)?(?<![\d.,/:])(?P<d>[0-3]?\d)(?:{dsuf})?(?![\d:])"
    joiners = _words(spec.get("day_month_joiners"), lang)
    join = rf"(?:\s*,?\s*(?:{_alt(joiners)})\s+|\s*,?\s*)" if joiners else r"\s*,?\s*"
    ysuf_words = _words(spec.get("year_suffixes"), lang)
    ysuf = rf"(?:\s*(?:{_alt(ysuf_words)})(?!\w))?" if ysuf_words else ""
    year = _YEAR + ysuf
    cues = _words(spec.get("month_cues"), lang)
    cue = rf"(?:(?P<cue>{_alt(cues)})\s+)?" if cues else ""

    pats: list[tuple[str, str, Any]] = [
        ("dmy", start + day + join + mword_re + month + r"\s*,?\s*" + year, None),
        ("mdy", start + month + r"\s*" + day + r"\s*,?\s*" + year, None),
        ("my", start + mword_re + month + r"\s*,?\s*" + year, None),
        ("dm", start + day + join + mword_re + month, None),
        ("md", start + month + r"\s*" + day + r"(?!\s*[,.]?\s*\d)", None),
        ("m", start + cue + mword_re + month, None),
        ("iso", r"(?<![\d.\-/])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d\-])", None),
        (
            "num",
            r"(?<![\d.\-/])(?P<a>\d{1,2})(?P<s>[./\-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?![\d.\-/]\d)",
            None,
        ),
    ]
    if spec.get("reversed_order"):
        rdpre = dpre
        pats.append(
            (
                "ymd_rev",
                r"(?<!\d)(?P<y>1[6-9]\d\d|20\d\d|21\d\d)\s*"
                + month
                + rf"\s+(?P<d>[0-3]?\d)(?:\s*-\s*(?:{rdpre}))?(?!\w)",
                None,
            )
        )
        pats.append(("ym_rev", r"(?<!\d)(?P<y>1[6-9]\d\d|20\d\d|21\d\d)\s*" + month, None))
    for tpl in spec.get("year_phrases") or []:
        body = _template(_mf(tpl, lang), {"year": _YEAR + ysuf})
        pats.append(("year", start + body + end, _need(_mf(tpl, lang))))

    nums = _alt(list(number_of))
    units = _alt(list(unit_of))
    weekdays = _alt(list(weekday_of))
    need_cue = set(_words(spec.get("weekday_need_cue"), lang))
    loose_days = _alt([w for w in weekday_of if w not in need_cue])
    for tpl in spec.get("weekday_phrases") or []:
        body = _template(_mf(tpl, lang), {"weekday": f"(?P<wd>{weekdays})"})
        pats.append(("weekday", start + body + end, _need(_mf(tpl, lang))))
    for tpl in spec.get("weekday_loose_phrases") or []:
        body = _template(_mf(tpl, lang), {"weekday": f"(?P<wd>{loose_days})"})
        pats.append(("weekday", start + body + end, _need(_mf(tpl, lang))))
    # "next Sunday" names a day to come; being longer than "Sunday" it wins the overlap.
    for tpl in spec.get("weekday_next_phrases") or []:
        body = _template(_mf(tpl, lang), {"weekday": f"(?P<wd>{weekdays})"})
        pats.append(("weekday_next", start + body + end, _need(_mf(tpl, lang))))
    for entry in spec.get("relative") or []:
        for tpl in entry.get("phrases") or []:
            body = _template(
                _mf(tpl, lang),
                {"num": rf"(?P<num>{nums}|\d{{1,3}})", "unit": f"(?P<unit>{units})"},
            )
            pats.append(("rel", start + body + end, (entry, _need(_mf(tpl, lang)))))

    # Most patterns cannot match a sentence lacking their key word; testing for that word
    # first keeps find_dates fast when the coder calls it on every sentence.
    compiled = []
    for name, rx, info in pats:
        need = None
        if name == "rel":
            info, need = info
        elif name in ("year", "weekday", "weekday_next"):
            info, need = None, info
        compiled.append((name, re.compile(rx), info, need))
    return _Grammar(
        lang=lang,
        month_of=month_of,
        short=short,
        ambiguous=set(_words(spec.get("months_ambiguous"), lang)),
        needs_capital=bool(spec.get("month_needs_capital")),
        alone_prefixes=set(_words(spec.get("month_alone_prefixes"), lang)),
        numeric_mdy=spec.get("numeric_order") == "mdy",
        weekday_of=weekday_of,
        number_of=number_of,
        unit_of=unit_of,
        patterns=compiled,
    )


def _need(tpl: str) -> str | None:
    words = [w for w in re.split(r"\{\w+\}|[\s\-]+", tpl) if w]
    return max(words, key=len) if words else None


def _template(tpl: str, slots: dict[str, str]) -> str:
    """Turn a YAML phrase with {slots} into a regex. '{num} ' is optional: 'a week
    later' and 'week later' resolve alike, and Hebrew/Arabic duals carry their count."""
    out: list[str] = []
    pieces = re.split(r"(\{\w+\})", tpl)
    skip_space = False
    for k, piece in enumerate(pieces):
        if k % 2 == 0:
            if skip_space:
                piece = piece.lstrip()
                skip_space = False
            out.append(_literal(piece))
            continue
        name = piece[1:-1]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
        if name == "num" and nxt[:1].isspace():
            out.append(f"(?:{slots[name]}\\s+)?")
            skip_space = True
        else:
            out.append(slots[name])
    return "".join(out)


def _literal(s: str) -> str:
    out = []
    for p in re.split(r"(\s+|-)", s):
        if not p:
            continue
        if p.isspace():
            out.append(r"\s+")
        elif p == "-":
            out.append(r"\s*-\s*")
        else:
            out.append(re.escape(p))
    return "".join(out)


# --------------------------------------------------------------------------- resolution


@dataclass
class _Cand:
    start: int  # in normalised text
    end: int
    kind: str
    value: tuple[int, int | None, int | None] | None  # resolved now, or None
    rel: tuple[str, int, str] | None = None  # (unit, amount, anchor) for anchored ones
    weekday: int | None = None
    yearless: bool = False


# How far ahead a day named without a year may lie and still be this year's.
_SOON_DAYS = 45


def _no_year(m: int, d: int | None, ref: _Ref | None) -> tuple[int, int, int | None] | None:
    """A month (and day) without a year: the reference year, or the year before when that
    would put the date well after the reference (news reports the past, and announces
    what is due within weeks: "the truce takes effect on Jan. 19" written on Jan. 15)."""
    if ref is None:
        return None
    y = ref.y
    if ref.m is not None and (m > ref.m or (m == ref.m and d and ref.d and d > ref.d)):
        soon = False
        if d and ref.d and _valid(y, m, d):
            ahead = (dt.date(y, m, d) - dt.date(ref.y, ref.m, ref.d)).days
            soon = 0 < ahead <= _SOON_DAYS
        if not soon:
            y -= 1
    if not _valid(y, m, d):
        return None
    return y, m, d


def _shift(
    base: tuple[int, int | None, int | None], unit: str, amount: int
) -> tuple[int, int | None, int | None] | None:
    y, m, d = base
    try:
        if unit in ("day", "week"):
            if d is None or m is None:
                return None
            nd = dt.date(y, m, d) + dt.timedelta(days=amount * (7 if unit == "week" else 1))
            return nd.year, nd.month, nd.day
        if unit == "month":
            if m is None:
                return None
            k = y * 12 + (m - 1) + amount
            return k // 12, k % 12 + 1, None
        return y + amount, None, None
    except (OverflowError, ValueError):
        return None


def _ref_tuple(ref: _Ref) -> tuple[int, int | None, int | None]:
    return ref.y, ref.m, ref.d


_INVALID = (0, None, None)  # a well-formed expression naming an impossible date


def _explicit(
    name: str, m: re.Match[str], g: _Grammar, norm: Normalised, original: str, ref: _Ref | None
) -> tuple[int, int | None, int | None] | None:
    gd = m.groupdict()
    if name in ("iso", "num"):
        y = int(gd["y"])
        if name == "iso":
            mo, d = int(gd["m"]), int(gd["d"])
        else:
            a, b = int(gd["a"]), int(gd["b"])
            if a > 12 >= b:
                d, mo = a, b
            elif b > 12 >= a:
                mo, d = a, b
            elif g.numeric_mdy and gd["s"] == "/":
                mo, d = a, b
            else:
                d, mo = a, b
        return (y, mo, d) if _valid(y, mo, d) else _INVALID
    if name == "year":
        y = int(gd["y"])
        return (y, None, None) if 1800 <= y <= 2100 else None

    mtext = gd.get("m")
    mo = g.month_of.get(re.sub(r"\s+", " ", mtext)) if mtext else None
    if mo is None:
        return None
    if g.needs_capital:
        o = norm.origin[m.start("m")]
        if not original[o].isupper():
            return None
    mkey = re.sub(r"\s+", " ", mtext)
    d = int(gd["d"]) if gd.get("d") else None
    y = int(gd["y"]) if gd.get("y") else None
    if name == "m":
        if mkey in g.short or (mkey in g.ambiguous and not gd.get("mw")):
            return None
        mp = gd.get("mp")
        if not (gd.get("cue") or gd.get("mw") or (mp and mp in g.alone_prefixes)):
            return None
    if y is None:
        return _no_year(mo, d, ref)
    return (y, mo, d) if _valid(y, mo, d) else _INVALID


def weekday_after(wd: int, day: dt.date) -> dt.date:
    """The first day after ``day`` that is ISO weekday ``wd`` (1 = Monday)."""
    return day + dt.timedelta(days=(wd - day.isoweekday()) % 7 or 7)


def _weekday(wd: int, ref: _Ref | None, ahead: bool = False) -> tuple[int, int, int] | None:
    """The latest such weekday on or before the reference; with ``ahead``, the first after it."""
    if ref is None or ref.d is None or ref.m is None:
        return None
    base = dt.date(ref.y, ref.m, ref.d)
    if ahead:
        day = weekday_after(wd, base)
    else:
        day = base - dt.timedelta(days=(base.isoweekday() - wd) % 7)
    return day.year, day.month, day.day


def _relative(m: re.Match[str], entry: dict, g: _Grammar, ref: _Ref | None) -> _Cand | None:
    gd = m.groupdict()
    sign = int(entry.get("n", 0))
    if gd.get("unit"):
        unit, count = g.unit_of[re.sub(r"\s+", " ", gd["unit"])]
        num = gd.get("num")
        n = 1 if not num else int(num) if num.isdigit() else g.number_of.get(num, 0)
        if n <= 0:
            return None
        amount = sign * n * count
    else:
        unit = str(entry.get("unit", "day"))
        amount = sign
    anchor = str(entry.get("anchor", "reference"))
    if anchor == "previous":
        return _Cand(m.start(), m.end(), "relative", None, (unit, amount, anchor))
    if ref is None or _PRECISION_RANK[ref.precision] < _PRECISION_RANK[_UNIT_PRECISION[unit]]:
        return None
    val = _shift(_ref_tuple(ref), unit, amount)
    if val is None:
        return None
    # The reference may be more precise than the unit ("last year" on 2025-07-01).
    if unit == "year":
        val = (val[0], None, None)
    elif unit == "month":
        val = (val[0], val[1], None)
    return _Cand(m.start(), m.end(), "relative", val)


def _candidates(norm: Normalised, original: str, g: _Grammar, ref: _Ref | None) -> list[_Cand]:
    out: list[_Cand] = []
    text = norm.text
    has_digit = _DIGIT.search(text) is not None
    for name, rx, info, need in g.patterns:
        if need is not None and need not in text:
            continue
        if name in _DIGIT_FORMS and not has_digit:
            continue
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            if name == "rel":
                c = _relative(m, info, g, ref)
                if c:
                    out.append(c)
                continue
            if name in ("weekday", "weekday_next"):
                wd = g.weekday_of.get(re.sub(r"\s+", " ", m.group("wd")))
                val = _weekday(wd, ref, name == "weekday_next") if wd else None
                if val:
                    back = wd if name == "weekday" else None
                    out.append(_Cand(m.start(), m.end(), "relative", val, weekday=back))
                continue
            val = _explicit(name, m, g, norm, original, ref)
            if val is _INVALID:
                # "31 February 2024" is no date; keep "February 2024" from being taken.
                out.append(_Cand(m.start(), m.end(), "invalid", None))
            elif val:
                yearless = name not in ("iso", "num", "year") and not m.groupdict().get("y")
                out.append(_Cand(m.start(), m.end(), "explicit", val, yearless=yearless))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping, longest first; explicit beats relative on a tie."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.kind != "explicit", c.start))
    taken: list[_Cand] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _resolve_anchored(taken: list[_Cand], previous: tuple | None = None) -> list[_Cand]:
    out: list[_Cand] = []
    for c in taken:
        if c.value is None and c.rel is not None:
            unit, amount, _ = c.rel
            need = _PRECISION_RANK[_UNIT_PRECISION[unit]]
            base = None
            for p in [prev.value for prev in reversed(out)] + [previous]:
                if p is None:
                    continue
                prec = "day" if p[2] else "month" if p[1] else "year"
                if _PRECISION_RANK[prec] >= need:
                    base = p
                    break
            if base is None:
                continue
            val = _shift(base, unit, amount)
            if val is None:
                continue
            c.value = (val[0], val[1] if need >= 1 else None, val[2] if need >= 2 else None)
        if c.value is not None:
            out.append(c)
    return out


def _matches(
    text: str, lang: str | None, ref: _Ref | None, previous: _Ref | None = None
) -> list[DateMatch]:
    langs = [lang] if lang else list(LANGUAGES)
    cands: list[_Cand] = []
    norm = normalise(text, lang)
    for code in langs:
        cands.extend(_candidates(norm, text, _grammar(code), ref))
    result = []
    prev = _ref_tuple(previous) if previous is not None else None
    for c in _resolve_anchored(_select(cands), prev):
        s, e = norm.span(c.start, c.end)
        value, precision = _fmt(*c.value)  # type: ignore[misc]
        result.append(DateMatch(s, e, text[s:e], value, precision, c.kind, c.weekday, c.yearless))
    return result


# --------------------------------------------------------------------------- public API


def find_dates(
    text: str, lang: str | None, reference: str | None = None, previous: str | None = None
) -> list[DateMatch]:
    """All date expressions in ``text``, in order and non-overlapping (longest wins).

    ``lang`` None tries all four languages. Relative expressions and dates without a
    year need ``reference`` ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'); without it they are
    skipped. Anchored phrases ("two days later", "the same day") count from the last date
    named earlier in the same text, else from ``previous`` (the last date named before the
    text, e.g. in an earlier sentence), and are skipped when there is neither.
    """
    if lang is not None and lang not in LANGUAGES:
        lang = None
    return _matches(text, lang, _parse_ref(reference), _parse_ref(previous))


# How far into a document a dateline may sit.
_DATELINE_CHARS = 320
_DATELINE_LINES = 3
# After a dateline date: an optional agency tag, then a dash or the end of the line.
_AGENCY_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—|]|$)")


def find_dateline(text: str, lang: str | None = None) -> DateMatch | None:
    """The publication date of a news item from its dateline, or None.

    Only the first three non-empty lines (and at most ~300 characters) are read. A date
    there counts when it opens its line, follows a short place name or label ending in a
    comma, colon or dash, or is followed by an agency tag or dash; it must name at least
    a month and year.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines.append((pos, pos + len(line.rstrip("\r\n"))))
            if len(lines) == _DATELINE_LINES:
                break
        pos += len(line)
    for ls, le in lines:
        if ls >= _DATELINE_CHARS:
            break
        le = min(le, _DATELINE_CHARS)
        line = text[ls:le]
        for m in find_dates(line, lang, None):
            if m.precision == "year" or m.kind != "explicit":
                continue
            before = line[: m.start].strip()
            after = line[m.end :]
            words = before.split()
            lead_ok = (
                not before or (len(before) <= 60 and before[-1] in ",،:-–—|") or len(words) <= 2
            )
            if lead_ok or _AGENCY_AFTER.match(after):
                return DateMatch(ls + m.start, ls + m.end, m.text, m.value, m.precision, m.kind)
    return None


_ISO_PARTIAL = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*")


def parse_date(
    text: str, lang: str | None = None, reference: str | None = None
) -> tuple[str, str] | None:
    """Parse one date expression (e.g. a command-line value) to (value, precision)."""
    if not text or not text.strip():
        return None
    m = _ISO_PARTIAL.fullmatch(text)
    if m:
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        return _fmt(y, mo, d) if _valid(y, mo, d) else None
    stripped = text.strip()
    found = find_dates(stripped, lang, reference)
    if len(found) == 1 and len(found[0].text) >= len(stripped.rstrip(".")) - 1:
        return found[0].value, found[0].precision
    return _dateparser(stripped, lang, _parse_ref(reference))


def _dateparser(text: str, lang: str | None, ref: _Ref | None) -> tuple[str, str] | None:
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    base = dt.datetime(ref.y, ref.m or 1, ref.d or 1) if ref else dt.datetime(2000, 1, 1)
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "MDY" if lang == "en" else "DMY",
    }
    if ref is None:
        # Without a reference the parser would fill gaps from its fixed base: insist on a
        # year in the text itself.
        settings["REQUIRE_PARTS"] = ["year"]
    try:
        parser = DateDataParser(languages=[lang] if lang else list(LANGUAGES), settings=settings)
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    period = data.period or "day"
    if period == "year":
        return _fmt(d.year)
    if period == "month":
        return _fmt(d.year, d.month)
    return _fmt(d.year, d.month, d.day)
