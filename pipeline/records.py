"""The domain records that flow through newswatch, in pipeline order: raw -> clean -> tagged -> trips.

All are frozen value objects; stages return new ones. They say nothing of JSON or Kafka: the wire
schemas live in ``agents/wire/``, so renaming a field here never changes the bytes on a topic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as it arrives: from a feed, a scraper or a file. One of ``html`` or ``text`` is set."""

    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: datetime | None = None
    language: str | None = None
    html: str | None = None
    text: str | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: EMPTY, compare=False, hash=False)


@dataclass(frozen=True, slots=True, order=True)
class Month:
    """A calendar month: what is known of a date that is known to its month only (an address ``/2022/05/slug``).

    Usage: ``Month(2022, 5).first`` -> ``date(2022, 5, 1)``; ``str(Month(2022, 5))`` -> ``"2022-05"``.
    """

    year: int
    month: int

    def __post_init__(self) -> None:
        date(self.year, self.month, 1)  # raises ValueError for a month that does not exist

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    def holds(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def parse(cls, text: str) -> Month:
        """``Month.parse("2022-05")``; raises ValueError for anything else."""
        year, _, month = text.partition("-")
        if len(year) != 4 or len(month) != 2 or not (year + month).isdigit():
            raise ValueError(f"not a month (YYYY-MM): {text!r}")
        return cls(int(year), int(month))


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: the story's text without boilerplate, and its metadata.

    ``text`` holds the story's paragraphs separated by blank lines. ``removed`` names the kinds of
    boilerplate the cleaner took out (``banner``, ``related``, ``caption``...), once per occurrence.
    ``published_month`` is the month of publication where only it is known (an address ``/2022/05/slug``
    gives no day), and None whenever ``published`` is set.
    """

    id: str
    url: str | None
    source: str | None
    title: str
    published: datetime | None
    language: str | None
    byline: str | None
    text: str
    fingerprint: str
    near_duplicate_key: str
    signature: tuple[int, ...]
    removed: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=lambda: EMPTY, compare=False, hash=False)
    published_month: Month | None = None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(self.text.split("\n\n")) if self.text else ()

    def news_day(self, arrived: date | None = None) -> date | None:
        """The day the article is news of: its publication date, else the day it ``arrived`` (a message's
        timestamp) unless the month of publication says otherwise (an archive replayed years later is not news
        of the day it arrives); None if unknown.

        Usage: ``article.news_day(arrived=message_day)``.
        """
        if self.published is not None:
            return self.published.date()
        if arrived is not None and (self.published_month is None or self.published_month.holds(arrived)):
            return arrived
        return None


Field = Literal["title", "body"]
EntityKind = Literal["leader", "title", "country", "adjective", "city", "institution", "event", "theme"]


class Mention(NamedTuple):
    """One place in the title or body that names an entity of the watchlist.

    A ``NamedTuple`` rather than a frozen dataclass: an article has about a hundred of them, and a
    tuple is built several times faster (measured in bench/tagging.py); it is just as immutable.

    ``kind`` says what matched: a leader's name, a country (name or adjective), a city, an institution
    that stands for a government, an event, a theme keyword, or an office title ("the Russian
    president") resolved to the leader holding it on the article's date. ``entity`` is the watchlist id
    of what it refers to (for a city or institution: the country it stands for is ``country``).
    """

    field: Field
    start: int
    end: int
    text: str
    kind: EntityKind
    entity: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ActorTag:
    """A watched leader the article is about."""

    id: str
    name: str
    country: str
    mentions: int
    first_offset: int | None  # offset in the body; None when only the title names it
    in_title: bool
    in_lead: bool
    # called president-elect (designate, incoming) before taking office: a leader's trip already
    # (LABELLING.md counts presidents-elect); only set on a dated article, for a leader not yet in office
    elect: bool = False


TopicKind = Literal["country", "event", "theme"]


@dataclass(frozen=True, slots=True)
class TopicTag:
    """A country, international event or theme the article is about."""

    id: str
    name: str
    kind: TopicKind
    mentions: int
    first_offset: int | None  # offset in the body; None when only the title names it
    in_title: bool
    in_lead: bool


@dataclass(frozen=True, slots=True)
class TaggedArticle:
    article: Article
    actors: tuple[ActorTag, ...]
    topics: tuple[TopicTag, ...]
    mentions: tuple[Mention, ...]


TripStatus = Literal["planned", "confirmed", "invited", "postponed", "cancelled", "denied", "ongoing", "past"]
ALERT_STATUSES: tuple[TripStatus, ...] = ("planned", "confirmed")
# Which word on a plan stands when two disagree: a confirmation over a plan over an invitation, and any
# calling-off (denied, postponed, cancelled) over all of them. Used within an article (the travel
# stage) and across reports of one trip (alert merging).
STATUS_PRECEDENCE: dict[TripStatus, int] = {
    "invited": 0,
    "planned": 1,
    "confirmed": 2,
    "denied": 3,
    "postponed": 4,
    "cancelled": 5,
}


@dataclass(frozen=True, slots=True)
class Leader:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Destination:
    country: str
    city: str | None = None
    event: str | None = None


@dataclass(frozen=True, slots=True)
class When:
    """When a trip happens: ISO dates (``end`` = ``start`` for one day), and the words that said so."""

    start: date | None = None
    end: date | None = None
    text: str | None = None

    @property
    def known(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Trip:
    """A trip of a watched leader that an article reports, in any status."""

    leader: Leader
    destination: Destination
    when: When
    status: TripStatus
    confidence: float
    evidence: str
    attribution: str | None = None
    rule: str = ""  # the status rule that decided it ("future_auxiliary/plan"), for --explain
    pairing: str = ""  # how traveller, trigger and destination were paired, for --explain


@dataclass(frozen=True, slots=True)
class TripReport:
    """One article's report of one trip, as the travel stage hands it to alert merging.

    ``alert_id`` is the id this report alone gives the trip (leader, country, time window);
    ``raises_alert`` says whether its status and confidence are enough to start an alert.
    """

    alert_id: str
    trip: Trip
    raises_alert: bool
    article_id: str
    url: str | None = None
    source: str | None = None
    title: str = ""
    published: datetime | None = None
    reported_at: datetime | None = None  # when the article reached newswatch
    language: str | None = None  # the article's (ISO 639-1), so an analyst sees which desk's words

    @property
    def trip_key(self) -> str:
        """Reports of one leader's trips to one country share this key (and so one partition)."""
        return f"{self.trip.leader.id}|{self.trip.destination.country}"


@dataclass(frozen=True, slots=True)
class Source:
    """One article that reported a trip, as kept in the merged alert."""

    article_id: str
    url: str | None
    source: str | None
    title: str
    evidence: str
    published: datetime | None
    status: TripStatus
    confidence: float
    reported_at: datetime
    language: str | None = None  # the article's (ISO 639-1): the evidence is in this language


@dataclass(frozen=True, slots=True)
class MergedAlert:
    """The merged state of one trip across all its reports; each published change has a new version.

    ``changes`` says what this version changed: ``new_alert``, ``new_source``, ``status``, ``when``,
    ``destination``.
    """

    alert_id: str
    version: int
    leader: Leader
    destination: Destination
    when: When
    status: TripStatus
    confidence: float
    evidence: str
    attribution: str | None
    first_seen: datetime
    updated_at: datetime
    sources: tuple[Source, ...]
    changes: tuple[str, ...]

    @property
    def corroboration(self) -> int:
        """How many outlets (or, without an outlet name, articles) reported the trip."""
        return len({source.source or source.article_id for source in self.sources})
