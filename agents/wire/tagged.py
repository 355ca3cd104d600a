"""The tagged article: what the tag stage writes to the tagged topic (the clean article, its tags and
the mentions the travel stage reads), and what ``analyze`` shows of it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agents.wire.article import article_from_message, article_to_json
from agents.wire.codec import WireError
from pipeline.records import ActorTag, Mention, TaggedArticle, TopicTag


def actor_to_json(actor: ActorTag) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "country": actor.country,
        "mentions": actor.mentions,
        "first_offset": actor.first_offset,
        "in_title": actor.in_title,
        "in_lead": actor.in_lead,
        "elect": actor.elect,
    }


def topic_to_json(topic: TopicTag) -> dict[str, Any]:
    return {
        "id": topic.id,
        "name": topic.name,
        "kind": topic.kind,
        "mentions": topic.mentions,
        "first_offset": topic.first_offset,
        "in_title": topic.in_title,
        "in_lead": topic.in_lead,
    }


def tagged_to_json(tagged: TaggedArticle) -> dict[str, Any]:
    """What ``newswatch analyze`` shows of a tagged article."""
    result = article_to_json(tagged.article)
    result["actors"] = [actor_to_json(actor) for actor in tagged.actors]
    result["topics"] = [topic_to_json(topic) for topic in tagged.topics]
    return result


def with_tags(clean_message: Mapping[str, Any], tagged: TaggedArticle) -> dict[str, Any]:
    """The message on the tagged topic: the article's message on the clean topic (with the signature the
    repeat check reads), its tags, and the mentions travel detection reads."""
    message = dict(clean_message)
    message["actors"] = [actor_to_json(actor) for actor in tagged.actors]
    message["topics"] = [topic_to_json(topic) for topic in tagged.topics]
    message["mentions"] = [list(mention) for mention in tagged.mentions]
    return message


def tagged_from_message(message: Mapping[str, Any]) -> TaggedArticle:
    article = article_from_message(message)
    try:
        actors = tuple(
            ActorTag(
                a["id"],
                a["name"],
                a["country"],
                int(a["mentions"]),
                a["first_offset"],
                bool(a["in_title"]),
                bool(a["in_lead"]),
                bool(a.get("elect", False)),  # absent from a message of a worker before it
            )
            for a in message.get("actors", ())
        )
        topics = tuple(
            TopicTag(
                t["id"],
                t["name"],
                t["kind"],
                int(t["mentions"]),
                t["first_offset"],
                bool(t["in_title"]),
                bool(t["in_lead"]),
            )
            for t in message.get("topics", ())
        )
        mentions = tuple(Mention(*item) for item in message.get("mentions", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError("schema", f"not a tagged-article message: {type(exc).__name__}: {exc}") from None
    return TaggedArticle(article, actors, topics, mentions)
