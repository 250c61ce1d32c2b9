"""Exports on the real seeds: RFC 7946 GeoJSON, a GeoPackage that QGIS animates with no set-up, an
ACLED-layout CSV; deterministic text, atomic writes, clear errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import pandas as pd
import pyogrio
import pytest

from homsmap import export
from homsmap.errors import InputError, OutputError, UnknownCampaignError
from homsmap.events import Seeds, load_seeds
from homsmap.export import (
    ACLED_COLUMNS,
    acled_event_type,
    events_to_acled_csv,
    to_geojson,
    write_campaign_exports,
    write_gpkg,
)
from homsmap.gazetteer import Gazetteer
from homsmap.territory import Scope
from homsmap.timeline import timeline_for

HO24 = "2024-12-homs-offensive"
SYRIA_BBOX = (35.5, 32.3, 42.5, 37.4)  # lon_min, lat_min, lon_max, lat_max
ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}




@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds: Seeds, gaz: Gazetteer) -> Path:
    out = tmp_path_factory.mktemp("exports")
    write_campaign_exports(out, HO24, seeds=seeds, campaign_id=HO24, gaz=gaz)
    write_campaign_exports(out, "region", seeds=seeds, campaign_id=None, gaz=gaz)
    return out


def _decimals(x: float) -> int:
    text = repr(x)
    return len(text.split(".")[1]) if "." in text else 0


def _check_rfc7946(text: str) -> dict[str, object]:
    doc = json.loads(text)
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    for f in doc["features"]:
        assert f["type"] == "Feature" and set(f) == {"type", "properties", "geometry"} and "crs" not in f
        geom = f["geometry"]
        rings = {"Point": [[geom["coordinates"]]], "Polygon": geom["coordinates"]}.get(geom["type"])
        assert rings is not None, geom["type"]
        for ring in rings:
            for lon, lat in ring:
                assert SYRIA_BBOX[0] <= lon <= SYRIA_BBOX[2] and SYRIA_BBOX[1] <= lat <= SYRIA_BBOX[3]
                assert _decimals(lon) <= 5 and _decimals(lat) <= 5
        if geom["type"] == "Polygon":  # right-hand rule: exterior counter-clockwise (positive shoelace area)
            ext = geom["coordinates"][0]
            assert sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(ext)) > 0
    return doc


# --- GeoJSON ---------------------------------------------------------------------------------------

def test_geojson_is_rfc7946_one_feature_per_period_and_byte_identical(seeds: Seeds, gaz: Gazetteer) -> None:
    for cid in (HO24, None):
        timeline = timeline_for(seeds, cid)
        text = to_geojson(timeline, gaz)
        doc = _check_rfc7946(text)
        features = doc["features"]
        assert isinstance(features, list) and len(features) == len(timeline.periods)
        for f, p in zip(features, timeline.periods, strict=True):
            props = f["properties"]
            assert list(props) == ["place_id", "name", "side", "bloc", "status", "certainty", "start", "end",
                                   "event_id", "campaign", "challenger"]
            assert (props["place_id"], props["side"], props["event_id"]) == (p.place_id, p.side, p.event_id)
            assert props["start"] == p.start.isoformat() and dt.date.fromisoformat(props["start"])
            assert props["end"] == (p.end.isoformat() if p.end else None)
            assert props["bloc"] == seeds.actors.bloc_of(p.side)
            assert f["geometry"]["coordinates"] == [round(gaz[p.place_id].lon, 5), round(gaz[p.place_id].lat, 5)]
        again = to_geojson(timeline_for(load_seeds(), cid), gaz)
        assert again.encode() == text.encode()
    some = to_geojson(timeline_for(seeds, HO24), gaz, place_ids=["wof:421168647"])
    assert {f["properties"]["place_id"] for f in json.loads(some)["features"]} == {"wof:421168647"}


def test_written_geojson_and_csv_are_byte_identical_across_builds(built: Path, seeds: Seeds, gaz: Gazetteer,
                                                                  tmp_path: Path) -> None:
    paths = write_campaign_exports(tmp_path, HO24, seeds=load_seeds(), campaign_id=HO24, gaz=gaz,
                                   formats=("geojson", "csv"))
    assert [p.name for p in paths] == [f"{HO24}.geojson", f"{HO24}_events.csv"]
    for p in paths:
        assert p.read_bytes() == (built / p.name).read_bytes()
    _check_rfc7946((built / "region.geojson").read_text(encoding="utf-8"))


# --- GeoPackage ------------------------------------------------------------------------------------

def test_gpkg_layers_fields_datetimes_and_qgis_styles(built: Path, seeds: Seeds, ho24: Scope) -> None:
    path = built / f"{HO24}.gpkg"
    layers = dict(pyogrio.list_layers(path))
    assert set(layers) == {"places", "events", "control_periods", "control_areas", "layer_styles"}
    assert layers["control_areas"] == "MultiPolygon" and layers["control_periods"] == "Point"
    frames = {name: pyogrio.read_dataframe(path, layer=name) for name in layers}
    periods, areas = frames["control_periods"], frames["control_areas"]
    assert len(periods) == len(ho24.timeline.periods)
    assert len(frames["events"]) == len(ho24.events) and len(frames["places"]) == len(ho24.place_ids)
    assert {"place_id", "name", "side", "side_name", "bloc", "status", "certainty", "event_id", "start",
            "end"} <= set(periods.columns)
    assert {"event_id", "action", "gains", "loses", "certainty", "citation", "note", "start", "end"} <= set(
        frames["events"].columns)
    for frame in (periods, areas, frames["events"]):
        assert str(frame["start"].dtype).startswith("datetime64") and str(frame["end"].dtype).startswith("datetime64")
    by_key = {(p.place_id, p.start): p for p in ho24.timeline.periods}
    for row in periods.itertuples():
        p = by_key[(row.place_id, row.start.date())]
        assert row.start == pd.Timestamp(p.start)
        if p.end is None:
            assert pd.isna(row.end)
        else:
            assert row.end == pd.Timestamp(p.end) + pd.Timedelta(hours=23, minutes=59, seconds=59)
    assert set(areas["place_id"]) <= set(ho24.cells["place_id"]) and "wof:421168647" in set(areas["place_id"])
    assert set(zip(areas["place_id"], areas["start"], strict=True)) <= set(
        zip(periods["place_id"], periods["start"], strict=True))

    styles = frames["layer_styles"].set_index("f_table_name")
    assert set(styles.index) == {"places", "events", "control_periods", "control_areas"}
    for name, row in styles.iterrows():
        info = pyogrio.read_info(path, layer=name)
        assert row["f_geometry_column"] == info["geometry_name"] and bool(row["useAsDefault"])
        assert row["f_table_schema"] == "" and row["styleName"] == name
        root = ET.fromstring(row["styleQML"].split("\n", 1)[1])
        assert root.tag == "qgis"
        temporal = root.find("temporal")
        assert temporal is not None
        if name == "places":
            assert temporal.get("enabled") == "0"
            continue
        assert (temporal.get("enabled"), temporal.get("mode")) == ("1", "2")
        assert (temporal.get("startField"), temporal.get("endField")) == ("start", "end")
        renderer = root.find("renderer-v2")
        assert renderer is not None and renderer.get("type") == "categorizedSymbol"
        assert renderer.get("attr") == ("gains" if name == "events" else "side")
        colours = {c.get("value"): c.get("symbol") for c in renderer.iter("category")}
        symbols = {s.get("name"): s for s in renderer.iter("symbol")}
        for side in set(frames[name][renderer.get("attr")].dropna()):
            colour = seeds.actors[side].colour
            rgb = ",".join(str(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
            prop = next(p for p in symbols[colours[side]].iter("prop") if p.get("k") == "color")
            assert prop.get("v", "").startswith(rgb + ","), (name, side)


def test_write_gpkg_directly_is_atomic(tmp_path: Path, gaz: Gazetteer, ho24: Scope,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "c.gpkg"
    kwargs = {"campaign_events": ho24.events, "timeline": ho24.timeline, "gaz": gaz, "place_ids": ho24.place_ids,
              "cells": ho24.cells}
    assert write_gpkg(target, **kwargs) == target  # type: ignore[arg-type]
    before = target.read_bytes()

    def broken(*args: object, **kw: object) -> None:
        raise OutputError("disk full", source="x")

    monkeypatch.setattr(export, "_write_gpkg_file", broken)
    with pytest.raises(OutputError):
        write_gpkg(target, **kwargs)  # type: ignore[arg-type]
    assert target.read_bytes() == before and os.listdir(target.parent) == ["c.gpkg"]


# --- ACLED CSV -------------------------------------------------------------------------------------

def test_acled_csv_layout_and_values(built: Path, seeds: Seeds, gaz: Gazetteer) -> None:
    for name, events in ((HO24, seeds.events(HO24)), ("region", seeds.events())):
        text = (built / f"{name}_events.csv").read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text)))
        assert tuple(rows[0]) == ACLED_COLUMNS == (
            "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
            "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes")
        body = [dict(zip(ACLED_COLUMNS, r, strict=True)) for r in rows[1:]]
        not_baseline = [e for e in events if e.kind != "baseline"]
        assert sorted(r["event_id_cnty"] for r in body) == sorted(f"SYR-HM-{e.id}" for e in not_baseline)
        by_id = {f"SYR-HM-{e.id}": e for e in not_baseline}
        for r in body:
            e = by_id[r["event_id_cnty"]]
            day = dt.date.fromisoformat(r["event_date"])
            assert e.date <= day <= (e.date_end or e.date)
            assert r["time_precision"] in {"1", "2", "3"} and r["geo_precision"] in {"1", "2", "3"}
            assert r["sub_event_type"] in ACLED_TYPES[r["event_type"]]
            lat, lon = float(r["latitude"]), float(r["longitude"])
            assert SYRIA_BBOX[1] <= lat <= SYRIA_BBOX[3] and SYRIA_BBOX[0] <= lon <= SYRIA_BBOX[2]
            assert r["location"] == gaz[e.place_id].name and r["admin1"] == gaz[e.place_id].adm1
            assert e.citation in r["notes"] and e.certainty in r["notes"]
            assert r["source"].endswith(f"({e.document})")
        assert [(r["event_date"], r["event_id_cnty"]) for r in body] == sorted(
            (r["event_date"], r["event_id_cnty"]) for r in body)
    doc = {c.document.file: c.document for c in seeds.campaigns}
    assert events_to_acled_csv(seeds.events(), gaz, seeds.actors, documents=doc) == (
        built / "region_events.csv").read_text(encoding="utf-8")


def test_acled_codes_follow_the_codebook(seeds: Seeds, gaz: Gazetteer) -> None:
    text = events_to_acled_csv(seeds.events(HO24), gaz, seeds.actors,
                               documents={c.document.file: c.document for c in seeds.campaigns})
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(text))}
    hama = rows["SYR-HM-ho24-001"]  # the Military Operations Command captured Hama on 5 December
    assert (hama["event_type"], hama["sub_event_type"]) == ("Battles", "Non-state actor overtakes territory")
    assert hama["time_precision"] == "1" and hama["geo_precision"] == "1" and hama["source"].startswith("Wikipedia")
    assert hama["actor1"] == seeds.actors["military-operations-command"].name
    assert rows["SYR-HM-ho24-004"]["sub_event_type"] == "Non-violent transfer of territory"  # withdrew
    assert rows["SYR-HM-ho24-004"]["time_precision"] == "2"  # approximate date
    assert rows["SYR-HM-ho24-014"]["sub_event_type"] == "Air/drone strike"
    assert rows["SYR-HM-ho24-010"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert rows["SYR-HM-ho24-006"]["geo_precision"] == "2"  # a base known only to be near Tir Ma'la
    by_id = {e.id: e for e in seeds.events()}
    assert acled_event_type(by_id["nh18-003"], seeds.actors) == ("Battles", "Government regains territory")
    assert acled_event_type(by_id["nh18-023"], seeds.actors) == (
        "Strategic developments", "Non-violent transfer of territory")  # handed over under the deal
    assert acled_event_type(by_id["nh18-001"], seeds.actors) == ("Battles", "Armed clash")  # attacked
    assert acled_event_type(by_id["hc14-002"], seeds.actors) == ("Strategic developments", "Other")  # planned
    assert acled_event_type(by_id["nh18-009"], seeds.actors) == ("Strategic developments", "Agreement")
    qalamoun = events_to_acled_csv(seeds.events("2018-04-eastern-qalamoun-offensive"), gaz, seeds.actors)
    region_rows = [r for r in csv.DictReader(io.StringIO(qalamoun)) if r["location"] == "Eastern Qalamoun"]
    assert region_rows and all(r["geo_precision"] == "3" for r in region_rows)


# --- errors and atomicity --------------------------------------------------------------------------

def test_export_errors(tmp_path: Path, seeds: Seeds, gaz: Gazetteer) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as err:
        write_campaign_exports(blocker / "sub", HO24, seeds=seeds, campaign_id=HO24, gaz=gaz, formats=("csv",))
    assert str(blocker / "sub") in str(err.value)
    with pytest.raises(OutputError, match="not a folder"):
        write_campaign_exports(blocker, HO24, seeds=seeds, campaign_id=HO24, gaz=gaz, formats=("csv",))
    with pytest.raises(InputError, match="unknown export format"):
        write_campaign_exports(tmp_path, HO24, seeds=seeds, campaign_id=HO24, gaz=gaz, formats=("shp",))
    with pytest.raises(InputError, match="bad output name"):
        write_campaign_exports(tmp_path, "../x", seeds=seeds, campaign_id=HO24, gaz=gaz)
    with pytest.raises(UnknownCampaignError):
        write_campaign_exports(tmp_path, "x", seeds=seeds, campaign_id="1999-01-nowhere", gaz=gaz)
    assert sorted(os.listdir(tmp_path)) == ["a-file"]


def test_failed_build_leaves_previous_outputs_untouched(tmp_path: Path, seeds: Seeds, gaz: Gazetteer,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    name = "2014-05-homs-ceasefire"
    first = write_campaign_exports(tmp_path, name, seeds=seeds, campaign_id=name, gaz=gaz)
    before = {p.name: p.read_bytes() for p in first}

    def broken(*args: object, **kw: object) -> None:
        raise OutputError("disk full", source=str(tmp_path))

    monkeypatch.setattr(export, "_write_gpkg_file", broken)
    with pytest.raises(OutputError, match="disk full"):
        write_campaign_exports(tmp_path, name, seeds=seeds, campaign_id=name, gaz=gaz)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no temporary left, nothing changed
