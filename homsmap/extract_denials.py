"""Denials across sentences: the take-back half of :mod:`homsmap.extract_certainty`.

:func:`_denials` applies the denials, corrections, take-backs and contradictions of a sentence to the
events they cover, in the sentence or the ones before it ("… had retaken al-Salihiyah. It is a lie.",
"The claims … about entering X are false", "Our units there have not moved a metre"); what it cannot
place by these rules it leaves to :mod:`homsmap.extract_refuted`.
"""

from __future__ import annotations

import datetime as dt
import re

from homsmap import extract_rules as R
from homsmap.events import ACTIONS
from homsmap.extract_parse import Doc, RawEvent, Sentence
from homsmap.extract_refuted import (
    TELLS,
    corrected_day,
    discredited,
    place_id,
    places_named,
    refuted_before,
    refuted_by_name,
    still_short,
    take_back,
)

__all__ = ["_denials"]


_FALSE_NEXT = re.compile(r"^\W*(?:\d+/\s*|EDIT\s*\d*:\s*|(?-i:[A-Z][A-Z.]{1,20}):\s*)?(?:(?:it|they|he|she)\s+did\s+(?:say|claim)\s+(?:that|so|it),?\s+(?:and|but)\s+)?(?:(?:we|I)\s+(?:\w+\s+)?(?:tell|say\s+to|assure|remind|inform|confirm|affirm|"
                         r"stress|declare)\s*"
                         r"[^.;:]{0,40}?(?:\bthat\s+|:\s*)|(?P<said>[^.;:\"“]{0,70}?\b(?:say|says|said|insist|insists|insisted|stress|stresses|"
                         r"stressed|note|notes|noted|affirm|affirms|affirmed|assert|asserts|asserted|told\s+(?:us|me|reporters|journalists|\w+))\s+(?:that\s+)?))?(?:(?:it|this|that|these|those)(?:['’]s|\s+(?:is|are|was|were))|"
                         r"(?:these|those|the|such|that|this)\s+(?:claims?|reports?|news|story|stories|information|posts?|"
                         r"tweets?)\s+(?:is|are|was|were))\s+[\"“'‘]?(?:a\s+|an\s+|all\s+|the\s+|"
                         r"completely\s+|simply\s+|just\s+|totally\s+|pure\s+)?(?:(?:desperate|blatant|outright|shameless|pathetic|pure|sheer|"
                         r"big|obvious|cheap|complete|total|brazen)\s+)?(?:lies?|false|untrue|fake|baseless|fabricat\w*|propaganda|"
                         r"nonsense|invention|fiction|fairy\s+tale|fantasy|(?:not|never)\s+(?:true|correct|accurate|credible)|inaccurate|incorrect|"
                         r"(?:premature|wrong|mistaken|(?:a\s+)?mistake|(?:an\s+)?error)(?=\s*[.;!,:]))\b|^\W*(?:it\s+)?turned\s+out\s+to\s+be\s+(?:fake|false|"
                         r"untrue|old|recycled)\b|"
                         r"^\W*(?:all\s+|pure\s+|total\s+)?(?:lies|a\s+lie|fake(?:\s+news)?|false|untrue|nonsense)\s*[:!—–]\s|"
                         r"^\W*(?:all\s+|pure\s+|total\s+)?(?:lies|a\s+lie|fake(?:\s+news)?|false|nonsense)\s*,\s+(?:like|as\s+(?:always|usual|ever))\b|"
                         # ("The terrorists' pages claim … they have 'retaken' al-Nabain. LIES, like everything they publish.")
                         # ("… its 'soldiers retook Akhtarin'. Lies: we are in Akhtarin now.")
                         r"^\W*(?:all\s+|pure\s+|total\s+)?(?:lies|a\s+lie|fake(?:\s+news)?|false|untrue|not\s+true|nonsense|"
                         r"fabricat\w+|propaganda|rubbish|laughable|ridiculous|absurd|hilarious|pathetic)\W*$|"
                         r"^\W*(?:it|this|that|these|those|(?:the|these|those|such)\s+(?:claims?|reports?|news|stories|allegations))\s+"
                         r"(?:has|have|had|bears?|bore)\s+(?:nothing\s+to\s+do|no\s+relation(?:ship)?)\s+(?:with|to)\s+(?:reality|the\s+truth|"
                         r"the\s+facts)\b|"  # ("… broke into the airfield. These reports have nothing to do with reality.")
                         r"^\W*(?:(?:that\s+is|this\s+is|it\s+is|it's|that's)\s+)?(?:not|NOT)\s+(?:yet\s+)?confirmed\W*$|"  # ("… have entered Tal Kalakh. NOT confirmed.")
                         r"^\W*(?:neither|none\s+of\s+(?:it|them|this|these|those))\s+(?:claim\s+|report\s+)?(?:is|are|was|were|proved|"
                         r"turned\s+out\s+to\s+be)\s+(?:true|accurate|correct)\b|"  # ("Loyalist channels claimed … Neither was true.")
                         r"^\W*(?:that|this|it)\s+(?:is|was)\s+(?:\w+\s+)?(?:hard|difficult|impossible)\s+to\s+(?:square|reconcile)\s+with\b|"
                         r"^\W*(?:that|this|it)\s+(?:does|did)\s+not\s+square\s+with\b|"  # ("… 'restored control' over Ariha.
                         # That is hard to square with what we are seeing")
                         r"^\W*no\s+other\s+(?:sources?|outlets?|monitors?|media)\s+(?:has\s+|have\s+)?(?:confirmed|corroborated)\s+"
                         r"(?:that|this|it|the\s+claim)\b[^.]*?\b(?:showed|shows|show|showing)\s+(?:\w+\s+){0,2}?(?:soldiers|troops|fighters|"
                         r"units)\b|"  # ("… claimed IS had regained Jabbul. No other source confirmed that, and footage … showed
                         # soldiers walking through the village.")
                         r"^\W*(?:it|this|that|these|those|the\s+(?:claims?|reports?|rumou?rs?))\s+(?:is|was|are|were)n['’]t\s+"
                         r"(?:true|correct|accurate|so)\b|"  # ("There were reports Hafar had fallen." "… It wasn't true.")
                         r"^\W*(?:we|I)\s+(?:just\s+|all\s+)?laughed\b|^\W*(?:A:\s*)?\((?:laughs?|laughter)\)|"  # ("We laughed, …")
                         r"^\W*(?:nothing\s+of\s+the\s+(?:kind|sort)|no\s+such\s+thing)\s+(?:has\s+|had\s+|ever\s+)?"
                         r"(?:happened|occurred|took\s+place)\b", re.I)  # ("… recaptured Jarjanaz overnight. LIES.")
_CLAIM_FALSE = re.compile(r"(?:\b(?:this|the|that|these|those|such|their|his|its)|['’]s|(?<=s)['’])\s+(?-i:[A-Z][\w'’-]+\s+){0,2}"
                          r"(?:claims?|reports?|story|stories|version|statements?(?=[^.;]{0,80}?\bclaiming\s+that\b)|"
                          r"account|news)\b[^.;]{0,160}?\b(?:is|are|was|were|(?:appears?|seems?)\s+to\s+(?:have\s+been|be)|"
                          r"(?:looks?|looked|seems?|seemed|appears?|appeared|proved|proves)(?=\s+(?:wrong|mistaken|false|untrue|baseless)\b))"
                          r"\s+(?:(?:later\s+|since\s+|\w+ly\s+)?"
                          r"(?:assessed|judged|believed|shown|proven|acknowledged|admitted|found|revealed|conceded)\s+to\s+(?:have\s+been|be)\s+)?"
                          r"[\"“'‘]?(?:a\s+|an\s+|all\s+|completely\s+|totally\s+|pure\s+|simply\s+)?(?:false|lies?|untrue|fake|baseless|"
                          r"fabricat\w*|propaganda|nonsense|fiction|not\s+(?:true|correct|accurate|credible|reliable|plausible|believable|supported\s+by|"
                          r"reflecting\s+the\s+truth)|"
                          r"(?:later\s+|quickly\s+|soon\s+)?(?:withdrawn|retracted|deleted|taken\s+down)|groundless|wrong|mistaken)\b|"
                          r"(?:\b(?:this|the|that|these|those|such|their|his|its)|['’]s|(?<=s)['’])\s+(?:claims?|reports?|story|stories)\b[^.;]{0,160}?"
                          r"\b(?:has|have|had)\s+no\s+(?:basis|foundation|truth)\b|"
                          r"\bwhat\s+[^.;]{0,80}?\b(?:broadcast|broadcasts|said|say|says|claimed|claim|claims|reported|published|spread)"
                          r"\b[^.;]{0,160}?\b(?:is|was|are|were)\s+(?:a\s+|an\s+|pure\s+|all\s+|complete\s+|total\s+)?(?:lies?|fabricat\w*|"
                          r"false|untrue|fake|nonsense|propaganda|baseless)\b",
                          re.I)
_NO_CHANGE_SEEN = re.compile(r"\bthere\s+(?:was|is|had\s+been|has\s+been)\s+no\s+(?:sign|evidence|confirmation|indication)\s+of\s+"
                             r"(?:that|this|it|any\s+such\s+\w+)\b|"
                             r"\b(?:seen|saw|see|sees|observed|found|reported|report|reports|confirmed)\s+no\s+(?:independent\s+)?(?:change|soldiers|troops|"
                             r"corroboration|trace|support|"
                             r"fighting|clashes|battle|"
                             r"sign|evidence|confirmation|movement|deployment|fighters|forces|such\s+(?:re-?capture|capture|"
                             r"advance|withdrawal|entry|takeover|fall|loss|thing|change|attack))\b|\bno\s+change\s+on\s+the\s+ground\b|"
                             r"\b(?:continue\s+to\s+)?(?:assess|judge|consider|regard)\w*\s+\S+(?:\s+\S+)?\s+as\s+(?:still\s+)?"
                             r"(?P<holder>regime|government|rebel|opposition|SDF|ISIS|ISIL|HTS)[- ](?:held|controlled)\b", re.I)
_REPELLED_AFTER = re.compile(r"\b(?:the\s+)?(?:attack|assault|attackers|offensive|incursion)\s+(?:was|were|had\s+been)\s+"
                             r"(?:\w+ly\s+)?(?:repelled|repulsed|beaten\s+back|driven\s+(?:back|out)|foiled)\b", re.I)


_SELF_REPORT = re.compile(r"\b(?:we|I|this\s+(?:page|channel|account|blog))\s+(?:had\s+|have\s+|has\s+)?(?:wrote|written|reported|"
                          r"posted|said|tweeted|shared|announced)\b",
                          re.IGNORECASE)


_ADMITTED = re.compile(r"\b(?:while|but|though|although|and)\s+(?:\w+\s+)?(?:acknowledg|admitt?|conced|confirm)\w*", re.I)
_UNMOVED = re.compile(r"\b(?:our\s+\w+|we)\s+(?:there\s+|here\s+)?(?:have|has)\s+not\s+(?:moved|left|withdrawn)\b|"
                      r"\bnot\s+moved\s+(?:a|one)\s+(?:metre|meter|inch|step)\b", re.I)
_OTHERWISE = re.compile(r"\b(?:say|says|said|show|shows|showed|suggest|suggests|indicate|indicates)\s+otherwise\b|"
                        r"\bI\s+(?:don['’]t|do\s+not)\s+buy\s+it\b", re.I)
# "State television is reporting that the army has 'completely liberated' X. A spokesman … has dismissed this as
# 'propaganda', telling us no troops have set foot in the neighbourhood": the claim of the sentence before
_DISMISSED = re.compile(r"\b(?:dismiss|describ|brand|label)\w*\s+(?:it|this|that|these|them|the\s+(?:claims?|reports?))\s+as\s+"
                        r"[\"“]?(?:a\s+|an\s+|pure\s+|mere\s+)?(?:\w+\s+)?(?:propaganda|lies?|fabricat\w*|false|fake|baseless|"
                        r"nonsense|untrue|invention|fiction)\b|\bno\s+(?:\w+\s+)?(?:troops|soldiers|forces|fighters|units)\s+"
                        r"(?:have|had|has)\s+(?:ever\s+)?set\s+foot\s+in\b|"
                        r"\bno\s+(?:[\w-]+\s+)?(?:soldiers?|troops|fighters?|units?)\s+(?:was|were)\s+(?:left|present|stationed)\s+in\b|"
                        r"\b(?:the\s+)?claims?\s+(?:was|were)\s+(?:only\s+|merely\s+)?(?:meant|intended|designed)\s+to\s+(?:raise|boost|"
                        r"lift|shore\s+up)\b", re.I)  # ("Amaq's correspondent said no regime soldier was left in the northern
# neighbourhoods at that time and the claim was meant to raise the morale of its militias")
# "State media said troops had entered X, but two residents said that was untrue"
_SAID_UNTRUE = re.compile(r"\b(?:said|says|say|insisted|told\s+\w+)\s+(?:that\s+)?(?:this|that|it)\s+(?:was|is)\s+[\"“'‘]?(?:not\s+(?:true|the\s+case|"
                          r"correct|so)|untrue|false|wrong|incorrect|a\s+lie|fake|inaccurate)\b", re.I)
_NEVER_LOST = re.compile(r"\b(?:never|not)\s+(?:actually\s+|once\s+)?lost\s+(?:control\s+of\s+)?(?-i:[A-Z])", re.I)
_NO_SUPPORT = re.compile(r"\b(?:evidence|footage|imagery|reporting|video|photos)\s+(?:does|do|did)\s+not\s+(?:(?:support|bear\s+out|"
                         r"corroborate|confirm|back\s+up)\s+(?:this|that|it|the\s+(?:claims?|reports?))|back\s+(?:this|that|it|the\s+"
                         r"(?:claims?|reports?))\s+up)\b|"
                         r"\b(?:seen|saw|see|found|find|had|has|have)\s+[\"“]?no\s+(?:indication|sign|evidence)[\"”]?\s+(?:that\s+)?"
                         r"(?:the|this|that|its|their)\s+(?:claims?|reports?)\s+(?:was|were|is|are)\s+(?:true|accurate|correct)\b|"
                         r"\b(?:treat|treats|treated|regard|regards|regarded|consider|considers|considered|assess|assesses|assessed|"
                         r"judge|judges|judged|rate|rates|rated)\s+(?:it|this|that|"
                         r"them|(?:the|this|that|these|those)\s+(?:claims?|reports?))\s+(?:as|to\s+be)\s+(?:false|untrue|unfounded|baseless|"
                         r"unreliable|propaganda)\b|"
                         r"\b(?:claims?|reports?)\s+(?:should|must|can|is\s+to)\s+be\s+(?:treated|regarded|considered|seen|read)\s+as\s+"
                         r"(?:false|untrue|unfounded|baseless|unreliable)\b|"
                         r"\b(?:show|shows|showed|shown|prove|proves|proved|demonstrate|demonstrates|demonstrated)\s+"
                         r"(?:this|that|the|these|those)\s+(?:claims?|reports?)\s+(?:to\s+be\s+)?(?:false|untrue|wrong|baseless|unfounded)\b|"
                         r"\b(?:found|find|finds|saw|see|have\s+seen)\s+no\s+(?:support|evidence|confirmation|sign)\s+(?:for|of)\s+"
                         r"(?:this|it|that|the\s+(?:claims?|reports?))\b|"
                         r"\b(?:found|find|finds|saw|see|seen)\s+nothing\s+(?:to\s+(?:support|confirm|corroborate|back\s+up)|that\s+"
                         r"(?:supports|confirms|corroborates))\s+(?:this|it|that|the\s+(?:claims?|reports?))\b|"
                         r"\b(?:show|shows|showed|shown|confirm|confirms|confirmed|prove|proves|proved)\s+(?:that\s+)?(?:this|that|it)\s+"
                         r"(?:did\s+not|didn['’]t|never)\s+(?:happen|take\s+place|occur)\b|"
                         r"\b(?P<that>(?:found|find|finds|saw|see|seen)\s+no\s+(?:evidence|sign|proof|confirmation|trace)\s+that)\s|"
                         r"\bno\s+(?:evidence|footage|imagery|source|sign|proof)\s+(?:ever\s+)?(?:supported|supports|backed|backs|"
                         r"confirmed|confirms|corroborated|corroborates|bore\s+out|bears\s+out)\s+(?:the|this|that|it|these|those)\b|"
                         r"\b(?:do|does|did)\s+not\s+(?:consider|regard|find|deem|judge|assess|see|believe)\s+(?:the|this|that|these|those|"
                         r"their|its)\s+(?:claims?|reports?|accounts?)\s+(?:to\s+be\s+|as\s+)?(?:credible|reliable|accurate|true|plausible|"
                         r"believable)\b", re.I)  # ("… and we do not consider the claim credible")
_UNTRUE_AFTER = re.compile(r"(?:[;,]\s*(?:(?:but|and)\s+)?|\s+(?:but|and)\s+)(?:this|that|it|the\s+claim|the\s+report)\s+(?:was|is|has\s+been|proved|proves|"
                           r"turn(?:s|ed)\s+out\s+to\s+be)\s+"
                           r"(?:never\s+true|not\s+true|untrue|false|baseless|wrong)\b|"
                           r"\bno\s+such\s+(?:[\w-]+\s+)?(?:operation|attack|assault|advance|recapture|capture|counter-?attack|"
                           r"withdrawal|entry|thing|event)\s+(?:had\s+|has\s+|ever\s+)?(?:took\s+place|taken\s+place|happened|occurred)\b|"
                           r"\bno\s+such\s+(?:[\w-]+\s+)?(?:return|re-?entry|entry|advance|capture|recapture|withdrawal|operation|attack)\s+"
                           r"(?:was|has\s+been|had\s+been|could\s+be)\s+(?:ever\s+)?(?:confirmed|verified|seen|observed|recorded)\b|"
                           r",\s+(?:a\s+)?claims?\s+(?:that\s+)?[^,.;]{0,50}?\b(?:described|dismissed|branded|labell?ed|called)\s+(?:as\s+)?"
                           r"[\"“]?(?:false|untrue|baseless|a\s+lie|lies|propaganda|fabricat\w+|fake)\b|"
                           r"\b(?:do|does|did)\s+not\s+(?:support|bear\s+out|corroborate|confirm)\s+(?:the|this|that|these|those)\s+"
                           r"(?:claims?|reports?|account)\b|"
                           r",\s+but\s+[^.;]{0,80}?\b(?:said|say|says|insisted|reported)\s+(?:that\s+)?the\s+(?:base|town|village|city|airport|"
                           r"airbase|district)\s+(?:was|is|remained|remains)\s+(?:still\s+)?(?:held|in\s+the\s+hands\s+of|under\s+the\s+control\s+of)\b|"
                           r",\s+but\s+[^.;]{0,80}?\b(?:said|say|says|insisted|reported)\s+(?:that\s+)?(?:the\s+)?(?:troops|soldiers|forces|"
                           r"army|fighters|rebels|they|government\s+forces)\s+(?:had|have|has)\s+(?:not|never)\s+(?:yet\s+)?"
                           r"(?:entered|taken|reached|captured|set\s+foot\s+in)\b|"
                           # "…, but residents … said government troops remained there and no fighting had taken place", "said
                           # the village had never left the hands of the army"
                           r",\s+but\s+[^.;]{0,80}?\b(?:said|say|says|insisted|reported)\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
                           r"(?:troops|soldiers|forces|army|fighters|rebels|garrison|defenders)\s+(?:had\s+)?(?:still\s+)?"
                           r"(?:remained|remain|were\s+still|are\s+still|stayed)\s+(?:there|in\s+(?:the\s+)?(?:town|village|city|control|"
                           r"place|their\s+positions))\b|"
                           r",\s+but\s+[^.;]{0,80}?\b(?:said|say|says|insisted|reported)\s+(?:that\s+)?the\s+(?:base|town|village|city|"
                           r"airport|airbase|district)\s+had\s+never\s+(?:left|fallen|been\s+(?:taken|entered|captured|lost|overrun))\b|"
                           # "…, but the photos they posted are geolocated to a different village"
                           r",\s+but\s+(?:the\s+|their\s+|its\s+)?(?:photos|pictures|footage|videos?|images|clips?)\s+[^.;]{0,30}?\b"
                           r"(?:are|were|was|is)\s+(?:actually\s+|in\s+fact\s+)?(?:geolocated\s+to|from|of|filmed\s+in)\s+"
                           r"(?:a\s+different|another|an\s+older|elsewhere|old|last\s+year)\b",
                           re.IGNORECASE)
_NO_SUCH_THING = re.compile(r"\bno\s+such\s+(?:thing|event|advance|capture|takeover|entry)\s+(?:had\s+|has\s+|ever\s+)?"
                            r"(?:took\s+place|taken\s+place|happened|occurred)\b", re.I)
_DELETED = re.compile(r"\W*(?:(?:we|I)\s+(?:have\s+|had\s+)?(?:deleted|removed|retracted|withdrawn|taken\s+down)\s+(?:it|the\s+post|"
                      r"that\s+post|the\s+tweet|that\s+tweet)|(?:post|tweet)\s+(?:deleted|removed|retracted)|"
                      r"(?:it|they|the\s+(?:outlet|channel|agency|site|station|paper))\s+(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?"
                      r"(?:withdrawn|retracted|deleted|pulled|corrected|taken\s+down)\s+(?:the|its|their|that|this)\s+(?:report|claim|"
                      r"story|post|item|tweet))\b", re.I)  # ("… reported that troops had entered Kansafra. It has since withdrawn
# the report, saying it confused the village with Hass.")
_NOTHING_HAPPENED = re.compile(r"\bnothing\s+(?:at\s+all\s+)?(?:has\s+|had\s+)?(?:happened|changed|occurred|took\s+place)\s+"
                               r"(?:in|at|there|on\s+the\s+ground)\b", re.I)
_MISCODED = re.compile(r"\b(?:(?:was|were|had\s+been)\s+)?(?:first|initially|originally|wrongly|erroneously|mistakenly)\s+"
                       r"(?:coded|recorded|logged|marked|reported|mapped|shown)\s+as\b", re.I)
_STILL_THERE = re.compile(r"\b(?:our\s+(?:[\w-]+\s+)?(?:fighters|forces|men|brothers|units|troops|lions|heroes|garrison|"
                          r"mujahideen)|we)\s+(?:still\s+)?(?:remain|are\s+still|still\s+hold|hold|stand\s+firm)\s+"
                          r"(?:in|inside|at)\b", re.IGNORECASE)

_THEIR_LIES = re.compile(r"(?i)\b(?:their|these|those|such)\s+(?:lies|fabrications|fairy\s+tales|inventions)\b|\blet\s+them\s+"
                         r"(?:show|publish|post)\s+(?:us\s+)?(?:a|one)\s+(?:single\s+)?(?:picture|photo|photograph|video)\b")
# "Ankara says the YPG has left Manbij. Has it? — I have seen no evidence of that.": the question restates the claim
_ASKED = re.compile(r"\W*(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*\?\W*")
_TURN = re.compile(r"\s*(?-i:[A-Z][A-Z.\s]{1,25}):\s")  # a transcript's speaker ("KARIM: ", "ANNA: ")
_NONE_PRESENT = re.compile(r"\bno\s+(?:other\s+)?(?:armed\s+)?(?:groups?|factions?|forces?|fighters|units?|brigades?|troops|soldiers)\s+"
                           r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:present|deployed|stationed)|(?:entered|went\s+in))\s+"
                           r"(?:in|inside|into)\b", re.I)
_THEN_DENIED = re.compile(r";\s*|,\s+but\s+|,\s+while\s+|\.\s+But\s+")
_STILL_HELD = re.compile(r"\b(?:are|is|were|was)\s+still\s+(?:positioned|present|deployed|stationed|entrenched|dug\s+in)\s+"
                         r"(?:in|inside|at)\b|\b(?:shows?|showed|showing|shown)\s+(?:[\w-]+\s+){0,3}?(?:fighters|forces|troops|soldiers|"
                         r"units)\s+(?:are\s+|were\s+)?still\s+(?:in|inside|at|holding)\b|\b(?:remains?|remained|is\s+still|are\s+still|is|are)\s+(?:firmly\s+|safely\s+|safe\s+and\s+)?in\s+the\s+hands\s+of\b|"
                         r"\b(?:were|was|are|is)\s+still\s+in\s+(?:full\s+)?control\b|"
                         r"\b(?:remains?|remained)\s+in\s+(?:full\s+|complete\s+|firm\s+)?control\b",
                         re.IGNORECASE)



def _denials(doc: Doc, s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    """Apply the denials, corrections and take-backs of ``s`` to its events and those told before it."""
    window = [e for e in earlier if e.sentence.index >= s.index - 5]
    before = [e.certainty for e in window] + [e.certainty for e in mine]
    _denial_rules(doc, s, mine, earlier)
    if before == [e.certainty for e in window] + [e.certainty for e in mine]:
        refuted_before(doc, s, earlier)


def _denial_rules(doc: Doc, s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    corrected_day(s, mine, earlier)
    discredited(doc, s, mine, earlier)
    refuted_by_name(doc, s, earlier)
    still_short(doc, s, earlier)
    if R.FALSE_LABEL.match(s.text):  # "4/ FALSE: the clip titled "YPG retakes Jandairis" is old"
        take_back(mine, "labelled false")
    corr = R.CORRECTION.match(s.text)
    if corr:  # "Correction: earlier I posted that al-Asharah had fallen"
        take_back([e for e in mine if e.trigger_start >= s.start + corr.end()], "taken back as a correction")
    post = re.match(r"^\W*(?:\d+/\s*)?correction\s+(?:to|of|on)\s+(?:post\s+|tweet\s+)?(\d+)/", s.text, re.IGNORECASE)
    if post:  # "4/ CORRECTION to 3/: I got Mayadin wrong": the changes of post 3/ (on the places named, if any)
        paras = {x.para for x in doc.sentences if x.index < s.index and re.match(rf"^\W*{post.group(1)}/", x.text)}
        named = places_named(s)
        take_back([e for e in earlier if e.sentence.para in paras and (not named or place_id(e) in named)],
                   f"taken back by the correction on line {s.line}")
    if _REPELLED_AFTER.search(s.text):  # "… stormed the village. … before the attack was repelled.": an attack
        own = {d.date for d in s.dates if d.date is not None and d.precision == "day"}
        for e in earlier:
            if own and e.date is not None and e.date.date not in own:
                continue  # "… the capture on Friday of Shoula. ISIL struck back at Shoula on Saturday, but the attack was
                # repelled": another day's attack
            if e.sentence.index == s.index - 1 and e.action in R.CAPTURE_LIKE and e.certainty not in ("denied", "planned"):
                e.action = "attacked"
                e.notes.append(f"repelled (line {s.line}): recorded as an attack, not a capture")
    for e in mine:  # "State TV announces that troops have entered X; residents deny that any soldiers are in the village",
        # "A radio station said an agreement had been concluded there, but opposition figures denied that any deal …"
        rest = doc.text[e.trigger_start:s.end]
        if e.certainty in ("claimed", "reported") and (later := _THEN_DENIED.search(rest)) \
                and (den := R.DENIAL.search(rest, later.end()) or _NO_CHANGE_SEEN.search(rest, later.end())
                     or _SAID_UNTRUE.search(rest, later.end())) is not None \
                and not any(e.trigger_start < f.trigger_start < e.trigger_start + den.start() for f in mine):
            take_back([e], f"denied later in the sentence (line {s.line})")  # (the claim just before the denial only)
    if _THEIR_LIES.search(s.text):  # "… claimed that their army 'regained control' of X. We say: let them show a single
        # picture from inside it. Their lies do not change …"
        take_back([e for e in [*earlier, *mine] if e.sentence.para == s.para and s.index - 2 <= e.sentence.index <= s.index
                    and e.certainty in ("claimed", "reported") and (doc.speaker is None or e.gains != doc.speaker)],
                   f"called lies on line {s.line}")  # (the other side's claims, not the speaker's own)
    answer = s.text.lstrip().startswith("A:") and s.index > 0 and doc.sentences[s.index - 1].text.lstrip().startswith("Q:")
    reach_back = 1  # how far back an answer reaches
    turn = _TURN.match(doc.text, doc.sentences[next((i for i in range(s.index, -1, -1) if i == 0
                                                     or doc.sentences[i - 1].para != s.para), s.index)].start)
    prev_para = [x for x in doc.sentences[:s.index] if x.para == s.para - 1]
    if turn is not None and prev_para and _TURN.match(doc.text, prev_para[0].start) is not None \
            and s.index - prev_para[-1].index <= 3:  # a transcript's turn ("ANNA: There were reports Hafar had fallen."
        # "KARIM: There were. Someone posted that … It wasn't true."): the turn before is what it answers
        answer, reach_back = True, s.index - prev_para[-1].index
    if false_next := _FALSE_NEXT.match(s.text):  # "… had retaken al-Salihiyah. It is a lie.", "These reports are not correct"
        said = bool(false_next.group("said"))  # ("a rumour went round that … My cousin … says it is nonsense": that rumour)
        told = [e for e in earlier if (e.sentence.para == s.para or answer)  # (and "Q: … A: (laughs)": the question's)
                and s.index - (reach_back if answer else 1 if said else 2) <= e.sentence.index < s.index
                and e.certainty not in ("denied", "planned")]
        if any(e.sentence.index == s.index - 1 and e.sentence.para == s.para and e.certainty in ("claimed", "reported", "denied")
               for e in earlier):
            told = [e for e in told if e.sentence.index == s.index - 1]  # ("By the next day the group had taken X. On 28 June
            # state media claimed the army had retaken X. That was false": the claim, not the capture before it)
        take_back(told, f"called false by the next sentence (line {s.line})")
    if claim_false := _CLAIM_FALSE.search(s.text):  # "this claim is a fabrication", "The claims … about entering X are false"
        para_places = {p.place.id for x in doc.sentences if x.para == s.para and x.index <= s.index
                       for p in x.places if p.place is not None
                       and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])}  # (not "northeast of X")
        named_in = {p.place.id for p in s.places if p.place is not None
                    and s.start + claim_false.start() <= p.start < s.start + claim_false.end()}
        if named_in:  # "The claims about Baniyas and Qardaha are lies", "The regime's claims about taking Kafr Ruma are
            para_places = named_in  # false": those places' claims only
        inside = [e for e in mine if s.start + claim_false.start() <= e.trigger_start < s.start + claim_false.end()
                  and e.certainty != "planned"]  # (not "the claims … about entering Mabatli are false": it names no claim)
        # a refutation that states the claim itself ("The claims … that its militias re-entered al-Nayrab … are lies")
        # leaves the speaker's own earlier gains alone; a bare one ("this claim is a fabrication") answers what came before
        # and one that follows the claim in its own sentence ("pages said the army had restored security in X, but the
        # Observatory said the report was untrue") answers that claim, not the sentences before
        stated = [e for e in mine if e.trigger_start < s.start + claim_false.start() and e.certainty != "planned"
                  and ACTIONS[e.action][0] != "incident"]  # (not "Our contacts describe shelling only; the report is not
        # credible": the shelling told is no claim)
        rival = [e for e in [*inside, *earlier] if e.sentence.index >= s.index - 1 and e.certainty in ("claimed", "reported")
                 and doc.speaker is not None and e.gains not in (None, doc.speaker)]
        speaker = s.speaker or doc.speaker
        enemy_claim = speaker is not None and any(
            r.actor != speaker and r.bloc != speaker for r in s.actors
            if s.start + claim_false.start() - 40 <= r.start < s.start + claim_false.end())
        own_claim = TELLS.search(s.text, 0, claim_false.start()) is not None  # ("Insurgent channels claimed that the
        # Hmeimim area had also fallen; the claim was false": this sentence's claim, not the one before)
        told = inside + stated if stated else inside + [e for e in earlier if (not inside or e.certainty in ("claimed", "reported"))
                                                        and not (own_claim and e.sentence.index < s.index
                                                                 and e.certainty == "confirmed")
                                                        and not (rival and e.gains == doc.speaker)
                                                        and not (inside and e.action == "attacked")  # (the claim told
                                                        # is a capture: "tried to storm Marj al-Sultan … The claim … that
                                                        # its forces 'took full control of Marj al-Sultan' is a fabrication")
                                                        and not (enemy_claim and e.gains == speaker
                                                                 and e.certainty == "confirmed")]
        # (nor does a statement that calls the enemy's claims lies take back its own side's gains: "… liberated Saraqib
        # completely. The claims of the regime's media that its militias … are still inside Saraqib are lies.")
        # (a statement that calls the enemy's claim just told baseless does not take back its own side's gains)
        reach = 10 if named_in else 4  # ("The Sukkari claim looks wrong", a live blog's entries later: the place says which)
        take_back([e for e in told if s.index - reach <= e.sentence.index <= s.index and e.certainty not in ("denied", "planned")
                    and (place_id(e) in para_places or (not para_places and e.sentence.index == s.index - 1))],
                   f"called false on line {s.line}")
    if _NONE_PRESENT.search(s.text):  # "Some media outlets claimed that brigades of the FSA entered Ashrafiyah alongside
        # our units … We clarify that no other armed group is present in Ashrafiyah": the claim is answered
        named = places_named(s)
        take_back([e for e in earlier if s.index - 2 <= e.sentence.index < s.index and e.certainty in ("claimed", "reported")
                   and (not named or place_id(e) in named)], f"answered on line {s.line}")
    if _NOTHING_HAPPENED.search(s.text):  # 'AMAQ: "… seized al-Karama." SDF: "Nothing happened in al-Karama."'
        named = places_named(s)
        take_back([e for e in earlier if s.index - 2 <= e.sentence.index < s.index and e.certainty != "denied"
                    and (not named or place_id(e) in named)], f"contradicted on line {s.line}")
    if _UNMOVED.search(s.text) or _OTHERWISE.search(s.text):
        # "… ran a story that we had pulled our units out of Tal Abyad. I laughed. Our units there have not moved a
        # metre."; "Ibaa says its fighters 'recaptured Kafr Zita'. Two local sources … say otherwise."
        take_back([e for e in earlier if s.index - 2 <= e.sentence.index < s.index and e.certainty in ("claimed", "reported")],
                   f"contradicted on line {s.line}")
    if _DISMISSED.search(s.text) and not R.DENIAL.search(s.text):  # (a denial proper is read below)
        take_back([e for e in earlier if e.sentence.index == s.index - 1 and e.certainty == "claimed"],
                   f"dismissed by the next sentence (line {s.line})")
    if (kept := _NEVER_LOST.search(s.text)) is not None:  # "… claimed HTS had stormed back into the village; … and the
        named = places_named(s)  # army never lost Hbeit": a claim of its loss is false
        take_back([e for e in [*earlier, *mine] if s.index - 1 <= e.sentence.index <= s.index
                    and e.trigger_start < s.start + kept.start() and e.certainty in ("claimed", "reported")
                    and place_id(e) in named], f"contradicted: never lost (line {s.line})")
    untrue: list[RawEvent] = []
    if (back := _UNTRUE_AFTER.search(s.text)) is not None or (back := _NO_SUPPORT.search(s.text)) is not None:
        untrue = [e for e in mine if e.trigger_start < s.start + back.start() and e.certainty in ("claimed", "reported")]
        if untrue:  # "Opposition outlets reported that Farouq units had recovered Arjoun; activists said no such operation
            # took place, and we find no evidence for it", "… had 'liberated' Qara again; this was never true"
            take_back(untrue, f"called untrue later in the sentence (line {s.line})")
    if ((no_sign := _NO_SUPPORT.search(s.text)) is not None or (no_sign := _NO_SUCH_THING.search(s.text)) is not None) \
            and not untrue:  # "Iranian outlets reported … We found no support for this …, and treat the report as false";
        # "State media said … tribal forces had captured Hajin. A local journalist … said that no such thing had happened"
        told = [e for e in earlier if s.index - (2 if no_sign.re is _NO_SUPPORT else 1) <= e.sentence.index < s.index
                and e.certainty in ("claimed", "reported")]  # ("no such thing": of the sentence just before only)
        if no_sign.groupdict().get("that") and (named := places_named(s)):
            told = [e for e in told if place_id(e) in named]  # "We found no evidence that ISIS re-entered Salba": that claim
        last = max((e.sentence.index for e in told), default=None)  # the claim told last, in one of the two sentences before
        take_back([e for e in told if e.sentence.index == last], f"found unsupported on line {s.line}")
    if _DELETED.match(s.text):  # "… this page shared a post saying Saqba had been liberated. We have deleted it."
        take_back([e for e in earlier if e.sentence.index == s.index - 1], f"the post was deleted (line {s.line})")
    if _MISCODED.search(s.text):  # "this event was first coded as an IS capture of Ithriya on the strength of one post"
        take_back(mine, f"said to have been coded wrongly (line {s.line})")
    if _STILL_THERE.search(s.text):  # "The bulletin claims the army has entered al-Habeet. … Our fighters remain in al-Habeet"
        named = places_named(s)
        take_back([e for e in [*earlier, *mine] if s.index - 5 <= e.sentence.index <= s.index
                    and e.certainty in ("claimed", "reported") and place_id(e) in named],
                   f"contradicted: the side said to have lost it is still there (line {s.line})")
    if (still := _STILL_HELD.search(s.text)) and (holders := {r.bloc for r in s.actors if s.start + still.start() <= r.start
                                                             and r.end <= s.start + still.end()}
                                                  or {r.bloc for r in s.actors if r.end <= s.start + still.start()
                                                      and s.start + still.start() - r.end <= 30} or {r.bloc for r in s.actors}):
        # (and "footage … shows SNA fighters still in its main square": the side the footage shows)
        # "Pages close to the government reported that regime forces had 'regained' Nayrab. … the village remains in
        # the hands of the factions"; "government forces are still positioned in Dadikh": a claim for another side
        named = {p.place.id for p in s.places if p.place is not None and not re.search(
            r"(?i)\b(?:residents|people|sources|activists|witnesses|locals)\s+(?:of|in|from)\s+(?:nearby\s+|neighbouring\s+)?"
            r"(?:the\s+)?$", doc.text[max(0, p.start - 40):p.start])}  # (not where the sources are: "Residents of nearby
        # Tal Kalakh … said … the army remained in control of the village")
        blocs = {r.actor: r.bloc for x in doc.sentences[max(0, s.index - 3):s.index + 1] for r in x.actors}
        take_back([e for e in [*earlier, *mine] if s.index - 2 <= e.sentence.index <= s.index
                    and e.certainty in ("claimed", "reported") and (place_id(e) in named or (
                        not named and e.sentence.index == s.index - 1) or (
                        e.sentence.index == s.index and e.trigger_start < s.start + still.start()
                        and _THEN_DENIED.search(doc.text, e.trigger_start, s.start + still.start()) is not None))
                    and blocs.get(e.gains or "", "?") not in holders],
                   f"contradicted: another side still holds it (line {s.line})")
    if _NO_CHANGE_SEEN.search(s.text):  # "State TV said troops entered X. The coalition said it had seen no change"
        held = [m.group("holder") for m in _NO_CHANGE_SEEN.finditer(s.text) if m.group("holder")]
        holder = R.HOLDER_BLOCS.get(held[0].lower()) if held else None  # ("… we continue to assess Mayer as regime-held")
        before = s.index - (2 if s.index >= 2 and _ASKED.fullmatch(doc.sentences[s.index - 1].text) else 1)
        take_back([e for e in earlier if e.sentence.index == before and e.certainty in ("claimed", "reported")
                    and (holder is None or e.gains not in (holder, "isil" if holder == "isis" else holder))],
                   f"contradicted by the next sentence (line {s.line})")
    if R.CONTRADICTED.match(s.text):  # "X said troops had driven the militants out. But residents said they never were"
        take_back([e for e in earlier if e.sentence.index == s.index - 1 and e.certainty in ("claimed", "reported")],
                   f"contradicted by the next sentence (line {s.line})")
    loss = R.LOSS_DENIED.search(s.text)
    if loss:  # "Amaq claimed its fighters had recaptured X. The SDF denied losing any ground."
        cue = s.start + loss.start()
        named = {p.place.id for p in s.places if p.place is not None}
        for e in [*[e for e in earlier if e.sentence.index == s.index - 1], *[e for e in mine if e.trigger_start < cue]]:
            if named and e.place is not None and e.place.place is not None and e.place.place.id not in named \
                    and e.sentence.index != s.index:
                continue  # "al-Waer … remained under opposition control": another place than the claim's
            kept_by = next((R.HOLDER_BLOCS[w.lower()] for w in re.findall(r"[\w-]+", loss.group()) if w.lower() in R.HOLDER_BLOCS),
                           None)  # ("… said the report was untrue and the village remained under army control")
            if kept_by is not None and e.gains in (kept_by, "isil" if kept_by == "isis" else kept_by) and any(
                    f is not e and place_id(f) == place_id(e) and f.gains not in (kept_by, "isil" if kept_by == "isis" else kept_by)
                    for f in mine):
                continue  # (the army's own seizure of it, told before, is what "remained under army control" confirms)
            if ACTIONS[e.action][0] == "control" and e.certainty in ("claimed", "reported"):
                e.certainty = "denied"
                e.notes.append(f"denied by the side said to have lost it (line {s.line})")
    if R.DID_NOT_FLIP.search(s.text):  # "5/ Correction to 3/: Kafr Uwayd did NOT flip."
        named = {p.place.id for p in s.places if p.place is not None  # (not "T4, west of Palmyra, … never fell")
                 and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])}
        take_back([e for e in earlier if place_id(e) in named], f"taken back on line {s.line}")
    if R.TAKEN_BACK.match(s.text):  # "… had fallen. It hasn't."
        take_back([e for e in earlier if e.sentence.index == s.index - 1], f"taken back by the next sentence (line {s.line})")
    for passive in (R.REPORTS_DENIED.search(s.text), R.SAID_WRONG.search(s.text)):
        if passive:  # "Reports that armed groups had entered Tartous were denied", "… saying X had fallen was wrong"
            for e in mine:
                if s.start + passive.start("what") <= e.trigger_start < s.start + passive.end("what"):
                    e.certainty = "denied"
                    e.notes.append("denied in the same sentence")
    if _SELF_REPORT.search(s.text) or corr:
        # "Correction to yesterday's 19:00 post. We wrote that Hish had been cleared — this was WRONG": the
        # earlier post that told it is taken back too
        gone = {(place_id(e), e.gains) for e in mine if e.certainty == "denied" and place_id(e) is not None}
        take_back([e for e in earlier if (place_id(e), e.gains) in gone and e.certainty != "denied"],
                   f"taken back by the correction on line {s.line}")
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
        found = [c for c in R.CLAIMED.finditer(s.text) if s.start + c.start() < cue]
        # the claim the denial answers is the one a verb makes ("Amaq claimed … but a military source denied
        # the claim"), not a source named on the way
        verbs = [c for c in found if re.match(r"(?i)claim", c.group())]
        claims = [s.start + c.start() for c in (verbs or found)]
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
    # ("… rejected claims that its forces had entered Kinsibba, while acknowledging that they had pulled out of Rabia")
    after = [e for e in after if not _ADMITTED.search(doc.text, cue, e.trigger_start)]
    for e in after:
        e.certainty = "denied"
        e.notes.append("denied in the same sentence")
    if re.match(r"\s*(?:this|it|that)(?=\s*[,.;:]|\s+(?:\w+ly\s*(?:[,.;:]|and\b)|and\b|(?:to|on|in|as|outright|flatly)\b))",
                s.text[m.end():]) and not any(
            e.trigger_start < cue and ACTIONS[e.action][0] == "control" for e in mine):
        # "Pro-regime pages said the army had taken al-Ghanto. A member of the committee denied this, …"
        prev = [e for e in earlier if e.sentence.index == s.index - 1 and e.certainty in ("claimed", "reported")]
        # (of "SNA factions pushed into the town on Saturday, and the ministry claimed the town had been taken", the claim)
        take_back([e for e in prev if e.certainty == "claimed"] or prev, f"denied by the next sentence (line {s.line})")
    if not after and reports and not re.search(r"(?i)\b(?:claim(?:ed|s|ing)?|announc(?:ed|es)|declar(?:ed|es)|report(?:ed|s)|said|says)\s+"
                                               r"(?:[\w.,]+\s+){0,4}?that\b", doc.text[s.start:cue]):
        # (a claim of this sentence that the denial answers, "Amaq claimed … damaged the dam, a claim the
        # coalition rejected", leaves the sentence before alone)
        prev = [e for e in earlier if e.sentence.index == s.index - 1]
        if any(e.certainty == "claimed" or f"(line {s.line})" in " ".join(e.notes) for e in prev):
            prev = [e for e in prev if e.certainty == "claimed"]  # (the claim, if this denial has not answered it already)
        for e in prev:
            if ACTIONS[e.action][0] == "control":
                e.certainty = "denied"
                e.notes.append(f"denied by the next sentence (line {s.line})")
