"""Pictures of a pair series: a PNG chart and a terminal sparkline."""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(
    values: Iterable[float | None], lo: float | None = None, hi: float | None = None
) -> str:
    """One block character per value; missing values (None, NaN) are a space.

    Without bounds, a series with both signs is drawn on a scale symmetric around zero,
    so zero sits mid-height and the sign of each value reads off the bar; a one-signed
    series uses its own min..max. Give ``lo``/``hi`` (e.g. -10, 10 for the index) to
    compare several lines on one scale. A flat series is drawn at mid-height."""
    vals = [None if v is None or (isinstance(v, float) and math.isnan(v)) else v for v in values]
    present = [float(v) for v in vals if v is not None]
    if not present:
        return " " * len(vals)
    if lo is None or hi is None:
        vmin, vmax = min(present), max(present)
        if vmin < 0 < vmax:
            m = max(-vmin, vmax)
            vmin, vmax = -m, m
        lo = vmin if lo is None else lo
        hi = vmax if hi is None else hi
    top = len(BLOCKS) - 1
    out = []
    for v in vals:
        if v is None:
            out.append(" ")
        elif hi <= lo:
            out.append(BLOCKS[top // 2])
        else:
            x = (min(max(float(v), lo), hi) - lo) / (hi - lo)
            out.append(BLOCKS[round(x * top)])
    return "".join(out)


def plot_pair(
    df: pd.DataFrame,
    path: str | Path,
    *,
    changes: list | None = None,
    title: str | None = None,
) -> Path:
    """Bars of cooperation (up) and conflict (down) counts per period, the index as a
    line on its own axis, and triangles at flagged changes. Returns the written path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    from detente.relations.changes import detect_changes

    if changes is None:
        changes = detect_changes(df)
    path = Path(path)
    labels = [str(p) for p in df["period"]] if not df.empty else []
    xs = list(range(len(labels)))
    fig, ax = plt.subplots(figsize=(max(6.0, 0.45 * len(xs) + 2), 4.2), dpi=100)
    try:
        if xs:
            ax.bar(xs, df["cooperation"], color="#4c9a5b", label="cooperation")
            ax.bar(xs, [-c for c in df["conflict"]], color="#c0504d", label="conflict")
        ax.axhline(0, color="#888888", linewidth=0.8)
        # Symmetric axes put zero counts and a neutral index on the same line.
        top = max([1, *df["cooperation"], *df["conflict"]]) if xs else 1
        ax.set_ylim(-top * 1.1, top * 1.1)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):g}"))
        ax.set_ylabel("events (clusters): cooperation up, conflict down")
        ax2 = ax.twinx()
        ax2.set_ylim(-10.5, 10.5)
        ax2.set_ylabel("index (-10 conflict .. +10 cooperation)")
        if xs:
            ax2.plot(xs, df["index"], color="#1f3b73", marker="o", markersize=3, label="index")
            at = {p: i for i, p in enumerate(labels)}
            for ch in changes:
                i = at.get(ch.period)
                if i is None:
                    continue
                down = ch.direction == "deterioration"
                ax2.plot(
                    [i],
                    [ch.after],
                    marker="v" if down else "^",
                    markersize=11,
                    color="#c0504d" if down else "#4c9a5b",
                    markeredgecolor="black",
                    linestyle="none",
                )
        ax.set_xticks(xs)
        ax.set_xticklabels(labels, rotation=60, ha="right", fontsize=8)
        a, b = df.attrs.get("a"), df.attrs.get("b")
        arrow = "→" if df.attrs.get("directed") else "–"
        ax.set_title(title or (f"{a} {arrow} {b}" if a and b else "pair series"))
        handles = ax.get_legend_handles_labels()
        extra = ax2.get_legend_handles_labels()
        ax.legend(handles[0] + extra[0], handles[1] + extra[1], loc="upper left", fontsize=8)
        fig.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)
    return path
