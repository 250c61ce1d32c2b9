"""Geoparsing throughput: homsmap ``find_places`` against a naive n-gram baseline, in one run.

Run from the repository root::

    .venv/bin/python benchmarks/bench_geoparse.py [--target-kb 1024] [--baseline-kb 8]

The corpus is the five source documents of ``../shared/seeds/*.txt`` (skipped with a message when
that folder is absent), repeated until about 1 MB; each copy of a document is parsed as its own
document. homsmap is measured on a cold pass over the five documents once (name caches cleared; the
one-off index building of the first call is timed apart), on the whole ~1 MB (caches warm after
the first copy, as in a long batch run) and, cold, on the same prefix the baseline reads.

The baseline scans every n-gram of 1-4 consecutive capitalised tokens and looks it up with
``rapidfuzz.process.extractOne(ngram, names, score_cutoff=85)`` (default scorer WRatio, no
processor) over every spelling in ``gazetteer/places.csv`` as written; a hit is a mention. At
roughly 40 ms per n-gram it would need hours for 1 MB, so it runs on the first ``--baseline-kb``
KB of the corpus and its throughput is measured there; the output says so.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "seeds"

from rapidfuzz import process  # noqa: E402

from homsmap.gazetteer import Gazetteer, load_gazetteer  # noqa: E402

TOKEN_RE = re.compile(r"[^\W\d_][\w'’`ʿ-]*")


def _clear_caches() -> None:
    import homsmap.geoparse
    import homsmap.names

    for module in (homsmap.names, homsmap.geoparse):
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def capitalised_ngrams(text: str, max_n: int = 4) -> list[str]:
    """Every run of 1..max_n consecutive tokens that all start with a capital letter."""
    tokens = [m.group(0) for m in TOKEN_RE.finditer(text)]
    out = []
    for i in range(len(tokens)):
        for n in range(1, max_n + 1):
            span = tokens[i:i + n]
            if len(span) < n or not span[-1][0].isupper() or not all(t[0].isupper() for t in span):
                break
            out.append(" ".join(span))
    return out


def run_homsmap(gaz: Gazetteer, docs: list[tuple[str, str]]) -> tuple[float, int, int]:
    """(seconds, bytes, mentions) of find_places over ``docs``."""
    from homsmap.geoparse import find_places

    size = sum(len(t.encode("utf-8")) for _n, t in docs)
    start = time.perf_counter()
    mentions = sum(len(find_places(text, gazetteer=gaz, document=name)) for name, text in docs)
    return time.perf_counter() - start, size, mentions


def run_baseline(gaz: Gazetteer, text: str) -> tuple[float, int, int, int]:
    """(seconds, bytes, hits, n-grams) of the naive scan over ``text``."""
    names = sorted({n for p in gaz.places for n in p.names})
    ngrams = capitalised_ngrams(text)
    start = time.perf_counter()
    hits = sum(process.extractOne(g, names, score_cutoff=85) is not None for g in ngrams)
    return time.perf_counter() - start, len(text.encode("utf-8")), hits, len(ngrams)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--target-kb", type=int, default=1024)
    parser.add_argument("--baseline-kb", type=int, default=8)
    args = parser.parse_args(argv)

    files = sorted(args.seeds.glob("*.txt")) if args.seeds.is_dir() else []
    if not files:
        print(f"skipped: no source documents in {args.seeds} (the benchmark needs ../shared/seeds/*.txt)")
        return 0
    try:
        import homsmap.geoparse  # noqa: F401
    except ImportError as exc:
        print(f"skipped: homsmap.geoparse cannot be imported yet ({exc})")
        return 0
    t0 = time.perf_counter()
    gaz = load_gazetteer()
    seeds = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    seed_bytes = sum(len(t.encode("utf-8")) for _n, t in seeds)
    copies = max(1, round(args.target_kb * 1024 / seed_bytes))
    corpus = [(f"{name}#{i}", text) for i in range(copies) for name, text in seeds]
    print(f"corpus: {len(seeds)} documents, {seed_bytes / 1024:.1f} KB, x{copies} = "
          f"{seed_bytes * copies / 1024:.0f} KB; gazetteer {len(gaz)} places")

    setup_s, _b, _m = run_homsmap(gaz, [("warm-up", "Fighting near Homs.")])
    _clear_caches()
    cold_s, cold_b, cold_m = run_homsmap(gaz, seeds)
    warm_s, warm_b, warm_m = run_homsmap(gaz, corpus)

    joined = "\n\n".join(t for _n, t in seeds)
    cut = joined.encode("utf-8")[: args.baseline_kb * 1024].decode("utf-8", "ignore")
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    base_s, base_b, base_m, base_ngrams = run_baseline(gaz, cut)
    _clear_caches()
    same_s, same_b, same_m = run_homsmap(gaz, [("prefix", cut)])

    print()
    print(f"{'method':<50}{'KB':>8}{'seconds':>9}{'KB/s':>9}{'mentions':>10}{'mentions/s':>12}")
    rows = [
        ("homsmap find_places, 5 documents, cold", cold_b, cold_s, cold_m),
        (f"homsmap find_places, {copies} copies ({warm_b / 1024:.0f} KB)", warm_b, warm_s, warm_m),
        (f"homsmap find_places, first {args.baseline_kb} KB, cold", same_b, same_s, same_m),
        (f"baseline n-gram extractOne, first {args.baseline_kb} KB", base_b, base_s, base_m),
    ]
    for label, size, secs, found in rows:
        print(f"{label:<50}{size / 1024:>8.1f}{secs:>9.2f}{size / 1024 / secs:>9.1f}{found:>10}"
              f"{found / secs:>12.1f}")
    print()
    print(f"(one-off: the first find_places call, which builds its indexes, took {setup_s:.2f} s; "
          "not counted)")
    print(f"(baseline measured on the first {base_b / 1024:.1f} KB only: {base_ngrams} capitalised n-grams, "
          f"{base_s / max(1, base_ngrams) * 1000:.1f} ms each; the whole {warm_b / 1024:.0f} KB would take "
          f"about {base_s * warm_b / base_b / 60:.0f} min)")
    base_rate = base_b / base_s
    print(f"throughput ratio homsmap / baseline (KB/s): {warm_b / 1024:.0f} KB run "
          f"{(warm_b / warm_s) / base_rate:.0f}x, "
          f"same {args.baseline_kb} KB cold {(same_b / same_s) / base_rate:.0f}x")
    print(f"total run time {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
