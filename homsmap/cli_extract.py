"""The ``homsmap extract`` and ``homsmap eval-extract`` commands (wired into :mod:`homsmap.cli`).

Bad input follows the CLI's rule: every :class:`~homsmap.errors.HomsmapError` becomes one line on stderr
and exit status 2 (``homsmap.cli.main`` prints it). An empty, binary, non-UTF-8 or oversized file is
unusable input; a text without dates or places is not: it gives a valid, possibly empty, result and a
note on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_extract_commands"]


def _published(value: str | None) -> dt.date | None:
    from homsmap.errors import InputError

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--published {value!r} is not a date", source="--published",
                         hint="write YYYY-MM-DD, e.g. --published 2024-12-08") from None


def _read(path: Path) -> str:
    from homsmap.errors import TextInputError
    from homsmap.extract import MAX_EXTRACT_CHARS
    from homsmap.files import read_text_document

    text = read_text_document(path, max_bytes=MAX_EXTRACT_CHARS)
    if not text.strip():
        raise TextInputError("empty document: nothing to extract", source=str(path),
                             hint="give a report with some text in it")
    return text


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from homsmap.files import atomic_write_text

    atomic_write_text(out, text if text.endswith("\n") else text + "\n")
    print(f"wrote {out}", file=sys.stderr)


def _cmd_extract(args: argparse.Namespace) -> int:
    from homsmap.actors import load_actors
    from homsmap.events import events_from_yaml
    from homsmap.extract import extract_events
    from homsmap.extract_eval import compare_with_seeds
    from homsmap.gazetteer import load_gazetteer

    text = _read(args.file)  # read (and fail) before loading anything else
    published = _published(args.published)
    gaz = load_gazetteer(args.gazetteer)
    acts = load_actors()
    campaign = events_from_yaml(args.compare, gazetteer=gaz, actors=acts) if args.compare else None
    if campaign is not None and published is None:
        published = campaign.document.published
    x = extract_events(text, published=published, gazetteer=gaz, actors=acts, document=str(args.file))
    if not x.events:
        why = "no dated sentence names a place and an action" if any(ch.isdigit() for ch in text) else \
            "the text gives no dates"
        print(f"homsmap: no events found in {args.file} ({why})", file=sys.stderr)
    if campaign is not None:
        comparison = compare_with_seeds(x, campaign, gazetteer=gaz, actors=acts)
        if args.format == "json":
            _emit(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=1), args.out)
        else:
            _emit(_comparison_text(comparison), args.out)
        return 0
    if args.format == "json":
        _emit(json.dumps(x.to_json_dict(detailed=args.detailed), ensure_ascii=False, indent=1), args.out)
    else:
        _emit(x.to_seeds_yaml(document_file=args.file.name, gazetteer=gaz), args.out)
    return 0


def _comparison_text(c: Any) -> str:
    lines = [f"{c.document} against campaign {c.campaign}: {c.tp} matched, {c.fp} found only by extract, "
             f"{c.fn} only in the curated file (precision {c.precision:.2f}, recall {c.recall:.2f}, F1 {c.f1:.2f}; "
             "control events that change the map, matched on date, place and side gained)"]
    if c.invented:
        lines.append(f"{len(c.invented)} proposed change(s) match only a denied or planned curated event")

    def ex(e: Any) -> str:
        span = f"{e.date}..{e.date_end}" if e.date_end else str(e.date)
        return f"  line {e.line:>4}  {span:22}  {e.action:11}  {e.place_text} ({e.place_id})  -> {e.gains_bloc}"

    def cu(e: Any) -> str:
        span = f"{e.date}..{e.date_end}" if e.date_end else str(e.date)
        return f"  {e.id:10}  {span:22}  {e.action:11}  {e.place} ({e.place_id})  -> {e.gains}"

    if c.only_extracted:
        lines += ["", "Found by extract, not in the curated file:", *map(ex, c.only_extracted)]
    if c.only_curated:
        lines += ["", "In the curated file, not found by extract:", *map(cu, c.only_curated)]
    if c.matched:
        lines += ["", "Matched:", *(f"{ex(a)}   = {b.id}" for a, b in c.matched)]
    if c.out_of_scope:
        lines += ["", f"{len(c.out_of_scope)} proposed change(s) dated outside the campaign were not compared"]
    return "\n".join(lines)


def _cmd_eval(args: argparse.Namespace) -> int:
    from homsmap.extract_eval import evaluate
    from homsmap.gazetteer import load_gazetteer

    seeds: Any = args.seeds if args.seeds is None or len(args.seeds) > 1 else args.seeds[0]
    report = evaluate(seeds, args.sources, gazetteer=load_gazetteer(args.gazetteer))
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.table())
        print("\nControl events that change the map, matched one-to-one on (date, place, bloc of the side gained); "
              "'invented' = proposed changes that the curated file has only as denied or planned; "
              "'places' = curated places found in the text.")
    return 0


def add_extract_commands(subparsers: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add ``extract`` and ``eval-extract`` to the ``homsmap`` parser's subcommands."""
    gaz_help = "folder holding places.csv and aliases.csv (default: the project's gazetteer/)"
    p = subparsers.add_parser(
        "extract", help="propose dated control events from a report, in the seeds schema",
        description="Read an English report and propose its events (captures, withdrawals, deals, sieges, "
        "attacks; air strikes and shelling as incidents), each with its sentence, line, character offsets, "
        "confidence and review notes. YAML (default) is a seeds file to review and save under seeds/; JSON "
        "follows the contract {events: [...], unresolved: [...]}. With --compare, what the report gives that a "
        "curated seeds file lacks, and the reverse.")
    p.add_argument("file", type=Path, metavar="FILE", help="a UTF-8 text file (an English report)")
    p.add_argument("--published", default=None, metavar="YYYY-MM-DD",
                   help="publication date: resolves weekdays and 'today' (default: none; with --compare, the "
                   "curated file's)")
    p.add_argument("--format", choices=("yaml", "json"), default="yaml", help="output format (default: yaml)")
    p.add_argument("--compare", type=Path, default=None, metavar="SEEDS.yaml",
                   help="a curated seeds file to compare with (matched / only extracted / only curated)")
    p.add_argument("--detailed", action="store_true", help="JSON: add id, kind, time, status, line, review, notes")
    p.add_argument("--out", type=Path, default=None, metavar="FILE", help="write here instead of stdout")
    p.add_argument("--gazetteer", type=Path, default=None, metavar="DIR", help=gaz_help)
    p.set_defaults(func=_cmd_extract)

    p = subparsers.add_parser(
        "eval-extract", help="score extract against the curated seeds and their source documents",
        description="Run extract on the source document of every seeds file and score it: precision, recall "
        "and F1 on control events that change the map (one-to-one, on date, place and bloc of the side "
        "gained), invented changes (matching only denied or planned curated events) and place-mention recall. "
        "The rules are in homsmap/extract_eval.py.")
    p.add_argument("--seeds", nargs="+", type=Path, default=None, metavar="PATH",
                   help="a seeds folder or files (default: the project's seeds/)")
    p.add_argument("--sources", type=Path, default=None, metavar="DIR",
                   help="folder of the source documents (default: $HOMSMAP_SOURCES or ../shared/seeds)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    p.add_argument("--gazetteer", type=Path, default=None, metavar="DIR", help=gaz_help)
    p.set_defaults(func=_cmd_eval)
