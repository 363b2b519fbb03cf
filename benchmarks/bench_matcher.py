"""Actor-matching throughput (issue 3's target: 1 MB of text per second per core).

Usage: python benchmarks/bench_matcher.py [--kb DATA_ROOT] [--mb 5]

Three figures, each over normalise + tokenize + match with the knowledge-base matcher:

* set-up: building each language's matcher (once per process, outside the timings);
* new text: every distinct text we can read here, once, with every word cache empty, as a
  process meets a corpus it has not seen (the seeds, the demo corpus, our evaluation
  sentences, and the external Arabic detection and English PLOVER sets when present);
* steady state: the seeds and demo corpus repeated to ``--mb`` MB, where words are cached.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from pathlib import Path

from detente.actors import default_kb, load_kb
from detente.evaluation import shared_dir
from detente.mentions import _ru_lemmas, analyses, inner_keys, tokenize
from detente.normalise import normalise
from detente.normalise.langid import detect_language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = shared_dir() / "seeds"
EXTERNAL = shared_dir() / "external"
LANGS = ("he", "ar", "ru", "en")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=Path, default=None, help="data root (default: bundled KB)")
    ap.add_argument("--mb", type=float, default=5.0)
    args = ap.parse_args()
    kb = load_kb(data_root=args.kb) if args.kb else default_kb()

    t0 = time.perf_counter()
    for lang in LANGS:
        kb.matcher(lang).prepare(lang)
    print(f"set-up: matchers for {', '.join(LANGS)} built in {time.perf_counter() - t0:.1f} s")

    new = _distinct_texts()
    _forget(kb)
    total_b = total_t = 0.0
    for lang in LANGS:
        nbytes, _, dt = _pass(kb, {lang: new[lang]}, 1)
        total_b, total_t = total_b + nbytes, total_t + dt
        print(f"new text, {lang}: {nbytes / 1e6:.2f} MB in {dt:.2f} s = {nbytes / 1e6 / dt:.2f} MB/s")
    print(f"new text, all: {total_b / 1e6:.2f} MB = {total_b / 1e6 / total_t:.2f} MB/s")

    texts = _demo_texts()
    total = sum(len(v.encode("utf-8")) for v in texts.values())
    reps = max(1, int(args.mb * 1e6 / total))
    nbytes, nmatch, dt = _pass(kb, texts, reps)
    print(
        f"steady state: {nbytes / 1e6:.1f} MB in {dt:.2f} s = {nbytes / 1e6 / dt:.2f} MB/s"
        f" ({nmatch} matches)"
    )


def _forget(kb) -> None:
    for cached in (analyses, inner_keys, _ru_lemmas):
        cached.cache_clear()
    for lang in LANGS:
        kb.matcher(lang).clear_caches()


def _demo_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    demo = ROOT / "src/detente/demo/corpus"
    for p in sorted(SEEDS.glob("*.txt")) + sorted(demo.rglob("*.txt")):
        t = p.read_text(encoding="utf-8")
        lang = detect_language(t) or "en"
        texts[lang] = texts.get(lang, "") + t
    return {k: v for k, v in texts.items() if v}


def _distinct_texts() -> dict[str, str]:
    seen: dict[str, dict[str, None]] = {lang: {} for lang in LANGS}
    for lang, t in _demo_texts().items():
        if lang in seen:
            seen[lang][t] = None
    for kind in ("events", "mentions"):
        for lang in LANGS:
            path = ROOT / "eval" / kind / f"{lang}.jsonl"
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    seen[lang][json.loads(line)["text"]] = None
    for path in sorted((EXTERNAL / "arabic_event_gsr").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                seen["ar"][row.get("text") or ""] = None
    plover = EXTERNAL / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    if plover.exists():
        for item in json.loads(plover.read_text(encoding="utf-8")):
            seen["en"][item.get("text") or ""] = None
    return {lang: "\n".join(t for t in texts if t) for lang, texts in seen.items()}


def _pass(kb, texts: dict[str, str], reps: int) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    nbytes = nmatch = 0
    for _ in range(reps):
        for lang, text in texts.items():
            matcher = kb.matcher(lang)
            # paragraphs, as the pipeline matches per sentence
            for para in text.split("\n"):
                norm = normalise(para, lang)
                nmatch += len(matcher.match_tokens(norm, tokenize(norm.text), lang))
            nbytes += len(text.encode("utf-8"))
    return nbytes, nmatch, time.perf_counter() - t0


if __name__ == "__main__":
    main()
