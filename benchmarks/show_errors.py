"""Print misses and false events of the sentence evaluation set for one language.

Usage: python benchmarks/show_errors.py en [N]
"""

import sys

from detente.evaluation import eval_dir, evaluate_sentences

lang = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
r = evaluate_sentences([eval_dir() / "events" / f"{lang}.jsonl"])
print(r.overall.as_dict(), "date accuracy", r.date_accuracy)
for k, v in sorted(r.by_type.items()):
    print(f"  {k:10} {v.as_dict()}")
for f in r.false_events[:n]:
    roles = f["why"].split("roles:")[1][:70] if f.get("why") and "roles:" in f["why"] else ""
    print("FP  ", f["doc"], f["type"], f["actor"], "->", f["recipient"], "|", f["trigger"], "|", roles)
for f in r.misses[:n]:
    print("MISS", f["doc"], f["type"], f["actor"], "->", f["recipient"], "|", f["evidence"][:140])
