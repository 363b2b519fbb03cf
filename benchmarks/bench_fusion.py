"""Benchmark: cluster 100,000 synthetic stored-style events with embed=False on one core.

Target: under a minute. Events imitate a large store: 16 PLOVER types, ~60 countries,
dates spread over two years with day, month and year precision, some without recipient
or date, and each real-world event reported by one to five documents.

Usage: python benchmarks/bench_fusion.py [--events 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from detente.fusion import cluster_events  # noqa: E402
from detente.models import PLOVER_TYPES, Entity, Event, Evidence  # noqa: E402

COUNTRIES = [f"C{i:02d}" for i in range(60)]


def synthetic(n: int, seed: int) -> list[tuple[str, Event]]:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    out: list[tuple[str, Event]] = []
    k = 0
    while len(out) < n:
        etype = rng.choice(PLOVER_TYPES)
        a = rng.choice(COUNTRIES)
        r = rng.choice([c for c in COUNTRIES if c != a])
        day = start + timedelta(days=rng.randrange(730))
        for _ in range(rng.randint(1, 5)):
            k += 1
            shift = timedelta(days=rng.choice((0, 0, 0, 1, -1)))
            prec = rng.choices(("day", "month", "year", None), (80, 12, 3, 5))[0]
            d = (day + shift).isoformat()
            dt = {"day": d, "month": d[:7], "year": d[:4], None: None}[prec]
            recips = [] if rng.random() < 0.1 else [Entity(r, r, r)]
            doc_id = f"d{k // 3:07d}"
            ev = Event(
                event_type=etype,
                mode=None,
                context=[],
                actor=[Entity(a, a, a)],
                recipient=recips,
                date=dt,
                date_precision=prec,
                negated=False,
                modality="asserted",
                intensity=None,
                evidence=Evidence(f"sentence {k}", 0, 10),
                confidence=0.5,
                doc=f"{doc_id}.txt",
                doc_id=doc_id,
                language="en",
            )
            out.append((f"e{k:09d}", ev))
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    events = synthetic(args.events, args.seed)
    t0 = time.perf_counter()
    clusters = cluster_events(events, embed=False)
    dt = time.perf_counter() - t0
    multi = sum(1 for c in clusters if len(c.members) > 1)
    print(
        f"clustered {len(events):,} events into {len(clusters):,} clusters "
        f"({multi:,} with several reports) in {dt:.1f}s (target < 60s)"
    )


if __name__ == "__main__":
    main()
