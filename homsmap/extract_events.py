"""From triggers to raw events: places, sides, dates and certainty (part of :mod:`homsmap.extract`).

For each trigger of each sentence, :func:`raw_events` finds the places it governs, the side its
subject is (or the agent of a passive, or the actor inside "came under government control"), the
date of its clause (else of its sentence, else the narrative's, marked approximate), and the
certainty the sentence gives it (attribution, denial, plans, hypotheticals). A side the text does
not name is inferred from the narrative and the inference is written in ``notes``.
"""

from __future__ import annotations

import re

from homsmap import extract_rules as R
from homsmap.actors import Actors
from homsmap.events import ACTIONS
from homsmap.extract_assemble import event_for_place
from homsmap.extract_certainty import FOUGHT_ON, PART_OF, REPELLED, REPELLED_BEFORE, _certainty
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
    _HAD_RELATIVE,
    _INDEFINITE_OBJECT,
    _ITERATIVE,
    _LAUNCHED_BY,
    _NAMED_CAMPAIGN,
    _SIDE_CAMPAIGN,
    _THE_DAY_OF,
    _WHERE_TOWNS,
    _WITH_WEAPONS,
)
from homsmap.extract_denials import _denials
from homsmap.extract_layout import (
    deal_place,
    gapped_places,
    headword,
    named_next,
    topic_label,
    town_named_last,
    town_there,
)
from homsmap.extract_parse import Doc, PlaceRef, RawEvent, clause_of
from homsmap.extract_places import (
    _triggers,
)
from homsmap.extract_shorthand import advance_from_to, shorthand_events
from homsmap.extract_sides import (
    REFUTATION_WORD,
    _fill_sides,
    _holder_cues,
    _known_side,
    _Narrative,
    _remember,
)
from homsmap.extract_targets import places_for
from homsmap.extract_when import (
    SAID_DAY,
    dated_by_next,
    dated_heading,
    respectively,
    told_again_next,
)
from homsmap.gazetteer import ADMIN_KINDS, Gazetteer

__all__ = ["SAID_DAY", "raw_events"]  # SAID_DAY: see homsmap.extract_when




_PEOPLE_TAKEN = re.compile(r"(?i)\b(?:nuns|priests|monks|bishops|hostages|captives|prisoners|detainees|civilians|residents|people|"
                           r"families|children|women|men|soldiers|officers|pilots|journalists|activists|workers|staff|villagers|"
                           r"wounded|bodies)\s+(?:\w+\s+){1,3}?(?:taken|captured|seized|abducted|kidnapped|freed|released)$")


# a leading phrase that tells an earlier change: "Background. After the capture of Saraqeb and most of the M5 …, "
_AFTER_THE_CAPTURE = re.compile(r"\W*(?:[A-Z][a-z]+\.\s+)?(?:After|Following|With)\s+(?:the\s+)?(?:capture|fall|liberation|"
                                r"seizure|taking|recapture)\s+of\b[^,;]{1,120},\s*")


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
        lead_deed = _AFTER_THE_CAPTURE.match(s.text)
        if s.actors and (adv := _ADVANCING.search(s.text)) and all(
                t[2].name in ("controlled-by", "in-control-of") or t[0] > s.start + adv.start() + 40
                or (lead_deed is not None and t[0] < s.start + lead_deed.end()) for t in trigs):
            # (and "After the capture of Saraqeb …, the army and Russian-backed units turned north": the army advances)
            # "Turkish forces and allied FSA groups advancing through mountainous terrain": who advances now
            before = [r for r in s.actors if r.end <= s.start + adv.start()]
            adjacent = [r for r in before if s.start + adv.start() - r.end <= 25
                        and not re.search(r"[,;]", doc.text[r.end:s.start + adv.start()])]
            leader = adjacent[-1:] or before[:1]
            while leader and (coord := [r for r in before if r.end <= leader[0].start and re.fullmatch(
                    r"\s+and\s+(?:the\s+)?(?:allied|its|their|partner|affiliated|supporting|friendly)\s+",
                    doc.text[r.end:leader[0].start])]):
                leader = coord[-1:]  # ("the YPG and allied FSA groups advanced from Kobani": the YPG leads)
            nar.advancing.extend(leader)  # ("the YPG had dug in, and Turkish-backed fighters advancing")
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
                elif re.search(r"(?i)\bwith\s+(?:the\s+)?$", doc.text[max(s.start, a - 10):a]) and s.dates \
                        and s.dates[0].start - s.start <= 2 and s.dates[0].precision == "day":
                    pass  # a chronology's "29 March 2014 – ISIS completes its takeover … with the capture of Markadah"
                elif not any(b <= d.start < (phrase_end if phrase_end >= 0 else c1) for d in s.dates):
                    continue  # "After the surrender of Eastern Ghouta, …": a time reference, undated here
            if spec.name == "siege-was-broken" and re.search(r"(?i)\b(?:after|following|once|when|since)\s+the\s+(?:[\w-]+\s+)?$",
                                                             doc.text[max(s.start, a - 30):a]) \
                    and not any(a <= d.start < (e if (e := doc.text.find(",", b, c1)) >= 0 else c1) for d in s.dates):
                continue  # "After the siege of Kobani was broken, YPG fighters … recaptured X on 26 February": a time reference
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
            if kind == "control" and re.fullmatch(r"(?i)(?:is|are|remains?)\s+(?:fully\s+|completely\s+|totally\s+)?secured",
                                                  m.group()) \
                    and re.search(r"(?i)" + REFUTATION_WORD + r"[^.]*[;,]\s+[^;,]*$",
                                  doc.text[s.start:a]):
                continue  # "Daesh's claim that it 'retook al-Mishlab' is baseless; al-Mishlab is fully secured": a state
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
                    r"(?i)\b(?:claims?|reports?|rumou?rs?)\b[^.;]{0,160}?\b(?:false|untrue|lies|baseless|fabricat\w+|unfounded)\b[^.]*$",
                    doc.text[s.start:a]):
                continue  # "the claims … that the remnants had taken over the city of Baniyas are completely false, and that
                # the city is under the control of the security forces" ("… are baseless; the town is under the full
                # control of the revolutionaries"): the answer to a claim
            if spec.name == "was-in" and not (_BY_DATE.match(doc.text[s.start:a]) or re.search(r"(?i)\b(?:now|back)\b", m.group())
                                              or "inside" in m.group().lower()
                                              or re.match(r"[^.;,]{0,40}?\s+again\b", doc.text[b:s.end])):  # ("We are in X again")
                continue  # "the regime was in X" is a change only "by Friday", "now" or "back" ("the army said it was back in
                # Mahin")
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
            if action == "ceasefire" and re.search(r"(?i)\b(?:when|until|till|by\s+the\s+time)\s+(?:the\s+|a\s+)?"
                                                   r"(?:[\w-]+\s+){0,3}$", doc.text[max(s.start, a - 50):a]):
                continue  # "the village was still in rebel hands when the Moscow ceasefire took effect": a time, not a truce there
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
            elif spec.name == "participle" and not places and doc.topic is not None and doc.sentences and re.fullmatch(
                    r"[\s*•–-]*\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\.\s*", doc.text[doc.text.rfind("\n", 0, s.start) + 1:s.start]) and any(
                    p.place is not None and p.place.id == doc.topic.id and p.start - doc.sentences[0].start <= 3
                    for p in doc.sentences[0].places):
                places = [PlaceRef(a, b, doc.topic.name, doc.topic, 0.5, "inherited")]  # a gazetteer entry headed
                # "SUKHNAH, AL- …": "• 13 May 2015. Taken by the Islamic State after the garrison fled" is the entry's town
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
                ev = event_for_place(doc, s, nar, spec, m, action, kind, p, a, b, c0, c1, lead_end, certainty, notes, stop,
                            [t[0] for t in trigs if t[0] != a and ACTIONS[t[2].action or "captured"][0] == "control"
                             and t[2].role != "party"])
                if ev is not None and spec.place in ("subject", "object") and kind == "control" and ev.date is not None \
                        and p is places[-1]:
                    # "Rajo fell on 3 March, and Jandairis on 8 March"; "liberated Maabatli on Tuesday, and on Sunday of
                    # last week the town of Sheikh al-Hadid"
                    for q in gapped_places(doc, s, refs, max(ev.date.end, p.end) if spec.place == "object" else ev.date.end):
                        twin = event_for_place(doc, s, nar, spec, m, action, kind, q, a, b, c0, c1, lead_end, certainty,
                                      [*notes, "the verb of the clause before, understood"], stop, [])
                        mine.extend([twin] if twin is not None else [])
                if ev is not None and spec.name == "passive" and ev.date is not None and ev.date.end < s.end \
                        and (m2 := _AND_PASSIVE.match(s.text, ev.date.end - s.start)) is not None:
                    # "Tabqa air base … was cut off on 19 August and captured on 24 August": the second change
                    a2, b2 = s.start + m2.start("v"), s.start + m2.end()
                    then = event_for_place(doc, s, nar, spec, m2, R.PASSIVE_ACTIONS[m2.group("v").lower()], kind, p, a2, b2, c0,
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
