"""Name resolution: homsmap ``resolve`` against a naive rapidfuzz baseline, measured in one run.

Run from the repository root::

    .venv/bin/python benchmarks/bench_resolve.py [--queries 10000] [--baseline-queries 1000]

10,000 spelling variants of real settlement names of the Homs, Hama and Rural Damascus
governorates are built deterministically (``random.Random(0)``) with the variations reporters
make: article dropped/added/changed, hyphens, case, ou/u, ee/i, ei/ay, q/k, doubled letters,
-ah/-eh/-iyah/-iyya endings, ʿ ' ` signs, and about 10% Arabic-script names. Each query is scored
against the place it was made from:

- *right*: resolved to a place within 5 km of the source place;
- *confident-wrong*: resolved to a place more than 5 km away (the worst outcome);
- *ambiguous/unknown*: no single answer (homsmap only; the baseline always answers).

The baseline is ``rapidfuzz.process.extractOne(query, names)`` (default scorer WRatio, no
processor) over every spelling of every place as written in ``gazetteer/places.csv``; its answer
is the place owning the best spelling. It is about 45 ms per query, so by default it runs on the
first 1,000 queries only (a deterministic sample of the same 10,000); the output says so.

Caveat: the variations are the ones :mod:`homsmap.names` is built to fold, so homsmap's accuracy
here is an upper bound for such spellings, not a measure on real reporting.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import process  # noqa: E402

from homsmap.gazetteer import Gazetteer, Place, haversine_km, load_gazetteer  # noqa: E402
from homsmap.names import fold, normalize_name, skeleton  # noqa: E402
from homsmap.resolve import resolve  # noqa: E402

GOVERNORATES = ("Homs", "Hama", "Rural Damascus")
SETTLEMENT_KINDS = ("city", "town", "village", "neighbourhood")
RIGHT_KM = 5.0
ARABIC_SHARE = 0.10
ARTICLE_RE = re.compile(r"^(?:a[lrsdtnz]|ash|el|es|er|ed|et|ez|en)[- ](?=\S)", re.IGNORECASE)
SIGNS = ("'", "ʿ", "`", "‘", "’", "")

Variation = Callable[[str, random.Random], str]
Query = tuple[str, Place, str]  # query, source place, "latin" or "arabic"


def _article(name: str, rng: random.Random) -> str:
    m = ARTICLE_RE.match(name)
    if m:
        rest = name[m.end():]
        choice = rng.choice(["drop", "al-", "el-", "Al ", "El-", "al "])
        return rest if choice == "drop" else choice + rest
    head = rest = name
    sun = head[0].lower() if head[0].lower() in "tdrzsn" else "l"
    return rng.choice(["al-", "Al ", "el-", f"a{sun}-", f"A{sun} "]) + rest


def _hyphens(name: str, rng: random.Random) -> str:
    if "-" in name:
        return name.replace("-", rng.choice([" ", ""]) if " " not in name else " ")
    return name.replace(" ", "-", rng.choice([1, 2, 9]))


def _case(name: str, rng: random.Random) -> str:
    return rng.choice([name.lower(), name.upper(), name.title()])


def _sub(pattern: str, options: list[str]) -> Variation:
    regex = re.compile(pattern)

    def vary(name: str, rng: random.Random) -> str:
        def pick(m: re.Match[str]) -> str:
            return rng.choice(options) if m.group(0).islower() else rng.choice(options).title()
        return regex.sub(pick, name, count=rng.choice([1, 9]))
    return vary


def _double(name: str, rng: random.Random) -> str:
    doubled = re.search(r"([a-z])\1", name)
    if doubled and rng.random() < 0.6:
        return name[:doubled.start()] + name[doubled.start() + 1:]
    spots = [i for i, ch in enumerate(name) if ch in "bdfklmnrstz" and 0 < i < len(name) - 1]
    if not spots:
        return name
    i = rng.choice(spots)
    return name[:i] + name[i] + name[i:]


def _ending(name: str, rng: random.Random) -> str:
    for pattern, options in ((r"iyah$|iyeh$|iyya$|iya$|ieh$", ["iyah", "iyeh", "iyya", "ieh", "iya"]),
                             (r"ah$|eh$|a$", ["ah", "eh", "a", "e"])):
        if re.search(pattern, name):
            return re.sub(pattern, rng.choice(options), name)
    return name


def _signs(name: str, rng: random.Random) -> str:
    if re.search(r"['ʿ`‘’]", name):
        return re.sub(r"['ʿ`‘’]", lambda _m: rng.choice(SIGNS), name)
    return name


LATIN_VARIATIONS: tuple[Variation, ...] = (
    _article, _hyphens, _case, _double, _ending, _signs,
    _sub(r"ou|u", ["u", "ou", "oo"]), _sub(r"ee|i", ["i", "ee"]), _sub(r"ei|ay|ai", ["ay", "ei", "ai"]),
    _sub(r"q|k(?!h)", ["q", "k"]),
)
_AR_VARIATIONS: tuple[Variation, ...] = (
    lambda s, r: s[2:] if s.startswith("ال") and len(s) > 4 else "ال" + s,
    lambda s, r: s.replace("ة", "ه"),
    lambda s, r: s.translate(str.maketrans("أإآ", "ااا")),
    lambda s, r: s.replace("ى", "ي"),
)


def _base_name(place: Place) -> str:
    return re.sub(r"\s*\(.*?\)\s*", " ", place.name).strip()


def make_queries(gaz: Gazetteer, n: int, seed: int = 0) -> list[tuple[str, Place, str]]:
    """``n`` (query, source place, 'latin'|'arabic') triples, the same for the same gazetteer and seed."""
    rng = random.Random(seed)
    places = sorted((p for p in gaz.places if p.adm1 in GOVERNORATES and p.kind in SETTLEMENT_KINDS),
                    key=lambda p: p.id)
    out: list[tuple[str, Place, str]] = []
    while len(out) < n:
        place = rng.choice(places)
        if rng.random() < ARABIC_SHARE and place.name_ar:
            query = place.name_ar
            for vary in rng.sample(_AR_VARIATIONS, rng.randint(1, 2)):
                query = vary(query, rng)
            out.append((query, place, "arabic"))
            continue
        query = base = _base_name(place)
        for vary in rng.sample(LATIN_VARIATIONS, rng.randint(1, 3)):
            query = vary(query, rng)
        for _ in range(5):  # a variation that did not apply: try another
            if query != base:
                break
            query = rng.choice(LATIN_VARIATIONS)(query, rng)
        query = " ".join(query.split()).strip(" -") or _base_name(place)
        out.append((query, place, "latin"))
    return out


def _shared_name(gaz: Gazetteer, place: Place) -> bool:
    """Whether another place more than 5 km away has a spelling with the same normalised key."""
    key = normalize_name(_base_name(place))
    return any(other.distance_km(place) > RIGHT_KM for other in gaz.places_named(key))


Outcome = str  # "right", "wrong" or "undecided"


def _summary(outcomes: list[Outcome], elapsed: float, shared: list[bool]) -> dict[str, float]:
    n = len(outcomes)
    unique = [o for o, s in zip(outcomes, shared, strict=False) if not s]
    return {"n": n, "seconds": elapsed, "rate": n / elapsed,
            **{k: outcomes.count(k) / n for k in ("right", "wrong", "undecided")},
            "right_unique": unique.count("right") / max(1, len(unique))}


def run_homsmap(gaz: Gazetteer, queries: list[Query], shared: list[bool]) -> dict[str, float]:
    for cached in (fold, normalize_name, skeleton):
        cached.cache_clear()
    start = time.perf_counter()
    results = [resolve(gaz, q) for q, _place, _script in queries]
    elapsed = time.perf_counter() - start
    outcomes = [_outcome(m.place, source) for m, (_q, source, _s) in zip(results, queries, strict=True)]
    return _summary(outcomes, elapsed, shared)


def _outcome(answer: Place | None, source: Place) -> Outcome:
    if answer is None:
        return "undecided"
    return "right" if haversine_km(answer.lat, answer.lon, source.lat, source.lon) <= RIGHT_KM else "wrong"


def run_baseline(gaz: Gazetteer, queries: list[Query], shared: list[bool]) -> dict[str, float]:
    owner: dict[str, Place] = {}
    for place in gaz.places:
        for spelling in place.names:
            owner.setdefault(spelling, place)
    names = list(owner)
    start = time.perf_counter()
    answers = [process.extractOne(q, names) for q, _place, _script in queries]
    elapsed = time.perf_counter() - start
    outcomes = [_outcome(owner[best[0]], source)
                for best, (_q, source, _s) in zip(answers, queries, strict=True)]
    return {**_summary(outcomes, elapsed, shared), "names": len(names)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--baseline-queries", type=int, default=1_000,
                        help="the baseline runs on the first N queries (about 45 ms each)")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    gaz = load_gazetteer()
    load_s = time.perf_counter() - t0
    queries = make_queries(gaz, args.queries)
    sample = queries[: args.baseline_queries]
    shared_flags = [_shared_name(gaz, p) for _q, p, _s in queries]
    shared = sum(shared_flags) / len(queries)
    print(f"gazetteer: {len(gaz)} places, loaded in {load_s:.1f} s")
    print(f"queries: {len(queries)} variants of {len({p.id for _q, p, _s in queries})} settlements "
          f"({sum(s == 'arabic' for *_x, s in queries)} Arabic); {shared:.1%} have a name shared with "
          f"another place > {RIGHT_KM:g} km away (ambiguous is then the right answer)")
    print("examples:", "; ".join(f"{q!r} <- {p.name!r}" for q, p, _s in queries[:6]))

    ours = run_homsmap(gaz, queries, shared_flags)
    ours_sample = run_homsmap(gaz, sample, shared_flags)
    base = run_baseline(gaz, sample, shared_flags)

    print()
    print(f"{'method':<44}{'queries':>8}{'names/s':>10}{'right':>8}{'wrong':>8}{'undecided':>10}"
          f"{'right (unique names)':>22}")
    rows = [("homsmap resolve", ours), (f"homsmap resolve (first {len(sample)})", ours_sample),
            (f"baseline extractOne, {int(base['names'])} raw names", base)]
    for label, r in rows:
        print(f"{label:<44}{int(r['n']):>8}{r['rate']:>10.0f}{r['right']:>8.1%}{r['wrong']:>8.1%}"
              f"{r['undecided']:>10.1%}{r['right_unique']:>22.1%}")
    print()
    if len(sample) < len(queries):
        print(f"(baseline subsampled: first {len(sample)} of {len(queries)} queries; "
              f"homsmap compared on the same {len(sample)})")
    print(f"throughput ratio homsmap / baseline: {ours['rate'] / base['rate']:.1f}x")
    print(f"right (within {RIGHT_KM:g} km), homsmap - baseline: "
          f"{(ours_sample['right'] - base['right']) * 100:+.1f} points (same {len(sample)} queries)")
    print(f"confident-wrong, homsmap - baseline: {(ours_sample['wrong'] - base['wrong']) * 100:+.1f} points")
    print(f"total run time {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
