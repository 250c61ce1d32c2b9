"""The control state of every place on every day, stored as intervals.

:func:`timeline_from_events` applies events in order (rules in seeds/README.md) and keeps one
:class:`ControlPeriod` per change: place, side, status, first day, last day, the event that opened it.
Periods live in numpy columns sorted by place and start, so a war-scale timeline (10,000 places,
100,000 events) builds in well under a second and :meth:`Timeline.state_on` answers in a fraction of a
millisecond (see benchmarks/bench_timeline.py).

Rules, in short:

- denied and planned events never change control; incidents never do;
- a claimed event changes the map, and its period is marked ``claimed``;
- ``agreement`` / ``ceasefire`` / ``besieged`` / ``contested`` keep the holder (``loses``, or the
  current holder) and record the other side as ``challenger``;
- events of one day apply in order of time of day, then id; only the last one's state stands that day;
- two confirmed events giving one place to two sides on the same day raise :class:`ContradictionError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from homsmap.actors import Actors
from homsmap.errors import ContradictionError, HomsmapError, TimelineError
from homsmap.events import ControlEvent, Seeds, read_seeds, time_rank

if TYPE_CHECKING:
    import pandas as pd

    from homsmap.gazetteer import Gazetteer

__all__ = [
    "UNKNOWN",
    "ControlPeriod",
    "DayState",
    "PlaceState",
    "Timeline",
    "ValidationReport",
    "find_contradictions",
    "timeline_for",
    "timeline_from_events",
    "validate_seeds",
]

UNKNOWN = "unknown"
_OPEN = np.iinfo(np.int32).max
_UNIX_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class ControlPeriod:
    """``place_id`` was held by ``side`` with ``status`` from ``start`` to ``end`` (both inclusive;
    ``end`` is ``None`` while the period is still in force). ``event_id`` opened it."""

    place_id: str
    side: str
    status: str
    start: dt.date
    end: dt.date | None
    event_id: str
    certainty: str
    challenger: str | None
    campaign: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def to_dict(self) -> dict[str, object]:
        return {"place_id": self.place_id, "side": self.side, "status": self.status,
                "start": self.start.isoformat(), "end": self.end.isoformat() if self.end else None,
                "event_id": self.event_id, "certainty": self.certainty, "challenger": self.challenger,
                "campaign": self.campaign}


@dataclass(frozen=True)
class PlaceState:
    """The state of one place on one day. ``status`` is ``"unknown"`` (and ``side`` ``None``)
    before the place's first event or baseline."""

    place_id: str
    day: dt.date
    side: str | None = None
    bloc: str | None = None
    status: str = UNKNOWN
    since: dt.date | None = None
    event_id: str | None = None
    certainty: str | None = None
    challenger: str | None = None

    @property
    def known(self) -> bool:
        return self.status != UNKNOWN


class Timeline:
    """Control periods of many places; build with :func:`timeline_from_events`."""

    def __init__(self, *, places: Sequence[str], codes: dict[str, list[str]], columns: dict[str, np.ndarray],
                 events: Sequence[ControlEvent], actors: Actors | None = None) -> None:
        self.places = tuple(places)
        self._place_index = {p: i for i, p in enumerate(self.places)}
        self._codes = codes
        self._col = columns
        self.events = tuple(events)
        self.actors = actors
        # CSR offsets: the periods of place i are rows ptr[i]:ptr[i+1]
        self._ptr = np.searchsorted(columns["place"], np.arange(len(self.places) + 1)).astype(np.int64)

    def __len__(self) -> int:
        return len(self._col["place"])

    def __repr__(self) -> str:
        span = f"{self.start}..{self.end}" if len(self) else "empty"
        return f"<Timeline: {len(self)} control periods of {len(self.places)} places, {span}>"

    @property
    def start(self) -> dt.date | None:
        """First day any period starts."""
        return dt.date.fromordinal(int(self._col["start"].min())) if len(self) else None

    @property
    def end(self) -> dt.date | None:
        """Last day a period starts (the last change)."""
        return dt.date.fromordinal(int(self._col["start"].max())) if len(self) else None

    def _period(self, row: int) -> ControlPeriod:
        c = self._col
        end = int(c["end"][row])
        challenger = int(c["challenger"][row])
        return ControlPeriod(
            place_id=self.places[int(c["place"][row])], side=self._codes["side"][int(c["side"][row])],
            status=self._codes["status"][int(c["status"][row])], start=dt.date.fromordinal(int(c["start"][row])),
            end=None if end == _OPEN else dt.date.fromordinal(end - 1), event_id=self.events[int(c["event"][row])].id,
            certainty=self._codes["certainty"][int(c["certainty"][row])],
            challenger=self._codes["side"][challenger] if challenger >= 0 else None,
            campaign=self.events[int(c["event"][row])].campaign)

    @cached_property
    def _lookup(self) -> dict[str, np.ndarray]:
        """Code -> value arrays for column-wise output (index -1 gives None)."""
        def arr(values: Sequence[str | None]) -> np.ndarray:
            return np.array([*values, None], dtype=object)

        blocs = [self.actors.bloc_of(s) if self.actors is not None else None for s in self._codes["side"]]
        return {"place": arr(self.places), "side": arr(self._codes["side"]), "bloc": arr(blocs),
                "status": arr(self._codes["status"]), "certainty": arr(self._codes["certainty"]),
                "event": arr([e.id for e in self.events])}

    @cached_property
    def periods(self) -> tuple[ControlPeriod, ...]:
        """Every period, by place id then start."""
        return tuple(self._period(i) for i in range(len(self)))

    def history(self, place_id: str) -> tuple[ControlPeriod, ...]:
        """The periods of one place in order (empty if it has none)."""
        i = self._place_index.get(place_id)
        if i is None:
            return ()
        return tuple(self._period(r) for r in range(int(self._ptr[i]), int(self._ptr[i + 1])))

    def _state(self, row: int | None, place_id: str, day: dt.date) -> PlaceState:
        if row is None:
            return PlaceState(place_id, day)
        p = self._period(row)
        bloc = self.actors.bloc_of(p.side) if self.actors is not None else None
        return PlaceState(place_id, day, p.side, bloc, p.status, p.start, p.event_id, p.certainty, p.challenger)

    def state_of(self, place_id: str, day: dt.date) -> PlaceState:
        """The state of ``place_id`` on ``day``: carried forward from the last period that started on
        or before it; UNKNOWN before the place's first event or baseline (or for a place without any)."""
        i = self._place_index.get(place_id)
        if i is None:
            return PlaceState(place_id, day)
        lo, hi = int(self._ptr[i]), int(self._ptr[i + 1])
        k = int(np.searchsorted(self._col["start"][lo:hi], day.toordinal(), side="right"))
        return self._state(lo + k - 1 if k else None, place_id, day)

    def state_on(self, day: dt.date) -> DayState:
        """The state of every place on ``day`` (state carried forward; UNKNOWN before a place's first
        event or baseline). Vectorised: one pass over the period columns."""
        d = day.toordinal()
        rows = np.flatnonzero((self._col["start"] <= d) & (self._col["end"] > d))
        return DayState(self, day, rows)

    def change_days(self) -> list[dt.date]:
        """Every day on which some period starts, sorted."""
        return [dt.date.fromordinal(int(d)) for d in np.unique(self._col["start"])]

    def to_frame(self) -> pd.DataFrame:
        """The periods as a pandas DataFrame (``end`` is the last day, NaT while in force)."""
        import pandas as pd

        rows = [p.to_dict() for p in self.periods]
        cols = ["place_id", "side", "status", "start", "end", "event_id", "certainty", "challenger", "campaign"]
        frame = pd.DataFrame(rows, columns=cols)
        if self.actors is not None:
            frame.insert(2, "bloc", [self.actors.bloc_of(s) for s in frame["side"]])
        for key in ("start", "end"):
            frame[key] = pd.to_datetime(frame[key])
        return frame

    def _repr_html_(self) -> str:
        from html import escape

        head = "".join(f"<th>{h}</th>" for h in ("place", "side", "status", "start", "end", "event", "certainty"))
        rows = "".join(f"<tr><td>{escape(p.place_id)}</td><td>{escape(p.side)}</td><td>{escape(p.status)}</td>"
                       f"<td>{p.start}</td><td>{p.end or ''}</td><td>{escape(p.event_id)}</td>"
                       f"<td>{escape(p.certainty)}</td></tr>" for p in self.periods[:40])
        more = f"<p>… {len(self) - 40} more periods</p>" if len(self) > 40 else ""
        return f"<p>{escape(repr(self))}</p><table><tr>{head}</tr>{rows}</table>{more}"


class DayState(Mapping[str, PlaceState]):
    """The states on one day. Iterates over the places with a known state; ``state[place_id]``
    answers for any place and gives an UNKNOWN :class:`PlaceState` for one without."""

    def __init__(self, timeline: Timeline, day: dt.date, rows: np.ndarray) -> None:
        self.timeline = timeline
        self.day = day
        self._rows = rows
        self._places = timeline._col["place"][rows]

    def _row(self, place_id: str) -> int | None:
        i = self.timeline._place_index.get(place_id)
        if i is None:
            return None
        k = int(np.searchsorted(self._places, i))
        return int(self._rows[k]) if k < len(self._places) and self._places[k] == i else None

    def __getitem__(self, place_id: str) -> PlaceState:
        return self.timeline._state(self._row(place_id), place_id, self.day)

    def __contains__(self, place_id: object) -> bool:
        return isinstance(place_id, str) and self._row(place_id) is not None

    def __iter__(self) -> Iterator[str]:
        return (self.timeline.places[int(i)] for i in self._places)

    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"<DayState {self.day}: {len(self)} places with a known state>"

    def items(self) -> Iterator[tuple[str, PlaceState]]:  # type: ignore[override]
        """(place_id, state) of every place with a known state, in place-id order."""
        for row in self._rows:
            place_id = self.timeline.places[int(self.timeline._col["place"][row])]
            yield place_id, self.timeline._state(int(row), place_id, self.day)

    def to_frame(self) -> pd.DataFrame:
        """Every known state of the day as a DataFrame, built column-wise (fast at war scale)."""
        import pandas as pd

        t, rows = self.timeline, self._rows
        col = {k: v[rows] for k, v in t._col.items()}
        lookup = t._lookup
        frame = pd.DataFrame({
            "place_id": lookup["place"][col["place"]],
            "side": lookup["side"][col["side"]],
            "status": lookup["status"][col["status"]],
            "since": pd.to_datetime(col["start"].astype(np.int64) - _UNIX_EPOCH_ORDINAL, unit="D"),
            "event_id": lookup["event"][col["event"]],
            "certainty": lookup["certainty"][col["certainty"]],
            "challenger": lookup["side"][col["challenger"]],
        })
        if t.actors is not None:
            frame.insert(2, "bloc", lookup["bloc"][col["side"]])
        return frame

    def counts(self) -> dict[str, int]:
        """Number of places held by each side on this day."""
        sides, n = np.unique(self.timeline._col["side"][self._rows], return_counts=True)
        return {self.timeline._codes["side"][int(s)]: int(c) for s, c in zip(sides, n, strict=True)}


def find_contradictions(events: Iterable[ControlEvent]) -> list[ContradictionError]:
    """Pairs of confirmed events that give one place to two sides on the same day (unless both
    carry different times of day, which orders them)."""
    groups: dict[tuple[str, dt.date], list[ControlEvent]] = {}
    for e in events:
        if e.kind == "control" and e.certainty == "confirmed" and e.status == "held":
            groups.setdefault((e.place_id, e.effective_date), []).append(e)
    found = []
    for (place_id, day), group in sorted(groups.items()):
        for a, b in combinations(sorted(group, key=lambda e: e.order_key), 2):
            ordered = time_rank(a.time) < 5 and time_rank(b.time) < 5 and time_rank(a.time) != time_rank(b.time)
            if a.gains != b.gains and not ordered:
                found.append(ContradictionError(place_id, day, (a.id, a.source_file, a.source_line),
                                                (b.id, b.source_file, b.source_line)))
    return found


def timeline_from_events(events: Iterable[ControlEvent], *, actors: Actors | None = None,
                         strict: bool = True) -> Timeline:
    """Build the control periods from events (baselines included; any order).

    With ``strict`` (the default) a contradiction raises :class:`ContradictionError`.
    """
    all_events = sorted(events, key=lambda e: (e.place_id, e.order_key))
    if strict:
        contradictions = find_contradictions(all_events)
        if contradictions:
            raise contradictions[0]
    codes: dict[str, list[str]] = {"side": [], "status": [], "certainty": []}
    index: dict[str, dict[str, int]] = {k: {} for k in codes}

    def code(kind: str, value: str) -> int:
        table = index[kind]
        if value not in table:
            table[value] = len(codes[kind])
            codes[kind].append(value)
        return table[value]

    places: list[str] = []
    rows: list[tuple[int, int, int, int, int, int, int]] = []  # place, start, side, status, certainty, challenger, event
    current_place, holder = "", -1
    for n, e in enumerate(all_events):
        if not e.changes_control:
            continue
        if e.place_id != current_place:
            current_place, holder = e.place_id, -1
            places.append(e.place_id)
        if e.status == "held" or e.kind == "baseline":
            side, challenger = code("side", e.gains or ""), -1
        else:
            side = code("side", e.loses) if e.loses else holder
            challenger = code("side", e.gains) if e.gains else -1
            if side < 0:
                continue  # no known holder: a siege of a place of unknown control says nothing of control
        day = e.effective_date.toordinal()
        row = (len(places) - 1, day, side, code("status", e.status or "held"), code("certainty", e.certainty),
               challenger, n)
        if rows and rows[-1][0] == row[0] and rows[-1][1] == day:
            rows[-1] = row  # a later event of the same day supersedes the earlier one
        else:
            rows.append(row)
        holder = side
    table = np.array(rows, dtype=np.int64).reshape(-1, 7)
    place_col, start_col = table[:, 0].astype(np.int32), table[:, 1].astype(np.int32)
    end_col = np.full(len(table), _OPEN, dtype=np.int32)
    same_place_next = np.flatnonzero(place_col[1:] == place_col[:-1])
    end_col[same_place_next] = start_col[same_place_next + 1]
    columns: dict[str, np.ndarray] = {"place": place_col, "start": start_col, "end": end_col, "side": table[:, 2].astype(np.int16),
               "status": table[:, 3].astype(np.int8), "certainty": table[:, 4].astype(np.int8),
               "challenger": table[:, 5].astype(np.int16), "event": table[:, 6].astype(np.int32)}
    return Timeline(places=places, codes=codes, columns=columns, events=all_events, actors=actors)


def timeline_for(seeds: Seeds, campaign_id: str | None = None) -> Timeline:
    """The timeline of one campaign (its baseline and events only), or with ``None`` the regional
    timeline of every campaign together, where a later campaign picks up each place where the
    earlier left it."""
    return timeline_from_events(seeds.events(campaign_id), actors=seeds.actors)


@dataclass(frozen=True)
class ValidationReport:
    """What ``homsmap validate`` found: the sound campaigns, every problem, and notes."""

    seeds: Seeds
    problems: tuple[HomsmapError, ...]
    notes: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        n_events = sum(len(c.events) for c in self.seeds.campaigns)
        n_base = sum(len(c.baseline) for c in self.seeds.campaigns)
        lines = [f"{len(self.seeds.campaigns)} campaigns, {n_events} events, {n_base} baseline entries, "
                 f"{len(self.seeds.actors)} actors: " + ("valid" if self.ok else f"{len(self.problems)} problems")]
        lines += [f"  {c.id}: {c.start}..{c.end}, {len(c.events)} events, {len(c.baseline)} baseline "
                  f"({c.document.file})" for c in self.seeds.campaigns]
        return "\n".join(lines + [f"note: {n}" for n in self.notes])


def validate_seeds(paths: Iterable[str | Path] | None = None, *, gazetteer: Gazetteer | None = None,
                   sources_dir: Path | None = None) -> ValidationReport:
    """Check seeds files: schema, places, actors, dates, ids, citations (when the source documents are
    found) and contradictions, in each campaign and in the regional timeline."""
    seeds, problems = read_seeds(paths, gazetteer=gazetteer, sources_dir=sources_dir, check_citations=True)
    problems = list(problems)
    seen: set[tuple[str, str]] = set()
    for err in find_contradictions(seeds.events()):
        if err.event_ids not in seen:
            seen.add(err.event_ids)
            problems.append(err)
    try:
        timeline_for(seeds)
    except TimelineError as exc:  # pragma: no cover - contradictions are reported above
        problems.append(exc)
    return ValidationReport(seeds, tuple(problems), seeds.notes)
