"""Patterns of the context around a trigger, for the rule-based extractor (:mod:`homsmap.extract`): clause
breaks, lists, destinations and bearings, parts of a place, the cues of claims, reports, plans, attempts and negation,
and the phrases that refer back to a place ("the town", "the city"). :mod:`homsmap.extract_rules` re-exports them.
"""

from __future__ import annotations

import re

__all__ = ["ALLY_ASIDE", "AND_BREAK", "AND_THEN", "AROUND_AFTER", "AS_CLAUSE", "ATTEMPT", "BARE_VERB", "BEGAN", "CLAIMED", "CLAUSE_BREAK", "CONDITION_BEFORE", "COREF", "DEAL_NOUN", "DESTINATION_BEFORE", "END_HEADINGS", "ENTRY_INTO_BEFORE", "EXCEPT_BEFORE", "FOR_DURATION", "HAILED", "HOLDER", "HOLDER_BLOCS", "IN_EXCHANGE", "LEFT_FOR_BEFORE", "LISTISH", "LOCATIVE_BEFORE", "MODIFIER_AFTER", "NAMES_IT_AFTER", "NEGATION", "OUT_OF_HANDS", "PARTICIPLE_OF", "PART_AFTER", "PLACE_SUBJECT_VERB", "PLANNED", "PLEDGED_TO", "PRESENT", "PRONOUN_ACTORS", "PROVINCE_OF", "REPORTED", "SAID_OTHERS_DID", "SENT_TO_BEFORE", "SHARED_SUBJECT", "SINCE_CLAUSE", "SKIP_LINE", "STATE_CHANGE_CUE", "SUBORDINATE_AND", "TOGETHER_WITH", "WHERE_ADVANCING", "WITH_SOME"]


PRONOUN_ACTORS = re.compile(r"\b(?:(?:its|their)\s+(?:forces|troops|fighters|units|soldiers|militias)|they|(?<=\bto\s)them|(?<=\bby\s)them|"
                            r"(?<![\w,;] )(?<![\w,;]  )(?:these|those|the\s+same)\s+(?:[\w-]+\s+)?(?:groups|gangs|cells|factions|militants|gunmen|"
                            r"elements)(?=\s+(?:[\w-]+\s+)?(?:seized|captured|took(?:\s+over)?|overran|stormed|attacked|entered|withdrew|"
                            r"fled|pulled\s+out))|"
                            r"it(?=\s+(?:then\s+|also\s+|later\s+)?(?:declared|announced|claimed|captured|seized|took|"
                            r"recaptured|retook|overran|stormed|withdrew|pulled\s+out|regained|occupied|entered)\b)|(?:its|their)(?=\s+"
                            r"(?:[\w-]+\s+)?(?:counter-?)?(?:assault|attack|offensive|advance|push|incursion)\b))\b",
                            re.IGNORECASE)
# Sides named as the object of a fight, not its subject: "broke through government lines"
MODIFIER_AFTER = re.compile(r"^(?:(?:\s+(?:observation|monitoring|military|forward|front-?line))?\s+(?:lines?|positions?|posts?|checkpoints?|defen[cs]es|outposts?|strongholds?|bastions?|enclaves?|pockets?|borders?|frontier|"
                            r"barracks|territory|areas?|bases?|garrisons?|headquarters|HQ|buildings?|uniforms?|"
                            r"compounds?|offices|collapse|defeat|retreat|rout|withdrawal|disarray|infighting|blockade|siege|cordon|bombardment|"
                            r"(?:front|resistance)\s+(?:collapsed|crumbled|broke))\b|-(?:held|controlled)|['’]s\s+(?!(?:[\w-]+\s+)?"
                            r"(?:units?|forces|troops|fighters|soldiers|divisions?|brigades?|militias?|allies|commanders?|gangs?|thugs|mercenaries|"
                            r"men|army|corps|regiments?|(?:[\w'’-]+\s+){0,3}(?:military\s+)?councils?)\b))", re.IGNORECASE)
# (and "the SDF's Deir ez-Zor Military Council took the Conoco gas field": the SDF's own)
# A state named as a change: "QARYATEIN UNDER REGIME CONTROL AGAIN", "announced that X was under the control of"
STATE_CHANGE_CUE = re.compile(r"\b(?:again|back|once\s+more|now|as\s+of|announced|announces|declared|declares|confirmed|"
                              r"said|says|claimed|claims|since\s+(?:\d|the\s+\d|[A-Z])|official(?:ly)?|breaking)|"
                              r"^\W*\d{1,2}:\d{2}\b", re.IGNORECASE)  # (a live feed's timestamped entry is news)
# "until Aleppo is liberated", "if the town is taken": a condition, not an event
CONDITION_BEFORE = re.compile(r"\b(?:until|unless|if|once|should|whether)\s*$", re.IGNORECASE)

CLAIMED = re.compile(r"\b(?:claim(?:ed|s|ing)?|boast(?:ed|s|ing)?|bragg(?:ed|ing)|declared?|announced?|insist(?:ed|s)\s+(?:\w+\s+){0,3}?that|state\s+(?:media|television|tv|news)|"
                     r"news\s+agency|SANA|military\s+source|official\s+media|(?:ran|run|runs|published|spread|spreading)\s+"
                     r"(?:a\s+|the\s+)?(?:story|stories|reports?|rumou?rs?)|(?:are|were|is)\s+(?:crying|posting|spreading)|"
                     r"posting\s+that|tweet(?:ed|ing|s)?\s+that|(?:was|were)\s+(?:tweeting|saying)\s+that|"
                     r"statements?\s+(?:by|of|from)\s+[^,;.]{3,60}?\s+that|"
                     r"(?:pages|accounts|channels|outlets)\s+(?:now\s+|also\s+)?(?:say|said|says)|(?:channels|pages|accounts|outlets)\s+saying)\b", re.IGNORECASE)  # ("Regime pages now say their forces …")
REPORTED = re.compile(r"\b(?:reportedly|reported|reports?|according\s+to|sources?|activists?|monitor|observatory|"
                      r"witnesses|said|says|(?<=\bthey\s)say|told|wrote|writes|posted|tweeted)\b", re.IGNORECASE)
PLANNED = re.compile(
    r"\b(?:will|would|shall|wouldn['’]t|won['’]t|going\s+to|(?:bet|bets|betting)\s+on|(?:campaign|drive|bid)\s+to|prelude\s+to|"
    r"(?:door|way)\s+(?:remains|is|stays|was|remained|left)\s+open\s+(?:for|to)|"  # ("the door remains open for the surrender")
    r"(?<!the\s)next\s+(?:week|month)|tomorrow|"
    r"(?:speak|speaks|spoke|speaking|talk|talks|talked|talking)\s+(?:\w+ly\s+)?(?:of|about)|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|"
    r"threaten(?:ed|s|ing)?\s+(?:a|an|the|with)|(?:promis|pledg)(?:ed|es|e|ing)\s+(?:a|an|the|its|their)|"
    r"vow(?:ed|s|ing)?\s+(?:a|an|the|its|their)|alternative\s+(?:was|is|would\s+be|will\s+be)|warn(?:ed|s|ing)?\s+of|intention\s+(?:of|to)|let(?:ting)?\s+(?:the\s+)?\w+|"
    r"aims?\s+to|aimed\s+to|aim\s+(?:was|is)\s+to|goal\s+(?:of|was|is)|(?:next|coming)\s+(?:task|target|objective|goal|step|aim|stop|priority)|threaten(?:ed|s)?\s+to|threat\s+of|"
    r"vow(?:ed|s)?\s+to|pledged?\s+to|expected\s+to|expect(?:s|ing)?\s+(?:[\w'’-]+,?\s+){1,8}?to(?=\s)|set\s+to|about\s+to|ready\s+to|prepared\s+to|preparing\s+to|"
    r"call(?:ed|s)?\s+for|demand(?:ed|ing|s)?|propos(?:ed|es|e|ing|al)\s+(?:on\s+\w+\s+)?(?:that|to|for)|in\s+order\s+to|so\s+that|if|unless|"
    r"(?-i:could|might|may|can(?!\s+(?:have|be\s+seen|now\s+confirm|confirm|report))|cannot)|(?<!had\s)to\s+be|"
    r"were\s+to|was\s+to|allow(?:ed|ing|s)?|with\s+the\s+(?:aim|goal)\s+of|would\s+seek|must(?!\s+have)|suppose|supposing|imagine|what\s+if|"
    r"(?:needs?|has|have)\s+to(?=\s+be\b)|should(?!\s+have))\b",
    re.IGNORECASE)
ATTEMPT = re.compile(r"\b(?:seek(?:s|ing)?\s+to|sought\s+to|try(?:ing)?\s+to|tried\s+to|attempt(?:ed|ing|s)?\s+to|"
                     # "tried three times on Sunday to storm the neighbourhood"
                     r"(?:tried|attempted|sought)\s+(?:(?:again|repeatedly|twice|once|three|four|five|several|many|times|on|in|at|"
                     r"the|this|last|that|early|late|\w+day|morning|night|evening|afternoon|dawn|week)\s+){1,5}to|"
                     r"(?:attempts?|bids?|efforts?)\s+by\s+[^,;.()]{1,40}?\s+to|"
                     r"in\s+an\s+attempt\s+to|failed\s+to|struggl(?:ed|ing)\s+to)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never|no\s+longer|didn't|hasn't|haven't|hadn't|wasn't|weren't|yet\s+to|"
                      r"refus(?:ed|es|e|ing)\s+to|without)\b", re.IGNORECASE)
BEGAN = re.compile(r"\b(?:began|begun|begins|started|starts|got\s+under\s+way|first\s+(?:batch|convoy))\b",
                   re.IGNORECASE)
PRESENT = re.compile(r"\b(?:(?-i:is|Is)|are|has|have|remains|remain|continues|continue)\b", re.IGNORECASE)
HOLDER = re.compile(r"\b(?P<who>rebel|opposition|government|regime|army|isis|isil|sdf|hts|militant)[- ]held\b",
                    re.IGNORECASE)
HOLDER_BLOCS = {"homeland": "government", "motherland": "government", "rebel": "opposition", "opposition": "opposition", "militant": "opposition", "hts": "opposition",
                "government": "government", "regime": "government", "army": "government", "state": "government", "isis": "isis",
                "isil": "isis", "sdf": "sdf"}

# A side that only names a deed: "local deals that the government calls 'reconciliations' and the opposition describes as
# forced displacement"
NAMES_IT_AFTER = re.compile(r"\s+(?:calls?|called|describes?|described|terms?|termed|brands?|branded|dubs?|dubbed)\b")

# Clause boundaries inside a sentence.
CLAUSE_BREAK = re.compile(
    r";|,?\s+(?:while|whereas|but|after|before|when|(?-i:as)|although|though|since|until|meanwhile|because)\s+|"
    r",\s+(?:which|where|who|giving|releasing|opening|effectively|leaving|killing|so\s+that)\s+|"
    r"\s+(?:in\s+order\s+to|in\s+an\s+attempt\s+to|so\s+that)\s+|\s+[–—]\s+", re.IGNORECASE)
AND_BREAK = re.compile(r",\s+and\s+|\s+and\s+(?=(?:then\s+)?(?!(?:allied|armed|affiliated|associated|united|"
                       r"related|besieged|embattled|displaced)\b)[a-z]+ed\b)", re.IGNORECASE)
# ", fighting side by side with X,": an ally's aside, not the subject
ALLY_ASIDE = re.compile(r",\s*(?:(?:reportedly|apparently|allegedly|possibly|again|once\s+more|also)\s+)?(?:(?:fighting|backed|supported|aided|joined|accompanied|helped|assisted|reinforced|invited|called\s+in)\b|"
                        r"(?:together|along|side\s+by\s+side)\s+with\b|alongside\b)[^,;.]*,", re.IGNORECASE)
# The separators of a list of places: ", ", " and ", ", and "
LISTISH = re.compile(r",?\s*(?:and\s+)?|\s+and\s+")
DEAL_NOUN = re.compile(r"\s+(?:deal|agreement|accord|terms|arrangement|settlement|negotiations|talks|pact)\b", re.I)
SINCE_CLAUSE = re.compile(r"\bsince\s+(?!\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                          r"April|May|June|July|August|September|October|November|December|dawn|midnight|yesterday|then|that\s+day|"
                          r"last\s+\w+|early|late|mid)\b)", re.IGNORECASE)  # (not "Since Monday, fighting has raged …")

# Lines that are page furniture, and headings after which a page holds no more narrative.
SKIP_LINE = re.compile(
    r"^\s*(?:skip to (?:main )?content|sign up|follow .{0,40} on (?:twitter|x|facebook)|image via|"
    r"this story is over|last updated|contents$|new .{0,40}newsletter|map of the|flag of|banner of|read more|"
    r"subscribe|share this|advertisement)", re.IGNORECASE)
END_HEADINGS = frozenset({"references", "related research articles", "see also", "external links",
                          "further reading", "notes", "bibliography", "footnotes", "citations",
                          "notes and references", "related articles", "sources", "more from", "related"})
_FAITHS = r"(?:Christian|Muslim|Kurdish|Druze|Alawite|Sunni|Shia|Shiite|Armenian|Turkmen|Assyrian|Arab|Ismaili)"
COREF = re.compile(r"\b(?:the|this|that)\s+(?:same\s+(?=(?:town|city|village)\b))?(?:(?:mostly\s+|mainly\s+|predominantly\s+|"
                   rf"largely\s+|mixed\s+)?{_FAITHS}(?:\s+and\s+{_FAITHS})?\s+"
                   r"(?=(?:town|city|village)\b))?(?:(?:entire|whole|besieged|rebel-held|opposition-held|government-held|"
                   r"rebel|northern|southern|desert|ancient|historic|strategic|border|frontier|key|small|embattled|"
                   r"devastated|ruined|deserted|(?:neighbouring|neighboring|nearby|adjacent)(?=\s+(?:dam|air\s*base|base|airport|airfield|prison)\b)|largely\s+deserted|surrounded|encircled|empty|emptied|abandoned|shattered|battered|"
                   r"war-torn|destroyed|medieval|hilltop)\s+)*(?P<noun>city|town|village|citadel|castle|pocket|enclave|area|region|quarter|district|neighbou?rhood|suburb|camp|base|air\s*base|airport|airfield|crossing|dam|(?:gas\s+|oil\s+)?field|structure|facility|prison|centre|center)\b(?!['’]s\s+(?!"
                   r"(?:[\w-]+\s+){0,2}?(?:neighbou?rhoods?|districts?|outskirts|suburbs|quarters?|edges?|parts?|"
                   r"centre|center|gates|entrances?|outer|inner|rebels|fighters|defenders|garrison|militants|gunmen)\b)|\s+of\b)",
                   re.IGNORECASE)
LOCATIVE_BEFORE = re.compile(r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|"
                             r"outside(?:\s+of)?|near|(?<!\bin\sand\s)around|close\s+to)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
# "pushed into the eastern quarters of X": the place fought for, not a destination
ENTRY_INTO_BEFORE = re.compile(r"\b(?:pushed|pushing|broke|breaking|stormed|storming|advanced|advancing|swept|sweeping|"
                               r"forced\s+their\s+way|fought\s+their\s+way)\s+(?:deep\s+|further\s+|back\s+)?into\s+"
                               r"[^.;,]{0,50}$", re.IGNORECASE)
DESTINATION_BEFORE = re.compile(r"\b(?i:in\s+the\s+direction\s+of)\s+(?:the\s+)?$|"  # ("fleeing south in the direction of Raqqa")
                                r"(?<!loyal\s)(?<!allied\s)(?<!aligned\s)(?<!linked\s)(?<!opposed\s)(?<!according\s)(?<!due\s)"
                                r"(?<!belonging\s)\b(?i:to|towards|toward|into)\s+(?:(?i:either)\s+)?(?:(?i:the|a|an)\s+|[A-Z]|"
                                r"(?i:al|el|ar|as|ad|az|an)-)[^.;,]{0,60}$|\b(?i:(?:bussed|bused|transported|transferred|"
                                r"evacuated|taken|deported|relocated|sent|fled|headed|moved|driven|drove|went|travelled|traveled|"
                                r"retreated|withdrew|fell\s+back|carry|carries|carried|carrying|ferried|ferrying|"
                                r"out\s+of\s+[\w'’ -]{1,30}?|from\s+(?-i:[A-Z])[\w'’ -]{1,30}?)"
                                r"(?:\s+(?:north|south|east|west|northward|southward|eastward|westward|back|on|onward|off))?"
                                r"\s+to|bound\s+for|towards|toward)\s+$|\b(?i:left|leave|leaves|leaving|depart(?:ed|s|ing)?|"
                                r"head(?:ed|s|ing)?)\s+(?:[^.;,]{0,40}?\s+)?for\s+(?:the\s+)?$|\b(?i:arriv(?:ed|es|e|ing)|"
                                r"reception\s+(?:point|centre|center)s?)\b(?:\s+[\w'’-]+){0,6}\s+$")
# People sent somewhere: "were evacuated along a corridor to X", "left on buses for X, in the … zone of Y"
SENT_TO_BEFORE = re.compile(r"\b(?:evacuated|bussed|bused|transported|transferred|moved|sent|taken|deported|relocated)\b"
                            r"[^.;]{0,80}\b(?:to|towards?)\s+(?:the\s+)?$")
LEFT_FOR_BEFORE = re.compile(r"\b(?:left|leave|departed|bussed|bused|taken|sent|transported|evacuated|headed)\b[^.;]{0,60}"
                             r"\b(?:for|to)\s+[A-Z][^.;]{0,60}$")
# "broke into Manbij's south-western neighbourhoods": part of the place, fought for, not yet taken
PART_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:neighbou?rhoods?|districts?|outskirts|suburbs|quarters?|edges?|"
                        r"parts?|periphery|outer\s+\w+)\b", re.IGNORECASE)
AROUND_AFTER = re.compile(r"['’]s\s+(?:immediate\s+)?(?:surroundings|environs|vicinity|approaches|hinterland|countryside)\b",
                          re.IGNORECASE)
PROVINCE_OF = re.compile(r"\b(?:province|governorate)\s+of\s+$", re.IGNORECASE)

# "refused an offer to hand over the town and leave for Idlib": a verb's bare form coordinated with a planned or denied one
BARE_VERB = re.compile(r"(?i)(?!(?:took|retook|left|fell|withdrew|overran|won|broke|drove|swept|held|came|went|began|gave|"
                        r"lost|fought|seized|\w+ed|\w+s)\b)[a-z]+\b")

FOR_DURATION = re.compile(r"(?i)\s+(?:now\s+)?for\s+(?:(?:more\s+than|over|nearly|almost|about|some|the\s+(?:past|last))\s+)?"
                           r"(?:a|an|one|two|three|four|five|six|several|many|\d+)\s+(?:years?|months?|weeks?)\b")

PLEDGED_TO = re.compile(r"(?i)\b(?:pledged|pledges|swore|swears|sworn|declared)\s+(?:an\s+oath\s+of\s+)?(?:allegiance|loyalty|"
                         r"bay['’]?a)\s+to\s+(?:the\s+)?")

WHERE_ADVANCING = re.compile(r",\s+where\s+(?P<who>[^,;.]{2,40}?)\s+(?:are|is|were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                              r"(?:advancing|pushing|pressing|attacking|storming|moving|fighting\s+their\s+way)\b")

PLACE_SUBJECT_VERB = re.compile(r"(?i)(?:was|were|is|are|been|had\s+been|has\s+been)\b|f(?:ell|alls|allen)\b")

SHARED_SUBJECT = re.compile(r"[^,;.]{0,50}?\s+(?:and|but)\s+(?:then\s+|later\s+|finally\s+|eventually\s+|itself\s+)?")

IN_EXCHANGE = re.compile(r"[^,;.]{0,60}?\s+(?:in\s+(?:exchange|return)\s+for|and|or|as\s+well\s+as|followed\s+by)\s+(?:the\s+)?")

AND_THEN = re.compile(r"[^,;.]{0,60}?\s+(?:and|or)\s+(?:then\s+)?")

PARTICIPLE_OF = re.compile(r"(?i),\s+(?:completing|tightening|closing|sealing|securing|consolidating|finishing|beginning|"
                            r"starting|imposing|opening)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?$")

EXCEPT_BEFORE = re.compile(r"(?i)\b(?:except|excepting|apart\s+from|other\s+than|but\s+for|save\s+for)\b[^.;]*$")

AS_CLAUSE = re.compile(r"(?i)\b(?:as|while|whereas|after)\b")

SUBORDINATE_AND = re.compile(r"(?i)\b(?:after|as|when|while|before|once|because)\s+[^,;.]{1,80}?,\s+and\b")

WITH_SOME = re.compile(r"(?i)\bwith\s+(?:(?:hundreds|dozens|scores|thousands|many|several|some|most|\d+)\s+(?:of\s+)?)?(?:the\s+|its\s+|"
                        r"their\s+)?(?:[\w-]+\s+)?$")

OUT_OF_HANDS = re.compile(r"(?i)\b(?:fall|fell|falls|fallen|falling|slip|slipped|pass|passed)\s+(?:out\s+of|from)\s+(?:the\s+)?"
                           r"(?P<who>government|regime|army|rebel|opposition|isis|isil|sdf|hts)(?:['’]s)?\s+(?:hands|control)\b")

HAILED = re.compile(r"(?i)\s+(?:(?:had|has|have)\s+)?(?:celebrated|hailed|touted|trumpeted|presented|showcased|paraded|claimed\s+credit\s+for)\s+"
                     r"(?:the|both|it|them|this|these|its|their)\b")

SAID_OTHERS_DID = re.compile(r"(?i)\b(?:acknowledged|admitted|conceded|said|says|confirmed|reported|claimed|announced)\s+"
                              r"(?:\w+\s+){0,2}?that\s+[^,;]{0,30}?\b(?:fighters|gunmen|militants|terrorists|insurgents|"
                              r"jihadists|attackers)\b[^,;]{0,20}$")

TOGETHER_WITH = re.compile(r"(?i)\b(?:together\s+with|along\s+with|alongside|in\s+cooperation\s+with|in\s+coordination\s+with)\b"
                            r"(?=[^,;.]{0,80}$)")
