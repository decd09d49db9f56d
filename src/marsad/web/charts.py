"""Small SVG charts drawn on the server: no script, no tile server, nothing fetched."""

from __future__ import annotations

import math
from collections import defaultdict

from markupsafe import Markup, escape

TYPE_CLASSES = {
    "Battles": "t-battles", "Explosions/Remote violence": "t-explosions",
    "Violence against civilians": "t-vac", "Protests": "t-protests", "Riots": "t-riots",
    "Strategic developments": "t-sd",
}


def governorate_map(points: list[dict], counts: dict[str, int], link: str, width: int = 520,
                    height: int = 440) -> Markup:
    """Proportional circles at each governorate's seat (lon/lat projected plainly), linked to its events.

    ``points``: code, name, lat, lon; ``counts``: code -> events; ``link``: URL with {code}."""
    if not points:
        return Markup("")
    lons = [p["lon"] for p in points]
    lats = [p["lat"] for p in points]
    pad = 40
    x0, x1, y0, y1 = min(lons), max(lons), min(lats), max(lats)
    scale = min((width - 2 * pad) / ((x1 - x0) or 1), (height - 2 * pad) / ((y1 - y0) or 1))
    top = max(counts.values(), default=0) or 1
    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">']
    for p in sorted(points, key=lambda p: -counts.get(p["code"], 0)):
        x = pad + (p["lon"] - x0) * scale
        y = height - pad - (p["lat"] - y0) * scale
        n = counts.get(p["code"], 0)
        r = 3 + 27 * math.sqrt(n / top) if n else 2.5
        label = escape(f"{p['name']}: {n}")
        parts.append(f'<a href="{escape(link.format(code=p["code"]))}" data-code="{escape(p["code"])}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" class="{"dot" if n else "dot empty"}">'
                     f'<title>{label}</title></circle>'
                     f'<text x="{x:.1f}" y="{y - r - 3:.1f}" class="dot-label">{escape(p["name"])}'
                     f'{f" {n}" if n else ""}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def time_series(rows: list[dict], width: int = 640, height: int = 220) -> Markup:
    """Stacked bars of events per period, one colour per event type. ``rows``: period, event_type, events."""
    periods = sorted({r["period"] for r in rows if r["period"]})
    if not periods:
        return Markup("")
    stacks: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        if r["period"]:
            stacks[r["period"]][r["event_type"]] = stacks[r["period"]].get(r["event_type"], 0) + r["events"]
    top = max(sum(s.values()) for s in stacks.values()) or 1
    pad_l, pad_b = 30, 40
    bar = (width - pad_l) / len(periods)
    parts = [f'<svg class="series" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">',
             f'<text x="2" y="12" class="axis">{top}</text>']
    for i, period in enumerate(periods):
        x = pad_l + i * bar
        y = height - pad_b
        for event_type, n in sorted(stacks[period].items()):
            h = (height - pad_b - 16) * n / top
            y -= h
            parts.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(bar - 2, 1):.1f}" height="{h:.1f}" '
                         f'class="{TYPE_CLASSES.get(event_type, "t-other")}"><title>{escape(period)} '
                         f'{escape(event_type)}: {n}</title></rect>')
        if len(periods) <= 24 or i % math.ceil(len(periods) / 24) == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - pad_b + 14}" class="axis tick">'
                         f'{escape(period)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
