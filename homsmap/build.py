"""``homsmap build``: every map and export of every campaign, and of the whole region, into one folder.

Layout (per scope: each campaign id, and ``region`` for 2014–2024 together)::

    output/index.html                      every scope with its dates and a thumbnail
    output/<scope>/index.html              the time-slider map
    output/<scope>/days/YYYY-MM-DD.html    a static map per day (the region: per change day)
    output/<scope>/png/YYYY-MM-DD.png      a static picture per change day, overview.png, counts.png
    output/<scope>/<scope>.geojson         control periods, RFC 7946
    output/<scope>/<scope>.gpkg            places, events, control_periods, control_areas (QGIS temporal)
    output/<scope>/<scope>_events.csv      the events in ACLED's columns

Everything is checked before anything is written (seeds, campaign ids, the output folder), and
every file is written to a temporary name and renamed, so a failed or interrupted build leaves
the previous output as it was.
"""

from __future__ import annotations

import html
import os
import tempfile
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from homsmap.errors import InputError, OutputError
from homsmap.events import Seeds, load_seeds
from homsmap.files import atomic_write_text
from homsmap.gazetteer import Gazetteer, load_gazetteer
from homsmap.render import REGION_ID, MapScope, map_scope, pages_for_scope
from homsmap.territory import region_title

__all__ = ["FORMATS", "BuildReport", "build_outputs", "default_output_dir"]

_DOT = " \u00b7 "
FORMATS = ("html", "days", "png", "geojson", "gpkg", "csv")
Progress = Callable[[int, int, str], None]


def default_output_dir() -> Path:
    """``output/`` of the checkout when running from one, else ``./output``."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "output").is_dir():
        return checkout / "output"
    return Path.cwd() / "output"


@dataclass(frozen=True)
class BuildReport:
    """What a build wrote."""

    out_dir: Path
    scopes: tuple[str, ...]
    written: tuple[Path, ...]
    seconds: float

    def summary(self) -> str:
        return (f"wrote {len(self.written)} files for {len(self.scopes)} maps ({', '.join(self.scopes)}) into "
                f"{self.out_dir} in {self.seconds:.1f} s; open {self.out_dir / 'index.html'}")


def _check_writable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".homsmap-probe.", dir=out_dir)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"cannot write to the output folder: {exc.strerror or exc}", source=str(out_dir),
                          hint="choose another folder with --out, or fix its permissions") from exc


def _check_formats(formats: Collection[str]) -> None:
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown or not formats:
        raise InputError(f"unknown format(s) {', '.join(unknown) or '(none given)'}", source="--format",
                         hint=f"use a comma-separated subset of {','.join(FORMATS)}")


def build_outputs(out_dir: str | Path | None = None, *, campaigns: Sequence[str] | None = None,
                  formats: Collection[str] = FORMATS, tiles: str | None = None, seeds: Seeds | None = None,
                  gazetteer: Gazetteer | None = None, progress: Progress | None = None) -> BuildReport:
    """Build the maps and exports of ``campaigns`` (ids, or ``region``; default: every campaign and the
    region) into ``out_dir`` (default: ``output/``)."""
    t0 = time.perf_counter()
    _check_formats(formats)
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    sds = seeds if seeds is not None else load_seeds(gazetteer=gaz)
    ids = list(campaigns) if campaigns else [c.id for c in sds.campaigns] + [REGION_ID]
    for cid in ids:
        if cid != REGION_ID:
            sds.campaign(cid)  # UnknownCampaignError before anything is written
    from homsmap.timeline import timeline_for

    timeline_for(sds)  # contradictions across campaigns stop the build before it writes
    out = Path(out_dir) if out_dir is not None else default_output_dir()
    _check_writable(out)
    written: list[Path] = []
    scopes: list[MapScope] = []
    steps = len(ids)
    for n, cid in enumerate(ids):
        if progress:
            progress(n, steps, cid)
        scope = map_scope(sds, gaz, cid)
        scopes.append(scope)
        written += _build_scope(out / scope.id, scope, sds, gaz, formats=formats, tiles=tiles)
    if progress:
        progress(steps, steps, "index")
    written.append(_write_landing(out, sds, gaz))  # lists every scope built so far, this build's and earlier ones
    return BuildReport(out, tuple(s.id for s in scopes), tuple(written), time.perf_counter() - t0)


def _build_scope(folder: Path, scope: MapScope, seeds: Seeds, gaz: Gazetteer, *, formats: Collection[str],
                 tiles: str | None) -> list[Path]:
    written: list[Path] = []
    change_days = scope.change_days()
    if "html" in formats or "days" in formats:
        day_list = (scope.days if scope.id != REGION_ID else change_days) if "days" in formats else []
        slider, day_pages = pages_for_scope(scope, gaz, day_list, tiles=tiles)
        if "html" in formats:
            written.append(slider.save(folder / "index.html"))
        for day, page in day_pages:
            written.append(page.save(folder / "days" / f"{day.isoformat()}.html"))
    if "png" in formats:
        from homsmap.plots import counts_png, day_png, overview_png

        assert scope.territory is not None
        for day in change_days:
            written.append(day_png(scope.territory, day, folder / "png" / f"{day.isoformat()}.png"))
        written.append(overview_png(scope.territory, change_days, folder / "png" / "overview.png"))
        written.append(counts_png(scope.territory, folder / "png" / "counts.png"))
    export_formats = [f for f in ("geojson", "gpkg", "csv") if f in formats]
    if export_formats:
        from homsmap.export import write_campaign_exports

        written += write_campaign_exports(folder, scope.id, seeds=seeds,
                                          campaign_id=None if scope.id == REGION_ID else scope.id, gaz=gaz,
                                          formats=export_formats, cells=scope.cells)
    return written


def _thumbnail_svg(scope_id: str, seeds: Seeds, gaz: Gazetteer) -> str:
    """A small inline SVG of the scope's places coloured by their state on its last day (no request)."""
    from homsmap.timeline import timeline_for

    timeline = timeline_for(seeds, None if scope_id == REGION_ID else scope_id)
    campaigns = seeds.campaigns if scope_id == REGION_ID else (seeds.campaign(scope_id),)
    end = max(c.end for c in campaigns)
    ids = sorted({p for c in campaigns for p in c.place_ids if p in gaz})
    if not ids:
        return ""
    lats = [gaz[p].lat for p in ids]
    lons = [gaz[p].lon for p in ids]
    lat0, lat1 = min(lats) - 0.05, max(lats) + 0.05
    lon0, lon1 = min(lons) - 0.05, max(lons) + 0.05
    w, h = 160, 120
    scale = min(w / (lon1 - lon0), h / (lat1 - lat0))
    dots = []
    states = timeline.state_on(end)
    for pid in ids:
        p, st = gaz[pid], states[pid]
        colour = seeds.actors[st.side].colour if st.side is not None and st.side in seeds.actors else "#ffffff"
        x = (p.lon - lon0) * scale
        y = h - (p.lat - lat0) * scale
        dots.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}" stroke="#333" stroke-width="0.6">'
                    f"<title>{html.escape(p.name)}: {html.escape(st.side or 'unknown')}</title></circle>")
    return (f'<svg class="thumb" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="places on {end}"><rect width="{w}" height="{h}" fill="#f4f1ea"/>{"".join(dots)}</svg>')


def _write_landing(out: Path, seeds: Seeds, gaz: Gazetteer) -> Path:
    """``output/index.html``: every scope that has been built, with its date range and a thumbnail."""
    rows = []
    scopes = [(c.id, c.title, c.start, c.end, f"{c.document.publisher}: {c.document.title}", len(c.events))
              for c in seeds.campaigns]
    scopes.append((REGION_ID, region_title(seeds), min(c.start for c in seeds.campaigns),
                   max(c.end for c in seeds.campaigns), "every campaign together",
                   sum(len(c.events) for c in seeds.campaigns)))
    for sid, title, start, end, source, n_events in scopes:
        if not (out / sid / "index.html").exists():
            continue
        files = [f'<a href="{html.escape(sid)}/index.html">time-slider map</a>']
        for name, label in ((f"{sid}.geojson", "GeoJSON"), (f"{sid}.gpkg", "GeoPackage"),
                            (f"{sid}_events.csv", "events CSV (ACLED columns)"), ("png/overview.png", "overview PNG"),
                            ("png/counts.png", "who held how much (PNG)")):
            if (out / sid / name).exists():
                files.append(f'<a href="{html.escape(sid)}/{html.escape(name)}">{label}</a>')
        pngs = sorted((out / sid / "png").glob("????-??-??.png"))
        thumb = (f'<img class="thumb" src="{html.escape(sid)}/png/{pngs[-1].name}" width="260" '
                 f'alt="{html.escape(title)} on {pngs[-1].stem}">' if pngs else _thumbnail_svg(sid, seeds, gaz))
        rows.append(f'<li><a href="{html.escape(sid)}/index.html">{thumb}</a>'
                    f'<div><h2><a href="{html.escape(sid)}/index.html">{html.escape(title)}</a></h2>'
                    f"<p>{start.isoformat()} to {end.isoformat()} \u00b7 {n_events} events \u00b7 "
                    f"{html.escape(source)}</p><p>{_DOT.join(files)}</p></div></li>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>homsmap: control maps</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}}
ul{{list-style:none;padding:0}}li{{display:flex;gap:1em;margin:1em 0;align-items:center}}
h2{{margin:0 0 .2em;font-size:1.1em}}p{{margin:.2em 0}}.thumb{{border:1px solid #bbb}}</style></head>
<body><h1>homsmap: who controlled what, day by day</h1>
<p>Built from the curated events in <code>seeds/</code>; each map cites its
source document for every change. The maps open offline: nothing is fetched from any host.</p>
<ul>{''.join(rows)}</ul>
<p><small>Places: GeoNames, Who's On First \u00b7 Boundaries: OCHA / HDX, Syrian Arab Republic administrative
boundaries</small></p></body></html>
"""
    return atomic_write_text(out / "index.html", page)
