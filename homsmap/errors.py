"""The one error tree of homsmap.

Every error the package raises on purpose derives from :class:`HomsmapError`. Leaf classes
also derive from the matching builtin, so ``except LookupError`` keeps working for callers
that do not know homsmap. Each error carries the data a caller needs (the input it is about,
the line, a hint on how to fix it, suggestions) and formats as one line::

    >>> str(InputError("no such column 'lat'", source="places.csv", line=1, hint="add it"))
    "places.csv:1: no such column 'lat' (fix: add it)"

The CLI prints that line and exits with status 2; no traceback reaches a user.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousPlaceError",
    "ContradictionError",
    "EventsError",
    "GazetteerDataError",
    "GazetteerError",
    "GazetteerMissingError",
    "HomsmapError",
    "InputError",
    "InvalidNameError",
    "OutputError",
    "ReferenceDataError",
    "SeedsFormatError",
    "SeedsValidationError",
    "TextInputError",
    "TimelineError",
    "UnknownActorError",
    "UnknownCampaignError",
    "UnknownPlaceError",
]


class HomsmapError(Exception):
    """Root of every error homsmap raises on purpose.

    ``source`` names the input (a file, a query, a document), ``line`` the 1-based line in it
    where there is one, and ``hint`` says how to fix the problem.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.source is not None:
            where = f"{self.source}:{self.line}: " if self.line is not None else f"{self.source}: "
        fix = f" (fix: {self.hint})" if self.hint else ""
        return f"{where}{self.message}{fix}"


class InputError(HomsmapError, ValueError):
    """Input that cannot be used as it is: a malformed file, an unreadable argument."""


class OutputError(HomsmapError, OSError):
    """An output that cannot be written (the previous output is left intact)."""


class TextInputError(InputError):
    """A text document that cannot be read as UTF-8 text (missing, binary, other encoding)."""


class GazetteerError(HomsmapError):
    """Anything wrong with the gazetteer or a lookup in it."""


class GazetteerMissingError(GazetteerError, FileNotFoundError):
    """The curated gazetteer files are not where they were expected."""


class GazetteerDataError(GazetteerError, ValueError):
    """A curated gazetteer file is malformed (bad header, bad number, duplicate id …)."""


class ReferenceDataError(GazetteerError, FileNotFoundError):
    """The public reference data the gazetteer is built from is missing or malformed."""


class InvalidNameError(GazetteerError, ValueError):
    """A place name that cannot be looked up: empty, far too long, or control characters."""


class UnknownPlaceError(GazetteerError, LookupError):
    """No place in the gazetteer matches ``query``; ``suggestions`` are the nearest names."""

    def __init__(self, query: str, *, suggestions: Sequence[str] = (), source: str | None = None,
                 line: int | None = None) -> None:
        hint = f"did you mean {', '.join(suggestions[:5])}?" if suggestions else \
            "check the spelling, or add the place to gazetteer/supplement.yaml"
        super().__init__(f"unknown place {query!r}", source=source, line=line, hint=hint)
        self.query = query
        self.suggestions = tuple(suggestions)


class AmbiguousPlaceError(GazetteerError, LookupError):
    """Several far-apart places match ``query`` and nothing in the context decides."""

    def __init__(self, query: str, *, candidates: Sequence[str] = (), source: str | None = None,
                 line: int | None = None) -> None:
        hint = f"pin one id: {', '.join(candidates[:5])}" if candidates else None
        super().__init__(f"ambiguous place {query!r}", source=source, line=line, hint=hint)
        self.query = query
        self.candidates = tuple(candidates)


class EventsError(HomsmapError):
    """Anything wrong with curated events, campaigns or actors."""


class SeedsFormatError(EventsError, ValueError):
    """A seeds file that breaks the schema: a bad field, value, date, id or citation."""


class UnknownActorError(EventsError, LookupError):
    """A side that ``seeds/actors.yaml`` does not define; ``suggestions`` are actor ids."""

    def __init__(self, query: str, *, suggestions: Sequence[str] = (), source: str | None = None,
                 line: int | None = None) -> None:
        hint = f"did you mean {', '.join(suggestions[:5])}?" if suggestions else \
            "use an actor id from seeds/actors.yaml, or add the actor there"
        super().__init__(f"unknown actor {query!r}", source=source, line=line, hint=hint)
        self.query = query
        self.suggestions = tuple(suggestions)


class UnknownCampaignError(EventsError, LookupError):
    """No campaign has the id ``query``; ``suggestions`` are the ids there are."""

    def __init__(self, query: str, *, suggestions: Sequence[str] = ()) -> None:
        hint = f"choose one of {', '.join(suggestions)}" if suggestions else "add a campaign file under seeds/"
        super().__init__(f"unknown campaign {query!r}", source="--campaign", hint=hint)
        self.query = query
        self.suggestions = tuple(suggestions)


class SeedsValidationError(EventsError, ValueError):
    """One or more problems in seeds files; ``problems`` holds each as its own error.

    ``str()`` gives one ``file:line: message (fix: …)`` line per problem.
    """

    def __init__(self, problems: Sequence[HomsmapError]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else None
        super().__init__(str(first) if first else "invalid seeds",
                         source=first.source if first else None, line=first.line if first else None)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class TimelineError(HomsmapError):
    """A timeline that cannot be built or queried."""


class ContradictionError(TimelineError, ValueError):
    """Two confirmed events give one place to two sides on the same day; both are named."""

    def __init__(self, place_id: str, day: object, first: tuple[str, str, int | None],
                 second: tuple[str, str, int | None]) -> None:
        (id1, src1, line1), (id2, src2, line2) = first, second
        message = (f"contradiction: {id1} ({src1}:{line1}) and {id2} ({src2}:{line2}) both confirm control of "
                   f"{place_id} on {day} by different sides")
        super().__init__(message, source=src2, line=line2,
                         hint="mark one 'reported' or 'claimed', give them different times of day, or fix a date")
        self.place_id = place_id
        self.event_ids = (id1, id2)
