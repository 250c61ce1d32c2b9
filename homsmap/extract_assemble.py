"""One raw event: a trigger applied to one place, with its sides, date and certainty (part of
:mod:`homsmap.extract`; :func:`homsmap.extract_events.raw_events` calls :func:`event_for_place` for each place a
trigger governs).

The side doing what the trigger says is the subject (or the agent of a passive, or the actor inside
"came under government control"); the other side is the place's holder before, or the opponent the
narrative knows. Dates come from the clause, else the sentence, else the narrative; every inference
is written in the event's ``notes``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.extract_certainty import REPELLED_BEFORE
from homsmap.extract_cues import (
    _FLAG_SIDES,
    _NOMINAL_OBJECT,
    _RECENTLY,
    _WHEN_DECLARED,
)
from homsmap.extract_dates import DateMention, time_of_day
from homsmap.extract_layout import (
    when_side,
)
from homsmap.extract_parse import ActorRef, Doc, PlaceRef, RawEvent, Sentence
from homsmap.extract_sides import (
    _bloc,
    _infer,
    _Narrative,
    _parties,
    _setback,
    _side,
)
from homsmap.extract_subject import _actor_after, _actors_in, _subject
from homsmap.extract_targets import PASSIVE_AUX
from homsmap.extract_when import (
    SAID_DAY,
    SPEECH_DATE,
    date_for,
    day_before_when,
    place_own_date,
    since_date,
)

__all__ = ["event_for_place"]


def event_for_place(doc: Doc, s: Sentence, nar: _Narrative, spec: R.TriggerSpec, m: re.Match[str], action: str, kind: str,
           p: PlaceRef, a: int, b: int, c0: int, c1: int, lead_end: int, certainty: str,
           base_notes: list[str], stop: int | None = None, others: Sequence[int] = ()) -> RawEvent | None:
    notes = list(base_notes)
    gains: ActorRef | None = None
    loses: ActorRef | None = None
    role = spec.role
    subj = _subject(doc, s, a, c0)
    if subj is not None and re.fullmatch(r"\s+(?:\w+\s+){0,2}", doc.text[subj.end:a]) \
            and (lead := next((r for r in reversed(s.actors) if r.end <= subj.start), None)) is not None \
            and lead.bloc != subj.bloc and re.fullmatch(r"(?i),?\s+(?:and|alongside)\s+(?:allied|its|their)\s+"
                                                        r"(?:(?!(?:after|before|when|while|as|since|until|once|because)\b)[\w-]+\s+){0,2}",
                                                        doc.text[lead.end:subj.start]):
        subj = lead  # "The YPG and allied Syrian rebel groups took full control of Ain Issa": the side leading them
    if action in ("attacked", "contested") and (where := R.WHERE_ADVANCING.match(doc.text, p.end)) is not None:
        subj = next((r for r in s.actors if r.start == where.start("who")), subj)  # "clashes are raging inside Anadan,
        # where the mujahideen are advancing street by street": the side advancing there
    if spec.name == "god-opened" and s.speaker and (us := re.search(r"\b(?:us|our\s+brothers)\b", m.group())) is not None:
        subj = ActorRef(a + us.start(), a + us.end(), us.group(), s.speaker, _bloc(nar, s.speaker, ""), "pronoun")
        # "God opened for us the city of Idlib": the side the statement speaks for
    if spec.name in ("change-hands", "fell") and (pledge := R.PLEDGED_TO.search(doc.text, s.start, a)) is not None:
        subj = next((r for r in s.actors if pledge.end() <= r.start <= pledge.end() + 4), subj)  # "the local Nusra
        # commander pledged allegiance to IS, and the border town changed hands": the side sworn to
    elif spec.name == "fell" and subj is not None and (subj.start < c0 or "," in doc.text[subj.end:a]):
        subj = None  # "Homs, which the government had spent a decade reconquering, fell": no side of that clause
    left_side = None
    if spec.name in ("change-hands", "fell") and subj is None:
        subj = when_side(doc, s, b)  # "Taybat al-Imam changed hands on 30 August 2016, when Jund al-Aqsa drove the army out"
        left_side = when_side(doc, s, b, leaving=True) if subj is None else None  # ("…, when the YPG fighters there
        # pulled back": the side that lost it)
    if role == "gains" and spec.name in ("passive", "participle", "participle-item"):
        agent = _actor_after(doc, s, b, c1, ("by",))
        if action in R.PASSIVE_LOSER or R.PASSIVE_ACTIONS[" ".join(m.group("v").lower().split())] in R.PASSIVE_LOSER:
            loses = agent or (subj if subj is not None and subj.start >= c0 else None)  # (not a side in an "after" clause)
            if loses is None and not s.actors:
                return None  # "were fully evacuated on 16 May" alone on a line: nobody named
            gains = _actor_after(doc, s, b, c1, ("to",))  # "were handed over to the army"
            if gains is not None and loses is not None and gains.bloc == loses.bloc:
                loses = None
        else:
            gains = agent
            if gains is None and (when := _WHEN_DECLARED.match(doc.text, b, s.end)) is not None:
                # "The last ISIS-held districts of X were cleared on 3 November, when the army declared the whole city
                # under its control": the side that declared it
                gains = next((r for r in s.actors if when.end() - 30 <= r.start <= when.end()), None)
            if gains is None:
                gains = when_side(doc, s, b)  # "Khan al-Assal was cut off on 9 July, when rebels closed the last road"
            if gains is None and (held := _setback(doc, s)) is not None and held.start < a:
                loses = held  # "Tabqa air base, the last government position in the province, was captured"
    elif role == "gains" and ((PASSIVE_AUX.search(doc.text[max(c0, a - 40):a]) and not m.group().lower().endswith("ing")
                               and not re.match(r"(?:now\s+)?\w+ing\b", m.group().lower()))
                              or spec.name == "besieged-in") and not spec.name.startswith("n-"):
        # (not "our fighters have been storming the regime's positions": progressive, not passive)
        # "rebels were driven out of X (by the army)": the subject is the side that loses
        head = re.findall(r"[A-Za-z]+", doc.text[max(s.start, a - 60):a])
        if any(w.lower() in R.NON_COMBATANTS for w in head[-6:]):
            return None  # "citizens who had been driven out of al-Qusayr": people, not a side
        loses = None if subj is not None and re.search(r",\s+and\b", doc.text[subj.end:a]) else subj
        # (not the subject of the clause before: "its fighters swept through the villages, and the town was encircled")
        gains = _actor_after(doc, s, b, c1, ("by",))
        if re.match(r"(?i)(?:deployed|stationed|positioned|redeployed|garrisoned)\b", m.group()):
            gains, loses = loses, None  # "government troops were deployed in the town by 23 March": theirs
        if gains is not None and loses is not None and gains.bloc == loses.bloc:
            loses = None
    elif role == "gains" and p.how == "headline":
        gains = _actor_after(doc, s, b, c1, ("by",))  # the headline's passive: "X recaptured by the army"
    elif role == "gains" and spec.name in ("advance-into", "advance-in", "return-to") and ((
            subj is None and not (spec.name != "return-to" and re.search(  # (but "several hundred fighters from the villages
                r"(?i)\b(?:fighters|gunmen|militants|insurgents|troops|soldiers|columns?)\b[^,;.]{0,60}$",  # around Anadan pushed
                doc.text[max(c0, a - 80):a]))) or (  # into Salaheddine": combatants, whose side the narrative tells)
            spec.name == "return-to" and subj is not None and (subj.end < c0 or any(w.lower() in R.NON_COMBATANTS for w in re.findall(
                r"[A-Za-z]+", doc.text[max(c0, a - 40):a]))))):
        return None  # "the focus then moved to X": an advance needs a side advancing
    elif role == "gains":
        near = [r for r in s.actors if r.end <= a and (a - r.end <= 12 or (
            spec.name == "n-offensive" and re.fullmatch(r"(?:['’]s?)?\s+(?:(?!(?:the|a|an|its|their)\s)[a-z-]+\s+){1,2}", doc.text[r.end:a])
            and not REPELLED_BEFORE.search(doc.text[r.end:a])))]
        # ("a government ground assault on Salaheddine", "the army's long-trailed ground offensive on X": the government's)
        repelled = spec.name == "n-offensive" and REPELLED_BEFORE.search(doc.text[max(c0, a - 45):a]) is not None
        if (repelled or (spec.name == "n-offensive" and not near)) and (
                inside := next((r for r in s.actors if a < r.start < b), None)) is not None:
            near = [inside]  # "foiled an attack by terrorist groups on X", "the attack launched by the terrorist groups
            # at dawn today on our positions in X was repelled": theirs
        if spec.name.startswith("n-") and not near and subj is not None and subj.end <= a and not repelled \
                and _NOMINAL_OBJECT.match(R.ALLY_ASIDE.sub("", doc.text[subj.end:a])):
            near = [subj]  # "the SDF (…) completed the seizure of X": the nominal is the subject's deed
        gains = near[-1] if spec.name.startswith("n-") and near else (None if spec.name.startswith("n-") else subj)
        if spec.name == "followed" and (first := nar.sentence_gains.get(s.index)) is not None:
            # "The army entered Tafas on 9 September after local fighters surrendered, and Jasim followed on 15
            # September": the side of the change it follows, not the side named last
            gains = ActorRef(a, a, first[0], first[0], first[1], "narrative")
        if gains is None and (spec.name.startswith("n-") or spec.name == "cleared-of"):
            # "the capture of X by government forces", "was launched … by Y", "X was cleared of terrorists by Y"
            gains = _actor_after(doc, s, b, c1, ("by",))
            held_by = gains is not None and re.search(
                r"(?i)\b(?:(?:beaten|driven|pushed|thrown|turned)\s+back|repelled|repulsed|foiled|thwarted|halted|blunted|abandoned|"
                r"evacuated|vacated|ceded|given\s+up|surrendered|lost)\s+"
                r"(?:\w+\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+)?$", doc.text[b:gains.start]) is not None
            if gains is None and spec.name == "n-thrust-repelled" and (defender := next((r for r in s.actors if r.start >= b and re.search(
                    r"(?i)\b(?:back|repelled|repulsed|thwarted|halted|blunted|stopped)\b[^.;]{0,60}?,\s+(?:with|as)\s+(?:the\s+)?$",
                    doc.text[b:r.start])), None)) is not None:
                held_by, gains = True, defender  # "was beaten back short of the roundabout, with rebels claiming …": theirs
            if held_by and gains is not None:  # "An assault on Qamhana …, however, was beaten back by the NDF": the defender
                # ("The fall of Maarat al-Numan on 28 January, abandoned by Hayat Tahrir al-Sham …": the side that left)
                gains, held = None, gains
            else:
                held = None
        else:
            held = None
        loses = _actor_after(doc, s, b, c1, ("from",)) or held or left_side
        if repelled and subj is not None and subj.end <= a and subj is not gains \
                and (gains is None or gains.bloc == subj.bloc):
            gains, loses = None, subj  # "the army said it had repelled an attack on X": the army held it
        if gains is None and loses is None:
            loses = _setback(doc, s)
    elif role == "loses" and spec.name == "lost-passive":
        loses, gains = _actor_after(doc, s, b, c1, ("by",)), _actor_after(doc, s, b, c1, ("to",))
    elif role == "loses":
        if spec.name == "n-evacuation":  # "the evacuation of X by Y": Y left (but not "… a deal that the government
            # calls 'reconciliation'": a side that only names it)
            loses = _actor_after(doc, s, b, c1, None)
            if loses is not None and R.NAMES_IT_AFTER.match(doc.text, loses.end):
                loses = None
        else:
            loses = None if (spec.name == "surrender" and R.DEAL_NOUN.match(doc.text, b)) or (
                spec.name == "hand-over" and PASSIVE_AUX.search(doc.text[max(c0, a - 20):a])) else subj
        # ("troops moved in, completing a surrender deal": not theirs; "X was handed over": not the subject's)
        if loses is not None and loses.start < c0 <= p.start and p.end <= a and spec.place in ("subject", "clause"):
            loses = None  # "the army captured Busra al-Hariri on 26 June, and Al-Hirak surrendered": the town gave in,
            # not the side of the clause before
        if spec.name == "leave" and p.how == "coref" and re.search(
                r"(?i)\b(?:withdr(?:ew|awn)|pulled\s+out|retreated)\b[^.;]{0,40}?\b(?:from|of)\s+(?-i:[A-Z])[^.;]*,\s+$",
                doc.text[s.start:a]):
            return None  # "SDF fighters withdrew from Ras Al Ain on Sunday …, leaving the border town to …": told already
        handed_to = _actor_after(doc, s, p.end, c1, ("to",)) if spec.name == "leave" else None
        if spec.name == "leave" and ((loses is None and not re.search(
                r"(?i)\b(?:fighters|rebels|militants|troops|gunmen|insurgents|jihadists|garrison|defenders)\b(?:(?:[^.;,]|,(?=\d)){0,30}|"
                r"\s+(?:\w+\s+){0,2}?(?:withdrew|fled|pulled\s+(?:out|back)|retreated)\b[^.;]{0,60})$", doc.text[s.start:a])) or (re.match(r"\s+(?:with|to|in\s+(?:charge|place|control))\b", doc.text[p.end:p.end + 20])
                and (handed_to is None or handed_to.start - p.end > 12))):
            return None  # "The loss of Ariha leaves Damascus with …": no side left a place (but "the garrison withdrew …,
            # leaving the town to the insurgents" handed it over)
        head = re.findall(r"[A-Za-z]+", doc.text[max(c0, a - 50):a])
        tail = re.findall(r"[A-Za-z]+", doc.text[b:b + 45])
        fighters = re.compile(r"(?i)^(?:rebels?|fighters?|militants?|troops|soldiers|forces|gunmen|jihadists|insurgents|"
                              r"units|army|militias?|brigades?|factions?)$")
        if spec.name == "flee" and (loses is None or loses.bloc not in ("government", "opposition", "isis", "sdf")):
            return None  # ("thousands of residents fled Idlib": no side)
        if spec.name in ("leave", "abandon", "evacuate", "withdraw", "pull-out", "bussed-out") and re.search(
                r"(?i),\s+(?:some|many|most|all|several|hundreds|thousands)\s+of\s+(?:them|whom)\s+(?:recently\s+|earlier\s+|just\s+)?"
                r"(?:\w+\s+)?$", doc.text[max(s.start, a - 40):a]):
            return None  # "SDF units, some of them evacuated from Tal Rifaat, moved into Deir Hafer": who they are, told
            # already
        if spec.name in ("leave", "abandon", "evacuate", "withdraw", "pull-out") and (
                (any(w.lower() in R.NON_COMBATANTS for w in head[-5:]) and not any(fighters.match(w) for w in head[-6:]))
                or (spec.name == "evacuate" and any(w.lower() in R.NON_COMBATANTS for w in tail[:5])
                    and not any(fighters.match(w) for w in tail[:6]))):
            return None  # "thousands of people were leaving", "evacuated thousands of civilians": not a side
        gains = _actor_after(doc, s, b, c1, ("to",))
        if gains is not None and spec.name in ("abandon", "leave", "withdraw", "pull-out", "evacuate") \
                and re.search(r",\s+\w+ing\b", doc.text[b:gains.start]):
            gains = None  # "ISIL abandoned it …, closing the road south to Euphrates Shield forces": not a recipient
        if loses is None and not spec.name.startswith("n-"):
            words = re.findall(r"[A-Za-z]+", doc.text[c0:a])
            if not words or len(words) < 2 or (words[-1].lower() in R.NON_COMBATANTS
                                               and not any(fighters.match(w) for w in words[-6:])):
                return None  # "8,000 people evacuated from …": no side gives anything up (but "fighters and civilians")
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
        if gains is not None and re.fullmatch(r"(?i)the\s+(?:group|organi[sz]ation|militants)", gains.text) and (
                sworn := R.PLEDGED_TO.search(doc.text, b, s.end)) is not None:
            gains = next((r for r in s.actors if sworn.end() <= r.start <= sworn.end() + 4), gains)
            # "fell to the group on June 25, when the local Nusra branch swore loyalty to Islamic State": that group
    elif role == "party":
        day = next((d.date for d in s.dates if d.date), s.narrative_before)
        gains, loses = _parties(doc, s, nar, p, a, c0, c1, subj, day)
    else:
        adj = [r for r in s.actors if r.end <= a and a - r.end <= 2]
        gains = adj[-1] if adj else subj
        loses = _actor_after(doc, s, b, c1, None)
        if loses is not None and gains is not None and loses.bloc == gains.bloc:
            loses = None
    if spec.name == "cleared-of" and (rid := _actor_after(doc, s, b, c1, None)) is not None \
            and re.fullmatch(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?", doc.text[b:rid.start]):
        loses = rid  # "the villages of Jalik and Ashqan were cleared of IS fighters": the side they were rid of
        gains = None if gains is rid else gains
    date, how, date_notes = date_for(doc, s, a, c0, c1, lead_end, doc.text[c0:a], stop, others)
    date, how = day_before_when(doc, s, a, date, how)
    if action in R.CAPTURE_LIKE and date is not None and date.end <= a and any(t < a for t in others) and re.search(
            r",\s+(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?had\s+(?:\w+ly\s+)?$", doc.text[max(s.start, a - 60):a]):
        return None  # "the fighters overran the Brigade 93 base, which IS had captured from government troops last summer":
        # a pluperfect relative clause's change, with no day of its own, is not the main clause's
    if spec.name in ("held-since", "held-since-active"):
        if (since := since_date(doc, s, b, active=spec.name == "held-since-active")) is None:
            return None  # "held by rebels since the uprising": when it was taken is not told
        date, how = since, "stated"  # "the town had been run by local former rebels since 2018": taken then
        if gains is not None and gains.bloc == "government" and since.date is not None and since.date.year <= 2012:
            return None  # "The army had held Harem and its hilltop citadel since the spring of 2012": the state held it
            # before the war reached it; "since" dates a garrison, not a capture
    if action == "besieged" and date is not None and re.search(r"(?i)\b(?:until|till|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?$",
                                                               doc.text[max(s.start, date.start - 20):date.start]):
        return None  # "a siege lasting nearly three years until September 2017": when it ended, not began
    if spec.name in ("in-control-of", "under-x-control", "under-control-of", "controlled-by") and date is not None \
            and SPEECH_DATE.search(doc.text[max(s.start, date.start - 25):date.start]):
        # "rebels said on Monday they were in full control of Azaz, after overrunning … on Sunday": the state
        # is told on Monday; the change happened on the other day the sentence names
        other = [d for d in s.dates if d is not date and d.date is not None and date.date is not None
                 and d.date <= date.date and not SPEECH_DATE.search(doc.text[max(s.start, d.start - 25):d.start])]
        if other:
            date, how = other[-1], "sentence"
    date, how = place_own_date(doc, s, p, a, date, how)
    notes.extend(date_notes)
    if date is not None and SPEECH_DATE.search(doc.text[max(s.start, date.start - 25):date.start]):
        notes.append(SAID_DAY)
    g = _side(nar, gains)
    lo = _side(nar, loses)
    if gains is not None and gains.how == "narrative":  # (a side taken from the story, not the sentence)
        notes.append(f"gaining side inferred from a change told before ({gains.actor})")
    if kind == "control":
        g, lo = _infer(nar, p, date.date if date else None, g, lo, a, notes, role == "party", s,
                       attack=action in ("attacked", "contested"))
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
