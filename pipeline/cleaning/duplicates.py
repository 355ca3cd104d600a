"""Repeated stories: is this clean article one already seen within the window?

The articles that share a near-duplicate key (see fingerprint.py) are kept together, most recent
last. A new article is:

* an **exact** duplicate of a seen one with the same content fingerprint (a scraper re-sending it);
* a **near** duplicate of one whose MinHash signature is similar enough (a syndicated or lightly
  edited copy from another outlet);
* **new** otherwise, and also when it has the id of a seen article but other words: the outlet
  updated the story ("the visit has been called off"), which must be read again.

Only what arrived within the window counts. The same message read twice (a worker replaying its input
after a restart, recognised by its ``origin``) is not its own duplicate.
"""

from __future__ import annotations

import base64
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from pipeline.cleaning.fingerprint import is_near_duplicate
from pipeline.records import Article

DuplicateKind = Literal["exact", "near"]
MAX_KEPT = 32  # per near-duplicate key: a story syndicated more often than this is rare


@dataclass(frozen=True, slots=True)
class Seen:
    article_id: str
    fingerprint: str
    signature: tuple[int, ...]
    seen_at: datetime
    origin: str  # where the message was read (partition and offset), to recognise a replay


@dataclass(frozen=True, slots=True)
class Verdict:
    duplicate_of: str | None  # the article id it repeats
    kind: DuplicateKind | None
    seen: tuple[Seen, ...]  # what to remember for this key afterwards


def check(seen: tuple[Seen, ...], article: Article, at: datetime, origin: str, window: timedelta) -> Verdict:
    """Whether ``article``, read at ``origin`` at time ``at``, repeats an article of ``seen``."""
    recent = tuple(item for item in seen if at - item.seen_at <= window)
    for item in recent:
        if item.origin == origin:
            return Verdict(None, None, recent)  # a replay of the message that was processed
    for item in reversed(recent):
        if item.article_id == article.id and item.fingerprint != article.fingerprint:
            break  # the same article, updated: read it again
        if item.fingerprint == article.fingerprint:
            return Verdict(item.article_id, "exact", recent)
        if item.article_id != article.id and is_near_duplicate(item.signature, article.signature):
            return Verdict(item.article_id, "near", recent)
    entry = Seen(article.id, article.fingerprint, article.signature, at, origin)
    kept = tuple(item for item in recent if item.article_id != article.id)
    return Verdict(None, None, (*kept, entry)[-MAX_KEPT:])


def pack_signature(signature: tuple[int, ...]) -> str:
    """A signature as compact text (base64 of 64-bit integers) for the table."""
    return base64.b64encode(struct.pack(f">{len(signature)}Q", *signature)).decode()


def unpack_signature(text: str) -> tuple[int, ...]:
    data = base64.b64decode(text)
    return struct.unpack(f">{len(data) // 8}Q", data)
