"""The ``homsmap`` command: translates between the shell and the Python API, nothing more.

Every :class:`~homsmap.errors.HomsmapError` becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from homsmap.errors import HomsmapError, InputError

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status (0 ok, 1 check failed, 2 bad input)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return int(args.func(args))
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return EXIT_USAGE
        return int(exc.code or 0)
    except HomsmapError as exc:
        print(f"homsmap: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, UnicodeError) as exc:  # anything the API did not wrap still gets one line
        print(f"homsmap: {InputError(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `homsmap places … | head`: the reader left, nothing to report
        sys.stderr.close()
        return 0
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
