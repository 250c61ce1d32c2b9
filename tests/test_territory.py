"""Territory on the real seeds and gazetteer: regions, control cells that tessellate, area layers that
colour only what an event or baseline supports, admin shares that add up, daily counts that agree
with a brute-force count."""

from __future__ import annotations

import datetime as dt
import time

import numpy as np
import pandas as pd
import pytest
import shapely

from homsmap.errors import GazetteerMissingError, InputError, UnknownCampaignError, UnknownPlaceError
from homsmap.events import Seeds
from homsmap.gazetteer import Gazetteer, Place, haversine_km
from homsmap.territory import (
    SETTLEMENT_KINDS,
    Scope,
    admin_shares,
    area_layer,
    area_periods,
    campaign_scope,
    control_cells,
    daily_counts,
    load_boundaries,
    place_layer,
    region_of,
    settlements_in,
)
from homsmap.timeline import UNKNOWN

HOMS_CITY = "wof:421168647"
HO24 = "2024-12-homs-offensive"




@pytest.fixture(scope="module")
def homs_hama(gaz: Gazetteer) -> tuple[shapely.Geometry, list[Place], object, float]:
    region = region_of(["ocha:SY04", "ocha:SY05"], gaz)
    places = settlements_in(gaz, region)
    t0 = time.perf_counter()
    cells = control_cells(places, clip=region)
    return region, places, cells, time.perf_counter() - t0


def metric_area(geoms: object) -> np.ndarray:
    import geopandas as gpd

    return np.asarray(gpd.GeoSeries(geoms, crs="EPSG:4326").to_crs("EPSG:32637").area)


# --- boundaries and regions ----------------------------------------------------------------------

def test_load_boundaries_levels_columns_and_copies() -> None:
    counts = {}
    for level in range(4):
        gdf = load_boundaries(level)
        counts[level] = len(gdf)
        assert gdf.crs.to_epsg() == 4326
        assert list(gdf.columns[:3]) == ["pcode", "name", "name_ar"] and gdf.columns[-1] == "geometry"
        assert gdf["pcode"].is_unique and list(gdf["pcode"]) == sorted(gdf["pcode"])
    assert counts[0] == 1 and counts[1] == 14 and counts[2] > 50 and counts[3] > 250
    assert {"adm1_pcode", "adm2_pcode"} <= set(load_boundaries(3).columns)
    first = load_boundaries(1)
    first.loc[0, "name"] = "changed"
    assert load_boundaries(1).loc[0, "name"] != "changed"
    with pytest.raises(InputError, match="no admin level 4"):
        load_boundaries(4)


def test_load_boundaries_missing_folder_names_it(tmp_path: object) -> None:
    with pytest.raises(GazetteerMissingError, match=r"adm2\.geojson"):
        load_boundaries(2, directory=tmp_path)  # type: ignore[arg-type]


def test_region_of_admin_units_circles_and_errors(gaz: Gazetteer) -> None:
    homs_gov = load_boundaries(1).set_index("pcode").geometry["SY04"]
    region = region_of(["ocha:SY04"], gaz)
    assert abs(region.area - homs_gov.area) < 1e-6 * homs_gov.area
    both = region_of(["ocha:SY04", "ocha:SY0503", "ocha:SY050300"], gaz)
    assert both.area > region.area and both.covers(shapely.Point(gaz["wof:421205163"].lon, gaz["wof:421205163"].lat))
    circle = region_of(["wof:421178433"], gaz)  # al-Rastan: a 10 km circle
    assert metric_area([circle])[0] == pytest.approx(np.pi * 10_000**2, rel=0.01)
    arida = region_of(["hm:arida-crossing"], gaz)  # on the Lebanese border: clipped to Syria
    assert metric_area([arida])[0] < 0.8 * np.pi * 10_000**2
    country = load_boundaries(0).geometry.iloc[0]
    assert shapely.difference(region_of(["ocha:SY04"], gaz, buffer_km=20), country).area < 1e-9
    with pytest.raises(UnknownPlaceError):
        region_of(["ocha:SY99"], gaz)
    with pytest.raises(InputError, match="no areas"):
        region_of([], gaz)


def test_settlements_in_region(gaz: Gazetteer, homs_hama: tuple) -> None:
    _, places, _, _ = homs_hama
    assert [p.id for p in places] == sorted(p.id for p in places)
    assert all(p.kind in SETTLEMENT_KINDS and p.adm1_pcode in ("SY04", "SY05") for p in places)
    assert 1500 < len(places) < 2000
    ids = {p.id for p in places}
    assert HOMS_CITY in ids and "wof:421202161" in ids  # Homs, Hama
    assert "ocha:SY04" not in ids and "hm:northern-homs-pocket" not in ids
    assert settlements_in(gaz, shapely.Polygon()) == []


# --- control cells -------------------------------------------------------------------------------

def test_cells_tessellate_homs_and_hama(gaz: Gazetteer, homs_hama: tuple) -> None:
    region, places, cells, seconds = homs_hama
    assert seconds < 3.0, f"control_cells took {seconds:.2f} s"
    assert list(cells.columns) == ["place_id", "colocated", "geometry"]
    assert list(cells["place_id"]) == sorted(cells["place_id"]) and cells["place_id"].is_unique
    colocated = {i for row in cells["colocated"] for i in row.split()}
    assert set(cells["place_id"]) | colocated == {p.id for p in places}
    geoms = cells.geometry.values
    assert shapely.is_valid(geoms).all() and not shapely.is_empty(geoms).any()
    # no overlaps: the union's area equals the sum of the areas
    areas = metric_area(geoms)
    union = metric_area([shapely.union_all(geoms)])[0]
    assert union == pytest.approx(areas.sum(), rel=1e-6)
    # inside the region (hence the country)
    assert shapely.difference(shapely.union_all(geoms), region).area < 1e-9
    # each cell holds its settlement and reaches no further than max_km from it
    for pid, geom in zip(cells["place_id"], geoms, strict=True):
        p = gaz[pid]
        assert geom.distance(shapely.Point(p.lon, p.lat)) < 1e-9, pid
        xy = shapely.get_coordinates(geom)
        far = max(haversine_km(p.lat, p.lon, lat, lon) for lon, lat in xy)
        assert far <= 8.0 * 1.003, (pid, far)


def test_cells_colocated_places_share_one_cell_and_build_is_deterministic() -> None:
    def place(pid: str, kind: str, lon: float, lat: float, pop: int | None = None) -> Place:
        return Place(pid, pid, "", (), kind, lat, lon, population=pop)

    clip = shapely.box(36.0, 34.0, 37.5, 35.5)
    places = [place("v:b", "village", 36.5, 34.5), place("v:a", "village", 36.5, 34.5),
              place("t:z", "town", 36.5, 34.5), place("v:c", "village", 36.6, 34.6),
              place("f:x", "facility", 36.55, 34.55)]
    cells = control_cells(places, clip=clip, max_km=5)
    assert list(cells["place_id"]) == ["t:z", "v:c"]  # the town owns the shared spot; the facility gets none
    assert list(cells["colocated"]) == ["v:a v:b", ""]
    again = control_cells(list(reversed(places)), clip=clip, max_km=5)
    assert [g.wkb for g in cells.geometry] == [g.wkb for g in again.geometry]
    lone = control_cells([place("v:a", "village", 36.5, 34.5)], clip=clip, max_km=5)
    assert metric_area(lone.geometry.values)[0] == pytest.approx(np.pi * 5000**2, rel=0.01)
    assert control_cells([], clip=clip).empty
    with pytest.raises(InputError, match="max_km"):
        control_cells(places, clip=clip, max_km=0)


# --- layers ----------------------------------------------------------------------------------------

def test_area_layer_colours_only_known_cells(seeds: Seeds, gaz: Gazetteer, ho24: Scope) -> None:
    t, cells = ho24.timeline, ho24.cells
    for day in (dt.date(2024, 12, 4), ho24.start, dt.date(2024, 12, 7), ho24.end):
        layer = area_layer(t, cells, day)
        assert list(layer.columns) == ["place_id", "side", "bloc", "status", "certainty", "since", "event_id",
                                       "challenger", "geometry"]
        for row in layer.itertuples():
            state = t.state_of(row.place_id, day)
            assert state.known and state.side == row.side and state.status == row.status
            assert row.bloc == seeds.actors.bloc_of(row.side)
        known_cells = {pid for pid in cells["place_id"] if t.state_of(pid, day).known}
        assert set(layer["place_id"]) == known_cells
    assert area_layer(t, cells, dt.date(2024, 12, 4)).empty  # before the campaign: nothing is known
    homs = area_layer(t, cells, dt.date(2024, 12, 7)).set_index("place_id").loc[HOMS_CITY]
    assert homs.side == t.state_of(HOMS_CITY, dt.date(2024, 12, 7)).side
    assert homs.geometry.contains(shapely.Point(gaz[HOMS_CITY].lon, gaz[HOMS_CITY].lat))


def test_area_periods_one_row_per_cell_period(ho24: Scope) -> None:
    t, cells = ho24.timeline, ho24.cells
    periods = area_periods(t, cells)
    with_cells = set(cells["place_id"])
    expected = [(p.place_id, p.side, p.start) for p in t.periods if p.place_id in with_cells]
    assert [(r.place_id, r.side, r.start.date()) for r in periods.itertuples()] == expected
    ends = {(p.place_id, p.start): p.end for p in t.periods}
    for r in periods.itertuples():
        end = ends[(r.place_id, r.start.date())]
        assert pd.isna(r.end) if end is None else r.end.date() == end


def test_place_layer_points_for_every_place(gaz: Gazetteer, ho24: Scope) -> None:
    day = dt.date(2024, 12, 6)
    quiet = next(p.id for p in ho24.settlements if p.id not in ho24.timeline.places)  # a village with no event
    ids = [*ho24.place_ids, "wof:421202161", quiet, quiet]
    layer = place_layer(ho24.timeline, day, gaz, ids)
    assert list(layer["place_id"]) == list(dict.fromkeys(ids))
    assert {"ocha:SY0501", "hm:eastern-homs-countryside"} & set(layer["place_id"])  # admin units and regions too
    for row in layer.itertuples():
        state = ho24.timeline.state_of(row.place_id, day)
        assert row.status == state.status and row.side == state.side
        assert row.geometry.x == gaz[row.place_id].lon and row.name == gaz[row.place_id].name
    unknown = layer.set_index("place_id").loc[quiet]
    assert unknown.status == UNKNOWN and unknown.side is None and unknown.event_id is None
    assert {"adm1", "adm2_pcode", "adm3", "population", "since", "challenger"} <= set(layer.columns)
    assert place_layer(ho24.timeline, day, gaz, []).empty


def test_admin_shares_add_up(gaz: Gazetteer, ho24: Scope, seeds: Seeds) -> None:
    region = campaign_scope(seeds, None, gaz)
    for scope, day in ((ho24, dt.date(2024, 12, 7)), (ho24, ho24.end), (region, dt.date(2018, 5, 1))):
        for level in (2, 3):
            shares = admin_shares(scope.timeline, day, gaz, scope.place_ids, level=level)
            assert not shares.empty and shares["pcode"].is_unique
            sides = [c[2:] for c in shares.columns if c.startswith("n_") and c not in ("n_settlements", "n_known")]
            for row in shares.to_dict("records"):
                assert sum(row[f"n_{s}"] for s in sides) == row["n_known"] <= row["n_settlements"]
                if row["n_known"]:
                    assert sum(row[f"share_{s}"] for s in sides) == pytest.approx(1.0)
                    assert row["leading_side"] is None or row[f"n_{row['leading_side']}"] == max(
                        row[f"n_{s}"] for s in sides)
                else:
                    assert row["leading_side"] is None
                if sum(row[f"pop_{s}"] for s in sides):
                    assert sum(row[f"pop_share_{s}"] for s in sides) == pytest.approx(1.0)
            assert shares.geometry.notna().all()
    homs = admin_shares(ho24.timeline, ho24.end, gaz, ho24.place_ids).set_index("pcode").loc["SY040100"]
    assert homs["name"] == "Homs" and homs["n_settlements"] >= 1
    with pytest.raises(InputError, match="level"):
        admin_shares(ho24.timeline, ho24.end, gaz, ho24.place_ids, level=1)


def test_daily_counts_equal_brute_force(gaz: Gazetteer, seeds: Seeds) -> None:
    region = campaign_scope(seeds, None, gaz)
    settlements = [p for p in region.place_ids if gaz[p].kind in SETTLEMENT_KINDS]
    start, end = dt.date(2014, 3, 25), dt.date(2024, 12, 9)
    counts = daily_counts(region.timeline, gaz, region.place_ids, start, end)
    assert len(counts) == (end - start).days + 1 and counts["date"].iloc[0].date() == start
    by_day = counts.set_index("date")
    checks = [start, dt.date(2014, 5, 2), dt.date(2015, 10, 1), dt.date(2018, 4, 20), dt.date(2018, 5, 16),
              dt.date(2024, 12, 6), dt.date(2024, 12, 8), end]
    for day in checks:
        brute: dict[str, list[int]] = {}
        for pid in settlements:
            state = region.timeline.state_of(pid, day)
            if state.side is not None:
                n_pop = brute.setdefault(state.side, [0, 0])
                n_pop[0] += 1
                n_pop[1] += gaz[pid].population or 0
        row = by_day.loc[str(day)]
        sides = {c.removeprefix("settlements_") for c in counts.columns if c.startswith("settlements_")}
        assert set(brute) <= sides
        for side in sides:
            assert row[f"settlements_{side}"] == brute.get(side, [0, 0])[0], (day, side)
            assert row[f"population_{side}"] == brute.get(side, [0, 0])[1], (day, side)
    assert (by_day.loc[str(start)] == 0).all()  # before the first campaign nothing is held
    with pytest.raises(InputError, match="before"):
        daily_counts(region.timeline, gaz, region.place_ids, end, start)


def test_campaign_scope(seeds: Seeds, gaz: Gazetteer, ho24: Scope) -> None:
    assert ho24.campaign_id == HO24 and ho24.areas == ("ocha:SY04", "ocha:SY0501")
    assert set(ho24.place_ids) >= {HOMS_CITY} and len(ho24.timeline) > 0
    assert all(ho24.region.covers(shapely.Point(gaz[p].lon, gaz[p].lat))
               for p in ho24.place_ids if gaz[p].kind in SETTLEMENT_KINDS)
    assert HOMS_CITY in set(ho24.cells["place_id"])
    region = campaign_scope(seeds, None, gaz)
    assert region.campaign_id is None and region.start == min(c.start for c in seeds.campaigns)
    assert set(region.place_ids) == {p for c in seeds.campaigns for p in c.place_ids}
    with pytest.raises(UnknownCampaignError):
        campaign_scope(seeds, "1999-01-nowhere", gaz)
