"""The article-level pass: one article's findings about the same trip become one trip.

Findings of one leader, destination country and window (a plan, or a past trip in a given year) are
one trip; within an article the later word on a plan wins ("was due to visit, but the trip was
shelved"; legs told as a plan in the past tense go with the calling-off), otherwise the surer reading,
and the sharper date, city, event and source are kept. An event named near a planned trip and held in
its destination country ("when the Belt and Road Forum takes place") is what the trip is for, and gives
its dates when the text has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from pipeline.records import STATUS_PRECEDENCE, Destination, Leader, Month, Trip, TripStatus, When
from pipeline.tagging.gazetteer import Gazetteer
from pipeline.tagging.watchlist import Edition, EventEntry
from pipeline.travel.sentences import PLACE_KINDS, Place, Sentence
from pipeline.travel.timing import month_range


@dataclass(slots=True)
class Found:
    """One reading of one trip in one sentence, before the article's readings are merged."""

    leader: str
    place: Place
    status: TripStatus
    when: When
    confidence: float
    evidence: str
    attribution: str | None
    unit: int  # index of the sentence in the article
    rule: str
    pairing: str
    headline: bool  # told in the title (a body sentence is the better evidence of two as sure)
    after_leg: str | None = None  # the country of the leg the sentence says this one follows ("After Japan, ...")
    recap: bool = False  # told in a sentence recalling earlier news ("Ранее сообщалось, что ...")


class CalledOff(NamedTuple):
    """A leader's trip called off without its destination (:func:`_called_off_without_a_place`), and the countries
    its sentence names otherwise."""

    leader: str
    status: TripStatus
    countries: frozenset[str]


_UNKNOWN_WHEN_RANK = 100_000  # worse than any range the text gives: "in 2019" beats no time at all


def _when_rank(when: When) -> int:
    """How wide a trip's time is, in days; a time unknown is the widest."""
    if when.start is None or when.end is None:
        return _UNKNOWN_WHEN_RANK
    return (when.end - when.start).days


def _window(status: TripStatus, when: When, day: date | None) -> str:
    if status in ("past", "ongoing"):
        return f"{status}:{when.start.year if when.start else '?'}"
    if status in ("postponed", "cancelled") and when.start is not None and day is not None and when.start < day:
        # "after postponing a planned trip to Japan in January": that trip, not the one now planned
        return f"lapsed:{when.start:%Y-%m}"
    return "open"


def merge(found: list[Found], day: date | None = None, called_off: Sequence[CalledOff] = ()) -> list[Found]:
    """One finding per trip of the article (see the module docstring); ``called_off``: the leaders whose trip
    the article calls off or denies without naming where (see :func:`_called_off_without_a_place`)."""
    # A leader who is in a country now, and goes on somewhere in it in the same sentence, is on one trip:
    # "will be in Beijing until Friday, before a stop in Harbin".
    here = {(item.unit, item.leader, item.place.country) for item in found if item.status == "ongoing"}
    for item in found:
        if item.status in ("planned", "confirmed") and (item.unit, item.leader, item.place.country) in here:
            item.status = "ongoing"
            item.rule += "/already_there"
    _plans_begun_by_the_report(found, day)
    _plans_under_way_by_their_days(found, day)
    _legs_of_a_trip_under_way(found, day)
    _legs_of_a_trip_called_off(found)
    _called_off_without_a_place(found, called_off)
    merged: dict[tuple[str, str, str], Found] = {}
    for item in found:
        key = (item.leader, item.place.country, _window(item.status, item.when, day))
        current = merged.get(key)
        if current is not None and _other_time(current, item):
            # "will not attend the summit in Los Angeles (June 6-10) ... will still pay a visit to the US in July"
            key = (*key[:2], f"{key[2]}:{item.when.start:%Y-%m}")
            current = merged.get(key)
        merged[key] = item if current is None else _combine(current, item)
    return list(merged.values())


# The readings that say a trip is under way for sure (an arrival, "is visiting", "on a visit to"), which
# may carry an article's later legs with them; a present verb with a time gone by ("visits on Monday")
# may not.
_UNDER_WAY_RULES = frozenset(
    {
        "just_arrived",
        "begins_now",
        "perfect_arrival",
        "arrived_without_time",
        "same_day",
        "progressive",
        "on_a_visit",
        "is_in",
        "continues_visit",
        "visit_continues",
        "host_now",
        "host_welcomed_just_now",
        "already_there",
        "present_here_now",
        "visiting_today",
        "present_departure_today",
        "arrived_on_a_weekday",
        "visiting_these_days",
        "arrival_today",
        "under_way_by_its_days",
        "arrivals_begun",
    }
)
# Readings that say a leader is travelling, whatever the country ("set off from Tokyo today", "on the way
# to Washington", "arrived in Moscow on a tour"): every leg the article gives within the week is under way too.
_TOUR_UNDER_WAY_RULES = frozenset(
    {
        "set_off",
        "en_route",
        "next_leg",
        "tour_begun",
        "tour_begun_undated",
        "ending_visit_today",
        "tour_days_hold_today",
    }
)
# Tour readings that may tell an old trip ("参加了杭州G20峰会": a perfective without a time of its own): they carry
# only legs not dated after the report (an arrival or a departure carries the week's).
_UNDATED_TOUR_RULES = frozenset({"tour_begun_undated"})


def _legs_of_a_trip_under_way(found: list[Found], day: date | None) -> None:
    """A leader on a trip the article says is under way ("arrived in Kenya on Monday") who "will also visit
    Mombasa" or "will hold talks in the Oval Office" is on the same trip, and so is the leg the article says
    follows it ("After Kenya, he will head to Tanzania"): its later legs are under way too,
    unless their time lies more than a week beyond the trip's (a return visit planned for later), or the trip has no
    time, its sentence tells it by an undated reading (``_UNDATED_TOUR_RULES``) and the leg is dated after the
    report."""
    under_way: dict[tuple[str, str], Found] = {}
    touring: dict[str, Found] = {}
    for item in found:
        rule = item.rule.split("/")[-1]
        if item.status == "ongoing" and rule in _UNDER_WAY_RULES:
            under_way.setdefault((item.leader, item.place.country), item)
        if item.status == "ongoing" and rule in _TOUR_UNDER_WAY_RULES:
            touring.setdefault(item.leader, item)
    if not under_way and not touring:
        return
    # "will embark on a visit to Turkiye, Iran, Azerbaijan and Tajikistan from today", told after the arrival in
    # Istanbul: the words that plan a leg under way plan the same tour's other legs (one verb and its list of
    # places; not "the visit to Uzbekistan, after which he also plans to visit Tajikistan": trips to come)
    same_tour = {
        (item.leader, item.unit, item.pairing): under_way[(item.leader, item.place.country)]
        for item in found
        if item.status in ("planned", "confirmed") and (item.leader, item.place.country) in under_way
    }
    undated_tours = {item.unit for item in found if item.rule.split("/")[-1] in _UNDATED_TOUR_RULES}
    leg_by_itself: list[bool] = []
    joined: dict[tuple[str, str], Found] = {}
    for item in found:
        trip = (
            under_way.get((item.leader, item.place.country))
            or touring.get(item.leader)
            or (under_way.get((item.leader, item.after_leg)) if item.after_leg else None)
            or same_tour.get((item.leader, item.unit, item.pairing))
        )
        leg = trip is not None and _leg_of(item, trip, day, undated_tours)
        leg_by_itself.append(leg)
        if leg and trip is not None:
            joined.setdefault((item.leader, item.place.country), trip)
    # ... and a leg joined so is the one the article tells again with its own day ("will also attend the
    # conference in Dushanbe on Thursday")
    for item, leg in zip(found, leg_by_itself, strict=True):
        trip = joined.get((item.leader, item.place.country))
        if leg or (trip is not None and _leg_of(item, trip, day, undated_tours)):
            item.status = "ongoing"
            item.rule += "/trip_under_way"


def _leg_of(item: Found, trip: Found, day: date | None, undated_tours: set[int]) -> bool:
    """Whether ``item``, a plan, is a leg of ``trip``, under way: within a week of it (see above)."""
    if item.status not in ("planned", "confirmed"):
        return False
    if (
        trip.when.start is None
        and trip.unit in undated_tours
        and item.when.start is not None
        and day is not None
        and item.when.start > day
    ):
        return False
    reference = trip.when.start or day
    return (
        item.when.start is None
        or (
            reference is not None
            and (item.when.start - reference).days <= 7
            # (not a span running far beyond the week: "希望能在年内实现访华", the rest of the year; a whole
            # year is the edition of the gathering, "the 2025 edition of Abu Dhabi Sustainability Week")
            and (
                item.when.end is None
                or (item.when.end - reference).days <= _TOUR_WEEK_END_DAYS
                or _whole_year(item.when)
            )
        )
        # (an undated report of an arrival "on Saturday": a day of the visit's programme, "will meet Trump on
        # Monday, July 22", is of this visit; a month or a season, "will return in November", may be another)
        or (reference is None and item.when.end is not None and (item.when.end - item.when.start).days <= 3)
    )


_TOUR_WEEK_END_DAYS = 14  # how far past the trip's day a leg's time may still end (a week, and its dates told loosely)
_BEGUN_PLAN_DAYS = 10
_VISIT_DAYS = 5  # the days of a visit (not "this week", "late October")


def _plans_under_way_by_their_days(found: list[Found], day: date | None) -> None:
    """ "将于14日至16日对中国进行正式访问", read on the 15th: a plan whose days (no more than a visit's, five) run
    through the report's is under way, and carries the leader's other plans in that country with it (merge)."""
    if day is None:
        return
    for item in found:
        start, end = item.when.start, item.when.end
        if (
            item.status in ("planned", "confirmed")
            and start is not None
            and end is not None
            and start < day <= end
            and (end - start).days <= _VISIT_DAYS
        ):
            item.status = "ongoing"
            item.rule += "/under_way_by_its_days"


def _plans_begun_by_the_report(found: list[Found], day: date | None) -> None:
    """A plan whose days have begun by the report's ("将于12月1至3日对中国进行访问" in a headline of 3 December) and
    whose visit the article tells under way or done ("结束了对中国的访问"): the plan is that visit."""
    if day is None:
        return
    made: dict[tuple[str, str], Found] = {}
    for item in found:
        if item.status in ("past", "ongoing") and (item.when.start is None or item.when.start <= day):
            made.setdefault((item.leader, item.place.country), item)
    for item in found:
        visit = made.get((item.leader, item.place.country))
        start, end = item.when.start, item.when.end
        if visit is None or item.status not in ("planned", "confirmed") or start is None or end is None:
            continue
        # (days, not a month: "will visit Argentina in January", read in late January, may lie ahead; nor a plan for
        # the report's own day, which the day's news tells)
        if (
            (end - start).days <= _BEGUN_PLAN_DAYS
            and start < day
            and (visit.when.start is None or start <= visit.when.start)
        ):
            item.status = visit.status
            item.rule += "/begun_by_the_report"


# A plan told in the past tense ("was expected to visit France"): news of a plan that no longer holds when
# the article calls the leader's trip off.
_PLAN_IN_PAST_RULES = frozenset({"plan_in_past"})
_CALLED_OFF_WITHIN_DAYS = 14


def _legs_of_a_trip_called_off(found: list[Found]) -> None:
    """A leader whose trip the article calls off ("cancelled his trip to Brussels") and who "was expected to visit
    France and Egypt afterwards" has called those legs off too, unless their time lies two weeks or more apart."""
    called_off: dict[str, Found] = {}
    for item in found:
        if item.status in ("cancelled", "postponed"):
            called_off.setdefault(item.leader, item)
    if not called_off:
        return
    for item in found:
        trip = called_off.get(item.leader)
        if (
            trip is None
            or item.status not in ("planned", "confirmed")
            or item.rule.split("/")[0] not in _PLAN_IN_PAST_RULES
        ):
            continue
        start, reference = item.when.start, trip.when.start
        if start is None or reference is None or abs((start - reference).days) < _CALLED_OFF_WITHIN_DAYS:
            item.status = trip.status
            item.rule += "/trip_called_off"


def _called_off_without_a_place(found: list[Found], called_off: Sequence[CalledOff]) -> None:
    """ "The state visit by Xi has been postponed." and, in another sentence, "Xi's visit to Japan will be held at a
    convenient time": the leader's plan is postponed. A calling-off told without a destination goes to the plan
    only when the article gives the leader plans to one country (which trip it is, is then plain), or to the plans
    in the countries its sentence names ("called the presidents of Venezuela and Chile to explain the cancelled
    trip"); a denied report goes to the plans told as reports ("planned"), not to those stated as fact."""
    for leader, status, countries in called_off:
        plans = [item for item in found if item.leader == leader and item.status in ("planned", "confirmed")]
        named = [item for item in plans if item.place.country in countries]
        if status == "denied":
            plans = [item for item in plans if item.status == "planned"]
        elif named:
            plans = named
        elif len({item.place.country for item in plans}) != 1:
            continue
        for item in plans:
            item.status = status
            item.rule += "/called_off_in_article"


_CALLED_OFF = frozenset({"denied", "postponed", "cancelled"})
_APART_DAYS = 14


def _other_time(current: Found, item: Found) -> bool:
    """Whether a plan and a calling-off of the same leader and country are of two trips: both dated, two weeks
    or more apart."""
    statuses = {current.status, item.status}
    if not (statuses & _CALLED_OFF and statuses & {"planned", "confirmed"}):
        return False
    a, b = current.when, item.when
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return (b.start - a.end).days >= _APART_DAYS or (a.start - b.end).days >= _APART_DAYS


_GOING = frozenset({"planned", "confirmed", "ongoing"})


def _combine(current: Found, item: Found) -> Found:
    rank_item, rank_current = STATUS_PRECEDENCE.get(item.status, -1), STATUS_PRECEDENCE.get(current.status, -1)
    recalled, own = (item, current) if item.recap else (current, item)
    if recalled.recap and not own.recap and recalled.status in _CALLED_OFF and own.status in _GOING:
        # the article's own news of the trip over a calling-off it recalls: "Рахмон приедет в Москву ... Ранее
        # сообщалось, что Рахмон отменил визит в Москву" is a trip ahead
        best = own
    elif rank_item != rank_current:
        best = item if rank_item > rank_current else current
    else:
        # equally sure: the sentence that dates the trip is the better evidence, and of two as dated a body
        # sentence (with its date and source) rather than the headline
        best = (
            item
            if (item.confidence, -_when_rank(item.when), not item.headline)
            > (current.confidence, -_when_rank(current.when), not current.headline)
            else current
        )
    other = current if best is item else item
    when = item.when if _when_rank(item.when) < _when_rank(current.when) else current.when
    status: TripStatus = (
        "confirmed"
        if "confirmed" in (item.status, current.status)
        and best.status
        in (
            "planned",
            "confirmed",
        )
        else best.status
    )
    place = best.place
    if place.event is None and other.place.event is not None:
        place = replace(place, event=other.place.event)
    if place.city is None and other.place.city is not None and other.place.country == place.country:
        place = replace(place, city=other.place.city)
    return Found(
        best.leader,
        place,
        status,
        when,
        max(best.confidence, other.confidence),
        best.evidence,
        best.attribution or other.attribution,
        best.unit,
        best.rule,
        best.pairing,
        best.headline,
        recap=best.recap and other.recap,
    )


def borrow_times(trips: list[Found], sentences: list[Sentence], seen_from: date | Month | None) -> list[Found]:
    """A plan whose own sentence gives no time takes one from the headline, the lead (the body's first
    sentence, the story in brief) or a sentence next to it, the nearest first: one that names the same
    destination ("The visit will take place on June 12."), or that tells of the same leader's travel
    without naming another country ("Cuban President to Visit Europe From June 20-24", "Trump plans to
    travel to Asia in November"). A time another trip of the leader took in that sentence gives only its
    month, the tour's ("将于11月8日至10日访问中国。他也计划访问美国和秘鲁。": November, not China's days). A plan
    whose own time an undated article cannot place ("on May 24") takes none: the one beside it is another's;
    one told by a season or a part of the year ("will visit the United States this spring") takes a day or
    month so given within it ("arranging a summit around April 10")."""
    lead = next((s.index for s in sentences if s.part == "body"), -1)
    taken: dict[tuple[int, str, date | None], str] = {
        (item.unit, item.leader, item.when.start): item.place.country for item in trips if item.when.start
    }
    for trip in trips:
        own = trip.when
        # "this spring", "later this year": a time of the lead or headline within it says more
        coarse = own.start is not None and own.end is not None and (own.end - own.start).days > 31
        if trip.status not in ("planned", "confirmed") or (own != When() and not coarse):
            continue
        nearby = [s for s in sentences if s.part == "title" or s.index == lead or abs(s.index - trip.unit) <= 2]
        nearby.sort(key=lambda s: (abs(s.index - trip.unit), s.part != "title"))
        for sentence in nearby:
            if sentence.index == trip.unit:
                continue
            until = len(sentence.text) if _names(sentence, trip.place.country) else _travel_told(sentence, trip)
            # until 0: no time can end before it, and the sentence's times (a costly scan) are not read
            when = _plan_time(sentence, seen_from, until) if until > 0 else None
            if when is None or (coarse and not _within(when, own)):
                continue
            owner = taken.get((sentence.index, trip.leader, when.start))
            if owner not in (None, trip.place.country) and when.start is not None:
                first, last = month_range(when.start.year, when.start.month)  # another leg's time: the tour's month
                when = When(first, last, when.text)
            trip.when = when
            trip.rule += "/time_nearby"
            break
    return trips


def _within(when: When, span: When) -> bool:
    return (
        when.start is not None
        and span.start is not None
        and span.end is not None
        and span.start <= when.start <= span.end
    )


def _names(sentence: Sentence, country: str) -> bool:
    return any(mention.country == country for mention in sentence.mentions)


def _travel_told(sentence: Sentence, trip: Found) -> int:
    """Where the part of ``sentence`` that tells of the leader's coming travel ends: from its travel word to the
    first place after it in another country ("leaves this weekend for Europe and then Australia": its time is
    before "Australia"; a dateline before the travel word, "WASHINGTON —", is no destination); 0 if the sentence
    names neither the leader nor a travel word, or tells of travel done ("returned home on Monday after a tour")."""
    if trip.leader not in sentence.named:
        return 0
    travel = sentence.language.travel_word.search(sentence.low)
    if travel is None:
        return 0
    after = sentence.offset + travel.start()
    until = min(
        (
            mention.start - sentence.offset
            for mention in sentence.mentions
            if mention.kind in PLACE_KINDS
            and mention.start >= after
            and mention.country not in (None, trip.place.country)
        ),
        default=len(sentence.text),
    )
    lexicon = sentence.language.lexicon
    if (
        "past_verb" in lexicon.lists
        and lexicon.search("past_verb", sentence.low, 0, until) is not None
        and lexicon.search("future", sentence.low, 0, until) is None
    ):
        return 0
    return until


def _plan_time(sentence: Sentence, seen_from: date | Month | None, until: int) -> When | None:
    since = seen_from.first if isinstance(seen_from, Month) else seen_from
    gone_until: int | None = None  # where the last time counted back from the story ends ("50 years ago")
    for time in sentence.times:
        if time.end > until:
            break
        if time.counted_back:
            gone_until = time.end
            continue
        if gone_until is not None and 0 <= time.start - gone_until <= 4:
            continue  # "the conference held 50 years ago on May 1": that day, long gone
        if time.reporting or time.precision not in ("day", "week", "month"):
            continue
        when = time.resolve(seen_from, "future")
        if when.start is not None and (since is None or when.start >= since):
            return when
    return None


def attach_events(trips: list[Found], sentences: list[Sentence], gazetteer: Gazetteer, day: date | None) -> list[Found]:
    """An event named near a planned trip, held in its destination country, is what the trip is for."""
    for trip in trips:
        if trip.status not in ("planned", "confirmed"):
            continue
        place, when, attribution = trip.place, trip.when, trip.attribution
        for index in range(trip.unit, min(len(sentences), trip.unit + 3)):
            sentence = sentences[index]
            for mention in sentence.mentions:
                if mention.kind != "event":
                    continue
                event = gazetteer.events.get(mention.entity)
                if event is not None and when.start is None and day is not None:
                    edition = _edition_ahead(event, place.country, day)  # not one that is over
                else:
                    year = when.start.year if when.start else None
                    edition = event.edition(year) if event and year else None
                if event is None or edition is None or edition.country != place.country:
                    continue
                if place.event is None:
                    place = replace(place, event=event.id, city=place.city or edition.city)
                if when.start is None and edition.start is not None:
                    when = When(edition.start, edition.end or edition.start, when.text)
                elif when.start is None:
                    near = [time for time in sentence.times if not time.reporting]
                    if near:
                        when = near[0].resolve(day, "future")
                if index != trip.unit:
                    quoted = sentence.attribution
                    if quoted and quoted not in (attribution or ""):
                        attribution = f"{attribution}; {quoted}" if attribution else quoted
        if when.start is None and place.event is not None and day is not None:
            # the trip is to the event (named in its sentence or just before): the edition's dates, else its month
            event = gazetteer.events[place.event]
            edition = _edition_ahead(event, place.country, day)
            if edition is not None and edition.start is not None:
                when = When(edition.start, edition.end or edition.start, when.text)
            elif event.month is not None:
                start, end = month_range(day.year if event.month >= day.month else day.year + 1, event.month)
                when = When(start, end, when.text)
        elif _whole_year(when) and place.event is not None and when.start is not None:
            # "出席博鳌亚洲论坛2023年年会": the year of a gathering held in a known month is that month of it
            month = gazetteer.events[place.event].month
            if month is not None:
                start, end = month_range(when.start.year, month)
                when = When(start, end, when.text)
        trip.place, trip.when, trip.attribution = place, when, attribution
    return trips


def _whole_year(when: When) -> bool:
    """Whether ``when`` is a year and no more precise."""
    return (
        when.start is not None
        and when.end is not None
        and (when.start.month, when.start.day, when.end.month, when.end.day) == (1, 1, 12, 31)
        and when.start.year == when.end.year
    )


def _edition_ahead(event: EventEntry, country: str, day: date) -> Edition | None:
    """The edition of ``event`` in ``country`` that a plan told on ``day`` can be for: this year's, unless it is
    over, else next year's."""
    for year in (day.year, day.year + 1):
        edition = event.edition(year)
        if edition is not None and edition.country == country and (edition.end or edition.start or day) >= day:
            return edition
    return None


def date_tour_legs(trips: list[Found]) -> list[Found]:
    """An undated plan of a leader whose other plans in the article are dated is a leg of that tour: it
    takes the month of the dated plan named nearest to it ("将于11月8日访华...也计划访问美国、秘鲁"), or of the
    dated leg under way ("arrived in Accra on Tuesday ... will thereafter fly out to Guinea-Bissau"), a leg
    dated by its own words (a time borrowed from a sentence nearby is no leg's to pass on)."""
    dated = [
        (item.unit, item.leader, item.when.start)
        for item in trips
        if item.status in ("planned", "confirmed", "ongoing")
        and item.when.start is not None
        and not item.rule.endswith("/time_nearby")
    ]
    for item in trips:
        if item.status not in ("planned", "confirmed") or item.when.start is not None:
            continue
        legs = [(abs(unit - item.unit), start) for unit, leader, start in dated if leader == item.leader]
        if legs:
            start = min(legs)[1]
            first, last = month_range(start.year, start.month)
            item.when = When(first, last, item.when.text)
    return trips


def undate_plans_before_office(trips: list[Found], gazetteer: Gazetteer, day: date | None) -> list[Found]:
    """An undated text's plan dated before its traveller ever led took that time from another trip ("the first
    visit ... since Gujral travelled there in June 1997", "the first since Abe did so in 2015"): the plan keeps
    no time rather than being judged a trip from before the traveller's office. A dated text's plans are
    judged against the publication day instead (``borrow_times``, ``in_office``)."""
    if day is not None:
        return trips
    for item in trips:
        if item.status not in ("planned", "confirmed") or item.when.start is None:
            continue
        starts = [office.start for office in gazetteer.leaders[item.leader].offices if office.role in LEADING_ROLES]
        if starts and item.when.start < min(starts) and (item.when.end is None or item.when.end < min(starts)):
            item.when = When()
    return trips


def in_office(item: Found, gazetteer: Gazetteer, day: date | None, elect: frozenset[str] = frozenset()) -> bool:
    """A leader travels as a leader only while heading a state or government (a former president's trip,
    or an office of the watchlist's "other" role such as the European Commission's, is not watched), or as
    one the article calls president-elect (``elect``: the tagger's, for the year before taking office)."""
    if item.leader in elect:
        return True
    leader = gazetteer.leaders[item.leader]
    when = item.when.start or day
    if when is None:
        # no date to judge by: the text speaks of a leader as one, if they ever led
        return any(office.role in LEADING_ROLES for office in leader.offices)
    days = [when] + ([day] if day is not None else []) + ([item.when.end] if item.when.end is not None else [])
    return any(office.role in LEADING_ROLES for moment in days for office in leader.offices_on(moment))


LEADING_ROLES = frozenset({"head_of_state", "head_of_government", "party_leader"})


def to_trip(item: Found, gazetteer: Gazetteer) -> Trip:
    leader = gazetteer.leaders[item.leader]
    return Trip(
        leader=Leader(leader.id, leader.name),
        destination=Destination(item.place.country, item.place.city, item.place.event),
        when=item.when,
        status=item.status,
        confidence=item.confidence,
        evidence=item.evidence,
        attribution=item.attribution,
        rule=item.rule,
        pairing=item.pairing,
    )
