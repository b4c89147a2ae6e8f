"""A stacked bar chart as plain values for an inline SVG template: pure, no I/O.

The template draws rectangles and labels from these numbers; nothing here is
markup, so the template's autoescaping covers every label.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

KIND_COLOURS = {
    "erasure": "#c2410c",
    "access": "#1d4ed8",
    "rectification": "#0f766e",
    "portability": "#7c3aed",
    "objection": "#b45309",
    "marketing_optout": "#be185d",
    "other": "#6b7280",
}


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str  # the tooltip: week, kind and count


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    x_labels: list[Label]
    y_labels: list[Label]
    grid: list[float]  # y of each horizontal grid line
    legend: list[tuple[str, str]]  # (kind, colour)
    plot_left: float
    plot_right: float
    plot_bottom: float


def week_chart(
    weeks: list[tuple[date, dict[str, int]]],
    kinds: tuple[str, ...],
    *,
    width: int = 720,
    height: int = 260,
) -> Chart:
    """Bars per week, stacked by kind in the order of `kinds`."""
    left, right, top, bottom = 40.0, width - 10.0, 10.0, height - 30.0
    peak = _nice_ceiling(max((sum(counts.values()) for _, counts in weeks), default=0))
    slot = (right - left) / max(len(weeks), 1)
    scale = (bottom - top) / peak
    bars: list[Bar] = []
    x_labels: list[Label] = []
    for index, (monday, counts) in enumerate(weeks):
        x = left + index * slot + slot * 0.15
        y = bottom
        for kind in kinds:
            count = counts.get(kind, 0)
            if count:
                y -= count * scale
                bars.append(Bar(round(x, 1), round(y, 1), round(slot * 0.7, 1),
                                round(count * scale, 1), KIND_COLOURS.get(kind, "#6b7280"),
                                f"week of {monday.isoformat()}: {count} {kind}"))
        x_labels.append(Label(round(x + slot * 0.35, 1), bottom + 16, monday.strftime("%d %b")))
    steps = [peak * n / 4 for n in range(5)]
    y_labels = [Label(left - 6, round(bottom - step * scale + 4, 1), f"{step:g}") for step in steps]
    return Chart(width, height, bars, x_labels, y_labels,
                 [round(bottom - step * scale, 1) for step in steps],
                 [(kind, KIND_COLOURS.get(kind, "#6b7280")) for kind in kinds],
                 left, right, bottom)


def _nice_ceiling(value: int) -> int:
    """The axis top: at least 4, a multiple of 4 times 1, 2 or 5 times a power of ten."""
    if value <= 4:
        return 4
    magnitude = 10 ** math.floor(math.log10(value / 4))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step * 4 >= value and float(step).is_integer():
            return int(step * 4)
    return int(math.ceil(value / 4) * 4)
