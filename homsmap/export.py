"""GIS exports of a campaign: GeoJSON, GeoPackage and an ACLED-style CSV.

- :func:`to_geojson`: RFC 7946 text, one Point feature per control period (``start``/``end``
  properties), written with :func:`homsmap.curate.feature_collection_json`, so byte-identical for
  the same input.
- :func:`write_gpkg`: layers ``places``, ``events``, ``control_periods`` and ``control_areas``,
  with real datetime ``start``/``end`` fields and a QGIS ``layer_styles`` table whose default
  style per layer turns on the Temporal Controller (start and end from separate fields) and
  colours features by side, so the file animates in QGIS with no set-up.
- :func:`events_to_acled_csv`: the events in ACLED's column layout so they merge with ACLED data.
- :func:`write_campaign_exports`: all three for a campaign (or the region), written atomically.

Module flow: ``territory → export``; no rendering here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from homsmap.actors import Actors
from homsmap.curate import feature_collection_json
from homsmap.errors import InputError, OutputError
from homsmap.events import ControlEvent, Document, Seeds
from homsmap.gazetteer import Gazetteer, Place
from homsmap.territory import area_periods, campaign_scope, order_sides
from homsmap.timeline import Timeline

__all__ = [
    "ACLED_COLUMNS",
    "EXPORT_FORMATS",
    "GPKG_LAYERS",
    "acled_event_type",
    "acled_geo_precision",
    "acled_time_precision",
    "events_to_acled_csv",
    "qml_style",
    "to_geojson",
    "write_campaign_exports",
    "write_gpkg",
]

EXPORT_FORMATS = ("geojson", "gpkg", "csv")
GPKG_LAYERS = ("places", "events", "control_periods", "control_areas")
ACLED_COLUMNS = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes")
UNKNOWN_COLOUR = "#bdbdbd"
_GEOMETRY_NAME = "geom"
_LAST_SECOND = dt.timedelta(hours=23, minutes=59, seconds=59)


def _actor_name(actors: Actors | None, side: str | None) -> str | None:
    if side is None:
        return None
    return actors[side].name if actors is not None and side in actors else side


# --- GeoJSON ---------------------------------------------------------------------------------------

def to_geojson(timeline: Timeline, gaz: Gazetteer, *, place_ids: Sequence[str] | None = None) -> str:
    """RFC 7946 FeatureCollection: one Point (lon, lat; 5 decimals) per control period, in the
    timeline's order (place id, then start), with properties ``place_id, name, side, bloc, status,
    certainty, start, end`` (``YYYY-MM-DD``; ``end`` is the last day, ``null`` while in force),
    ``event_id, campaign, challenger``. No ``crs`` member. Same input, same bytes.
    ``place_ids`` keeps only those places' periods."""
    wanted = None if place_ids is None else set(place_ids)
    actors = timeline.actors
    features = []
    for p in timeline.periods:
        if wanted is not None and p.place_id not in wanted:
            continue
        place = gaz[p.place_id]
        properties = {"place_id": p.place_id, "name": place.name, "side": p.side,
                      "bloc": actors.bloc_of(p.side) if actors is not None else None, "status": p.status,
                      "certainty": p.certainty, "start": p.start.isoformat(),
                      "end": p.end.isoformat() if p.end is not None else None, "event_id": p.event_id,
                      "campaign": p.campaign, "challenger": p.challenger}
        features.append((properties, shapely.Point(place.lon, place.lat)))
    return feature_collection_json(features)


# --- QGIS styles -----------------------------------------------------------------------------------

def _rgba(colour: str, alpha: int = 255) -> str:
    """``#rrggbb`` as QGIS's ``r,g,b,a``.

    >>> _rgba("#d62728"), _rgba("#2ca02c", 150)
    ('214,39,40,255', '44,160,44,150')
    """
    return f"{int(colour[1:3], 16)},{int(colour[3:5], 16)},{int(colour[5:7], 16)},{alpha}"


def _symbol(parent: ET.Element, name: str, geometry: str, colour: str) -> None:
    kind = "fill" if geometry == "polygon" else "marker"
    symbol = ET.SubElement(parent, "symbol", {"type": kind, "name": name, "alpha": "1", "clip_to_extent": "1",
                                              "force_rhr": "0"})
    if kind == "fill":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleFill", "enabled": "1", "locked": "0", "pass": "0"})
        props = {"color": _rgba(colour, 150), "style": "solid", "outline_color": "255,255,255,200",
                 "outline_style": "solid", "outline_width": "0.15", "outline_width_unit": "MM"}
    else:
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleMarker", "enabled": "1", "locked": "0", "pass": "0"})
        props = {"name": "circle", "color": _rgba(colour), "outline_color": "35,35,35,255", "outline_style": "solid",
                 "outline_width": "0.2", "outline_width_unit": "MM", "size": "2.6", "size_unit": "MM"}
    for key, value in props.items():
        ET.SubElement(layer, "prop", {"k": key, "v": value})


def qml_style(*, geometry: str, field: str | None, categories: Sequence[tuple[str, str, str]],
              temporal: tuple[str, str] | None, version: str = "3.28.0-Firenze") -> str:
    """A QGIS layer style (QML) for a ``geometry`` (``"point"`` or ``"polygon"``) layer.

    With ``field``, a categorized renderer on that field: one ``(value, label, #rrggbb)`` per
    category plus "all other values" in grey; else a single grey symbol. With ``temporal =
    (start_field, end_field)``, the ``<temporal>`` element that QGIS reads into
    ``QgsVectorLayerTemporalProperties``: enabled, mode 2 ("separate fields for start and end
    date/time"), limit mode 0 (include the beginning, exclude the end).

    >>> qml = qml_style(geometry="point", field="side", categories=[("government", "Army", "#d62728")],
    ...                 temporal=("start", "end"))
    >>> '<temporal enabled="1" mode="2"' in qml and 'startField="start"' in qml and 'value="government"' in qml
    True
    """
    root = ET.Element("qgis", {"version": version, "styleCategories": "AllStyleCategories"})
    if temporal is not None:
        start_field, end_field = temporal
        attrs = {"enabled": "1", "mode": "2", "limitMode": "0", "startField": start_field, "endField": end_field,
                 "startExpression": "", "endExpression": "", "durationField": "", "durationUnit": "d",
                 "fixedDuration": "0", "accumulate": "0"}
    else:
        attrs = {"enabled": "0", "mode": "0"}
    element = ET.SubElement(root, "temporal", attrs)
    fixed = ET.SubElement(element, "fixedRange")
    ET.SubElement(fixed, "start")
    ET.SubElement(fixed, "end")
    if field is not None:
        renderer = ET.SubElement(root, "renderer-v2", {"type": "categorizedSymbol", "attr": field,
                                                       "symbollevels": "0", "enableorderby": "0",
                                                       "forceraster": "0"})
        cats = ET.SubElement(renderer, "categories")
        symbols = ET.SubElement(renderer, "symbols")
        entries = [*categories, ("", "unknown / other", UNKNOWN_COLOUR)]
        for i, (value, label, colour) in enumerate(entries):
            ET.SubElement(cats, "category", {"value": value, "label": label, "symbol": str(i), "render": "true"})
            _symbol(symbols, str(i), geometry, colour)
    else:
        renderer = ET.SubElement(root, "renderer-v2", {"type": "singleSymbol", "symbollevels": "0",
                                                       "enableorderby": "0", "forceraster": "0"})
        _symbol(ET.SubElement(renderer, "symbols"), "0", geometry, UNKNOWN_COLOUR)
    ET.indent(root)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode") + "\n"


# --- GeoPackage ------------------------------------------------------------------------------------

def _day_start(day: dt.date | None) -> pd.Timestamp | None:
    return pd.Timestamp(day) if day is not None else None


def _day_end(day: dt.date | None) -> pd.Timestamp | None:
    """The last second of ``day``: QGIS shows a feature while ``start <= frame end`` and ``end > frame
    start``, so a period ending at 23:59:59 shows on its last day and not on the next."""
    return pd.Timestamp(day) + _LAST_SECOND if day is not None else None


def _points(gaz: Gazetteer, ids: Sequence[str]) -> gpd.GeoSeries:
    return gpd.GeoSeries(gpd.points_from_xy([gaz[i].lon for i in ids], [gaz[i].lat for i in ids]), crs="EPSG:4326")


_PLACE_FIELDS = ("place_id", "name", "name_ar", "kind", "population", "adm1", "adm1_pcode", "adm2", "adm2_pcode",
                 "adm3", "adm3_pcode")


def _place_row(p: Place) -> dict[str, object]:
    return {"place_id": p.id, "name": p.name, "name_ar": p.name_ar, "kind": p.kind, "population": p.population,
            "adm1": p.adm1, "adm1_pcode": p.adm1_pcode, "adm2": p.adm2, "adm2_pcode": p.adm2_pcode,
            "adm3": p.adm3, "adm3_pcode": p.adm3_pcode}


def _frame(rows: Sequence[Mapping[str, object]], columns: Sequence[str], geometry: gpd.GeoSeries) -> gpd.GeoDataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    for col in frame.columns:
        if col in ("start", "end", "date", "date_end"):
            frame[col] = pd.to_datetime(frame[col]).astype("datetime64[ms]")
        elif col == "population":
            frame[col] = frame[col].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry=geometry.reset_index(drop=True), crs="EPSG:4326")


def _gpkg_layers(campaign_events: Sequence[ControlEvent], timeline: Timeline, gaz: Gazetteer,
                 place_ids: Sequence[str], cells: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    actors = timeline.actors
    ids = list(dict.fromkeys(place_ids))
    places = _frame([_place_row(gaz[i]) for i in ids], _PLACE_FIELDS, _points(gaz, ids))
    events = sorted(campaign_events, key=lambda e: (e.order_key, e.place_id))
    ev_cols = ["event_id", "campaign", "kind", "action", "date", "date_end", "precision", "time", "place", "place_id",
               "place_name", "gains", "gains_name", "loses", "loses_name", "status", "certainty", "applied",
               "document", "citation", "note", "start", "end"]
    ev_rows = [{"event_id": e.id, "campaign": e.campaign, "kind": e.kind, "action": e.action,
                "date": _day_start(e.date), "date_end": _day_start(e.date_end), "precision": e.precision,
                "time": e.time, "place": e.place, "place_id": e.place_id, "place_name": gaz[e.place_id].name,
                "gains": e.gains, "gains_name": _actor_name(actors, e.gains), "loses": e.loses,
                "loses_name": _actor_name(actors, e.loses), "status": e.status, "certainty": e.certainty,
                "applied": e.changes_control, "document": e.document, "citation": e.citation, "note": e.note,
                "start": _day_start(e.date), "end": _day_end(e.date_end or e.date)} for e in events]
    wanted = set(ids)
    periods = [p for p in timeline.periods if p.place_id in wanted]
    per_cols = ["place_id", "name", "kind", "side", "side_name", "bloc", "status", "certainty", "challenger",
                "event_id", "campaign", "start", "end"]
    per_rows = [{"place_id": p.place_id, "name": gaz[p.place_id].name, "kind": gaz[p.place_id].kind, "side": p.side,
                 "side_name": _actor_name(actors, p.side), "bloc": actors.bloc_of(p.side) if actors else None,
                 "status": p.status, "certainty": p.certainty, "challenger": p.challenger, "event_id": p.event_id,
                 "campaign": p.campaign, "start": _day_start(p.start), "end": _day_end(p.end)} for p in periods]
    areas = area_periods(timeline, cells[cells["place_id"].isin(wanted)])
    area_rows = [{"place_id": r.place_id, "name": gaz[r.place_id].name, "kind": gaz[r.place_id].kind,
                  "side": r.side, "side_name": _actor_name(actors, r.side), "bloc": r.bloc, "status": r.status,
                  "certainty": r.certainty, "challenger": r.challenger, "event_id": r.event_id,
                  "campaign": r.campaign, "start": r.start, "end": None if pd.isna(r.end) else r.end + _LAST_SECOND}
                 for r in areas.itertuples(index=False)]
    return {"places": places,
            "events": _frame(ev_rows, ev_cols, _points(gaz, [e.place_id for e in events])),
            "control_periods": _frame(per_rows, per_cols, _points(gaz, [p.place_id for p in periods])),
            "control_areas": _frame(area_rows, per_cols, gpd.GeoSeries(areas.geometry.values, crs="EPSG:4326"))}


def _styles(layers: Mapping[str, gpd.GeoDataFrame], actors: Actors | None) -> pd.DataFrame:
    rows = []
    for name, gdf in layers.items():
        field = {"places": None, "events": "gains"}.get(name, "side")
        sides = order_sides(gdf[field], actors) if field is not None else []
        categories = [(s, _actor_name(actors, s) or s,
                       actors[s].colour if actors is not None and s in actors else UNKNOWN_COLOUR) for s in sides]
        qml = qml_style(geometry="polygon" if name == "control_areas" else "point", field=field,
                        categories=categories, temporal=None if name == "places" else ("start", "end"))
        what = "reference points, no time" if name == "places" else "by side; Temporal Controller on start/end"
        rows.append({"f_table_catalog": "", "f_table_schema": "", "f_table_name": name,
                     "f_geometry_column": _GEOMETRY_NAME, "styleName": name, "styleQML": qml, "styleSLD": "",
                     "useAsDefault": True, "description": f"homsmap default style: {what}", "owner": "",
                     "ui": None, "update_time": pd.Timestamp.now("UTC").tz_localize(None).floor("s")})
    frame = pd.DataFrame(rows)
    frame["update_time"] = frame["update_time"].astype("datetime64[ms]")
    return frame


def _write_gpkg_file(path: Path, layers: Mapping[str, gpd.GeoDataFrame], styles: pd.DataFrame) -> None:
    import pyogrio

    try:
        for name, gdf in layers.items():
            pyogrio.write_dataframe(gdf, path, layer=name, driver="GPKG", promote_to_multi=name == "control_areas",
                                    layer_options={"GEOMETRY_NAME": _GEOMETRY_NAME})
        pyogrio.write_dataframe(styles, path, layer="layer_styles", driver="GPKG", layer_options={"FID": "id"})
    except RuntimeError as exc:  # pyogrio's DataSourceError, DataLayerError …
        raise OutputError(f"cannot write the GeoPackage: {exc}", source=str(path),
                          hint="check free disk space and permissions") from exc


def write_gpkg(path: Path, *, campaign_events: Sequence[ControlEvent], timeline: Timeline, gaz: Gazetteer,
               place_ids: Sequence[str], cells: gpd.GeoDataFrame) -> Path:
    """Write a GeoPackage with layers ``places`` (the places in scope), ``events`` (every event and
    baseline entry, at its place), ``control_periods`` (one point per period) and ``control_areas``
    (one cell per period of a settlement, from ``cells``), plus a QGIS ``layer_styles`` table.

    ``start``/``end`` are datetime fields: a period runs from 00:00 of its first day to 23:59:59 of
    its last day, ``end`` NULL while in force; an event from 00:00 of ``date`` to 23:59:59 of
    ``date_end`` (or ``date``). Written to a temporary folder beside ``path`` and renamed into place;
    an unwritable folder raises :class:`~homsmap.errors.OutputError` naming it. Returns ``path``."""
    target = Path(path)
    layers = _gpkg_layers(campaign_events, timeline, gaz, place_ids, cells)
    styles = _styles(layers, timeline.actors)
    staging = _staging_dir(target.parent, target.name)
    try:
        _write_gpkg_file(staging / target.name, layers, styles)
        os.replace(staging / target.name, target)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", source=str(target),
                          hint="check free disk space and permissions") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _staging_dir(folder: Path, name: str) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=folder))
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror or exc}", source=str(folder),
                          hint="choose a folder you can write to") from exc


# --- ACLED CSV -------------------------------------------------------------------------------------

_BY_FORCE = frozenset({"captured", "entered", "recaptured", "took_over"})
_PEACEFUL = frozenset({"withdrew", "surrendered", "handed_over", "evacuated"})
_INCIDENT_TYPES = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "strike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "clashes": ("Battles", "Armed clash"),
    "massacre": ("Violence against civilians", "Attack"),
}
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_PRECISION_M = re.compile(r"precision about (\d+) m")


def acled_event_type(event: ControlEvent, actors: Actors | None) -> tuple[str, str]:
    """ACLED's ``(event_type, sub_event_type)`` for an event.

    Taken by force (captured, entered, recaptured, took_over): *Battles* / *Government regains
    territory* when the gaining side is in the government bloc, else *Non-state actor overtakes
    territory*; withdrawals, surrenders, handovers, evacuations: *Strategic developments* /
    *Non-violent transfer of territory*; agreements and ceasefires: *Strategic developments* /
    *Agreement*; sieges and attacks: *Battles* / *Armed clash*; air strikes and drone strikes:
    *Explosions/Remote violence* / *Air/drone strike*; shelling: … / *Shelling/artillery/missile
    attack*; bombings (car bombs, blasts): … / *Remote explosive/landmine/IED*; massacres:
    *Violence against civilians* / *Attack*; anything else, and a denied or planned transfer that
    never took effect: *Strategic developments* / *Other*.
    """
    action = event.action
    if event.kind == "incident":
        return _INCIDENT_TYPES.get(action, ("Strategic developments", "Other"))
    if action in ("agreement", "ceasefire"):
        return ("Strategic developments", "Agreement")
    if event.certainty in ("denied", "planned"):
        return ("Strategic developments", "Other")
    if action in _BY_FORCE:
        government = actors is not None and actors.bloc_of(event.gains) == "government"
        return ("Battles", "Government regains territory" if government else "Non-state actor overtakes territory")
    if action in _PEACEFUL:
        return ("Strategic developments", "Non-violent transfer of territory")
    return ("Battles", "Armed clash")


def acled_time_precision(event: ControlEvent) -> int:
    """1 when the day is known; 2 for an approximate day or a range of up to a week; 3 for a month or
    a longer range (ACLED: 1 = actual date, 2 = within a week, 3 = within a month)."""
    if event.precision == "day":
        return 1
    if event.precision == "approximate":
        return 2
    span = (event.date_end - event.date).days if event.date_end is not None else 31
    return 2 if event.precision == "range" and span <= 7 else 3


def _acled_date(event: ControlEvent) -> dt.date:
    """The day ACLED would code: the middle of a range (ACLED codes an imprecise date to the middle of
    the period); else the date."""
    if event.precision in ("range", "month") and event.date_end is not None:
        return event.date + (event.date_end - event.date) // 2
    return event.date


def acled_geo_precision(place: Place) -> int:
    """1 for a named settlement or site; 2 for a stretch of road or a site only known to be near a
    place (the gazetteer gives a precision over 2 km); 3 for an admin unit or a region."""
    if place.kind in ("governorate", "district", "subdistrict", "region", "district_area"):
        return 3
    m = _PRECISION_M.search(place.note)
    if place.kind == "highway" or (m is not None and int(m.group(1)) > 2000):
        return 2
    return 1


def events_to_acled_csv(events: Sequence[ControlEvent], gaz: Gazetteer, actors: Actors, *,
                        documents: Mapping[str, Document] | None = None) -> str:
    """The events (baseline entries left out) as CSV text in ACLED's column layout
    (:data:`ACLED_COLUMNS`), sorted by date then id.

    ``event_id_cnty`` is ``SYR-HM-<our id>`` (country, then "HM" for homsmap so it cannot clash with
    ACLED's own numbers); ``event_date`` is ``YYYY-MM-DD``; actors are display names from
    ``actors.yaml`` (an unnamed attacker in a violent event is ACLED's "Unidentified Armed Group
    (Syria)"); admin names and coordinates (4 decimals, as ACLED) come from the gazetteer;
    ``source`` is the document's publisher and file (``documents`` maps file name to
    :class:`~homsmap.events.Document`); ``notes`` is our note, the certainty and the citation."""
    docs = documents or {}
    rows = []
    for e in events:
        if e.kind == "baseline":
            continue
        place = gaz[e.place_id]
        event_type, sub_type = acled_event_type(e, actors)
        actor1 = _actor_name(actors, e.gains) or ("Unidentified Armed Group (Syria)" if event_type in _VIOLENT else "")
        doc = docs.get(e.document)
        source = f"{doc.publisher} ({e.document})" if doc is not None and doc.publisher else e.document
        when = ""
        if e.date_end is not None:
            when = f" Dates: {e.date} to {e.date_end}; our maps apply it on {e.effective_date}."
        elif e.precision == "approximate":
            when = " Date approximate."
        if e.time:
            when += f" Time: {e.time}."
        applied = "" if e.changes_control or e.kind == "incident" else " Not applied to the map."
        notes = (f"{e.note} [{e.place}; action {e.action}; certainty {e.certainty}.{applied}{when} "
                 f"Cites {e.citation}.]").strip()
        rows.append((_acled_date(e), e.id, [
            f"SYR-HM-{e.id}", _acled_date(e).isoformat(), str(acled_time_precision(e)), event_type, sub_type, actor1,
            _actor_name(actors, e.loses) or "", place.adm1, place.adm2, place.adm3, place.name,
            f"{place.lat:.4f}", f"{place.lon:.4f}", str(acled_geo_precision(place)), source, notes]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    writer.writerows(row for _, _, row in sorted(rows, key=lambda r: (r[0], r[1])))
    return out.getvalue()


# --- everything for a campaign ---------------------------------------------------------------------

def write_campaign_exports(out_dir: Path, name: str, *, seeds: Seeds, campaign_id: str | None, gaz: Gazetteer,
                           formats: Collection[str] = EXPORT_FORMATS,
                           cells: gpd.GeoDataFrame | None = None) -> list[Path]:
    """Write ``<name>.geojson``, ``<name>.gpkg`` and ``<name>_events.csv`` (those of ``formats``) into
    ``out_dir`` for one campaign, or with ``campaign_id=None`` for the regional timeline of every
    campaign. Everything is built first, then staged in a temporary folder inside ``out_dir`` and
    renamed into place, so a failure leaves the previous files untouched. Returns the paths written.
    ``cells`` (from :func:`~homsmap.territory.control_cells`) saves recomputing the control cells
    when the caller has them (so the maps and the GeoPackage share them); by default they are those
    of :func:`~homsmap.territory.campaign_scope`.

    Raises :class:`~homsmap.errors.InputError` for an unknown format or a bad name,
    :class:`~homsmap.errors.UnknownCampaignError` for an unknown campaign and
    :class:`~homsmap.errors.OutputError` naming a folder that cannot be written."""
    unknown = sorted(set(formats) - set(EXPORT_FORMATS))
    if unknown:
        raise InputError(f"unknown export format(s) {', '.join(unknown)}", source="--format",
                         hint=f"choose from {', '.join(EXPORT_FORMATS)}")
    if not re.fullmatch(r"[\w][\w.-]*", name):
        raise InputError(f"bad output name {name!r}", source="name", hint="letters, digits, '.', '-' and '_' only")
    scope = campaign_scope(seeds, campaign_id, gaz)
    texts: dict[str, str] = {}
    if "geojson" in formats:
        texts[f"{name}.geojson"] = to_geojson(scope.timeline, gaz, place_ids=scope.place_ids)
    if "csv" in formats:
        documents = {c.document.file: c.document for c in seeds.campaigns}
        texts[f"{name}_events.csv"] = events_to_acled_csv(scope.events, gaz, seeds.actors, documents=documents)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError("not a folder", source=str(out), hint="give a folder for the exports")
    staging = _staging_dir(out, name)
    files = list(texts)
    try:
        for file, text in texts.items():
            (staging / file).write_bytes(text.encode("utf-8"))
        if "gpkg" in formats:
            layers = _gpkg_layers(scope.events, scope.timeline, gaz, scope.place_ids,
                                  scope.cells if cells is None else cells)
            _write_gpkg_file(staging / f"{name}.gpkg", layers, _styles(layers, scope.timeline.actors))
            files.append(f"{name}.gpkg")
        for file in files:
            (staging / file).chmod(0o644)
            os.replace(staging / file, out / file)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", source=str(out),
                          hint="check free disk space and permissions") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out / file for file in sorted(files)]
