"""View frames of :mod:`homsmap.plots`: the lon/lat limits that fit a scope's places to an axes of a given shape,
the basemap clipped to them, and a magnified detail where places crowd together; prepared once per scope.

Private to the plots stage (``territory -> plots``); split out of :mod:`homsmap.plots_draw` so each module stays short.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely

from homsmap.gazetteer import Place
from homsmap.territory import Scope, load_boundaries

__all__: list[str] = []  # private helpers of homsmap.plots

_ADMIN_KINDS = ("governorate", "district", "subdistrict")


# --- views: limits, basemap and a detail, prepared once per scope --------------------------------------

@dataclass(frozen=True)
class _Frame:
    """A view (lon/lat limits for an axes of a given shape) with its basemap clipped to it, and
    possibly a magnified detail set at ``detail_rect`` (axes fraction x, y, w, h)."""

    xlim: tuple[float, float]
    ylim: tuple[float, float]
    land: gpd.GeoSeries
    borders: gpd.GeoSeries
    governorates: tuple[tuple[str, float, float], ...]
    context: tuple[Place, ...]  # towns named for orientation
    detail: _Frame | None = None
    detail_rect: tuple[float, float, float, float] | None = None

    def contains(self, lon: float, lat: float) -> bool:
        return self.xlim[0] <= lon <= self.xlim[1] and self.ylim[0] <= lat <= self.ylim[1]


_FRAMES: weakref.WeakKeyDictionary[Scope, dict[tuple[float, bool], _Frame]] = weakref.WeakKeyDictionary()


def _sites(scope: Scope) -> list[Place]:
    return [scope.gaz[p] for p in dict.fromkeys(scope.place_ids)]


def _frame(scope: Scope, box_aspect: float, *, detail: bool) -> _Frame:
    """The view of ``scope`` for an axes of ``box_aspect`` (width / height), fitted to its places
    with a known state at some time (else all its places, else its region); cached per scope."""
    frames = _FRAMES.setdefault(scope, {})
    key = (round(box_aspect, 3), detail)
    if key not in frames:
        known = set(scope.timeline.places)
        sites = [p for p in _sites(scope) if p.kind not in _ADMIN_KINDS]
        anchors = [p for p in sites if p.id in known] or sites
        if anchors:
            lons, lats = [p.lon for p in anchors], [p.lat for p in anchors]
            bounds = (min(lons), min(lats), max(lons), max(lats))
        else:
            region = scope.region if not scope.region.is_empty else shapely.union_all(load_boundaries(0).geometry)
            bounds = region.bounds
        frame = _basemap(scope, *_fit(bounds, box_aspect, pad=0.14, minimum=0.45))
        frames[key] = _with_detail(scope, frame, box_aspect) if detail else frame
    return frames[key]


def _fit(bounds: tuple[float, float, float, float], box_aspect: float, *, pad: float,
         minimum: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """Lon/lat limits around ``bounds`` (+``pad`` of the span) whose shape, a degree of longitude
    drawn cos(latitude) times a degree of latitude, matches ``box_aspect``."""
    lon0, lat0, lon1, lat1 = bounds
    k = math.cos(math.radians((lat0 + lat1) / 2))
    w, h = (lon1 - lon0) * k, lat1 - lat0
    margin = max(pad * max(w, h), minimum * 0.2)
    w, h = max(w + 2 * margin, minimum), max(h + 2 * margin, minimum)
    w, h = (h * box_aspect, h) if w / h < box_aspect else (w, w / box_aspect)
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    return (cx - w / 2 / k, cx + w / 2 / k), (cy - h / 2, cy + h / 2)


def _basemap(scope: Scope, xlim: tuple[float, float], ylim: tuple[float, float]) -> _Frame:
    """The country and governorates clipped to the view, governorate names, and towns for orientation."""
    view = shapely.box(xlim[0] - 0.05, ylim[0] - 0.05, xlim[1] + 0.05, ylim[1] + 0.05)
    country, govs = load_boundaries(0), load_boundaries(1)
    land = gpd.GeoSeries(shapely.intersection(country.geometry.to_numpy(), view), crs="EPSG:4326")
    borders = gpd.GeoSeries(shapely.intersection(shapely.boundary(govs.geometry.to_numpy()), view), crs="EPSG:4326")
    inner = shapely.box(xlim[0], ylim[0], xlim[1], ylim[1])
    names = []
    for name, geom in zip(govs["name"], govs.geometry, strict=True):
        part = shapely.intersection(geom, inner)
        if not part.is_empty and part.area > 0.1 * inner.area:
            point = part.point_on_surface()
            names.append((" ".join(str(name).upper()), point.x, point.y))
    own = {p.name for p in _sites(scope)}
    context: dict[str, Place] = {}
    for p in scope.gaz.places:
        if (p.name not in own and p.name not in context and xlim[0] < p.lon < xlim[1] and ylim[0] < p.lat < ylim[1]
                and (p.kind == "city" or (p.kind == "town" and (p.population or 0) >= 30000))):
            context[p.name] = p
    towns = tuple(sorted(context.values(), key=lambda p: (p.kind != "city", -(p.population or 0), p.id)))
    return _Frame(xlim, ylim, land, borders, tuple(names), towns)


def _with_detail(scope: Scope, frame: _Frame, box_aspect: float) -> _Frame:
    """Add a magnified view where six or more places crowd into a small part of the map, set along
    the map's edge where it covers none of them; the frame unchanged where there is none."""
    (x0, x1), (y0, y1) = frame.xlim, frame.ylim
    k = math.cos(math.radians((y0 + y1) / 2))
    pts = [p for p in _sites(scope) if p.kind not in _ADMIN_KINDS and frame.contains(p.lon, p.lat)]
    if len(pts) < 6:
        return frame
    xy = np.array([(p.lon * k, p.lat) for p in pts])
    r = 0.07 * (x1 - x0) * k
    dist = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    members = np.flatnonzero(dist[int(np.argmax((dist < r).sum(axis=1)))] < 2.0 * r)
    (lon0, lat0), (lon1, lat1) = xy[members].min(axis=0), xy[members].max(axis=0)
    if len(members) < 6 or max((lon1 - lon0) / ((x1 - x0) * k), (lat1 - lat0) / (y1 - y0)) > 0.4:
        return frame
    aspect = min(max((lon1 - lon0 + 0.2) / (lat1 - lat0 + 0.2), 0.8), 1.4)
    dxlim, dylim = _fit((lon0 / k, lat0, lon1 / k, lat1), aspect, pad=0.12, minimum=0.2)
    zoom = shapely.box(dxlim[0], dylim[0], dxlim[1], dylim[1])
    points = shapely.points([(p.lon, p.lat) for p in pts])
    towns = shapely.points([(p.lon, p.lat) for p in frame.context]) if frame.context else None
    for width in (0.36, 0.32, 0.28):
        height = width * box_aspect / aspect
        if height > 0.56:
            height, width = 0.56, 0.56 * aspect / box_aspect
        best: tuple[float, tuple[float, float, float, float]] | None = None
        for fy in (0.985 - height, 0.015, (1 - height) / 2):
            for fx in (0.985 - width, 0.015, (1 - width) / 2):
                spot = shapely.box(x0 + fx * (x1 - x0) - 0.03, y0 + fy * (y1 - y0) - 0.03,
                                   x0 + (fx + width) * (x1 - x0) + 0.03, y0 + (fy + height) * (y1 - y0) + 0.03)
                if (fx, fy) == ((1 - width) / 2, (1 - height) / 2) or spot.intersects(zoom) or \
                        shapely.intersects(spot, points).any():
                    continue
                score = float(shapely.intersects(spot, towns).sum()) if towns is not None else 0.0
                score += (0.5 if fx < 0.5 and fy < 0.5 else 0.0) + (0.25 if 0.1 < fx < 0.5 or 0.1 < fy < 0.5 else 0.0)
                if best is None or score < best[0]:
                    best = (score, (fx, fy, width, height))
        if best is not None:
            return _Frame(frame.xlim, frame.ylim, frame.land, frame.borders, frame.governorates, frame.context,
                          _basemap(scope, dxlim, dylim), best[1])
    return frame
