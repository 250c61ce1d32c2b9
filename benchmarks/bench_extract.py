"""Extraction throughput and accuracy: homsmap ``extract_events`` against a naive extractor, in one run.

Run from the repository root::

    .venv/bin/python benchmarks/bench_extract.py [--target-kb 1024] [--seeds ../shared/seeds]

The corpus is the five source documents of ``../shared/seeds/*.txt`` (skipped with a message when that
folder is absent), repeated until about 1 MB; each copy is extracted as its own document. homsmap is
measured cold on the five documents (every name cache cleared; the one-off loading of the gazetteer and
actors is timed apart) and on the whole ~1 MB (caches warm after the first copy, as in a long batch run).
Throughput is KB of input per second; the KB actually analysed (up to a "References" / "See also" /
"Related Research Articles" heading, where a page's narrative ends) are shown too.

The baseline is what one writes in an afternoon: sentences split at ". ", a capture/withdrawal verb list,
each capitalised name after the verb resolved alone with homsmap's own resolver (no document context, no
lists, no coreference), the last "D Month YYYY" seen so far in the text as the date, the first side named
in the sentence (``seeds/actors.yaml`` aliases) as the gaining side, everything "confirmed". It is scored
with the same rules (``homsmap.extract_eval``: control events that change the map, one-to-one on date,
place and bloc of the side gained) against the curated seeds files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "seeds"

from homsmap.actors import Actors, load_actors  # noqa: E402
from homsmap.events import ACTIONS, events_from_yaml, seeds_files  # noqa: E402
from homsmap.extract import ExtractedEvent, Extraction, extract_events  # noqa: E402
from homsmap.extract_eval import compare_with_seeds  # noqa: E402
from homsmap.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from homsmap.names import normalize_name  # noqa: E402
from homsmap.resolve import resolve  # noqa: E402

_VERBS = {"captured": "captured", "seized": "captured", "took": "captured", "entered": "entered",
          "recaptured": "recaptured", "retook": "recaptured", "withdrew": "withdrew", "abandoned": "withdrew",
          "surrendered": "surrendered", "evacuated": "evacuated"}
_VERB_RE = re.compile(r"\b(" + "|".join(_VERBS) + r")\b")
_DATE_RE = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|"
                      r"November|December) (\d{4})\b")
_CAPS = re.compile(r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|az)-)?[A-Z][\w'’-]*)*")


def _clear_caches() -> None:
    import homsmap.extract_parse
    import homsmap.geoparse
    import homsmap.names
    import homsmap.resolve

    for module in (homsmap.names, homsmap.geoparse, homsmap.resolve, homsmap.extract_parse):
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def baseline_extract(text: str, gaz: Gazetteer, acts: Actors, alias_re: re.Pattern[str]) -> Extraction:
    """The naive extractor described in the module doc."""
    months = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                          "September", "October", "November", "December"), 1)}
    events: list[ExtractedEvent] = []
    pos = 0
    day: dt.date | None = None
    for sentence in re.split(r"(?<=\.)\s+", text):
        start = text.find(sentence, pos)
        pos = start + len(sentence)
        for d in _DATE_RE.finditer(sentence):
            day = dt.date(int(d.group(3)), months[d.group(2)], int(d.group(1)))
        verb = _VERB_RE.search(sentence)
        if not verb:
            continue
        side = alias_re.search(sentence)
        actor = acts.resolve(side.group()) if side else None
        for m in _CAPS.finditer(sentence, verb.end(), verb.end() + 120):
            if not gaz.by_key.get(normalize_name(m.group())):
                continue
            match = resolve(gaz, m.group())
            if not match.resolved or match.place is None:
                continue
            place = match.place
            action = _VERBS[verb.group(1)]
            events.append(ExtractedEvent(
                f"b-{len(events) + 1}", "control", action, day, None, "day", None, m.group(), place.id, place.name,
                place.lat, place.lon, place.kind, actor.id if actor else None, actor.bloc if actor else None, None,
                None, ACTIONS[action][1][0], "confirmed", sentence, start, start + len(sentence),
                text.count("\n", 0, start) + 1, 0.5, True))
    return Extraction(text, tuple(events), ())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--target-kb", type=int, default=1024)
    args = parser.parse_args(argv)
    files = sorted(args.seeds.glob("*.txt")) if args.seeds.is_dir() else []
    if not files:
        print(f"skipped: no source documents in {args.seeds} (the benchmark needs ../shared/seeds/*.txt)")
        return 0

    t0 = time.perf_counter()
    setup = time.perf_counter()
    gaz = load_gazetteer()
    acts = load_actors()
    campaigns = {c.document.file: c for c in (events_from_yaml(f, gazetteer=gaz, actors=acts)
                                              for f in seeds_files(ROOT / "seeds"))}
    published = {name: c.document.published for name, c in campaigns.items()}
    extract_events("Rebels captured Homs on 8 December 2024.", gazetteer=gaz, actors=acts)
    setup = time.perf_counter() - setup
    docs = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    size = sum(len(t.encode("utf-8")) for _n, t in docs)
    copies = max(1, round(args.target_kb * 1024 / size))
    print(f"corpus: {len(docs)} documents, {size / 1024:.1f} KB, x{copies} = {size * copies / 1024:.0f} KB; "
          f"gazetteer {len(gaz)} places")

    def run(corpus: list[tuple[str, str]]) -> tuple[float, int, dict[str, Extraction]]:
        out: dict[str, Extraction] = {}
        analysed = 0
        start = time.perf_counter()
        for name, text in corpus:
            x = extract_events(text, published=published.get(name.split("#")[0]), gazetteer=gaz, actors=acts,
                               document=name)
            analysed += len(text[:x.analysed_chars].encode("utf-8"))
            out.setdefault(name.split("#")[0], x)
        return time.perf_counter() - start, analysed, out

    _clear_caches()
    cold_s, cold_analysed, ours = run(docs)
    corpus = [(f"{name}#{i}", text) for i in range(copies) for name, text in docs]
    warm_s, warm_analysed, _ = run(corpus)

    names = sorted({a.name for actor in acts.values() for a in actor.aliases}, key=len, reverse=True)
    alias_re = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
    start = time.perf_counter()
    theirs = {name.split("#")[0]: baseline_extract(text, gaz, acts, alias_re) for name, text in corpus}
    base_s = time.perf_counter() - start

    def score(results: dict[str, Extraction]) -> tuple[int, int, int]:
        tp = fp = fn = 0
        for name, x in results.items():
            if name in campaigns:
                c = compare_with_seeds(x, campaigns[name], gazetteer=gaz, actors=acts)
                tp, fp, fn = tp + c.tp, fp + c.fp, fn + c.fn
        return tp, fp, fn

    print()
    print(f"{'method':<48}{'KB':>8}{'seconds':>9}{'KB/s':>8}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>6}{'R':>6}{'F1':>6}")
    rows = [("homsmap extract_events, 5 documents, cold", size, cold_s, score(ours)),
            (f"homsmap extract_events, {copies} copies", size * copies, warm_s, score(ours)),
            (f"baseline keyword + resolve alone, {copies} copies", size * copies, base_s, score(theirs))]
    for label, kb, secs, (tp, fp, fn) in rows:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{label:<48}{kb / 1024:>8.1f}{secs:>9.2f}{kb / 1024 / secs:>8.1f}{tp:>5}{fp:>5}{fn:>5}"
              f"{p:>6.2f}{r:>6.2f}{f1:>6.2f}")
    print()
    print(f"(one-off: loading the gazetteer, actors and seeds and the first call took {setup:.2f} s; not counted)")
    print(f"(homsmap analyses the narrative only: {warm_analysed / (size * copies):.0%} of the input, "
          f"{warm_analysed / 1024 / warm_s:.1f} KB/s of analysed text in the {copies}-copy run, "
          f"{cold_analysed / 1024 / cold_s:.1f} KB/s cold)")
    print(f"throughput homsmap / baseline: {(size * copies / warm_s) / (size * copies / base_s):.2f}x "
          f"(the baseline reads everything but resolves nothing in context)")
    print(f"total run time {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
