"""Which side gains and which loses: the sides half of :mod:`homsmap.extract_events`.

The side a sentence names is found by :mod:`homsmap.extract_subject`. :class:`_Narrative` remembers
who advances and who holds what; :func:`_infer` and :func:`_fill_sides` give a side the text does not
name: the other side of the sentence, the side named as taking the place over, the claimant of a
claim, the issuer of a statement, the side gaining in the nearest change, in that order, each
written into the event's notes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.actors import Actors
from homsmap.events import ACTIONS
from homsmap.extract_actors import subjectlike
from homsmap.extract_parse import ActorRef, Doc, PlaceRef, RawEvent, Sentence
from homsmap.extract_places import _filler_ok

__all__: list[str] = []


_MAIN_BLOCS = ("government", "opposition", "isis", "sdf")
_FALL_OF_ASSAD = dt.date(2024, 12, 8)




_LOSER_AFTER = re.compile(r"['’]s?\s+(?:entire\s+|whole\s+)?(?:[\w-]+\s+){0,2}?(?:sector|lines?|defen[cs]es|positions|front|"
                          r"stronghold|pocket)\b|\s+(?:withdrawing|retreating|pulling\s+(?:out|back)|fleeing|falling\s+back|"
                          r"having\s+(?:withdrawn|retreated|fled|pulled\s+out))\b", re.I)
_HELD_PLACE = re.compile(r"\bthe\s+(?P<who>rebel|opposition|government|regime|army|isis|isil|sdf|hts)-(?:held|controlled)\s+"
                         r"(?:city|town|village|district|base|airbase|enclave)\b", re.I)
_SURRENDER_WORDS = re.compile(r"\b(?:surrender\w*|hand(?:s|ed|ing)?|ced(?:e|es|ed|ing)|evacuat\w*|leave|withdraw\w*)\b", re.I)


_SETBACK = re.compile(r"\b(?:setback|blow|loss|defeat|humiliation)\s+(?:for|to)\s+(?:the\s+)?$", re.I)


def _known_side(actors: Actors, words: str) -> bool:
    low = words.lower()
    parts = [w for w in re.split(r"[/\s]+", words) if w]  # "TAF/SNA control"
    return low in R.HOLDER_BLOCS or low in R.ACTOR_LEXICON or actors.resolve(words) is not None \
        or low.split()[-1] in R.HOLDER_BLOCS or any(actors.resolve(w) is not None for w in parts)


_STRONGHOLD_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:main|last|key|final|remaining|principal|chief|biggest|largest|major)\s+)?"
                               r"(?:strongholds?|bastions?|garrisons?|outposts?|holdouts?|enclaves?|pockets?|positions?|bases?)\b",
                               re.IGNORECASE)


def _setback(doc: Doc, s: Sentence) -> ActorRef | None:
    """"the fall of X was a major setback for the government": the side named as suffering the loss;
    "Opposition leaders called the fall of X a setback": the side that calls it one; "the last loyalist
    stronghold … fell": the side whose stronghold it was."""
    for r in s.actors:
        if _SETBACK.search(doc.text[max(s.start, r.start - 40):r.start]):
            return r
    for r in s.actors:  # "the last loyalist stronghold inside the city, fell on 6 March": the side that held it
        if _STRONGHOLD_AFTER.match(doc.text, r.end):
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
        self.repelled: list[ActorRef] = []  # the sides whose attack was beaten back
        self.advanced_on: dict[int, dt.date] = {}  # the day of the change that put a side in ``advancing``, by id
        self.campaigns: dict[str, ActorRef] = {}  # "the regime's Qalamoun campaign": the side whose campaign a name is
        self.holders: dict[str, list[tuple[dt.date | None, str, str]]] = {}
        self.taken: list[tuple[str, dt.date, str, str]] = []
        self.besiegers: dict[str, tuple[dt.date, str, str]] = {}  # the side told to besiege a place, by place
        self.sentence_gains: dict[int, tuple[str, str]] = {}  # the side that last took a place, by sentence
        self.sentence_places: dict[int, dict[str, tuple[str, str]]] = {}  # the places taken in a sentence, and by whom
        counts = Counter(a.bloc for s in doc.sentences for a in s.actors if a.bloc in _MAIN_BLOCS)
        self.ranked = [b for b, _n in counts.most_common()]
        by_bloc: dict[str, Counter[str]] = {}
        for s in doc.sentences:
            for a in s.actors:
                by_bloc.setdefault(a.bloc, Counter())[a.actor] += 1
        # the side a bloc is named by most often (the generic "government" over "russia")
        self.first_actor = {b: c.most_common(1)[0][0] for b, c in by_bloc.items()}
        self.speaker = doc.speaker  # the side a statement or a partisan text speaks for
        # after 8 December 2024 the state's armed foes are no longer "the opposition" (which is the state)
        self.after_fall = doc.published is not None and doc.published > _FALL_OF_ASSAD
        self.sentences = doc.sentences

    def advancer(self, pos: int, day: dt.date | None, exclude: str | None = None, *, attack: bool = False) -> ActorRef | None:
        """The side last told advancing before ``pos``; of a day, a side advancing within half a year of it first
        ("The base fell to … Nusra … on Sept. 9, 2015. Saturday's assault followed the capture on Friday of Tell
        Salmo": the side of that week's assault, not 2015's). Of an attack, a side whose attack was beaten back counts
        too ("a record of failed offensives": the side attacking again); of a change, it does not ("The terrorists'
        counterattack on Sukayk has been repelled. … KHAN SHAYKHUN IS LIBERATED")."""
        pool = sorted([*self.advancing, *self.repelled], key=lambda x: x.start) if attack else self.advancing
        told = [x for x in pool if x.start < pos and (exclude is None or x.actor != exclude)]
        near = [x for x in told if day is None or (d := self.advanced_on.get(id(x))) is None or abs((d - day).days) <= 180]
        pool = near or told
        return pool[-1] if pool else None

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
        if self.after_fall:  # (the state's foe then: the other side the text names most)
            foe = {"other": "government", "government": self.first_actor.get("other")}.get(bloc or "")
            return (foe, f"by default, the state's foe ({foe})") if foe else None
        default = {"opposition": "government", "government": "opposition"}.get(bloc or "")
        return (default, f"by default, the {default} side") if default else None


_CLAIM_SOURCE = re.compile(r"(?P<government>\b(?:state\s+(?:media|television|TV|news\s+agency)|SANA|official\s+media|"
                           r"pro-(?:government|regime)\s+(?:media|outlets|channels|pages))\b)|"
                           r"(?P<opposition>\b(?:rebel|opposition|opposition-leaning|pro-opposition)\s+(?:sources|media|outlets|"
                           r"channels|accounts|pages|spokesm[ae]n|commanders)\b)|(?P<isil>\bAmaq\b)", re.IGNORECASE)


_VOICE_AFTER = re.compile(r"['’]?s?\s+(?:spokesm[ae]n|spokeswoman|spokesperson|commanders?|officials?|media\s+(?:office|cent(?:re|er))|"
                          r"press\s+(?:office|cent(?:re|er))|statement|leadership|command)\b|"
                          r"\s+(?:(?:\w+ly|also|later|then)\s+)?(?:declared|announced|said|says|claimed|claims|confirmed)"
                          r"(?:\s+on\s+\w+)?\s+that\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|announced|announces|declared|declares|claimed|claims|confirmed|stated|told)\b",
                   re.IGNORECASE)


# The side that moves in: "government troops moved into the emptied quarters", "SDF fighters moved into all
# three", and the deal that "let government forces deploy checkpoints inside the neighbourhood"
_MOVES_IN = re.compile(r"(?:\s+(?:fighters|forces|troops|units|militiamen|soldiers))?\s+(?:then\s+|later\s+|to\s+)?"
                       r"(?:(?:moved|marched|poured|rolled|walked|went|move)\s+(?:back\s+)?in(?:to)?|entered|enter|deployed|"
                       r"deploy|took\s+over|take\s+over|return|set\s+up|establish)\b", re.I)


_LIBERATED = re.compile(r"(?i)(?:(?:was|were|been|being|is|are|be|has|have|had)\s+(?:\w+ly\s+)?)*(?:liberat|freed|(?:now\s+)?ours\b|"
                        r"free\b|"
                        r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=is\s)|(?<=are\s))(?:taken\s+under\s+control|cleansed|purged)|"
                        r"(?<=been\s)(?:cleared|secured)(?!\s+of\b))")


_LOSS_MOOD = re.compile(r"(?i)\b(?:can['’]?t\s+believe|forgive\s+us|black\s+day|sad\s+day|is\s+gone|are\s+gone|we\s+lost|"
                        r"our\s+(?:guys|men|fighters|brothers)\s+(?:pulled|withdrew|retreated)|pulled\s+back|god\s+help|pray\s+for)")
_GAIN_MOOD = re.compile(r"(?i)\b(?:the\s+rats|(?:terrorists|militants|gangs|mercenaries|rats|enemy)\s+(?:fled|ran)|allahu\s+akbar|"
                        r"victory|victorious|congratulat\w+|glory\s+to)\b|!!")

_AT_OURS = re.compile(r"(?i)\s*(?:on\s+|against\s+)?our\s+(?:[\w-]+\s+)?(?:positions?|lines|posts?|points?|checkpoints?|"
                      r"fortifications|defen[cs]es|men|fighters|forces|units)\b")


def _mood(doc: Doc | None, s: Sentence) -> str | None:
    """How a side's page tells a change with no side named: as its ``loss`` or its ``gain`` (or ``None``),
    from the sentence and the rest of its paragraph."""
    return _mood_in(doc.sentences if doc is not None else None, s)


def _mood_in(sentences: Sequence[Sentence] | None, s: Sentence) -> str | None:
    text = s.text if sentences is None else " ".join(x.text for x in sentences[s.index:s.index + 4] if x.para == s.para)
    loss, gain = bool(_LOSS_MOOD.search(text)), bool(_GAIN_MOOD.search(text))
    return None if loss == gain else "loss" if loss else "gain"


def _fill_sides(events: list[RawEvent], nar: _Narrative, doc: Doc | None = None) -> None:
    """A change the text gives no side for ("5 December — Hama falls."): the side that gains in the
    nearest change with a named side (within a few paragraphs, before or after), else the side the
    document names most; always flagged as inferred."""
    named = [e for e in events if e.gains is not None and ACTIONS[e.action][0] == "control"
             and e.action not in ("agreement", "ceasefire", "ceasefire_ended") and e.certainty not in ("denied", "planned")]
    for ev in events:
        if ev.gains is not None or ACTIONS[ev.action][0] != "control" or ev.action in ("ceasefire", "ceasefire_ended"):
            continue
        speaker = ev.sentence.speaker or nar.speaker  # (a quoted issuer's paragraph speaks for its issuer)
        if speaker and ev.action in R.CAPTURE_LIKE and not ev.sentence.actors and (mood := _mood(doc, ev.sentence)):
            # a side's own page: "Masaken Hanano has fallen. I can't believe … Forgive us." is its loss; "Jisreen
            # and Saqba have fallen this morning, the rats fled west" is its gain
            ev.gains = speaker if mood == "gain" else R.ENEMY_OF.get(speaker, "government")
            ev.notes.append(f"gaining side inferred: the page of {speaker} tells it as its {mood}")
            continue
        if speaker and ev.action in ("attacked", "contested") and _AT_OURS.match(
                ev.sentence.text, ev.trigger_start + len(ev.trigger) - ev.sentence.start):
            # "maybe sixty of them attacked our positions on the edge of Bludan": the statement's side is attacked
            ev.loses, ev.gains = speaker, R.ENEMY_OF.get(speaker, "opposition")
            ev.notes.append(f"sides inferred: the page of {speaker} tells of an attack on its own positions")
            continue
        if speaker and ev.action == "withdrew" and ev.loses is None and not ev.sentence.actors:
            # "Tactical withdrawal from Jafra after heavy barrels": on a side's own page, its own withdrawal
            ev.loses, ev.gains = speaker, R.ENEMY_OF.get(speaker, "government")
            ev.notes.append(f"sides inferred: the page of {speaker} tells of its own withdrawal")
            continue
        if ev.action in ("evacuated", "surrendered", "withdrew") and ev.loses is None and ev.sentence.actors and not all(
                R.NAMES_IT_AFTER.match(ev.sentence.text, r.end - ev.sentence.start) for r in ev.sentence.actors) and not (
                ev.action == "withdrew" and all(r.start > ev.trigger_start and R.AS_CLAUSE.search(
                    ev.sentence.text, ev.trigger_start - ev.sentence.start, r.start - ev.sentence.start)
                    for r in ev.sentence.actors)):
            # "The evacuation of Harasta was completed when the last convoy carrying Ahrar al-Sham left":
            # the side named as leaving loses, its enemy gains (but in "Last fighters leave Harasta as army tightens
            # grip" the army is no leaver; nor in "The evacuation from Qudsaya … a deal that the government calls
            # 'reconciliation' and the opposition describes as forced displacement" are the sides that name it)
            leaver = ev.sentence.actors[0]
            if ev.action != "withdrew" and re.search(r"(?i)\b(?:between|with)\b", ev.sentence.text):
                # "under an agreement between the Government of Syria and Ahrar al-Sham, … were evacuated": the
                # party that is not the state is the one bussed out
                leaver = next((r for r in ev.sentence.actors if r.bloc != "government"), leaver)
            comer = next((r for r in ev.sentence.actors if _MOVES_IN.match(ev.sentence.text, r.end - ev.sentence.start)), None)
            if comer is not None:  # "… were bussed out of Old Homs, and government troops moved into the emptied quarters"
                ev.gains = comer.actor
                opp = nar.opponent(comer.bloc, ev.trigger_start)
                ev.loses = opp[0] if opp is not None else None
                ev.notes.append(f"sides inferred: {comer.text} moved in")
                continue
            opp = nar.opponent(leaver.bloc, ev.trigger_start)
            if opp is not None:
                ev.loses, ev.gains = leaver.actor, opp[0]
                ev.notes.append(f"sides inferred: {leaver.text} left, {opp[1]} gains")
                continue
        voice = next((r for r in ev.sentence.actors if r.end <= ev.trigger_start and r.how != "pronoun"
                      and _VOICE_AFTER.match(ev.sentence.text, r.end - ev.sentence.start)
                      and _SAID.search(ev.sentence.text, r.end - ev.sentence.start, ev.trigger_start - ev.sentence.start)
                      and (ev.loses is None or r.bloc != _bloc(nar, ev.loses, ""))), None)
        if voice is not None:  # "an SDF spokesman announced that Baghuz … had been taken": the speaker's side
            ev.gains = voice.actor
            ev.notes.append(f"gaining side inferred: the side that announced it ({voice.text})")
            continue
        source = _CLAIM_SOURCE.search(ev.sentence.text)
        if source is not None and ev.certainty in ("claimed", "reported"):
            side = source.lastgroup  # the group named for the side: government, opposition or isil
            if side and side != ev.loses:  # "State media says Soran has been retaken": the claimant's side
                ev.gains = side
                ev.notes.append(f"gaining side inferred: the side whose media made the claim ({side})")
                continue
        if doc is not None and ev.action in (*R.CAPTURE_LIKE, "besieged") and ev.loses is None and (subject := next((
                r for r in reversed(ev.sentence.actors) if r.end <= ev.trigger_start and r.bloc in _MAIN_BLOCS
                and subjectlike(doc.text, r) and re.search(r",\s+and\b", doc.text[r.end:ev.trigger_start])
                and _ADVANCE_VERB.match(doc.text, r.end)), None)) is not None:
            # "its fighters swept through the villages around Kobani, and by 20 September the town was encircled"
            ev.gains = subject.actor
            ev.notes.append(f"gaining side inferred: the side advancing earlier in the sentence ({subject.text})")
            continue
        if ev.loses is None and (out := R.OUT_OF_HANDS.search(ev.sentence.text)) is not None:
            held_by = R.HOLDER_BLOCS[out.group("who").lower()]  # "captured Idlib city …, the second provincial capital to fall
            ev.loses = nar.first_actor.get(held_by, held_by)  # (the side of that bloc the text named first, as for "rebel-held")
            ev.notes.append(f"losing side read from the sentence ({out.group()})")  # out of government hands"
        if ev.loses is None and (holder := _HELD_PLACE.search(ev.sentence.text)) is not None \
                and ev.place is not None and re.fullmatch(r"(?i)(?:the\s+)?(?:city|town|village|district|base|airbase|enclave)",
                                                          ev.place.text) is None:
            held_by = R.HOLDER_BLOCS[holder.group("who").lower()]  # "Raqqa was encircled for the first time: the ISIS-held
            ev.loses = nar.first_actor.get(held_by, held_by)  # city was now cut off": the holder loses it
            ev.notes.append(f"losing side read from the sentence ({holder.group()})")
            if (opp := nar.opponent(held_by, ev.trigger_start)) is not None:
                ev.gains = opp[0]
                ev.notes.append(f"gaining side inferred from the narrative ({opp[1]})")
                continue
        lost = nar.first_actor.get(_bloc(nar, ev.loses, ""), ev.loses) if ev.loses else None
        near = sorted((e.sentence.para != ev.sentence.para, _years_apart(e, ev), abs(e.trigger_start - ev.trigger_start),
                       e.trigger_start > ev.trigger_start, k)
                      for k, e in enumerate(named) if abs(e.trigger_start - ev.trigger_start) < 2500
                      and (ev.loses is None or (e.gains != ev.loses and e.gains != lost)))
        here = None
        if doc is not None and (not near or near[0][0]):  # (only a side advancing earlier in the change's own paragraph)
            here = next((r for x in reversed(doc.sentences[:ev.sentence.index]) if x.para == ev.sentence.para
                         for k, r in reversed(list(enumerate(x.actors))) if r.bloc in _MAIN_BLOCS and r.how != "pronoun"
                         and subjectlike(doc.text, r) and _ADVANCE_VERB.match(doc.text, _joined_end(doc.text, x.actors, k))),
                        None)
        if here is not None:  # "Hezbollah and Syrian army units moved against the small border villages … Ras al-Maarra
            ev.gains = here.actor  # was taken on 9 April": that side, not one gaining in the next paragraph
            ev.notes.append(f"gaining side inferred: the side advancing earlier in the paragraph ({here.text})")
        elif near:
            src = named[near[0][-1]]  # (the paragraph's own changes first)
            if src.trigger_start > ev.trigger_start and src.action == "recaptured" and src.gains is not None \
                    and src.place is not None and src.place.place is not None \
                    and src.place.place.id in {p.place.id for p in ev.sentence.places if p.place is not None} \
                    and ev.date is not None and ev.date.date is not None and src.date is not None and src.date.date is not None \
                    and ev.date.date < src.date.date:
                # "Halfaya was overrun on 22 March, and Khattab … taken a day later. … the Tiger Forces recaptured it on
                # 30 March": a later recapture tells who took these first, the recapturer's enemy
                ev.gains = R.ENEMY_OF.get(_bloc(nar, src.gains, ""), "opposition")
                ev.notes.append(f"gaining side inferred: the enemy of the side that recaptured later ({src.gains}, line "
                                f"{src.sentence.line})")
            else:
                ev.gains = src.gains
                ev.notes.append(f"gaining side inferred: the side gaining in the nearest change ({src.gains}, line "
                                f"{src.sentence.line})")
        elif speaker is not None and (ev.loses is None or ev.loses != speaker):
            ev.gains = speaker
            ev.notes.append(f"gaining side inferred: the side that issued the statement ({speaker})")
        elif (adv := nar.advancer(ev.trigger_start, ev.date.date if ev.date is not None else None, ev.loses)) is not None:
            ev.gains = adv.actor  # "… reached the western districts of Aleppo … Hama fell on 5 December"
            ev.notes.append(f"gaining side inferred: the side advancing in the narrative ({adv.text})")
        elif ev.loses is None and len({r.bloc for r in ev.sentence.actors if r.bloc in _MAIN_BLOCS}) == 1 and (
                loser := next((r for r in ev.sentence.actors if _LOSER_AFTER.match(ev.sentence.text, r.end - ev.sentence.start)),
                              None)) is not None:
            ev.loses, ev.gains = loser.actor, R.ENEMY_OF.get(loser.bloc, "government")  # "Kinsabba itself was captured on
            # 13 February, the rebels withdrawing towards the Idlib border"; "The fall of Hanano unhinged the rebels'
            # entire northern sector": the only side named is the one that lost it
            ev.notes.append(f"gaining side inferred: the enemy of the side named as losing ({loser.text})")
        else:
            bloc = next((b for b in nar.ranked if ev.loses is None or b != _bloc(nar, ev.loses, "")), None)
            if bloc is None and ev.loses is not None and (opp := nar.opponent(_bloc(nar, ev.loses, ""), ev.trigger_start)):
                ev.gains = opp[0]  # the only side named is the one that lost it: its enemy gains
                ev.notes.append(f"gaining side inferred: the enemy of the side that lost it ({opp[1]})")
                continue
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


_TAKEN_BACK = re.compile(r"(?i)(?:re-?(?:took|taken|captur|gain|conquer)|[^.;,]{0,30}?\bback\b)")
_HOLDING_IT = re.compile(r"(?i)(?:\s+(?:fighters|forces|troops|units|militants|defenders|garrison))?\s+(?:still\s+)?"
                         r"(?:holding|defending|holed\s+up\s+in|trapped\s+in|besieged\s+in)\b")


def _holder_next(nar: _Narrative, sentence: Sentence, lo: tuple[str, str] | None) -> ActorRef | None:
    """The side the next sentence of the paragraph says holds the place now."""
    if sentence.index + 1 >= len(nar.sentences) or (after := nar.sentences[sentence.index + 1]).para != sentence.para:
        return None
    if (hands := _IN_HANDS_OF.search(after.text)) is not None:
        return next((r for r in after.actors if r.start >= after.start + hands.end() - 1 and r.bloc in _HOLDER_BLOCS
                     and (lo is None or r.bloc != lo[1])), None)
    if (ctl := _NOW_CONTROL.search(after.text)) is not None:
        return next((r for r in reversed(after.actors) if r.end <= after.start + ctl.start() and r.bloc in _HOLDER_BLOCS
                     and (lo is None or r.bloc != lo[1])), None)
    return None


_HOLDER_BLOCS = frozenset({*_MAIN_BLOCS, "other"})  # (and the Druze factions of 2025)
_NOW_CONTROL = re.compile(r"(?i)\b(?:now|have\s+since|has\s+since)\s+(?:fully\s+)?(?:control|controls|hold|holds|controlled|held)\s+"
                          r"(?:the\s+(?:city|town|village|area|district)|it)\b")
_IN_HANDS_OF = re.compile(r"(?i)\b(?:is|are)\s+(?:now\s+)?(?:(?:firmly|fully|entirely)\s+)?(?:in\s+the\s+hands\s+of|under\s+"
                          r"(?:the\s+)?(?:full\s+|complete\s+)?control\s+of)\s+")
_ADVANCE_VERB = re.compile(r"(?i)\s+(?:\w+ly\s+)?(?:swept|advanced|pushed|pressed|moved|overran|seized|captured|took|"
                           r"stormed|besieged|encircled|surrounded|closed\s+in|cut|(?:launched|began|opened|started)\s+(?:a|an|their|its|"
                           r"the)\s+(?:[\w-]+\s+)?(?:assault|offensive|attack|push|operation|campaign))\b")


def _joined_end(text: str, actors: Sequence[ActorRef], k: int) -> int:
    """Where the subject that ``actors[k]`` opens ends: "Hezbollah and Syrian army units moved against …" runs
    to the end of the second side."""
    end = actors[k].end
    for r in actors[k + 1:]:
        if re.fullmatch(r"(?:,\s+|\s+)(?:and\s+)?(?:the\s+)?", text[end:r.start]) is None:
            break
        end = r.end
    return end


def _side(nar: _Narrative, actors: ActorRef | None) -> tuple[str, str] | None:
    return (actors.actor, actors.bloc) if actors is not None else None


def _parties(doc: Doc, s: Sentence, nar: _Narrative, p: PlaceRef, a: int, c0: int, c1: int,
             subj: ActorRef | None, day: dt.date | None) -> tuple[ActorRef | None, ActorRef | None]:
    in_clause = [r for r in s.actors if c0 <= r.start < c1] or list(s.actors)
    loser: ActorRef | None = None
    if subj is not None and _SURRENDER_WORDS.search(doc.text[c0:c1]):
        loser = subj
    if loser is None:  # "a deal … lets Syrian ISIS members and their families leave the city": those who leave
        loser = next((r for r in in_clause if re.match(r"(?i)(?:\s+[\w'’-]+){0,2}?(?:\s+and\s+their\s+families)?\s+(?:to\s+)?"
                                                        r"(?:leave|depart|withdraw|evacuate|quit)\b", doc.text[r.end:r.end + 60])), None)
    held = nar.held(p.place.id if p.place is not None else None, day)
    if loser is None and held is not None:
        loser = next((r for r in in_clause if r.bloc == held[1] and not _MOVES_IN.match(doc.text, r.end)), None)
    if loser is None:
        loser = next((r for r in in_clause if r.bloc == "opposition"), None)
    gains = next((r for r in in_clause if loser is None or r.bloc != loser.bloc), None)
    if gains is None and loser is not None and p.place is not None and (before := [
            t for t in (*nar.taken, *[(p.place.id, *b) for pid, b in nar.besiegers.items() if pid == p.place.id])
            if t[0] == p.place.id and t[3] != loser.bloc and (day is None or t[1] <= day)]):
        # "29 June – the SDF encircles the city. … 14 October – a deal lets ISIS members leave the city": the side that
        # was closing in on it
        gains = ActorRef(a, a, before[-1][2], before[-1][2], before[-1][3], "narrative")
    return gains, loser


REFUTATION_WORD = r"\b(?:baseless|false|lies|untrue|fabricat\w+|unfounded|groundless)\b"  # a claim called false
_REFUTED_BEFORE = re.compile(REFUTATION_WORD, re.I)


def _years_apart(e: RawEvent, ev: RawEvent) -> bool:
    """Whether two changes lie more than half a year apart: "Saturday's assault followed the capture on Friday of
    Tell Salmo", after "The base fell to an insurgent alliance … on Sept. 9, 2015": the change of that week, not 2015's."""
    a = e.date.date if e.date is not None else None
    b = ev.date.date if ev.date is not None else None
    return a is not None and b is not None and abs((a - b).days) > 180


def _infer(nar: _Narrative, p: PlaceRef, day: dt.date | None, g: tuple[str, str] | None,
           lo: tuple[str, str] | None, pos: int, notes: list[str],
           deal: bool, sentence: Sentence | None = None, *, attack: bool = False) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    pid = p.place.id if p.place is not None else None
    if g is None and pid is not None and day is not None:
        same = [t for t in nar.taken if t[0] == pid and abs((t[1] - day).days) <= 1]
        if same and (lo is None or lo[1] == same[-1][3]) and not (
                same[-1][1] != day and sentence is not None and sentence.dates and _TAKEN_BACK.match(sentence.text, pos - sentence.start)):
            # (not "On 20 June rebels overran Jarajir. The next day a counter-attack pushed them back out": a reversal)  # (a loser read from that very change is its winner)
            g, lo = (same[-1][2], same[-1][3]), None
            notes.append(f"gaining side inferred: the same change told earlier ({g[0]})")
    if g is None and lo is None and sentence is not None and pid is not None \
            and (taker := nar.sentence_places.get(sentence.index, {}).get(pid)) is not None \
            and re.match(r"(?i)(?:(?:was|were|had|has|been|being)\s+)*(?:re-?(?:taken|took|take|captur|gain|enter|conquer)|won\s+back)",
                         sentence.text[pos - sentence.start:]):
        lo = taker  # "Palmyra, lost to IS on 20 May 2015, was retaken in March 2016": from the side that took it
        notes.append(f"losing side inferred: the side that took it earlier in the sentence ({taker[0]})")
    # a refutation before the place ends what the sentence told of the claim ("Daesh media's claim that its fighters
    # 'retook al-Mishlab' is baseless; al-Mishlab is fully secured": neither the claim's side nor its taker)
    refuted = 0 if sentence is None else max((m.end() for m in _REFUTED_BEFORE.finditer(sentence.text, 0, max(0, pos - sentence.start))),
                                             default=0)
    if g is None and lo is None and sentence is not None and sentence.index in nar.sentence_gains and not refuted:
        g = nar.sentence_gains[sentence.index]  # "Suran fell to the army on 6 April, and Halfaya … were retaken"
        notes.append(f"gaining side inferred: the side that took a place earlier in the sentence ({g[0]})")
    if g is None and lo is None and sentence is not None and (hailed := next((
            r for r in sentence.actors if r.bloc in _MAIN_BLOCS and r.how != "pronoun" and R.HAILED.match(sentence.text, r.end - sentence.start)),
            None)) is not None:  # "The March recapture … was followed by the retaking of al-Qaryatayn, and Moscow presented
        g = (hailed.actor, hailed.bloc)  # both as proof of what Russian air power … could achieve": Moscow's side's
        notes.append(f"gaining side inferred: the side that hailed it ({hailed.text})")
    voice = (sentence.speaker if sentence is not None else None) or nar.speaker
    me = nar.first_actor.get(voice, voice) if voice else None
    if g is None and me is not None and sentence is not None and (lo is None or lo[0] != me) \
            and _LIBERATED.match(sentence.text, pos - sentence.start):
        g = (me, _bloc(nar, me, ""))  # "Jarjanaz was liberated on 24 December and it stays ours": a side's word for its gains
        notes.append(f"gaining side inferred: the side the text speaks for calls it liberated ({me})")
    if g is None and lo is None and sentence is not None and R.PARTICIPLE_OF.search(sentence.text, 0, pos - sentence.start) \
            and (doer := next((r for r in sentence.actors if r.start < pos and r.bloc in _MAIN_BLOCS and r.how != "pronoun"),
                              None)) is not None:
        g = (doer.actor, doer.bloc)  # "SDF fighters cut the last road, completing the encirclement of Raqqa": theirs
        notes.append(f"gaining side inferred: the subject of the clause the participle hangs on ({doer.text})")
    held = nar.held(pid, day)
    if g is None and lo is None and held is not None:
        lo = held
        notes.append(f"losing side inferred: {held[0]} held the place")
    recent = next((x for x in reversed(nar.advancing) if x.start < pos and pos - x.start < 1500), None)
    if g is None and lo is None and deal and recent is not None:
        g = (recent.actor, recent.bloc)  # "Hama fell to the HTS-led offensive … That night Mhardeh was handed over"
        notes.append(f"gaining side inferred: the side advancing in the narrative ({recent.text})")
    if g is None and lo is None and deal and "opposition" in nar.ranked:
        lo = (nar.first_actor.get("opposition", "opposition"), "opposition")
        notes.append("losing side inferred: a deal's yielding side is taken to be the opposition")
    if g is None and lo is None and sentence is not None:
        holders = [r for r in sentence.actors if r.bloc in _MAIN_BLOCS and _HOLDING_IT.match(sentence.text, r.end - sentence.start)]
        if len({r.bloc for r in holders}) == 1:  # "… were captured, after the last ISIL fighters holding the dam were
            lo = (holders[0].actor, holders[0].bloc)  # allowed to leave": the side that held it
            notes.append(f"losing side inferred: the side said to hold it ({holders[0].text})")
    if g is None and lo is not None and sentence is not None:
        other = [r for r in sentence.actors if (r.bloc in _MAIN_BLOCS or (r.bloc == "other" and r.how in ("alias", "lexicon")))
                 and r.bloc != lo[1] and r.start >= sentence.start + refuted and not R.EXCEPT_BEFORE.search(sentence.text, 0, r.start - sentence.start)
                 and not any(q.bloc == lo[1] and q.end <= r.start and re.fullmatch(  # (nor "the few YPG and FSA fighters
                     r"\s+(?:and|or)\s+", sentence.text[q.end - sentence.start:r.start - sentence.start])  # there pulled
                     for q in sentence.actors)]  # back": a side that left with it)  # (not "withdrawn from all of the city except Kurdish-held
        # Sheikh Maqsoud, which stayed with the SDF": the side of the part left out; and "troops withdrew from Sweida, and
        # local Druze fighters took back control": a named side outside the four main blocs too)
        if other:  # "X and the TFSA seized Jinderes after YPG fighters withdrew from the town"
            came = [r for r in other if _MOVES_IN.match(sentence.text, r.end - sentence.start)]
            # ("… pulled out of X as rebels swept south, and SDF fighters moved into all three": the side that moved in)
            pick = came[0] if came else min(other, key=lambda r: (r.start > pos, abs(r.start - pos)))
            g = (pick.actor, pick.bloc)
            notes.append(f"gaining side inferred: the other side in the sentence ({pick.text})")
    if g is None and not deal and sentence is not None and (holder := _holder_next(nar, sentence, lo)) is not None:
        g = (holder.actor, holder.bloc)  # "Sakhour fell this morning. The whole north … is now in the hands of Assad";
        # "Government forces pulled out of Suwayda city … Druze factions … now control the city"
        notes.append(f"gaining side inferred: the next sentence says who holds it now ({holder.text})")
    if g is None and lo is not None:
        opp = nar.opponent(lo[1], pos)
        if opp is not None:
            g = (opp[0], _bloc(nar, opp[0], lo[1]))
            notes.append(f"gaining side inferred from the narrative ({opp[1]})")
    if g is None and lo is None and not deal and sentence is not None:
        movers = [r for r in sentence.actors if r.bloc in _MAIN_BLOCS and r.how != "pronoun" and not re.fullmatch(
            r"(?i)(?:the\s+)?(?:fighters|militants|gunmen|jihadists|forces|insurgents|groups?)", r.text) and (
            _MOVES_IN.match(sentence.text, r.end - sentence.start) or _ADVANCE_VERB.match(sentence.text, r.end - sentence.start))
            and not R.WITH_SOME.search(sentence.text, 0, r.start - sentence.start)]  # (not "with hundreds of soldiers
        # captured as they fled": a participle)
        if len({r.bloc for r in movers}) == 1:  # "Khan Shaykhun fell on Wednesday, after troops pushed into it": theirs
            g = (movers[0].actor, movers[0].bloc)
            notes.append(f"gaining side inferred: the side moving in within the sentence ({movers[0].text})")
    if g is None and not deal and voice and sentence is not None and not sentence.actors \
            and (mood := _mood_in(nar.sentences, sentence)) is not None:
        # a side's own page: "al-Sakhour has fallen. … the entire northern sector … is liberated" is its gain
        who = voice if mood == "gain" else R.ENEMY_OF.get(voice, "government")
        g = (who, _bloc(nar, who, ""))
        notes.append(f"gaining side inferred: the page of {voice} tells it as its {mood}")
    lead = re.match(r"\W*(?:Following|After|With)\s+(?:the|their|its)\s+(?:re-?capture|capture|liberation|seizure|taking|"
                    r"storming)\s+of\b[^,;]{1,80},\s*", sentence.text) if sentence is not None else None
    if g is None and not deal and lead is not None and sentence is not None and pos - sentence.start < lead.end() and (
            doer := next((r for r in sentence.actors if r.start - sentence.start >= lead.end() and r.bloc in _MAIN_BLOCS), None)):
        g = (doer.actor, doer.bloc)  # "Following the recapture of Palmyra on 27 March 2016, Tiger Forces and Hezbollah
        notes.append(f"gaining side inferred: the subject after the opening phrase ({doer.text})")  # units turned south-west"
    led = re.match(r"\W*(?:In|During)\s+(?:the\s+)?(?P<who>[^,;.]{2,40}?)(?:-led|['’]s?)\s+(?:[\w-]+\s+)?(?:offensive|campaign|"
                   r"operation|advance|push|assault)\b", sentence.text) if sentence is not None else None
    if g is None and not deal and led is not None and sentence is not None and (doer := next((
            r for r in sentence.actors if r.start - sentence.start < led.end() and r.bloc in _MAIN_BLOCS), None)):
        g = (doer.actor, doer.bloc)  # "In the YPG-led offensive of June 2015 the Brigade 93 base was taken on 22 June"
        notes.append(f"gaining side inferred: the side leading the offensive the sentence opens with ({doer.text})")
    if g is None and not deal:
        adv = nar.advancer(pos, day, attack=attack)
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


_REPELLED = re.compile(r"(?i)\b(?:repelled|repulsed|beaten\s+back|beat\s+back|foiled|thwarted|failed|crushed|smashed|"
                       r"broken\s+up|halted)\b")
_OTHERS_PAGES = re.compile(r"(?i)\b(?:pages|channels|accounts|propaganda|mouthpieces?)\b")


def _remember(nar: _Narrative, ev: RawEvent) -> None:
    s = ev.sentence
    if ACTIONS[ev.action][0] == "control" and ev.action not in ("agreement", "ceasefire") and ev.date is not None \
            and ev.certainty not in ("reported", "denied", "planned") and not (
                ev.certainty == "claimed" and _OTHERS_PAGES.search(s.text)):  # (not "their pages say they retook X", "PKK
        # pages claim they have retaken Jindires")
        # (an undated summary, "Result: government recapture of Kessab", says nothing of who advances now)
        subj = [r for r in s.actors if r.end <= ev.trigger_start and r.actor == ev.gains] or [
            r for r in s.actors if r.start > ev.trigger_start and r.actor == ev.gains
            and re.search(r"(?i)\b(?:by|(?<=fell\s)to|(?<=fallen\s)to|(?<=falls\s)to)\s+(?:the\s+)?$",
                          s.text[max(0, r.start - s.start - 12):r.start - s.start])][:1]
        repelled = ev.action == "attacked" and _REPELLED.search(s.text) is not None  # ("The terrorists' counterattack
        # on Sukayk has been repelled": the side beaten back advances nowhere, though it may attack again)
        (nar.repelled if repelled else nar.advancing).extend(subj[-1:])  # (and "retaken by the army", "Menagh airbase
        # fell to them": the agent)
        if subj and ev.date.date is not None:
            nar.advanced_on[id(subj[-1])] = ev.date.date
    if ev.place is None or ev.place.place is None or ev.gains is None or ev.date is None or ev.date.date is None:
        return
    if ev.action == "besieged" and ev.certainty not in ("denied", "planned", "claimed"):
        nar.besiegers[ev.place.place.id] = (ev.date.last or ev.date.date, ev.gains,
                                            next((r.bloc for r in s.actors if r.actor == ev.gains), None) or _bloc(nar, ev.gains, ""))
    if ACTIONS[ev.action][1] == ("held",) and ev.certainty not in ("denied", "planned") and not (
            ev.certainty == "claimed" and nar.speaker is not None and ev.gains != nar.speaker):
        # (a side's page that tells the enemy's claim, "Websites of the armed groups claimed that their fighters had
        # recaptured X", is about to deny it: no side holds X by it)
        bloc = next((r.bloc for r in s.actors if r.actor == ev.gains), None) or _bloc(nar, ev.gains, "")
        nar.taken.append((ev.place.place.id, ev.date.last or ev.date.date, ev.gains, bloc))
        nar.holders.setdefault(ev.place.place.id, []).append((ev.date.last or ev.date.date, ev.gains, bloc))


def _holder_cues(doc: Doc, s: Sentence, refs: list[PlaceRef], nar: _Narrative) -> None:
    for m in R.HOLDER.finditer(s.text):
        bloc = R.HOLDER_BLOCS[m.group("who").lower()]
        end = s.start + m.end()
        nxt = next((p for p in refs if p.start >= end and p.place is not None), None)
        if nxt is not None and nxt.place is not None and _filler_ok(doc.text[end:nxt.start], limit=4):
            nar.holders.setdefault(nxt.place.id, []).append((None, nar.first_actor.get(bloc, bloc), bloc))
