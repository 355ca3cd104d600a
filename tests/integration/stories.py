"""Articles written for the integration tests: each announces one trip we can recognise."""

from __future__ import annotations

import random
from itertools import product
from typing import Any

# (leader as written, leader id): leaders in office throughout 2024.
LEADERS = [
    ("Vladimir Putin", "Q7747"),
    ("Xi Jinping", "Q15031"),
    ("Narendra Modi", "Q1058"),
    ("Emmanuel Macron", "Q3052772"),
    ("Recep Tayyip Erdogan", "recep-tayyip-erdogan"),
    ("Giorgia Meloni", "giorgia-meloni"),
    ("Cyril Ramaphosa", "cyril-ramaphosa"),
    ("Anthony Albanese", "anthony-albanese"),
]
DESTINATIONS = [("Kenya", "KE"), ("Chile", "CL"), ("Vietnam", "VN"), ("Norway", "NO"), ("Peru", "PE")]
TOPICS = [
    "trade",
    "energy",
    "climate finance",
    "ports",
    "railways",
    "farming",
    "water",
    "fisheries",
    "mining",
    "tourism",
    "education",
    "health",
    "shipping",
    "digital services",
    "fertiliser",
    "steel",
]


def trip_articles(count: int, prefix: str = "trip", padding: int = 0) -> list[dict[str, Any]]:
    """``count`` articles, each announcing a different leader's trip to a different country in November.

    Returns raw-article dicts; ``expected`` holds the (leader id, country) the alert must have.
    ``padding`` adds that many neutral paragraphs, different in each article (so that the articles are
    not near-duplicates of each other), to make them longer and slower to process.
    """
    rng = random.Random(count * 1000 + padding)
    pairs = list(product(LEADERS, DESTINATIONS))
    if count > len(pairs):
        raise ValueError(f"at most {len(pairs)} distinct trips")
    articles = []
    for number, ((leader, leader_id), (country, code)) in enumerate(pairs[:count]):
        paragraphs = [
            f"Officials said the talks would cover {', '.join(rng.sample(TOPICS, 3))}, and that {rng.randint(2, 40)} "
            f"agreements worth {rng.randint(1, 900)} million were being prepared for signing."
            for _ in range(padding)
        ]
        text = "\n\n".join([f"{leader} will travel to {country} in November, officials said on Monday.", *paragraphs])
        articles.append(
            {
                "id": f"{prefix}-{number}",
                "url": f"https://wire.example/{prefix}/{number}",
                "source": "Example Wire",
                "title": f"{leader} to visit {country}",
                "published": "2024-10-07T08:00:00Z",
                "text": text,
                "expected": (leader_id, code),
            }
        )
    return articles


def filler_articles(count: int, prefix: str = "news", padding: int = 3, seed: int = 1) -> list[dict[str, Any]]:
    """``count`` articles that name no leader and no country (so they raise no alert), all different."""
    rng = random.Random(seed)
    articles = []
    for number in range(count):
        paragraphs = [
            f"Officials said the talks on {', '.join(rng.sample(TOPICS, 3))} would resume after {rng.randint(2, 90)} "
            f"days, and that {rng.randint(2, 400)} experts had been asked for advice on item {number}."
            for _ in range(max(1, padding))
        ]
        articles.append(
            {
                "id": f"{prefix}-{number}",
                "url": f"https://wire.example/{prefix}/{number}",
                "source": "Example Wire",
                "title": f"Talks update {number}",
                "published": "2024-10-07T08:00:00Z",
                "text": "\n\n".join(paragraphs),
            }
        )
    return articles


def interleave(trips: list[dict[str, Any]], others: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The two lists merged evenly, trips spread among the others."""
    merged: list[dict[str, Any]] = []
    step = max(1, len(others) // max(1, len(trips)))
    pending = list(trips)
    for number, article in enumerate(others):
        if pending and number % step == 0:
            merged.append(pending.pop(0))
        merged.append(article)
    return merged + pending
