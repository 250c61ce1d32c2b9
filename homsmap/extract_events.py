"""From triggers to raw events: places, sides, dates and certainty (part of :mod:`homsmap.extract`).

For each trigger of each sentence, :func:`raw_events` finds the places it governs, the side its
subject is (or the agent of a passive, or the actor inside "came under government control"), the
date of its clause (else of its sentence, else the narrative's, marked approximate), and the
certainty the sentence gives it (attribution, denial, plans, hypotheticals). A side the text does
not name is inferred from the narrative and the inference is written in ``notes``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.actors import Actors
from homsmap.events import ACTIONS
from homsmap.extract_certainty import FOUGHT_ON, PART_OF, REPELLED, REPELLED_BEFORE, _certainty, _denials
from homsmap.extract_coref import _coref
from homsmap.extract_cues import (
    _ABOUT_ITSELF,
    _ADVANCING,
    _AND_BY_DATE,
    _AND_CLAUSE,
    _AND_PASSIVE,
    _BROKE_INTO,
    _BY_DATE,
    _BY_TIME_AFTER,
    _CAMPAIGN_NAME,
    _DEAL_TERMS,
    _DEAL_WORDS,
    _FAR_TERM,
    _FIGHT,
    _FIRST_TIME_SINCE,
    _FLAG_SIDES,
    _HAD_RELATIVE,
    _INDEFINITE_OBJECT,
    _ITERATIVE,
    _LAUNCHED_BY,
    _NAMED_CAMPAIGN,
    _NOMINAL_OBJECT,
    _RECENTLY,
    _SIDE_CAMPAIGN,
    _THE_DAY_OF,
    _WHEN_DECLARED,
    _WHERE_TOWNS,
    _WITH_WEAPONS,
)
from homsmap.extract_dates import DateMention, time_of_day
from homsmap.extract_layout import (
    deal_place,
    gapped_places,
    headword,
    named_next,
    topic_label,
    town_named_last,
    town_there,
    when_side,
)
from homsmap.extract_parse import ActorRef, Doc, PlaceRef, RawEvent, Sentence, clause_of
from homsmap.extract_places import (
    _triggers,
)
from homsmap.extract_shorthand import advance_from_to, shorthand_events
from homsmap.extract_sides import (
    _actor_after,
    _actors_in,
    _bloc,
    _fill_sides,
    _holder_cues,
    _infer,
    _known_side,
    _Narrative,
    _parties,
    _remember,
    _setback,
    _side,
    _subject,
)
from homsmap.extract_targets import PASSIVE_AUX, places_for
from homsmap.extract_when import (
    SAID_DAY,
    SPEECH_DATE,
    date_for,
    dated_by_next,
    dated_heading,
    day_before_when,
    place_own_date,
    respectively,
    since_date,
    told_again_next,
)
from homsmap.gazetteer import ADMIN_KINDS, Gazetteer

__all__ = ["SAID_DAY", "raw_events"]  # SAID_DAY: see homsmap.extract_when




_PEOPLE_TAKEN = re.compile(r"(?i)\b(?:nuns|priests|monks|bishops|hostages|captives|prisoners|detainees|civilians|residents|people|"
                           r"families|children|women|men|soldiers|officers|pilots|journalists|activists|workers|staff|villagers|"
                           r"wounded|bodies)\s+(?:\w+\s+){1,3}?(?:taken|captured|seized|abducted|kidnapped|freed|released)$")


def raw_events(doc: Doc, gaz: Gazetteer, actors: Actors) -> list[RawEvent]:
    """Every trigger of the narrative applied to the places it governs (see the module doc)."""
    nar = _Narrative(doc)
    out: list[RawEvent] = []
    restated: set[tuple[int, str]] = set()
    for i, s in enumerate(doc.sentences):
        prior = doc.sentences[max(0, i - 3):i]
        refs = sorted([*s.places, *_coref(doc, s, prior, gaz)], key=lambda p: p.start)
        if s.heading:
            nar.mentions.extend(s.actors)
            out.extend(shorthand_events(doc, s, refs, s.end, actors))  # "- Maarat al-Numan: opposition as of 30 Nov."
            continue
        _holder_cues(doc, s, refs, nar)
        trigs = [] if _ABOUT_ITSELF.match(s.text) else _triggers(s)  # ("This chronology covers the assault on the town")
        lead_end = trigs[0][0] if trigs else s.end
        if not trigs and s.actors and (launched := _LAUNCHED_BY.search(s.text)):
            # "A relief operation was launched from al-Safira … by the Tiger Forces": who advances now
            agent = next((r for r in s.actors if r.start >= s.start + launched.end()), None) \
                if launched.group("by") else None
            nar.advancing.append(agent or s.actors[0])
        nar.advancing.extend(r for r in s.actors if _SIDE_CAMPAIGN.match(doc.text, r.end))  # "The government's 2019–20
        # campaign reached the district from the south": the side advancing now
        nar.advancing.extend(r for r in s.actors if _BROKE_INTO.match(doc.text, r.end))  # "ground forces, … and the
        # Palestinian Liwa al-Quds broke into the north-eastern districts": the side advancing now
        for r in s.actors:
            if (owned := _NAMED_CAMPAIGN.match(doc.text, r.end)) is not None:
                nar.campaigns[owned["name"].lower()] = r  # "the regime's Qalamoun campaign"
        nar.advancing.extend(nar.campaigns[c["name"].lower()] for c in _CAMPAIGN_NAME.finditer(s.text)
                             if c["name"].lower() in nar.campaigns and not any(
                                 r.start - s.start < c.end() + 2 and r.end - s.start > c.start() - 30 for r in s.actors))
        # ("The Qalamoun offensive opened with the capture of Qara": that side advancing now)
        if s.actors and (adv := _ADVANCING.search(s.text)) and all(
                t[2].name in ("controlled-by", "in-control-of") or t[0] > s.start + adv.start() + 40 for t in trigs):
            # "Turkish forces and allied FSA groups advancing through mountainous terrain": who advances now
            before = [r for r in s.actors if r.end <= s.start + adv.start()]
            adjacent = [r for r in before if s.start + adv.start() - r.end <= 25
                        and not re.search(r"[,;]", doc.text[r.end:s.start + adv.start()])]
            nar.advancing.extend(adjacent[-1:] or before[:1])  # ("the YPG had dug in, and Turkish-backed fighters advancing")
        mine: list[RawEvent] = []
        deal_at: tuple[int, str] | None = None
        prev_end, prev_a = s.start, s.start
        prev_mod: str | None = None
        for k, (a, b, spec, m) in enumerate(trigs):
            c0, c1, background = clause_of(s, a)
            nxt = next((t[0] for t in trigs[k + 1:] if t[0] < c1), c1)
            action = R.PASSIVE_ACTIONS[" ".join(m.group("v").lower().split())] if spec.name in ("passive", "participle", "participle-item") \
                else spec.action
            if spec.name.startswith(("truce", "deal")) and re.search(r"ceasefire|cease-fire|truce", m.group(), re.I):
                action = "ceasefire"
            kind = ACTIONS[action][0]
            certainty, modality = _certainty(doc, s, a, c0, prev_end)
            if modality is None and prev_mod in ("planned", "denied") and prev_a >= c0 \
                    and ((R.BARE_VERB.match(m.group()) and R.AND_THEN.fullmatch(doc.text, prev_end, a))
                         or (spec.name.startswith("n-") and R.IN_EXCHANGE.fullmatch(doc.text, prev_end, a))):
                certainty = modality = prev_mod  # "refused an offer to hand over the town and leave for Idlib", "a deal
                # under which the fighters would leave in exchange for the evacuation of the wounded from al-Fu'a"
            prev_end, prev_a, prev_mod = b, a, modality
            if background and kind == "control":
                continue
            if kind == "control" and _HAD_RELATIVE.search(doc.text, max(s.start, a - 40), a) \
                    and not any(b <= d.start <= b + 40 for d in s.dates):
                continue  # "Rebels who had retreated from Qara seized …": an earlier change, told in passing
            if kind == "control" and re.search(r"(?i)(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!week\s)(?<!hours\s)(?<!months\s)"
                                               r"(?<!month\s)\b(?:once|after|since|because|now\s+that)\s+[^,;.]{1,50}?\s+had\s+"
                                               r"(?:(?:already|finally|been)\s+)?$", doc.text[max(s.start, a - 70):a]) \
                    and not any(a <= d.start < c1 for d in s.dates):
                continue  # "Rebels pulled out of Morek on 23 August once Khan Shaykhun had fallen": told before, not new
            if action == "besieged" and R.FOR_DURATION.match(doc.text, b) and not any(c0 <= d.start < c1 for d in s.dates):
                continue  # "the twin bases …, which have been besieged for two years": a state, not a new siege
            if kind == "control" and _ITERATIVE.search(doc.text[c0:c1]) and not any(c0 <= d.start < c1 for d in s.dates):
                continue  # "twice now the army has taken the city": a summary of changes, none of them dated here
            if kind == "control" and _THE_DAY_OF.search(doc.text, max(s.start, a - 50), a) \
                    and not any(c0 <= d.start < c1 and d.date is not None for d in s.dates):
                continue  # "insisted on the day Qusayr fell that it had been a tactical withdrawal": told before
            if kind == "control" and _FIRST_TIME_SINCE.search(doc.text[max(s.start, a - 80):a]) \
                    and re.search(r"\bsince\b", doc.text[b:s.end], re.I):
                continue  # "the first time rebels have entered the city since 2016": a retrospect, not an event
            if spec.name.startswith("n-") and kind == "control" and re.search(
                    r"(?i)\b(?:after|following|since|before|with|despite|to|of|about)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$",
                    doc.text[max(s.start, a - 40):a]):
                phrase_end = doc.text.find(",", b, c1)
                opened = re.search(r"(?i)\b(?:began|begun|begins|started|starts|opened|opens|kicked\s+off)\s+(?:on\s+\w+\s+)?with\s+"
                                   r"(?:the\s+)?$", doc.text[max(s.start, a - 40):a])
                if opened and any(d.end <= a and d.start >= a - 40 for d in s.dates):
                    pass  # "this operation began on Monday with the liberation of al-Nayrab": that day's deed
                elif not any(b <= d.start < (phrase_end if phrase_end >= 0 else c1) for d in s.dates):
                    continue  # "After the surrender of Eastern Ghouta, …": a time reference, undated here
            if spec.name == "n-loss" and (re.search(r"(?i)\b(?:after|following|since|before|with|despite|to|of|about|"
                                                    r"for|over|by|mourn\w*|lament\w*)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$",
                                                    doc.text[max(s.start, a - 40):a]) or not any(
                    b <= d.start < b + 45 and d.precision == "day" and not re.search(r"[:;,.]", doc.text[b:d.start])
                    for d in s.dates)):
                continue  # "The loss of Masaken Hanano on 26 November split the enclave": only a dated subject phrase
            if spec.name == "n-entry" and re.search(r"['’]s\s+$", doc.text[max(s.start, a - 3):a]) and not any(
                    b <= d.start < (e if (e := doc.text.find(",", b, c1)) >= 0 else c1) for d in s.dates):
                continue  # "the army's entry into Daraa al-Balad last Wednesday" is a change; "which had reported the
                # army's entry into Tafas", undated, is hearsay
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
            if spec.name in ("controlled-by", "is-theirs") and not (_BY_DATE.match(doc.text[s.start:a]) or _BY_DATE.match(doc.text[c0:a])
                                                     or _AND_BY_DATE.search(doc.text, max(s.start, a - 60), a)
                                                     or re.search(r"(?i)\bnow\s+$", doc.text[max(c0, a - 8):a])):
                continue  # "rebels controlled the city": a state; "By Sunday the army controlled X", "it now controlled X"
            if (spec.name.startswith("under-") or spec.name == "in-control-of") and re.search(
                    r"(?i)\b(?:still|remain(?:s|ed)?|continu(?:es|ed)\s+to\s+be|yet)\b[^.;]{0,30}$", doc.text[c0:a] + m.group()):
                continue  # "fighters were still in control of the village": nothing changed
            if (spec.name.startswith("under-") or spec.name == "in-control-of") and re.search(
                    r"(?i)\b(?:claim(?:ed|s)?|report(?:ed|s)?|announc(?:ed|es))\b[^;]{3,}(?:;|,?\s+but|,\s+while)\s+[^;]{0,80}?\b(?:said|says|"
                    r"insisted|insists|stressed|affirmed|added)\b[^;]*$", doc.text[s.start:a]):
                continue  # "Insurgents claimed to control Qardaha; the ministry said its forces were in full control of
                # the town": the answer to a claim tells a state
            if (spec.name.startswith("under-") or spec.name == "in-control-of") and re.search(
                    r"(?i)\b(?:claims?|reports?|rumou?rs?)\b[^.;]{0,160}?\b(?:false|untrue|lies|baseless|fabricat\w+|unfounded)\b[^.;]*$",
                    doc.text[s.start:a]):
                continue  # "the claims … that the remnants had taken over the city of Baniyas are completely false, and that
                # the city is under the control of the security forces": the answer to a claim
            if spec.name == "was-in" and not (_BY_DATE.match(doc.text[s.start:a]) or "now" in m.group().lower()
                                              or "inside" in m.group().lower()
                                              or re.match(r"[^.;,]{0,40}?\s+again\b", doc.text[b:s.end])):  # ("We are in X again")
                continue  # "the regime was in X" is a change only "by Friday" or "now"
            if (spec.name.startswith("under-") or spec.name in ("in-control-of", "was-in")) and not (
                    R.STATE_CHANGE_CUE.search(s.text) or dated_heading(doc, s)
                    or _BY_DATE.match(doc.text[s.start:a]) or _BY_TIME_AFTER.search(doc.text, b, min(s.end, b + 80))):
                continue  # "Douma remained under rebel control": a state, not a change
            if spec.name == "under-x-control" and not _known_side(actors, m.group("inside")):
                continue  # "under regime fire control", "under heavy control": no side
            if spec.name == "lose" and re.match(r"\s+(?:to\s+\w+\s+)?by\b", doc.text[b:b + 12]) \
                    and not any(c0 <= d.start < c1 for d in s.dates):
                continue  # "al-Raqqa, the first provincial capital lost by the government": an epithet, not an event
            if spec.name == "reach" and not any(
                    r.end <= a and re.fullmatch(r"\s+(?:(?:factions|forces|troops|units|fighters|columns|had|have|has|then|finally|"
                                                r"also|eventually|quickly)\s+){0,3}(?:(?:advancing|pushing|moving|attacking)\s+"
                                                r"from\s+the\s+[\w-]+\s+)?(?:and\s+(?:their\s+|its\s+)?(?:allied|pro-government|"
                                                r"loyalist|affiliated|supporting)\s+(?:militias|forces|fighters|groups|factions)\s+)?",
                                                doc.text[r.end:a]) and r.bloc in ("government", "opposition", "isis", "sdf")
                    and r.text.lower() not in R.NON_COMBATANTS for r in s.actors):
                continue  # "GoS forces reached Mesraba": a side's forces; not "the convoy reached Douma"
            if action == "ceasefire" and k > 0 and ACTIONS[trigs[k - 1][2].action][0] == "control" \
                    and re.search(r"(?i)\bunder\s+(?:a|an|the)\s+(?:[\w.-]+\s*){0,2}$", doc.text[max(c0, a - 40):a]):
                continue  # "withdrew from Ras al-Ain on Sunday under a U.S.-brokered truce": how, not a truce of its own
            if spec.name == "passive" and _PEOPLE_TAKEN.search(doc.text, max(c0, a - 40), b):
                continue  # "Twelve nuns are taken from the convent to Yabroud": people carried off, no place taken
            if spec.name == "agreed" and not _DEAL_WORDS.match(doc.text[b:b + 60]):
                continue  # "agreed to let them deploy": no deal over a place
            notes: list[str] = []
            if deal_at is not None and kind == "control" and spec.role != "party" \
                    and re.search(r"\bto\b", doc.text[deal_at[0]:a]) and not re.search(r";|,\s+and\b", doc.text[deal_at[0]:a]) \
                    and not (re.search(r"(?i)\b(?:after|once|when)\b[^,;]*$", doc.text[s.start:deal_at[0]])
                             and "," in doc.text[deal_at[0]:a]):  # (not "after they agreed to leave, X took it")
                action, kind, (certainty, modality) = "agreement", "control", (deal_at[1], None)
                notes.append("a term of the agreement in the same sentence")
            if terms and kind == "control":
                deal_at = (a, certainty)
            if spec.name == "deal-rejected":
                certainty, modality = "denied", "denied"
            if modality == "planned" and action in ("handed_over", "surrendered", "evacuated", "withdrew") \
                    and _DEAL_TERMS.search(s.text) and not R.NEGATION.search(doc.text[c0:a]) \
                    and not _FAR_TERM.search(s.text + " " + (doc.sentences[i + 1].text if i + 1 < len(doc.sentences) else "")):
                # (but "… to be merged into the state by the end of the year, including the handover of the Qamishli
                # airport. Implementation is repeatedly postponed.": a plan still)
                action, kind = "agreement", "control"  # "under the agreement, Bosra al-Sham is to be handed over"
                certainty, modality = ("claimed" if R.CLAIMED.search(s.text) else "reported" if R.REPORTED.search(s.text)
                                       else "confirmed"), None
                notes.append("a term of an agreement: recorded as the agreement")
            if spec.name.startswith("n-") and kind == "control" and re.match(
                    r"[^.;]{0,60}?\b(?:(?:would|will|could|might|may|is\s+to|was\s+to)\s+(?:\w+\s+)?(?:follow|come|begin|start|"
                    r"take\s+place|be\s+launched|happen)|if|unless|should|(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:imminent|"
                    r"expected|likely|possible|near)|(?:is|was|are)\s+not\s+(?:on|part|among|in)\b)\b", doc.text[b:s.end]):
                certainty, modality = "planned", "planned"  # "an assault on Kobani would follow if …"
            if spec.name.startswith("n-") and kind == "control" and re.search(
                    r"(?i)\b(?:until|till|toward|towards)\s+(?:the\s+)?(?:full\s+|complete\s+|final\s+)?$", doc.text[max(s.start, a - 30):a]):
                certainty, modality = "planned", "planned"  # "the revolution will continue until the liberation of X"
            if modality == "attempt" and action in (*R.CAPTURE_LIKE, "besieged"):
                action, certainty = "attacked", "reported"
                notes.append("an attempt, not a capture: recorded as an attack")
            if spec.name == "attack" and _WITH_WEAPONS.match(doc.text, b, s.end):
                action, kind = "strike", ACTIONS["strike"][0]  # "attempted to attack the Hmeimim airbase with two unmanned
                notes.append("an attack with drones or fire: an incident, not a fight for the place")  # aerial vehicles"
            if action in (*R.CAPTURE_LIKE, "besieged") and kind == "control" and REPELLED.match(doc.text[b:s.end]):
                action = "attacked"
                notes.append("repelled: recorded as an attack, not a capture")
            elif spec.name == "n-offensive" and REPELLED_BEFORE.search(doc.text[max(c0, a - 45):a]):
                action = "attacked"  # "army units foiled an attack by terrorist groups on X": contested by the attacker
                notes.append("an attack beaten off: recorded as an attack, not a capture")
            elif spec.name == "storm" and FOUGHT_ON.match(doc.text[b:s.end]):
                action = "attacked"  # "stormed al-Qusayr …, and for more than two weeks fighting raged": not yet taken
                notes.append("fighting went on: recorded as an attack, not a capture")
            places = places_for(doc, s, gaz, refs, spec, action, a, b, c0, c1, nxt)
            if not places and spec.place == "subject" and kind == "control" and mine and (last := mine[-1]).place is not None \
                    and R.PLACE_SUBJECT_VERB.match(last.trigger) \
                    and R.SHARED_SUBJECT.fullmatch(doc.text, last.trigger_start + len(last.trigger), a):
                places = [last.place]  # "Saraqib … was surrounded on 5 February and fell three days later"
                notes = [*notes, "the subject of the verb before, shared"]
            if spec.name in ("drive-out-bare", "reassert-control-bare", "enter-bare"):  # the town the sentence, or the one
                places = town_named_last(doc, s, a)  # before, is about
                if not places and spec.name in ("reassert-control-bare", "enter-bare"):  # (or the one its paragraph named last)
                    towns = [q for x in doc.sentences[max(0, s.index - 3):s.index] if x.para == s.para for q in x.places
                             if q.place is not None and q.place.kind in ("town", "city")
                             and not R.DESTINATION_BEFORE.search(doc.text, max(0, q.start - 40), q.end)]
                    # (not "Saraqib is where the M5 … meets the M4 to Latakia. … The army walked in": Saraqib)
                    places = [PlaceRef(a, b, towns[-1].text, towns[-1].place, 0.5, "inherited")] if towns else []
            if not places and kind == "control" and (there := town_there(doc, s, a, b)):
                places, notes = there, [*notes, "'there': the town named just before"]
            if spec.name == "participle" and (head := headword(doc, s)) is not None:
                places = [head]  # "Hajin — Largest town of the enclave. Captured by the SDF on 14 December 2018"
            if spec.name == "n-evacuation-done":
                places = deal_place(doc, s)  # of the one place of the paragraph's deal, or none
            if not places and (ACTIONS[action][1] == ("held",) or (action == "attacked" and spec.action in R.CAPTURE_LIKE)) \
                    and spec.role in ("gains", "loses") \
                    and spec.place != "clause" and (label := topic_label(doc, s)) is not None:
                places = [label]  # "2/ Big one first: Afrin city. YPG/YPJ pulled out during the night of 17-18 Mar."
            if not places and kind == "control" and spec.role == "gains" and action in R.CAPTURE_LIKE \
                    and _INDEFINITE_OBJECT.match(doc.text, b) and (named := named_next(doc, s)) is not None:
                places = [named]
                restated.add((s.index + 1, named.place.id if named.place else ""))
                notes = [*notes, f"the unnamed place is {named.text}, named in the next sentence"]
            if spec.name.startswith("n-") and any((s.index, p.place.id if p.place else "") in restated
                                                  and p.start < s.start + 80 for p in places):
                continue  # the lede's change told again: "The capture of Kafr Nabouda came after …"
            if kind == "control" and not [p for p in places if p.place is not None]:
                where = _WHERE_TOWNS.search(s.text, max(0, b - s.start))
                if where and s.start + where.start() < c1 + 80:
                    # "completed the encirclement of the northern countryside of Hama, where the towns of A, B and C"
                    places = [p for p in refs if p.start >= s.start + where.end() and p.place is not None
                              and p.place.kind in ("town", "village", "city")][:6]
                    places = [p for k, p in enumerate(places) if k == 0 or R.LISTISH.fullmatch(
                        doc.text[places[k - 1].end:p.start])]
            if spec.name == "reach":
                places = [p for p in places if p.place is None or p.place.kind != "highway"]  # ("reached the M5 highway")
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
                places = [p for p in places if (p.place is None or p.place.kind not in ADMIN_KINDS)
                          and not R.AROUND_AFTER.match(doc.text, p.end)  # not "Hajin's surroundings"
                          and not (spec.name == "siege-broken" and re.search(  # nor "the siege of eastern Aleppo"
                              r"(?i)\b(?:eastern|western|northern|southern)\b", doc.text[b:p.end]))]
                if action == "agreement" and spec.name in ("evacuate", "leave", "withdraw", "pull-out"):
                    places = [p for p in places if not re.search(r"(?i)\b(?:to|for|towards?)\s+(?:the\s+)?$",
                                                                 doc.text[max(0, p.start - 12):p.start])]
                    # ("after local factions agree to evacuate to Idlib": where they go, not what they give up)
                if action == "agreement":  # "Under the settlements of July 2018, much of Daraa returned to …": no one place
                    places = [p for p in places if not re.search(r"(?i)\b(?:much|most|parts?|some)\s+of\s+(?:the\s+)?$",
                                                                 doc.text[max(0, p.start - 14):p.start])]
                if action in R.CAPTURE_LIKE and places and (re.search(
                        r"\b(?:outskirts|suburbs|parts?|edges?|periphery)\s+of\b", doc.text[b:places[0].start])
                        or R.PART_AFTER.match(doc.text, places[-1].end) or PART_OF.search(
                            doc.text, max(0, places[0].start - 40), places[0].start)) and not re.search(
                            r"(?i)\b(?:last|remaining|final)\s+(?:[\w-]+\s+){0,2}?(?:districts|neighbou?rhoods|quarters|parts|pockets)\s+of\s+$",
                            doc.text[max(s.start, places[0].start - 60):places[0].start]):
                    action = "contested"  # (but "the last ISIS-held districts of X were cleared": the whole of X)
            stop = None
            if kind == "control":
                stop = next((t[0] for t in trigs[k + 1:] if t[0] >= c1 and t[2].role != "actor"
                             and t[2].action not in ("attacked", "contested")
                             and _AND_CLAUSE.search(doc.text[c1:t[0]])), None)
            for p in places:
                ev = _event(doc, s, nar, spec, m, action, kind, p, a, b, c0, c1, lead_end, certainty, notes, stop,
                            [t[0] for t in trigs if t[0] != a and ACTIONS[t[2].action or "captured"][0] == "control"
                             and t[2].role != "party"])
                if ev is not None and spec.place in ("subject", "object") and kind == "control" and ev.date is not None \
                        and p is places[-1]:
                    # "Rajo fell on 3 March, and Jandairis on 8 March"; "liberated Maabatli on Tuesday, and on Sunday of
                    # last week the town of Sheikh al-Hadid"
                    for q in gapped_places(doc, s, refs, max(ev.date.end, p.end) if spec.place == "object" else ev.date.end):
                        twin = _event(doc, s, nar, spec, m, action, kind, q, a, b, c0, c1, lead_end, certainty,
                                      [*notes, "the verb of the clause before, understood"], stop, [])
                        mine.extend([twin] if twin is not None else [])
                if ev is not None and spec.name == "passive" and ev.date is not None and ev.date.end < s.end \
                        and (m2 := _AND_PASSIVE.match(s.text, ev.date.end - s.start)) is not None:
                    # "Tabqa air base … was cut off on 19 August and captured on 24 August": the second change
                    a2, b2 = s.start + m2.start("v"), s.start + m2.end()
                    then = _event(doc, s, nar, spec, m2, R.PASSIVE_ACTIONS[m2.group("v").lower()], kind, p, a2, b2, c0,
                                  clause_of(s, a2)[1], lead_end, certainty, [*notes, "the subject of the passive before, understood"], stop, [])
                    mine.extend([then] if then is not None else [])
                if ev is not None and ev.gains is not None and any(
                        x.loses == ev.gains and x.action == "withdrew" and x.place is not None and ev.place is not None
                        and x.place.place == ev.place.place and not any(n.startswith("losing side inferred") for n in x.notes)
                        for x in mine):
                    ev = None  # "Hezbollah pulled out … and the town's own sons went in": not the side that just left (the
                    # withdrawal carries the change)
                if ev is not None:
                    mine.append(ev)
                    if ev.gains is not None and ACTIONS[ev.action][1] == ("held",) \
                            and not any(n.startswith("gaining side") and "calls it liberated" not in n for n in ev.notes):
                        # (a side's own "liberation of Idlib …, and the storming of the al-Mastumah camp": its own too)
                        nar.sentence_gains[s.index] = (ev.gains, next((r.bloc for r in s.actors if r.actor == ev.gains),
                                                                      ev.gains))
                        if ev.place is not None and ev.place.place is not None:
                            nar.sentence_places.setdefault(s.index, {})[ev.place.place.id] = nar.sentence_gains[s.index]
        mine.extend(advance_from_to(doc, s, nar, refs, lead_end))
        mine.extend(shorthand_events(doc, s, refs, lead_end, actors))  # "Tell Rifaat: SDF -> SNA", "Saraqib: opposition since …"
        respectively(s, mine)
        _denials(doc, s, mine, out)
        dated_by_next(s, out)
        told_again_next(s, mine, out)
        for ev in mine:
            _remember(nar, ev)
        out.extend(mine)
        nar.mentions.extend(s.actors)
    _fill_sides(out, nar, doc)
    return out


# "army units were inside the town by the next morning": a state reached by a time, so a change


def _event(doc: Doc, s: Sentence, nar: _Narrative, spec: R.TriggerSpec, m: re.Match[str], action: str, kind: str,
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
            spec.name == "n-offensive" and re.fullmatch(r"\s+(?:(?!(?:the|a|an|its|their)\s)[a-z-]+\s+){1,2}", doc.text[r.end:a])
            and not REPELLED_BEFORE.search(doc.text[r.end:a])))]
        # ("a government ground assault on Salaheddine": the government's)
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
        loses = _actor_after(doc, s, b, c1, None) if spec.name == "n-evacuation" else None if (
            spec.name == "surrender" and R.DEAL_NOUN.match(doc.text, b)) or (
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
