"""Scoring the coder against gold files.

Event extraction is scored at the level of (document, actor country, recipient country,
type): an event with several actors or recipients counts once per pair, and a document
counts each such tuple once however many sentences report it. Date accuracy is the share
of matched gold tuples whose predicted date equals the gold date.

Gold sets:
- ``demo``: the demo corpus and ``demo/annotations.jsonl`` (document-level).
- ``sentences``: ``eval/events/<lang>.jsonl``, one short text per line with its events.
- ``arabic-gsr``: the Arabic PROTEST/ASSAULT detection set in ``shared/external``
  (``yes`` positive, ``easy no``/``difficult no`` negative, ``ambiguous`` skipped).
- ``plover-gsr``: the English PLOVER examples in ``shared/external``.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from detente.models import Entity, Event, RawDocument

PLOVER_GSR_MAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}

Tuple = tuple[str, str, str, str]  # (doc, actor country, recipient country, type)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # the target on dates holds per language too, so each slice keeps its own count
    dates_right: int = 0
    dates_total: int = 0

    @property
    def date_accuracy(self) -> float | None:
        return self.dates_right / self.dates_total if self.dates_total else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if not p or not r:
            return 0.0 if (p is not None and r is not None) else None
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _r(self.precision),
            "recall": _r(self.recall),
            "f1": _r(self.f1),
            "date_accuracy": _r(self.date_accuracy),
        }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


@dataclass
class Report:
    name: str
    overall: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_lang: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[dict] = field(default_factory=list)
    false_events: list[dict] = field(default_factory=list)
    date_errors: list[dict] = field(default_factory=list)  # right event, wrong date
    documents: int = 0
    extra: dict = field(default_factory=dict)
    # figures under another counting rule, kept beside the main one and out of its totals
    side: dict[str, Score] = field(default_factory=dict)

    # the whole set's date counts are its overall slice's
    @property
    def dates_right(self) -> int:
        return self.overall.dates_right

    @property
    def dates_total(self) -> int:
        return self.overall.dates_total

    @property
    def date_accuracy(self) -> float | None:
        return self.overall.date_accuracy

    def as_dict(self, errors: int = 20) -> dict:
        return {
            "set": self.name,
            "documents": self.documents,
            "overall": self.overall.as_dict(),
            "date_accuracy": _r(self.date_accuracy),
            "by_language": {k: v.as_dict() for k, v in sorted(self.by_lang.items())},
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            **self.extra,
            **({"side": {k: v.as_dict() for k, v in self.side.items()}} if self.side else {}),
            "misses": self.misses[:errors],
            "false_events": self.false_events[:errors],
            "date_errors": self.date_errors[:errors],
        }


# -- paths ---------------------------------------------------------------------------------
def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def eval_dir() -> Path:
    return Path(os.environ.get("DETENTE_EVAL_DIR", repo_root() / "eval"))


def shared_dir() -> Path:
    """The read-only shared data (seeds, external gold): ``DETENTE_SHARED``; else
    ``../shared`` beside this repository; else beside the repository this one was cloned
    from (a fresh clone in a temporary folder); else the first, so the error names it."""
    env = os.environ.get("DETENTE_SHARED")
    if env:
        return Path(env)
    beside = repo_root().parent / "shared"
    if beside.is_dir():
        return beside
    try:
        url = subprocess.run(
            ["git", "-C", str(repo_root()), "config", "--get", "remote.origin.url"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        url = ""
    if url and "://" not in url:
        origin = (repo_root() / url).resolve().parent / "shared"
        if origin.is_dir():
            return origin
    return beside


def external_dir() -> Path:
    env = os.environ.get("DETENTE_EXTERNAL")
    if env:
        return Path(env)
    return shared_dir() / "external"


# -- tuples --------------------------------------------------------------------------------
def _pairs(actors: Iterable[str | None], recipients: Iterable[str | None]) -> list[tuple[str, str]]:
    a = [x or "" for x in actors] or [""]
    r = [x or "" for x in recipients] or [""]
    return [(x, y) for x in dict.fromkeys(a) for y in dict.fromkeys(r)]


def event_tuples(doc: str, ev: Event) -> set[Tuple]:
    return {
        (doc, a, r, ev.event_type)
        for a, r in _pairs([e.country for e in ev.actor], [e.country for e in ev.recipient])
    }


def gold_tuples(doc: str, g: dict) -> set[Tuple]:
    return {
        (doc, a, r, g["event_type"])
        for a, r in _pairs(g.get("actor_country") or [], g.get("recipient_country") or [])
    }


def _score_docs(report: Report, docs: list[tuple[str, str, list[dict], list[Event]]]) -> Report:
    """docs: (doc key, language, gold events, predicted events)."""
    for key, lang, gold, pred in docs:
        report.documents += 1
        g_dates: dict[Tuple, set[str]] = defaultdict(set)
        g_set: set[Tuple] = set()
        g_ev: dict[Tuple, dict] = {}
        for g in gold:
            for t in gold_tuples(key, g):
                g_set.add(t)
                g_ev.setdefault(t, g)
                if g.get("date"):
                    g_dates[t].add(g["date"])
        p_set: set[Tuple] = set()
        p_dates: dict[Tuple, set[str]] = defaultdict(set)
        p_ev: dict[Tuple, Event] = {}
        for ev in pred:
            for t in event_tuples(key, ev):
                p_set.add(t)
                p_ev.setdefault(t, ev)
                if ev.date:
                    p_dates[t].add(ev.date)
        for t in g_set | p_set:
            hit_g, hit_p = t in g_set, t in p_set
            for sc in (report.overall, report.by_type[t[3]], report.by_lang[lang]):
                if hit_g and hit_p:
                    sc.tp += 1
                elif hit_p:
                    sc.fp += 1
                else:
                    sc.fn += 1
            if hit_g and hit_p and g_dates.get(t):
                right = bool(g_dates[t] & p_dates.get(t, set()))
                for sc in (report.overall, report.by_type[t[3]], report.by_lang[lang]):
                    sc.dates_total += 1
                    sc.dates_right += right
                if not right:
                    ev = p_ev[t]
                    report.date_errors.append(
                        {
                            "doc": key,
                            "lang": lang,
                            "type": t[3],
                            "gold": sorted(g_dates[t]),
                            "coded": sorted(p_dates.get(t, set())),
                            "evidence": ev.evidence.text,
                            "why": ev.why,
                        }
                    )
            elif hit_g and not hit_p:
                g = g_ev[t]
                report.misses.append(
                    {
                        "doc": key,
                        "lang": lang,
                        "type": t[3],
                        "actor": t[1],
                        "recipient": t[2],
                        "evidence": g.get("evidence") or g.get("_text", ""),
                    }
                )
            elif hit_p and not hit_g:
                ev = p_ev[t]
                report.false_events.append(
                    {
                        "doc": key,
                        "lang": lang,
                        "type": t[3],
                        "actor": t[1],
                        "recipient": t[2],
                        "trigger": ev.trigger,
                        "evidence": ev.evidence.text,
                        "why": ev.why,
                    }
                )
    return report


def _run(text: str, name: str, date: str | None, kb=None) -> list[Event]:
    from detente.api import process_raw

    raw = RawDocument(
        text=text, name=name, source=name, date=date, date_source="option" if date else None
    )
    out = process_raw(raw, kb=kb)
    if hasattr(out, "events"):
        return out.events
    raise RuntimeError(str(out))


# -- sets ------------------------------------------------------------------------------------
def load_demo_gold(annotations: Path | None = None) -> dict[str, list[dict]]:
    """The demo corpus annotations, grouped by document file name."""
    from detente.api import demo_corpus_dir

    annotations = annotations or demo_corpus_dir().parent / "annotations.jsonl"
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in annotations.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["doc"]].append(g)
    return gold


def evaluate_demo(
    corpus: Path | None = None,
    annotations: Path | None = None,
    langs: Iterable[str] | None = None,
) -> Report:
    """The demo corpus; ``langs`` keeps the documents of those languages (named by their
    file name's first two letters)."""
    from detente.api import demo_corpus_dir, extract

    corpus = corpus or demo_corpus_dir()
    gold = load_demo_gold(annotations or corpus.parent / "annotations.jsonl")
    paths = [corpus]
    if langs is not None:
        keep = set(langs)
        paths = sorted(p for p in corpus.iterdir() if p.is_file() and p.name[:2] in keep)
    docs = []
    for item in extract(paths) if paths else ():
        if not hasattr(item, "events"):
            raise RuntimeError(str(item))
        name = item.document.name
        docs.append((name, name[:2], gold.get(name, []), item.events))
    return _score_docs(Report("demo"), docs)


def load_sentence_gold(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def evaluate_sentences(
    paths: Iterable[Path] | None = None, langs: Iterable[str] | None = None
) -> Report:
    """Sentence-format gold files (default: eval/events/*.jsonl); ``langs`` keeps the lines
    of those languages."""
    if paths is None:
        paths = sorted((eval_dir() / "events").glob("*.jsonl"))
    keep = set(langs) if langs is not None else None
    docs = []
    for p in paths:
        for rec in load_sentence_gold(Path(p)):
            if keep is not None and (rec.get("lang") or Path(p).stem) not in keep:
                continue
            for g in rec.get("events") or []:
                g.setdefault("_text", rec["text"])
            pred = _run(rec["text"], rec["id"], rec.get("doc_date"))
            docs.append((rec["id"], rec.get("lang") or Path(p).stem, rec.get("events") or [], pred))
    return _score_docs(Report("sentences"), docs)


def _happened(e: Event, etype: str) -> bool:
    """A detection claims the event took place: a negated, hypothetical, questioned or
    future event is coded and kept, but it is not a report that the event happened."""
    return e.event_type == etype and not e.negated and e.modality in ("asserted", "reported")


def evaluate_arabic_gsr(folder: Path | None = None, limit: int | None = None) -> Report:
    """Detection, counted as the held-out evaluation counts it (``shared/external/README.md``):
    a sentence is predicted positive when the coder emits an event of the set's type, marked
    negated, hypothetical or future or not. The side slice ``happened only`` counts only events
    coded as having happened (not negated; asserted or reported), which is what an analyst
    filtering on ``modality`` would see."""
    folder = folder or external_dir() / "arabic_event_gsr"
    report = Report("arabic-gsr")
    happened = report.side.setdefault("happened only", Score())
    for etype, fname in (("PROTEST", "protest_gsr.csv"), ("ASSAULT", "assault_gsr.csv")):
        path = folder / fname
        sc = report.by_type[etype]
        with path.open(encoding="utf-8", newline="") as f:
            rows = [r for r in csv.DictReader(f) if r["label"] != "ambiguous"]
        if limit:
            rows = rows[:limit]
        for r in rows:
            gold = r["label"] == "yes"
            emitted = [e for e in _run(r["text"], r["id"][-24:], None) if e.event_type == etype]
            _count(sc, gold, bool(emitted))
            _count(happened, gold, any(_happened(e, etype) for e in emitted))
            report.documents += 1
            if emitted and not gold:
                report.false_events.append(
                    {"type": etype, "label": r["label"], "text": r["text"], "why": emitted[0].why}
                )
            elif gold and not emitted:
                report.misses.append({"type": etype, "text": r["text"]})
    for sc in report.by_type.values():
        report.overall.tp += sc.tp
        report.overall.fp += sc.fp
        report.overall.fn += sc.fn
    report.by_lang["ar"] = report.overall
    return report


def _count(sc: Score, gold: bool, pred: bool) -> None:
    sc.tp += gold and pred
    sc.fp += pred and not gold
    sc.fn += gold and not pred


# The PLOVER examples carry a few legacy CAMEO country codes; scoring reads them as ISO.
_GSR_LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _gsr_codes(ents: Iterable[Entity]) -> set[str]:
    """Our codes for one side, widened to the examples' coarser convention: they code UN
    bodies, EU institutions and international non-governmental bodies (the Red Cross,
    Amnesty International) as IGO, where Détente says UNO, EUR and NGO, and a transnational
    militant network (al-Qaeda) as IMG, where Détente says ISM."""
    codes = {e.country for e in ents if e.country}
    wider = {"IGO"} if codes & {"UNO", "EUR", "NGO"} else set()
    return codes | wider | ({"IMG"} if "ISM" in codes else set())


def evaluate_plover_gsr(path: Path | None = None) -> Report:
    """English PLOVER examples: right when the type matches and, where the gold names them,
    the actor and recipient countries match. A sentence scores one true positive at most,
    and each other type coded for it one false event."""
    path = path or external_dir() / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    report = Report("plover-gsr")
    for rec in records:
        etype = PLOVER_GSR_MAP.get(rec["event"], rec["event"])
        src = {
            _GSR_LEGACY.get(a["code"], a["code"])
            for a in rec.get("source") or []
            if isinstance(a, dict) and a.get("code")
        }
        tgt = {
            _GSR_LEGACY.get(a["code"], a["code"])
            for a in rec.get("target") or []
            if isinstance(a, dict) and a.get("code")
        }
        pred = _run(rec["text"], rec["id"], rec.get("date"))
        report.documents += 1

        def right(ev: Event, etype=etype, src=src, tgt=tgt) -> bool:
            if ev.event_type != etype:
                return False
            if src and not src & _gsr_codes(ev.actor):
                return False
            if tgt and not tgt & _gsr_codes(ev.recipient):
                return False
            return True

        rights = [e for e in pred if right(e)]
        sc = report.by_type[etype]
        if rights:
            sc.tp += 1
        else:
            sc.fn += 1
            report.misses.append(
                {
                    "id": rec["id"],
                    "type": etype,
                    "source": sorted(src),
                    "target": sorted(tgt),
                    "text": rec["text"],
                }
            )
        wrong = [e for e in pred if not right(e)]
        # Only events of another type are false: a second, partly coded report of the
        # same type is not an extra event.
        wrong = [e for e in wrong if e.event_type != etype]
        # one false event per wrong type, as one true positive per sentence at most
        first_of_type = {}
        for e in wrong:
            first_of_type.setdefault(e.event_type, e)
        for et, e in first_of_type.items():
            report.by_type[et].fp += 1
            report.false_events.append(
                {"id": rec["id"], "type": et, "gold": etype, "text": rec["text"], "why": e.why}
            )
    for sc in list(report.by_type.values()):
        report.overall.tp += sc.tp
        report.overall.fp += sc.fp
        report.overall.fn += sc.fn
    report.by_lang["en"] = report.overall
    return report


SETS = {
    "demo": evaluate_demo,
    "sentences": evaluate_sentences,
    "arabic-gsr": evaluate_arabic_gsr,
    "plover-gsr": evaluate_plover_gsr,
}


# The one language of each external set.
SET_LANGUAGE = {"arabic-gsr": "ar", "plover-gsr": "en"}


def evaluate(name: str, langs: Iterable[str] | None = None) -> Report | None:
    """Score set ``name``; with ``langs``, only its documents in those languages (None when
    the set has none)."""
    if langs is None:
        return SETS[name]()
    langs = list(langs)
    if name in SET_LANGUAGE:
        return SETS[name]() if SET_LANGUAGE[name] in langs else None
    return SETS[name](langs=langs)


def type_counts(events: Iterable[Event]) -> Counter:
    return Counter(e.event_type for e in events)
