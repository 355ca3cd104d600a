"""Russian attribution: who a sentence says the news comes from ("сообщил Ушаков", "заявил Песков",
"сообщает ТАСС", "Об этом сообщили в пресс-службе Кремля", "по словам Пескова")."""

from __future__ import annotations

import re

from pipeline.travel.languages.ru.lexicon import LEXICON as L
from pipeline.travel.sentences import Sentence, lower

_VERB = L.source("source_verb")
_NAME = r"[А-ЯЁA-Z«\"][\w«»\"'.-]*(?:\s+[\w«»\"'.-]+){0,5}?"
_PATTERNS = (
    # "..., — сообщил Ушаков", "сообщает ТАСС", "заявил пресс-секретарь президента Дмитрий Песков"
    re.compile(
        r"(?:^|[,—–-]\s*|\b[Оо]б этом\s+|\b[Кк]ак\s+)(?:" + _VERB + r")\s+(?:журналистам\s+|агентству\s+|изданию\s+)?"
        r"(?P<src>(?:в\s+)?(?:[а-яё-]+\s+){0,4}?" + _NAME + r")(?=\s*(?:[.,;:(]|$|\s+(?:на|в|со|по|в ходе)\s))"
    ),
    # "Песков сообщил", "В Кремле сообщили"
    re.compile(r"(?:^|[.;]\s+)(?P<src>(?:[ВB]\s+)?" + _NAME + r")\s+(?:" + _VERB + r")\b"),
)
# "по словам Пескова", "по данным ТАСС", "со ссылкой на источники": read in lower case, given as written
_PREFIXED = re.compile(r"\b(?:" + L.source("source_prefix") + r")\s+(?P<src>[^,.;]{3,60})")
# Verbs are written in lower case (but for a sentence's first word): one cheap search of the lowered text
_SOURCE_WORD = re.compile(r"\b(?:" + _VERB + r"|" + L.source("source_prefix") + r")")
_NOT_SOURCE = re.compile(r"^(?:он|она|они|мы|я|это|что|который|которая)$", re.IGNORECASE)


def attribution(sentence: Sentence) -> str | None:
    """The source of ``sentence``, as written; not the traveller's own words ("Путин заявил, что посетит")."""
    travellers = {sentence.text[ref.start : ref.end] for ref in sentence.refs}
    return source_of(sentence.text, sentence.low, travellers)


def source_of(text: str, low: str | None = None, travellers: set[str] | None = None) -> str | None:
    """``source_of("Путин посетит Индию, сообщил Ушаков.")`` is "Ушаков"."""
    low = lower(text) if low is None else low
    if not _SOURCE_WORD.search(low):
        return None
    spans = [(match, "src") for pattern in _PATTERNS for match in pattern.finditer(text)]
    spans += [(match, "src") for match in _PREFIXED.finditer(low)]
    for match, group in spans:
        source = text[match.start(group) : match.end(group)].strip(" ,.;:«»\"'")
        if not source or _NOT_SOURCE.match(source) or len(source.split()) > 10:
            continue
        if source in (travellers or set()):
            continue
        return source
    return None
