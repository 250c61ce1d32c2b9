"""The curated gazetteer: :class:`Place` records, loaded from ``gazetteer/`` and indexed by name.

>>> gaz = load_gazetteer()
>>> gaz["wof:421178433"].name, gaz["wof:421178433"].adm2
('Al-Rastan', 'Ar-Rastan')
>>> [p.name for p in gaz.places_named("Ar Rastan") if p.kind == "town" or p.kind == "city"]
['Al-Rastan']

Lookups by name go through :mod:`homsmap.resolve`; this module only holds the data and the
exact-key indexes the resolver starts from.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from homsmap.errors import GazetteerDataError, GazetteerMissingError, UnknownPlaceError
from homsmap.files import read_text_document
from homsmap.names import normalize_name, skeleton

__all__ = [
    "ADMIN_KINDS",
    "DEFAULT_GAZETTEER_DIR",
    "DIRECTION_WORDS",
    "Gazetteer",
    "NameEntry",
    "Place",
    "haversine_km",
    "load_gazetteer",
    "parse_aliases",
    "strip_cues",
]

def _default_gazetteer_dir() -> Path:
    """The checkout's ``gazetteer/`` when running from one, else the copy installed as ``homsmap/data``."""
    checkout = Path(__file__).resolve().parent.parent / "gazetteer"
    if (checkout / "places.csv").is_file():
        return checkout
    return Path(__file__).resolve().parent / "data"


DEFAULT_GAZETTEER_DIR = _default_gazetteer_dir()
ADMIN_KINDS = ("governorate", "district", "subdistrict")
REQUIRED_COLUMNS = ("id", "name", "name_ar", "alt_names", "kind", "lat", "lon")

# Words around a name that say which kind of place is meant, not which name.
_CUE_WORDS = {
    "governorate": "governorate", "province": "governorate", "muhafazat": "governorate",
    "countryside": "countryside", "district": "district", "mantiqa": "district", "subdistrict": "subdistrict",
    "sub district": "subdistrict", "nahiya": "subdistrict", "nahiyah": "subdistrict", "nahia": "subdistrict",
    "city": "city", "town": "town", "village": "village", "محافظه": "governorate", "منطقه": "district",
    "ناحيه": "subdistrict", "مدينه": "city", "ريف": "countryside", "بلده": "town", "قريه": "village",
}
DIRECTION_WORDS = frozenset(
    "northern southern eastern western north south east west central northeastern northwestern southeastern "
    "southwestern rural شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split()
)
_RAW_DIRECTIONS = (*DIRECTION_WORDS, "north eastern", "north western", "south eastern", "south western")
# Cue and direction words also as they look after normalize_name ("countryside" -> "cuntrysida").
_CUE_WORDS |= {normalize_name(k): v for k, v in list(_CUE_WORDS.items())}
_DIRECTIONS = {normalize_name(d) for d in _RAW_DIRECTIONS} | set(_RAW_DIRECTIONS)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# "[direction ](governorate cue ahead)" "[pre-cue ]core[ post-cue]":
# "northern homs governorate" -> core "homs", cue governorate; "محافظه حمص" -> core "حمص".
_CUE_RE = re.compile(
    rf"^(?:(?:{_alternatives(_DIRECTIONS)}) "
    rf"(?=.+ (?:{_alternatives(k for k, v in _CUE_WORDS.items() if v == 'governorate')})$))?"
    rf"(?:(?P<pre>{_alternatives(k for k in _CUE_WORDS if ' ' not in k)}) )?"
    rf"(?P<core>.+?)(?: (?P<post>{_alternatives(_CUE_WORDS)}))?$"
)


def strip_cues(key: str) -> tuple[str, str | None]:
    """Split a normalised name into its core and the kind its cue word asks for.

    >>> strip_cues("homs governorate"), strip_cues("yabrud district"), strip_cues("محافظه حمص")
    (('homs', 'governorate'), ('yabrud', 'district'), ('حمص', 'governorate'))
    >>> strip_cues("northern homs governorate"), strip_cues("northern homs countryside")
    (('homs', 'governorate'), ('northern homs', 'countryside'))
    >>> strip_cues("homs"), strip_cues("district")
    (('homs', None), ('district', None))
    """
    m = _CUE_RE.match(key)
    if not m or not m.group("core"):
        return key, None
    cue = m.group("post") or m.group("pre")
    if cue is None:
        return key, None
    return m.group("core"), _CUE_WORDS[cue]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(34.7315, 36.6854, 34.9265, 36.7324), 1)
    22.1
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Place:
    """One place of the curated gazetteer, with the file and line it was read from."""

    id: str
    name: str
    name_ar: str
    alt_names: tuple[str, ...]
    kind: str
    lat: float
    lon: float
    adm1_pcode: str = ""
    adm1: str = ""
    adm2_pcode: str = ""
    adm2: str = ""
    adm3_pcode: str = ""
    adm3: str = ""
    population: int | None = None
    is_current: bool | None = None
    geonames_id: str = ""
    wof_id: str = ""
    wikidata: str = ""
    pcode: str = ""
    provenance: str = ""
    note: str = ""
    source_file: str = ""
    source_line: int = 0

    @property
    def is_admin(self) -> bool:
        return self.kind in ADMIN_KINDS

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling: the English name, the Arabic name, then the alternates."""
        return tuple(n for n in (self.name, self.name_ar, *self.alt_names) if n)

    def distance_km(self, other: Place) -> float:
        return haversine_km(self.lat, self.lon, other.lat, other.lon)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "name": self.name, "name_ar": self.name_ar, "kind": self.kind,
            "lat": self.lat, "lon": self.lon, "adm1": self.adm1, "adm2": self.adm2, "adm3": self.adm3,
            "adm1_pcode": self.adm1_pcode, "adm2_pcode": self.adm2_pcode, "adm3_pcode": self.adm3_pcode,
            "population": self.population, "geonames_id": self.geonames_id or None,
            "wof_id": self.wof_id or None, "wikidata": self.wikidata or None, "pcode": self.pcode or None,
        }


@dataclass(frozen=True)
class NameEntry:
    """One spelling of one place in the name index; ``method`` says where the spelling came from."""

    place_index: int
    spelling: str
    method: str  # "name", "arabic", "variant" or "alias"


class Gazetteer(Mapping[str, Place]):
    """All places, by id, with exact indexes on normalised names and consonant skeletons."""

    def __init__(self, places: list[Place], aliases: list[tuple[str, str, int]], *, source: str) -> None:
        self.source = source
        self.places: tuple[Place, ...] = tuple(places)
        self._by_id = {p.id: i for i, p in enumerate(self.places)}
        self.by_key: dict[str, list[NameEntry]] = {}
        for i, place in enumerate(self.places):
            for spelling in place.names:
                method = "name" if spelling == place.name else "arabic" if spelling == place.name_ar else "variant"
                self._add(spelling, NameEntry(i, spelling, method))
        for alias, place_id, _line in aliases:
            self._add(alias, NameEntry(self._by_id[place_id], alias, "alias"))
        self.skeletons: dict[str, set[str]] = {}
        for key in self.by_key:
            self.skeletons.setdefault(skeleton(key), set()).add(key)

    def _add(self, spelling: str, entry: NameEntry) -> None:
        key, _cue = strip_cues(normalize_name(spelling))
        if not key:
            return
        entries = self.by_key.setdefault(key, [])
        if all(e.place_index != entry.place_index for e in entries):
            entries.append(entry)
        elif entry.method == "alias":
            entries[:] = [entry if e.place_index == entry.place_index else e for e in entries]

    # Mapping interface: gaz["wof:421178433"]
    def __getitem__(self, place_id: str) -> Place:
        try:
            return self.places[self._by_id[place_id]]
        except KeyError:
            raise UnknownPlaceError(place_id, source=self.source,
                                    suggestions=[i for i in self._by_id if i.startswith(place_id)][:5]) from None

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._by_id

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self.places)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self)} places from {self.source}>"

    def _repr_html_(self) -> str:
        from html import escape

        rows = "".join(f"<tr><td>{escape(k)}</td><td>{v}</td></tr>" for k, v in self.counts_by_kind().items())
        return (f"<b>Gazetteer</b>: {len(self)} places from <code>{escape(self.source)}</code>"
                f"<table><tr><th>kind</th><th>places</th></tr>{rows}</table>")

    def index_of(self, place_id: str) -> int:
        return self._by_id[place_id]

    def places_named(self, name: str) -> list[Place]:
        """Places with a spelling whose normalised form equals that of ``name`` (no fuzzy match)."""
        key, _ = strip_cues(normalize_name(name))
        return [self.places[e.place_index] for e in self.by_key.get(key, [])]

    def counts_by_kind(self) -> dict[str, int]:
        """Places per kind, most common first."""
        return self._count(lambda p: p.kind)

    def counts_by_governorate(self) -> dict[str, int]:
        """Places per governorate, most common first."""
        return self._count(lambda p: p.adm1 or "(none)")

    def _count(self, key: Callable[[Place], str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for p in self.places:
            counts[key(p)] = counts.get(key(p), 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    @cached_property
    def name_keys(self) -> list[str]:
        """Every normalised name key, sorted: the choices of fuzzy matching."""
        return sorted(self.by_key)


def _parse_places(text: str, source: str) -> list[Place]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise GazetteerDataError(f"missing column(s) {missing}", source=source, line=1,
                                 hint="rebuild it with 'homsmap gazetteer build'")
    places: list[Place] = []
    seen: set[str] = set()
    for lineno, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise GazetteerDataError("wrong number of fields", source=source, line=lineno,
                                     hint="quote fields that contain commas")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise GazetteerDataError(f"bad coordinates {row['lat']!r}, {row['lon']!r}", source=source,
                                     line=lineno, hint="lat and lon are decimal degrees") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
            raise GazetteerDataError(f"coordinates out of range ({lat}, {lon})", source=source, line=lineno,
                                     hint="lat and lon are decimal degrees")
        if not row["id"] or row["id"] in seen:
            raise GazetteerDataError(f"missing or duplicate id {row['id']!r}", source=source, line=lineno,
                                     hint="every place needs its own id")
        seen.add(row["id"])
        pop = row.get("population") or ""
        current = row.get("is_current") or ""
        places.append(Place(
            id=row["id"], name=row["name"], name_ar=row["name_ar"],
            alt_names=tuple(a for a in row["alt_names"].split("|") if a), kind=row["kind"], lat=lat, lon=lon,
            adm1_pcode=row.get("adm1_pcode", ""), adm1=row.get("adm1", ""),
            adm2_pcode=row.get("adm2_pcode", ""), adm2=row.get("adm2", ""),
            adm3_pcode=row.get("adm3_pcode", ""), adm3=row.get("adm3", ""),
            population=int(pop) if pop.isdigit() else None,
            is_current=None if current == "" else current == "1",
            geonames_id=row.get("geonames_id", ""), wof_id=row.get("wof_id", ""),
            wikidata=row.get("wikidata", ""), pcode=row.get("pcode", ""), provenance=row.get("source", ""),
            note=row.get("note", ""), source_file=source, source_line=lineno,
        ))
    return places


def parse_aliases(text: str, source: str, ids: set[str]) -> list[tuple[str, str, int]]:
    """``(alias, place_id, line)`` rows of an aliases.csv; every id must be in ``ids``."""
    reader = csv.DictReader(io.StringIO(text))
    if not {"alias", "place_id"} <= set(reader.fieldnames or []):
        raise GazetteerDataError("header must be alias,place_id,note", source=source, line=1,
                                 hint="fix the first line")
    out = []
    for lineno, row in enumerate(reader, start=2):
        alias, place_id = (row.get("alias") or "").strip(), (row.get("place_id") or "").strip()
        if not alias or place_id not in ids:
            raise GazetteerDataError(f"alias {alias!r} -> {place_id!r}: empty alias or unknown id",
                                     source=source, line=lineno, hint="use an id from places.csv")
        out.append((alias, place_id, lineno))
    return out


_CACHE: dict[Path, Gazetteer] = {}


def load_gazetteer(directory: str | Path | None = None, *, cache: bool = True) -> Gazetteer:
    """Load ``places.csv`` and ``aliases.csv`` from ``directory`` (default: the project's ``gazetteer/``).

    Raises :class:`GazetteerMissingError` when the folder has no ``places.csv`` and
    :class:`GazetteerDataError` naming file and line for a malformed one.
    """
    folder = Path(directory) if directory is not None else DEFAULT_GAZETTEER_DIR
    folder = folder.resolve()
    if cache and folder in _CACHE:
        return _CACHE[folder]
    places_path = folder / "places.csv"
    if not places_path.is_file():
        raise GazetteerMissingError("no places.csv", source=str(folder),
                                    hint="run 'homsmap gazetteer build' or pass the folder that holds it")
    try:
        places = _parse_places(read_text_document(places_path), str(places_path))
    except GazetteerDataError:
        raise
    except Exception as exc:
        raise GazetteerDataError(str(exc), source=str(places_path), hint="rebuild it") from exc
    aliases_path = folder / "aliases.csv"
    aliases = (parse_aliases(read_text_document(aliases_path), str(aliases_path), {p.id for p in places})
               if aliases_path.is_file() else [])
    gazetteer = Gazetteer(places, aliases, source=str(folder))
    if cache:
        _CACHE[folder] = gazetteer
    return gazetteer
