"""Text → events: propose dated control changes from an English report, for a person to review.

>>> x = extract_events("On 6 December 2024, opposition forces captured Al-Rastan and Talbiseh. "
...                    "The government denied that the army withdrew from Hama.")
>>> [(e.date.isoformat(), e.place_id, e.action, e.gains_bloc, e.certainty) for e in x.events]
[('2024-12-06', 'wof:421178433', 'captured', 'opposition', 'confirmed'), ('2024-12-06', 'wof:421178429', 'captured', 'opposition', 'confirmed'), ('2024-12-06', 'wof:421202161', 'withdrew', 'opposition', 'denied')]
>>> e = x.events[0]; x.text[e.start:e.end] == e.sentence
True

The pipeline is rule-based (no network, no model): :mod:`homsmap.extract_parse` cuts the narrative into
sentences and clauses and finds places (:func:`homsmap.geoparse.find_places` over the whole narrative),
sides (``seeds/actors.yaml``) and dates (:mod:`homsmap.extract_dates`); :mod:`homsmap.extract_events`
turns each trigger ("captured", "fell from government control", "the capture of", "reached a surrender
agreement", "airstrikes") into events, with the places it governs (:mod:`homsmap.extract_places`), and
:mod:`homsmap.extract_assemble` gives each its sides (:mod:`homsmap.extract_subject`, :mod:`homsmap.extract_sides`), its date (:mod:`homsmap.extract_when`) and its certainty
(:mod:`homsmap.extract_certainty`), reading the cue phrases of :mod:`homsmap.extract_cues`; this module
then applies the narrative rules the curated seeds follow and writes the result:

- an evacuation or withdrawal that "began" on a day runs until the area it belongs to is reported
  taken (a range, which takes effect at its end);
- places covered by an agreement ("surrender the pocket, including the towns of A, B and C") are
  handed over when the pocket is reported taken (inferred, flagged);
- the same change told twice is kept once.

Every event keeps its sentence (``start``/``end`` offsets into the text, ``line``), a ``confidence``
and ``review`` with the reasons in ``notes``: inferred sides, inherited dates or places, claims,
denials and plans. Denied and planned events are listed but never change control.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from homsmap import extract_rules as R
from homsmap.actors import Actors, load_actors
from homsmap.errors import InputError
from homsmap.events import ACTIONS
from homsmap.extract_events import SAID_DAY, raw_events
from homsmap.extract_parse import RawEvent, read_document
from homsmap.gazetteer import Gazetteer, haversine_km, load_gazetteer

__all__ = ["MAX_EXTRACT_CHARS", "REVIEW_BELOW", "ExtractedEvent", "Extraction", "Unresolved", "extract_events"]

MAX_EXTRACT_CHARS = 5_000_000   # a longer text must be split: geoparsing one document is superlinear
REVIEW_BELOW = 0.6              # events below this confidence are flagged for review
AREA_KM = 30.0                  # a settlement this close to an area counts as part of it
_AREA_KINDS = ("region", "district_area")
_CONTRACT = ("date", "date_end", "precision", "place_text", "place_id", "lat", "lon", "action", "gains",
             "gains_bloc", "loses", "loses_bloc", "certainty", "sentence", "start", "end", "confidence")


@dataclass(frozen=True)
class ExtractedEvent:
    """One proposed event, traced to its sentence: ``text[start:end] == sentence`` (on line ``line``).

    ``place_start``/``place_end`` locate the words that name the place (for an inherited place, where it
    was named). ``review`` is true when a person should check it; ``notes`` say why.
    """

    id: str
    kind: str
    action: str
    date: dt.date | None
    date_end: dt.date | None
    precision: str
    time: str | None
    place_text: str
    place_id: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    place_kind: str | None
    gains: str | None
    gains_bloc: str | None
    loses: str | None
    loses_bloc: str | None
    status: str | None
    certainty: str
    sentence: str
    start: int
    end: int
    line: int
    confidence: float
    review: bool
    notes: tuple[str, ...] = ()
    trigger: str = ""
    place_start: int | None = None
    place_end: int | None = None

    @property
    def changes_control(self) -> bool:
        """A control event that the timeline applies (neither denied nor planned)."""
        return self.kind == "control" and self.certainty not in ("denied", "planned")

    @property
    def effective_date(self) -> dt.date | None:
        return self.date_end if self.precision in ("range", "month") and self.date_end else self.date

    def to_json_dict(self, *, detailed: bool = False) -> dict[str, object]:
        """The JSON contract of ``homsmap extract --format json`` (``detailed`` adds id, kind, time,
        status, line, review, notes, trigger, place_name and the place's offsets)."""
        d: dict[str, object] = {
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "precision": self.precision, "place_text": self.place_text, "place_id": self.place_id,
            "lat": self.lat, "lon": self.lon, "action": self.action, "gains": self.gains,
            "gains_bloc": self.gains_bloc, "loses": self.loses, "loses_bloc": self.loses_bloc,
            "certainty": self.certainty, "sentence": self.sentence, "start": self.start, "end": self.end,
            "confidence": self.confidence,
        }
        if detailed:
            d.update({"id": self.id, "kind": self.kind, "time": self.time, "status": self.status, "line": self.line,
                      "review": self.review, "notes": list(self.notes), "trigger": self.trigger,
                      "place_name": self.place_name, "place_start": self.place_start, "place_end": self.place_end})
        return d


@dataclass(frozen=True)
class Unresolved:
    """A place mention the gazetteer could not settle: ``candidates`` ranked (id, name, lat, lon, score)."""

    text: str
    start: int
    end: int
    candidates: tuple[dict[str, object], ...] = ()
    reason: str = ""

    def to_json_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "candidates": list(self.candidates)}


@dataclass(frozen=True)
class Extraction:
    """What :func:`extract_events` found in one text."""

    text: str
    events: tuple[ExtractedEvent, ...]
    unresolved: tuple[Unresolved, ...]
    document: str | None = None
    published: dt.date | None = None
    analysed_chars: int = 0
    place_ids: frozenset[str] = frozenset()
    title: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def control_events(self) -> tuple[ExtractedEvent, ...]:
        return tuple(e for e in self.events if e.kind == "control")

    def to_json_dict(self, *, detailed: bool = False) -> dict[str, object]:
        """``{"events": [...], "unresolved": [...]}``: the JSON contract scripts depend on."""
        return {"events": [e.to_json_dict(detailed=detailed) for e in self.events],
                "unresolved": [u.to_json_dict() for u in self.unresolved]}

    def to_seeds_yaml(self, **kwargs: object) -> str:
        """The events as a seeds file (see :func:`homsmap.extract_yaml.to_seeds_yaml`)."""
        from homsmap.extract_yaml import to_seeds_yaml

        return to_seeds_yaml(self, **kwargs)  # type: ignore[arg-type]


def extract_events(text: str, *, published: dt.date | None = None, gazetteer: Gazetteer | None = None,
                   actors: Actors | None = None, document: str | None = None) -> Extraction:
    """Propose the events of ``text`` (an English report); ``published`` resolves weekdays and "today".

    Never raises on any string up to :data:`MAX_EXTRACT_CHARS` (longer: :class:`InputError`); a text
    without dates or places gives an empty, valid :class:`Extraction`.
    """
    if not isinstance(text, str):
        raise InputError(f"expected text, got {type(text).__name__}", source=document or "text")
    if len(text) > MAX_EXTRACT_CHARS:
        raise InputError(f"text of {len(text):,} characters; extract reads at most {MAX_EXTRACT_CHARS:,}",
                         source=document or "text", hint="split the document into smaller files")
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    acts = actors if actors is not None else load_actors()
    doc = read_document(text, gazetteer=gaz, actors=acts, published=published, document=document)
    events = [e for r in raw_events(doc, gaz, acts) if (e := _finish(r, acts)) is not None]
    events = _handovers(_ranges(_takers(events, acts)))
    events = _dedupe(events)
    events.sort(key=lambda e: (e.start, e.place_start or 0))
    events = [replace(e, id=f"ex-{i + 1:03d}") for i, e in enumerate(events)]
    unresolved = tuple(
        Unresolved(m.query, m.start or 0, m.end or 0, tuple(c.to_dict() for c in m.candidates[:5]), m.reason)
        for m in doc.matches if not m.resolved and not m.reason.startswith("outside Syria"))
    place_ids = frozenset(m.place.id for m in doc.matches if m.resolved and m.place is not None)
    title = next((ln.strip(" #*-") for ln in text.split("\n")[:12]
                  if ln.strip(" #*-") and not R.SKIP_LINE.match(ln) and ln.strip() != "---"), "")
    return Extraction(text, tuple(events), unresolved, document, published, doc.body_end, place_ids,
                      re.sub(r"^title:\s*", "", title)[:150], tuple(doc.notes))


def _finish(r: RawEvent, acts: Actors) -> ExtractedEvent | None:
    ref = r.place
    if ref is None:
        return None
    place = ref.place
    if place is None and (ref.match is None or not ref.match.candidates):
        return None
    kind, statuses = ACTIONS[r.action]
    notes = list(dict.fromkeys(r.notes))
    if place is None:
        notes.append("ambiguous place: pick one of " + ", ".join(c.place.id for c in ref.match.candidates[:4])
                     if ref.match else "place not resolved")
    day = r.date.date if r.date else None
    date_end = r.date.date_end if r.date else None
    precision = r.date.precision if r.date else "approximate"
    if r.date_how in ("inherited", "published"):
        precision, date_end = "approximate", None
    if precision == "day" and date_end is not None:
        precision = "range"
    gains_bloc = acts.bloc_of(r.gains)
    loses_bloc = acts.bloc_of(r.loses)
    if kind == "control" and r.gains is None:
        notes.append("no side found for the gaining side")
    if r.certainty in ("claimed", "denied", "planned"):
        notes.append(f"certainty {r.certainty}")
    confidence = r.confidence * (0.6 if place is None else 1.0) * (0.5 if day is None else 1.0)
    review = (confidence < REVIEW_BELOW or place is None or day is None or (r.gains is None and kind == "control")
              or any("inferred" in n or "read as" in n for n in notes) or r.certainty in ("denied", "planned"))
    s = r.sentence
    return ExtractedEvent(
        "", kind, r.action, day, date_end, precision, r.time, ref.text, place.id if place else None,
        place.name if place else None, place.lat if place else None, place.lon if place else None,
        place.kind if place else None, r.gains, gains_bloc, r.loses, loses_bloc,
        statuses[0] if kind == "control" else None, r.certainty, s.text, s.start, s.end, s.line,
        round(confidence, 3), review, tuple(notes), r.trigger, ref.start, ref.end)


def _completions(events: Iterable[ExtractedEvent]) -> list[ExtractedEvent]:
    return [e for e in events if e.changes_control and e.action in R.COMPLETION_ACTIONS and e.place_kind in _AREA_KINDS
            and e.date is not None and e.lat is not None]


def _near(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    return (a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
            and haversine_km(a.lat, a.lon, b.lat, b.lon) <= AREA_KM)


def _ranges(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """An evacuation or withdrawal that "began" runs until its area is reported taken."""
    done = _completions(events)
    out = []
    for e in events:
        ends = [c for c in done if c.date and e.date and c.date > e.date and c.gains_bloc == e.gains_bloc
                and _near(c, e) and c.place_id != e.place_id]
        if e.action in ("evacuated", "withdrew") and e.precision == "day" and ends and _began(e):
            last = min(ends, key=lambda c: c.date or dt.date.max)
            e = replace(e, date_end=last.date, precision="range", review=True,
                        notes=(*e.notes, f"began on {e.date}; complete when {last.place_name} was taken on "
                                         f"{last.date} (line {last.line}), when it takes effect"))
        out.append(e)
    return out


def _takers(events: list[ExtractedEvent], acts: Actors) -> list[ExtractedEvent]:
    """A withdrawal whose gaining side was only inferred takes the side named as taking the place over
    within two days ("the army pulls out of Deir ez-Zor … the SDF takes over Deir ez-Zor by evening"); one whose
    takeover the same sentence tells on a later day gives way to it ("troops pulled out of Deir Hafer on 1 December,
    and on 2 December SDF units took over the town")."""
    out = []
    for e in events:
        inferred = [n for n in e.notes if "gaining side" in n and ("inferred" in n or "guessed" in n)]
        taker = next((c for c in events if c is not e and c.place_id == e.place_id and c.date is not None
                      and e.date is not None and 0 <= (c.date - e.date).days <= 2 and c.action in R.CAPTURE_LIKE
                      and c.changes_control and c.gains and not any("gaining side" in n for n in c.notes)),
                     None) if e.action in ("withdrew", "evacuated") and e.date is not None and inferred else None
        if taker is not None and taker.start == e.start and e.date is not None and taker.date is not None \
                and taker.date > e.date and acts.bloc_of(taker.gains) != e.loses_bloc:
            continue  # the takeover told with it, a day or two on, is the change
        if taker is not None and not any("the other side in the sentence" in n and re.search(
                r"\b(?:entered|moved\s+in|took\s+over|deployed)\b", e.sentence) for n in inferred) \
                and taker.gains != e.gains and acts.bloc_of(taker.gains) != e.loses_bloc:
            # (not "the regime fled Deir Hafer, and our forces entered": a side named in the sentence took it)
            e = replace(e, gains=taker.gains, gains_bloc=acts.bloc_of(taker.gains),
                        notes=(*e.notes, f"gaining side: {taker.gains}, who took the place over (line {taker.line})"))
        out.append(e)
    return out


def _began(e: ExtractedEvent) -> bool:
    return bool(R.BEGAN.search(e.sentence))


def _handovers(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Places named in an agreement are handed over when their area is reported taken."""
    done = _completions(events)
    out = list(events)
    for e in events:
        if e.action != "agreement" or not e.changes_control or e.place_kind in _AREA_KINDS or e.date is None:
            continue
        own = [c for c in events if c.place_id == e.place_id and c.changes_control and c.date and c.date >= e.date
               and c.action in R.COMPLETION_ACTIONS]
        siblings = {a.place_id for a in events if a.action == "agreement" and a.start == e.start and a is not e}
        # "covered Arbin, Zamalka and Ain Tarma … by 31 March, when the last fighters left Arbin": the
        # deal's places are handed over when one of them is, before any wider area is reported taken
        ends = [c for c in events if c.place_id in siblings and c.changes_control and c.date and c.date >= e.date
                and c.action in R.COMPLETION_ACTIONS and c.gains_bloc == e.gains_bloc] \
            or [c for c in done if c.date and c.date >= e.date and c.gains_bloc == e.gains_bloc and _near(c, e)]
        if own or not ends:
            continue
        last = min(ends, key=lambda c: c.date or dt.date.max)
        out.append(replace(e, action="handed_over", status="held", date_end=last.date,
                           precision="range" if last.date != e.date else "day",
                           date=e.date, confidence=round(e.confidence * 0.7, 3), review=True,
                           notes=(*e.notes, f"handed over under the agreement of {e.date}: inferred from "
                                            f"{last.place_name} coming under {last.gains} control on {last.date} "
                                            f"(line {last.line})")))
    return out


def _surer(e: ExtractedEvent) -> tuple[bool, float]:
    """Which of two tellings of one change to keep: a day stated before a day inherited, then confidence."""
    return e.precision != "approximate", e.confidence


_NOMINAL = re.compile(r"(?i)(?:the\s+)?(?:liberation|capture|recapture|fall|seizure|takeover|conquest)\b")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|finally|fully|also|again)\s+)?(?:taken|captured|seized|recaptured|retaken|"
                      r"regained|overrun|entered|driven|pushed)\b", re.IGNORECASE)

# "fighters stormed the police headquarters on 18 July and by the evening of 19 July controlled the town": a building
# stormed, the town held a day on
_STORMED_BUILDING = re.compile(r"(?i)\bstorm(?:ed|s)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:headquarters|building|"
                               r"branch|compound|station|office|offices|hospital|prison|checkpoint)\b")

# ("overran Palmyra on 20 May; … by the morning of 21 May the group held the town": the capture, a day on)
_HELD_STATE = re.compile(r"(?i)(?:held|controlled|(?:is|are|was|were)\b.*\btheirs)$")

_SPAN = re.compile(r"(?i)\b(?:in|within|over)\s+(?:(?:less|fewer)\s+than\s+|under\s+|just\s+|barely\s+|only\s+)?(?:a|one|two|three|four|"
                   r"five|six|seven|a\s+few|\d)\s+days\b")


def _dedupe(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The same change told twice (same action, place, side and dates) is kept once, the surest first."""
    best: dict[tuple[object, ...], ExtractedEvent] = {}
    for e in events:
        # "captured X" and "regained control of X" on one day for one side: one change (the status it leaves)
        what = "held" if ACTIONS.get(e.action, ("", ()))[1] == ("held",) else e.action
        key = (e.kind, what, e.place_id or e.place_text, e.gains_bloc, e.date, e.date_end,
               e.certainty in ("denied", "planned"))
        prior = best.get(key)
        if prior is None:
            best[key] = e
            continue
        keep, other = (e, prior) if _surer(e) > _surer(prior) else (prior, e)
        best[key] = replace(keep, notes=(*keep.notes, f"also stated on line {other.line}"))
    out = list(best.values())
    # two triggers of one clause for one change ("al-Nabek, which was declared fully secured"): a side the sentence
    # names wins over one inferred from the narrative
    # ("overran the base and the remaining defenders fled or surrendered": a capture and a surrender, one change)
    def change(e: ExtractedEvent) -> tuple[object, ...]:
        return (e.kind, "done" if e.action in R.COMPLETION_ACTIONS else e.action, e.place_id, e.date, e.sentence)

    inferred = {id(e) for e in out if any(n.startswith("gaining side inferred") for n in e.notes)}
    named = {change(e) for e in out if e.place_id and e.gains_bloc and e.certainty not in ("denied", "planned")
             and id(e) not in inferred}
    out = [e for e in out if not (id(e) in inferred and e.place_id and change(e) in named)]
    # "stormed al-Qaryatayn late on Wednesday … and by Thursday morning held the whole town": the holding the
    # storming led to is the same change, a day on
    out = [e for e in out if not (e.action == "took_over" and e.certainty not in ("denied", "planned") and e.date and any(
        (f.action in ("entered", "stormed") or (f.action == "captured" and _HELD_STATE.match(e.trigger or "")))
        and f.sentence == e.sentence and f.line == e.line and f.date
        and f.place_id == e.place_id and f.gains_bloc == e.gains_bloc and 0 < (e.date - f.date).days <= 1
        and not _STORMED_BUILDING.search(f.sentence) for f in out))]
    # two triggers of one sentence with no day of its own ("completed the encirclement of X, … now cut off"): one
    # change, whichever day each reckons
    told: dict[tuple[object, ...], ExtractedEvent] = {}
    for e in out:
        if e.precision != "approximate" or e.certainty in ("denied", "planned"):
            continue
        said = (e.kind, e.action, e.place_id or e.place_text, e.gains_bloc, e.line, e.sentence)
        prior = told.get(said)
        told[said] = e if prior is None or _surer(e) > _surer(prior) else prior
    out = [e for e in out if e.precision != "approximate" or e.certainty in ("denied", "planned") or told[(
        e.kind, e.action, e.place_id or e.place_text, e.gains_bloc, e.line, e.sentence)] is e]
    # A date guessed from publication gives way to the same change stated with its day, a day apart at most.
    precise = [e for e in out if e.changes_control and e.precision != "approximate" and e.date]
    dropped: set[int] = set()  # (two guesses are never each other's twin: the first dropped leaves the other)
    kept = []
    for e in out:
        guessed = any("as of publication" in n or n == SAID_DAY for n in e.notes)  # a headline, a summary, or
        # the day a side said it ("have captured X, the army said on Wednesday") with the change's own day told later
        # a headline sums up the days before publication: its twin in the body may be up to a week older
        # and so does a lede's perfect ("Factions have taken control of X and Y in the first three days of …")
        before = 7 if guessed and ((e.line <= 3 and e.sentence.rstrip()[-1:] not in ".!?")
                                   or (e.line <= 3 and _PERFECT.search(e.sentence))) else 1
        if guessed and before == 1 and _PERFECT.search(e.sentence) and _SPAN.search(e.sentence):
            before = 7  # "has taken most of Aleppo city in less than four days": a span's sum, told at publication
        if before == 7 and re.search(r"(?i)\b(?:weekly|week\s+in\s+review|fortnight\w*|bi-?weekly)\b", e.sentence):
            before = 14  # ("Southern Front Weekly: Rebels Take Bosra and Nasib": a week's news, published days after it)
        twin = next((p for p in precise if guessed and e.changes_control and e.date and id(p) not in dropped
                     and p.place_id == e.place_id and p.gains_bloc == e.gains_bloc and p is not e
                     and not (p.status == "contested" and e.status != "contested" and SAID_DAY in e.notes)
                     # (an assault the day before is no twin of "rebels said on Thursday they had pulled out of Baba Amr")
                     and p.effective_date and -before <= (p.effective_date - e.date).days <= 1), None)
        if twin is None and e.changes_control and any("date inherited" in n for n in e.notes):
            # "The capture follows the fall of Khan al-Assal, which rebels overran on July 22": the same change,
            # dated in its own sentence
            twin = next((p for p in precise if (p.start == e.start or (p.action == e.action and 0 < e.start - p.start < 600
                                                                      and not any(p.start < q.start < e.start and q.date == e.date
                                                                                  and q.date != p.date for q in precise)))
                         and p.place_id == e.place_id and p is not e
                         and p.gains_bloc == e.gains_bloc and not any("date inherited" in n for n in p.notes)), None)
            # (but not "1/ Friday: … stormed the Kessab crossing. 3/ Sunday: KESSAB IS LIBERATED. The rebels entered the
            # town": a later day told in between)
            # (and "Tabqa air base fell on 24 August … The base was overrun after a five-day assault": told again)
        if twin is None and e.changes_control and any("date inherited" in n for n in e.notes) \
                and _NOMINAL.match(e.trigger or ""):
            # "We pledge that the liberation of the city is only the beginning": a change told before, named again
            twin = next((p for p in precise if p.place_id == e.place_id and p.gains_bloc == e.gains_bloc
                         and p.start < e.start), None)
        if twin is None and e.action in ("agreement", "handed_over") and any(n.startswith("gaining side inferred")
                                                                             for n in e.notes):
            # "the militants entered Shuheil after local leaders there agreed to hand the town over": the deal is the
            # entry told again, whose side the sentence names
            twin = next((p for p in precise if p.start == e.start and p.place_id == e.place_id and p is not e
                         and p.date == e.date and p.action not in ("agreement", "handed_over")), None)
        if twin is None and e.changes_control and e.date and e.date_end and any("give or take" in n for n in e.notes):
            # "a week after rebels overran it": the day the text states elsewhere, inside the reckoned span
            twin = next((p for p in precise if p is not e and p.place_id == e.place_id and p.gains_bloc == e.gains_bloc
                         and p.precision == "day" and p.date and e.date <= p.date <= e.date_end), None)
        if twin is None and e.date is None and e.changes_control:
            # an undated summary ("Result: government recapture of Kessab") of a change the text dates elsewhere
            twin = next((p for p in precise if p.place_id == e.place_id and p.gains_bloc == e.gains_bloc), None)
        if twin is None:
            kept.append(e)
        else:
            dropped.add(id(e))
    # ("KESSAB IS LIBERATED. The rebels entered the town after the army pulled out": the next sentence names the side)
    told_next = [e for e in kept if e.changes_control and e.action in R.COMPLETION_ACTIONS and e.gains_bloc
                 and id(e) not in inferred and e.date]
    kept = [e for e in kept if not (id(e) in inferred and e.changes_control and e.action in R.COMPLETION_ACTIONS
                                    and e.place_id and e.precision == "day" and any(
        o.place_id == e.place_id and o.date == e.date and o.gains_bloc != e.gains_bloc and o.start > e.start
        and 0 <= o.line - e.line <= 1 and o.start - e.end <= 200 for o in told_next))]
    at: dict[str, list[ExtractedEvent]] = {}
    for e in kept:
        if e.place_id:
            at.setdefault(e.place_id, []).append(e)
    return [e for e in kept if not _restated(e, at.get(e.place_id or "", []))]


_STATES = ("besieged", "took_over", "captured", "recaptured")


def _restated(e: ExtractedEvent, here: list[ExtractedEvent]) -> bool:
    """A state told as of publication ("• DOUMA: under Jaish al-Islam, encircled.") that the text dated before
    ("Douma has been fully encircled since 11 March"), with no other side's change there in between (``here``: the
    events at the same place)."""
    if e.precision != "approximate" or e.action not in _STATES or e.certainty in ("denied", "planned") or e.date is None \
            or not any("as of publication" in n or "date inherited" in n for n in e.notes):
        return False
    day = e.date
    return any(p.gains_bloc == e.gains_bloc and p.action == e.action and p.precision == "day" and p.date is not None
               and p.date < day and p.certainty not in ("denied", "planned")
               and not any(q.gains_bloc != e.gains_bloc and q.changes_control and q.date and p.date <= q.date <= day
                           for q in here) for p in here)


def campaign_slug(name: str) -> str:
    stem = Path(name).stem.lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "document"


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:6]
