"""Sentences, places, sides and triggers: the reading half of :mod:`homsmap.extract`.

:func:`read_document` cuts a report into sentences and clauses, finds in each its dates
(:mod:`homsmap.extract_dates`), its places (:func:`homsmap.geoparse.find_places` over the whole
narrative, plus the references a place list or a noun phrase makes: "the city", "the pocket"), its
sides (``seeds/actors.yaml`` through :meth:`Actors.resolve`, plus a few generic names) and its
triggers (:mod:`homsmap.extract_rules`). :func:`raw_events` turns each trigger into one
:class:`RawEvent` per place it governs, with the side, date and certainty the sentence gives or the
narrative implies (and says so in ``notes``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from homsmap import extract_rules as R
from homsmap.actors import Actors
from homsmap.extract_actors import ActorRef, actor_names, actor_regexes, find_actors
from homsmap.extract_dates import DateContext, DateMention, scan_dates
from homsmap.extract_datewords import YEARBOOK, first_year, heading_period, title_year
from homsmap.extract_lexicon import (
    ISSUER_COMMA,
    ISSUER_LINE,
    ISSUER_QUOTES,
    STATEMENT_CUE,
    issuer_in,
    speaker_of,
    voice_of,
)
from homsmap.extract_lines import (
    BULLET,
    FINITE,
    PlaceRef,
    Sentence,
    is_heading,
    is_title,
    narrative_end,
    split_sentences,
    unwrapped,
)
from homsmap.gazetteer import ADMIN_KINDS, DIRECTION_WORDS, Gazetteer, Place, strip_cues
from homsmap.geoparse import find_places
from homsmap.names import normalize_name, skeleton
from homsmap.resolve import Match, resolve

__all__ = ["LIST_ENTRY", "ActorRef", "Doc", "PlaceRef", "RawEvent", "Sentence", "quick_resolve", "read_document"]

_AREA_KINDS = ("region", "district_area")
_OLD_PART = (r"(?:old|historic|historical|ancient)\s+(?:city|town|quarters?|centre|center|core|districts?|"
             r"neighbou?rhoods?)")
_OLD_PART_OF = re.compile(rf"\b{_OLD_PART}\s+of\s+(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:city|town)\s+of\s+)?$", re.IGNORECASE)
_OLD_PART_AFTER = re.compile(rf"['’]s?\s+{_OLD_PART}\b", re.IGNORECASE)  # "Daraa's old quarter"
_HILL_WORD = re.compile(r"\b(?:Tell|Tall|Tal|Khirbet|Khirbat)[ -]$")
_FACILITY_IN = re.compile(r"(?i)(?P<kind>(?:military\s+)?(?:airport|air\s?base|airfield))\s+(?:in|of|at|near|outside)\s+"
                          r"(?:the\s+city\s+of\s+)?$")
_YEARS_ON = re.compile(r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:on|later)\b[,:]")
_OF_PREFIX = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?$")
# A wire dateline at the head of a paragraph: "BEIRUT, July 20 (Reuters) -", "IDLIB, Syria (AFP) -".
_DL_DATE = (r"(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"
            r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?)")
_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’.-]{2,}(?:[ \t/]+[A-Z][A-Z'’.-]+)*(?:,[ \t]*[A-Z][a-z]+)?"
                       rf"(?:,?[ \t]*{_DL_DATE}|[ \t]*\({_DL_DATE}\))?"
                       r"[ \t]*(?:\((?:Reuters|AFP|AP|dpa|DPA|Xinhua|AA|Anadolu|SANA|UPI|[A-Za-z][\w .'’-]{1,24})\))?[ \t]*(?:--|[-–—])[ \t]+")
# (and Xinhua's "DAMASCUS, Jan. 21 (Xinhua) -- ")
# SANA's "Damascus, SANA – Units of the Syrian Arab Army entered …": a city, the agency, a dash
_AGENCY_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?,[ \t]*(?:SANA|AFP|Reuters|AP|Xinhua|Anadolu|AA|"
                              r"dpa|UPI|Ebaa|Amaq|ANHA|Hawar|Enab\s+Baladi)[ \t]*(?:--|[-–—])[ \t]+")
# a dateline on a line of its own near the top: "Damascus, 5 June 2013 (SANA)"
_DATELINE_LINE = re.compile(r"(?m)^[ \t]*[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+)?,[ \t]*\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}"
                            r"(?:[ \t]*\([\w .'’-]{2,24}\))?[ \t]*$")
# "since rebels captured it in April 2015", "since the YPG, backed by air strikes, pushed IS out of Kobani on January
# 26": a dated event told in passing, not a state
_DATED_SINCE = re.compile(r"[^.;,]{0,80}?(?:,[^.;,]{3,50},[^.;,]{0,60}?)?\b(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:January|February|March|April|"
                          r"May|June|July|August|September|October|November|December)\b")
# "Assault on the town. On 19 May …": a section title run into its paragraph
_RUN_IN_TITLE = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\.")
_DATED_HEAD = re.compile(r"[\s*#•\[-]*(?:Update[,:]?\s*)?(?:On\s+)?$", re.IGNORECASE)
_HEAD_DASH = re.compile(r"(?:,?\s*(?:morning|afternoon|evening|night|\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|local(?:\s+time)?|"
                        r"[ap]\.?m\.?))?))?\s*(?:[—–:-]|\]\s*\w)")
_LINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:\n|$)")
_PAREN_SITE = re.compile(r"\s*\([^()\n]{1,20}\)\s+(?P<noun>air\s*base|airbase|airport|airfield|base)\b", re.IGNORECASE)
_EXTEND = re.compile(r"\s+(?:rebel\s+)?(?:pocket|enclave|citadel|castle|gas\s+field|oil\s+field|dam)\b", re.IGNORECASE)


# an entry of a list of changes, "- Misraba – 10 March.": its places, then a dash (read with extract_shorthand)
LIST_ENTRY = re.compile(r"[ \t]*[-*•]\s+(?P<places>[^–—:|\n]{2,80}?)\s+[–—:-]\s+")
_COVERING = re.compile(r"(?i)\b(?:covering|covers|reviewing|reviews)\s+(?:the\s+)?(?:events\s+of\s+|the\s+year\s+|developments\s+(?:in|of)\s+)?"
                       r"((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)|"
                       # "Armed conflict survey: 1 January – 31 December 2020", in a survey published in 2021
                       r"\b(?:1\s+January\s*[–—-]\s*31\s+December|January\s*[–—-]\s*December)\s+((?:19|20)\d\d)\b")
_CAPITAL_ACTS = re.compile(r"\s+(?:(?:quickly|swiftly|then|later|soon|immediately)\s+)?(?:answered|responded|replied|retaliated|"
                           r"mobili[sz]ed|vowed|warned|accused|ordered|dispatched|threatened)\b")

def quick_resolve(gaz: Gazetteer, name: str, **kwargs: object) -> Match | None:
    """:func:`resolve` for a name the gazetteer may know (an exact or consonant-skeleton key), else
    ``None`` at once: resolving an unknown name costs a fuzzy search over every name."""
    key = strip_cues(normalize_name(name))[0]
    if not key or (key not in gaz.by_key and not gaz.skeletons.get(skeleton(key))):
        return None
    return resolve(gaz, name, **kwargs)  # type: ignore[arg-type]


@dataclass
class Doc:
    text: str
    body_end: int
    sentences: list[Sentence]
    matches: list[Match]
    title_city: Place | None
    published: dt.date | None
    notes: list[str]
    topic: Place | None = None  # the town or city the text names most: "the city" when it is in the sentence
    speaker: str | None = None  # the side that issued a statement ("our forces")

    def refs_before(self, pos: int) -> list[PlaceRef]:
        """The places named before ``pos``, in text order."""
        return [p for x in self.sentences if x.start < pos for p in x.places if p.end <= pos]


@dataclass
class RawEvent:
    """One trigger applied to one place, before deduplication and the narrative passes."""

    sentence: Sentence
    trigger: str
    trigger_start: int
    action: str
    place: PlaceRef | None
    gains: str | None
    loses: str | None
    date: DateMention | None
    date_how: str
    certainty: str
    confidence: float
    time: str | None
    notes: list[str] = field(default_factory=list)
    began: bool = False


# ---------------------------------------------------------------------------------------------------
# Reading the document


_NAMED_SUBJECT = re.compile(r"(?:(?:al|el|ad|ar|as|az|an)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|az|an)-)?[A-Z][\w'’-]*){0,3}"
                            r"\s+(?:fell|was|were|had|has|is|came|followed|surrendered|changed|passed|went)\b")


_SINCE_DAY = re.compile(r"(?i)\W*since\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2}\b)")


_NEW_LINE = re.compile(r"\n")
_MAIN_VERB_RESUMES = re.compile(r",\s+(?=(?:was|were|had|has|have|is|are)\s)")


def _clauses(s: Sentence, places: Sequence[PlaceRef]) -> list[tuple[int, int, bool]]:
    starts = {p.start for p in places}
    cuts: list[tuple[int, int, bool]] = []
    for m in R.CLAUSE_BREAK.finditer(s.text):
        word = m.group().strip(" ,").lower()
        if word == "as" and (re.search(r"(?i)\b(?:known|such|well|referred|described|same|so)$", s.text[:m.start()])
                             or re.match(r"(?i)well\s+as\b", s.text[m.end():])):
            continue  # "A as well as B": one list
        if word in ("before", "after") and re.search(r"(?i)\b(?:day|night|morning|evening|week|month)$", s.text[:m.start()]) \
                and re.match(r"(?i)(?:that|this)\b", s.text[m.end():]):
            continue  # "and the day before that they cleared Arjoun": a date, not a clause of its own
        since = "since" in m.group().lower() and not _SINCE_DAY.match(s.text, m.start())
        cuts.append((m.start(), m.end(), since))  # (not "since 11 March both towns have been surrounded")
    for m in R.AND_BREAK.finditer(s.text):
        if re.search(r"(?i)\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)$", s.text[:m.start()]):
            continue  # "was stormed and captured on 28 January": one passive, one clause
        nxt = s.start + m.end()
        if re.match(r"(?:of|to|from)\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?:(?:al|el|ad|ar|as|az|an)-)?[A-Z]", s.text[m.end():]):
            continue  # "the capture of Kabajeb, on the highway from Palmyra, and of the village of al-Shoula": one list
        if (nxt not in starts and not re.match(r"(?:(?:al|el|ad|ar|as|az|an)-)?[A-Z]", s.text[m.end():])) \
                or (m.group().startswith(",") and _NAMED_SUBJECT.match(s.text, m.end())):
            cuts.append((m.start(), m.end(), False))  # (", and Nabk fell to them in December": its own clause)
    for _a, b, since in list(cuts):  # "X, … and in rebel hands since 2012, was entered by the army on 28 January": the
        # appositive's "since" ends at the comma before the main verb
        nxt = min((c[0] for c in cuts if c[0] >= b), default=len(s.text))
        resume = _MAIN_VERB_RESUMES.search(s.text, b, nxt) if since else None
        if resume is not None:
            cuts.append((resume.start(), resume.start() + 1, False))
    cuts.sort()
    spans: list[tuple[int, int, bool]] = []
    pos, background = 0, bool(R.SINCE_CLAUSE.match(s.text)) and not _DATED_SINCE.match(s.text)
    for a, b, since in cuts:
        if a < pos:
            continue
        spans.append((s.start + pos, s.start + a, background))
        pos, background = b, since and not _DATED_SINCE.match(s.text, b)
    spans.append((s.start + pos, s.end, background))
    return spans


def clause_of(s: Sentence, pos: int) -> tuple[int, int, bool]:
    for c in s.clauses:
        if c[0] <= pos < c[1] or (pos == c[1] == s.end):
            return c
    return (s.start, s.end, False)


def _old_part(gaz: Gazetteer, city: Place) -> Match | None:
    """The gazetteer's old quarter of ``city`` ("Old Homs", "Daraa al-Balad"), if it has one."""
    for name in (f"Old {city.name}", f"{city.name} al-Balad"):
        r = quick_resolve(gaz, name)
        if r is not None and r.resolved and r.place is not None and r.place.kind in (*_AREA_KINDS, "neighbourhood"):
            return r
    return None


def _place_ref(gaz: Gazetteer, text: str, m: Match) -> PlaceRef:
    assert m.start is not None and m.end is not None
    ref = PlaceRef(m.start, m.end, text[m.start:m.end], m.place if m.resolved else None,
                   m.confidence if m.resolved else 0.0, "mention", m)
    pre = _OF_PREFIX.search(text, max(0, m.start - 40), m.start)
    if pre:  # "Old City of Homs", "the Citadel of Aleppo": a place named after the city it is in
        r = quick_resolve(gaz, text[pre.start():m.end])
        if r is not None and r.resolved and r.place is not None and r.place.kind not in ADMIN_KINDS:
            ref.start, ref.text, ref.place, ref.confidence = pre.start(), text[pre.start():m.end], r.place, r.confidence
    hill = _HILL_WORD.search(text, max(0, m.start - 9), m.start)
    if hill and ref.start == m.start:  # "Tell Sukayk" when the gazetteer knows only Sukayk: the name as written
        ref.start, ref.text = hill.start(), text[hill.start():ref.end]
    fac = _FACILITY_IN.search(text, max(0, m.start - 45), m.start) if ref.end == m.end else None
    if fac and ref.place is not None and ref.place.kind in ("city", "town", "village"):
        # "the Nusayri airport in Deir ez-Zor": the city's airport, when the gazetteer has one
        word = "airbase" if fac.group("kind").lower().startswith(("air b", "airb", "airf")) else "airport"
        r = quick_resolve(gaz, f"{ref.place.name} {word}")
        if r is not None and r.resolved and r.place is not None and r.place.kind in ("airbase", "facility"):
            ref.start, ref.text, ref.place, ref.confidence = fac.start("kind"), text[fac.start("kind"):m.end], r.place, \
                r.confidence * 0.9
    old = _OLD_PART_OF.search(text, max(0, m.start - 75), m.start)
    after = _OLD_PART_AFTER.match(text, m.end) if old is None and ref.end == m.end else None
    if (old or after) and ref.place is not None and ref.place.kind == "city":
        part = _old_part(gaz, ref.place)  # "the besieged historic quarters of Homs": Old Homs; "the old quarter of
        if part is not None:  # the southern city of Daraa", "Daraa's old quarter": Daraa al-Balad
            a, b = (old.start(), m.end) if old else (m.start, after.end() if after else m.end)
            ref.start, ref.end, ref.text, ref.place, ref.confidence = a, b, text[a:b], part.place, part.confidence * 0.9
    ext = _EXTEND.match(text, m.end)
    if ext:
        r = quick_resolve(gaz, text[m.start:ext.end()])
        if r is not None and r.resolved and r.place is not None and (ref.place is None or r.place.id != ref.place.id):
            ref.end, ref.text, ref.place, ref.confidence = ext.end(), text[m.start:ext.end()], r.place, r.confidence
    site = _PAREN_SITE.match(text, ref.end)
    if site:  # "the Tiyas (T4) air base": the base, not the village it is named after
        r = quick_resolve(gaz, f"{text[m.start:m.end]} {site.group('noun')}")
        if r is not None and r.resolved and r.place is not None and r.place.kind in ("airbase", "facility"):
            ref.end, ref.text, ref.place, ref.confidence = site.end(), text[ref.start:site.end()], r.place, r.confidence * 0.9
    if ref.place is not None and ref.place.kind == "city" and ref.end == m.end \
            and re.match(r"\s+(?:rebel\s+|opposition\s+)?(?:pocket|enclave|front|salient|desert|plain|plains)\b",
                         text[m.end:m.end + 20], re.I):
        ref.place, ref.confidence = None, 0.0  # "the northern Hama pocket", "the Homs desert": an area, not the city
    if ref.place is not None and ref.place.kind == "city" and ref.end == m.end \
            and re.match(r"\s+(?:towns?|villages?)\b", text[m.end:m.end + 12], re.I) \
            and skeleton(normalize_name(ref.place.name)) == skeleton(normalize_name(ref.place.adm1)):
        ref.place, ref.confidence, ref.match = None, 0.0, None  # "army retakes Hama town": a town of the province
    if ref.place is not None and ref.place.kind == "city" and ref.start == m.start and ref.end == m.end \
            and re.search(r"(?i)\b(?:offensive|campaign|operations?|attacks?|push|battles?)\s+in\s+(?:the\s+)?(?-i:northern|southern|"
                          r"western|eastern|north-?western|south-?western|north-?eastern|south-?eastern|rural)\s+$",
                          text[max(0, m.start - 45):m.start]) \
            and not re.match(r"\s+(?:city|town)\b", text[m.end:m.end + 8], re.I) \
            and skeleton(normalize_name(ref.place.name)) == skeleton(normalize_name(ref.place.adm1)):
        ref.place, ref.confidence = None, 0.0  # "an offensive in northern Latakia": the province's north, not the city
    if ref.place is not None and ref.place.kind == "city" and ref.start == m.start and re.search(
            r"(?i)\b(?:countryside|desert|plains?|environs|hinterland)\s+of\s+(?:the\s+)?$",
            text[max(0, m.start - 30):m.start]):
        ref.place, ref.confidence = None, 0.0  # "the northern countryside of Hama": an area, not the city
    if ref.place is not None and ref.place.name == "Damascus" and ref.place.kind == "city" and (
            re.search(r"(?i)\b(?:gives?|gave|giving|hands?|handed|offers?|brings?|with|between)\s+$", text[max(0, m.start - 10):m.start])
            or re.match(r"\s+(?:said|says|has|had|will|would|wants|accused|claims|claimed|denied|insists|agreed|rejected)\b",
                        text[m.end:m.end + 15])):
        ref.place, ref.confidence = None, 0.0  # "the capture gives Damascus one of …": the government, not the city
    if ref.place is not None and R.PROVINCE_OF.search(text[max(0, m.start - 30):m.start]) \
            and ref.place.kind not in ADMIN_KINDS:
        r = resolve(gaz, m.query, kind_hint="governorate")
        ref.place = r.place if r.resolved else None
    if ref.place is not None and ref.place.kind in ("district", "subdistrict") \
            and re.search(r"(?i)\bdistricts?\s+of\s+$", text[max(0, m.start - 20):m.start]):
        r = quick_resolve(gaz, m.query)  # "the district of Hajar al-Aswad": in reporting, a town or quarter
        if r is not None and r.resolved and r.place is not None and r.place.kind not in ADMIN_KINDS:
            ref.place, ref.confidence = r.place, r.confidence
    if ref.place is not None and ref.place.kind in ("governorate", "district"):
        before = text[max(0, m.start - 40):m.start].lower().split()
        said = [w for w in (*before[-4:], *ref.text.lower().split()) if w.rstrip(",") in DIRECTION_WORDS]
        core = ref.place.name
        for word in said:
            r = quick_resolve(gaz, f"{word.rstrip(',')} {core}")
            if r is not None and r.resolved and r.place is not None and r.place.kind in _AREA_KINDS:
                ref.place, ref.confidence = r.place, min(ref.confidence, r.confidence) * 0.9
                ref.how = "region"
                window = text[max(0, m.start - 40):m.start]
                hits = list(re.finditer(rf"\b{re.escape(word.rstrip(','))}\b", window))
                if hits:  # "north and northwest Homs province": the words that make it a region
                    ref.start = m.start - len(window) + hits[-1].start()
                    ref.text = text[ref.start:ref.end]
                break
    return ref


_INFOBOX = re.compile(r"\s*(?:(?P<result>Result|Territorial\s+changes)|Location|Date|Dates|Belligerents|"
                      r"Commanders(?:\s+and\s+leaders)?|Strength|Casualties(?:\s+and\s+losses)?|Status|Part\s+of)"
                      r"(?:\s*:|(?-i:[ \t]+(?=[A-Z0-9])[^\n.]*$))",  # (also "Date 10 December 2024 – March 2025" pasted without its colon)
                      re.IGNORECASE)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_ENTRY_DATE = re.compile(r"\s*[\[(]?\s*(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
                         rf"\.?,?\s+)?(?P<d>\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|"
                         r"\d{1,2}\.\d{1,2}\.\d{4}(?=[\s\]])|(?<=\[)\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)\d\d(?=,?\s+\d{1,2}:\d{2})|(?<=day\s)\d{1,2}/\d{1,2}/\d{4}(?=[\s\]]))"  # ("Saturday 7/10/2017 22:40")
                         r"\s*(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*(?:[\])]|[.:—–]|\s-\s|[ \t]*\n|\s*$)")
_BACKGROUND_HEAD = re.compile(r"(?i)(?:background|history|prelude|context|origins|historical\s+background)\b")


_BUILDING_AFTER = re.compile(r"\s+(?:hotel|cinema|restaurant)\b", re.IGNORECASE)


def _town_of(gazetteer: Gazetteer, place: Place) -> Place | None:
    """The city or town a mention counts for: itself, or the town a facility belongs to ("the Tabqa Dam")."""
    if place.kind in ("city", "town"):
        return place
    parent = place.provenance.removeprefix("supplement:")
    if place.kind in ("facility", "airbase") and parent != place.provenance and parent in gazetteer:
        town = gazetteer[parent]
        return town if town.kind in ("city", "town") else None
    return None


def read_document(text: str, *, gazetteer: Gazetteer, actors: Actors, published: dt.date | None,
                  document: str | None) -> Doc:
    body_end, heading = narrative_end(text)
    notes = [f"stopped reading at the heading {heading!r} (line {text[:body_end].count(chr(10)) + 1})"] \
        if heading else []
    flat = unwrapped(text[:body_end]) + text[body_end:]  # (a hard-wrapped page: "Maarat\nal-Numan" is one name)
    sentences = split_sentences(text, body_end, flat)  # (line numbers from the text as given)
    text = flat
    matches = find_places(text[:body_end], gazetteer=gazetteer, document=document)
    refs = [_place_ref(gazetteer, text, m) for m in matches]
    ctx = DateContext(published=published, default_year=first_year(text[:body_end]))
    ctx.retrospective = published is not None and _YEARS_ON.search(text, 0, min(body_end, 800)) is not None
    # ("A year on, it is tempting to read the offensive of late 2024 …": its days are that year's)
    covering = _COVERING.search(text, 0, min(body_end, 400))
    if covering is not None:  # "Armed Conflict Yearbook 2019 – Chapter 6 (covering events of 2018)": the year told
        ctx.title_year = ctx.default_year = int(covering.group(1) or covering.group(2))
    elif YEARBOOK.search(next((ln for ln in text[:body_end].split("\n") if ln.strip()), "")):
        ctx.title_year = ctx.default_year  # a yearbook's year holds against the background it recalls
    elif published is not None and (titled := title_year(text[:body_end])) is not None \
            and len(first_line := next((ln for ln in text[:body_end].split("\n") if ln.strip()), "").strip()) <= 100 \
            and not first_line.endswith(".") and (titled == ctx.default_year or (
                titled < published.year and re.search(rf"(?i)\b(?:the\s+(?:war|battle|year|fighting|campaign)s?\s+)?(?:in|of|during)\s+"
                                                      rf"{titled}\b", first_line))):
        ctx.title_year = titled  # (and the year of "Raqqa Governorate — Control, 2014", in a later almanac)
        ctx.default_year = titled  # ("Plate 14. The war in 2014: …", in a 2015 atlas: its yearless days are 2014's)
    datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(text, 0, body_end)]
    datelines += [(m.start(), m.end()) for m in _DATELINE_LINE.finditer(text, 0, min(body_end, 600))]
    datelines += [(m.start(), m.end()) for m in _AGENCY_DATELINE.finditer(text, 0, body_end)]
    # a dateline names where the story was filed, not a place it tells of
    refs = [r for r in refs if not any(a <= r.start < b for a, b in datelines)]
    # "pull out of Aleppo's Salaheddine": the district of the city, not the city
    refs = [r for r, nxt in zip(refs, [*refs[1:], None], strict=False) if not (
        nxt is not None and r.place is not None and r.place.kind == "city" and nxt.place is not None
        and nxt.place.kind in ("neighbourhood", "district_area") and re.fullmatch(r"['’]s\s+", text[r.end:nxt.start]))]
    # "Damascus answered with a general mobilisation": the government that sits there, not the city
    refs = [r for r in refs if not (r.place is not None and r.place.kind == "city" and _CAPITAL_ACTS.match(text, r.end)
                                    and not re.search(r"(?i)\b(?:in|from|to|into|of|near|at)\s+$", text[max(0, r.start - 8):r.start]))]
    for a, b in datelines[:1]:
        day = [d for d in scan_dates(text[a:b], DateContext(published, ctx.default_year)) if d.date is not None]
        if published is None and day and day[0].precision == "day" and day[0].date is not None:
            published = ctx.published = day[0].date  # "BEIRUT, July 20 (Reuters) -": the story's own date
            notes.append(f"publication date {day[0].date.isoformat()} read from the dateline")
    history: list[ActorRef] = []
    regexes = actor_regexes(actor_names(actors))
    speaker = speaker_of(text[:min(body_end, 400)], actors, regexes) or voice_of(
        text[:body_end], issued=STATEMENT_CUE.search(text[:min(body_end, 400)].split("\n\n")[0]) is not None)
    k = 0
    title_anchor: dt.date | None = None  # the day a dated title gives its "today" and "this evening"
    head_year: int | None = None  # the year a "2014" heading gives the entries under it
    background, lead_year = False, ctx.year
    month_head: DateMention | None = None
    lead = entry_anchor = None  # the story's first day; an entry's own day ("13 October, 08:15") for the lines under it
    retrospective = ctx.retrospective
    dated_before = False  # a sentence before this one had a date
    sides_named: set[int] = set()  # place mentions inside a side's name
    speaker_before: str | None = None  # the speaker a quoted issuer's paragraph interrupts
    for s in sentences:
        while k < len(refs) and refs[k].start < s.start:
            k += 1
        j = k
        while j < len(refs) and refs[j].start < s.end:
            if refs[j].end <= s.end:
                s.places.append(refs[j])
            j += 1
        new_para = s.index == 0 or s.para != sentences[s.index - 1].para
        if new_para and not BULLET.match(text, s.start):
            if s.index == 0 or re.search(r"\n[ \t]*\n", text[sentences[s.index - 1].end:s.start]):
                entry_anchor = None  # (to a blank line)
            ctx.anchor = entry_anchor or title_anchor  # a bullet under a dated heading ("[11.12.2024] Changes: - …") keeps its day
        quoted = ISSUER_QUOTES.match(s.text) if s.index > 0 and (
            new_para or _NEW_LINE.match(text, s.start - 1)) else None
        if quoted is not None and (who := issuer_in(quoted.group("who"), actors, regexes)
                                   or issuer_in(quoted.group()[:-1], actors, regexes)) is not None:
            # (and "Monday 9 December, Dawn of Freedom: \"…\"": the issuer after its day)
            # 'Latakia Public Security Directorate, Thursday 6 March: "… our forces pulled back …"': its issuer speaks,
            # in its own paragraph
            speaker_before = speaker if speaker_before is None else speaker_before
            speaker = who
        elif new_para and speaker_before is not None:
            speaker, speaker_before = speaker_before, None
        if new_para and s.index > 0 and ISSUER_LINE.match(s.text):
            # "Statement of the General Command of the People's Protection Units (YPG):" after another side's
            # statement: "our forces" from here on are the YPG's
            speaker = speaker_of(s.text, actors, regexes) or speaker
        if new_para:
            ctx.year_para = False
        if new_para and ctx.season_undo is not None:  # (a retrospective's "By the spring of 2017" holds on)
            ctx.year, ctx.season_undo = ctx.year if retrospective else ctx.season_undo[0], None
        if retrospective and new_para and lead is not None and ctx.year is not None and ctx.year < lead.year:
            ctx.year = lead.year  # a flashback paragraph ("in October 2012 …") ends: back to the story's year
        if published is not None and new_para and s.index > 0 and not retrospective and not ctx.looking_back:
            ctx.year = head_year  # a dated report: a year named in passing ("in April 2015") ends with its paragraph
            # (a list's "2014" heading holds until the next)
        infobox = _INFOBOX.match(s.text)
        if infobox and not infobox.group("result"):
            # "Date: 19 December 2019 – 5 March 2020", "Location: …": an infobox line, not the narrative
            s.heading = True
            if published is None and re.match(r"\s*Dates?\b", s.text) and (
                    first := next((d.date for d in scan_dates(s.text, DateContext(None, ctx.default_year, ctx.year))
                                   if d.date is not None), None)) is not None:
                ctx.year = first.year  # (the battle starts in its first year: "on 23 December" is 2019's, not 2020's)
            continue
        hy, hm = heading_period(s.text) if new_para else (None, None)
        if hy is not None or hm is not None:  # a timeline's "2014" or "February" heading
            if hy is not None:
                ctx.year = ctx.last_year = ctx.default_year = head_year = hy
                month_head = None
                if ctx.narrative is not None and ctx.narrative.year != hy:
                    ctx.narrative = None  # "2019 offensive" after "the sarin attack of 4 April 2017": another story
            y = hy or ctx.year or ctx.default_year
            if hm is not None and y is not None:
                month_head = DateMention(s.start, s.end, s.text.strip(), dt.date(y, hm, 1),
                                         dt.date(y, hm, calendar.monthrange(y, hm)[1]), "month", "explicit")
            s.heading = True
            continue
        lead_day = _ENTRY_DATE.match(s.text) if new_para else None
        if new_para and lead_day is None and (issuer := ISSUER_COMMA.match(s.text)) is not None:
            # 'Latakia Public Security Directorate, Thursday 6 March: "… this afternoon …"': the statement's own day
            lead_day = _ENTRY_DATE.match(s.text, issuer.end())
            lead_day = lead_day if lead_day is not None and lead_day.group().rstrip().endswith(":") else None

        if lead_day is not None:
            # "[21 August 2019] … yesterday", "Friday, 29 November. …": the entry's own day is its paragraph's "today"
            stamp = lead_day.group("d") if "/" not in lead_day.group("d") else lead_day.group().strip(" [(")  # (its weekday
            # tells "7/10/2017" is day first)
            stamp = lead_day.group().strip() if lead_day.group("sep") else stamp  # ("[10.10.19 11:02]": with its time)
            entry_day = next((d.date for d in scan_dates(stamp, DateContext(published, ctx.default_year, ctx.year))
                              if d.precision == "day" and d.date is not None and ("/" in d.text or "/" not in stamp)), None)
            if entry_day is not None:
                ctx.anchor = ctx.narrative = entry_day
                entry_anchor = entry_day if lead_day.end() >= len(s.text.rstrip()) else entry_anchor
        s.narrative_before = ctx.narrative
        s.dates = [d for d in scan_dates(s.text, ctx, offset=s.start)
                   if not any(a <= d.start < b for a, b in datelines)  # a dateline dates the story, no event
                   # ("23 August – Two days later, the army enters Morek": the entry's day, counted from the entry before)
                   and not (lead_day is not None and d.kind == "relative" and d.start - s.start <= lead_day.end() + 2)]
        if (s.index == 0 or not dated_before) and published is None and len([d for d in s.dates if d.date is not None]) >= 2 \
                and s.dates[0].date is not None and all(d.date is None or d.date >= s.dates[0].date for d in s.dates):
            # "Northwestern Syria offensive (December 2019 – March 2020)", a lead's "It began in mid-September 2014 and
            # ended in January 2015": the story starts in the first year
            ctx.year = s.dates[0].date.year
        dated_before = dated_before or any(d.date is not None for d in s.dates)
        if infobox and not s.dates:
            # "Result: … evacuation of rebels to Idlib": an undated summary; the text tells its changes, dated
            s.heading = True
            continue
        day_entry = re.match(r"\s*(\d{1,2})\s*[—–-]\s", s.text) if new_para or _NEW_LINE.match(text, s.start - 1) else None
        if month_head is not None and month_head.date is not None and month_head.date_end is not None and not s.dates \
                and day_entry is not None and 1 <= int(day_entry.group(1)) <= month_head.date_end.day:
            # "MARCH / 25 — Busra al-Sham … falls to Southern Front factions": the entry's day of the heading's month
            s.dates = [DateMention(s.start + day_entry.start(1), s.start + day_entry.end(1), day_entry.group(1),
                                   month_head.date.replace(day=int(day_entry.group(1))), None, "day", "explicit")]
        elif month_head is not None and not s.dates and not any(
                x.para == s.para and any(d.precision == "day" for d in x.dates) for x in sentences[max(0, s.index - 3):s.index]):
            # (but "8 January. A large assault …": the entry's own day, told just before, holds for the rest of it)
            # "February / * Government forces … besieged Yabroud": the heading's month dates its bullets
            s.dates = [DateMention(s.start, s.start, month_head.text, month_head.date, month_head.date_end, "month",
                                   "explicit")]
        if new_para and s.text.count("|") >= 2 and (row_day := next((d.date for d in s.dates if d.precision == "day"), None)):
            entry_anchor = row_day  # a log's row "DZR-1117-019 | 9 Nov 2017 | …" dates its "Notes:" line
        elif new_para and BULLET.match(text, s.start) and (listed := LIST_ENTRY.match(s.text)) is not None:
            # "- Beit Sawa – 11 March. Entered after the front line to the south collapsed.": the entry's day
            entry_anchor = next((d.date for d in s.dates if d.start == s.start + listed.end() and d.precision == "day"),
                                None) if re.fullmatch(r"[^.;]*\.?\s*", s.text[listed.end():]) else None
        elif entry_anchor is not None and not s.dates and lead_day is None:  # a post under its "12 October, 09:30"
            s.dates = [DateMention(s.start, s.start, "", entry_anchor, None, "day", "relative")]
        first = next((d.date for d in s.dates if d.date is not None and (d.precision == "day" or (
            d.precision in ("month", "range") and d.kind == "explicit" and re.search(r"\d{4}", d.text)
            and re.search(r"(?i)\b(?:in|on|during|by|between(?:\s+[A-Z][a-z]+\s+and)?|from|throughout)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+|(?:middle|beginning|end|start)\s+of\s+)?$",
                          text[max(0, d.start - 20):d.start])))), None)  # ("in December 2016", not "since the March 2020 ceasefire")
        if lead is None and first is not None:
            lead = first
            # a report whose story opens years before it was published (a study of 2012 written in 2016):
            # its years hold across paragraphs, as in an encyclopedia
            retrospective = ctx.retrospective = ctx.retrospective or (published is not None and (published - first).days > 365)
        s.heading = is_heading(s) or is_title(text, s) or (new_para and _RUN_IN_TITLE.fullmatch(s.text.strip()) is not None
                                                               and not FINITE.search(s.text))
        story_year = lead_year or (published.year if published is not None else None) or ctx.default_year
        # (a dated report's "Background" read from no year of its own: the story's year is the publication's)
        if s.heading and background and story_year is not None \
                and ctx.year != story_year and not (lead_year is not None and ctx.year == ctx.default_year):
            # (but a "Background" that told the story's own first year, "9 December 2024 – April 2025", goes on)
            # leaving a "Background" section that went back to another year ("In November 2015 …"):
            # the article's own year ("16 February 2016" in the lead, or its infobox) holds again
            ctx.year = story_year
        if s.heading:
            background = _BACKGROUND_HEAD.match(s.text.strip()) is not None
            if background:
                lead_year = ctx.year
        head = s.dates[0] if s.dates else None
        if new_para and s.index == 0 and len(s.text) < 120 and not FINITE.search(s.text):
            # "Daily tally — Tuesday, 28 January 2020 — southern Idlib": a title dated like a heading
            dated = next((d for d in s.dates if d.precision == "day" and d.date is not None
                          and re.search(r"\d{4}", d.text) and (_HEAD_DASH.match(text, d.end) or _LINE_END.match(text, d.end))),
                         None)  # (and "Jaish al-Izza Telegram, 21 May 2019" alone on its line)
            if dated is not None and dated.date is not None:
                head = dated
                ctx.anchor = ctx.narrative = title_anchor = dated.date
        if new_para and head is not None and head.precision == "day" and head.date is not None and head.kind != "weekday" \
                and _DATED_HEAD.match(text, s.start, head.start) and _HEAD_DASH.match(text, head.end):
            # (but "- Monday: …", "- Tuesday: …" in a weekly round-up are each the last such day before publication)
            ctx.anchor = head.date  # "21 May 2015 — … on Wednesday evening": the Wednesday before that day
            ctx.narrative = head.date  # and the story is at the heading's day, whatever flashback follows
        s.speaker = speaker
        s.actors = find_actors(s, actors, ctx.narrative or published, history, regexes, speaker,
                                sentences[s.index - 1].start if s.index > 0 else None, text)
        history.extend(s.actors)
        named = [(r.start - (r.how == "lexicon"), r.end) for r in s.actors if r.how in ("alias", "lexicon")]
        sides_named.update(id(p) for p in s.places if any(a < p.start and p.end <= b for a, b in named)
                           or _BUILDING_AFTER.match(text, p.end))  # (nor is "the Safir hotel" the town of al-Safira)
        # (a word side's name may begin with the place's: "a Nusayri army position" is no village An Nusayr)
        # (but "the Manbij Military Council" still names Manbij)
        s.places = [p for p in s.places if id(p) not in sides_named]
        # (the "Nusayri army", the "Khilafah": a side's name, not the village An Nusayr or Khilfah)
        s.clauses = _clauses(s, s.places)
    refs = [r for r in refs if id(r) not in sides_named]
    title_city = next((r.place for r in refs if r.start < 400 and r.place is not None and (r.place.kind == "city" or (
        r.place.kind == "town" and re.search(r"(?i)\bcity\s+of\s+$", text[max(0, r.start - 12):r.start])))), None)
    # (and "Statement No. 7: On the liberation of the city of Jisr al-Shughur": a town its title calls a city)
    # the places of the lead sentence count twice ("The Battle of Khirbet Ghazaleh was fought in May 2013 …")
    lead_end = sentences[0].end if sentences else 0
    towns = [(r, _town_of(gazetteer, r.place)) for r in refs if r.place is not None
             and not re.search(r"(?i)\b(?:province|governorate|countryside)$", r.text)
             and not re.match(r"(?i)\s+(?:province|governorate|countryside)\b", text[r.end:r.end + 14])]
    # (not "Deraa province": the governorate, not the city, in a report on a town there)
    counts = Counter(town.id for r, town in towns if town is not None)
    counts.update(town.id for r, town in towns if town is not None
                  and r.start < lead_end and not R.LOCATIVE_BEFORE.search(text[max(0, r.start - 25):r.start]))
    ranked = counts.most_common(2)
    topic = None
    opening = next((town.id for r, town in towns if town is not None and r.start <= 2
                    and (text[r.start:r.end].isupper() or re.match(r"\s*\(", text[r.end:r.end + 3]))), None)
    headed = next((r.place for r in refs if r.start <= 2 and r.place is not None and r.place.kind == "village"
                    and (text[r.start:r.end].isupper() or re.match(r"[ \t]*(?:\(|\n)", text[r.end:r.end + 3]))), None)
    if opening is None and headed is not None and re.search(r"\b(?:is|was)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?town\b", text[:400]) \
            and (n := 1 + sum(
            1 for r in refs if r.place is not None and r.place.id == headed.id)) >= 3 and (not ranked or n >= ranked[0][1]):
        topic = headed  # an article headed by a place the gazetteer ranks a village ("Moadamiyet al-Sham\n\n… is a town"),
        # named more than any town
    elif ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        topic = gazetteer[ranked[0][0]]
    elif opening is not None and ranked and counts[opening] >= 3 and counts[opening] == ranked[0][1]:
        topic = gazetteer[opening]  # an entry headed by its town ("SHEIKH MISKIN (…). Town, Izraa district …"), named
        # most, if not twice as often as the garrison town next door
    if title_anchor is not None and (published is None or published - dt.timedelta(days=7) <= title_anchor < published):
        published = title_anchor  # a post titled "…, 21 May 2019" and published the next day speaks as of the 21st
    return Doc(text, body_end, sentences, matches, title_city, published, notes, topic, speaker)
