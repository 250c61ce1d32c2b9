"""Cue phrases the event reader consults (part of :mod:`homsmap.extract`, used by :mod:`homsmap.extract_events` and
:mod:`homsmap.extract_places`).

Deal words and deal terms, a side's advance or named campaign, "by" a day or time that makes a state a change,
passing retellings ("who had retreated", "the day Qusayr fell", "twice now"), a text about itself, the heads of list
items and entries, positions and sites in a town, and the like.
"""

from __future__ import annotations

import re

_DEAL_WORDS = re.compile(r"\s+(?:\w+\s+){0,3}?(?:deal|agreement|truce|ceasefire|cease-fire|settlement|surrender|"
                         r"evacuation|reconciliation|accord|break|pause|terms)\b", re.I)


_RECENTLY = re.compile(r"\b(?:recently|newly|previously|already)\s+$", re.I)


_ADVANCING = re.compile(r"\b(?:advanc(?:ing|ed|es)|push(?:ing|ed)\s+(?:on|forward|ahead|deeper|across|through|along|"
                        r"(?:north|south|east|west)[\w-]*)|(?:turn(?:ed|ing|s)?|swung|swing(?:ing|s)?|wheel(?:ed|ing|s)?)\s+"
                        r"(?:north|south|east|west)[\w-]*|gain(?:ing|ed)\s+ground|"
                        r"clos(?:ing|ed)\s+in|reach(?:ed|ing)\s+the\s+(?:\w+\s+)?(?:outskirts|edges?|gates|districts|"
                        r"neighbou?rhoods|approaches)|(?:shift|switch|turn|redirect|mov)(?:ed|ing|s)?\s+(?:its|their|the)\s+(?:main\s+)?"
                        r"(?:axis|focus|effort|offensive|attention|forces)\s+(?:south|north|east|west)?\s*(?:to|towards?))\b", re.I)
# ("In early August the army shifted its main axis towards southern Idlib. Al-Habeet was captured …": the army's; "The
# army then turned south-east along the river. Muhasan was entered on 2 October")
_SIDE_CAMPAIGN = re.compile(r"['’]s?\s+(?:[\w–-]+\s+){0,3}?(?:campaign|offensive|counter-?offensive|advance|push|assault)\s+"
                            r"(?:\w+\s+)?(?:reached|began|opened|moved|pushed|advanced|resumed|swept|entered|broke|split|cut|overran|encircled|"
                            r"sealed|stormed|drove)\b", re.I)
_NAMED_CAMPAIGN = re.compile(r"['’]s?\s+(?:[\w–-]+\s+){0,2}?(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
                             r"(?i:campaign|offensive|counter-?offensive|operation)\b")
_CAMPAIGN_NAME = re.compile(r"\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?i:campaign|offensive|counter-?offensive|operation)\b")
_FIGHT = re.compile(r"\b(?:fighting|clashes|battles?|firefights?)\b", re.I)


_NOMINAL_OBJECT = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:and\s+(?:allied\s+)?[\w\s'’-]{1,50}?\s+)?(?:\w+ly\s+)?(?:complete[ds]|announce[ds]|declared|declares|achieve[ds]|"
                             r"finishe[ds]|celebrated|celebrates|confirm(?:ed|s)|secure[ds]|won|wins|accomplishe[ds])\s+(?:the|its|their)\s+"
                             r"(?:\w+\s+)?$|"
                             # "The government offensive in Qalamoun began in earnest with the capture of Qara": its own
                             r"^\s+(?:[\w-]+\s+)?(?:offensive|campaign|operation|advance|push|drive|counter-?offensive)\b[^,;.]{0,60}?"
                             r"\b(?:began|begun|started|opened|kicked\s+off|continued|culminated|ended|peaked)\b[^,;.]{0,30}?"
                             r"\b(?:with|in)\s+(?:the|its|their)\s+$|"
                             # "The rebels tried to fight their way out on Thursday with a pre-dawn assault on …": theirs
                             r"^\s+(?:tried|attempted|sought|try|tries)\s+to\s+[^,;.]{0,60}?\bwith\s+(?:a|an|the|their|its)\s+"
                             r"(?:[\w-]+\s+){0,2}$|"
                             # "Rebels attempted a counter-attack on the northern edge of the town": theirs
                             r"^\s+(?:(?:also|then|later)\s+)?(?:attempted|attempts|attempt|tried)\s+(?:a|an|another|their|its)\s+"
                             r"(?:[\w-]+\s+){0,2}$", re.I)


_FLAG_SIDES = {"syrian": "government", "national": "government", "government": "government", "regime": "government",
               "opposition": "opposition", "rebel": "opposition", "revolutionary": "opposition",
               "revolution": "opposition", "independence": "opposition", "kurdish": "sdf", "ypg": "sdf", "sdf": "sdf"}


_BY_DATE = re.compile(r"^\s*By\s+(?:the\s+)?(?:(?:end|evening|morning|night|afternoon|(?:early|small|late)\s+hours)\s+of\s+"
                      r"(?:the\s+)?)?"
                      r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+\d{1,2})?|the\s+(?:next|following)\s+day|nightfall|\d{1,2}(?:st|nd|rd|th)|"
                      r"dawn|noon|(?:that\s+|the\s+)?(?:evening|morning|afternoon|night|midnight|midday)|the\s+(?:next|following)\s+"
                      r"(?:morning|evening)|the\s+end\s+of\s+the\s+day)(?:,?\s+\d{4})?,?\s+[^,;]{1,60}$")

# "fighters stormed the police headquarters on 18 July and by the evening of 19 July controlled the town"
_AND_BY_DATE = re.compile(r"\b(?:and|then)\s+by\s+(?:the\s+)?(?:(?:end|evening|morning|night|afternoon)\s+of\s+(?:the\s+)?)?"
                          r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|the\s+(?:next|following)\s+day|nightfall|"
                          r"\d{1,2}(?:st|nd|rd|th)|the\s+\d{1,2}(?:st|nd|rd|th))(?:,?\s+\d{4})?,?\s+(?:[^,;.]{0,40}\s)?$")


_AND_CLAUSE = re.compile(r",\s+and\s+(?!then\b)|;")


_WHERE_TOWNS = re.compile(r",\s+(?:where|in\s+which|including)\s+the\s+(?:towns|villages|cities)\s+of\s+", re.IGNORECASE)


# "Insurgents on Tuesday recaptured a strategic town … The capture of Kafr Nabouda came after …": the lede's
# unnamed town is the place the next sentence's nominal names
_INDEFINITE_OBJECT = re.compile(r"\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|city|hilltop|district|"
                                r"neighbou?rhood|base|airbase|hill|crossing)\b", re.IGNORECASE)
# "stormed Palmyra again and seized the city on 11 December": two verbs of one subject share the date
_LAUNCHED_BY = re.compile(r"\b(?:offensive|operation|assault|counter-?offensive|push|campaign)\s+(?:was|were|had\s+been)\s+"
                          r"(?:launched|begun|started|mounted|opened)\b[^.;]*?(?P<by>\bby\b)?", re.IGNORECASE)
_BROKE_INTO = re.compile(r"\s+(?:broke|burst|pushed|forced\s+(?:their|its)\s+way|fought\s+(?:their|its)\s+way)\s+into\b")
_WITH_WEAPONS = re.compile(r"[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,3}?(?:drones?|unmanned|UAVs?|rockets?|missiles?|shells?|mortars?|"
                           r"artillery|barrel\s+bombs?|air\s*strikes?)\b(?![^.;]{0,80}?\b(?:driven|beaten|pushed|fought|fighting|clashes)\b)",
                           re.IGNORECASE)  # (not "attacked the town with car bombs but were driven back")
_AND_PASSIVE = re.compile(r"\s+and\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?(?P<v>re-captured|recaptured|captured|seized|"
                          r"retaken|taken|overrun|stormed|entered|liberated|evacuated|abandoned|surrendered)\b"
                          r"(?=\s+(?:on|in|by|at|after|the\s+(?:next|following))\b)", re.IGNORECASE)
_THE_DAY_OF = re.compile(r"\b(?i:on\s+)?(?i:the)\s+(?i:day|night|week|morning|evening|hour)\s+(?:that\s+)?(?:the\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+[A-Za-z][\w'’-]*){0,3}\s+$")
_ITERATIVE = re.compile(r"\b(?:twice|three\s+times|four\s+times|several\s+times|many\s+times|repeatedly|"
                        r"again\s+and\s+again|more\s+than\s+once|in\s+(?:earlier|previous|prior|past|other)\s+years)\b", re.IGNORECASE)
# (also "Localities retaken in earlier years, such as X and Y, are not included")


_DEAL_TERMS = re.compile(r"\b(?:under\s+(?:the|an?|this)\s+(?:\w+\s+)?(?:agreement|deal|settlement|accord|terms)|"
                         r"(?:agreement|deal|settlement|accord)\s+(?:under\s+which|which|that)|agree(?:d|s)?(?:\s+(?:late\s+|early\s+)?on\s+"
                         r"(?:\d{1,2}\s+[A-Z]\w+(?:\s+\d{4})?|[A-Z]\w+(?:\s+\d{1,2})?))?\s+to)\b", re.IGNORECASE)


_ABOUT_ITSELF = re.compile(r"(?i)\W*(?:this|the\s+present|the\s+following)\s+(?:[\w-]+\s+)?(?:chronology|timeline|article|entry|"
                           r"section|chapter|list|page|report|survey|paper|brief|note|table|entries)\s+(?:also\s+)?"
                           r"(?:covers?|describes?|deals?\s+with|summari[sz]es?|lists?|traces?|examines?|looks?\s+at|"
                           r"recounts?|reviews?|is\s+about|focuses\s+on)\b|"
                           # a piece's own title or lede: "Retrospective: How the Eastern Ghouta Fell, 2013-2018", "What follows
                           # are the key moves, from the fall of Maarat al-Numan to the Moscow ceasefire"
                           r"\W*(?:retrospective|assessment|analysis|backgrounder|explainer|case\s+study|special\s+report)\s*[:—–]\s"
                           r"(?![^.;\n]*\b\d{1,2}\s+[A-Z][a-z]+\b)|\W*what\s+follows\s+(?:is|are)\b|"
                           # an article's lede naming its subject: "The siege of Harem was an engagement of the Syrian civil
                           # war fought in the autumn of 2012" (what happened is told below, with its days)
                           r"\W*the\s+(?:[\w-]+\s+)?(?:siege|battle|capture|fall|offensive|sieges|battles)\s+of\s+[^,.;]{2,60}?\s+"
                           r"(?:was|were|is)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:engagements?|battles?|military\s+"
                           r"operations?|operations?|series|campaigns?|episodes?|sieges?)\s+(?:of|in|during|fought)\b")
_WHEN_DECLARED = re.compile(r"[^.;]{0,50}?,\s+(?:when|as|after)\s+(?:the\s+)?(?=[\w-]+(?:\s+[\w-]+){0,3}\s+(?:declared|announced|"
                            r"proclaimed)\b)", re.IGNORECASE)
_FAR_TERM = re.compile(r"(?i)\bby\s+the\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|month)|\bwithin\s+(?:\w+\s+)?(?:months|weeks)\b|"
                       r"\bimplementation\s+(?:\w+\s+){0,3}?(?:postponed|delayed|stalled|suspended)|\bnever\s+(?:been\s+)?implemented\b|"
                       r"\bno\s+(?:final\s+)?(?:agreement|deal)\s+(?:has|had|was|have)\s+(?:yet\s+)?been\s+(?:reached|agreed|signed|struck)\b|"
                       r"\b(?:working\s+(?:on|towards?)|negotiating|discuss(?:ed|es|ing)?|consider(?:ed|s|ing)|drafting|hammering\s+out|propos(?:ed|ing|es)|"
                       r"talks?\s+(?:on|over|about)|mooted|(?:a|an)\s+(?:possible|potential|proposed|draft))\s+(?:a|an|the)?\s*"
                       r"(?:[\w-]+\s+)?(?:deal|agreement|settlement|accord|arrangement)\b")  # ("working on a deal under which …")
_FIRST_TIME_SINCE = re.compile(r"\bfirst\s+time\s+(?:[\w'’-]+\s+){0,4}?(?:have|has|had)\s+(?:\w+ly\s+)?$", re.I)
_HAD_RELATIVE = re.compile(r"(?i)\b(?:who|that|which)\s+had\s+(?:(?:already|earlier|previously|just|recently)\s+)?$")
_BY_TIME_AFTER = re.compile(r"(?i)\bby\s+(?:the\s+)?(?:next|following|that|this|early|late|dawn|nightfall|morning|evening|noon|"
                            r"midday|night|sunset|sunrise|\d)")


# Where sites are, for the places of a change (see extract_places): a list item's or entry's head, positions in a town
_ITEM_HEAD = re.compile(r"\s*[-–—•*]\s+(?:(?:[ae][lrsdntz]-)?[A-Z][\w'’-]*(?:\s+(?:[ae][lrsdntz]-)?[A-Z][\w'’-]*){0,3}"
                        r"(?:,\s+|,?\s+and\s+)?){1,6}\s*")
# an almanac's telegraphic sentence: "Tell Naam taken 21 Oct.", "Kuwayris Sharqi village, beside the base, cleared 16 Nov."
_TERSE_HEAD = re.compile(r"\s*(?:[ae][lrsdntz]-)?[A-Z][\w'’-]*(?:\s+(?:[ae][lrsdntz]-)?[A-Z][\w'’-]*){0,3}(?:\s+(?:village|town|hill|camp))?"
                         r"(?:,[^,;.]{1,40},)?\s*")
_ENTRY_HEAD = re.compile(r"\s*(?:[-•*]\s+)?(?:[ae][lrsdntz]-)?[A-Z][\w'’-]*(?:\s+(?:[ae][lrsdntz]-)?[A-Za-z][\w'’-]*){0,4}(?:\s*\([^()]{1,30}\))?"
                         r"\s+[—–]\s+")  # a list entry's head: "al-Mastumah (military camp) — "
_POSITION = (r"(?:the\s+|an?\s+)?(?:[\w/'’-]+\s+){0,3}?(?:positions?|points|lines|defen[cs]es|checkpoints?|posts?|outposts?|barracks|"
             r"garrison|headquarters|complex|compound|(?:government|state|public|municipal)\s+(?:buildings|offices|institutions))")
_POSITIONS_IN = re.compile(rf"\s+{_POSITION}(?:(?:\s*,|,?\s+and)\s+{_POSITION}){{0,2}}"  # ("checkpoints and the security headquarters")
                           r"(?:\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:army|forces|regime|militias?|troops))?"  # ("positions of the
                           # Nusayri army on the perimeter of the al-Dumayr military airport")
                           r"\s+(?:in|inside|around|at|within|near|(?:on|at)\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edges?|entrance|"
                           r"approaches|perimeter)\s+(?:of|to))\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?)\s+of\s+)?",
                           re.IGNORECASE)
_LAST_POSITIONS = re.compile(r"\s*(?:(?:the|their|its)\s+)?(?:(?:last|remaining|final)\s+)?(?:[\w-]+\s+){0,2}?(?:positions?|posts?|bases?|"
                             r"checkpoints?|strongholds?|outposts?|barracks|defen[cs]es|holdouts?|pockets?|enclaves?)\s+"
                             r"(?:(?:of|held\s+by)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?=in\s|inside\s))?(?:in|inside|of|at)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:towns?|city|cities|villages?|districts?)\s+of\s+)?", re.IGNORECASE)
_SITE_IN = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,7}?(?:complex|college|academy|base|barracks|hospital|factory|plant|"
                      r"station|depot|headquarters|compound|prison|silos|battalion|brigade|garrison|(?:security|police|intelligence)\s+(?:post|branch)|"
                      r"(?:municipal|government|state|council)\s+(?:building|buildings|offices?))"
                      r"\s+(?:in|inside|at|of)\s+"
                      r"(?:the\s+)?(?:(?:towns?|villages?|districts?|city|cities)\s+of\s+)?", re.IGNORECASE)

# A line's label, the place its line is about: "- Nawa: …" (a list item), "And from al-Qusayr: …"
_LABEL_NAME = r"(?:[ae][lrsdntz]-)?[A-Z][\w'’-]*(?:[\s-]+[A-Za-z][\w'’-]*){0,3}\s*:\s+"
_ITEM_LABEL = re.compile(r"\s*[-•*–]\s+" + _LABEL_NAME)
_COLON_LABEL = re.compile(r"(?:\W*(?:And\s+|Now\s+|Meanwhile\s+)?(?i:from|in|at|over\s+in)\s+|\s*[-•*–]\s+)(?:the\s+)?" + _LABEL_NAME)
