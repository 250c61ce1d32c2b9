"""The curated gazetteer: contents, malformed files, and a deterministic rebuild from the reference."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from homsmap.curate import build_gazetteer, load_supplement
from homsmap.errors import GazetteerDataError, GazetteerError, GazetteerMissingError, UnknownPlaceError
from homsmap.gazetteer import Gazetteer, load_gazetteer

GAZ_DIR = Path(__file__).resolve().parent.parent / "gazetteer"


def test_contents(gaz: Gazetteer) -> None:
    kinds = gaz.counts_by_kind()
    assert kinds["village"] > 10_000
    assert kinds["governorate"] == 14 and kinds["district"] == 62 and kinds["subdistrict"] == 272
    assert kinds["neighbourhood"] >= 30  # Homs neighbourhoods from the supplement
    rastan = gaz["wof:421178433"]
    assert (rastan.name, rastan.name_ar, rastan.adm1_pcode, rastan.adm2_pcode) == (
        "Al-Rastan", "الرستن", "SY04", "SY0404")
    assert rastan.geonames_id == "172946" and rastan.wikidata == "Q1867822"
    assert rastan.source_file.endswith("places.csv") and rastan.source_line > 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        rastan.name = "x"  # type: ignore[misc]
    prison = gaz["hm:homs-central-prison"]
    assert prison.adm1 == "Homs" and "coordinates:" in prison.note


def test_every_place_has_admin_units_and_sane_coordinates(gaz: Gazetteer) -> None:
    for place in gaz.places:
        assert 32.0 < place.lat < 37.5 and 35.5 < place.lon < 42.5, place.id
        assert place.adm1_pcode.startswith("SY"), place.id


def test_unknown_id_is_a_lookup_error(gaz: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError) as info:
        gaz["wof:0"]
    assert isinstance(info.value, LookupError) and isinstance(info.value, GazetteerError)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissingError, match=r"no places\.csv"):
        load_gazetteer(tmp_path, cache=False)


def _copy(tmp_path: Path) -> Path:
    for name in ("places.csv", "aliases.csv"):
        shutil.copy(GAZ_DIR / name, tmp_path / name)
    return tmp_path


def test_malformed_places_name_file_and_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    lines = (folder / "places.csv").read_text(encoding="utf-8").splitlines()
    fields = lines[5].split(",")
    fields[5] = "north"
    lines[5] = ",".join(fields)
    (folder / "places.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError) as info:
        load_gazetteer(folder, cache=False)
    assert "places.csv:6: bad coordinates 'north'" in str(info.value)


def test_bad_header_and_bad_alias(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "aliases.csv").write_text("alias,place_id,note\nFoo,wof:1,nothing\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"aliases.csv:2: .*unknown id"):
        load_gazetteer(folder, cache=False)
    (folder / "places.csv").write_text("nope\n1\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"places.csv:1: missing column"):
        load_gazetteer(folder, cache=False)


def test_supplement_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "supplement.yaml"
    path.write_text("- id: hm:ok\n  name: A\n  kind: village\n  lat: 34.7\n  lon: 36.7\n  coord_source: x\n"
                    "- id: hm:swapped\n  name: B\n  kind: village\n  lat: 36.7\n  lon: 34.7\n  coord_source: x\n",
                    encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"supplement.yaml:7: .*not in Syria.*swapped"):
        load_supplement(path)
    path.write_text("- id: hm:ok\n  name: [unclosed\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"supplement.yaml:\d+: YAML syntax error"):
        load_supplement(path)


def test_committed_gazetteer_equals_a_fresh_build(reference_dir: Path, tmp_path: Path) -> None:
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    for out in (out_a, out_b):
        out.mkdir()
        for name in ("supplement.yaml", "aliases.csv", "foreign.csv"):
            shutil.copy(GAZ_DIR / name, out / name)
        build_gazetteer(reference_dir, out)
    built = sorted(p.relative_to(out_a) for p in out_a.rglob("*") if p.is_file())
    assert Path("places.csv") in built and Path("boundaries/adm3.geojson") in built
    for rel in built:
        assert (out_a / rel).read_bytes() == (out_b / rel).read_bytes(), f"{rel} differs between two builds"
        assert (out_a / rel).read_bytes() == (GAZ_DIR / rel).read_bytes(), \
            f"committed gazetteer/{rel} is stale: run 'homsmap gazetteer build'"


def test_boundaries_are_small_rfc7946_and_nested() -> None:
    import shapely
    from shapely.geometry import shape

    sizes = sum((GAZ_DIR / "boundaries" / f"adm{i}.geojson").stat().st_size for i in (1, 2, 3))
    assert sizes < 3_000_000
    layers = {}
    for level in (1, 2, 3):
        data = json.loads((GAZ_DIR / "boundaries" / f"adm{level}.geojson").read_text(encoding="utf-8"))
        assert "crs" not in data and data["type"] == "FeatureCollection"
        geoms = [shape(f["geometry"]) for f in data["features"]]
        assert all(g.is_valid for g in geoms)
        for g in geoms:  # right-hand rule: exterior rings counter-clockwise
            for poly in getattr(g, "geoms", [g]):
                assert poly.exterior.is_ccw
        layers[level] = geoms
    assert len(layers[1]) == 14 and len(layers[2]) == 62 and len(layers[3]) == 272
    a1 = shapely.union_all(layers[1]).area
    a3 = shapely.union_all(layers[3]).area
    assert abs(a1 - a3) / a1 < 1e-6  # the levels nest exactly: dissolved from one coverage
