"""Russian attribution: who a sentence says the news comes from ("сообщил Ушаков", "заявил Песков",
"сообщает ТАСС", "Об этом сообщили в пресс-службе Кремля", "по словам Пескова")."""

from __future__ import annotations

import re

from pipeline.travel.languages.ru.lexicon import LEXICON as L
from pipeline.travel.sentences import Sentence

_VERB = L.source("source_verb")
_NAME = r"[А-ЯЁA-Z«\"][\w«»\"'.-]*(?:\s+[\w«»\"'.-]+){0,5}?"
_PATTERNS = (
    # "..., — сообщил Ушаков", "сообщает ТАСС", "заявил пресс-секретарь президента Дмитрий Песков"
    re.compile(
        r"(?:^|[,—–-]\s*|\bоб этом\s+|\bкак\s+)(?i:" + _VERB + r")\s+(?:журналистам\s+|агентству\s+|изданию\s+)?"
        r"(?P<src>(?:в\s+)?(?:[а-яё-]+\s+){0,4}?" + _NAME + r")(?=\s*(?:[.,;:(]|$|\s+(?:на|в|со|по|в ходе)\s))"
    ),
    # "Песков сообщил", "В Кремле сообщили"
    re.compile(r"(?:^|[.;]\s+)(?P<src>(?:[ВB]\s+)?" + _NAME + r")\s+(?i:" + _VERB + r")\b"),
    # "по словам Пескова", "по данным ТАСС", "со ссылкой на источники"
    re.compile(r"(?i:" + L.source("source_prefix") + r")\s+(?P<src>[^,.;]{3,60})"),
)
_SOURCE_WORD = re.compile(r"(?i:" + _VERB + r"|" + L.source("source_prefix") + r")")
_NOT_SOURCE = re.compile(r"^(?:он|она|они|мы|я|это|что|который|которая)$", re.IGNORECASE)


def attribution(sentence: Sentence) -> str | None:
    """The source of ``sentence``, as written; not the traveller's own words ("Путин заявил, что посетит")."""
    travellers = {sentence.text[ref.start : ref.end] for ref in sentence.refs}
    return source_of(sentence.text, travellers)


def source_of(text: str, travellers: set[str] | None = None) -> str | None:
    if not _SOURCE_WORD.search(text):
        return None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            source = match.group("src").strip(" ,«»\"'")
            if not source or _NOT_SOURCE.match(source) or len(source.split()) > 10:
                continue
            if source in (travellers or set()):
                continue
            return source
    return None
