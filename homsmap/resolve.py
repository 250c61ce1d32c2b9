"""Resolving one place name against the gazetteer: resolved, ambiguous, or unknown.

>>> gaz = load_gazetteer()
>>> m = resolve(gaz, "El Rastane")
>>> m.status, m.place.id, m.method
('resolved', 'wof:421178433', 'exact')
>>> resolve(gaz, "Hama").place.kind, resolve(gaz, "Hama province").place.kind
('city', 'governorate')
>>> resolve(gaz, "Beirut").status, resolve(gaz, "Beirut").reason
('unknown', 'outside Syria (Lebanon)')

How a name is ranked
--------------------
1. Candidates come from the exact index of normalised names (:func:`homsmap.names.normalize_name`),
   the consonant-skeleton index, and, only when nothing matches exactly, rapidfuzz over every
   normalised name. The skeleton finds candidates; their string similarity decides.
2. Each candidate scores ``name similarity + prior + context``. The prior favours cities over towns
   over villages, larger populations, and places still inhabited; admin units need a cue word
   ("Hama province", "Yabroud District"): bare "Hama" is the city. Context is the document: places
   near the other places it names win, and so do places in a governorate it names.
3. A candidate is *resolved* only if it beats every candidate more than 5 km away from it by a clear
   margin; otherwise the answer is *ambiguous* with the ranked candidates. With no candidate close
   enough the answer is *unknown*, with suggestions. A confident wrong answer is the worst outcome.
"""

from __future__ import annotations

import csv
import io
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from homsmap.errors import InvalidNameError
from homsmap.files import read_text_document
from homsmap.gazetteer import ADMIN_KINDS, Gazetteer, Place, haversine_km, load_gazetteer, strip_cues
from homsmap.names import normalize_name, skeleton

__all__ = ["MAX_NAME_LENGTH", "Candidate", "Context", "Match", "check_name", "foreign_names", "resolve"]

MAX_NAME_LENGTH = 200
RESOLVE_MARGIN = 0.15          # lead over the best far-away rival needed to resolve
FUZZY_RESOLVE_MARGIN = 0.3     # a larger lead when the spelling matched only approximately
SAME_PLACE_KM = 5.0            # candidates this close count as one place (duplicate records)
MIN_NAME_SCORE = 0.8           # below this similarity a candidate is not considered
MIN_RESOLVE_NAME_SCORE = 0.88  # below this similarity nothing is resolved, only suggested
CONTEXT_SCALE_KM = 15.0
CONTEXT_WEIGHT = 0.6
CONTEXT_FLOOR = 0.35  # below this support, context is too weak to rank by fully
ALIAS_BONUS = 0.2
UNIT_SUPPORT = 0.5  # a place inside a district or subdistrict the text names sits among its context
CONTEXT_CONFIRMS_SPELLING = 0.4  # support that lets an approximate spelling (same consonants) resolve

_KIND_PRIOR = {
    "city": 0.30, "town": 0.20, "village": 0.05, "neighbourhood": 0.05, "facility": 0.08, "airbase": 0.1,
    "crossing": 0.08, "bridge": 0.05, "mountain": 0.08, "highway": 0.0, "region": 0.05, "district_area": 0.0,
}
_SETTLEMENT = ("city", "town", "village")


@dataclass(frozen=True)
class Candidate:
    """A place a name may mean, with the parts of its score."""

    place: Place
    score: float
    name_score: float
    method: str
    spelling: str
    context: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"id": self.place.id, "name": self.place.name, "kind": self.place.kind,
                "lat": self.place.lat, "lon": self.place.lon, "adm1": self.place.adm1,
                "score": round(self.score, 3)}


@dataclass(frozen=True)
class Context:
    """What a document says around a name: nearby places (lat, lon, weight), governorates named, and the
    districts and subdistricts named (their P-codes: "Jindires" in a text about the Afrin District)."""

    anchors: tuple[tuple[float, float, float], ...] = ()
    governorates: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()

    def support(self, place: Place) -> float:
        """0..1: how well ``place`` sits among the anchors (1 = on top of them)."""
        if not self.anchors:
            return 0.0
        total = sum(w for _, _, w in self.anchors)
        near = sum(w * math.exp(-haversine_km(place.lat, place.lon, la, lo) / CONTEXT_SCALE_KM)
                   for la, lo, w in self.anchors)
        return near / total if total else 0.0


@dataclass(frozen=True)
class Match:
    """The answer for one name: ``status`` is ``resolved``, ``ambiguous`` or ``unknown``.

    ``document``, ``start`` and ``end`` locate the mention when it came from a text.
    """

    query: str
    status: str
    place: Place | None = None
    confidence: float = 0.0
    method: str = ""
    candidates: tuple[Candidate, ...] = ()
    suggestions: tuple[str, ...] = ()
    reason: str = ""
    document: str | None = None
    start: int | None = None
    end: int | None = None
    kind_hint: str | None = field(default=None, compare=False)

    @property
    def resolved(self) -> bool:
        return self.status == "resolved"

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of ``homsmap resolve --format json``."""
        p = self.place
        return {
            "query": self.query, "status": self.status,
            "id": p.id if p else None, "name": p.name if p else None, "name_ar": p.name_ar if p else None,
            "kind": p.kind if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
            "adm1": p.adm1 if p else None, "adm2": p.adm2 if p else None, "adm3": p.adm3 if p else None,
            "confidence": round(self.confidence, 3), "method": self.method or None, "reason": self.reason or None,
            "candidates": [c.to_dict() for c in self.candidates[:10]],
            "suggestions": list(self.suggestions),
        }


def check_name(query: str, *, source: str = "name") -> str:
    """``query`` stripped, or :class:`InvalidNameError` for an empty, overlong or control-character name.

    >>> check_name("  Homs ")
    'Homs'
    >>> check_name("Ho\\x00ms")
    Traceback (most recent call last):
    ...
    homsmap.errors.InvalidNameError: name: name 'Ho\\x00ms' contains control characters (fix: remove them)
    """
    text = query.strip()
    if not text:
        raise InvalidNameError("empty name", source=source, hint="give a place name, e.g. 'al-Rastan'")
    if len(text) > MAX_NAME_LENGTH:
        raise InvalidNameError(f"name of {len(text)} characters (the limit is {MAX_NAME_LENGTH})",
                               source=source, hint="give one place name, not a text; use 'homsmap places FILE'")
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text):
        raise InvalidNameError(f"name {text!r} contains control characters", source=source, hint="remove them")
    return text


@lru_cache(maxsize=4)
def _load_foreign(path: Path) -> dict[str, str]:
    text = read_text_document(path)
    return {strip_cues(normalize_name(row["name"]))[0]: row["country"]
            for row in csv.DictReader(io.StringIO(text)) if row.get("name")}


def foreign_names(gaz: Gazetteer) -> dict[str, str]:
    """Normalised names of well-known places outside Syria -> their country (``gazetteer/foreign.csv``)."""
    return _foreign_for_source(str(gaz.source))


@lru_cache(maxsize=8)
def _foreign_for_source(source: str) -> dict[str, str]:
    path = Path(source) / "foreign.csv"
    return _load_foreign(path) if path.is_file() else {}


def _prior(place: Place, kind_hint: str | None) -> float:
    prior = _KIND_PRIOR.get(place.kind, 0.0)
    if place.is_admin:
        wanted = {"governorate": ("governorate", "district"), "countryside": ("governorate", "district"),
                  "district": ("district", "subdistrict"), "subdistrict": ("subdistrict",)}.get(kind_hint or "", ())
        prior = (0.9 if place.kind == wanted[0] else 0.4) if place.kind in wanted else -0.6
    elif kind_hint == "district" and place.kind == "neighbourhood":
        prior += 0.9  # "the Zahra district", "Al-Waer district": a district of a city
    elif kind_hint == "countryside" and place.kind == "region":
        prior += 0.9  # "eastern Homs countryside": a curated region
    elif kind_hint in ("governorate", "district", "subdistrict", "countryside"):
        prior -= 0.5
    elif kind_hint is not None and kind_hint == place.kind:
        prior += 0.4  # "border crossings with Lebanon, Arida and Jousieh"
    elif kind_hint in _SETTLEMENT and place.kind in _SETTLEMENT:
        prior += 0.1
    if place.population:
        prior += 0.2 * min(math.log10(place.population + 1), 7.0) / 7.0
    if place.is_current is False:
        prior -= 0.25
    return prior


def _raw_candidates(gaz: Gazetteer, key: str) -> dict[int, tuple[float, str, str]]:
    """place index -> (name similarity, method, spelling), best per place."""
    found: dict[int, tuple[float, str, str]] = {}

    def add(index: int, score: float, method: str, spelling: str) -> None:
        if score >= MIN_NAME_SCORE and (index not in found or score > found[index][0]):
            found[index] = (score, method, spelling)

    for entry in gaz.by_key.get(key, ()):
        add(entry.place_index, 1.0, "exact" if entry.method != "alias" else "alias", entry.spelling)
    # With an exact match, only near-identical spellings found by the skeleton may compete with it.
    floor = 0.92 if found else MIN_NAME_SCORE
    # "Tall Refaat" is OCHA's spelling of the subdistrict; its seat, the town spelt "Tell Rifaat", is what
    # reporters mean when they give no cue word: a settlement inside the unit with the same consonants
    units = {gaz.places[i].pcode for i in found if gaz.places[i].kind in ADMIN_KINDS and gaz.places[i].pcode}
    units = units if len(units) == len(found) else set()
    for other in gaz.skeletons.get(skeleton(key), ()):
        if other != key:
            score = fuzz.ratio(key, other) / 100.0
            for entry in gaz.by_key[other]:
                place = gaz.places[entry.place_index]
                if score >= floor:
                    add(entry.place_index, score, "skeleton", entry.spelling)
                elif units & {place.adm3_pcode, place.adm2_pcode} and place.kind in _SETTLEMENT:
                    add(entry.place_index, 0.95, "seat", entry.spelling)
    if not found and len(key) >= 4:
        for other, score, _ in process.extract(key, gaz.name_keys, scorer=fuzz.ratio, limit=12,
                                               score_cutoff=MIN_NAME_SCORE * 100):
            for entry in gaz.by_key[other]:
                add(entry.place_index, score / 100.0, "fuzzy", entry.spelling)
    return found


def _suggestions(gaz: Gazetteer, key: str) -> tuple[str, ...]:
    if not key:
        return ()
    out: list[str] = []
    for other, _score, _ in process.extract(key, gaz.name_keys, scorer=fuzz.WRatio, limit=8, score_cutoff=60):
        for entry in gaz.by_key[other]:
            place = gaz.places[entry.place_index]
            label = f"{place.name} ({place.adm1 or place.kind})"
            if label not in out:
                out.append(label)
    return tuple(out[:5])


def _support(ctx: Context, place: Place) -> float:
    """Context support, at least UNIT_SUPPORT for a place inside a district or subdistrict the text names."""
    inside = bool(ctx.units) and (place.adm2_pcode in ctx.units or place.adm3_pcode in ctx.units)
    return max(ctx.support(place), UNIT_SUPPORT) if inside else ctx.support(place)


def rank(gaz: Gazetteer, query: str, *, context: Context | None = None,
         kind_hint: str | None = None) -> tuple[list[Candidate], str, str | None]:
    """Ranked candidates for ``query`` (best first), its normalised key and the kind its cue asks for."""
    key, cue = strip_cues(normalize_name(query))
    hint = kind_hint or cue
    ctx = context or Context()
    raw = _raw_candidates(gaz, key)
    # Context is where the settlements of a text lie; it says nothing about admin units.
    supports = {index: 0.0 if gaz.places[index].is_admin else _support(ctx, gaz.places[index]) for index in raw}
    # Context ranks candidates against each other: the best-placed one gets the full weight.
    scale = max([CONTEXT_FLOOR, *supports.values()])
    ranked = []
    for index, (name_score, method, spelling) in raw.items():
        place = gaz.places[index]
        score = name_score + _prior(place, hint) + CONTEXT_WEIGHT * supports[index] / scale
        if method == "alias":
            score += ALIAS_BONUS  # a curated alias says which of the places spelt so reporters mean
        if place.adm1_pcode and place.adm1_pcode in ctx.governorates:
            score += 0.1
        ranked.append(Candidate(place, score, name_score, method, spelling, supports[index]))
    ranked.sort(key=lambda c: (-c.score, c.place.id))
    return ranked, key, hint


def resolve(gaz: Gazetteer | None, query: str, *, context: Context | None = None,
            kind_hint: str | None = None) -> Match:
    """Resolve one name. Never raises for any string: bad input gives ``unknown`` with a reason."""
    gaz = gaz if gaz is not None else load_gazetteer()
    try:
        text = check_name(query)
    except InvalidNameError as exc:
        return Match(query=query, status="unknown", reason=exc.message)
    ranked, key, hint = rank(gaz, text, context=context, kind_hint=kind_hint)
    country = foreign_names(gaz).get(key)
    if country and not any(c.name_score == 1.0 and c.method == "alias" for c in ranked):
        return Match(query=query, status="unknown", reason=f"outside Syria ({country})", kind_hint=hint)
    if not ranked:
        return Match(query=query, status="unknown", suggestions=_suggestions(gaz, key),
                     reason="no place with a similar name", kind_hint=hint)
    best = ranked[0]
    # Duplicate records of one place (within a few km) are not rivals.
    rivals = [c for c in ranked[1:] if best.place.distance_km(c.place) > SAME_PLACE_KM]
    rival = rivals[0] if rivals else None
    margin = best.score - rival.score if rival else math.inf
    exact = best.name_score == 1.0
    needed = RESOLVE_MARGIN if exact else FUZZY_RESOLVE_MARGIN
    distinct = tuple(_dedupe(ranked))
    if best.name_score < MIN_RESOLVE_NAME_SCORE and best.method == "skeleton" \
            and best.context >= CONTEXT_CONFIRMS_SPELLING and margin >= FUZZY_RESOLVE_MARGIN:
        # "Ratyan" among villages next to Rityan: the same consonants, where the document is
        return Match(query=query, status="resolved", place=best.place, confidence=round(0.6 * best.name_score, 3),
                     method="skeleton+context", candidates=distinct, kind_hint=hint,
                     reason="another spelling of a place the document's other places stand next to")
    if best.name_score < MIN_RESOLVE_NAME_SCORE:
        return Match(query=query, status="ambiguous", candidates=distinct, method=best.method,
                     confidence=0.0, reason="only approximate spellings match", kind_hint=hint)
    if margin < needed:
        why = "several places share this name" if exact else "several places have similar names"
        return Match(query=query, status="ambiguous", candidates=distinct, method=best.method,
                     confidence=round(best.name_score * 0.5, 3), reason=why, kind_hint=hint)
    confidence = best.name_score * (0.6 + 0.4 * min(1.0, margin / 0.6))
    return Match(query=query, status="resolved", place=best.place, confidence=round(confidence, 3),
                 method=best.method, candidates=distinct, kind_hint=hint,
                 reason="" if rival else "only candidate")


def _dedupe(ranked: Sequence[Candidate]) -> Iterable[Candidate]:
    """Drop a candidate that repeats a better one: same kind within a few km (duplicate records).

    Admin units are never dropped: a district and its subdistrict share a point but are two answers.
    """
    kept: list[Candidate] = []
    for cand in ranked:
        duplicate = cand.place.kind not in ADMIN_KINDS and any(
            k.place.kind == cand.place.kind and k.place.distance_km(cand.place) <= SAME_PLACE_KM for k in kept)
        if not duplicate:
            kept.append(cand)
    return kept
