"""Break the sentence-set errors down: wrong type, or right type with wrong countries.

Usage: python benchmarks/error_kinds.py [lang ...]
"""

import sys
from collections import Counter

from detente.evaluation import eval_dir, evaluate_sentences

for lang in sys.argv[1:] or ["en", "he", "ar", "ru"]:
    r = evaluate_sentences([eval_dir() / "events" / f"{lang}.jsonl"])
    gold_types = {(m["doc"], m["type"]) for m in r.misses}
    fp_types = {(f["doc"], f["type"]) for f in r.false_events}
    kinds = Counter()
    for f in r.false_events:
        kinds["fp: type right, countries wrong" if (f["doc"], f["type"]) in gold_types else "fp: no such type in gold"] += 1
    for m in r.misses:
        kinds["miss: type coded, countries wrong" if (m["doc"], m["type"]) in fp_types else "miss: type not coded"] += 1
    print(lang, r.overall.as_dict(), dict(kinds))
