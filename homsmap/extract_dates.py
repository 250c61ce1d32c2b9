"""Dates in English war reporting, for :mod:`homsmap.extract`.

:func:`scan_dates` finds the date expressions of one sentence and resolves them against a
:class:`DateContext` (publication date, year in force, narrative date), which it then moves on:

>>> ctx = DateContext(published=dt.date(2014, 5, 2))
>>> [(d.text, str(d.date), d.precision) for d in scan_dates("Explosions on April 29 and today.", ctx)]
[('April 29', '2014-04-29', 'day'), ('today', '2014-05-02', 'day')]
>>> ctx = DateContext(default_year=2024)
>>> d = scan_dates("captured on the night of 7/8 December", ctx)[0]
>>> (str(d.date), str(d.date_end), d.precision, d.time)
('2024-12-07', '2024-12-08', 'range', 'night of 7/8 December')
>>> [str(d.date) for d in scan_dates("On the following day, the army advanced.", ctx)]
['2024-12-09']

What is understood
------------------
- explicit days ("6 December 2024", "April 29", "2018-04-15"), ranges ("15–20 April 2018",
  "29 April – 16 May 2018", "the night of 7/8 December"), months ("April 2018", "late March 2018"),
  years only after a preposition ("in 2016", "mid-2017"; a bare "2024 Homs offensive" is a name);
- relative days against the narrative date ("the following day", "two days later", "that day",
  "the same day", "the previous day") and vague ones ("subsequently", "shortly after");
- weekdays, "today", "yesterday" against the publication date (unresolved without one).

A day without a year takes the year of the last full date of the text, else the publication year
(a year earlier when that would put it more than a month after publication), else the first year
the document gives anywhere. Only day-precision dates move the narrative date, and never to a
day after publication (a scheduled election is not where the story is).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from homsmap.extract_datecontext import DateContext, DateMention
from homsmap.extract_datewords import (
    BACKGROUND_DAY,
    BARE_YEAR,
    CITATION,
    HIJRI_MONTHS,
    LISTED_YEAR,
    MONTH_CONTEXT,
    NEXT_YEAR,
    NUMBERS,
    ORDINAL_DAYS,
    PATTERNS,
    REL_YEAR,
    STAMP_BEFORE,
    STORY_BEGAN,
    THAT_YEAR,
    THIS_SEASON,
    TIME,
    WEEKDAY_BEFORE,
    WEEKDAYS,
    hijri_day,
    month_number,
    part_of_month,
)

__all__ = ["DateContext", "DateMention", "scan_dates", "time_of_day"]
def _day(y: int | None, m: int, d: int) -> dt.date | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _hijri(start: int, end: int, raw: str, g: dict[str, str | None], ctx: DateContext) -> DateMention | None:
    """"Sunday, 28 Shawwal 1435": the Gregorian day (see :func:`homsmap.extract_datewords.hijri_day`)."""
    month = next(k + 1 for k in range(len(HIJRI_MONTHS)) if g.get(f"h{k}"))
    ref = ctx.narrative or ctx.published or (dt.date(ctx.year, 7, 1) if ctx.year else None)
    when = hijri_day(int(g["d1"] or 0), month, int(hy) if (hy := g.get("hy")) else None, near=ref, published=ctx.published,
                     weekday=WEEKDAYS[(g["wd"] or "").lower()] if g.get("wd") else None)
    return None if when is None else DateMention(start, end, raw, when, None, "day", "explicit", note="Hijri date")


_LABEL_YEAR = re.compile(r"\W*(?:[A-Z][\w'’-]*(?:\s+|-)){0,3}[A-Z][\w'’-]*,\s+((?:19|20)\d\d)(?:\s*[–—-]\s*(?:19|20)?\d\d)?\.(?:\s|$)|"
                         r"\W*((?:19|20)\d\d)(?:\s*[–—-]\s*(?:19|20)?\d\d)?\s+[—–]\s+(?=\d{1,2}\s+[A-Z][a-z]+\b|[A-Z])|"  # ("2014 — 22 September: …")
                         r"\W*The\s+((?:19|20)\d\d)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\.(?:\s|$)")  # ("The 2017 push. …")
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NEEDS = {"weekday": ("day",), "nthwd": ("day of",), "today": ("today", "tonight", "yesterday", "last night", "this ", " hours"), "weekend": ("weekend",), "lastweek": (" week",),
          "relmonth": ("month", "year"), "ago": (" ago",),
          "rel": ("day", "since then", "meanwhile", "same time", "simultaneously", "week", "morning", "evening", "night", "afternoon", "hours",
                  "nightfall"),
          "vague": ("subsequently", "shortly", "soon after", "afterwards", "thereafter", "recent")}


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    found = []
    digits = any(ch.isdigit() for ch in text)
    months = any(m in text for m in _MONTH_STEMS)
    low = text.lower()
    for name, rx in PATTERNS:
        if name in _NEEDS:
            if not any(n in low for n in _NEEDS[name]):
                continue
        elif name in ("month", "months") or (name == "dmy" and not digits):  # ("the tenth of February")
            if not months:
                continue
        elif not digits:
            continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            continue
        kept.append(f)
    return kept


def _resolve(name: str, m: re.Match[str], text: str, ctx: DateContext) -> DateMention | None:
    g = m.groupdict()
    start, end, raw = m.start(), m.end(), m.group()
    explicit_year = g.get("y1") or g.get("y2")
    if name in ("night", "span", "days", "usdays"):
        m1 = month_number(g["m1"])
        m2 = month_number(g["m2"]) if g.get("m2") else m1
        d1, d2 = int(g["d1"]), int(g["d2"])
        y2 = int(g["y2"]) if g.get("y2") else int(g["y1"]) if g.get("y1") else ctx.year_for(m2, d2)
        y1 = int(g["y1"]) if g.get("y1") and g.get("y2") else (y2 - 1 if y2 is not None and m1 > m2 else y2)
        first, last = _day(y1, m1, d1), _day(y2, m2, d2)
        if first is None or last is None or last < first:
            return None
        time = raw if name == "night" else None
        return DateMention(start, end, raw, first, last, "range", "explicit", time)
    if name == "dotted":
        before = text[max(0, start - 6):start]
        if not (g.get("y1") or re.search(r"(?:\[|\(|\bon |\bby |\bsince |\bthe )$", before)
                or (not text[:start].strip() and re.match(r"\s*\||\s+(?:[01]?\d|2[0-3]):[0-5]\d\s*[-–—]\s", text[end:]))):
            # (a table row's "28.11 | …", a channel's post "19.08 23:40 - 🔴 BREAKING: …")
            return None  # "1.5 million", "3.5 km": numbers, not dates
        mo, d = int(g["mm"]), int(g["dd"])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        dy = int(g["y1"]) if g.get("y1") else ctx.year_for(mo, d)
        day = _day(dy, mo, d)
        return DateMention(start, end, raw, day, None, "day", "explicit") if day else None
    if name == "stamp":
        day = _day(2000 + int(g["yy"]), int(g["mm"]), int(g["dd"]))
        return DateMention(start, end, raw, day, None, "day", "explicit") if day else None
    if name in ("dmy", "mdy", "iso"):
        y: int | None
        if name == "iso":
            y, mo, d = int(g["y1"]), int(g["mm"]), int(g["dd"])
        else:
            mo, d = month_number(g["m1"]), (int(g["d1"]) if g["d1"].isdigit() else ORDINAL_DAYS[re.sub(r"\s+", " ", g["d1"].lower())])
            if g["m1"] == "May" and not explicit_year and name == "mdy" and text[end:end + 1].isalpha():
                return None
            y = int(g["y1"]) if g.get("y1") else ctx.year_for(mo, d)
        if not g.get("y1") and ctx.last_year and THAT_YEAR.match(text, end):
            y = ctx.last_year  # "on 21 August that year"
        nxt = NEXT_YEAR.match(text, end)
        if not g.get("y1") and ctx.last_year and nxt:
            # "On 5 June the following year": the year after the one named last
            y = ctx.last_year + (1 if nxt.group(1).lower() in ("following", "next") else -1)
            ctx.year = ctx.last_year = y
        if not g.get("y1") and (listed := LISTED_YEAR.match(text, end)) is not None:
            later = month_number(listed["m1"] or listed["m2"])
            y = int(listed["y"]) - (1 if mo > later else 0)  # ("on 27 December and 3 January 2017": 2016's December)
        rel = REL_YEAR.match(text, end) if not g.get("y1") and ctx.published is not None else None
        if rel and ctx.published is not None:  # "on 12 July last year", against the publication date
            y = ctx.year = ctx.published.year + {"last": -1, "this": 0, "next": 1}[rel.group(1).lower()]
            ctx.year_here, end, raw = True, rel.end(), text[start:rel.end()]
            ctx.looking_back = ctx.looking_back or rel.group(1).lower() == "last"  # (its story is last year's)
        named_wd = WEEKDAY_BEFORE.search(text, max(0, start - 16), start) if not g.get("y1") and y is not None else None
        if named_wd and y is not None and (_day(y, mo, d) or dt.date.min).weekday() != WEEKDAYS[named_wd.group(1).lower()]:
            # "Thursday the 23rd of February" in a letter that named 2014 before: the year whose 23 February is a
            # Thursday, the nearest to the one reckoned or to the publication's (not past the publication)
            fits = [c for c in range(y - 6, y + 7) if (day_c := _day(c, mo, d)) is not None
                    and day_c.weekday() == WEEKDAYS[named_wd.group(1).lower()]
                    and (ctx.published is None or day_c <= ctx.published)]
            if fits:
                pub = ctx.published.year if ctx.published is not None else y
                y = ctx.year = min(fits, key=lambda c: (min(abs(c - (y or c)), abs(c - (pub or c))), -c))
                ctx.year_here = True
        day = _day(y, mo, d)
        if day is not None and (wd_named := WEEKDAY_BEFORE.search(text, max(0, start - 16), start)) \
                and day.weekday() == WEEKDAYS[wd_named.group(1).lower()]:
            ctx.week_day = day
        return DateMention(start, end, raw, day, None, "day", "explicit") if day else None
    if name in ("months", "month"):
        if name == "month" and not explicit_year and not g.get("q") and not MONTH_CONTEXT.search(text[:start]) \
                and not (re.fullmatch(r"\s*(?:[-*•]\s*)?", text[:start]) and re.match(r"\s*[–—:-]\s", text[end:])):
            return None  # (but "- August – IS seized …": a timeline's month heads its line)
        m1 = month_number(g["m1"])
        m2 = month_number(g["m2"]) if g.get("m2") else m1
        my = int(g["y1"]) if g.get("y1") else ctx.year_for(m1)
        if not g.get("y1") and ctx.last_year and (THAT_YEAR.match(text, end)
                                                  or re.search(r"(?i)\b(?:that|the\s+same)\s+$", text[max(0, start - 10):start])):
            my = ctx.year = ctx.last_year  # "that June", "in May that year": and the days after it too
            ctx.year_here = True
        story = ctx.last_seen or ctx.narrative
        if not g.get("y1") and story is not None and re.search(r"(?i)\b(?:the\s+)?(?:following|next)\s+$",
                                                               text[max(0, start - 15):start]):
            my = ctx.year = story.year if m1 > story.month else story.year + 1  # "by the following January"
            ctx.year_here = True
        if not g.get("y1") and story is not None and re.search(r"(?i)\b(?:the\s+)?(?:previous|preceding)\s+$",
                                                               text[max(0, start - 15):start]):
            my = story.year if m1 < story.month else story.year - 1  # "had overrun the previous September"
        ref = ctx.published or ctx.narrative
        if not g.get("y1") and ref is not None and re.search(r"(?i)\blast\s+$", text[max(0, start - 6):start]):
            my = ref.year if m1 < ref.month else ref.year - 1  # "last June", written in May 2014: June 2013
        if not g.get("y1") and (listed := LISTED_YEAR.match(text, end)) is not None:
            later = month_number(listed["m1"] or listed["m2"])
            my = int(listed["y"]) - (1 if m1 > later else 0)  # ("in December and on 3 January 2017": 2016's December)
        rel = REL_YEAR.match(text, end) if not g.get("y1") and ctx.published is not None else None
        if rel and ctx.published is not None:  # "in September last year", against the publication date
            my = ctx.published.year + {"last": -1, "this": 0, "next": 1}[rel.group(1).lower()]
            end, raw = rel.end(), text[start:rel.end()]
        if my is None:
            return None
        first = dt.date(my, m1, 1)
        last = dt.date(my, m2, calendar.monthrange(my, m2)[1])
        q = " ".join((g.get("q") or "").lower().split())
        first, last = part_of_month(q, first, last)
        precision = "month" if not q and m1 == m2 else "range"
        return DateMention(start, end, raw, first, last, precision, "explicit")
    if name == "season":
        y = int(g["y1"])
        first, last = {"spring": (dt.date(y, 3, 1), dt.date(y, 5, 31)), "summer": (dt.date(y, 6, 1), dt.date(y, 8, 31)),
                       "autumn": (dt.date(y, 9, 1), dt.date(y, 11, 30)), "fall": (dt.date(y, 9, 1), dt.date(y, 11, 30)),
                       "winter": (dt.date(y, 1, 1), dt.date(y, 2, 28))}[g["season"].lower()]
        return DateMention(start, end, raw, first, last, "range", "explicit")
    if name == "year":
        y = int(g["y1"])
        q = g["q"].lower()
        first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
        if q == "early":
            last = dt.date(y, 4, 30)
        elif q == "mid":
            first, last = dt.date(y, 5, 1), dt.date(y, 8, 31)
        elif q == "late":
            first = dt.date(y, 9, 1)
        return DateMention(start, end, raw, first, last, "range", "explicit")
    if name == "hijri":
        return _hijri(start, end, raw, g, ctx)
    if name == "nthwd":
        month = month_number(g["m1"])
        year = int(g["y1"]) if g.get("y1") else ctx.year_for(month)
        if year is None:
            return None
        wd = WEEKDAYS[g["wd"].lower()]
        days = [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)
                if dt.date(year, month, d).weekday() == wd]
        pick = days[{"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}[g["nth"].lower()]]
        return DateMention(start, end, raw, pick, None, "day", "explicit")
    if name == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        story = ctx.last_seen or ctx.narrative
        if story is not None and re.search(r"(?i)\bon\s+the\s+$", text[max(0, start - 8):start]) \
                and (ctx.published is None or story < ctx.published):
            # "The regime took Tell Sultan on 17 January. The base itself fell on the Saturday": the story's week
            ahead = (wd - story.weekday()) % 7
            return DateMention(start, end, raw, story + dt.timedelta(days=ahead), None, "day", "relative")
        week = ctx.week_day
        if week is not None and story is not None and ctx.published is not None and ctx.anchor is None \
                and week <= story <= week + dt.timedelta(days=6) and (ctx.published - week).days <= 14 \
                and (on := story + dt.timedelta(days=(wd - story.weekday()) % 7)) <= min(week + dt.timedelta(days=6), ctx.published):
            # "… on Thursday 6 March … reached Jableh on Friday … retaken on Saturday", published ten days later:
            # a story told day by day from a recent day it gave with its weekday goes on through that week
            return DateMention(start, end, raw, on, None, "day", "relative")
        ref = ctx.anchor or ctx.published
        if ref is None:
            return DateMention(start, end, raw, None, None, "day", "weekday",
                               note=f"'{raw}' needs the publication date (--published)")
        back = (ref.weekday() - wd) % 7
        if back <= 1 and ctx.anchor is None and re.search(r"(?i)\blast\s+$", text[max(0, start - 5):start]):
            back += 7  # "last Tuesday" in a report of a Tuesday or a Wednesday: the week before (news says "on Tuesday"
            # for yesterday)
        if (last_week := re.match(r"(?i)\s+(?:of\s+)?last\s+week\b", text[end:end + 16])) is not None:
            back = (ref - (ref - dt.timedelta(days=ref.weekday() + 7) + dt.timedelta(days=wd))).days
            end, raw = end + last_week.end(), text[start:end + last_week.end()]  # "on Sunday of last week": in the week before
        return DateMention(start, end, raw, ref - dt.timedelta(days=back), None, "day", "weekday")
    if name == "today":
        word = g["today"].lower()
        ref = ctx.anchor or ctx.published
        if ref is None:
            return DateMention(start, end, raw, None, None, "day", "today",
                               note=f"'{raw}' needs the publication date (--published)")
        shift = 1 if word in ("yesterday", "last night") else 0
        time = "night" if "night" in word else word.split()[-1] if word.startswith("this") else None
        return DateMention(start, end, raw, ref - dt.timedelta(days=shift), None, "day", "today", time)
    base = ctx.narrative
    if name == "weekend":  # "last weekend" in a report published on a weekday: the Saturday and Sunday before
        ref = ctx.anchor or ctx.published
        if ref is None:
            return None
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7 or (7 if g["which"].lower() == "last" else 0))
        if g["which"].lower() == "last" and ref.weekday() == 6:  # (on a Saturday the step above went back a week)
            sat -= dt.timedelta(days=7)
        return DateMention(start, end, raw, sat, sat + dt.timedelta(days=1), "range", "weekday")
    if name == "lastweek":  # "last week": Monday to Sunday before the week of publication; "earlier this week": up to it
        ref = ctx.anchor or ctx.published
        if ref is None:
            return None
        monday = ref - dt.timedelta(days=ref.weekday() + (7 if g["which"].lower() == "last" else 0))
        return DateMention(start, end, raw, monday, max(monday, min(monday + dt.timedelta(days=6), ref - dt.timedelta(days=1))),
                           "range", "weekday")
    if name == "ordinal":  # of the month named last ("began in the first week of June … on the 29th")
        ref = ctx.last_seen or ctx.narrative or ctx.anchor or ctx.published
        if ctx.last_seen is not None and ctx.narrative is not None and 0 < (ctx.narrative - ctx.last_seen).days <= 31 \
                and ctx.narrative.month != ctx.last_seen.month:
            ref = ctx.narrative  # ("walked in on February 6 … a week after X fell on January 28 … Y fell on the 10th": the
            # story's month, not the flashback's)
        if g.get("rel") and (ref := ctx.anchor or ctx.published) is not None:  # "the 25th of last month"
            shift = {"last": -1, "previous": -1, "next": 1, "following": 1}.get((g["rel"] or "").split()[-1].lower(), 0)
            yy, mm = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
            ref = dt.date(yy, mm + 1, 1)
        d = int(g["dd"])
        if ref is not None and ctx.published is not None and not g.get("rel") and d > ctx.published.day \
                and (ref.year, ref.month) == (ctx.published.year, ctx.published.month):
            # ("recording on Thursday the twelfth … The offensive starts on the 27th": of the month before)
            yy, mm = divmod(ref.year * 12 + ref.month - 2, 12)
            ref = dt.date(yy, mm + 1, 1)
        if ref is None or not 1 <= d <= calendar.monthrange(ref.year, ref.month)[1]:
            return None
        return DateMention(start, end, raw, ref.replace(day=d), None, "day", "relative")
    if name == "ago":
        ref = ctx.anchor or ctx.published
        if ref is None:
            return None
        n = NUMBERS.get(g["n"].lower(), 1) if not g["n"].isdigit() else int(g["n"])
        unit = g["unit"].lower().rstrip("s")
        if unit == "year":
            day = ref.replace(year=ref.year - n) if not (ref.month == 2 and ref.day == 29) else ref.replace(year=ref.year - n, day=28)
            if g["today"]:
                ctx.looking_back = True
                ctx.year = day.year
                return DateMention(start, end, raw, day, None, "day", "relative")
            return DateMention(start, end, raw, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "range", "relative")
        if unit == "day":  # "three days ago": a day
            return DateMention(start, end, raw, ref - dt.timedelta(days=n), None, "day", "relative")
        gone = dt.timedelta(days=7 * n if unit == "week" else 30 * n)
        return DateMention(start, end, raw, ref - gone, None, "approximate", "relative")
    if name == "relmonth":
        ref = ctx.anchor or ctx.published
        if ref is None:
            return None
        which = g["which"].lower()
        if g["unit"].lower() == "year":
            y = ref.year - (1 if "last" in which else 0)
            return DateMention(start, end, raw, dt.date(y, 1, 1), dt.date(y, 12, 31), "range", "relative")
        first = ref.replace(day=1)
        if "last" in which:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        if "this" in which:
            last = ref  # "earlier this month": up to the report's day
        ctx.year, ctx.year_para = first.year, True  # ("last month … On November 29": back in the present)
        return DateMention(start, end, raw, first, last, "month" if "this" not in which else "range", "relative")
    if name == "clock":  # "13:15 GMT —" in a live blog: the same day as the update before it
        if base is None:
            return None
        return DateMention(start, end, raw, base, None, "day", "relative")
    if name == "rel":
        if base is None:
            return DateMention(start, end, raw, None, None, "day", "relative", note=f"'{raw}' has no date to follow")
        shift = 0
        if g.get("next") or "day after" in raw.lower():
            shift = 1
        elif g.get("n"):
            shift = NUMBERS.get(g["n"].lower()) or int(g["n"])
        elif g.get("m"):
            shift = -(NUMBERS.get(g["m"].lower()) or int(g["m"]))
        elif g.get("prev") or "day before" in raw.lower():
            shift = -1
        if re.search(r"\bday\s+(?:before|after)$", raw.lower()) and re.search(r",\s*$", text[:start]) and re.match(
                r"\s+(?:they|it|he|she|we|the\s+\w+|rebels|troops|(?-i:[A-Z]))", text[end:]):
            shift = -shift  # "on May 8, the day before they took Qalaat al-Madiq": that clause's day is May 9
        weeks = g.get("wn") or g.get("wm")
        if weeks:  # "a week later": a day, give or take
            n = 7 * (NUMBERS.get(weeks.lower()) or int(weeks)) * (1 if g.get("wn") else -1)
            return DateMention(start, end, raw, base + dt.timedelta(days=n), None, "approximate", "relative")
        low = raw.lower()
        time = next((t for t in ("morning", "afternoon", "evening", "night") if t in low), None)
        return DateMention(start, end, raw, base + dt.timedelta(days=shift), None, "day", "relative", time)
    if base is None:
        return None
    return DateMention(start, end, raw, base, None, "approximate", "vague")


_STORY_MOVES_ON = re.compile(r"(?i)\b(?:came|began|followed|arrived|changed|happened|occurred|started|unfolded|accelerated|"
                             r"resumed|shifted|turned)\s+(?:only\s+|finally\s+|again\s+)?(?:in|during)\s+(?:early\s+|late\s+|mid-?)?\d{4}$")
_LOOKING_AHEAD = re.compile(r"(?i)\b(?:would|were\s+to|was\s+to)\s+(?:\w+\s+){0,3}?(?:be|return|come|fall|last|end)\b[^.;:]*$")


def scan_dates(text: str, ctx: DateContext, *, offset: int = 0) -> list[DateMention]:
    """The date expressions of one sentence ``text`` (offsets shifted by ``offset``), resolved
    against ``ctx``; ``ctx`` then holds the year and narrative date the sentence leaves."""
    out: list[DateMention] = []
    sentence_year: tuple[int | None, bool] | None = None
    story = ctx.narrative
    ctx.year_here = False
    year_before = ctx.year
    if ctx.published is not None and THIS_SEASON.search(text):
        # "This winter's offensive is of a different order": the paragraph is back in the present
        ctx.year, ctx.year_para = ctx.published.year, True
    if (year_opens := re.match(r"\W*((?:19|20)\d\d)\s+(?:was|saw|brought|began|opened|is|became|had\s+been)\b", text)) is not None \
            or (year_opens := _LABEL_YEAR.match(text)) is not None:  # (and a section's run-in label "Western Aleppo, 2020.")
        # "2016 was a siege. In July the army cut the Castello road": the year a paragraph opens on holds
        ctx.year, ctx.year_here, ctx.year_para = int(next(g for g in year_opens.groups() if g)), True, True
    for _s, _e, name, m in _candidates(text):
        if CITATION.search(text, max(0, _s - 90), _s) and ")" not in text[max(0, _s - 90):_s].rsplit("(", 1)[-1]:
            continue  # "(interview, Deir ez-Zor Military Council commander, March 2025)": when a source spoke, no event
        same_day = name == "rel" and not re.search(r"(?i)\bweeks?\b|meanwhile|same\s+time|simultaneously", m.group())
        local = DateContext(ctx.published, ctx.default_year, ctx.year,
                            (ctx.last_day or story) if same_day else story)
        year_was = ctx.year
        mention = _resolve(name, m, text, local if name in ("rel", "vague", "clock") else ctx)
        if _LOOKING_AHEAD.search(text[:m.start()].rsplit(";", 1)[-1]):
            ctx.year = year_was  # "2 December. … nuns are taken; they would be released in March of the next year.
            # 10 December. …": a look ahead does not move the chronology on to the next year
        weeks_later = name == "rel" and mention is not None and mention.precision == "approximate"  # ("a week later")
        if mention is not None and mention.date is not None and (
                (mention.precision == "day" and name not in ("rel", "vague", "clock")) or weeks_later):
            story = mention.date  # "on Thursday …, and … the next day": the next day after Thursday (and "retaken a week
            # later, and Tal Hasel the following day": the day after that week)
        bg = BACKGROUND_DAY.search(text[max(0, mention.start - 45):mention.start]) if mention is not None else None
        if bg is not None and mention is not None and re.fullmatch(
                r"\W*(?:the|an?|this|that|its|their)?\s*", text[:max(0, mention.start - 45) + bg.start()], re.IGNORECASE):
            bg = None  # "The offensive began on November 27": the sentence's own event
        if mention is not None and mention.date is not None and bg is None and (
                mention.precision == "day" or weeks_later):
            ctx.last_day = mention.date  # not "the pause agreed in Ankara on 17 October": a deal's day in passing
        if mention is None or any(d.start <= mention.start + offset < d.end for d in out):
            continue  # (nor "last year" inside "on 12 July last year")
        if mention.time is None:
            mention = _with_time(mention, text)
        out.append(DateMention(mention.start + offset, mention.end + offset, mention.text, mention.date,
                               mention.date_end, mention.precision, mention.kind, mention.time, mention.note))
        if not mention.text.lower().startswith("since"):  # ("anchor since 2012 … most recently on the 20th": not 2012's)
            ctx.last_seen = mention.date or ctx.last_seen
        if name in ("span", "days", "dmy", "mdy", "iso", "night", "usdays", "month", "months", "dotted", "season") and (
                m.groupdict().get("y1") or m.groupdict().get("y2")) and not re.search(
                r"(?i)\b(?:since|until|till|before|as\s+early\s+as)\s+(?:early\s+|late\s+|mid-?)?$", text[max(0, m.start() - 20):m.start()]) \
                and not re.search(r"(?i)\b(?:that|which|where)\s+[^,;.]{0,30}\bhad\s+(?:been\s+)?(?:\w+(?:ed|en)|begun|broke\s+out|risen)\b[^,;.]{0,50}$",
                                  text[max(0, m.start() - 100):m.start()]) \
                and not (out[:-1] and ctx.year is not None and int(m.groupdict().get("y2") or m.groupdict()["y1"]) < ctx.year
                         and re.search(r"(?i)\b(?:after|since|following)\b", text[max(0, m.start() - 80):m.start()])) \
                and not (BACKGROUND_DAY.search(text[max(0, m.start() - 45):m.start()]) and ctx.title_year is not None
                         and int(m.groupdict().get("y2") or m.groupdict()["y1"]) < ctx.title_year):
            # (nor "The truce agreed at Sochi in September 2018 broke down in late April", in a yearbook of 2019)
            # (nor "back into the town on 27 March 2016, ten months after IS overran it on 20 May 2015")
            ctx.year = int(m.groupdict().get("y2") or m.groupdict()["y1"])  # not "held since November 2012"
            ctx.year_here = True
            # a full date names the paragraph's year ("opened on 27 November 2024"); a month in passing does not
            ctx.year_para = ctx.year_para or name in ("dmy", "mdy", "iso", "span", "days", "usdays", "night", "dotted")
            if name == "season" and ctx.season_undo is None and year_before is not None:  # (with no year before it, the
                # story's first year: "By early summer 2012 the towns … had slipped away" opens a textbook's section)
                # "The southern offensive of summer 2018 …": the season's year holds to the end of its paragraph
                # (see homsmap.extract_parse), not beyond ("… before the summer of 2016." in passing)
                ctx.season_undo = (year_before,)
            elif name != "season":
                ctx.season_undo = None
        if m.groupdict().get("y1") or m.groupdict().get("y2"):
            ctx.last_year = int(m.groupdict().get("y2") or m.groupdict()["y1"])  # for "that year", "that June"
        elif name == "stamp" and mention.date is not None:
            ctx.year = ctx.last_year = mention.date.year
            ctx.year_here = ctx.year_para = True
        if ((name == "year" or (name == "ago" and "year" in m.group().lower())) and re.search(
                r"(?i)\b(?:began|begun|started|erupted|broke\s+out|rose\s+up|rise\s+up|uprising|revolution|protests?)\b"
                r"[^,;.]{0,60}$", text[max(0, m.start() - 80):m.start()])) or (name == "year" and re.match(
                    r"(?i)\s+(?:uprising|revolution|protests?|war|revolt|ceasefire|truce|deal|agreement|offensive|"
                    r"campaign|siege|battle|elections?)\b", text[m.end():m.end() + 14])):
            out.pop()  # "the old quarter where the uprising began in 2011", "Daraa, cradle of 2011 uprising": in passing
        elif name == "year" and mention.date is not None and (ctx.year is None or mention.date.year > ctx.year) and not (
                ctx.narrative is not None and mention.date.year < ctx.narrative.year) and not re.search(
                r"(?i)\bsince\s+$", text[max(0, m.start() - 7):m.start()]) and (
                m.group("q").lower() in ("early", "late", "mid") or re.search(
                    r"(?i)\b(?:start|beginning|end|middle|turn)\s+$", text[max(0, m.start() - 12):m.start()])):
            ctx.year, ctx.year_here = mention.date.year, True  # "at the start of 2014, it drove …; by 14 January": on
            sentence_year = None  # (a story moving on to a later year, for good)
        elif name == "year" and m.group("q").lower() in ("early", "late", "mid") and mention.date is not None \
                and re.fullmatch(r"[^,;]*", text[:m.start()]) and re.match(r"\s*,", text[m.end():]):
            if sentence_year is None:  # "During the offensive in western Aleppo in early 2020, the army captured Kafr Naha
                sentence_year = (ctx.year, ctx.year_here)  # on 16 February": the rest of the sentence is in that year
            ctx.year, ctx.year_here = mention.date.year, True
        elif name == "year" and m.group("q").lower() == "of" and mention.date is not None and re.search(
                r"(?i)\b(?:offensive|campaign|assault|operation|push|advance)\s+$", text[max(0, m.start() - 12):m.start()]):
            ctx.year, ctx.year_here, ctx.year_para = mention.date.year, True, True  # "In the government's southern
            # offensive of 2018 troops took Malihat al-Atash on 25 June. … on 28 June": the story is in 2018 now
            sentence_year = None
        elif name == "year" and m.group("q").lower() in ("in", "during") and mention.date is not None:
            # "finally implemented in 2017: the evacuation began on 18 March": the year of the rest of the
            # sentence (only: "reconciled in 2018" in passing does not date the next paragraph)
            # (and in an undated text, a later year that ends the sentence: "The district was again in the line of
            # fire in 2016. The army entered neighbouring Bani Zaid on 28 July")
            later = ctx.published is None and ctx.year is not None and mention.date.year > ctx.year \
                and not _LOOKING_AHEAD.search(text[:m.start()])
            if (_STORY_MOVES_ON.search(text[:m.end()]) or later) and re.fullmatch(r"\W*", text[m.end():]):
                ctx.year, ctx.year_here, ctx.year_para = mention.date.year, True, True  # "The decisive shifts came in
                sentence_year = None  # 2018. On 20 March ISIS overran al-Qadam": the story's year from here on
                continue
            if re.match(r"\s*,", text[m.end():]) and re.search(r",\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:ed|en)\s[^,;]*$", text[:m.start()]):
                continue  # "The Jirah military airport, abandoned by the air force in 2013, was taken on 13 May": an aside's
                # year is not the rest of the sentence's
            if sentence_year is None:
                sentence_year = (ctx.year, ctx.year_here)
            ctx.year, ctx.year_here = mention.date.year, True
    if sentence_year is not None and not (sentence_year[0] is None and ctx.published is None):
        ctx.year, ctx.year_here = sentence_year  # (but an undated text's first year holds on: "All dates below are in
        # 2018.")
    for y in BARE_YEAR.finditer(text):  # "the scenes recalled 2018": what a later "that June" means
        ctx.last_year = int(y.group())
    out = [d for k, d in enumerate(out) if not (  # "on Monday 19 January": the explicit day, not the narrative's Monday
        k + 1 < len(out) and d.text.lower() in WEEKDAYS and out[k + 1].kind == "explicit" and out[k + 1].precision == "day"
        and d.date != out[k + 1].date and re.fullmatch(r",?\s+(?:the\s+)?", text[d.end - offset:out[k + 1].start - offset]))]
    for i in range(len(out) - 1, 0, -1):  # "on Friday and Saturday": one span of two days
        x, y2 = out[i - 1], out[i]
        gap = text[x.end - offset:y2.start - offset]
        if x.kind == "weekday" and y2.kind == "relative" and gap == " the " and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", y2.text):
            del out[i - 1]  # "on Sunday the 13th": the 13th (the weekday only confirms it)
            continue
        if x.kind == "weekday" and y2.kind == "explicit" and gap == " " and y2.precision == "day" \
                and x.date != y2.date:
            del out[i - 1]  # "since Monday 12 August", said on the 23rd: the date (not the Monday the weekday alone means)
            continue
        if x.kind == "relative" and y2.kind == "weekday" and re.fullmatch(r",\s*", gap) and x.date is not None \
                and re.match(r"(?i)(?:the\s+)?(?:next|following|previous|same)\s+day$", x.text):
            del out[i]  # "The next day, Tuesday, …": the day after the story's, which the weekday names
            continue
        if x.kind == y2.kind == "weekday" and x.date is not None and y2.date is not None \
                and 0 < (y2.date - x.date).days <= 3 and re.fullmatch(r"\s+(?:and|to|through)\s+",
                                                                     text[x.end - offset:y2.start - offset]):
            out[i - 1:i + 1] = [DateMention(x.start, y2.end, f"{x.text}{text[x.end - offset:y2.start - offset]}{y2.text}",
                                            x.date, y2.date, "range", "weekday", x.time, x.note)]
    for d in reversed(out):
        last = d.last
        opening = not re.search(r"[A-Za-z]{3}", re.sub(r"(?i)\b(?:on|by|in|the|early|late|morning|evening|night|"
                                                       r"afternoon|of|during|until|at)\b", "", text[:d.start - offset]))
        backwards = d.kind == "relative" and re.search(r"(?i)earlier|before|previous|preceding", d.text)
        retold = STORY_BEGAN.fullmatch(text[:d.start - offset])  # "2/ The battle began on Thursday morning with …": the
        # story told again from its start
        if ctx.narrative is not None and last is not None and last < ctx.narrative and (not opening or backwards) \
                and not retold and not (ctx.span_from is not None and ctx.span_from <= last):
            continue  # a flashback in passing ("talks that began on 3 April") does not move the story back
        if last is None or d.precision in ("month", "approximate") or d.kind == "vague":
            continue
        if d.precision == "range" and d.date is not None and last is not None and (last - d.date).days > 31:
            continue
        if ctx.published is not None and last > ctx.published:
            continue
        if STAMP_BEFORE.search(text, max(0, d.start - offset - 30), d.start - offset):
            continue  # "Entry last updated: 2 December 2013", "Accessed 30 April 2020": the page's date, not the story's
        if ctx.narrative is None and len(out) > 1 and BACKGROUND_DAY.search(text[max(0, d.start - offset - 45):d.start - offset]):
            continue  # "… left on 15 May, ending an operation that began on 7 May": the story is at 15 May
        if len(out) > 1 and d is out[-1] and re.search(r"(?i)\b(?:who|which|that)\s+had\s+(?:been\s+)?[a-z]+(?:ed|en|un|ok)\b[^,;.]{0,60}$",
                                                  text[max(0, d.start - offset - 90):d.start - offset]):
            continue  # "restored security on Thursday to X, after eliminating the terrorists who had overrun it on Monday"
        if len(out) > 1 and re.search(r"(?i)\bsince\s+(?:early\s+|mid-?\s*|late\s+)?$", text[max(0, d.start - offset - 12):d.start - offset]):
            continue  # "tried to storm X on Thursday, … under a tight siege since June 24": the story is at Thursday
        ctx.narrative = last
        ctx.span_from = d.date if d.precision == "range" else None
        break
    return out


def _with_time(d: DateMention, text: str) -> DateMention:
    """A time-of-day word just before a date ("the morning of 29 April", "night of 7 December")."""
    before = text[max(0, d.start - 30):d.start]
    m = list(TIME.finditer(before))
    if m and re.search(r"(?i)\bof\s+(?:the\s+)?$", before):
        return DateMention(d.start, d.end, d.text, d.date, d.date_end, d.precision, d.kind,
                           time_word(m[-1].group()), d.note)
    return d


def time_word(word: str) -> str:
    low = word.lower()
    return {"early hours": "early morning", "overnight": "night", "dawn": "early morning",
            "midnight": "night", "noon": "afternoon"}.get(low, low)


def time_of_day(text: str) -> tuple[int, str] | None:
    """The first time-of-day word of ``text`` and its offset ("By afternoon, …" -> afternoon)."""
    m = TIME.search(text)
    return (m.start(), time_word(m.group())) if m else None
