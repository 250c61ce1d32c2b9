"""Timeline at the scale of the Syrian war: homsmap against a naive per-day pandas pivot, in one run.

Run from the repository root::

    .venv/bin/python benchmarks/bench_timeline.py [--places 10000] [--days 5000] [--events 100000]

Synthetic data, deterministic (``random.Random(0)``): ``--places`` places, ``--events`` control
events spread over ``--days`` days, six sides; 80 % of events are captures (status held), the rest
contested / besieged / agreement / ceasefire, 5 % are denied (they must not change control), 10 %
claimed. Every place gets a baseline on day 0.

Each approach runs in its own child process so its peak memory (``ru_maxrss``) is its own:

- **homsmap**: ``timeline_from_events(events)`` (contradiction check included), then
  ``state_on(day)`` for 200 random days (the mean is reported; the first call is not excluded). It
  returns a lazy view; materialising every state (``to_frame()``, and ``PlaceState`` objects) is timed
  apart.
- **naive**: the usual pandas approach: a DataFrame of the applied events, ``pivot_table`` to one
  row per day and one column per place (the last event of a day wins), reindexed to every day,
  forward-filled; ``state_on(day)`` is ``frame.loc[day]``. It tracks the side only.

Both answer the same 200 days; the script checks that the controlling side of every place agrees
between them (a correctness check, not just a race) and prints the figures and the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from homsmap.events import ControlEvent  # noqa: E402

SIDES = ("government", "opposition", "hts", "isil", "sdf", "turkey")
DAY0 = dt.date(2011, 3, 15)


def synthetic_events(n_places: int, n_days: int, n_events: int) -> list[ControlEvent]:
    rng = random.Random(0)
    events = []
    for p in range(n_places):
        events.append(ControlEvent(f"base-{p:06d}", "war", "baseline", DAY0, None, "day", None, f"P{p}",
                                   f"syn:{p:06d}", "baseline", rng.choice(SIDES), None, "held", "reported",
                                   "synthetic.txt", 1))
    for i in range(n_events):
        p = rng.randrange(n_places)
        day = DAY0 + dt.timedelta(days=rng.randrange(1, n_days))
        gains, loses = rng.sample(SIDES, 2)
        r = rng.random()
        action, status = ("captured", "held") if r < 0.8 else rng.choice(
            [("contested", "contested"), ("besieged", "besieged"), ("agreement", "agreement_pending"),
             ("ceasefire", "ceasefire")])
        c = rng.random()
        certainty = "denied" if c < 0.05 else "claimed" if c < 0.15 else "reported"
        events.append(ControlEvent(f"ev-{i:07d}", "war", "control", day, None, "day", None, f"P{p}",
                                   f"syn:{p:06d}", action, gains, loses, status, certainty, "synthetic.txt", 1))
    return events


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _query_days(n_days: int) -> list[dt.date]:
    rng = random.Random(1)
    return [DAY0 + dt.timedelta(days=rng.randrange(n_days)) for _ in range(200)]


def child_homsmap(args: argparse.Namespace) -> dict[str, object]:
    from homsmap.timeline import timeline_from_events

    events = synthetic_events(args.places, args.days, args.events)
    base_mb = _peak_mb()
    t0 = time.perf_counter()
    timeline = timeline_from_events(events)
    build = time.perf_counter() - t0
    days = _query_days(args.days)
    t0 = time.perf_counter()
    states = [timeline.state_on(d) for d in days]
    query = (time.perf_counter() - t0) / len(days)
    # every place's PlaceState on 20 sample days (timed apart: state_on itself is a lazy view)
    t0 = time.perf_counter()
    frames = [st.to_frame() for st in states[:20]]
    full = (time.perf_counter() - t0) / 20
    t0 = time.perf_counter()
    sides = {d.isoformat(): {p: s.side for p, s in st.items()} for d, st in zip(days[:20], states[:20], strict=True)}
    objects = (time.perf_counter() - t0) / 20
    assert all(f["side"].tolist() == list(sides[d.isoformat()].values()) for d, f in zip(days, frames, strict=False))
    return {"build_s": build, "state_on_ms": query * 1000, "all_states_ms": full * 1000, "objects_ms": objects * 1000, "peak_mb": _peak_mb(), "events_mb": base_mb,
            "periods": len(timeline), "sides": sides}


def child_naive(args: argparse.Namespace) -> dict[str, object]:
    import pandas as pd

    events = synthetic_events(args.places, args.days, args.events)
    base_mb = _peak_mb()
    t0 = time.perf_counter()
    applied = [e for e in events if e.changes_control]
    frame = pd.DataFrame({"day": [e.effective_date for e in applied], "place": [e.place_id for e in applied],
                          "order": [e.order_key[1:] for e in applied],
                          "side": [e.gains if e.status == "held" else e.loses for e in applied]})
    frame = frame.sort_values(["day", "order"], kind="stable")
    wide = frame.pivot_table(index="day", columns="place", values="side", aggfunc="last")
    all_days = [DAY0 + dt.timedelta(days=i) for i in range(args.days)]
    wide = wide.reindex(all_days).ffill()
    build = time.perf_counter() - t0
    days = _query_days(args.days)
    t0 = time.perf_counter()
    rows = [wide.loc[d] for d in days]
    query = (time.perf_counter() - t0) / len(days)
    sides = {d.isoformat(): {p: s for p, s in row.items() if isinstance(s, str)}
             for d, row in zip(days[:20], rows[:20], strict=True)}
    return {"build_s": build, "state_on_ms": query * 1000, "peak_mb": _peak_mb(), "events_mb": base_mb,
            "cells": int(wide.shape[0] * wide.shape[1]), "sides": sides}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=5_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--child", choices=("homsmap", "naive"))
    args = parser.parse_args()
    if args.child:
        result = (child_homsmap if args.child == "homsmap" else child_naive)(args)
        print(json.dumps(result))
        return
    sizes = ["--places", str(args.places), "--days", str(args.days), "--events", str(args.events)]
    results = {}
    for name in ("homsmap", "naive"):
        out = subprocess.run([sys.executable, __file__, "--child", name, *sizes], capture_output=True, text=True,
                             check=True)
        results[name] = json.loads(out.stdout)
    h, n = results["homsmap"], results["naive"]
    agree = h["sides"] == n["sides"]
    print(f"{args.places:,} places, {args.days:,} days, {args.events:,} events "
          f"({h['periods']:,} control periods; the naive frame has {n['cells']:,} cells)")
    print(f"{'':10} {'build s':>9} {'state_on ms':>12} {'peak MB':>9}  (MB with only the events loaded)")
    for name, r in results.items():
        print(f"{name:10} {r['build_s']:9.3f} {r['state_on_ms']:12.3f} {r['peak_mb']:9.0f}  ({r['events_mb']:.0f})")
    print(f"ratio naive/homsmap: build {n['build_s'] / h['build_s']:.1f}x, state_on "
          f"{n['state_on_ms'] / h['state_on_ms']:.1f}x, peak memory {n['peak_mb'] / h['peak_mb']:.1f}x, "
          f"memory beyond the events {(n['peak_mb'] - n['events_mb']) / max(h['peak_mb'] - h['events_mb'], 1):.1f}x")
    print(f"homsmap: every known state of a day as a DataFrame (DayState.to_frame) {h['all_states_ms']:.1f} ms, "
          f"as PlaceState objects {h['objects_ms']:.1f} ms (state_on itself returns a lazy view)")
    print(f"targets: build < 2 s: {h['build_s'] < 2}; state_on < 10 ms: {h['state_on_ms'] < 10}; "
          f"peak < 500 MB: {h['peak_mb'] < 500}")
    print(f"controlling side of every place on 20 sample days agrees with the naive pivot: {agree}")
    if not agree:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
