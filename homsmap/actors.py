"""The sides of the war: ``seeds/actors.yaml`` as :class:`Actor` values and an alias resolver.

Part of the events stage (``errors → gazetteer → actors/events → timeline …``). A side has an id that seeds
files use, a display name, a colour, a bloc (what maps aggregate by), the names reporters use for it
(some only for a period: al-Nusra Front became Tahrir al-Sham) and its coalitions by period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from homsmap.errors import SeedsFormatError, UnknownActorError
from homsmap.files import load_yaml_with_lines, read_text_document

__all__ = ["BLOCS", "DEFAULT_ACTORS_FILE", "Actor", "Actors", "Alias", "Membership", "actor_key", "load_actors"]

BLOCS = ("government", "opposition", "isis", "sdf", "other")


def _default_seeds_dir() -> Path:
    """The checkout's ``seeds/`` when running from one, else the copy installed as ``homsmap/seeds``."""
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if (checkout / "actors.yaml").is_file():
        return checkout
    return Path(__file__).resolve().parent / "seeds"


DEFAULT_SEEDS_DIR = _default_seeds_dir()
DEFAULT_ACTORS_FILE = DEFAULT_SEEDS_DIR / "actors.yaml"
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def actor_key(name: str) -> str:
    """The lookup key of an actor name: acronyms keep their capitals, other names are case-folded
    with hyphens, apostrophes and repeated spaces normalised.

    >>> actor_key("Hay’at Tahrir al-Sham"), actor_key("SAA"), actor_key("Pro-Government  forces")
    ('hayat tahrir al sham', 'SAA', 'pro government forces')
    >>> actor_key(actor_key("Hay’at Tahrir al-Sham")) == actor_key("Hay’at Tahrir al-Sham")
    True
    """
    name = name.strip()
    if _ACRONYM.fullmatch(name):
        return name
    folded = re.sub(r"['’‘`ʼʿ]", "", name.casefold())
    return " ".join(re.sub(r"[-‐‑–—_/.,]", " ", folded).split())


@dataclass(frozen=True)
class Alias:
    """A name for an actor, valid from ``start`` to ``end`` (inclusive; ``None`` = open)."""

    name: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        return day is None or ((self.start is None or self.start <= day) and (self.end is None or day <= self.end))


@dataclass(frozen=True)
class Membership:
    """Membership of a coalition ``actor`` from ``start`` to ``end`` (inclusive; ``None`` = open)."""

    actor: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Actor:
    """One side, with the file and line it is defined on."""

    id: str
    name: str
    bloc: str
    colour: str
    aliases: tuple[Alias, ...] = ()
    member_of: tuple[Membership, ...] = ()
    note: str = ""
    source_file: str = ""
    source_line: int = 0

    def coalitions_on(self, day: dt.date) -> tuple[str, ...]:
        """Ids of the coalitions this actor belongs to on ``day``."""
        return tuple(m.actor for m in self.member_of
                     if (m.start is None or m.start <= day) and (m.end is None or day <= m.end))

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "bloc": self.bloc, "colour": self.colour,
                "aliases": [a.name for a in self.aliases]}


class Actors(Mapping[str, Actor]):
    """The actors by id, with :meth:`resolve` for the names reporters use."""

    def __init__(self, actors: list[Actor], *, source: str = "") -> None:
        self._by_id = {a.id: a for a in actors}
        self.source = source
        self._aliases: dict[str, list[tuple[Alias, Actor]]] = {}
        for actor in actors:
            for alias in (Alias(actor.id), Alias(actor.name), *actor.aliases):
                entries = self._aliases.setdefault(actor_key(alias.name), [])
                if not any(a is actor and al == alias for al, a in entries):
                    entries.append((alias, actor))

    def __getitem__(self, key: str) -> Actor:
        return self._by_id[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"<Actors: {len(self)} sides from {self.source or 'memory'}>"

    def resolve(self, name: str, *, on: dt.date | None = None) -> Actor | None:
        """The actor ``name`` means on day ``on`` (any day if ``None``), or ``None``.

        An actor id, display name or alias; a dated alias only on days in its period.
        """
        hits = {a.id: a for alias, a in self._aliases.get(actor_key(name), []) if alias.valid_on(on)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def get_actor(self, name: str, *, on: dt.date | None = None, source: str | None = None,
                  line: int | None = None) -> Actor:
        """Like :meth:`resolve` but raises :class:`UnknownActorError` with suggestions."""
        actor = self.resolve(name, on=on)
        if actor is None:
            raise UnknownActorError(name, suggestions=self.suggest(name), source=source, line=line)
        return actor

    def suggest(self, name: str, *, on: dt.date | None = None) -> list[str]:
        """Actor ids whose id, name or an alias resembles ``name`` (closest first; of the actors an alias
        names, first those it names on day ``on``)."""
        from rapidfuzz import fuzz, process

        exact = {(not alias.valid_on(on), a.id) for alias, a in self._aliases.get(actor_key(name), [])}
        keys = list(self._aliases)
        close = process.extract(actor_key(name), keys, scorer=fuzz.WRatio, limit=8, score_cutoff=70)
        ids = list(dict.fromkeys(i for _, i in sorted(exact)))
        for key, _score, _i in close:
            for _alias, actor in self._aliases[key]:
                if actor.id not in ids:
                    ids.append(actor.id)
        return ids[:5]

    def bloc_of(self, actor_id: str | None) -> str | None:
        return self._by_id[actor_id].bloc if actor_id in self._by_id else None

    def _repr_html_(self) -> str:
        from html import escape

        rows = "".join(
            f"<tr><td><span style='background:{escape(a.colour)};padding:0 .6em'>&nbsp;</span></td>"
            f"<td>{escape(a.id)}</td><td>{escape(a.name)}</td><td>{escape(a.bloc)}</td>"
            f"<td>{escape(', '.join(x.name for x in a.aliases[:6]))}</td></tr>" for a in self.values())
        return f"<table><tr><th></th><th>id</th><th>name</th><th>bloc</th><th>aliases</th></tr>{rows}</table>"


def _date_or_none(value: object, *, source: str, line: int, field: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise SeedsFormatError(f"{field}: {value!r} is not a date", source=source, line=line,
                               hint="write YYYY-MM-DD") from None


def _period_item(item: object, key: str, *, source: str, line: int) -> tuple[str, dt.date | None, dt.date | None]:
    if isinstance(item, str):
        return item, None, None
    if not isinstance(item, dict) or not isinstance(item.get(key), str):
        raise SeedsFormatError(f"expected a name or {{{key}: …, from: …, until: …}}", source=source, line=line,
                               hint=f"write '- NAME' or '- {{{key}: NAME, from: YYYY-MM-DD}}'")
    ln = int(item.get("__line__", line))
    unknown = set(item) - {key, "from", "until", "__line__"}
    if unknown:
        raise SeedsFormatError(f"unknown field(s) {sorted(map(str, unknown))}", source=source, line=ln,
                               hint=f"use {key}, from, until")
    start = _date_or_none(item.get("from"), source=source, line=ln, field="from")
    end = _date_or_none(item.get("until"), source=source, line=ln, field="until")
    if start and end and end < start:
        raise SeedsFormatError(f"until {end} is before from {start}", source=source, line=ln,
                               hint="swap the dates")
    return str(item[key]), start, end


def load_actors(path: str | Path | None = None) -> Actors:
    """Read ``seeds/actors.yaml`` (or ``path``); malformed entries raise :class:`SeedsFormatError`."""
    file = Path(path) if path is not None else DEFAULT_ACTORS_FILE
    source = str(file)
    data = load_yaml_with_lines(read_text_document(file), source=source)
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise SeedsFormatError("expected a mapping with an 'actors' list", source=source, line=1,
                               hint="start the file with 'actors:' and list '- id: …' entries")
    fields = {"id", "name", "bloc", "colour", "aliases", "member_of", "note", "__line__"}
    actors: list[Actor] = []
    for entry in data["actors"]:
        line = int(entry.get("__line__", 0)) if isinstance(entry, dict) else 0
        if not isinstance(entry, dict):
            raise SeedsFormatError("actor entry is not a mapping", source=source, hint="write '- id: …'")
        unknown = set(entry) - fields
        if unknown:
            raise SeedsFormatError(f"unknown field(s) {sorted(map(str, unknown))}", source=source, line=line,
                                   hint=f"use {', '.join(sorted(fields - {'__line__'}))}")
        for key in ("id", "name", "bloc", "colour"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise SeedsFormatError(f"missing {key!r}", source=source, line=line, hint=f"add {key}: …")
        if not re.fullmatch(r"[a-z][a-z0-9-]*", entry["id"]):
            raise SeedsFormatError(f"bad actor id {entry['id']!r}", source=source, line=line,
                                   hint="lower-case letters, digits and hyphens, e.g. tiger-forces")
        if entry["bloc"] not in BLOCS:
            raise SeedsFormatError(f"bloc {entry['bloc']!r} is not one of {', '.join(BLOCS)}", source=source,
                                   line=line, hint="pick the bloc the side fights with")
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", entry["colour"]):
            raise SeedsFormatError(f"colour {entry['colour']!r} is not #rrggbb", source=source, line=line,
                                   hint="write a hex colour such as '#d62728' (quoted)")
        if entry["id"] in {a.id for a in actors}:
            raise SeedsFormatError(f"duplicate actor id {entry['id']!r}", source=source, line=line,
                                   hint="give each side one entry")
        aliases = tuple(Alias(*_period_item(a, "name", source=source, line=line)) for a in entry.get("aliases") or [])
        members = tuple(Membership(*_period_item(m, "actor", source=source, line=line))
                        for m in entry.get("member_of") or [])
        actors.append(Actor(entry["id"], entry["name"], entry["bloc"], entry["colour"].lower(), aliases, members,
                            " ".join(str(entry.get("note") or "").split()), source, line))
    known = {a.id for a in actors}
    for actor in actors:
        for m in actor.member_of:
            if m.actor not in known:
                raise UnknownActorError(m.actor, suggestions=sorted(known), source=source, line=actor.source_line)
    _check_alias_clashes(actors, source)
    return Actors(actors, source=source)


def _check_alias_clashes(actors: list[Actor], source: str) -> None:
    """An alias may name only one actor on any day."""
    seen: dict[str, list[tuple[Alias, Actor]]] = {}
    for actor in actors:
        for alias in (Alias(actor.id), Alias(actor.name), *actor.aliases):
            for other_alias, other in seen.get(actor_key(alias.name), []):
                if other.id == actor.id:
                    continue
                lo = max(alias.start or dt.date.min, other_alias.start or dt.date.min)
                hi = min(alias.end or dt.date.max, other_alias.end or dt.date.max)
                if lo <= hi:
                    raise SeedsFormatError(
                        f"alias {alias.name!r} names both {other.id!r} and {actor.id!r} from {lo}",
                        source=source, line=actor.source_line, hint="keep it on one side, or give it from/until dates")
            seen.setdefault(actor_key(alias.name), []).append((alias, actor))
