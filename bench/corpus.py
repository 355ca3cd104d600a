"""A fixed corpus of ~5 KB news-like text articles for the speed benchmarks.

Articles are assembled, with a fixed seed, from sentences written for newswatch (the labelled tagging
and travel sets) plus neutral filler rendered per article from templates (bench/filler.yaml, so that
articles share little more of their text than real stories do). Like a real story, each article draws
on its own small pool of sentences (a handful of leaders and countries, named again and again), so it
has the mention density of political wire copy (the seed example names 5 countries in 28 mentions
over 1.2 KB) without naming forty countries at once.

``travel_share`` of the articles are travel stories: three of their eight pool sentences come from the
travel set (announcements, past visits, hosting, hard negatives), so about a fifth of their sentences
are about a leader's travel; the others are political news drawn from the tagging set. The default
(0.2) is generous for a general world-news feed; ``travel_share=1.0`` gives the worst case, every
article a travel story. The same seed gives the same corpus on every machine.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FILLER = ROOT / "bench" / "filler.yaml"


def _sentences(name: str, limit: int = 600) -> list[str]:
    """The texts of the labelled set ``name`` (``tagging`` or ``travel``) shorter than ``limit``."""
    sentences: list[str] = []
    for path in sorted((FIXTURES / name).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        sentences += [item["text"] for item in data.get("items", []) if len(item["text"]) < limit]
    return sentences


def _filler(templates: list[dict[str, Any]], rng: random.Random) -> list[str]:
    """One article's filler: every template (of bench/filler.yaml) with a random choice per slot."""
    return [_render(item["template"], item["slots"], rng) for item in templates]


def _render(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda slot: rng.choice(slots[slot.group(1)]), template)


def text_articles(
    count: int, size: int = 5000, seed: int = 20231017, travel_share: float = 0.2
) -> list[dict[str, Any]]:
    """``count`` raw-article dicts of about ``size`` bytes of text each."""
    rng = random.Random(seed)
    news, travel = _sentences("tagging"), _sentences("travel")
    templates = yaml.safe_load(FILLER.read_text(encoding="utf-8"))
    start = datetime(2023, 1, 1, tzinfo=UTC)
    articles = []
    for number in range(count):
        story = rng.random() < travel_share
        pool = rng.sample(travel, 3) + rng.sample(news, 5) if story else rng.sample(news, 8)
        filler = _filler(templates, rng)
        paragraphs: list[str] = []
        length = 0
        while length < size:
            paragraph = " ".join(
                rng.choice(pool) if rng.random() < 0.55 else rng.choice(filler) for _ in range(rng.randint(2, 4))
            )
            paragraphs.append(paragraph)
            length += len(paragraph) + 2
        published = start + timedelta(hours=rng.randint(0, 24 * 700))
        articles.append(
            {
                "id": f"bench-{number}",
                "url": f"https://bench.newswatch.invalid/{number}",
                "source": "Bench Wire",
                "title": paragraphs[0].split(".")[0][:120],
                "published": published.isoformat(),
                "language": "en",
                "text": "\n\n".join(paragraphs),
            }
        )
    return articles
