"""The ``homsmap`` command: translates between the shell and the Python API, nothing more.

Every :class:`~homsmap.errors.HomsmapError` becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from homsmap.errors import HomsmapError, InputError, SeedsValidationError

__all__ = ["main"]

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line, the homsmap way."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise SystemExit(f"homsmap: error: {message}")


def _table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    cells = [[str(c) for c in header]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _match_row(m: object) -> list[object]:
    from homsmap.resolve import Match

    assert isinstance(m, Match)
    p = m.place
    if p is None:
        best = m.candidates[0].place if m.candidates else None
        info = f"{len(m.candidates)} candidates, best {best.name} ({best.adm2})" if best else \
            (m.reason + (f"; try {', '.join(m.suggestions[:3])}" if m.suggestions else ""))
        return [m.query, m.status, "", info, "", "", ""]
    return [m.query, m.status, p.id, p.name, p.kind, p.adm2 or p.adm1, f"{m.confidence:.2f}"]


def _cmd_resolve(args: argparse.Namespace) -> int:
    from homsmap.gazetteer import load_gazetteer
    from homsmap.resolve import check_name, resolve

    names = [check_name(n, source=f"name {i + 1}") for i, n in enumerate(args.names)]
    gaz = load_gazetteer(args.gazetteer)
    matches = [resolve(gaz, n) for n in names]
    if args.format == "json":
        print(json.dumps([m.to_dict() for m in matches], ensure_ascii=False, indent=1))
    else:
        print(_table([_match_row(m) for m in matches],
                     ["query", "status", "id", "name", "kind", "district", "conf"]))
    return 0


def _cmd_places(args: argparse.Namespace) -> int:
    from homsmap.files import read_text_document
    from homsmap.gazetteer import load_gazetteer
    from homsmap.geoparse import find_places

    texts = [(str(f), read_text_document(f)) for f in args.files]  # read all first: fail before output
    gaz = load_gazetteer(args.gazetteer)
    results = []
    for name, text in texts:
        for m in find_places(text, gazetteer=gaz, document=name):
            results.append(m)
    if args.format == "json":
        out = []
        for m in results:
            d = m.to_dict()
            out.append({"document": m.document, "text": m.query, "start": m.start, "end": m.end, **d})
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    rows = [[Path(m.document or "").name, m.start, *_match_row(m)] for m in results]
    print(_table(rows, ["document", "offset", "mention", "status", "id", "name", "kind", "district", "conf"]))
    counts = {s: sum(1 for m in results if m.status == s) for s in ("resolved", "ambiguous", "unknown")}
    print(f"\n{len(results)} mentions in {len(texts)} document(s): "
          + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def _cmd_gazetteer_build(args: argparse.Namespace) -> int:
    from homsmap.curate import build_gazetteer

    report = build_gazetteer(args.reference, args.out, check=args.check)
    if args.check:
        if report.changed:
            for path in report.changed:
                print(f"{path}: differs from a fresh build", file=sys.stderr)
            print("homsmap: the committed gazetteer is out of date; run 'homsmap gazetteer build'",
                  file=sys.stderr)
            return 1
        print(f"gazetteer up to date: {report.total} places in {report.out_dir}")
        return 0
    print(f"built {report.total} places into {report.out_dir} "
          f"({len(report.dropped_outside)} reference places outside Syria dropped)")
    for kind, count in report.counts_by_kind.items():
        print(f"  {kind:14} {count:6}")
    return 0


def _cmd_gazetteer_info(args: argparse.Namespace) -> int:
    from homsmap.gazetteer import load_gazetteer

    gaz = load_gazetteer(args.gazetteer)
    info = {"source": gaz.source, "places": len(gaz), "names": len(gaz.by_key),
            "by_kind": gaz.counts_by_kind(), "by_governorate": gaz.counts_by_governorate(),
            "sources": sorted({p.provenance.split(":")[0] for p in gaz.places})}
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False, indent=1))
        return 0
    print(f"{len(gaz)} places, {len(gaz.by_key)} distinct normalised names, from {gaz.source}")
    print("sources: " + ", ".join(info["sources"]))  # type: ignore[arg-type]
    print("\n" + _table(list(gaz.counts_by_kind().items()), ["kind", "places"]))
    print("\n" + _table(list(gaz.counts_by_governorate().items()), ["governorate", "places"]))
    return 0


def _load(args: argparse.Namespace) -> tuple[object, object]:
    """The seeds (from --seeds) and the gazetteer."""
    from homsmap.events import load_seeds
    from homsmap.gazetteer import load_gazetteer

    gaz = load_gazetteer(args.gazetteer)
    return load_seeds(_seed_paths(args.seeds), gazetteer=gaz), gaz


def _seed_paths(paths: Sequence[Path] | None) -> list[Path] | None:
    """Files named, and the campaign files of folders named; None for the default seeds/."""
    from homsmap.events import seeds_files

    if not paths:
        return None
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(seeds_files(p))
        elif not p.exists():
            raise InputError("no such file or folder", source=str(p), hint="give a seeds YAML file or folder")
        else:
            files.append(p)
    return files


def _print_records(records: list[dict[str, object]], fmt: str, columns: Sequence[str]) -> None:
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    else:
        print(_table([[r.get(c) for c in columns] for r in records], columns))


def _cmd_validate(args: argparse.Namespace) -> int:
    from homsmap.gazetteer import load_gazetteer
    from homsmap.timeline import validate_seeds

    report = validate_seeds(_seed_paths(args.paths), gazetteer=load_gazetteer(args.gazetteer))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(report.summary(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else EXIT_USAGE


def _place_info(gaz: object, place_id: str) -> dict[str, object]:
    from homsmap.gazetteer import Gazetteer

    assert isinstance(gaz, Gazetteer)
    p = gaz.get(place_id)
    return {"name": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None}


def _pick_places(names: Sequence[str], gaz: object, scope: Sequence[str]) -> list[str]:
    """Place ids for --place NAME: an id, or a name resolved; an ambiguous name is settled only by
    exactly one candidate being in scope."""
    from homsmap.errors import AmbiguousPlaceError, UnknownPlaceError
    from homsmap.gazetteer import Gazetteer
    from homsmap.resolve import check_name, resolve

    assert isinstance(gaz, Gazetteer)
    ids = []
    for i, raw in enumerate(names):
        name = check_name(raw, source=f"--place {i + 1}")
        if name in gaz:
            ids.append(name)
            continue
        m = resolve(gaz, name)
        in_scope = [c.place.id for c in m.candidates if c.place.id in scope]
        if m.place is not None and (m.place.id in scope or not in_scope):
            ids.append(m.place.id)
        elif len(set(in_scope)) == 1:
            ids.append(in_scope[0])
        elif m.status == "unknown":
            raise UnknownPlaceError(name, suggestions=m.suggestions, source="--place")
        else:
            raise AmbiguousPlaceError(name, candidates=[f"{c.place.id} ({c.place.name}, {c.place.adm2})"
                                                        for c in m.candidates], source="--place")
    return ids


def _cmd_state(args: argparse.Namespace) -> int:
    from homsmap.events import Seeds
    from homsmap.timeline import timeline_for

    seeds, gaz = _load(args)
    assert isinstance(seeds, Seeds)
    try:
        day = _dt.date.fromisoformat(args.on)
    except ValueError:
        raise InputError(f"--on {args.on!r} is not a date", source="--on", hint="write YYYY-MM-DD") from None
    scope: Sequence[str] = ()
    if args.campaign:
        campaign = seeds.campaign(args.campaign)
        if not campaign.start <= day <= campaign.end:
            raise InputError(f"{day} is outside campaign {campaign.id} ({campaign.start} to {campaign.end})",
                             source="--on", hint="pick a day in the campaign, or drop --campaign for the region")
        scope = campaign.place_ids
    timeline = timeline_for(seeds, args.campaign)
    states = timeline.state_on(day)
    wanted = _pick_places(args.place, gaz, scope or timeline.places) if args.place else \
        sorted(set(scope) | set(states))
    records = []
    for pid in wanted:
        st = states[pid]
        records.append({"place_id": pid, **_place_info(gaz, pid), "side": st.side,
                        "bloc": seeds.actors.bloc_of(st.side), "status": st.status,
                        "since": st.since.isoformat() if st.since else None, "event_id": st.event_id,
                        "certainty": st.certainty, "challenger": st.challenger})
    records.sort(key=lambda r: (str(r["name"]), str(r["place_id"])))
    _print_records(records, args.format, ["place_id", "name", "side", "bloc", "status", "since", "event_id",
                                          "certainty", "challenger"])
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    from homsmap.events import Seeds
    from homsmap.timeline import timeline_for

    seeds, gaz = _load(args)
    assert isinstance(seeds, Seeds)
    timeline = timeline_for(seeds, args.campaign)
    records = [{"place_id": p.place_id, **_place_info(gaz, p.place_id), "side": p.side,
                "bloc": seeds.actors.bloc_of(p.side), **{k: v for k, v in p.to_dict().items()
                                                          if k not in ("place_id", "side")}}
               for p in timeline.periods]
    _print_records(records, args.format, ["place_id", "name", "lat", "lon", "side", "bloc", "status", "start",
                                          "end", "event_id", "certainty", "challenger", "campaign"]
                   if args.format == "csv" else
                   ["place_id", "name", "side", "status", "start", "end", "event_id", "certainty"])
    return 0


def _cmd_events(args: argparse.Namespace) -> int:
    from homsmap.events import Seeds

    seeds, gaz = _load(args)
    assert isinstance(seeds, Seeds)
    events = [e for e in seeds.events(args.campaign) if e.kind != "baseline" or args.baseline]
    records = []
    for e in events:
        d = e.to_dict()
        d.update({"place_name": _place_info(gaz, e.place_id)["name"], "lat": _place_info(gaz, e.place_id)["lat"],
                  "lon": _place_info(gaz, e.place_id)["lon"], "gains_bloc": seeds.actors.bloc_of(e.gains),
                  "loses_bloc": seeds.actors.bloc_of(e.loses), "citation": e.citation})
        records.append(d)
    full = ["id", "campaign", "kind", "date", "date_end", "precision", "time", "place", "place_id", "place_name",
            "lat", "lon", "action", "gains", "gains_bloc", "loses", "loses_bloc", "status", "certainty",
            "citation", "note", "source_file", "source_line"]
    _print_records(records, args.format, full if args.format == "csv" else
                   ["id", "date", "place", "place_id", "action", "gains", "loses", "status", "certainty", "citation"])
    return 0


def _progress_printer(quiet: bool) -> object:
    """A progress bar on a terminal, one line per step otherwise, nothing with --quiet."""
    if quiet:
        return None
    tty = sys.stderr.isatty()

    def show(done: int, total: int, label: str) -> None:
        if tty:
            width = 30
            filled = int(width * done / max(total, 1))
            end = "\n" if done >= total else ""
            print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label:40.40}", end=end, file=sys.stderr,
                  flush=True)
        elif done < total:
            print(f"building {label} ({done + 1}/{total})", file=sys.stderr, flush=True)

    return show


def _cmd_build(args: argparse.Namespace) -> int:
    from homsmap.build import build_outputs
    from homsmap.gazetteer import load_gazetteer

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    gaz = load_gazetteer(args.gazetteer)
    seeds = None
    if args.seeds:
        from homsmap.events import load_seeds

        seeds = load_seeds(_seed_paths(args.seeds), gazetteer=gaz)
    report = build_outputs(args.out, campaigns=args.campaign or None, formats=formats, tiles=args.tiles,
                           seeds=seeds, gazetteer=gaz, progress=_progress_printer(args.quiet))  # type: ignore[arg-type]
    print(report.summary())
    return 0


def _cmd_map(args: argparse.Namespace) -> int:
    from homsmap.events import Seeds
    from homsmap.render import map_for_day, slider_map

    seeds, gaz = _load(args)
    assert isinstance(seeds, Seeds)
    campaign = None if args.campaign in (None, "region") else args.campaign
    if args.on:
        try:
            day = _dt.date.fromisoformat(args.on)
        except ValueError:
            raise InputError(f"--on {args.on!r} is not a date", source="--on", hint="write YYYY-MM-DD") from None
        page = map_for_day(seeds, gaz, day, campaign_id=campaign, tiles=args.tiles)  # type: ignore[arg-type]
    else:
        page = slider_map(seeds, gaz, campaign_id=campaign, tiles=args.tiles)  # type: ignore[arg-type]
    path = page.save(args.out)
    print(f"wrote {path}")
    return 0


def _data_options(p: argparse.ArgumentParser) -> None:
    """--seeds and --gazetteer, shared by every command that reads the events."""
    p.add_argument("--seeds", nargs="+", type=Path, default=None, metavar="PATH",
                   help="seeds files or folders (default: the project's seeds/)")
    p.add_argument("--gazetteer", type=Path, default=None, metavar="DIR",
                   help="folder holding places.csv and aliases.csv (default: the project's gazetteer/)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="homsmap", description="Maps of who controlled what in the Syrian civil war, "
                     "day by day, traceable to their sources.")
    parser.add_argument("--version", action="version", version="%(prog)s 0.1.0")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    gaz_help = "folder holding places.csv and aliases.csv (default: the project's gazetteer/)"

    p = sub.add_parser("resolve", help="resolve place names against the gazetteer",
                       description="Resolve each NAME to a place: resolved, ambiguous (with ranked "
                       "candidates) or unknown (with suggestions).")
    p.add_argument("names", nargs="+", metavar="NAME", help="a place name as a reporter wrote it")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    p.add_argument("--gazetteer", type=Path, default=None, metavar="DIR", help=gaz_help)
    p.set_defaults(func=_cmd_resolve)

    p = sub.add_parser("places", help="find and resolve every place named in text files",
                       description="Find every place mention in each FILE (English or Arabic text, UTF-8) "
                       "and resolve it with the whole document as context.")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a UTF-8 text file")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    p.add_argument("--gazetteer", type=Path, default=None, metavar="DIR", help=gaz_help)
    p.set_defaults(func=_cmd_places)

    g = sub.add_parser("gazetteer", help="build or describe the curated gazetteer",
                       description="Build the curated gazetteer from the public reference data, or describe it.")
    gsub = g.add_subparsers(dest="gazetteer_command", required=True, parser_class=_Parser)
    p = gsub.add_parser("build", help="rebuild gazetteer/ from ../shared/reference",
                        description="Rebuild places.csv, boundaries/ and build-info.json from the reference "
                        "data plus supplement.yaml and aliases.csv. Deterministic.")
    p.add_argument("--reference", type=Path, default=None, metavar="DIR",
                   help="the reference folder (default: $HOMSMAP_REFERENCE or ../shared/reference)")
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="where to write (default: gazetteer/)")
    p.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 if the files differ from a fresh build")
    p.set_defaults(func=_cmd_gazetteer_build)
    p = gsub.add_parser("info", help="counts by kind and governorate, and the sources",
                        description="Describe the gazetteer: counts by kind and governorate, and sources.")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    p.add_argument("--gazetteer", type=Path, default=None, metavar="DIR", help=gaz_help)
    p.set_defaults(func=_cmd_gazetteer_info)

    seeds_help = "seeds files or folders (default: the project's seeds/)"
    p = sub.add_parser("build", help="build every map and export into output/",
                       description="Render every campaign and the whole 2014-2024 region: time-slider and per-day "
                       "HTML maps (offline), PNGs, GeoJSON, GeoPackage and ACLED-style CSV, plus output/index.html.")
    p.add_argument("--campaign", action="append", default=[], metavar="ID",
                   help="a campaign id, or 'region' (repeatable; default: every campaign and the region)")
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="output folder (default: output/)")
    p.add_argument("--format", default="html,days,png,geojson,gpkg,csv", metavar="LIST",
                   help="comma-separated subset of html,days,png,geojson,gpkg,csv (default: all)")
    p.add_argument("--tiles", choices=("osm",), default=None,
                   help="add an online tile layer under the vector basemap (needs the network when viewed)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    _data_options(p)
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("map", help="write one HTML map: the time-slider map, or one day's",
                       description="Write one self-contained HTML map of a campaign (or the region): the time-slider "
                       "map, or with --on the static map of that day.")
    p.add_argument("--campaign", default=None, metavar="ID", help="a campaign id (default: the whole region)")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="a day within the campaign (default: the slider)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument("--tiles", choices=("osm",), default=None, help="add an online tile layer (needs the network)")
    _data_options(p)
    p.set_defaults(func=_cmd_map)

    p = sub.add_parser("validate", help="check seeds files: schema, places, actors, dates, ids, contradictions",
                       description="Check every seeds file. Clean: a summary and exit 0. Otherwise every "
                       "problem as file:line: message (fix: …) and exit 2.")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=seeds_help)
    p.add_argument("--gazetteer", type=Path, default=None, metavar="DIR", help=gaz_help)
    p.set_defaults(func=_cmd_validate)

    fmt_help = "output format (default: table)"
    p = sub.add_parser("state", help="who held each place on a day",
                       description="The control state on a day: carried forward from the last event on or "
                       "before it; 'unknown' before a place's first event or baseline. Without --campaign, the "
                       "regional timeline of every campaign.")
    p.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day")
    p.add_argument("--campaign", default=None, metavar="ID", help="one campaign (default: the whole region)")
    p.add_argument("--place", action="append", default=[], metavar="NAME", help="a place name or id (repeatable)")
    p.add_argument("--format", choices=("table", "json"), default="table", help=fmt_help)
    _data_options(p)
    p.set_defaults(func=_cmd_state)

    p = sub.add_parser("timeline", help="the control periods (place, side, status, start, end)",
                       description="Every control period: place, side, status, first and last day, the event "
                       "that opened it. 'end' is empty while the period is still in force.")
    p.add_argument("--campaign", default=None, metavar="ID", help="one campaign (default: the whole region)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help=fmt_help)
    _data_options(p)
    p.set_defaults(func=_cmd_timeline)

    p = sub.add_parser("events", help="the curated events with their resolved places",
                       description="The curated events (control changes and incidents) with their places, "
                       "sides, blocs, certainty and citation.")
    p.add_argument("--campaign", default=None, metavar="ID", help="one campaign (default: all)")
    p.add_argument("--baseline", action="store_true", help="include the baseline entries")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help=fmt_help)
    _data_options(p)
    p.set_defaults(func=_cmd_events)

    from homsmap.cli_extract import add_extract_commands

    add_extract_commands(sub, _Parser)
    return parser


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status (0 ok, 1 check failed, 2 bad input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        status = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return status
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return EXIT_USAGE
        return int(exc.code or 0)
    except SeedsValidationError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"homsmap: {len(exc.problems)} problem(s) in the seeds files; run 'homsmap validate'", file=sys.stderr)
        return EXIT_USAGE
    except HomsmapError as exc:
        print(f"homsmap: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `homsmap places … | head`: the reader left, nothing to report
        _silence_stdout()
        return 0
    except (OSError, UnicodeError) as exc:  # anything the API did not wrap still gets one line
        print(f"homsmap: {InputError(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("homsmap: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: one line, and the traceback only on request
        if os.environ.get("HOMSMAP_DEBUG"):
            raise
        print(f"homsmap: internal error: {type(exc).__name__}: {exc} "
              "(set HOMSMAP_DEBUG=1 for the traceback, and please report it)", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
