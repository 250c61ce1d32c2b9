"""References to places named before (part of :mod:`homsmap.extract`): :func:`_coref` reads "the city", "the
town", "the village", "the base", "the crossing", "the centre", "it", "both towns" and "the old city" as the
places a report named before, or as the town the report is about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from homsmap import extract_rules as R
from homsmap.extract_cues import _ITEM_LABEL
from homsmap.extract_layout import headword
from homsmap.extract_parse import _AREA_KINDS, Doc, PlaceRef, Sentence, quick_resolve
from homsmap.extract_places import _AREA_AFTER, _CONTAINER_BEFORE
from homsmap.gazetteer import ADMIN_KINDS, Gazetteer, Place

__all__ = ["_coref"]


_TOWNS = {"town", "village", "city"}
_ALMANAC_HEAD = re.compile(r"[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)*\s*(?:\(|,|\.)")  # "PALMYRA (Tadmur). Homs gov., …"
_BARE_TOWN = re.compile(r"(?:(?<=[:;]\s)|" + "|".join(f"(?<=\\b{w}\\s)" for w in (
    "retakes", "retook", "retake", "takes", "took", "enters", "entered", "re-enters", "declares", "declared", "recaptures",
    "recaptured", "captures", "captured", "seizes", "seized")) + r")(?:town|city)\b(?!\s+(?:of|hall|centre|center)\b)")
_QUARTERS = {"neighbourhood", "district_area", "district", "camp"}
_ENTRY_NOUNS = {"town": _TOWNS, "village": _TOWNS, "district": _QUARTERS, "neighbourhood": _QUARTERS,
                "neighborhood": _QUARTERS, "quarter": _QUARTERS, "camp": _QUARTERS | {"camp"}}  # an entry's own place
_RESTORED_TO = re.compile(r"(?i)\brestor(?:ed|es|e|ing)\s+(?:[\w-]+\s+){0,4}?to\s+[^.;]{0,50}$")  # not a destination


_LEFT_FOR = re.compile(r"(?i)\b(?:left|leaving|fled|fleeing|withdrew|withdrawing|retreated|retreating|escaped|evacuated|"
                       r"headed|heading|bussed|bused)\b[^.;,]{0,40}?\b(?:towards?|for|to)\s+(?:the\s+)?$")

# "restored security and stability on Thursday to the villages of X and Y": places secured, not a destination
_SECURITY_TO = re.compile(r"(?i)\b(?:security|stability|calm|control|order)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?"
                          r"(?:(?:towns|villages)\s+of\s+)?(?:[^.;,]{1,40}?\s+and\s+)?$")

def _coref(doc: Doc, s: Sentence, prior: Sequence[Sentence], gaz: Gazetteer) -> list[PlaceRef]:
    out = []
    for m in R.COREF.finditer(s.text):
        noun = re.sub(r"\s+", " ", m.group("noun").lower())
        start = s.start + m.start()
        if any(p.start <= start < p.end for p in s.places):
            continue
        if re.match(r"\s+and\s+(?:the\s+)?(?:hill|hills|hilltop|farms|base|airfield|plain|valley)\s+of\s+(?-i:[A-Z])", s.text[m.end():]):
            continue  # "capture the village and hill of Sheikh Aqil": the place named next, not one told before
        if re.match(r"\s+(?:beneath|below|under|at\s+the\s+foot\s+of|next\s+to|beside|near)\s+it\b", s.text[m.end():]):
            continue  # "seized the hill of al-Eis and the village beneath it": the one just named, not a place told before
        recent = [p for p in s.places if p.end <= start and p.place is not None]
        for earlier in reversed(prior):
            recent = [p for p in earlier.places if p.place is not None] + recent
        recent = [p for p in recent if not (R.DESTINATION_BEFORE.search(doc.text[max(0, p.start - 80):p.start])
                                            and not R.ENTRY_INTO_BEFORE.search(doc.text[max(0, p.start - 80):p.start])
                                            and not _RESTORED_TO.search(doc.text[max(0, p.start - 80):p.start]))
                  and (not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])
                       or _RING_AROUND.search(doc.text, max(0, p.start - 40), p.start))  # (but "the ring is closed around
                  # Saraqib … the town is fully encircled": the town ringed)
                  and not (_AREA_AFTER.match(doc.text, p.end)  # "the Tell Rifaat area" is not "the city" (but "a
                           and not (noun == "village" and re.match(r"\s+(?:front|axis)\b", doc.text[p.end:p.end + 8]))
                           # counter-attack on the al-Rayhan front … regained the village": that village; and "attacked
                           # … in the Jubb al-Jarrah area, east of Homs, and took full control of the town": that town)
                           and not (p.place is not None and noun == p.place.kind == "town" and p.start >= s.start
                                    and re.match(r"\s+area\b", doc.text[p.end:p.end + 6])))
                  and not re.match(r"\s+(?:road|highway|motorway|side|direction|axis)\b", doc.text[p.end:p.end + 12])  # nor "the Homs road"
                  and not _ROAD_TO.search(doc.text, max(0, p.start - 40), p.start)  # nor "cut the roads to Sarmin and Afis"
                  and not (re.match(r"\s+(?:declared|declares|said|says|announced|announces|denied|denies|claimed|claims|"
                                    r"insisted|invited|agreed|accused|ordered)\b", doc.text[p.end:p.end + 14])
                           and not re.search(r"\b(?i:in|from)\s+$", doc.text[max(0, p.start - 6):p.start]))]
        # (nor "Damascus declared"; but "negotiators in Busra al-Sham agreed to hand the town over": that town)
        if m.group().lower().startswith("that ") and noun in ("town", "village") and (fled := [
                p for p in s.places if p.end <= start and p.place is not None and p.place.kind in ("town", "village")
                and R.DESTINATION_BEFORE.search(doc.text[max(0, p.start - 80):p.start])]):
            recent = [*recent, fled[-1]]  # "Survivors fled north to Buwaydah al-Sharqiyah; troops stormed that village on
            # Wednesday": the demonstrative points at the destination just named
        place: Place | None = None
        here = [p for p in recent if p.start >= s.start]
        aimed = [p for p in here if not re.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, p.start - 10):p.start])]
        if not aimed and noun in _ENTRY_NOUNS and (entry := headword(doc, s)) is not None and entry.place is not None \
                and entry.start < start and _ENTRY_NOUNS[noun] & {entry.place.kind}:
            out.append(PlaceRef(start, s.start + m.end(), m.group(), entry.place, 0.7, "coref"))
            continue  # "Bani Zaid – north-western district … government troops occupied the district the same day" (and
            # "Huweija (…). Village … troops advancing east from Sabkha entered the village": not the place they came from)
        para = [p for p in recent if p.start >= _para_start(doc, prior, s)]
        if noun == "city":
            # a town the text itself calls a city ("Afrin city", "the city of Manbij") is one here
            called = {p.place.id for p in recent if p.place is not None and _called_city(doc, p)}

            def _city(q: Place | None, called: set[str] = called) -> bool:
                return q is not None and (q.kind == "city" or q.id in called)

            same = [p.place for p in here if p.place is not None and _city(p.place)]
            if doc.title_city is not None and len(same) > 1 and doc.title_city in same:
                same = [doc.title_city]  # "between Manbij and al-Bab, the last route out of the city": the story's city
            if doc.topic is not None and any(p.place is not None and p.place.id == doc.topic.id for p in here):
                same = [doc.topic]  # the town the whole text is about, named in this sentence
            lately = [p.place for p in para if p.place is not None and _city(p.place)
                      and not re.match(r"\s+itself\b|,?\s+(?:some\s+|about\s+|around\s+)?\d+\s*(?:km|kilomet)",
                                       doc.text[p.end:p.end + 30])]  # (not "bombed depots in Raqqa itself, some 50 km east")
            older = [p.place for p in recent if p.place is not None and _city(p.place)]
            story = None
            if doc.title_city is not None and any(p.place is not None and p.place.id == doc.title_city.id for p in para):
                lately, story = [], doc.title_city  # the story's city named in this paragraph: "the city" is still that one
            towns_here = [p.place for p in here if p.place is not None and p.place.kind == "town" and not _city(p.place)
                          and not _CONTAINER_BEFORE.search(doc.text[max(0, p.start - 45):p.start])]
            topic_near = doc.topic if doc.topic is not None and any(
                p.place is not None and p.place.id == doc.topic.id for p in recent) else None
            place = same[-1] if same else towns_here[-1] if towns_here and not lately else topic_near or (
                lately[-1] if lately else story or doc.topic or doc.title_city or (older[-1] if older else None))
            if place is None:  # no city named: "the city" is a town the gazetteer ranks lower (Manbij)
                towns = [p.place for p in recent if p.place is not None and p.place.kind == "town"]
                place = towns[-1] if towns else None
        elif noun in ("town", "village") and not here and any(
                p.end <= start and not _LEFT_FOR.search(doc.text[max(0, p.start - 80):p.start])
                and not _ROAD_TO.search(doc.text, max(0, p.start - 40), p.start) for p in s.places):
            # (a place the sentence's fighters left towards is no town of its own: "left towards Tell Rifaat, and …
            # entered the town centre" is the town before)
            # "took al-Hbeit (unresolved) … withdrew from the village": not a village named before; but "would
            # push toward al-Bab; instead, the town was captured by …": the town the sentence aimed at
            toward = [p.place for p in s.places if p.end <= start and p.place is not None
                      and p.place.kind in ("town", "village", "city")
                      and re.search(r"(?i)\b(?:push|pushing|pushed|advance|advancing|advanced|move|moving|march|marching|"
                                    r"drive|driving)\s+(?:\w+\s+){0,2}?towards?\s+(?:the\s+)?$",
                                    doc.text[max(0, p.start - 50):p.start])]
            around = {p.place.id: p.place for p in s.places if p.end <= start and p.place is not None
                      and p.place.kind in (("town", "village") if noun == "village" else ("town", "village", "city"))
                      and R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])
                      and not _HEIGHTS_AROUND.search(doc.text[max(0, p.start - 30):p.start])}
            # ("swept through the villages around Kobani, and by 20 September the town was encircled": that town; but not
            # "overran army positions in Harasta al-Basal (unknown), east of Douma, … in control of the village": no city)
            place = toward[-1] if len(toward) == 1 else next(iter(around.values())) if len(around) == 1 else None
            if place is None and doc.topic is not None and any(
                    p.place is not None and p.place.id == doc.topic.id and p.end <= start
                    and _HEIGHTS_AROUND.search(doc.text[max(0, p.start - 30):p.start]) for p in s.places):
                place = doc.topic  # "After weeks of air strikes on the heights around Maaloula, … the army retook the
                # town": the article's town, named just before
        elif noun in ("town", "village") and (label := _ITEM_LABEL.match(s.text)) is not None and (labelled := [
                p for p in here if p.start < s.start + label.end() and p.place is not None
                and p.place.kind in ("town", "village", "city")]):
            place = labelled[0].place  # "- Jubata al-Khashab: Under the Quneitra settlement …, units deployed into the
            # village on 24 July": the item's own place
        elif noun in ("town", "village"):
            # "the town" after "… between Raqqa and Mosul": a town or village before a city; the
            # sentence's own places before the earlier sentences'
            fronted = [p for p in here if p.place is not None and p.place.kind in ("town", "village") and p.start - s.start <= 40
                       and re.search(r"(?i)\b(?:in|at)\s+(?:the\s+(?:town|village)\s+of\s+)?$", doc.text[s.start:p.start])]
            # ("Next door in Muadamiyat al-Sham, Government forces have fully encircled the town since 24 August": that one)
            if not fronted and doc.topic is not None and ((noun == "town") == (doc.topic.kind != "village") or (
                    noun == "town" and any(p.place is not None and p.place.id == doc.topic.id and _called_town(doc, p)
                                           for p in doc.refs_before(start)))) and any(
                    p.place is not None and p.place.id == doc.topic.id for p in doc.refs_before(start)) and not [
                    p for p in here if p.place is not None and (p.place.kind == ("town" if noun == "town" else "village")
                                                                or _called_town(doc, p))] and (any(
                    p.place is not None and p.place.id == doc.topic.id for p in recent)
                    or (any(p.place is not None and p.place.id == doc.topic.id for p in doc.sentences[0].places) and not [
                        p for p in recent if p.place is not None and p.place.kind in ("town", "village")])  # a headword
                    or ((doc.topic.kind == "town" or any(
                    p.place is not None and p.place.id == doc.topic.id and _called_town(doc, p)
                    for x in doc.sentences[:s.index] for p in x.places)) and not [
                    p for p in para if p.place is not None and p.place.kind in ("town", "village")])):
                out.append(PlaceRef(start, s.start + m.end(), m.group(), doc.topic, 0.7, "coref"))
                continue  # "residents fled in the days before the town fell": the town the report is about
            for pool in (here, para, recent):
                near = [p.place for p in pool if p.place is not None and p.place.kind in ("town", "village", "city")
                        and not _OFF_THE_TOWN.match(doc.text, p.end)  # (not "Shiran and Alishar east of the town")
                        and not _FROM_SIDE.search(doc.text[max(0, p.start - 30):p.start])  # (not "from the direction of X")
                        and not _IN_REGION.search(doc.text[max(0, p.start - 20):p.start])  # (nor "in western Daraa")
                        and not (pool is not here and m.group().lower().startswith("the ")  # (nor "… while aircraft
                                 and _STRUCK.search(doc.text[max(0, p.start - 30):p.start]))  # struck Nawa. … took the town")
                        and not (_ORIGIN.search(doc.text[max(0, p.start - 30):p.start])  # (nor "rebels who had retreated
                                 and not re.search(r",\s+and\b|;", doc.text[p.end:start])  # from Qara seized the town")
                                 and not (re.match(r"\s+and\s", doc.text[p.end:start])  # (but "Nusra withdrew from Mayadin
                                          and not _RELATIVE_ORIGIN.search(doc.text[max(0, p.start - 45):p.start])))]
                # and IS fighters moved into the town": the town just left)
                small = [q for q in near if q.kind != "city"]
                place = small[-1] if small else near[-1] if near else None
                told = {q.id for q in small} & {p.place.id for p in doc.refs_before(s.start) if p.place is not None}
                if pool is here and len({q.id for q in small}) >= 2 and len(told) == 1:
                    place = next(q for q in small if q.id in told)  # "struck Azaz and Marea after the town fell": the
                    # town the story was already about, not the one named in passing
                if place is not None:
                    break
            if place is None and noun == "town" and doc.topic is not None and doc.topic.kind in ("town", "city") and any(
                    _OFF_THE_TOWN.match(doc.text, p.end) for p in recent):
                place = doc.topic  # "took Shiran and Alishar east of the town. … the town has been besieged": the town
                # the villages were placed by, the one the report is about
            if place is None:  # no town in the last sentences: "… the last buses left for Idlib province, and army and
                # police units entered the town that afternoon" is the town the brief is about, the one it names most
                place = _most_named(doc, start, ("village", "town") if noun == "village" else ("town", "city", "village"))
        elif noun in ("base", "airbase", "air base", "airport", "airfield"):
            bases = [p.place for p in doc.refs_before(start) if p.place is not None and p.place.kind in ("airbase", "facility")]
            cities = [p.place for p in [*here, *out] if s.start <= p.start < start and p.place is not None
                      and p.place.kind in ("city", "town") and not re.search(  # (not "the offensive that reached Aleppo")
                          r"(?i)\b(?:reached|reaching|reach|towards?|on|against)\s+(?:the\s+(?:city\s+of\s+)?)?$",
                          doc.text[max(0, p.start - 20):p.start])]
            if cities:  # "the group held the whole city, including the airport": that city's, not T4 60 km away
                bases = [b for b in bases if b.distance_km(cities[-1]) <= 20]
            if noun != "base":  # "… seized the Brigade 93 base. … troops had evacuated the airport": an airbase, not a base
                bases = [b for b in bases if b.kind == "airbase"] or bases
            place = bases[-1] if bases else None  # "The base fell late on Monday": the airbase named last
        elif noun in ("citadel", "castle"):  # "captured the medieval citadel": the citadel named before, or that of the
            # town or city named last ("Palmyra Citadel")
            forts = [p.place for p in doc.refs_before(start) if p.place is not None and p.place.kind == "facility"
                     and re.search(r"(?i)citadel|castle|qal['’]?a", p.place.name)]
            towns = [p.place for p in doc.refs_before(start) if p.place is not None and p.place.kind in ("city", "town")]
            r = quick_resolve(gaz, f"{towns[-1].name} Citadel") if towns and not forts else None
            place = forts[-1] if forts else r.place if r is not None and r.resolved and r.place is not None \
                and r.place.kind == "facility" else None
        elif noun in ("centre", "center"):  # "they pushed into the centre": of the town or city named last
            towns = [p.place for p in recent if p.place is not None and p.place.kind in ("city", "town")]
            place = towns[-1] if towns else None
        elif noun in ("crossing", "dam", "structure", "facility", "prison", "field", "gas field", "oil field"):  # "rebels overran
            # the crossing": the crossing (or dam, or gas field) named before; "an SDF counterattack recovered the
            # structure": the site named last
            kinds = ("crossing",) if noun == "crossing" else ("facility",) if noun in ("dam", "prison", "field", "gas field", "oil field") \
                else ("facility", "airbase", "crossing")
            sites = [p.place for p in doc.refs_before(start) if p.place is not None
                     and (p.place.kind in kinds or (noun == "prison" and _PRISON_AFTER.match(doc.text, p.end)))
                     # ("storm the Ghwayran (al-Sina'a) prison": the place named before the word)
                     and (noun != "prison" or "prison" in p.place.name.lower() or p.place.kind != "facility"
                          or _PRISON_AFTER.match(doc.text, p.end))
                     # (the noun is specific: "turned to the X crossing" counts)
                     and (noun != "dam" or "dam" in p.place.name.lower())
                     and (not noun.endswith("field") or "field" in p.place.name.lower())
                     and (noun not in ("structure", "facility") or p.start >= _para_start(doc, prior, s))]
            place = sites[-1] if sites else None
            if place is None and noun == "dam":  # "captured Tabqa and the neighbouring dam": that town's dam
                near_towns = [p for p in s.places if p.end <= start and p.place is not None and p.place.kind in ("town", "city")]
                r = quick_resolve(gaz, f"{near_towns[-1].text} Dam") if near_towns else None
                place = r.place if r is not None and r.resolved and r.place is not None and r.place.kind == "facility" else None
        elif noun == "camp":  # "declared that the camp … had been cleared": the refugee camp named before
            lead = [p for x in doc.sentences[:2] for p in x.places]
            camps = [p.place for p in (recent or lead) if p.place is not None and (
                re.match(r"\s+(?:refugee\s+)?camp\b", doc.text[p.end:p.end + 20], re.IGNORECASE)
                or re.search(r"(?i)\b(?:camp|mukhayyam)\b", p.place.name))]
            # (and "Yarmouk Camp\n\nYarmouk (Arabic: مخيم اليرموك) is a district …. On 17 December … fighters moved into
            # the camp": the article's camp, when the sentences before name no place)
            place = camps[-1] if camps else None
        elif noun in ("quarter", "district", "neighbourhood", "neighborhood", "suburb"):
            # "besieged the quarter from 24 June 2021": the neighbourhood named last
            quarters = [p.place for p in recent if p.place is not None and p.place.kind in ("neighbourhood", "district_area")]
            place = quarters[-1] if quarters else None
        else:
            areas = [p.place for p in recent if p.place is not None and p.place.kind in _AREA_KINDS]
            place = areas[-1] if areas else None
        if place is not None:
            out.append(PlaceRef(start, s.start + m.end(), m.group(), place, 0.75, "coref"))
    for m in re.finditer(r"(?i)\bthe\s+old\s+(?:city|town|quarters?)\b", s.text):
        start = s.start + m.start()
        olds = [p.place for x in (*prior, s) for p in x.places if p.place is not None and p.end <= start
                and p.place.kind in ("district_area", "neighbourhood", "region") and "old" in p.place.name.lower()]
        if not olds:  # "The rebels in the Old City held out" in a text about Homs: Old Homs, if the gazetteer has it
            cities = [p.place for p in doc.refs_before(start) if p.place is not None and p.place.kind == "city"]
            for city in dict.fromkeys(reversed(cities)):
                r = quick_resolve(gaz, f"Old {city.name}")
                if r is not None and r.resolved and r.place is not None and r.place.kind == "district_area":
                    olds = [r.place]
                    break
        if not olds and m.group().lower().endswith("town") and not re.match(r"\s+of\b", s.text[m.end():]) \
                and doc.topic is not None and doc.topic.kind in ("town", "village") \
                and any(p.place is not None and p.place.id == doc.topic.id for p in doc.refs_before(start)):
            olds = [doc.topic]  # "On 2 December 2013 they took the old town and the Mar Taqla convent" in an article on Maaloula
        if olds:  # "the last fighters are due to leave the old city": Old Homs, named before
            out = [r for r in out if not (r.start <= start < r.end)]
            out.append(PlaceRef(start, s.start + m.end(), m.group(), olds[-1], 0.75, "coref"))
    for m in re.finditer(r"(?i)\b(?:both|(?:the|those|these)\s+(?:two|three)|all\s+three)\s+(?P<noun>towns|villages|cities|places)\b", s.text):
        start = s.start + m.start()
        def _plain(p: PlaceRef) -> bool:
            return p.place is not None and p.place.kind in ("town", "village", "city") \
                and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start]) \
                and (not R.DESTINATION_BEFORE.search(doc.text[max(0, p.start - 80):p.start])
                     or _SECURITY_TO.search(doc.text, max(0, p.start - 80), p.start) is not None)
            # (but "restored security on Thursday to the villages of X and Y, …, who had overrun the two villages")

        pool = [p for p in s.places if p.end <= start and _plain(p)] or \
               [p for p in (prior[-1].places if prior else []) if _plain(p)]
        n = 3 if "three" in m.group().lower() else 2
        if len(pool) >= n:  # "In Suqaylabiyah and Mhardeh … rebel units enter both towns"
            for q in pool[-n:]:
                out.append(PlaceRef(start, s.start + m.end(), m.group(), q.place, 0.7, "coref"))
    for m in _THEM_OBJECT.finditer(s.text):  # "Deir Hafer and Maskanah → SNA. … SNA factions took them over on 8 December"
        start = s.start + m.start("them")
        if any(p.end <= start for p in s.places if p.place is not None) or not prior or prior[-1].para != s.para:
            continue
        listed = [p for p in prior[-1].places if p.place is not None and p.place.kind in ("town", "village", "city")
                 and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])]
        if 2 <= len(listed) <= 4 and all(R.LISTISH.fullmatch(doc.text[a.end:b.start]) for a, b in pairwise(listed)):
            out.extend(PlaceRef(start, s.start + m.end("them"), m.group("them"), q.place, 0.65, "coref") for q in listed)
    for m in _ITS_PART_TAKEN.finditer(s.text):  # "reached the Tishrin Dam and seized its western end": the dam
        start = s.start + m.start("it")
        whose = [p for p in s.places if p.end <= start and p.place is not None and p.place.kind not in ADMIN_KINDS]
        if whose and not any(q.start == start for q in out):
            out.append(PlaceRef(start, s.start + m.end(), m.group("it") + m.group("part"), whose[-1].place, 0.7, "coref"))
    for m in sorted([*_IT_OBJECT.finditer(s.text), *_IT_PASSIVE.finditer(s.text)], key=lambda m: m.start("it")):
        # "after rebels seized it in March", "Bulbul … was the first district centre to fall: it was taken by …": the town
        # last named
        start = s.start + m.start("it")
        named_here = [p for p in s.places if p.end <= start and p.place is not None]
        if m.re is _IT_PASSIVE and not named_here:  # "Bulbul was the first district centre to fall. It was taken by …":
            # the one place the sentence before named (not "The loss of Ariha left the Abu al-Duhur airbase …. It was
            # stormed": two)
            one = {p.place.id: p.place for p in (prior[-1].places if prior and prior[-1].para == s.para else [])
                    if p.place is not None and p.place.kind in ("town", "village", "city", "airbase", "facility")}
            if len(one) == 1:
                out.append(PlaceRef(start, s.start + m.end("it"), m.group("it"), next(iter(one.values())), 0.7, "coref"))
            continue
        said = sorted([*named_here, *[q for q in out if q.how == "coref" and s.start <= q.start and q.end <= start
                                      and q.place is not None and q.place.kind in ("airbase", "facility", "crossing")]],
                      key=lambda q: q.start)  # ("overran the base after its garrison abandoned it": the base, a coref)
        near = [p.place for p in (said or [q for q in out if q.how == "coref" and q.end <= start])
                if p.end <= start and p.place is not None
                and p.place.kind in ("town", "village", "city", "neighbourhood", "district_area", "airbase", "facility",
                                     "crossing")
                and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])  # not "north-east of Damascus"
                and not _FRINGE_OF.search(doc.text, max(0, p.start - 40), p.start)  # nor "the western outskirts of Damascus"
                and (not re.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, p.start - 10):p.start])  # nor "from X"
                     or (re.search(r"(?i)\b(?:withdr\w+|pull\w*\s+out|retreat\w*|pulled\s+back|evacuat\w+)\s+from\s+(?:the\s+)?$",
                                   doc.text[max(0, p.start - 30):p.start])
                         and not re.search(r"(?i)\b(?:town|city|village)\b", doc.text[p.end:start])))
                # (but "withdraw from X that night; Druze factions take control of it")
                # nor "Khanasir, which sits on the road into government-held Aleppo, and the army got it back" (nor
                # "Yadudah, on the western outskirts of Deraa, agreed … and troops entered it": an appositive's place)
                and not (re.search(r",\s+(?:which|where|who|(?:on|at|near|in)\s+the)\b[^,;]*$", doc.text[s.start:p.start])
                         and re.match(r"[^;]*,", doc.text[p.end:start]))]
        if not near and prior and prior[-1].para == s.para:  # "Saraqib … has become … Government forces took it"
            if re.match(r"(?i)\s*(?:the|this)\s+(?:town|city|village)\b", prior[-1].text):
                # "The town, at the junction of …, has changed hands … Troops first captured it": the town
                # that sentence began with, as the report's own town or the one named before it
                named = [p.place for p in doc.refs_before(prior[-1].start) if p.place is not None
                         and p.place.kind in ("town", "village", "city")
                         and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])]
                near = named[-1:] if named and doc.topic is not None and named[-1].id != doc.topic.id and len(prior) >= 2 \
                    and any(p.place is not None and p.place.id == named[-1].id for p in prior[-2].places[:1]) \
                    else [doc.topic] if doc.topic is not None else named[-1:]  # ("… recaptured the town of Kafr Nabudah on
                # Sunday. The town has changed hands three times this month. Troops first took it on May 8": the town the
                # sentence before that one was about, over the place the report names most)
            elif re.match(r"\s*It\s+(?:has\s+|had\s+)?(?:changed|changes|was|is|has)\b", prior[-1].text) and not prior[-1].places:
                # "Kafr Nabudah — Farming town …. It changed hands three times in May. The army seized it on 8 May": the
                # place the sentence before it was about
                near = [p.place for p in doc.refs_before(prior[-1].start) if p.place is not None
                        and p.place.kind in ("town", "village", "city")
                        and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])][-1:]
            else:
                near = [p.place for p in prior[-1].places if p.place is not None
                        and p.place.kind in ("town", "village", "city", "airbase", "facility")
                        and not R.DESTINATION_BEFORE.search(doc.text[max(0, p.start - 80):p.start])
                        and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])
                        and not _ORIGIN.search(doc.text[max(0, p.start - 30):p.start])][:1]
                # ("The Menagh airbase, north of Aleppo, had been surrounded … rebel factions stormed it": the base)
        if not near and not named_here and (entry := headword(doc, s)) is not None and entry.place is not None \
                and entry.start < s.start:
            near = [entry.place]  # "Sheikh Maqsoud – Kurdish-majority district … Opposition factions attacked it from Bani Zaid"
        if near:
            out.append(PlaceRef(start, s.start + m.end("it"), m.group("it"), near[-1], 0.7, "coref"))
    if _ALMANAC_HEAD.match(doc.text) and doc.topic is not None and doc.topic.kind in ("town", "city"):
        for m in _BARE_TOWN.finditer(s.text):  # an almanac's "11 Dec 2016: IS retakes town": the entry's own town
            if not any(p.start <= s.start + m.start() < p.end for p in [*s.places, *out]):
                out.append(PlaceRef(s.start + m.start(), s.start + m.end(), m.group(), doc.topic, 0.7, "coref"))
    if (hold := _ENTRY_STRONGHOLD.match(s.text)) is not None:
        # "- 24 August – Tabqa airbase: the last government stronghold in the province falls to ISIL": the entry's place
        head = [p for p in s.places if p.place is not None and p.end <= s.start + hold.start("noun")]
        if len(head) == 1:
            out.append(PlaceRef(s.start + hold.start("noun"), s.start + hold.end("noun"), hold.group("noun"),
                                head[0].place, 0.7, "coref"))
    return out


# a place whose outskirts locate another ("the village of Sabboura on the western outskirts of Damascus")
_FRINGE_OF = re.compile(r"(?i)\b(?:outskirts|edges?|fringes?|suburbs|gates|countryside)\s+of\s+(?:the\s+)?$")
# a chronology's entry whose clause opens with a description of the place it heads
_ENTRY_STRONGHOLD = re.compile(r"[^:;.]{2,90}:\s+(?P<noun>the\s+(?:last|final|main|largest|key|only)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:stronghold|bastion|holdout|position|outpost|base|garrison|foothold)"
                               r"(?:\s+in\s+the\s+(?:province|governorate|region|area|north|south|east|west|city|countryside))?)\b")


_ORIGIN = re.compile(r"(?i)\b(?:retreated|withdrew|withdrawn|fled|pulled\s+out|driven\s+out|expelled|ousted|came|arrived|"
                     r"moved|bussed|bused|evacuated|escaped)\s+from\s+(?:the\s+)?$")
# "the army pulls back to the heights around Bloudan and the town centre is again in opposition hands": a landmark
# for the army's positions, not the town the sentence is about
_HEIGHTS_AROUND = re.compile(r"(?i)\b(?:heights|hills?|hilltops?|mountains?|ridges?|positions|slopes)\s+(?:around|near|above)\s+"
                             r"(?:the\s+)?$")
_RING_AROUND = re.compile(r"(?i)\b(?:ring|noose|cordon|siege|encirclement|closed|closes|tightened|tightens|tightening)\b[^.;]{0,20}"
                          r"\baround\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$")
def _most_named(doc: Doc, start: int, kinds: tuple[str, ...]) -> Place | None:
    """The place of ``kinds`` the text names most before ``start`` (twice at least, and more than any other)."""
    counts = Counter(p.place for p in doc.refs_before(start) if p.place is not None and p.place.kind in kinds)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_STRUCK = re.compile(r"(?i)\b(?:struck|bombed|shelled|pounded|hammered|raided)\s+(?:the\s+)?$")
_ROAD_TO = re.compile(r"(?i)\b(?:roads?|routes?|highways?|motorways?|supply\s+lines?|way)\s+(?:to|towards|from)\s+(?:the\s+)?"
                      r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|or)\s+)?$")
_OFF_THE_TOWN = re.compile(r"(?:(?:,|\s+and)\s+(?:(?:al|as|ad|ar|an|az|el)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}){0,6}"
                           r"(?i:,?\s+(?:(?:just|some|about|\d+\s*km)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                           r"south-?west)\s+of\s+the\s+(?:town|city)\b)")
_RELATIVE_ORIGIN = re.compile(r"(?i)\b(?:who|that|which|having|had|been|after)\s+(?:\w+\s+)?(?:retreated|withdrew|withdrawn|fled|"
                              r"pulled\s+out|driven\s+out|expelled|ousted|came|arrived|moved|bussed|bused|evacuated|escaped)\s+from\b")
_IN_REGION = re.compile(r"(?i)\bin\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?|rural|central)\s+$")
_FROM_SIDE = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:direction|side|axis)\s+of\s+$")
_CITY_OF = re.compile(r"\bcity\s+of\s+$", re.IGNORECASE)


def _called_city(doc: Doc, p: PlaceRef) -> bool:
    """"Afrin city", "the city of Afrin": the text calls the place a city, whatever the gazetteer's kind."""
    return p.text.lower().endswith(" city") or re.match(r"\s+city\b", doc.text[p.end:p.end + 6]) is not None \
        or _CITY_OF.search(doc.text[max(0, p.start - 12):p.start]) is not None


def _called_town(doc: Doc, p: PlaceRef) -> bool:
    """"Douma, the largest town of that enclave", "the town of Douma", "Kobanî, known in Arabic as Ayn
    al-Arab, is a mainly Kurdish town": the text calls the place a town."""
    return re.match(r"(?:,\s+(?:[^,.;]{0,40},\s+(?:is|was)\s+)?|(?:\s*\([^()]{0,80})?\)\s+(?:is|was)\s+)(?:the|a)\s+(?:[\w-]+\s+){0,3}?"
                    r"town\b",
                    doc.text[p.end:p.end + 100]) is not None \
        or re.search(r"\btown\s+of\s+$", doc.text[max(0, p.start - 12):p.start]) is not None


def _para_start(doc: Doc, prior: Sequence[Sentence], s: Sentence) -> int:
    same = [x.start for x in prior if x.para == s.para]
    return min(same) if same else s.start


_PRISON_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:central\s+)?prison\b", re.IGNORECASE)
_THEM_OBJECT = re.compile(r"\b(?:captured|seized|took|taken|entered|overran|stormed|recaptured|retook)\s+(?P<them>them|both)\b"
                          r"(?!\s+(?:prisoner|captive|hostage|out|back)\b)")
_ITS_PART_TAKEN = re.compile(r"\b(?:captured|seized|took|taken|overran|stormed|entered|recaptured|retook|regained|lost|abandoned)\s+"
                       r"(?P<it>its)(?P<part>\s+(?:(?:western|eastern|northern|southern|north-?western|north-?eastern|"
                       r"south-?western|south-?eastern|outer|upper|lower|main)\s+)?(?:end|half|part|side|section|sector|bank|"
                       r"perimeter|outskirts|gates?|entrance))\b", re.IGNORECASE)
_IT_PASSIVE = re.compile(r"(?:^|[:;,]\s+|\band\s+)(?P<it>[Ii]t)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:quickly|finally|"
                         r"eventually|briefly|later|then|soon|first)\s+)?(?:taken|captured|seized|overrun|stormed|retaken|"
                         r"recaptured|encircled|besieged|surrounded|lost|liberated|abandoned|evacuated|handed\s+over|entered)\b")
_IT_OBJECT = re.compile(r"\b(?:captured|captures|capture|capturing|seized|seizes|seize|seizing|took|takes|take|taken|taking|"
                        r"recaptured|recaptures|recapturing|retaking|entering|liberating|attacked|assaulted|"
                        r"(?:got|get|gets|won|win)(?=\s+it\s+back\b)|"
                        r"declared|declares|announced|storm|storms|regained|regain|regains|"
                        r"retook|retakes|retake|retaken|overran|overruns|overrun|entered|enters|enter|stormed|storms|"
                        r"besieged|encircled|surrounded|abandoned|abandons|evacuated|lost|loses|(?<=only\sto\s)lose|liberated|liberates|"
                        r"returned(?=\s+it\s+to\s+\w+\s+control)|(?:laid|lay|lays|laying)\s+siege\s+to|imposed\s+a\s+siege\s+on|"
                        r"(?:closed|closing|tightened|tightening|completed|completing)\s+(?:a|the|their|its)\s+ring\s+around)\s+"
                        r"(?:(?:most|much|all|parts?|control)\s+of\s+)?(?P<it>it)\b(?!\s+(?:was|is|had|has|out|off|away|up|down)\b)")
