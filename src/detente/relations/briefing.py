"""A short brief on one pair: trend, main events quoted in their own language,
contradictions between sources, and standing ties."""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any

from detente.models import Event, Tie
from detente.relations.changes import Change, detect_changes
from detente.relations.graph import country_name
from detente.relations.plot import sparkline
from detente.relations.series import pair_series, pair_units
from detente.relations.unit import COUNTED_MODALITIES, Unit, in_range, units
from detente.store import Store

MAX_QUOTE = 400
LANGUAGE_NAMES = {"he": "Hebrew", "ar": "Arabic", "ru": "Russian", "en": "English"}


# -- a neutral document model, rendered to Markdown or HTML ----------------------------------
@dataclass
class Quote:
    text: str
    doc: str
    language: str | None


@dataclass
class Item:
    head: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    table: tuple[list[str], list[list[str]]] | None = None
    items: list[Item] = field(default_factory=list)
    code: str | None = None  # preformatted line (the sparkline)


def _clip(text: str, limit: int = MAX_QUOTE) -> str:
    # Broken PDF extractions carry runs of spaces and line breaks inside one sentence.
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _lang(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown language")


def _num(x: float | None) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x:+.1f}"


def _side(x: float | None) -> str:
    if x is None or math.isnan(x):
        return "no reading"
    if x > 0.5:
        return "cooperation"
    if x < -0.5:
        return "conflict"
    return "neutral"


# -- content -------------------------------------------------------------------------------
def _quotes(u: Unit, limit: int = 3) -> list[Quote]:
    seen, out = set(), []
    for e in u.events:
        key = (e.doc_id, e.evidence.start, e.evidence.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(Quote(_clip(e.evidence.text), e.doc, e.language))
        if len(out) >= limit:
            break
    return out


def _names(codes: list[str]) -> str:
    return " + ".join(f"{country_name(c)}" for c in codes) or "?"


def _unit_head(u: Unit) -> str:
    mode = f" ({u.mode})" if u.mode else ""
    reports = len(u.event_ids) or 1
    docs = f"{u.corroboration} document{'s' if u.corroboration != 1 else ''}"
    extra = f", {reports} reports in {docs}" if reports > 1 else ""
    flag = ""
    if u.negated:
        flag = " [negated]"
    elif u.modality not in COUNTED_MODALITIES:
        flag = f" [{u.modality}]"
    return (
        f"{u.date or 'undated'}: {u.event_type}{mode}, {_names(u.actor_countries)} → "
        f"{_names(u.recipient_countries)}, intensity {_num(u.intensity)}{extra}{flag}"
    )


def _main_units(pair: list[Unit], changes: list[Change], limit: int) -> list[Unit]:
    counted = [u for u in pair if u.counted()]
    cause_ids = {u.unit_id for ch in changes for u in ch.units}

    def weight(u: Unit) -> tuple:
        return (
            u.unit_id in cause_ids,
            abs(u.intensity or 0) * (1 + math.log(max(1, u.corroboration))),
        )

    chosen = sorted(counted, key=weight, reverse=True)[:limit]
    return sorted(chosen, key=lambda u: (u.date or "9999", u.unit_id))


def _trend(df, changes: list[Change], a: str, b: str) -> Section:
    sec = Section("Trend")
    active = df[df["events"] > 0] if not df.empty else df
    if active.empty:
        sec.paragraphs.append(
            f"No event between {country_name(a)} and {country_name(b)} is dated precisely "
            "enough to place in a month within this period."
        )
    else:
        first, last = active.iloc[0], active.iloc[-1]
        coop, conf = int(df["cooperation"].sum()), int(df["conflict"].sum())
        words = (
            f"From {first['period']} to {last['period']}, {int(df['events'].sum())} dated "
            f"events ({coop} cooperative, {conf} conflictual). The index opened at "
            f"{_num(first['index'])} ({_side(first['index'])}) and stands at "
            f"{_num(last['index'])} ({_side(last['index'])}) in {last['period']}."
        )
        base = df.attrs.get("baseline")
        if base is not None:
            years = sorted({u.date[:4] for u in df.attrs.get("baseline_units", [])})
            words += (
                f" Before that, events dated only by year ({', '.join(years)}) put it at "
                f"{_num(base)} ({_side(base)})."
            )
        sec.paragraphs.append(words)
        if changes:
            parts = [
                f"{c.direction} in {c.period}, index {c.before:+.1f} → {c.after:+.1f} ({c.reason})"
                for c in changes
            ]
            sec.paragraphs.append("Flagged changes: " + "; ".join(parts) + ".")
        else:
            sec.paragraphs.append("No sharp change was flagged.")
        header = ["period", "events", "cooperation", "conflict", "mean intensity", "index"]
        rows = [
            [
                str(r["period"]),
                str(int(r["events"])),
                str(int(r["cooperation"])),
                str(int(r["conflict"])),
                _num(r["intensity_mean"]),
                _num(r["index"]),
            ]
            for _, r in active.iterrows()
        ]
        sec.table = (header, rows)
        sec.code = "index " + sparkline(list(df["index"]), -10, 10)
    side = []
    if df.attrs.get("coarse"):
        side.append(f"{df.attrs['coarse']} dated too coarsely for the table")
    if df.attrs.get("undated"):
        side.append(f"{df.attrs['undated']} undated")
    excluded = int(df["negated"].sum() + df["hypothetical"].sum()) if not df.empty else 0
    if excluded:
        side.append(
            f"{int(df['negated'].sum())} negated and {int(df['hypothetical'].sum())} "
            "hypothetical or future events, kept out of the index"
        )
    if side:
        sec.paragraphs.append("Also found: " + "; ".join(side) + ".")
    sec.paragraphs.append(
        "Index: exponentially weighted mean of event intensity (−10 conflict … +10 "
        f"cooperation), half-life {df.attrs.get('halflife', 1.0):g} period; each event "
        "cluster counts once however many reports it has."
    )
    return sec


def _contradiction_section(store: Store, a: str, b: str) -> Section | None:
    try:
        from detente.fusion import contradictions
    except ImportError:
        return None
    sec = Section("Contradictions between sources")
    try:
        found = list(contradictions(store) or [])
    except Exception as exc:  # fusion is optional here; its failure must not sink the brief
        sec.paragraphs.append(f"Could not check contradictions: {type(exc).__name__}: {exc}")
        return sec
    mine = [c for c in found if _mentions_pair(c, a, b)]
    if not mine:
        sec.paragraphs.append("None found for this pair.")
    for c in mine:
        sec.items.append(_contradiction_item(c))
    return sec


def _as_dict(obj: Any) -> dict:
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if isinstance(obj, dict):
        return obj
    return getattr(obj, "__dict__", {}) or {}


def _mentions_pair(obj: Any, a: str, b: str) -> bool:
    blob = json.dumps(_as_dict(obj), ensure_ascii=False, default=str) or str(obj)
    return a in blob and b in blob


def _contradiction_item(obj: Any) -> Item:
    d = _as_dict(obj)
    head = next(
        (str(d[k]) for k in ("summary", "description", "reason", "why", "kind") if d.get(k)),
        str(obj),
    )
    quotes = []
    for e in _find_events(obj):
        quotes.append(Quote(_clip(e.evidence.text), e.doc, e.language))
    return Item(_clip(head, 300), quotes[:4])


def _find_events(obj: Any) -> list[Event]:
    found: list[Event] = []
    for v in vars(obj).values() if hasattr(obj, "__dict__") else []:
        items = v if isinstance(v, list | tuple) else [v]
        for x in items:
            if isinstance(x, Event):
                found.append(x)
            else:
                found += [m for m in getattr(x, "members", []) or [] if isinstance(m, Event)]
    return found


def _tie_item(t: Tie) -> Item:
    src = _names([e.country for e in t.source if e.country])
    tgt = _names([e.country for e in t.target if e.country])
    arrow = "→" if t.directed else "↔"
    bits = [f"{t.tie_type.replace('_', ' ')}: {src} {arrow} {tgt}"]
    if t.figure:
        bits.append(f"figure “{t.figure}”")
    if t.commodity:
        bits.append(t.commodity)
    if t.date:
        bits.append(t.date)
    if t.negated:
        bits.append("negated")
    return Item(", ".join(bits), [Quote(_clip(t.evidence.text), t.doc, t.language)])


def brief_sections(
    store: Store,
    a: str,
    b: str,
    since: str | None = None,
    until: str | None = None,
    *,
    freq: str = "M",
    max_events: int = 8,
) -> tuple[str, list[Section]]:
    a, b = a.upper(), b.upper()
    all_units = units(store)
    df = pair_series(store, a, b, freq=freq, since=since, until=until, unit_list=all_units)
    changes = detect_changes(df)
    title = f"{country_name(a)} – {country_name(b)} ({a}–{b})"
    span = " ".join(
        x for x in (f"since {since}" if since else "", f"until {until}" if until else "") if x
    )
    title += f", {span}" if span else ", all dates"
    pair = [u for u in pair_units(all_units, a, b) if not u.date or in_range(u.date, since, until)]
    sections = [_trend(df, changes, a, b)]

    main = Section("Main events")
    chosen = _main_units(pair, changes, max_events)
    if not chosen:
        main.paragraphs.append("No asserted or reported event for this pair.")
    for u in chosen:
        main.items.append(Item(_unit_head(u), _quotes(u)))
    sections.append(main)

    if changes:
        sec = Section("What drove the flagged changes")
        for c in changes:
            causes = ", ".join(f"{u.event_type} {u.date}" for u in c.units[:4]) or "–"
            sec.paragraphs.append(f"{c.period} ({c.direction}, {c.reason}): {causes}.")
        sections.append(sec)

    contra = _contradiction_section(store, a, b)
    if contra is not None:
        sections.append(contra)

    ties = Section("Dependencies and ties")
    found = [
        t for t in store.ties(country=a, other=b) if not t.date or in_range(t.date, since, until)
    ]
    if not found:
        ties.paragraphs.append("No standing tie between the two is recorded.")
    ties.items += [_tie_item(t) for t in found]
    sections.append(ties)
    return title, sections


def brief(
    store: Store,
    a: str,
    b: str,
    since: str | None = None,
    until: str | None = None,
    fmt: str = "md",
    *,
    freq: str = "M",
    max_events: int = 8,
) -> str:
    """A Markdown (``fmt="md"``) or standalone HTML (``fmt="html"``) brief on a pair."""
    title, sections = brief_sections(store, a, b, since, until, freq=freq, max_events=max_events)
    if fmt == "md":
        return _markdown(title, sections)
    if fmt == "html":
        return _html(title, sections)
    raise ValueError(f"fmt must be 'md' or 'html', not {fmt!r}")


# -- rendering -------------------------------------------------------------------------------
def _md(text: str) -> str:
    # Markdown passes raw HTML through; entities keep source text inert when rendered.
    return html.escape(text, quote=False)


def _markdown(title: str, sections: list[Section]) -> str:
    lines = [f"# {_md(title)}", ""]
    for sec in sections:
        lines += [f"## {_md(sec.title)}", ""]
        for p in sec.paragraphs:
            lines += [_md(p), ""]
        if sec.code:
            lines += ["```", sec.code, "```", ""]
        if sec.table:
            header, rows = sec.table
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "---|" * len(header))
            for r in rows:
                lines.append("| " + " | ".join(_md(c).replace("|", "\\|") for c in r) + " |")
            lines.append("")
        for it in sec.items:
            lines.append(f"- **{_md(it.head)}**")
            for q in it.quotes:
                lines.append(f"  > {_md(q.text)}")
                lines.append(f"  > — *{_md(q.doc)}* ({_lang(q.language)})")
                lines.append("")
            if not it.quotes:
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _h(text: str) -> str:
    return html.escape(text, quote=True)


_CSS = (
    "body{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.45}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}"
    "blockquote{margin:.3em 0 .8em 1em;padding-left:.8em;border-left:3px solid #bbb}"
    "cite{display:block;color:#555;font-size:.9em}pre{background:#f4f4f4;padding:.4em}"
)


def _html(title: str, sections: list[Section]) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_h(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_h(title)}</h1>",
    ]
    for sec in sections:
        out.append(f"<h2>{_h(sec.title)}</h2>")
        out += [f"<p>{_h(p)}</p>" for p in sec.paragraphs]
        if sec.code:
            out.append(f"<pre>{_h(sec.code)}</pre>")
        if sec.table:
            header, rows = sec.table
            out.append("<table><thead><tr>" + "".join(f"<th>{_h(c)}</th>" for c in header))
            out.append("</tr></thead><tbody>")
            for r in rows:
                out.append("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        if sec.items:
            out.append("<ul>")
            for it in sec.items:
                out.append(f"<li><strong>{_h(it.head)}</strong>")
                for q in it.quotes:
                    lang = f' lang="{_h(q.language)}"' if q.language else ""
                    # dir=auto lets Hebrew and Arabic quotes run right to left.
                    out.append(f'<blockquote{lang} dir="auto">{_h(q.text)}</blockquote>')
                    out.append(f"<cite>{_h(q.doc)} ({_h(_lang(q.language))})</cite>")
                out.append("</li>")
            out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
