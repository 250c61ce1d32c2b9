"""The static pictures (homsmap.plots) on the real seeds: valid, not blank, the right colour where a
held settlement is, a legend of the sides shown, atomic and repeatable writes, quick enough."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from homsmap import plots
from homsmap.events import Seeds
from homsmap.gazetteer import Gazetteer
from homsmap.territory import Scope, area_layer, campaign_scope, place_layer

NORTH = "2018-04-northern-homs-offensive"
HO24 = "2024-12-homs-offensive"
TALBISEH = "wof:421178429"


@pytest.fixture(scope="module")
def north(seeds: Seeds, gaz: Gazetteer) -> Scope:
    return campaign_scope(seeds, NORTH, gaz)



def change_days(scope: Scope) -> list[dt.date]:
    days = {d for d in scope.timeline.change_days() if scope.start <= d <= scope.end}
    days |= {e.date for e in scope.events if e.kind != "baseline" and scope.start <= e.date <= scope.end}
    return sorted(days)


def open_png(path: Path) -> Image.Image:
    image = Image.open(path)
    image.verify()  # a valid PNG (verify() leaves the image unusable: open it again)
    image = Image.open(path)
    assert image.format == "PNG"
    return image.convert("RGB")


def colours(image: Image.Image) -> set[tuple[int, int, int]]:
    rgb = np.asarray(image).reshape(-1, 3).astype(np.int32)
    packed = np.unique((rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2])
    return {(int(v) >> 16, (int(v) >> 8) & 255, int(v) & 255) for v in packed}


def distinct_colours(image: Image.Image) -> int:
    return len(colours(image))


def png_chunks(path: Path) -> list[bytes]:
    data, pos, names = path.read_bytes(), 8, []
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        names.append(data[pos + 4:pos + 8])
        pos += 12 + length
    return names


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def test_day_png_is_a_valid_busy_picture(north: Scope, tmp_path: Path) -> None:
    day = change_days(north)[-1]
    out = plots.day_png(north, day, tmp_path / "png" / f"{day}.png")
    assert out == tmp_path / "png" / f"{day}.png"
    image = open_png(out)
    assert image.size == (1560, 960)
    assert distinct_colours(image) > 200  # basemap, areas in several colours, text: not blank
    assert b"tIME" not in png_chunks(out) and b"tEXt" not in png_chunks(out)  # no timestamp, no software tag


def test_a_held_settlement_is_drawn_in_its_sides_colour(north: Scope, tmp_path: Path) -> None:
    day = north.end
    state = north.timeline.state_of(TALBISEH, day)
    assert state.status == "held" and state.certainty != "claimed" and state.side is not None
    out = plots.day_png(north, day, tmp_path / "talbiseh.png")
    canvas = plots._DAY_CANVAS[0][1]
    place = north.gaz[TALBISEH]
    x, y = canvas.ax.transData.transform((place.lon, place.lat))
    image = open_png(out)
    pixel = image.getpixel((round(x), image.height - round(y)))
    assert isinstance(pixel, tuple)
    expected = hex_rgb(north.timeline.actors[state.side].colour)  # type: ignore[index]
    assert all(abs(a - b) <= 12 for a, b in zip(pixel, expected, strict=True)), (pixel, expected)


def test_day_maps_repeat_byte_for_byte_and_leave_no_state_behind(north: Scope, tmp_path: Path) -> None:
    first, second = change_days(north)[:2]
    a1 = plots.day_png(north, first, tmp_path / "a1.png").read_bytes()
    plots.day_png(north, second, tmp_path / "b.png")
    a2 = plots.day_png(north, first, tmp_path / "a2.png").read_bytes()
    assert a1 == a2


def test_a_failure_leaves_the_earlier_file_intact(north: Scope, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    day = change_days(north)[0]
    target = tmp_path / "day.png"
    good = plots.day_png(north, day, target).read_bytes()
    counts = plots.counts_png(north, tmp_path / "counts.png").read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    import homsmap.plots_draw

    monkeypatch.setattr(homsmap.plots_draw, "place_layer", boom)
    with pytest.raises(RuntimeError):
        plots.day_png(north, day, target)
    monkeypatch.setattr(plots, "daily_counts", boom)
    with pytest.raises(RuntimeError):
        plots.counts_png(north, tmp_path / "counts.png")
    assert target.read_bytes() == good
    assert (tmp_path / "counts.png").read_bytes() == counts
    assert sorted(p.name for p in tmp_path.iterdir()) == ["counts.png", "day.png"]  # no temporary file left
    monkeypatch.undo()
    assert plots.day_png(north, day, target).read_bytes() == good  # the failed day left nothing on the figure


def test_overview_has_a_panel_per_day_up_to_sixteen(north: Scope, tmp_path: Path) -> None:
    days = change_days(north)
    out = open_png(plots.overview_png(north, days[:4], tmp_path / "overview.png"))
    assert distinct_colours(out) > 200
    assert out.height > out.width * 0.8  # four panels: two rows of two
    many = [north.start + dt.timedelta(days=i) for i in range(40)]
    picked = plots._pick_days(many)
    assert len(picked) == plots.MAX_PANELS and picked[0] == many[0] and picked[-1] == many[-1]
    assert plots._pick_days(days) == days
    single = open_png(plots.overview_png(north, [], tmp_path / "none.png"))  # no change day: the last day
    assert single.width >= 1000


@pytest.mark.parametrize("campaign", ["north", "ho24"])
def test_the_legend_lists_the_sides_shown(campaign: str, request: pytest.FixtureRequest, gaz: Gazetteer,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scope: Scope = request.getfixturevalue(campaign)
    legends: list[Any] = []
    original = plots._draw_legend

    def spy(ax: Any, groups: Any, **kwargs: Any) -> None:
        legends.append(groups)
        original(ax, groups, **kwargs)

    monkeypatch.setattr(plots, "_draw_legend", spy)
    actors = scope.timeline.actors
    assert actors is not None
    for day in change_days(scope)[:3]:
        plots.day_png(scope, day, tmp_path / f"{day}.png")
        places = place_layer(scope.timeline, day, gaz, scope.place_ids)
        areas = area_layer(scope.timeline, scope.cells, day)
        shown = {s for s in [*places["side"], *places["challenger"], *areas["side"], *areas["challenger"]] if s}
        groups = dict(legends[-1])
        assert [e.label for e in groups["Who holds it"]] == [actors[s].name for s in actors if s in shown]
        assert {e.colour for e in groups["Who holds it"]} == {actors[s].colour for s in shown}


def test_counts_png(ho24: Scope, tmp_path: Path) -> None:
    out = plots.counts_png(ho24, tmp_path / "counts.png")
    image = open_png(out)
    assert distinct_colours(image) > 50
    government = hex_rgb(ho24.timeline.actors["government"].colour)  # type: ignore[index]
    assert government in colours(image)  # a side's step line in its colour
    assert b"tIME" not in png_chunks(out) and b"tEXt" not in png_chunks(out)


def test_day_maps_are_quick_and_touch_no_global_figure_state(ho24: Scope, tmp_path: Path) -> None:
    import matplotlib

    backend = matplotlib.get_backend()
    days = change_days(ho24)
    t0 = time.perf_counter()
    for day in days:
        plots.day_png(ho24, day, tmp_path / f"{day}.png")
    per_day = (time.perf_counter() - t0) / len(days)
    assert per_day < 1.5, f"{per_day:.2f} s per day map"
    assert matplotlib.get_backend() == backend
    if "matplotlib.pyplot" in sys.modules:  # no figure left open in pyplot's manager
        assert sys.modules["matplotlib.pyplot"].get_fignums() == []


def test_states_last_reported_long_ago_are_drawn_pale(seeds: Seeds, gaz: Gazetteer) -> None:
    """On the regional map of December 2024, Old Homs' 2014 state is old news; Homs city's is not."""
    import datetime as dt

    from homsmap import plots_draw
    from homsmap.territory import campaign_scope, place_layer

    region = campaign_scope(seeds, None, gaz)
    day = dt.date(2024, 12, 7)
    layer = place_layer(region.timeline, day, gaz, ["hm:old-homs", "wof:421168647"]).set_index("place_id")
    stale = plots_draw._stale(layer["since"], day)
    assert bool(stale["hm:old-homs"]) and not bool(stale["wof:421168647"])
