"""Places that layout and narrative supply (part of :mod:`homsmap.extract`).

Where a change's place is not in its own clause, the text around it gives it: a sentence opening "In Qardaha, …"
(:func:`fronted_place`), a clause that leaves out its verb ("Rajo fell on 3 March, and Jandairis on 8 March",
:func:`gapped_places`), the one settlement a paragraph's deal is about (:func:`deal_place`), a glossary's headword
(:func:`headword`), a verbless label line (:func:`topic_label`), "The capture of X" in the next sentence
(:func:`named_next`) and the town just named (:func:`town_named_last`).
"""

from __future__ import annotations

import re

from homsmap import extract_rules as R
from homsmap.extract_lines import FINITE
from homsmap.extract_parse import ActorRef, Doc, PlaceRef, Sentence
from homsmap.extract_places import MOVED_TO
from homsmap.gazetteer import ADMIN_KINDS

__all__ = ["deal_place", "fronted_place", "fronted_subject", "gapped_places", "headword", "named_next", "opens_on_unknown", "row_places", "topic_label",
           "town_named_last", "town_there", "when_side"]


def fronted_place(doc: Doc, s: Sentence, b: int, *, bare: bool = False) -> list[PlaceRef]:
    """"In Qardaha, the family's hometown, insurgents took over the checkpoints and the municipal building":
    a change to a town's sites told under the town the sentence opens with. With ``bare``, a trigger that takes no
    object ("In the village of Beit Yashout, …, ministry forces completed an encirclement on Friday")."""
    town = _opening_town(doc, s)
    return [town] if town is not None and (bare or _SITES_TAKEN.match(doc.text, b)) \
        and re.match(r"(?:,[^,;.]{1,60})?,\s", doc.text[town.end:b]) else []


def sites_of_town_before(doc: Doc, s: Sentence, a: int, b: int) -> list[PlaceRef]:
    """"… announce the full liberation of Khan al-Assal. Fighters … stormed the final checkpoints on Monday": the sites
    of the one town the sentence before (in the paragraph) names, when this sentence names no place."""
    sites = _SITES_TAKEN.match(doc.text, b)
    if s.index == 0 or s.places or sites is None or re.search(r"(?i)\bthe\s+(?:city|town|village)\b(?!\s+of\b)", s.text) or re.match(  # (not "positions at the village of Kabajib", unknown)
            r"[^.;]{0,40}?(?:in|at|of|near|outside|around)\s+(?:the\s+(?:[\w-]+\s+)?(?:village|town|city)\s+of\s+)?[A-Z]",
            doc.text[sites.end():s.end]):
        return []
    before = doc.sentences[s.index - 1]
    towns = {p.place.id: p.place for p in before.places if p.place is not None and p.place.kind in ("city", "town", "village")
             and not re.search(r"(?i)\b(?:between|and|from|to|towards?|near)\s+$", doc.text[max(0, p.start - 10):p.start])}
    # (not "the last stronghold of the regime on the road between Aleppo and Idlib")
    town = doc.topic if doc.topic is not None and doc.topic.id in towns else \
        next(iter(towns.values())) if len(towns) == 1 else None
    if before.para != s.para or town is None:
        return []
    return [PlaceRef(a, b, doc.text[a:b], town, 0.5, "inherited")]


def place_fought_before(doc: Doc, s: Sentence, a: int, b: int) -> list[PlaceRef]:
    """"… armoured columns began a ground assault on Salaheddine. By the following evening the rebels had pulled out":
    the one place the sentence before (in the paragraph) tells a fight for."""
    before = doc.sentences[s.index - 1]
    fought = {p.place.id: p.place for p in before.places if p.place is not None and p.place.kind not in ADMIN_KINDS
              and re.search(r"(?i)\b(?:assault|attack|offensive|push|battle|fighting|clashes)\s+(?:on|for|in|against|into)\s+"
                            r"(?:the\s+)?$", doc.text[max(0, p.start - 30):p.start])}
    if before.para != s.para or len(fought) != 1 or s.places:
        return []
    return [PlaceRef(a, b, doc.text[a:b], next(iter(fought.values())), 0.5, "inherited")]


def fronted_subject(doc: Doc, s: Sentence, a: int) -> list[PlaceRef]:
    """"In Tell Rifaat, the last den of the shabbiha, the Military Security branch, fell yesterday": the town the
    sentence opens with, when what fell is one of its sites."""
    town = _opening_town(doc, s)
    return [town] if town is not None and _SITE_SUBJECT.fullmatch(doc.text, town.end, a) else []


def _opening_town(doc: Doc, s: Sentence) -> PlaceRef | None:
    """The settlement a sentence opens with ("In Qardaha, …", "At the town of X, …"), if it opens with one."""
    first = next((p for p in s.places if p.place is not None and p.place.kind in ("city", "town", "village", "neighbourhood")), None)
    return first if first is not None and _FRONTED.fullmatch(doc.text, s.start, first.start) else None


_SITE_SUBJECT = re.compile(r"(?:,[^,;.]{1,60})?,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:branch|headquarters|base|post|checkpoints?|"
                           r"compound|barracks|building|prison|station|garrison)(?:,[^,;.]{0,40})?,?\s+(?:\w+ly\s+|also\s+|finally\s+)?",
                           re.IGNORECASE)


def gapped_places(doc: Doc, s: Sentence, refs: list[PlaceRef], after: int) -> list[PlaceRef]:
    """Places of clauses that leave out the verb before them: "Rajo fell on 3 March, and Jandairis, the
    district's second town, on 8 March" gives Jandairis, with its own date."""
    out: list[PlaceRef] = []
    for p in refs:
        if p.start < after or p.place is None or p.end > s.end:
            continue
        if re.fullmatch(r"\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?", doc.text[after:p.start]):
            after = p.end  # ("seized Tal Rifaat north of Aleppo and then, on Dec. 9, Manbij": Aleppo only locates it)
            continue
        first = next((d for d in s.dates if d.date is not None and d.start > after and d.end <= p.start
                      and (g := _GAP_AND.match(doc.text, after)) is not None and re.fullmatch(r",?\s*(?:on|in|by)\s+", doc.text[g.end():d.start])
                      and _DATE_THEN.fullmatch(doc.text, d.end, p.start)), None)
        if first is not None:  # "on Tuesday our fighters liberated Maabatli, and on Sunday of last week the town of X"
            out.append(PlaceRef(p.start, p.end, p.text, p.place, p.confidence, p.how, p.match))
            after = p.end
            continue
        same_day = _GAP_LATER.fullmatch(doc.text, after, p.start)
        if same_day is not None and (same_day.group("when") or _AS_WELL.match(doc.text, p.end)):
            out.append(p)  # "stormed and liberated al-Qarassi, and by the afternoon the village of Zeitan as well"
            after = p.end
            continue
        if not _GAP_AND.fullmatch(doc.text, after, p.start):
            break
        tail = _GAP_DATE.match(doc.text, p.end)
        date = next((d for d in s.dates if tail is not None and d.start == tail.end() and d.date is not None), None)
        if date is None:
            break
        out.append(p)
        after = date.end
    return out

def deal_place(doc: Doc, s: Sentence) -> list[PlaceRef]:
    """The one settlement (not a destination) the paragraph named before: what "the evacuation" was of."""
    named: dict[str, PlaceRef] = {}
    for x in doc.sentences[max(0, s.index - 3):s.index + 1]:
        if x.para != s.para:
            continue
        for p in x.places:
            if p.place is not None and p.place.kind in ("town", "village", "city", "neighbourhood", "district_area") \
                    and p.start < s.end and not R.DESTINATION_BEFORE.search(doc.text[max(0, p.start - 80):p.start]) \
                    and not MOVED_TO.search(doc.text[max(0, p.start - 80):p.start]):
                named[p.place.id] = p
    if len(named) != 1:
        return []
    p = next(iter(named.values()))
    return [PlaceRef(p.start, p.end, p.text, p.place, p.confidence * 0.6, "inherited")]

def headword(doc: Doc, s: Sentence) -> PlaceRef | None:
    """The place a glossary or gazetteer entry is about: "Hajin — Largest town of …", "Al-Shafah (Ash Sha'fah) — …"."""
    line_start = doc.text.rfind("\n", 0, s.start) + 1
    line_end = doc.text.find("\n", line_start)
    if doc.text.startswith("|", line_start) or doc.text[line_start:line_end if line_end >= 0 else None].count("|") >= 2:
        # a table row (with or without its outer bars): the place of its first cell that names one
        row = [p for x in doc.sentences[max(0, s.index - 3):s.index + 1] for p in x.places
               if line_start <= p.start and p.place is not None]
        return PlaceRef(row[0].start, row[0].end, row[0].text, row[0].place, row[0].confidence * 0.9, "inherited") \
            if row else None
    first = next((x for x in doc.sentences[max(0, s.index - 8):s.index + 1] if x.para == s.para), s)
    head = next((p for p in first.places if p.place is not None), None)
    if head is None or not re.fullmatch(r"[\s*•-]*", doc.text[first.start:head.start]) \
            or not _HEAD_DASH_AFTER.match(doc.text, head.end):
        return None
    return PlaceRef(head.start, head.end, head.text, head.place, head.confidence * 0.9, "inherited")

def row_places(doc: Doc, s: Sentence, a: int) -> list[PlaceRef]:
    """"23 Aug | Morek, Latamina, Kafr Zita | Opposition pocket abandoned; government forces move in": the places of the
    row's cell before the one a change is told in."""
    line_start = doc.text.rfind("\n", 0, a) + 1
    cell = doc.text.rfind("|", line_start, a)
    if cell < 0 or doc.text.count("|", line_start, a) < 2:
        return []
    place_cell = doc.text.rfind("|", line_start, cell)
    return [p for p in s.places if max(place_cell, line_start) <= p.start < cell and p.place is not None
            and p.place.kind not in ADMIN_KINDS]


def topic_label(doc: Doc, s: Sentence) -> PlaceRef | None:
    """A verbless line of the same paragraph that names one place ("2/ Big one first: Afrin city."): the
    place the paragraph's changes with no place of their own are about."""
    for x in reversed(doc.sentences[max(0, s.index - 2):s.index]):
        if x.para != s.para:
            break
        named = [p for p in x.places if p.place is not None and p.place.kind not in ADMIN_KINDS]
        if len(named) == 1 and len(x.text.split()) <= 10 and (not FINITE.search(x.text) or _FIRST_TO_GO.search(x.text)):
            p = named[0]
            return PlaceRef(p.start, p.end, p.text, p.place, p.confidence * 0.7, "inherited")
    return None

def named_next(doc: Doc, s: Sentence) -> PlaceRef | None:
    """The place the next sentence opens on with "The capture of X", if it does."""
    if s.index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[s.index + 1]
    first = next((p for p in nxt.places if p.place is not None), None)
    if first is None or not _NOMINAL_LEDE.fullmatch(doc.text[nxt.start:first.start]):
        return None
    return PlaceRef(first.start, first.end, first.text, first.place, first.confidence * 0.9, "coref", first.match)

def opens_on_unknown(doc: Doc, s: Sentence, a: int) -> bool:
    """Whether the sentence opens, before ``a``, on a name the gazetteer does not know ("Mansoura followed …")."""
    return any(q.place is None and q.start < a and re.fullmatch(r"\W*(?:the\s+)?", doc.text[s.start:q.start]) for q in s.places)


def town_named_last(doc: Doc, s: Sentence, a: int) -> list[PlaceRef]:
    """The town this sentence or the one before named last ("Regime forces drove the jihadists out on March 27"): none
    when the sentence opens on a name the gazetteer does not know ("Mansoura followed two days later, when … government
    troops moved in": that place, not the town before)."""
    if opens_on_unknown(doc, s, a):
        return []
    towns = [q for q in doc.refs_before(a) if q.place is not None and q.place.kind in ("town", "city", "village")
             and q.start >= doc.sentences[max(0, s.index - 1)].start
             and not R.LOCATIVE_BEFORE.search(doc.text[max(0, q.start - 25):q.start])]
    return [PlaceRef(towns[-1].start, towns[-1].end, towns[-1].text, towns[-1].place, 0.6, "inherited")] if towns else []

_FRONTED = re.compile(r"\W*(?:In|Inside|At)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?")

_SITES_TAKEN = re.compile(r"\s*(?:(?:the|its|all|several|most|some)\s+)*(?:[\w-]+\s+){0,2}?(?:checkpoints?|municipal(?:ity)?(?:\s+building)?|"
                          r"(?:state|government|public)\s+buildings|headquarters|police\s+station|town\s+hall|"
                          r"security\s+(?:branch|compound|quarter|posts?)|posts|positions)\b", re.IGNORECASE)

_DATE_THEN = re.compile(r",?\s+(?:the\s+(?:town|village|city)\s+of\s+)?")

_GAP_LATER = re.compile(r",?\s+and\s+(?:then\s+)?(?P<when>,?\s*(?:by|in|during)\s+the\s+(?:morning|afternoon|evening|night)|"
                        r"later\s+(?:that|the\s+same)\s+day|(?:soon|shortly)\s+after(?:wards)?|within\s+hours)?,?\s+"
                        r"(?:the\s+(?:town|village|city)\s+of\s+)?", re.IGNORECASE)
_AS_WELL = re.compile(r"\s+(?:as\s+well|too)\b")
_GAP_AND = re.compile(r"(?:\s+(?:after|following|amid|with|without)\s+[^,;.]{1,40}?)?(?:,?\s+and\s+(?:then,?\s+)?|(?<=\.);\s+)(?:of\s+)?"
                      r"(?:the\s+(?:town|village|city|area|district|region|hamlet)\s+of\s+)?")

# (also "Qardaha was retaken on Saturday after a short fight, and Beit Ana … on Sunday")
_GAP_DATE = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+and\s+its\s+(?:[\w-]+\s+){0,2}?(?:gas\s+field|oil\s+field|field|base|dam|airport|castle|"
                       r"citadel|bridge|crossing|outskirts|countryside|hills?))?"
                       r"(?:,\s*(?:the|a|an|its|with|including|along\s+with|together\s+with|\d+\s*km)\s[^,;.()]{1,50},)?,?\s+(?:(?:on|in|by)\s+)?")
# (and "Rajo the following day", "and Tabqa (al-Thawrah), with its dam, on 11 February")

_HEAD_DASH_AFTER = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:[—–:]|\s-)\s|"
                              # a gazetteer's "Huweija (Arabic: …; also Huwayjah). Village in the Sabkha subdistrict …"
                              r"\s*\([^()\n]{1,80}\)\.\s+(?:[A-Z][a-z]+\s+){0,2}?(?i:village|town|city|island|hamlet|district|"
                              r"suburb|neighbou?rhood|quarter|settlement|farm|hill|mountain|ridge|base|airbase|camp)s?\b")

_NOMINAL_LEDE = re.compile(r"\s*(?:The|Its|Their)\s+(?:re-?capture|capture|fall|loss|seizure|takeover|liberation)\s+of\s+"
                           r"(?:the\s+(?:town|village|city)\s+of\s+)?$")

_FIRST_TO_GO = re.compile(r"(?i)\b(?:first|next|last)\s+(?:\w+\s+){0,2}?to\s+(?:go|fall)\s+was\b")


def when_side(doc: Doc, s: Sentence, b: int, *, leaving: bool = False) -> ActorRef | None:
    """The side of a "when" clause right after the trigger's day ("…, when rebels closed the last road link"), unless it
    is the side that left (not "… cleansed on 20 October, when the last terrorists left it"); with ``leaving``, that one."""
    when = re.match(r"[^.;,]{0,40},\s+when\s+(?:the\s+)?", doc.text[b:s.end])
    if when is None:
        return None
    return next((r for r in s.actors if (r.start == b + when.end() or (
        b + when.end() <= r.start <= b + when.end() + 12 and r.how != "pronoun")) and leaving is bool(re.match(
        r"(?:\s+(?:and\s+)?[\w-]+){0,4}?\s+(?:\w+ly\s+)?(?:left|withdrew|fled|pulled|surrendered|evacuated|departed|abandoned|"
        r"retreated|were|was|had\s+left)\b", doc.text[r.end:r.end + 50]))), None)
    # (nor "Sarrin … fell two days later, when the few YPG and FSA fighters there pulled back")


_SITES_THERE = re.compile(r"(?i)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:positions|posts|checkpoints|defen[cs]es|lines|"
                          r"garrison|base|barracks|compound)\s+there\b")


def town_there(doc: Doc, s: Sentence, a: int, b: int) -> list[PlaceRef]:
    """The town a trigger's "the army positions there" points at: the one named just before ("Anadan … proved harder.
    Rebel units attacked the army positions there on 24 July"), not a road's destination ("on the road to Jisr al-Shughur
    …, after the militias abandoned their checkpoints there")."""
    if not _SITES_THERE.match(doc.text, b):
        return []
    return [q for q in town_named_last(doc, s, a) if not R.DESTINATION_BEFORE.search(doc.text, max(0, q.start - 40), q.end)]
