"""A seller's history as an inline SVG line chart, drawn on the server (no script, no CDN)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from api.compliance import HistoryPoint

WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 64
SERIES = (  # (field, label, colour): colours readable for the common colour-blindnesses
    ("checked", "checked", "#4c78a8"),
    ("blocked", "blocked", "#d62728"),
    ("warned", "warned", "#ff7f0e"),
    ("late", "late answers", "#7f3c8d"),
)


def _nice_max(value: int) -> int:
    """The top of the y axis: 4 ticks of a round step (1, 2 or 5 times a power of ten)."""
    need = max(1, -(-value // 4))
    power = 1
    while True:
        for m in (1, 2, 5):
            if m * power >= need:
                return 4 * m * power
        power *= 10


def history_svg(points: Sequence[HistoryPoint], bucket: str) -> Markup:
    """An ``<svg>`` with one polyline per series, y ticks, x labels, a legend and tooltips."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = _nice_max(max((max(p.checked, p.blocked, p.warned, p.late) for p in points), default=0))
    n = len(points)

    def x(i: int) -> float:
        return LEFT + (plot_w / 2 if n == 1 else plot_w * i / (n - 1))

    def y(v: int) -> float:
        return TOP + plot_h - plot_h * v / top

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="history-chart" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="checks per {escape(bucket)}">',
        f"<title>Checked, blocked, warned and late answers per {escape(bucket)}</title>",
    ]
    for k in range(5):
        v = top * k // 4
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>'
            f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v}</text>'
        )
    every = max(1, n // 10)
    for i, p in enumerate(points):
        if i % every == 0:
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" '
                f'font-size="10">{p.start:%m-%d}</text>'
            )
    for field, label, colour in SERIES:
        coords = " ".join(f"{x(i):.1f},{y(getattr(p, field)):.1f}" for i, p in enumerate(points))
        parts.append(
            f'<polyline class="series series-{field}" fill="none" stroke="{colour}" '
            f'stroke-width="2" points="{coords}"/>'
        )
        for i, p in enumerate(points):
            value = getattr(p, field)
            if value:
                parts.append(
                    f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="2.5" fill="{colour}">'
                    f"<title>{p.start.isoformat()}: {value} {escape(label)}</title></circle>"
                )
    for j, (_field, label, colour) in enumerate(SERIES):
        lx = LEFT + j * 140
        ly = HEIGHT - 18
        parts.append(
            f'<rect x="{lx}" y="{ly - 9}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{lx + 18}" y="{ly + 1}" font-size="12">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
