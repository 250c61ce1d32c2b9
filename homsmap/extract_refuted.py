"""Refutations no narrower rule of :mod:`homsmap.extract_certainty` knows, and the take-back they share.

A later sentence that calls something about a named place false, one that points back at the claim just told and
discredits it in new words ("described this as wishful thinking", "Both claims were overtaken"), the news that the
side said to have taken a place is still kilometres short of it, and a first account a later day corrects; and
:func:`discredited`, which reads a claim's grammar (a claim noun and its discrediting predicate, a verb that discredits
the claim it takes, a sentence that points back, evidence of who holds the place) rather than lists of phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.events import ACTIONS
from homsmap.extract_parse import Doc, RawEvent, Sentence

__all__ = ["TELLS", "corrected_day", "discredited", "place_id", "places_named", "refuted_before", "refuted_by_name", "still_short", "take_back"]


def place_id(e: RawEvent) -> str | None:
    return e.place.place.id if e.place is not None and e.place.place is not None else None


def places_named(s: Sentence) -> set[str]:
    """The places the sentence ``s`` names."""
    return {p.place.id for p in s.places if p.place is not None}


def take_back(events: Sequence[RawEvent], note: str) -> None:
    """Mark the control changes among ``events`` as denied, with the reason."""
    for e in events:
        if ACTIONS[e.action][0] == "control":
            e.certainty = "denied"
            e.notes.append(note)


# "Early accounts said Homs fell on 6 December. Footage now shows opposition units reaching the centre only on
# 8 December": a later day that corrects the first account
_IN_FACT_LATER = re.compile(r"(?i)\b(?:in\s+fact|actually|in\s+reality|now\s+shows?|turn(?:s|ed)\s+out|has\s+since\s+emerged)\b"
                            r"[^.;]*\b(?:only|not\s+until)\b|\b(?:only|not\s+until)\b[^.;]*\b(?:in\s+fact|actually)\b")
_FIRST_ACCOUNT = re.compile(r"(?i)\b(?:early|earlier|initial|first)\s+(?:accounts?|reports?|claims?)\b")


def corrected_day(s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    """The first account of a change, taken back when a later sentence gives the same change a later day."""
    if not re.search(r"(?i)\b(?:only|not\s+until)\b", s.text):
        return
    first_hand = _IN_FACT_LATER.search(s.text) is not None
    for e in mine:
        if ACTIONS[e.action][0] != "control" or e.certainty in ("denied", "planned") or e.date is None \
                or e.date.date is None or e.date_how not in ("stated", "sentence"):
            continue
        take_back([x for x in earlier if s.index - 3 <= x.sentence.index < s.index and x.certainty in ("reported", "claimed")
                    and place_id(x) is not None and place_id(x) == place_id(e) and x.gains in (None, e.gains)
                    and x.date is not None and x.date.date is not None and x.date.date < e.date.date
                    and (first_hand or _FIRST_ACCOUNT.search(x.sentence.text))],
                   f"a later day is given on line {s.line}: the first account corrected")


# A refutation in words no narrower rule knows: what it answers is a claim about a place it names
_REFUTED = re.compile(r"\b(?:false|untrue|lies|lie|lying|fabricat\w*|baseless|groundless|unfounded|bogus|fake|fantas(?:y|ies)|delusions?|"
                      r"propaganda|disinformation|misinformation|refut\w*|debunk\w*|contradict\w*|inaccurate|mistaken|"
                      r"not\s+true|(?:was|is)n['’]t\s+true|no\s+(?:truth|basis)|never\s+(?:happened|took\s+place|fell|lost|entered|left))\b", re.I)


_POINTS_BACK = re.compile(r"(?i)\b(?:this|that|it|these|those|such|the|both|all|either|neither)\s+(?:(?:[\w-]+\s+)?(?:claims?|reports?|story|stories|"
                          r"account|allegations?|statement|assertion|announcement|news)\b)?|\b(?:this|that|it)\b")


def refuted_by_name(doc: Doc, s: Sentence, earlier: list[RawEvent]) -> None:
    """"Amaq claimed its fighters took al-Karama. … Reports of fighting in al-Karama are false": a later sentence of the
    paragraph that calls something about a place false takes back the claims about that place."""
    if not _REFUTED.search(s.text):
        return
    named = {p.place.id for p in s.places if p.place is not None
             and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start])}
    word = re.search(r"(?i)\b(?:claims?|reports?)\b", s.text)
    claimant = next((r for r in s.actors if word is not None and 0 <= s.start + word.start() - r.end <= 3), None)
    blocs = {r.actor: r.bloc for x in doc.sentences[max(0, s.index - 3):s.index + 1] for r in x.actors}
    # ("The town was declared fully under government control on 25 January …; rebel claims that the army had abandoned
    # Sheikh Miskin in the following days were untrue": the rebels' claim, not the government's announcement before it)
    take_back([e for e in earlier if e.sentence.para == s.para and s.index - 3 <= e.sentence.index < s.index
                and e.certainty == "claimed" and place_id(e) in named
                and not (claimant is not None and blocs.get(e.gains or "", claimant.bloc) != claimant.bloc)],
               f"called false on line {s.line}")


TELLS = re.compile(r"(?i)\b(?:claimed|claiming|announced|announcing|declared|declaring|reported|reporting)\b")
_OURS = re.compile(r"(?i)\b(?:our|we|us)\b")


# words that discredit what was just told, when they point back at it ("residents described this as wishful thinking",
# "the Observatory said the army had made no such gains", "footage … undermining the claim")
_DISCREDITED = re.compile(r"(?i)\b(?:did\s+not\s+(?:record|count|code|accept|include)\s+(?:this|it|that)|no\s+(?:corroborating|"
                          r"independent)\s+(?:sources?|confirmation|evidence|account)|wishful\s+thinking|(?:pure\s+|an?\s+)?invention|invented|made\s+up|fantas(?:y|ies)|"
                          r"fairy[\s-]tales?|fiction|a\s+joke|hoax|mock(?:s|ed|ing)?|ridicul\w+|laughable|dismiss\w*|"
                          r"reject(?:s|ed|ing)?|disprov\w+|belie[sd]?|undermin\w+|not\s+the\s+case|no\s+such|overtaken|"
                          r"at\s+odds\s+with|contrary\s+to|not\s+borne\s+out|(?:no(?:body|\s+one)|none)\s+(?:[\w-]+\s+){0,4}?"
                          r"(?:has|have|had|could)\s+(?:yet\s+)?(?:confirmed|verified|corroborated)|wrong|rumou?rs?)\b")


# "Russian media reported that troops had seized the Arak gas field. A Syrian officer said the army was still 'around
# 20 km' from Arak and had not attacked it": the side said to have taken it is not there yet
_STILL_SHORT = re.compile(r"(?i)\b(?:(?:was|were|is|are|remain(?:s|ed)?)\s+still|(?:was|were|is|are)\s+(?:yet\s+)?(?:some|about|"
                          r"around|roughly|at\s+least))\s+[\"“']?(?:(?:some|about|around|roughly|at\s+least)\s+)?\d+(?:\.\d+)?\s*"
                          r"(?:km|kilomet(?:re|er)s?|miles?)[\"”']?\s+(?:away\s+)?(?:from|short\s+of|outside|of)\b|"
                          r"\b(?:had|has|have)\s+not\s+(?:yet\s+|even\s+)?(?:attacked|entered|reached|approached|taken|"
                          r"captured|seized)\s+(?:it|them|the\s+(?:town|city|village|field|base|area))\b")


def still_short(doc: Doc, s: Sentence, earlier: list[RawEvent]) -> None:
    """A claim answered by the news that the side is still kilometres short of the place, or has not even attacked it."""
    if (short := _STILL_SHORT.search(s.text)) is None:
        return
    named = {p.place.id for p in s.places if p.place is not None and p.start >= s.start + short.start()}
    take_back([e for e in earlier if e.sentence.para == s.para and s.index - 2 <= e.sentence.index < s.index
                and e.certainty in ("claimed", "reported") and (place_id(e) in named or (
                    not named and e.sentence.index == s.index - 1))], f"the side is still short of it (line {s.line})")


def refuted_before(doc: Doc, s: Sentence, earlier: list[RawEvent]) -> None:
    """The last resort: a sentence that calls "this" false in words no rule knows, naming no place ("… had 'liberated'
    Qara. Local activists call this a fabrication"), takes back the claims of the sentence before it."""
    cue = _REFUTED.search(s.text) or _DISCREDITED.search(s.text)
    if cue is None or not _POINTS_BACK.search(s.text) or TELLS.search(s.text, 0, cue.start()) or any(
            p.place is not None and not R.LOCATIVE_BEFORE.search(doc.text[max(0, p.start - 25):p.start]) and not re.search(
                r"(?i)\b(?:reached|reaching|fled\s+to|arrived\s+in|from|to)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                doc.text[max(0, p.start - 25):p.start]) for p in s.places):  # (but "Residents who reached Latakia said that
        return  # was not the case": where the witnesses came from)
    take_back([e for e in earlier if e.sentence.para == s.para and e.sentence.index == s.index - 1
                and e.certainty in ("claimed", "reported") and not (e.gains == doc.speaker and _OURS.search(e.sentence.text))],
               f"called false (last resort) on line {s.line}")  # (a statement's lies are the other side's, not its own gains)


# ---------------------------------------------------------------------------------------------------
# A claim and the words that discredit it, read by the claim's grammar rather than by phrase lists: a claim noun
# ("the report that …", "the army's announcement of the capture of X", "talk of the fall of X") whose predicate
# discredits it ("was retracted", "proved hollow", "never happened"); a verb that discredits a claim it takes as
# object ("disputed the army's account that …", "despite Turkish claims to have entered the town"); a sentence that
# points back at the claim before it ("That account was quickly challenged", "Nothing on the ground supports that");
# and evidence against the claim after "but" or "in reality" ("… but pictures showed government soldiers at its
# checkpoints", "in reality they had only reached its northern checkpoint").

_CLAIM_NOUN = (r"(?:claims?|reports?|accounts?|announcements?|statements?|assertions?|stor(?:y|ies)|rumou?rs?|talk|"
               r"boasts?|allegations?|version|news|information|posts?|tweets?|word|messages?|videos?|footage|clips?)")
_CLAIM_HEAD = re.compile(rf"(?i)\b(?:{_CLAIM_NOUN}|what\s+(?:[\w'’-]+\s+){{0,6}}?(?:are|is|were|was|have\s+been)\s+(?:spreading|"
                         rf"claiming|saying|circulating|publishing|posting|reporting|promoting)|what\s+(?:[\w'’-]+\s+){{0,6}}?(?:(?:has|have|had)\s+)?"
                         rf"(?:spread|claimed|said|published|posted|reported|circulated|broadcast|promoted|alleged)\s+(?:about|of|that|on)\b|(?:supposed|alleged|purported|so-called|claimed|rumou?red)(?=\s+(?:re-?)?"
                         r"(?:capture|fall|entry|seizure|takeover|loss|withdrawal|liberation|control)\b))\b")
_DISCREDIT_WORDS = (r"(?:false|untrue|erroneous|wrong|incorrect|inaccurate|mistaken|premature|unfounded|baseless|groundless|"
                    r"(?:wide\s+of|off)\s+the\s+mark|without\s+(?:any\s+)?foundation|"
                    r"hollow|bogus|fake|fictitious|fabricated|invented|made\s+up|exaggerated|overblown|misleading|unverified|"
                    r"unsubstantiated|forged|doctored|(?:an?\s+)?forger(?:y|ies)|not\s+(?:borne\s+out|substantiated|corroborated)|"
                    r"unconfirmed|not\s+true|nonsense|propaganda|fabrications|falsehoods?|wishful\s+thinking|(?:a\s+)?pipe[\s-]?dream|(?:a\s+)?myth|(?:an?|the\s+same|(?:yet|just)\s+another|another|one\s+more|(?:a\s+)?(?:pure|"
                    r"blatant|big|complete|total))\s+(?:lie|lies|fabrication|hoax|fiction|fantasy|invention|fake))")
_DISCREDIT_DONE = (r"(?:retracted|withdrawn|walked\s+back|taken\s+down|removed|deleted|dropped|debunked|disproved|discredited|denied|"
                   r"rejected|dismissed|refuted|rebutted|disputed|challenged|contradicted|contested|questioned|corrected)"
                   r"(?!\s+(?:entry|access|permission|passage|the\s+(?:right|chance)))")
_AUX = (r"(?:was|were|is|are|being|(?:has|have|had)\s+(?:\w+\s+)?been|proved|proves|prove|proven|turned\s+out|turns\s+out|"
        r"appears?|appeared|seems?|seemed|looks?|looked)")
_DISCREDIT_PRED = re.compile(rf"(?i)\b(?:{_AUX}\s+(?:(?:to\s+be|to\s+have\s+been)\s+)?(?:(?:\w+ly|also|since|later|soon|then|"
                             rf"itself|sheer|pure|mere|utter|outright|nothing\s+but)\s+){{0,2}}(?:{_DISCREDIT_WORDS}|{_DISCREDIT_DONE})|never\s+(?:happened|took\s+place|"
                             r"materiali[sz]ed)|did\s+not\s+(?:hold\s+up|happen|stand\s+up)|(?:fell|falls)\s+apart|"
                             r"(?:do|does|did)\s+not\s+(?:correspond|conform)\s+to\s+(?:reality|the\s+(?:truth|facts))|"
                             r"(?:has|have|had)\s+nothing\s+to\s+do\s+with\s+(?:reality|the\s+truth))\b")
# (a claim told before that "proved premature" may still be a town entered and lost again: not taken back)
_SOFT = re.compile(r"(?i)premature|exaggerated|overblown")
_DISCREDITS = re.compile(r"(?i)\b(?:disput(?:ed|es|e|ing)|scotch(?:ed|es|ing)?|quash(?:ed|es|ing)?|play(?:ed|s|ing)?\s+down|"
                         r"downplay(?:ed|s|ing)?|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|contradict(?:ed|s|ing)?|challeng(?:ed|es|e|ing)|question(?:ed|s|ing)?|"
                         r"refut(?:ed|es|e|ing)|rebut(?:ted|s)?|debunk(?:ed|s|ing)?|discredit(?:ed|s|ing)?|undercut(?:s|ting)?|"
                         r"undermin(?:ed|es|e|ing)|beli(?:ed|es|e)|cast(?:s|ing)?\s+doubt\s+on|poured\s+cold\s+water\s+on|"
                         r"ridicul(?:ed|es|e|ing)|mock(?:ed|s|ing)?|despite|contrary\s+to|in\s+spite\s+of|notwithstanding|"
                         # "He described as "a cheap lie" what the Assad media had broadcast about …"
                         r"(?:described|dismissed|branded|labell?ed|denounced)\s+as\s+[\"“]?(?:[\w'’-]+\s+){0,3}?(?:lies?|fabrications?|"
                         r"propaganda|false|baseless|nonsense|fantas(?:y|ies)|rumou?rs?)[\"”]?)\s+"
                         r"(?:(?:(?:[\w'’-]+)\s+){0,4}?" + _CLAIM_NOUN + r"\b(?:\s+(?:on|from|by|in)\s+[^,;.]{0,40}?)?"
                         r"|what\s+(?:[\w'’-]+\s+){0,4}?(?:published|said|claimed|reported|posted|spread|circulated|announced|wrote|"
                         r"alleged|broadcast|says|claims|reports))"  # ("We refute what the terrorists' media published about")
                         r"\s*(?P<how>that|of|to\s+have|about|claiming|saying)\b")
# 'Hezbollah's media office called reports that its fighters had taken Qusayr "premature"': the claim the verb takes
_CALLED_CLAIM = re.compile(rf"(?i)\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|term(?:ed|s|ing)?|brand(?:ed|s|ing)?|labell?(?:ed|s|ing)?)\s+"
                           rf"(?:(?:[\w'’-]+)\s+){{0,4}}?{_CLAIM_NOUN}\s+(?:that|of|about)\b(?P<claim>[^;]{{3,160}}?)\s+(?:as\s+)?[\"“']?"
                           rf"(?:{_DISCREDIT_WORDS}|premature)\b")
# "Amaq dismissed as \"a lie to lift the morale of its soldiers\" a claim by regime television that the army had
# recaptured Hawarin": the words that discredit before the claim they discredit
_CALLED_AS_FIRST = re.compile(r"(?i)\b(?:dismiss|reject|denounc|describ|call|brand|label|term|mock|ridicul)\w*\s+as\s+[\"“']?"
                              rf"(?:{_DISCREDIT_WORDS}|(?:an?\s+|the\s+)?(?:lie|lies|fabrication|fantasy|fiction|nonsense|hoax)\b)"
                              rf"[^.;]{{0,80}}?\b{_CLAIM_NOUN}\b[^.;]{{0,60}}?\bthat\b(?P<claim>[^.;]{{3,160}})")
_PREMATURELY = re.compile(r"(?i)\b(?:prematurely|falsely|wrongly|mistakenly|erroneously)\s+(?:celebrated|announced|declared|"
                          r"claimed|reported|hailed|trumpeted|proclaimed|broadcast|celebrating|announcing|declaring|claiming|"
                          r"reporting)\b|"
                          # "We say to the lying regime media, which claims that …": a teller the sentence calls a liar
                          r"\b(?:lying|mendacious|deceitful|lie-spreading)\s+(?:[\w'’-]+\s+){0,3}?(?:media|channels?|television|TV|"
                          r"agency|agencies|outlets?|pages|accounts|propaganda|press|mouthpieces?|websites?)\b[^.;]{0,40}?\b(?:claims?|"
                          r"claimed|claiming|says|said|saying|alleges|alleged|reports|reported|announced|announces)\b")
_WITHDREW_STORY = re.compile(r"(?i)\b(?:withdrew|withdrawn|retracted|deleted|pulled|took\s+down|removed|corrected|disavowed|"
                             r"dropped|scrapped|amended|walked\s+back)\s+"
                             r"(?:the|its|their|that|this|his|her)\s+(?:[\w-]+\s+)?(?:story|report|claim|post|item|article|"
                             r"statement|tweet|announcement)\b")
# "the Tafas commanders came out and said flatly that was false": the claim before, rebutted in reported speech
_SAID_FALSE = re.compile(rf"(?i)\b(?:said|says|insisted|stated|declared|replied|answered)\s+(?:\w+ly\s+)?(?:that\s+)?(?:this|that|it)\s+"
                         rf"(?:was|is|had\s+been)\s+(?:(?:simply|completely|totally|entirely|all)\s+)?{_DISCREDIT_WORDS}")
_TURN = re.compile(r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?:\s")  # a transcript's speaker label
_TERSE_FALSE = re.compile(r"(?i)(?:^|[;,(|]\s*)(?:the\s+)?(?:claims?|reports?)\s+(?:false|untrue|unfounded|baseless|denied|retracted|"
                          r"wrong|incorrect)\b|;\s*(?:but\s+)?(?:never|not)\s+(?:independently\s+)?(?:corroborated|confirmed|verified)\b")
# ("An IS statement claims the recapture of Sahm al-Jawlan; never corroborated and contradicted by footage")
_BACK = re.compile(rf"(?i)\W*(?:(?:but|however|yet|and)\W+)?(?:(?:this|that|these|those|such|both)(?:\s+(?:[\w-]+\s+)?{_CLAIM_NOUN})?"
                   rf"|(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?{_CLAIM_NOUN}|it)\s+(?:[\w,]+\s+){{0,3}}?(?={_AUX}|never|did\s+not|fell)")
_NOTHING_SUPPORTS = re.compile(r"(?i)^\W*(?:(?:but|however|yet|and)\W+)?nothing\s+(?:[\w-]+\s+){0,5}?(?:supports|confirms|corroborates|"
                               r"bears\s+out|backs\s+up|substantiates)\s+(?:that|this|it|the\s+(?:claims?|reports?|account))\b|"
                               # "I have found no corroboration, and local activists describe only a raid"
                               r"^\W*(?:(?:but|however|yet|and)\W+)?(?:I|we|they|he|she|(?:the\s+)?(?:monitor|observatory|journalists?|"
                               r"activists?|residents?|sources?))\s+(?:have\s+|has\s+|had\s+)?(?:found|find|finds|seen|saw|see)\s+no\s+"
                               r"(?:independent\s+)?(?:corroboration|confirmation|evidence|proof|sign)(?:\s+(?:of|for)\s+(?:it|this|that|the\s+claims?))?"
                               r"\s*(?:[,;.]|$)|"
                               # "Our contacts inside, and footage filmed that afternoon, show no army presence at all"
                               r"^[^.;]{0,80}?\bshow(?:s|ed|n)?\s+no\s+(?:army|government|regime|military|troop|rebel|opposition|"
                               r"SDF|ISIS|IS|militant)\s+(?:presence|deployment)\b|"
                               # "We are not recording a change."
                               r"^\W*(?:we|I)\s+(?:are|am|were|was|have)\s+not\s+(?:recording|recorded|coding|coded|marking|marked|"
                               r"mapping|mapped|counting)\s+(?:a|any|this|the|that)\s+(?:change|gain|capture|shift)\b")
# "An SNA spokesman later said no ground operation had begun": whatever the sentence before claimed was taken did not happen
_NOTHING_BEGUN = re.compile(r"(?i)\bno\s+(?:ground\s+|such\s+|military\s+)?(?:operation|offensive|assault|attack|incursion|advance|"
                            r"fighting)\s+(?:had|has|have)\s+(?:yet\s+|even\s+|ever\s+)?(?:begun|started|taken\s+place|happened|"
                            r"been\s+launched|occurred)\b")
_CONTRAST = re.compile(r"(?i)(?:(?:,?\s+(?:but|although|though|whereas)|,\s+while|\bin\s+(?:reality|fact)|\bactually|,\s+yet|\bhowever)\b|;)")
_AGAINST = re.compile(r"(?i)\bstill\s+(?:held|holds|hold|holding|controlled|controls|control|(?:firmly\s+)?in\s+control|had\s+control|in\s+charge)\b"
                      r"(?!(?:\s+[\w-]+){0,3}?\s+(?:parts?|pockets?|some|most|much|half|positions|edges?|outskirts|neighbou?rhoods?|"
                      r"districts?|a\s+few)\b)|"
                      r"\b(?:had|have|has)\s+only\s+(?:reached|got|advanced|entered\s+the\s+outskirts)\b|\bonly\s+(?:reached|got\s+as\s+far)\b|"
                      r"\b(?:no|not\s+(?:a\s+single|one)(?:\s+of\s+(?:their|its|his|the))?)\s+(?:[\w-]+\s+)?(?:troops|soldiers?|fighters?|"
                      r"forces|units)\s+(?:(?:had|have|has)\s+)?(?:yet\s+|ever\s+)?"  # (and "not one of their soldiers has set foot in
                      # it", "no ground forces reached it")
                      r"(?:entered|reached|set\s+foot|arrived|come|moved\s+in(?:to)?|gone\s+in(?:to)?|been\s+in|returned)\b|\bshow(?:ed|s|n|ing)?\s+(?:[\w-]+\s+){0,4}?(?:soldiers|troops|fighters|forces|rebels|militants|gunmen|jihadists|defenders|"
                      r"flags|units)\s+(?:still\s+)?(?:at|in|inside|on|manning|holding|flying|patrolling)\b|"
                      r"\bremain(?:ed|s)?\s+(?:firmly\s+)?in\s+(?:[\w-]+\s+){0,2}(?:hands|control)\b|"
                      # "the coalition and the SDF both said that no government troops were inside the city"
                      r"\bno\s+(?:[\w-]+\s+)?(?:troops|soldiers|fighters|forces|units)\s+(?:were|was|are|is)\s+(?:yet\s+|actually\s+)?"
                      r"(?:inside|in)\s+(?:the\s+(?:city|town|village)|it)\b|"
                      r"\b(?:was|were|is|are)\s+(?:still|entirely|wholly|fully|completely)\s+(?:firmly\s+)?in\s+(?:[\w-]+\s+){0,2}hands\b|"
                      r"\bstill\s+(?:being\s+)?(?:fought\s+over|contested|disputed)\b|"
                      r"\bthere\s+(?:has|had|have)\s+been\s+no\s+(?:ground\s+|such\s+)?(?:fighting|clashes|battle|assault|advance|incursion|"
                      r"entry|movement|offensive)\b|"
                      r"\bno\s+(?:ground\s+)?(?:fighting|clashes|battle|assault)\s+(?:was|were|has\s+been|had\s+been)\s+(?:recorded|"
                      r"reported|observed|seen)\b|"  # ("…; no fighting was recorded there")  # ("…; the SDF
                      # says there has been no ground fighting in the town")
                      # "the dam remains under its full control", "the city was calm and under government control"
                      r"\b(?:remain(?:ed|s)?|is|was|were|are)\s+(?:calm\s+and\s+|still\s+)?under\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                      r"(?:full\s+|firm\s+|complete\s+|total\s+)?control\b|\b(?:were|was|are|is|remain(?:ed|s)?)\s+in\s+(?:full|complete|firm)\s+"
                      r"control\s+of\b|"
                      # "SDF units were seen in the town the next day"
                      r"\b(?:troops|soldiers|fighters|forces|units|police)\s+(?:were|was|are|is)\s+(?:still\s+)?(?:seen|filmed|photographed|"
                      r"pictured|patrolling)\s+(?:in|inside|at|on|around|the)\b")


_NEGATED = re.compile(r"(?i)\b(?:no|not\s+(?:a\s+single|one)(?:\s+of\s+(?:their|its|his|the))?)\s+(?:[\w-]+\s+)?$")  # ("no troops had arrived",
# "not one of their soldiers has set foot in it": not a side that holds it)


def _claims(events: Sequence[RawEvent]) -> list[RawEvent]:
    return [e for e in events if e.certainty in ("claimed", "reported")]


def _theirs(doc: Doc, events: Sequence[RawEvent]) -> list[RawEvent]:
    """Not a statement's own gains ("our forces liberated …"): a side's lies are the other side's."""
    return [e for e in events if not (doc.speaker is not None and e.gains == doc.speaker and _OURS.search(e.sentence.text))]


def _told_before(s: Sentence, earlier: list[RawEvent]) -> list[RawEvent]:
    """The events of the sentence just before ``s`` in its paragraph (or, for a transcript's turn, "KARIM: And the
    commanders said flatly that was false", the turn before)."""
    return [e for e in earlier if (e.sentence.para == s.para or _TURN.match(s.text)) and e.sentence.index == s.index - 1]


def _holders(doc: Doc, s: Sentence, start: int, end: int) -> set[str]:
    """The sides (actors and blocs) named between ``start`` and ``end``, but not negated ("no troops had arrived")."""
    return {x for a in s.actors if start <= a.start < end and not _NEGATED.search(doc.text, max(0, a.start - 20), a.start)
            for x in (a.actor, a.bloc)}


# "state television claimed that the army had retaken it, which faction commanders denied and which no footage
# supported": a relative clause that discredits the claim it follows
_WHICH_DENIED = re.compile(rf"(?i),\s+(?:which|something|an?\s+(?:claim|report|story|rumou?r|announcement)(?:\s+(?:which|that))?)\s+(?:(?!(?:and|but)\b)[\w'’-]+\s+){{0,5}}?(?:"
                           rf"(?:\w+ly\s+)?{_DISCREDIT_DONE}|(?:was|were|is|has\s+been|proved|turned\s+out\s+to\s+be)\s+"
                           rf"(?:\w+ly\s+)?{_DISCREDIT_WORDS}|(?:called|branded|described\s+as|dismissed\s+as)\s+(?:an?\s+|pure\s+)?"
                           rf"(?:lie|lies|fantasy|fabrication|fiction|invention|propaganda|nonsense|hoax))\b|"
                           rf",\s+which\s+no\s+(?:[\w-]+\s+){{0,3}}?(?:supported|confirmed|"
                           rf"corroborated|bore\s+out|backed\s+up|verified)\b")


def discredited(doc: Doc, s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    """Claims that ``s`` discredits by its grammar: see the comment above."""
    for which in _WHICH_DENIED.finditer(s.text):
        take_back([e for e in _claims(mine) if e.trigger_start - s.start < which.start()
                   and ";" not in s.text[e.trigger_start - s.start:which.start()]],
                  f"the claim is discredited by the clause after it (line {s.line})")
    _predicated(doc, s, mine, earlier)
    _objected(s, mine)
    _withdrawn_story(s, mine)
    _pointed_back(doc, s, earlier)
    _evidence_against(doc, s, mine, earlier)


def _predicated(doc: Doc, s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    """A claim noun whose predicate discredits it, and a terse "claim false"."""
    text = s.text
    for pred in _DISCREDIT_PRED.finditer(text):
        heads = [h for h in _CLAIM_HEAD.finditer(text, 0, pred.start()) if ";" not in text[h.end():pred.start()] or re.fullmatch(
            r"(?i)[^;]*;\s*(?:these|this|that|they|it|the\s+(?:[\w-]+\s+)?(?:claims?|reports?))\s+", text[h.end():pred.start()])]
        # ("activists circulated reports on Friday that Nubl had fallen; these were false")
        if not heads:
            continue
        head = heads[-1]
        inside = [e for e in mine if head.start() <= e.trigger_start - s.start < pred.start() and e.certainty != "planned"]
        if inside:  # "The opposition's announcement on Thursday of the capture of Kinsabba was retracted hours later"
            take_back(inside, f"the claim is discredited (line {s.line})")
        elif not _SOFT.search(pred.group()) \
                and re.search(r"(?i)\b(?:the|this|that|these|those|such|both|their|its)\s+(?:[\w-]+\s+)?$", text[:head.start()]) \
                and re.fullmatch(r"(?:\s+[\w,]+){0,3}\s+", text[head.end():pred.start()]) \
                and not re.search(r"(?i)\b(?:of|about|that)\b", text[head.end():pred.start()]):
            # "The rebels claimed to have seized Sheikh Maskin, but the claim was walked back": what was told before it
            told = _claims([e for e in mine if e.trigger_start - s.start < head.start()])
            if not told and (head.start() < 12 or not _claims(mine)):  # ("The army reports no change, and the claim is
                told = _told_before(s, earlier)  # later dropped": the claim of the sentence before)
            take_back(_theirs(doc, _claims(told)), f"the claim is discredited (line {s.line})")
    if (terse := _TERSE_FALSE.search(text)) is not None:  # "| Rebel media announce the airbase's capture; claim false |"
        take_back(_theirs(doc, _claims([e for e in mine if e.trigger_start - s.start < terse.start()])),
                  f"the claim is discredited (line {s.line})")


def _withdrawn_story(s: Sentence, mine: list[RawEvent]) -> None:
    """A claim its own teller took back in the same sentence: "An opposition website that reported on Thursday that
    rebels had recaptured al-Tamanah withdrew the story hours later"."""
    for verb in _WITHDREW_STORY.finditer(s.text):
        take_back([e for e in mine if e.trigger_start - s.start < verb.start() and e.certainty in ("claimed", "reported")],
                  f"the claim is withdrawn by its teller (line {s.line})")


def _objected(s: Sentence, mine: list[RawEvent]) -> None:
    """A verb that discredits the claim it takes: "Activists disputed the army's account that it had seized X",
    "Pro-government accounts prematurely celebrated the fall of Mayadin"."""
    for called in (*_CALLED_CLAIM.finditer(s.text), *_CALLED_AS_FIRST.finditer(s.text)):
        take_back([e for e in mine if called.start("claim") <= e.trigger_start - s.start < called.end("claim")
                   and e.certainty != "planned"], f"the claim is discredited (line {s.line})")
    for verb in (*_DISCREDITS.finditer(s.text), *_PREMATURELY.finditer(s.text)):
        ends = (";", ", but", "," if verb.groupdict().get("how") == "of" else ";")  # (a claim "of" a noun phrase ends at
        # its comma)
        stop = min([len(s.text), *(x for x in (s.text.find(end, verb.end()) for end in ends) if x >= 0)])
        take_back([e for e in mine if verb.end() <= e.trigger_start - s.start < stop and e.certainty != "planned"],
                  f"the claim is discredited (line {s.line})")


def _pointed_back(doc: Doc, s: Sentence, earlier: list[RawEvent]) -> None:
    """A sentence that points back at the claim before it: "That account was quickly challenged by rebel commanders",
    "Nothing on the ground supports that", "no ground operation had begun". Not "The announcement proved premature" (a
    town entered and lost again was still taken that day), nor "Ankara threatened to move on Manbij; no such operation
    has occurred" (its own sentence's threat)."""
    text = s.text
    back = _BACK.match(text)
    said = _DISCREDIT_PRED.match(text, back.end()) if back is not None else None
    begun = _NOTHING_BEGUN.search(text)
    if (said is not None and not _SOFT.search(said.group())) or _NOTHING_SUPPORTS.match(text) or (
            (false := _SAID_FALSE.search(text)) is not None and not R.CLAIMED.search(text, 0, false.start())) or (
            begun is not None and not R.PLANNED.search(text, 0, begun.start()) and not re.search(r"(?i)\bthreat", text[:begun.start()])):
        take_back(_theirs(doc, _claims(_told_before(s, earlier))), f"the claim before is discredited (line {s.line})")


_THE_PLACE = re.compile(r"(?i)\bthe\s+(?:town|city|village|dam|base|air\s*base|airport|neighbou?rhood|district|crossing|"
                        r"camp|area)\b")


def _noun_fits(noun: str, e: RawEvent) -> bool:
    """Whether "the town", "the dam" or "it" can be the claim's place ("the dam remained under its control" says
    nothing of the village the claim named)."""
    word = noun.lower().split()[-1]
    kind = e.place.place.kind if e.place is not None and e.place.place is not None else None
    if word in ("it", "its", "there") or kind is None:
        return True
    if word in ("town", "city", "village", "neighbourhood", "neighborhood", "district", "area"):
        return kind in ("town", "city", "village", "neighbourhood", "district_area")
    return kind in ("facility", "airbase", "crossing", "camp")


def _evidence_against(doc: Doc, s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    """Evidence of who holds the place, against a claim that another side took it: in the next sentence ("… had captured
    the Tishrin Dam. The SDF said the dam remains under its full control") or after "but" in the claim's own ("State TV
    claimed that troops had entered Douma, although the rebels still held the town centre"). An attack beaten back is
    not answered: it leaves the place as it was."""
    text = s.text
    if s.index > 0 and (against := _AGAINST.search(text)) is not None and not _claims(mine):
        said = [x.end() for x in re.finditer(r"(?i)\b(?:said|say|says|insisted|reported|added)\b", text[:against.start()])]
        begin = said[-1] if said else 0  # ("Residents who fled to Latakia city said the town remained in rebel hands": the
        # place of what they said, not where they fled)
        named = {p.place.id for p in s.places if p.place is not None and p.start >= s.start + begin}
        clause = max([0, *(x.end() for x in re.finditer(r",\s+(?:and|but)\s+|;\s*", text[:begin]))])
        noun = _THE_PLACE.search(text, clause) or re.search(r"(?i)\b(?:it|its|there)\b", text)
        # ("…, but the SDF said it repelled that attack and that the dam remained under its control": the dam)
        sides = _holders(doc, s, s.start + clause, s.start + against.end())  # (the clause of what was said: not "troops
        # had pulled back", the clause before)
        take_back([e for e in _theirs(doc, _claims(_told_before(s, earlier)))
                   if (place_id(e) in named or (not named and noun is not None and _noun_fits(noun.group(), e)))
                   and e.gains not in sides
                   and e.action in R.COMPLETION_ACTIONS], f"evidence against the claim in the next sentence (line {s.line})")
    for e in _claims(mine):
        turn = _CONTRAST.search(text, e.trigger_start - s.start)
        later = _AGAINST.search(text, turn.end()) if turn is not None else None
        if turn is None or later is None:
            continue
        named = {p.place.id for p in s.places if p.place is not None and p.start >= s.start + turn.end()}
        sides = _holders(doc, s, s.start + turn.end(), s.start + later.end())
        if (not named or place_id(e) in named) and e.gains not in sides and e.action in R.COMPLETION_ACTIONS:
            take_back([e], f"evidence against the claim later in the sentence (line {s.line})")
