"""Seeds files, actors and `homsmap validate`: every bad input gives file:line, the fix, and exit 2."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from homsmap.actors import actor_key, load_actors
from homsmap.cli import main
from homsmap.errors import SeedsFormatError, SeedsValidationError, UnknownActorError, UnknownPlaceError
from homsmap.events import events_from_yaml, load_seeds, seeds_files, time_rank
from homsmap.gazetteer import Gazetteer

DOC = """Report on fighting north of Homs
On 3 May, government forces captured Talbiseh after heavy fighting.
On 4 May, rebels said they had retaken Talbiseh, which the army denied.

On 5 May, a ceasefire was agreed for Rastan.
"""

GOOD = """\
document:
  file: test_doc.txt
  title: Test report
  publisher: Test
  kind: news
  published: 2018-05-06
  published_precision: day
  note: a document written for the tests
campaign:
  id: 2018-05-test
  title: Test campaign
  start: 2018-05-01
  end: 2018-05-10
  areas: [ocha:SY04]
  places: []
baseline:
  - place: Talbiseh
    place_id: wof:421178429
    side: opposition
    status: held
    certainty: reported
    citation: {line: 2}
events:
  - id: tt-001
    date: 2018-05-03
    precision: day
    place: Talbiseh
    place_id: wof:421178429
    action: captured
    gains: government
    loses: opposition
    status: held
    certainty: confirmed
    citation: {line: 2}
  - id: tt-002
    date: 2018-05-04
    precision: day
    place: Talbiseh
    place_id: wof:421178429
    action: recaptured
    gains: opposition
    loses: government
    status: held
    certainty: denied
    citation: {line: 3}
  - id: tt-003
    date: 2018-05-05
    precision: day
    place: Rastan
    place_id: wof:421178433
    action: ceasefire
    gains: government
    loses: opposition
    status: ceasefire
    certainty: reported
    citation: {line: 5}
"""


@pytest.fixture()
def seeds_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A seeds folder with one good campaign file and its source document beside it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "test_doc.txt").write_text(DOC, encoding="utf-8")
    monkeypatch.setenv("HOMSMAP_SOURCES", str(docs))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "2018-05-test.yaml").write_text(GOOD, encoding="utf-8")
    return seeds


def _validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["validate", str(path)])
    out = capsys.readouterr()
    return code, out.err + out.out


def test_good_file_reads_into_campaign(seeds_env: Path, gaz: Gazetteer) -> None:
    c = events_from_yaml(seeds_env / "2018-05-test.yaml", gazetteer=gaz, sources_dir=seeds_env.parent / "docs")
    assert c.id == "2018-05-test" and c.start == dt.date(2018, 5, 1)
    assert [e.id for e in c.events] == ["tt-001", "tt-002", "tt-003"]
    first = c.events[0]
    assert first.citation == "test_doc.txt:2" and first.source_line == 24
    assert first.changes_control and not c.events[1].changes_control  # denied
    assert c.baseline[0].kind == "baseline" and c.baseline[0].date == c.start
    assert c.place_ids == ("wof:421178429", "wof:421178433")


def test_validate_clean_exit_0(seeds_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _validate(seeds_env, capsys)
    assert code == 0, out
    assert "1 campaigns, 3 events, 1 baseline entries" in out and "valid" in out


BAD_CASES = [
    # (what to replace, replacement, the text on the line the problem must name, words in the message)
    ("  title: Test campaign\n", "  title: Test campaign\n  colour: red\n", "colour: red", "unknown field 'colour'"),
    ("    date: 2018-05-03\n", "    date: 2018-02-30\n", "2018-02-30", "'2018-02-30' is not a valid date"),
    ("  end: 2018-05-10\n", "  end: 2018-04-10\n", "end: 2018-04-10", "is before its start"),
    ("    date: 2018-05-04\n    precision: day\n", "    date: 2018-05-04\n    date_end: 2018-05-02\n"
     "    precision: range\n", "date_end: 2018-05-02", "date_end 2018-05-02 is before date"),
    ("    place_id: wof:421178433\n", "    place_id: wof:999\n", "wof:999", "unknown place 'wof:999'"),
    ("    gains: government\n    loses: opposition\n    status: held\n    certainty: confirmed",
     "    gains: Syrian Arab Army\n    loses: opposition\n    status: held\n    certainty: confirmed",
     "Syrian Arab Army", "unknown actor 'Syrian Arab Army'"),
    ("  - id: tt-002\n", "  - id: tt-001\n", "id: tt-001", "duplicate event id 'tt-001'"),
    ("    date: 2018-05-05\n", "    date: 2018-06-05\n", "2018-06-05", "outside the campaign"),
    ("    action: ceasefire\n", "    action: captured\n", "status: ceasefire", "leaves a place held, not ceasefire"),
    ("    citation: {line: 5}\n", "    citation: {line: 4}\n", "{line: 4}", "line 4 of test_doc.txt is empty"),
    ("    citation: {line: 3}\n", "    citation: {line: 5}\n", "place: Talbiseh",
     "'Talbiseh' does not appear on line 5"),
    ("  - id: tt-003\n", "  - id: tt-003\n   bad: [\n", "bad: [", "YAML syntax error"),
    ("    certainty: denied\n", "    certainty: maybe\n", "maybe", "certainty 'maybe' is not one of"),
]


@pytest.mark.parametrize(("old", "new", "marker", "words"), BAD_CASES, ids=[c[3][:30] for c in BAD_CASES])
def test_validate_reports_file_line_and_fix(seeds_env: Path, capsys: pytest.CaptureFixture[str], old: str, new: str,
                                            marker: str, words: str) -> None:
    path = seeds_env / "2018-05-test.yaml"
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    line = max(i for i, ln in enumerate(text.splitlines(), 1) if marker in ln)  # its last occurrence
    code, out = _validate(path, capsys)
    assert code == 2
    problem = next((ln for ln in out.splitlines() if words in ln), None)
    assert problem is not None, out
    assert problem.startswith(f"{path}:{line}: "), problem
    assert "(fix: " in problem
    assert "Traceback" not in out


def test_unknown_actor_and_place_carry_suggestions(seeds_env: Path, gaz: Gazetteer) -> None:
    path = seeds_env / "2018-05-test.yaml"
    path.write_text(GOOD.replace("    gains: government\n    loses: opposition\n    status: held\n    certainty: conf",
                                 "    gains: regime forces\n    loses: opposition\n    status: held\n    certainty: conf")
                    .replace("wof:421178433", "wof:42117843"), encoding="utf-8")
    with pytest.raises(SeedsValidationError) as info:
        events_from_yaml(path, gazetteer=gaz)
    actor = next(p for p in info.value.problems if isinstance(p, UnknownActorError))
    assert actor.suggestions[0] == "government" and isinstance(actor, LookupError)
    place = next(p for p in info.value.problems if isinstance(p, UnknownPlaceError))
    assert place.suggestions and place.suggestions[0].startswith("wof:421178433")


def test_every_problem_is_reported_at_once(seeds_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = seeds_env / "2018-05-test.yaml"
    path.write_text(GOOD.replace("2018-05-03", "2018-05-33").replace("certainty: denied", "certainty: sure"),
                    encoding="utf-8")
    code, out = _validate(path, capsys)
    assert code == 2
    assert f"{path}:25:" in out and f"{path}:44:" in out


def test_contradiction_names_both_sources(seeds_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = seeds_env / "2018-05-test.yaml"
    path.write_text(GOOD.replace("    date: 2018-05-04\n", "    date: 2018-05-03\n")
                    .replace("certainty: denied", "certainty: confirmed")
                    .replace("citation: {line: 3}", "citation: {line: 2}"), encoding="utf-8")
    code, out = _validate(path, capsys)
    assert code == 2
    assert "contradiction: tt-001" in out and "tt-002" in out and f"{path}:24" in out and f"{path}:35" in out
    # the other commands refuse to build a timeline from it, with the same message
    assert main(["state", "--on", "2018-05-03", "--seeds", str(path)]) == 2
    assert "contradiction" in capsys.readouterr().err


def test_duplicate_ids_across_files(seeds_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (seeds_env / "2018-05-test2.yaml").write_text(GOOD.replace("id: 2018-05-test", "id: 2018-05-test-b"),
                                                   encoding="utf-8")
    code, out = _validate(seeds_env, capsys)
    assert code == 2
    assert "duplicate event id 'tt-001', also in" in out


def test_cli_does_not_write_partial_output(seeds_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = seeds_env / "2018-05-test.yaml"
    path.write_text(GOOD.replace("2018-05-03", "2018-05-33"), encoding="utf-8")
    assert main(["events", "--format", "json", "--seeds", str(path)]) == 2
    out = capsys.readouterr()
    assert out.out == "" and f"{path}:25:" in out.err


def test_time_rank_orders_the_day() -> None:
    assert time_rank("early morning") < time_rank("afternoon") < time_rank("evening") < time_rank(
        "night of 7/8 December") < time_rank(None)


def test_actors_resolve_aliases_by_period() -> None:
    actors = load_actors()
    assert {a.bloc for a in actors.values()} <= {"government", "opposition", "isis", "sdf", "other"}
    colours = {a.id: a.colour for a in actors.values()}
    assert colours["government"] == "#d62728" and colours["isil"] == "#000000" and colours["hts"] == "#7f7f7f"
    resolve = actors.resolve
    assert resolve("Syrian Arab Army").id == "government"  # type: ignore[union-attr]
    assert resolve("regime forces", on=dt.date(2018, 4, 1)).id == "government"  # type: ignore[union-attr]
    # after the fall of the Assad government its armed supporters are insurgents, and the new state's forces
    # are the government
    assert resolve("regime forces", on=dt.date(2025, 3, 7)).id == "assad-loyalists"  # type: ignore[union-attr]
    assert resolve("loyalists", on=dt.date(2024, 12, 8)).id == "government"  # type: ignore[union-attr]
    assert resolve("General Security", on=dt.date(2025, 3, 7)).id == "government"  # type: ignore[union-attr]
    assert resolve("regime forces") is None  # (undated, the name is ambiguous)
    assert resolve("Tahrir al-Sham").id == "hts"  # type: ignore[union-attr]
    assert resolve("Hay’at Tahrir al-Sham").id == "hts"  # type: ignore[union-attr]
    assert resolve("Jabhat al-Nusra", on=dt.date(2015, 10, 15)).id == "hts"  # type: ignore[union-attr]
    # loyalist media went on calling HTS "Jabhat al-Nusra" after the renamings; a name not yet in use is nobody's
    assert resolve("Jabhat al-Nusra", on=dt.date(2018, 4, 15)).id == "hts"  # type: ignore[union-attr]
    assert resolve("Jabhat Fatah al-Sham", on=dt.date(2015, 10, 15)) is None
    assert resolve("Syrian Free Army", on=dt.date(2024, 12, 7)).id == "revolutionary-commando-army"  # type: ignore[union-attr]
    assert resolve("IS").id == "isil" and resolve("is") is None  # type: ignore[union-attr]
    assert actors["hts"].coalitions_on(dt.date(2024, 12, 6)) == ("military-operations-command",)
    assert actors["hts"].coalitions_on(dt.date(2018, 4, 15)) == ()
    assert actor_key("Pro-Government  forces") == "pro government forces"


def test_actor_alias_clash_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - {id: a, name: A, bloc: government, colour: '#ff0000', aliases: [rebels]}\n"
                    "  - {id: b, name: B, bloc: opposition, colour: '#00ff00', aliases: [Rebels]}\n", encoding="utf-8")
    with pytest.raises(SeedsFormatError, match="alias 'Rebels' names both 'a' and 'b'") as info:
        load_actors(path)
    assert info.value.line == 3
    path.write_text("actors:\n  - {id: a, name: A, bloc: rebels, colour: '#ff0000'}\n", encoding="utf-8")
    with pytest.raises(SeedsFormatError, match="bloc 'rebels' is not one of"):
        load_actors(path)


# --- the project's own seeds -------------------------------------------------------------------

def test_project_seeds_are_valid_with_citations_checked(seeds_dir: Path, gaz: Gazetteer,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Every campaign file passes validate with each citation checked against its source document."""
    files = seeds_files()
    assert len(files) == 5
    code = main(["validate"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "5 campaigns" in out.out and "citations not checked" not in out.out
    documents = {events_from_yaml(f, gazetteer=gaz, sources_dir=seeds_dir).document.file for f in files}
    assert documents == {p.name for p in seeds_dir.glob("*.txt")}


def test_project_seeds_cover_every_kind_of_statement(gaz: Gazetteer) -> None:
    seeds = load_seeds(gazetteer=gaz)
    events = seeds.events()
    certainties = {e.certainty for e in events}
    assert {"confirmed", "reported", "claimed", "denied"} <= certainties
    actions = {e.action for e in events}
    assert {"captured", "withdrew", "agreement", "ceasefire", "evacuated"} <= actions
    assert any(e.kind == "incident" for e in events)
    for c in seeds.campaigns:
        assert c.events and c.document.note, c.id
        assert all(c.start <= e.date <= c.end for e in c.events)
    news = [c.document for c in seeds.campaigns if c.document.kind == "news"]
    assert len(news) == 2 and all(d.published and d.note for d in news)


def test_cli_events_json_carries_places_and_blocs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--campaign", "2024-12-homs-offensive", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and all(r["lat"] is not None and r["place_name"] for r in records)
    assert {r["gains_bloc"] for r in records if r["kind"] == "control"} <= {"government", "opposition", "isis",
                                                                           "sdf", "other"}
    assert main(["events", "--campaign", "no-such-campaign"]) == 2
    assert "unknown campaign 'no-such-campaign'" in capsys.readouterr().err


def test_region_members_follow_the_region_unless_they_speak_for_themselves(gaz: Gazetteer) -> None:
    seeds = load_seeds(gazetteer=gaz)
    campaign = seeds.campaign("2018-04-northern-homs-offensive")
    derived = {e.id: e for e in campaign.derived_events}
    handover = derived["nh18-025~wof:1193126245"]  # Qubbat al-Kurdi with the pocket on 16 May
    assert handover.part_of == "nh18-025" and handover.place == "Qubbat al-Kurdi" and "part of" in handover.note
    assert handover.citation_line == campaign.events[[e.id for e in campaign.events].index("nh18-025")].citation_line
    # a member only from the day after its capture: the 15 April attack on the pocket does not apply to it
    assert "nh18-001~wof:1193126245" not in derived and "nh18-001~wof:1226120725" in derived
    # Taldou has its own (denied) statement on 2 May, so the pocket's agreement of that day does not speak for it
    own = {(e.place_id, e.effective_date) for e in campaign.events}
    assert all((e.place_id, e.effective_date) not in own for e in derived.values())


def test_member_of_a_region_without_events_is_an_error(seeds_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = seeds_env / "2018-05-test.yaml"
    text = GOOD.replace("events:\n", "members:\n  - region: hm:northern-homs-pocket\n    place: Rastan\n"
                        "    place_id: wof:421178433\n    citation: {line: 5}\nevents:\n", 1)
    path.write_text(text, encoding="utf-8")
    code, out = _validate(path, capsys)
    assert code == 2
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "region: hm:northern" in ln)
    assert f"{path}:{line}: region 'hm:northern-homs-pocket' has no event in this file" in out
