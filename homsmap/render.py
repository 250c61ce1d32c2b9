"""HTML maps that open anywhere, offline: a time-slider map per campaign and a static map per day.

The only module that imports folium. A page holds Leaflet's JS and CSS inlined from an installed
package (``folium-offline`` carries them; nothing is fetched at view time), our own viewer
(``homsmap/static/homsmap.js``), and the data as one JSON block: every place and every control cell
once, control as periods (intervals), events with their citations. Its size therefore grows with
places plus changes, never places times days. Every string from the data reaches the page through
``textContent`` in the viewer, and the JSON is escaped so ``</script>`` in a note cannot end the block.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from homsmap.errors import InputError
from homsmap.events import ControlEvent, Seeds
from homsmap.files import atomic_write_text
from homsmap.gazetteer import Gazetteer
from homsmap.timeline import Timeline, timeline_for

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

    from homsmap.territory import Scope

__all__ = ["TILES", "MapPage", "MapScope", "map_for_day", "map_scope", "pages_for_scope", "scope_payload", "slider_map"]

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"
TILES = {"osm": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                 "attribution": "\u00a9 OpenStreetMap contributors"}}
CREDITS = ("Places: GeoNames, Who's On First \u00b7 Boundaries: OCHA / HDX, Syrian Arab Republic administrative "
           "boundaries \u00b7 Events: homsmap, curated from the cited documents")
REGION_ID = "region"


@cache
def _asset(name: str) -> str:
    """Leaflet's JS/CSS from the installed folium-offline package, or our own viewer files."""
    if name in (LEAFLET_JS, LEAFLET_CSS):
        from offlinefolium.elements import _res  # the assets folium-offline embeds, keyed by their CDN URL

        return str(_res[name])
    return (Path(__file__).resolve().parent / "static" / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class MapScope:
    """What one map shows: a campaign (or the region), its days, places, cells and admin units."""

    id: str
    title: str
    subtitle: str
    start: dt.date
    end: dt.date
    timeline: Timeline
    events: tuple[ControlEvent, ...]
    place_ids: tuple[str, ...]
    region: BaseGeometry
    cells: gpd.GeoDataFrame
    publishers: tuple[tuple[str, str], ...] = ()  # (document file, publisher)
    territory: Scope | None = None  # the territory stage's view of the same scope (plots and exports use it)

    @property
    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def change_days(self) -> list[dt.date]:
        """Days in the scope on which a control period starts or an event happens."""
        days = {d for d in self.timeline.change_days() if self.start <= d <= self.end}
        days |= {e.date for e in self.events if e.kind != "baseline" and self.start <= e.date <= self.end}
        return sorted(days)

    def check_day(self, day: dt.date) -> None:
        if not self.start <= day <= self.end:
            raise InputError(f"{day} is outside {self.id} ({self.start} to {self.end})", source="--on",
                             hint="pick a day within the campaign")


def map_scope(seeds: Seeds, gaz: Gazetteer, campaign_id: str | None = None) -> MapScope:
    """Gather what a map of ``campaign_id`` (``None``: the whole region, every campaign) needs."""
    from homsmap.territory import campaign_scope, region_title

    if campaign_id is None or campaign_id == REGION_ID:
        campaigns = seeds.campaigns
        sid, title = REGION_ID, region_title(seeds)
        subtitle = f"{len(campaigns)} campaigns, each from its source document"
    else:
        campaigns = (seeds.campaign(campaign_id),)
        sid, title = campaigns[0].id, campaigns[0].title
        subtitle = f"{campaigns[0].document.publisher}: {campaigns[0].document.title}"
    territory = campaign_scope(seeds, None if sid == REGION_ID else sid, gaz)  # region and cells shared with exports
    place_ids, region, cells = territory.place_ids, territory.region, territory.cells
    timeline = timeline_for(seeds, None if sid == REGION_ID else sid)
    events = tuple(e for c in campaigns for e in c.all_events)
    publishers = tuple(sorted({(c.document.file, c.document.publisher) for c in campaigns}))
    return MapScope(sid, title, subtitle, min(c.start for c in campaigns), max(c.end for c in campaigns), timeline,
                    events, place_ids, region, cells, publishers, territory)


def _round_coords(obj: Any, nd: int) -> Any:
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, (list, tuple)):
        return [_round_coords(x, nd) for x in obj]
    return obj


def _features(frame: gpd.GeoDataFrame, props: dict[str, str], *, simplify: float = 0.0, nd: int = 4) -> dict[str, Any]:
    """A compact GeoJSON FeatureCollection of ``frame`` with the given {json key: column} properties."""
    from shapely.geometry import mapping

    feats = []
    for _, row in frame.iterrows():
        geom = row.geometry
        if geom is None or geom.is_empty:
            continue
        if simplify:
            geom = geom.simplify(simplify, preserve_topology=True)
        g = mapping(geom)
        feats.append({"type": "Feature", "properties": {k: row[c] for k, c in props.items()},
                      "geometry": {"type": g["type"], "coordinates": _round_coords(g["coordinates"], nd)}})
    return {"type": "FeatureCollection", "features": feats}


def _pack_periods(rows: list[list[Any]], n_places: int) -> dict[str, list[int]]:
    """Periods as columns; rows come grouped by place, so ``count[place]`` rows in a row are that place's."""
    count = [0] * n_places
    for r in rows:
        count[r[0]] += 1
    names = ("start", "end", "side", "status", "certainty", "event", "challenger")
    return {"count": count, **{name: [r[i + 1] for r in rows] for i, name in enumerate(names)}}


def _pack_events(rows: list[list[Any]], start: dt.date, places: list[list[Any]], sides: list[str],
                 statuses: list[str], certainties: list[str]) -> dict[str, Any]:
    """Events as columns: repeated strings become indexes into small tables, dates day offsets, and the
    fields most events leave empty (or can take from their place) are kept only where they differ
    (``sparse``). The viewer rebuilds the rows (homsmap.js, ``unpack``). A quarter of the rows' size."""
    tables: dict[str, list[str]] = {"action": [], "citation": [], "kind": [], "file": []}
    lookup: dict[str, dict[str, int]] = {k: {} for k in tables}

    def code(table: str, value: str) -> int:
        if value not in lookup[table]:
            lookup[table][value] = len(tables[table])
            tables[table].append(value)
        return lookup[table][value]

    side_ix = {s: i for i, s in enumerate(sides)}
    cols: dict[str, list[Any]] = {k: [] for k in ("id", "day", "place", "action", "gains", "loses", "status",
                                                  "certainty", "citation", "line", "kind", "file", "fileLine")}
    sparse: dict[str, dict[int, Any]] = {k: {} for k in ("dateEnd", "precision", "time", "written", "at", "note")}
    for n, (eid, date, date_end, precision, time_, written, place, lat, lon, action, gains, loses, status, certainty,
            citation, note, kind, curated) in enumerate(rows):
        doc, _, line = citation.rpartition(", line ")
        file, _, file_line = curated.rpartition(":")
        values = (eid, (dt.date.fromisoformat(date) - start).days, place, code("action", action),
                  side_ix[gains] if gains else -1, side_ix[loses] if loses else -1,
                  statuses.index(status) if status else -1, certainties.index(certainty), code("citation", doc),
                  int(line), code("kind", kind), code("file", file), int(file_line))
        for key, value in zip(cols, values, strict=True):
            cols[key].append(value)
        if date_end:
            sparse["dateEnd"][n] = (dt.date.fromisoformat(date_end) - start).days
        if precision != "day":
            sparse["precision"][n] = precision
        if time_:
            sparse["time"][n] = time_
        if place < 0 or written != places[place][1]:
            sparse["written"][n] = written
        if place < 0 and lat is not None:
            sparse["at"][n] = [lat, lon]
        if note:
            sparse["note"][n] = note
    return {**cols, "tables": tables, "sparse": sparse}


def _payload(scope: MapScope, gaz: Gazetteer, *, tiles: str | None) -> dict[str, Any]:
    """The JSON the viewer reads: places, periods as intervals, events, cells, admin units, basemap."""
    from homsmap.territory import SETTLEMENT_KINDS, STALE_AFTER_DAYS, daily_counts, load_boundaries

    t, actors = scope.timeline, scope.timeline.actors
    start = scope.start
    ndays = (scope.end - start).days + 1
    place_ids = sorted(scope.place_ids)
    index = {pid: i for i, pid in enumerate(place_ids)}
    places: list[list[Any]] = []
    for pid in place_ids:
        p = gaz[pid]
        admin = ", ".join(x for x in (p.adm3, p.adm2, p.adm1) if x)
        places.append([p.id, p.name, p.name_ar, p.kind, round(p.lat, 5), round(p.lon, 5), p.adm3_pcode or None,
                       p.population, p.adm2_pcode or None, 1 if p.kind in SETTLEMENT_KINDS else 0, admin])
    sides = sorted({p.side for p in t.periods} | {p.challenger for p in t.periods if p.challenger}
                   | {s for e in scope.events for s in (e.gains, e.loses) if s})
    side_ix = {s: i for i, s in enumerate(sides)}
    statuses = ["held", "contested", "besieged", "ceasefire", "agreement_pending"]
    certainties = ["confirmed", "reported", "claimed", "denied", "planned"]
    event_list = sorted(scope.events, key=lambda e: e.order_key)
    event_ix = {e.id: i for i, e in enumerate(event_list)}
    periods = []
    for pid in place_ids:
        for per in t.history(pid):
            first_day = (per.start - start).days
            after_last = -1 if per.end is None else (per.end - start).days + 1
            if after_last != -1 and after_last <= 0:
                continue
            periods.append([index[pid], max(first_day, -1), after_last, side_ix[per.side], statuses.index(per.status),
                            certainties.index(per.certainty), event_ix[per.event_id],
                            side_ix[per.challenger] if per.challenger else -1])
    publishers = dict(scope.publishers)
    events = []
    for e in event_list:
        at = gaz.get(e.place_id)
        events.append([e.id, e.date.isoformat(), e.date_end.isoformat() if e.date_end else None, e.precision, e.time,
                       e.place, index.get(e.place_id, -1), round(at.lat, 5) if at else None,
                       round(at.lon, 5) if at else None, e.action, e.gains, e.loses, e.status, e.certainty,
                       f"{publishers.get(e.document, '?')}: {e.document}, line {e.citation_line}", e.note, e.kind,
                       f"{Path(e.source_file).name}:{e.source_line}"])
    cells = scope.cells[scope.cells["place_id"].isin(index)].copy()
    cells["p"] = [index[x] for x in cells["place_id"]]
    adm3, adm2 = load_boundaries(3), load_boundaries(2)
    units3 = {p[6] for p in places if p[6]}
    units2 = {p[8] for p in places if p[8]}
    counts = daily_counts(t, gaz, [p for p in place_ids if gaz[p].kind in SETTLEMENT_KINDS], start, scope.end)
    series: dict[str, dict[str, list[int]]] = {"settlements": {}, "population": {}}
    for col in counts.columns:
        metric, _, side = str(col).partition("_")
        if side in side_ix and metric in ("settlements", "population"):
            series[metric][str(side_ix[side])] = [int(v) for v in counts[col].tolist()]
    minx, miny, maxx, maxy = scope.region.bounds
    lats = [p[4] for p in places] or [miny, maxy]
    lons = [p[5] for p in places] or [minx, maxx]
    return {
        "title": scope.title, "subtitle": scope.subtitle, "start": start.isoformat(), "ndays": ndays,
        "fixedDay": None, "changes": sorted({(d - start).days for d in scope.change_days()}),
        "sides": [{"id": s, "name": actors[s].name if actors and s in actors else s,
                   "colour": actors[s].colour if actors and s in actors else "#999999",
                   "bloc": actors.bloc_of(s) if actors else None,
                   "used": any(per[3] == side_ix[s] for per in periods)} for s in sides],
        "statuses": statuses, "certainties": certainties, "places": places,
        "periods": _pack_periods(periods, len(places)),
        "events": _pack_events(events, start, places, sides, statuses, certainties),
        "cells": _features(cells, {"p": "p"}),
        "admin3": _features(adm3[adm3["pcode"].isin(units3)], {"pcode": "pcode", "name": "name"}, simplify=0.002),
        "admin2": _features(adm2[adm2["pcode"].isin(units2)], {"pcode": "pcode", "name": "name"}, simplify=0.003),
        "outline": _features(load_boundaries(0), {"name": "name"}, simplify=0.01, nd=3),
        "governorates": _features(load_boundaries(1), {"name": "name"}, simplify=0.005, nd=3),
        "labels": [[p.name, round(p.lat, 4), round(p.lon, 4)] for p in sorted(gaz.places, key=lambda x: x.id)
                   if p.kind == "city"],
        "counts": series,
        "bounds": [[min(lats) - 0.05, min(lons) - 0.05], [max(lats) + 0.05, max(lons) + 0.05]],
        "tiles": TILES[tiles] if tiles else None,
        "staleAfter": STALE_AFTER_DAYS,
        "credits": CREDITS,
    }


def _json_for_script(data: object) -> str:
    """JSON safe inside <script>: no '<' survives, so '</script>' or '<!--' in a note cannot end the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _raw(text: str) -> Any:
    """A page element that puts ``text`` in the page as it is. branca's ``Element(text)`` compiles its text
    as a Jinja template: ``{{ ... }}`` in a note or a title would be evaluated at build time, ``{#`` would
    break the build, and lexing the data takes seconds at war scale."""
    from branca.element import Element

    class Raw(Element):
        def render(self, **kwargs: object) -> str:
            return text

    return Raw()


class MapPage:
    """A self-contained HTML map: ``html()``, ``save(path)``, and inline display in Jupyter."""

    def __init__(self, data: dict[str, Any], *, title: str) -> None:
        self.data = data
        self.title = title

    def html(self) -> str:
        import folium
        from branca.element import MacroElement
        from jinja2 import Template

        lats, lons = zip(*self.data["bounds"], strict=True)
        m = folium.Map(location=[sum(lats) / 2, sum(lons) / 2], zoom_start=8, tiles=None, prefer_canvas=True,
                       control_scale=True)
        m._id = "homsmap"  # a fixed element name: the same input gives the same page
        m.default_js, m.default_css = [], []  # nothing from a CDN: the assets are inlined below
        root = m.get_root()
        header = root.header  # type: ignore[attr-defined]
        header.add_child(_raw(f"<title>{html.escape(self.title)}</title>"), name="title")
        header.add_child(_raw(f"<style>{_asset(LEAFLET_CSS)}</style>"), name="leaflet_css")
        header.add_child(_raw(f"<style>{_asset('homsmap.css')}</style>"), name="homsmap_css")
        header.add_child(_raw(f"<script>{_asset(LEAFLET_JS)}</script>"), name="leaflet_js")
        header.add_child(_raw(f"<script>{_asset('homsmap.js')}</script>"), name="homsmap_js")
        root.html.add_child(  # type: ignore[attr-defined]
            _raw(f'<script type="application/json" id="homsmap-data">{_json_for_script(self.data)}</script>'),
            name="homsmap_data")
        init = MacroElement()  # type: ignore[no-untyped-call]
        init._template = Template("{% macro script(this, kwargs) %}homsmapInit({{ this._parent.get_name() }}, "
                                  "'homsmap-data');{% endmacro %}")
        m.add_child(init, name="homsmap_init")
        return str(root.render())

    def save(self, path: str | Path) -> Path:
        """Write the page atomically (temporary file, then rename)."""
        return atomic_write_text(path, self.html())

    def _repr_html_(self) -> str:
        """Inline in Jupyter as an iframe: one copy of the page in the notebook, nothing fetched."""
        doc = html.escape(self.html(), quote=True)
        return (f'<iframe srcdoc="{doc}" style="width:100%;height:560px;border:1px solid #ccc" '
                f'sandbox="allow-scripts"></iframe>')

    def __repr__(self) -> str:
        d = self.data
        return f"<MapPage {self.title!r}: {len(d['places'])} places, {len(d['periods']['start'])} periods, {d['ndays']} days>"


def slider_map(seeds: Seeds, gaz: Gazetteer, *, campaign_id: str | None = None, tiles: str | None = None,
               scope: MapScope | None = None) -> MapPage:
    """The time-slider map of a campaign (``None``: the region): play, step, jump to the next change."""
    scope = scope or map_scope(seeds, gaz, campaign_id)
    _check_tiles(tiles)
    return MapPage(_payload(scope, gaz, tiles=tiles), title=f"{scope.title} \u2014 homsmap")


def map_for_day(seeds: Seeds, gaz: Gazetteer, day: dt.date, *, campaign_id: str | None = None,
                tiles: str | None = None) -> MapPage:
    """A static map of one day of a campaign (``None``: the region), without the slider."""
    scope = map_scope(seeds, gaz, campaign_id)
    scope.check_day(day)
    return _day_page(scope, scope_payload(scope, gaz, tiles=tiles), day)


def _day_page(scope: MapScope, data: dict[str, Any], day: dt.date) -> MapPage:
    payload = dict(data)
    payload["fixedDay"] = (day - scope.start).days
    return MapPage(payload, title=f"{scope.title}, {day.isoformat()} \u2014 homsmap")


def scope_payload(scope: MapScope, gaz: Gazetteer, *, tiles: str | None = None) -> dict[str, Any]:
    """The viewer's data for a scope, built once and shared by its slider map and day maps."""
    _check_tiles(tiles)
    return _payload(scope, gaz, tiles=tiles)


def _check_tiles(tiles: str | None) -> None:
    if tiles is not None and tiles not in TILES:
        raise InputError(f"unknown tile layer {tiles!r}", source="--tiles", hint=f"use one of {', '.join(TILES)}")


def pages_for_scope(scope: MapScope, gaz: Gazetteer, days: Sequence[dt.date], *,
                    tiles: str | None = None) -> tuple[MapPage, list[tuple[dt.date, MapPage]]]:
    """The slider page and one static page per day in ``days``, all from one payload."""
    for d in days:
        scope.check_day(d)
    data = scope_payload(scope, gaz, tiles=tiles)
    return MapPage(data, title=f"{scope.title} \u2014 homsmap"), [(d, _day_page(scope, data, d)) for d in days]
