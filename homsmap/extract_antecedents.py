"""The places a clause points back to, for :mod:`homsmap.extract_targets` (the rest is in :mod:`homsmap.extract_places`).

:func:`last_list` is the list of places a sentence named last; :func:`relative_antecedent` the place a relative clause
hangs on ("the town of Yabroud, which was taken …"); :func:`parenthetical_subject` the place a parenthesis or
apposition names as the subject.
"""

from __future__ import annotations

import re

from homsmap import extract_rules as R
from homsmap.extract_parse import Doc, PlaceRef, Sentence
from homsmap.extract_places import _APPOSITION_TO, _sep_ok

__all__ = ["last_list", "parenthetical_subject", "relative_antecedent"]


def last_list(doc: Doc, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The last list of places ("Hreitan, Anadan and Kafr Hamra") among ``refs``, in text order."""
    run = refs[-1:]
    for q in reversed(refs[:-1]):
        if not R.LISTISH.fullmatch(doc.text[q.end:run[0].start]):
            break
        run.insert(0, q)
    return run


# "the Nasib crossing on the Jordanian border, which rebels had seized": a tail that names no other place


_PLACE_TAIL = re.compile(r"\s+(?:(?:on|along|at)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:border|frontier|road|highway|river|coast)|"
                         r"with\s+(?:Jordan|Turkey|Lebanon|Iraq|Israel))\s*,?\s*")
_BARE_RELATIVE = re.compile(r"\b(?:town|city|village|neighbou?rhood|district|suburb|hamlet|quarter)(?P<that>\s+(?:that|which))\s+"
                            r"[\w'’-]+(?:\s+[\w'’-]+){0,5}\s*$", re.IGNORECASE)


_KIND_TAIL = re.compile(r"\s+(?:hill|heights|mountain|ridge|district|quarter|neighbou?rhood|camp)\s*,?\s*")  # ("Mishtenur hill, which")


def relative_antecedent(doc: Doc, refs: list[PlaceRef], clause_start: int, a: int) -> list[PlaceRef]:
    """"X, which rebels overran": X, when a short subject stands between "which" and the verb."""
    relative = re.search(r",\s+(?:which|that)\s+$", doc.text[max(0, clause_start - 10):clause_start])
    if relative is not None and (not re.fullmatch(r"[\s\w'’-]+", doc.text[clause_start:a]) or len(doc.text[clause_start:a]) >= 40) \
            and not re.fullmatch(r"\s*[\"“][^\"”]{3,80}[\"”]\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?", doc.text[clause_start:a]):
        # (but '…, which "criminal remnants of the defunct regime's militias" had seized': a quoted subject)
        relative = None  # ("The offensive, which began on Saturday, is aimed at X, a neighbourhood that rebels moved into")
    bare = _BARE_RELATIVE.search(doc.text, max(clause_start, a - 70), a) if relative is None else None
    if bare is not None:  # "This is the same town that the regime's Tiger Forces entered on 8 May": that town
        return [p for p in refs if p.end <= bare.start("that") and (doc.text[p.end:bare.start("that")] == "" or (
            _APPOSITION_TO.fullmatch(doc.text, p.end, bare.start("that")) and not any(
                p.end <= q.start < bare.start("that") for q in refs)))][-1:]
        # (and "Salaheddine, a southwestern neighbourhood that rebels moved into on July 20": Salaheddine)
    if relative is None:
        return []
    start = clause_start - 10 + relative.start() if clause_start >= 10 else relative.start()
    out = [p for p in refs if p.end <= start and (doc.text[p.end:start].strip(" ,") == "" or _KIND_TAIL.fullmatch(
        doc.text, p.end, start) or (
        (_PLACE_TAIL.fullmatch(doc.text, p.end, start) or _APPOSITION_TO.fullmatch(doc.text, p.end, start))
        and not any(p.end <= q.start < start and q.place for q in refs)))][-1:]
    if out and (R.LOCATIVE_BEFORE.search(doc.text[max(0, out[0].start - 25):out[0].start]) or (
            out[0].place is not None and out[0].place.kind in ("region", "governorate", "district", "subdistrict")
            and re.search(r"(?i)\bin\s+(?:the\s+)?$", doc.text[max(0, out[0].start - 8):out[0].start])) or re.search(
            r"(?i)\b(?:on|at)\s+the\s+(?:[\w-]+\s+)?(?:edge|outskirts|fringes?|periphery|approaches)\s+of\s+(?:the\s+)?$",
            doc.text[max(0, out[0].start - 40):out[0].start])):  # (and "in Ramouseh, on the south-western edge of Aleppo,
        # which they stormed": Ramouseh)
        # "Tell Rifaat and the surrounding countryside north of Aleppo, which the YPG had seized": not Aleppo
        head = [p for p in refs if p.end <= out[0].start and not R.LOCATIVE_BEFORE.search(
            doc.text[max(0, p.start - 25):p.start]) and out[0].start - p.end < 100
            and not re.search(r"(?i)\b(?:highway|road|route|motorway|way|line|bus(?:es)?|corridor)\s+(?:from|to|towards?)\s+(?:the\s+)?$",
                              doc.text[max(0, p.start - 22):p.start])]
        # ("as-Sukhnah, a town on the highway from Deir ez-Zor 70 km north-east of Palmyra, which …": as-Sukhnah)
        out = head[-1:] or out  # (but "checkpoints around Taybat al-Imam, which rebels overran": the town itself)
    while out:  # "Rastan and Talbiseh, which local armed groups seized": the whole list
        prev = [p for p in refs if p.end <= out[0].start and _sep_ok(doc.text[p.end:out[0].start])
                and re.search(r",|\band\b", doc.text[p.end:out[0].start])
                and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])]
        # (not "positions south-west of the city, including Khan Tuman, which rebels captured": the city only locates)
        if not prev:
            break
        out.insert(0, prev[-1])
    return out


_NEAR_GAP = re.compile(r"\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|outside|"
                       r"close\s+to|beside|next\s+to)\s+(?:the\s+)?", re.IGNORECASE)
_PREP_END = re.compile(r"\b(?:in|at|near|of|to|from|for|into|toward|towards|outside|around|by|with|between|on)\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)


def parenthetical_subject(doc: Doc, s: Sentence, refs: list[PlaceRef], a: int) -> list[PlaceRef]:
    """"Hama, which the army had held throughout the war, fell to them", "Bosra al-Sham, the stronghold
    of …, was handed over": the place before a parenthesis set off by commas is the verb's subject."""
    before = doc.text[s.start:a]
    tail = re.search(r",((?:\s+(?:" + "|".join(sorted(R.SUBJECT_FILLER)) + r"))*)\s*$", before)
    if tail is None:
        return []
    close = s.start + tail.start()
    for p in reversed(refs):
        if p.end > close or p.start < s.start or p.place is None:
            continue
        inner = re.sub(r"^\s+(?:refugee\s+)?(?:camp|town|village|city|base|air\s*base|district|neighbou?rhood|quarter)\b", "",
                       doc.text[p.end:close], count=1, flags=re.I)  # ("The al-Mastumah camp, the main army base …, was overrun")
        if doc.text[p.start - 1:p.start] == "(":
            inner = re.sub(r"^\s*\)", "", inner)  # "al-Thawrah (Tabqa), the town built for …, was taken"
        if not inner.startswith(",") or re.search(r"[;.!?()]", inner) or len(inner.split()) > 40:
            continue
        if _PREP_END.search(doc.text[max(s.start, p.start - 30):p.start]) and not re.search(
                r"(?i)\b(?:town|city|village)\s+of\s+$", doc.text[max(s.start, p.start - 30):p.start]):
            head = [q for q in refs if q.end <= p.start and q.start >= s.start and q.place is not None
                    and _NEAR_GAP.fullmatch(doc.text, q.end, p.start)]
            if not head and re.search(r"(?i)\b(?:outposts?|bases?|positions?|posts?|garrison|checkpoints?|barracks)\s+(?:at|in)\s+$",
                                      doc.text[max(s.start, p.start - 30):p.start]):
                return [p]  # "The army's last outpost at al-Najiyah, on the road to Bdama, was overrun": al-Najiyah
            return head[-1:]  # (but "the town of Rajo, in the north-west, fell on 3 March"; and "the Brigade 52 base
            # near al-Hirak, one of the largest army bases in the south, is overrun": the base)
        return [p]
    return []
