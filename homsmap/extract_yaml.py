"""An :class:`~homsmap.extract.Extraction` as a seeds file (seeds/README.md) for a person to review.

The events block is valid as it stands: ``homsmap validate`` accepts the file once it is saved under
``seeds/`` and the document sits in the sources folder (``../shared/seeds``) under the name in
``document.file``. What the extractor cannot know is marked ``FILL IN`` (the publisher, a title for the
campaign) and its guesses say so in comments. Events that would break the schema (no side found, an
ambiguous place, a place named on another line, no date) are kept as comments at the end, with the
reason, not dropped. Every event's ``note`` gives its confidence and why it needs review.

- Certainty: an event is ``confirmed`` only when the sentence states it in the document's own voice and
  nothing about it was inferred; an inferred side, place or date makes it ``reported`` (a reviewer
  decides). Two confirmed events that would give one place to two sides on one day are reconciled the
  same way, so the file never trips the contradiction check.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from homsmap.extract import ExtractedEvent, Extraction, campaign_slug, short_hash
from homsmap.gazetteer import Gazetteer, load_gazetteer

__all__ = ["to_seeds_yaml"]


def _q(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, (dt.date, int, float)):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _fold(text: str) -> str:
    return re.sub(r"['’‘`ʼʿ]", "'", text.casefold())


def _problem(e: ExtractedEvent, lines: list[str]) -> str | None:
    """Why an event cannot go into the events block as it is, or ``None``."""
    if e.date is None:
        return "no date"
    if e.place_id is None:
        return "the place is not settled"
    if e.kind == "control" and e.gains is None:
        return "no side found"
    if e.kind == "control" and e.status != "held" and e.loses is None:
        return f"status {e.status} needs the side holding the place"
    if e.line > len(lines) or _fold(e.place_text) not in _fold(lines[e.line - 1]):
        return "the place is named on another line"
    return None


def _inferred(e: ExtractedEvent) -> bool:
    return any(("inferred" in n or "read as" in n or "inherited" in n or "publication" in n) for n in e.notes)


def _certainty(events: list[ExtractedEvent]) -> dict[int, tuple[str, str | None]]:
    """Certainty per event (by index), with a reason when it was lowered."""
    out: dict[int, tuple[str, str | None]] = {}
    for i, e in enumerate(events):
        if e.certainty == "confirmed" and _inferred(e):
            out[i] = ("reported", "inferred in part: reported until reviewed")
        else:
            out[i] = (e.certainty, None)
    seen: dict[tuple[str | None, dt.date | None], tuple[int, str | None]] = {}
    for i, e in enumerate(events):
        if e.kind != "control" or e.status != "held" or out[i][0] != "confirmed":
            continue
        key = (e.place_id, e.effective_date)
        if key in seen and seen[key][1] != e.gains:
            out[i] = ("reported", f"another confirmed event gives the place to {seen[key][1]} that day")
        seen.setdefault(key, (i, e.gains))
    return out


def _event_lines(e: ExtractedEvent, eid: str, certainty: str, why: str | None) -> list[str]:
    rows = [f"  - id: {eid}", f"    kind: {e.kind}", f"    date: {e.date}"]
    if e.precision in ("range", "month") and e.date_end is not None:
        rows.append(f"    date_end: {e.date_end}")
    precision = e.precision if e.precision != "range" or e.date_end is not None else "approximate"
    rows.append(f"    precision: {precision}")
    if e.time:
        rows.append(f"    time: {_q(e.time)}")
    rows += [f"    place: {_q(e.place_text)}", f"    place_id: {e.place_id}", f"    action: {e.action}"]
    if e.gains is not None:
        rows.append(f"    gains: {e.gains}")
    if e.loses is not None and e.loses != e.gains:
        rows.append(f"    loses: {e.loses}")
    rows.append(f"    status: {e.status if e.kind == 'control' else 'null'}")
    rows.append(f"    certainty: {certainty}")
    rows.append(f"    citation: {{line: {e.line}}}")
    note = [f"Proposed by homsmap extract (confidence {e.confidence:.2f}{', to review' if e.review else ''});"
            f" trigger {e.trigger!r}."]
    note += [n.rstrip(".") + "." for n in e.notes]
    if why:
        note.append(why + ".")
    rows.append(f"    note: {_q(' '.join(note))}")
    return rows


def to_seeds_yaml(x: Extraction, *, document_file: str | None = None, campaign_id: str | None = None,
                  title: str | None = None, publisher: str | None = None, kind: str | None = None,
                  gazetteer: Gazetteer | None = None) -> str:
    """The seeds file text for ``x`` (see the module doc); arguments fill what the text does not say."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    name = document_file or (Path(x.document).name if x.document else "document.txt")
    file_ok = bool(re.fullmatch(r"[\w.-]+\.txt", name))
    lines = x.text.split("\n")
    events = list(x.events)
    kept = [e for e in events if _problem(e, lines) is None]
    held_back = [(e, _problem(e, lines)) for e in events if _problem(e, lines) is not None]
    certainty = _certainty(kept)
    days = [d for e in kept for d in (e.date, e.date_end) if d is not None]
    start = min(days) if days else (x.published or dt.date.today())
    end = max(days) if days else start
    cid = campaign_id or f"{start:%Y-%m}-extract-{campaign_slug(name)}"
    prefix = "x" + short_hash(cid)
    areas = sorted({f"ocha:{p.adm1_pcode}" for e in kept if e.place_id and (p := gaz.get(e.place_id))
                    and p.adm1_pcode and f"ocha:{p.adm1_pcode}" in gaz})
    doc_kind = kind or ("news" if x.published else "encyclopedia")
    out = [
        f"# Proposed by `homsmap extract` from {x.document or 'a text'}: {len(kept)} events to review"
        + (f", {len(held_back)} more held back as comments at the end" if held_back else "") + ".",
        "# Check every event against its cited line; fill in what is marked FILL IN; delete what is wrong.",
        "",
        "document:",
        f"  file: {_q(name if file_ok else 'document.txt')}" + ("" if file_ok else
                                                               "   # FILL IN: the file's name in ../shared/seeds/"),
        f"  title: {_q(title or x.title or 'FILL IN: the document title')}",
        f"  publisher: {_q(publisher or 'FILL IN: publisher')}",
        f"  kind: {doc_kind}" + ("" if kind else "   # guessed from --published: check"),
        f"  published: {_q(x.published)}",
        f"  published_precision: {'day' if x.published else 'approximate'}",
        f"  note: {_q('Proposed by homsmap extract; the publication date ' + ('was given as --published.' if x.published else 'was not given: add it if the document has one.'))}",
        "",
        "campaign:",
        f"  id: {cid}",
        f"  title: {_q(title or 'FILL IN: campaign title')}",
        f"  start: {start}",
        f"  end: {end}",
        f"  areas: [{', '.join(areas)}]",
        "  places: []",
        f"  note: {_q('Span of the proposed events; widen it to the campaign the document covers.')}",
        "",
        "events:" if kept else "events: []",
    ]
    for i, e in enumerate(kept):
        c, why = certainty[i]
        out += _event_lines(e, f"{prefix}-{i + 1:03d}", c, why)
    if held_back:
        out += ["", "# Held back (they would not validate as they are): fix and move them into events."]
        out += [f"#   line {e.line}: {e.action} {e.place_text!r} on {e.date or 'no date'} "
                f"(gains {e.gains or '?'}, certainty {e.certainty}): {why}" for e, why in held_back]
    for note in x.notes:
        out.append(f"# {note}")
    return "\n".join(out) + "\n"


def validate_text(text: str, *, name: str, sources: Path, gazetteer: Gazetteer | None = None) -> list[str]:
    """Problems ``homsmap validate`` finds in a seeds file ``text`` saved as ``name`` (for tests)."""
    import tempfile

    from homsmap.timeline import validate_seeds

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        report = validate_seeds([path], gazetteer=gazetteer, sources_dir=sources)
        return [str(p) for p in report.problems]

