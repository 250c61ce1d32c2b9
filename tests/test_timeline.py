"""The timeline: rules on hand-made events, invariants with hypothesis, and the real campaigns
checked against what their documents say."""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from homsmap.cli import main
from homsmap.errors import ContradictionError
from homsmap.events import ControlEvent, Seeds
from homsmap.timeline import UNKNOWN, Timeline, find_contradictions, timeline_for, timeline_from_events

D0 = dt.date(2018, 4, 15)
STATES_DIR = Path(__file__).parent / "data" / "states"


def ev(eid: str, day: int, place: str = "P1", *, action: str = "captured", gains: str | None = "government",
       loses: str | None = "opposition", status: str | None = "held", certainty: str = "confirmed",
       kind: str = "control", time: str | None = None, precision: str = "day", end: int | None = None) -> ControlEvent:
    return ControlEvent(eid, "test", kind, D0 + dt.timedelta(days=day),
                        D0 + dt.timedelta(days=end) if end is not None else None, precision, time, place, place,
                        action, gains, loses, status, certainty, "doc.txt", 1, source_file="t.yaml", source_line=day)


def base(place: str, side: str, day: int = 0) -> ControlEvent:
    return ControlEvent(f"base-{place}-{day}", "test", "baseline", D0 + dt.timedelta(days=day), None, "day", None,
                        place, place, "baseline", side, None, "held", "reported", "doc.txt", 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def test_unknown_before_first_event_then_carried_forward() -> None:
    t = timeline_from_events([ev("e1", 3)])
    assert t.state_of("P1", day(2)).status == UNKNOWN and t.state_of("P1", day(2)).side is None
    assert "P1" not in t.state_on(day(2)) and t.state_on(day(2))["P1"].status == UNKNOWN
    assert t.state_of("P1", day(3)).side == "government"
    assert t.state_of("P1", day(400)).side == "government" and t.state_of("P1", day(400)).since == day(3)
    assert t.state_of("nowhere", day(3)).status == UNKNOWN


def test_denied_and_planned_do_not_change_control_claimed_is_marked() -> None:
    t = timeline_from_events([base("P1", "opposition"), ev("e1", 2, certainty="denied"),
                              ev("e2", 3, certainty="planned"), ev("e3", 5, certainty="claimed")])
    assert t.state_of("P1", day(4)).side == "opposition"
    s = t.state_of("P1", day(5))
    assert s.side == "government" and s.certainty == "claimed" and s.event_id == "e3"


def test_agreement_pending_until_handover_and_holder_kept() -> None:
    t = timeline_from_events([base("P1", "opposition"), ev("e1", 2, action="agreement", status="agreement_pending"),
                              ev("e2", 6, action="handed_over")])
    s = t.state_of("P1", day(4))
    assert (s.side, s.status, s.challenger) == ("opposition", "agreement_pending", "government")
    assert t.state_of("P1", day(6)).status == "held" and t.state_of("P1", day(6)).side == "government"
    assert [(p.status, p.start, p.end) for p in t.history("P1")] == [
        ("held", day(0), day(1)), ("agreement_pending", day(2), day(5)), ("held", day(6), None)]


def test_siege_of_unknown_holder_uses_loses_and_incidents_change_nothing() -> None:
    t = timeline_from_events([ev("e1", 1, action="besieged", status="besieged"),
                              ev("e2", 2, kind="incident", action="airstrike", gains="russia", status=None)])
    s = t.state_of("P1", day(2))
    assert (s.side, s.status, s.challenger, s.event_id) == ("opposition", "besieged", "government", "e1")


def test_same_day_events_apply_by_time_of_day() -> None:
    t = timeline_from_events([ev("e2", 1, action="captured", time="evening"),
                              ev("e1", 1, action="contested", status="contested", time="morning")])
    assert t.state_of("P1", day(1)).status == "held"
    assert len(t.history("P1")) == 1  # the morning state was superseded the same day


def test_range_takes_effect_on_its_last_day() -> None:
    t = timeline_from_events([base("P1", "opposition"), ev("e1", 2, precision="range", end=5)])
    assert t.state_of("P1", day(4)).side == "opposition" and t.state_of("P1", day(5)).side == "government"


def test_contradiction_raises_naming_both() -> None:
    a, b = ev("e1", 2), ev("e2", 2, gains="opposition", loses="government")
    with pytest.raises(ContradictionError) as info:
        timeline_from_events([a, b])
    assert info.value.event_ids == ("e1", "e2") and "t.yaml:2" in str(info.value)
    assert isinstance(info.value, ValueError)
    # ordered by different times of day, or a mere report: not a contradiction
    assert not find_contradictions([ev("e1", 2, time="morning"), ev("e2", 2, gains="isil", time="evening")])
    assert not find_contradictions([a, ev("e2", 2, gains="opposition", certainty="reported")])


# --- invariants ---------------------------------------------------------------------------------

SIDES = ("government", "opposition", "hts", "isil")


@st.composite
def event_lists(draw: st.DrawFn) -> list[ControlEvent]:
    n = draw(st.integers(1, 40))
    events = []
    for i in range(n):
        action, status = draw(st.sampled_from([("captured", "held"), ("captured", "held"), ("besieged", "besieged"),
                                                ("agreement", "agreement_pending"), ("contested", "contested")]))
        gains, loses = draw(st.sampled_from([(a, b) for a in SIDES for b in SIDES if a != b]))
        events.append(ev(f"e{i:03d}", draw(st.integers(0, 30)), draw(st.sampled_from(["P1", "P2", "P3"])),
                         action=action, gains=gains, loses=draw(st.sampled_from([loses, None])) if status != "held"
                         else loses, status=status, certainty=draw(st.sampled_from(["reported", "claimed", "denied"])),
                         time=draw(st.sampled_from([None, "morning", "night"]))))
    return events


def _snapshot(t: Timeline) -> list[tuple[object, ...]]:
    return [tuple(p.to_dict().values()) for p in t.periods]


@settings(max_examples=150, deadline=None)
@given(event_lists(), st.randoms(use_true_random=False))
def test_event_order_does_not_change_the_timeline(events: list[ControlEvent], rnd: object) -> None:
    shuffled = list(events)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _snapshot(timeline_from_events(events)) == _snapshot(timeline_from_events(shuffled))


@settings(max_examples=150, deadline=None)
@given(event_lists())
def test_periods_never_overlap_and_state_equals_last_event(events: list[ControlEvent]) -> None:
    t = timeline_from_events(events)
    for place in ("P1", "P2", "P3"):
        periods = t.history(place)
        for a, b in pairwise(periods):
            assert a.end is not None and a.end < b.start and a.end + dt.timedelta(days=1) == b.start
        for d in range(-1, 33):
            applied = [e for e in events if e.place_id == place and e.changes_control and e.effective_date <= day(d)]
            state = t.state_of(place, day(d))
            assert state == t.state_on(day(d))[place]
            if not applied:
                assert state.status == UNKNOWN
                continue
            last = max(applied, key=lambda e: e.order_key)
            if last.status == "held" or last.loses is not None:
                # the state is the last applied event's (a siege of a place of unknown control is skipped)
                assert state.event_id == last.id and state.status == last.status
                assert state.side == (last.gains if last.status == "held" else last.loses)


# --- the real campaigns -------------------------------------------------------------------------


def _state_checks() -> list[tuple[str, dict[str, object]]]:
    checks = []
    for path in sorted(STATES_DIR.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            checks.append((path.stem, item))
    return checks


STATE_CHECKS = _state_checks()


def test_every_campaign_has_state_checks(seeds: Seeds) -> None:
    assert {c.id for c in seeds.campaigns} == {p.stem for p in STATES_DIR.glob("*.yaml")}
    assert len(STATE_CHECKS) >= 60


@pytest.mark.parametrize(("campaign", "check"), STATE_CHECKS,
                         ids=[f"{c}:{k['place']}@{k['day']}" for c, k in STATE_CHECKS])
def test_campaign_state_matches_document(seeds: Seeds, campaign: str, check: dict[str, object]) -> None:
    """Each check was read from the document (its line is in the check), independently of the seeds."""
    t = timeline_for(seeds, campaign)
    d = check["day"] if isinstance(check["day"], dt.date) else dt.date.fromisoformat(str(check["day"]))
    state = t.state_of(str(check["place_id"]), d)
    assert (state.side, state.status) == (check["side"], check["status"]), check.get("why")


def test_talbiseh_around_each_capture(seeds: Seeds) -> None:
    """Who holds Talbiseh the day before and the day after each campaign's capture of it."""
    talbiseh = "wof:421178429"
    captures = [e for e in seeds.events() if e.place_id == talbiseh and e.changes_control and e.status == "held"
                and e.kind == "control"]
    assert {e.campaign for e in captures} >= {"2018-04-northern-homs-offensive", "2024-12-homs-offensive"}
    for e in captures:
        t = timeline_for(seeds, e.campaign)
        after = t.state_of(talbiseh, e.effective_date)
        assert after.side == e.gains and after.status == "held", e.id
        first = min((x for x in captures if x.campaign == e.campaign), key=lambda x: x.order_key)
        if e is first:  # the day before a campaign's first capture, someone else held it (or nobody knew)
            before = t.state_of(talbiseh, e.effective_date - dt.timedelta(days=1))
            assert before.side != e.gains, e.id
    # and concretely, from the documents: rebel-held until the 2018 surrender, government-held until 2024
    region = timeline_for(seeds)
    assert region.state_of(talbiseh, dt.date(2018, 4, 20)).side == "opposition"
    assert region.state_of(talbiseh, dt.date(2020, 1, 1)).side == "government"
    assert region.state_of(talbiseh, dt.date(2024, 12, 7)).bloc == "opposition"


def test_regional_timeline_picks_up_where_the_earlier_campaign_left(seeds: Seeds) -> None:
    region = timeline_for(seeds)
    by_start = sorted(seeds.campaigns, key=lambda c: c.start)
    assert by_start[0].start.year == 2014 and by_start[-1].start.year == 2024
    rastan = "wof:421178433"
    # between the 2018 surrender and the 2024 offensive the regional map keeps al-Rastan with the government
    mid = region.state_of(rastan, dt.date(2021, 1, 1))
    assert mid.side == "government" and mid.event_id is not None
    assert mid.event_id.startswith("nh18-")
    # and the 2024 campaign changes it again
    assert region.state_of(rastan, dt.date(2024, 12, 9)).side != "government"
    # a campaign on its own knows nothing of the others
    alone = timeline_for(seeds, "2024-12-homs-offensive")
    assert all(p.campaign == "2024-12-homs-offensive" for p in alone.periods)


def test_cli_state_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["state", "--on", "2018-05-16", "--campaign", "2018-04-northern-homs-offensive",
                 "--place", "Talbiseh", "--place", "Ar Rastan", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["place_id"] for r in records] == ["wof:421178433", "wof:421178429"]
    keys = {"place_id", "name", "lat", "lon", "side", "bloc", "status", "since", "event_id", "certainty"}
    assert all(keys <= set(r) for r in records)
    assert all(r["side"] == "government" and r["bloc"] == "government" for r in records)


def test_cli_state_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["state", "--on", "2018-02-30"]) == 2
    assert "--on: --on '2018-02-30' is not a date" in capsys.readouterr().err
    assert main(["state", "--on", "2019-01-01", "--campaign", "2018-04-northern-homs-offensive"]) == 2
    assert "outside campaign" in capsys.readouterr().err
    assert main(["state", "--on", "2018-05-01", "--place", "Xyzzyville"]) == 2
    assert "unknown place 'Xyzzyville'" in capsys.readouterr().err


def test_cli_timeline_csv_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--format", "csv"]) == 0
    first = capsys.readouterr().out
    assert main(["timeline", "--format", "csv"]) == 0
    assert capsys.readouterr().out == first
    header = first.splitlines()[0]
    assert header == "place_id,name,lat,lon,side,bloc,status,start,end,event_id,certainty,challenger,campaign"
