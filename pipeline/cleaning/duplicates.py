"""Repeated stories: does this article tell what an article seen within the window told?

The articles that share a near-duplicate key (see fingerprint.py) are kept together, most recent
last. A new article is a repeat of a seen one when both hold:

* it has the same words (an **exact** duplicate: the same content fingerprint, a scraper re-sending
  it) or nearly (a **near** duplicate: MinHash signatures similar enough, a syndicated or lightly
  edited copy from another outlet); and
* it tells nothing the seen one did not: its facts (:func:`story_facts`: the watched leaders, places
  and events its body names, and each trip it reports with its destination, dates and status) are
  among the seen one's; themes ("trade") are not facts. Wire briefs written from one template
  ("President X will travel to Y in October, his office said") share most of their words; a
  different leader, destination or date is a different story all the same. A copy that only drops a
  paragraph, or adds a dateline naming a city of a country it already names, tells nothing new.

An article with the id of a seen one but other words is the outlet's update ("the visit has been
called off"), which must be read again. Only what arrived within the window counts. The same message
read twice (a worker replaying its input after a restart, recognised by its ``origin``) is not its
own duplicate.
"""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from pipeline.cleaning.fingerprint import is_near_duplicate
from pipeline.records import Article, TaggedArticle, Trip

DuplicateKind = Literal["exact", "near"]
MAX_KEPT = 32  # per near-duplicate key: a story syndicated more often than this is rare


@dataclass(frozen=True, slots=True)
class Seen:
    article_id: str
    fingerprint: str
    signature: tuple[int, ...]
    facts: tuple[int, ...]  # story_facts of the article, sorted
    seen_at: datetime
    origin: str  # where the message was read (partition and offset), to recognise a replay


@dataclass(frozen=True, slots=True)
class Verdict:
    duplicate_of: str | None  # the article id it repeats
    kind: DuplicateKind | None
    seen: tuple[Seen, ...]  # what to remember for this key afterwards


def story_facts(tagged: TaggedArticle, trips: Iterable[Trip]) -> tuple[int, ...]:
    """What a story tells, as sorted 32-bit hashes: the leaders, countries, cities and events its body
    names, and each trip's leader, destination country, dates and status.

    A leader implies their country, so a dateline ("NEW DELHI, Oct 7 -", a city opening the text:
    where the story was filed) adds nothing to a story about Modi. The title is left out: outlets write
    their own headlines over one syndicated text. A trip's city is a fact through its mention only, so
    a copy cut before the paragraph naming it still tells the same trip.

    Usage: ``story_facts(tagged, detect_trips(tagged, gazetteer))``.
    """
    facts: set[str] = set()
    for mention in tagged.mentions:
        if mention.field != "body":
            continue
        if mention.country:
            facts.add(f"place:{mention.country}")
        if mention.kind in ("leader", "title"):
            facts.add(f"leader:{mention.entity}")
        elif mention.kind == "city" and mention.start > 0:
            facts.add(f"city:{mention.entity}")
        elif mention.kind == "event":
            facts.add(f"event:{mention.entity}")
    for trip in trips:
        when = trip.when
        facts.add(f"trip:{trip.leader.id}|{trip.destination.country}|{when.start}|{when.end}|{trip.status}")
    return tuple(sorted({zlib.crc32(fact.encode()) for fact in facts}))


def check(
    seen: tuple[Seen, ...], article: Article, facts: tuple[int, ...], at: datetime, origin: str, window: timedelta
) -> Verdict:
    """Whether ``article`` (telling ``facts``), read at ``origin`` at time ``at``, repeats one of ``seen``."""
    recent = tuple(item for item in seen if at - item.seen_at <= window)
    for item in recent:
        if item.origin == origin:
            return Verdict(None, None, recent)  # a replay of the message that was processed
    told = frozenset(facts)
    for item in reversed(recent):
        if item.article_id == article.id and item.fingerprint != article.fingerprint:
            break  # the same article, updated: read it again
        if not told.issubset(item.facts):
            continue  # it tells something the seen one did not: another story, whatever the words
        if item.fingerprint == article.fingerprint:
            return Verdict(item.article_id, "exact", recent)
        if item.article_id != article.id and is_near_duplicate(item.signature, article.signature):
            return Verdict(item.article_id, "near", recent)
    entry = Seen(article.id, article.fingerprint, article.signature, facts, at, origin)
    kept = tuple(item for item in recent if item.article_id != article.id)
    return Verdict(None, None, (*kept, entry)[-MAX_KEPT:])


def pack_signature(signature: tuple[int, ...]) -> str:
    """A signature as compact text (base64 of 32-bit integers) for the wire."""
    return base64.b64encode(struct.pack(f">{len(signature)}I", *signature)).decode()


def unpack_signature(text: str) -> tuple[int, ...]:
    data = base64.b64decode(text)
    return struct.unpack(f">{len(data) // 4}I", data)
