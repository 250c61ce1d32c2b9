"""Drawing parts of :mod:`homsmap.plots`: view frames, the vector basemap, symbols for each state,
place labels that avoid each other, the scale bar, the locator map and the legend.

Private to the plots stage (``territory -> plots``); split out so each module stays short.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.markers import MarkerStyle
from matplotlib.patches import Rectangle
from matplotlib.transforms import IdentityTransform, offset_copy

from homsmap.events import ControlEvent
from homsmap.files import atomic_write_bytes
from homsmap.gazetteer import Place
from homsmap.plots_frame import _fit, _Frame
from homsmap.territory import SETTLEMENT_KINDS, STALE_AFTER_DAYS, Scope, area_layer, load_boundaries, place_layer

__all__: list[str] = []  # private helpers of homsmap.plots

CREDITS = "Places: GeoNames, Who's On First \u00b7 Boundaries: OCHA / HDX"
DPI = 120
MAX_PANELS = 16

_LAND, _ABROAD, _BORDER, _GOVLINE = "#f7f4ec", "#dedbd3", "#5b574f", "#a8a398"
_INK, _TEXT, _MUTED, _UNKNOWN, _NEUTRAL = "#1f1f1f", "#3d3a35", "#77726a", "#8a8a8a", "#808080"
_AREA_KINDS = ("region", "district_area", "governorate", "district", "subdistrict")
_SIZE = {"city": 120.0, "town": 85.0, "village": 56.0, "neighbourhood": 46.0}
_LABEL_RANK = {"city": 0, "town": 1, "region": 2, "district_area": 2, "village": 3, "neighbourhood": 4}
# status -> (ring line style, ring width, hatch on areas, legend text)
_STATES: dict[str, tuple[Any, float, str, str]] = {
    "held": ("solid", 0.0, "", "held"),
    "contested": ((0, (2.2, 1.6)), 1.8, "////", "contested (dashed ring, hatched area: the challenger)"),
    "besieged": ("solid", 2.8, "xxx", "besieged (thick ring: the besieger)"),
    "agreement_pending": ((0, (5.0, 2.0)), 1.8, "\\\\\\\\", "agreement pending (long dashes: due to receive it)"),
    "ceasefire": ((0, (0.8, 1.6)), 2.0, "----", "ceasefire (dotted ring)"),
}
_HALO = [patheffects.withStroke(linewidth=2.6, foreground="white")]
_TEXT_SIZES: dict[tuple[str, float, str, str], tuple[float, float]] = {}
_MARKER_PATHS: dict[str, Any] = {}
_Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display pixels


# --- small helpers ---------------------------------------------------------------------------------

def _colour(scope: Scope, side: str | None) -> str:
    actors = scope.timeline.actors
    if not side:
        return _UNKNOWN
    return actors[side].colour if actors is not None and side in actors else "#999999"


def _name(scope: Scope, side: str, *, short: bool = False) -> str:
    actors = scope.timeline.actors
    name = actors[side].name if actors is not None and side in actors else side
    return name.split(" (")[0] if short else name


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _group(kind: str) -> str:
    return "settlement" if kind in SETTLEMENT_KINDS else ("area" if kind in _AREA_KINDS else "site")


class _QuietCanvas(FigureCanvasAgg):
    """Agg, without the full redraw geopandas asks for after each layer (a picture is drawn once)."""

    def draw_idle(self, *args: Any, **kwargs: Any) -> None:
        return None


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=DPI, facecolor="white")
    _QuietCanvas(fig)
    return fig


def _save(fig: Figure, path: Path) -> Path:
    """Render ``fig`` to PNG bytes (no timestamp, no software tag) and write them atomically."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    return atomic_write_bytes(path, buffer.getvalue())


def _text_size(fig: Figure, text: str, style: dict[str, Any]) -> tuple[float, float]:
    """Width and height in pixels of a label (measured once per text and style)."""
    key = (text, float(style["fontsize"]), str(style["fontweight"]), str(style["fontstyle"]))
    if key not in _TEXT_SIZES:
        artist = fig.text(0, 0, text, **style)
        ext = artist.get_window_extent(fig.canvas.get_renderer())  # type: ignore[attr-defined]
        artist.remove()
        _TEXT_SIZES[key] = (ext.width, ext.height)
    return _TEXT_SIZES[key]


def _overlap(a: _Box, b: _Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# --- drawing one day ----------------------------------------------------------------------------------

@dataclass
class _Seen:
    """What a map shows, for its legend."""

    sides: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    claimed: bool = False
    stale: bool = False
    unknown: bool = False
    sites: bool = False
    areas: bool = False
    incidents: bool = False

    def update(self, other: _Seen) -> None:
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            setattr(self, f.name, mine | theirs)


@dataclass(frozen=True)
class _Label:
    priority: tuple[int, int, str]
    text: str
    lon: float
    lat: float
    radius: float  # of the place's symbol, in points
    style: dict[str, Any]
    context: bool = False


@dataclass
class _DayData:
    """The states of one day, computed once for the map and its detail."""

    layer: Any
    areas: list[tuple[Any, str, str, bool, str]]  # (shape, side, status, pale: claimed or stale, challenger)
    incidents: list[ControlEvent]
    changes: list[ControlEvent]
    day: dt.date


def _stale(since: Any, day: dt.date) -> Any:
    """Whether states were last reported more than STALE_AFTER_DAYS before ``day`` (drawn pale, like a claim)."""
    return (pd.Timestamp(day) - pd.to_datetime(since)).dt.days > STALE_AFTER_DAYS


def _day_data(scope: Scope, day: dt.date) -> _DayData:
    layer = place_layer(scope.timeline, day, scope.gaz, list(dict.fromkeys(scope.place_ids)))
    cells = area_layer(scope.timeline, scope.cells, day)
    areas = []
    if not cells.empty:
        cells["claimed"] = (cells["certainty"] == "claimed") | _stale(cells["since"], day)
        cells["challenger"] = cells["challenger"].fillna("")
        for (side, status, claimed, challenger), group in cells.groupby(
                ["side", "status", "claimed", "challenger"], sort=True):
            areas.append((shapely.union_all(group.geometry.to_numpy()), str(side), str(status), bool(claimed),
                          str(challenger)))
    incidents = [e for e in scope.events if e.kind == "incident" and (e.date == day or (
        e.precision == "range" and e.date_end is not None and e.date <= day <= e.date_end))]
    changes = [e for e in scope.events if e.kind == "control" and e.changes_control and e.effective_date == day]
    return _DayData(layer, areas, incidents, changes, day)


def _draw_basemap(ax: Axes, frame: _Frame, *, names: bool) -> None:
    ax.set_facecolor(_ABROAD)
    frame.land.plot(ax=ax, facecolor=_LAND, edgecolor="none", aspect=None, zorder=1)
    frame.borders.plot(ax=ax, color=_GOVLINE, linewidth=0.8, linestyle=(0, (4, 2)), aspect=None, zorder=2)
    frame.land.boundary.plot(ax=ax, color=_BORDER, linewidth=1.3, aspect=None, zorder=2.1)
    ax.set_xlim(*frame.xlim)
    ax.set_ylim(*frame.ylim)
    ax.set_aspect("auto")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.xaxis.label.set_visible(False)  # geopandas names the CRS axes; a map needs no axis titles
    ax.yaxis.label.set_visible(False)
    for spine in ax.spines.values():
        spine.set_edgecolor("#8c877d")
        spine.set_linewidth(0.8)
    for name, x, y in frame.governorates if names else ():
        ax.text(x, y, name, fontsize=9, color="#b8b3a8", ha="center", va="center", zorder=2.2, fontweight="bold")


def _draw_areas(ax: Axes, scope: Scope, data: _DayData) -> None:
    """The control areas: filled in the side's colour (paler if claimed), hatched in the challenger's
    colour for a state other than held (dotted if claimed), outlined; a few geopandas layers."""
    shapes = gpd.GeoSeries([a[0] for a in data.areas], crs="EPSG:4326")
    colours = [_colour(scope, a[1]) for a in data.areas]
    shapes.plot(ax=ax, color=[to_rgba(c, 0.15 if a[3] else 0.34) for c, a in zip(colours, data.areas, strict=True)],
                edgecolor="none", aspect=None, zorder=3)
    hatched: dict[str, list[int]] = {}
    for i, (_, _, status, claimed, _) in enumerate(data.areas):
        if hatch := _STATES.get(status, _STATES["held"])[2] or (".." if claimed else ""):
            hatched.setdefault(hatch, []).append(i)
    for hatch, rows in sorted(hatched.items()):
        rings = [to_rgba(colours[i] if data.areas[i][2] == "held" else "#1a1a1a" if data.areas[i][2] == "ceasefire"
                         or not data.areas[i][4] else _colour(scope, data.areas[i][4]), 0.8) for i in rows]
        shapes.iloc[rows].plot(ax=ax, facecolor="none", edgecolor=rings, linewidth=0, hatch=hatch, aspect=None,
                               zorder=3.1)
    for claimed in (False, True):
        if rows := [i for i, a in enumerate(data.areas) if a[3] == claimed]:
            shapes.iloc[rows].boundary.plot(ax=ax, color=[to_rgba(colours[i], 0.9) for i in rows], linewidth=1.0,
                                            linestyle=(0, (1, 2)) if claimed else "solid", aspect=None, zorder=3.2)


def _marker(place: Place, *, small: bool) -> tuple[str, float]:
    """Marker and size (points²) of a place by its kind."""
    scale = 0.6 if small else 1.0
    if _group(place.kind) == "settlement":
        return "o", (_SIZE.get(place.kind, 56.0) + (40.0 if (place.population or 0) >= 200000 else 0.0)) * scale
    return ("h", 180.0 * scale) if _group(place.kind) == "area" else ("s", 44.0 * scale)


class _Symbols:
    """Place symbols gathered, then drawn as one collection: every fill, then every outline, then
    every ring, lower layers (areas' hexagons) first, each element with its own marker and style."""

    def __init__(self) -> None:
        self.items: list[tuple[float, int, str, float, float, float, Any, Any, float, Any]] = []

    def place(self, x: float, y: float, *, marker: str, size: float, fill: str, status: str, claimed: bool,
              ring: str, zorder: float = 6.0) -> None:
        """A known place: the fill in its side's colour, a white (dotted if claimed) outline, and the
        ring of its state."""
        linestyle, width, _, _ = _STATES.get(status, _STATES["held"])
        alpha = 0.42 if claimed else (0.6 if marker == "h" else (0.72 if status == "contested" else 1.0))
        self.items.append((zorder, 0, marker, x, y, size, to_rgba(fill, alpha), "none", 0.0, "solid"))
        self.items.append((zorder, 1, marker, x, y, size, "none", *((fill, 1.6, (0, (1, 1.4))) if claimed
                                                                   else ("white", 1.1, "solid"))))
        if width:
            self.items.append((zorder, 2, marker, x, y, (math.sqrt(size) + 5.0 + width) ** 2, "none", ring, width,
                               linestyle))

    def unknown(self, x: float, y: float, *, marker: str, size: float) -> None:
        self.items.append((5.5, 0, marker, x, y, size * 0.45, "white", _UNKNOWN, 1.0, "solid"))

    def draw(self, ax: Axes) -> None:
        if not self.items:
            return
        items = sorted(self.items, key=lambda i: (i[0], i[1]))
        for i in items:
            if i[2] not in _MARKER_PATHS:
                style = MarkerStyle(i[2])
                _MARKER_PATHS[i[2]] = style.get_path().transformed(style.get_transform())
        collection = PathCollection(
            [_MARKER_PATHS[i[2]] for i in items], sizes=[i[5] for i in items], offsets=[(i[3], i[4]) for i in items],
            offset_transform=ax.transData, facecolors=[to_rgba(i[6]) for i in items],
            edgecolors=[to_rgba(i[7]) for i in items], linewidths=[i[8] for i in items],
            linestyles=[i[9] for i in items], zorder=6.0)
        collection.set_transform(IdentityTransform())
        ax.add_collection(collection, autolim=False)


def _star(ax: Axes, x: Any, y: Any, *, size: float, transform: Any = None) -> None:
    ax.scatter(x, y, s=size, marker="*", c="white", edgecolors=_INK, linewidths=1.0, zorder=8,
               **({} if transform is None else {"transform": transform}))


def _plan(scope: Scope, frame: _Frame, data: _DayData, *, small: bool) -> tuple[_Seen, _Symbols, list[_Label]]:
    """What the day's map shows (for its legend), its place symbols and its label candidates."""
    seen = _Seen(areas=bool(data.areas), incidents=bool(data.incidents))
    symbols, labels = _Symbols(), []
    layer = data.layer
    stale = _stale(layer["since"], data.day).tolist()
    for pid, side, status, certainty, challenger, old in zip(layer["place_id"], layer["side"], layer["status"],
                                                             layer["certainty"], layer["challenger"], stale,
                                                             strict=True):
        place = scope.gaz[pid]
        marker, size = _marker(place, small=small)
        group, radius = _group(place.kind), math.sqrt(size) / 2
        if side is None:
            if group == "area":
                continue  # an admin unit or region with no state says nothing: no point at its centre
            seen.unknown = True
            symbols.unknown(place.lon, place.lat, marker=marker, size=size)
        else:
            status = status if status in _STATES else "held"
            ring = "#1a1a1a" if status == "ceasefire" else _colour(scope, challenger)
            symbols.place(place.lon, place.lat, marker=marker, size=size, fill=_colour(scope, side), status=status,
                          claimed=certainty == "claimed" or bool(old), ring=ring,
                          zorder=5.0 if group == "area" else 6.0)
            seen.sides |= {side, challenger} - {None}
            seen.statuses.add(status)
            seen.claimed |= certainty == "claimed"
            seen.stale |= bool(old)
            radius += _STATES[status][1] + 2.5 if _STATES[status][1] else 0.0
        seen.sites |= group == "site"
        rank = _LABEL_RANK.get(place.kind, 5)
        style = {"fontsize": 10.5 if rank == 0 else (9.5 if rank == 1 else 8.5), "color": _INK if side else _MUTED,
                 "fontweight": "bold" if rank <= 1 else "normal",
                 "fontstyle": "normal" if group == "settlement" else "italic"}
        labels.append(_Label((rank, -(place.population or 0), place.name), place.name, place.lon, place.lat, radius,
                             style))
    labels += [_Label((6, -(p.population or 0), p.name), p.name, p.lon, p.lat, 2.0,
                      {"fontsize": 8, "color": _MUTED, "fontweight": "normal", "fontstyle": "normal"}, context=True)
               for p in frame.context]
    return seen, symbols, labels


def _draw_day(fig: Figure, ax: Axes, scope: Scope, frame: _Frame, data: _DayData, *,
              small: bool) -> tuple[_Seen, list[_Label]]:
    """The day's areas, places and incidents (over a basemap drawn before); returns what was shown
    and the label candidates."""
    seen, symbols, labels = _plan(scope, frame, data, small=small)
    if data.areas:
        _draw_areas(ax, scope, data)
    symbols.draw(ax)
    if at := sorted({(scope.gaz[e.place_id].lon, scope.gaz[e.place_id].lat) for e in data.incidents
                      if e.place_id in scope.gaz}):
        size, off = (120.0, 6.0) if small else (240.0, 9.0)
        shift = offset_copy(ax.transData, fig=fig, x=off, y=off, units="points")
        _star(ax, [p[0] for p in at], [p[1] for p in at], size=size, transform=shift)
        drawn = ax.transData.inverted().transform(shift.transform(at))  # where the stars are: kept clear of labels
        labels += [_Label((-1, 0, ""), "", x, y, math.sqrt(size) / 2, {}) for x, y in drawn]
    return seen, labels


def _place_labels(fig: Figure, ax: Axes, labels: list[_Label], *, limit: int, taken: Sequence[_Box],
                  context_limit: int = 10) -> None:
    """Label places by priority, each beside its point where it overlaps no other label or point and
    stays inside the map; a town for orientation gets its dot only when its label fits."""
    box = ax.get_window_extent(fig.canvas.get_renderer())  # type: ignore[attr-defined]
    scale = fig.dpi / 72.0
    points = ax.transData.transform([(lab.lon, lab.lat) for lab in labels]) if labels else np.empty((0, 2))
    marks = [(px - lab.radius * scale, py - lab.radius * scale, px + lab.radius * scale, py + lab.radius * scale)
             for (px, py), lab in zip(points, labels, strict=True)]
    occupied = [*taken, *(m for m, lab in zip(marks, labels, strict=True) if not lab.context)]
    counts, dots = [0, 0], []
    for i in sorted(range(len(labels)), key=lambda j: labels[j].priority):
        lab = labels[i]
        if not lab.text or counts[lab.context] >= (context_limit if lab.context else limit):
            continue  # an incident's star is only in the way
        (px, py), (w, h) = points[i], _text_size(fig, lab.text, lab.style)
        gap = (lab.radius + 3.0) * scale
        for dx, dy, ha, va in ((1, 0, "left", "center"), (-1, 0, "right", "center"), (0, 1, "center", "bottom"),
                               (0, -1, "center", "top"), (0.8, 0.8, "left", "bottom"), (0.8, -0.8, "left", "top"),
                               (-0.8, 0.8, "right", "bottom"), (-0.8, -0.8, "right", "top")):
            left = px + dx * gap - {"left": 0.0, "right": w, "center": w / 2}[ha]
            bottom = py + dy * gap - {"bottom": 0.0, "top": h, "center": h / 2}[va]
            rect = (left - 1.0, bottom - 1.0, left + w + 1.0, bottom + h + 1.0)
            if (rect[0] < box.x0 + 3 or rect[2] > box.x1 - 3 or rect[1] < box.y0 + 3 or rect[3] > box.y1 - 3
                    or any(_overlap(rect, o) for o in occupied if o is not marks[i])):
                continue
            ax.annotate(lab.text, (lab.lon, lab.lat), xytext=(dx * gap / scale, dy * gap / scale), ha=ha, va=va,
                        textcoords="offset points", zorder=9, path_effects=_HALO, annotation_clip=False, **lab.style)
            occupied += [rect, marks[i]] if lab.context else [rect]
            counts[lab.context] += 1
            if lab.context:
                dots.append((lab.lon, lab.lat))
            break
    if dots:
        ax.scatter([d[0] for d in dots], [d[1] for d in dots], s=9, marker="o", c=_MUTED, zorder=4)


def _scale_bar(ax: Axes, frame: _Frame) -> _Box:
    """A scale bar in the lower left; returns its box in display pixels (kept clear of labels)."""
    (x0, x1), (y0, y1) = frame.xlim, frame.ylim
    km_per_deg = 111.32 * math.cos(math.radians((y0 + y1) / 2))
    length = max((n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200) if n <= (x1 - x0) * km_per_deg / 5), default=1)
    bx, by, dx, dy = x0 + (x1 - x0) * 0.03, y0 + (y1 - y0) * 0.035, length / km_per_deg, (y1 - y0) * 0.008
    for i, colour in enumerate((_INK, "white")):
        ax.add_patch(Rectangle((bx + i * dx / 2, by), dx / 2, dy, facecolor=colour, edgecolor=_INK, lw=0.6, zorder=9))
    ax.text(bx + dx / 2, by + 2.2 * dy, f"{length} km", ha="center", va="bottom", fontsize=8.5, color=_INK, zorder=9,
            path_effects=_HALO)
    (left, bottom), (right, top) = ax.transData.transform([(bx, by), (bx + dx, by + 2.2 * dy)])
    return (left - 6, bottom - 6, right + 6, top + 20)


def _locator(fig: Figure, rect: tuple[float, float, float, float], frame: _Frame) -> None:
    """A small map of Syria with the view marked."""
    ax = fig.add_axes(rect)
    country = load_boundaries(0)
    gpd.GeoSeries(country.geometry.simplify(0.02), crs="EPSG:4326").plot(
        ax=ax, facecolor="#ebe7dd", edgecolor=_BORDER, linewidth=0.6, aspect=None)
    fig_w, fig_h = fig.get_size_inches()
    xlim, ylim = _fit(tuple(country.total_bounds), rect[2] * fig_w / (rect[3] * fig_h), pad=0.03, minimum=0.5)
    ax.set(xlim=xlim, ylim=ylim, aspect="auto")
    ax.set_axis_off()
    (vx0, vx1), (vy0, vy1) = frame.xlim, frame.ylim
    ax.add_patch(Rectangle((vx0, vy0), vx1 - vx0, vy1 - vy0, facecolor="none", edgecolor="#c0392b", lw=1.4))
    ax.text(0.98, 0.02, "Syria", transform=ax.transAxes, fontsize=8, color=_MUTED, ha="right")


# --- legends -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    label: str
    kind: str  # side | state | claimed | unknown | site | incident
    colour: str = _NEUTRAL
    status: str = "held"
    hatch: bool = False


def _legend_groups(scope: Scope, seen: _Seen) -> list[tuple[str, list[_Entry]]]:
    """The legend's groups: the sides shown (in actors.yaml's order) and the states and symbols shown."""
    rank = {a: i for i, a in enumerate(scope.timeline.actors or ())}
    sides = [_Entry(_name(scope, s), "side", _colour(scope, s), hatch=seen.areas)
             for s in sorted(seen.sides, key=lambda s: (rank.get(s, len(rank)), s))]
    states = [_Entry(_STATES[s][3], "state", status=s, hatch=seen.areas and bool(_STATES[s][2]))
              for s in _STATES if s in seen.statuses and (s != "held" or len(seen.statuses) > 1)]
    states += [_Entry(label, kind) for flag, label, kind in (
        (seen.claimed, "claimed, not confirmed (pale, dotted outline)", "claimed"),
        (seen.stale, f"last reported over {STALE_AFTER_DAYS} days earlier (pale, dotted)", "claimed"),
        (seen.unknown, "named in the sources, control unknown", "unknown"),
        (seen.sites, "square: base, crossing or other site", "site"),
        (seen.incidents, "incident that day (strike, shelling\u2026)", "incident")) if flag]
    return [(title, group) for title, group in (("Who holds it", sides), ("State", states)) if group]


def _draw_legend(ax: Axes, groups: list[tuple[str, list[_Entry]]], *, rows: int = 99, wrap: int = 36,
                 fontsize: float = 9.0, columns: int = 1) -> None:
    """Draw the legend in ``ax`` (coordinates: columns across, text lines down). With the default
    ``rows`` every group follows in one column; otherwise each group starts a column and runs on in
    further columns of ``rows`` entries (a strip)."""
    strip = rows < 99
    ax.set_axis_off()
    sym, stars = _Symbols(), []
    col, y = -1, 0.0
    for g, (title, entries) in enumerate(groups):
        if strip or g == 0:
            col, y = col + 1, 0.1
        ax.text(col + 0.02, y + (0.6 if y > 0.5 else 0.0), title, fontsize=fontsize + (1 if strip else 1.5),
                fontweight="bold", color=_INK, va="top")
        y += 2.1 if y > 0.5 else 1.6
        top = y
        for i, e in enumerate(entries):
            if strip and i and i % rows == 0:
                col, y = col + 1, top
            lines = textwrap.wrap(e.label, wrap) or [""]
            centre = y + (1.2 if strip else len(lines) / 2)
            x = col + 0.09
            if e.kind in ("side", "state") and e.hatch:
                colour = e.colour if e.kind == "side" else "#a0a0a0"
                for face, edge, hatch in ((colour, colour if e.kind == "side" else "none", ""),
                                          ("none", "#1a1a1a", _STATES[e.status][2])):
                    ax.add_patch(Rectangle((x - 0.075, centre - 0.4), 0.06, 0.8, facecolor=face, edgecolor=edge,
                                           alpha=0.34 if face != "none" else 0.8, lw=0.8 if not hatch else 0,
                                           hatch=hatch or None))
            if e.kind == "unknown":
                sym.unknown(x + 0.02, centre, marker="o", size=110)
            elif e.kind == "incident":
                stars.append((x + 0.02, centre))
            else:
                sym.place(x + 0.02, centre, marker="s" if e.kind == "site" else "o", size=44 if e.kind == "site" else 56,
                          fill=e.colour, status=e.status, claimed=e.kind == "claimed", ring="#1a1a1a", zorder=3)
            ax.text(col + (0.17 if strip else 0.2), centre, "\n".join(lines), fontsize=fontsize, color=_INK,
                    va="center", linespacing=1.05)
            y += 2.4 if strip else len(lines) + 0.75
    ax.set_xlim(0, max(columns, col + 1))
    ax.set_ylim(1.6 + rows * 2.4 if strip else max(y + 1, 24.0), 0)
    if not strip and y + 1 > 24.0:  # a long legend: smaller text, so that its lines do not overlap
        for text in ax.texts:
            text.set_fontsize(float(text.get_fontsize()) * 24.0 / (y + 1))
    sym.draw(ax)
    if stars:
        _star(ax, [p[0] for p in stars], [p[1] for p in stars], size=190)


def _event_lines(scope: Scope, data: _DayData) -> list[str]:
    """Short lines on the day's changes (●) and incidents (★) for the side panel, each once."""
    def line(mark: str, e: ControlEvent) -> str:
        names = [_name(scope, s, short=True) for s in (e.gains, e.loses) if s]
        who = f" ({names[0]} on {names[1]})" if e.kind == "incident" and len(names) == 2 else (
            f" ({names[0]})" if names else "")
        flag = f" [{e.certainty}]" if e.certainty in ("claimed", "denied", "planned") else ""
        return f"{mark} {e.place}: {e.action.replace('_', ' ')}{who}{flag}"

    return list(dict.fromkeys([line("\u25cf", e) for e in sorted(data.changes, key=lambda e: e.order_key)]
                              + [line("\u2605", e) for e in sorted(data.incidents, key=lambda e: e.order_key)]))


# --- the day map ---------------------------------------------------------------------------------------
