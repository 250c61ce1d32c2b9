"""Who does what a trigger says: the subject before it, or the side named after it (part of
:mod:`homsmap.extract`; :mod:`homsmap.extract_sides` and :mod:`homsmap.extract_assemble` use it).

:func:`_subject` finds the side doing what a trigger says, skipping sides named after a preposition,
as a modifier such as "government lines", inside a parenthesis, an ally's aside or a relative clause;
of coordinated sides ("the YPG and allied FSA groups") it takes the first. :func:`_actor_after` and
:func:`_actor_after_first` find the side named after the trigger ("fell to the rebels").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.extract_parse import ActorRef, Doc, Sentence

__all__ = ["_actor_after", "_actor_after_first", "_actors_in", "_after_preposition", "_subject"]


_PREPOSITIONS = frozenset("with to of by from against on for in at near between among toward towards into via under "
                          "over".split())


_QUANTITY = frozenset("batch group groups hundreds thousands dozens some many most rest remnants number members "
                      "heroes lions men mujahideen detachments battalions commanders "
                      "units convoy convoys column columns contingent all fighters forces troops soldiers militants "
                      "militiamen elements brigades".split())


def _after_preposition(text: str, pos: int) -> bool:
    before = text[max(0, pos - 30):pos]
    if before.rstrip().endswith("("):
        return True
    if re.search(r"(?i)\b(?!(?:led|backed|supported|aided)\b)\w+ed\s+(?:a|an|the|two|three|several)\s+(?:[\w-]+\s+)?(?:convoy|column|"
                 r"patrol|unit|group|detachment|position|checkpoint)s?\s+(?:of|from)\s+(?:the\s+)?(?:so-called\s+)?[\"“]?$",
                 text[max(0, pos - 80):pos]):
        return True  # "our heroes ambushed a convoy of the so-called "General Security"": the object, not the subject
    if re.search(r"(?i)\b(?:ambushed|attacked|targeted|kidnapped|abducted|overran|routed)\s+(?:(?:a|an|the|two|three|several)\s+)?$", before):
        return True  # "gunmen loyal to the fallen government ambushed a General Security patrol … and then seized the village"
    if re.search(r"(?i)\b(?:wearing|wore|dressed\s+in|disguised\s+(?:in|as)|clad\s+in|posing\s+as)\s+(?:the\s+)?$", before):
        return True  # "ISIL fighters, some reportedly wearing YPG uniforms, infiltrate Kobani": a disguise, not the side
    before = re.split(r"[;:.!?]", before)[-1]  # ("invited Damascus in; Syrian army units entered": a new clause)
    words = re.findall(r"[\w'’-]+", before)
    while words and (words[-1].lower() in ("the", "a", "an", "its", "their", "local", "allied", "rival", "other", "affiliated",
                                           "fellow", "several", "some", "so-called", "self-styled", "self-proclaimed")
                     or re.fullmatch(r"(?i)[\w-]+-(?:led|backed|dominated|aligned|allied|affiliated|linked|supported)", words[-1])):
        words.pop()  # "with the help of local Nusra Front members": a helper, not the subject (nor "against the Kurdish-led SDF")
    if words and words[-1].lower() in ("drove", "driven", "drive", "expelled", "expel", "ousted", "oust", "chased", "evicted",
                                       "routed", "defeated", "kicked"):
        return True  # "ISIL drove Ahrar al-Sham and the Nusra Front out and took sole control of Raqqa": the side driven out
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in _QUANTITY:
        return False  # "the last batch of rebels", "hundreds of Hezbollah fighters"
    if len(words) >= 2 and words[-1].lower() in ("from", "of") and words[-2].lower() in _MEMBER_WORDS and not any(
            w.lower() in _PREPOSITIONS for w in words[-4:-2] if w.lower() not in ("the", "a", "an", "last", "remaining")):
        # (not "after eliminating gatherings of terrorists of Nusra", "liberated X from the mercenaries of Daesh")
        return False  # "fighters from Hayat Tahrir al-Sham (HTS) and allied factions pushed into Aleppo" (and "a cell of the
        # Daesh terrorist organisation attacked one of our checkpoints")
    if len(words) >= 3 and words[-1].lower() in ("to", "with") and words[-2].lower() in ("loyal", "affiliated", "allied") \
            and words[-3].lower() in _UNIT_WORDS | {"militants", "gunmen", "members", "men", "tribesmen"}:
        return False  # "Fighters loyal to the Ugaidat tribal confederation overran SDF checkpoints": their side
    if len(words) >= 2 and words[-1].lower() == "by" and words[-2].lower() in ("led", "headed", "spearheaded",
                                                                                 "dominated", "commanded", "attempt",
                                                                                 "attempts", "bid", "bids", "effort"):
        return False  # "a coalition led by Jabhat al-Nusra … seized Kessab": the coalition's side
    return bool(words) and words[-1].lower() in _PREPOSITIONS


_COORDINATED = re.compile(r"^\)?(?:\s*\([^()]{1,40}\))?\s*(?:(?:fighters|forces|troops|units|militias?|groups|factions|soldiers)\s+)?(?:,\s*)?"
                          r"(?:and|as\s+well\s+as|alongside|together\s+with)\s+(?:(?:its|their|the|allied|local|Syrian|Arab|Kurdish|"
                          r"[\w-]+-backed)\s+)*$", re.I)  # (and "the YPG and allied Syrian rebel groups took Ain Issa")


_WHO_CLAUSE = re.compile(r",\s+(?:who|which|whose\s+(?:fighters|forces|troops|units|men|soldiers))\s+"
                         r"(?:(?:then|later|also|had|have|has|soon|quickly|finally)\s+){0,2}$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom|where)\s+[^,;.]{3,80},|(?<=\w)\s+(?:after|once|when|as\s+soon\s+as)\s+"
                             r"[^,;.]{3,80}?\b(?:withdrew|pulled\s+out|pulled\s+back|fell\s+back|retreated|fled|collapsed|left)\b"
                             r"[^,;.]{0,30},\s+(?:and\s+|then\s+|and\s+then\s+)")  # (and "troops stormed al-Inshaat after rebels
# there fell back, then fought their way into Baba Amr": the troops)
# (and "Rebel fighters captured Hama on Thursday after government forces withdrew, and took Homs": the rebels took it)


def _subject(doc: Doc, s: Sentence, a: int, c0: int) -> ActorRef | None:
    """The side doing what the trigger says: the nearest side before it that no preposition governs;
    of coordinated sides ("the YPG and allied FSA groups") the first."""
    before = [r for r in s.actors if r.end <= a]
    rel = _WHO_CLAUSE.search(doc.text, s.start, a)
    if rel is not None:  # "handed Manbij to the Assad gang and the Russians, who entered the city": who = the Russians
        head = [r for r in before if r.end <= rel.start() and rel.start() - r.end <= 60
                and not re.search(r"[,;]", doc.text[r.end:rel.start()])]
        if head:
            return head[-1]
    launched = re.search(r"(?i)\b(?:push|offensive|assault|attack|campaign|operation|advance|drive)\s*,\s+(?:launched|led|mounted|"
                         r"spearheaded|begun|started|carried\s+out)\s+by\s+(?=[^,;.]{3,120},\s+(?:\w+\s+){0,2}$)", doc.text[s.start:a])
    if launched is not None:  # "A second push, launched by Hayat Tahrir al-Sham and allied factions on March 21, captured
        head = [r for r in before if r.start >= s.start + launched.end()]  # X": the side that launched it
        if head:
            return head[0]
    trying = re.search(r"\s+(?:trying|attempting|seeking)\s+(?:again\s+)?to\s+$", doc.text[s.start:a])
    if trying is not None:  # "an attack by the Nusayri army and 'National Defence' militias trying to retake Umm Sahrij"
        head = [r for r in before if 0 <= s.start + trying.start() - r.end <= 50
                and not re.search(r"[,;]", doc.text[r.end:s.start + trying.start()])]
        if head:
            return head[0]
    tried = re.search(r"\s+(?:[\w-]+\s+)?(?:who|that)\s+(?:had\s+|have\s+|has\s+|then\s+|again\s+){0,2}(?:tried|attempted|sought|"
                      r"tries|attempt|try|wanted)\s+(?:again\s+)?to\s+$", doc.text[s.start:a])
    if tried is not None:  # "an attack by Jund al-Aqsa terrorists who tried to storm the town": the side before "who"
        head = [r for r in before if 0 <= s.start + tried.start() - r.end <= 2]
        if head:
            return head[-1]
    who = re.search(r"\s+who\s+(?:(?:then|later|also|had|has|have|soon|quickly|finally)\s+){0,2}$", doc.text[s.start:a])
    if who is not None:  # "the last of the Daesh terrorists who had overrun the two villages": the side "who" follows
        head = [r for r in before if re.fullmatch(r"(?:\s+(?:terrorists?|fighters|militants|gunmen|forces|troops|units|soldiers|"
                                                  r"rebels|jihadists|mercenaries|members|elements|militias?|gangs))?",
                                                  doc.text[r.end:s.start + who.start()])]
        if head:
            return head[-1]
    that = re.search(r"(?:,\s+|\s+)(?:that|which)\s+(?:(?:then|later|also|had|has|have|finally|eventually)\s+){0,2}$", doc.text[s.start:a])
    if that is not None:  # "a government offensive, backed by heavy Russian air strikes, that broke through to X": the
        head = [r for r in before if r.end <= s.start + that.start() and re.fullmatch(  # offensive's side
            r"\s+(?:[\w-]+\s+)?(?:offensive|push|advance|assault|campaign|operation|column|forces?|troops|units)"
            r"(?:,\s*(?:backed|supported|aided|helped|assisted)\b[^,;.]*)?,?", doc.text[r.end:s.start + that.start()])]
        if head:
            return head[-1]
    # ", fighting side by side with the forces of X," / ", backed by Y,": an ally's phrase, not the subject
    asides = [(m.start(), m.end()) for m in R.ALLY_ASIDE.finditer(doc.text, s.start, a)]
    # ", which the Islamic State had used as a prison,": a relative clause's side is not the subject either
    asides += [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(doc.text, s.start, a)]
    # "our forces together with the fighters of the Burkan al-Firat operations room liberated X": the allies named after
    # "together with" are not the subject
    asides += [(m.start(), a) for m in R.TOGETHER_WITH.finditer(doc.text, s.start, a)]
    # "SDF units entered al-Shuhayl after the tribal fighters slipped out, and retook Busayra": the subordinate
    # clause's side is not the subject the second verb shares
    asides += [(m.start(), m.end()) for m in R.SUBORDINATE_AND.finditer(doc.text, s.start, a)
               if m.start() > s.start and re.fullmatch(r"\s*(?:then\s+|later\s+)?", doc.text[m.end():a])]
    if asides:
        outside = [r for r in before if not any(x <= r.start < y for x, y in asides)]
        before = outside or before
    for pool in ([r for r in before if r.start >= c0], [r for r in before if r.start < c0]):
        for k in range(len(pool) - 1, -1, -1):
            r = pool[k]
            absolute = re.match(r"\s+(?:\w+\s+)?having\b|\s+(?:then\s+|quickly\s+|swiftly\s+)?(?:entering|moving\s+in|moving\s+into|"
                                r"taking|pushing\s+in|pouring\s+in|sweeping|storming|marching|rolling|deploying|seizing|"
                                r"occupying)\b|[^,;.]{0,40}?\bin\s+(?:a\s+|the\s+)?(?:prominent|leading|key|central|major|"
                                r"lead|commanding|front-?line)\s+roles?\b", doc.text[r.end:r.end + 70]) is not None
            # ("The offensive, with Hezbollah and Iranian officers in prominent roles, took X": theirs; "its fighters had
            # left by 23 March, with troops entering the town behind them": the troops')
            if (_after_preposition(doc.text, r.start) and not absolute) or R.MODIFIER_AFTER.match(doc.text[r.end:r.end + 45]):
                continue  # (but "With the US-backed SDF having broken into Raqqa": the absolute clause's subject)
            first, comma = r, False
            while k > 0 and (_COORDINATED.match(gap := doc.text[pool[k - 1].end:r.start]) or re.fullmatch(r"\s*\(", gap)):
                if re.match(r",\s+and\s", gap) and _PREP_BEFORE.search(doc.text, max(0, pool[k - 1].start - 40), pool[k - 1].start):
                    break  # "… clashes with the SDF-affiliated Manbij Military Council, and SNA factions moved into X": a new clause
                k -= 1
                r, comma = pool[k], comma or "," in gap
            if R.SAID_OTHERS_DID.search(doc.text, r.end, a):
                return None  # 'The army command acknowledged that "terrorist" fighters had entered X': not the army
            if absolute or not _after_preposition(doc.text, r.start):
                return r
            if comma:  # "pulled out of X, crossing into Turkey, and YPG units took control": a new clause's subject
                return first
            # (but "an agreement between the Government of Syria (GoS) and Ahrar al-Sham": all governed by "between")
    return None


_PREP_BEFORE = re.compile(r"(?i)\b(?:with|by|of|from|against|between|to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _actor_after(doc: Doc, s: Sentence, b: int, c1: int, preps: Sequence[str] | None) -> ActorRef | None:
    r = _actor_after_first(doc, s, b, c1, preps)
    # "handed the city to the new authorities' Military Operations Command": the command, not whose it is
    head = next((x for x in s.actors if r is not None and x.start >= r.end), None)
    return head if r is not None and head is not None and re.fullmatch(r"['’]s?\s+", doc.text[r.end:head.start]) else r


def _actor_after_first(doc: Doc, s: Sentence, b: int, c1: int, preps: Sequence[str] | None) -> ActorRef | None:
    for r in s.actors:
        if b <= r.start < c1:
            if preps is None:
                return r
            words = re.findall(r"[\w'’-]+", doc.text[max(b, r.start - 40):r.start])
            while words and words[-1].lower() in _BEFORE_SIDE:
                words.pop()  # "by the heroic Turkish Armed Forces"
            if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in _UNIT_WORDS:
                words = words[:-2]  # "by the forces of the National Army"
                while words and words[-1].lower() in _BEFORE_SIDE:
                    words.pop()
            if words and words[-1].lower() in preps:
                if words[-1].lower() == "by" and len(words) > 1 and words[-2].lower() in _HOLDING:
                    continue  # "the capture of Albu Kamal, the last town held by IS": the holder, not the taker
                return r
    return None


_UNIT_WORDS = frozenset("forces units fighters troops soldiers mujahideen men elements factions brigades".split())
_MEMBER_WORDS = _UNIT_WORDS | {"militants", "gunmen", "members", "cell", "cells", "group", "squad", "remnants", "terrorists",
                                "jihadists", "mercenaries"}
_HOLDING = frozenset("held controlled run defended occupied dominated ruled garrisoned manned".split())


_BEFORE_SIDE = frozenset("the a an its their heroic brave valiant allied loyal our gallant courageous same other".split())


def _actors_in(s: Sentence, a: int, b: int) -> ActorRef | None:
    return next((r for r in s.actors if a <= r.start and r.end <= b), None)
