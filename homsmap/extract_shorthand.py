"""Map-change shorthand (part of :mod:`homsmap.extract`): mappers' arrows and "advanced from A to B".

OSINT mappers write a change of control as an arrow between sides, or as a table row of colours read
through the changelog's key (:func:`table_row_events`): "2/ Tell Rifaat: SDF -> SNA, confirmed.",
"Deir ez-Zor city: regime → SDF, 6 Dec", "HTS → SAA (Sat 20 Jan): Tell Salmo". :func:`arrow_events` reads
each such line as a capture by the side after the arrow of the places the line names; "unconfirmed" or a
question mark makes it reported, not confirmed. :func:`status_events` reads a changelog's "Saraqib:
opposition since 29 Nov." and "Aleppo city: now shaded opposition". :func:`advance_from_to` reads "the army advanced from A
to the nearby B" as B entered.
"""

from __future__ import annotations

import re
from itertools import pairwise

from homsmap import extract_rules as R
from homsmap.actors import Actors
from homsmap.extract_parse import LIST_ENTRY, Doc, PlaceRef, RawEvent, Sentence, clause_of
from homsmap.extract_sides import _infer, _Narrative
from homsmap.extract_subject import _actors_in, _subject
from homsmap.extract_when import date_for
from homsmap.gazetteer import ADMIN_KINDS

__all__ = ["advance_from_to", "arrow_events", "colour_key", "list_entry_events", "list_table_events", "shorthand_events", "status_events",
           "table_row_events"]

_ARROW = re.compile(r"(?P<from>[\w/'’ -]{2,30}?)\s*(?:->|→|=>|⟶)\s*(?P<to>[\w/'’+& -]{2,30}?)"
                    r"(?=\s*[,.;:()]|\s*$|\s+\(|\s+(?:after|as|when|following|on|in|by|with)\b)")  # ("→ TAF+TFSA after …")
_UNSURE = re.compile(r"(?i)\bunconfirmed\b|\?|\bunclear\b|\bnot\s+(?:yet\s+)?confirmed\b")
_BEARING = re.compile(r"(?i)\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?$"
                      r"|\b(?:near|outside|towards?|from)\s+(?:the\s+)?$")


def shorthand_events(doc: Doc, s: Sentence, refs: list[PlaceRef], lead_end: int,
                     actors: Actors | None = None) -> list[RawEvent]:
    """A mapper's table row of colours, else arrows, else a changelog's colours, on the sentence ``s``."""
    if s.text.count("|") >= 2 and actors is not None and (key := colour_key(doc.text, actors)):
        return table_row_events(doc, s, refs, key)
    if (s.text.count("|") >= 2 or "   " in s.text) and (table := list_table_events(doc, s, refs)):  # (or spaces align it)
        return table
    if (entry := list_entry_events(doc, s, refs)):
        return entry
    if "->" in s.text or "→" in s.text or "=>" in s.text:
        return arrow_events(doc, s, refs, lead_end)
    return status_events(doc, s, refs, lead_end) if ":" in s.text else []


_COLOURS = r"red|green|lime|yellow|grey|gray|black|white|blue|purple|orange|pink|brown|olive|teal"
_KEY_LINE = re.compile(r"(?im)\b(?:key|legend|colou?rs)\s*:\s*(?P<key>[^\n]+)")
_KEY_ITEM = re.compile(rf"(?i)\b(?P<colour>{_COLOURS})\s*(?:=|:|-)?\s*(?P<side>[^|,;.]+)")
_ROW = re.compile(r"^\W*[\d./-]{3,10}\s*\|\s*(?P<place>[^|]+?)\s*\|\s*(?P<change>[^|]+?)\s*(?:\||$)")
_ROW_COLOUR = re.compile(rf"(?i)(?:->|→|=>|\bnow|\brecolou?r(?:ed)?(?:\s+to)?|\bflip(?:ped)?\b[^|]{{0,30}}?)\s*(?P<colour>{_COLOURS})\b")


def colour_key(text: str, actors: Actors) -> dict[str, str | None]:
    """A map changelog's colour key ("Key: red SAA | green HTS & allies | grey contested"): colour -> the
    side it stands for (``None`` for contested)."""
    m = _KEY_LINE.search(text, 0, 3000)  # (a key heads its changelog)
    out: dict[str, str | None] = {}
    for item in _KEY_ITEM.finditer(m.group("key") if m else ""):
        words = item.group("side").strip()
        side = next((a.id for w in (words, *words.split()) if (a := actors.resolve(w)) is not None), None)
        if side is not None or re.match(r"(?i)contested|disputed|unclear", words):
            out[item.group("colour").lower().replace("gray", "grey")] = side
    return out


def table_row_events(doc: Doc, s: Sentence, refs: list[PlaceRef], key: dict[str, str | None]) -> list[RawEvent]:
    """"29.11 | Khan al-Asal | grey -> green | …", "28.11 | Khan al-Asal | now grey": a changelog row's new
    colour, read through the colour key (grey, contested, is an attack); "REVERTED" takes back the place's
    earlier rows and "no change" is none."""
    row = _ROW.match(s.text)
    colour = _ROW_COLOUR.search(row.group("change")) if row else None
    if row is None or colour is None or re.search(r"(?i)\brevert|\bno\s+change", row.group("change")):
        return []
    places = [p for p in refs if s.start + row.start("place") <= p.start < s.start + row.end("place")
              and p.place is not None and p.place.kind not in ADMIN_KINDS][:1]
    name = colour.group("colour").lower().replace("gray", "grey")
    if not places or name not in key:
        return []
    side = key[name]
    date = s.dates[0] if s.dates else None
    return [RawEvent(s, colour.group(), s.start + row.start("change"), "captured" if side else "attacked", places[0], side,
                     None, date, "stated" if date else "inherited", "confirmed", 0.55, None,
                     [f"a changelog row: {row.group('change').strip()!r} ({name} is {side or 'contested'})"])]


_PLACE_HEAD = re.compile(r"(?i)^\s*(?:locality|localities|town|towns|village|villages|place|places|location|settlement|name|"
                         r"city|site|target)\s*$")
_DATE_HEAD = re.compile(r"(?i)^\s*(?:date|day|when|captured|taken|fell|date\s+(?:of\s+)?(?:capture|control|change|fall|entry))"
                        r"(?:\s*\(\w+\))?\s*$")
_SIDE_HEAD = re.compile(r"(?i)^\s*(?:(?:captured|taken|seized|gained|recaptured|entered)\s+by|by|force|forces|side|"
                        r"controller|new\s+(?:controller|control)|control(?:\s+after)?|gaining\s+side)\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_ALIGNED_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")


def _aligned_columns(above: list[str], row: str) -> tuple[list[int], bool] | None:
    """The column starts of a table aligned with spaces ("Date   Locality   Taken by" over "----   -----   ----"), and
    whether a rule line gives them: the dash runs of its rule line, if the lines above the row reach one without a
    blank line; else the words of its header ("Town   Date   Control after"), the first line of the block, when the
    row breaks at each of them."""
    block: list[str] = []
    for prev in reversed(above):
        if not prev.strip():
            break
        if _ALIGNED_RULE.match(prev):
            return [m.start() for m in re.finditer(r"-{3,}", prev)], True
        block.append(prev)
    if not block:
        return None
    header = block[-1]
    starts = [m.start() for m in re.finditer(r"(?:^|(?<= {2}))\S", header)] if " " * 3 in header else []
    heads = [header[a:b].strip() for a, b in _spans(header, starts)] if starts else []
    if len(starts) < 2 or not any(_PLACE_HEAD.match(h) for h in heads) or not any(_DATE_HEAD.match(h) for h in heads):
        return None
    if all(k == 0 or (len(line) > k and line[k - 1] == " " and line[k] != " ") for line in (*block[:-1], row) for k in starts):
        return starts, False
    return None


def _spans(row: str, starts: list[int]) -> list[tuple[int, int]]:
    """The cells of an aligned row: from each column's start to the next's (the last to the line's end)."""
    ends = [*starts[1:], max(len(row), starts[-1] + 1)]
    return [(a, min(b, len(row))) for a, b in zip(starts, ends, strict=True) if a < len(row)]
_LIST_OF = re.compile(r"(?i)\b(?:captured|taken|seized|fell|liberated|recaptured|retaken|changes?\s+of\s+control|"
                      r"changed\s+hands|control\s+changes?)\b")
_ASIDE_HEAD = re.compile(r"(?i)\s*(?:notes?|remarks?|comments?|context|background|sources?|references?)\s*$")
_TAKEN_BY = re.compile(r"(?i)\b(?:taken|captured|seized|recaptured|retaken|liberated|overrun)\s+(?:[^.]{0,90}?\s+)?by\s+")


def _bar_cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row ("| a | b |" or "a | b | c"), relative to the line."""
    bars = [m.start() for m in re.finditer(r"\|", line)]
    if not line.lstrip().startswith("|"):
        bars.insert(0, len(line) - len(line.lstrip()) - 1)
    if not line.rstrip().endswith("|"):
        bars.append(len(line.rstrip()))
    return [(a + 1, b) for a, b in pairwise(bars)]


def list_table_events(doc: Doc, s: Sentence, refs: list[PlaceRef]) -> list[RawEvent]:
    """A row of a markdown table of changes ("| Tell Abyad | Tell Abyad | 13 October 2019 | SNA units entered … |"
    under "List of localities captured in Operation Peace Spring"): the row's place, taken on the row's date by
    the side of a "Captured by" column, else by the side the text says took them ("taken from the SDF by …")."""
    line_start = doc.text.rfind("\n", 0, s.start) + 1
    if s.start - line_start > 3:
        return []  # (the row's first sentence reads it)
    line_end = doc.text.find("\n", s.start)
    line = doc.text[line_start:line_end if line_end >= 0 else len(doc.text)]
    above = doc.text[:line_start].rstrip("\n").split("\n")
    rows = []
    columns = _aligned_columns(above, line) if "|" not in line else None
    aligned, ruled = columns if columns is not None else (None, False)
    for prev in reversed(above):  # up to the table's header: the row above its rule line, else its first row
        if (prev.count("|") < 2 and aligned is None) or (aligned is not None and not prev.strip()):
            break
        rows.append(prev)
    rule = next((k for k, r in enumerate(rows) if _TABLE_RULE.match(r)), None)
    if _TABLE_RULE.match(line) or not rows or (rule is not None and rule + 1 >= len(rows)) or (ruled and rule is None):
        return []
    header = rows[rule + 1] if rule is not None else rows[-1]

    def _cells(row: str) -> list[tuple[int, int]]:
        return _spans(row, aligned) if aligned is not None else _bar_cells(row)

    heads = [header[a:b] for a, b in _cells(header)]
    col = {kind: next((k for k, h in enumerate(heads) if rx.match(h)), None)
           for kind, rx in (("place", _PLACE_HEAD), ("date", _DATE_HEAD), ("side", _SIDE_HEAD))}
    cells = _cells(line)
    intro = doc.text[:line_start - sum(len(r) + 1 for r in rows)]
    if col["place"] is None or col["date"] is None or max(col["place"], col["date"]) >= len(cells) \
            or not (col["side"] is not None or _LIST_OF.search(intro[-1500:] + header)):
        return []
    pa, pb = (line_start + x for x in cells[col["place"]])
    da, db = (line_start + x for x in cells[col["date"]])
    place = next((p for p in refs if pa <= p.start < pb and p.place is not None and p.place.kind not in ADMIN_KINDS), None)
    date = next((d for d in s.dates if da <= d.start < db and d.date is not None), None)
    if place is None or date is None:
        return []
    rest = " | ".join(line[a:b] for k, (a, b) in enumerate(cells) if k not in (col["place"], col["date"], col["side"])
                      and not (k < len(heads) and _ASIDE_HEAD.match(heads[k])))  # (a "Notes" column's "heavy damage from shelling")
    told = {spec.action for spec in R.TRIGGERS if spec.pattern.search(rest)}
    if told and not told & R.COMPLETION_ACTIONS:
        return []  # "| 14 Aug | Raqqa city | ISIL car bomb at … |", "| Rebel assault on the base repulsed |": the row's own words
    gains, notes = None, [f"a row of the table under {next((ln for ln in reversed(intro.split(chr(10))) if ln.strip()), '')[:60]!r}"]
    certainty = "claimed" if R.CLAIMED.search(rest) else "confirmed"  # ("Rebel media announce the airbase's capture; claim false")
    action = "captured"
    if col["side"] is not None and col["side"] < len(cells):
        sa, sb = (line_start + x for x in cells[col["side"]])
        if re.fullmatch(r"\s*(?:[—–-]+|none|n/?a|not\s+taken|nobody)?\s*", doc.text[sa:sb], re.IGNORECASE):
            # "12 Feb 2020   Kafr Naha   —   assault repelled": taken by no one (an attack, if the row says so)
            if not re.search(r"(?i)\b(?:repell?ed|repulsed|beaten\s+back|driven\s+back|failed)\b", line):
                return []
            action = "attacked"
        side = _actors_in(s, sa, sb)
        gains = side.actor if side is not None else None
    elif (by := list(_TAKEN_BY.finditer(intro[-1500:]))):  # "taken from the SDF by the Turkish Armed Forces and the SNA"
        at = len(intro) - len(intro[-1500:]) + by[-1].end()
        taker = next((r for x in doc.sentences if x.end <= line_start for r in x.actors if at <= r.start < at + 60), None)
        gains = taker.actor if taker is not None else None
        if gains is not None:
            notes.append(f"side from the text above the table ({taker.text if taker else ''})")
    return [RawEvent(s, doc.text[da:db].strip(), da, action, place, gains, None, date, "stated", certainty, 0.6,
                     None, notes)]


def list_entry_events(doc: Doc, s: Sentence, refs: list[PlaceRef]) -> list[RawEvent]:
    """An entry of a list of changes ("- Misraba – 10 March." under "List of localities in Eastern Ghouta
    retaken in 2018", whose lead says they "returned to government control"): the entry's places, taken on
    its day by the side the text above the list names."""
    line_start = doc.text.rfind("\n", 0, s.start) + 1
    m = LIST_ENTRY.match(doc.text, line_start)
    if s.start - line_start > 3 or m is None or m.end() > s.end:
        return []
    date = next((d for d in s.dates if d.start == m.end() and d.precision == "day" and d.date is not None), None)
    places = [p for p in refs if m.start("places") <= p.start < m.end("places") and p.place is not None
              and p.place.kind not in ADMIN_KINDS]
    intro = doc.text[max(0, line_start - 1500):line_start]
    if date is None or not places or not re.fullmatch(r"\s*\.?\s*", doc.text[date.end:s.end]) or not _LIST_OF.search(intro) \
            or not re.fullmatch(r"(?:\s*(?:,|and|&)?\s*(?:the\s+)?)*", re.sub("|".join(re.escape(p.text) for p in places), "",
                                                                          m.group("places"))):
        return []
    gains, notes = None, [f"an entry of the list under {next((ln for ln in reversed(intro.split(chr(10))) if ln.strip() and not LIST_ENTRY.match(ln)), '')[:60]!r}"]
    if (back := list(_RETURNED_TO.finditer(intro))):
        gains = _CONTROL_OF[back[-1].group("side").lower()]
        notes.append(f"side from the text above the list ({back[-1].group()})")
    return [RawEvent(s, doc.text[date.start:date.end], date.start, "captured", p, gains, None, date, "stated", "confirmed",
                     0.6, None, list(notes)) for p in places]


_RETURNED_TO = re.compile(r"(?i)\b(?:returned|returning|came|passed|brought)\s+(?:back\s+)?(?:to|under)\s+(?:the\s+)?"
                          r"(?P<side>government|regime|state|army|rebel|opposition|SDF|Kurdish|Turkish|Islamic\s+State|ISIS|IS)\s+control")
_CONTROL_OF = {"government": "government", "regime": "government", "state": "government", "army": "government",
               "rebel": "opposition", "opposition": "opposition", "sdf": "sdf", "kurdish": "sdf", "turkish": "turkey",
               "islamic state": "isil", "isis": "isil", "is": "isil"}


def arrow_events(doc: Doc, s: Sentence, refs: list[PlaceRef], lead_end: int) -> list[RawEvent]:
    """The changes a mapper's "X: A -> B" line records (see the module doc)."""
    out: list[RawEvent] = []
    for m in _ARROW.finditer(s.text):
        a, b = s.start + m.start("to"), s.start + m.end("to")
        gains = _actors_in(s, a, b)
        loses = _actors_in(s, s.start + m.start("from"), s.start + m.end("from"))
        if gains is None or (loses is not None and loses.bloc == gains.bloc):
            continue
        places = [p for p in refs if p.place is not None and p.place.kind not in ADMIN_KINDS
                  and not (s.start + m.start() <= p.start < s.start + m.end() and _actors_in(s, p.start, p.end))
                  and not _BEARING.search(doc.text[max(s.start, p.start - 25):p.start])]
        if not places:
            continue
        named = [p for p in places if s.start + m.start("from") <= p.start < s.start + m.end("from")]
        if named and loses is None:
            places = named  # "E. Ghouta: Saqba and Kafr Batna → SAA": the places the arrow moves, not the region
        c0, c1 = s.start, s.end
        date, how, notes = date_for(doc, s, a, c0, c1, lead_end, doc.text[c0:a])
        certainty = "reported" if _UNSURE.search(s.text) else "confirmed"
        for p in places[:3] if named and loses is None else \
                places[:1] if len(places) > 1 and places[0].start < s.start + m.start() else places[:3]:
            out.append(RawEvent(s, m.group().strip(), s.start + m.start(), "captured", p, gains.actor,
                                loses.actor if loses else None, date, how, certainty, 0.6,
                                date.time if date else None, [*notes, f"a mapper's shorthand: {m.group().strip()!r}"]))
    return out


_STATUS = re.compile(r"^[\W\d]*?(?P<place>[^:\n]{2,40}?):\s+(?P<now>now\s+)?(?P<verb>(?:shaded|marked|colou?red|flipped\s+to|changed\s+to|"
                     r"moved\s+to)\s+)?(?P<side>[\w'’ -]{2,30}?)(?:\s+\([^()]{0,60}\))?(?:(?P<since>\s+(?:since|as\s+of|from)\b)|"
                     r"(?=\s*(?:[,.;]|$)))", re.IGNORECASE)


def status_events(doc: Doc, s: Sentence, refs: list[PlaceRef], lead_end: int) -> list[RawEvent]:
    """"Saraqib: opposition since 29 Nov.", "Aleppo city: now shaded opposition (HTS …)": a changelog line
    giving a place its new colour; the side must be the whole of what follows the colon."""
    m = _STATUS.match(s.text)
    if m is None or not (m.group("now") or m.group("verb") or m.group("since")):
        return []
    a, b = s.start + m.start("side"), s.start + m.end("side")
    gains = _actors_in(s, a, b)
    places = [p for p in refs if s.start + m.start("place") <= p.start and p.end <= s.start + m.end("place")
              and p.place is not None and p.place.kind not in ADMIN_KINDS]
    if gains is None or gains.end - gains.start < (b - a) - 4 or not places:
        return []
    date, how, notes = date_for(doc, s, a, s.start, s.end, lead_end, doc.text[s.start:a])
    return [RawEvent(s, m.group().strip(), a, "took_over", places[0], gains.actor, None, date, how,
                     "reported" if _UNSURE.search(s.text) else "confirmed", 0.55, date.time if date else None,
                     [*notes, f"a changelog's new colour: {m.group().strip()!r}"])]


_ADVANCE_FROM_TO = re.compile(r"\b(?:advanced|advancing|moved|pushed)\s+from\b[^,;.]{0,80}?(?<!approaches\s)(?<!road\s)(?<!way\s)"
                              r"\bto\s+(?:the\s+)?(?:nearby\s+|"
                              r"neighbouring\s+|neighboring\s+|village\s+of\s+|town\s+of\s+)*$", re.I)


def advance_from_to(doc: Doc, s: Sentence, nar: _Narrative, refs: list[PlaceRef], lead_end: int) -> list[RawEvent]:
    """"The army advanced from A to the nearby B": B is entered."""
    out = []
    for p in refs:
        if p.place is None or p.place.kind in ADMIN_KINDS:
            continue
        c0, c1, _bg = clause_of(s, p.start)
        m = _ADVANCE_FROM_TO.search(doc.text[c0:p.start])
        if not m:
            continue
        a = c0 + m.start()
        subj = _subject(doc, s, a, c0)
        notes: list[str] = []
        g = (subj.actor, subj.bloc) if subj else None
        date, how, date_notes = date_for(doc, s, a, c0, c1, lead_end, doc.text[c0:a])
        notes.extend(date_notes)
        g, lo = _infer(nar, p, date.date if date else None, g, None, a, notes, False)
        out.append(RawEvent(s, m.group().split()[0], a, "entered", p, g[0] if g else None, lo[0] if lo else None,
                            date, how, "confirmed", 0.55, date.time if date else None,
                            [*notes, "'advanced … to' read as entering the place"]))
    return out
