"""Refutations no narrower rule of :mod:`homsmap.extract_certainty` knows, and the take-back they share.

A later sentence that calls something about a named place false, one that points back at the claim just told and
discredits it in new words ("described this as wishful thinking", "Both claims were overtaken"), the news that the
side said to have taken a place is still kilometres short of it, and a first account a later day corrects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.events import ACTIONS
from homsmap.extract_parse import Doc, RawEvent, Sentence

__all__ = ["TELLS", "corrected_day", "place_id", "places_named", "refuted_before", "refuted_by_name", "still_short", "take_back"]


def place_id(e: RawEvent) -> str | None:
    return e.place.place.id if e.place is not None and e.place.place is not None else None


def places_named(s: Sentence) -> set[str]:
    """The places the sentence ``s`` names."""
    return {p.place.id for p in s.places if p.place is not None}


def take_back(events: Sequence[RawEvent], note: str) -> None:
    """Mark the control changes among ``events`` as denied, with the reason."""
    for e in events:
        if ACTIONS[e.action][0] == "control":
            e.certainty = "denied"
            e.notes.append(note)


# "Early accounts said Homs fell on 6 December. Footage now shows opposition units reaching the centre only on
# 8 December": a later day that corrects the first account
_IN_FACT_LATER = re.compile(r"(?i)\b(?:in\s+fact|actually|in\s+reality|now\s+shows?|turn(?:s|ed)\s+out|has\s+since\s+emerged)\b"
                            r"[^.;]*\b(?:only|not\s+until)\b|\b(?:only|not\s+until)\b[^.;]*\b(?:in\s+fact|actually)\b")
_FIRST_ACCOUNT = re.compile(r"(?i)\b(?:early|earlier|initial|first)\s+(?:accounts?|reports?|claims?)\b")


def corrected_day(s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    """The first account of a change, taken back when a later sentence gives the same change a later day."""
    if not re.search(r"(?i)\b(?:only|not\s+until)\b", s.text):
        return
    first_hand = _IN_FACT_LATER.search(s.text) is not None
    for e in mine:
        if ACTIONS[e.action][0] != "control" or e.certainty in ("denied", "planned") or e.date is None \
                or e.date.date is None or e.date_how not in ("stated", "sentence"):
            continue
        take_back([x for x in earlier if s.index - 3 <= x.sentence.index < s.index and x.certainty in ("reported", "claimed")
                    and place_id(x) is not None and place_id(x) == place_id(e) and x.gains in (None, e.gains)
                    and x.date is not None and x.date.date is not None and x.date.date < e.date.date
                    and (first_hand or _FIRST_ACCOUNT.search(x.sentence.text))],
                   f"a later day is given on line {s.line}: the first account corrected")


# A refutation in words no narrower rule knows: what it answers is a claim about a place it names
_REFUTED = re.compile(r"\b(?:false|untrue|lies|lie|lying|fabricat\w*|baseless|groundless|unfounded|bogus|fake|"
                      r"propaganda|disinformation|misinformation|refut\w*|debunk\w*|contradict\w*|inaccurate|mistaken|"
                      r"not\s+true|no\s+(?:truth|basis)|never\s+(?:happened|took\s+place|fell|lost|entered|left))\b", re.I)


_POINTS_BACK = re.compile(r"(?i)\b(?:this|that|it|these|those|such|the|both|all|either|neither)\s+(?:(?:[\w-]+\s+)?(?:claims?|reports?|story|stories|"
                          r"account|allegations?|statement|assertion|announcement|news)\b)?|\b(?:this|that|it)\b")


def refuted_by_name(doc: Doc, s: Sentence, earlier: list[RawEvent]) -> None:
    """"Amaq claimed its fighters took al-Karama. … Reports of fighting in al-Karama are false": a later sentence of the
    paragraph that calls something about a place false takes back the claims about that place."""
    if not _REFUTED.search(s.text):
        return
    named = {p.place.id for p in s.places if p.place is not None
             and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])}
    take_back([e for e in earlier if e.sentence.para == s.para and s.index - 3 <= e.sentence.index < s.index
                and e.certainty == "claimed" and place_id(e) in named],
               f"called false on line {s.line}")


TELLS = re.compile(r"(?i)\b(?:claimed|claiming|announced|announcing|declared|declaring|reported|reporting)\b")
_OURS = re.compile(r"(?i)\b(?:our|we|us)\b")


# words that discredit what was just told, when they point back at it ("residents described this as wishful thinking",
# "the Observatory said the army had made no such gains", "footage … undermining the claim")
_DISCREDITED = re.compile(r"(?i)\b(?:wishful\s+thinking|(?:pure\s+|an?\s+)?invention|invented|made\s+up|fantas(?:y|ies)|"
                          r"fairy[\s-]tales?|fiction|a\s+joke|hoax|mock(?:s|ed|ing)?|ridicul\w+|laughable|dismiss\w*|"
                          r"reject(?:s|ed|ing)?|disprov\w+|belie[sd]?|undermin\w+|not\s+the\s+case|no\s+such|overtaken|"
                          r"at\s+odds\s+with|contrary\s+to|not\s+borne\s+out|(?:no(?:body|\s+one)|none)\s+(?:[\w-]+\s+){0,4}?"
                          r"(?:has|have|had|could)\s+(?:yet\s+)?(?:confirmed|verified|corroborated)|wrong|rumou?rs?)\b")


# "Russian media reported that troops had seized the Arak gas field. A Syrian officer said the army was still 'around
# 20 km' from Arak and had not attacked it": the side said to have taken it is not there yet
_STILL_SHORT = re.compile(r"(?i)\b(?:(?:was|were|is|are|remain(?:s|ed)?)\s+still|(?:was|were|is|are)\s+(?:yet\s+)?(?:some|about|"
                          r"around|roughly|at\s+least))\s+[\"“']?(?:(?:some|about|around|roughly|at\s+least)\s+)?\d+(?:\.\d+)?\s*"
                          r"(?:km|kilomet(?:re|er)s?|miles?)[\"”']?\s+(?:away\s+)?(?:from|short\s+of|outside|of)\b|"
                          r"\b(?:had|has|have)\s+not\s+(?:yet\s+|even\s+)?(?:attacked|entered|reached|approached|taken|"
                          r"captured|seized)\s+(?:it|them|the\s+(?:town|city|village|field|base|area))\b")


def still_short(doc: Doc, s: Sentence, earlier: list[RawEvent]) -> None:
    """A claim answered by the news that the side is still kilometres short of the place, or has not even attacked it."""
    if (short := _STILL_SHORT.search(s.text)) is None:
        return
    named = {p.place.id for p in s.places if p.place is not None and p.start >= s.start + short.start()}
    take_back([e for e in earlier if e.sentence.para == s.para and s.index - 2 <= e.sentence.index < s.index
                and e.certainty in ("claimed", "reported") and (place_id(e) in named or (
                    not named and e.sentence.index == s.index - 1))], f"the side is still short of it (line {s.line})")


def refuted_before(doc: Doc, s: Sentence, earlier: list[RawEvent]) -> None:
    """The last resort: a sentence that calls "this" false in words no rule knows, naming no place ("… had 'liberated'
    Qara. Local activists call this a fabrication"), takes back the claims of the sentence before it."""
    cue = _REFUTED.search(s.text) or _DISCREDITED.search(s.text)
    if cue is None or not _POINTS_BACK.search(s.text) or TELLS.search(s.text, 0, cue.start()) or any(
            p.place is not None and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start]) for p in s.places):
        return
    take_back([e for e in earlier if e.sentence.para == s.para and e.sentence.index == s.index - 1
                and e.certainty in ("claimed", "reported") and not (e.gains == doc.speaker and _OURS.search(e.sentence.text))],
               f"called false (last resort) on line {s.line}")  # (a statement's lies are the other side's, not its own gains)
