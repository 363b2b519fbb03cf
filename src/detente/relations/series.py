"""Pair series: what two actors did to each other, period by period.

Counting rules
--------------
* The unit is a fusion cluster (or a lone event before fusion): one happening reported by
  five outlets counts once. ``reports`` gives the number of event records behind them.
* ``cooperation_intensity`` sums the positive intensities of a period and
  ``conflict_intensity`` the magnitudes of the negative ones, so a month of raids and
  of appeals shows both rather than a net figure that hides each.
* Only asserted and reported units feed the counts and the index. Negated units and
  hypothetical/future ones are counted in their own columns, ``negated`` and
  ``hypothetical``, so they are visible but never mixed in.
* A unit falls in a period only when its date is at least as precise as the period:
  day and month dates in monthly series, day dates in weekly series, any date in yearly
  series. Coarser dates (a "2020" in a monthly series) and undated units are left out of
  the rows and counted in ``df.attrs["coarse"]`` and ``df.attrs["undated"]``. Coarse
  units that certainly precede the first row give ``df.attrs["baseline"]``, the index
  the history stood at, against which the first row's change is judged.

The index
---------
``index`` is an exponentially weighted mean of unit intensities (-10 conflict .. +10
cooperation), weighted by age in periods with half-life ``halflife``::

    S_t = λ·S_{t-1} + Σ intensity in t      N_t = λ·N_{t-1} + units in t
    index_t = S_t / N_t                      λ = 0.5 ** (1 / halflife)

A unit one half-life old weighs half as much as a new one. Quiet periods leave the
index where it was (numerator and denominator decay together) instead of pulling it
towards zero, so silence is not read as improvement. It is NaN before the first unit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from detente.models import PLOVER_TYPES
from detente.relations.unit import COUNTED_MODALITIES, QUADS, Unit, in_range, units
from detente.store import Store

FREQS = {"M": "M", "W": "W-SUN", "Y": "Y"}
# Finest date precision a unit needs to be placed in a period of each frequency.
_NEEDS = {"M": ("day", "month"), "W": ("day",), "Y": ("day", "month", "year")}

COLUMNS: tuple[str, ...] = (
    "period",
    "start",
    "end",
    "events",
    "reports",
    "docs",
    *PLOVER_TYPES,
    *QUADS,
    "cooperation",
    "conflict",
    "intensity_sum",
    "intensity_mean",
    "cooperation_intensity",
    "conflict_intensity",
    "index",
    "negated",
    "hypothetical",
    "unit_ids",
)


class Shared(dict):
    """A dict pandas hands on to derived frames without deep-copying it.

    pandas deep-copies ``attrs`` into every slice and row; units carry their events, so
    copying them would make simple row loops slow on a large store."""

    def __deepcopy__(self, memo):
        return self


class SharedList(list):
    """A list of units that derived frames share, as ``Shared``."""

    def __deepcopy__(self, memo):
        return self


def _freq(freq: str) -> str:
    f = freq.upper()
    if f not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}; got {freq!r}")
    return f


def period_of(unit: Unit, freq: str) -> pd.Period | None:
    """The period a unit falls in, or None when its date is too coarse (or missing)."""
    if not unit.date or unit.date_precision not in _NEEDS[freq]:
        return None
    try:
        return pd.Period(unit.date, freq=FREQS[freq])
    except ValueError:
        return None


def _label(p: pd.Period, freq: str) -> str:
    if freq == "W":
        return p.start_time.strftime("%Y-%m-%d")
    return str(p)


def pair_units(all_units: Iterable[Unit], a: str, b: str, *, directed: bool = False) -> list[Unit]:
    a, b = a.upper(), b.upper()
    out, seen = [], set()
    for u in all_units:
        if not u.touches(a, b, directed):
            continue
        if not directed:
            key = u.mirror_key()
            if key in seen:
                continue
            seen.add(key)
        out.append(u)
    return out


def pair_series(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "M",
    directed: bool = False,
    since: str | None = None,
    until: str | None = None,
    halflife: float = 1.0,
    modalities: tuple[str, ...] = COUNTED_MODALITIES,
    unit_list: list[Unit] | None = None,
) -> pd.DataFrame:
    """One row per period from the first to the last period with a unit of the pair.

    ``directed``: only a→b; otherwise either direction. ``unit_list`` lets callers reuse
    units already loaded (``all_pairs`` does). The units of each row are kept in
    ``df.attrs["units"]`` (period label → list of Unit) for change detection and briefs.
    """
    if unit_list is None:
        unit_list = units(store)
    return series_from_units(
        pair_units(unit_list, a, b, directed=directed),
        freq=freq,
        since=since,
        until=until,
        halflife=halflife,
        modalities=modalities,
        meta={"a": a.upper(), "b": b.upper(), "directed": directed},
    )


def series_from_units(
    pair: list[Unit],
    *,
    freq: str = "M",
    since: str | None = None,
    until: str | None = None,
    halflife: float = 1.0,
    modalities: tuple[str, ...] = COUNTED_MODALITIES,
    meta: dict | None = None,
) -> pd.DataFrame:
    f = _freq(freq)
    undated = [u for u in pair if not u.date]
    dated = [u for u in pair if u.date and in_range(u.date, since, until)]
    placed: dict[pd.Period, list[Unit]] = {}
    coarse: list[Unit] = []
    for u in dated:
        p = period_of(u, f)
        if p is None:
            coarse.append(u)
        else:
            placed.setdefault(p, []).append(u)

    rows = []
    lam = 0.5 ** (1.0 / halflife) if halflife > 0 else 0.0
    baseline, baseline_units = None, []
    if placed:
        periods = pd.period_range(min(placed), max(placed), freq=FREQS[f])
        baseline, baseline_units = _baseline(coarse, periods[0], f, lam, modalities)
        s_acc = n_acc = 0.0
        for p in periods:
            us = placed.get(p, [])
            row = _row(p, f, us, modalities)
            counted = [u for u in us if u.counted(modalities) and u.intensity is not None]
            s_acc = lam * s_acc + sum(u.intensity for u in counted)
            n_acc = lam * n_acc + len(counted)
            # After a very long silence both sums underflow; the index stays where it was.
            index = s_acc / n_acc if n_acc > 0 else (rows[-1]["index"] if rows else math.nan)
            row["index"] = index
            rows.append(row)
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    df.attrs.update(meta or {})
    df.attrs.update(
        freq=f,
        halflife=halflife,
        since=since,
        until=until,
        units=Shared({_label(p, f): us for p, us in placed.items()}),
        coarse=len(coarse),
        undated=len(undated),
        coarse_units=SharedList(coarse),
        undated_units=SharedList(undated),
        baseline=baseline,
        baseline_units=SharedList(baseline_units),
    )
    return df


def _baseline(
    coarse: list[Unit], first: pd.Period, freq: str, lam: float, modalities
) -> tuple[float | None, list[Unit]]:
    """Where the index stood before the first row, judged from coarsely dated units that
    certainly precede it ("2020" before a series opening in 2024-12).

    Each is put at the last period its date could mean and run through the same
    recursion. The value is only the reference the first row's change is measured
    against (``detect_changes``); it never enters the rows, which hold precisely dated
    units only."""
    before: dict[pd.Period, list[Unit]] = {}
    for u in coarse:
        if not u.counted(modalities) or u.intensity is None:
            continue
        try:
            last_day = pd.Period(u.date).end_time
        except ValueError:
            continue
        if last_day >= first.start_time:
            continue
        before.setdefault(pd.Period(last_day, freq=FREQS[freq]), []).append(u)
    if not before:
        return None, []
    # Weights relative to the newest unit: the ratio is the same as the recursion's and
    # cannot underflow however old the history is.
    newest = max(before)
    num = den = 0.0
    for p, us in before.items():
        w = lam ** (newest.ordinal - p.ordinal)
        num += w * sum(u.intensity for u in us)
        den += w * len(us)
    used = [u for us in before.values() for u in us]
    return (num / den if den > 0 else None), used


def _row(p: pd.Period, freq: str, us: list[Unit], modalities: tuple[str, ...]) -> dict:
    counted = [u for u in us if u.counted(modalities)]
    row: dict = {
        "period": _label(p, freq),
        "start": p.start_time.strftime("%Y-%m-%d"),
        "end": p.end_time.strftime("%Y-%m-%d"),
        "events": len(counted),
        "reports": sum(max(1, len(u.event_ids)) for u in counted),
        "docs": len({d for u in counted for d in u.docs}),
    }
    for t in PLOVER_TYPES:
        row[t] = sum(1 for u in counted if u.event_type == t)
    for q in QUADS:
        row[q] = sum(1 for u in counted if u.quad == q)
    row["cooperation"] = row["verbal_cooperation"] + row["material_cooperation"]
    row["conflict"] = row["verbal_conflict"] + row["material_conflict"]
    vals = [u.intensity for u in counted if u.intensity is not None]
    row["intensity_sum"] = float(sum(vals))
    row["intensity_mean"] = sum(vals) / len(vals) if vals else math.nan
    row["cooperation_intensity"] = float(sum(v for v in vals if v > 0))
    row["conflict_intensity"] = float(-sum(v for v in vals if v < 0))
    row["negated"] = sum(1 for u in us if u.status(modalities) == "negated")
    row["hypothetical"] = sum(1 for u in us if u.status(modalities) == "hypothetical")
    row["unit_ids"] = " ".join(u.unit_id for u in us)
    return row


def pairs(all_units: Iterable[Unit], *, directed: bool = False) -> list[tuple[str, str]]:
    """Every actor→recipient country pair seen (sorted pairs when undirected)."""
    found: set[tuple[str, str]] = set()
    for u in all_units:
        for x in u.actor_countries:
            for y in u.recipient_countries:
                if x == y:
                    continue
                found.add((x, y) if directed else tuple(sorted((x, y))))
    return sorted(found)


def all_pairs(
    store: Store,
    *,
    freq: str = "M",
    directed: bool = False,
    since: str | None = None,
    until: str | None = None,
    halflife: float = 1.0,
    modalities: tuple[str, ...] = COUNTED_MODALITIES,
    min_events: int = 1,
) -> pd.DataFrame:
    """Series of every pair stacked in one frame with leading columns ``a`` and ``b``.

    Pairs with fewer than ``min_events`` counted units in the range are left out; the
    per-pair frames (with their units) are in ``df.attrs["series"]`` keyed by (a, b)."""
    all_units = units(store)
    frames, by_pair = [], {}
    for a, b in pairs(all_units, directed=directed):
        df = pair_series(
            store,
            a,
            b,
            freq=freq,
            directed=directed,
            since=since,
            until=until,
            halflife=halflife,
            modalities=modalities,
            unit_list=all_units,
        )
        if df.empty or int(df["events"].sum()) < min_events:
            continue
        by_pair[(a, b)] = df
        frames.append(df.assign(a=a, b=b))
    cols = ["a", "b", *COLUMNS]
    out = pd.concat(frames, ignore_index=True)[cols] if frames else pd.DataFrame(columns=cols)
    out.attrs.update(freq=_freq(freq), directed=directed, series=Shared(by_pair))
    return out
