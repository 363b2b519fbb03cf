"""Coding speed without embeddings: sentences per second on one core.

Runs the event coder (with actor resolution, which it needs, and the English and Russian
dependency parsers) over every sentence of the demo corpus and the sentence evaluation
sets. A warm-up on other text loads the knowledge base, lexicons and parsers first; every
cache that holds per-sentence results is cleared before each timed pass, so each pass
does the full work. Prints sentences/second; the target is >= 200.

    .venv/bin/python benchmarks/bench_coder.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from detente.actors import extract_mentions
from detente.api import demo_corpus_dir
from detente.events import code_document
from detente.events.syntax import parse
from detente.mentions import _ru_lemmas, _ru_name_lemmas, analyses, inner_keys, key_set
from detente.models import RawDocument
from detente.pipeline import prepare
from detente.segment import segment_sentences

ROOT = Path(__file__).resolve().parents[1]
WARM_UP = [
    "The ministers met in Vienna and agreed to talk again next week.",
    "Министры встретились в Вене и договорились продолжить переговоры.",
    "השרים נפגשו בווינה והסכימו להיפגש שוב.",
    "التقى الوزراء في فيينا واتفقوا على مواصلة المحادثات.",
]


def corpus() -> list[RawDocument]:
    docs = [
        RawDocument(text=p.read_text(encoding="utf-8"), name=p.name, source=str(p))
        for p in sorted(demo_corpus_dir().glob("*.txt"))
    ]
    for p in sorted((ROOT / "eval" / "events").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            docs.append(
                RawDocument(
                    text=rec["text"], name=rec["id"], source=rec["id"], date=rec["doc_date"]
                )
            )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    prepared = []
    for raw in corpus():
        doc, match_text = prepare(raw)
        sents = segment_sentences(text=doc.text, doc_id=doc.doc_id, lang=doc.language)
        prepared.append((doc, match_text, sents))
    n_sent = sum(len(s) for _, _, s in prepared)
    # Warm-up on text that is not timed: loads the knowledge base, lexicons and parsers.
    for text in WARM_UP:
        doc, match_text = prepare(RawDocument(text=text, name="warm-up", source="warm-up"))
        sents = segment_sentences(text=doc.text, doc_id=doc.doc_id, lang=doc.language)
        code_document(
            doc, sents, extract_mentions(doc, sents, match_text=match_text), match_text=match_text
        )
    # The dependency parsers load on the first sentence that needs them; load them here so
    # that their one-off start-up (seconds) is not charged to the timed passes.
    parse(WARM_UP[0], "en")
    parse(WARM_UP[1], "ru")
    events = 0
    dt = 0.0
    passes = []
    for _ in range(args.repeat):
        # Each pass starts as a fresh process would: no parse, no word analysis cached.
        for cached in (parse, analyses, inner_keys, key_set, _ru_lemmas, _ru_name_lemmas):
            cached.cache_clear()
        t0 = time.perf_counter()
        for doc, match_text, sents in prepared:
            mentions = extract_mentions(doc, sents, match_text=match_text)
            events += len(code_document(doc, sents, mentions, match_text=match_text))
        passes.append(time.perf_counter() - t0)
        dt += passes[-1]
    total = n_sent * args.repeat
    # Each pass's own rate too: a shared machine slows some passes by a third, and the
    # spread says how far to trust the overall figure.
    each = ", ".join(f"{n_sent / p:.0f}" for p in passes)
    print(
        f"{total} sentences in {dt:.2f} s on one core: {total / dt:.0f} sentences/s "
        f"(mentions + events, {events} events; passes: {each}); target >= 200"
    )


if __name__ == "__main__":
    main()
