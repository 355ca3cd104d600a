"""Clean stage (first pass): forwards raw articles to the clean topic unchanged."""

from __future__ import annotations

from typing import Any

from agents.app import app
from agents.topics import clean_articles, raw_articles


@app.agent(raw_articles)
async def clean(stream: Any) -> None:
    async for event in stream.events():
        await clean_articles.send(key=event.key, value=event.value)
