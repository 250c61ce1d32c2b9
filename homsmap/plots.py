"""Static pictures for articles: one PNG per day, small multiples of a campaign, and who held how much.

Module flow: ``territory → plots``. Everything drawn comes from :mod:`homsmap.territory`
(:func:`~homsmap.territory.place_layer`, :func:`~homsmap.territory.area_layer`,
:func:`~homsmap.territory.daily_counts`, :func:`~homsmap.territory.load_boundaries`) for one
:class:`~homsmap.territory.Scope`:

- :func:`day_png`: a map of one day: a vector basemap (country outline, governorates, main towns),
  control areas filled in the side's colour, places as points, the day's incidents as stars,
  labels, a legend, the day's events, a locator map, a scale bar and the credits; where the places
  crowd together, a magnified detail of them;
- :func:`overview_png`: small multiples, one panel per change day (at most 16), one legend;
- :func:`counts_png`: settlements and population held by each side, day by day.

States other than "held" differ by more than colour, as on the HTML maps: contested, besieged,
agreement pending and ceasefire get a ring around the point (dashed, thick, long-dashed, dotted; in
the challenger's colour, black for a ceasefire) and a hatching on the area; a claimed state is pale
with a dotted outline; an unknown place is a small hollow grey point.

Rendering uses matplotlib's Agg canvas directly (``Figure`` + ``FigureCanvasAgg``), never pyplot's
figure manager: nothing global changes (a notebook keeps its inline backend) and no figure needs
closing. The view and basemap of a scope are prepared once; the day maps of one scope share one
figure whose unchanging part is rendered once and restored for each day. Files are written
atomically and carry no timestamp: the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from homsmap.files import atomic_write_bytes
from homsmap.plots_draw import (
    _HALO,
    _INK,
    _MUTED,
    _TEXT,
    CREDITS,
    DPI,
    MAX_PANELS,
    _Box,
    _colour,
    _day_data,
    _draw_basemap,
    _draw_day,
    _draw_legend,
    _event_lines,
    _legend_groups,
    _locator,
    _long_date,
    _name,
    _new_figure,
    _place_labels,
    _plan,
    _save,
    _scale_bar,
    _Seen,
)
from homsmap.plots_frame import _frame, _sites
from homsmap.territory import SETTLEMENT_KINDS, Scope, daily_counts

__all__ = ["CREDITS", "DPI", "MAX_PANELS", "counts_png", "day_png", "overview_png"]


class _DayCanvas:
    """The figure of a scope's day maps. What no day changes (basemap, locator, title, credits) is
    rendered once into a background; each day restores it and draws only its own layers on top."""

    def __init__(self, scope: Scope) -> None:
        fig = self.fig = _new_figure(13.0, 8.0)
        rect = (0.015, 0.06, 0.695, 0.82)
        frame = self.frame = _frame(scope, rect[2] * 13.0 / (rect[3] * 8.0), detail=True)
        ax = self.ax = fig.add_axes(rect)
        _draw_basemap(ax, frame, names=True)
        self.dax: Axes | None = None
        if frame.detail is not None and frame.detail_rect is not None:
            fx, fy, fw, fh = frame.detail_rect
            self.dax = fig.add_axes((rect[0] + fx * rect[2], rect[1] + fy * rect[3], fw * rect[2], fh * rect[3]))
            _draw_basemap(self.dax, frame.detail, names=False)
            for spine in self.dax.spines.values():
                spine.set(edgecolor=_INK, linewidth=1.4)
            self.dax.text(0.015, 0.985, "Detail", transform=self.dax.transAxes, fontsize=8.5, fontweight="bold",
                          color=_TEXT, ha="left", va="top", zorder=10, path_effects=_HALO)
        self.legend_ax = fig.add_axes((0.727, 0.36, 0.265, 0.52))
        self.legend_ax.set_axis_off()
        _locator(fig, (0.87, 0.06, 0.12, 0.12), frame)
        fig.text(0.015, 0.955, scope.title, fontsize=17, fontweight="bold", color=_INK, va="center")
        fig.text(0.015, 0.027, f"{CREDITS} \u00b7 Control: homsmap, from the cited sources \u00b7 Areas: the ground "
                 "nearest each settlement of known control", fontsize=8, color=_MUTED, va="center")
        self.static = {a: set(a.get_children()) for a in fig.axes}
        self.static_texts = set(fig.texts)
        if self.dax is not None:  # drawn whole each day, over the map's own layers: not in the background
            self.dax.set_visible(False)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        self.background = fig.canvas.copy_from_bbox(fig.bbox)  # type: ignore[attr-defined]
        self.taken: list[_Box] = []
        for b in [t.get_window_extent(renderer) for t in ax.texts] + (  # governorates' names, the detail
                [self.dax.get_window_extent(renderer).expanded(1.02, 1.02)] if self.dax is not None else []):
            self.taken.append((b.x0, b.y0, b.x1, b.y1))
        if self.dax is not None:
            self.dax.set_visible(True)

    def render(self, scope: Scope, day: dt.date) -> bytes:
        """The PNG bytes of ``scope`` (the one the canvas was made for) on ``day``."""
        from PIL import Image

        fig, ax, dax, frame = self.fig, self.ax, self.dax, self.frame
        try:
            data = _day_data(scope, day)
            seen, labels = _draw_day(fig, ax, scope, frame, data, small=False)
            taken = [*self.taken, _scale_bar(ax, frame)]
            if dax is not None and frame.detail is not None:
                inner = frame.detail
                (x0, x1), (y0, y1) = inner.xlim, inner.ylim
                ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor="none", edgecolor=_INK, lw=1.2,
                                       zorder=8.5))
                detail_seen, detail_labels = _draw_day(fig, dax, scope, inner, data, small=False)
                seen.update(detail_seen)
                _place_labels(fig, dax, detail_labels, limit=40, taken=[], context_limit=4)
                # the places inside the detail are labelled there (cities on both)
                labels = [lab for lab in labels if lab.priority[0] == 0 or not inner.contains(lab.lon, lab.lat)]
            _place_labels(fig, ax, labels, limit=40, taken=taken)
            counts = [(len(data.changes), "change"), (len(data.incidents), "incident")]
            summary = ", ".join(f"{n} {word}{'s' * (n != 1)}" for n, word in counts if n)
            fig.text(0.015, 0.908, f"Who held what on {_long_date(day)}"
                     + (f" \u00b7 {summary} that day" if summary else ""), fontsize=12.5, color=_TEXT, va="center")
            _draw_legend(self.legend_ax, _legend_groups(scope, seen), wrap=38)
            if events := _event_lines(scope, data):
                shown = [textwrap.shorten(t, 60, placeholder="\u2026") for t in events[:7]]
                shown += [f"\u2026 and {len(events) - 7} more"] if len(events) > 7 else []
                fig.text(0.727, 0.345, "That day", fontsize=10.5, fontweight="bold", color=_INK, va="top")
                fig.text(0.727, 0.312, "\n".join(shown), fontsize=8, color=_TEXT, va="top", linespacing=1.4)
            canvas = fig.canvas
            renderer = canvas.get_renderer()  # type: ignore[attr-defined]
            canvas.restore_region(self.background)  # type: ignore[attr-defined]
            for artist in [*self._new(ax), *([dax] if dax is not None else []), *self._new(self.legend_ax),
                           *(t for t in fig.texts if t not in self.static_texts)]:
                artist.draw(renderer)
            image = Image.frombuffer("RGBA", canvas.get_width_height(), bytes(canvas.buffer_rgba()),  # type: ignore[attr-defined]
                                     "raw", "RGBA", 0, 1).convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", dpi=(DPI, DPI))
            return buffer.getvalue()
        finally:  # leave the figure as it was for the next day, whatever happened
            for artist in [a for axes in fig.axes for a in self._new(axes)]:
                artist.remove()
            for text in [t for t in fig.texts if t not in self.static_texts]:
                text.remove()

    def _new(self, ax: Axes) -> list[Any]:
        """The artists of ``ax`` added since the background was drawn, in drawing order."""
        return sorted((a for a in ax.get_children() if a not in self.static[ax]), key=lambda a: a.get_zorder())


_DAY_CANVAS: list[tuple[weakref.ref[Scope], _DayCanvas]] = []  # the last scope's (held weakly), for its next day


def day_png(scope: Scope, day: dt.date, path: Path) -> Path:
    """A static map of ``scope`` on ``day``, written as a PNG to ``path`` (atomically); returns ``path``.

    The basemap is zoomed to the scope's places (with a magnified detail where they crowd);
    control areas are filled in the side's colour, places drawn by side and state, the day's
    incidents as stars; a legend, the day's events, a locator map, a scale bar, a title with the
    campaign and the date, and the credits. Consecutive calls for one scope reuse its figure and
    redraw only what the day changes."""
    if not _DAY_CANVAS or _DAY_CANVAS[0][0]() is not scope:
        _DAY_CANVAS[:] = [(weakref.ref(scope), _DayCanvas(scope))]
    return atomic_write_bytes(path, _DAY_CANVAS[0][1].render(scope, day))


# --- small multiples and counts ------------------------------------------------------------------------

def _pick_days(days: Sequence[dt.date], limit: int = MAX_PANELS) -> list[dt.date]:
    """At most ``limit`` of ``days`` (sorted, distinct), evenly spread, first and last included."""
    ordered = sorted(set(days))
    if len(ordered) <= limit:
        return ordered
    return [ordered[i] for i in sorted(set(np.linspace(0, len(ordered) - 1, limit).round().astype(int).tolist()))]


def overview_png(scope: Scope, days: Sequence[dt.date], path: Path) -> Path:
    """Small multiples of ``scope``: one panel per day of ``days`` (at most 16, spread evenly, first
    and last kept; with no days, the scope's last day), each titled with its date, one legend for
    all; written as a PNG to ``path`` (atomically). Returns ``path``."""
    chosen = _pick_days(days) or [scope.end]
    n = len(chosen)
    ncol = {1: 1, 2: 2, 3: 3, 4: 2, 5: 3, 6: 3, 9: 3}.get(n, 4)
    pw, ph, top, gap = *((5.6, 4.3) if ncol <= 2 else (4.0, 3.2)), 0.95, 0.14
    fig_w = max(pw * ncol + 0.4, 10.0)
    left = (fig_w - pw * ncol) / 2
    frame = _frame(scope, (pw - gap) / (ph - 0.34), detail=False)
    data = [_day_data(scope, day) for day in chosen]
    seen = _Seen()
    for d in data:
        seen.update(_plan(scope, frame, d, small=True)[0])
    groups = _legend_groups(scope, seen)
    columns = max(2, int((fig_w - 2 * left) // 3.1))
    rows = next(r for r in range(3, 40) if sum(math.ceil(len(g) / r) for _, g in groups) <= columns)
    bottom = 0.45 + (1.6 + rows * 2.4) * 0.125  # the legend strip: 0.125 in a text line
    fig_h = ph * math.ceil(n / ncol) + top + bottom
    fig = _new_figure(fig_w, fig_h)
    for i, (day, d) in enumerate(zip(chosen, data, strict=True)):
        r, c = divmod(i, ncol)
        ax = fig.add_axes(((left + c * pw + gap / 2) / fig_w, (fig_h - top - (r + 1) * ph) / fig_h,
                           (pw - gap) / fig_w, (ph - 0.34) / fig_h))
        _draw_basemap(ax, frame, names=False)
        _, labels = _draw_day(fig, ax, scope, frame, d, small=True)
        _place_labels(fig, ax, [lab for lab in labels if lab.priority[0] <= 1], limit=5, taken=[], context_limit=3)
        ax.set_title(_long_date(day), fontsize=10.5, fontweight="bold", color=_INK, pad=4)
    fig.text(left / fig_w, 1 - 0.32 / fig_h, scope.title, fontsize=15, fontweight="bold", color=_INK, va="center")
    sub, total = f"Who held what, {_long_date(chosen[0])} to {_long_date(chosen[-1])}", len(set(days))
    if total:
        sub += f": {total} day{'s' * (total != 1)} on which control changed or an incident was reported"
        sub += f" ({n} shown)" if total > n else ""
    fig.text(left / fig_w, 1 - 0.64 / fig_h, sub, fontsize=10.5, color=_TEXT, va="center")
    legend_ax = fig.add_axes((left / fig_w, 0.32 / fig_h, (fig_w - 2 * left) / fig_w, (bottom - 0.42) / fig_h))
    _draw_legend(legend_ax, groups, rows=rows, wrap=36, fontsize=8.5, columns=columns)
    fig.text(left / fig_w, 0.16 / fig_h, f"{CREDITS} \u00b7 Control: homsmap, from the cited sources", fontsize=7.5,
             color=_MUTED, va="center")
    return _save(fig, path)


def _people(value: float, _pos: object = None) -> str:
    if abs(value) >= 1e6:
        return f"{value / 1e6:.1f}M".replace(".0M", "M")
    return f"{value / 1e3:.0f}k" if abs(value) >= 1e3 else f"{value:.0f}"


def counts_png(scope: Scope, path: Path) -> Path:
    """Settlements (top) and population (bottom) held by each side on each day from ``scope.start``
    to ``scope.end`` (:func:`~homsmap.territory.daily_counts`), as step lines in the sides' colours
    with the change days marked; written as a PNG to ``path`` (atomically). Returns ``path``."""
    counts = daily_counts(scope.timeline, scope.gaz, [p.id for p in _sites(scope) if p.kind in SETTLEMENT_KINDS],
                          scope.start, scope.end)
    sides = [str(c).removeprefix("settlements_") for c in counts.columns if str(c).startswith("settlements_")]
    fig = _new_figure(11.0, 7.2)
    top = fig.add_axes((0.075, 0.53, 0.64, 0.33))
    bottom = fig.add_axes((0.075, 0.12, 0.64, 0.33), sharex=top)
    x = np.arange(np.datetime64(scope.start, "D"), np.datetime64(scope.end, "D") + np.timedelta64(2, "D"))
    marks = np.array(sorted({d for d in scope.timeline.change_days() if scope.start <= d <= scope.end}
                            | {e.date for e in scope.events if e.kind != "baseline" and scope.start <= e.date <= scope.end}),
                     dtype="datetime64[D]")
    for ax, metric, label in ((top, "settlements", "Settlements held"), (bottom, "population", "Population held")):
        ax.set_facecolor("#fbfaf7")
        ax.vlines(marks, 0, 1, transform=ax.get_xaxis_transform(), color="#bdb8ad", linewidth=0.8,
                  linestyle=(0, (2, 2)), zorder=1)
        highest = 1.0
        for n, side in enumerate(sides):
            values = counts[f"{metric}_{side}"].to_numpy().astype(float)
            held = np.flatnonzero(values > 0)
            values[:held[0] if len(held) else len(values)] = np.nan  # not drawn before the side first holds any
            highest = max(highest, float(np.nanmax(values)) if len(held) else 0.0)
            ax.step(x, np.append(values, values[-1]), where="post", color=_colour(scope, side),
                    linewidth=2.4 if n == 0 else 2.0, zorder=3 + 0.1 * n, label=_name(scope, side))
        ax.set_ylabel(label, fontsize=10.5, color=_INK)
        ax.set_ylim(0, highest * 1.12)
        ax.grid(axis="y", color="#e2ded5", linewidth=0.8)
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(labelsize=9, colors=_TEXT)
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    bottom.yaxis.set_major_formatter(FuncFormatter(_people))
    top.set_xlim(x[0], x[-1])
    if not sides:
        top.text(0.5, 0.5, "No settlement of this scope has a known state", transform=top.transAxes, ha="center",
                 va="center", fontsize=11, color=_MUTED)
    if len(x) <= 63:  # a tick at the start of each day (or every few days), read as that day's value
        ticks = x[:-1:max(1, math.ceil((len(x) - 1) / 10))]
        bottom.set_xticks(ticks, labels=[f"{d.day} {d:%b}" for d in ticks.astype(dt.date)])
    else:
        locator = AutoDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
        bottom.xaxis.set_major_locator(locator)
        bottom.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    top.tick_params(labelbottom=False)
    top.xaxis.get_offset_text().set_visible(False)
    fig.text(0.075, 0.955, scope.title, fontsize=15, fontweight="bold", color=_INK, va="center")
    fig.text(0.075, 0.91, f"Settlements and population held by each side, {_long_date(scope.start)} to "
             f"{_long_date(scope.end)}", fontsize=11, color=_TEXT, va="center")
    handles, names = top.get_legend_handles_labels()
    handles.append(Line2D([], [], color="#bdb8ad", linewidth=0.8, linestyle=(0, (2, 2))))
    names.append("a day with a change or an incident")
    fig.legend(handles, ["\n".join(textwrap.wrap(n, 26)) for n in names], loc="upper left", bbox_to_anchor=(0.74, 0.87),
               frameon=False, fontsize=9.5, title="Side", title_fontproperties={"weight": "bold", "size": 10.5},
               alignment="left", labelspacing=0.9)
    fig.text(0.745, 0.2, "Counted: the settlements (cities, towns,\nvillages, neighbourhoods) the sources\nname; "
             "population where the gazetteer\nhas a figure for them.", fontsize=8, color=_MUTED, va="top",
             linespacing=1.3)
    fig.text(0.075, 0.03, f"{CREDITS} \u00b7 Control: homsmap, from the cited sources", fontsize=8, color=_MUTED,
             va="center")
    return _save(fig, path)
