"""How sure a proposed change is: the certainty half of :mod:`homsmap.extract_events`.

:func:`_certainty` reads a trigger's modality (plans, vows, conditions, attempts, negation) and its
attribution (claimed, reported, confirmed); :mod:`homsmap.extract_denials` applies the denials,
corrections and take-backs of a sentence to the events they cover.
"""

from __future__ import annotations

import re

from homsmap import extract_rules as R
from homsmap.extract_parse import Doc, Sentence

__all__ = ["FOUGHT_ON", "PART_OF", "REPELLED", "REPELLED_BEFORE"]

# What became of an attack, read where the trigger is (see homsmap.extract_events).
# "stormed X on Monday but were repelled": an attack beaten off, not a capture
REPELLED = re.compile(r"[^.;]{0,80}?\b(?:but|before|only\s+to)\s+(?:they\s+|it\s+|the\s+attack\s+|the\s+assault\s+)?"
                      r"(?:were|was|being|be|had\s+been|got)\s+(?:\w+ly\s+)?(?:repelled|repulsed|beaten\s+back|"
                      r"driven\s+back|pushed\s+back|forced\s+back)\b|"
                      r"[^.;]{0,80}?,?\s+but\s+(?:[\w'’-]+\s+){1,4}?(?:drove|pushed|threw|beat|forced)\s+(?:them|it|the\s+attackers)\s+"
                      r"(?:back|out)\b", re.IGNORECASE)  # (and "…, but ISIL counter-attacks drove them back")
# "the army said it had repelled an attack on X": fighting, no change
REPELLED_BEFORE = re.compile(r"\b(?:repel(?:led|s)?|repuls(?:ed|es)?|foil(?:ed|s)?|thwart(?:ed|s)?|fought\s+off|beat(?:en)?\s+"
                             r"(?:back|off)|broke\s+up|broke|crushed|smashed|halted|stopped)\s+(?:(?:an?|the|another|two|three|several|repeated|multiple|a\s+new)\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "captured the eastern districts of Aleppo", "the entire northern sector of east Aleppo is liberated": a part
PART_OF = re.compile(r"\b(?:districts|quarters|neighbou?rhoods|sectors?|half)\s+of\s+(?:(?:east|west|north|south)(?:ern)?\s+)?$",
                     re.IGNORECASE)
# "stormed al-Qusayr …, and for more than two weeks fighting raged": not yet taken
FOUGHT_ON = re.compile(r"[^.;]{0,120}?,\s+and\s+(?:for\s+[^,.;]{1,40}\s+)?(?:heavy\s+|fierce\s+|street\s+)?(?:fighting|clashes|battles)\s+"
                       r"(?:raged|continued|went\s+on|lasted|followed|(?:are|is|were|was)\s+(?:still\s+)?(?:ongoing|continuing|"
                       r"raging|under\s+way))\b", re.I)  # (and "stormed positions …, and clashes are still ongoing")


_INFINITIVE_OK = frozenset({"began", "begun", "started", "continued", "managed", "went", "moved", "agreed", "came", "had",
                            "reported", "said", "believed", "understood", "known", "thought", "alleged", "rumoured",
                            "rumored"})  # ("had to be abandoned": done; "are reported to be fully encircled": told)


_PRESSED_ON = frozenset({"pushed", "pressed", "swept", "drove", "marched", "rolled"})  # "On Sunday they pushed on to take X"
_NOMINAL_FUTURE = re.compile(r"(?i)(?:handover|hand-over|transfer|withdrawal|evacuation|entry|takeover|surrender|return|capture|fall|loss|"
                             r"seizure|recapture|"
                             r"deployment|battle|assault|offensive|attack|push|liberation)\b[^.;]{0,80}?\b(?:will|would|shall|is\s+to|"
                             r"(?:is|are)\s+(?:only\s+|just\s+|now\s+|surely\s+)?a\s+(?:short\s+)?matter\s+of\s+(?:time|days|hours|weeks)|"
                             r"are\s+to|(?:is|are)\s+(?:expected|scheduled|planned|due|set)\s+(?:to|for)|(?:is|are|was|were|seem(?:s|ed)?|looks?|looked|"
                             r"appear(?:s|ed)?|(?-i:may|might|could)\s+be)\s+(?:to\s+be\s+)?(?:(?:\w+ly|now|very|fairly)\s+)?(?:coming|(?:near|close)(?=\s*(?:[.;,]|$))|imminent|at\s+hand)|(?:is|are|remains?)\s+(?:the|our|its|their|a)\s+(?:natural\s+|logical\s+|inevitable\s+|next\s+|"
                             r"coming\s+|main\s+|ultimate\s+|real\s+)*(?:continuation|next\s+step|step|stage|phase|goal|aim|objective|target|"
                             r"priority|task|mission)\b)")  # (and "the battle for Aleppo will begin within days", "The liberation of
# Ain Issa …, and later of Raqqa itself, is the natural continuation of this campaign")
_SEIZED_THE_CHANCE = re.compile(r"(?i)\b(?:exploit(?:ing|ed)|(?:taking|took)\s+advantage\s+of|capitali[sz](?:ing|ed)\s+on|"
                                r"us(?:ing|ed))\s+(?:[\w'’-]+\s+){1,4}?to\s*$")
_DENY_INF = frozenset({"refused", "refuses", "refuse", "declined"})


# a pious aside inside a clause: ", by the permission of God,", ", God willing,", ", with God's help,"
_PIOUS = re.compile(r"(?i)\s*,\s*(?:by\s+the\s+(?:permission|grace|will|leave)\s+of\s+(?:God|Allah)(?:\s+(?:Almighty|the\s+Almighty))?|"
                    r"(?:God|Allah)\s+willing|with\s+(?:God['’]s|Allah['’]s|the)\s+(?:help|permission|grace)(?:\s+of\s+(?:God|Allah))?|"
                    r"in\s*sha['’]?\s*Allah|inshallah)\s*,\s*")
_LEAD_PURPOSE = re.compile(r"(?i)^\W*(?:in\s+order\s+to|so\s+as\s+to|in\s+an\s+effort\s+to)\b[^,;]*,")
_PURPOSE_BEFORE = re.compile(r"\b(?:in\s+order\s+to|so\s+that|in\s+an\s+attempt\s+to)\s*$", re.IGNORECASE)


def _certainty(doc: Doc, s: Sentence, a: int, c0: int, prev_trigger_end: int) -> tuple[str, str | None]:
    """(certainty, modality): modality is planned, attempt, denied or None."""
    pre = _PIOUS.sub(" ", doc.text[max(c0, prev_trigger_end):a])  # ("are preparing, by the permission of God, for the conquest of")
    words = re.findall(r"[\w'’-]+", re.sub(r"\s+(?:on|early\s+on|late\s+on)\s+(?-i:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+)(?=\s+to\s*$)", "",
                                            doc.text[c0:a]))  # ("managed on Saturday to infiltrate": done)
    if re.search(r"(?i)\b(?:rejected|rejecting|rejects|refused|refusing|turned\s+down|rul(?:ed|es|ing)\s+out|exclud(?:ed|es|ing))\s+"
                 r"(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?$", pre):
        return "denied", "denied"  # "rebel leaders rejected surrender terms", "officials ruled out any withdrawal from X"
    if re.search(r"(?i)\b(?:denied|denies|deny|denying)\s+(?:\w+\s+){0,5}?(?:that|reports?|claims?|rumou?rs?)\b[^.;,]*$",
                 doc.text[s.start:a]) or re.search(
            r"(?i)\b(?:described|describes|dismissed|dismisses|branded|brands|labell?ed|called|calls|termed)\s+as\s+[\"“‘'][^\"”’]{2,60}"
            r"[\"”’']\s+(?:the\s+|several\s+|some\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|rumou?rs?)\b[^.;]*$",
            doc.text[s.start:a]):  # ('Konashenkov described as "another information stuffing" reports … that the militants
        # had "regained" the Sheikh Saeed quarter')
        return "denied", "denied"  # "Rebel officials in Kanaker denied reports this week that they had agreed to hand the town over"
    if re.search(r"(?i)(?:^|[.;]\s*|\b)(?:nor|neither)\s+(?:has|have|had|did|was|were|is|are)\s+(?:any|a|an|the)\s+(?:[\w-]+\s+)?$",
                 doc.text[s.start:a]):
        return "denied", "denied"  # "Nor has any siege of Raqqa city begun"
    if re.search(r"(?i)\b(?:nearly|almost|all\s+but)\s+$", pre):
        return "reported", "attempt"  # "rebels nearly captured Morek before being driven back": not taken
    if R.ATTEMPT.search(pre):
        if re.search(r"(?i)\bno\s+(?:\w+\s+)?attempts?\b|\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:try|tried|attempt(?:ed)?|seek|sought)\b|"
                     r"\bno\s+(?:[\w-]+\s+){0,2}?(?:force|forces|unit|units|fighters|troops|one|side|group|faction)\s+(?:(?:has|have|had)\s+)?"
                     r"(?:ever\s+|even\s+|yet\s+)?"
                     r"(?:tried|attempted|sought)\b|\b(?:nobody|no\s+one|no-one)\s+(?:(?:has|have|had)\s+)?(?:ever\s+|yet\s+|even\s+)?"
                     r"(?:tried|attempted|sought)\b", pre):
            return "denied", "denied"  # "there was no attempt to storm it", "no ground force attempted to enter it"
        if re.search(r"(?i)\b(?:if|unless|should|once|in\s+case)\b", pre):
            return "planned", "planned"  # "vowed to fight if the army tried to storm the town"
        if re.search(r"(?i)\b(?:any|an?\s+future|further|every)\s+attempts?\b", pre) or re.search(
                r"(?i)\b(?:would|will|could)\b", doc.text[a:s.end]) or re.search(
                r"(?i)\b(?:will|would|could|may|might|likely|expected\s+to|plan(?:s|ning)?\s+to|intends?\s+to)\s+"
                r"(?:\w+\s+)?(?:attempt|try|seek)\b", pre):
            return "planned", "planned"  # "any attempt to take it would meet …", "will likely attempt to seize"
        return "reported", "attempt"
    if len(words) >= 2 and words[-1].lower() == "to":
        if words[-2].lower() in _DENY_INF:
            return "denied", "denied"
        if words[-2].lower() not in _INFINITIVE_OK and not (len(words) >= 3 and words[-2].lower() == "only") and not (
                len(words) >= 3 and words[-2].lower() == "on" and words[-3].lower() in _INFINITIVE_OK | _PRESSED_ON) and not (
                _SEIZED_THE_CHANCE.search(pre) and not R.PLANNED.search(pre)):
            return "planned", "planned"  # (but "went on to take Qabasin" is done, and "the PKK stabbed the revolution in
            # the back, exploiting the battle to seize Bustan al-Basha on Sunday" was done)
    if re.search(r"(?:\b(?:not|never|no|no\s+longer|n't|without|nobody|no\s+one|no-one)|\b(?:is|are|was|were)n['’]t)\s+"
                 r"(?:[\w'’-]+\s+){0,2}(?:re-)?$", pre, re.I) or re.search(  # ("bombing isn't taking ground"; but "didn't get it
            # back until the 30th" did)
            r"(?i)\b(?:did\s+not|didn['’]t|never|does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:\w+\s+)?(?:lead|led)\s+to\s+"
            r"(?:a|an|any|the)\s+(?:[\w-]+\s+)?$", pre) or re.search(
            r"(?i)\b(?:did|had|has|have|was|were)\s+not,\s+(?:as\s+[^,;.]{3,80}|in\s+fact|in\s+reality|however|though|after\s+all),\s*(?:[\w'’-]+\s+)?$", doc.text[s.start:a]) or re.search(
            r"(?i)\bno\s+(?:[\w'’-]+\s+){0,3}?(?:units?|forces|troops|soldiers|fighters|militants|rebels|gunmen|convoys?)\s+"
            r"(?:had|has|have|ever|yet)?\s*(?:yet\s+)?$", pre) or re.search(
            r"(?i)\b(?:not|never|n't)\s+(?:yet\s+)?(?:observed|seen|confirmed|verified|witnessed|recorded|documented)\b[^.;]*$",
            pre):
        return "denied", "denied"  # (and "has not observed SNA fighters enter Tal Rifaat", "did not, as claimed …, enter X")
    if re.match(r"(?i)(?:handover|hand-over|withdrawal|transfer|evacuation|surrender|takeover)\s+of\s+[^.;,]{1,50}?\s+(?:was|were|had\s+been|"
                r"has\s+been|is|are)\s+(?:only\s+|briefly\s+|repeatedly\s+)?(?:discussed|proposed|mooted|floated|debated|"
                r"suggested|on\s+the\s+table|under\s+discussion)\b", doc.text[a:s.end]):
        return "planned", "planned"  # "a handover of the town was discussed, but it remained under SDF control"
    if re.search(r"(?i)\bthere\s+(?:was|is|had\s+been|has\s+been)\s+no\s+(?:sign|evidence|indication|confirmation)\s+(?:yet\s+)?"
                 r"(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:had|has|have)\s+(?:\w+ly\s+)?$", pre):
        return "denied", "denied"  # "there was no sign the army had entered the town itself, despite a claim …"
    if re.search(r"(?i)\b(?:not|never|n't)\s+(?:yet\s+|so\s+far\s+|even\s+|once\s+)?(?:managed|been\s+able|succeeded|able)\s+(?:to|in)\s+$", pre):
        return "denied", "denied"  # "ISIS has not yet managed to enter the airport"
    if re.search(r"(?i)\b(?:(?:next|coming|following|final|ultimate|main|new|our|their|its|the)\s+)+(?:stage|step|phase|goal|aim|target|"
                 r"objective|task|priority|mission|battle|destination)\s+(?:will\s+be|is|would\s+be|remains|shall\s+be)\s+(?:to\s+)?"
                 r"(?:the\s+)?(?:full\s+|complete\s+)?$", pre):
        return "planned", "planned"  # "the next stage is the liberation of Raqqa", "our goal remains the recapture of X"
    if re.search(r"(?i)\b(?:days|weeks|hours|months|moments|(?:a\s+)?(?:few\s+)?steps?|(?:a\s+)?stone['’]s\s+throw)[\"”']?\s+(?:away[\"”']?\s+)?"
                 r"(?:from|short\s+of)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$", pre):
        return "planned", "planned"  # 'it was "days away" from the complete liberation of Raqqa'
    if re.search(r"(?i)\bneither\b(?:\s+(?:side|of\s+them|force|group))?\s+(?:has|have|had|did|was|were|is|are)?\s*(?:yet\s+)?$", pre):
        return "denied", "denied"  # "neither has entered the town"
    if re.match(r"[^.;]{0,80};\s*(?:it|this|that)\s+(?:is|was)\s+(?:only\s+|merely\s+|just\s+)?(?:shelling|bombardment|artillery\s+"
                r"fire|an?\s+air\s?strike|air\s?strikes)(?:\s+only)?\b", doc.text[a:s.end]):
        return "denied", "denied"  # "A rebel counter-attack on Tell Hasel is reported; it is shelling only, and the line holds"
    if re.search(r"(?i)\bI\s+(?:don['’]t|do\s+not|can['’]t|cannot)\s+(?:see|expect|imagine|envisage)\s+(?:[\w'’-]+\s+){0,4}$", pre):
        return "planned", "planned"  # "I don't see the factions handing over Ariha": a forecast that it will not happen
    if re.match(r"\W*(?:Had|Were|Should)\s+[^,;]{1,60}$", doc.text[s.start:a]):
        return "planned", "planned"  # "Had Qamhana fallen, the airport would have come within range": it did not
    if (cond := re.match(r"(?i)\W*(?:if|unless|should)\s+([^,;]{1,60}),\s+[^;]*$", doc.text[s.start:a])) is not None and (
            re.search(r"(?i)\b(?:falls|fall|is|are|takes|take|holds|hold|collapses|collapse|breaks|break|goes|go|succeeds?|fails?|"
                      r"advances?|reaches|reach|pushes|push)\b", cond.group(1))
            or re.search(r"(?i)\b(?:will|would|could|might)\b", doc.text[s.start + cond.end(1):a])):
        return "planned", "planned"  # "If Homs falls, Damascus is cut off from the coast": a consequence, not a siege
    if re.match(r"(?i)\W*(?:whether|if)\b[^,;]*$", doc.text[s.start:a]) or re.search(
            r"(?i);\s*whether\b[^,;]*$", doc.text[s.start:a]):  # (and "…; whether the regime can retake it … is far from certain")
        return "planned", "planned"  # "Whether Ankara can take al-Bab … remains an open question"
    if re.match(r"(?i)(?:battle|assault|offensive|attack|push|advance|operation|campaign|counter-?attack)", doc.text[a:a + 16]) \
            and re.match(r"[^.;]{0,100}?\b(?:never|did\s+not|didn['’]t|failed\s+to)\s+(?:materiali[sz]ed?|came|come|happened|happen|"
                         r"took\s+place|take\s+place|got\s+under\s+way|began|begin)\b", doc.text[a:s.end]):
        return "denied", "denied"  # "an offensive on Izraa announced by rebel commanders the same month never materialised"
    if re.match(r"(?i)(?:battle|assault|offensive|attack|push|advance|operation|campaign)", doc.text[a:a + 12]) and re.match(
            r"[^.]{0,200}?\b(?:expect\w*\s+(?:it|them|the\s+\w+|(?:its|their)\s+\w+)\s+to\s+reach|(?:has|have|had)\s+(?:yet\s+to|"
            r"not\s+yet)\s+reach(?:ed)?)\b", doc.text[a:s.end]):
        return "planned", "planned"  # "announced the start of the battle for Raqqa city; we expect it to reach the
        # city's outskirts within days": not at the city yet
    near = doc.text[max(s.start, a - 30):a]
    until_bare = re.search(r"(?i)\b(?:until|till)\s+$", near) and re.match(r"[\w-]+ing\b", doc.text[a:a + 20])
    until_goal = re.search(r"(?i)\b(?:until|till)\s+(?:the\s+)?(?:full\s+|complete\s+)?$", near) or re.search(
        r"(?i)\b(?:until|till)\s+(?:they|we|it|our\s+[\w-]+|its\s+[\w-]+|their\s+[\w-]+)\s+(?:reach|enter|take|liberate|capture|"
        r"free)", near + doc.text[a:a + 12])  # (and "our forces will continue until they reach Hama")
    until_vow = re.search(r"(?i)\b(?:will|shall|won['’]t)\s+(?:not\s+)?(?:stop|end|cease|rest|continue|go\s+on)\b[^.;]{0,60}?"
                          r"\b(?:until|till)\b[^.;]*$", doc.text[s.start:a]) and not re.search(
        r",\s+(?:which|who)\s+[^,;.]*$", doc.text[s.start:a])  # ("this battle will not stop until the … building
    # falls and the mujahideen reach the Ramouseh garages"; not "until Qalaat al-Madiq, which fell to the gangs on 9 May,
    # … are liberated")
    if until_bare or until_vow or (until_goal and re.search(r"(?i)\b(?:will|shall|continues?|vow\w*|pledg\w*|determined|resolved)\b",
                                                            doc.text[s.start:a])):
        return "planned", "planned"  # "the army will continue its duty until liberating Saraqib" (not "held out until the
        # fall of X")
    if re.search(r"(?i)\b(?:any|an?\s+(?:future|eventual|possible|prospective|planned|expected)|the\s+(?:eventual|planned|expected|"
                 r"anticipated|long-awaited|coming))\s+(?:[\w-]+\s+)?$", doc.text[max(s.start, a - 40):a]) and re.match(
            r"(?i)(?:assault|offensive|attack|push|battle|operation|advance|capture|liberation|recapture|storming)\b", doc.text[a:a + 12]):
        return "planned", "planned"  # "Its capture was regarded as a precondition for any assault on Raqqa"
    if re.match(r"[^.;]{0,50}?\b(?:was|were|is|are)\s+(?:only\s+)?supposed\s+to\b", doc.text[a:s.end]) and re.match(
            r"(?i)[\w-]*\s*(?:truce|ceasefire|cease-fire|deal|agreement|accord|handover|withdrawal|evacuation)", doc.text[a:a + 30]):
        return "planned", "planned"  # "a Russian-brokered truce was supposed to freeze the lines": meant to, not done
    if _NOMINAL_FUTURE.match(doc.text, a, s.end):  # "the handover of the Tabqa Dam, will be carried out according to …"
        return "planned", "planned"
    if R.PLANNED.search(_LEAD_PURPOSE.sub("", pre)):  # (not "In order to spare the city, the units have redeployed")
        return "planned", "planned"
    if re.match(r"\W*(?:Taking|Capturing|Retaking|Recapturing|Seizing|Storming|Entering)\b[^.;]{0,60}?\b(?:means|would|will|"
                r"requires|required|is|remains)\b", doc.text[max(c0, a - 2):s.end]) and a - c0 <= 3:
        return "planned", "planned"  # "Taking Jisr al-Shughour means fighting in the mountains"
    if re.match(r"\W*(?:A|An|Any)\s+(?:[\w-]+\s+){0,3}$", doc.text[s.start:a]) and re.search(
            r"\b(?:would|could|might)\b", doc.text[a:s.end]):
        return "planned", "planned"  # "A Turkish-backed assault on Kobani … would radicalise a generation"
    if re.match(r"[^.;]{0,60}?,\s+which\s+[^,.;]{0,40}?\b(?:promised|vowed|threatened|pledged|planned|proposed|mooted|floated|"
                r"talked\s+(?:of|about))\b|[^.;]{0,100}?\b(?:looks|seems|appears|is|was|remains)\s+(?:well\s+|far\s+)?beyond\s+"
                r"(?:their|its|his|the\s+\w+['’]s?)\s+(?:means|capabilit\w+|reach|strength)\b", doc.text[a:s.end]):
        return "planned", "planned"  # "a push towards Latakia city, which some commanders have promised, looks beyond their means"
    if re.match(r"[^.;]{0,80}?\b(?:in|over|within)\s+the\s+coming\s+(?:few\s+)?(?:days|weeks|months|hours|fortnight)\b",
                doc.text[a:s.end]) \
            and not re.search(r"(?i)\b(?:had|has|have)\s+(?:\w+\s+)?(?:been\s+)?\w+ed\b", pre):
        return "planned", "planned"  # "an assault on Yabroud in the coming weeks"
    if re.search(r"(?i)\b(?:judge|judges|judged|assess|assesses|assessed|consider|considers|considered|deem|deems|deemed|rate|"
                 r"rates|rated|think|thinks|believe|believes|regard|regards|see|sees|view|views|find|finds)\s+(?:a|an|any|the|such\s+an?)\s+"
                 r"(?:[\w-]+\s+){0,2}$", pre) and re.match(r"[^.;]{0,60}?\b(?:(?:highly\s+|very\s+|most\s+|more\s+|less\s+)?(?:unlikely|likely|"
                                                           r"improbable|probable|possible|remote|imminent|doubtful)|(?:a\s+)?(?:distant|remote|real)\s+"
                                                           r"(?:prospect|possibility))\b", doc.text[a:s.end]):
        return "planned", "planned"  # "We judge an assault on Tal Rifaat unlikely while …"
    if s.text.rstrip().endswith("?") or re.match(r"[^.;]{0,80}?\b(?:is|are|looks?|seems?|appears?)\s+(?:also\s+|now\s+|still\s+|"
                                                r"highly\s+|very\s+)?(?:possible|"
                                                r"likely|unlikely|probable|expected|assessed\s+to\s+be)\b", doc.text[a:s.end]):
        return "planned", "planned"  # "Q: When does the assault on Raqqa begin?", "a push into X is also possible"
    before = doc.text[s.start:a]
    if re.search(r"(?i)\bno\s+(?:evidence|sign|signs|indication|confirmation|proof)\s+(?:\w+\s+){0,4}?that\b[^.;]*$", before) \
            or re.search(r"(?i)\b(?:no|little|not\s+a\s+shred\s+of)\s+(?:truth|basis|substance|foundation)\s+(?:to|in|for|behind)\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:reports?|claims?|rumou?rs?|allegations?|stories)\b[^.;]*$", before) \
            or re.search(r"(?i)\b(?:found|find|finds|see|saw|seen)\s+(?:nothing|no\s+evidence)\s+to\s+(?:support|confirm|back)\s+"
                         r"(?:the\s+)?(?:reports?|claims?)\s+that\b[^.;]*$", before) \
            or re.search(r"(?i)\b(?:(?:the|these|those|such|their|its)\s+(?:\w+\s+)?lies|fabrications?|"
                         r"false\s+(?:claims?|reports?)|rumou?rs?|propaganda)\b[^.;]{0,80}?"
                         r"\b(?:claiming|saying|alleging|that)\b[^.;]*$", before):
        return "denied", "denied"  # "no evidence that any armed group has entered the town", "the lies … claiming that",
        # "There is no truth to reports that the army has entered X"
    if re.search(r"(?i)\b(?:discuss(?:ing|ed|es)?|negotiat(?:ing|ed|es|e)|consider(?:ing|ed|s)?|propos(?:ing|ed|es|e)|"
                 r"mooted|weigh(?:ing|ed|s)?|prepar(?:ing|es|ed|e)(?:\s+for)?|ready(?:ing)?|gearing\s+up\s+for|plann(?:ing|ed))\s+"
                 r"(?:a|an|the|possible|its|their)\s+(?:possible\s+|potential\s+|[\w-]+\s+)?$", pre):
        return "planned", "planned"  # "officials were discussing a handover of Tal Rifaat", "HTS is preparing an assault on X"
    if re.search(r"(?i)\b(?:talks|negotiations|discussions|contacts|bargaining|haggling)\s+(?:on|over|about|for|regarding|on\s+a)\s+"
                 r"(?:(?:the|a|an|any|possible|its|their)\s+)?(?:[\w-]+\s+)?$", pre) and not re.search(
            r"(?i)\b(?:agreed|agreement|deal|accord)\s+(?:was\s+|had\s+been\s+)?(?:reached|struck|concluded|signed)|\b(?:ended|"
            r"concluded|culminated|resulted)\s+(?:in|with)\s+(?:an?\s+)?(?:agreement|deal|accord)|\bsucceeded\b", s.text):
        return "planned", "planned"  # "Talks on the surrender of Rastan broke down on Friday" (not "talks on the evacuation
        # of Daraya ended with an agreement on 25 August")
    if re.search(r"(?i)\b(?:day|time|hour|moment)\s+(?:is|was|draws|drew|will\s+come)\s+(?:\w+\s+)?(?:near|close|coming|approaching|"
                 r"nigh)\s+(?:when|that)\b[^.;]*$", doc.text[s.start:a]):
        return "planned", "planned"  # "the day is near when Aleppo is wholly liberated"
    if re.search(r"(?i)\b(?:prospect|threat|risk|fear|danger|spectre|specter)\s+of\s+(?:[\w-]+\s+){0,2}$|"
                 r"\bor\s+(?:else\s+)?(?:face|risk|suffer)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", pre):
        return "planned", "planned"  # "Facing the prospect of street fighting in Afrin itself"; an ultimatum's "until
        # Friday to hand over wanted men or face an assault on the town"
    if re.search(r"(?i)\b(?:provided|provides|provide|providing|called|calls|call|calling)\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$",
                 pre):
        return "planned", "planned"  # a deal's terms: "On paper it provided for the evacuation of Zabadani's fighters"
    if re.search(r"(?i)\b(?:no|little|any)\s+(?:independent\s+|real\s+|visible\s+|clear\s+)?(?:sign|signs|indication|evidence|"
                 r"prospect|word|reports?|news)\s+(?:\w+\s+){0,3}?of\s+"
                 r"(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,2}$", pre):
        return "denied", "denied"  # "no sign on Sunday of an imminent assault on Ariha"
    if re.search(r"(?i)\b(?:imminent|expected|planned|anticipated|looming|feared|possible|potential|future|"
                 r"threatened|pending|proposed|prospective|envisaged|draft)\s+(?:[\w-]+\s+|[\"“][^\"”]{1,30}[\"”]\s+)?$", pre) \
            and not re.search(r"(?i)\b(?:carried\s+out|conducted|completed|executed|made|performed)\s+(?:a|an|the|its|their|our)\s+"
                              r"planned\s+$", pre) \
            and not re.search(r"(?i)\b(?:launched|launches|began|begun|started|opened|mounted)\s+(?:a|an|the|its|their|our)\s+"
                              r"(?:long-)?(?:expected|awaited|anticipated|planned)\s+$", pre):
        # (but "carried out a planned withdrawal from X": done, in good order; "launched the long-expected assault": begun)
        return "planned", "planned"  # "an imminent assault on X", "the expected offensive on Y"
    if re.search(r"(?i)\b(?:ahead\s+of|(?<!day\s)(?<!days\s)(?<!hours\s)(?<!weeks\s)(?<!week\s)(?<!shortly\s)(?<!just\s)"
                 r"(?<!months\s)(?<!month\s)before|in\s+preparation\s+for|prior\s+to|preparing\s+for|(?:paving|paves?|paved|clear(?:s|ed|ing)?|open(?:s|ed|ing)?)\s+the\s+(?:way|road)\s+for|"
                 r"steps?\s+(?:towards?|closer\s+to)|prelude\s+to|springboard\s+for|stepping[\s-]stone\s+(?:to|for|towards?)|"
                 r"(?:massing|gathering|amassing|mobili[sz]ing|preparing|readying|sending|frees?|freeing|freed|releases?|releasing)"
                 r"\s+(?:\w+\s+){0,3}?for|(?:troops|forces|units|reinforcements)\s+for)\s+"
                 r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$", _PIOUS.sub(" ", doc.text[max(s.start, c0 - 14, prev_trigger_end):a])) \
            and not re.match(r"(?i)(?:\w+ed|drove|took|retook|overran|fell|won|swept|broke)\b", doc.text[a:a + 12]):
        # "removing an obstacle ahead of an assault on Raqqa" (but "… before government forces drove them out on
        # Oct. 28": a clause of its own, in the past)
        return "planned", "planned"
    if re.match(r"\w+ing\b", doc.text[a:a + 20]) and (re.search(r"(?i)\b(?:unlikely|likely)\b", doc.text[s.start:a])
                                                      and re.search(r"\b(?:would|will|could|might)\b", doc.text[a:s.end])):
        return "planned", "planned"  # "Ankara is unlikely to commit the forces that retaking the town would require"
    if re.match(r"[^.;]{0,60}?\bas\s+(?:\w+\s+)?(?:unlikely|likely|possible|probable|imminent|improbable)\b", doc.text[a:s.end]) \
            and re.search(r"(?i)\b(?:assess\w*|judge\w*|consider\w*|see|sees|view\w*|rate\w*|regard\w*)\s+(?:\w+\s+){0,3}$", pre):
        return "planned", "planned"  # "we assess an assault on Azaz itself as unlikely within the next 72 hours"
    if re.search(r"(?i)\b(?:claims?|reports?|rumou?rs?|allegations?|lies)\s+(?:of|about)\s*$", pre) and re.match(
            r"\w+ing\b", doc.text[a:a + 20]):
        return "claimed", None  # "the gangs' claims of recapturing al-Nayrab (are lies)": a claim, not a plan
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
    at = a - s.start  # (a cue in a later clause, "X pushed into the town on Saturday, and the ministry claimed …
    # that the town had been taken", governs that clause, not this one)
    if any(not (_OWN_VOICE_AFTER.search(s.text, m.end(), at) and (
            ";" in s.text[m.end():at] or _SUBORDINATE_CLAIM.search(s.text, max(0, m.start() - 40), m.start())))
           if m.start() < at else not _LATER_CLAUSE.search(s.text, at, m.start()) for m in R.CLAIMED.finditer(s.text)):
        return "claimed", None
    if any(m.start() < at or not _LATER_CLAUSE.search(s.text, at, m.start()) for m in R.REPORTED.finditer(s.text)):
        return "reported", None
    return "confirmed", None


# "Opposition media claimed … that fighters had returned to Yabroud; we have found no evidence for this, and videos …
# were filmed before the town fell": the writer's own clause, out of the claim's reach
_OWN_VOICE_AFTER = re.compile(r"(?i);\s+(?:we|I|our|but|however|yet|in\s+fact)\b|(?<=\w),\s+(?=[^,;.]+$)")
# ("after the army announced it was 'redeploying' outside the city, rebels entered Hama": the claim's clause ends at
# the comma, when it is a subordinate one)
_SUBORDINATE_CLAIM = re.compile(r"(?i)\b(?:after|when|as|once|since|before|while)\s+(?:[\w'’-]+\s+){1,4}$")
_LATER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|when)\s|;")
