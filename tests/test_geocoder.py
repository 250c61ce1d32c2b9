"""homsmap.geocoder: the gazetteer as a geopy geocoder, and the opt-in online fallback."""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path
from typing import Any

import pytest
from geopy.exc import GeocoderTimedOut, GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from homsmap.gazetteer import haversine_km, load_gazetteer
from homsmap.geocoder import REVERSE_KINDS, FallbackGeocoder, HomsmapGeocoder

UNKNOWN = "Zzyzx Springs"


@pytest.fixture(scope="module")
def geo() -> HomsmapGeocoder:
    return HomsmapGeocoder()


class FakeOnline:
    """Stands in for Nominatim: records calls, answers from a table or raises."""

    def __init__(self, answers: dict[str, Any] | None = None, error: Exception | None = None) -> None:
        self.answers = answers or {}
        self.error = error
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def geocode(self, query: str, **kwargs: Any) -> Any:
        self.calls.append((query, kwargs))
        if self.error is not None:
            raise self.error
        return self.answers.get(query)


FAKE_ANSWER = Location("Fake Farm, Homs, Syria", (34.80, 36.90), {"place_id": 42, "osm_type": "node"})


# --- the gazetteer geocoder -------------------------------------------------------------------

def test_is_a_geopy_geocoder(geo: HomsmapGeocoder) -> None:
    assert isinstance(geo, Geocoder)
    assert geo.headers["User-Agent"] == "homsmap"


def test_ar_rastan_within_2_km(geo: HomsmapGeocoder) -> None:
    loc = geo.geocode("Ar Rastan")
    assert isinstance(loc, Location)
    assert haversine_km(loc.latitude, loc.longitude, 34.9265, 36.7324) < 2.0
    assert loc.address == "Al-Rastan, Ar-Rastan, Homs, Syria"
    assert loc.raw["status"] == "resolved"
    assert loc.raw["id"] == "wof:421178433"
    assert loc.raw["query"] == "Ar Rastan"


@pytest.mark.parametrize("spelling", ["al-Rastan", "Rastan", "AR-RASTAN", "الرستن"])
def test_spellings_of_rastan_meet(geo: HomsmapGeocoder, spelling: str) -> None:
    loc = geo.geocode(spelling)
    assert loc is not None
    assert loc.raw["id"] == "wof:421178433"


def test_hama_is_the_city(geo: HomsmapGeocoder) -> None:
    loc = geo.geocode("Hama")
    assert loc is not None
    assert loc.raw["kind"] == "city"
    assert loc.raw["name"] == "Hama"
    assert haversine_km(loc.latitude, loc.longitude, 35.1318, 36.7578) < 2.0
    assert loc.address == "Hama, Hama, Hama, Syria"


@pytest.mark.parametrize("name", [UNKNOWN, "Beirut", "Paris", "   ", "x" * 500])
def test_unknown_or_foreign_gives_none(geo: HomsmapGeocoder, name: str) -> None:
    assert geo.geocode(name) is None
    assert geo.geocode(name, exactly_one=False) is None


def test_ambiguous_needs_include_ambiguous(geo: HomsmapGeocoder) -> None:
    assert geo.geocode("Judaydah") is None
    best = geo.geocode("Judaydah", include_ambiguous=True)
    assert isinstance(best, Location)
    assert best.raw["status"] == "ambiguous"
    assert best.raw["candidate"]["name"] == "Judaydah"
    ranked = geo.geocode("Judaydah", exactly_one=False)
    assert isinstance(ranked, list) and len(ranked) >= 5
    assert ranked[0].point == best.point
    scores = [loc.raw["candidate"]["score"] for loc in ranked]
    assert scores == sorted(scores, reverse=True)


def test_exactly_one_false_lists_ranked_candidates(geo: HomsmapGeocoder) -> None:
    ranked = geo.geocode("Talbiseh", exactly_one=False)
    assert isinstance(ranked, list)
    assert [loc.raw["candidate"]["kind"] for loc in ranked] == ["town", "subdistrict"]
    assert all(loc.raw["id"] == ranked[0].raw["candidate"]["id"] for loc in ranked)


def test_context_places_decide_an_ambiguous_name(geo: HomsmapGeocoder) -> None:
    assert geo.geocode("Judaydah") is None  # some twenty villages of that name
    near_homs = geo.geocode("Judaydah", context_places=["Talbiseh", "Ar Rastan", (34.73, 36.68)])
    assert near_homs is not None
    assert near_homs.raw["status"] == "resolved"
    assert near_homs.raw["adm1"] == "Homs"
    assert haversine_km(near_homs.latitude, near_homs.longitude, 34.73, 36.68) < 40
    gaz = load_gazetteer()
    by_record = geo.geocode("Judaydah", context_places=[gaz["wof:421178433"], Point(34.73, 36.68)])
    assert by_record is not None and by_record.raw["id"] == near_homs.raw["id"]


def test_min_confidence(geo: HomsmapGeocoder) -> None:
    assert geo.geocode("Sukhnah") is not None  # confidence 0.7: a town over same-named villages
    strict = HomsmapGeocoder(min_confidence=0.95)
    assert strict.geocode("Sukhnah") is None
    assert strict.geocode("Ar Rastan") is not None  # confidence 1.0


def test_reverse_near_talbiseh(geo: HomsmapGeocoder) -> None:
    loc = geo.reverse((34.842, 36.729))
    assert isinstance(loc, Location)
    assert loc.raw["name"] == "Talbiseh"
    assert loc.raw["kind"] in REVERSE_KINDS
    assert loc.raw["distance_km"] < 1.0
    assert loc.address.startswith("Talbiseh, ")
    assert geo.reverse(Point(34.842, 36.729)).raw["id"] == loc.raw["id"]
    assert geo.reverse("34.842, 36.729").raw["id"] == loc.raw["id"]


def test_reverse_far_away_is_none_unless_unlimited(geo: HomsmapGeocoder) -> None:
    assert geo.reverse((48.8566, 2.3522)) is None  # Paris
    far = geo.reverse((48.8566, 2.3522), max_distance_km=None)
    assert far is not None and far.raw["distance_km"] > 2000


def test_reverse_matches_brute_force(geo: HomsmapGeocoder) -> None:
    gaz = load_gazetteer()
    settlements = [p for p in gaz.places if p.kind in REVERSE_KINDS]
    rng = random.Random(7)
    for _ in range(40):
        lat, lon = rng.uniform(32.3, 37.3), rng.uniform(35.7, 42.3)
        want = min(haversine_km(lat, lon, p.lat, p.lon) for p in settlements)
        got = geo.reverse((lat, lon), max_distance_km=None)
        assert got is not None
        assert got.raw["distance_km"] == pytest.approx(want, abs=1e-3)


def test_reverse_k_nearest_sorted(geo: HomsmapGeocoder) -> None:
    near = geo.reverse((34.842, 36.729), exactly_one=False, limit=4)
    assert isinstance(near, list) and len(near) == 4
    assert near[0].raw["name"] == "Talbiseh"
    distances = [loc.raw["distance_km"] for loc in near]
    assert distances == sorted(distances)


def test_works_under_rate_limiter(geo: HomsmapGeocoder) -> None:
    geocode = RateLimiter(geo.geocode, min_delay_seconds=0.0)
    reverse = RateLimiter(geo.reverse, min_delay_seconds=0.0)
    names = ["Ar Rastan", "Hama", UNKNOWN, "Talbiseh"]
    results = [geocode(n) for n in names]
    assert [r.raw["name"] if r else None for r in results] == ["Al-Rastan", "Hama", None, "Talbiseh"]
    assert reverse((34.842, 36.729)).raw["name"] == "Talbiseh"
    assert geocode("Hama", exactly_one=False)[0].raw["name"] == "Hama"


# --- the online fallback ------------------------------------------------------------------------

def test_fallback_answers_unknown_name_and_caches() -> None:
    fake = FakeOnline({UNKNOWN: FAKE_ANSWER})
    geo = FallbackGeocoder(online=fake, min_delay_seconds=0.0)
    first = geo.geocode(UNKNOWN)
    second = geo.geocode(UNKNOWN)
    assert first is not None and second is not None
    assert first.address == "Fake Farm, Homs, Syria"
    assert (first.latitude, first.longitude) == (34.80, 36.90)
    assert first.raw["place_id"] == 42 and first.raw["homsmap_source"] == "online"
    assert second.point == first.point
    assert len(fake.calls) == 1
    query, kwargs = fake.calls[0]
    assert query == UNKNOWN
    assert kwargs["country_codes"] == "sy"
    assert kwargs["exactly_one"] is True
    assert geo.geocode(UNKNOWN, exactly_one=False)[0].point == first.point
    assert len(fake.calls) == 1


def test_fallback_does_not_go_online_for_known_ambiguous_or_foreign_names() -> None:
    fake = FakeOnline({"Ar Rastan": FAKE_ANSWER, "Judaydah": FAKE_ANSWER, "Beirut": FAKE_ANSWER})
    geo = FallbackGeocoder(online=fake, min_delay_seconds=0.0)
    rastan = geo.geocode("Ar Rastan")
    assert rastan is not None and rastan.raw["id"] == "wof:421178433"
    assert geo.geocode("Judaydah") is None
    assert geo.geocode("Beirut") is None
    assert fake.calls == []


def test_fallback_not_found_is_cached() -> None:
    fake = FakeOnline({})
    geo = FallbackGeocoder(online=fake, min_delay_seconds=0.0)
    assert geo.geocode(UNKNOWN) is None
    assert geo.geocode(UNKNOWN) is None
    assert len(fake.calls) == 1


def test_fallback_rejects_answer_outside_syria() -> None:
    fake = FakeOnline({UNKNOWN: Location("Somewhere, France", (48.85, 2.35), {})})
    geo = FallbackGeocoder(online=fake, min_delay_seconds=0.0)
    assert geo.geocode(UNKNOWN) is None


@pytest.mark.parametrize("error", [GeocoderUnavailable("no network"), GeocoderTimedOut("slow")])
def test_fallback_fails_gracefully(error: Exception, caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeOnline(error=error)
    geo = FallbackGeocoder(online=fake, min_delay_seconds=0.0, max_failures=3)
    with caplog.at_level(logging.WARNING, logger="homsmap.geocoder"):
        assert geo.geocode(UNKNOWN) is None
    assert len(fake.calls) == 1  # no retries that would stall a pipeline
    assert any("failed" in r.getMessage() and type(error).__name__ in r.getMessage() for r in caplog.records)
    assert geo.cache == {}  # a failure is not an answer: not cached
    fake.error = None
    fake.answers = {UNKNOWN: FAKE_ANSWER}
    recovered = geo.geocode(UNKNOWN)
    assert recovered is not None and recovered.address == "Fake Farm, Homs, Syria"
    # The gazetteer keeps answering while the network is down.
    fake.error = error
    assert FallbackGeocoder(online=fake, min_delay_seconds=0.0).geocode("Hama").raw["name"] == "Hama"


def test_fallback_stays_offline_after_repeated_failures() -> None:
    fake = FakeOnline(error=GeocoderUnavailable("no network"))
    geo = FallbackGeocoder(online=fake, min_delay_seconds=0.0, max_failures=2)
    for name in (UNKNOWN, "Qqqxw Village", "Vvvzzk Hill", "Wwwqqz Farm"):
        assert geo.geocode(name) is None
    assert len(fake.calls) == 2


def test_fallback_json_cache_file(tmp_path: Path) -> None:
    path = tmp_path / "online-cache.json"
    fake = FakeOnline({UNKNOWN: FAKE_ANSWER})
    assert FallbackGeocoder(online=fake, cache_path=path, min_delay_seconds=0.0).geocode(UNKNOWN) is not None
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert list(stored) == ["zyzx springs"]  # keyed by normalize_name: "Zyzx Springs" shares it
    assert stored["zyzx springs"]["lat"] == 34.80
    other = FakeOnline(error=GeocoderUnavailable("no network"))
    again = FallbackGeocoder(online=other, cache_path=path, min_delay_seconds=0.0).geocode(UNKNOWN)
    assert again is not None and again.address == "Fake Farm, Homs, Syria"
    assert other.calls == []


def test_fallback_ignores_corrupt_cache_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "cache.json"
    path.write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="homsmap.geocoder"):
        geo = FallbackGeocoder(online=FakeOnline({UNKNOWN: FAKE_ANSWER}), cache_path=path,
                               min_delay_seconds=0.0)
    assert any("unreadable" in r.getMessage() for r in caplog.records)
    assert geo.geocode(UNKNOWN) is not None
    assert json.loads(path.read_text(encoding="utf-8"))["zyzx springs"]["lon"] == 36.90


def test_fallback_default_online_is_nominatim_built_lazily() -> None:
    geo = FallbackGeocoder(min_delay_seconds=0.0)
    assert geo._online is None  # nothing built, nothing sent, until an unknown name needs it
    assert geo.geocode("Hama") is not None
    assert geo._online is None
