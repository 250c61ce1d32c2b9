"""Curated control events: one YAML file per source document under ``seeds/`` (schema in seeds/README.md).

:func:`events_from_yaml` reads one file into a :class:`Campaign` of :class:`ControlEvent` values, each
carrying its provenance (the seeds file and line, the source document and the line it cites).
:func:`load_seeds` reads every file. Problems are collected, not stopped at: a broken file raises
:class:`~homsmap.errors.SeedsValidationError` holding every ``file:line`` problem at once.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from homsmap.actors import DEFAULT_SEEDS_DIR, Actors, load_actors
from homsmap.errors import (
    HomsmapError,
    InputError,
    SeedsFormatError,
    SeedsValidationError,
    UnknownCampaignError,
    UnknownPlaceError,
)
from homsmap.files import load_yaml_with_lines, read_text_document
from homsmap.gazetteer import Gazetteer, load_gazetteer
from homsmap.seeds_reader import DocumentLines, Reader, check_actor, check_place, citation, list_of

__all__ = [
    "ACTIONS",
    "CERTAINTIES",
    "DEFAULT_SEEDS_DIR",
    "PRECISIONS",
    "STATUSES",
    "Campaign",
    "ControlEvent",
    "Document",
    "RegionMember",
    "Seeds",
    "default_sources_dir",
    "events_from_yaml",
    "load_seeds",
    "read_seeds",
    "seeds_files",
    "time_rank",
]

# action -> (kind, the statuses it may leave a place in)
ACTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    **{a: ("control", ("held",)) for a in ("captured", "entered", "recaptured", "took_over", "withdrew",
                                           "surrendered", "handed_over", "evacuated")},
    "agreement": ("control", ("agreement_pending",)),
    "ceasefire": ("control", ("ceasefire",)),
    "ceasefire_ended": ("control", ("contested",)),
    "besieged": ("control", ("besieged",)),
    "contested": ("control", ("contested",)),
    "attacked": ("control", ("contested",)),
    **{a: ("incident", ()) for a in ("airstrike", "shelling", "bombing", "strike", "clashes", "prison_break",
                                     "massacre", "other")},
}
STATUSES = ("held", "contested", "besieged", "ceasefire", "agreement_pending")
CERTAINTIES = ("confirmed", "reported", "claimed", "denied", "planned")
PRECISIONS = ("day", "range", "month", "approximate")
DOCUMENT_KINDS = ("encyclopedia", "news")
_TIME_WORDS = (("dawn", 0), ("early morning", 0), ("morning", 1), ("noon", 2), ("midday", 2), ("afternoon", 2),
               ("evening", 3), ("night", 4), ("midnight", 4))

_TOP = {"document", "campaign", "baseline", "members", "events"}
_DOC_FIELDS = {"file": True, "title": True, "publisher": True, "kind": True, "published": True,
               "published_precision": True, "note": False}
_CAMPAIGN_FIELDS = {"id": True, "title": True, "start": True, "end": True, "areas": True, "places": True,
                    "note": False}
_MEMBER_FIELDS = {"region": True, "place": True, "place_id": True, "from": False, "citation": True, "note": False}
_BASELINE_FIELDS = {"place": True, "place_id": True, "side": True, "status": True, "certainty": True,
                    "citation": True, "note": False}
_EVENT_FIELDS = {"id": True, "kind": False, "date": True, "date_end": False, "precision": True, "time": False,
                 "place": True, "place_id": True, "action": True, "gains": False, "loses": False, "status": False,
                 "certainty": True, "citation": True, "note": False}


def time_rank(time: str | None) -> int:
    """Order of a time of day within its day: dawn 0 … night 4; no time 5 (applied last).

    >>> [time_rank(t) for t in ("early morning", "evening", "night of 7/8 December", None)]
    [0, 3, 4, 5]
    """
    if not time:
        return 5
    low = time.lower()
    return next((rank for word, rank in _TIME_WORDS if word in low), 5)


@dataclass(frozen=True)
class Document:
    """The source document a seeds file curates, as it names itself."""

    file: str
    title: str
    publisher: str
    kind: str
    published: dt.date | None
    published_precision: str
    note: str = ""
    source_file: str = ""
    source_line: int = 0


@dataclass(frozen=True)
class ControlEvent:
    """One dated statement about a place: a change of control, a baseline or an incident.

    ``kind`` is ``control``, ``incident`` or ``baseline`` (the state a campaign starts from).
    ``gains`` is the side that gains (or acts, for an incident), ``loses`` the side that loses (or
    is hit). Provenance: ``document`` and ``citation_line`` (the source and the line that says it),
    ``source_file`` and ``source_line`` (where in seeds/ it is curated).
    """

    id: str
    campaign: str
    kind: str
    date: dt.date
    date_end: dt.date | None
    precision: str
    time: str | None
    place: str
    place_id: str
    action: str
    gains: str | None
    loses: str | None
    status: str | None
    certainty: str
    document: str
    citation_line: int
    note: str = ""
    source_file: str = ""
    source_line: int = 0
    part_of: str | None = None  # for an event derived from a region's event: that event's id

    @property
    def effective_date(self) -> dt.date:
        """The day the event takes effect: ``date``, or ``date_end`` for a range (the first day the
        text supports the outcome)."""
        if self.precision in ("range", "month") and self.date_end is not None:
            return self.date_end
        return self.date

    @property
    def changes_control(self) -> bool:
        """Whether the timeline applies it: control or baseline, and neither denied nor planned."""
        return self.kind != "incident" and self.certainty not in ("denied", "planned")

    @property
    def order_key(self) -> tuple[dt.date, int, int, str]:
        """Order of application: day, baselines first, time of day, id."""
        return (self.effective_date, 0 if self.kind == "baseline" else 1, time_rank(self.time), self.id)

    @property
    def citation(self) -> str:
        """``document:line`` of the statement in the source document."""
        return f"{self.document}:{self.citation_line}"

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        for key in ("date", "date_end"):
            d[key] = d[key].isoformat() if d[key] else None
        return d


@dataclass(frozen=True)
class RegionMember:
    """A place the document puts inside a region (the rebel pocket): the region's control events
    apply to it too, as derived events that say so."""

    region: str
    place: str
    place_id: str
    citation_line: int
    start: dt.date | None = None  # member from this day on (None: for the whole campaign)
    note: str = ""
    source_file: str = ""
    source_line: int = 0

    def applies_to(self, event: ControlEvent) -> bool:
        return event.place_id == self.region and (self.start is None or event.effective_date >= self.start)

    def derive(self, event: ControlEvent) -> ControlEvent:
        """The region's ``event`` applied to this member place."""
        note = (f"Applies to {self.place} as part of {event.place} (the document places it there: line "
                f"{self.citation_line}; {self.note}). {event.note}").replace("; ).", ").")
        return replace(event, id=f"{event.id}~{self.place_id}", place=self.place, place_id=self.place_id,
                       note=note, part_of=event.id)


@dataclass(frozen=True)
class Campaign:
    """A campaign: its document, date range, scope, baseline and events, from one seeds file."""

    id: str
    title: str
    start: dt.date
    end: dt.date
    areas: tuple[str, ...]
    places: tuple[str, ...]
    document: Document
    baseline: tuple[ControlEvent, ...]
    events: tuple[ControlEvent, ...]
    note: str = ""
    source_file: str = ""
    source_line: int = 0
    members: tuple[RegionMember, ...] = ()

    @property
    def derived_events(self) -> tuple[ControlEvent, ...]:
        """The control events of regions applied to their member places (``part_of`` names the source event),
        except on days when the member has an event of its own, which then speaks for it."""
        by_region: dict[str, list[RegionMember]] = {}
        for m in self.members:
            by_region.setdefault(m.region, []).append(m)
        own = {(e.place_id, e.effective_date) for e in self.events}  # a place's own statement of a day wins
        return tuple(m.derive(e) for e in self.events if e.kind == "control"
                     for m in by_region.get(e.place_id, ())
                     if m.applies_to(e) and (m.place_id, e.effective_date) not in own)

    @property
    def all_events(self) -> tuple[ControlEvent, ...]:
        """Baseline entries, events, then the events derived for region members."""
        return self.baseline + self.events + self.derived_events

    @property
    def place_ids(self) -> tuple[str, ...]:
        """Every place in scope: listed places, baseline and event places (sorted)."""
        return tuple(sorted({*self.places, *(e.place_id for e in self.all_events)}))

    def __repr__(self) -> str:
        return (f"<Campaign {self.id}: {self.start}..{self.end}, {len(self.baseline)} baseline, "
                f"{len(self.events)} events from {self.document.file}>")


@dataclass(frozen=True)
class Seeds:
    """Every campaign, with the actors; what :func:`load_seeds` returns."""

    campaigns: tuple[Campaign, ...]
    actors: Actors
    notes: tuple[str, ...] = field(default=())

    def campaign(self, campaign_id: str) -> Campaign:
        for c in self.campaigns:
            if c.id == campaign_id:
                return c
        raise UnknownCampaignError(campaign_id, suggestions=[c.id for c in self.campaigns])

    def events(self, campaign_id: str | None = None) -> tuple[ControlEvent, ...]:
        """All events (baselines included) of one campaign, or of all of them in campaign order."""
        if campaign_id is not None:
            return self.campaign(campaign_id).all_events
        return tuple(e for c in self.campaigns for e in c.all_events)

    def event(self, event_id: str) -> ControlEvent:
        for e in self.events():
            if e.id == event_id:
                return e
        raise InputError(f"no event {event_id!r}", source="event id", hint="see `homsmap events`")


def default_sources_dir() -> Path | None:
    """Where the source documents are (``$HOMSMAP_SOURCES`` or ``../shared/seeds`` beside the checkout),
    used only to check citations; ``None`` when absent."""
    env = os.environ.get("HOMSMAP_SOURCES")
    candidates = [Path(env)] if env else [Path(__file__).resolve().parent.parent.parent / "shared" / "seeds",
                                          Path.cwd().parent / "shared" / "seeds"]
    return next((p for p in candidates if p.is_dir()), None)


def seeds_files(directory: str | Path | None = None) -> list[Path]:
    """The campaign files of a seeds folder (every ``*.yaml`` but ``actors.yaml``), sorted."""
    folder = Path(directory) if directory is not None else DEFAULT_SEEDS_DIR
    if not folder.is_dir():
        raise InputError("no such seeds folder", source=str(folder), hint="give the folder holding the campaign files")
    return sorted(p for p in folder.glob("*.yaml") if p.name != "actors.yaml")


def _campaign_header(reader: Reader, data: dict[str, object]) -> tuple[Document, dict[str, object]] | None:
    doc = reader.fields(data.get("document"), _DOC_FIELDS, "document", reader.line(data, "document"))
    camp = reader.fields(data.get("campaign"), _CAMPAIGN_FIELDS, "campaign", reader.line(data, "campaign"))
    if doc is None or camp is None:
        return None
    kind = reader.choice(doc, "kind", DOCUMENT_KINDS)
    published = reader.date(doc, "published", optional=kind == "encyclopedia")
    if doc.get("published") is None and kind == "news":
        reader.problem("a news document needs its publication date", reader.line(doc, "published"),
                       "infer it from the text and say how in the note")
    precision = reader.choice(doc, "published_precision", ("day", "approximate"))
    file = reader.text(doc, "file")
    if file is not None and not re.fullmatch(r"[\w.-]+\.txt", file):
        reader.problem(f"document file {file!r} is not a file name", reader.line(doc, "file"),
                       "give the name of the file in ../shared/seeds/, e.g. 000_8fc25ed7e6cbe000.txt")
        file = None
    document = Document(file or "", reader.text(doc, "title") or "", reader.text(doc, "publisher") or "",
                        kind or "", published, precision or "", reader.text(doc, "note", optional=True) or "",
                        reader.source, reader.line(doc))
    return document, camp


def events_from_yaml(path: str | Path, *, gazetteer: Gazetteer | None = None, actors: Actors | None = None,
                     sources_dir: Path | None = None) -> Campaign:
    """Read and check one seeds file. Raises :class:`SeedsValidationError` listing every problem."""
    source = str(path)
    problems: list[HomsmapError] = []
    try:
        data = load_yaml_with_lines(read_text_document(path), source=source, key_lines=True)
    except HomsmapError as exc:
        raise SeedsValidationError([exc]) from None
    reader = Reader(source, problems)
    if not isinstance(data, dict):
        raise SeedsValidationError([SeedsFormatError("expected a mapping with document, campaign, baseline, events",
                                                     source=source, line=1, hint="see seeds/README.md")])
    top = reader.fields(data, {k: k not in ("baseline", "members") for k in sorted(_TOP)}, "the file", 1)
    header = _campaign_header(reader, data) if top is not None else None
    if header is None:
        raise SeedsValidationError(problems)
    document, camp = header
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    acts = actors if actors is not None else load_actors()
    lines = DocumentLines(sources_dir)
    if document.file and sources_dir is not None and lines.lines(document.file) is None:
        reader.problem(f"no document {document.file!r} in {sources_dir}", reader.line(camp), "fix the file name")
    cid = reader.text(camp, "id")
    if cid is not None and not re.fullmatch(r"\d{4}-\d{2}-[a-z0-9-]+", cid):
        reader.problem(f"campaign id {cid!r} should look like 2024-12-homs-offensive", reader.line(camp, "id"),
                       "use YYYY-MM-name in lower case")
    start, end = reader.date(camp, "start"), reader.date(camp, "end")
    if start and end and end < start:
        reader.problem(f"campaign end {end} is before its start {start}", reader.line(camp, "end"), "swap the dates")
    areas, places = reader.ids(camp, "areas") or (), reader.ids(camp, "places") or ()
    for key, ids in (("areas", areas), ("places", places)):
        for pid in ids:
            if pid not in gaz:
                reader.problems.append(UnknownPlaceError(pid, source=source, line=reader.line(camp, key)))
    common = {"campaign": cid or "", "document": document.file, "source_file": source}
    baseline = []
    for i, entry in enumerate(list_of(reader, data, "baseline")):
        b = reader.fields(entry, _BASELINE_FIELDS, "baseline entry", reader.line(data, "baseline"))
        if b is None:
            continue
        bpid, side = check_place(reader, b, gaz), check_actor(reader, b, "side", acts, optional=False)
        status = reader.choice(b, "status", ("held", "contested", "besieged", "ceasefire"))
        certainty = reader.choice(b, "certainty", ("confirmed", "reported", "claimed"))
        cite, place = citation(reader, b, document.file, lines), reader.text(b, "place")
        if bpid and side and status and certainty and cite and place and start is not None:
            baseline.append(ControlEvent(
                f"{cid}:baseline:{i + 1}", kind="baseline", date=start, date_end=None, precision="day", time=None,
                place=place, place_id=bpid, action="baseline", gains=str(side), loses=None,
                status=str(status), certainty=str(certainty), citation_line=int(str(cite)),
                note=reader.text(b, "note", optional=True) or "", source_line=reader.line(b), **common))
    events = [e for entry in list_of(reader, data, "events")
              if (e := _event(reader, entry, gaz, acts, lines, common, start, end)) is not None]
    members = _members(reader, data, gaz, lines, document.file, {e.place_id for e in events})
    seen: dict[str, int] = {}
    for e in events:
        if e.id in seen:
            reader.problem(f"duplicate event id {e.id!r} (first on line {seen[e.id]})", e.source_line,
                           "give each event its own id")
        seen.setdefault(e.id, e.source_line)
    if problems:
        raise SeedsValidationError(sorted(problems, key=lambda p: p.line or 0))
    assert cid is not None and start is not None and end is not None
    return Campaign(cid, reader.text(camp, "title") or "", start, end, areas, places, document, tuple(baseline),
                    tuple(events), reader.text(camp, "note", optional=True) or "", source, reader.line(camp),
                    tuple(members))


def _members(reader: Reader, data: dict[str, object], gaz: Gazetteer, lines: DocumentLines, document: str,
             event_places: set[str]) -> list[RegionMember]:
    """The ``members:`` block: places inside a region whose events apply to them."""
    if data.get("members") is None:
        return []
    found: list[RegionMember] = []
    for entry in list_of(reader, data, "members"):
        m = reader.fields(entry, _MEMBER_FIELDS, "member", reader.line(data, "members"))
        if m is None:
            continue
        region, place = reader.text(m, "region"), reader.text(m, "place")
        if region is not None and region not in event_places:
            reader.problem(f"region {region!r} has no event in this file", reader.line(m, "region"),
                           "name the place id of a region that has events (e.g. hm:northern-homs-pocket)")
        pid, cite = check_place(reader, m, gaz), citation(reader, m, document, lines)
        if pid is not None and pid == region:
            reader.problem("a region cannot be its own member", reader.line(m, "place_id"), "name a place inside it")
        elif pid is not None and any(x.region == region and x.place_id == pid for x in found):
            reader.problem(f"{pid} is listed twice in {region}", reader.line(m), "keep one entry")
        start = reader.date(m, "from", optional=True)
        if region and place and pid and cite and (start is not None or m.get("from") is None):
            found.append(RegionMember(region, place, pid, cite, start, reader.text(m, "note", optional=True) or "",
                                      reader.source, reader.line(m)))
    return found


def _event(reader: Reader, entry: object, gaz: Gazetteer, acts: Actors, lines: DocumentLines,
           common: dict[str, str], start: dt.date | None, end: dt.date | None) -> ControlEvent | None:
    e = reader.fields(entry, _EVENT_FIELDS, "event", reader.line(entry) if isinstance(entry, dict) else 0)
    if e is None:
        return None
    before = len(reader.problems)
    eid = reader.text(e, "id")
    if eid is not None and not re.fullmatch(r"[a-z0-9]+-\d{3,}", eid):
        reader.problem(f"event id {eid!r} should look like ho24-001", reader.line(e, "id"),
                       "use the campaign's prefix and a 3-digit number")
    action = reader.choice(e, "action", sorted(ACTIONS))
    kind = reader.choice(e, "kind", ("control", "incident"), default=ACTIONS[action][0] if action else "control")
    if action and kind and ACTIONS[action][0] != kind:
        reader.problem(f"action {action!r} is a {ACTIONS[action][0]} action, not {kind}", reader.line(e, "kind"),
                       f"set kind: {ACTIONS[action][0]}, or pick another action")
    date = reader.date(e, "date")
    date_end = reader.date(e, "date_end", optional=True)
    precision = reader.choice(e, "precision", PRECISIONS)
    if date and date_end and date_end < date:
        reader.problem(f"date_end {date_end} is before date {date}", reader.line(e, "date_end"), "swap the dates")
    if precision in ("range", "month") and date_end is None and e.get("date_end") is None:
        reader.problem(f"precision {precision} needs a date_end", reader.line(e, "precision"),
                       "add date_end, or use precision: day / approximate")
    if precision in ("day", "approximate") and date_end is not None:
        reader.problem(f"date_end given with precision {precision}", reader.line(e, "date_end"),
                       "use precision: range, or drop date_end")
    for key, value in (("date", date), ("date_end", date_end)):
        if value and start and end and not start <= value <= end:
            reader.problem(f"{key} {value} is outside the campaign ({start} to {end})", reader.line(e, key),
                           "fix the date, or widen the campaign's start/end")
    status = None
    if kind == "control":
        status = reader.choice(e, "status", STATUSES)
        if action and status and status not in ACTIONS[action][1]:
            reader.problem(f"action {action!r} leaves a place {'/'.join(ACTIONS[action][1])}, not {status}",
                           reader.line(e, "status"), f"set status: {ACTIONS[action][1][0]}, or pick another action")
    elif e.get("status") is not None:
        reader.problem("an incident has no status after it", reader.line(e, "status"), "write status: null")
    if kind == "control" and e.get("gains") is None:
        reader.problem("a control event needs gains: the side that gains (or challenges)", reader.line(e),
                       "add gains: <actor id>")
    gains = check_actor(reader, e, "gains", acts, optional=True)
    loses = check_actor(reader, e, "loses", acts, optional=True)
    if gains is not None and gains == loses:
        reader.problem(f"gains and loses are both {gains!r}", reader.line(e, "loses"), "one side gains, another loses")
    if kind == "control" and status and status != "held" and loses is None and e.get("loses") is None:
        reader.problem(f"status {status} needs loses: the side that holds the place", reader.line(e),
                       "add loses: <the holder>")
    certainty = reader.choice(e, "certainty", CERTAINTIES)
    time = reader.text(e, "time", optional=True)
    note = reader.text(e, "note", optional=True) or ""
    place = reader.text(e, "place")
    place_id = check_place(reader, e, gaz)
    cite = citation(reader, e, common["document"], lines)
    if len(reader.problems) > before:
        return None
    assert eid and date and precision and action and kind and certainty and place and place_id and cite
    return ControlEvent(eid, kind=kind, date=date, date_end=date_end, precision=precision, time=time, place=place,
                        place_id=place_id, action=action, gains=gains, loses=loses, status=status,
                        certainty=certainty, citation_line=cite, note=note, source_line=reader.line(e), **common)


def read_seeds(paths: Iterable[str | Path] | None = None, *, gazetteer: Gazetteer | None = None,
               actors: Actors | None = None, sources_dir: Path | None = None,
               check_citations: bool = True) -> tuple[Seeds, list[HomsmapError]]:
    """Read every seeds file; return the campaigns that are sound and every problem found.

    :func:`load_seeds` is the strict form; ``homsmap validate`` uses this one to report everything.
    """
    files = [Path(p) for p in paths] if paths is not None else seeds_files()
    if not files:
        raise InputError("no seeds files", source=str(DEFAULT_SEEDS_DIR), hint="add a campaign YAML file")
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    acts = actors if actors is not None else load_actors()
    docs = (sources_dir or default_sources_dir()) if check_citations else None
    campaigns: list[Campaign] = []
    problems: list[HomsmapError] = []
    for f in files:
        try:
            campaigns.append(events_from_yaml(f, gazetteer=gaz, actors=acts, sources_dir=docs))
        except SeedsValidationError as exc:
            problems.extend(exc.problems)
    first: dict[str, ControlEvent | Campaign] = {}
    for c in campaigns:
        items: list[ControlEvent | Campaign] = [c, *c.events]
        for item in items:
            what = "campaign" if item is c else "event"
            prior = first.setdefault(f"{what} {item.id}", item)
            if prior is not item:
                problems.append(SeedsFormatError(
                    f"duplicate {what} id {item.id!r}, also in {prior.source_file}:{prior.source_line}",
                    source=item.source_file, line=item.source_line, hint=f"give each {what} its own id"))
    notes = () if docs is not None or not check_citations else \
        ("citations not checked against the source documents: not found (set HOMSMAP_SOURCES, or put "
         "../shared/seeds beside the checkout)",)
    campaigns.sort(key=lambda c: (c.start, c.id))
    return Seeds(tuple(campaigns), acts, notes), problems


def load_seeds(paths: Iterable[str | Path] | None = None, *, gazetteer: Gazetteer | None = None,
               actors: Actors | None = None, sources_dir: Path | None = None, check_citations: bool = False) -> Seeds:
    """Every campaign of the seeds files (default: ``seeds/*.yaml``), ids checked across files.

    Citations are checked against the source documents only when ``check_citations`` is true and
    they are found (``sources_dir``, else :func:`default_sources_dir`): building maps never needs them.
    Raises :class:`SeedsValidationError` with every problem in every file.
    """
    seeds, problems = read_seeds(paths, gazetteer=gazetteer, actors=actors, sources_dir=sources_dir,
                                 check_citations=check_citations)
    if problems:
        raise SeedsValidationError(problems)
    return seeds
