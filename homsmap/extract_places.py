"""Which places a trigger governs: the places half of :mod:`homsmap.extract` (see :mod:`homsmap.extract_parse`
for the reading half).

:func:`_triggers` finds a sentence's triggers; :func:`_object_places`, :func:`_subject_places` and
:func:`_clause_places` (with :mod:`homsmap.extract_antecedents` for lists, relative clauses and appositions) find the places
a trigger's object, subject or clause names, lists included ("captured A, B and C", "among them X"),
leaving out destinations, bearings ("north of X") and containers ("the Jobar neighbourhood of
Damascus"). :mod:`homsmap.extract_coref` reads "the city", "the town", "it" and the like as the places
named before; :mod:`homsmap.extract_layout` finds the places that layout and narrative supply.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.extract_cues import _ENTRY_HEAD, _ITEM_HEAD, _LAST_POSITIONS, _POSITIONS_IN, _SITE_IN, _TERSE_HEAD
from homsmap.extract_parse import _AREA_KINDS, Doc, PlaceRef, Sentence, quick_resolve
from homsmap.gazetteer import ADMIN_KINDS, Gazetteer, Place, strip_cues
from homsmap.names import normalize_name
from homsmap.resolve import Context, Match, resolve

__all__ = ["MOVED_TO"]

_WORD = re.compile(r"[^\s,;:()\"“”#]+")  # (a hashtag's "#" is not a word: "an attack on #Rahjan")
_MODIFIER_NOUN = re.compile(r"\s+(?:town|city|village|countryside|province|governorate|front|offensive|region|desert|"
                            r"border|road|highway)\b", re.IGNORECASE)


# an almanac's dated line up to its participle: "2018 — 22 July: Jubata al-Khashab ", "3 November: Kafr Shams "
_DATED_ENTRY = re.compile(r"\W*(?:(?:19|20)\d\d\s+[—–-]\s+)?\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+(?:19|20)\d\d)?\s*[:—–-]\s+"
                          r"(?:[ae][lrsdntz]-)?[A-Z][\w'’-]*(?:\s+(?:[ae][lrsdntz]-)?[A-Za-z][\w'’-]*){0,3}\s")


def _triggers(s: Sentence) -> list[tuple[int, int, R.TriggerSpec, re.Match[str]]]:
    found = []
    low = s.text.lower()
    for order, spec in enumerate(R.TRIGGERS):
        if spec.needles and not any(n in low for n in spec.needles):
            continue
        for m in spec.pattern.finditer(s.text):
            if spec.name == "participle-item" and not _ITEM_HEAD.fullmatch(s.text, 0, m.start()) and not (
                    _ENTRY_HEAD.match(s.text) and re.search(r"(?:[—–;]\s|^)$", s.text[:m.start()])) and not (
                    _TERSE_HEAD.fullmatch(s.text, 0, m.start()) and re.match(r"\s+\d", s.text[m.end():])):
                continue  # only a list item's places: "– Morek, Kafr Zita and al-Lataminah taken … on 23 August", or a
                # list entry's ("Jisr al-Shughur — Captured 25 April …", "Ariha — Hill town on the M4; taken on 28 May")
            if spec.name == "participle" and re.search(r"[a-z'’)] $", s.text[:m.start()]) and not re.search(
                    r"\b(?:[Vv]illage|[Tt]own) $", s.text[:m.start()]) and not _DATED_ENTRY.fullmatch(
                    s.text, 0, m.start()):
                continue  # (a participle after a name: only in "22 July: Jubata al-Khashab handed over to …")
            found.append((s.start + m.start(), s.start + m.end(), order, spec, m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
    kept: list[tuple[int, int, R.TriggerSpec, re.Match[str]]] = []
    for a, b, _o, spec, m in found:
        if kept and a < kept[-1][1]:
            continue
        kept.append((a, b, spec, m))
    return kept


def _tokens(gap: str) -> list[str]:
    return _WORD.findall(gap)


_PLACE_NOUNS = frozenset("town towns village villages city district suburb hamlet hub quarter neighbourhood "
                         "neighborhood community settlement".split())


_SECT_WORDS = frozenset("nusayri nusairi alawite rafidi safavid".split())  # "storm the Nusayri airport in Deir ez-Zor"


def _filler_ok(gap: str, *, words: frozenset[str] | None = None, limit: int = 9) -> bool:
    """Whether the words between a trigger and a place leave the place its object: lowercase words that
    are not prepositions, conjunctions or verbs ("the ancient city of", "most of the", "the outskirts of")
    or, with ``words``, only those words."""
    for cue in ("including", "among them", "among which", "such as", "notably"):
        if cue in gap:
            gap = gap.rsplit(cue, 1)[1]  # "a string of towns in the countryside, among them X"
    if any(ch in gap for ch in ".;()"):
        return False
    if "," in gap and re.search(r",\s+(?:the|its|their|a|an)\s+(?:\w+\s+){0,3}?\w+(?:s|ed)\s", gap):
        return False  # "the fall of the castle, the government tightens its hold over X": another clause
    toks = _tokens(gap)
    if len(toks) > limit:
        return False
    if words is not None:
        return all(t.lower() in words or t.isdigit() for t in toks)
    for i, t in enumerate(toks):
        low = t.lower()
        if t.isdigit() or low in R.ALLOWED_FILLER:
            continue
        if low.endswith("ing") and i + 1 < len(toks) and toks[i + 1].lower() in _PLACE_NOUNS:
            continue  # "the farming town of", "the trading hub of": a modifier, not a verb
        if low in R.NATIONALITIES or low in _SECT_WORDS or re.fullmatch(r"[\w.]+-(?:held|controlled|dominated|besieged|run|led|era|majority|"
                                                   r"populated|speaking)", low):
            continue  # "the Syrian city of", "the Kurdish-held city of", "the IS-held town of", "the Roman-era town of"
        if not t[:1].islower() or low in R.BLOCKED_FILLER or low.endswith("ing") or not re.fullmatch(r"[a-z'’-]+", low):
            return False
    return True


def _undated(s: Sentence, a: int, b: int) -> str:
    """``text[a:b]`` without the dates in it and their prepositions: "X on May 8 and Y the following day"
    is still a list."""
    chars = list(s.text[a - s.start:b - s.start])
    for d in s.dates:
        if a <= d.start and d.end <= b:
            prep = _DATE_PREP.search(s.text[max(0, d.start - s.start - 12):d.start - s.start])
            lo = d.start - (len(prep.group()) if prep else 0)
            for k in range(max(a, lo), d.end):
                chars[k - a] = " "
    return "".join(chars)


def _day_then_object(s: Sentence, a: int, b: int) -> bool:
    """"seized on Tuesday the town of X": a day told right after the verb, then the words of an object."""
    rest = _undated(s, a, b)
    lead = len(rest) - len(rest.lstrip(" ,"))  # (and "entered on Thursday, 5 December, the villages of X": the commas
    # around the date)
    return lead > 1 and "," not in rest[lead:] and not re.search(r"(?i)\b(?:and|or|but)\b", rest) \
        and any(d.start <= a + lead <= d.end + 2 for d in s.dates) and _filler_ok(rest[lead:])


_DATE_PREP = re.compile(r"\b(?:(?:late|early)\s+)?(?:on|in|by)\s+$", re.IGNORECASE)


# "to the town of Deir Hafer and to a number of villages and farms around it, most importantly A, B and C"
_NAMED_AMONG = re.compile(
    r"(?i)^(?:\s+and\s+(?:to\s+)?(?:a\s+number\s+of|several|some|many|dozens\s+of|a\s+string\s+of|other)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:villages|farms|towns|hamlets|hills|points|positions|areas)\s+(?:around|near|surrounding|in|outside)\s+(?:it|them|the\s+town|"
    r"the\s+city)\s*)?,\s+(?:most\s+importantly|most\s+notably|notably|including|chief(?:ly)?\s+among\s+them|among\s+them|"
    r"especially|in\s+particular)\s+$")


def _sep_ok(sep: str) -> bool:
    sep = re.sub(r"(?i),?\s+(?:together|along)\s+with\s+", " and ", sep)  # ("took al-Tabqa, together with the Tabqa Dam")
    sep = re.sub(r"^,\s+(?:the|a|an)\s+[^,;.()]{1,60},(?=\s+(?:and|or)\s)", ",", sep)  # ("took Dhiban, the seat of the
    # Uqaydat sheikh, and Shuhayl")
    sep = _NAMED_AMONG.sub(" and ", sep)
    toks = _tokens(sep)
    if any(ch in sep for ch in ".;():") or len(toks) > 8 or R.LOCATIVE_BEFORE.search(sep):
        return False
    return all(t.lower() in R.LIST_WORDS or t.lower() in R.ALLOWED_FILLER for t in toks)


_LEAD_PREP = re.compile(r"\b(?P<p>to|into|from|in|of|over|on)\s+(?:the\s+)?(?:(?:town|city|village|villages|towns)\s+of\s+)?$",
                        re.IGNORECASE)


def _same_prep(lead: str, sep: str) -> str:
    """A list whose members repeat the first one's preposition ("restored security to al-Nabaain and to Hill 45")
    reads as one without it.

    >>> _same_prep("restored security to ", " and to ")
    ' and '
    >>> _same_prep("captured ", " and to ")
    ' and to '
    """
    m = _LEAD_PREP.search(lead)
    if m is None:
        return sep
    return re.sub(rf"(?i)(,?\s+(?:and|or|as\s+well\s+as)\s+){m.group('p')}\s+(?:the\s+)?((?:(?:town|village|city|hamlet)\s+of\s+)?)$",
                  r"\1\2", sep)


_AREA_AFTER = re.compile(r"\s+(?:area|region|countryside|pocket|front|axis|environs|canton|enclave|"
                         r"(?:de-?escalation\s+|buffer\s+|safe\s+)?zone)\b", re.IGNORECASE)
_REGION_AFTER = re.compile(r"\s+(?:region|countryside|suburbs|canton|enclave|(?:de-?escalation\s+|buffer\s+|safe\s+)?zone|coast|coastline|"
                           r"littoral|mountains|desert|plain|highlands|pocket|salient|bulge)\b",
                           re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:villages?|towns?|hamlets?|settlements?)\b", re.IGNORECASE)
_SETTLEMENTS_AFTER = re.compile(r"\s+(?:villages|hamlets|settlements)\b")  # (plural: "Quneitra villages")
_ROUTE_AFTER = re.compile(r"\s+(?:junction|crossroads|intersection|interchange|roundabout|road|highway|motorway|bypass)\b",
                          re.IGNORECASE)


def _alias_refs(s: Sentence, a: int, b: int, gaz: Gazetteer) -> list[PlaceRef]:
    """Lowercase curated names right after a trigger ("the engineering battalion facility")."""
    seg = s.text[a - s.start:b - s.start]
    words = list(re.finditer(r"(?<![\w-])[a-z][a-z']+(?![\w-])", seg[:80]))
    for n in (4, 3, 2):
        for i in range(len(words) - n + 1):
            chunk = seg[words[i].start():words[i + n - 1].end()]
            inner = [w.group() for w in words[i:i + n]]
            if inner[0] in ("the", "a", "an") or any(w in R.BLOCKED_FILLER or w in ("of", "the") for w in inner) \
                    or not re.fullmatch(r"[a-z' ]+", chunk):
                continue
            if strip_cues(normalize_name(chunk))[0] not in gaz.by_key:
                continue
            r = resolve(gaz, chunk)
            if r.resolved and r.place is not None and r.method in ("alias", "exact") and r.confidence >= 0.8:
                return [PlaceRef(a + words[i].start(), a + words[i + n - 1].end(), chunk, r.place, 0.8, "alias")]
    return []


_NOT_NAMES = R.NATIONALITIES | {m.lower() for m in (*calendar.month_name[1:], *calendar.day_name)}
_NAME_CHUNK = re.compile(r"(?:(?:[Aa][lrsdzn]|[Ee]l)[-\s])?[A-Z][\w'’]+(?:[-\s](?:(?:al|el|ad|ar|as|az|an)-)?[A-Z][\w'’]+)*")


def _by_neighbours(r: Match, neighbours: Sequence[Place]) -> tuple[Place | None, float]:
    """Of same-named villages, the one next to its neighbours in the list, when the others are far."""
    if r.status != "ambiguous" or not neighbours:
        return None, 0.0
    ranked = sorted((min(c.place.distance_km(n) for n in neighbours), i) for i, c in enumerate(r.candidates[:6]))
    if len(ranked) >= 2 and ranked[0][0] <= 5.0 and ranked[1][0] >= 3 * ranked[0][0] + 2:
        return r.candidates[ranked[0][1]].place, 0.6
    return None, 0.0


def _resolve_chunks(doc: Doc, a: int, b: int, got: Sequence[PlaceRef], gaz: Gazetteer,
                    after: Sequence[PlaceRef] = ()) -> list[PlaceRef] | None:
    """Names a list runs together that the geoparser passed over ("Al-Wazi'iya Al-Ghasibiyya",
    "Dumayr, Jayrud, and al-Naseriyah"), resolved with the list's other places as context; ``None``
    unless every capitalised word of ``text[a:b]`` is such a name and the rest joins a list."""
    anchors = tuple((p.place.lat, p.place.lon, 1.0) for p in got if p.place is not None)
    text = doc.text[a:b]
    found: list[PlaceRef] = []
    rest = text
    neighbours = [p.place for p in (*got[-1:], *after) if p.place is not None]
    for m in _NAME_CHUNK.finditer(text):
        if after and text[m.end():].isspace():
            rest = rest.replace(m.group(), " ", 1)  # "Tell Mardikh": a prefix of the next name, not a place
            continue
        if m.group().lower() in _NOT_NAMES:
            return None
        r = quick_resolve(gaz, m.group(), context=Context(anchors=anchors))
        if r is None:
            return None
        place, conf = (r.place, r.confidence * 0.9) if r.resolved else _by_neighbours(r, neighbours)
        if place is None or place.kind in ADMIN_KINDS:
            return None
        if neighbours and min(place.distance_km(n) for n in neighbours) > 60.0:
            return None  # a list names places near each other
        found.append(PlaceRef(a + m.start(), a + m.end(), m.group(), place, conf, "list"))
        rest = rest.replace(m.group(), " ", 1)
    return found if rest != text and _sep_ok(rest) else None


def _object_places(doc: Doc, s: Sentence, refs: list[PlaceRef], a: int, stop: int,
                   gaz: Gazetteer | None = None, *, attack: bool = False) -> list[PlaceRef]:
    out: list[PlaceRef] = []
    broken = False
    landmark_end = -1  # "Bab al-Khair, east of Ras al-Ain, and Umm Harmala": Ras al-Ain only locates a member
    kind_of: PlaceRef | None = None
    for k, p in enumerate(refs):
        if p.start < a or p.start >= stop:
            continue
        if attack and re.match(r"\s+(?:fronts?|frontlines?|front\s+lines?|axis|axes|sectors?)\b", doc.text[p.end:p.end + 14]):
            if out and re.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, p.start - 10):p.start]):
                break  # "an attack on Rahjan from the Umm Miyal axis": where the attack came from
            out.clear()  # "the attacks on the Tishrin Dam front", "on the Tal Rifaat and Manbij fronts": an area of
            break  # fighting, not the place itself
        if not out and k + 1 < len(refs) and _KIND_OF.fullmatch(doc.text, p.end, refs[k + 1].start) and not (
                p.place is not None and p.place.kind in ("neighbourhood", "district_area")
                and (nxt := refs[k + 1].place) is not None and nxt.kind in ("city", "town")):
            kind_of = p  # "took over the Damascus suburb of Daraya": Damascus only says where Daraya is (but "the Baba
            continue  # Amr neighbourhood of Homs" is Baba Amr)
        if out and _MEMBER_LANDMARK.fullmatch(doc.text, out[-1].end, p.start) and landmark_end < out[-1].end:
            landmark_end = p.end
            continue
        if out and re.fullmatch(r",\s+the\s+(?:[\w-]+\s+){0,3}", doc.text[out[-1].end:p.start]) and (re.search(
                r"(?i)\s(?:district|neighbou?rhood|quarter|suburb)$", p.text) or re.match(
                r"(?i)\s+(?:district|neighbou?rhood|quarter|suburb)\b", doc.text[p.end:p.end + 14])):
            continue  # "pulled out of Salaheddine, the southwestern Aleppo district they had held": Aleppo's district
        if not out:
            gap = doc.text[a:(kind_of.start if kind_of is not None and kind_of.end <= p.start else p.start)]
            if _PLURAL_HEAD.fullmatch(gap):
                out.append(p)  # "took the last rebel-held towns in the Hama countryside, Kafr Zita, …": the list
                continue
            if _PLURAL_HEAD_IN.fullmatch(gap) and _PLURAL_HEAD.match(doc.text, a) is not None and (
                    p.place is None or p.place.kind in ADMIN_KINDS or _AREA_AFTER.match(doc.text, p.end)):
                continue  # ("the Hama countryside" only says where the list is)
            if attack and _POSITIONS_IN.fullmatch(gap) and p.place is not None and p.place.kind in (
                    "city", "town", "village", "neighbourhood", "facility", "airbase"):
                out.append(p)  # "attacked SDF positions inside Ain Issa": the place fought for
                continue
            if (R.LOCATIVE_BEFORE.search(gap) or _BEARING_NEAR.search(gap)) and "including" not in gap[-12:]:
                continue  # (and "captured a village southeast of the northern town of Manbij": Manbij only locates it)
            if _REGION_AFTER.match(doc.text, p.end) and p.place is not None and p.place.kind in ("town", "city", "village"):
                continue  # "entered the Afrin region", "an offensive on the Latakia coast": the region, not the town
            if _SETTLEMENT_AFTER.match(doc.text, p.end) and p.place is not None and p.place.kind in (
                    "region", "mountain", *ADMIN_KINDS):
                continue  # "takes another Qalamoun village": the region only says where the village is
            if _SETTLEMENTS_AFTER.match(doc.text, p.end) and p.place is not None and p.place.kind in ("city", "town"):
                continue  # "Syrian army enters Quneitra villages": the villages of its province, not the city
            if _ROUTE_AFTER.match(doc.text, p.end) and p.place is not None and p.place.kind == "city":
                continue  # "pulls back from key Idlib junction": a road or junction named for a city is not the city
                # (but "seized the al-Basiri crossroads": a village's crossroads is the village)
            if attack is False and _LAST_POSITIONS.fullmatch(gap) and p.place is not None and p.place.kind in (
                    "city", "town", "village", "neighbourhood", "district_area"):
                out.append(p)  # "overran the last army positions in the nearby town of Azaz": the town
                continue
            if attack is False and _SITE_IN.fullmatch(gap):
                out.append(p)  # "seized the artillery college complex in Ramouseh": the site in the place
                continue
            if _NAME_THEN_PAREN.fullmatch(gap):
                out.append(p)  # "the liberation of the town of Girê Spî (Tel Abyad)": the name the gazetteer knows
                continue
            if not _filler_ok(gap) and not (kind_of is None and _day_then_object(s, a, p.start)):
                # (but "seized on Tuesday the town of X": a day between the verb and its object)
                missed = _missed_name(doc, a, p.start, gaz)
                unknown = _UNKNOWN_FIRST.fullmatch(gap) if missed is None else None
                if unknown is not None and _filler_ok(unknown.group("pre")) and _filler_ok(unknown.group("post")):
                    out.append(p)  # "seizing the hill of Tal al-Harra (not in the gazetteer) and the town of al-Harra"
                    continue
                if missed is None:
                    broken = True
                    break
                out.append(missed)
            out.append(p)
        elif _container(doc, refs, p) or _MODIFIER_NOUN.match(doc.text, p.end) \
                or _TOWN_OF.fullmatch(doc.text, out[-1].end, p.start):
            continue  # "Kafr Nabl, the southern Idlib town", "Rabia, the main town of Jabal al-Turkman": which town
        elif _sep_ok(_same_prep(doc.text[max(0, a - 12):out[0].start], _KIND_TAIL.sub(
                "", _undated(s, (last := max(out[-1].end, landmark_end)), p.start), count=1))) and not (
                re.search(r",\s+(?:and|or)\b", doc.text[last:p.start])
                and _undated(s, last, p.start) != doc.text[last:p.start]):
            # a date inside a list ("X on May 8 and Y the following day"), but not a date that ends a clause
            # ("stormed into Aleppo on Nov. 29, and Hama, which …, fell")
            if doc.text[out[-1].end:p.start].isspace() and _fragment(out[-1], p, gaz):
                out[-1] = p  # "Tell Mardikh" read as "Tell" (a town far away) + "Mardikh": keep the near one
            else:
                out.append(p)
        elif gaz is not None and (more := _resolve_chunks(doc, out[-1].end, p.start, out, gaz, [p])) is not None:
            out.extend([*more, p])
        else:
            broken = True
            break
    if out and gaz is not None and not broken:
        tail = _LIST_TAIL.match(doc.text, out[-1].end, min(stop, out[-1].end + 80))
        if tail and (more := _resolve_chunks(doc, out[-1].end, tail.end(), out, gaz)) is not None:
            out.extend(more)
    return out


_TOWN_OF = re.compile(r",\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|capital|seat)\s+of\s+(?:the\s+)?", re.I)
# "the last rebel-held towns in the northern Hama countryside, Kafr Zita, …": a plural head, then its list
_PLURAL_NOUN = (r"\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:towns|villages|cities|hamlets|settlements|localities|neighbou?rhoods|"
                r"districts|quarters|suburbs)")
_PLURAL_HEAD = re.compile(_PLURAL_NOUN + r"(?:\s+(?:in|of|on|along|near|across)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?"
                          r"\s*(?:,|:|—|–|\s-)\s*(?:namely\s+)?", re.IGNORECASE)
_PLURAL_HEAD_IN = re.compile(_PLURAL_NOUN + r"\s+(?:in|on|along|near|across)\s+(?:the\s+)?(?:[\w'’-]+\s+)?", re.IGNORECASE)
_MEMBER_LANDMARK = re.compile(r",\s*(?:(?:about|some|around|roughly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                              r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:on|along)\s+the\s+(?:[\w-]+\s+)?(?:highway|road|"
                              r"motorway)\s+(?:from|to)|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?",
                              re.IGNORECASE)  # (and "Kabajeb, on the highway from Palmyra, and …": Palmyra only locates it)
# "the Yarmouk Palestinian camp and neighbouring al-Hajar al-Aswad": the kind word after a list member
_KIND_TAIL = re.compile(r"^\s+(?:(?:Palestinian|Kurdish|Christian|Druze|Alawite|Armenian|Turkmen|Shiite|Sunni)\s+)?"
                        r"(?:refugee\s+)?(?:camp|town|village|city|district|neighbou?rhood|quarter)\b(?=[\s,])")
_UNKNOWN_FIRST = re.compile(r"(?P<pre>[^A-Z]*?)(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|az|an)-)?(?-i:[A-Z])[\w'’-]*){0,3}"
                            r"(?:,\s*and\s+|,\s*|\s+and\s+)(?P<post>[^A-Z]*)")
_NAME_THEN_PAREN = re.compile(r"\s*(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?[A-Z][^\s(),.;]*"
                              r"(?:\s+[A-Z][^\s(),.;]*){0,3}\s*\(\s*")
_PARTICLE_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:des|de|du|la|le|el|al|ad|ash|as|az)\s+[A-Z][\w'’-]+"
                            r"|\s+[A-Z][\w'’-]+)*")


def _missed_name(doc: Doc, a: int, b: int, gaz: Gazetteer | None) -> PlaceRef | None:
    """"captured the castle of Krak des Chevaliers and the village of X": a first name of the list that the
    geoparser passed over (a lowercase particle inside it), when the gazetteer knows it."""
    if gaz is None:
        return None
    for m in _PARTICLE_NAME.finditer(doc.text, a, b):
        if m.group().lower() in _NOT_NAMES:
            continue
        if not _filler_ok(doc.text[a:m.start()]):
            return None
        if not _sep_ok(doc.text[m.end():b]) or not re.search(r"\b(?:and|or)\b|,", doc.text[m.end():b]):
            continue
        r = quick_resolve(gaz, m.group())
        if r is None or not r.resolved or r.place is None or r.confidence < 0.8 or r.place.kind in ADMIN_KINDS:
            return None
        return PlaceRef(m.start(), m.end(), m.group(), r.place, r.confidence * 0.9, "list")
    return None


def _fragment(left: PlaceRef, right: PlaceRef, gaz: Gazetteer | None) -> bool:
    """Two names with only a space between that are one name the gazetteer lacks: the left one is a
    fragment when the joined name resolves to the right one's place or is unknown and the left is far."""
    if gaz is None or left.place is None or right.place is None:
        return False
    return left.place.distance_km(right.place) > 50.0


_LIST_TAIL = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?(?:(?:[Aa][lrsdzn]|[Ee]l)-)?[A-Z][\w'’-]+|,\s+(?:(?:[Aa][lrsdzn]|[Ee]l)-)?"
                        r"[A-Z][\w'’-]+(?=\s*[,.;]|\s+(?:and|or)\b)")


_APPOSITION_TO = re.compile(r",\s+(?:the|a|an|its|their)\s+[^,;()]{1,40}")  # ("Yabroud, the region's rebel hub,")


def _incident_places(doc: Doc, refs: list[PlaceRef], a: int, b: int, c0: int, c1: int) -> list[PlaceRef]:
    """The places an air strike or shelling hit: those after the word, else the one before it."""
    after = [p for p in refs if b <= p.start < c1 and p.place is not None]
    out: list[PlaceRef] = []
    for p in after:
        gap = doc.text[(out[-1].end if out else b):p.start]
        if len(gap.split()) > 12 or any(ch in gap for ch in ".;"):
            break
        out.append(p)
    if out:
        return out
    before = [p for p in refs if c0 <= p.start and p.end <= a and p.place is not None]
    return before[-1:]


_SITE_OF = re.compile(r"(?i)\b(?:base|barracks|headquarters|garrison|compound|academy|college|hospital|prison|silos?|factory|"
                      r"plant|station)\s+(?:on\s+the\s+(?:edge|edges|outskirts|fringes?)\s+of|near|outside)\s+(?:the\s+)?$")


def _subject_places(doc: Doc, refs: list[PlaceRef], clause_start: int, a: int) -> list[PlaceRef]:
    relative = re.search(r",\s+(?:which|that)\s+$", doc.text[max(0, clause_start - 10):clause_start])
    if relative and re.fullmatch(r"[\s\w'’-]*", doc.text[clause_start:a]) and len(doc.text[clause_start:a]) < 40:
        # "Buwaydah al-Sharqiyah, which fell to government forces": the place the relative clause follows
        start = clause_start - 10 + relative.start()
        prior = [p for p in refs if p.end <= start and (doc.text[p.end:start].strip(" ,") == ""
                                                        or _APPOSITION_TO.fullmatch(doc.text, p.end, start))]  # ("Yabroud, the region's rebel hub,
        return prior[-1:]  # which fell on 16 March": past an appositive)
    before = [p for p in refs if clause_start <= p.start and p.end <= a]
    # "the town of Suluk, south-east of Tal Abyad, had been taken": the place before a locative appositive
    apposition = _APPOSITIVE.search(doc.text, clause_start, a)
    if apposition and not _filler_ok(apposition.group("rest"), words=R.SUBJECT_FILLER, limit=4):
        apposition = None
    if apposition:
        before = [p for p in before if not apposition.start() <= p.start < apposition.start("rest")]
    # "the villages of A east of Tel Abyad and B west of Resulayn were cleared": A and B, not the landmarks
    # "The two towns in the northern Homs countryside came back under government control": the towns, not the area
    before = [p for p in before if not re.search(r"(?i)\b(?:towns|villages|cities|areas|positions|pocket|enclave|front)\s+"
                                                 r"(?:in|across)\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west|north|south)"
                                                 r"(?:ern)?\s+)?$", doc.text[max(0, p.start - 40):p.start])]
    # (nor "The rebel pocket in northern Hama was abandoned": the pocket, not the city)
    if re.match(r"(?i)\W*(?:and\s+)?(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:road|roads|highway|route|supply\s+lines?|corridor|"
                r"motorway|link)\s+(?:between|from|to|linking|connecting|leading\s+to|into)\s",
                doc.text[clause_start:before[0].start] if before else ""):
        return []  # "the road between Aleppo and the towns of Nubl and al-Zahraa is fully secured": the road
    if before and all(_SITE_OF.search(doc.text, max(0, p.start - 40), p.start) for p in before):
        return []  # "The Division 17 base on the edge of al-Raqqa fell on 25 July": the base, not the city
    bearing = [p for p in before if R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])]
    if bearing and len(bearing) < len(before):
        before = [p for p in before if p not in bearing]
    elif bearing and re.search(r"(?i)\b(?:bases|positions|posts|checkpoints|outposts|barracks|hills|farms)\b[^.;]{0,25}$",
                               doc.text[clause_start:bearing[0].start]):
        return []  # "the government's remaining bases north of the city fell": not the city
    out: list[PlaceRef] = []
    for p in reversed(before):
        if not out:
            gap = _ITS_PART.sub("", _BEARING_TAIL.sub("", _SITE_NOUN.sub("", re.sub(r"^\s*\([^()]{1,40}\)", " ", doc.text[p.end:a]),
                                                                           count=1)))  # ("The Sheikh Suleiman base west of Aleppo falls")
            if doc.text[p.start - 1:p.start] == "(":
                gap = re.sub(r"^\s*\)", " ", gap)  # "Resulayn (Ras al-Ayn) has been taken": the name in brackets
            gap = re.sub(r"(?i)\b(?:reported|said|believed|understood|known|thought|alleged|rumou?red)\s+to\s*$", " ", gap)
            # ("the towns of Al-Fuah and Kafraya are reported to be fully encircled")
            gap = re.sub(r"^,\s*(?:to|in|on)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+(?:side|edge|flank))?"
                         r"(?:\s+of\s+[^,;.]{1,40})?,", " ", gap)  # ("Qabasin and Bza'a, to the north-east, fell")
            if apposition and p.end <= apposition.start():
                gap = _BEARING_TAIL.sub("", doc.text[p.end:apposition.start()]) + " " + apposition.group("rest")
            if not _filler_ok(gap, words=R.SUBJECT_FILLER, limit=4):
                break
            out.append(p)
        elif _sep_ok(_BEARING_TAIL.sub("", doc.text[p.end:out[-1].start])) and not re.search(
                r"(?i)\b(?:to|towards?|into)\s+(?:the\s+)?$", doc.text[max(0, p.start - 12):p.start]):
            out.append(p)  # (not "the SDF fell back toward Ain Issa, and Suluk, to the south-east, fell": a destination)
        else:
            break
    return out[::-1]


_SITE_NOUN = re.compile(r"^(?=\s+(?:military\s+)?(?:base|air\s*base|airport|barracks|checkpoint)\s+(?:north|south|east|west))\s+(?:military\s+)?"
                        r"(?:base|air\s*base|airport|barracks|checkpoint)\b", re.IGNORECASE)
_BEARING_TAIL = re.compile(r"^\s+(?:on|along)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:front|axis|flank)\b|"
                           r"^\s+(?:(?:(?:in|to)\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                           r"\s+of|near|outside|"  # (and "… Kafr Zita and Lahaya in the north of Hama province were freed")
                           r"close\s+to|beside|next\s+to)\s+"
                           r"(?:(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?:(?:(?:al|el|ar|as|ad|az|an)-)?[A-Z][\w'’-]*(?:[\s-]+(?:al|el|ar|as|ad|az|an)?-?[A-Z]?[\w'’-]*){0,3})(?=\s)|"
                           r"the\s+(?:city|town|village|provincial\s+capital|capital)(?=[\s,]))")  # (and "north of the city")


_KIND_OF = re.compile(r"\s+(?:(?:rebel|opposition|government|regime|army|jihadist|militant|insurgent)(?:-held)?\s+)?"
                      r"(?:suburb|district|neighbou?rhood|quarter|countryside|town|village|city|area|region|camp|bastion|stronghold|"
                      r"enclave)\s+of\s+"
                      r"(?:the\s+)?", re.IGNORECASE)
# "Qalaat al-Madiq and its hilltop citadel are taken over": the place with a part of it
_ITS_PART = re.compile(r"^\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:citadel|castle|fort|fortress|air\s?base|base|airport|"
                       r"surroundings|outskirts|suburbs|countryside|environs|hills?|farms|orchards|villages?|bridge|dam|"
                       r"crossing|border\s+(?:gate|crossing))(?:\s+(?:over|on|across)\s+the\s+(?-i:[A-Z])[\w'’-]+)?(?=\s)",
                       re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s*(?:[\w'’-]+\s+){0,3}?(?<!town\s)(?<!city\s)(?<!village\s)(?<!district\s)"
                         r"(?:of|near|outside|from)\s+[^,;.]{1,50},(?P<rest>[^,;.]{0,40})$")  # (not ", the town of X,")
_CONTAINER_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|districts?|quarters?|suburbs?|outskirts|parts?|countryside|"
                               r"centre|center|province|governorate|camp|old\s+city)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$",
                               re.IGNORECASE)


def _container(doc: Doc, refs: Sequence[PlaceRef], p: PlaceRef) -> bool:
    """"the Jobar neighbourhood of Damascus": Damascus only says where Jobar is."""
    if any(0 <= p.start - q.end <= 20 and q is not p and re.search(r"(?i)\b(?:district|neighbou?rhood|quarter|camp|suburb)s?$", q.text)
           and re.fullmatch(r"\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?", doc.text[q.end:p.start]) for q in refs):
        return True  # "the Baba Amr district of Homs"
    return any(0 <= p.start - q.end <= 50 and q is not p and re.fullmatch(
        r",?\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?", doc.text[q.end:p.start][:_cut_at(doc.text[q.end:p.start])])
        and _CONTAINER_BEFORE.search(doc.text[q.end:p.start]) for q in refs)


def _cut_at(gap: str) -> int:
    m = _CONTAINER_BEFORE.search(gap)
    return m.start() if m else 0


_COMPARED = re.compile(r"(?i)\b(?:to|with|as)\s+(?:that|those)\s+of\b")


def _clause_places(doc: Doc, refs: list[PlaceRef], c0: int, c1: int) -> list[PlaceRef]:
    if (cmp := _COMPARED.search(doc.text, c0, c1)) is not None:
        c1 = cmp.start()  # "a truce … tied the town's fate to that of al-Fu'ah and Kafriya": not a place of the truce
    return [p for p in refs if c0 <= p.start < c1 and not R.DESTINATION_BEFORE.search(doc.text[c0:p.start][-80:])
            and not R.SENT_TO_BEFORE.search(doc.text[max(c0, p.start - 100):p.start])
            and not R.LEFT_FOR_BEFORE.search(doc.text[max(c0, p.start - 130):p.start])
            and not R.LOCATIVE_BEFORE.search(doc.text[c0:p.start][-25:]) and not _container(doc, refs, p)
            and not _BEARING_NEAR.search(doc.text[c0:p.start][-60:])  # (nor "west of the government-held town of Qara")
            and not (_APPOSITIVE_IN.search(doc.text[c0:p.start][-70:]) and re.match(r"\s*,", doc.text[p.end:p.end + 3]))]
# "Nawa, a town in western Daraa, surrendered": the town, not the province around it
_APPOSITIVE_IN = re.compile(r"(?i),\s*(?:a|an|the)\s+[^,;.()]{0,50}?\bin\s+(?:(?:northern|southern|eastern|western|north|"
                            r"south|east|west|rural|central)\s+)?(?:the\s+)?$")


_BEARING_NEAR = re.compile(r"(?i)\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside|near|around)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){1,3}$")


def _inherit_area(s: Sentence, prior: Sequence[Sentence]) -> PlaceRef | None:
    for earlier in (s, *reversed(prior)):
        if earlier.para < s.para - 1:
            break
        text = earlier.text
        areas = [p for p in earlier.places if p.place is not None and p.place.kind in _AREA_KINDS
                 and not R.DESTINATION_BEFORE.search(text[max(0, p.start - earlier.start - 80):p.start - earlier.start])]
        if areas:
            p = areas[-1]
            return PlaceRef(p.start, p.end, p.text, p.place, p.confidence * 0.6, "inherited")
    return None


MOVED_TO = re.compile(r"(?i)\b(?:moved|taken|bussed|bused|transferred|evacuated|sent|relocated|passage|corridor)\s+"
                       r"(?:[\w'’-]+\s+){0,4}?to\b[^.;,]{0,40}$")  # (and "gave fighters passage to Idlib")


