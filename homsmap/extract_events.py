"""From triggers to raw events: places, sides, dates and certainty (part of :mod:`homsmap.extract`).

For each trigger of each sentence, :func:`raw_events` finds the places it governs, the side its
subject is (or the agent of a passive, or the actor inside "came under government control"), the
date of its clause (else of its sentence, else the narrative's, marked approximate), and the
certainty the sentence gives it (attribution, denial, plans, hypotheticals). A side the text does
not name is inferred from the narrative and the inference is written in ``notes``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.actors import Actors
from homsmap.events import ACTIONS
from homsmap.extract_dates import DateMention, time_of_day
from homsmap.extract_parse import (
    ActorRef,
    Doc,
    PlaceRef,
    RawEvent,
    Sentence,
    _alias_refs,
    _clause_places,
    _coref,
    _filler_ok,
    _inherit_area,
    _object_places,
    _subject_places,
    _triggers,
    clause_of,
    parenthetical_subject,
    relative_antecedent,
)
from homsmap.gazetteer import ADMIN_KINDS, Gazetteer

__all__ = ["raw_events"]

_MAIN_BLOCS = ("government", "opposition", "isis", "sdf")
_PREPOSITIONS = frozenset("with to of by from against on for in at near between among toward towards into via under "
                          "over".split())
_DEAL_WORDS = re.compile(r"\s+(?:\w+\s+){0,3}?(?:deal|agreement|truce|ceasefire|cease-fire|settlement|surrender|"
                         r"evacuation|reconciliation|accord|break|pause|terms)\b", re.I)
_QUANTITY = frozenset("batch group groups hundreds thousands dozens some many most rest remnants number members "
                      "heroes lions men mujahideen detachments battalions commanders "
                      "units convoy convoys column columns contingent all fighters forces troops soldiers militants "
                      "militiamen elements brigades".split())
_SURRENDER_WORDS = re.compile(r"\b(?:surrender\w*|hand(?:s|ed|ing)?|ced(?:e|es|ed|ing)|evacuat\w*|leave|withdraw\w*)\b", re.I)
_RECENTLY = re.compile(r"\b(?:recently|newly|previously|already)\s+$", re.I)
_ADVANCE_FROM_TO = re.compile(r"\b(?:advanced|advancing|moved|pushed)\s+from\b.*\bto\s+(?:the\s+)?(?:nearby\s+|"
                              r"neighbouring\s+|neighboring\s+|village\s+of\s+|town\s+of\s+)*$", re.I)
_FIGHT = re.compile(r"\b(?:fighting|clashes|battles?|firefights?)\b", re.I)
_INFINITIVE_OK = frozenset({"began", "begun", "started", "continued", "managed", "went", "moved", "agreed", "came"})
_DENY_INF = frozenset({"refused", "refuses", "refuse", "declined"})


# "is" only in lower case or capitalised: "IS captured Palmyra" is the Islamic State, not a passive
_PASSIVE_AUX = re.compile(r"\b(?:(?i:was|were|been|being|are|be|get|got|gets)|is|Is)\s+(?:\w+ly\s+)?$")
_NOMINAL_OBJECT = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:\w+ly\s+)?(?:completed|announced|declared|achieved|"
                             r"finished|celebrated|confirmed|secured|won|accomplished)\s+(?:the|its|their)\s+"
                             r"(?:\w+\s+)?$", re.I)
_FLAG_SIDES = {"syrian": "government", "national": "government", "government": "government", "regime": "government",
               "opposition": "opposition", "rebel": "opposition", "revolutionary": "opposition",
               "revolution": "opposition", "independence": "opposition", "kurdish": "sdf", "ypg": "sdf", "sdf": "sdf"}
_BY_DATE = re.compile(r"^\s*By\s+(?:the\s+)?(?:(?:end|evening|morning|night|afternoon)\s+of\s+(?:the\s+)?)?"
                      r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+\d{1,2})?|the\s+(?:next|following)\s+day|nightfall|"
                      r"dawn|noon)(?:,?\s+\d{4})?,?\s+[^,;]{1,60}$")
_SIDE_IN = re.compile(r"\b(?:rebels|fighters|militants|insurgents|jihadists|gunmen|defenders|garrison|forces|troops|"
                      r"soldiers)\s+(?:in|inside|holed\s+up\s+in|based\s+in)\s+$", re.I)
_WHEN_CLAUSE = re.compile(r",?\s+(?:when|after|as)\s+$", re.I)
_AND_CLAUSE = re.compile(r",\s+and\s+(?!then\b)|;")
_SETBACK = re.compile(r"\b(?:setback|blow|loss|defeat|humiliation)\s+(?:for|to)\s+(?:the\s+)?$", re.I)


def _dated_heading(doc: Doc, s: Sentence) -> bool:
    """"3 April 2016 — QARYATEIN UNDER REGIME CONTROL AGAIN.": a line that opens with its date."""
    return bool(s.dates) and re.fullmatch(r"[\s*#•-]*(?:On\s+)?", doc.text[s.start:s.dates[0].start]) is not None \
        and re.match(r"\s*[—–:-]", doc.text[s.dates[0].end:]) is not None


def _known_side(actors: Actors, words: str) -> bool:
    low = words.lower()
    parts = [w for w in re.split(r"[/\s]+", words) if w]  # "TAF/SNA control"
    return low in R.HOLDER_BLOCS or low in R.ACTOR_LEXICON or actors.resolve(words) is not None \
        or low.split()[-1] in R.HOLDER_BLOCS or any(actors.resolve(w) is not None for w in parts)


def _setback(doc: Doc, s: Sentence) -> ActorRef | None:
    """"the fall of X was a major setback for the government": the side named as suffering the loss;
    "Opposition leaders called the fall of X a setback": the side that calls it one."""
    for r in s.actors:
        if _SETBACK.search(doc.text[max(s.start, r.start - 40):r.start]):
            return r
    if re.search(r"(?i)\b(?:called|described|termed|described\s+as|admitted|acknowledged)\s+the\s+(?:fall|loss|capture)\s+of\b"
                 r"[^.;]{1,60}\b(?:setback|blow|loss|defeat)\b", s.text) and s.actors:
        return s.actors[0]
    return None


class _Narrative:
    """The sides seen so far: who advances, who holds what."""

    def __init__(self, doc: Doc) -> None:
        self.mentions: list[ActorRef] = []
        self.advancing: list[ActorRef] = []
        self.holders: dict[str, list[tuple[dt.date | None, str, str]]] = {}
        self.taken: list[tuple[str, dt.date, str, str]] = []
        counts = Counter(a.bloc for s in doc.sentences for a in s.actors if a.bloc in _MAIN_BLOCS)
        self.ranked = [b for b, _n in counts.most_common()]
        by_bloc: dict[str, Counter[str]] = {}
        for s in doc.sentences:
            for a in s.actors:
                by_bloc.setdefault(a.bloc, Counter())[a.actor] += 1
        # the side a bloc is named by most often (the generic "government" over "russia")
        self.first_actor = {b: c.most_common(1)[0][0] for b, c in by_bloc.items()}

    def held(self, pid: str | None, day: dt.date | None) -> tuple[str, str] | None:
        """Who held ``pid`` on ``day`` as far as the text has said (events dated after it do not count)."""
        entries = self.holders.get(pid or "", [])
        dated = [e for e in entries if e[0] is not None and day is not None and e[0] < day]
        if dated:
            best = max(dated, key=lambda e: e[0] or dt.date.min)
            return best[1], best[2]
        cue = [e for e in entries if e[0] is None]
        return (cue[0][1], cue[0][2]) if cue else None

    def opponent(self, bloc: str | None, pos: int) -> tuple[str, str] | None:
        """The side the narrative pits against ``bloc``: the latest advancing side of another bloc,
        else the latest other side named, else the most named other side of the document."""
        for pool in (self.advancing, self.mentions):
            for a in reversed(pool):
                if a.start < pos and a.bloc in _MAIN_BLOCS and a.bloc != bloc and pos - a.start < 4000:
                    return (a.actor if pool is self.advancing else self.first_actor.get(a.bloc, a.actor)), a.text
        for b in self.ranked:
            if b != bloc:
                return self.first_actor.get(b, b), f"the document's {b} side"
        default = {"opposition": "government", "government": "opposition"}.get(bloc or "")
        return (default, f"by default, the {default} side") if default else None


def _after_preposition(text: str, pos: int) -> bool:
    before = text[max(0, pos - 30):pos]
    if before.rstrip().endswith("("):
        return True
    words = re.findall(r"[\w'’-]+", before)
    while words and words[-1].lower() in ("the", "a", "an", "its", "their"):
        words.pop()
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in _QUANTITY:
        return False  # "the last batch of rebels", "hundreds of Hezbollah fighters"
    return bool(words) and words[-1].lower() in _PREPOSITIONS


_COORDINATED = re.compile(r"^\s*(?:(?:fighters|forces|troops|units|militias?|groups|factions|soldiers)\s+)?(?:,\s*)?"
                          r"(?:and|as\s+well\s+as|alongside|together\s+with)\s+(?:(?:its|their|the|allied|"
                          r"[\w-]+-backed)\s+)*$", re.I)


def _subject(doc: Doc, s: Sentence, a: int, c0: int) -> ActorRef | None:
    """The side doing what the trigger says: the nearest side before it that no preposition governs;
    of coordinated sides ("the YPG and allied FSA groups") the first."""
    before = [r for r in s.actors if r.end <= a]
    for pool in ([r for r in before if r.start >= c0], [r for r in before if r.start < c0]):
        for k in range(len(pool) - 1, -1, -1):
            r = pool[k]
            if _after_preposition(doc.text, r.start) or R.MODIFIER_AFTER.match(doc.text[r.end:r.end + 20]):
                continue
            while k > 0 and _COORDINATED.match(doc.text[pool[k - 1].end:r.start]):
                k -= 1
                r = pool[k]
            return r
    return None


def _actor_after(doc: Doc, s: Sentence, b: int, c1: int, preps: Sequence[str] | None) -> ActorRef | None:
    for r in s.actors:
        if b <= r.start < c1:
            if preps is None:
                return r
            words = re.findall(r"[\w'’-]+", doc.text[max(b, r.start - 40):r.start])
            while words and words[-1].lower() in _BEFORE_SIDE:
                words.pop()  # "by the heroic Turkish Armed Forces"
            if words and words[-1].lower() in preps:
                return r
    return None


_BEFORE_SIDE = frozenset("the a an its their heroic brave valiant allied loyal our gallant courageous".split())


def _actors_in(s: Sentence, a: int, b: int) -> ActorRef | None:
    return next((r for r in s.actors if a <= r.start and r.end <= b), None)


def _date_for(doc: Doc, s: Sentence, a: int, c0: int, c1: int, lead_end: int,
              clause_text: str, stop: int | None = None,
              others: Sequence[int] = ()) -> tuple[DateMention | None, str, list[str]]:
    usable = [d for d in s.dates if d.date is not None]
    notes = [d.note for d in s.dates if d.date is None and d.note]
    in_clause = [d for d in usable if c0 <= d.start < c1]
    if in_clause:
        # "three weeks later, on 23 November": the stated day over the reckoned one; "meanwhile … on
        # Saturday": the day over the connective
        return min(in_clause, key=lambda d: (d.text.lower() in _CONNECTIVES and len(in_clause) > 1,
                                             d.kind in ("weekday", "today") and any(
                                                 x.kind == "explicit" and x.precision == "day" for x in in_clause),
                                             d.kind == "relative" and d.precision == "approximate"
                                             and any(x.kind == "explicit" for x in in_clause),
                                             abs(d.start - a), d.start > a)), "stated", notes
    gap = _GAP_BEFORE.search(doc.text[max(s.start, c0 - 30):c0])
    main = [d for d in usable if d.start < c0 and d.precision == "day" and d.date is not None]
    if gap and not main and not usable and s.narrative_before is not None:
        # "That was a day after rebels entered Damascus": a day before the story's day
        main = [DateMention(s.start, s.start, "", s.narrative_before, None, "day", "relative")]
    if gap and main and main[-1].date is not None:
        # "entered Saqba on Saturday, a day after seizing Hamouria": a day before the main clause's day
        n = _NUMBERS.get(gap.group("n").lower(), 0) if not gap.group("n").isdigit() else int(gap.group("n"))
        n *= 7 if gap.group("unit").lower().startswith("week") else 0 if gap.group("unit").lower().startswith("hour") else 1
        day = main[-1].date + dt.timedelta(days=-n if gap.group("rel").lower() == "after" else n)
        return DateMention(main[-1].start, main[-1].end, main[-1].text, day, None, "day", "relative"), "stated", \
            [*notes, f"'{gap.group().strip()}' the day of the main clause"]
    lead = [d for d in usable if d.start < lead_end]
    if lead:
        return lead[-1], "stated", notes
    earlier = [d for d in usable if d.start < c0]
    if earlier and _WHEN_CLAUSE.search(doc.text[max(s.start, c0 - 12):c0]):
        return earlier[-1], "stated", notes  # "… ended on 26 August, when the rebels agreed to leave"
    if stop is not None and usable and all(d.start >= stop for d in usable) and s.narrative_before is not None:
        # "X stormed the town, and the soldiers were besieged … until they broke out on 22 May": the date
        # belongs to the later clause's own event; this one keeps the narrative's date
        d = DateMention(s.start, s.start, "", s.narrative_before, None, "approximate", "vague")
        return d, "inherited", [*notes, "the sentence's date belongs to a later clause: date inherited"]
    if usable and s.narrative_before is not None and all(
            any(min(d.start, a) < t < max(d.start, a) and clause_of(s, t)[0] != c0 for t in others)
            for d in usable):
        # "The fall of the town came days after the army seized the airbase on Saturday": the other
        # clause's date belongs to its own event
        d = DateMention(s.start, s.start, "", s.narrative_before, None, "approximate", "vague")
        return d, "inherited", [*notes, "the sentence's date belongs to another clause's event: date inherited"]
    if usable:
        return min(usable, key=lambda d: abs(d.start - a)), "sentence", notes
    dated_paragraph = any(x.dates for x in doc.sentences[max(0, s.index - 8):s.index] if x.para == s.para)
    if doc.published is not None and ((R.PRESENT.search(clause_text) and not dated_paragraph)
                                      or s.narrative_before is None):
        d = DateMention(s.start, s.start, "", doc.published, None, "approximate", "vague")
        return d, "published", [*notes, "undated, present tense: read as of publication"]
    if s.narrative_before is not None:
        d = DateMention(s.start, s.start, "", s.narrative_before, None, "approximate", "vague")
        return d, "inherited", [*notes, "undated sentence: date inherited from the narrative"]
    return None, "none", [*notes, "no date found"]


_CONNECTIVES = frozenset({"meanwhile", "at the same time", "simultaneously"})
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "few": 0}
_GAP_BEFORE = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?|hours?)\s+"
                         r"(?P<rel>after|before)\s*$", re.IGNORECASE)
_WHERE_TOWNS = re.compile(r",\s+(?:where|in\s+which|including)\s+the\s+(?:towns|villages|cities)\s+of\s+", re.IGNORECASE)
_LISTISH = re.compile(r",?\s*(?:and\s+)?|\s+and\s+")
_SPEECH_DATE = re.compile(r"(?i)\b(?:said|says|told|announced|announces|reported|claimed|stated|declared|confirmed)\s+"
                          r"(?:\w+\s+)?(?:on|late\s+on|early\s+on)\s+$")
_DEAL_TERMS = re.compile(r"\b(?:under\s+(?:the|an?|this)\s+(?:\w+\s+)?(?:agreement|deal|settlement|accord|terms)|"
                         r"(?:agreement|deal|settlement|accord)\s+(?:under\s+which|which|that)|agreed\s+to)\b", re.IGNORECASE)
_TALKS_OVER = re.compile(r"\b(?:talks|negotiations|deal|agreement|settlement|truce)\s+(?:over|on|for|about|in)\s+(?:the\s+)?$",
                         re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"\b(?:in\s+order\s+to|so\s+that|in\s+an\s+attempt\s+to)\s*$", re.IGNORECASE)
_FIRST_TIME_SINCE = re.compile(r"\bfirst\s+time\s+(?:[\w'’-]+\s+){0,4}?(?:have|has|had)\s+(?:\w+ly\s+)?$", re.I)
# "stormed X on Monday but were repelled": an attack beaten off, not a capture
_REPELLED = re.compile(r"[^.;]{0,80}?\b(?:but|before|only\s+to)\s+(?:they\s+|it\s+|the\s+attack\s+|the\s+assault\s+)?"
                       r"(?:were|was|being|be|had\s+been|got)\s+(?:\w+ly\s+)?(?:repelled|repulsed|beaten\s+back|"
                       r"driven\s+back|pushed\s+back|forced\s+back)\b", re.IGNORECASE)


def _certainty(doc: Doc, s: Sentence, a: int, c0: int, prev_trigger_end: int) -> tuple[str, str | None]:
    """(certainty, modality): modality is planned, attempt, denied or None."""
    pre = doc.text[max(c0, prev_trigger_end):a]
    words = re.findall(r"[\w'’-]+", doc.text[c0:a])
    if R.ATTEMPT.search(pre):
        return "reported", "attempt"
    if len(words) >= 2 and words[-1].lower() == "to":
        if words[-2].lower() in _DENY_INF:
            return "denied", "denied"
        if words[-2].lower() not in _INFINITIVE_OK:
            return "planned", "planned"
    if re.search(r"\b(?:not|never|no|no\s+longer|n't)\s+(?:\w+\s+){0,2}$", pre, re.I):
        return "denied", "denied"
    if R.PLANNED.search(pre):
        return "planned", "planned"
    if re.search(r"(?i)\b(?:ahead\s+of|in\s+preparation\s+for|prior\s+to|preparing\s+for|paving\s+the\s+way\s+for|"
                 r"(?:massing|gathering|amassing|mobili[sz]ing|preparing|readying|sending)\s+(?:\w+\s+){0,3}?for)\s+"
                 r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$", pre):
        return "planned", "planned"  # "removing an obstacle ahead of an assault on Raqqa"
    if re.search(r"\b(?:about|on|of|for|over)\s*$", pre) and re.match(r"\w+ing\b", doc.text[a:a + 20]):
        return "planned", "planned"  # "talking … about entering the town": not done
    if re.search(r"\b(?:once|if|unless|until)\s+(?:[\w'’-]+\s+){0,4}$", pre, re.I) and re.search(
            r"\b(?:would|will|could)\b", s.text):
        return "planned", "planned"  # "once al-Bab was secured, the operation would turn to Manbij"
    if R.CONDITION_BEFORE.search(doc.text[max(s.start, c0 - 12):c0]) and re.search(
            r"\b(?:is|are|be)\b", doc.text[c0:a + 30]):
        return "planned", "planned"  # "… continues until Aleppo is liberated"
    if _PURPOSE_BEFORE.search(doc.text[max(s.start, c0 - 25):c0]) and R.PLANNED.search(doc.text[s.start:c0]):
        return "planned", "planned"  # "the regime will likely attempt … in order to free troops for an assault on X"
    if R.CLAIMED.search(s.text):
        return "claimed", None
    if R.REPORTED.search(s.text):
        return "reported", None
    return "confirmed", None


def _incident_places(doc: Doc, refs: list[PlaceRef], a: int, b: int, c0: int, c1: int) -> list[PlaceRef]:
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


def raw_events(doc: Doc, gaz: Gazetteer, actors: Actors) -> list[RawEvent]:
    """Every trigger of the narrative applied to the places it governs (see the module doc)."""
    nar = _Narrative(doc)
    out: list[RawEvent] = []
    for i, s in enumerate(doc.sentences):
        prior = doc.sentences[max(0, i - 3):i]
        refs = sorted([*s.places, *_coref(doc, s, prior, gaz)], key=lambda p: p.start)
        if s.heading:
            nar.mentions.extend(s.actors)
            continue
        _holder_cues(doc, s, refs, nar)
        trigs = _triggers(s)
        lead_end = trigs[0][0] if trigs else s.end
        mine: list[RawEvent] = []
        deal_at: tuple[int, str] | None = None
        prev_end = s.start
        for k, (a, b, spec, m) in enumerate(trigs):
            c0, c1, background = clause_of(s, a)
            nxt = next((t[0] for t in trigs[k + 1:] if t[0] < c1), c1)
            action = R.PASSIVE_ACTIONS[m.group("v").lower()] if spec.name == "passive" else spec.action
            if spec.name.startswith(("truce", "deal")) and re.search(r"ceasefire|cease-fire|truce", m.group(), re.I):
                action = "ceasefire"
            kind = ACTIONS[action][0]
            certainty, modality = _certainty(doc, s, a, c0, prev_end)
            prev_end = b
            if background and kind == "control":
                continue
            if kind == "control" and _FIRST_TIME_SINCE.search(doc.text[max(s.start, a - 80):a]) \
                    and re.search(r"\bsince\b", doc.text[b:s.end], re.I):
                continue  # "the first time rebels have entered the city since 2016": a retrospect, not an event
            if spec.name == "n-siege" and re.search(r"(?i)\b(?:broke|broken|breaking|breaks|break|lifted|lift|lifts|ended|ends|ending)\b[\w\s'’-]{0,40}$",
                                                    doc.text[c0:a]):
                continue  # "broke the siege of X": the end of a siege, not a new one
            if spec.name == "n-siege" and re.match(r"[^,.;]{0,40}?\b(?:ended|ends|was\s+lifted|was\s+broken|came\s+to\s+"
                                                    r"an\s+end|collapsed)\b", doc.text[b:c1]):
                continue  # "the siege of X ended on …"
            terms = spec.role == "party" and (m.group().lower().endswith(" to")
                                              or re.match(r"\s+to\b", doc.text[b:b + 5]) is not None)
            if spec.name == "agreed" and terms and any(t[2].role != "actor" and t[2].role != "party"
                                                       for t in trigs[k + 1:]):
                deal_at = (a, certainty)
                continue
            if spec.name == "controlled-by" and not (_BY_DATE.match(doc.text[s.start:a]) or _BY_DATE.match(doc.text[c0:a])):
                continue  # "rebels controlled the city": a state; "By Sunday the army controlled X": a change
            if (spec.name.startswith("under-") or spec.name == "in-control-of") and re.search(
                    r"(?i)\b(?:still|remain(?:s|ed)?|continu(?:es|ed)\s+to\s+be|yet)\b[^.;]{0,30}$", doc.text[c0:a] + m.group()):
                continue  # "fighters were still in control of the village": nothing changed
            if (spec.name.startswith("under-") or spec.name == "in-control-of") and not (
                    R.STATE_CHANGE_CUE.search(s.text) or _dated_heading(doc, s)
                                                       or _BY_DATE.match(doc.text[s.start:a])):
                continue  # "Douma remained under rebel control": a state, not a change
            if spec.name == "under-x-control" and not _known_side(actors, m.group("inside")):
                continue  # "under regime fire control", "under heavy control": no side
            if spec.name == "agreed" and not _DEAL_WORDS.match(doc.text[b:b + 60]):
                continue  # "agreed to let them deploy": no deal over a place
            notes: list[str] = []
            if deal_at is not None and kind == "control" and spec.role != "party" \
                    and re.search(r"\bto\b", doc.text[deal_at[0]:a]):
                action, kind, (certainty, modality) = "agreement", "control", (deal_at[1], None)
                notes.append("a term of the agreement in the same sentence")
            if terms and kind == "control":
                deal_at = (a, certainty)
            if spec.name == "deal-rejected":
                certainty, modality = "denied", "denied"
            if modality == "planned" and action in ("handed_over", "surrendered", "evacuated", "withdrew") \
                    and _DEAL_TERMS.search(s.text) and not R.NEGATION.search(doc.text[c0:a]):
                action, kind = "agreement", "control"  # "under the agreement, Bosra al-Sham is to be handed over"
                certainty, modality = ("claimed" if R.CLAIMED.search(s.text) else "reported" if R.REPORTED.search(s.text)
                                       else "confirmed"), None
                notes.append("a term of an agreement: recorded as the agreement")
            if spec.name.startswith("n-") and kind == "control" and re.match(
                    r"[^.;]{0,60}?\b(?:(?:would|will|could|might|may|is\s+to|was\s+to)\s+(?:\w+\s+)?(?:follow|come|begin|start|"
                    r"take\s+place|be\s+launched|happen)|if|unless|should|(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:imminent|"
                    r"expected|likely|possible|near))\b", doc.text[b:c1]):
                certainty, modality = "planned", "planned"  # "an assault on Kobani would follow if …"
            if modality == "attempt" and action in (*R.CAPTURE_LIKE, "besieged"):
                action, certainty = "attacked", "reported"
                notes.append("an attempt, not a capture: recorded as an attack")
            if action in (*R.CAPTURE_LIKE, "besieged") and kind == "control" and _REPELLED.match(doc.text[b:s.end]):
                action = "attacked"
                notes.append("repelled: recorded as an attack, not a capture")
            places = _places_for(doc, s, gaz, refs, spec, action, a, b, c0, c1, nxt)
            if kind == "control" and not [p for p in places if p.place is not None]:
                where = _WHERE_TOWNS.search(s.text, max(0, b - s.start))
                if where and s.start + where.start() < c1 + 80:
                    # "completed the encirclement of the northern countryside of Hama, where the towns of A, B and C"
                    places = [p for p in refs if p.start >= s.start + where.end() and p.place is not None
                              and p.place.kind in ("town", "village", "city")][:6]
                    places = [p for k, p in enumerate(places) if k == 0 or _LISTISH.fullmatch(
                        doc.text[places[k - 1].end:p.start])]
            if spec.name == "fight-in-quarter" and not any(p.place is not None and p.place.kind in (
                    "neighbourhood", "district_area", "city", "town") for p in places):
                continue  # "fighting in Salaheddine district", "clashes raged in Aleppo": a quarter or town fought for
            if spec.name == "enter-part":
                verb = m.group().split()[0].lower()
                if not verb.startswith(("enter", "storm")):
                    if not _FIGHT.search(doc.text[c0:c1]):
                        continue
                    action = "attacked"
            if kind == "control":
                places = [p for p in places if p.place is None or p.place.kind not in ADMIN_KINDS]
                if action in R.CAPTURE_LIKE and places and (re.search(
                        r"\b(?:outskirts|suburbs|parts?|edges?|periphery)\s+of\b", doc.text[b:places[0].start])
                        or R.PART_AFTER.match(doc.text, places[-1].end)):
                    action = "contested"
            stop = None
            if kind == "control":
                stop = next((t[0] for t in trigs[k + 1:] if t[0] >= c1 and t[2].role != "actor"
                             and t[2].action not in ("attacked", "contested")
                             and _AND_CLAUSE.search(doc.text[c1:t[0]])), None)
            for p in places:
                ev = _event(doc, s, nar, spec, m, action, kind, p, a, b, c0, c1, lead_end, certainty, notes, stop,
                            [t[0] for t in trigs if t[0] != a and ACTIONS[t[2].action or "captured"][0] == "control"
                             and t[2].role != "party"])
                if ev is not None:
                    mine.append(ev)
        mine.extend(_advance_from_to(doc, s, nar, refs, lead_end))
        _denials(doc, s, mine, out)
        for ev in mine:
            _remember(nar, ev)
        out.extend(mine)
        nar.mentions.extend(s.actors)
    _fill_sides(out, nar, doc.speaker)
    return out


_CLAIM_SOURCE = re.compile(r"(?P<government>\b(?:state\s+(?:media|television|TV|news\s+agency)|SANA|official\s+media|"
                           r"pro-(?:government|regime)\s+(?:media|outlets|channels|pages))\b)|"
                           r"(?P<opposition>\b(?:rebel|opposition|opposition-leaning|pro-opposition)\s+(?:sources|media|outlets|"
                           r"channels|accounts|pages|spokesm[ae]n|commanders)\b)|(?P<isil>\bAmaq\b)", re.IGNORECASE)
_SOURCE_SIDES = {"government": "government", "opposition": "opposition", "isil": "isil"}


def _fill_sides(events: list[RawEvent], nar: _Narrative, speaker: str | None = None) -> None:
    """A change the text gives no side for ("5 December — Hama falls."): the side that gains in the
    nearest change with a named side (within a few paragraphs, before or after), else the side the
    document names most; always flagged as inferred."""
    named = [e for e in events if e.gains is not None and ACTIONS[e.action][0] == "control"
             and e.action not in ("agreement", "ceasefire", "ceasefire_ended") and e.certainty not in ("denied", "planned")]
    for ev in events:
        if ev.gains is not None or ACTIONS[ev.action][0] != "control" or ev.action in ("ceasefire", "ceasefire_ended"):
            continue
        if ev.action in ("evacuated", "surrendered", "withdrew") and ev.loses is None and ev.sentence.actors:
            # "The evacuation of Harasta was completed when the last convoy carrying Ahrar al-Sham left":
            # the side named as leaving loses, its enemy gains
            leaver = ev.sentence.actors[0]
            opp = nar.opponent(leaver.bloc, ev.trigger_start)
            if opp is not None:
                ev.loses, ev.gains = leaver.actor, opp[0]
                ev.notes.append(f"sides inferred: {leaver.text} left, {opp[1]} gains")
                continue
        source = _CLAIM_SOURCE.search(ev.sentence.text)
        if source is not None and ev.certainty in ("claimed", "reported"):
            side = next(v for k, v in source.groupdict().items() if v is not None and k in _SOURCE_SIDES) and \
                _SOURCE_SIDES[next(k for k, v in source.groupdict().items() if v is not None)]
            if side and side != ev.loses:  # "State media says Soran has been retaken": the claimant's side
                ev.gains = side
                ev.notes.append(f"gaining side inferred: the side whose media made the claim ({side})")
                continue
        lost = nar.first_actor.get(_bloc(nar, ev.loses, ""), ev.loses) if ev.loses else None
        near = sorted((abs(e.trigger_start - ev.trigger_start), e.trigger_start > ev.trigger_start, k)
                      for k, e in enumerate(named) if abs(e.trigger_start - ev.trigger_start) < 2500
                      and (ev.loses is None or (e.gains != ev.loses and e.gains != lost)))
        if near:
            src = named[near[0][2]]
            ev.gains = src.gains
            ev.notes.append(f"gaining side inferred: the side gaining in the nearest change ({src.gains}, line "
                            f"{src.sentence.line})")
        elif speaker is not None and (ev.loses is None or ev.loses != speaker):
            ev.gains = speaker
            ev.notes.append(f"gaining side inferred: the side that issued the statement ({speaker})")
        else:
            bloc = next((b for b in nar.ranked if ev.loses is None or b != _bloc(nar, ev.loses, "")), None)
            if bloc is None:
                continue
            ev.gains = nar.first_actor.get(bloc, bloc)
            ev.notes.append(f"gaining side guessed: the side the document names most ({ev.gains})")
        gains = ev.gains or ""
        if ev.loses is None:
            opp = nar.opponent(_bloc(nar, gains, ""), ev.trigger_start)
            if opp is not None and _bloc(nar, opp[0], "") != _bloc(nar, gains, ""):
                ev.loses = opp[0]
                ev.notes.append(f"losing side inferred from the narrative ({opp[1]})")


def _places_for(doc: Doc, s: Sentence, gaz: Gazetteer, refs: list[PlaceRef], spec: R.TriggerSpec, action: str,
                a: int, b: int, c0: int, c1: int, nxt: int) -> list[PlaceRef]:
    kind = ACTIONS[action][0]
    if spec.role == "actor":
        return _incident_places(doc, refs, a, b, c0, c1)
    places: list[PlaceRef] = []
    if spec.place == "subject":
        places = _subject_places(doc, refs, c0, a)
        paren = parenthetical_subject(doc, s, refs, a)
        if paren and (not places or places[0].start > paren[0].end):
            places = paren  # the place before the parenthesis, not one named inside it
    if not places and spec.place == "subject" and action in ("evacuated", "surrendered", "agreement") \
            and _WHEN_CLAUSE.search(doc.text[max(s.start, c0 - 12):c0]):
        # "The siege of Daraya ended on 26 August, when the rebels agreed to be evacuated": the
        # place of the clause the "when" clause explains, when it names one place
        before = [p for p in refs if s.start <= p.start < c0 and p.place is not None
                  and p.place.kind not in ADMIN_KINDS]
        places = before if len(before) == 1 else []
    if spec.place == "object" or (spec.place == "clause" and spec.role == "loses"):
        places = _object_places(doc, s, refs, b, nxt, gaz, attack=action in ("attacked", "contested"))
        if not places and kind == "control" and spec.place == "object" and spec.role == "loses":
            # "Rebels in Al-Tall, a town north of Damascus, began leaving": the place the leaving side is in
            places = [p for p in refs if c0 <= p.start < a and p.place is not None
                      and p.place.kind not in ADMIN_KINDS
                      and _SIDE_IN.search(doc.text[max(c0, p.start - 30):p.start])][:1]
        if not places and kind == "control" and spec.place == "object" and spec.role in ("gains", "loses"):
            # "Taybat al-Imam, which rebels overran later in the day": the place the relative clause follows
            places = relative_antecedent(doc, refs, c0, a)
        if not places and spec.place == "object" and kind == "control" and spec.role == "gains" \
                and re.search(r"(?:ed|taken|overrun)$", m_text(doc, a, b), re.I):
            # "PALMYRA RECAPTURED FOR A SECOND TIME", "Khan Sheikhoun captured by the army": a headline's passive
            before = [p for p in refs if c0 <= p.start and p.end <= a and re.fullmatch(
                r"\s*(?:[:–—-]\s*)?(?:(?:all|both|now|also|finally|fully|\w+ly)\s+)*", doc.text[p.end:a])]
            if before and re.fullmatch(r"[\s\W]*(?:(?:the\s+)?(?:city|town|village)\s+of\s+)?",
                                       doc.text[c0:before[-1].start], re.I) and not _PASSIVE_AUX.search(doc.text[c0:a]):
                h = before[-1]
                places = [PlaceRef(h.start, h.end, h.text, h.place, h.confidence, "headline", h.match)]
        if not places and spec.name == "enter-back-in":
            # "the militants swept back in on December 11": the place the text is about
            prev = [q for x in doc.sentences[max(0, s.index - 2):s.index] for q in x.places
                    if q.place is not None and q.place.kind in ("city", "town", "village")]
            target = doc.topic or (prev[-1].place if prev else None)
            if target is not None:
                places = [PlaceRef(a, b, m_text(doc, a, b), target, 0.5, "inherited")]
        if not places and spec.place == "object" and kind == "control":
            alias = _alias_refs(s, b, nxt, gaz)
            if alias and _filler_ok(doc.text[b:alias[0].start], limit=4) \
                    and not R.LOCATIVE_BEFORE.search(doc.text[b:alias[0].start]):
                places = alias
    if not places and (spec.place == "clause" or action in ("evacuated", "surrendered")):
        places = [p for p in _clause_places(doc, refs, c0, c1) if p.place is not None
                  and p.place.kind not in ADMIN_KINDS
                  and not (spec.role == "party" and re.search(r"\b(?:with|between)\s+$", doc.text[max(0, p.start - 10):p.start]))]

        if not places and spec.role == "party":
            here = [p for p in _clause_places(doc, refs, s.start, s.end) if p.place is not None
                    and p.place.kind not in ADMIN_KINDS]
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


def m_text(doc: Doc, a: int, b: int) -> str:
    return doc.text[a:b]


def _holder_cues(doc: Doc, s: Sentence, refs: list[PlaceRef], nar: _Narrative) -> None:
    for m in R.HOLDER.finditer(s.text):
        bloc = R.HOLDER_BLOCS[m.group("who").lower()]
        end = s.start + m.end()
        nxt = next((p for p in refs if p.start >= end and p.place is not None), None)
        if nxt is not None and nxt.place is not None and _filler_ok(doc.text[end:nxt.start], limit=4):
            nar.holders.setdefault(nxt.place.id, []).append((None, nar.first_actor.get(bloc, bloc), bloc))


def _side(nar: _Narrative, actors: ActorRef | None) -> tuple[str, str] | None:
    return (actors.actor, actors.bloc) if actors is not None else None


def _event(doc: Doc, s: Sentence, nar: _Narrative, spec: R.TriggerSpec, m: re.Match[str], action: str, kind: str,
           p: PlaceRef, a: int, b: int, c0: int, c1: int, lead_end: int, certainty: str,
           base_notes: list[str], stop: int | None = None, others: Sequence[int] = ()) -> RawEvent | None:
    notes = list(base_notes)
    gains: ActorRef | None = None
    loses: ActorRef | None = None
    role = spec.role
    subj = _subject(doc, s, a, c0)
    if role == "gains" and spec.name == "passive":
        agent = _actor_after(doc, s, b, c1, ("by",))
        if action in R.PASSIVE_LOSER or R.PASSIVE_ACTIONS[m.group("v").lower()] in R.PASSIVE_LOSER:
            loses = agent or subj
            if loses is None and not s.actors:
                return None  # "were fully evacuated on 16 May" alone on a line: nobody named
            gains = _actor_after(doc, s, b, c1, ("to",))  # "were handed over to the army"
            if gains is not None and loses is not None and gains.bloc == loses.bloc:
                loses = None
        else:
            gains = agent
    elif role == "gains" and _PASSIVE_AUX.search(doc.text[max(c0, a - 40):a]) and not spec.name.startswith("n-"):
        # "rebels were driven out of X (by the army)": the subject is the side that loses
        head = re.findall(r"[A-Za-z]+", doc.text[max(s.start, a - 60):a])
        if any(w.lower() in R.NON_COMBATANTS for w in head[-6:]):
            return None  # "citizens who had been driven out of al-Qusayr": people, not a side
        loses = subj
        gains = _actor_after(doc, s, b, c1, ("by",))
        if gains is not None and loses is not None and gains.bloc == loses.bloc:
            loses = None
    elif role == "gains" and p.how == "headline":
        gains = _actor_after(doc, s, b, c1, ("by",))  # the headline's passive: "X recaptured by the army"
    elif role == "gains" and spec.name in ("advance-into", "advance-in") and subj is None:
        return None  # "the focus then moved to X": an advance needs a side advancing
    elif role == "gains":
        near = [r for r in s.actors if r.end <= a and a - r.end <= 12]
        if spec.name.startswith("n-") and not near and subj is not None and subj.end <= a \
                and _NOMINAL_OBJECT.match(doc.text[subj.end:a]):
            near = [subj]  # "the SDF (…) completed the seizure of X": the nominal is the subject's deed
        gains = near[-1] if spec.name.startswith("n-") and near else (None if spec.name.startswith("n-") else subj)
        if gains is None and spec.name.startswith("n-"):  # "the capture of X by government forces", "was launched … by Y"
            gains = _actor_after(doc, s, b, c1, ("by",))
        loses = _actor_after(doc, s, b, c1, ("from",))
        if gains is None and loses is None:
            loses = _setback(doc, s)
    elif role == "loses":
        loses = _actor_after(doc, s, b, c1, None) if spec.name == "n-evacuation" else subj
        if spec.name == "leave" and (loses is None or re.match(r"\s+(?:with|to|in\s+(?:charge|place|control))\b",
                                                                doc.text[p.end:p.end + 20])):
            return None  # "The loss of Ariha leaves Damascus with …": no side left a place
        head = re.findall(r"[A-Za-z]+", doc.text[max(c0, a - 50):a])
        tail = re.findall(r"[A-Za-z]+", doc.text[b:b + 45])
        fighters = re.compile(r"(?i)^(?:rebels?|fighters?|militants?|troops|soldiers|forces|gunmen|jihadists|insurgents|"
                              r"units|army|militias?|brigades?|factions?)$")
        if spec.name in ("leave", "abandon", "evacuate", "withdraw", "pull-out") and (
                (any(w.lower() in R.NON_COMBATANTS for w in head[-5:]) and not any(fighters.match(w) for w in head[-6:]))
                or (spec.name == "evacuate" and any(w.lower() in R.NON_COMBATANTS for w in tail[:5])
                    and not any(fighters.match(w) for w in tail[:6]))):
            return None  # "thousands of people were leaving", "evacuated thousands of civilians": not a side
        gains = _actor_after(doc, s, b, c1, ("to",))
        if loses is None and not spec.name.startswith("n-"):
            words = re.findall(r"[A-Za-z]+", doc.text[c0:a])
            if not words or words[-1].lower() in R.NON_COMBATANTS or len(words) < 2:
                return None  # "8,000 people evacuated from …": no side gives anything up
    elif role == "inside_gains":
        gains = _actors_in(s, s.start + m.start("inside"), s.start + m.end("inside"))
        word = re.split(r"[/\s]+", m.group("inside").lower())[-1]
        if gains is None and word in R.HOLDER_BLOCS:  # "under regime control", "under rebel control"
            bloc = R.HOLDER_BLOCS[word]
            gains = ActorRef(s.start + m.start("inside"), s.start + m.end("inside"), m.group("inside"),
                             nar.first_actor.get(bloc, bloc), bloc, "holder")
        flag = _FLAG_SIDES.get(m.group("inside").lower()) if spec.name == "flag-adj-raised" else None
        if gains is None and flag is not None:  # "the Syrian flag was raised over X"
            gains = ActorRef(s.start + m.start("inside"), s.start + m.end("inside"), m.group("inside"), flag, flag,
                             "flag")
    elif role == "inside_loses":
        loses = _actors_in(s, s.start + m.start("inside"), s.start + m.end("inside"))
    elif role == "to_gains":
        gains = _actor_after(doc, s, b, c1, None)
    elif role == "party":
        day = next((d.date for d in s.dates if d.date), s.narrative_before)
        gains, loses = _parties(doc, s, nar, p, a, c0, c1, subj, day)
    else:
        adj = [r for r in s.actors if r.end <= a and a - r.end <= 2]
        gains = adj[-1] if adj else subj
        loses = _actor_after(doc, s, b, c1, None)
        if loses is not None and gains is not None and loses.bloc == gains.bloc:
            loses = None
    date, how, date_notes = _date_for(doc, s, a, c0, c1, lead_end, doc.text[c0:a], stop, others)
    if spec.name in ("in-control-of", "under-x-control", "under-control-of", "controlled-by") and date is not None \
            and _SPEECH_DATE.search(doc.text[max(s.start, date.start - 25):date.start]):
        # "rebels said on Monday they were in full control of Azaz, after overrunning … on Sunday": the state
        # is told on Monday; the change happened on the other day the sentence names
        other = [d for d in s.dates if d is not date and d.date is not None and date.date is not None
                 and d.date <= date.date and not _SPEECH_DATE.search(doc.text[max(s.start, d.start - 25):d.start])]
        if other:
            date, how = other[-1], "sentence"
    own = next((d for d in s.dates if d.date is not None and p.end <= d.start <= p.end + 30
                and re.fullmatch(r"[\s(),]*(?:[\w'’-]+\s*\)\s*)?(?:on|in|by)?\s*(?:the\s+(?:night|morning|evening)\s+of\s+)?",
                                 doc.text[p.end:d.start])), None)
    if own is not None and p.start > a and own is not date and (date is None or date.start < p.start):
        date, how = own, "stated"  # "entered Manbij on 15 October and Kobani on the night of 16 October"
    notes.extend(date_notes)
    g = _side(nar, gains)
    lo = _side(nar, loses)
    if kind == "control":
        g, lo = _infer(nar, p, date.date if date else None, g, lo, a, notes, role == "party", s)
    elif g is None and loses is not None:
        g = None
    confidence = spec.weight * (0.6 + 0.4 * p.confidence)
    confidence *= {"stated": 1.0, "sentence": 0.9, "published": 0.8, "inherited": 0.75, "none": 0.5}[how]
    confidence *= 0.85 if any("inferred" in n for n in notes) else 1.0
    confidence *= {"mention": 1.0, "region": 0.95, "alias": 0.9, "list": 0.9, "coref": 0.85,
                   "inherited": 0.75}.get(p.how, 1.0)
    if p.how in ("coref", "inherited", "list", "region"):
        notes.append(f"place {p.text!r} read as {p.place.name if p.place else '?'} ({p.how})")
    time = date.time if date is not None else None
    if time is None:
        t = time_of_day(doc.text[c0:a]) or time_of_day(doc.text[s.start:lead_end])
        time = t[1] if t else None
    ev = RawEvent(s, m.group(), a, action, p, g[0] if g else None, lo[0] if lo else None, date, how, certainty,
                  round(min(1.0, confidence), 3), time, notes, bool(R.BEGAN.search(doc.text[c0:c1])))
    if action in R.CAPTURE_LIKE and _RECENTLY.search(doc.text[c0:a]) and date is not None \
            and s.narrative_before is not None and s.narrative_before < (date.date or s.narrative_before):
        ev.date = DateMention(date.start, date.end, date.text, s.narrative_before, date.date, "range", date.kind)
        ev.notes.append("'recently' captured: between the previous date of the narrative and this one")
    return ev


def _parties(doc: Doc, s: Sentence, nar: _Narrative, p: PlaceRef, a: int, c0: int, c1: int,
             subj: ActorRef | None, day: dt.date | None) -> tuple[ActorRef | None, ActorRef | None]:
    in_clause = [r for r in s.actors if c0 <= r.start < c1] or list(s.actors)
    loser: ActorRef | None = None
    if subj is not None and _SURRENDER_WORDS.search(doc.text[c0:c1]):
        loser = subj
    held = nar.held(p.place.id if p.place is not None else None, day)
    if loser is None and held is not None:
        loser = next((r for r in in_clause if r.bloc == held[1]), None)
    if loser is None:
        loser = next((r for r in in_clause if r.bloc == "opposition"), None)
    gains = next((r for r in in_clause if loser is None or r.bloc != loser.bloc), None)
    return gains, loser


def _infer(nar: _Narrative, p: PlaceRef, day: dt.date | None, g: tuple[str, str] | None,
           lo: tuple[str, str] | None, pos: int, notes: list[str],
           deal: bool, sentence: Sentence | None = None) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    pid = p.place.id if p.place is not None else None
    if g is None and lo is None and pid is not None and day is not None:
        same = [t for t in nar.taken if t[0] == pid and abs((t[1] - day).days) <= 1]
        if same:
            g = (same[-1][2], same[-1][3])
            notes.append(f"gaining side inferred: the same change told earlier ({g[0]})")
    held = nar.held(pid, day)
    if g is None and lo is None and held is not None:
        lo = held
        notes.append(f"losing side inferred: {held[0]} held the place")
    if g is None and lo is None and deal and "opposition" in nar.ranked:
        lo = (nar.first_actor.get("opposition", "opposition"), "opposition")
        notes.append("losing side inferred: a deal's yielding side is taken to be the opposition")
    if g is None and lo is not None and sentence is not None:
        other = [r for r in sentence.actors if r.bloc in _MAIN_BLOCS and r.bloc != lo[1]]
        if other:  # "X and the TFSA seized Jinderes after YPG fighters withdrew from the town"
            pick = min(other, key=lambda r: (r.start > pos, abs(r.start - pos)))
            g = (pick.actor, pick.bloc)
            notes.append(f"gaining side inferred: the other side in the sentence ({pick.text})")
    if g is None and lo is not None:
        opp = nar.opponent(lo[1], pos)
        if opp is not None:
            g = (opp[0], _bloc(nar, opp[0], lo[1]))
            notes.append(f"gaining side inferred from the narrative ({opp[1]})")
    if g is None and not deal:
        adv = next((x for x in reversed(nar.advancing) if x.start < pos), None)
        if adv is not None:
            g = (adv.actor, adv.bloc)
            notes.append(f"gaining side inferred: the side advancing in the narrative ({adv.text})")
    if g is not None and lo is None:
        if held is not None and held[1] != g[1]:
            lo = held
            notes.append(f"losing side inferred: {held[0]} held the place")
        else:
            opp = nar.opponent(g[1], pos)
            if opp is not None:
                lo = (opp[0], _bloc(nar, opp[0], g[1]))
                notes.append(f"losing side inferred from the narrative ({opp[1]})")
    if g is not None and lo is not None and g[1] == lo[1]:
        lo = None
    return g, lo


def _bloc(nar: _Narrative, actor: str, other: str) -> str:
    for a in reversed(nar.mentions):
        if a.actor == actor:
            return a.bloc
    for b in nar.ranked:
        if nar.first_actor.get(b) == actor:
            return b
    return actor if actor in _MAIN_BLOCS else next((b for b in nar.ranked if b != other), "other")


def _remember(nar: _Narrative, ev: RawEvent) -> None:
    s = ev.sentence
    if ACTIONS[ev.action][0] == "control" and ev.action not in ("agreement", "ceasefire"):
        subj = [r for r in s.actors if r.end <= ev.trigger_start and r.actor == ev.gains]
        nar.advancing.extend(subj[-1:])
    if ev.place is None or ev.place.place is None or ev.gains is None or ev.date is None or ev.date.date is None:
        return
    if ACTIONS[ev.action][1] == ("held",) and ev.certainty not in ("denied", "planned"):
        bloc = next((r.bloc for r in s.actors if r.actor == ev.gains), None) or _bloc(nar, ev.gains, "")
        nar.taken.append((ev.place.place.id, ev.date.last or ev.date.date, ev.gains, bloc))
        nar.holders.setdefault(ev.place.place.id, []).append((ev.date.last or ev.date.date, ev.gains, bloc))


def _advance_from_to(doc: Doc, s: Sentence, nar: _Narrative, refs: list[PlaceRef], lead_end: int) -> list[RawEvent]:
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
        date, how, date_notes = _date_for(doc, s, a, c0, c1, lead_end, doc.text[c0:a])
        notes.extend(date_notes)
        g, lo = _infer(nar, p, date.date if date else None, g, None, a, notes, False)
        out.append(RawEvent(s, m.group().split()[0], a, "entered", p, g[0] if g else None, lo[0] if lo else None,
                            date, how, "confirmed", 0.55, date.time if date else None,
                            [*notes, "'advanced … to' read as entering the place"]))
    return out


def _denials(doc: Doc, s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    corr = R.CORRECTION.match(s.text)
    if corr:  # "Correction: earlier I posted that al-Asharah had fallen"
        for e in mine:
            if e.trigger_start >= s.start + corr.end() and ACTIONS[e.action][0] == "control":
                e.certainty = "denied"
                e.notes.append("taken back as a correction")
    if R.CONTRADICTED.match(s.text):  # "X said troops had driven the militants out. But residents said they never were"
        for e in earlier:
            if e.sentence.index == s.index - 1 and ACTIONS[e.action][0] == "control" \
                    and e.certainty in ("claimed", "reported"):
                e.certainty = "denied"
                e.notes.append(f"contradicted by the next sentence (line {s.line})")
    if R.TAKEN_BACK.match(s.text):  # "… had fallen. It hasn't."
        for e in earlier:
            if e.sentence.index == s.index - 1 and ACTIONS[e.action][0] == "control":
                e.certainty = "denied"
                e.notes.append(f"taken back by the next sentence (line {s.line})")
    for passive in (R.REPORTS_DENIED.search(s.text), R.SAID_WRONG.search(s.text)):
        if passive:  # "Reports that armed groups had entered Tartous were denied", "… saying X had fallen was wrong"
            for e in mine:
                if s.start + passive.start("what") <= e.trigger_start < s.start + passive.end("what"):
                    e.certainty = "denied"
                    e.notes.append("denied in the same sentence")
    m = R.DENIAL.search(s.text)
    if not m:
        return
    cue = s.start + m.start()
    reports = R.DENIED_REPORTS.search(s.text)
    if reports and R.DENIED_WHAT_FOLLOWS.match(s.text[reports.end():]) and reports.start() <= m.start():
        reports = None  # "denied reports that they had agreed to hand over X": the denial comes first
    if reports and m.start() < reports.start() and any(
            s.start + m.end() <= e.trigger_start < s.start + reports.start() for e in mine):
        # "the ministry has denied that its forces have withdrawn from Homs, calling the reports false"
        reports = None
    if reports:  # "X claimed …, but rebels denied the report": what was claimed, before the cue
        cue = min(cue, s.start + reports.start())
        claims = [s.start + c.start() for c in R.CLAIMED.finditer(s.text) if s.start + c.start() < cue]
        since = claims[-1] if claims else s.start
        after = [e for e in mine if since <= e.trigger_start < cue and ACTIONS[e.action][0] == "control"]
        told = [e for e in earlier if e.sentence.index == s.index - 1 and e.certainty == "claimed"
                and ACTIONS[e.action][0] == "control"]
        def _day(e: RawEvent) -> dt.date:
            return (e.date.date if e.date is not None and e.date.date is not None else dt.date.max)

        if told and re.search(r"(?i)\bthe\s+claims?\b", reports.group()) and (not after or all(
                e.certainty != "claimed" or _day(e) < min(_day(t) for t in told) for e in after)):
            # "Amaq claims its fighters regained the town. SOHR says the army had recaptured it on Saturday,
            # and describes the claim as false": the claim told before is denied, not this sentence's event
            for e in told:
                e.certainty = "denied"
                e.notes.append(f"denied by the next sentence (line {s.line})")
            return
    else:
        after = [e for e in mine if e.trigger_start > cue]
    for e in after:
        e.certainty = "denied"
        e.notes.append("denied in the same sentence")
    if not after and reports:
        prev = [e for e in earlier if e.sentence.index == s.index - 1]
        if any(e.certainty == "claimed" for e in prev):
            prev = [e for e in prev if e.certainty == "claimed"]
        for e in prev:
            if ACTIONS[e.action][0] == "control":
                e.certainty = "denied"
                e.notes.append(f"denied by the next sentence (line {s.line})")
