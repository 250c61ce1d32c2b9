"""The maps in a real browser (headless Chromium through Playwright).

Every generated page loads with no request to any host and no console error; the state the map shows
on chosen days equals the timeline's (what `homsmap state` prints); the slider changes the map;
screenshots are not blank; data planted with HTML and </script> runs nothing.

Needs Chromium (Debian's `chromium`, or $HOMSMAP_CHROMIUM). In CI (CI=true) a missing browser is a
failure, never a skip; elsewhere these tests skip with the reason.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from homsmap.build import build_outputs
from homsmap.events import Seeds, load_seeds
from homsmap.gazetteer import Gazetteer
from homsmap.timeline import timeline_for

CAMPAIGNS = ["2014-05-homs-ceasefire", "2015-10-homs-offensive", "2018-04-eastern-qalamoun-offensive",
             "2018-04-northern-homs-offensive", "2024-12-homs-offensive", "region"]


def _chromium() -> str:
    path = os.environ.get("HOMSMAP_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is missing: CI must install it (apt-get install -y chromium)")
        pytest.skip("Chromium not found: install Debian's chromium or set HOMSMAP_CHROMIUM to run the browser tests")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("playwright is missing: install the [dev] extra")
        pytest.skip("playwright not installed (pip install -e '.[dev]')")
    path = _chromium()
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()



@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds: Seeds, gaz: Gazetteer) -> Path:
    out = tmp_path_factory.mktemp("output")
    build_outputs(out, campaigns=CAMPAIGNS, formats=("html", "days"), seeds=seeds, gazetteer=gaz)
    return out


class Page:
    """A page opened in its own context, with every request and console message recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1200, "height": 800})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.homsmap && window.homsmap.ready", timeout=15000)

    def js(self, expression: str, arg: object = None) -> Any:
        return self.page.evaluate(expression, arg)

    def remote_requests(self) -> list[str]:
        """Requests to any host: everything but the page's own file and inline data."""
        return [u for u in self.requests if not u.startswith(("file://", "data:", "blob:", "about:"))]

    def close(self) -> None:
        self.context.close()


def _distinct_colours(png: bytes) -> int:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").resize((200, 133))
    return len(image.getcolors(maxcolors=200 * 133) or [])


def test_every_page_loads_offline_without_errors(browser: Any, built: Path) -> None:
    """Every page of every campaign and of the region: no request to any host, no console error,
    no <script src> or <link href>, and the viewer ready."""
    pages = sorted(built.glob("*/index.html")) + sorted(built.glob("*/days/*.html"))
    assert len(pages) > 100
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        for path in pages:
            requests.clear()
            page.goto(path.resolve().as_uri())
            page.wait_for_function("window.homsmap && window.homsmap.ready", timeout=15000)
            assert [u for u in requests if not u.startswith(("file://", "data:", "about:"))] == [], path
            assert errors == [], (path, errors)
            assert page.evaluate("document.querySelectorAll('script[src], link[href]').length") == 0, path
        requests.clear()
        page.goto((built / "index.html").resolve().as_uri())
        page.wait_for_load_state("load")
        assert [u for u in requests if not u.startswith(("file://", "data:", "about:"))] == []
        assert errors == []
        links = page.evaluate("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
        for cid in CAMPAIGNS:
            assert f"{cid}/index.html" in links
        assert all((built / link).exists() for link in links), "a link on the landing page points nowhere"
    finally:
        context.close()


@pytest.mark.parametrize(("campaign", "place_id", "days"), [
    ("2024-12-homs-offensive", "wof:421168647", ["2024-12-05", "2024-12-07", "2024-12-08"]),  # Homs city
    ("2018-04-northern-homs-offensive", "wof:421178429", ["2018-04-15", "2018-05-03", "2018-05-16"]),  # Talbiseh
    ("region", "wof:421178433", ["2015-10-15", "2018-05-16", "2024-12-08"]),  # al-Rastan across campaigns
])
def test_slider_shows_the_timeline_state(browser: Any, built: Path, seeds: Seeds, campaign: str, place_id: str,
                                         days: list[str]) -> None:
    timeline = timeline_for(seeds, None if campaign == "region" else campaign)
    page = Page(browser, built / campaign / "index.html")
    try:
        seen = set()
        for day in days:
            assert page.js("d => window.homsmap.setDay(d)", day) == day
            shown = page.js("id => window.homsmap.stateOf(id)", place_id)
            expected = timeline.state_of(place_id, dt.date.fromisoformat(day))
            assert shown["status"] == expected.status, day
            if expected.known:
                assert (shown["side"], shown["event"], shown["since"]) == (
                    expected.side, expected.event_id, expected.since.isoformat() if expected.since else None), day
                assert shown["style"]["fillColor"] == seeds.actors[str(expected.side)].colour
            seen.add((shown.get("side"), shown["status"]))
            assert page.page.locator(".hm-date").inner_text().startswith(day)
        assert len(seen) >= 2, "the chosen days should show at least two different states"
        assert page.errors == []
    finally:
        page.close()


def test_day_pages_match_the_timeline(browser: Any, built: Path, seeds: Seeds) -> None:
    timeline = timeline_for(seeds, "2024-12-homs-offensive")
    for path in sorted((built / "2024-12-homs-offensive" / "days").glob("*.html")):
        day = dt.date.fromisoformat(path.stem)
        page = Page(browser, path)
        try:
            assert page.js("window.homsmap.dayISO()") == path.stem
            assert page.js("document.querySelectorAll('.hm-range').length") == 0  # a static map: no slider
            for place_id in ("wof:421168647", "wof:421178433", "wof:421178429", "hm:homs-central-prison"):
                expected = timeline.state_of(place_id, day)
                shown = page.js("id => window.homsmap.stateOf(id)", place_id)
                assert (shown.get("side"), shown["status"]) == (expected.side, expected.status), (path.stem, place_id)
        finally:
            page.close()


def test_stepping_the_slider_changes_the_map(browser: Any, built: Path) -> None:
    page = Page(browser, built / "2018-04-northern-homs-offensive" / "index.html")
    try:
        first = page.page.screenshot()
        assert _distinct_colours(first) > 50, "the first screenshot is blank"
        page.js("window.homsmap.setDay(0)")
        before = page.js("window.homsmap.dayISO()")
        page.page.click(".hm-next-change")
        after = page.js("window.homsmap.dayISO()")
        assert after > before
        page.page.click(".hm-next-day")
        assert page.js("window.homsmap.dayISO()") == (dt.date.fromisoformat(after) + dt.timedelta(days=1)).isoformat()
        page.js("window.homsmap.setDay('2018-05-16')")
        page.page.wait_for_timeout(100)
        last = page.page.screenshot()
        assert last != first, "moving from the first day to the handover did not change the map"
        # the popup of a place names its state, the event that set it, the certainty and the citation
        text = page.js("id => window.homsmap.openPopup(id)", "wof:421178429")
        assert "Talbiseh" in text and "Set by" in text and "000_8fc25ed7e6cbe000.txt, line" in text
        assert "Certainty" in text
        assert page.errors == []
    finally:
        page.close()


def test_planted_html_runs_nothing(browser: Any, tmp_path: Path, gaz: Gazetteer) -> None:
    """A note with <img onerror> and </script> is shown as text and runs nothing."""
    source = Path(__file__).resolve().parent.parent / "seeds" / "2024-12-homs-offensive.yaml"
    text = source.read_text(encoding="utf-8")
    evil = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>'
    marker = "    note: Opposition forces took Talbiseh on 6 December."
    assert marker in text
    text = text.replace(marker, "    note: '" + evil.replace("'", "''") + "'")
    seeds_folder = tmp_path / "seeds"
    seeds_folder.mkdir()
    (seeds_folder / "2024-12-homs-offensive.yaml").write_text(text, encoding="utf-8")
    planted = load_seeds([seeds_folder / "2024-12-homs-offensive.yaml"], gazetteer=gaz)
    out = tmp_path / "out"
    build_outputs(out, campaigns=["2024-12-homs-offensive"], formats=("html",), seeds=planted, gazetteer=gaz)
    html = (out / "2024-12-homs-offensive" / "index.html").read_text(encoding="utf-8")
    assert "window.__pwned=2</script>" not in html and "<img src=x" not in html
    page = Page(browser, out / "2024-12-homs-offensive" / "index.html")
    try:
        page.js("window.homsmap.setDay('2024-12-06')")
        assert page.js("id => window.homsmap.stateOf(id).event", "wof:421178429") == "ho24-016"
        shown = page.js("id => window.homsmap.openPopup(id)", "wof:421178429")
        assert "onerror" in shown, "the note should be shown, as text"
        page.page.wait_for_timeout(200)
        assert page.js("window.__pwned === undefined")
        assert page.js("document.querySelectorAll('img[src=\"x\"]').length") == 0
        assert page.remote_requests() == []
    finally:
        page.close()


def test_region_marks_states_last_reported_long_ago(browser: Any, built: Path) -> None:
    """The regional map carries Old Homs' 2014 state forward, drawn faded and said to be old."""
    page = Page(browser, built / "region" / "index.html")
    try:
        page.js("window.homsmap.setDay('2014-05-02')")
        fresh = page.js("id => window.homsmap.stateOf(id)", "hm:old-homs")
        page.js("window.homsmap.setDay('2024-12-07')")
        old = page.js("id => window.homsmap.stateOf(id)", "hm:old-homs")
        assert fresh["event"] == old["event"] and not fresh["stale"] and old["stale"]
        assert old["style"]["fillOpacity"] < fresh["style"]["fillOpacity"]
        assert "Last reported" in page.js("id => window.homsmap.openPopup(id)", "hm:old-homs")
    finally:
        page.close()
