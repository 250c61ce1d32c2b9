"""Reading seeds files field by field: every problem collected with the line of its key.

Private helpers of :mod:`homsmap.events` (the events stage), kept apart so each module stays short.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from homsmap.actors import Actors
from homsmap.errors import HomsmapError, SeedsFormatError, UnknownActorError, UnknownPlaceError
from homsmap.files import read_text_document
from homsmap.gazetteer import Gazetteer

__all__ = ["DocumentLines", "Reader", "check_actor", "check_place", "citation", "list_of"]


class Reader:
    """Reads fields of one mapping, collecting problems with the line of each key."""

    def __init__(self, source: str, problems: list[HomsmapError]) -> None:
        self.source = source
        self.problems = problems

    def problem(self, message: str, line: int | None, hint: str, cls: type[HomsmapError] = SeedsFormatError) -> None:
        self.problems.append(cls(message, source=self.source, line=line, hint=hint))

    @staticmethod
    def line(mapping: dict[str, object], key: str | None = None) -> int:
        keylines = mapping.get("__keylines__")
        if key is not None and isinstance(keylines, dict) and key in keylines:
            return int(keylines[key])
        return int(str(mapping.get("__line__", 0)))

    def fields(self, mapping: object, spec: dict[str, bool], what: str, line: int) -> dict[str, object] | None:
        """Check a mapping has the required keys and no others; returns it, or None after a problem."""
        if not isinstance(mapping, dict):
            self.problem(f"{what} must be a mapping", line, f"write '{what}:' followed by indented 'key: value' lines")
            return None
        data = {str(k): v for k, v in mapping.items()}
        ok = True
        for key in sorted(set(data) - set(spec) - {"__line__", "__keylines__"}):
            self.problem(f"unknown field {key!r} in {what}", self.line(data, key),
                         f"remove it, or use one of {', '.join(spec)}")
            ok = False
        for key, required in spec.items():
            if required and key not in data:
                self.problem(f"{what} lacks {key!r}", self.line(data), f"add '{key}: …'")
                ok = False
        return data if ok else None

    def text(self, data: dict[str, object], key: str, *, optional: bool = False) -> str | None:
        value = data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool) or str(value).strip() == "":
            self.problem(f"{key} must be text", self.line(data, key), f"write '{key}: some text'")
            return None
        return " ".join(str(value).split())

    def choice(self, data: dict[str, object], key: str, choices: Sequence[str], *, default: str | None = None) -> str | None:
        value = data.get(key, default)
        if value not in choices:
            self.problem(f"{key} {value!r} is not one of {', '.join(choices)}", self.line(data, key),
                         f"write one of {', '.join(choices)}")
            return None
        return str(value)

    def date(self, data: dict[str, object], key: str, *, optional: bool = False) -> dt.date | None:
        value = data.get(key)
        if value is None and optional:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.problem(f"{key} {value!r} is not a valid date", self.line(data, key),
                         "write an existing day as YYYY-MM-DD")
            return None

    def ids(self, data: dict[str, object], key: str) -> tuple[str, ...] | None:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{key} must be a list of ids", self.line(data, key), f"write '{key}: [ocha:SY04, …]' or []")
            return None
        return tuple(value)


class DocumentLines:
    """The lines of the source documents, for checking citations; empty when they are not available."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._cache: dict[str, list[str] | None] = {}

    def lines(self, name: str) -> list[str] | None:
        if self.directory is None:
            return None
        if name not in self._cache:
            path = self.directory / name
            self._cache[name] = read_text_document(path).split("\n") if path.is_file() else None
        return self._cache[name]


def fold_quotes(text: str) -> str:
    return re.sub(r"['’‘`ʼʿ]", "'", text.casefold())


def check_place(reader: Reader, data: dict[str, object], gaz: Gazetteer) -> str | None:
    place_id = data.get("place_id")
    place_text = str(data.get("place") or "")
    line = reader.line(data, "place_id")
    if isinstance(place_id, str) and place_id in gaz:
        return place_id
    from homsmap.resolve import resolve

    match = resolve(gaz, place_text) if place_text.strip() else None
    suggestions = []
    if match is not None:
        picks = [match.place] if match.place is not None else [c.place for c in match.candidates[:5]]
        suggestions = [f"{p.id} ({p.name}, {p.adm2 or p.adm1 or p.kind})" for p in picks]
    reader.problems.append(UnknownPlaceError(str(place_id), suggestions=suggestions, source=reader.source, line=line))
    return None


def check_actor(reader: Reader, data: dict[str, object], key: str, actors: Actors, *, optional: bool) -> str | None:
    value = data.get(key)
    if value is None and optional:
        return None
    if isinstance(value, str) and value in actors:
        return value
    day = data.get("date")  # (the day the event names picks among actors one alias names in turn)
    try:
        on = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10]) if day is not None else None
    except ValueError:
        on = None
    suggestions = actors.suggest(str(value), on=on) if value is not None else sorted(actors)
    reader.problems.append(UnknownActorError(str(value), suggestions=suggestions, source=reader.source,
                                             line=reader.line(data, key)))
    return None


def citation(reader: Reader, data: dict[str, object], document: str, lines: DocumentLines) -> int | None:
    cite = data.get("citation")
    line = reader.line(data, "citation")
    if not isinstance(cite, dict) or set(cite) - {"line", "__line__", "__keylines__"} or \
            not isinstance(cite.get("line"), int) or isinstance(cite.get("line"), bool) or cite["line"] < 1:
        reader.problem("citation must be {line: N}", line, "cite the document's line (paragraph) as {line: 131}")
        return None
    number = int(cite["line"])
    text = lines.lines(document)
    if text is None:
        return number
    if number > len(text) or not text[number - 1].strip():
        reader.problem(f"citation line {number} of {document} is {'past the end' if number > len(text) else 'empty'}",
                       line, "cite the line that holds the statement (see grep -n)")
        return None
    place = data.get("place")
    if isinstance(place, str) and fold_quotes(place) not in fold_quotes(text[number - 1]):
        reader.problem(f"{place!r} does not appear on line {number} of {document}", reader.line(data, "place"),
                       "write the place as the cited line spells it, or cite the line that names it")
    return number


def list_of(reader: Reader, data: dict[str, object], key: str) -> list[object]:
    value = data.get(key)
    if value is None and key == "baseline":
        return []
    if not isinstance(value, list):
        reader.problem(f"{key} must be a list", reader.line(data, key), f"write '{key}:' then '- …' entries, or []")
        return []
    return value
