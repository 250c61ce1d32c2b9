"""A geopy geocoder backed by the curated gazetteer, so homsmap plugs into geopy pipelines.

>>> geo = HomsmapGeocoder()
>>> loc = geo.geocode("Ar Rastan")
>>> loc.address, round(loc.latitude, 3), round(loc.longitude, 3), loc.raw["status"]
('Al-Rastan, Ar-Rastan, Homs, Syria', 34.927, 36.732, 'resolved')
>>> geo.geocode("Beirut") is None
True
>>> geo.reverse((34.842, 36.731)).raw["name"]
'Talbiseh'

No network I/O: every answer comes from ``gazetteer/places.csv``. :class:`FallbackGeocoder` adds an
opt-in online lookup (Nominatim, limited to Syria, rate-limited and cached) for names the gazetteer
does not know; it never runs unless a user builds one.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from homsmap.gazetteer import Gazetteer, Place, load_gazetteer
from homsmap.names import normalize_name
from homsmap.resolve import Context, Match, resolve

__all__ = ["REVERSE_KINDS", "FallbackGeocoder", "HomsmapGeocoder"]

log = logging.getLogger(__name__)

REVERSE_KINDS = ("city", "town", "village", "neighbourhood")
EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LAT = EARTH_RADIUS_KM * math.pi / 180.0
# Syria and a margin: online answers outside it are not Syrian places.
SYRIA_BBOX = (32.0, 35.4, 37.6, 42.6)  # south, west, north, east

ContextPlace: TypeAlias = "Place | Location | Point | tuple[float, float] | str"


def _address(place: Place) -> str:
    return ", ".join(p for p in (place.name, place.adm2, place.adm1, "Syria") if p)


def _location(place: Place, raw: dict[str, Any]) -> Location:
    return Location(_address(place), (place.lat, place.lon), raw)


class HomsmapGeocoder(Geocoder):  # type: ignore[misc]  # geopy ships no type information
    """Geocode Syrian place names with :func:`homsmap.resolve.resolve`; reverse to the nearest settlement.

    ``min_confidence`` turns matches with a lower confidence into ``None``. ``timeout`` is accepted
    for geopy compatibility and ignored: nothing here waits on a network.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0,
                 user_agent: str = "homsmap") -> None:
        super().__init__(user_agent=user_agent)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.min_confidence = min_confidence
        settlements = [p for p in self.gazetteer.places if p.kind in REVERSE_KINDS]
        settlements.sort(key=lambda p: (p.lat, p.lon, p.id))
        self._settlements: tuple[Place, ...] = tuple(settlements)
        self._lat = np.array([p.lat for p in settlements], dtype=np.float64)
        self._lon = np.array([p.lon for p in settlements], dtype=np.float64)

    def __repr__(self) -> str:
        return f"<HomsmapGeocoder over {self.gazetteer!r}>"

    def _context(self, context_places: Iterable[ContextPlace]) -> Context | None:
        anchors: list[tuple[float, float, float]] = []
        for item in context_places:
            if isinstance(item, Place):
                anchors.append((item.lat, item.lon, 1.0))
            elif isinstance(item, (Location, Point)):
                anchors.append((item.latitude, item.longitude, 1.0))
            elif isinstance(item, str):
                try:  # a gazetteer id, else a name
                    place: Place | None = self.gazetteer[item]
                except LookupError:  # ``item in gazetteer`` would not do: its KeyError is a LookupError
                    place = resolve(self.gazetteer, item).place
                if place is not None:
                    anchors.append((place.lat, place.lon, 1.0))
            else:
                anchors.append((float(item[0]), float(item[1]), 1.0))
        return Context(anchors=tuple(anchors)) if anchors else None

    def match(self, query: str, *, context_places: Iterable[ContextPlace] = ()) -> Match:
        """The full :class:`~homsmap.resolve.Match` for ``query`` (what :meth:`geocode` summarises).

        ``context_places`` are the other places of the document: :class:`Place` records, geopy
        points or locations, ``(lat, lon)`` pairs, gazetteer ids or names.
        """
        return resolve(self.gazetteer, query, context=self._context(context_places))

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None,
                context_places: Iterable[ContextPlace] = (), include_ambiguous: bool = False
                ) -> Location | list[Location] | None:
        """A :class:`geopy.location.Location` for ``query``, or ``None`` when the gazetteer cannot say.

        An ambiguous name gives ``None`` unless ``include_ambiguous`` (then its best candidate).
        With ``exactly_one=False`` the answer is the ranked candidates (resolved or ambiguous).
        ``raw`` is the match's :meth:`~homsmap.resolve.Match.to_dict`.

        >>> [loc.raw["candidate"]["kind"] for loc in HomsmapGeocoder().geocode("Talbiseh", exactly_one=False)]
        ['town', 'subdistrict']
        """
        del timeout  # no network: nothing to time out
        found = self.match(str(query), context_places=context_places)
        return self._answer(found, exactly_one=exactly_one, include_ambiguous=include_ambiguous)

    def _answer(self, found: Match, *, exactly_one: bool, include_ambiguous: bool
                ) -> Location | list[Location] | None:
        if found.status == "unknown" or found.confidence < self.min_confidence:
            return None
        raw = found.to_dict()
        if not exactly_one:
            return [_location(c.place, {**raw, "candidate": c.to_dict()}) for c in found.candidates] or None
        if found.place is not None:
            return _location(found.place, raw)
        if include_ambiguous and found.candidates:
            best = found.candidates[0]
            return _location(best.place, {**raw, "candidate": best.to_dict()})
        return None

    def reverse(self, query: Point | tuple[float, float] | str, *, exactly_one: bool = True,
                timeout: float | None = None, max_distance_km: float | None = 25.0, limit: int = 5
                ) -> Location | list[Location] | None:
        """The nearest settlement (city, town, village or neighbourhood) to a point.

        ``None`` when there is none within ``max_distance_km`` (``None``: no limit). With
        ``exactly_one=False`` the ``limit`` nearest, nearest first. ``raw`` is the place's
        :meth:`~homsmap.gazetteer.Place.to_dict` plus ``distance_km``.
        """
        del timeout
        point = query if isinstance(query, Point) else Point(query)
        found = self._nearest(point.latitude, point.longitude, 1 if exactly_one else max(1, limit))
        out = [_location(p, {**p.to_dict(), "distance_km": round(d, 3)})
               for p, d in found if max_distance_km is None or d <= max_distance_km]
        if not out:
            return None
        return out[0] if exactly_one else out

    def _nearest(self, lat: float, lon: float, k: int) -> list[tuple[Place, float]]:
        """The ``k`` nearest settlements: a latitude window on the sorted array, widened until exact."""
        if not len(self._lat):
            return []
        window = 0.1  # degrees of latitude
        while True:
            lo = int(np.searchsorted(self._lat, lat - window, side="left"))
            hi = int(np.searchsorted(self._lat, lat + window, side="right"))
            if hi - lo >= k or (lo == 0 and hi == len(self._lat)):
                dist = _haversine(lat, lon, self._lat[lo:hi], self._lon[lo:hi])
                order = np.argsort(dist, kind="stable")[:k]
                # Places outside the window are at least window * km/degree away.
                if len(order) and (dist[order[-1]] <= window * KM_PER_DEGREE_LAT
                                   or (lo == 0 and hi == len(self._lat))):
                    return [(self._settlements[lo + int(i)], float(dist[i])) for i in order]
            window *= 2


def _haversine(lat: float, lon: float, lats: np.ndarray[Any, Any], lons: np.ndarray[Any, Any]
               ) -> np.ndarray[Any, Any]:
    p1, p2 = math.radians(lat), np.radians(lats)
    a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2
    result: np.ndarray[Any, Any] = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))
    return result


class FallbackGeocoder(HomsmapGeocoder):
    """The gazetteer first; for names it does not know at all, an online geocoder (opt-in).

    The online geocoder (default: geopy's Nominatim, built on first use) is asked with
    ``country_codes="sy"`` through a :class:`~geopy.extra.rate_limiter.RateLimiter`
    (``min_delay_seconds``, 1 s by default, as Nominatim's usage policy asks). Only *unknown*
    names go online: an ambiguous name stays unanswered (an online geocoder would pick one
    silently) and so does a well-known foreign one. Answers, including "not found", are cached in
    memory and, when ``cache_path`` is given, in that JSON file. A network failure logs a warning,
    gives ``None`` and is not cached; after ``max_failures`` failures in a row the session stays
    offline.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0,
                 online: Any = None, cache_path: str | Path | None = None, min_delay_seconds: float = 1.0,
                 user_agent: str = "homsmap", max_failures: int = 3) -> None:
        super().__init__(gazetteer=gazetteer, min_confidence=min_confidence, user_agent=user_agent)
        self._online = online
        self._lookup: Callable[..., Any] | None = None
        self.min_delay_seconds = min_delay_seconds
        self.max_failures = max_failures
        self.failures = 0
        self.cache_path = Path(cache_path) if cache_path is not None else None
        self.cache: dict[str, dict[str, Any] | None] = {}
        if self.cache_path is not None and self.cache_path.is_file():
            try:
                loaded = json.loads(self.cache_path.read_text(encoding="utf-8"))
                self.cache.update(loaded if isinstance(loaded, dict) else {})
            except (OSError, ValueError) as exc:
                log.warning("ignoring unreadable geocoder cache %s: %s", self.cache_path, exc)

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None,
                context_places: Iterable[ContextPlace] = (), include_ambiguous: bool = False
                ) -> Location | list[Location] | None:
        """:meth:`HomsmapGeocoder.geocode`, then the online geocoder for a name the gazetteer lacks."""
        found = self.match(str(query), context_places=context_places)
        if found.status != "unknown" or found.reason.startswith("outside Syria") or not normalize_name(query):
            return self._answer(found, exactly_one=exactly_one, include_ambiguous=include_ambiguous)
        location = self._online_geocode(str(query), timeout)
        if location is None:
            return None
        return location if exactly_one else [location]

    def _online_geocode(self, query: str, timeout: float | None) -> Location | None:
        key = normalize_name(query)
        if key not in self.cache:
            if self.failures >= self.max_failures:
                return None
            try:
                answer = self._rate_limited()(query, exactly_one=True, country_codes="sy",
                                              **({"timeout": timeout} if timeout is not None else {}))
            except GeopyError as exc:
                self.failures += 1
                log.warning("online geocoding of %r failed (%s: %s); no answer for it",
                            query, type(exc).__name__, exc)
                if self.failures == self.max_failures:
                    log.warning("%d online failures in a row: staying offline", self.failures)
                return None
            self.failures = 0
            self.cache[key] = self._entry(answer)
            self._save()
        entry = self.cache[key]
        if entry is None:
            return None
        return Location(entry["address"], (entry["lat"], entry["lon"]), entry["raw"])

    @staticmethod
    def _entry(answer: Any) -> dict[str, Any] | None:
        if isinstance(answer, list):
            answer = answer[0] if answer else None
        if answer is None:
            return None
        lat, lon = float(answer.latitude), float(answer.longitude)
        south, west, north, east = SYRIA_BBOX
        if not (south <= lat <= north and west <= lon <= east):
            return None
        raw = answer.raw if isinstance(answer.raw, dict) else {}
        return {"address": str(answer.address), "lat": lat, "lon": lon,
                "raw": {**raw, "homsmap_source": "online"}}

    def _rate_limited(self) -> Callable[..., Any]:
        if self._lookup is None:
            if self._online is None:
                from geopy.geocoders import Nominatim

                self._online = Nominatim(user_agent=self.headers["User-Agent"])
            self._lookup = RateLimiter(self._online.geocode, min_delay_seconds=self.min_delay_seconds,
                                       max_retries=0, swallow_exceptions=False,
                                       error_wait_seconds=self.min_delay_seconds)
        return self._lookup

    def _save(self) -> None:
        if self.cache_path is None:
            return
        tmp = self.cache_path.with_name(self.cache_path.name + ".tmp")
        try:
            text = json.dumps(self.cache, ensure_ascii=False, indent=1, sort_keys=True)
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, self.cache_path)
        except OSError as exc:
            log.warning("cannot write geocoder cache %s: %s", self.cache_path, exc)
