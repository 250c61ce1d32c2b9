"""When a trigger happened: the date of its clause, else of its sentence, else the narrative's (part of
:mod:`homsmap.extract`).

:func:`date_for` picks among a sentence's dates the one a trigger's clause states, shares with a verb of
the same subject ("stormed X and seized the city on 11 December"), or reckons from another clause ("a
day after seizing X"); a date in a pluperfect relative clause or another clause's event is not the
trigger's. A sentence with no date of its own inherits the narrative's, marked approximate.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from homsmap import extract_rules as R
from homsmap.events import ACTIONS
from homsmap.extract_dates import DateMention
from homsmap.extract_datewords import NUMBERS
from homsmap.extract_parse import Doc, PlaceRef, RawEvent, Sentence, clause_of

__all__ = ["SAID_DAY", "SPEECH_DATE", "WHEN_CLAUSE", "date_for", "dated_by_next", "dated_heading", "day_before_when",
           "place_own_date", "respectively", "since_date", "told_again_next"]

_CONNECTIVES = frozenset({"meanwhile", "at the same time", "simultaneously"})




_GAP_BEFORE = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?|hours?|months?)\s+"
                         r"(?P<rel>after|before)\s*$", re.IGNORECASE)



_SHARED_SUBJECT_AND = re.compile(r"[^,;()]{1,60}?\s+and\s+(?:then\s+|also\s+|finally\s+)?", re.IGNORECASE)

_PLUPERFECT_BEFORE = re.compile(r"\b(?:who|which|that|where)\s+(?:[\w'’-]+\s+){0,4}?had\s+(?:been\s+)?[^,;.]{0,50}$", re.IGNORECASE)

SPEECH_DATE = re.compile(r"(?i)\b(?:said|says|told|announced|announces|reported|claimed|stated|declared|confirmed)\s+"
                          r"(?:(?:\w+\s+|the\s+(?:capture|fall|liberation|seizure|takeover|recapture|entry|withdrawal|loss)\s+)?"
                          r"(?:on|late\s+on|early\s+on)\s+)?$")  # ("said on Monday", "said Monday", "confirmed the capture on
# Tuesday")

# (", the city it declared its capital more than three years ago": the declaring's day, even in a lede)
_APPOSITIVE_DEED = re.compile(r",\s+the\s+(?:city|town|capital|stronghold)\s+(?:that\s+|which\s+)?(?:it|they|the\s+group)\s+"
                              r"(?:had\s+)?(?:declared|proclaimed|made|named|called)\b[^,;()]*$", re.IGNORECASE)
_RELATIVE_TO = re.compile(r"(?:,\s+(?:which|where|who|whose)|"
                          r"\b(?:that|which|where)\s+(?:[\w'’-]+\s+){0,2}(?:had\s+)?(?:began|begun|"
                          r"started|erupted|broke\s+out)|\b(?:campaign|offensive|operation|push|drive|assault)\s+(?:first\s+)?"
                          r"(?:launched|begun|started|opened))\b"  # (and "caps a campaign launched in November")
                          r"[^,;()]*$", re.IGNORECASE)
_LEAD_GAP = re.compile(r"\W*(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
                       r"(?P<rel>after|before)\s+[^,;.]{3,80},\s*", re.IGNORECASE)


def _gap_days(gap: re.Match[str]) -> int:
    n = NUMBERS.get(gap.group("n").lower(), 0) if not gap.group("n").isdigit() else int(gap.group("n"))
    unit = gap.group("unit").lower()
    return n * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 0 if unit.startswith("hour") else 1)


_LEAD_SUB = re.compile(r"\W*(?:after|before|following|since|in\s+implementation\s+of|under|as\s+part\s+of|in\s+line\s+with|"
                       r"pursuant\s+to|in\s+accordance\s+with)\b[^,;]*,", re.IGNORECASE)
# (and "In implementation of the agreement signed on 10 March between …, units … on Friday took over X")
_NOT_UNTIL = re.compile(r"(?i)\b(?:didn['’]t|did\s+not|wasn['’]t|was\s+not|weren['’]t|were\s+not|never)\b[^,;]*$")
_NOT_UNTIL_DATE = re.compile(r"(?i)\s*until\s+(?:the\s+)?")
WHEN_CLAUSE = re.compile(r",?\s+(?:when|after|as)\s+$", re.I)

SAID_DAY = "dated by the day it was said"


def dated_heading(doc: Doc, s: Sentence) -> bool:
    """"3 April 2016 — QARYATEIN UNDER REGIME CONTROL AGAIN.": a line that opens with its date."""
    return bool(s.dates) and re.fullmatch(r"[\s*#•-]*(?:On\s+)?", doc.text[s.start:s.dates[0].start]) is not None \
        and re.match(r"\s*[—–:-]", doc.text[s.dates[0].end:]) is not None


def _under_day_heading(doc: Doc, s: Sentence) -> bool:
    """A live blog's "Saturday 7 December" line, alone in its paragraph, above this post: its posts are that day's."""
    for x in reversed(doc.sentences[max(0, s.index - 12):s.index]):
        if x.para == s.para or not x.dates:
            continue
        rest = "".join(ch for i, ch in enumerate(x.text)
                       if not any(d.start <= x.start + i < d.end for d in x.dates))
        if re.fullmatch(r"(?i)[\W\d]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\W\d]*", rest):
            return True
    return False


_DEAL_NOUN_BEFORE = re.compile(r"(?i)\b(?:settlements?|agreements?|deals?|accords?|truces?|ceasefires?|uprising|revolution|"
                               r"elections?)\s+$")


def date_for(doc: Doc, s: Sentence, a: int, c0: int, c1: int, lead_end: int,
              clause_text: str, stop: int | None = None,
              others: Sequence[int] = ()) -> tuple[DateMention | None, str, list[str]]:
    usable = [d for d in s.dates if d.date is not None]
    if any(d.start < a for d in usable):
        # "former rebels who had "reconciled" with the state in 2018 took over Daraa city": a pluperfect
        # relative clause's date is that clause's, when the sentence has another
        own = [d for d in usable if not ((pp := _PLUPERFECT_BEFORE.search(doc.text, max(s.start, d.start - 80), d.start))
                                         and not pp.start() < a < d.start)]  # (the relative clause's own event keeps it)
        usable = own if own else usable
    # "… to the village and … at the spring, which has been out of service since December 22", "the
    # Khalid ibn al-Walid Army, which pledged allegiance to IS in 2016", "a siege that began on June 24": a later
    # relative clause's date is its own
    mine = [d for d in usable if not (d.start > a and (_RELATIVE_TO.search(doc.text[a:d.start]) or (re.search(
        r",?\s+and\s+(?:then,?\s+)?(?:on|in|by)\s+(?:the\s+)?$", doc.text[a:d.start]) and d.start - a > 8)))
            # (nor "Afrin town was encircled, and on 16 March its allies captured Maabatli": the next clause's day)
            and not (d.end < a and re.search(r",\s+(?:which|who)\b[^,;]*$", doc.text[max(s.start, d.start - 100):d.start])
                     and re.match(r"[^,;]*,", doc.text[d.end:a]))  # (nor "The group, which declared a caliphate last
            # weekend, also seized X": the relative clause's day)
            and not (d.end < a and re.fullmatch(r"(?i)the\s+day\s+(?:before|after)", d.text)
                     and re.match(r"\s+(?:they|it|he|she|we|the\s+\w+|rebels|troops|(?-i:[A-Z]))[^,;.]*,", doc.text[d.end:a]))]
    # (and not "On 20 July, the day after Azaz fell, units entered X": that phrase dates Azaz's fall only)
    usable = mine if mine or s.narrative_before is not None else usable  # (a lede's only date stays)
    usable = [d for d in usable if not (d.start > a and re.search(
        r"(?i)\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|"
        r"several|\d+)?\s*(?:days?|weeks?|months?|years?)?\s*(?:after|before)\b", doc.text[a:d.start]))]
    # ("The liberation of Albu Kamal comes less than a week after the army announced on Friday, November 3, that …": the
    # other event's day)
    usable = [d for d in usable if not (d.start > a and _APPOSITIVE_DEED.search(doc.text, a, d.start))]
    # "took Hayan, Anadan and Huraytan, rebel strongholds since 2012, along with …": an appositive's "since" dates the
    # state it describes, not the change
    usable = [d for d in usable if not (d.start > a and re.search(
        r"(?i)(?:,\s*(?:[\w'’-]+\s+){0,3}?|\b(?=held\b))(?:strongholds?|bastions?|held|hands|control|capital|seat)\s+(?:[\w'’-]+\s+){0,3}?since\s+$",
        doc.text[max(a, d.start - 60):d.start + (6 if d.text.lower().startswith("since ") else 0)])
        and re.match(r"\s*,", doc.text[d.end:d.end + 3]))]
    # "has taken most of Aleppo city …, the government's largest territorial loss since 2015": a comparison's year
    usable = [d for d in usable if not (d.start > a and re.search(
        r"(?i)\b(?:largest|biggest|worst|heaviest|greatest|deadliest|fastest|sharpest|most\s+[\w-]+|first)\s+(?:[\w'’-]+\s+){0,4}?"
        r"since\s+(?:early\s+|late\s+|mid-?)?$", doc.text[max(a, d.start - 70):d.start + (6 if d.text.lower().startswith("since ") else 0)]))]
    # "a blockade … on the old quarter, which had kept some autonomy under the Russian-brokered settlement of 2018": that
    # year is the settlement's, not the siege's
    usable = [d for d in usable if not (re.match(r"(?i)of\s", d.text) and (deal := _DEAL_NOUN_BEFORE.search(
        doc.text, max(s.start, d.start - 16), d.start)) is not None and not deal.start() <= a < d.start)]
    # "Salma had been the opposition's anchor since 2012, and its fall unlocked the ridges: X and Y were taken": another
    # clause's "since" dates that clause's state
    usable = [d for d in usable if not (d.text.lower().startswith("since") and not c0 <= d.start < c1)]
    notes = [d.note for d in s.dates if d.date is None and d.note]
    in_clause = [d for d in usable if c0 <= d.start < c1]
    lead_sub = _LEAD_SUB.match(doc.text, s.start, a)
    if lead_sub and any(d.start >= lead_sub.end() for d in in_clause):
        # "After the liberation of Idlib on 28 March …, the mujahideen yesterday completed the liberation of
        # Ariha": the leading phrase's dates are its own
        in_clause = [d for d in in_clause if d.start >= lead_sub.end()]
    # "Palmyra, lost to IS on 20 May 2015, was retaken in March 2016": the day of an aside's own verb is that verb's
    in_clause = [d for d in in_clause if not (d.end <= a and "," in doc.text[d.end:a] and any(
        c0 <= t < d.start and doc.text[max(0, t - 2):t] == ", " and not re.search(r"[,;]", doc.text[t:d.start])
        for t in others))] or in_clause
    own_segment = [d for d in in_clause if d.start > a and d.precision == "day" and not re.search(r"[,;]", re.sub(
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s", "", doc.text[a:d.start]))  # ("on Sunday, March 18")
                   and not re.search(r"\b(?:and|then)\s+(?![A-Z])", doc.text[a:d.start])]  # (not "overran Suran on its first
    # day and took Khattab on 22 March")
    if own_segment and any(d.end <= a and re.search(r"[,;]", doc.text[d.end:a]) for d in in_clause):
        # "Taken by the army on 8 May, recaptured by a joint HTS assault on 21 May, …": each participle's own day
        in_clause = own_segment
    if any(d.start > a and d.precision == "day" for d in in_clause):
        # "launched their offensive on March 21 and overran Suran and Maardes on March 22": the day before "and" is the
        # verb before it's
        in_clause = [d for d in in_clause if not (d.end <= a and re.fullmatch(r",?\s+and\s+(?:then\s+)?(?:re-)?", doc.text[d.end:a]))]
    if in_clause and all(d.start > a and SPEECH_DATE.search(doc.text, max(s.start, d.start - 25), d.start) for d in in_clause) \
            and _GAP_BEFORE.search(doc.text[max(s.start, c0 - 30):c0]) \
            and any(d.start < c0 and d.precision == "day" for d in usable):
        # "recaptured Sabboura on Thursday, two days after rebels seized it …, a watchdog said Saturday": the day it was
        # said is not the seizure's; that is counted back from the main clause's
        in_clause = []
    if in_clause:
        # "three weeks later, on 23 November": the stated day over the reckoned one; "meanwhile … on
        # Saturday": the day over the connective
        return min(in_clause, key=lambda d: (d.text.lower() in _CONNECTIVES and len(in_clause) > 1,
                                             d.kind in ("weekday", "today") and any(
                                                 x.kind == "explicit" and x.precision == "day" for x in in_clause),
                                             d.kind == "relative" and d.precision == "approximate"
                                             and any(x.kind == "explicit" for x in in_clause),
                                             abs(d.start - a), d.start > a)), "stated", notes
    if _NOT_UNTIL.search(doc.text, c0, c1):
        # "the army didn't get it back until the 30th": the day after "not … until" is the event's
        after = [d for d in usable if c1 <= d.start and _NOT_UNTIL_DATE.fullmatch(doc.text, c1, d.start)]
        if after:
            return after[0], "stated", notes
    gap = _GAP_BEFORE.search(doc.text[max(s.start, c0 - 30):c0])
    if gap and "," in doc.text[c0:a]:
        gap = None  # "On November 29, two days after the offensive began, fighters pushed in": the main clause
    main = [d for d in usable if d.start < c0 and d.precision == "day" and d.date is not None]
    lead_gap = _LEAD_GAP.match(doc.text, s.start, s.end)
    if lead_gap and not usable and s.narrative_before is not None:
        # "Six days after the town fell, troops entered the village": the fall is the story's day, the entry
        # that many days later
        n = _gap_days(lead_gap)
        later = a >= lead_gap.end() and lead_gap.group("rel").lower() == "after"
        earlier = a >= lead_gap.end() and lead_gap.group("rel").lower() == "before"
        day = s.narrative_before + dt.timedelta(days=n if later else -n if earlier else 0)
        return DateMention(s.start, s.start, lead_gap.group(), day, None, "day", "relative"), "stated", \
            [f"'{lead_gap.group().strip(' ,')}'"[:80] + ": counted from the story's day"]
    if gap and not main and not usable and s.narrative_before is not None:
        # "That was a day after rebels entered Damascus": a day before the story's day
        main = [DateMention(s.start, s.start, "", s.narrative_before, None, "day", "relative")]
    if gap and main and main[-1].date is not None:
        # "entered Saqba on Saturday, a day after seizing Hamouria": a day before the main clause's day
        n = _gap_days(gap)
        day = main[-1].date + dt.timedelta(days=-n if gap.group("rel").lower() == "after" else n)
        window = max(s.start, c0 - 30)  # ("less than two weeks after …": a day, give or take)
        rough = re.search(r"(?i)\b(?:less|more|fewer)\s+than\s+$|\b(?:nearly|almost|about|some|over|around)\s+$",
                          doc.text[window:window + gap.start()])
        if gap.group("unit").lower().startswith(("week", "month")):  # "a week after rebels stormed it": give or take a day
            slack = 1 if gap.group("unit").lower().startswith("week") else 7  # ("a month after the same coalition seized
            return DateMention(main[-1].start, main[-1].end, main[-1].text, day - dt.timedelta(days=slack),  # Idlib": a week)
                               day + dt.timedelta(days=slack), "range", "relative"), "stated", \
                [*notes, f"'{gap.group().strip()}' the day of the main clause, give or take {'a day' if slack == 1 else 'a week'}"]
        return DateMention(main[-1].start, main[-1].end, main[-1].text, day, None, "approximate" if rough else "day",
                           "relative"), "stated", [*notes, f"'{gap.group().strip()}' the day of the main clause"]
    prev_t = max((t for t in others if t < a), default=None)
    told_between = [d for d in usable if prev_t is not None and prev_t < d.start < a and d.precision == "day"
                    and re.search(r"(?i),?\s+and\s+(?:then\s+)?(?:on|in|by)\s+$", doc.text[max(prev_t, d.start - 16):d.start])]
    if told_between:  # "On 24 March our fighters freed Jabar, and on 26 March, after heavy clashes, they liberated the
        return told_between[-1], "stated", notes  # airport": the day told between the two deeds is the second's
    between = [d for d in usable if prev_t is not None and prev_t < d.start < a and d.precision == "day"
               and re.fullmatch(r",?\s+and\s+(?:then\s+)?", doc.text[d.end:a])]
    if between:  # "managed on Saturday to infiltrate X, but that the lions launched a counter-attack at dawn on Sunday and
        return between[-1], "stated", notes  # restored full control of X": the day of the verb the second one shares
    lead = [d for d in usable if d.start < lead_end]
    if lead:
        return lead[-1], "stated", notes
    earlier = [d for d in usable if d.start < c0]
    if earlier and WHEN_CLAUSE.search(doc.text[max(s.start, c0 - 12):c0]):
        return earlier[-1], "stated", notes  # "… ended on 26 August, when the rebels agreed to leave"
    if stop is not None and usable and all(d.start >= stop for d in usable) and s.narrative_before is not None:
        # "X stormed the town, and the soldiers were besieged … until they broke out on 22 May": the date
        # belongs to the later clause's own event; this one keeps the narrative's date
        d = DateMention(s.start, s.start, "", s.narrative_before, None, "approximate", "vague")
        return d, "inherited", [*notes, "the sentence's date belongs to a later clause: date inherited"]
    after = [d for d in usable if d.start > a and d.precision == "day"
             and re.search(r",?\s+after\s+[^,;.]{3,80}$", doc.text[a:d.start])]
    if after and len(after) == len(usable) and re.search(r"(?i)\b(?:has|have)\s+(?:now\s+)?been\b",
                                                         doc.text[max(s.start, a - 14):a + 12]):
        # "the city of Raqqa has been completely liberated …, after the mujahideen stormed the security squares on
        # Monday": the day of the deed that completed it
        return after[0], "stated", [*notes, "the day of the 'after' clause that completed it"]
    if usable and s.narrative_before is not None and all(
            any(min(d.start, a) < t < max(d.start, a) and clause_of(s, t)[0] != c0
                and not (a < t and _SHARED_SUBJECT_AND.fullmatch(doc.text[a:t]))
                and not (a < t < d.start and any(x.start() < t < x.end() or re.fullmatch(
                    r"\s*(?:was|were|had\s+been|has\s+been)?\s*", doc.text[x.end():t]) for x in _ASIDE.finditer(doc.text, a, d.start)))
                for t in others)
            for d in usable):
        # "The fall of the town came days after the army seized the airbase on Saturday": the other
        # clause's date belongs to its own event
        d = DateMention(s.start, s.start, "", s.narrative_before, None, "approximate", "vague")
        return d, "inherited", [*notes, "the sentence's date belongs to another clause's event: date inherited"]
    if usable:
        return min(usable, key=lambda d: abs(d.start - a)), "sentence", notes
    dated_paragraph = any(x.dates for x in doc.sentences[max(0, s.index - 8):s.index] if x.para == s.para)
    if doc.published is not None and ((R.PRESENT.search(clause_text) and not dated_paragraph
                                       and not (s.narrative_before is not None and _under_day_heading(doc, s)))
                                      or s.narrative_before is None):
        d = DateMention(s.start, s.start, "", doc.published, None, "approximate", "vague")
        return d, "published", [*notes, "undated, present tense: read as of publication"]
    if s.narrative_before is not None:
        d = DateMention(s.start, s.start, "", s.narrative_before, None, "approximate", "vague")
        return d, "inherited", [*notes, "undated sentence: date inherited from the narrative"]
    return None, "none", [*notes, "no date found"]


# "A YPG counter-attack on Qastal Jindo, which the Kurdish forces lost last month, was repulsed on Saturday": the aside's
# verb has its own day; the one after it is the main clause's
_ASIDE = re.compile(r",\s+(?:which|who|whom)\b[^,;.]*,")


_HAPPENED = re.compile(r"^\W*(?:\d+/\s*)?(?:this|that|it)\s+(?:actually\s+)?(?:happened|took\s+place|occurred)\s+"
                       r"(?:on|in|by)\s+$", re.IGNORECASE)


def dated_by_next(s: Sentence, earlier: Sequence[RawEvent]) -> None:
    """"2/ Tell Rifaat: SDF -> SNA, confirmed. This happened on 1 Dec": the changes of the sentence before,
    undated there, take the day this one gives."""
    day = next((d for d in s.dates if d.date is not None and _HAPPENED.match(s.text[:d.start - s.start])), None)
    if day is None:
        return
    for e in earlier:
        if e.sentence.index == s.index - 1 and e.date_how in ("inherited", "published", "none"):
            e.date, e.date_how = day, "stated"
            e.notes = [n for n in e.notes if "date inherited" not in n and "as of publication" not in n]
            e.notes.append(f"dated by the next sentence (line {s.line})")


def told_again_next(s: Sentence, mine: list[RawEvent], earlier: list[RawEvent]) -> None:
    """"Nawa … gave in after two days of bombardment. Its notables accepted the terms on 17 July, and army units
    were inside the town by the next morning": an undated change the next sentence tells again, with its day, takes
    that day (and the side named there)."""
    for e in earlier:
        if e.sentence.index != s.index - 1 or e.sentence.para != s.para or e.date_how not in ("inherited", "published") \
                or e.place is None or e.place.place is None or ACTIONS[e.action][0] != "control":
            continue
        twin = next((x for x in mine if x.place is not None and x.place.place is not None and x.date is not None
                     and x.place.place.id == e.place.place.id and x.date_how in ("stated", "sentence")
                     and ACTIONS[x.action][1] == ACTIONS[e.action][1] and x.gains is not None), None)
        inferred = any(n.startswith("gaining side inferred") for n in e.notes) or e.gains is None
        if twin is None or not ((inferred and twin.action != "recaptured") or twin.gains == e.gains):
            continue  # (not "stormed Albu Kamal … Two days later ISIS regained most of the town": another change)
        e.date, e.date_how = twin.date, "stated"
        e.notes = [n for n in e.notes if "date inherited" not in n and "as of publication" not in n]
        e.notes.append(f"dated by the next sentence, which tells the same change (line {s.line})")
        if inferred:
            e.gains, e.loses = twin.gains, twin.loses
            e.notes = [n for n in e.notes if not n.startswith(("gaining side inferred", "losing side inferred"))]
            e.notes.append(f"sides as the next sentence tells them (line {s.line})")


_RESPECTIVELY = re.compile(r"(?i),?\s*\brespectively\b")
_TWO_DAYS = re.compile(r"(?i)\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+and\s+(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b")


def respectively(s: Sentence, mine: list[RawEvent]) -> None:
    """"Sheikh Hadid and Jinderes fell on March 6 and March 8 respectively" (or "on 6 and 8 March,
    respectively"): of the places one verb took, the n-th takes the n-th day listed before "respectively"."""
    if (word := _RESPECTIVELY.search(s.text)) is None:
        return
    at = s.start + word.start()
    groups: dict[int, list[RawEvent]] = {}
    for e in mine:
        if e.place is not None and e.trigger_start < at and e.date is not None:
            groups.setdefault(e.trigger_start, []).append(e)
    for evs in groups.values():
        evs = sorted({e.place.start: e for e in evs if e.place is not None}.values(),
                     key=lambda e: e.place.start if e.place else 0)
        if len(evs) < 2:
            continue
        last = max(evs[-1].place.end if evs[-1].place else 0, evs[0].trigger_start)
        days = [d for d in s.dates if last <= d.start and d.end <= at and d.date is not None]
        if days and not re.fullmatch(r"[\s,]*", s.text[days[-1].end - s.start:at - s.start]):
            continue  # the days must end where "respectively" begins
        if len(days) == 1 and len(evs) == 2 and days[0].date is not None and days[0].date_end is not None \
                and (two := _TWO_DAYS.search(days[0].text)) is not None:
            first, second = days[0].date, days[0].date_end  # "on 6 and 8 March" was read as a span
            days = [dataclasses.replace(days[0], date=first.replace(day=int(two["d1"])), date_end=None, precision="day"),
                    dataclasses.replace(days[0], date=second.replace(day=int(two["d2"])), date_end=None, precision="day")]
        if len(days) != len(evs):
            continue
        for e, d in zip(evs, days, strict=True):
            if e.date is not d:
                e.date, e.date_how = d, "stated"
                e.notes.append("its day is the matching one of a list read 'respectively'")


def day_before_when(doc: Doc, s: Sentence, a: int, date: DateMention | None, how: str) -> tuple[DateMention | None, str]:
    """"This was filmed on 10 March, when the town was taken": the day named just before "when"."""
    when = next((d for d in reversed(s.dates) if d.end <= a and d.date is not None
                 and re.fullmatch(r",?\s+when\s+[^,;.]{0,40}", doc.text[d.end:a])), None)
    return (when, "stated") if when is not None and date is not when else (date, how)


# between a place and its own day: "Kobani on the night of", "Tadef, about 2 km south of al-Bab, on", "Jandairis, the
# district's second town, on", "X, which fell on", "the city, which our units completed on"
_OWN_DAY_GAP = re.compile(r"(?:\s+and\s+its\s+(?:[\w-]+\s+){0,2}?(?:gas\s+field|oil\s+field|field|base|dam|airport|castle|citadel|"
                          r"bridge|crossing|outskirts|countryside|hills?))?"  # ("… and then the area of Arak and its gas field on Monday")
                          # (and "Jabboul, on the edge of the salt lake, on 21 October": an appositive before the day)
                          r"[\s,]*(?:\([^()]{0,40}\)\s*,?\s*|(?:which|where|who|the|a|an|its|about|some|roughly|around|nearly|"
                          r"just|with|including|\d+\s*km|(?:on|at|in|near|along|beside|overlooking)\s+the)\s[^,;.()]{0,70},\s*){0,2}(?:which\s+(?:had\s+)?(?:fell|fallen)\s+|which\s+(?:[\w'’-]+\s+){1,3}?"
                          r"(?:completed|closed|sealed|tightened|finished)\s+)?(?:on|in|by)?\s*(?:the\s+(?:night|morning|evening)\s+of\s+)?")


_ITEM_DAY = re.compile(r"\s+(?:the\s+(?:town|village|city|hamlet)\s+of\s+)?|,\s+the\s+(?:town|village|city|hamlet)\s+of\s+")  # a list item's day before its place ("…, on
# Sunday Deir al-Gharbi, and yesterday, Monday, the village of al-Ghadfa")

def place_own_date(doc: Doc, s: Sentence, p: PlaceRef, a: int, date: DateMention | None,
                   how: str) -> tuple[DateMention | None, str]:
    """The day a place after the trigger has of its own: "entered Manbij on 15 October and Kobani on the night of
    16 October", "took Tadef, about 2 km south of al-Bab, on Tuesday", "captured Tell Abyad on 16 June 2015 and, a
    week later, Ain Issa"."""
    def own_after(end: int) -> DateMention | None:
        return next((d for d in s.dates if d.date is not None and end <= d.start <= end + 90
                     and _OWN_DAY_GAP.fullmatch(doc.text, end, d.start)
                     and not ("," in doc.text[end:d.start]
                              and any(q.start > d.end and _ITEM_DAY.fullmatch(doc.text, d.end, q.start) for q in s.places))), None)
    own = own_after(p.end)
    if own is None and (pair := next((q for q in s.places if q.start >= p.end and re.fullmatch(
            r"\s+and\s+", doc.text[p.end:q.start])), None)) is not None:
        own = own_after(pair.end)  # "It took Tell Mannas on Monday and Maar Shamshah and Ghadfa on Sunday": the pair's day
    # (not "on Friday our lions liberated Maar Shurin, on Sunday Deir al-Gharbi": that day begins the next item)
    # (and its own day is nearer than one told after the next place: "had taken Hteitet al-Turkman, on the road to the
    # airport, on Thursday, and Sbeineh on Nov. 7", unless its own is relative: "three weeks later, on 23 November")
    nearer = date is not None and date.start > own.start and own.kind != "relative" if own is not None else False
    if own is not None and p.start > a and own is not date and (date is None or date.start < p.start or nearer):
        date, how = own, "stated"  # "entered Manbij on 15 October and Kobani on the night of 16 October"
    def lead_for(start: int) -> DateMention | None:
        return next((d for d in s.dates if d.date is not None and a < d.start and d.end <= start
                     and ((re.fullmatch(r",\s*", doc.text[d.end:start])
                          and re.search(r"\band,?\s*$", doc.text[max(s.start, d.start - 8):d.start]))
                          or (re.fullmatch(r",?\s+(?:the\s+(?:town|village|city)\s+of\s+)?", doc.text[d.end:start])
                          and re.search(r"\band(?:\s+then)?,?\s+(?:on|in|by)\s+$", doc.text[max(s.start, d.start - 20):d.start]))
                          or (_ITEM_DAY.fullmatch(doc.text, d.end, start)
                              and re.search(r"(?:,|\band)\s+(?:then\s+)?(?:on\s+|in\s+|by\s+)?$",
                                            doc.text[max(s.start, d.start - 12):d.start])))), None)
    # (and "…, and on Sunday of last week the town of Sheikh al-Hadid")
    lead = lead_for(p.start)
    before = [q for q in s.places if a < q.start and q.end <= p.start]
    if lead is None and before and re.fullmatch(r"\s+and\s+", doc.text[before[-1].end:p.start]):
        lead = lead_for(before[-1].start)  # "took Sheikh Ali on Saturday and, on Sunday, Kafr Amma and Urum al-Sughra": both
    if own is None and lead is not None and lead is not date:
        date, how = lead, "stated"  # "captured Tell Abyad on 16 June 2015 and, a week later, Ain Issa"
    along = re.search(r",?\s+(?:together|along)\s+with\s+(?:the\s+)?$", doc.text[max(s.start, p.start - 30):p.start])
    shared = next((d for d in s.dates if d.date is not None and a < d.start and along is not None
                   and doc.text[d.end:p.start - len(along.group())].strip() == ""), None) if own is None else None
    if shared is not None and shared is not date:
        date, how = shared, "stated"  # "took al-Tabqa on 11 February, together with the Tabqa Dam": the same day
    return date, how


def since_date(doc: Doc, s: Sentence, b: int, *, active: bool) -> DateMention | None:
    """The day a place has been held since, which is when it was taken: "had been run by local former rebels since
    2018"; with ``active``, "have run Kobani and Afrin since government forces left those towns in July". A month
    after the publication's ("since September", said in March) is last year's."""
    since = next((d for d in s.dates if d.start > b and re.search(r"(?i)\bsince\s+(?:early\s+|late\s+|mid-?)?$",
                                                                   doc.text[max(b, d.start - 12):d.start])), None)
    if since is None and active and (word := re.search(r"(?i)\bsince\b", doc.text[b:s.end])):
        since = next((d for d in s.dates if b + word.end() <= d.start <= b + word.end() + 70), None)
    if since is not None and doc.published is not None and since.date is not None and since.date > doc.published \
            and since.precision == "month":
        last = since.date_end.replace(year=since.date_end.year - 1) if since.date_end else None
        since = DateMention(since.start, since.end, since.text, since.date.replace(year=since.date.year - 1), last,
                            since.precision, since.kind)
    return since
