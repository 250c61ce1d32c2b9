"""Sides named in a sentence: the actor half of :mod:`homsmap.extract_parse`.

:func:`find_actors` finds the sides a sentence names (``seeds/actors.yaml`` through :meth:`Actors.resolve`),
the generic names a speaker uses ("our forces", "the terrorists", "the militants") and the pronouns that
refer back to a side ("they", "its fighters"), each as an :class:`ActorRef`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from homsmap import extract_rules as R
from homsmap.actors import Actors

if TYPE_CHECKING:
    from homsmap.extract_parse import Sentence

__all__ = ["ActorRef", "actor_names", "actor_regexes", "find_actors", "subjectlike"]


@dataclass(frozen=True)
class ActorRef:
    start: int
    end: int
    text: str
    actor: str
    bloc: str
    how: str


@lru_cache(maxsize=8)
def actor_regexes(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    def rx(name: str) -> str:
        out = []
        for ch in name:
            out.append("['’ʼ`]?" if ch in "'’" else r"[-‐‑\s]" if ch in "- " else re.escape(ch))
        return "".join(out)

    acronyms = sorted({n for n in names if re.fullmatch(r"[A-Z]{2,6}", n)}, key=len, reverse=True)
    words = sorted({n for n in names if n not in acronyms} | set(R.ACTOR_LEXICON), key=len, reverse=True)
    # (a side is named also before "-led", "-backed" …: "the Hayat Tahrir al-Sham-led offensive", "HTS-led")
    after = r"(?![\w-])|(?=-(?:led|backed|allied|aligned|affiliated|linked|dominated)\b)"
    return (re.compile(r"(?<![\w-])(?:" + "|".join(map(rx, acronyms)) + r")(?:" + after + ")"),
            re.compile(r"(?<![\w-])(?:" + "|".join(map(rx, words)) + r")(?:" + after + ")", re.IGNORECASE))


def actor_names(actors: Actors) -> tuple[str, ...]:
    return tuple(sorted({n for a in actors.values() for n in (a.name, *(x.name for x in a.aliases))}))


def find_actors(s: Sentence, actors: Actors, day: dt.date | None, history: list[ActorRef],
                 regexes: tuple[re.Pattern[str], re.Pattern[str]], speaker: str | None = None,
                 prev_start: int | None = None, text: str = "") -> list[ActorRef]:
    caps, words = regexes
    found: list[ActorRef] = []
    taken: list[tuple[int, int]] = []
    after_fall = day is not None and day > _FALL_OF_ASSAD
    loyalists = actors.get("assad-loyalists")
    for m in _LOYAL_TO_OLD.finditer(s.text):  # "gunmen loyal to the fallen Assad government" (March 2025)
        if loyalists is not None and (m.group("old") or after_fall):
            taken.append((m.start(), m.end()))
            found.append(ActorRef(s.start + m.start(), s.start + m.end(), m.group(), loyalists.id, loyalists.bloc, "alias"))
    for rx in (caps, words):
        for m in rx.finditer(s.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            name = m.group()
            if len(name) <= 3 and name.isupper() and (_SHOUTED.fullmatch(s.text) or _SHOUTED_NEXT.search(
                    s.text, max(0, m.start() - 16), m.start()) or _SHOUTED_NEXT.match(s.text, m.end())):
                continue  # "BEIT SAWA IS FREE!!", "Sunday 23 March: KESSAB IS LIBERATED.": a shouted word, not the Islamic State
            actor = actors.resolve(name, on=day)
            if actor is None and day is None:  # an undated text: "loyalists" as the war knew them
                actor = actors.resolve(name, on=_FALL_OF_ASSAD)
            elif day is None and actor is not None and actor.id == "assad-loyalists":
                actor = None  # ("the remnants of the group" in an undated text)
            if actor is None and day is not None:  # "in September 2015, when Jabhat al-Nusra overran it", written
                actor = next((then for d in s.dates if d.date is not None and d.date < day  # in 2018: the name then
                              and (then := actors.resolve(name, on=d.date)) is not None), None)
            key = _lexicon_key(name)
            if actor is None and key == "kurds" and re.search(r"(?i)\b(?:to|by|for|of|among|many|most|some|syrian|iraqi|"
                                                               r"turkish|local|displaced)\s+$", s.text[max(0, m.start() - 12):m.start()]):
                continue  # "known to Kurds as Serekaniye", "many Kurds saw it as a deal": people, not a side
            if actor is None and key in R.ACTOR_LEXICON:
                target = R.ACTOR_LEXICON[key]
                if re.search(r"(?i)\b(?:its|their|his|her|our)\s+$", s.text[max(0, m.start() - 7):m.start()]):
                    continue  # "its fighters": the pronoun below resolves it
                if target == "?coalition":  # "the alliance": the side last named as one ("The Army of Conquest alliance")
                    allied = [a for a in (*history, *found) if a.bloc != "other" and s.start - a.start < 3000
                              and (re.match(r"(?i)(?:-led)?\s*(?:alliance|coalition)\b|\)?,\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
                                            r"(?:alliance|coalition)\b", text[a.end:a.end + 40])
                                   or re.search(r"(?i)\b(?:alliance|coalition)\s+(?:of|led\s+by)\s+(?:[\w-]+\s+){0,3}$",
                                                text[max(0, a.start - 50):a.start]))]
                    # (and "the Army of Conquest (Jaish al-Fatah), a coalition led by Jabhat al-Nusra …")
                    if not allied:  # (no side called a coalition: a joint operations room or army of factions named before)
                        allied = [a for a in (*history, *found) if a.bloc != "other" and s.start - a.start < 3000
                                  and re.search(r"(?i)\b(?:army\s+of\s+conquest|ja[iy]sh\s+al-fat[ae]h|operations\s+room|"
                                                r"fat[he]+\s+al-mubin|southern\s+front)\b", a.text)]
                    target = allied[-1].actor if allied else "?any"
                if target == "?any":  # "fighters": the side last named, whichever it is
                    named = [a for a in (*history, *found) if (a.how == "alias" or (
                        a.how == "lexicon" and a.text.lower() not in _GENERIC_SIDE_WORDS
                        and not R.ACTOR_LEXICON.get(_lexicon_key(a.text), "").startswith(("?", "@"))))
                             and a.bloc != "other" and s.start - a.start < 3000]  # (and "the Army of Conquest")
                    named = [a for a in named if subjectlike(text, a)] or named  # (not "… against X, Y and Z")
                    target = named[-1].actor if named else "opposition"
                    if re.search(r"(?i)\bterrorists?[\"”'’]?\s+$", s.text[max(0, m.start() - 14):m.start()]):
                        target = R.ENEMY_OF.get(target, "opposition")  # 'the army said "terrorist" fighters had entered X'

                if target == "?":  # "the militants": the armed side last named (not the state, not a foreign one)
                    blocs = ("opposition", "isis", "sdf") if key == "the group" or key in _ATTACKERS else ("opposition", "isis")
                    # ("the SDF … they seized the air base. On Monday, the group also took Mansoura": the SDF)
                    named = [a for a in (*history, *found) if a.how == "alias" and (a.bloc in blocs
                                                                                       or a.actor in ("assad-loyalists",
                                                                                                      "druze-factions"))
                             and a.actor not in ("turkey", "us-coalition") and s.start - a.start < 3000]
                    if key in _ATTACKERS:  # (a side that fights, not one that
                        named = [a for a in named if not re.match(  # reports: "YPG media reported … By 13 March the
                            r"\s+(?:media|accounts|channels|sources|spokesm[ae]n|officials?|said|says|claimed|reported|denied)\b",
                            text[a.end:a.end + 16])] or named  # attackers had encircled Afrin city": Turkey's allies)
                    jihadist = [a for a in named if a.actor in ("isil", "hts")]
                    pick = jihadist if ("jihad" in key or "hardline" in key) and jihadist else named
                    pick = [a for a in pick if not (_POSSESSIVE.match(text, a.end) and not _ITS_DRIVE.match(text, a.end))
                            and not re.search(
                        r"(?i)\bincluding\s+(?:the\s+)?$", text[max(0, a.start - 14):a.start])] or pick
                    # (not "the Nusra Front's stronghold", "rival rebels including the Nusra Front"; but "facing the
                    # Islamic State's advance …, surrendered Mohasan to the group": the side advancing)
                    here = [a for a in pick if a.start >= s.start]
                    if re.search(r"(?i)\b(?:allegiance|loyalty|bay['’]?a|defected|went\s+over|switched\s+sides?)\s+to\s+$",
                                 s.text[max(0, m.start() - 40):m.start()]):
                        # "the rebel brigades holding Abu Kamal swore allegiance to the group": not the side swearing
                        swearer = next((a for a in reversed(found) if a.start < s.start + m.start()), None)
                        sworn = {swearer.bloc} if swearer is not None else {h.bloc for h in here}
                        # ("After the Islamic State captured al-Mayadin, most of Hajin's factions pledged allegiance to
                        # the group": the factions swore, to the Islamic State)
                        pick = [a for a in pick if a.start < s.start and a.bloc not in sworn] or [a for a in here if a.bloc not in sworn] or [
                            a for a in named if a.start < s.start and a.bloc not in sworn] or pick
                        here = []
                    last = [a for a in pick if prev_start is not None and prev_start <= a.start < s.start]
                    last = [a for a in last if prev_start is not None and not _LEADING_SUBORDINATE.match(text, prev_start, a.start)
                            and not re.search(r"(?i)\b(?:between|against|with)\s+(?:the\s+)?$", text[max(0, a.start - 12):a.start])
                            ] or last  # ("When fighting broke out between the rebels and ISIL …, ISIL turned on … . Suluk fell to
                    # the group two days later": ISIL)
                    # of the sentence before, its subject ("IS fighters took X after rival rebels withdrew. … the
                    # militants also entered Y"), not the last side it names
                    target = here[-1].actor if here else last[0].actor if last else pick[-1].actor if pick else (
                        "assad-loyalists" if after_fall and "insurgent" in key else "opposition")  # (the coast, March 2025)
                elif target == "@speaker":  # "our forces" in a statement: the side that issued it, or the quoted one
                    target = speaker or ("government" if re.search(r"(?i)\b(?:state\s+(?:television|TV|media)|SANA|presenter|"
                                                                  r"army\s+(?:statement|command))\b", s.text) else "")
                elif target == "@enemy":  # "the terrorists": whom the speaker fights
                    target = R.ENEMY_OF.get(speaker or "government", "opposition")
                elif target == "@foe":  # "the militias tried on Thursday to storm Kafr Nabl", "these gangs entered
                    # Serêkaniyê in 2012": on a side's own page, the first enemy it names, else its usual enemy
                    own = actors.get(speaker) if speaker else None
                    foes = [a.actor for a in (*history, *found) if own is not None and a.how == "alias"
                            and a.bloc != own.bloc and a.bloc in ("government", "opposition", "isis", "sdf")]
                    if speaker:
                        target = foes[0] if foes else R.ENEMY_OF.get(speaker) or (
                            R.ENEMY_OF.get(own.bloc, "") if own is not None else "")  # (Jaysh al-Islam's "gangs": its bloc's enemy)
                    else:  # ("… fell to the Assad militias. … the militias tried on Wednesday night to regain Dadikh": those
                        # named so before)
                        target = next((a.actor for a in reversed((*history, *found)) if "militia" in key and a.how != "pronoun"
                                       and re.search(r"(?i)militia", a.text) and s.start - a.start < 3000), "")
                elif target == "@mercenaries":  # the SDF's "mercenaries" are Turkey's factions, SANA's are rebels
                    target = R.MERCENARIES_OF.get(speaker or "government", "opposition")
                    if speaker == "sdf" and day is not None and day < dt.date(2016, 8, 24):
                        target = "isil"  # before Turkey's first incursion the SDF's "mercenaries" were the Islamic State
                    enemies = [a.bloc for a in (*history, *found) if a.how == "alias" and a.bloc in ("isis", "opposition")]
                    if speaker == "sdf" and enemies and enemies[-1] == "isis":
                        target = "isil"  # ("the Daesh mercenaries" in Raqqa, 2017): the enemy the statement names last
                elif target == "@occupier":  # "the occupation army": Turkey to the SDF, Russia to the rebels
                    named_by = re.search(r"(?i)\b(Russian|Turkish|Iranian|American|US)\s+$", s.text[max(0, m.start() - 12):m.start()])
                    target = _OCCUPIER_NAMED.get(named_by.group(1).lower(), "turkey") if named_by else \
                        R.OCCUPIER_OF.get(speaker or "sdf", "turkey")  # (but "the Russian occupation forces": Russia)
                elif target == "@mujahideen":  # (Hezbollah's war media calls its own fighters mujahideen too)
                    own = actors.get(speaker) if speaker else None
                    target = "isil" if speaker == "isil" else speaker if (
                        own is not None and speaker and own.bloc == "government" and speaker not in ("government", "russia")) \
                        else "opposition"
                if after_fall and target == "government" and re.search(r"loyalist|assad|regime", key):
                    target = "assad-loyalists"  # "loyalist channels" on the coast in March 2025: the fallen side
                if after_fall and target == "opposition":  # "The factions also claimed …" in Suwayda, July 2025: the
                    # armed side last named, now that the war's opposition is the government
                    armed = [a for a in (*history, *found) if a.how == "alias" and a.actor in _AFTER_FALL_ARMED
                             and s.start - a.start < 3000]
                    target = armed[-1].actor if armed else target
                actor = actors.get(target)
                how = "lexicon"
            else:
                how = "alias"
            if actor is None:
                continue
            if after_fall and actor.id == "military-operations-command" and _ANSWERING_TO_NEW.match(s.text, m.end()) \
                    and (new := actors.get("government")) is not None:
                actor = new  # "units of the Military Operations Command, now answering to the caretaker government in
                # Damascus, entered both towns": the text makes them the new authorities' forces
            taken.append((m.start(), m.end()))
            found.append(ActorRef(s.start + m.start(), s.start + m.end(), name, actor.id, actor.bloc, how))
    me = actors.get(speaker) if speaker else None
    if me is not None:  # "We pulled our last groups out of X" in a statement or an interview: the speaker's side
        for m in re.finditer(r"(?:^|(?<=A: )|(?<=[.:] ))We\b|(?<=[:;,] )we\b", s.text):
            if not any(a <= m.start() < b for a, b in taken):
                found.append(ActorRef(s.start + m.start(), s.start + m.end(), m.group(), me.id, me.bloc, "lexicon"))
    rebels = actors.get("opposition")
    if rebels is not None and not after_fall:  # "Azaz fell to Liwa Ahrar al-Shamal": a brigade the list does not know
        for m in _BRIGADE_NAME.finditer(s.text):
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                found.append(ActorRef(s.start + m.start(), s.start + m.end(), m.group(), rebels.id, rebels.bloc, "lexicon"))
    found.sort(key=lambda a: a.start)
    # "Israeli troops", "Hezbollah fighters": a generic noun right after a named side is that side
    found = [a for k, a in enumerate(found) if not (
        k > 0 and a.how == "lexicon" and found[k - 1].how == "alias" and a.text.lower() in _GENERIC_SIDE_WORDS
        and s.text[found[k - 1].end - s.start:a.start - s.start] in (" ", "'s ", "’s "))]
    # "mujahideen of the Islamic Resistance", "units of the Syrian army": the side named after "of"
    found = [a for k, a in enumerate(found) if not (
        a.how == "lexicon" and k + 1 < len(found) and found[k + 1].how == "alias"
        and re.fullmatch(r"\s+of\s+(?:the\s+)?", s.text[a.end - s.start:found[k + 1].start - s.start]))]
    # "Israel sent troops into the buffer zone": troops sent are the object, not a side of their own
    found = [a for a in found if not (a.how == "lexicon" and a.text.lower() in _GENERIC_SIDE_WORDS and re.search(
        r"(?i)\b(?:sent|send|sends|sending|deployed|deploys|dispatched|rushed|brought|moved|withdrew|pulled)\s+"
        r"(?:in\s+|more\s+|its\s+|their\s+|extra\s+|additional\s+)?$", s.text[max(0, a.start - s.start - 25):a.start - s.start]))]
    for m in R.PRONOUN_ACTORS.finditer(s.text):
        earlier = [a for a in (*history, *found) if a.start < s.start + m.start() and a.how != "pronoun"]
        asides = [(s.start + x.start(), s.start + x.end()) for rx in (R.ALLY_ASIDE, _WHICH_ASIDE)
                  for x in rx.finditer(s.text, 0, m.start())]  # (nor "Hama, which the army had held, fell to them")
        earlier = [a for a in earlier if not any(x <= a.start < y for x, y in asides)] or earlier  # (not the ally)
        if m.group().lower().startswith("its"):  # "… between 'outlaw groups' and Bedouin clans, a day after its forces
            # took X": one side, not a plural generic name
            earlier = [a for a in earlier if not (a.how == "lexicon" and re.search(r"(?i)s\W*$", a.text))] or earlier
        if m.group() == "them":  # "fell to them": a side named in the sentence or the one before, not in an aside
            earlier = [a for a in earlier if a.start >= (prev_start if prev_start is not None else s.start)
                       and not any(x <= a.start < y for x, y in asides)]
            earlier = [a for a in earlier if not R.MODIFIER_AFTER.match(text[a.end:a.end + 20])] or earlier
            # ("Fighters loyal to the Ugaidat confederation overran SDF checkpoints …. Al-Shuhayl fell to them": not the
            # side whose checkpoints they overran)
        if m.group().lower() == "they":  # "Rebel brigades overran the army checkpoints at Mansoura …, and … they took
            # Khan al-Asal": not the side whose checkpoints were overrun
            earlier = [a for a in earlier if not (a.start >= s.start and R.MODIFIER_AFTER.match(text[a.end:a.end + 20]))] \
                or earlier
        if re.search(r"(?i)\bthe\s+(?:town|city|village|district|camp|neighbou?rhood)['’]s\b[^.;]{0,40}$",
                     s.text[:m.start()]):
            continue  # "the town's local council and its fighters": the town's, not a side named before
        if earlier and not any(a <= m.start() < b for a, b in taken):
            mains = [a for a in earlier if a.start >= s.start and (not _OBJECT_OF.search(text, max(0, a.start - 10), a.start)
                                                                    or _and_clause_subject(text, a, earlier))]
            # (not the subject of an "as" clause: "rebels entered Jarablus as IS fighters withdrew, and … they took X")
            mains = [a for a in mains if not _SUBORDINATE_SUBJECT.search(text, max(0, a.start - 30), a.start)] or mains
            # ("the SDF ended the Islamic State's territorial rule when they declared …": not the possessive in the object)
            mains = [a for a in mains if not (re.match(r"['’]s?\s", text[a.end:a.end + 3]) and re.search(
                r"\b(?:the|its|their)\s+$", text[max(0, a.start - 5):a.start]) and any(x.start < a.start for x in mains))] or mains
            ante = next((a for a in reversed(mains) if a.start >= s.start and (not _OBJECT_OF.search(  # not "our lions" in
                text, max(0, a.start - 10), a.start) or _and_clause_subject(text, a, earlier))), next((a for a in reversed(earlier) if a.start >= s.start or subjectlike(text, a)), next((
                a for a in reversed(earlier) if not _fought(text, a)
                and not R.MODIFIER_AFTER.match(text[a.end:a.end + 60])), earlier[-1])))
            # ("The army … fled before our lions, … they also left X"; "X, the Nusra Front's main stronghold. … it took Y")
            sub = _SUBORDINATE_BEFORE.search(s.text[:m.start()])
            if sub is not None and ante.start >= s.start + sub.start():
                # "ten days later, after the YPG had pulled out of the city overnight, they entered Afrin":
                # not the side of the clause before the comma, the one before that clause
                outside = [x for x in earlier if x.start < s.start + sub.start()]
                ante = outside[-1] if outside else ante
            claim_of = re.search(r"(?i)\b(?:claims?|reports?|allegations?|lies)\s+(?:of|by|from)\s+[^,;.]{0,50}?\bthat\s+$",
                                 s.text[:m.start()])
            claimants = [a for a in earlier if claim_of is not None and a.start >= s.start + claim_of.start()]
            if claimants:  # "We deny the claims of the Turkish media that they entered the town": the claimant's side
                ante = claimants[0]
            elif m.group().lower() == "they" and re.search(r",\s+[a-z]+ing\b[^;]*,\s+and\s+(?:[\w-]+\s+){0,4}$", s.text[:m.start()]) \
                    and (heads := [a for a in found if a.start < s.start + m.start() and a.how != "pronoun"
                                   and subjectlike(text, a)]):
                # "units took the airbase, cutting the last route the gunmen used, and the day before that they cleared
                # Arjoun": the subject of the main clause, not a side inside the participle's
                ante = heads[0]
            elif re.search(r"(?i)\b(?:acknowledg|admitt|conced|insist|add|say|stat)\w*\s+that\s+$", s.text[:m.start()]):
                # "Opposition fighters rejected claims by the regime …, while acknowledging that they had pulled out"
                subject = [a for a in found if a.start < s.start + m.start() and a.how != "pronoun"]
                ante = subject[0] if subject else ante
            elif prev_start is not None and (m.start() <= 2 or (
                    (_OPENING.fullmatch(s.text, 0, m.start()) or _TIME_OPENING.fullmatch(s.text, 0, m.start()))
                    and not any(a.start >= s.start for a in earlier))):  # (and "By evening they had overrun …")
                # "ISIL took advantage of the army's redeployment … Its fighters stormed Palmyra": a pronoun
                # opening a sentence is the subject of the sentence before, not its last side named
                subject = [a for a in earlier if prev_start <= a.start <= prev_start + 2 and a.how != "pronoun"] or [a for a in earlier
                           if prev_start <= a.start and a.how != "pronoun" and not _OBJECT_OF.search(text, max(0, a.start - 12), a.start)
                           and not _unit_hit(text, a)  # (not "ambushed a General Security patrol")
                           and not _fought(text, a)
                           and not _LEADING_SUBORDINATE.match(text, prev_start, a.start)] or [
                    a for a in earlier if prev_start <= a.start and a.how != "pronoun"
                    and not _AGAINST_OF.search(text, max(0, a.start - 12), a.start)
                    and not _unit_hit(text, a) and not _fought(text, a)
                    and not _LEADING_SUBORDINATE.match(text, prev_start, a.start)]
                lead = min((a for a in history if prev_start <= a.start < s.start), key=lambda a: a.start, default=None)
                if lead is not None and lead.how == "pronoun" and lead.text.lower().startswith(("its ", "their ")) \
                        and subjectlike(text, lead) and not _LEADING_SUBORDINATE.match(text, prev_start, lead.start):
                    subject = [lead]  # "On 1 October its fighters … seized al-Qaryatayn, a town the army had held. Two days
                    # later they attacked Mahin": the side its fighters are (not the army of the relative clause)
                # (and "units of the 5th Assault Corps and the Tiger Forces advanced …. On 3 September they liberated":
                # the side coordinated with a unit no list knows)
                # (not "While government attention was fixed on Aleppo, ISIS launched …": the side after the comma)
                last_and = [x.end() for x in re.finditer(r",\s+and\s+", text[prev_start:s.start])]
                if last_and and m.group().lower() == "they":
                    # "Facing Turkey alone, the SDF turned to Russia, and the deal … brought Syrian troops north. They
                    # entered Tabqa": the side the last clause before names
                    tail = [a for a in earlier if a.start >= prev_start + last_and[-1]]
                    if not any(a.how == "pronoun" for a in tail):  # (a "they" there carries the chain on)
                        subject = [a for a in tail if subjectlike(text, a) or re.fullmatch(  # (", and IS fighters took over")
                            r"(?i)(?:the\s+)?", text[prev_start + last_and[-1]:a.start]) or re.search(
                            r"(?i)\b(?:brought|sent|deployed|moved)\s+(?:[\w-]+\s+){0,2}$", text[max(0, a.start - 25):a.start])][:1] \
                            or subject
                if not subject and m.group().lower() == "they" and not any(a.start >= prev_start for a in earlier):
                    # "They took Dabiq after the jihadists abandoned it. The campaign's forces reached X. On 10 December
                    # they stormed …": the sentence before names no side; not one of a subordinate clause further back
                    subject = [a for a in earlier if not re.search(
                        r"(?i)\b(?:after|as|when|while|before|until|once|because|since)\s+(?:the\s+)?$", text[max(0, a.start - 12):a.start])
                        and subjectlike(text, a) and not re.search(r"(?i)\bin\s+$", text[max(0, a.start - 4):a.start])
                        and not _ABSOLUTE_SUBJECT.match(text, a.end)][-1:]  # (nor "…, most IS fighters having withdrawn")
                ante = subject[0] if subject else ante
            if m.group().lower().startswith("the same") and (bands := [
                    a for a in (*history, *found) if a.start < s.start + m.start() and a.how != "pronoun"
                    and (prev_start is None or a.start >= prev_start - 600) and _BAND.search(a.text)]):
                ante = bands[-1]  # "… which 'criminal remnants of the defunct regime's militias' had seized …. The same
                # groups attacked …": the band named last, not the sentence's subject
            chain = [a for a in found if a.start < s.start + m.start()]
            if m.group().lower() == "they" and chain and chain[-1].how == "pronoun" and chain[-1].text.lower() == "they":
                ante = chain[-1]  # "On 3 September they liberated Kabajeb, and on 5 September they broke through": the same
            found.append(ActorRef(s.start + m.start(), s.start + m.end(), m.group(), ante.actor, ante.bloc, "pronoun"))
    found.sort(key=lambda a: a.start)
    return found


def _lexicon_key(name: str) -> str:
    """How a generic name is looked up in the actor lexicon.

    >>> _lexicon_key("The  Assad’s  Gangs")
    "the assad's gangs"
    """
    return re.sub(r"['’ʼ`]", "'", " ".join(name.lower().split()))


_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")  # ("the Nusra Front's", "the rebels' main supply line")
_ITS_DRIVE = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:advance|offensive|assault|attack|push|approach|onslaught|fighters|forces|"
                        r"units|columns)\b", re.IGNORECASE)


def _and_clause_subject(text: str, a: ActorRef, named: list[ActorRef]) -> bool:
    """The subject of a clause joined by "and": "IS abandoned Deir Hafer and government units entered it" (not a side
    listed with another, "the army and allied militias")."""
    return re.search(r"(?i)\band\s+(?:the\s+)?$", text[max(0, a.start - 10):a.start]) is not None and re.match(
        r"(?:\s+(?:units|forces|troops|fighters|soldiers|militias?))?\s+(?:then\s+|also\s+|later\s+|quickly\s+)?"
        r"(?!(?:armed|allied|backed|based|led|affiliated|aligned)\b)[a-z]+ed\b", text[a.end:a.end + 40]) is not None and not any(
        0 <= a.start - b.end <= 16 for b in named if b is not a)


def subjectlike(text: str, a: ActorRef) -> bool:
    """Not a side named as a holder, a modifier or an object: "the Nusra Front's main stronghold", "army
    checkpoints", "fled before our lions", "rebels including Nusra"."""
    return not (_POSSESSIVE.match(text, a.end) or R.MODIFIER_AFTER.match(text[a.end:a.end + 60]) or (_OBJECT_OF.search(
        text, max(0, a.start - 10), a.start) and not _MEMBERS_OF.search(text, max(0, a.start - 30), a.start)) or re.search(
        r"(?i)\bincluding\s+(?:the\s+)?$", text[max(0, a.start - 14):a.start]) or re.search(
        r"(?i)\bagainst\s+[^.;:()]*$", text[max(0, a.start - 100):a.start]) or _fought(text, a) or (
        (rel := _RELATIVE_BEFORE.search(text, max(0, a.start - 30), a.start)) is not None
        and rel.group(1).lower() not in _PREPOSITIONS))
    # (nor one in a relative clause: "they captured Tell Abyad, a border town that ISIS had used as a crossing")


def _unit_hit(text: str, a: ActorRef) -> bool:
    """A side whose unit a deed struck: "gunmen … ambushed a General Security patrol" (its patrol is the object)."""
    return re.match(r"\s+(?:patrols?|convoys?|columns?|checkpoints?|posts?|positions?)\b", text[a.end:a.end + 14]) is not None \
        and re.search(r"(?i)\b[a-z]+ed\s+(?:a|an|the|two|three|several)\s+$", text[max(0, a.start - 30):a.start]) is not None


_OCCUPIER_NAMED = {"russian": "russia", "turkish": "turkey", "iranian": "iran", "american": "us-coalition", "us": "us-coalition"}
_ATTACKERS = frozenset({"the attackers", "the assailants", "the raiders"})  # the side last named fighting
_ABSOLUTE_SUBJECT = re.compile(r"(?:\s+(?:fighters|forces|troops|units|militants|members|defenders))?\s+having\b")
_MEMBERS_OF = re.compile(r"(?i)\b(?:fighters|forces|troops|units|members|militants|soldiers|men|elements|factions|brigades|"
                         r"battalions|groups)\s+(?:of|from)\s+"
                         r"(?:the\s+)?$")  # "Fighters of the Syrian National Army entered Manbij"
_FALL_OF_ASSAD = dt.date(2024, 12, 8)
# a rebel formation's name by its Arabic head noun (Liwa, Kataib, Alwiya, Tajammu, Harakat, Faylaq): before the fall of
# the Assad government, a side of the opposition (the names the actor list knows are matched first)
_BRIGADE_NAME = re.compile(r"(?<!Iraqi )(?<!Iranian )(?<!Afghan )(?<!Shia )(?<!Shiite )"
                           r"\b(?:Liwa|Kataib|Katibat|Katiba|Alwiya|Alwiyat|Tajammu|Harakat|Faylaq)\s+"
                           r"(?!(?:al-)?(?:Quds|Nujaba|Fatemiyoun|Zainabiyoun|Imam|Abu\s+al-Fadl|Hezbollah|Baqir|Sayyida|Ahl)\b)"
                           r"(?:(?:al|ash|as|ad|an|ar|at|az)-)?"
                           r"[A-Z][\w'’-]+(?:\s+(?:(?:al|ash|as|ad|an|ar|at|az)-)?[A-Z][\w'’-]+){0,3}")
# armed supporters of the fallen government, named by whom they are loyal to
_LOYAL_TO_OLD = re.compile(
    r"(?i)\b(?:armed\s+)?(?:gunmen|fighters|forces|militias?|militiamen|groups|insurgents|officers|men|cells|units|soldiers|"
    r"elements|supporters|loyalists|remnants|outlaws|criminals|gangs|bands)\s+(?:(?:still\s+)?(?:loyal|linked|tied|affiliated|belonging)\s+to|of)\s+(?:the\s+)?"
    r"(?:(?P<old>(?:fallen|former|ousted|"
    r"deposed|toppled|old|previous|overthrown)\s+(?:Assad\s+)?(?:government|regime|president)(?:\s+Bashar\s+al-Assad)?)|"
    r"(?:Bashar\s+)?al-Assad|Assad)\b")
_SHOUTED_NEXT = re.compile(r"(?<![\w'’-])[A-Z]{4,}\s+$|\s+[A-Z]{4,}(?![\w'’-])")  # a capitals word beside it
_SHOUTED = re.compile(r"[^a-z]*(?:[a-z][^a-z]*){0,3}")  # a sentence in capitals (a few lower-case letters at most)
_RELATIVE_BEFORE = re.compile(r"(?i)\b(\w+),?\s+(?:that|which|whom|where)\s+(?:the\s+)?$")
_PREPOSITIONS = frozenset("in on at of by from with during under into after before through".split())  # "in which troops seized"
# an opening adverbial before a sentence's subject: "A week later, on 23 June, they entered Ain Issa"
_AFTER_FALL_ARMED = frozenset({"druze-factions"})
_ANSWERING_TO_NEW = re.compile(r"(?i),?\s+(?:now\s+)?(?:answering|reporting|subordinate|belonging)\s+to\s+the\s+(?:new\s+|caretaker\s+|"
                               r"transitional\s+|interim\s+)(?:government|authorities|defen[cs]e\s+ministry)")
_TIME_OPENING = re.compile(r"(?i)(?:by|within|later|then|soon|after|before|that|the\s+next|overnight|on|at|during|early|late|in)\b[^,;.:]{0,25}?\s|"
                           r"(?:an?|one|two|three|four|five|six|seven|several|a\s+few)\s+(?:days?|weeks?|months?)\s+later\s")  # ("Two days later they")
_OPENING = re.compile(r"(?:[^,;.:]{1,40},\s*){1,2}")
_SUBORDINATE_SUBJECT = re.compile(r"(?i)\b(?:as|while|whereas|because)\s+(?:the\s+|its\s+|their\s+)?$")
_BAND = re.compile(r"(?i)\b(?:groups|gangs|cells|remnants|militias|militants|gunmen|factions|elements|terrorists|rebels|"
                   r"insurgents|jihadists|fighters)\b")
# a side fought, not the one fighting: "fighters overran the crossing and battled government troops …. They seized X"
_FOUGHT = re.compile(r"(?i)\b(?:battled|fought|engaged|attacked|ambushed|clashed\s+with|repelled|routed|besieged|encircled|"
                     r"surrounded|shelled|bombarded)\s+(?:the\s+)?$")


def _fought(text: str, a: ActorRef) -> bool:
    """A side named as the one fought: "battled government troops", "clashed with the YPG"."""
    return _FOUGHT.search(text, max(0, a.start - 30), a.start) is not None


_AGAINST_OF = re.compile(r"(?i)\b(?:from|against|with|by|to|before)\s+(?:the\s+|our\s+)?$")
_OBJECT_OF = re.compile(r"(?i)\b(?:from|against|(?<!groups\s)(?<!cells\s)(?<!gangs\s)(?<!bands\s)(?<!remnants\s)(?<!fighters\s)(?<!units\s)"
                        r"(?<!troops\s)(?<!members\s)(?<!militants\s)of|with|by|to|and|before|after|as|when|while|until|once|because)"
                        r"\s+(?:the\s+|our\s+)?$")
# (but "groups of outlaws loyal to the former regime ambushed …", "Fighters of the HTS-led offensive had taken X": the
# subject; and "… after the army withdrew": a subordinate clause's side, not the main clause's)
_WHICH_ASIDE = re.compile(r",\s+(?:which|whom|where)\b[^,;.]*,")
_LEADING_SUBORDINATE = re.compile(r"\W*(?:While|As|After|When|Although|Though|Because|Since|Once|Before|Until|Whereas|During|Amid|Amidst|"
                                  r"Throughout|Following|Despite)\b[^,;.]*$")
_SUBORDINATE_BEFORE = re.compile(r"(?i)\b(?:after|before|when|while|once|since|until|as)\b[^,;.]*,\s*$")
_GENERIC_SIDE_WORDS = frozenset({"army", "troops", "soldiers", "forces", "fighters", "militants", "units", "factions",
                                 "armed groups", "rebel fighters", "terrorists", "mercenaries", "jihadists", "gunmen",
                                 "military police", "security forces"})
