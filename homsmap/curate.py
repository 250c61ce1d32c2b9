"""Build the curated gazetteer from the public reference data (``homsmap gazetteer build``).

Reads ``../shared/reference/`` (Who's On First / GeoNames places, OCHA admin polygons, the
Open-Syria admin crosswalk) plus the project's hand-curated ``gazetteer/supplement.yaml`` and
``gazetteer/aliases.csv``, and writes:

- ``gazetteer/places.csv``: one row per place, with the project's own ids (``wof:<id>``,
  ``ocha:<pcode>``, ``hm:<slug>``), English and Arabic names, spellings, kind, coordinates, the
  governorate / district / subdistrict it lies in (names and P-codes), population and provenance.
- ``gazetteer/boundaries/adm{0,1,2,3}.geojson``: simplified admin polygons (RFC 7946), made with a
  coverage simplification so that neighbours keep one shared border, then dissolved upwards so
  the three levels nest exactly.
- ``gazetteer/build-info.json``: counts and the SHA-256 of every input, so a build is traceable.

The build is deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from homsmap.errors import GazetteerDataError, ReferenceDataError
from homsmap.files import atomic_write_text, load_yaml_with_lines, read_text_document
from homsmap.gazetteer import parse_aliases
from homsmap.names import has_arabic

__all__ = [
    "PLACE_COLUMNS",
    "BuildReport",
    "build_gazetteer",
    "default_reference_dir",
    "feature_collection_json",
]

PROJECT_ROOT = Path(__file__).resolve().parent.parent
GAZETTEER_DIR = PROJECT_ROOT / "gazetteer"

PLACE_COLUMNS = (
    "id", "name", "name_ar", "alt_names", "kind", "lat", "lon",
    "adm1_pcode", "adm1", "adm2_pcode", "adm2", "adm3_pcode", "adm3",
    "population", "is_current", "geonames_id", "wof_id", "wikidata", "pcode", "source", "note",
)
SETTLEMENT_KINDS = ("city", "town", "village", "neighbourhood")
SUPPLEMENT_KINDS = frozenset({
    "city", "town", "village", "neighbourhood", "facility", "airbase", "crossing", "bridge",
    "mountain", "highway", "region", "district_area",
})
REFERENCE_FILES = {
    "places": "sy_gazetteer_wof_with_ocha_pcodes.csv",
    "adm0": "syr_adm0_ocha_dissolved.geojson",
    "adm1": "syr_adm1_ocha.geojson",
    "adm2": "syr_adm2_ocha.geojson",
    "adm3": "syr_adm3_ocha.geojson",
    "opensyria_adm1": "opensyria_governorates.json",
    "opensyria_adm2": "opensyria_districts.json",
    "opensyria_adm3": "opensyria_subdistricts.json",
}
# Places farther than this outside the country outline are not Syrian places: dropped.
MAX_OUTSIDE_M = 5_000.0
SIMPLIFY_TOLERANCE_DEG = 0.001  # about 100 m
COORD_DECIMALS = 5
METRIC_CRS = "EPSG:32637"  # UTM 37N covers Syria well enough for distances


@dataclass(frozen=True)
class BuildReport:
    """What a build read and wrote."""

    out_dir: Path
    counts_by_kind: Mapping[str, int]
    dropped_outside: tuple[str, ...]
    written: tuple[Path, ...]
    changed: tuple[Path, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(self.counts_by_kind.values())


def default_reference_dir() -> Path:
    """``$HOMSMAP_REFERENCE`` if set, else ``../shared/reference`` beside the project."""
    env = os.environ.get("HOMSMAP_REFERENCE")
    return Path(env) if env else PROJECT_ROOT.parent / "shared" / "reference"


def _clean(value: object) -> str:
    """A reference string with stray line breaks and spaces removed.

    >>> _clean("Qudsiya\\r\\n"), _clean(None), _clean(float("nan"))
    ('Qudsiya', '', '')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return " ".join(str(value).split())


def _split_names(*values: str) -> list[str]:
    out: list[str] = []
    for value in values:
        for part in value.split("|"):
            part = _clean(part)
            if part and part not in out:
                out.append(part)
    return out


def _display_latin(value: str) -> str:
    """A readable Latin name: GeoNames' ASCII backtick for ʿayn becomes an apostrophe."""
    return value.replace("`", "'")


def _kind_for(feature_code: str, population: int, placetype: str) -> str:
    """Settlement kind from the GeoNames feature code and population.

    >>> _kind_for("PPLA", 0, "locality"), _kind_for("PPLA2", 41062, "locality"), _kind_for("PPL", 12000, "locality")
    ('city', 'town', 'town')
    >>> _kind_for("PPLX", 0, "locality"), _kind_for("", 0, "neighbourhood"), _kind_for("PPL", 0, "locality")
    ('neighbourhood', 'neighbourhood', 'village')
    """
    if placetype == "neighbourhood" or feature_code == "PPLX":
        return "neighbourhood"
    if feature_code in ("PPLC", "PPLA") or population >= 100_000:
        return "city"
    if feature_code == "PPLA2":
        return "city" if population >= 50_000 else "town"
    if feature_code == "PPLA3" or population >= 10_000:
        return "town"
    return "village"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _require(reference_dir: Path) -> dict[str, Path]:
    paths = {key: reference_dir / name for key, name in REFERENCE_FILES.items()}
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise ReferenceDataError(
            f"reference data missing: {', '.join(missing)}", source=str(reference_dir),
            hint="pass --reference DIR pointing at the shared reference folder, or set HOMSMAP_REFERENCE",
        )
    return paths


def _read_admin_layers(paths: Mapping[str, Path]) -> dict[str, Any]:
    import geopandas as gpd

    layers: dict[str, Any] = {}
    for level in ("adm1", "adm2", "adm3"):
        try:
            gdf = gpd.read_file(paths[level])
        except Exception as exc:  # pyogrio raises its own errors for broken files
            raise ReferenceDataError(f"cannot read polygons: {exc}", source=str(paths[level])) from exc
        for column in gdf.columns:
            if column != "geometry" and gdf[column].map(lambda v: isinstance(v, str)).any():
                gdf[column] = gdf[column].map(_clean)
        layers[level] = gdf.sort_values("PCODE").reset_index(drop=True)
    return layers


def _simplified_boundaries(layers: Mapping[str, Any]) -> dict[str, Any]:
    """Coverage-simplified subdistricts, dissolved into districts and governorates."""
    import geopandas as gpd
    import shapely

    adm3 = layers["adm3"]
    simplified = shapely.coverage_simplify(adm3.geometry.values, SIMPLIFY_TOLERANCE_DEG)
    simplified = shapely.set_precision(simplified, 10.0 ** -COORD_DECIMALS)
    simplified = shapely.make_valid(simplified)
    out: dict[str, Any] = {}
    out["adm3"] = gpd.GeoDataFrame(
        {"pcode": adm3["PCODE"], "name": adm3["NAME_EN"], "name_ar": adm3["NAME_AR"],
         "adm2_pcode": adm3["ADM2_PCODE"], "adm1_pcode": adm3["ADM1_PCODE"]},
        geometry=list(simplified), crs="EPSG:4326",
    )
    for level, parent_col in (("adm2", "adm2_pcode"), ("adm1", "adm1_pcode")):
        src = layers[level]
        geoms = []
        for pcode in src["PCODE"]:
            parts = out["adm3"].geometry[out["adm3"][parent_col] == pcode].values
            geoms.append(shapely.set_precision(shapely.union_all(parts), 10.0 ** -COORD_DECIMALS))
        frame = {"pcode": src["PCODE"], "name": src["NAME_EN"], "name_ar": src["NAME_AR"]}
        if level == "adm2":
            frame["adm1_pcode"] = src["ADM1_PCODE"]
        out[level] = gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326")
    country = shapely.union_all(out["adm1"].geometry.values)
    out["adm0"] = gpd.GeoDataFrame({"pcode": ["SY"], "name": ["Syrian Arab Republic"],
                                    "name_ar": ["الجمهورية العربية السورية"]},
                                   geometry=[shapely.set_precision(country, 10.0 ** -COORD_DECIMALS)],
                                   crs="EPSG:4326")
    return out


def _round_coords(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), COORD_DECIMALS) for c in coords]
    return [_round_coords(c) for c in coords]


def feature_collection_json(features: Iterable[tuple[Mapping[str, object], Any]]) -> str:
    """RFC 7946 GeoJSON text for ``(properties, shapely geometry)`` pairs, deterministic.

    Polygons are oriented by the right-hand rule (exterior counter-clockwise), coordinates are
    rounded to 5 decimals, there is no ``crs`` member, and one feature stands on each line so
    that diffs stay readable.

    >>> from shapely.geometry import Point
    >>> print(feature_collection_json([({"id": "a"}, Point(36.123456789, 34.5))]))
    {"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"id":"a"},"geometry":{"type":"Point","coordinates":[36.12346,34.5]}}
    ]}
    <BLANKLINE>
    """
    import shapely
    from shapely.geometry import mapping
    from shapely.geometry.polygon import orient

    lines = []
    for properties, geometry in features:
        geom = geometry
        if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
            if geom.geom_type == "Polygon":
                geom = orient(geom, 1.0)
            else:
                geom = shapely.MultiPolygon([orient(p, 1.0) for p in geom.geoms])
        gj: object = None
        if geom is not None:
            raw = dict(mapping(geom))
            gj = {"type": raw["type"], "coordinates": _round_coords(raw["coordinates"])}
        feature = {"type": "Feature", "properties": dict(properties), "geometry": gj}
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    body = ",\n".join(lines)
    return '{"type":"FeatureCollection","features":[\n' + body + ("\n" if lines else "") + "]}\n"


def _opensyria(paths: Mapping[str, Path]) -> dict[str, dict[str, Any]]:
    by_pcode: dict[str, dict[str, Any]] = {}
    for key in ("opensyria_adm1", "opensyria_adm2", "opensyria_adm3"):
        try:
            items = json.loads(paths[key].read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ReferenceDataError(f"cannot read crosswalk: {exc}", source=str(paths[key])) from exc
        for item in items:
            pcode = item.get("externalIds", {}).get("ochaPcode")
            if pcode:
                by_pcode[pcode] = item
    return by_pcode


def _admin_rows(layers: Mapping[str, Any], crosswalk: Mapping[str, Mapping[str, Any]]) -> list[dict[str, str]]:
    import shapely

    kinds = {"adm1": "governorate", "adm2": "district", "adm3": "subdistrict"}
    suffix = {"adm1": ("Governorate", "province"), "adm2": ("District",), "adm3": ("Subdistrict", "Nahiya")}
    names = {level: dict(zip(layers[level]["PCODE"], layers[level]["NAME_EN"], strict=True))
             for level in ("adm1", "adm2")}
    rows = []
    for level, gdf in layers.items():
        for _, rec in gdf.iterrows():
            pcode = rec["PCODE"]
            point = shapely.point_on_surface(rec.geometry)
            info = crosswalk.get(pcode, {})
            alt = _split_names(rec.get("NAM_EN_REF", ""), rec.get("NAM_AR_REF", ""),
                               *(a.get("value", "") for a in info.get("aliases", [])),
                               info.get("name", {}).get("en", ""), info.get("name", {}).get("ar", ""))
            alt += [f"{rec['NAME_EN']} {s}" for s in suffix[level]]
            alt = sorted({a for a in alt if a not in (rec["NAME_EN"], rec["NAME_AR"])})
            population = info.get("populationHistory", [{}])
            pop2004 = next((p.get("value") for p in population if p.get("year") == 2004), None)
            ext = info.get("externalIds", {})
            adm1 = pcode[:4]
            adm2 = pcode[:6] if level in ("adm2", "adm3") else ""
            rows.append({
                "id": f"ocha:{pcode}", "name": rec["NAME_EN"], "name_ar": rec["NAME_AR"],
                "alt_names": "|".join(alt), "kind": kinds[level],
                "lat": f"{point.y:.{COORD_DECIMALS}f}", "lon": f"{point.x:.{COORD_DECIMALS}f}",
                "adm1_pcode": adm1, "adm1": names["adm1"].get(adm1, ""),
                "adm2_pcode": adm2, "adm2": names["adm2"].get(adm2, "") if adm2 else "",
                "adm3_pcode": pcode if level == "adm3" else "", "adm3": rec["NAME_EN"] if level == "adm3" else "",
                "population": str(pop2004) if pop2004 else "", "is_current": "1",
                "geonames_id": str(ext.get("geonames", "")), "wof_id": "", "wikidata": str(ext.get("wikidata", "")),
                "pcode": pcode, "source": "ocha-cod-ab;open-syria",
                "note": "representative point inside the OCHA polygon; population from the 2004 census"
                if pop2004 else "representative point inside the OCHA polygon",
            })
    return rows


def _reference_rows(path: Path) -> list[dict[str, str]]:
    import pandas as pd

    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:
        raise ReferenceDataError(f"cannot read places: {exc}", source=str(path)) from exc
    needed = {"wof_id", "name", "lat", "lon", "name_ar", "name_variants", "gn_feature_code"}
    if not needed <= set(df.columns):
        raise ReferenceDataError(f"missing columns {sorted(needed - set(df.columns))}", source=str(path), line=1)
    rows = []
    for rec in df.to_dict("records"):
        names = _split_names(rec["name_en"], rec["gn_asciiname"], rec["name"], rec["gn_name"],
                             rec["name_ar"], rec["name_ar_variants"], rec["name_variants"], rec["name_fr"])
        latin = [n for n in names if not has_arabic(n)]
        arabic = [n for n in names if has_arabic(n)]
        if not latin and not arabic:
            continue
        display = _display_latin(latin[0]) if latin else arabic[0]
        name_ar = next((n for n in _split_names(rec["name_ar"], rec["name_ar_variants"], rec["name"])
                        if has_arabic(n)), "")
        alt = sorted({n for n in names if n not in (display, name_ar)})
        population = int(rec["population"] or 0)
        is_current = {"1": "1", "0": "0"}.get(rec["is_current"], "")
        rows.append({
            "id": f"wof:{rec['wof_id']}", "name": display, "name_ar": name_ar, "alt_names": "|".join(alt),
            "kind": _kind_for(rec["gn_feature_code"], population, rec["placetype"]),
            "lat": f"{float(rec['lat']):.{COORD_DECIMALS}f}", "lon": f"{float(rec['lon']):.{COORD_DECIMALS}f}",
            "population": str(population) if population else "", "is_current": is_current,
            "geonames_id": rec["geonameid"], "wof_id": rec["wof_id"], "wikidata": rec["wikidata"],
            "pcode": "", "source": "whosonfirst;geonames",
            "note": f"GeoNames feature code {rec['gn_feature_code']}" if rec["gn_feature_code"] else "",
        })
    return rows


def load_supplement(path: Path) -> list[dict[str, str]]:
    """The hand-curated places of ``gazetteer/supplement.yaml`` as place rows (admin fields empty)."""
    source = str(path)
    data = load_yaml_with_lines(read_text_document(path), source=source)
    if not isinstance(data, list):
        raise GazetteerDataError("expected a list of places", source=source, line=1,
                                 hint="start each entry with '- id: hm:…'")
    required = ("id", "name", "kind", "lat", "lon", "coord_source")
    optional = ("name_ar", "alt_names", "parent", "coord_precision_m", "note")
    rows = []
    for entry in data:
        line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict):
            raise GazetteerDataError("entry is not a mapping", source=source, hint="write '- id: …' entries")
        unknown = set(entry) - set(required) - set(optional) - {"__line__"}
        if unknown:
            raise GazetteerDataError(f"unknown field(s) {sorted(unknown)}", source=source, line=line,
                                     hint=f"use only {', '.join(required + optional)}")
        for key in required:
            if entry.get(key) in (None, ""):
                raise GazetteerDataError(f"missing {key!r}", source=source, line=line, hint=f"add {key}: …")
        pid = str(entry["id"])
        if not re.fullmatch(r"hm:[a-z0-9][a-z0-9-]*", pid):
            raise GazetteerDataError(f"bad id {pid!r}", source=source, line=line,
                                     hint="ids look like hm:homs-central-prison")
        if entry["kind"] not in SUPPLEMENT_KINDS:
            raise GazetteerDataError(f"unknown kind {entry['kind']!r}", source=source, line=line,
                                     hint=f"one of {', '.join(sorted(SUPPLEMENT_KINDS))}")
        try:
            lat, lon = float(entry["lat"]), float(entry["lon"])
        except (TypeError, ValueError):
            raise GazetteerDataError("lat/lon must be numbers", source=source, line=line,
                                     hint="write decimal degrees, e.g. lat: 34.73") from None
        if not (32.0 <= lat <= 37.5 and 35.5 <= lon <= 42.5):
            raise GazetteerDataError(f"({lat}, {lon}) is not in Syria", source=source, line=line,
                                     hint="check that lat and lon are not swapped")
        alt = entry.get("alt_names") or []
        if not isinstance(alt, list):
            raise GazetteerDataError("alt_names must be a list", source=source, line=line,
                                     hint="write alt_names: [a, b]")
        precision = entry.get("coord_precision_m")
        note = _clean(entry.get("note", ""))
        where = _clean(entry["coord_source"])
        parts = [note, f"coordinates: {where}"]
        if precision:
            parts.append(f"precision about {precision} m")
        rows.append({
            "id": pid, "name": _clean(entry["name"]), "name_ar": _clean(entry.get("name_ar", "")),
            "alt_names": "|".join(sorted({_clean(a) for a in alt if _clean(a)})), "kind": str(entry["kind"]),
            "lat": f"{lat:.{COORD_DECIMALS}f}", "lon": f"{lon:.{COORD_DECIMALS}f}",
            "population": "", "is_current": "1", "geonames_id": "", "wof_id": "", "wikidata": "",
            "pcode": "", "source": f"supplement:{_clean(entry.get('parent') or '')}".rstrip(":"),
            "note": "; ".join(p for p in parts if p),
        })
    return rows


def _assign_admin(rows: list[dict[str, str]], layers: Mapping[str, Any]) -> list[str]:
    """Fill the admin fields of point rows from the OCHA polygons; return ids dropped as outside Syria."""
    import geopandas as gpd
    import shapely

    if not rows:
        return []
    adm3 = layers["adm3"][["PCODE", "NAME_EN", "ADM2_PCODE", "ADM2_EN", "ADM1_PCODE", "ADM1_EN", "geometry"]]
    points = gpd.GeoDataFrame(
        {"row": range(len(rows))},
        geometry=gpd.points_from_xy([float(r["lon"]) for r in rows], [float(r["lat"]) for r in rows]),
        crs="EPSG:4326",
    )
    inside = gpd.sjoin(points, adm3, how="left", predicate="within").drop_duplicates("row", keep="first")
    inside = inside.sort_values("row").reset_index(drop=True)
    missing = inside["PCODE"].isna()
    metric3 = adm3.to_crs(METRIC_CRS)
    country = shapely.union_all(metric3.geometry.values)
    dropped = []
    if missing.any():
        lost = points[missing.values].to_crs(METRIC_CRS)
        near = gpd.sjoin_nearest(lost, metric3, how="left", distance_col="dist_m").drop_duplicates("row")
        for _, rec in near.iterrows():
            idx = int(rec["row"])
            if shapely.distance(rec.geometry, country) > MAX_OUTSIDE_M:
                dropped.append(rows[idx]["id"])
                continue
            for col in ("PCODE", "NAME_EN", "ADM2_PCODE", "ADM2_EN", "ADM1_PCODE", "ADM1_EN"):
                inside.loc[idx, col] = rec[col]
    for idx, rec in inside.iterrows():
        if rows[idx]["id"] in dropped:
            continue
        rows[idx].update({
            "adm3_pcode": rec["PCODE"], "adm3": rec["NAME_EN"], "adm2_pcode": rec["ADM2_PCODE"],
            "adm2": rec["ADM2_EN"], "adm1_pcode": rec["ADM1_PCODE"], "adm1": rec["ADM1_EN"],
        })
    return sorted(dropped)


def _places_csv(rows: Sequence[Mapping[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=PLACE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in PLACE_COLUMNS})
    return buffer.getvalue()


def _id_sort_key(pid: str) -> tuple[str, int, str]:
    prefix, _, local = pid.partition(":")
    return (prefix, int(local) if local.isdigit() else 0, local)


def build_gazetteer(reference_dir: Path | None = None, out_dir: Path | None = None, *,
                    check: bool = False) -> BuildReport:
    """Build (or with ``check=True`` only compare) the curated gazetteer files.

    With ``check``, nothing is written and ``BuildReport.changed`` lists every file whose
    committed content differs from a fresh build.
    """
    reference_dir = Path(reference_dir) if reference_dir else default_reference_dir()
    out_dir = Path(out_dir) if out_dir else GAZETTEER_DIR
    paths = _require(reference_dir)
    layers = _read_admin_layers(paths)
    crosswalk = _opensyria(paths)

    point_rows = _reference_rows(paths["places"])
    supplement_path = out_dir / "supplement.yaml"
    if supplement_path.exists():
        point_rows += load_supplement(supplement_path)
    dropped = set(_assign_admin(point_rows, layers))
    rows = [r for r in point_rows if r["id"] not in dropped] + _admin_rows(layers, crosswalk)
    ids = [r["id"] for r in rows]
    duplicates = sorted({i for i in ids if ids.count(i) > 1}) if len(set(ids)) != len(ids) else []
    if duplicates:
        raise GazetteerDataError(f"duplicate place ids {duplicates[:5]}", source=str(supplement_path),
                                 hint="give every supplement entry its own id")
    rows.sort(key=lambda r: _id_sort_key(r["id"]))
    _check_aliases(out_dir / "aliases.csv", set(ids))

    outputs: dict[Path, str] = {out_dir / "places.csv": _places_csv(rows)}
    boundaries = _simplified_boundaries(layers)  # the country outline: the governorates dissolved
    for level, gdf in boundaries.items():
        props = [c for c in gdf.columns if c != "geometry"]
        features = ((dict(zip(props, (rec[c] for c in props), strict=True)), rec.geometry)
                    for _, rec in gdf.iterrows())
        outputs[out_dir / "boundaries" / f"{level}.geojson"] = feature_collection_json(features)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    info = {
        "counts_by_kind": dict(sorted(counts.items())),
        "dropped_outside_syria": sorted(dropped),
        "inputs": {name: _sha256(p) for name, p in sorted((p.name, p) for p in paths.values())}
        | ({"supplement.yaml": _sha256(supplement_path)} if supplement_path.exists() else {}),
        "simplify_tolerance_deg": SIMPLIFY_TOLERANCE_DEG,
        "total": len(rows),
    }
    outputs[out_dir / "build-info.json"] = json.dumps(info, indent=1, ensure_ascii=False, sort_keys=True) + "\n"

    changed = tuple(sorted(p for p, text in outputs.items()
                           if not p.exists() or p.read_bytes() != text.encode("utf-8")))
    if not check:
        for path, text in outputs.items():
            atomic_write_text(path, text)
    return BuildReport(out_dir=out_dir, counts_by_kind=dict(sorted(counts.items())),
                       dropped_outside=tuple(sorted(dropped)), written=tuple(sorted(outputs)), changed=changed)


def _check_aliases(path: Path, ids: set[str]) -> None:
    """Every alias must point at a place the build writes (same check as loading)."""
    if path.exists():
        parse_aliases(read_text_document(path), str(path), ids)
