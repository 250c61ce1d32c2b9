"""The extractor's triggers whose place comes first or follows "of" (:mod:`homsmap.extract_triggers` holds the rest).

Passive and unaccusative forms put the place in the subject ("Hajin was captured by the SDF", "the town fell"); nominal
forms put it after "of" ("the capture of X", "the fall on Friday of X"). Each row is a trigger as
:class:`homsmap.extract_triggers.TriggerSpec` reads it: name, action, subject role, place position, weight, pattern.
"""

from __future__ import annotations

__all__ = ["PASSIVE_AND_NOMINAL", "WHEN_GAP"]

_DECLARED_OBJECT = (r"\s+(?:the\s+(?:town|city|village|district|camp|base|airbase)|(?-i:[A-Z])[\w'’-]*(?:[ -](?-i:[A-Z])"
                    r"[\w'’-]*){0,3})\s+(?:to\s+be\s+)?(?:fully\s+|completely\s+|entirely\s+)?")
# a date between a noun and its "of": " on Jan. 12", " on Friday and Saturday", " in early March"
WHEN_GAP = (r"(?:\s+(?:on|in|at)\s+(?:(?:the|and|early|late|mid|morning|afternoon|evening|night|"
            r"(?-i:[A-Z][a-z]{2,8})\.?|\d{1,4}(?:st|nd|rd|th)?),?\s+){0,4}?"
            r"(?:morning|afternoon|evening|night|(?-i:[A-Z][a-z]{2,8})\.?|\d{1,4}(?:st|nd|rd|th)?))?")

PASSIVE_AND_NOMINAL: tuple[tuple[str, str, str, str, float, str], ...] = (
    # -- passive and unaccusative: the place is the subject -------------------------------------------
    # a participle without its auxiliary: "Hajin, captured by the SDF on 14 December", a glossary's "Village entered
    # by the SDF on 6 January"
    ("participle", "", "gains", "subject", 0.8,
     r"(?:(?<=, )|(?<=— )|(?<=– )|(?<=; )|(?<=^)|(?<=\n)|(?<=\. )|(?<=\| )|(?-i:(?<=Village )|(?<=Town )|(?<=village )|(?<=town ))|"
     r"(?<=[a-z'’)] ))"  # (after a name only in a dated almanac line, "22 July: Jubata al-Khashab handed over to …")
     r"(?P<v>(?:re-captured|recaptured|captured|seized|retaken|taken|liberated|overrun|entered|besieged|encircled|"
     r"surrounded)(?=\s+by\b)|handed\s+(?:over|back)(?=\s+to\b))"),
    # a list item's participle: "– Morek, Kafr Zita and al-Lataminah taken without a fight on 23 August" (see extract_events)
    ("participle-item", "", "gains", "subject", 0.7,
     r"(?:(?<=[a-z'’)] )|(?<=— )|(?<=– )|(?<=; )|(?<=, ))(?P<v>re-captured|recaptured|captured|seized|retaken|taken|liberated|overrun|"
     r"secured|stormed|cleared|encircled|besieged|occupied)"
     r"(?=\s+(?:without\s+(?:a\s+)?(?:fight|resistance|a\s+shot)\s+|unopposed\s+|back\s+)?(?:(?:on|in)\s+(?:\d|(?-i:[A-Z]))|\d))"),
    ("passive", "", "gains", "subject", 0.9,
     r"\b(?:was|were|been|being|(?-i:is|Is)|are|be)\s+(?:(?:\w+ly|then|also|now|later|eventually|finally|fully|thus|soon|"
     r"already|effectively|itself|again|all|both|quickly|completely|briefly|once\s+more|subsequently)\s+)*[\"“‘']?"
     r"(?P<v>re-captured|recaptured|captured|seized|retaken|taken\s+under\s+control|brought\s+under\s+control|taken|liberated|overrun|stormed|re-?entered|entered|besieged|"
     r"encircled|surrounded|evacuated|abandoned|surrendered|handed over|handed back|secured|cleared|cleansed|cleaned|freed|purged|cut\s+off|sealed\s+off|"
     r"recovered|regained)\b"
     r"(?!\s+(?:the\s+)?(?:way|road|route|path)\b)"),
    # "Palmyra was lost to IS on 20 May 2015", "Saraqib, lost by the rebels on Thursday, …": the place is the subject
    ("lost-passive", "captured", "loses", "subject", 0.85,
     r"(?:\b(?:was|were|been|being|(?-i:is|Is)|are)\s+(?:(?:\w+ly|then|also|later|eventually|finally|briefly|again|"
     r"temporarily|once\s+more)\s+)*|(?<=,\s))lost\b(?=\s+to\s+(?!(?:the\s+)?(?:world|history|us|them|fighting|neglect)\b)|"
     r"(?:\s+by\s+[^,.;]{1,40}?)?\s+(?:on|in)\s+(?:the\s+)?(?:\d|(?-i:[A-Z][a-z]+day|January|February|March|April|May|June|"
     r"July|August|September|October|November|December)\b))"),
    ("fell-from", "captured", "inside_loses", "subject", 0.85,
     r"\bf(?:ell|alls|allen)\s+(?:out\s+of|from)\s+(?P<inside>[\w'’ -]{1,40}?)\s+(?:control|hands)\b"),
    ("fell-to", "captured", "to_gains", "subject", 0.85,
     r"\bf(?:ell|alls|allen)\s+(?:(?:on|in)\s+(?:(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|(?-i:[A-Z][a-z]+day)|(?-i:January|February|March|"
     r"April|May|June|July|August|September|October|November|December)|\d{4}|early|late|mid-?)\s*,?\s*){1,4})?"
     r"(?:to|into\s+the\s+hands\s+of|under\s+the\s+control\s+of)\b"),  # (and "fell on 6 August 2013 to a coalition of …")
    # "the garrison at Abu Kamal pledged allegiance to the group": the town goes over to the side sworn to
    ("pledged-to", "took_over", "to_gains", "subject", 0.6,
     r"\b(?:pledged|pledges|pledge|pledging|swore|swears|swearing)\s+(?:an\s+oath\s+of\s+)?(?:allegiance|loyalty|bay['’]?a)\s+to\b"),
    # "- Khan Shaykhun: taken by SAA / Tiger Forces on Wednesday": a changelog's place, then who took it
    # Turkish official English: "took under control the centre of Raju", "the town centre is taken under control"
    ("took-under-control", "captured", "gains", "object", 0.8,
     r"\b(?:took|takes|take|taking)\s+under\s+(?:(?:its|their|full)\s+)?control\b"),
    # a feed's headline style: "Maar Shamarin — LIBERATED.", "Hish cleared as well!", "Deir al-Gharbi taken this morning."
    ("headline-participle", "captured", "gains", "subject", 0.55,
     r"(?<=[\w)’'])(?:\s*[—–:]\s*|\s+-\s+|\s+)(?:liberated|taken|captured|seized|cleared|secured|freed|recaptured|retaken)"
     r"(?=\s*(?:[.!]|as\s+well\b|too\b|(?:early\s+|late\s+)?(?:this|that)\s+(?:morning|afternoon|evening)\b|today\b|"
     r"tonight\b|at\s+(?:dawn|noon|first\s+light)\b|overnight\b))"),
    ("colon-taken-by", "captured", "to_gains", "subject", 0.7,
     r"(?<=\w)\s*:\s*(?:re-?)?(?:taken|captured|seized|liberated|entered|overrun)\s+by\b"),
    ("fell-colon", "captured", "gains", "object", 0.7,
     r"\b(?:fell|fallen|taken|captured|seized|lost)(?:\s+(?:in|during|by)\s+(?:early\s+|late\s+|mid-?)?(?:spring|summer|autumn|"
     r"winter|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)?\s*:"),
    # "it drove them out … and made Raqqa its de facto capital": held, as its capital
    ("made-capital", "took_over", "gains", "object", 0.6,
     r"\b(?:made|makes|declared|proclaimed)\b(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:its|their)\s+"
     r"(?:de\s+facto\s+|self-declared\s+|new\s+)?capital\b)"),
    ("fell", "captured", "gains", "subject", 0.75, r"\bf(?:ell|alls|allen)\b(?!\s+(?:back|silent|apart|behind|short|quiet|inside|within|outside|"
     r"asleep|ill|away|martyrs?|as\s+(?:a\s+)?martyrs?|in\s+(?:battle|combat|action))\b)|(?<!['’]s )\bfall(?=\s+(?:to|into|from|out)\b)|"
     r"(?<=[a-z] )fall(?=\s+(?:on\s+the\s+(?:first|same|next|following|second|third)\s+day|the\s+same\s+day|within\s+(?:hours|days))\b)"),
    # (not "our guys fell back to positions south of X", "he fell as a martyr")
    # "the town returned to state control"
    ("return-to-control", "took_over", "inside_gains", "subject", 0.75,
     r"\b(?:returned|returns|return|returning|reverted|reverts|was\s+restored|were\s+restored)\s+to\s+(?:full\s+)?"
     r"(?P<inside>state|government|regime|army|rebel|opposition|Kurdish|SDF)\s+(?:control|rule|authority)\b"),
    # "Kafranbel and Hish are back in the embrace of the homeland": a pro-government phrase for a recapture
    ("embrace-of-homeland", "recaptured", "inside_gains", "subject", 0.7,
     r"\b(?:back|returned|returns|return|returning|restored)\s+(?:(?:in|to|into)\s+)?(?:the\s+)?(?:embrace|arms|bosom|fold)\s+of\s+"
     r"the\s+(?P<inside>homeland|nation|state|motherland)\b"),
    # "placing Yarmouk under a total siege"
    ("place-under-siege", "besieged", "gains", "object", 0.7,
     r"\b(?:placed|placing|places|place|put|putting|puts|kept|keeping)\b(?=\s+(?:the\s+)?(?:(?:town|city|village|camp|"
     r"district)\s+of\s+)?(?:[A-Z]|(?:al|el|ar|as|ad|an|az)-)[^.;,]{0,40}?\s+under\s+(?:a\s+)?(?:[\w-]+\s+)?(?:siege|blockade)\b)"),
    # "closed every road into Darayya, beginning a siege that would outlast …"
    ("begin-siege", "besieged", "gains", "clause", 0.65,
     r"\b(?:began|beginning|begun|begins|imposed|imposing|laid|laying|started|starting|tightened)\s+(?:a|the|its|their)\s+"
     r"(?:[\w-]+\s+){0,2}?(?:siege|blockade)\b(?!\s+(?:of|on|around)\b)"),
    # "A Russian-mediated arrangement returned it to government control on 31 July"
    ("returned-to-control", "took_over", "inside_gains", "object", 0.75,
     r"\breturn(?:ed|s|ing)?\b(?=\s+(?:it|them|the\s+(?:town|city|village|district)|(?-i:[A-Z])[\w'’ -]{1,40}?)\s+to\s+"
     r"(?:full\s+)?(?P<inside>state|government|regime|army|rebel|opposition|Kurdish|SDF)\s+control\b)"),
    ("came-under", "took_over", "inside_gains", "subject", 0.85,
     r"\bc(?:ame|omes|ome|oming)\s+under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?(?P<inside>[\w'’ -]{1,40}?)\s+control\b"),
    # a chronology table's cell "| Town under full government control": the row's place taken
    ("cell-under-control", "took_over", "inside_gains", "object", 0.7,
     r"(?<=\|\s)(?:(?:the\s+)?(?:town|city|village|area|district)\s+)?(?:now\s+)?under\s+(?:full\s+|complete\s+|total\s+)?"
     r"(?P<inside>government|regime|army|rebel|opposition|SDF|Kurdish|Turkish|IS|ISIS|ISIL|HTS)\s+control\b"),
    ("flag-raised", "took_over", "inside_gains", "object", 0.75,
     r"\bflag\s+of\s+(?:the\s+)?(?P<inside>[\w'’ -]{1,50}?)\s+(?:was|were|has\s+been|had\s+been)\s+"
     r"(?:raised|hoisted)\s+(?:in|over|above|at|on)\b"),
    ("flag-adj-raised", "took_over", "inside_gains", "object", 0.75,
     r"\b(?P<inside>[\w'’-]{3,30})\s+flags?\s+(?:(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:raised|hoisted)|"
     r"went\s+up|goes\s+up|flew|was\s+flying)\s+(?:in|over|above|at|on)\b"
     r"(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:building|square|hall|citadel|tower|headquarters|roundabout|castle|"
     r"council|centre|center|office)\s+(?:in|of)\b)?"),  # ("the regime flag went up over the old post office in X")
    ("paren-status", "captured", "gains", "subject", 0.7,
     r"\((?:re-?taken|re-?captured|captured|liberated|taken|seized|fallen|falls|regained|lost)\)"),
    ("under-x-control", "took_over", "inside_gains", "subject", 0.7,
     r"\b(?:(?:is|are|was|were|now|back|again|fully|came|comes|come|returned|returns|passed|fell|falls|declared|pronounced|"
     r"announced|deemed|to\s+be)\s+)*under\s+(?:the\s+)?"  # ("The town was declared fully under government control on …")
     r"(?:full\s+|complete\s+|total\s+)?"
     r"(?P<inside>[\w'’-]+(?:\s+[\w'’-]+)?)\s+control\b(?!\s+of)"),
    # "by noon Saraqib was back in opposition hands": a change only with "back", "again" or "now"
    ("back-in-hands", "took_over", "inside_gains", "subject", 0.7,
     r"\b(?:is|are|was|were)\s+(?:back|again|now)\s+in\s+(?P<inside>rebel|opposition|government|regime|army|state|"
     r"isis|isil|sdf)\s+hands\b"),
    # "Hammouriyeh … was in army hands by March 15": a state reached by a date is a change
    ("in-hands-by", "took_over", "inside_gains", "subject", 0.65,
     r"\b(?:is|are|was|were)(?:,\s+(?:by\s+)?(?:[\w-]+\s+){0,3}?(?:accounts?|reports?),)?\s+in\s+"
     r"(?P<inside>rebel|opposition|government|regime|army|isis|isil|sdf)\s+hands(?=\s+by\s+"
     r"(?:\d|[A-Z][a-z]+\s+\d|the\s+(?:end|evening|morning|night)|nightfall|dusk|evening|noon)|\s+that\s+(?:evening|night|"
     r"day|afternoon|morning)\b)"),  # (and "The city was, by most accounts, in rebel hands that evening")
    ("under-control-of", "took_over", "to_gains", "subject", 0.7,
     r"\b(?:(?:is|are|was|were|now|back|again|fully)\s+)*under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+of\b"),
    # -- nominal forms: the place follows "of" -----------------------------------------------------------
    # "the recapture on Jan. 12 of Salma", "the capture on Friday and Saturday of the villages of …"
    ("n-recapture", "recaptured", "gains", "object", 0.85, r"\bre-?capture" + WHEN_GAP + r"\s+of\b"),
    ("n-capture", "captured", "gains", "object", 0.85, r"\b(?:capture|seizure|liberation|conquest)" + WHEN_GAP + r"\s+of\b"),
    ("n-fall", "captured", "gains", "object", 0.85, r"\bfall" + WHEN_GAP + r"\s+of\b"
     r"(?!\s+(?:the\s+)?(?:(?:Assad|Baath(?:ist)?|former|old)\s+)?(?:government|regime)\b(?!-)|\s+(?:Bashar\s+al-)?Assad\b(?!['’]))"),
    # (not "through the fall of the Assad government in December 2024": a state's fall, not a place's)
    ("n-takeover", "took_over", "gains", "object", 0.85, r"\btakeover" + WHEN_GAP + r"\s+of\b"),
    ("n-storming", "entered", "gains", "object", 0.7, r"\bstorming\s+of\b"),
    # "Following the entry of non-state armed groups into Aleppo city on 29 November"
    ("n-entry", "entered", "gains", "object", 0.7, r"\b(?:entry|arrival|advance|push)\s+of\s+[^.;,]{3,60}?\s+into\b|"
                                                 r"(?<=['’]s )(?:entry|arrival)\s+into\b"),  # (and "the army's entry into X")
    # "the army sealed Darayya off from the outside world", "sealed off the town"
    ("seal-off", "besieged", "gains", "object", 0.7,
     r"\bseal(?:ed|s|ing)?\b(?=\s+(?:the\s+(?:town|city|village|district)\s+of\s+)?(?-i:[A-Z])[^.;,]{0,40}?\s+off\b)|"
     r"\bseal(?:ed|s|ing)?\s+off\b"),
    # "closed a ring around Afrin town", "the ring around Zabadani was closed", "the tightening of a ring around the city"
    ("ring-closed", "besieged", "gains", "object", 0.7,
     r"\b(?:closed|closing|closes|close|completed|completing|completes|complete|tightened|tightening|tightens|tighten)\s+"
     r"(?:a|the|their|its|our)\s+(?:[\w-]+\s+)?ring\s+a?round\b|"
     r"\b(?:closed|completed|completing|completes|complete|tightened)\s+(?:an|the|their|its|our)\s+encirclement\b(?!\s+of\b)|"
     # "The army threw a cordon around Baba Amr on February 4"
     r"\b(?:threw|thrown|throw|throws|throwing|put|placed|imposed|drew|drawn|tightened|set\s+up)\s+(?:a|the|their|its|our)\s+"
     r"(?:[\w-]+\s+)?cordon\s+a?round\b|\bcordon(?:ed|s|ing)?\s+off\b(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?:[ae][lrsdntz]-)?"
     r"(?-i:[A-Z]))|"  # ("cordoned off al-Qardaha, whose entrances had been blocked")
     r"\b(?:closing|completion|tightening)\s+of\s+(?:a|the)\s+(?:[\w-]+\s+)?ring\s+a?round\b|"
     r"\bring\s+a?round\b(?=[^.;]{1,40}?\b(?:was|had\s+been|has\s+been|is)\s+(?:\w+ly\s+)?(?:closed|completed|sealed|tightened)\b)"),
    # "The SDF declared the village surrounded on 9 February", "the army declared Aleppo liberated"
    ("declared-besieged", "besieged", "gains", "object", 0.7,
     rf"\b(?:declared|declares|declaring|pronounced)\b(?={_DECLARED_OBJECT}(?:surrounded|encircled|besieged)\b)"),
    ("declared-taken", "captured", "gains", "object", 0.7,
     rf"\b(?:declared|declares|declaring|pronounced)\b(?={_DECLARED_OBJECT}(?:liberated|captured|cleared|taken|free|(?<=town\s)secure|(?<=city\s)secure|(?<=village\s)secure|(?<=completely\s)secure|"
     r"secured|fully\s+under\s+(?:its|their|our)\s+control)\b)"),
    ("n-siege", "besieged", "gains", "object", 0.75,
     r"(?<!broke )(?<!broken )(?<!lifted )(?<!ended )(?<!breaking )(?<!broke the )(?<!broken the )(?<!lifted the )"
     r"(?<!ended the )(?<!breaking the )(?<!lifting the )(?<!ending the )\b(?:siege|encirclement)\s+(?:(?:imposed|laid|placed)\s+)?"
     r"(?:of|on)\b"),  # (and "the siege imposed on the neighbourhood")
    # "broke the siege of Deir al-Zour": the side breaking it holds the place again
    ("siege-broken", "took_over", "gains", "object", 0.7,
     r"\b(?:broke|broken|breaking|lifted|lifting|ended|ending)\s+(?:the\s+)?(?:\w+\s+)?(?:siege|encirclement|blockade)\s+(?:of|on)\b"),
    # "the three-year siege of Deir ez-Zor was broken", "broke through to Kuweires airbase": the same, told otherwise
    ("siege-was-broken", "took_over", "gains", "clause", 0.65,
     r"(?<!since\sthe\s)(?<!since\s)\b(?:siege|encirclement|blockade)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
     r"(?:broken|lifted|ended)\b"),
    ("break-through-to", "took_over", "gains", "object", 0.65, r"\b(?:broke|broken|breaking|punched|fought)\s+(?:their\s+|its\s+)?"
                                                               r"(?:way\s+)?through\s+to\b"),
    ("n-evacuation", "evacuated", "loses", "clause", 0.8, r"\bevacuations?\s+(?:of|from)\b"),
    # "the evacuation was completed the following day": of the place the paragraph's deal is about
    ("n-evacuation-done", "evacuated", "loses", "clause", 0.7,
     r"\b(?:the\s+)?evacuations?\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+ly\s+)?(?:completed|complete|finished|over)\b"),
    # "Rebel sources concede the loss of Kafr Batna": the side that admits it loses it
    ("n-loss-conceded", "captured", "loses", "object", 0.8,
     r"\b(?:conced|confirm|admitt?|acknowledg|announc)(?:e|es|ed|ing|s)?\s+(?:the\s+)?loss\s+of\b"),
    # "The loss of Masaken Hanano on 26 November split the enclave": a change dated in the phrase (see extract_events)
    ("n-loss", "captured", "loses", "object", 0.6, r"(?<!\bconcede the )(?<!\bconfirm the )(?<!\badmit the )\bloss" + WHEN_GAP
     + r"\s+of\b(?!\s+(?:life|lives|control|contact|power|morale|face|territory|ground|the\s+war)\b)"),
    # "rebel factions broke through at Ramouseh": into the place
    ("break-through-at", "entered", "gains", "object", 0.6, r"\bbr(?:oke|eak|eaks|eaking|oken)\s+through\s+(?:at|in)\b"),
    ("n-surrender", "surrendered", "loses", "object", 0.8, r"\bsurrender\s+of\b"),
    # "Daraya's capitulation on 26 August", "Saraqib's fall to the army": the place whose it is
    ("n-possessive-fall", "captured", "gains", "subject", 0.7, r"(?<=['’]s )(?:fall|capture|seizure)\b(?=\s+(?:on|in|to|at)\s)"),
    ("n-possessive-surrender", "surrendered", "loses", "subject", 0.7,
     r"(?<=['’]s )(?:surrender|capitulation)\b(?=\s+(?:on|in|to|at)\s)"),
    ("n-handover", "handed_over", "loses", "object", 0.8, r"\bhand-?over\s+of\b"),
    # "The agreement covers rebel-held villages including Jubata al-Khashab, al-Hamidiyah and Umm Batina"
    ("deal-covers", "agreement", "party", "clause", 0.7,
     r"\b(?:agreement|deal|accord|settlement|arrangement)\s+(?:(?!(?:would|will|could|might|may|shall|should|is\s+to)\b)\w+\s+){0,3}?"
     r"(?:covers|covered|covering|includes|included|"
     r"applies\s+to|applied\s+to|extends\s+to|extended\s+to)\b"),
    ("n-covered", "handed_over", "loses", "object", 0.7,
     r"\b(?:handover|hand-over|surrender|evacuations?)\s+(?:(?!(?:would|will|could|might|may|shall|should)\b)\w+\s+){0,3}?"
     r"(?:covered|covers|included|includes|extended\s+to|"
     r"applied\s+to|applies\s+to)\b"),
    # "announced … that they were making a "tactical withdrawal"": from the place the passage is about
    ("tactical-withdrawal", "withdrew", "loses", "object", 0.6,
     r"\b(?:making|made|make|makes|carried\s+out|carry\s+out|conducted|announced|began)\s+"
     r"(?:what\s+(?:they|it|he)\s+(?:called|termed|described\s+as)\s+)?(?:a\s+|their\s+|its\s+)?"
     r"[\"“]?tactical\s+(?:withdrawal|retreat)\b(?:[\"”]?\s+from\b)?"),  # (and "… a tactical withdrawal from al-Qastoun")
    ("n-withdrawal", "withdrew", "loses", "object", 0.8,
     r"\bwithdrawal\s+(?:of\s+(?:[\w'’-]+\s+){0,5}?)?from\b"),
    ("n-offensive", "attacked", "gains", "object", 0.6,
     r"(?<!chemical )(?<!gas )(?<!air )(?<!drone )(?<!missile )(?<!rocket )(?<!suicide )(?<!bomb )(?<!terrorist )"
     r"(?<!sarin )(?<!chlorine )(?<!mortar )(?<!artillery )(?<!shelling )(?<!shell )"
     r"\b(?:counter-?)?(?:offensive|assault|attack|incursion)s?\s+(?:(?:(?:launched|mounted|carried\s+out|waged)\s+)?by\s+"
     r"(?!\w+ing\b)(?:(?!(?:which|who|that|when|after|before)\b)[\w'’-]+,?\s+){1,10}?|(?:so\s+far|yet|to\s+date)\s+)?"
     r"(?:on|against)\b"),
    # "the defenders of al-Hader foiled a large attack launched by the takfiris": an attack on the place defended
    ("n-offensive-defended", "attacked", "gains", "object", 0.55,
     r"\b(?:foiled|repelled|repulsed|thwarted|crushed)\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:attack|assault|offensive|incursion)\b(?![^.;]{0,80}?\b(?:on|against|toward|towards)\b)"),
    # "an armoured thrust by the army towards Jobar was beaten back", "a push into Talbiseh was repulsed": a failed attack
    ("n-thrust-repelled", "attacked", "gains", "object", 0.6,
     r"(?<!\bto )(?<!\bwould )(?<!\bwill )(?<!\bcould )\b(?:(?:thrust|push|drive|foray|advance)s?\s+(?:by\s+(?:(?!(?:on|against|towards?|into|at|in|near)\b)[\w'’-]+\s+){1,6}?)?(?:towards?|into|on|against|at)"
     r"|(?:assault|attack|offensive|incursion)s?\s+(?:by\s+(?:(?!(?:on|against|towards?|into|at|in|near)\b)[\w'’-]+\s+){1,6}?)?(?:towards?|into|at))\b"
     r"(?=[^.;]{0,90}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:beaten\s+back|repulsed|repelled|"
     r"thwarted|halted|stopped|blunted|broken\s+up|turned\s+back|pushed\s+back)\b)"),
)
