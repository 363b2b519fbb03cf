"""Experiment: do dependency-parse roles beat the coder's word-order heuristics?

Runs the real pipeline on eval/events/<lang>.jsonl. For every event the coder produced,
actor and recipient are recomputed with ``detente.events.syntax.roles_from_syntax`` from
the event's trigger span and the actor mentions of its sentence, then all variants are
scored with the tuple scoring of ``detente.evaluation``:

- heuristic: the coder as it is;
- syntax:    parse roles replace both roles when the parse answers (heuristics otherwise);
- per-role:  the parse's actor and recipient each replace the heuristic one only when the
             parse found that role.

Usage: python benchmarks/syntax_roles_eval.py [lang ...] [--show N]
"""

from __future__ import annotations

import os

# natasha runs on numpy: multi-threaded OpenBLAS slows its small matrices ~40x here
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import sys
import time
from dataclasses import replace

from detente.api import process_raw
from detente.evaluation import Report, _score_docs, eval_dir, event_tuples, load_sentence_gold
from detente.events import _Group, _head_of, _reciprocal, _same_side, _units, plover_table
from detente.events.syntax import parse, roles_from_syntax
from detente.models import Event, Mention, ProcessedDocument, RawDocument

VARIANTS = ("heuristic", "syntax", "per-role")


def _participants(text: str, ms: list[Mention]) -> list[Mention]:
    """One head mention per participant, as the coder groups adjacent same-country names."""
    return [_head_of(u) for u in _units(text, sorted(ms, key=lambda m: m.start), [])]


def _recode(pd: ProcessedDocument, ev: Event, per_role: bool, stats: dict) -> list[Event]:
    text = pd.document.text
    s = next((x for x in pd.sentences if x.index == ev.sentence_index), None)
    if s is None or ev.trigger_start is None or not ev.language:
        return [ev]
    ms = sorted(
        (m for m in pd.mentions if m.role == "actor" and s.start <= m.start and m.end <= s.end),
        key=lambda m: m.start,
    )
    r = roles_from_syntax(
        text[s.start : s.end],
        ev.language,
        (ev.trigger_start - s.start, ev.trigger_end - s.start),
        [(m.start - s.start, m.end - s.start) for m in ms],
    )
    if r is None:
        stats["none"] += 1
        return [ev]
    stats["answered"] += 1
    actor_m = _participants(text, [ms[i] for i in r.actor])
    recip_m = _participants(text, [ms[i] for i in r.recipient])
    if actor_m and recip_m and _same_side(_Group(actor_m), _Group(recip_m)):
        recip_m = []
    actor = [m.entity() for m in actor_m]
    recipient = [m.entity() for m in recip_m]
    if per_role:
        if not actor:
            taken = {e.country for e in recipient}
            actor = [e for e in ev.actor if e.country not in taken]
        if not recipient:
            taken = {e.country for e in actor}
            recipient = [e for e in ev.recipient if e.country not in taken]
    info = plover_table()[ev.event_type]
    return [
        replace(ev, actor=a, recipient=rc, why=f"{ev.why} | {how}")
        for a, rc, how in _reciprocal(actor, recipient, info, r.how)
    ]


def run(lang: str, show: int = 0) -> dict[str, Report]:
    path = eval_dir() / "events" / f"{lang}.jsonl"
    docs: dict[str, list] = {v: [] for v in VARIANTS}
    stats = {"none": 0, "answered": 0}
    changed: list[tuple] = []
    parse_time, sentences = 0.0, 0
    parse("Warm-up sentence.", lang)  # load the model outside the timing
    for rec in load_sentence_gold(path):
        gold = rec.get("events") or []
        for g in gold:
            g.setdefault("_text", rec["text"])
        raw = RawDocument(
            text=rec["text"],
            name=rec["id"],
            source=rec["id"],
            date=rec.get("doc_date"),
            date_source="option" if rec.get("doc_date") else None,
        )
        pd = process_raw(raw)
        if not isinstance(pd, ProcessedDocument):
            raise RuntimeError(str(pd))
        for s in pd.sentences:  # time the parser alone, once per sentence
            t0 = time.perf_counter()
            parse(pd.document.text[s.start : s.end], lang)
            parse_time += time.perf_counter() - t0
            sentences += 1
        doc_lang = rec.get("lang") or lang
        docs["heuristic"].append((rec["id"], doc_lang, gold, pd.events))
        for v in ("syntax", "per-role"):
            out: list[Event] = []
            for ev in pd.events:
                new = _recode(pd, ev, v == "per-role", stats)
                out += new
                if v == "syntax" and show:
                    before = event_tuples(rec["id"], ev)
                    after = set().union(*(event_tuples(rec["id"], e) for e in new))
                    if before != after:
                        gold_t = (
                            set().union(*(_gold_t(rec["id"], g) for g in gold)) if gold else set()
                        )
                        changed.append((rec["id"], ev.trigger, before, after, gold_t, new[0].why))
            docs[v].append((rec["id"], doc_lang, gold, out))
    reports = {v: _score_docs(Report(f"{lang}-{v}"), docs[v]) for v in VARIANTS}
    n_per_variant = (stats["none"] + stats["answered"]) // 2
    print(
        f"{lang}: {n_per_variant} coded events, parse answered "
        f"{stats['answered'] // 2}, none {stats['none'] // 2}; "
        f"parsing {sentences} sentences (model loaded) at {sentences / parse_time:.0f} sentences/s"
    )
    for v in VARIANTS:
        print(f"  {v:10}", reports[v].overall.as_dict())
    for doc, trig, before, after, gold_t, why in changed[:show]:

        def mark(ts, gold_t=gold_t):
            return ", ".join(
                f"{a or '-'}>{r or '-'}{'*' if (d, a, r, t) in gold_t else ''}"
                for d, a, r, t in sorted(ts)
            )

        print(
            f"    {doc} '{trig}': {mark(before)}  =>  {mark(after)}   [{(why or '').split('|')[-1].strip()}]"
        )
    return reports


def _gold_t(doc, g):
    from detente.evaluation import gold_tuples

    return gold_tuples(doc, g)


if __name__ == "__main__":
    args = sys.argv[1:]
    show = 0
    if "--show" in args:
        k = args.index("--show")
        show = int(args[k + 1])
        del args[k : k + 2]
    for lang in args or ["en", "ru"]:
        run(lang, show)
