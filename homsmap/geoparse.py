"""Geoparsing: find every place mention in a text and resolve it with the whole text as context.

>>> ms = find_places("On 6 December, rebels captured al-Rastan and Talbiseh in Homs province.")
>>> [(m.query, m.status, m.place.name, m.place.kind) for m in ms]
[('al-Rastan', 'resolved', 'Al-Rastan', 'city'), ('Talbiseh', 'resolved', 'Talbiseh', 'town'), ('Homs province', 'resolved', 'Homs', 'governorate')]

How mentions are found
----------------------
- Words are matched against every normalised spelling in the gazetteer (and ``foreign.csv``),
  longest first, so "Homs Central Prison" is one mention, not "Homs" plus a prison.
- In Latin script a name starts with a capital (or an article before one: "al-Rastan") and ends
  with a capital; lowercase words inside it may only be articles ("Izz al-Din").
- A cue word after the name ("Hama province", "Yabroud District", "Homs countryside", "Homs city")
  is part of the mention and says which kind of place is meant; so does "the village of …".
- Names that are also ordinary English words ("Tall", "Mount", "Free") count only when they are
  curated aliases or large places; a name glued to a personal name ("Bashar al-Assad") or followed
  by an organisation word ("Homs Legion", "Homs Media Center") is not a place mention.

How mentions are resolved
-------------------------
Every mention is first resolved alone. Those that resolve confidently become anchors, weighted by
how close they stand in the text; every mention is then resolved again with the anchors near it
(and the governorates the text names) as context, twice. That is how "al-Ghasibiyah" in a list
of villages north of Homs picks the al-Ghasibiyah near them, not the one near Hama.
"""

from __future__ import annotations

import math
import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from homsmap.gazetteer import ADMIN_KINDS, DIRECTION_WORDS, Gazetteer, Place, load_gazetteer, strip_cues
from homsmap.names import ARTICLES, has_arabic, normalize_name, skeleton
from homsmap.resolve import Context, Match, foreign_names, resolve

__all__ = ["Mention", "find_mentions", "find_places"]

MAX_SPAN_TOKENS = 7
ORDINARY_WORD_ZIPF = 3.7    # English words this frequent are ordinary words unless curated
ARABIC_ORDINARY_WORD_ZIPF = 4.0
FUNCTION_WORD_ZIPF = 4.5    # capitalised words this frequent do not glue to a name
ANCHOR_CONFIDENCE = 0.75
SENSE_CONFIDENCE = 0.7     # a name resolved this surely somewhere in a text settles its ambiguous mentions elsewhere
RARE_WORD_ZIPF = 2.0        # a single word found only as another spelling's variant must be this rare
APPROXIMATE_NAME_SCORE = 80  # and this close (rapidfuzz ratio) to the known spelling
TEXT_SCALE_CHARS = 150.0
LOCAL_ANCHORS = 8  # the nearest anchors in the text that weigh most
# Anchors farther than this in the text are left out, so that one long text costs linear time (each
# mention weighs the anchors of its window, not of the whole text); a shorter text is resolved as before.
CONTEXT_WINDOW_CHARS = 25_000

_TOKEN = re.compile(r"[^\W_]+(?:['’ʿʾ`‘](?!s\b)[^\W_]+)*")  # "Manbij's": the name, not a longer word
_SPACED_DASH = re.compile(r"\s[-‐–]")
_JOIN = re.compile(r"[ʿʾ'’]?[ \t\-‐–]*\Z")  # \Z: "$" would let a name run over a line break; ("al-Sab' Biyar": an ayn)
_CUE_AFTER = {"governorate": "governorate", "province": "governorate", "countryside": "countryside",
              "district": "district", "subdistrict": "subdistrict", "city": "city", "countryside's": "countryside"}
_KIND_BEFORE = re.compile(r"\b(?:the\s+)?(city|town|village|villages|towns|neighbourhood|neighborhood|district)"
                          r"\s+of\s+$", re.IGNORECASE)
_PLURAL_CUE = re.compile(r"[ \t]+(provinces|governorates|districts)\b", re.IGNORECASE)
# "buses bound for Idlib", "fighters were bussed to Jarablus": a place people are sent to says little
# about where the text's events happen, so it is no anchor for the other names.
_DESTINATION = re.compile(r"\b(?:bound\s+for|heading\s+(?:to|for)|destined\s+for|arriv(?:ed|es|e|ing)\s+(?:in|at)|(?:bussed|bused|transported|transferred|"
                          r"evacuated|deported|relocated|sent|displaced|fled|taken|moved|driven|expelled|exiled)"
                          r"\s+(?:\w+\s+){0,3}?to(?:wards?)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
_LIST_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_KIND_NEAR_WORDS = {"crossing": "crossing", "crossings": "crossing", "airbase": "airbase", "airbases": "airbase",
                   "airport": "airbase", "bridge": "bridge", "bridges": "bridge"}
_KIND_NEAR = re.compile(r"\b(" + "|".join(_KIND_NEAR_WORDS) + r")\b", re.IGNORECASE)
# Lowercase last words of curated names: "the Dar al-Kabirah crossing", "the al-Rastan bridge".
_TAIL_WORDS = frozenset(
    "crossing bridge prison airbase airport base highway road mountains mountain plain dam refinery hospital farms "
    "square".split()
)
# Words for peoples and faiths: "two Shiite villages" names no village called Shiite (Es Shita).
_PEOPLE_WORDS = frozenset(
    "shiite shiites shia shias shi'ite sunni sunnis alawite alawites alawi druze kurdish kurds kurd christian "
    "christians ismaili ismailis turkmen turkoman assyrian assyrians armenian armenians circassian yazidi yazidis "
    "bedouin bedouins arab arabs syrian syrians iraqi lebanese turkish jordanian israeli iranian russian american "
    "palestinian palestinians nusayri nusayris nusairi nusairis rafidi rafidis rafida rafidah rawafid".split()
)
_MEDIA_WORDS = frozenset("television tv channel newspaper radio website broadcaster".split())
# Lowercase inner words of names: "Krak des Chevaliers", "Tabqa air base", "the Nasib border crossing".
_INNER_PARTICLES = frozenset({"des", "de", "du", "la", "le", "air", "military", "border", "helicopter", "international"})
_ORG_WORDS = frozenset(
    "army legion brigade brigades battalion front media center centre council command division regiment forces "
    "force shield liberation movement revolutionaries observatory agency university committee offensive "
    "operations operation governorate's party".split()
)


@dataclass(frozen=True)
class Mention:
    """A span of text that names a place: ``text[start:end]``, with the kind a cue asked for."""

    text: str
    start: int
    end: int
    key: str
    kind_hint: str | None = None
    approximate: bool = False


@lru_cache(maxsize=50_000)
def _zipf(word: str) -> float:
    """How common ``word`` is in English (or Arabic, for Arabic script), on wordfreq's Zipf scale."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "ar" if has_arabic(word) else "en"))


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() or has_arabic(token) or token[:1].isdigit()


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _contiguous(text: str, tokens: Sequence[tuple[str, int, int]], i: int, j: int) -> bool:
    """Tokens i..j (inclusive) are separated only by spaces or hyphens (not a spaced dash: "Qastoun – Farming village")."""
    return all(_JOIN.match(sep := text[tokens[k][2]:tokens[k + 1][1]]) and not _SPACED_DASH.search(sep)
               and not (sep[:1] in ("'", "’") and tokens[k][0].endswith("s")) for k in range(i, j))  # ("Homs' Palmyra": a possessive)


def _known_key(gaz: Gazetteer, key: str) -> bool:
    return key in gaz.by_key or key in foreign_names(gaz)


def _ordinary_word(gaz: Gazetteer, key: str, words: Sequence[str]) -> bool:
    """A one-word name that is a common English word and not a curated or large place."""
    content = [w for w in words if w.lower() not in ARTICLES]
    if len(content) != 1 or (len(words) > 1 and words[0] in ("Al", "El")):
        return False  # ("Al Habit": the Arabic article makes it a name)
    word = content[0]
    if re.search(r"[A-Za-z]['’‘`ʿ][a-z]", word) and not re.search(r"['’](?:s|t|re|ll|ve|d|m)$", word.lower()):
        return False  # "Ma'an": a mark for the Arabic ayn or hamza, not the English "man"
    acronym = word.isalpha() and word.isupper() and 2 <= len(word) <= 5  # SANA, SAA, HTS (not a shouted "SARAQIB")
    threshold = ARABIC_ORDINARY_WORD_ZIPF if has_arabic(word) else ORDINARY_WORD_ZIPF
    if not acronym and _zipf(word.lower()) < threshold:
        return False
    if key in foreign_names(gaz):
        return False
    entries = gaz.by_key.get(key, [])
    return not any(e.method == "alias" or (gaz.places[e.place_index].population or 0) >= 100_000
                   for e in entries)


def _name_word(token: str) -> bool:
    """A capitalised word that may belong to a personal or organisation name."""
    low = token.lower()
    if len(token) > 1 and token.isupper():
        return False  # a headline in capitals ("ISLAMIC STATE SEIZES PALMYRA") or an acronym
    return (token[:1].isupper() and low not in DIRECTION_WORDS and low not in ARTICLES
            and _zipf(low) < FUNCTION_WORD_ZIPF)


def _glued_to_other_name(text: str, tokens: Sequence[tuple[str, int, int]], i: int, j: int) -> bool:
    """The span is part of a longer proper name: a personal name before it, an organisation after it."""
    before = i - 1
    if before >= 0 and tokens[before][0].lower() in ARTICLES and tokens[i][0].lower() not in ARTICLES \
            and _contiguous(text, tokens, before, i):
        before -= 1  # look past the article: "Tahrir al-Sham" is glued like "Bashar al-Assad"
    if before >= 0 and _contiguous(text, tokens, before, i) and _name_word(tokens[before][0]) \
            and (before < i - 1 or tokens[i][0].lower() in ARTICLES or j == i):
        return True  # "Bashar al-Assad", "Ahrar al-Sham", "Ibrahim Bakkar"
    if j + 2 < len(tokens) and tokens[j + 1][0] in ARTICLES and _contiguous(text, tokens, j, j + 2) \
            and _name_word(tokens[j + 2][0]):
        return True  # "Bashar al-Assad", "Suheil al-Hassan": a personal name and its nisba
    if j + 1 < len(tokens) and _contiguous(text, tokens, j, j + 1):
        nxt = tokens[j + 1][0]
        if nxt[:1].isupper() and nxt.lower() in _ORG_WORDS:
            return True  # "Homs Legion", "Homs Media Center"
        if nxt.lower() in _MEDIA_WORDS or (nxt == "party" and tokens[i][0].lower() in ("baath", "ba'ath", "ba’ath")):
            return True  # "al-Manar television", "Orient TV": a channel, not a place (nor "the Baath party")
        if i == j and _name_word(nxt) and nxt.lower() not in _CUE_AFTER and nxt.lower() not in _PEOPLE_WORDS:
            return True  # "Ibrahim Bakkar": one word of a longer name (not "the Yarmouk Palestinian camp")
    return False


def find_mentions(text: str, *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every place-name span in ``text``, longest match first, in text order (not yet resolved)."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    tokens = _tokens(text)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        found = None
        first = tokens[i][0]
        if not _is_capitalised(first) and first not in ARTICLES and first not in DIRECTION_WORDS:
            i += 1  # no name starts with this word (the test _span_shape_ok makes first), whatever its length
            continue
        for length in range(min(MAX_SPAN_TOKENS, len(tokens) - i), 0, -1):
            j = i + length - 1
            words = [t[0] for t in tokens[i:j + 1]]
            if not _span_shape_ok(words) or not _contiguous(text, tokens, i, j):
                continue
            if words[0] in ARTICLES and "-" not in text[tokens[i][2]:tokens[i + 1][1]]:
                continue  # "as Liwa", "at Homs": English words, not "as-Sukhnah"
            if length == 1 and first.lower() in ARTICLES:
                continue  # the article alone, as a headword inverts it: "QAHTANIYAH, AL- (…)"
            key, _cue = strip_cues(normalize_name(text[tokens[i][1]:tokens[j][2]]))
            if not key:
                continue
            approximate = not _known_key(gaz, key)
            if approximate and not _spelling_variant(gaz, key, words, loose=length == 1 and bool(_SETTLEMENT_OF.search(
                    text, max(0, tokens[i][1] - 20), tokens[i][1]))):
                continue
            if length > 1 and words[0].lower() in DIRECTION_WORDS and j + 1 < len(tokens) \
                    and tokens[j + 1][0].lower() in ("city", "town") and _contiguous(text, tokens, j, j + 1):
                continue  # "its hold on northern Homs city": the city, not the countryside "northern Homs" names
            hyphened = length > 1 and words[0] in ARTICLES and "-" in text[tokens[i][2]:tokens[i + 1][1]]
            if (_ordinary_word(gaz, key, words) and not hyphened) or _glued_to_other_name(text, tokens, i, j) \
                    or (length == 1 and first.lower() in _PEOPLE_WORDS):
                continue
            found = (j, key, approximate)
            break
        if found is None:
            i += 1
            continue
        j, key, approximate = found
        mentions.append(replace(_with_cues(text, tokens, i, j, key), approximate=approximate))
        i = j + 1
        while i < len(tokens) and tokens[i][1] < mentions[-1].end:
            i += 1
    return _share_plural_cues(text, mentions)


_SETTLEMENT_OF = re.compile(r"\b(?:village|town|hamlet|hill)\s+of\s+$", re.IGNORECASE)


def _spelling_variant(gaz: Gazetteer, key: str, words: Sequence[str], *, loose: bool = False) -> bool:
    """A name the gazetteer knows in another transliteration only ("Bosra al-Sham" for Busra ash Sham,
    "Ratyan" for Rityan): the same consonant skeleton as a known spelling and a close string. One word
    must be rare in English and not an acronym; such a mention is kept only if it resolves (see
    :func:`find_places`)."""
    content = [w for w in words if w.lower() not in ARTICLES]
    if not content or any(has_arabic(w) for w in content) or len(key) < 5:
        return False
    if len(content) == 1:
        word = content[0]
        if word.isupper() or not word[:1].isupper() or _zipf(word.lower()) >= RARE_WORD_ZIPF:
            return False
    others = gaz.skeletons.get(skeleton(key), set())
    # (after "the village of", the same consonants and a looser likeness: "Kolmed" for Kulmad)
    return any(fuzz.ratio(key, other) >= APPROXIMATE_NAME_SCORE - (15 if loose else 0) for other in others)


def _share_plural_cues(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Hama, Idlib and Latakia provinces": a plural cue after a list applies to every name in it."""
    out = list(mentions)
    for k, mention in enumerate(out):
        plural = _PLURAL_CUE.match(text, mention.end)
        if not plural:
            continue
        hint = _CUE_AFTER[plural.group(1).lower()[:-1]]
        out[k] = replace(mention, kind_hint=hint)
        back = k - 1
        while back >= 0 and _LIST_JOIN.fullmatch(text[out[back].end:out[back + 1].start]):
            if out[back].kind_hint is None:
                out[back] = replace(out[back], kind_hint=hint)
            back -= 1
    return out


def _span_shape_ok(words: Sequence[str]) -> bool:
    if all(has_arabic(w) for w in words):
        return True
    if not _is_capitalised(words[-1]) and not (len(words) > 1 and words[-1].lower() in _TAIL_WORDS):
        return False
    first = words[0]
    if not _is_capitalised(first) and not (len(words) > 1 and (first in ARTICLES or first in DIRECTION_WORDS)):
        return False
    return all(_is_capitalised(w) or w.lower() in ARTICLES or w in _INNER_PARTICLES for w in words[1:-1])


def _with_cues(text: str, tokens: Sequence[tuple[str, int, int]], i: int, j: int, key: str) -> Mention:
    start, end = tokens[i][1], tokens[j][2]
    hint = strip_cues(normalize_name(text[start:end]))[1]
    if hint is None and j + 1 < len(tokens) and _contiguous(text, tokens, j, j + 1):
        cue = _CUE_AFTER.get(tokens[j + 1][0].lower())
        if cue:
            hint, end = cue, tokens[j + 1][2]
            if cue in ("governorate", "countryside") and i > 0 and _contiguous(text, tokens, i - 1, i) \
                    and tokens[i - 1][0].lower() in DIRECTION_WORDS:
                start = tokens[i - 1][1]
    if hint is None and text[max(0, start - 1):start] == "#":
        hint = "governorate"  # "#Idlib:", "#Hama": a hashtag names the province a post is about
    if hint is None and re.search(r"(?i)\brural\s+$", text[max(0, start - 10):start]):
        hint = "countryside"  # "western rural Aleppo", "rural Damascus": the province, not the city
    if hint is None:
        clause = re.split(r"[.;:!?\n]", text[max(0, start - 80):start])[-1]
        near = _KIND_NEAR.search(clause)
        if near:
            hint = _KIND_NEAR_WORDS[near.group(1).lower()]
    if hint is None:
        before = _KIND_BEFORE.search(text[max(0, start - 40):start])
        if before:
            word = before.group(1).lower().rstrip("s")
            hint = {"neighborhood": "neighbourhood"}.get(word, word)
    return Mention(text=text[start:end], start=start, end=end, key=key, kind_hint=hint)


def _capital_of(place: Place) -> bool:
    """Whether ``place`` is the city its governorate is named after (Deir ez-Zor, Hama, Idlib).

    >>> gaz = load_gazetteer()
    >>> _capital_of(gaz.get("wof:421202167")), _capital_of(gaz.get("wof:421178433"))
    (True, False)
    """
    return bool(place.adm1) and skeleton(normalize_name(place.name)) == skeleton(normalize_name(place.adm1))


def _context_for(mention: Mention, anchors: Sequence[tuple[Mention, Match]],
                 governorates: frozenset[str], units: frozenset[str] = frozenset()) -> Context:
    """The anchors nearest in the text carry the context; far ones only a little."""
    weighted = []
    for other, match in anchors:
        if other.key == mention.key or match.place is None:
            continue
        gap = abs(other.start - mention.start)
        weighted.append((math.exp(-gap / TEXT_SCALE_CHARS), match.place.lat, match.place.lon))
    weighted.sort(key=lambda w: -w[0])
    # Anchors at one point (Homs named fifty times) add up: one distance per place, not per mention.
    by_point: dict[tuple[float, float], float] = {}
    for rank, (weight, lat, lon) in enumerate(weighted):
        by_point[(lat, lon)] = by_point.get((lat, lon), 0.0) + weight + (0.05 if rank < LOCAL_ANCHORS else 0.002)
    points = tuple((lat, lon, weight) for (lat, lon), weight in by_point.items())
    return Context(anchors=points, governorates=governorates, units=units)


class _AloneCache:
    """Mentions resolved without context (the first round), per gazetteer: the same in every document.
    (A gazetteer is a Mapping, so unhashable: it is keyed by identity and held weakly.)"""

    MAX = 20_000

    def __init__(self) -> None:
        self._by_gaz: dict[int, tuple[weakref.ReferenceType[Gazetteer], dict[tuple[str, str | None], Match]]] = {}
        # an instance attribute, not a method: code that clears every ``cache_clear`` it finds in the
        # module (the benchmarks) must not meet it unbound on the class
        self.cache_clear: Callable[[], None] = self._by_gaz.clear

    def __call__(self, gaz: Gazetteer, text: str, kind_hint: str | None) -> Match:
        entry = self._by_gaz.get(id(gaz))
        if entry is None or entry[0]() is not gaz:
            for key in [k for k, v in self._by_gaz.items() if v[0]() is None]:
                del self._by_gaz[key]
            entry = self._by_gaz[id(gaz)] = (weakref.ref(gaz), {})
        cache = entry[1]
        hit = cache.get((text, kind_hint))
        if hit is None:
            if len(cache) >= self.MAX:
                cache.clear()
            hit = cache[(text, kind_hint)] = resolve(gaz, text, kind_hint=kind_hint)
        return hit


_resolve_alone = _AloneCache()


def _window(anchors: Sequence[tuple[Mention, Match]], starts: Sequence[int],
            pos: int) -> Sequence[tuple[Mention, Match]]:
    """The anchors (in text order) within CONTEXT_WINDOW_CHARS of ``pos``: all of them in a shorter text."""
    return anchors[bisect_left(starts, pos - CONTEXT_WINDOW_CHARS):bisect_right(starts, pos + CONTEXT_WINDOW_CHARS)]


def find_places(text: str, *, gazetteer: Gazetteer | None = None, document: str | None = None) -> list[Match]:
    """Every place mention in ``text``, resolved with the whole text as context, in text order."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    mentions = find_mentions(text, gazetteer=gaz)
    alone = [_resolve_alone(gaz, m.text, m.kind_hint) for m in mentions]
    matches = alone
    for _round in range(2):
        anchors = [(m, r) for m, r in zip(mentions, matches, strict=True)
                   if r.resolved and r.place is not None and r.place.kind not in ADMIN_KINDS
                   and r.confidence >= ANCHOR_CONFIDENCE and not _DESTINATION.search(text, max(0, m.start - 60), m.start)]
        governorates = frozenset(r.place.adm1_pcode for r in matches
                                 if r.resolved and r.place is not None and (r.place.kind == "governorate" or (
                                     r.place.kind == "city" and _capital_of(r.place))))  # (a governorate's capital
        # names its governorate: "al-Shoula" in a report on Deir ez-Zor is the Deir ez-Zor village)
        units = frozenset(r.place.pcode for m, r in zip(mentions, matches, strict=True)
                          if r.resolved and r.place is not None and r.place.kind in ("district", "subdistrict")
                          and not _DESTINATION.search(text, max(0, m.start - 60), m.start))
        starts = [m.start for m, _r in anchors]
        # An unknown name (outside Syria, or nothing like it) stays unknown whatever the context.
        matches = [first if first.status == "unknown" else
                   resolve(gaz, m.text, kind_hint=m.kind_hint,
                           context=_context_for(m, _window(anchors, starts, m.start), governorates, units))
                   for m, first in zip(mentions, alone, strict=True)]
    # One sense per text: an ambiguous name ("Hama" in a headline, where "Damascus" lends a village near it some
    # context) takes the place the same name resolved to, confidently, elsewhere in the text.
    sure = {m.key: r.place for m, r in zip(mentions, matches, strict=True)
            if r.resolved and r.place is not None and r.confidence >= SENSE_CONFIDENCE and m.kind_hint is None}
    matches = [replace(r, status="resolved", place=sure[m.key], confidence=round(0.8 * max(
                   (c.name_score for c in r.candidates if c.place.id == sure[m.key].id), default=1.0), 3),
                   reason="the same name resolved elsewhere in the text")
               if r.status == "ambiguous" and m.key in sure and m.kind_hint is None
               and any(c.place.id == sure[m.key].id for c in r.candidates) else r
               for m, r in zip(mentions, matches, strict=True)]
    # A single word found only as another spelling's variant is kept only when it resolves: unresolved,
    # it is more likely a personal or foreign name than a place the gazetteer lacks.
    return [replace(r, document=document, start=m.start, end=m.end) for m, r in zip(mentions, matches, strict=True)
            if not (m.approximate and not r.resolved and " " not in m.key)]
