"""Territory: who held which ground on a day, as areas, admin shares and daily counts.

Module flow: ``errors → gazetteer → events → timeline → territory → {export, render} → cli``.
Everything here is derived from the timeline (:mod:`homsmap.timeline`) and the gazetteer:

- :func:`region_of` turns a campaign's ``areas`` (OCHA admin units, or any place) into one shape;
- :func:`control_cells` tessellates the region into Voronoi cells, one per settlement, clipped to
  the region (itself clipped to the country) and to ``max_km`` around the settlement;
- :func:`area_layer` / :func:`area_periods` colour the cells by their settlement's state. A cell
  whose settlement has no event or baseline behind it is left out: no area is coloured that the
  sources do not support;
- :func:`admin_shares` and :func:`daily_counts` summarise by subdistrict / district and by day.

Distances are computed in UTM zone 37N (EPSG:32637), which spans Syria with a scale error under
0.1 %. Only :data:`SETTLEMENT_KINDS` get cells and count as settlements; admin units and regions
in scope still get points in :func:`place_layer`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from homsmap.actors import Actors
from homsmap.errors import GazetteerDataError, GazetteerMissingError, InputError
from homsmap.events import ControlEvent, Seeds
from homsmap.gazetteer import DEFAULT_GAZETTEER_DIR, Gazetteer, Place
from homsmap.timeline import Timeline, timeline_for

__all__ = [
    "METRIC_CRS",
    "POINT_RADIUS_KM",
    "SETTLEMENT_KINDS",
    "STALE_AFTER_DAYS",
    "Scope",
    "admin_shares",
    "area_layer",
    "area_periods",
    "campaign_scope",
    "control_cells",
    "daily_counts",
    "load_boundaries",
    "order_sides",
    "place_layer",
    "region_of",
    "region_title",
    "settlements_in",
]

SETTLEMENT_KINDS = ("city", "town", "village", "neighbourhood")
STALE_AFTER_DAYS = 365  # maps draw a state last reported longer ago than this faded, and say so
METRIC_CRS = "EPSG:32637"
POINT_RADIUS_KM = 10.0  # the area of a non-admin id in region_of
_ADMIN_LEVELS = {"governorate": 1, "district": 2, "subdistrict": 3}
_KIND_RANK = {kind: i for i, kind in enumerate(SETTLEMENT_KINDS)}
_PLACE_COLUMNS = ["place_id", "name", "name_ar", "kind", "population", "adm1", "adm1_pcode", "adm2", "adm2_pcode",
                  "adm3", "adm3_pcode", "side", "bloc", "status", "since", "event_id", "certainty", "challenger"]
_TEXT_COLUMNS = ("place_id", "colocated", "name", "name_ar", "kind", "adm1", "adm1_pcode", "adm2", "adm2_pcode",
                 "adm3", "adm3_pcode", "side", "bloc", "status", "event_id", "certainty", "challenger", "campaign",
                 "pcode", "leading_side")
_STATE_COLUMNS = ["place_id", "side", "bloc", "status", "certainty", "since", "event_id", "challenger"]
_PERIOD_COLUMNS = ["place_id", "side", "bloc", "status", "certainty", "start", "end", "event_id", "challenger",
                   "campaign"]


def _as_objects(frame: Any, columns: Iterable[str]) -> Any:
    """Text columns as plain objects with ``None`` for missing (pandas 3 would make them ``str``
    with NaN), so ``row.side is None`` holds for an unknown side."""
    for col in columns:
        if col in frame.columns:
            values = frame[col].astype(object)
            frame[col] = values.where(values.notna(), None)
    return frame


def _empty(columns: Sequence[str]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({c: pd.Series(dtype=object) for c in columns},
                            geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")


# --- boundaries and projections -------------------------------------------------------------------

_BOUNDARIES: dict[Path, gpd.GeoDataFrame] = {}


def _boundaries(level: int, directory: Path | None = None) -> gpd.GeoDataFrame:
    """The cached boundaries of one level (shared: callers must not modify it)."""
    if level not in (0, 1, 2, 3):
        raise InputError(f"no admin level {level}", source="level",
                         hint="use 0 (country), 1 (governorates), 2 (districts) or 3 (subdistricts)")
    folder = Path(directory) if directory is not None else DEFAULT_GAZETTEER_DIR
    path = (folder / "boundaries" / f"adm{level}.geojson").resolve()
    if path not in _BOUNDARIES:
        if not path.is_file():
            raise GazetteerMissingError("no admin boundaries", source=str(path),
                                        hint="run 'homsmap gazetteer build' or pass the gazetteer folder")
        try:
            gdf = gpd.read_file(path, engine="pyogrio")
        except Exception as exc:
            raise GazetteerDataError(f"cannot read boundaries: {exc}", source=str(path), hint="rebuild it") from exc
        if "pcode" not in gdf.columns:
            raise GazetteerDataError("boundaries lack a 'pcode' column", source=str(path), hint="rebuild it")
        gdf = gdf.set_crs("EPSG:4326") if gdf.crs is None else gdf.to_crs("EPSG:4326")
        columns = [c for c in ("pcode", "name", "name_ar", "adm2_pcode", "adm1_pcode") if c in gdf.columns]
        _BOUNDARIES[path] = gdf[[*columns, "geometry"]].sort_values("pcode", kind="stable").reset_index(drop=True)
    return _BOUNDARIES[path]


def load_boundaries(level: int, *, directory: Path | None = None) -> gpd.GeoDataFrame:
    """The admin polygons of ``level`` (0 country, 1 governorates, 2 districts, 3 subdistricts) from
    ``<gazetteer>/boundaries/adm{level}.geojson``: columns ``pcode, name, name_ar``, the parent
    P-codes where the level has them, and ``geometry``, in EPSG:4326, sorted by P-code. Read once
    and cached; each call returns a copy."""
    return _boundaries(level, directory).copy()


@lru_cache(maxsize=4)
def _boundary_index(level: int) -> dict[str, BaseGeometry]:
    gdf = _boundaries(level)
    return dict(zip(gdf["pcode"], gdf.geometry, strict=True))


@lru_cache(maxsize=1)
def _country() -> BaseGeometry:
    geom = shapely.union_all(list(_boundaries(0).geometry))
    shapely.prepare(geom)
    return geom


@lru_cache(maxsize=1)
def _transformers() -> tuple[Any, Any]:
    from pyproj import Transformer

    return (Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True),
            Transformer.from_crs(METRIC_CRS, "EPSG:4326", always_xy=True))


def _project(geoms: Any, *, inverse: bool = False) -> Any:
    """Geometries (one or an array) from lon/lat to metres, or back with ``inverse``."""
    transformer = _transformers()[1 if inverse else 0]

    def func(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geoms, func)


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Keep the polygonal part of each geometry (an intersection may add slivers of lines or points)."""
    out = geoms.copy()
    for i in np.flatnonzero(~np.isin(shapely.get_type_id(geoms), (3, 6))):
        polys = [g for g in shapely.get_parts(geoms[i]) if g.geom_type in ("Polygon", "MultiPolygon")]
        out[i] = shapely.union_all(polys) if polys else shapely.Polygon()
    return out


# --- regions and settlements ----------------------------------------------------------------------

def _circle(lon: float, lat: float, radius_km: float) -> BaseGeometry:
    centre = _project(shapely.Point(lon, lat))
    return _project(shapely.buffer(centre, radius_km * 1000.0, quad_segs=16), inverse=True)


def _area_geometry(place: Place) -> BaseGeometry:
    level = _ADMIN_LEVELS.get(place.kind)
    if level is None:
        return _circle(place.lon, place.lat, POINT_RADIUS_KM)
    pcode = place.pcode or place.id.removeprefix("ocha:")
    geom = _boundary_index(level).get(pcode)
    if geom is None:
        raise GazetteerDataError(f"no adm{level} boundary for {place.id} ({pcode})",
                                 source=str(DEFAULT_GAZETTEER_DIR / "boundaries" / f"adm{level}.geojson"),
                                 hint="rebuild the gazetteer with 'homsmap gazetteer build'")
    return geom


def region_of(area_ids: Sequence[str], gaz: Gazetteer, *, buffer_km: float = 0.0) -> BaseGeometry:
    """The union of the areas ``area_ids`` name, clipped to the country.

    An admin id (``ocha:SY04`` governorate, ``ocha:SY0503`` district, ``ocha:SY050300``
    subdistrict) stands for its OCHA polygon; any other place for a circle of
    :data:`POINT_RADIUS_KM` around it. ``buffer_km`` widens the union before clipping.
    Raises :class:`~homsmap.errors.UnknownPlaceError` for an id the gazetteer lacks.
    """
    if not area_ids:
        raise InputError("no areas given", source="areas", hint="name at least one gazetteer id, e.g. ocha:SY04")
    region = shapely.union_all([_area_geometry(gaz[a]) for a in dict.fromkeys(area_ids)])
    if buffer_km > 0:
        region = _project(shapely.buffer(_project(region), buffer_km * 1000.0, quad_segs=8), inverse=True)
    return shapely.make_valid(shapely.intersection(region, _country()))


def settlements_in(gaz: Gazetteer, region: BaseGeometry) -> list[Place]:
    """Every gazetteer place of :data:`SETTLEMENT_KINDS` inside ``region`` (or on its edge), by id."""
    places = [p for p in gaz.places if p.kind in SETTLEMENT_KINDS]
    if not places or region.is_empty:
        return []
    lon = np.fromiter((p.lon for p in places), dtype=float, count=len(places))
    lat = np.fromiter((p.lat for p in places), dtype=float, count=len(places))
    inside = shapely.intersects_xy(region, lon, lat)
    return sorted((p for p, ok in zip(places, inside, strict=True) if ok), key=lambda p: p.id)


def _primary_key(p: Place) -> tuple[int, int, str]:
    return (_KIND_RANK.get(p.kind, 9), -(p.population or 0), p.id)


def control_cells(places: Sequence[Place], *, clip: BaseGeometry, max_km: float = 8.0) -> gpd.GeoDataFrame:
    """Voronoi cells of the settlements among ``places``, each clipped to ``clip`` and to a circle of
    ``max_km`` around its settlement; columns ``place_id``, ``colocated`` and ``geometry`` (EPSG:4326),
    ordered by ``place_id``.

    Places of other kinds are ignored. Places at the same spot (to the metre) share one cell: it
    goes to the first by kind (city, town, village, neighbourhood), population, then id, and the
    others are listed, space-separated, in ``colocated``. Cells do not overlap, so areas add up;
    a settlement outside ``clip`` gets no cell. Deterministic.
    """
    if not max_km > 0:
        raise InputError(f"max_km must be positive, not {max_km}", source="max_km", hint="e.g. 8")
    unique = {p.id: p for p in places if p.kind in SETTLEMENT_KINDS}
    chosen = sorted(unique.values(), key=_primary_key)
    if not chosen or clip.is_empty:
        return _empty(["place_id", "colocated"])
    fwd = _transformers()[0]
    x, y = fwd.transform(np.array([p.lon for p in chosen]), np.array([p.lat for p in chosen]))
    groups: dict[tuple[float, float], list[int]] = {}
    for i, key in enumerate(zip(np.round(x).tolist(), np.round(y).tolist(), strict=True)):
        groups.setdefault(key, []).append(i)  # chosen is sorted, so the first of a group is its primary
    heads = [members[0] for members in groups.values()]
    ids = [chosen[i].id for i in heads]
    colocated = [" ".join(sorted(chosen[j].id for j in members[1:])) for members in groups.values()]
    points = shapely.points(x[heads], y[heads])
    reach = max_km * 1000.0
    if len(points) == 1:
        cells = np.array([shapely.box(*shapely.buffer(points[0], 2 * reach).bounds)])
    else:
        xmin, ymin, xmax, ymax = shapely.total_bounds(points)  # every cell is cut to `reach` from its point
        frame = shapely.box(xmin - 2 * reach, ymin - 2 * reach, xmax + 2 * reach, ymax + 2 * reach)
        diagram = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=frame, ordered=True)
        cells = np.asarray(shapely.get_parts(diagram))
        if len(cells) != len(points) or not shapely.intersects(cells, points).all():  # pragma: no cover
            cells = _match_cells(cells, points)
    cells = _project(shapely.intersection(cells, shapely.buffer(points, reach, quad_segs=16)), inverse=True)
    # clip in lon/lat, so that a cell never leaves ``clip`` by the metres a reprojected edge would
    shapely.prepare(clip)
    crossing = ~shapely.contains_properly(clip, cells)
    cells[crossing] = shapely.intersection(cells[crossing], clip)
    cells = _polygonal(cells)
    keep = ~shapely.is_empty(cells)
    gdf = gpd.GeoDataFrame({"place_id": pd.Series(ids, dtype=object)[keep].to_numpy(),
                            "colocated": pd.Series(colocated, dtype=object)[keep].to_numpy()},
                           geometry=cells[keep], crs="EPSG:4326")
    return _as_objects(gdf.sort_values("place_id", kind="stable").reset_index(drop=True), ["place_id", "colocated"])


def _match_cells(cells: np.ndarray, points: np.ndarray) -> np.ndarray:  # pragma: no cover - GEOS < 3.12 only
    tree = shapely.STRtree(cells)
    found = np.empty(len(points), dtype=object)
    for p_idx, c_idx in zip(*tree.query(points, predicate="intersects"), strict=True):
        found[p_idx] = cells[c_idx]
    return found


# --- layers for one day and over time --------------------------------------------------------------

def _states_frame(timeline: Timeline, day: dt.date) -> pd.DataFrame:
    frame = timeline.state_on(day).to_frame()
    if "bloc" not in frame.columns:
        frame["bloc"] = None
    return frame


def place_layer(timeline: Timeline, day: dt.date, gaz: Gazetteer, place_ids: Sequence[str]) -> gpd.GeoDataFrame:
    """One point per place id (duplicates dropped, order kept) with its gazetteer facts and its state
    on ``day``: ``place_id, name, name_ar, kind, population, adm1..adm3`` and their P-codes,
    ``side, bloc, status, since, event_id, certainty, challenger``. A place without a known state
    has status ``"unknown"`` and side ``None``."""
    ids = list(dict.fromkeys(place_ids))
    if not ids:
        return _empty(_PLACE_COLUMNS)
    states = timeline.state_on(day)
    rows = []
    for pid in ids:
        p, s = gaz[pid], states[pid]
        rows.append({"place_id": pid, "name": p.name, "name_ar": p.name_ar, "kind": p.kind,
                     "population": p.population, "adm1": p.adm1, "adm1_pcode": p.adm1_pcode, "adm2": p.adm2,
                     "adm2_pcode": p.adm2_pcode, "adm3": p.adm3, "adm3_pcode": p.adm3_pcode, "side": s.side,
                     "bloc": s.bloc, "status": s.status, "since": s.since, "event_id": s.event_id,
                     "certainty": s.certainty, "challenger": s.challenger})
    frame = pd.DataFrame(rows, columns=_PLACE_COLUMNS)
    frame["population"] = frame["population"].astype("Int64")
    frame["since"] = pd.to_datetime(frame["since"])
    points = gpd.points_from_xy([gaz[i].lon for i in ids], [gaz[i].lat for i in ids], crs="EPSG:4326")
    return _as_objects(gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326"), _TEXT_COLUMNS)


def area_layer(timeline: Timeline, cells: gpd.GeoDataFrame, day: dt.date) -> gpd.GeoDataFrame:
    """The cells whose settlement has a known state on ``day``, with ``side, bloc, status, certainty,
    since, event_id, challenger``; ordered by place id. Cells of settlements with no event or
    baseline behind them are not in the result."""
    merged = cells[["place_id", "geometry"]].merge(_states_frame(timeline, day)[_STATE_COLUMNS[:]],
                                                   on="place_id", how="inner")
    merged = merged[[*_STATE_COLUMNS, "geometry"]].sort_values("place_id", kind="stable").reset_index(drop=True)
    return _as_objects(gpd.GeoDataFrame(merged, geometry="geometry", crs=cells.crs), _TEXT_COLUMNS)


def area_periods(timeline: Timeline, cells: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per (cell, control period of its settlement): ``place_id, side, bloc, status,
    certainty, start, end`` (datetimes; ``end`` is the last day, NaT while in force), ``event_id,
    challenger, campaign`` and the cell; ordered by place id and start."""
    frame = timeline.to_frame()
    if "bloc" not in frame.columns:
        frame["bloc"] = None
    merged = cells[["place_id", "geometry"]].merge(frame[_PERIOD_COLUMNS], on="place_id", how="inner")
    merged = merged[[*_PERIOD_COLUMNS, "geometry"]].sort_values(["place_id", "start"], kind="stable")
    return _as_objects(gpd.GeoDataFrame(merged.reset_index(drop=True), geometry="geometry", crs=cells.crs),
                       _TEXT_COLUMNS)


def order_sides(sides: Iterable[object], actors: Actors | None) -> list[str]:
    """Distinct sides in the order of ``actors.yaml`` (unknown ids last, alphabetically); anything
    but a non-empty string (``None``, NaN from a DataFrame column) is skipped.

    >>> order_sides(["hts", "government", None, float("nan"), "zzz", "hts"], None)
    ['government', 'hts', 'zzz']
    """
    rank = {a: i for i, a in enumerate(actors)} if actors is not None else {}
    return sorted({s for s in sides if isinstance(s, str) and s}, key=lambda s: (rank.get(s, len(rank)), s))


def _settlements(gaz: Gazetteer, place_ids: Sequence[str]) -> list[Place]:
    return [p for p in (gaz[i] for i in dict.fromkeys(place_ids)) if p.kind in SETTLEMENT_KINDS]


def admin_shares(timeline: Timeline, day: dt.date, gaz: Gazetteer, place_ids: Sequence[str], *,
                 level: int = 3) -> gpd.GeoDataFrame:
    """Per district (``level=2``) or subdistrict (``level=3``) holding at least one settlement of
    ``place_ids``: ``pcode, name, n_settlements, n_known``; for each side known that day
    ``n_<side>``, ``share_<side>`` (of the known settlements), ``pop_<side>`` and
    ``pop_share_<side>`` (of the known settlements with a population); ``leading_side`` (most
    settlements, then most population; ``None`` when nothing is known or two sides tie on both);
    and the unit's polygon. Shares are NaN where their denominator is zero. Ordered by P-code."""
    if level not in (2, 3):
        raise InputError(f"admin shares are by district (2) or subdistrict (3), not level {level}", source="level",
                         hint="use level=2 or level=3")
    states = timeline.state_on(day)
    units: dict[str, list[tuple[Place, str | None]]] = {}
    for p in _settlements(gaz, place_ids):
        pcode = p.adm3_pcode if level == 3 else p.adm2_pcode
        if pcode:
            units.setdefault(pcode, []).append((p, states[p.id].side))
    sides = order_sides((s for members in units.values() for _, s in members), timeline.actors)
    base = ["pcode", "name", "n_settlements", "n_known"]
    side_cols = [f"{k}_{s}" for s in sides for k in ("n", "share", "pop", "pop_share")]
    if not units:
        return _empty([*base, *side_cols, "leading_side"])
    bounds = _boundaries(level)
    by_pcode = {pc: i for i, pc in enumerate(bounds["pcode"])}
    rows, geoms = [], []
    for pcode in sorted(units):
        members = units[pcode]
        known = [(p, s) for p, s in members if s is not None]
        pop_known = sum(p.population or 0 for p, _ in known)
        row: dict[str, object] = {"pcode": pcode, "n_settlements": len(members), "n_known": len(known)}
        i = by_pcode.get(pcode)
        first = members[0][0]
        row["name"] = bounds["name"].iat[i] if i is not None else (first.adm3 if level == 3 else first.adm2)
        geoms.append(bounds.geometry.iat[i] if i is not None else None)
        score = {}
        for side in sides:
            n = sum(1 for _, s in known if s == side)
            pop = sum(p.population or 0 for p, s in known if s == side)
            row[f"n_{side}"], row[f"pop_{side}"] = n, pop
            row[f"share_{side}"] = n / len(known) if known else float("nan")
            row[f"pop_share_{side}"] = pop / pop_known if pop_known else float("nan")
            score[side] = (n, pop)
        ranked = sorted(score.items(), key=lambda kv: kv[1], reverse=True)
        lead = ranked[0] if ranked and ranked[0][1][0] > 0 else None
        tie = lead is not None and len(ranked) > 1 and ranked[1][1] == lead[1]
        row["leading_side"] = None if lead is None or tie else lead[0]
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[*base, *side_cols, "leading_side"])
    return _as_objects(gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326"),
                       _TEXT_COLUMNS)


def daily_counts(timeline: Timeline, gaz: Gazetteer, place_ids: Sequence[str], start: dt.date,
                 end: dt.date) -> pd.DataFrame:
    """One row per day from ``start`` to ``end`` (column ``date``) with, for each side holding a
    settlement of ``place_ids`` on some day of the range, ``settlements_<side>`` (how many it
    holds) and ``population_<side>`` (their population, missing counted as 0).

    Built from the control periods with a difference array: cost grows with places plus
    changes, not places times days."""
    if end < start:
        raise InputError(f"end {end} is before start {start}", source="dates", hint="swap the dates")
    n_days = (end - start).days + 1
    first = start.toordinal()
    count: dict[str, np.ndarray] = {}
    people: dict[str, np.ndarray] = {}
    for p in _settlements(gaz, place_ids):
        for period in timeline.history(p.id):
            a = max(period.start.toordinal() - first, 0)
            b = n_days if period.end is None else min(period.end.toordinal() + 1 - first, n_days)
            if a >= b:
                continue
            c = count.setdefault(period.side, np.zeros(n_days + 1, dtype=np.int64))
            q = people.setdefault(period.side, np.zeros(n_days + 1, dtype=np.int64))
            c[a] += 1
            c[b] -= 1
            q[a] += p.population or 0
            q[b] -= p.population or 0
    columns: dict[str, object] = {"date": pd.date_range(start, end, freq="D")}
    for side in order_sides(count, timeline.actors):
        columns[f"settlements_{side}"] = np.cumsum(count[side])[:n_days]
    for side in order_sides(count, timeline.actors):
        columns[f"population_{side}"] = np.cumsum(people[side])[:n_days]
    return pd.DataFrame(columns)


# --- a campaign's scope ------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Scope:
    """What a campaign's maps and exports cover: its events and timeline, its places, the region of
    its ``areas`` and the control cells of every settlement in it (computed on first use).

    ``campaign_id`` is ``None`` for the regional view (every campaign together)."""

    campaign_id: str | None
    title: str
    start: dt.date
    end: dt.date
    areas: tuple[str, ...]
    place_ids: tuple[str, ...]
    events: tuple[ControlEvent, ...] = field(repr=False)
    timeline: Timeline
    gaz: Gazetteer = field(repr=False)
    max_km: float = 8.0

    @cached_property
    def region(self) -> BaseGeometry:
        """The areas, plus a circle around any settlement in scope that lies outside them."""
        region = region_of(self.areas, self.gaz) if self.areas else shapely.Polygon()
        outside = [p.id for p in _settlements(self.gaz, self.place_ids)
                   if not shapely.intersects_xy(region, p.lon, p.lat)]
        return region_of([*self.areas, *outside], self.gaz) if outside else region

    @cached_property
    def settlements(self) -> tuple[Place, ...]:
        return tuple(settlements_in(self.gaz, self.region))

    @cached_property
    def cells(self) -> gpd.GeoDataFrame:
        return control_cells(self.settlements, clip=self.region, max_km=self.max_km)


def region_title(seeds: Seeds) -> str:
    """The title of the regional view: the years its campaigns span."""
    first = min(c.start for c in seeds.campaigns).year
    last = max(c.end for c in seeds.campaigns).year
    return f"Homs and its region, {first}\u2013{last}" if first != last else f"Homs and its region, {first}"


def campaign_scope(seeds: Seeds, campaign_id: str | None, gaz: Gazetteer, *, max_km: float = 8.0) -> Scope:
    """The :class:`Scope` of one campaign, or with ``None`` of all of them (the regional timeline,
    the union of every campaign's areas and places, from the first start to the last end).
    Raises :class:`~homsmap.errors.UnknownCampaignError` for an unknown id."""
    if campaign_id is not None:
        c = seeds.campaign(campaign_id)
        return Scope(c.id, c.title, c.start, c.end, c.areas, c.place_ids, c.all_events,
                     timeline_for(seeds, c.id), gaz, max_km)
    if not seeds.campaigns:
        raise InputError("no campaigns", source="seeds", hint="add a campaign file under seeds/")
    areas = tuple(dict.fromkeys(a for c in seeds.campaigns for a in c.areas))
    places = tuple(sorted({p for c in seeds.campaigns for p in c.place_ids}))
    return Scope(None, region_title(seeds), min(c.start for c in seeds.campaigns), max(c.end for c in seeds.campaigns),
                 areas, places, seeds.events(), timeline_for(seeds), gaz, max_km)
