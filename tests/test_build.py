"""`homsmap build` and `homsmap map`: what they write, determinism, and bad input that leaves earlier output intact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsmap.build import build_outputs
from homsmap.cli import main
from homsmap.events import Seeds, load_seeds
from homsmap.gazetteer import Gazetteer

CAMPAIGN = "2015-10-homs-offensive"



def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_writes_the_layout_and_is_deterministic(tmp_path: Path, seeds: Seeds, gaz: Gazetteer) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    formats = ("html", "days", "geojson", "csv")
    report = build_outputs(a, campaigns=[CAMPAIGN], formats=formats, seeds=seeds, gazetteer=gaz)
    build_outputs(b, campaigns=[CAMPAIGN], formats=formats, seeds=seeds, gazetteer=gaz)
    campaign = seeds.campaign(CAMPAIGN)
    folder = a / CAMPAIGN
    assert (folder / "index.html").is_file() and (a / "index.html").is_file()
    days = sorted(p.stem for p in (folder / "days").glob("*.html"))
    assert days[0] == campaign.start.isoformat() and days[-1] == campaign.end.isoformat()
    assert len(days) == (campaign.end - campaign.start).days + 1
    assert set(report.scopes) == {CAMPAIGN}
    for name in (f"{CAMPAIGN}.geojson", f"{CAMPAIGN}_events.csv"):
        assert (folder / name).read_bytes() == (b / CAMPAIGN / name).read_bytes(), name
    # the slider page is deterministic too (fixed element ids, sorted data)
    assert (folder / "index.html").read_bytes() == (b / CAMPAIGN / "index.html").read_bytes()
    assert not list(a.rglob("*.tmp")), "temporary files left behind"
    data = json.loads((folder / f"{CAMPAIGN}.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data


def test_unknown_campaign_and_bad_format_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("earlier output", encoding="utf-8")
    before = _snapshot(out)
    assert main(["build", "--campaign", "no-such-campaign", "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "unknown campaign 'no-such-campaign'" in err and "2015-10-homs-offensive" in err
    assert main(["build", "--format", "html,svg", "--out", str(out), "--quiet"]) == 2
    assert "unknown format(s) svg" in capsys.readouterr().err
    assert _snapshot(out) == before


def test_unwritable_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["build", "--campaign", CAMPAIGN, "--out", str(blocker / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "cannot write to the output folder" in err and str(blocker / "out") in err
    assert "Traceback" not in err


def test_broken_seeds_leave_earlier_output_intact(tmp_path: Path, seeds: Seeds, gaz: Gazetteer,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    build_outputs(out, campaigns=[CAMPAIGN], formats=("html", "csv"), seeds=seeds, gazetteer=gaz)
    before = _snapshot(out)
    source = Path(__file__).resolve().parent.parent / "seeds" / f"{CAMPAIGN}.yaml"
    broken = tmp_path / f"{CAMPAIGN}.yaml"
    broken.write_text(source.read_text(encoding="utf-8").replace("certainty: claimed", "certainty: likely", 1),
                      encoding="utf-8")
    assert main(["build", "--seeds", str(broken), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"{broken}:" in err and "certainty 'likely' is not one of" in err
    assert _snapshot(out) == before


def test_interrupted_build_keeps_the_previous_files(tmp_path: Path, seeds: Seeds, gaz: Gazetteer,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build_outputs(out, campaigns=[CAMPAIGN], formats=("html", "csv"), seeds=seeds, gazetteer=gaz)
    before = _snapshot(out)
    import homsmap.render

    def crash(self: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(homsmap.render.MapPage, "html", crash)
    with pytest.raises(KeyboardInterrupt):
        build_outputs(out, campaigns=[CAMPAIGN], formats=("html", "csv"), seeds=seeds, gazetteer=gaz)
    assert _snapshot(out) == before


def test_map_command_one_day_and_bad_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "day.html"
    assert main(["map", "--campaign", "2024-12-homs-offensive", "--on", "2024-12-07", "--out", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text and '"fixedDay":2' in text
    capsys.readouterr()
    assert main(["map", "--campaign", "2024-12-homs-offensive", "--on", "2024-12-20", "--out", str(page)]) == 2
    assert "2024-12-20 is outside 2024-12-homs-offensive" in capsys.readouterr().err
    assert page.read_text(encoding="utf-8") == text


def test_template_syntax_in_the_data_is_text(tmp_path: Path, gaz: Gazetteer) -> None:
    """A note with Jinja syntax reaches the page as it is: nothing is evaluated at build time."""
    source = Path(__file__).resolve().parent.parent / "seeds" / f"{CAMPAIGN}.yaml"
    text = source.read_text(encoding="utf-8")
    marker = "    note: The report says the city was under government control."
    assert marker in text
    planted = tmp_path / f"{CAMPAIGN}.yaml"
    planted.write_text(text.replace(marker, "    note: '{{ 7*7 }} {# x {% if 1 %}'"), encoding="utf-8")
    seeds = load_seeds([planted], gazetteer=gaz)
    out = tmp_path / "out"
    build_outputs(out, campaigns=[CAMPAIGN], formats=("html",), seeds=seeds, gazetteer=gaz)
    page = (out / CAMPAIGN / "index.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }} {# x {% if 1 %}" in page
