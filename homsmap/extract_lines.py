"""Lines and sentences: how :mod:`homsmap.extract_parse` cuts a page before reading it.

A page's narrative ends at its first closing heading ("References", "See also": :func:`narrative_end`); a
hard-wrapped page is unwrapped so its paragraphs read as paragraphs (:func:`unwrapped`); the narrative is cut
into :class:`Sentence` objects, numbered by the page's lines (:func:`split_sentences`); and a sentence that is
a section title or a dated label ("Offensive: 15–20 April 2018") is told apart from narrative
(:func:`is_title`, :func:`is_heading`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from homsmap import extract_rules as R
from homsmap.extract_actors import ActorRef
from homsmap.extract_dates import DateMention
from homsmap.gazetteer import Place
from homsmap.resolve import Match

__all__ = ["BULLET", "FINITE", "PlaceRef", "Sentence", "is_heading", "is_title", "narrative_end", "split_sentences", "unwrapped"]

_ABBREV = frozenset("mr mrs ms dr gen maj col lt capt sgt st mt no vs etc jr sr approx est govt dept brig cpl pvt "
                    "adm cmdr rev prof inc ltd co e.g i.e u.s u.n jan feb mar apr jun jul aug sep sept oct nov "
                    "dec".split())
_SENT_END = re.compile(r"(?:[.!?](?:\[(?:\d+|[a-z][a-z ]{0,20})\])*[\"”’)\]]*|(?<=[a-z]) \[\d+\])\s+(?=[\"“‘(\[]?[A-Z0-9\[“\"])")
FINITE = re.compile(r"(?i)\b(?:fell|falls|fallen|captured|captures|taken|took|takes|seized|seizes|retaken|recaptured|"
                     r"entered|enters|withdrew|withdraws|surrendered|is|was|were|are|has|have|had)\b")
BULLET = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[/.)])\s")


@dataclass
class PlaceRef:
    """A place the text names or refers to; ``how`` is mention, coref, alias, list or inherited."""

    start: int
    end: int
    text: str
    place: Place | None
    confidence: float
    how: str = "mention"
    match: Match | None = None


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    line: int
    para: int
    text: str
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    clauses: list[tuple[int, int, bool]] = field(default_factory=list)
    narrative_before: dt.date | None = None
    heading: bool = False
    speaker: str | None = None  # the side whose statement this sentence is part of, when one is


def narrative_end(text: str) -> tuple[int, str | None]:
    """Where the narrative ends: the first heading after which a page holds no more narrative."""
    pos = 0
    for line in text.split("\n"):
        key = line.strip().strip("#=*: ").lower()
        if key in R.END_HEADINGS and pos > 0:
            return pos, line.strip()
        pos += len(line) + 1
    return len(text), None


_COLUMNS = re.compile(r"\S {3,}\S|^-{3,}")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped page (an e-mail, a plain-text statement cut at 80-100
    columns) turned into spaces, so its paragraphs read as paragraphs; same length, so offsets hold.

    >>> unwrapped("a" * 70 + "\\nb\\n") == "a" * 70 + "\\nb\\n"  # (too few lines to tell)
    True
    """
    lines = text.split("\n")
    lens = sorted(len(x.rstrip()) for x in lines if x.strip())
    if len(lens) < 6:
        return text
    width = lens[int(len(lens) * 0.9)]
    if not 50 <= width <= 120 or sum(width - 20 <= n <= width for n in lens) < max(4, len(lens) * 0.3):
        return text
    out, pos = list(text), 0
    for line, nxt in pairwise(lines):
        pos += len(line)
        if len(line.rstrip()) >= width - 25 and nxt.strip() and not BULLET.match(nxt) and not nxt.lstrip().startswith("[") \
                and not _COLUMNS.search(line.strip()) and not _COLUMNS.search(nxt.strip()):  # (nor a table aligned with spaces)
            out[pos] = " "
        pos += 1
    return "".join(out)


def split_sentences(text: str, end: int, flat: str) -> list[Sentence]:
    """The sentences of ``text[:end]``, read in ``flat`` (the same text unwrapped), numbered by ``text``'s lines."""
    out: list[Sentence] = []
    pos, line_no, para = 0, 1, 0
    for line in flat[:end].split("\n"):
        if line.strip() and not R.SKIP_LINE.match(line):
            para += 1
            start = pos
            for m in _SENT_END.finditer(line):
                word = line[max(0, m.start() - 12):m.start()].split()[-1:] or [""]
                w = word[0].lower().rstrip(".")
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
                stop = pos + m.start() + 1
                if text[start:stop].strip():
                    out.append(Sentence(len(out), start, stop, line_no + text.count("\n", pos, start), para, flat[start:stop]))
                start = pos + m.end()
            stop = pos + len(line.rstrip())
            if start < stop and text[start:stop].strip():
                out.append(Sentence(len(out), start, stop, line_no + text.count("\n", pos, start), para, flat[start:stop]))
        line_no += text.count("\n", pos, pos + len(line)) + 1
        pos += len(line) + 1
    return out


_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|[IVX]{1,4}\.|(?:Chapter|Section|Part)\s+\w+[.:]?)\s+")


def is_title(text: str, s: Sentence) -> bool:
    """A section heading ("## Offensive", "Rebel surrender and evacuation"): a short line of its own."""
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if re.match(r"#{1,6}\s", line):
        return True  # (a markdown heading; not a post's number, "#1147 | 05.02.2020 …")
    line = _SECTION_NUMBER.sub("", line) or line  # "7.3 The Siege of Kobani", "II. Background"
    words = line.split()
    if line.endswith(".") and 1 < len(words) <= 5 and not re.search(
            r"(?i)\b(?:fell|falls|fallen|captured|taken|seized|retaken|recaptured|entered|withdrew|withdraws|surrendered|"
            r"is|was|were|are|has|have|had)\b", line):
        line = line[:-1]  # a section title with a full stop: "Assault on the town."
    return (s.start - line_start <= 2 and 0 < len(words) <= 6 and line[-1] not in ".!?:\"”'"
            and not any(ch.isdigit() for ch in line) and line[0].isupper())


def is_heading(s: Sentence) -> bool:
    """"Offensive: 15–20 April 2018", "Date5 December 2024 – 8 December 2024": dates under a label."""
    if not s.dates:
        return False
    rest = s.text
    for d in sorted(s.dates, key=lambda d: -d.start):
        rest = rest[:d.start - s.start] + rest[d.end - s.start:]
    rest = rest.strip(" \t*-:;,.()")
    label = s.text[:s.dates[0].start - s.start]
    return (":" in label and len(rest) < 60 and "," not in rest and len(label.split(":")[0].split()) <= 5
            and not re.search(r"\b\w+(?:ed|ing)\b", rest.split(":")[-1]) and not FINITE.search(rest)
            and not re.search(r"(?i)\b(?:retook|overran|did|does|not)\b", rest)) or rest.lower() in ("date", "dates")
