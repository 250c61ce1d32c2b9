"""What :mod:`homsmap.extract_dates` reads dates into and against: a date mention and the moving context.

:class:`DateMention` is one date a text gives (its span, day or range, precision and kind); :class:`DateContext` is
what relative dates are read against (the publication day, the year and day the story is at) and how a day without a
year gets its year (:meth:`DateContext.year_for`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["DateContext", "DateMention"]


@dataclass(frozen=True)
class DateMention:
    """A date expression of the text: ``text[start:end]``, resolved to ``date`` (..``date_end``).

    ``precision`` is ``day``, ``range``, ``month`` or ``approximate``; ``kind`` says how it was read
    (``explicit``, ``relative``, ``weekday``, ``today``, ``vague``); ``date`` is ``None`` when it could
    not be resolved (a weekday without a publication date), with the reason in ``note``.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    date_end: dt.date | None
    precision: str
    kind: str
    time: str | None = None
    note: str = ""

    @property
    def last(self) -> dt.date | None:
        return self.date_end or self.date


@dataclass
class DateContext:
    """What relative dates are read against; :func:`scan_dates` moves it along the text."""

    published: dt.date | None = None
    default_year: int | None = None
    year: int | None = None
    narrative: dt.date | None = None
    anchor: dt.date | None = None  # a dated heading ("21 May 2015 — …") weekdays of its paragraph count back from
    last_day: dt.date | None = None  # the day named last, flashbacks included: what "the same day" means
    last_year: int | None = None  # the year named last, in passing too: what "that year" means
    last_seen: dt.date | None = None  # the date named last, of any precision: what "the following January" follows
    season_undo: tuple[int | None] | None = None  # the year before a season set it, restored at the paragraph's end
    year_para: bool = False  # ``year`` was named in the paragraph being read (it then holds against publication)
    looking_back: bool = False  # the text opened "A year ago this morning": its days are that year's
    retrospective: bool = False  # a story told years after it happened: its years hold against publication
    year_here: bool = False  # ``year`` was set in the sentence being read (it then holds, however recent)
    title_year: int | None = None  # the year a yearbook or annual review is of ("SYRIA — Yearbook 2019")
    week_day: dt.date | None = None  # a day given with its weekday ("Thursday 6 March"): the week a day-by-day story tells
    span_from: dt.date | None = None  # the first day of the span the story is at ("Weekly Assessment, 1-7 November"): its
    # days are no flashback

    def year_for(self, month: int, day: int = 1) -> int | None:
        if self.title_year is not None and self.year in (None, self.title_year) and self.published is not None \
                and self.published.year > self.title_year:
            return self.title_year  # "Raqqa Governorate — Control, 2014" in a 2015 almanac: "on 6 January" is 2014's
        if self.year is not None and self.published is not None and self.year != self.published.year \
                and not self.year_here and not self.year_para and not self.looking_back and not self.retrospective:
            # a dated report that named an old year in passing: a day in the two months before
            # publication is this year's ("overran Masaken Hanano on November 26", written in December 2016)
            for y in (self.published.year, self.published.year - 1):
                try:
                    if 0 <= (self.published - dt.date(y, month, min(day, 28))).days <= 60:
                        return y
                except ValueError:
                    break
        story = self.narrative if self.narrative is not None and self.narrative.year == self.year else self.last_day
        if self.year is not None and self.published is None and story is not None and not self.year_here \
                and story.year == self.year and story.month - month >= 6:
            # an undated text whose story reached December: "on 28 January" is the next year's
            self.year += 1
            return self.year
        if self.year is not None and self.published is not None and self.last_day is not None \
                and self.last_day.year == self.year < self.published.year:
            try:  # "Qusayr fell on 5 June 2013 … Yabroud followed … on 16 March", written in April 2014: the
                # story moves on to the next year rather than back three months
                back = (self.last_day - dt.date(self.year, month, min(day, 28))).days
                if back > 60 and dt.date(self.year + 1, month, min(day, 28)) <= self.published:
                    self.year += 1
                    return self.year
            except ValueError:
                pass
        if self.year is not None:
            return self.year
        if self.published is not None:
            y = self.published.year
            try:
                if dt.date(y, month, min(day, 28)) > self.published and self.default_year is not None \
                        and self.default_year < y:
                    return y - 1  # "… campaign in Idlib, March–September 2015 … on 28 March", published in March 2016
                if dt.date(y, month, min(day, 28)) > self.published + dt.timedelta(days=31):
                    return y - 1
            except ValueError:
                return y
            return y
        return self.default_year
