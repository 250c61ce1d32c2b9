"""Slider maps at the scale of the Syrian war: homsmap's page against folium's TimestampedGeoJson, in one run.

Run from the repository root (needs Debian's chromium at /usr/bin/chromium and pip playwright; never
``playwright install``)::

    .venv/bin/python benchmarks/bench_maps.py [--reduced 100x365,300x730] [--switches 30] [--keep DIR]

Data, deterministic (``random.Random(0)``):

- **places**: real gazetteer settlements, the first ``--places`` (10,000) of SETTLEMENT_KINDS sorted by
  id; **cells**: ``territory.control_cells(those places, clip=country outline)`` (the union of
  ``load_boundaries(0)``), computed once at war scale; a reduced scale takes the first N places and
  their war-scale cells, so a place has the same geometry at every scale;
- **events**: a baseline for every place on day 0, then 100,000 control changes at war scale (the same
  density, changes per place-day, at a reduced scale) on distinct (place, day) pairs, six sides of
  seeds/actors.yaml; each change takes the place from its current holder: 80 % captures, the rest
  contested / besieged / agreement / ceasefire; 60 % reported, 35 % confirmed, 5 % claimed; 10 % carry a
  note. ``timeline_from_events(events, actors=load_actors())`` builds the timeline (timed apart).

Approaches, each built in its own child process (its build time and peak memory are its own):

- **homsmap**: a hand-built ``render.MapScope`` (territory None, region = the country) and the slider
  page ``MapPage(scope_payload(scope, gaz))``. Build = payload + HTML + write.
- **folium** (the baseline, the usual approach): folium-offline's ``TimestampedGeoJson`` (assets
  inlined, nothing fetched), one GeoJSON feature per place per day: the place's cell polygon (its point
  where it has no cell) with that day's colour and a tooltip; coordinates as geopandas gives them (full
  precision); ``duration="PT1H"`` so that only the current day's features show (without it every past
  day stays drawn), ``auto_play=False``, canvas renderer as homsmap's. Its size grows with places
  times days, so it runs at the reduced scales only; its war-scale size is extrapolated.

Browser (another child per page): Playwright's sync API drives /usr/bin/chromium headless with the
flags of FIELD-NOTES; every request other than file:// is aborted and counted. Load = ``goto`` until
the ``load`` event, the viewer ready and two animation frames; then one second to settle (homsmap's
initial fitBounds animates the zoom). A day switch is timed in the page:
``performance.now()`` around ``window.homsmap.setDay(d)`` (homsmap) or
``map.timeDimension.setCurrentTimeIndex(i)`` then its ``timeload`` event (folium; the map variable is
``map_baseline``, fixed by setting the map's ``_id``), followed by two ``requestAnimationFrame``
callbacks, so the canvas repaint is included. The same ``--switches`` random days for both; the
median and p95 are reported, with the synchronous part alone and the cost of two empty frames.

Checks: after the last switch homsmap's ``stateOf`` gives the timeline's side for 50 sample places, and
folium draws one feature per place, all of the day asked; no console error, no request made.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIDES = ("government", "opposition", "hts", "isil", "sdf", "turkey")  # ids in seeds/actors.yaml
DAY0 = dt.date(2011, 3, 15)
DENSITY_OF = (10_000, 5_000, 100_000)  # war scale: places, days, changes
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BASELINE_NAME = "map_baseline"


# --- data -------------------------------------------------------------------------------------------

def war_places(n: int) -> tuple[Any, list[Any]]:
    from homsmap.gazetteer import load_gazetteer
    from homsmap.territory import SETTLEMENT_KINDS

    gaz = load_gazetteer()
    places = sorted((p for p in gaz.places if p.kind in SETTLEMENT_KINDS), key=lambda p: p.id)[:n]
    return gaz, places


def country() -> Any:
    import shapely

    from homsmap.territory import load_boundaries

    return shapely.union_all(list(load_boundaries(0).geometry))


def war_cells(places: list[Any], clip: Any) -> Any:
    from homsmap.territory import control_cells

    return control_cells(places, clip=clip)


def changes_for(n_places: int, n_days: int) -> int:
    p, d, c = DENSITY_OF
    return max(1, round(c * n_places * n_days / (p * d)))


def synthetic_events(places: list[Any], n_days: int, n_changes: int) -> list[Any]:
    from homsmap.events import ControlEvent

    rng = random.Random(0)
    base = [rng.choice(SIDES) for _ in places]
    taken: set[tuple[int, int]] = set()
    draws = []
    while len(draws) < min(n_changes, len(places) * (n_days - 1)):
        key = (rng.randrange(len(places)), rng.randrange(1, n_days))
        if key not in taken:  # one change per place and day: no same-day contradiction by construction
            taken.add(key)
            draws.append(key)
    events = [ControlEvent(f"base-{i:05d}", "war", "baseline", DAY0, None, "day", None, p.name, p.id, "baseline",
                           base[i], None, "held", "reported", "synthetic.txt", 1 + i, "", "seeds/synthetic.yaml",
                           2 + i) for i, p in enumerate(places)]
    holder = list(base)
    for n, (i, day) in enumerate(sorted(draws, key=lambda k: (k[0], k[1]))):
        gains = rng.choice([s for s in SIDES if s != holder[i]])
        r = rng.random()
        action, status = ("captured", "held") if r < 0.8 else rng.choice(
            [("contested", "contested"), ("besieged", "besieged"), ("agreement", "agreement_pending"),
             ("ceasefire", "ceasefire")])
        c = rng.random()
        certainty = "claimed" if c < 0.05 else "confirmed" if c < 0.40 else "reported"
        note = "synthetic" if rng.random() < 0.1 else ""
        events.append(ControlEvent(f"ev-{n:06d}", "war", "control", DAY0 + dt.timedelta(days=day), None, "day", None,
                                   places[i].name, places[i].id, action, gains, holder[i], status, certainty,
                                   "synthetic.txt", rng.randrange(1, 40_000), note, "seeds/synthetic.yaml",
                                   20_000 + n))
        if status == "held":
            holder[i] = gains
    return events


def build_data(n_places: int, n_days: int) -> tuple[Any, ...]:
    """gaz, places, cells, events, timeline, seconds each step took."""
    from homsmap.actors import load_actors
    from homsmap.timeline import timeline_from_events

    t0 = time.perf_counter()
    gaz, all_places = war_places(DENSITY_OF[0])
    clip = country()
    cells = war_cells(all_places, clip)
    t1 = time.perf_counter()
    places = all_places[:n_places]
    cells = cells[cells["place_id"].isin({p.id for p in places})].reset_index(drop=True)
    events = synthetic_events(places, n_days, changes_for(n_places, n_days))
    t2 = time.perf_counter()
    timeline = timeline_from_events(events, actors=load_actors())
    t3 = time.perf_counter()
    return gaz, places, clip, cells, events, timeline, {"setup_s": t1 - t0, "events_s": t2 - t1, "timeline_s": t3 - t2}


def switch_days(n_days: int, n: int) -> list[int]:
    """The day offsets a browser switches to, in order (never the same day twice in a row)."""
    rng = random.Random(3)
    days: list[int] = []
    while len(days) < n:
        d = rng.randrange(n_days)
        if not days or d != days[-1]:
            days.append(d)
    return days


def expected_sides(places: list[Any], timeline: Any, day: dt.date) -> dict[str, str | None]:
    """The side of 50 sample places on ``day`` according to the timeline (checked in the browser)."""
    rng = random.Random(4)
    sample = rng.sample([p.id for p in places], min(50, len(places)))
    return {pid: timeline.state_of(pid, day).side for pid in sample}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- children: build ----------------------------------------------------------------------------------

def child_homsmap(args: argparse.Namespace) -> dict[str, object]:
    from homsmap.render import MapPage, MapScope, _json_for_script, scope_payload

    gaz, places, clip, cells, events, timeline, prep = build_data(args.places, args.days)
    scope = MapScope(id="war", title="Synthetic war", subtitle="benchmark data", start=DAY0,
                     end=DAY0 + dt.timedelta(days=args.days - 1), timeline=timeline, events=tuple(events),
                     place_ids=tuple(p.id for p in places), region=clip, cells=cells,
                     publishers=(("synthetic.txt", "synthetic"),), territory=None)
    t0 = time.perf_counter()
    data = scope_payload(scope, gaz)
    t1 = time.perf_counter()
    page = MapPage(data, title="Synthetic war \u2014 homsmap")
    text = page.html()
    t2 = time.perf_counter()
    Path(args.out).write_text(text, encoding="utf-8")
    t3 = time.perf_counter()
    last = DAY0 + dt.timedelta(days=switch_days(args.days, args.switches)[-1])
    Path(args.out + ".expect.json").write_text(json.dumps(expected_sides(places, timeline, last)))
    parts = {k: len(_json_for_script(v).encode()) for k, v in data.items()}
    return {"payload_s": t1 - t0, "html_s": t2 - t1, "write_s": t3 - t2, "build_s": t3 - t0, **prep,
            "bytes": Path(args.out).stat().st_size, "json_bytes": len(_json_for_script(data).encode()),
            "parts": parts, "events": len(events), "periods": len(timeline), "cells": len(cells),
            "peak_mb": _peak_mb()}


def _feature_factory(gaz: Any, cells: Any, timeline: Any, nd: int | None) -> Any:
    """A function (place, day) -> the baseline's GeoJSON feature, geometry as geopandas gives it."""
    from shapely.geometry import mapping

    actors = timeline.actors
    geom = {}
    for pid, g in zip(cells["place_id"], cells.geometry, strict=True):
        geom[pid] = mapping(g)
    if nd is not None:
        from homsmap.render import _round_coords

        geom = {k: {"type": g["type"], "coordinates": _round_coords(g["coordinates"], nd)} for k, g in geom.items()}

    def feature(pid: str, day: dt.date) -> dict[str, object]:
        st = timeline.state_of(pid, day)
        colour = actors[st.side].colour if st.side else "#999999"
        name = actors[st.side].name if st.side else "unknown"
        place = gaz[pid]
        props: dict[str, object] = {"times": [day.isoformat()], "tooltip": f"{place.name}: {name} ({st.status})",
                                    "style": {"color": colour, "weight": 1, "fillColor": colour,
                                              "fillOpacity": 0.4 if st.status == "held" else 0.15}}
        g = geom.get(pid)
        if g is None:  # no cell (colocated, or outside the outline): its point
            g = {"type": "Point", "coordinates": [place.lon, place.lat]}
            props["icon"] = "circle"
            props["iconstyle"] = {"radius": 5, "color": colour, "fillColor": colour, "fillOpacity": 0.8}
        return {"type": "Feature", "geometry": g, "properties": props}

    return feature


def _baseline_page(features: list[Any], center: tuple[float, float]) -> str:
    from offlinefolium import Map
    from offlinefolium.plugins import TimestampedGeoJson

    m = Map(location=list(center), zoom_start=7, tiles=None, prefer_canvas=True)
    m._id = "baseline"  # the page's map variable is map_baseline
    TimestampedGeoJson({"type": "FeatureCollection", "features": features}, period="P1D", duration="PT1H",
                       auto_play=False, add_last_point=False, transition_time=200,
                       date_options="YYYY-MM-DD").add_to(m)
    return str(m.get_root().render())


def child_folium(args: argparse.Namespace) -> dict[str, object]:
    gaz, places, _clip, cells, events, timeline, prep = build_data(args.places, args.days)
    days = [DAY0 + dt.timedelta(days=i) for i in range(args.days)]
    lat = statistics.fmean(p.lat for p in places)
    lon = statistics.fmean(p.lon for p in places)
    t0 = time.perf_counter()
    feature = _feature_factory(gaz, cells, timeline, None)
    features = [feature(p.id, d) for d in days for p in places]
    t1 = time.perf_counter()
    text = _baseline_page(features, (lat, lon))
    t2 = time.perf_counter()
    Path(args.out).write_text(text, encoding="utf-8")
    t3 = time.perf_counter()
    return {"features_s": t1 - t0, "html_s": t2 - t1, "write_s": t3 - t2, "build_s": t3 - t0, **prep,
            "bytes": Path(args.out).stat().st_size, "features": len(features), "events": len(events),
            "peak_mb": _peak_mb()}


def child_extrapolate(args: argparse.Namespace) -> dict[str, object]:
    """The baseline's size at war scale, from its exact feature sizes: no page is built."""
    gaz, places, _clip, cells, _events, timeline, _prep = build_data(args.places, args.days)
    fixed = len(_baseline_page([], (35.0, 38.0)).encode())
    rng = random.Random(2)
    sample_days = sorted(DAY0 + dt.timedelta(days=rng.randrange(args.days)) for _ in range(5))
    out: dict[str, object] = {"fixed_bytes": fixed, "places": len(places), "days": args.days}
    for label, nd in (("full", None), ("nd4", 4)):
        feature = _feature_factory(gaz, cells, timeline, nd)
        per_day = [sum(len(json.dumps(feature(p.id, d)).encode()) + 2 for p in places) for d in sample_days]
        out[f"{label}_bytes"] = fixed + statistics.fmean(per_day) * args.days
    return out


# --- child: browser -----------------------------------------------------------------------------------

_SWITCH_JS = """
async ([kind, targets]) => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const out = {total: [], sync: [], empty: []};
  for (let k = 0; k < 10; k++) { const t0 = performance.now(); await frames(); out.empty.push(performance.now() - t0); }
  for (const d of targets) {
    const t0 = performance.now();
    if (kind === "homsmap") {
      window.homsmap.setDay(d);
    } else {
      const td = window.MAP.timeDimension;
      const loaded = new Promise(r => td.once("timeload", r));
      td.setCurrentTimeIndex(d);
      await loaded;
    }
    const t1 = performance.now();
    await frames();
    out.total.push(performance.now() - t0); out.sync.push(t1 - t0);
  }
  return out;
}
""".replace("MAP", BASELINE_NAME)

_READY_JS = {
    "homsmap": "() => window.homsmap && window.homsmap.ready === true",
    "folium": "() => window.MAP && window.MAP.timeDimension && window.MAP.timeDimension.getAvailableTimes().length > 0"
              .replace("MAP", BASELINE_NAME),
}

_STATE_JS = {  # after the last switch: [day shown, sides of the sample places | features drawn, their times]
    "homsmap": "(ids) => [window.homsmap.day(), ids.map(id => window.homsmap.stateOf(id).side || null)]",
    "folium": """(ids) => {
      const m = window.MAP, td = m.timeDimension, times = new Set(); let n = 0;
      m.eachLayer(l => { if (l.feature && l.feature.properties.times) { n++; times.add(l.feature.properties.times[0]); } });
      return [td.getCurrentTimeIndex(), n, [...times], td.getCurrentTime(), td.getAvailableTimes().length];
    }""".replace("MAP", BASELINE_NAME),
}


def child_browser(args: argparse.Namespace) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    targets = switch_days(args.days, args.switches)
    url = Path(args.out).resolve().as_uri()
    blocked: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.set_default_timeout(300_000)

        def route(r: Any) -> None:
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        t0 = time.perf_counter()
        page.goto(url, wait_until="load")
        page.wait_for_function(_READY_JS[args.kind])
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        load_s = time.perf_counter() - t0
        page.wait_for_timeout(1000)  # let the initial zoom animation (homsmap's fitBounds) end before timing
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        result = page.evaluate(_SWITCH_JS, [args.kind, targets])
        expect = json.loads(Path(args.out + ".expect.json").read_text()) if args.kind == "homsmap" else {}
        state = page.evaluate(_STATE_JS[args.kind], list(expect))
        browser.close()
    if args.kind == "homsmap":  # the map shows the timeline's side for every sample place
        ok = state[0] == targets[-1] and state[1] == list(expect.values())
    else:  # one feature per place drawn, all of the day asked
        ok = state[0] == targets[-1] and state[1] == args.places and state[2] == [state[3]] and state[4] == args.days
    return {"load_s": load_s, "switch_ms": result["total"], "sync_ms": result["sync"], "empty_ms": result["empty"],
            "heap_mb": metrics.get("JSHeapUsedSize", 0) / 2**20, "nodes": metrics.get("Nodes"),
            "blocked": blocked, "errors": errors[:5], "n_errors": len(errors), "final_state_ok": ok}


# --- parent ---------------------------------------------------------------------------------------------

def run_child(kind: str, places: int, days: int, out: Path, switches: int = 30) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--places", str(places), "--days", str(days), "--out", str(out),
           "--switches", str(switches)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"child {kind} {places}x{days} failed")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - t0
    return result


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def mb(n: float) -> str:
    return f"{n / 1e6:,.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=DENSITY_OF[0])
    parser.add_argument("--days", type=int, default=DENSITY_OF[1])
    parser.add_argument("--reduced", default="100x365,300x730", help="common scales for both approaches, PxD,...")
    parser.add_argument("--switches", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="keep the pages in this folder")
    parser.add_argument("--child", choices=("homsmap", "folium", "extrapolate", "browser-homsmap", "browser-folium"))
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        if args.child.startswith("browser-"):
            args.kind = args.child.removeprefix("browser-")
            result = child_browser(args)
        else:
            result = {"homsmap": child_homsmap, "folium": child_folium, "extrapolate": child_extrapolate}[args.child](args)
        print(json.dumps(result))
        return

    started = time.perf_counter()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_maps_"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []  # (label, approach, places, days, build, browser)
    try:
        scales = [tuple(int(x) for x in s.split("x")) for s in args.reduced.split(",") if s]
        for p, d in scales:
            for kind in ("homsmap", "folium"):
                out = folder / f"{kind}_{p}x{d}.html"
                build = run_child(kind, p, d, out, args.switches)
                browser = run_child(f"browser-{kind}", p, d, out, args.switches)
                rows.append((f"{p}x{d}", kind, p, d, build, browser))
                print(f"  {kind} {p}x{d}: {mb(build['bytes'])} MB, build {build['build_s']:.1f} s, "
                      f"load {browser['load_s']:.1f} s, switch median {statistics.median(browser['switch_ms']):.0f} ms",
                      file=sys.stderr)
        out = folder / f"homsmap_{args.places}x{args.days}.html"
        war = run_child("homsmap", args.places, args.days, out, args.switches)
        war_browser = run_child("browser-homsmap", args.places, args.days, out, args.switches)
        rows.append(("war", "homsmap", args.places, args.days, war, war_browser))
        extra = run_child("extrapolate", args.places, args.days, out)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)

    print(f"Slider maps; synthetic events at {DENSITY_OF[2] / (DENSITY_OF[0] * DENSITY_OF[1]) * 1000:.0f} changes "
          f"per 1,000 place-days; switch = setDay / setCurrentTimeIndex + 2 animation frames, {args.switches} random days")
    head = (f"{'scale':>12} {'approach':>8} {'changes':>8} {'HTML MB':>9} {'build s':>8} {'load s':>7} "
            f"{'switch med':>10} {'p95 ms':>7} {'sync med':>9} {'heap MB':>8} {'net':>4} {'err':>4}")
    print(head)
    for _label, kind, p, d, b, r in rows:
        print(f"{p:>6,}x{d:<5,} {kind:>8} {b['events'] - p:>8,} {mb(b['bytes']):>9} {b['build_s']:8.2f} "
              f"{r['load_s']:7.2f} {statistics.median(r['switch_ms']):10.1f} {pct(r['switch_ms'], 0.95):7.1f} "
              f"{statistics.median(r['sync_ms']):9.1f} {r['heap_mb']:8.0f} {len(r['blocked']):>4} {r['n_errors']:>4}")
    empty = [x for *_, r in rows for x in r["empty_ms"]]
    print(f"two empty animation frames (the floor of a switch): median {statistics.median(empty):.1f} ms")
    for label in dict.fromkeys(r[0] for r in rows if r[0] != "war"):
        h = next(r for r in rows if r[0] == label and r[1] == "homsmap")
        f = next(r for r in rows if r[0] == label and r[1] == "folium")
        print(f"ratio folium/homsmap at {label}: size {f[4]['bytes'] / h[4]['bytes']:.1f}x, build "
              f"{f[4]['build_s'] / h[4]['build_s']:.1f}x, load {f[5]['load_s'] / h[5]['load_s']:.1f}x, switch median "
              f"{statistics.median(f[5]['switch_ms']) / statistics.median(h[5]['switch_ms']):.1f}x, p95 "
              f"{pct(f[5]['switch_ms'], 0.95) / pct(h[5]['switch_ms'], 0.95):.1f}x, sync median "
              f"{statistics.median(f[5]['sync_ms']) / statistics.median(h[5]['sync_ms']):.1f}x")
    print(f"folium at war scale, EXTRAPOLATED from the exact size of each of the {extra['places']:,} places' "
          f"features x {extra['days']:,} days (no page built): {extra['full_bytes'] / 1e9:,.1f} GB "
          f"({extra['nd4_bytes'] / 1e9:,.1f} GB with coordinates rounded to 4 decimals as homsmap does); "
          f"{extra['full_bytes'] / war['bytes']:,.0f}x homsmap's page")
    print(f"homsmap war scale: build {war['build_s']:.1f} s = payload {war['payload_s']:.1f} + HTML "
          f"{war['html_s']:.1f} + write {war['write_s']:.2f} (timeline {war['timeline_s']:.2f} s, cells "
          f"{war['cells']:,}, periods {war['periods']:,}, events {war['events']:,}; child peak {war['peak_mb']:.0f} MB)")
    parts = sorted(war["parts"].items(), key=lambda kv: -kv[1])
    print("  JSON by key (MB): " + ", ".join(f"{k} {v / 1e6:.2f}" for k, v in parts if v > 20_000)
          + f"; assets and the rest {(war['bytes'] - war['json_bytes']) / 1e6:.2f}")
    med, p95 = statistics.median(war_browser["switch_ms"]), pct(war_browser["switch_ms"], 0.95)
    print(f"targets at war scale: HTML < 15 MB: {war['bytes'] < 15e6} ({mb(war['bytes'])}); build < 60 s: "
          f"{war['build_s'] < 60} ({war['build_s']:.1f}); day switch < 100 ms: median {med < 100} ({med:.0f}), "
          f"p95 {p95 < 100} ({p95:.0f}); load {war_browser['load_s']:.1f} s")
    bad = [(r[0], r[1]) for r in rows if r[5]["blocked"] or r[5]["n_errors"] or not r[5]["final_state_ok"]]
    for label, kind, *_rest, r in rows:
        if r["blocked"] or r["n_errors"]:
            print(f"  {kind} {label}: network {r['blocked'][:3]}, errors {r['errors']}")
    print(f"pages made no network request, no console error and ended on the last day asked: {not bad}; "
          f"run time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
