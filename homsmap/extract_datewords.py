"""The words of dates in English war reporting (months, weekdays, number words, the date patterns and
the cues around them), for :mod:`homsmap.extract_dates`."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

__all__ = ["BACKGROUND_DAY", "BARE_YEAR", "CITATION", "DASH", "HIJRI_MONTHS", "LISTED_YEAR", "MONTH", "MONTHS", "MONTH_CONTEXT", "NEXT_YEAR", "NUMBERS", "ORDINAL_DAYS", "PATTERNS", "REL_YEAR", "STAMP_BEFORE", "STORY_BEGAN", "THAT_YEAR", "THIS_SEASON", "TIME", "WEEKDAYS", "WEEKDAY_BEFORE", "YEAR", "YEARBOOK", "N", "first_year", "heading_period", "hijri_day", "hijri_to_gregorian", "month_number", "part_of_month", "title_year"]

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
MONTH = (r"(?<![A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar(?!\s+[A-Z][a-z])|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?")
# (not the saint of "the Mar Takla convent", "Mar Elias", "Mar Musa")
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
YEAR = r"(?:19|20)\d\d"
DASH = r"\s*(?:[–—‒-]|(?i:to|until|till))\s*"
NUMBERS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20}
# Days of the month spelled as ordinals ("on the tenth of February", "the twenty-first of May")
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINAL_DAYS = {w: i + 1 for i, w in enumerate((*_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                                          "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"))}
ORDINAL_DAYS |= {f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ")}
ORDINAL_DAYS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
_ORDINAL_DAY = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)).replace(" ", r"\s")
N = "(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\\d{1,2})"

# The months of the Islamic (Hijri) calendar as English texts spell them ("28 Shawwal 1435" in an Islamic State
# statement), and the tabular calendar that turns them into days (official dates may differ by a day; a
# weekday named with the date settles it, see homsmap.extract_dates)
_AL = r"(?:\s*al-?|\s+|-)"
_Q = "[ʿ'’`]?"
HIJRI_MONTHS = (
    ("muharram", r"Muharram"), ("safar", r"Safar"), ("rabi1", rf"Rabi{_Q}{_AL}(?:Awwal|Awal|Oula|Ula)"),
    ("rabi2", rf"Rabi{_Q}{_AL}(?:Thani|Akhir|Akhar)"), ("jumada1", rf"Jumad[ao]{_AL}(?:Ula|Oula|Awwal|Awal)"),
    ("jumada2", rf"Jumad[ao]{_AL}(?:Akhira|Akhirah|Thani|Thaniya|Thaniyah|Akhir)"), ("rajab", r"Rajab"),
    ("shaban", rf"Sha{_Q}ban"), ("ramadan", r"Rama[dḍ]h?an"), ("shawwal", r"Shaw+al"),
    ("dhulqadah", rf"Dhu{_AL}(?:l-?)?Q[ai]{_Q}d(?:ah|a)|Dhul?-?Q[ai]{_Q}d(?:ah|a)"),
    ("dhulhijjah", rf"Dhu{_AL}(?:l-?)?Hij+(?:ah|a)|Dhul?-?Hij+(?:ah|a)"),
)
_HIJRI_MONTH = "|".join(f"(?P<h{k}>{rx})" for k, (_, rx) in enumerate(HIJRI_MONTHS))


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The day of the tabular Islamic calendar (civil epoch), which official calendars follow to a day or two.

    >>> hijri_to_gregorian(1435, 10, 1)  # 1 Shawwal 1435: Eid al-Fitr fell on 28 July 2014, a day earlier
    datetime.date(2014, 7, 29)
    >>> hijri_to_gregorian(1446, 6, 7)
    datetime.date(2024, 12, 9)
    """
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date(622, 7, 19) + dt.timedelta(days=days - 1)


def hijri_day(day: int, month: int, year: int | None, *, near: dt.date | None, published: dt.date | None,
              weekday: int | None = None) -> dt.date | None:
    """The Gregorian day of a Hijri date; with no Hijri year, the one that puts the day nearest ``near`` (the
    story's date) and not after ``published``; a ``weekday`` (0 = Monday) named with it moves the tabular
    day by one to match. None when the day is no day of a month or nothing places its year.

    >>> hijri_day(28, 10, None, near=dt.date(2014, 8, 1), published=None)  # "28 Shawwal", in a 2014 story
    datetime.date(2014, 8, 25)
    >>> hijri_day(28, 10, None, near=dt.date(2014, 8, 1), published=None, weekday=6)  # "Sunday, 28 Shawwal"
    datetime.date(2014, 8, 24)
    >>> hijri_day(31, 10, 1435, near=None, published=None) is None
    True
    """
    if not 1 <= day <= 30:
        return None
    if year is not None:
        years = [year]
    elif near is not None:
        guess = round((near.year - 622) * 33 / 32)
        years = [y for y in (guess - 1, guess, guess + 1)
                 if published is None or hijri_to_gregorian(y, month, day) <= published + dt.timedelta(days=1)]
        years = sorted(years, key=lambda y: abs((hijri_to_gregorian(y, month, day) - near).days))[:1]
    else:
        return None
    if not years:
        return None
    when = hijri_to_gregorian(years[0], month, day)
    if weekday is not None:
        when = next((when + dt.timedelta(days=k) for k in (0, -1, 1) if (when + dt.timedelta(days=k)).weekday() == weekday), when)
    return when


PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx)) for name, rx in (
    # "Sunday, 28 Shawwal 1435": a day of the Islamic calendar
    ("hijri", rf"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?<!\d)(?P<d1>\d{{1,2}})\s+"
              rf"(?:of\s+)?(?i:{_HIJRI_MONTH})(?:,?\s+(?P<hy>1[34]\d\d))?(?:\s*(?:AH|A\.H\.|H)\b)?"),
    ("night", rf"(?i:night of )(?P<d1>\d{{1,2}})\s*/\s*(?P<d2>\d{{1,2}})\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?"),
    ("span", rf"(?<!\d)(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?{DASH}"
             rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"),
    ("days", rf"(?<!\d)(?P<d1>\d{{1,2}})\s*(?:[–—‒-]|\s(?i:to|and)\s)\s*(?P<d2>\d{{1,2}})\s+(?P<m1>{MONTH})"
             rf"(?:,?\s+(?P<y1>{YEAR}))?"),
    ("usdays", rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})\s*[–—‒-]\s*(?P<d2>\d{{1,2}})(?!\d)(?:,?\s+(?P<y1>{YEAR}))?"),
    ("iso", rf"(?<!\d)(?P<y1>{YEAR})-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?!\d)"),
    # "[10.10.19 11:02]": a channel export's post stamp, day.month.two-digit-year before the time
    ("stamp", r"(?<=\[)(?P<dd>[0-3]?\d)(?P<sep>[./])(?P<mm>[01]?\d)(?P=sep)(?P<yy>[12]\d),?\s+(?:[01]?\d|2[0-3]):[0-5]\d\b"),
    # "[11.12.2024]", "on 06.12", "(21.08)": day.month as map changelogs write it (not "3.5 km")
    ("dotted", rf"(?:(?<=\[)|(?<=\()|(?<=\bon )|(?<=\bby )|(?<=\bsince )|(?<=\bthe )|(?<![\d.,]))(?P<dd>[0-3]?\d)\."
               rf"(?P<mm>[01]?\d)(?:\.(?P<y1>{YEAR}))?(?![\d]|\.\d)"),
    # "Saturday 7/10/2017 22:40": a channel's post stamp, day first after its weekday (never a US month-first date then)
    ("dotted", rf"(?<=day\s)(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)/(?P<y1>{YEAR})(?!\d)"),
    ("dmy", rf"(?<!\d)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?"),
    ("dmy", rf"(?i:\bthe\s+)(?P<d1>(?i:{_ORDINAL_DAY}))\s+of\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?"),  # "the tenth of February"
    ("mdy", rf"(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y1>{YEAR}))?"),
    ("months", rf"(?P<m1>{MONTH})\s*[–—‒-]\s*(?P<m2>{MONTH})\s+(?P<y1>{YEAR})"),
    ("month", rf"(?:(?P<q>(?i:early|mid|late|the end of|end of|the beginning of|beginning of|"
              r"the\s+(?:last|final|closing|first|opening)\s+(?:few\s+)?(?:days|week|weeks)\s+of|"
              r"the\s+(?:first|second)\s+half\s+of))[\s-]+)?"
              rf"(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?"),
    # "in the spring of 2017", "that autumn" is not a date (no year)
    ("season", rf"(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?(?P<y1>{YEAR})(?!\d|,\d)"),
    ("year", rf"(?P<q>(?i:in|during|throughout|since|by|early|late|mid|until|of))[\s-]+(?P<y1>{YEAR})"
             rf"(?!\d|,\d)"),
    # "on the last Saturday of November 2024": a weekday counted in a month
    ("nthwd", rf"(?i:\bthe\s+(?P<nth>first|second|third|fourth|last)\s+)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
              rf"Saturday|Sunday)\s+of\s+(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?"),
    ("weekday", r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])"),
    # "on the night of the 23rd": a day of the month the story is in
    ("ordinal", r"(?i:(?<=\bthe\s)(?P<dd>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:century|anniversary|division|brigade|"
                r"regiment|corps|armou?red|floor|time|day|week|round|birthday))"
                r"(?!\s+(?-i:[A-Z])(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))[a-z])"
                # (nor "units of the 5th Assault Corps", "the 4th Division": a unit's name)
                # ("the 25th of last month", "the 7th of this month")
                r"(?:\s+of\s+(?P<rel>last|this|next|the\s+previous|the\s+same|the\s+following)\s+month)?)"),
    ("today", r"(?i:\b(?P<today>today|tonight|yesterday|last night|this (?:morning|afternoon|evening)|in (?:the )?(?:recent|past|last) "
              r"(?:few )?hours)\b)"),
    ("weekend", r"(?i:\b(?P<which>last|this|over the) weekend\b)"),
    ("lastweek", r"(?i:\b(?P<which>last|earlier this) week\b)"),
    # "A year ago this morning", "two years ago": back from the publication date
    ("ago", r"(?i:\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|months?|weeks?|days?)"
            r"\s+ago(?P<today>\s+(?:this\s+(?:morning|evening|week)|today|tonight))?\b)"),
    # "fell to government forces last month", "earlier this month", "last year": against the publication date
    ("relmonth", r"(?i:\b(?P<which>last|this|earlier\s+this|late\s+last|early\s+last|earlier\s+last)\s+(?P<unit>month|year)\b)"),
    ("rel", rf"(?i:\b(?:the (?P<next>following|next) (?:day|morning|afternoon|evening|night)|(?<!to )the day after(?! the)"
            rf"|(?P<n>{N}) days? (?:later|after (?:that|this)(?=\s*[.;,]|\s+(?:and|when)\b))"
            rf"|(?<!\bfor )(?P<m>{N}) days? (?:earlier|before)|the (?P<prev>previous|preceding) day"
            r"|the day before|(?:later )?(?:that|the same) (?:day|night|evening|morning|afternoon)"
            rf"|(?P<wn>{N}) weeks? (?:later|after (?:that|this)(?=\s*[.;,]|\s+(?:and|when)\b))|(?<!\bfor )(?P<wm>{N}) weeks? (?:earlier|before)"
            r"|meanwhile|at the same time|simultaneously"
            r"|(?<!\w )(?:within|in) (?:a few |(?:two|three|several|\d+) )?hours|(?:a few |two |three |several |\d+ )?hours later"
            r"|by nightfall|(?<![\w,] )since (?:then|that day))\b)"),  # ("… began on Tuesday. Within hours the insurgents had
    # overrun X": that day; "On Sunday … reached Mudayra. Since then Douma has been encircled": from that day)
    ("clock", r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:GMT|UTC|(?i:local\s+time)|[ap]\.?m\.?)(?![\w])"),
    ("vague", r"(?i:\b(?:subsequently|shortly (?:after(?:wards)?|thereafter)|soon after(?:wards)?|afterwards"
              r"|thereafter|in recent (?:days|weeks|months)|recent weeks|recent days)\b)"),
)]
MONTH_CONTEXT = re.compile(r"(?i:\b(?:in|during|since|by|until|from|throughout|of|last|this|next|early|mid|late|that|same|following|"
                            r"previous|preceding)"
                            r"[\s-]*(?:the\s+|an?\s+)?$)")
THIS_SEASON = re.compile(r"(?i)\bthis\s+(?:winter|spring|summer|autumn|fall|week)\b")
BARE_YEAR = re.compile(r"(?<![\d,.$£€-])(?:19[89]\d|20[0-4]\d)(?![\d,])")
# "on 27 March and 3 April 2016", "Idlib on March 28 and Jisr al-Shughur on April 25, 2015": the year the next day of the list names is the first day's too
LISTED_YEAR = re.compile(r",?\s+and\s+(?:[^.;:\d()]{0,40}?\s+)?(?:on\s+|by\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + MONTH + r")|(?P<m2>" + MONTH
                         + r")\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?P<y>(?:19|20)\d\d)\b")
NEXT_YEAR = re.compile(r"(?i),?\s+(?:of\s+)?the\s+(following|next|previous|preceding)\s+year\b")
WEEKDAY_BEFORE = re.compile(r"(?i)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$")
REL_YEAR = re.compile(r"(?i),?\s+(last|this|next)\s+year\b")
THAT_YEAR = re.compile(r"(?i),?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
BACKGROUND_DAY = re.compile(r"(?i)\b(?:pause|truce|ceasefire|deal|agreement|accord|arrangement|talks|negotiations|"
                             r"offensive|operation|campaign|plan|council|committee)\s+(?:(?:that|which)\s+)?(?:had\s+)?"
                             r"(?:agreed|signed|announced|reached|brokered|concluded|began|begun|started|launched|"
                             r"established|formed|set\s+up|declared)\b[^.;]{0,30}$|\b(?:siege|blockade|encirclement|control|hands|"
                             r"rule)\s+(?:ever\s+)?since\s+(?:(?:early|mid|late)[\s-]+)?$|"  # ("under a tight siege since June 24")
                             r",\s+which\s+(?:it|they|he|she|IS|ISIS|the\s+\w+)\s+(?:had\s+)?(?:took|taken|captured|seized|lost|won|"
                             r"entered)\s+(?:back\s+)?(?:on|in)\s+$")  # ("comes out of Qaryatayn, which it took on August 5th,")
TIME = re.compile(r"(?i:\b(?:early hours|early morning|morning|afternoon|evening|night|dawn|midnight|noon"
                   r"|overnight)\b)")


def part_of_month(q: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The days of a month (``first`` to ``last``) that a qualifier names.

    >>> [str(d) for d in part_of_month("the last week of", dt.date(2014, 6, 1), dt.date(2014, 6, 30))]
    ['2014-06-24', '2014-06-30']
    >>> [str(d) for d in part_of_month("mid", dt.date(2014, 6, 1), dt.date(2014, 6, 30))]
    ['2014-06-11', '2014-06-20']
    """
    if re.match(r"the (?:last|final|closing) (?:few )?week", q):  # "in the last week of June"
        return last - dt.timedelta(days=6), last
    if re.match(r"the (?:first|opening) (?:few )?week", q):
        return first, first + dt.timedelta(days=6)
    if q == "the first half of":
        return first, first.replace(day=15)
    if q == "the second half of":
        return first.replace(day=16), last
    if re.match(r"the (?:first|opening)", q) or "early" in q or "beginning" in q:  # "the first days of March"
        return first, first.replace(day=10)
    if re.match(r"the (?:last|final|closing)", q) or "late" in q or "end" in q:  # "the final days of March"
        return first.replace(day=21), last
    if "mid" in q:
        return first.replace(day=11), first.replace(day=20)
    return first, last


def month_number(token: str) -> int:
    """The number of a month name or abbreviation ("Sept." is 9)."""
    return MONTHS[token.rstrip(".").lower()]


def heading_period(line: str) -> tuple[int | None, int | None]:
    """(year, month) of a timeline heading that is only a year or a month ("2014", "February", "March 2015").

    >>> heading_period("2014"), heading_period("February"), heading_period("March 2015"), heading_period("Battle")
    ((2014, None), (None, 2), (2015, 3), (None, None))
    >>> heading_period("2019 offensive"), heading_period("The siege of 2016"), heading_period("2019 was hard.")
    ((2019, None), (2016, None), (None, None))
    >>> heading_period("MARCH"), heading_period("2014–2016: the quiet front")
    ((None, 3), (2014, None))
    """
    line = line.strip().title() if line.strip().isupper() else line  # ("MARCH" over a chronology's entries)
    titled = re.fullmatch(r"\W*(?P<y>(?:19|20)\d\d)(?:\s*[–—-]\s*(?:19|20)\d\d)?\s*:\s+[A-Za-z][\w ,'’-]{2,60}", line.strip())
    if titled is not None and len(line.split()) <= 10:
        return int(titled.group("y")), None  # a section titled "2013: the ring and the return", "2014–2016: the quiet front"
    m = re.fullmatch(rf"\W*(?:(?P<m>{MONTH})\s*)?(?P<y>(?:19|20)\d\d)?\W*", line.strip())
    if m is None and len(line.split()) <= 5 and not line.rstrip().endswith((".", "!", "?", ":")):
        # a section titled by its year: "2019 offensive", "The 2016 siege", "Offensive of 2019"
        m = re.fullmatch(r"(?i)\W*(?:the\s+)?(?P<y>(?:19|20)\d\d)\s+[a-z][a-z -]{2,30}|[a-z][a-z -]{2,30}\s+(?:of|in)\s+"
                         r"(?P<y2>(?:19|20)\d\d)", line.strip())
        year = m.group("y") or m.group("y2") if m is not None else None
        return (int(year) if year else None), None
    if m is None or not (m.group("m") or m.group("y")):
        return None, None
    return (int(m.group("y")) if m.group("y") else None), (month_number(m.group("m")) if m.group("m") else None)


def first_year(text: str) -> int | None:
    """The year of the first full date in ``text`` (the document's year when it never repeats it)."""
    best: tuple[int, int] | None = None
    for name, rx in PATTERNS:
        if name not in ("span", "days", "dmy", "mdy", "iso", "months", "night", "usdays"):
            continue
        for m in rx.finditer(text):
            y = m.groupdict().get("y1") or m.groupdict().get("y2")
            if y:  # (of a span, "9 December 2024 – April 2025", the year it starts in)
                years = [int(x) for x in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", m.group())] or [int(y)]
                if best is None or m.start() < best[0]:
                    best = (m.start(), min(years))
                break
    # "Rif Dimashq Governorate, 2018: a chronology by month", "SYRIA — Yearbook 2019": the title's year, when it names
    # one year on its own and the text has no full date before its own story begins
    first_line = next((ln for ln in text.split("\n") if ln.strip()), "").strip()
    heading = len(first_line) <= 100 and not first_line.endswith(".") and re.search(r"\(\s*(?:19|20)\d\d\s*\)\s*$", first_line)
    # (an article titled "Islamic State offensive in the Euphrates valley (2014)" is of 2014, whatever its background recalls)
    title = title_year(text, yearbook_only=best is not None and not heading)
    return title if title is not None else best[1] if best else None


def title_year(text: str, *, yearbook_only: bool = False) -> int | None:
    r"""The one year a text's title names on its own ("Raqqa Governorate — Control, 2014", "SYRIA — Yearbook 2019").

    >>> title_year("Raqqa Governorate — Control, 2014\n(Almanac, 2015 edition)")
    2014
    >>> title_year("Syria 2011-2014: a chronology") is None
    True
    """
    title = next((ln for ln in text.split("\n") if ln.strip()), "")
    years = re.findall(r"(?<![\d/.-])(?:19[89]\d|20[0-4]\d)(?![\d/.-]|\s*[–—-]\s*\d)", title)
    return int(years[0]) if len(years) == 1 and (not yearbook_only or YEARBOOK.search(title)) else None


YEARBOOK = re.compile(r"(?i)\b(?:yearbook|year\s+in\s+review|annual\s+(?:report|review)|review\s+of\s+the\s+year)\b")

STAMP_BEFORE = re.compile(r"(?i)\b(?:updated|accessed|retrieved|revised|edited|archived)(?:\s+on)?\s*:?\s*$")

STORY_BEGAN = re.compile(r"(?i)\W*(?:\d+/\s*)?(?:the|our|this)\s+(?:(?:first|initial|opening|main|ground)\s+)?(?:battle|operation|"
                          r"offensive|assault|attack|fighting|campaign|phase|stage)\s+"
                          r"(?:\w+\s+)?(?:began|started|opened|kicked\s+off)\s+(?:on|at|in|early\s+on|late\s+on)\s+")

CITATION = re.compile(r"(?i)\((?:[^()]*?\b)?(?:interview(?:ed)?|accessed|retrieved|personal\s+communication|conversation\s+with|"
                       r"cited\s+in|quoted\s+in|author['’]s)\b[^()]*$")
