"""The trigger table of the rule-based extractor (:mod:`homsmap.extract`), re-exported by :mod:`homsmap.extract_rules`.

Triggers are the words that make a sentence an event: a verb ("captured", "withdrew from"), its
passive ("was captured", "fell from government control"), a noun ("the capture of", "the fall of"),
a deal ("reached a surrender agreement", "a four-day ceasefire was announced") or an incident word
("airstrikes", "shelling"). Each says which action it is, which side its grammatical subject is
(the side that gains, the side that loses, a party to a deal, the side that strikes) and where its
places are (after it as its object, before it as its subject, or anywhere in the clause). The passive and nominal
rows come first, from :mod:`homsmap.extract_trigger_forms`; the deals, control verbs and incidents follow here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from homsmap.extract_needles import NEEDLES
from homsmap.extract_trigger_forms import PASSIVE_AND_NOMINAL, WHEN_GAP

__all__ = ["TRIGGERS", "TriggerSpec"]


@dataclass(frozen=True)
class TriggerSpec:
    """One trigger pattern: ``role`` of the subject (``gains``, ``loses``, ``party``, ``actor``) and
    where the places are (``object``, ``subject``, ``clause``); ``weight`` is how reliable it is."""

    name: str
    action: str
    role: str
    place: str
    weight: float
    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()

_ADJ = (r"(?:(?:a|an|the|its|their|new|major|large-scale|ground|military|fresh|renewed|joint|wide|another|"
        r"temporary|preliminary|final|local|surrender|reconciliation|settlement|evacuation|\d+-hour|\d+-day|"
        r"\w+-day|\w+-hour|\w+-brokered)\s+)*")
_TRUCE = r"(?:ceasefire|cease-fire|truce|(?:break|pause|halt|lull)\s+in\s+(?:the\s+)?fighting)"
_DEAL = r"(?:agreements?|deals?|accords?|settlements?)"
_SITE = (r"(?:(?:two|three|four|both|twin|Shia|Shiite|Druze|Alawite|Christian|loyalist)\s+)?(?:towns?|city|cities|villages?|bases?|"
         r"air\s?base|airport|enclave|pocket)")  # ("leaving the base fully surrounded", "leaving the two villages besieged")
_OVER_END = r"(?:\s+(?:to|in|under|as|on|at|within|by|and|after|without)\b|\s*[,.;])"  # "hand the town over in exchange for"

# name, action, subject role, place position, weight, pattern (case-insensitive)
# a day between a verb and its preposition: " on Tuesday", " overnight", " late on 12 March", " on Jan. 12, 2016"
_DAY_GAP = (r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|"
            r"afternoon|evening|night))?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)|overnight|"
            r"yesterday|today|that\s+night|at\s+dawn))?")
_CONTROL = rf"(?:\s+(?:full\s+|complete\s+|total\s+|sole\s+|effective\s+|overall\s+)?control{WHEN_GAP}\s+(?:of|over))"  # ("took full control on Tuesday of X")
# "have taken", "has also taken", "had finally taken": a perfect "taken" is active
_HAVE_TAKEN = "|".join(f"(?<=\\b{h} {w})" for h in ("had", "has", "have")
                       for w in ("", "also ", "now ", "just ", "already ", "finally ", "reportedly ", "earlier ", "since ", "previously ",
                                 "quickly ", "swiftly ", "then "))
_RAW: tuple[tuple[str, str, str, str, float, str], ...] = (
    *PASSIVE_AND_NOMINAL,
    # -- deals ----------------------------------------------------------------------------------------
    ("truce-made", "ceasefire", "party", "clause", 0.8,
     rf"\b(?:reached|reach|reaches|reaching|signed|struck|concluded|brokered|announced|declared|agreed\s+(?:on|to|upon)"
     rf"|resulted\s+in)\s+{_ADJ}{_TRUCE}\b"),
    ("truce-passive", "ceasefire", "party", "clause", 0.8,
     rf"\b{_TRUCE}\s+(?:agreement\s+)?(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:announced|declared|agreed|reached|"
     rf"signed|brokered|implemented|came\s+into\s+effect|took\s+effect)\b"),
    ("truce-brokered", "ceasefire", "party", "clause", 0.7, rf"\b[\w-]+-brokered\s+{_TRUCE}\b"),
    ("deal-made", "agreement", "party", "clause", 0.8,
     rf"\b(?:reached|reach|reaches|reaching|signed|struck|concluded|brokered)\s+{_ADJ}(?:ceasefire\s+)?{_DEAL}\b"),
    ("deal-passive", "agreement", "party", "clause", 0.8,
     rf"\b(?:ceasefire\s+)?{_DEAL},?\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|have\s+been\s+)?(?:reached|signed|struck|concluded|"
     rf"agreed|brokered)\b"),
    ("deal-rejected", "agreement", "party", "clause", 0.7,
     rf"\b(?:rejected|refused|rejects|rejecting)\s+(?:the|an|any|this)\s+(?:\w+\s+){{0,2}}?{_DEAL}\b"),
    ("agreed", "agreement", "party", "clause", 0.75,  # alone, an event only when a deal word follows
     r"\bagreed\s+(?:(?:late\s+|early\s+)?on\s+(?:[A-Z]\w+|\d{1,2}\s+[A-Z]\w+|[A-Z]\w+\s+\d{1,2})\s+)?(?:to|on|upon)\b"),
    # -- control verbs: the place is the object ------------------------------------------------------------
    ("enter-part", "contested", "gains", "object", 0.8,
     r"\b(?:entered|enter|enters|entering|stormed|reached|reach|reaches|reaching|arrived\s+at|approached|approach)"
     r"\s+(?:the\s+)?(?:\w+ern\s+)?(?P<part>outskirts|suburbs|edges?|gates|parts?|periphery)\s+of\b"),
    # "On 10 March GoS forces reached Mesraba, cutting the enclave in three": a side at a named place (not "reached the
    # outskirts of", "reached an agreement", "reached the Euphrates")
    ("reach", "entered", "gains", "object", 0.5,
     r"\breach(?:ed|es|ing)?\b(?=\s+(?:the\s+(?:(?:town|village|city)|(?:centre|center|heart))\s+of\s+|the\s+(?=(?-i:[A-Z])))?(?-i:[A-Z])(?!(?i:the|an?|its|their)\b)|"
     r"\s+the\s+(?:town|city)\s+(?:centre|center)\b)"),
    ("recapture", "recaptured", "gains", "object", 0.9,
     rf"\b(?:re-?captur(?:ed|es|e|ing)|re-?gain(?:ed|s|ing)?|re-?took|re-?takes?|re-?taking|re-?taken|re-?occup(?:ied|ies|y|ying)|"
     rf"recover(?:ed|s|ing)?|(?:took|take|takes|taking|taken|won|win|wins|winning)\s+back|"
     rf"(?:got|get|gets|getting|won|win|wins)(?=\s+(?:it|them)\s+back\b)){_CONTROL}?"),  # "the army got it back"
    ("capture", "captured", "gains", "object", 0.9, r"\b(?:captur(?:ed|es|e|ing)|conquered|conquers|conquering)\b"
     r"(?!\s+(?:[\w-]+\s+)?(?:soldiers|troops|fighters|prisoners|militants|men|pilots|officers|civilians|weapons|tanks|"
     r"vehicles|ammunition|equipment)\b)"),  # (not "executed scores of captured soldiers": an adjective)
    ("seize", "captured", "gains", "object", 0.9, rf"\bseiz(?:ed|es|e|ing){_CONTROL}?"),
    ("take-control", "captured", "gains", "object", 0.9,
     rf"\b(?:took|take|takes|taking|taken|gained|gains|gain|gaining|assumed|wrested|seized|established|establishes|establishing|"
     rf"imposed|imposes|imposing|extended|extends|extending|completed|completes|completing){_CONTROL}|"
     rf"\b(?:completed|completes|completing|established|imposed|extended)\s+(?:their|its|his|our)\s+(?:full\s+|complete\s+|total\s+)?"
     rf"control\s+(?:of|over)\b"),
    ("take-over", "took_over", "gains", "object", 0.9, r"\b(?:took|take|takes|taking|taken)\s+over\b"),
    # "Government forces reasserted control on Sunday": over the town the paragraph named last (see extract_events)
    ("reassert-control-bare", "recaptured", "gains", "object", 0.6,
     r"\b(?:reasserted|re-established|restored|regained)\s+(?:full\s+|complete\s+)?control\b(?!\s+(?:of|over|in)\b)"),
    # "The army walked in on February 6 after the rebels pulled back": into the town the paragraph named last
    ("enter-bare", "entered", "gains", "object", 0.55,
     r"(?:(?<=\barmy )|(?<=\btroops )|(?<=\bforces )|(?<=\bfighters )|(?<=\brebels )|(?<=\bunits )|(?<=\bsoldiers ))"
     r"(?:walked|marched|rolled|drove)\s+in\b(?=\s+(?:on\s+(?-i:[A-Z])|(?:unopposed|after|without)\b))"),
    # "agreed to hand over its heavy weapons and let the army into the town": the town handed over
    ("let-in", "handed_over", "loses", "object", 0.6,
     r"\b(?:let|lets|letting|allow|allowed|allows|allowing|admit|admitted)\s+(?:the\s+)?(?:army|troops|[\w-]+\s+(?:forces|troops|army|"
     r"units))\s+(?:in)?to\b"),
    # "Azaz, where rebels took full control on July 22": the place the "where" clause follows (places_for)
    ("where-control", "captured", "gains", "object", 0.75,
     r"\b(?:took|seized|assumed|gained|established)\s+(?:full\s+|complete\s+|total\s+)?control\b(?!\s+(?:of|over)\b)|"
     r"\bdeployed\s+(?:at|in|across)\s+(?:several|many|a\s+number\s+of|some|all|the\s+main|key)\s+(?:[\w-]+\s+)?"
     r"(?:points|positions|locations|sites)\b"),  # (and "in Yadudah, where army units deployed at several points")
    # 'units … "restored full control" on Friday over the villages of Beit Ana and al-Daliyah'
    ("restore-control", "recaptured", "gains", "object", 0.8,
     r"\b(?:restored|restores|restoring|re-?established|reasserted|reimposed)\s+[\"“]?(?:full\s+|complete\s+|total\s+)?"
     r"control[\"”]?(?:\s+(?:on|early\s+on|late\s+on)\s+\w+(?:\s+\d{1,2}\s+\w+)?)?\s+(?:of|over)\b"),
    # "SDF units occupied Mayadin the same evening" (not "the occupied Golan", "Turkish-occupied Afrin")
    ("occupy", "took_over", "gains", "object", 0.7, r"(?<!the\s)(?<!-)\b(?:occupied|occupies|occupy|occupying)\b"
                                                    r"(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?:[ae][lrsdntz]-)?(?-i:[A-Z])|\s+the\s+(?:town|city|village|district|"
                                                    r"neighbou?rhood|camp)\b(?!\s+of\b))"),  # (and "occupied the district the same day")
    # "Suran and Taybat al-Imam were taken on Tuesday; Halfaya followed yesterday": the same fate, its own day
    ("followed", "captured", "gains", "subject", 0.55,
     r"\bfollowed(?:\s+suit)?\b(?=\s+(?:on\b|in\s+less|within|yesterday|today|the\s+(?:next|following)|later|a\s+day|"
     r"two\s+days|three\s+days|hours|days|shortly|soon|\w+day\b|\d|[.;,]))"),
    # "accounts agree the town changed hands that day": the side gaining is the narrative's
    ("change-hands", "captured", "gains", "subject", 0.6,
     r"(?<!how\s)(?<!fast\s)(?<!quickly\s)(?<!often\s)\b(?:changed|changes|change|changing)\s+hands\b"
     r"(?!\s+(?:several|many|multiple|numerous|repeatedly|again\s+and\s+again|\w+\s+times|before)\b)"),
    # (not "The airport has changed hands before": a retrospect)
    ("in-control-of", "took_over", "gains", "object", 0.65,
     r"\b(?:(?:now|is|are|was|were|remains?|remained)\s+)*in\s+(?:full\s+|complete\s+|total\s+|effective\s+)?control\s+of\b"),
    # "the army announced full control of Deir ez-Zor", "declared it had complete control of the city"
    ("announced-control", "took_over", "gains", "object", 0.7,
     r"\b(?:announced|announces|declared|declares|proclaimed|claimed|claims)\s+(?:(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+)?"
     r"(?:full|complete|total)\s+control\s+(?:of|over)\b"),
    # a round-up's entry "- Thursday: full control of Taybat al-Imam, after the terrorist groups collapsed": taken
    ("item-control", "captured", "gains", "object", 0.6,
     r"(?<=: )(?:full|complete|total)\s+control\s+(?:of|over)\b"),
    ("take-possession", "captured", "gains", "object", 0.85, r"\b(?:took|take|takes|taking|taken)\s+possession\s+of\b"),
    ("take", "captured", "gains", "object", 0.6, rf"\b(?:took|takes|taking|(?:{_HAVE_TAKEN})taken)\b"
                                                 r"(?!\s+(?:(?:\d+|an?|few|several|many|more|two|three|four|five|six|seven|eight|"
                                                 r"nine|ten|eleven|twelve|some|about|nearly|almost|over)\s+){1,2}(?:days|weeks|months|"
                                                 r"years|hours)\b)(?!\s+(?:place|away|part)\b)"  # (not "the battle itself took
                                                 # four months", nor "no ground assault on the town took place", nor "took
                                                 # away Muadamiya's last reason to hold out")
                                                 r"|(?<=[a-z] )take(?=\s+(?:the\s+)?[A-Z])"),
    ("drive-out", "captured", "gains", "object", 0.8,
     r"\b(?:drove|driven|drive|drives|driving|pushed|expelled|ousted|chased|forced|kicked)\s+(?:[\w'’-]+\s+|\([\w'’ -]{2,20}\)\s+){0,7}?"
     r"out\s+of\b|\b(?:expelled|expel|expels|ousted|oust|ousts)\s+(?:[\w'’-]+\s+){0,4}?from\b|"
     r"\b(?:drove|driven|chased)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:fighters|forces|troops|militants|rebels|jihadists|units|"
     r"defenders|garrison|remnants)\s+from\b"),  # ("ISIL drove the remaining FSA and Ahrar al-Sham fighters from Tell Abyad")
    # "Regime forces drove the jihadists out on March 27": out of the place the sentence or the one before is about
    ("drive-out-bare", "recaptured", "gains", "object", 0.7,
     r"\b(?:drove|driven|drive|drives|driving|pushed|chased|forced|kicked|threw)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
     r"(?:jihadists|militants|rebels|fighters|terrorists|insurgents|extremists|group|gunmen|them|IS|ISIS|ISIL|Daesh)\s+"
     r"out\b(?=\s+(?:on|in)\s+(?:\d|(?-i:[A-Z])))"  # (dated: not "they got into the first houses and we drove them out")
     # "The next day a counter-attack pushed them back out": a counter-attack that ends in their expulsion
     r"|(?<=counter-attack )(?:drove|pushed|threw|forced|chased)\s+(?:them|the\s+(?:jihadists|militants|rebels|fighters|"
     r"attackers|insurgents|soldiers|troops))\s+(?:back\s+)?out\b"),
    ("liberate", "captured", "gains", "object", 0.8, r"(?<!\bof\s)(?<!\bin\s)(?<!\bthe\s)(?<!\bfrom\s)(?<!\bto\s)"  # (not "the
     r"\b(?:liberat(?:ed|es|e|ing)|overr(?:an|un|uns|unning)|freed|frees)\b"),  # north of liberated Aleppo": an epithet)
    # the jihadist idiom of conquest: "God opened for us the camp of al-Mastoumeh", "granted us Jisr al-Shughur"
    ("god-opened", "captured", "gains", "object", 0.7,
     r"(?:(?<=\bGod\s)|(?<=\bAllah\s))(?:(?:has|had|then|also)\s+)?(?:opened|granted)\s+(?:for\s+|to\s+)?(?:us|them|our\s+brothers|"
     r"the\s+mujahideen|his\s+servants)\b"),
    ("restore-security", "captured", "gains", "object", 0.75,
     r"\brestor(?:ed|es|e|ing)\s+(?:on\s+[^,;.]{1,25}?\s+)?(?:the\s+)?[\"“]?(?:security|stability|order|security\s+and\s+stability|"
     r"state\s+authority)[\"”]?\s+(?:and\s+stability\s+)?(?:(?:on|today|yesterday|this\s+morning)\b[^,;.]{0,25}?\s+|"
     r"(?:today|yesterday|this\s+morning),\s+\w+day,\s+)?"  # ("restored security and stability today, Wednesday, to the town")
     r"(?:to|in|throughout|across|over)\b"),
    ("held-since", "took_over", "to_gains", "subject", 0.6,
     r"\b(?:had\s+been|has\s+been|have\s+been|was|were|being)\s+(?:\w+ly\s+)?(?:held|controlled|run)\s+by\b(?=[^.;]{1,50}?\bsince\b)"),
    # "Kurdish groups have run Kobani and Afrin since government forces left those towns in July"
    ("held-since-active", "took_over", "gains", "object", 0.55,
     r"\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:run|held|controlled|governed)\b(?=[^.;]{1,60}?\bsince\b)"),
    # a jihadist statement's "the brothers purified the checkpoint of Ram Hamdan": taken
    ("purify", "captured", "gains", "object", 0.7, r"\bpurif(?:ied|ies|y|ying)\b(?!\s+(?:the\s+|our\s+|its\s+)?(?:ranks|intentions?|souls?|hearts?))"),
    ("cleared-of", "captured", "gains", "subject", 0.7,
     r"\b(?:been|was|were|is|are|being)\s+(?:\w+ly\s+)?(?:cleared|cleansed|purged|freed|rid)\s+of\b"),
    ("clear", "captured", "gains", "object", 0.7,
     r"\b(?:cleared|clears)\b(?=\s+the\s+(?:(?:nearby|neighbouring|remaining|last)\s+)?(?:villages?|towns?)\s+of\s+[A-Z])|"  # ("cleared the villages of X and Y")
     r"\b(?:clear(?:ed|s|ing)?|cleans(?:ed|es|e|ing)|purg(?:ed|es|e|ing)|rid)\b(?=\s+(?:the\s+)?(?:(?:city|town|village|"
     r"area)\s+of\s+)?(?:[ae][lrsdntz]-)?[A-Z][^.;]{0,40}?\s+(?:of|from)\s+(?:the\s+)?(?:\w+\s+)?(?:terrorist|militant|ISIS|IS|"
     r"Daesh|mercenar|jihadist|YPG|PKK|insurgent|gang|militia|rebel|remnant))"),  # (and "cleansed al-Dalyeh … of the remnants")
    ("enter-back-in", "entered", "gains", "object", 0.6,
     r"\b(?:swept|sweep|sweeps|moved|move|moves|marched|poured|pour|stormed|storm|storms|broke|walked|rolled|went|came|"
     r"fought\s+(?:their|its)\s+way)\s+(?:back\s+)?in\b(?!\s*(?!(?:the\s+)?(?:next|following|same)\s+(?:day|morning|"
     r"afternoon|evening|night)\b|(?:that|this)\s+(?:day|morning|afternoon|evening|night)\b|(?:today|tonight|overnight|"
     r"yesterday)\b)[A-Za-z\d])"),
    # ("moved in.", "walked in the next morning", "walked in that afternoon"; not "came in two phases")
    # "By Friday the regime was in Kafr Zita, Lataminah and Morek" (only with "By <date>" or "now")
    ("was-in", "took_over", "gains", "object", 0.55,  # (not "our correspondents are inside Arbin": no side)
     r"(?<!correspondents\s)(?<!correspondent\s)(?<!reporters\s)(?<!reporter\s)(?<!journalists\s)(?<!monitors\s)(?<!sources\s)"
     r"(?<!residents\s)(?<!civilians\s)(?<!activists\s)"
     r"\b(?:was|were|(?:is|are)(?=\s+(?:now\s+|back\s+in\b|inside\b|in\s+(?-i:[A-Z])[^.;,]{0,40}?\s+again\b)))\s+(?:now\s+|already\s+|back\s+)?"
     r"(?:in|inside)(?=\s+(?-i:[A-Z])|"
     r"\s+the\s+(?:city|town)\b)"),
    ("enter", "entered", "gains", "object", 0.85,
     r"\b(?:entered|enters|enter|entering|(?:swept|sweeps|sweep|sweeping|poured|pours|pour|pouring|rolled|rolls|roll|"
     r"rolling|marched|marches|march|marching|stormed|storms|storm|storming|broke|breaks|break|breaking|burst|bursts|"
     r"drove|drives|driving|walked|walks|walking|came|come|comes|coming|went|goes|slipped|slips|slipping|sneaked|snuck|crept|"
     r"bursting|moved|moves|move|moving|broken|fought\s+(?:their|its|his|our)\s+way|fight\s+(?:their|its)\s+way|"
     r"(?:forced|force|forcing|forces|made|make|making|worked|work|working|pushed|push|pushing)\s+(?:their|its|his|our)\s+way)\s+(?:back\s+)?"
     r"into|(?:swept|sweeps|sweeping|rolled|rolls|rolling|pushed|pushes|pushing)\s+through"
     r"(?!\s+(?:the\s+)?(?:eastern|western|northern|southern|central|north|south|east|west)\b))\b"),
    ("storm", "entered", "gains", "object", 0.65, r"\bstorm(?:ed|s|ing)\b|(?<=\bto )storm\b|\bstorm\b(?=\s+(?:the|into)\s)|"
     + "|".join(rf"(?<=\b{w} )storm\b(?=\s+(?-i:[A-Z]))" for w in ("rebels", "fighters", "troops", "forces", "militants",
                                                                 "jihadists", "insurgents", "units", "soldiers"))),
    # (a chronology's "Rebels storm Raqqa")
    ("advance-into", "entered", "gains", "object", 0.55,
     r"\b(?:advanced|advances|advancing|pushed|pushing|push|pushes)\s+(?:deep\s+|further\s+)?(?:to|into)\b|\bmoved\s+(?:deep\s+)?into\b"
     # "push south along the M5 highway and into Rastan"
     r"|\b(?:advanced|advances|advance|advancing|pushed|pushing|push|pushes|moved|moving|move|moves|swept|sweeping|sweep|"
     r"sweeps)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:along|across|through|up|down|past|over)\s+"
     r"(?:[\w'’-]+\s+){1,6}?and\s+(?:then\s+|on\s+)?into\b"),
    ("advance-in", "attacked", "gains", "object", 0.6,
     r"\b(?:advanced|advances|advancing)\s+in\b(?!\s+(?:the\s+)?directions?\s+of\b)"),
    ("return-to", "recaptured", "gains", "object", 0.6, r"\b(?:returned|returns|returning)\s+(?:in\s+force\s+)?to\b"),
    # ("ISIS returned to Palmyra on 11 December 2016": a side back in a place; not "families returned to X")
    ("secure", "captured", "gains", "object", 0.55, r"\bsecur(?:ed|es|ing)\b|\bsecure\b(?=\s+(?:all\s+of\s+|the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z]))"),
    # a state, read as a change only after "By <date>" at the head of its clause (see extract_events)
    # "By the evening troops walked the streets of X"; "Kafr Nabudah is ours again": a side's own words
    ("walk-streets", "took_over", "gains", "object", 0.55,
     r"\b(?:walked|walking|patrolled|patrolling|roamed|roaming|paraded|parading)\s+(?:through\s+|in\s+)?(?:the\s+)?"
     r"(?:streets|squares?|centre|center)\s+of\b"),
    ("has-whole", "took_over", "gains", "object", 0.55,  # "Now daesh has the whole city"
     r"\b(?:has|have|holds|hold|held|controls|controlled)(?=\s+(?:the\s+)?(?:whole|entire)\s+(?:city|town|village)\b(?!\s+under\b))"),
    # a side's page: "Jabal Badro is gone." (whose loss, its mood says: see extract_sides)
    ("is-gone", "captured", "gains", "subject", 0.5, r"(?<=\w\s)(?:is|are)\s+(?:now\s+)?gone\s*[.!]"),
    ("is-ours", "took_over", "gains", "subject", 0.55,
     r"\b(?:is|are)\s+(?:now\s+|finally\s+)?ours\s+(?:again|once\s+more|now)\b|\b(?:is|are)\s+(?:now|finally)\s+ours\b|"
     r"(?-i:\b(?:IS|ARE)\s+(?:NOW\s+)?(?:OURS|FREE|LIBERATED))\b"),  # ("HAMOURIA IS OURS.", "BEIT SAWA IS FREE!!")
    # "Manbij city is now held by SNA factions": a mapper's "now" marks the change
    # "by the 30th the city is essentially theirs": the side of the clause before, by a day (see extract_events)
    ("is-theirs", "took_over", "gains", "subject", 0.5,
     r"\b(?:is|are|was|were)\s+(?:now\s+|essentially\s+|effectively\s+|largely\s+|all\s+|entirely\s+|firmly\s+){0,2}theirs\b"),
    ("now-held-by", "took_over", "to_gains", "subject", 0.65,
     r"\b(?:is|are)\s+now\s+(?:fully\s+|firmly\s+)?(?:held|controlled|run)\s+by\b"),
    ("controlled-by", "took_over", "gains", "object", 0.6, r"(?<![\w-])(?:controlled|was\s+in\s+control\s+of|were\s+in\s+"
                                                           r"control\s+of|held)\b(?!\s+by\b)"),  # (not "the Kurdish-held town",
    # nor "the last positions held by the Islamic State group in Raqqa": a participle)
    ("declare-taken", "captured", "gains", "object", 0.75,
     r"\b(?:declared|declares|declare|announced|announces|proclaimed|proclaims|pronounced)\b(?=\s+(?:that\s+)?(?:the\s+)?"
     r"(?:(?:city|town|village)\s+of\s+)?(?:[A-Z]|(?:al|el|ar|as|ad|an|az|at)-|it\s|(?:city|town|village|base|district)\s)[^.;,]{0,40}?"
     r"\s+[\"“]?(?:(?:(?:fully|completely)\s+)?(?:captured|liberated|secured|cleared|free|freed|taken|recaptured|retaken|regained|recovered)|(?<=[\"“])(?:(?:fully|completely)\s+)?"
     r"(?:secure|safe)|under\s+(?:(?:its|their|full|"
     r"complete|state|government|army|regime|rebel|opposition)\s+)+control|(?:was|were|is|are)\s+(?:now\s+)?(?:theirs|ours))\b)"),
    # "By 22 July government flags were flying over Mashara and al-Rafid"
    ("flags-flying", "took_over", "inside_gains", "object", 0.65,
     r"\b(?P<inside>government|regime|Syrian|army|rebel|opposition|Turkish|SDF|Kurdish|YPG|FSA|HTS)\s+flags?\s+"
     r"(?:(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+)?(?:\w+ly\s+)?(?:flying|raised|hoisted|fluttering|waving|"
     r"up)\s+(?:over|above|in|on)\b"),
    ("raise-flag", "took_over", "gains", "object", 0.7,
     r"\b(?:raised|hoisted|raise|raises)\s+(?:the|their|its)\s+(?:\w+\s+){0,3}?flags?\s+(?:in|over|above|on|at)\b"
     r"(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:building|square|hall|citadel|tower|headquarters|roundabout|castle|"
     r"council|centre|center|office)\s+(?:in|of)\b)?"),
    # "the remaining ISIL fighters … were besieged in Baghuz Fawqani": the besieged side is the subject
    ("besieged-in", "besieged", "gains", "object", 0.75,
     r"\b(?:were|was|are|is|remained|remain|being|been|now|left)\s+(?:\w+ly\s+)?(?:besieged|encircled|surrounded|trapped|"
     r"penned|cut\s+off)\s+(?:in|inside)\b"),
    # "the eastern districts of Aleppo were cut off and placed under full siege": the place is the subject
    ("placed-under-siege", "besieged", "gains", "subject", 0.7,
     r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:cut\s+off\s+and\s+|encircled\s+and\s+)?(?:placed|put|kept)\s+"
     r"under\s+(?:a\s+)?(?:full\s+|total\s+|complete\s+|tight\s+)?(?:siege|blockade)\b"),
    ("besiege", "besieged", "gains", "object", 0.8,
     r"(?<!long-)(?<!the\s)(?<!a\s)(?<!leaving\s)(?<!leave\s)(?<!left\s)(?<!into\s)(?<!from\s)(?<!inside\s)(?<!reach\s)"
     r"(?<!reached\s)(?<!entered\s)(?<!entering\s)(?<!to\s)(?<!\bof\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bon\s)(?<!\bwith\s)"
     r"(?<!\bour\s)(?<!\bits\s)(?<!\btheir\s)(?<!\btoward\s)(?<!\btowards\s)\b(?:besieg(?:ed|es|e|ing)|encircl(?:ed|es|e|ing)|surround(?:ed|s)?|(?<!the\s)(?<!and\s)(?<!its\s)(?<!their\s)"
     r"(?<!of\s)(?<!in\s)(?<!hills\s)(?<!heights\s)(?<!mountains\s)(?<!villages\s)(?<!farms\s)(?<!areas\s)"
     r"(?<!fields\s)(?<!orchards\s)(?<!desert\s)(?<!roads\s)(?<!farmland\s)surrounding(?!\s+(?:villages?|towns?|areas?|countryside|hills?|farmland|neighbou?rhoods?|"
     r"districts?|region)\b)|laid\s+siege\s+to|lay\s+siege\s+to|"
     r"imposed\s+a\s+siege\s+on|blockad(?:ed|es|e|ing)|"
     r"isolat(?:ed|es|e|ing)(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z])[^.;]{0,60}?\bfrom\s+the\s+rest\b))\b"),
    # "they encircled terrorist remnants who had fled toward al-Buwayda al-Sharqiya": the place they fled to
    ("encircle-fled", "besieged", "gains", "object", 0.65,
     r"\b(?:encircled|surrounded|besieged|trapped)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:remnants|fighters|militants|terrorists|rebels|"
     r"gunmen|jihadists|insurgents|gangs)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:(?:(?:who|that)\s+(?:had\s+)?)?(?:fled|retreated|withdrawn|withdrew|escaped)\s+"
     r"(?:toward|towards|to|into)|(?:who\s+are\s+|still\s+)?(?:holed\s+up|trapped|entrenched|barricaded)\s+in(?:side)?)\b"),
    # "The SDF declares military operations in Raqqa over": the end of the battle, the place taken
    ("operations-over", "captured", "gains", "object", 0.75,
     r"\bdeclar(?:es|ed|e|ing)\s+(?:the\s+|its\s+|their\s+)?(?:military\s+)?(?:operations?|battle|campaign)\s+(?:in|for)\b"
     r"(?=[^.;]{0,40}?\b(?:over|concluded|complete|completed|ended|finished)\b)"),
    ("launch", "attacked", "gains", "object", 0.8,
     r"\b(?:launched|launch|launches|launching|began|begun|begin|begins|started|start|starts|opened|mounted)\s+"
     r"(?:(?:a|an|the|its|their|new|major|large-scale|full-scale|full|all-out|final|general|[\w-]+-pronged|"
     r"massive|surprise|decisive|ground|military|fresh|renewed|joint|wide|large|big|heavy|fierce|violent|broad)\s+)*"
     r"(?:counter-?)?(?:offensive|assault|attack|operation|campaign|push|incursion)\s+(?:in|on|against|into|toward|"
     r"towards)\b"),
    ("fight-in-quarter", "attacked", "gains", "object", 0.6,
     r"\b(?:fighting|clashes|battles?|street\s+battles?|street\s+fighting)\s+(?:(?:is\s+|was\s+|are\s+|were\s+)?(?:now\s+)?"
     r"(?:raged|raging|continued|continuing|erupted|broke\s+out|going\s+on|under\s+way)\s+)?in\b"),
    # "announced that the battle for the city was over": the announcing side took it
    ("battle-over", "captured", "gains", "object", 0.65,
     r"\b(?:battle|fight)\s+for\b(?=[^.;,]{1,50}?\s+(?:was|is|had\s+been|has\s+been)\s+(?:over|won)\b)|"
     r"(?<=\bwon\sthe\s)(?:battle|fight)\s+for\b"),  # ("the regime has won the battle for Baba Amr")
    ("fight-in", "attacked", "gains", "object", 0.7,
     r"(?<!\bwon\sthe\s)(?<!\blost\sthe\s)(?<!\bend\sof\sthe\s)(?<!\bwake\sof\sthe\s)\b(?:fighting|clashes|battles?)\s+"
     r"(?:(?:(?:is|are|was|were|has|have|had)\s+)?(?:raging|raged|continu(?:ed|ing|es)|erupted|"
     r"broke\s+out)\s+)?(?:inside|for\s+control\s+of|for|within)\b"
     r"(?![^.;,]{1,40}?\s+(?:itself\s+)?(?:took|lasted|dragged\s+on\s+for)\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|years)\b)"
     r"(?![^.;,]{1,50}?\s+(?:was|is|had\s+been|has\s+been)\s+(?:over|won)\b)|"
     r"(?:(?<=\bare )|(?<=\bwas )|(?<=\bis )|(?<=\bwere ))(?:now\s+)?(?:clashing|fighting)\s+(?:on|at)\s+the\s+(?:\w+ern\s+)?(?:outskirts|edges?|gates|approaches)"
     r"\s+of\b"),  # ("Our fighters are now clashing on the outskirts of Dadikh and Kafr Battikh")
    ("attack", "attacked", "gains", "object", 0.6, r"\b(?:attacked|attacks|attacking|assaulted|assaults|"
                                                   r"(?:struck|strikes|hit|hits)\s+back\s+at|infiltrated|infiltrates|infiltrate|"
                                                   r"infiltrating)\b|(?:(?<=troops )|(?<=forces )|(?<=units )|(?<=fighters )|(?<=rebels )|(?<=militants )|"
                                                   r"(?<=soldiers )|(?<=insurgents )|(?<=gunmen )|(?<=\bto ))attack(?=\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])|[\w'’-]+\s+"
                                                   r"(?:[\w'’-]+\s+)?(?:positions?|outposts?|checkpoints?|bases?|posts?|complex|compound|"
                                                   r"headquarters)\b))"),
    # ("ISIL fighters infiltrate Kobani and kill …"; a chronology's present: "Government troops attack Daraa al-Balad")
    # "rebel reinforcements tried to punch through army lines at the village of Haidariyeh, but were beaten back"
    ("through-lines-at", "attacked", "gains", "object", 0.55,
     r"\b(?:broke|break|breaks|breaking|punch(?:ed|es|ing)?|smash(?:ed|es|ing)?|push(?:ed|es|ing)?)\s+through\s+(?:the\s+)?"
     r"(?:[\w'’-]+\s+){0,2}?(?:lines|defen[cs]es|front)\s+(?:at|in|around|near|outside)\b"),
    # "army units tried to advance on Tal Meleh … but were beaten back": an attack on the place
    ("advance-on", "attacked", "gains", "object", 0.55,
     r"\b(?:advanced|advancing|advance|advances|marched|marching|march|moved|moving|move)\s+on\b(?=\s+(?:the\s+(?:town|village|city)\s+of\s+)?"
     r"(?-i:[A-Z])(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
     r"august|september|october|november|december)\b))"
     r"(?=[^.;]{0,80}?\bbut\s+(?:were|was)\s+(?:\w+ly\s+)?(?:(?:driven|pushed|beaten|forced)\s+back|repelled|repulsed)\b)"),
    # "Its fighters pressed on to the perimeter of the Tiyas air base on 13 December but were driven back": an attack
    ("pushed-to-edge", "attacked", "gains", "object", 0.6,
     r"\b(?:advanced|pushed|pressed(?:\s+on)?|moved|fought\s+their\s+way)\s+(?:up\s+)?to\s+(?:the\s+)?(?:perimeter|outskirts|edges?|"
     r"gates|walls|fences?)\s+of\b(?=[^.;]{0,80}?\bbut\s+(?:were|was)\s+(?:\w+ly\s+)?(?:driven|pushed|beaten|forced)\s+back\b|"
     r"[^.;]{0,80}?\bbut\s+(?:were|was)\s+(?:repelled|repulsed))"),
    # a side's euphemism for its own retreat: "the units stationed there have redeployed and taken up positions outside
    # the city", "our units in Aleppo were repositioned outside the city"
    ("redeploy", "withdrew", "loses", "object", 0.6,
     r"\b(?:redeployed|repositioned|regrouped)\b[^.;]{0,40}?\b(?:outside|out\s+of|away\s+from)\b|"
     r"\b(?:redeployed|repositioned)\s+from\b"),  # ("our mujahideen … redeployed from Masaken Hanano and Jabal Badro")
    ("withdraw", "withdrew", "loses", "object", 0.9,
     rf"\bwithdr(?:ew|aw|awn|aws|awing)(?:\s+(?:\w+ly|back))*{_DAY_GAP}\s+from\b"),  # (and "withdrew on Tuesday from X")
    ("pull-out", "withdrew", "loses", "object", 0.85,
     rf"\b(?:pulled|pull|pulls|pulling)\s+(?:out|back){_DAY_GAP}\s+(?:of|from)\b|"
     r"\b(?:pulled|pull|pulls|pulling)\s+(?:our|their|its|his|the)\s+(?:[\w-]+\s+){0,3}?out\s+of\b|\bretreat(?:ed|s|ing)?\s+from\b"),
    # "And from al-Qusayr: Hezbollah pulled out toward the border overnight": a withdrawal from the place the line is about
    ("pull-out-bare", "withdrew", "loses", "object", 0.6,
     r"\b(?:pulled|withdrew)\s+(?:out\s+)?(?=(?:toward|towards)\b)|"
     # "… began a ground assault on Salaheddine. By the following evening the rebels had pulled out": from the place fought for
     r"(?<=\bhad\s)(?:pulled\s+out|withdrawn)(?=\s*(?:[.;]|,?\s+and\b))"),
    # "the enemy fled Bzeineh, leaving their weapons behind": a side that fled a place gave it up
    ("flee", "withdrew", "loses", "object", 0.6,
     r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:fled|flee|flees)\b(?=\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?-i:[A-Z])(?!(?i:monday|tuesday|wednesday|"
     r"thursday|friday|saturday|sunday|syria|turkey|lebanon|jordan|iraq)\b))"),
    ("abandon", "withdrew", "loses", "object", 0.8, r"(?<!\bthe )(?<!\ban )(?<!\ba )\babandon(?:ed|s|ing)?\b(?!\s+by\b)"),
    ("leave-besieged", "besieged", "gains", "object", 0.7,
     rf"\b(?:left|leave|leaves|leaving)\b(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|{_SITE}\b)[^.;,]{{0,60}}?\s(?:completely\s+|fully\s+)?(?:encircled|"
     r"besieged|surrounded|cut\s+off(?!\s+from\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:countryside|plain|province|hinterland|"
     r"region|north|south|east|west)\b)|isolated|trapped)\b)"),  # "leaving Douma and Harasta encircled" (not "left Tafas
    # and Muzayrib cut off from the eastern countryside": split off, not besieged)
    # "captured the army base, leaving the town entirely under opposition control": the place left in that side's hands
    ("leave-under-control", "took_over", "inside_gains", "object", 0.7,
     r"\b(?:left|leaving)\b(?=\s+(?:the\s+)?[^.;,]{1,70}?\s(?:(?:entirely|fully|completely|firmly|wholly|now)\s+)?"
     r"(?:under|in)\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?(?P<inside>state|government|regime|army|rebel|opposition|"
     r"insurgent|Kurdish|SDF|jihadist|Islamic\s+State|IS|ISIS|HTS)\s+(?:control|hands)\b)"),
    ("leave", "withdrew", "loses", "object", 0.55, r"(?<!\bnothing\s)(?<!\banything\s)(?<!\blittle\s)(?<!\bnone\s)(?<!\bmuch\s)"
                                                  r"\b(?:left|leave|leaves|leaving)\b(?!\s+[^.;,]{1,70}?\s(?:under|in)\s+(?:the\s+)?(?:full\s+)?\w+\s+(?:control|hands)\b)(?!\s+(?:the\s+)?(?:(?-i:[A-Z])|" + _SITE + r"\b)[^.;,]{0,60}?\s"
     r"(?:completely\s+|fully\s+)?(?:encircled|besieged|surrounded|cut\s+off|isolated|trapped)\b)"
     r"(?![^.;,]{1,60}?\s(?:dependent|reliant|exposed|vulnerable|isolated|without|with\s+only)\b)"
     r"(?![^.;,]{1,60}?\sas\s+(?:the|its|their)\s+(?:only|last|sole|final)\b)"
     r"(?!\s+(?:the\s+)?[^.;,]{1,40}?\s+on\s+the\s+\w+\s+side\s+of\s+the\s+(?:line|front|frontline|ceasefire\s+line)\b)"
     # (nor "leaving the airbase as the only government position in the area", "the ceasefire, which left Saraqib on the
     # government side of the line": still held)
     r"(?!\s+(?:only\s+)?(?:a|an|one|the)\s+(?:[\w-]+\s+){0,4}?(?:track|road|route|corridor|path|passage|crossing|gap)\b"
     r"[^.;,]{0,40}?\bopen\b)"  # (nor "leaving only a farm track to the west open to the defenders")
     r"(?!\s+behind\b)"),  # (not "left behind tanks")
    ("bussed-out", "evacuated", "loses", "object", 0.75,
     r"\b(?:bussed|bused|transported|transferred|taken|evacuated|driven)\s+out\s+(?:of|from)\b|"
     r"\b(?:bussed|bused|evacuated)\s+(?:to|towards?)\s+[^.;,]{1,50}?\s+from\b"),  # "were bused to Idlib from X"
    ("deploy-in", "took_over", "gains", "object", 0.55, r"(?<!\bstill\s)(?<!\bremained\s)\bdeploy(?:ed|s)?\s+"
                                                      r"(?:(?:early\s+|late\s+)?on\s+\w+\s+)?(?:inside|in|into|throughout)\b|"
                                                      r"\b(?:took|take|takes|taking)\s+up\s+positions\s+in(?:\s+and\s+around)?\b|"
                                                      r"\b(?:set|sets|setting)\s+up\s+(?:positions|checkpoints|posts|bases)\s+(?:inside|in)\b"),
    ("evacuate", "evacuated", "loses", "clause", 0.8, r"\bevacuat(?:ed|es|e|ing)\b"),
    ("surrender", "surrendered", "loses", "clause", 0.8, r"\bsurrender(?:ed|ing)?\b|(?<!\bof\s)(?<!\bthe\s)(?<!\bmore\s)\bsurrenders\b"
                                                       r"|\bg(?:ave|ives|ive|iving)\s+in\b(?!\s+to\b)"
                                                       r"|(?<=\s)gave\s+up(?=\s*[,.;]|\s+(?:after|and|under|on\s+(?!\w+ing\b)(?:\d|[A-Z])))"),
    # (not "a cascade of surrenders"; "The rebels of Darayya gave up after four years under siege": they surrendered;
    # not "gave up hope", "gave up on the town", "gave up the idea")
    ("hand-over", "handed_over", "loses", "object", 0.8, r"\b(?:handed|hand|hands|handing)\s+over\b|\bced(?:ed|e|es|ing)\b|"
                                                        r"\b(?:handed|hand|hands|handing)\b(?=\s+(?:(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
                                                        r"(?-i:[A-Z])[^.;,]{0,40}?|the\s+(?:town|city|village|district|area|base|"
                                                        rf"crossing)|it|them)\s+over{_OVER_END})|"
                                                        r"\b(?:handed|hand|hands|handing)\b(?=[^.;]{0,60}?\b(?:the\s+(?:town|city|village|"
                                                        rf"district)(?:\s+itself)?|it)\s+over{_OVER_END})|"
                                                        r"\b(?:handed|hand|hands|handing)\b(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
                                                        r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:back\s+)?to\s)"),
    # ("will hand the town over to", "agreed to hand their heavy weapons and the town itself over to")
    # (not "with at least two tanks lost": equipment or men lost)
    ("lose", "captured", "loses", "object", 0.75, r"(?<!tanks\s)(?<!vehicles\s)(?<!men\s)(?<!soldiers\s)(?<!fighters\s)(?<!aircraft\s)"
     r"(?<!helicopters\s)(?<!lives\s)(?<!troops\s)(?<!personnel\s)(?<!carriers\s)(?<!trucks\s)(?<!jets\s)"
     rf"\b(?:lost|loses|losing|(?<=only\sto\s)lose(?=\s+it\b)){_CONTROL}?(?!\s*,)"),  # (not "With Dabaa lost, al-Qusayr was
    # encircled": the place before it is the one lost)
    # -- incidents ----------------------------------------------------------------------------------------
    ("airstrike", "airstrike", "actor", "object", 0.8,
     r"\b(?:air\s?strikes?|air\s?raids?|air\s+attacks?|bombing\s+raids?|barrel\s+bombs?|warplanes?|"
     r"(?:helicopters?|jets?|aircraft)\s+(?:struck|bombed|hit|targeted|dropped))\b"),
    ("shelling", "shelling", "actor", "object", 0.8,
     r"\b(?:shelling|shelled|artillery(?:\s+(?:fire|shells|strikes))?(?!\s+(?:college|academy|school|base|battalion|"
     r"brigade|regiment|division|corps|units?|positions?))|mortars?(?:\s+fire)?|rocket\s+fire)\b"),
    ("bombing", "bombing", "actor", "object", 0.75,
     r"\b(?:car\s+bombs?(?:\s+attacks?)?|suicide\s+(?:bombings?|attacks?)|bombings?|explosions?|blasts?|"
     r"bomb\s+attacks?)\b"),
    ("strike", "strike", "actor", "object", 0.6,
     r"\b(?:drone\s+strikes?|missile\s+strikes?|strikes|strike|struck|targeted|targeting)\b(?!\s+(?:a\s+)?deal)"),
    ("clashes", "clashes", "actor", "object", 0.6, r"\b(?:clashes|fighting|battles|firefights?)\b"),
    ("massacre", "massacre", "actor", "object", 0.7, r"\bmassacred?\b"),
    ("prison-break", "prison_break", "actor", "object", 0.7,
     r"\b(?:releasing|released|freeing|freed)\s+(?:\w+\s+){0,3}?(?:detainees|inmates|prisoners)\b"),
)


TRIGGERS: tuple[TriggerSpec, ...] = tuple(
    TriggerSpec(name, action, role, place, weight, re.compile(rx, re.IGNORECASE), NEEDLES.get(name, ()))
    for name, action, role, place, weight, rx in _RAW
)
