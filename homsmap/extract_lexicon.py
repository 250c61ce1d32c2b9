"""Word lists of the rule-based extractor: words allowed between a trigger and its place, the generic
names of sides ("the regime", "our forces", "the mercenaries") and whom they mean for each speaker, and
the words for peoples and non-combatants; who a statement's "we" is (``speaker_of``, ``voice_of``); the
action each passive participle tells ("was overrun": captured) and the kinds of action. Re-exported by :mod:`homsmap.extract_rules`."""

from __future__ import annotations

import re

from homsmap.actors import Actors

__all__ = ["ACTOR_LEXICON", "ALLOWED_FILLER", "BLOCKED_FILLER", "CAPTURE_LIKE", "COMPLETION_ACTIONS", "CONTRADICTED", "CORRECTION", "DENIAL",
           "DENIED_REPORTS", "DENIED_WHAT_FOLLOWS", "DID_NOT_FLIP", "ENEMY_OF", "FALSE_CLAIM", "FALSE_LABEL",
           "ISSUER_COMMA", "ISSUER_LINE", "ISSUER_QUOTES", "LIST_WORDS", "LOSS_DENIED", "MERCENARIES_OF",
           "NATIONALITIES", "NON_COMBATANTS", "OCCUPIER_OF", "PASSIVE_ACTIONS", "PASSIVE_LOSER", "REPORTS_DENIED", "SAID_WRONG", "SPEAKER_CUES",
           "STATEMENT_CUE", "SUBJECT_FILLER", "TAKEN_BACK", "VOICE_CUES", "issuer_in", "speaker_of", "voice_of"]

# Lowercase words allowed between a trigger and its object place ("captured the nearby village of X").
ALLOWED_FILLER = frozenset("""
the a an its their his her this that these those several some many most all both other another remaining
nearby neighbouring neighboring key strategic strategically located important main major besieged entire
whole rest northern southern eastern western central north south east west northeastern northwestern
southeastern southwestern northeast northwest southeast southwest small large largest big old historic remote
border hilltop hillside hill hills heights ridge streets street mountain mountaintop desert coastal riverside frontline former last final adjacent rebel opposition government regime army rebel-held
opposition-held government-held regime-held army-held isis-held sdf-held hts-held militant-held
city cities town towns village villages hamlet hamlets neighbourhood neighbourhoods neighborhood
neighborhoods district districts area areas region regions pocket enclave suburb suburbs countryside
base bases airbase airport crossing crossings mountain mountains hill hills hilltop summit military
checkpoint checkpoints facility prison bridge highway road junction square quarter quarters camp camps
entirety control of full complete total including and also strategically-located nearby strategic
""".split())
# Words that break the link between a trigger and a place after them (prepositions, conjunctions, verbs).
BLOCKED_FILLER = frozenset("""
to towards toward into from in near by with after before against at on for between around outside through via
above below overlooking beneath
under across along beyond within inside behind beside amid among amongst until since during despite
which that who whom whose where while when as but because if unless than then so and-then
is are was were be been being has have had do does did will would could should may might must can
said says say told reported claimed announced denied
""".split())
# Words allowed between a subject place and its verb ("the city of Talbiseh also fell").
SUBJECT_FILLER = frozenset("""
also was were has have had been is are then reportedly eventually finally quickly completely fully later
subsequently itself now soon effectively and all both each first briefly again once town city centre center village district too
camp
""".split())
LIST_WORDS = frozenset("and or as well including the of city cities town towns village villages areas area "
                       "neighbourhoods neighborhoods districts district neighbourhood neighborhood mountains hills other "
                       "adjoining adjacent neighbouring neighboring nearby surrounding".split())

# Names of sides that seeds/actors.yaml does not list, as reporters use them (bloc-level: the actor id
# of the bloc's generic side). Longest first when matching.
ACTOR_LEXICON: dict[str, str] = {
    "army": "government", "the army": "government", "troops": "government", "government troops": "government",
    "army troops": "government", "regime troops": "government", "syrian troops": "government",
    "soldiers": "government", "assad's forces": "government", "assad's troops": "government",
    "state forces": "government", "syrian military": "government", "loyalist forces": "government", "loyalist": "government",
    "pro-government gunmen": "government", "pro-assad forces": "government", "sar-aligned": "government",
    "syrian defense ministry": "government", "syrian defence ministry": "government",
    "regime forces": "government", "pro-regime forces": "government", "pro-government forces": "government",
    "regime": "government", "the regime": "government", "syrian regime": "government",
    "kurdish-led forces": "sdf", "kurdish-led fighters": "sdf", "kurdish fighters": "sdf", "kurdish forces": "sdf",
    "us-backed forces": "sdf", "us-backed fighters": "sdf", "us-backed syrian fighters": "sdf",
    "u.s.-backed forces": "sdf", "u.s.-backed fighters": "sdf", "u.s.-backed syrian fighters": "sdf",
    "the free men": "opposition", "free men": "opposition",  # an opposition statement's "the free men of the city"
    # the YPG-led joint operations room of 2014-2015 with FSA groups at Kobani, folded into the SDF in October 2015
    "burkan al-furat": "sdf", "burkan al-firat": "sdf", "burkan al-furat factions": "sdf", "euphrates volcano": "sdf",
    "turkish-backed fighters": "turkey", "turkish-backed rebels": "turkey", "turkish-backed forces": "turkey",
    "turkish-backed factions": "turkey", "turkish-backed syrian rebels": "turkey", "turkish-backed groups": "turkey",
    "free army": "opposition", "the free army": "opposition", "turkish soldiers": "turkey", "the turkish soldiers": "turkey",
    "turkish-backed militants": "turkey", "turkish-backed mercenaries": "turkey", "turkish-backed militias": "turkey",
    "jaysh al-fatah": "opposition", "jaysh al-fateh": "opposition", "jaish al-fateh": "opposition",
    "kurdish militia": "sdf", "kurdish militias": "sdf", "the army of conquest": "opposition",
    "the army of islam": "jaysh-al-islam",
    "militants": "?", "militant groups": "?", "the militants": "?", "jihadists": "?", "the jihadists": "?",
    "gunmen": "?", "the gunmen": "?", "insurgents": "?", "the insurgents": "?", "outlaw groups": "?", "the outlaw groups": "?",
    "outlaws": "?", "the outlaws": "?",
    "the attackers": "?", "the assailants": "?", "the raiders": "?",  # (the armed side last named, as "the militants")
    "military police": "government", "the military police": "government",  # (Syrian or Russian: the state's side)
    "security forces": "government", "the security forces": "government", "kurdish security forces": "sdf",
    "anti-government forces": "opposition",
    "anti-government fighters": "opposition", "opposition groups": "opposition",
    "opposition factions": "opposition", "rebel fighters": "opposition", "factions": "opposition",
    "armed groups": "opposition", "armed factions": "opposition", "syrian salvation government": "opposition",
    "syrian interim government": "opposition", "levant liberation army": "opposition",
    "jaysh tahrir al-sham": "opposition", "syrian revolutionaries front": "opposition",
    "revolutionaries": "opposition", "the revolutionaries": "opposition", "revolutionary factions": "opposition",
    "the revolutionary factions": "opposition", "revolutionary fighters": "opposition",
    "unified military command": "opposition", "forces of martyr ahmad al-abdo": "opposition",
    "operations room": "opposition", "the operations room": "opposition", "military operations room": "opposition",
    "our forces": "@speaker", "our fighters": "@speaker", "our units": "@speaker", "our troops": "@speaker",
    "our heroic armed forces": "@speaker", "our heroic forces": "@speaker", "our brave forces": "@speaker",
    "our valiant armed forces": "@speaker", "our brave armed forces": "@speaker", "our heroic army": "@speaker",
    "the group": "?", "the jihadist group": "?", "the militant group": "?", "the hardline group": "?",
    "the hardline militants": "?", "the hardliners": "?",
    "our heroes": "@speaker", "our lions": "@speaker", "our men": "@speaker", "our boys": "@speaker",
    "our guys": "@speaker", "our brothers": "@speaker", "the brothers": "@speaker", "other brothers": "@speaker", "our comrades": "@speaker", "our garrison": "@speaker",
    "our armed forces": "@speaker", "our army": "@speaker", "our brave army": "@speaker",
    "units of our armed forces": "@speaker", "our valiant army": "@speaker", "our soldiers": "@speaker",
    "our brigades": "@speaker", "our battalions": "@speaker", "our factions": "@speaker", "our detachments": "@speaker",
    "our formations": "@speaker", "our squads": "@speaker", "our assault groups": "@speaker",
    "the allied forces": "@speaker", "allied forces": "@speaker",
    "takfiri groups": "@enemy", "the takfiri groups": "@enemy", "takfiris": "@enemy", "the takfiris": "@enemy",
    "takfiri gangs": "@enemy", "takfiri militants": "@enemy", "takfiri terrorists": "@enemy", "takfiri": "@enemy",
    "the terrorists": "@enemy", "terrorists": "@enemy", "terrorist groups": "@enemy", "terrorist organisations": "@enemy",
    "terrorist organizations": "@enemy", "armed terrorist groups": "@enemy", "the terrorist groups": "@enemy",
    "terrorist gatherings": "@enemy", "terrorist militias": "@enemy", "the terrorist militias": "@enemy",
    "terrorist militia": "@enemy", "the terrorist militia": "@enemy", "terrorist gangs": "@enemy", "the terrorist gangs": "@enemy",
    "terrorist elements": "@enemy", "the terrorist elements": "@enemy", "a terrorist group": "@enemy",
    "an armed terrorist group": "@enemy", "the terrorist group": "@enemy", "mercenaries": "@mercenaries", "the mercenaries": "@mercenaries",
    "its mercenaries": "@mercenaries", "their mercenaries": "@mercenaries", "mercenary factions": "@mercenaries",
    "its mercenary factions": "@mercenaries", "occupation army": "@occupier", "the occupation army": "@occupier",
    "occupation forces": "@occupier", "the occupation forces": "@occupier", "the occupier": "@occupier",
    "the occupiers": "@occupier", "our mujahideen": "@speaker", "our mujahidin": "@speaker",
    "the militias": "@foe", "the apostates": "@foe", "apostates": "@foe", "the militia": "@foe", "the enemy": "@foe", "the gangs": "@foe", "the gang": "@foe", "this gang": "@foe", "these gangs": "@foe", "those gangs": "@foe", "armed gangs": "@foe",
    # (on a side's own page only: news uses "the militias" of every side's militias)
    "mujahideen": "@mujahideen", "the mujahideen": "@mujahideen", "mujahidin": "@mujahideen",
    "assad and his militias": "government", "assad and his gangs": "government",
    "assad gangs": "government", "the assad gangs": "government", "assad gang": "government", "the assad gang": "government", "assad militias": "government",
    "regime militias": "government", "the regime militias": "government", "assad's militias": "government",
    "gangs of assad": "government", "the gangs of assad": "government", "militias of assad": "government",
    "the militias of assad": "government", "thugs of assad": "government", "the thugs of assad": "government",
    "assad's gangs": "government", "the assad militias": "government", "assadist gangs": "government",
    "the assadist gangs": "government", "assadist militias": "government", "the assadist militias": "government",
    "iranian militias": "iran", "shiite militias": "iran", "nusayri army": "government", "the nusayri army": "government",
    "nusayris": "government", "the nusayris": "government", "nusayri forces": "government", "nusayri soldiers": "government",
    "the khilafah": "isil", "lions of the khilafah": "isil", "soldiers of the khilafah": "isil", "the khilafa": "isil",
    "soldiers of the caliphate": "isil", "lions of the caliphate": "isil", "the caliphate's soldiers": "isil",
    "rebs": "opposition", "pro-gov forces": "government", "pro-gov": "government", "the kurds": "sdf", "kurds": "sdf",
    "kurdish commanders": "sdf", "kurdish groups": "sdf", "kurdish fighters and militias": "sdf", "kurdish officials": "sdf", "kurdish militiamen": "sdf", "kurdish units": "sdf",
    "crusader coalition": "us-coalition", "syrian army units": "government", "army units": "government",
    "local armed groups": "opposition", "local fighters": "opposition", "local factions": "opposition",
    "ground forces": "?any", "ground troops": "?any", "ground units": "?any", "units": "@speaker", "the units": "@speaker",
    "the alliance": "?coalition", "the coalition": "?coalition", "the rebel alliance": "opposition", "the rebel coalition": "opposition",
    "the islamist alliance": "opposition", "the islamist coalition": "opposition", "islamist brigades": "opposition",
    "islamist battalions": "opposition", "islamist factions": "opposition", "islamist rebels": "opposition",
    "kurdish-led administration": "sdf", "the kurdish-led administration": "sdf", "autonomous administration": "sdf",
    "the autonomous administration": "sdf", "kurdish administration": "sdf", "the kurdish administration": "sdf",
}
# Whom a statement's speaker calls "the terrorists" or "mercenaries"
ENEMY_OF = {"government": "opposition", "russia": "opposition", "iran": "opposition", "hezbollah": "opposition",
            "turkey": "sdf", "sdf": "isil", "isil": "government", "opposition": "government", "hts": "government",
            "military-operations-command": "government", "us-coalition": "isil"}
# Whom a statement's speaker calls "the mercenaries" (hired fighters of the enemy's patron) and "the occupier"
MERCENARIES_OF = {"sdf": "turkey", "government": "opposition", "russia": "opposition", "opposition": "iran",
                  "hts": "iran", "turkey": "sdf", "isil": "opposition"}
OCCUPIER_OF = {"sdf": "turkey", "opposition": "russia", "hts": "russia", "government": "turkey", "russia": "turkey",
               "turkey": "sdf"}
# A statement's issuer, from its first lines
SPEAKER_CUES = (
    (re.compile(r"\b(?:SANA|Syrian Arab News Agency|Syrian state (?:media|television|TV)|General Command of the Army)\b"),
     "government"),
    (re.compile(r"(?i)\b(?:Hmeimim\s+(?:reconciliation|centre|center|base\s+(?:said|says|announced|statement|press))|"
                r"reconciliation (?:centre|center)|Russian (?:Ministry of Defen[cs]e|defen[cs]e ministry))\b"),
     "russia"),
    (re.compile(r"(?i)\b(?:Turkish Ministry of National Defen[cs]e|Ministry of National Defen[cs]e|Turkish General Staff)\b"),
     "turkey"),
    (re.compile(r"\bAmaq\b|^\W*Wilayat\s+(?:al-|[A-Z])\w+", re.MULTILINE), "isil"),  # ("Wilayat al-Khayr: …")
    (re.compile(r"^[^\n]{0,20}\bEbaa\b"), "hts"),  # HTS's news agency, when the text is its own copy
    (re.compile(r"\b(?:Anadolu|Daily Sabah|TRT World|Yeni [SŞ]afak)\b"), "turkey"),
    (re.compile(r"(?i)^[^\n]{0,40}\b(?:Central\s+War\s+Media|War\s+Media\s+Central|Hezbollah['’]s\s+(?:war|military)\s+media|al-Manar)\b"), "hezbollah"),
    (re.compile(r"(?i)\bSDF (?:General Command|Media Cent(?:er|re)|press (?:release|office|cent(?:re|er))|statement)\b"), "sdf"),
    (re.compile(r"(?i)\b(?:General Command of the People's Protection Units|YPG General Command)\b"), "sdf"),
    # the SDF's own operations rooms and councils ("Wrath of the Euphrates Operations Room: Tabqa … liberated")
    (re.compile(r"(?i)^[^\n]{0,80}\b(?:Wrath\s+of\s+(?:the\s+)?Euphrates|Euphrates\s+Wrath|Jazira\s+Storm|Jazeera\s+Storm|"
                r"Cizire\s+Storm|Deir\s+ez-Zor\s+Military\s+Council|Manbij\s+Military\s+Council|Raqqa\s+Internal\s+Security|"
                r"Asayish|Syriac\s+Military\s+Council)\b"), "sdf"),
    (re.compile(r"^[^\n]{0,40}\bFree\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Council|Police|Civil Defen[cs]e)\b"), "opposition"),
    # the activists' Local Coordination Committees and revolutionary councils ("Local Coordination Committee in Tell Kalakh")
    (re.compile(r"^[^\n]{0,20}\b(?:Local\s+Coordination\s+Committees?|Coordination\s+Committee\s+(?:of|in)|Revolutionary\s+"
                r"Council\s+(?:of|in))\b"), "opposition"),
    (re.compile(r"(?i)^[^\n]{0,80}\b(?:Operations Room|Fath al-Mubin|Jaysh al-Fath|Jaish al-Fatah|Military Operations Command)\b"),
     "opposition"),
)
STATEMENT_CUE = re.compile(r"(?i)\b(?:statement|communiqu[ée]|press release|bulletin|announcement|declaration|newsletter|"
                           r"(?<=[-–—|:] )urgent|(?<=[-–—|:] )telegram|"  # ("Military Council for the Liberation of Syria - urgent")
                           r"\bfrom\s+the\s+(?:[\w-]+\s+){0,2}?(?:channel|page|account|feed)\s+of\b|"
                           r"(?:office\s+of\s+the\s+)?spokes(?:man|person|woman)['’]?s?\s+office|office\s+of\s+the\s+spokes\w+|"
                           r"media\s+(?:office|cent(?:re|er))|press\s+office)\b")
# Capitalised words that may stand between a trigger and its place ("the Syrian city of Palmyra").
NATIONALITIES = frozenset("syrian kurdish turkish lebanese iraqi jordanian israeli arab sunni shia shiite christian "
                          "alawite druze turkmen assyrian armenian bedouin ismaili crusader roman byzantine ottoman "
                          "umayyad".split())
# Subjects that give nothing up: "8,000 people evacuated from X" is not a side leaving X.
NON_COMBATANTS = frozenset("people civilians residents families refugees displaced buses convoy convoys passengers "
                           "detainees prisoners inhabitants population children women leadership leaders delegation "
                           "delegates envoys negotiators officials journalists".split())
# A partisan text's own side, when no issuer is named up front: first-person words for a side ("our lions",
# "it stays ours") and the words each side uses of itself and its enemies ("terrorists", "the regime")
_FIRST_PERSON_SIDE = re.compile(r"\b(?i:our)\s+(?:[\w-]+\s+)?(?:lions|heroes|forces|fighters|units|troops|soldiers|army|men|"
                                r"boys|guys|brothers|mujahideen|revolutionaries|comrades|garrison|positions|lines|brigade|people|martyrs|"
                                r"battalion|faction|division|regiment)\b|\b(?:stays|remains|is|are|still)\s+ours\b|"
                                r"\b(?:under|within)\s+our\s+(?:fire|control|guns)\b|\bwe\s+ask\s+Allah\b|"
                                r"^[^\n]{0,80}\s[-–—]\s+our\s+correspondent\b", re.IGNORECASE | re.MULTILINE)
# (and a dateline "Southern Aleppo countryside - Our correspondent": an outlet's own man, whose words are its side's)
VOICE_CUES = {
    "government": re.compile(r"\bterrorists?\s+(?:of|from)\s+(?:the\s+)?(?:Jaish|Jaysh|Jabhat|Nusra|al-Nusra|Ahrar|HTS|"
                             r"Hay[\w'’]*\s+Tahrir|Free\s+Syrian|Faylaq|Jund)|[\"“]moderates?[\"”]|\bSyrian Arab Army\b|\bSAA\b|🇸🇾|\bTurkish[- ]funded\b|"
                             r"\bTurkish regime\b|\bsecurity and stability\b|\bNATO[- ]backed\b|\btakfiri|\bGulf[- ]funded\b|"
                             r"\bIslamic Resistance\b|[\"“]revolution(?:ary|aries)?[\"”]|\bthe rats\b|\bSyria is victorious\b|"
                             r"\bTiger (?:Forces|units)\b", re.IGNORECASE),
    "opposition": re.compile(r"\bgangs\s+of\s+(?:the\s+)?Assad\b|\bfree\s+(?:Aleppo|Syria|Homs|Idlib|Daraa|Hama)\b|\bthe regime\b|\bAssad(?:['’]s)?\s+(?:gangs?|militias|thugs)\b|\bthe Assad gang\b|"
                             r"\bAssad\s+and\s+his\s+(?:militias|gangs|thugs)\b|\bregime\s+(?:TV|media|television|channels?)\b|"
                             r"(?<![\"“])\brevolution(?:ary|aries)?\b(?![\"”])|\bshabiha\b|\bthe occupier\b|\bIranian militias\b|"
                             r"\bmercenar\w*\s+of\s+(?:the\s+)?(?:Iran|Hezbollah|regime|Assad)", re.IGNORECASE),
    "sdf": re.compile(r"\bTurkish occupation\b|\boccupation\s+(?:army|forces|state)\b|\b(?:Turkish|Turkey['’]s)\s+mercenar|"
                      r"\bmercenar\w*\s+of\s+(?:the\s+)?(?:Turkish|Turkey|occupation|Erdogan)|\bRojava\b|\bSer[eê]kaniy[eê]\b|"
                      r"\bGir[eê] Sp[iî]\b|\bDaesh\s+gangs\b|\bYPJ\b", re.IGNORECASE),
    "isil": re.compile(r"\bapostates?\b|\bcrusaders?\b|\bcaliphate\b|\bkhilaf\w*|\bsoldiers of the\b|\bmurtadd|\bNusayri|\bRafid|"
                       r"\bkuff?ar\b|\bshuhada\b|\binghimas\w*|#Wilayat|\bWilayat[_ ]al",
                       re.IGNORECASE),
}


def voice_of(text: str, *, issued: bool = False) -> str | None:
    """The side a partisan text speaks for, when it speaks of a side in the first person (or is ``issued`` by an
    office its heading names, "Aleppo Media Centre - Western Countryside Office"): the side whose words for itself and
    its enemies it uses, at least twice and twice as often as any other side's.

    >>> voice_of("Our lions entered the village. The SAA fighters chased the \\"moderates\\" out.")
    'government'
    >>> voice_of("The regime said it took the town.") is None  # (no first person: a report, not a side)
    True
    """
    if not issued and not _FIRST_PERSON_SIDE.search(text):
        return None
    counts = sorted(((len(rx.findall(text)), side) for side, rx in VOICE_CUES.items()), reverse=True)
    (n1, side), (n2, _) = counts[0], counts[1]
    return side if n1 >= 2 and n1 >= 2 * n2 else None


def speaker_of(head: str, actors: Actors, regexes: tuple[re.Pattern[str], re.Pattern[str]]) -> str | None:
    """Who issued a statement ("SANA", "Military Operations Command - Statement No. 4", "SDF press
    release"): the side "our forces" means. ``None`` for a report that quotes no issuer up front."""
    first = head.split("\n\n")[0]
    for text in (first, head):  # the issuer the heading names before a side the statement answers
        for rx, who in SPEAKER_CUES:
            if rx.search(text):
                return who
        issuer = _actor_in(first, actors, regexes) if text is first and (
            STATEMENT_CUE.search(first) or re.search(r"(?i)\bspokes(?:man|person|woman)\b", first)) else None
        if issuer is not None:
            return issuer  # "National Front for Liberation — Office of the Spokesman"
    channel = re.match(r"\W*(?:Telegram\s+)?(?:Channel|Page|Account|Feed)\s*:\s*([^\n\]]{3,120})", first, re.I)
    if channel is not None and (owner := _actor_in(channel.group(1), actors, regexes)) is not None:
        return owner  # "[Channel: Liwa al-Mu'tasim fighters — news of the Euphrates Shield fronts]": "our men" are theirs
    titled = re.match(r"\s*([^:\n]{0,60}?(?:Ministry|Command|Council|Directorate|Forces|Army|Front|Media|Centre|Center|Office|"
                      r"Room|Brigade|Division|Movement|Corps)[^:\n]{0,30}?)\s*:", first)
    if titled is not None and (titler := _actor_in(titled.group(1), actors, regexes)) is not None:
        return titler  # "Ministry of Defence: the military operation on the coast has achieved its goals"
    author = re.search(r"(?i)\b(?:written|kept|posted|recorded|sent)\s+by\s+(?:a|an|one|the)\s+[\w\s-]{0,30}?(?:fighter|commander|"
                       r"member|soldier|officer|volunteer|mujahid)\s+(?:of|from|with|in)\s+", head)
    if author is not None and (writer := _actor_in(head[author.end():author.end() + 80], actors, regexes)) is not None:
        return writer  # "The following entries were written by a fighter of the National Front for Liberation"
    interview = re.search(r"(?i)\b(?:interview|transcript|a\s+conversation\s+with)\b|^Q:", head, re.M) is not None  # "we": the interviewee's
    if not STATEMENT_CUE.search(head) and not interview:
        return None
    issuer = _actor_in(head if interview else first, actors, regexes)
    if issuer is None and not interview and (announcer := _ANNOUNCER.search(head)) is not None:
        # "Statement to the public opinion: … \n\nThe General Command of the Syrian Democratic Forces announces …"
        issuer = _actor_in(announcer.group("who"), actors, regexes)
    return issuer


_ANNOUNCER = re.compile(r"(?:^|\n)\s*(?P<who>(?:The\s+)?[A-Z][^.\n]{2,90}?)\s+(?:announces|announced|declares|declared|informs|"
                        r"states|affirms|confirms)\b")


# A statement's issuer inside the text: 'Latakia Public Security Directorate, Thursday 6 March: "…"' (the issuer, then
# its day), a quoted paragraph's issuer, and a line that introduces the statements below it
ISSUER_COMMA = re.compile(r"[^:\n\"“”,.]{3,80},\s*")
ISSUER_QUOTES = re.compile(r"(?P<who>[^:\n]{3,90}?)(?:,\s*[^:\n,]{0,30})?:\s*[\"“]")
ISSUER_LINE = re.compile(r"(?i)\W*(?:(?:statement|communiqu[ée]|announcement|declaration|press\s+release|bulletin)\s+"
                         r"(?:no\.?\s*\d+\s+)?(?:of|by|from|issued\s+by)\b[^\n.]{3,120}:?\s*$|"
                         r"[^\n.:]{3,100}\b(?:statement|spokes(?:man|person)|press\s+(?:release|office|centre|center))\s*:\s*$)")


def issuer_in(first: str, actors: Actors, regexes: tuple[re.Pattern[str], re.Pattern[str]]) -> str | None:
    """The side a statement's issuer line names first ("Latakia Public Security Directorate, Thursday 6 March:")."""
    return _actor_in(first, actors, regexes)


def _actor_in(first: str, actors: Actors, regexes: tuple[re.Pattern[str], re.Pattern[str]]) -> str | None:
    """The side named first in ``first`` ("… a Syrian National Army brigade …, with one rebuttal issued by the YPG")."""
    found = sorted((m.start(), m.group()) for rx in regexes if (m := rx.search(first)) is not None)
    a = actors.resolve(found[0][1]) if found else None
    return a.id if a is not None else None


# Denials: "denied", "a claim … rejected", "called the reports false", "the regime's lying channels claim", "it later
# retracted the report" (re-exported by extract_rules)
FALSE_CLAIM = (r"nothing\s+(?:supported|confirmed|backed(?:\s+up)?)\s+(?:the|this|that|their|its)\s+(?:claim|report)|"
               r"(?:spreading|spreads|spread|publishing|publishes|circulating|circulates)\s+(?:false|fake|lying)\s+(?:news|claims?|"
               r"reports?|rumou?rs?)|"
               r"(?:the|that|this)\s+claim\s+was\s+(?:quietly\s+|later\s+|soon\s+)?dropped|(?:describ\w*|call\w*|branded|labelled|labeled|dismiss\w*)\s+(?:the|this|that|these|those|such)\s+(?:claims?|reports?)"
          r"\s+as\s+(?:false|untrue|baseless|fabricated|lies|a\s+lie|propaganda|fake|wrong|premature)|"
          r"(?:a|the)\s+(?:claim|report|story)\s+(?:that\s+|which\s+)?(?:it|they|he|she|the\s+\w+)\s+(?:later\s+|quickly\s+)?"
          r"(?:withdrew|retracted|deleted|took\s+down)|(?:(?:later|quickly|subsequently|soon)\s+(?:retracted|withdrew|deleted)|"
          r"(?:it|they)\s+(?:later\s+|quickly\s+|soon\s+)?(?:dropped|retracted|pulled|deleted|withdrew))\s+"
          r"(?:the|its|their|that|this)\s+(?:claim|report|statement|story|post)|"
          r"(?:claims?|reports?|accounts?|item|story|post|article)\s+(?:\w+ly\s+)?(?:disappear\w*|(?:was|were|is|are)\s+(?:later\s+)?(?:withdrawn|retracted|"
          r"deleted)|(?:was|were|has|have)\s+never\s+(?:been\s+)?(?:corroborated|confirmed|verified|substantiated)|proved\s+(?:false|untrue|premature|wrong|unfounded|baseless|groundless)|turned\s+out\s+(?:to\s+be\s+)?(?:false|wrong|premature))|"
          r"(?:claims?|reports?|accounts?|news)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:false|untrue|baseless|unfounded|"
          r"fabricated|not\s+true|incorrect|wrong|fake|lies)|(?:does|do|did)\s+not\s+reflect\s+(?:the\s+)?(?:truth|reality|facts)")
DENIAL = re.compile(rf"\b(?:den(?:ied|ies|y|ying)|denial|contradict(?:s|ed|ing)?(?=\s+(?:this|that|it|the\s+(?:claims?|reports?))\b)|(?:lying|mendacious|deceitful|lie-spreading)\s+(?:[\w-]+\s+)?(?:channels?|media|pages?|"
                    r"outlets?|news|propaganda|agenc(?:y|ies)|TV|television)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:claim|claims|claimed|say|says|"
                    r"said|report|reports|allege)|"  # (and "The lying media of the regime claims …")
                    rf"a\s+claim\s+[\w\s-]{{1,30}}(?:rejected|dismissed)|{FALSE_CLAIM}|"
                    r"(?:described|dismissed|branded|labell?ed)\s+as\s+[\"“]?(?:[\w'’-]+\s+(?:and\s+)?){0,3}?(?:false|untrue|fabricated|lies|baseless|"
                    r"fabrications|fantas(?:y|ies)|rumou?rs|nonsense|reality|truth)[\"”]?\s+(?:the\s+)?(?:reports?|claims?)|"
                    r"(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing|e)|disput(?:es|ed|ing|e))\s+(?:(?:the|this|that|these|those|such|all\s+such)\s+)?(?:[\w-]+\s+)?(?:claims?|reports?|lies|allegations?|rumou?rs?|fabrications?)|"
                    r"call(?:s|ed|ing)?\s+(?:it|this|that|the\s+(?:claims?|reports?))\s+[\"“]?(?:a\s+|an\s+)?(?:\w+\s+)?(?:fabrication|"
                    r"fabricated|made\s+up|invented|untrue|lie|lies|false|fake|baseless|propaganda|invention|fiction))\b", re.IGNORECASE)
# "Correction: my earlier tweet saying X had fallen was wrong": what was said is denied
SAID_WRONG = re.compile(r"\b(?:saying|that|claiming|showing|reporting|suggesting|about)\b(?P<what>[^.;]{3,200}?)\b(?:(?:was|were|is|are)\s+"
                        r"(?:\w+ly\s+)?[\"“']?(?:wrong|an?\s+error|a\s+mistake|incorrect|false|untrue|fake|not\s+true|mistaken|"
                        r"premature|inaccurate|baseless|unfounded|fabricated|lies|a\s+lie|propaganda)|(?:does|do|did)\s+not\s+"
                        r"reflect\s+(?:the\s+)?(?:truth|reality|facts))\b", re.IGNORECASE)
# Certainty and modality cues (DENIAL is in extract_lexicon).
# "Correction: earlier I posted that X had fallen. It hasn't.": the sentence before is taken back
TAKEN_BACK = re.compile(r"^\W*(?:(?:it|they|this|that|the\s+(?:town|city|village))\s+(?:has|have|had|did|does|was|were|is)"
                        r"(?:n['’]t|\s+not)(?:\s*(?:[.!;,]|$)|\s+(?:(?:yet|actually|really)\s+)?(?:fall|fallen|happen|happened|change|changed|"
                        r"flip|flipped|been\s+(?:taken|captured|seized|retaken|lost))\b)|not\s+true\b|false\b|untrue\b|(?:that|this|it)\s+(?:was|is)\s+(?:wrong|incorrect|"
                        r"false|a\s+mistake|an?\s+error)\b)", re.IGNORECASE)
# "Correction to 3/: Kafr Uwayd did NOT flip": every change told before on the places this sentence names
DID_NOT_FLIP = re.compile(r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|had\s+not|never)\s+(?:flip|flipped|fall|fell|"
                          r"change\s+hands|changed\s+hands)\b", re.IGNORECASE)
# "But residents said the militants had never been pushed out": the claim before is contradicted
CONTRADICTED = re.compile(r"^\W*(?:but|however|yet)\b[^.;]{0,120}?\b(?:never|not|n['’]t|no\s+longer)\s+(?:\w+\s+){0,3}?"
                          r"(?:pushed|driven|taken|captured|entered|fallen|fell|lost|retaken|recaptured|seized|withdrawn|left|"
                          r"evacuated|surrendered|overrun)\b", re.IGNORECASE)
# "The SDF denied losing any ground", "SOHR said it had no evidence that the village had changed hands": the
# claim told before is denied
LOSS_DENIED = re.compile(r"\b(?:den(?:ied|ies|y|ying)|rejected)\s+(?:(?:ever\s+)?(?:losing|having\s+lost|giving\s+up|"
                         r"abandoning|withdrawing|retreating|pulling\s+out)|any\s+(?:loss|losses|retreat|withdrawal))\b|"
                         r"\bden(?:ied|ies|y|ying)\s+that\s+[^.;]{0,40}?\b(?:had\s+been|has\s+been|was|were)\s+"
                         r"(?:lost|taken|captured|overrun|retaken|recaptured)\b|"
                         r"\b(?:had\s+)?remained\s+(?:(?:firmly|fully|entirely)\s+)?(?:in\s+(?:\w+\s+){1,2}hands|under\s+(?:\w+\s+){1,2}control)"
                         r"(?:\s+throughout)?\b|"
                         r"\bno\s+(?:evidence|sign|indication|confirmation)\s+(?:\w+\s+){0,2}?that\b[^.;]{0,80}?"
                         r"\b(?:changed\s+hands|had\s+fallen|fell|was\s+(?:captured|taken|lost))\b", re.IGNORECASE)
# "4/ FALSE: the clip titled "YPG retakes Jandairis" is old": what the sentence tells is labelled false
FALSE_LABEL = re.compile(r"^\W*(?:\d+/\s*|\d{1,2}[:.]\d{2}\W*)?(?:also\s+)?(?:false|fake|not\s+true|untrue|debunked|misleading|wrong)"
                         r"(?:\s+(?:alert|news|claim|report))?\s*[:!—–-]",
                         re.IGNORECASE)
CORRECTION = re.compile(r"^\W*(?:\d+/\s*|\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|local)?\s*[-–—:]?\s*)?(?:\w+\s+){0,2}?(?:a\s+)?correction\b[^.;]{0,60}?\b(?:posted|said|reported|tweeted|wrote|claimed|"
                        r"showed|marked|saying|that)\b", re.IGNORECASE)
DENIED_REPORTS = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:it|this|that|the\s+(?:claims?|reports?))\s+[\"“]?(?:a\s+|an\s+)?(?:\w+\s+)?(?:fabrication|"
                            r"fabricated|made\s+up|invented|untrue|lie|lies|false|fake|baseless|propaganda|invention|fiction)|"
                            r"\b(?:den(?:ied|ies|y|ying)|rejected|dismissed)\s+(?:the\s+|these\s+|those\s+|such\s+|"
                            r"this\s+)?(?:reports?|claims?|accounts?|it|(?:this|that)(?=\s*[,.;:]|\s+(?:and|but|saying)\b))\b|\b(?:a|the|this)\s+(?:claim|report)\s+"
                            r"(?:that\s+|which\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed)\b"
                            rf"|\b(?:the|that|this|these|those|such)\s+{FALSE_CLAIM}\b|\b{FALSE_CLAIM}\b", re.IGNORECASE)
# "denied reports that the army had entered X", "denied claims on pro-regime pages that …", "denied it had agreed
# to any evacuation": what follows is denied
DENIED_WHAT_FOLLOWS = re.compile(r"^\s+(?:(?:on|in|from|by|of|circulating)\s+[^.;,]{0,30}?\s+|(?:(?:this|last|earlier\s+this)\s+"
                                 r"(?:week|month|morning|weekend)|yesterday|today)\s+)?that\b|"
                                 r"^,?\s+(?:which|that)\s+(?:alleged|claimed|said|asserted|stated)\s+that\b|"
                                 r"^\s+(?:circulated|circulating|spread|published|posted|carried|shared|broadcast|aired|run|reported|made)\s+[^.;]{0,120}?"
                                 r"\b(?:(?:claiming\s+|saying\s+|alleging\s+|asserting\s+|(?:which|who)\s+(?:claimed|said|alleged|asserted)\s+)?that|"
                                 r"according\s+to\s+which)\b|^[\s,]+according\s+to\s+which\b|"  # (and "…, according to which the
                                 # terrorists had taken control of X")
                                 r"^\s+(?:had|has|have|was|were|would)\b", re.IGNORECASE)
# "Reports that armed groups had entered Tartous were denied", "A report … that columns had re-entered X proved unfounded"
REPORTS_DENIED = re.compile(r"\b(?:reports?|claims?|statements?|posts?|announcements?|insistence|assertions?|boasts?|headlines?|rumou?rs?)\s+(?:[^.;]{0,60}?\s+)?(?:that|claiming|saying|announcing|declaring|reporting)\b"
                            r"(?P<what>[^.;]{5,200}?)\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                            r"(?:denied|rejected|dismissed|refuted|withdrawn|retracted)|(?:proved|proves|turned\s+out|was\s+shown|were\s+shown)\s+"
                            r"(?:to\s+be\s+)?(?:false|untrue|unfounded|baseless|groundless|wrong|premature|incorrect|fake|mistaken|"
                            r"inaccurate|exaggerated)|(?:was|were|are|is)(?:,\s+[^,.;]{3,50},)?\s+(?:\w+ly\s+)?(?:false|untrue|unfounded|baseless|"
                            r"groundless|wrong|incorrect|fake|mistaken|inaccurate)\b|"  # ("Reports … that ISIS had seized parts of
                            # al-Tadamon … were, as far as we can establish, unfounded")
                            r"(?:is|are|was|were|has\s+not\s+been|have\s+not\s+been)\s+(?:not\s+)?(?:supported|confirmed|"
                            r"corroborated|borne\s+out|verified)\s+by\s+(?:any|a\s+single|independent|the\s+evidence|(?:the\s+)?(?:footage|video|imagery|"
                            r"satellite|evidence|witnesses|residents))|(?:is|are|was|were)\s+not\s+(?:\w+\s+)?(?:credible|believable|"
                            r"plausible)|(?:could|can)\s+not\s+be\s+"
                            r"(?:independently\s+)?(?:confirmed|verified|corroborated)|(?:remain|remained|were|was)\s+unconfirmed|"
                            r"(?:was|were|is|are)\s*(?:,[^,;.]{0,60},\s*)?(?:invented|fabricated|made\s+up|false|untrue|baseless)|"
                            r"(?:do|does|did)\s+not\s+correspond\s+to\s+(?:reality|the\s+truth|the\s+facts)|"
                            r"(?:is|are|was|were|has\s+been|have\s+been)\s+not\s+(?:been\s+)?(?:borne\s+out|confirmed|verified|corroborated)"
                            r"(?=\s*[.;:,]|\s+(?:on|in|by\s+(?:events|the\s+facts|footage|video|evidence)))|"
                            r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:contradicted|belied|disproved|refuted)\s+by)\b",
                            # ("Reports that border guards had deployed to Kobani could not be confirmed", "A state media report
                            # … that troops had restored security in Anadan was, by every account we gathered, invented")
                            re.IGNORECASE)


# a passive participle and the action it tells: "was captured", "were encircled"
PASSIVE_ACTIONS = {
    "captured": "captured", "re-captured": "recaptured", "recaptured": "recaptured", "seized": "captured",
    "taken": "captured", "taken under control": "captured", "brought under control": "captured", "retaken": "recaptured", "liberated": "captured", "overrun": "captured",
    "stormed": "entered", "entered": "entered", "re-entered": "recaptured", "reentered": "recaptured", "besieged": "besieged", "encircled": "besieged",
    "surrounded": "besieged", "evacuated": "evacuated", "abandoned": "withdrew", "surrendered": "surrendered",
    "handed over": "handed_over", "handed back": "handed_over", "secured": "captured", "cleared": "captured", "cleansed": "captured", "cleaned": "captured",
    "freed": "captured", "purged": "captured", "cut off": "besieged", "sealed off": "besieged", "recovered": "recaptured", "regained": "recaptured",
    "occupied": "took_over",
}
# kinds of action: those that put a side in a place, those that complete a change, and those whose passive subject is the loser
CAPTURE_LIKE = frozenset({"captured", "recaptured", "took_over", "entered"})
COMPLETION_ACTIONS = frozenset({"captured", "recaptured", "took_over", "entered", "evacuated", "withdrew",
                                "handed_over", "surrendered"})
PASSIVE_LOSER = frozenset({"withdrew", "evacuated", "surrendered", "handed_over"})
