"""How well :func:`homsmap.extract.extract_events` reproduces the curated seeds.

What is scored, exactly
-----------------------
- **Events scored**: control events that change the map, on both sides: ``kind: control`` (captured,
  entered, recaptured, took_over, withdrew, surrendered, handed_over, evacuated, agreement, ceasefire,
  besieged, contested, attacked) with certainty confirmed, reported or claimed. Incidents are not scored.
  Denied and planned events are not scored as events; instead an extracted map-changing event that
  matches only a curated denied or planned event is counted as **invented** (the bar is zero).
- **Key**: (date, place, side gained). Two events match when
  (1) *dates*: the day ranges ``[date, date_end or date]`` overlap, each widened by one day when its
  precision is ``approximate`` (a range is matched anywhere in it, and takes effect at its end);
  (2) *place*: the same gazetteer id, or two places within 5 km of which at least one is an area
  (``region`` or ``district_area``: "northern Homs pocket" and "northern Homs countryside", Old Homs
  and Homs city); a village and a facility next to it are different places;
  (3) *side*: the same bloc of the gaining side (government / opposition / isis / sdf / other), so
  "Military Operations Command" and "rebels" are both the opposition.
- **Duplicates**: within one file (curated or extracted), events with the same effective date, gaining
  bloc and matching places are one key: the same change told twice (a capture and the withdrawal that
  made it, a pocket recorded as pocket and as region) is one fact, counted once on each side.
- **Matching** is one-to-one (maximum bipartite matching): precision = matched / extracted keys,
  recall = matched / curated keys, F1 their harmonic mean; totals are micro-averaged over documents.
- **Scope**: extracted events dated outside the campaign's ``[start, end]`` are left out, not counted as
  false (the curators bound each file to one campaign and say so in its notes); they are reported as
  ``out_of_scope``. Events the timeline derives for a region's ``members`` are not statements of the text
  and are not scored.
- **Place-mention recall**: the share of the distinct places a curated file uses (baseline and every
  event, incidents included) that the extractor found in the document (a resolved mention or an event).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from homsmap.actors import Actors, load_actors
from homsmap.errors import InputError
from homsmap.events import Campaign, ControlEvent, default_sources_dir, events_from_yaml, seeds_files
from homsmap.extract import ExtractedEvent, Extraction, extract_events
from homsmap.files import read_text_document
from homsmap.gazetteer import Gazetteer, haversine_km, load_gazetteer

__all__ = ["Comparison", "DocScore", "EvalReport", "compare_with_seeds", "evaluate"]

PLACE_KM = 5.0
_AREA_KINDS = ("region", "district_area")


@dataclass(frozen=True)
class _Key:
    first: dt.date
    last: dt.date
    approximate: bool
    place_id: str
    lat: float | None
    lon: float | None
    area: bool
    bloc: str | None
    items: tuple[object, ...]


def _widen(k: _Key) -> tuple[dt.date, dt.date]:
    d = dt.timedelta(days=1 if k.approximate else 0)
    return k.first - d, k.last + d


def _same_place(a: _Key, b: _Key) -> bool:
    if a.place_id == b.place_id:
        return True
    if not (a.area or b.area) or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0) <= PLACE_KM


def keys_match(a: _Key, b: _Key) -> bool:
    (a0, a1), (b0, b1) = _widen(a), _widen(b)
    return a.bloc is not None and a.bloc == b.bloc and a0 <= b1 and b0 <= a1 and _same_place(a, b)


def _collapse(keys: Iterable[_Key]) -> list[_Key]:
    out: list[_Key] = []
    for k in keys:
        for i, o in enumerate(out):
            if o.last == k.last and o.bloc == k.bloc and _same_place(o, k):
                out[i] = _Key(min(o.first, k.first), o.last, o.approximate and k.approximate, o.place_id, o.lat,
                              o.lon, o.area, o.bloc, (*o.items, *k.items))
                break
        else:
            out.append(k)
    return out


def _gold_key(e: ControlEvent, gaz: Gazetteer, actors: Actors) -> _Key:
    p = gaz.get(e.place_id)
    last = e.date_end or e.date
    return _Key(e.date, last, e.precision == "approximate", e.place_id, p.lat if p else None, p.lon if p else None,
                bool(p and p.kind in _AREA_KINDS), actors.bloc_of(e.gains), (e,))


def _pred_key(e: ExtractedEvent) -> _Key | None:
    if e.date is None or e.place_id is None:
        return None
    return _Key(e.date, e.date_end or e.date, e.precision == "approximate", e.place_id, e.lat, e.lon,
                e.place_kind in _AREA_KINDS, e.gains_bloc, (e,))


def _max_matching(preds: Sequence[_Key], golds: Sequence[_Key]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths); returns gold index -> pred index."""
    def cost(p: _Key, g: _Key) -> tuple[int, int]:  # try the closest curated event first (readable pairs)
        return (p.place_id != g.place_id, abs((p.last - g.last).days))

    edges = [sorted((j for j, g in enumerate(golds) if keys_match(p, g)), key=lambda j: cost(p, golds[j]))
             for p in preds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return owner


@dataclass(frozen=True)
class Comparison:
    """Extracted against curated control events of one campaign (scoring rules: module doc)."""

    campaign: str
    document: str
    matched: tuple[tuple[ExtractedEvent, ControlEvent], ...]
    only_extracted: tuple[ExtractedEvent, ...]
    only_curated: tuple[ControlEvent, ...]
    invented: tuple[ExtractedEvent, ...] = ()
    out_of_scope: tuple[ExtractedEvent, ...] = ()
    suppressed: int = 0
    not_scored: int = 0

    @property
    def tp(self) -> int:
        return len(self.matched)

    @property
    def fp(self) -> int:
        return len(self.only_extracted)

    @property
    def fn(self) -> int:
        return len(self.only_curated)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, object]:
        def ex(e: ExtractedEvent) -> dict[str, object]:
            return {"date": e.date.isoformat() if e.date else None,
                    "date_end": e.date_end.isoformat() if e.date_end else None, "place_text": e.place_text,
                    "place_id": e.place_id, "action": e.action, "gains": e.gains, "gains_bloc": e.gains_bloc,
                    "certainty": e.certainty, "line": e.line, "confidence": e.confidence}

        def cu(e: ControlEvent) -> dict[str, object]:
            return {"id": e.id, "date": e.date.isoformat(), "date_end": e.date_end.isoformat() if e.date_end else None,
                    "place": e.place, "place_id": e.place_id, "action": e.action, "gains": e.gains,
                    "certainty": e.certainty, "line": e.citation_line}

        return {"campaign": self.campaign, "document": self.document, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "invented": [ex(e) for e in self.invented],
                "matched": [{"extracted": ex(a), "curated": cu(b)} for a, b in self.matched],
                "only_extracted": [ex(e) for e in self.only_extracted],
                "only_curated": [cu(e) for e in self.only_curated],
                "out_of_scope": len(self.out_of_scope)}


def compare_with_seeds(extraction: Extraction, campaign: Campaign, *, gazetteer: Gazetteer | None = None,
                       actors: Actors | None = None) -> Comparison:
    """What the extraction found that the curated ``campaign`` lacks, and the reverse."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    acts = actors if actors is not None else load_actors()
    control = [e for e in campaign.events if e.kind == "control"]
    gold = _collapse(_gold_key(e, gaz, acts) for e in control if e.changes_control)
    unmapped = [_gold_key(e, gaz, acts) for e in control if not e.changes_control]
    scored, outside = [], []
    for e in extraction.events:
        if not e.changes_control:
            continue
        k = _pred_key(e)
        if k is not None and (k.last < campaign.start or k.first > campaign.end):
            outside.append(e)
        else:
            scored.append(k if k is not None else _Key(dt.date.min, dt.date.min, False, "", None, None, False,
                                                       None, (e,)))
    preds = _collapse(scored)
    owner = _max_matching(preds, gold)
    matched = tuple((preds[i].items[0], gold[j].items[0]) for j, i in sorted(owner.items()))
    used = set(owner.values())
    only_ex = [preds[i] for i in range(len(preds)) if i not in used]
    invented = tuple(k.items[0] for k in only_ex if any(keys_match(k, u) for u in unmapped))
    return Comparison(
        campaign.id, campaign.document.file, matched,  # type: ignore[arg-type]
        tuple(k.items[0] for k in only_ex),  # type: ignore[misc]
        tuple(gold[j].items[0] for j in range(len(gold)) if j not in owner),  # type: ignore[misc]
        invented, tuple(outside),  # type: ignore[arg-type]
        suppressed=len(unmapped), not_scored=sum(1 for e in extraction.events if not e.changes_control))


@dataclass(frozen=True)
class DocScore:
    file: str
    comparison: Comparison
    places_found: int
    places_total: int
    seconds: float
    chars: int
    missing_places: tuple[str, ...] = ()

    @property
    def place_recall(self) -> float:
        return self.places_found / self.places_total if self.places_total else 1.0


@dataclass(frozen=True)
class EvalReport:
    """Scores per document and micro-averaged totals (see the module doc for the rules)."""

    rows: tuple[DocScore, ...]
    notes: tuple[str, ...] = field(default=())

    def _sum(self, attr: str) -> int:
        return sum(int(getattr(r.comparison, attr)) for r in self.rows)

    @property
    def precision(self) -> float:
        tp, fp = self._sum("tp"), self._sum("fp")
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp, fn = self._sum("tp"), self._sum("fn")
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def place_recall(self) -> float:
        total = sum(r.places_total for r in self.rows)
        return sum(r.places_found for r in self.rows) / total if total else 1.0

    @property
    def invented(self) -> int:
        return sum(len(r.comparison.invented) for r in self.rows)

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": [{**r.comparison.to_dict(), "place_mention_recall": round(r.place_recall, 3),
                           "places_found": r.places_found, "places_total": r.places_total,
                           "missing_places": list(r.missing_places), "seconds": round(r.seconds, 3)}
                          for r in self.rows],
            "total": {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                      "f1": round(self.f1, 3), "tp": self._sum("tp"), "fp": self._sum("fp"), "fn": self._sum("fn"),
                      "invented": self.invented, "place_mention_recall": round(self.place_recall, 3)},
            "notes": list(self.notes),
        }

    def table(self) -> str:
        head = ("document", "campaign", "tp", "fp", "fn", "precision", "recall", "F1", "invented", "places")
        rows = [(r.file, r.comparison.campaign, r.comparison.tp, r.comparison.fp, r.comparison.fn,
                 f"{r.comparison.precision:.2f}", f"{r.comparison.recall:.2f}", f"{r.comparison.f1:.2f}",
                 len(r.comparison.invented), f"{r.places_found}/{r.places_total}") for r in self.rows]
        rows.append(("total", "", self._sum("tp"), self._sum("fp"), self._sum("fn"), f"{self.precision:.2f}",
                     f"{self.recall:.2f}", f"{self.f1:.2f}", self.invented, f"{self.place_recall:.0%}"))
        cells = [list(map(str, head))] + [[str(c) for c in r] for r in rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
        lines.insert(1, "  ".join("-" * w for w in widths))
        lines.insert(len(lines) - 1, lines[1])
        return "\n".join(lines)


def _campaign_places(campaign: Campaign) -> set[str]:
    return {e.place_id for e in campaign.all_events}


def evaluate(seeds: str | Path | Sequence[str | Path] | None = None, sources_dir: str | Path | None = None, *,
             gazetteer: Gazetteer | None = None, actors: Actors | None = None) -> EvalReport:
    """Score extraction on every campaign file of ``seeds`` (a folder or files; default ``seeds/``)
    against its source document in ``sources_dir`` (default: ../shared/seeds)."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    acts = actors if actors is not None else load_actors()
    if seeds is None or isinstance(seeds, (str, Path)):
        files = seeds_files(seeds) if seeds is None or Path(seeds).is_dir() else [Path(seeds)]
    else:
        files = [Path(f) for f in seeds]
    folder = Path(sources_dir) if sources_dir is not None else default_sources_dir()
    if folder is None or not folder.is_dir():
        raise InputError("no folder with the source documents", source=str(sources_dir or "../shared/seeds"),
                         hint="give --sources DIR (the folder holding the documents the seeds files cite)")
    if not files:
        raise InputError("no seeds files to score", source=str(seeds), hint="give a folder of campaign YAML files")
    rows = []
    for f in files:
        campaign = events_from_yaml(f, gazetteer=gaz, actors=acts)
        doc_path = folder / campaign.document.file
        text = read_text_document(doc_path)
        t0 = time.perf_counter()
        extraction = extract_events(text, published=campaign.document.published, gazetteer=gaz, actors=acts,
                                    document=campaign.document.file)
        seconds = time.perf_counter() - t0
        comparison = compare_with_seeds(extraction, campaign, gazetteer=gaz, actors=acts)
        wanted = _campaign_places(campaign)
        found = extraction.place_ids | {e.place_id for e in extraction.events if e.place_id}
        rows.append(DocScore(campaign.document.file, comparison, len(wanted & found), len(wanted), seconds,
                             len(text), tuple(sorted(wanted - found))))
    return EvalReport(tuple(rows))
