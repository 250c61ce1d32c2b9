"""Which places a trigger acts on (part of :mod:`homsmap.extract`).

:func:`places_for` reads the places a trigger governs: its object ("captured Rastan and Talbiseh"), its subject
("Talbiseh fell"), its clause ("the agreement for al-Rastan"), or, when the sentence names none, the place the
text has in view (a line's label, "And from al-Qusayr: …"; a town the deal is about; the area named before).
"""

from __future__ import annotations

import re

from homsmap import extract_rules as R
from homsmap.events import ACTIONS
from homsmap.extract_antecedents import last_list, parenthetical_subject, relative_antecedent
from homsmap.extract_cues import _COLON_LABEL, _ENTRY_HEAD
from homsmap.extract_layout import (
    fronted_place,
    fronted_subject,
    opens_on_unknown,
    place_fought_before,
    row_places,
    sites_of_town_before,
)
from homsmap.extract_parse import Doc, PlaceRef, Sentence
from homsmap.extract_places import (
    MOVED_TO,
    _alias_refs,
    _clause_places,
    _filler_ok,
    _incident_places,
    _inherit_area,
    _object_places,
    _subject_places,
)
from homsmap.extract_when import WHEN_CLAUSE
from homsmap.gazetteer import ADMIN_KINDS, Gazetteer

__all__ = ["PASSIVE_AUX", "places_for"]


def places_for(doc: Doc, s: Sentence, gaz: Gazetteer, refs: list[PlaceRef], spec: R.TriggerSpec, action: str,
               a: int, b: int, c0: int, c1: int, nxt: int) -> list[PlaceRef]:
    """The places the trigger at ``a``..``b`` (clause ``c0``..``c1``, next trigger at ``nxt``) acts on."""
    kind = ACTIONS[action][0]
    if spec.role == "actor":
        return _incident_places(doc, refs, a, b, c0, c1)
    places: list[PlaceRef] = []
    if spec.name == "lost-passive" and doc.text[a - 2:a] == ", ":  # "…, and Maarat al-Numan, lost to the government at
        return [p for p in refs if p.end == a - 2][:1]  # the end of January, …": the place the participle follows
    if spec.name == "participle-item" and (entry := _ENTRY_HEAD.match(s.text)) is not None:
        # "al-Mastumah (military camp) — Army training base south of Idlib city; overrun on 19 May": the entry's place
        return [p for p in refs if s.start <= p.start < s.start + entry.end() and p.place is not None][:1]
    if spec.name in ("n-possessive-fall", "n-possessive-surrender"):  # "Daraya's capitulation": the possessor only
        return [p for p in refs if p.place is not None and doc.text[p.end:a] in ("'s ", "’s ")][:1]
    if spec.place == "subject":
        places = _subject_places(doc, refs, c0, a)
        paren = parenthetical_subject(doc, s, refs, a)
        if paren and (not places or places[0].start > paren[0].end):
            places = paren  # the place before the parenthesis, not one named inside it
        if not places and kind == "control":
            places = fronted_subject(doc, s, a)  # "In Tell Rifaat, …, the Military Security branch, fell yesterday"
    if not places and spec.place == "subject" and action in ("evacuated", "surrendered", "agreement") \
            and WHEN_CLAUSE.search(doc.text[max(s.start, c0 - 12):c0]):
        # "The siege of Daraya ended on 26 August, when the rebels agreed to be evacuated": the
        # place of the clause the "when" clause explains, when it names one place
        before = [p for p in refs if s.start <= p.start < c0 and p.place is not None
                  and p.place.kind not in ADMIN_KINDS]
        places = before if len(before) == 1 else []
    if spec.name == "n-offensive-defended":  # "the defenders of al-Hader foiled a large attack launched by the takfiris"
        return [p for p in refs if c0 <= p.start < a and p.place is not None and re.search(
            r"(?i)\b(?:defenders|garrison|guardians|protectors)\s+of\s+(?:the\s+(?:town|village|city)\s+of\s+)?$",
            doc.text[max(0, p.start - 40):p.start])][:1]
    if spec.place == "object" or (spec.place == "clause" and spec.role == "loses"):
        places = _object_places(doc, s, refs, b, nxt, gaz, attack=action in ("attacked", "contested"))
        if not places and kind == "control" and spec.place == "object" and spec.role == "loses" and not (
                spec.name == "lose" and re.match(r"\s+(?!it\b|control\b)[a-z]", doc.text[b:b + 20])):
            # "Rebels in Al-Tall, a town north of Damascus, began leaving": the place the leaving side is in
            # (but "fighters in Daraa lost ground" lost no town)
            places = [p for p in refs if c0 <= p.start < a and p.place is not None
                      and p.place.kind not in ADMIN_KINDS
                      and _SIDE_IN.search(doc.text[max(c0, p.start - 30):p.start])][:1]
        if not places and spec.name == "attack" and re.match(r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:positions?|posts?|"
                                                             r"checkpoints?|lines|defen[cs]es|outposts?)\b", doc.text[b:b + 50]):
            # "clashes were reported around Al-Mastumah, where NSAGs attacked government positions": the place the "where"
            # clause follows
            where = re.search(r"(?:^|,)\s+where\s+(?:[\w-]+\s+){1,4}$", doc.text[max(0, c0 - 10):a])
            if where is not None and c0 - 10 + where.start() >= s.start:
                at = max(0, c0 - 10) + where.start()
                named = [p for p in refs if s.start <= p.start and p.end <= at and p.place is not None
                         and not re.search(r"(?i)\b(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?$",
                                           doc.text[max(0, p.start - 25):p.start])
                         and re.fullmatch(r"(?:,\s+(?:[\w-]+\s+){0,3}?(?:north|south|east|west)\w*\s+of\s+[^,;.]{1,40})?",
                                          doc.text[p.end:at])]  # ("around Al-Mastumah, south of Idleb city, where")
                places = named[-1:]
        if not places and action == "besieged" and (trapped := _TRAPPED_IN.match(doc.text, b)) is not None:
            # "completed the encirclement of the terrorists who fled to the village of Jinni al-Salamah": the place they are in
            places = [p for p in refs if p.start == trapped.end() and p.place is not None][:1]
        if spec.name == "where-control":
            where = re.search(r",\s+where\s+$", doc.text[max(0, c0 - 10):c0])
            at = c0 - len(where.group()) if where else -1
            return [p for p in refs if p.end == at and p.place is not None][:1]
        if not places and kind == "control" and spec.place == "object" and spec.role in ("gains", "loses"):
            # "Taybat al-Imam, which rebels overran later in the day": the place the relative clause follows
            places = relative_antecedent(doc, refs, c0, a)
        if not places and spec.place == "object" and kind == "control" and spec.role == "gains" \
                and re.search(r"(?:ed|taken|overrun)$", doc.text[a:b], re.I):
            # "PALMYRA RECAPTURED FOR A SECOND TIME", "Khan Sheikhoun captured by the army": a headline's passive
            before = [p for p in refs if c0 <= p.start and p.end <= a and re.fullmatch(
                r"\s*(?:[:–—-]\s*)?(?:(?:all|both|now|also|finally|fully|\w+ly)\s+)*", doc.text[p.end:a])]
            if before and re.fullmatch(r"[\s\W]*(?:(?:the\s+)?(?:city|town|village)\s+of\s+)?",
                                       doc.text[c0:before[-1].start], re.I) and not PASSIVE_AUX.search(doc.text[c0:a]):
                h = before[-1]
                places = [PlaceRef(h.start, h.end, h.text, h.place, h.confidence, "headline", h.match)]
        if not places and kind == "control" and spec.role in ("gains", "loses") and spec.place in ("object", "clause") \
                and (label := _COLON_LABEL.match(s.text)) is not None and s.start + label.end() <= a:
            # "And from al-Qusayr: Hezbollah pulled out toward the border overnight and the town's own sons went in":
            # the place the line is labelled with
            places = [p for p in refs if s.start <= p.start < s.start + label.end() and p.place is not None
                      and p.place.kind not in ADMIN_KINDS][:1]
        if not places and spec.name == "pull-out-bare" and s.index > 0 and not _COLON_LABEL.match(s.text):
            places = place_fought_before(doc, s, a, b)
        if not places and spec.name == "enter-back-in":
            # "the militants swept back in on December 11": the place the sentence named before ("the army's
            # garrison left the town on Saturday and fighters … moved in"), else the place the text is about
            here = [q for q in refs if s.start <= q.start < a and q.place is not None
                    and (q.place.kind in ("city", "town", "village", "neighbourhood", "district_area")
                         or (q.place.kind in ("airbase", "facility") and re.search(  # ("the army abandoned the airport on 6
                             r"(?i)\b(?:abandon(?:ed|s)?|left|evacuated|withdrew\s+from|pulled\s+out\s+of)\s+(?:the\s+)?$",
                             doc.text[max(0, q.start - 30):q.start])))  # December and SDF units moved in": the airport
                    and not R.DESTINATION_BEFORE.search(doc.text[max(0, q.start - 80):q.start])
                    and not R.PART_AFTER.match(doc.text, q.end)  # (not "on Aleppo city's north-western outskirts")
                    and not re.match(r"\s+(?:suburbs|countryside)\b", doc.text[q.end:q.end + 13])  # (nor "2 Damascus suburbs")
                    and not re.search(r"(?i)\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$",
                                      doc.text[max(0, q.start - 24):q.start])  # (not "out of Tadif, south of al-Bab")
                    and not (re.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, q.start - 12):q.start])
                             and not re.search(r"(?i)\b(?:withdr[ae]w[n]?|pulled\s+out|retreated|left)\s+from\s+(?:the\s+)?$",
                                               doc.text[max(0, q.start - 30):q.start]))]
            prev = [q for x in doc.sentences[max(0, s.index - 2):s.index] for q in x.places
                    if q.place is not None and q.place.kind in ("city", "town", "village")]
            targets = [q.place for q in last_list(doc, here)] if here else [] if opens_on_unknown(doc, s, a) else \
                [t for t in [doc.topic or (prev[-1].place if prev else None)] if t is not None]
            # (none for "Mansoura followed two days later, when … government troops moved in": a place not known)
            # ("withdrew from Hreitan, Anadan and Kafr Hamra …, and government forces moved in": all three)
            places = [PlaceRef(a, b, t.name, t, 0.5, "inherited") for t in targets if t is not None]
        if not places and spec.place == "object" and kind == "control" and spec.role == "gains":
            places = fronted_place(doc, s, b, bare=doc.text[b - 12:b].lower() == "encirclement")
        if not places and spec.place == "object" and kind == "control" and spec.role == "gains" \
                and action not in ("attacked", "contested"):
            places = sites_of_town_before(doc, s, a, b)
        if not places and spec.place == "object" and kind == "control":
            alias = _alias_refs(s, b, nxt, gaz)
            if alias and _filler_ok(doc.text[b:alias[0].start], limit=4) \
                    and not R.LOCATIVE_BEFORE.search(doc.text[b:alias[0].start]):
                places = alias
    if not places and kind == "control" and "|" in s.text:
        places = row_places(doc, s, a)  # a table's "Date | Location | Event" row: the row's places
    if not places and (spec.place == "clause" or action in ("evacuated", "surrendered")):
        places = [p for p in _clause_places(doc, refs, c0, c1) if p.place is not None
                  and p.place.kind not in ADMIN_KINDS
                  and not (spec.role == "party" and re.search(r"\b(?:with|between)\s+$", doc.text[max(0, p.start - 10):p.start]))
                  and not (spec.role == "party" and _VENUE.search(doc.text[max(s.start, p.start - 60):p.start]))
                  and not (spec.role == "party" and _titled_or_bound_for(doc, s, p))
                  and not MOVED_TO.search(doc.text[max(s.start, p.start - 80):p.start])]  # "moved … to shelters in al-Kiswah"

        if not places and spec.role == "party":
            # the sentence's places, but not one a plan names ("said they still intended to recover Ariha")
            here = [p for p in _clause_places(doc, refs, s.start, s.end) if p.place is not None
                    and p.place.kind not in ADMIN_KINDS
                    and not R.PLANNED.search(doc.text[max(s.start, p.start - 40):p.start])
                    and not _titled_or_bound_for(doc, s, p)
                    and not MOVED_TO.search(doc.text[max(s.start, p.start - 80):p.start])
                    and not R.DESTINATION_BEFORE.search(doc.text[max(s.start, p.start - 80):p.start])]
            places = ([p for p in here if p.place is not None and p.place.kind in ("region", "district_area")]
                      or here)[:1]
        if not places:
            prior = [x for x in doc.sentences[max(0, s.index - 3):s.index]]
            area = _inherit_area(s, prior)
            places = [area] if area is not None else []
        if not places and spec.role == "party" and kind == "control":
            # "Talks over Douma broke down … an agreement was announced on 8 April for the departure of …":
            # the place the paragraph is about, when the deal's own clause names none but destinations
            earlier = [p for x in doc.sentences[max(0, s.index - 2):s.index] if x.para == s.para
                       for p in _clause_places(doc, x.places, x.start, x.end)
                       if p.place is not None and p.place.kind not in ADMIN_KINDS
                       and _TALKS_OVER.search(doc.text[max(x.start, p.start - 40):p.start])]
            if earlier:
                last = earlier[-1]
                places = [PlaceRef(last.start, last.end, last.text, last.place, last.confidence * 0.6, "inherited")]
    return places


def _titled_or_bound_for(doc: Doc, s: Sentence, p: PlaceRef) -> bool:
    """"Homs Governor Talal al-Barazi said … buses heading to Jarablus …, ending the implementation of the agreement": a
    title, and where the buses went, are no party to a deal."""
    return re.match(r"\s+(?:Governor|Mayor)\b", doc.text[p.end:p.end + 9]) is not None or re.search(
        r"(?i)\b(?:heading|headed|bound|bussed|bused)\s+(?:for|to|towards?)\s+$", doc.text[max(s.start, p.start - 25):p.start]) is not None


# "a Russian-brokered truce agreed at Hmeimim on Tuesday", "negotiators meeting Russian officers in the village of
# Umm Sharshuh accepted a deal": where the deal was made, not a place it covers
_VENUE = re.compile(r"(?i)\b(?:(?:agreed|signed|reached|brokered|concluded|struck|negotiated)\s+(?:on\s+\w+\s+)?(?:at|in)|"
                    r"(?:meeting|met|talks|negotiations)\s+(?:[\w-]+\s+){0,3}?(?:at|in))\s+(?:the\s+(?:village|town|city|base|"
                    r"airbase)\s+of\s+|the\s+)?$")


_TRAPPED_IN = re.compile(r"(?i)(?:\s+(?:of|around))?\s+(?:the\s+)?(?:remaining\s+|last\s+)?(?:[\w-]+\s+){0,2}?(?:terrorists|militants|fighters|gunmen|"
                         r"rebels|jihadists|insurgents|mercenaries|gangs|remnants)(?:\s+(?:who|that)\s+(?:had\s+)?(?:fled|retreated|withdrew|"
                         r"escaped|pulled\s+back|(?:are|were)\s+(?:holed\s+up|trapped|hiding)))?\s+(?:in|to|into|inside|at)\s+(?:the\s+)?"
                         r"(?:(?:town|village|city|hamlet)\s+of\s+)?")
_SIDE_IN = re.compile(r"\b(?:rebels|fighters|militants|insurgents|jihadists|gunmen|defenders|garrison|forces|troops|"
                      r"soldiers)\s+(?:in|inside|holed\s+up\s+in|based\s+in)\s+$", re.I)

_TALKS_OVER = re.compile(r"\b(?:talks|negotiations|deal|agreement|settlement|truce)\s+(?:over|on|for|about|in)\s+(?:the\s+)?$",
                         re.IGNORECASE)

# "is" only in lower case or capitalised: "IS captured Palmyra" is the Islamic State, not a passive
PASSIVE_AUX = re.compile(r"\b(?:(?i:was|were|been|being|are|be|get|got|gets)|is|Is)\s+(?:\w+ly\s+)?$")
