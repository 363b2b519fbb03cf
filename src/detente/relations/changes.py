"""Sharp turns in a pair series.

Two signals, computed only for periods with new units (silence is not a change):

* level: the index (see ``series``) moves by more than ``k`` robust scales, or crosses
  zero by at least ``min_cross`` (cooperation to conflict or back). The first row is
  compared with ``series.attrs["baseline"]``, the index the coarsely dated history
  stood at, when there is one.
* burst: the period's conflict intensity (or, for improvement, its cooperation
  intensity) rises above its own recent level (an exponentially weighted mean of the
  earlier periods with the series' half-life, quiet periods counting as zero) by more
  than ``burst_k`` robust scales. This catches a fresh escalation in a relation that is
  already hostile, or that comes with some diplomacy in the same month, where the
  index barely moves: raids and arrests months after a downing. Conflict and
  cooperation are measured apart because a net figure lets appeals hide raids. The
  first row has no recent level and is judged on the level signal only.

A robust scale is 1.4826 × the median absolute deviation of the values it measures,
floored (``min_scale`` for the index, ``min_burst`` for intensity sums; one assault
is 10) so a short or steady series does not flag every wobble. With the defaults and
sparse news, a burst is at least 15 intensity points above the recent level: two
coercive acts, or an assault and a threat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from statistics import median
from typing import Any

import pandas as pd

from detente.relations.unit import COUNTED_MODALITIES, Unit


@dataclass
class Change:
    period: str
    direction: str  # deterioration | improvement
    magnitude: float  # absolute move of the index
    before: float
    after: float
    crossed: bool  # went from cooperation to conflict or back
    threshold: float  # k × robust scale used for this series
    reason: str
    units: list[Unit] = field(default_factory=list)

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def docs(self) -> list[str]:
        return list(dict.fromkeys(d for u in self.units for d in u.docs))

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "direction": self.direction,
            "magnitude": round(self.magnitude, 3),
            "before": round(self.before, 3),
            "after": round(self.after, 3),
            "crossed": self.crossed,
            "threshold": round(self.threshold, 3),
            "reason": self.reason,
            "units": [unit_dict(u) for u in self.units],
        }


def unit_dict(u: Unit) -> dict[str, Any]:
    return {
        "unit_id": u.unit_id,
        "summary": u.summary(),
        "event_type": u.event_type,
        "mode": u.mode,
        "actor": u.actor_countries,
        "recipient": u.recipient_countries,
        "date": u.date,
        "intensity": u.intensity,
        "corroboration": u.corroboration,
        "event_ids": u.event_ids,
        "evidence": [
            {"doc": e.doc, "language": e.language, "text": e.evidence.text} for e in u.events
        ],
    }


def robust_scale(moves: list[float], min_scale: float = 1.0) -> float:
    if len(moves) < 2:
        return min_scale
    mid = median(moves)
    mad = median(abs(m - mid) for m in moves)
    return max(1.4826 * mad, min_scale)


def detect_changes(
    series: pd.DataFrame,
    *,
    k: float = 2.5,
    min_scale: float = 1.0,
    min_cross: float = 0.5,
    burst_k: float = 1.5,
    min_burst: float = 10.0,
    modalities: tuple[str, ...] = COUNTED_MODALITIES,
) -> list[Change]:
    """Flag periods of sharp deterioration or improvement (see the module notes).

    Each Change lists the units of its period that pushed the way it went, most extreme
    first, taken from ``series.attrs["units"]`` when the series came from
    ``pair_series``. ``magnitude`` is the absolute move of the index, or for a burst
    alone the rise of conflict (or cooperation) intensity over its recent level."""
    if series.empty or "index" not in series:
        return []
    index = [float(x) for x in series["index"]]
    labels = [str(p) for p in series["period"]]
    n = len(index)
    events = [int(x) for x in series["events"]] if "events" in series else [1] * n
    halflife = float(series.attrs.get("halflife") or 1.0)
    lam = 0.5 ** (1.0 / halflife) if halflife > 0 else 0.0

    level: dict[int, tuple[float, float]] = {}
    baseline = series.attrs.get("baseline")
    for t in range(n):
        before = index[t - 1] if t else baseline
        after = index[t]
        if events[t] == 0 or before is None or math.isnan(before) or math.isnan(after):
            continue
        level[t] = (float(before), after)
    level_thr = k * robust_scale([b - a for a, b in level.values()], min_scale)

    bursts = {
        side: _bursts(series, col, events, lam, burst_k, min_burst)
        for side, col in (
            ("deterioration", "conflict_intensity"),
            ("improvement", "cooperation_intensity"),
        )
    }

    by_period: dict[str, list[Unit]] = series.attrs.get("units") or {}
    out = []
    for t in range(n):
        reasons, direction, magnitude = [], None, 0.0
        crossed = False
        if t in level:
            before, after = level[t]
            delta = after - before
            crossed = (before > 0 > after or before < 0 < after) and abs(delta) >= min_cross
            if abs(delta) > level_thr:
                reasons.append(f"index moved {delta:+.2f} (threshold {level_thr:.2f})")
            if crossed:
                reasons.append(
                    "crossed from cooperation to conflict"
                    if delta < 0
                    else "crossed from conflict to cooperation"
                )
            if reasons:
                direction = "deterioration" if delta < 0 else "improvement"
                magnitude = abs(delta)
        level_fired = direction is not None
        burst = _strongest_burst(bursts, t)
        if burst is not None:
            side, value, recent, thr = burst
            what = "conflict" if side == "deterioration" else "cooperation"
            text = f"{what} intensity {value:.1f} against a recent {recent:.1f} (threshold {thr:.1f} above it)"
            if level_fired and direction != side:
                # The index moved because the mix of the period changed; fresh activity
                # on the other side is the news (raids in a month of appeals).
                reasons = [text, f"the index moved the other way ({reasons[0]})"]
                level_fired, crossed = False, False
                direction = None
            else:
                reasons.append(text)
            if direction is None:
                direction, magnitude, burst_thr = side, value - recent, thr
        if direction is None:
            continue
        if t in level:
            before, after = level[t]
        else:
            before = index[t - 1] if t else (baseline if baseline is not None else math.nan)
            after = index[t]
        out.append(
            Change(
                period=labels[t],
                direction=direction,
                magnitude=magnitude,
                before=float(before),
                after=after,
                crossed=crossed,
                threshold=level_thr if level_fired else burst_thr,
                reason="; ".join(reasons),
                units=_causes(
                    by_period.get(labels[t], []),
                    before if level_fired else 0.0,
                    direction == "deterioration",
                    modalities,
                ),
            )
        )
    return out


def _bursts(series, col, events, lam, burst_k, min_burst) -> dict[int, tuple]:
    """Periods where ``col`` rose above its recent level by more than the threshold:
    t -> (value, recent level, threshold)."""
    if col not in series:
        return {}
    values = [float(x) for x in series[col]]
    rises: dict[int, tuple[float, float]] = {}
    recent = 0.0
    for t, v in enumerate(values):
        if events[t] and t:
            rises[t] = (v, recent)
        recent = lam * recent + (1 - lam) * v
    thr = burst_k * robust_scale([v - r for v, r in rises.values()], min_burst)
    return {t: (v, r, thr) for t, (v, r) in rises.items() if v - r > thr}


def _strongest_burst(bursts: dict[str, dict[int, tuple]], t: int) -> tuple | None:
    found = [(side, *b[t]) for side, b in bursts.items() if t in b]
    if not found:
        return None
    # When conflict and cooperation both surge, the one further past its bar decides.
    return max(found, key=lambda f: (f[1] - f[2]) / f[3])


def _causes(us: list[Unit], before: float, down: bool, modalities) -> list[Unit]:
    """Units of the period that pulled the way the relation went: below the earlier
    index and below zero for a deterioration (an apology in a bad month is no cause of
    it), above both for an improvement. A burst is judged against zero alone: in an
    already hostile relation, fresh arrests cause it even if milder than the past."""
    ref = before if before is not None and not math.isnan(before) else 0.0
    bar = min(ref, 0.0) if down else max(ref, 0.0)
    pulled = [
        u
        for u in us
        if u.counted(modalities)
        and u.intensity is not None
        and (u.intensity < bar if down else u.intensity > bar)
    ]
    pulled.sort(key=lambda u: (u.intensity if down else -u.intensity, -u.corroboration))
    return pulled
