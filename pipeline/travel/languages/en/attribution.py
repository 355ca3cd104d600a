"""English attribution: who a sentence says the news comes from (", the Kremlin said", "according to officials")."""

from __future__ import annotations

import re

from pipeline.travel.languages.en.lexicon import LEXICON as L
from pipeline.travel.sentences import Sentence, lower

_VERB = r"(?:" + L.source("source_verb") + r"|told [\w\s]{1,30}?)\b"
_PATTERNS = (
    re.compile(
        r"(?:^|[,;(][\"']?\s*)(?P<src>(?:the |his |her |their |a |an |two |three |several )?"
        r"[\w'.-]+(?:\s+[\w'.-]+){0,6}?(?:,\s+[^,;]{2,90}?,)?)\s+" + _VERB
    ),
    re.compile(r"\baccording to (?P<src>[^,.;]{3,80})"),
)
_SOURCE_WORD = re.compile(r"\b(?:" + L.source("source_verb") + r"|according to)\b")
_NOT_SOURCE = re.compile(r"^" + L.source("not_source") + r"$")
_NAME_ONLY = re.compile(r"^(?:[A-Z][\w'.-]+\s?){1,4}$")


def attribution(sentence: Sentence) -> str | None:
    """The source of ``sentence``, as written; not the traveller's own words ("Lula said he had ...")."""
    return source_of(sentence.text, sentence.low, [sentence.text[ref.start : ref.end] for ref in sentence.refs])


def source_of(text: str, low: str | None = None, travellers: list[str] | None = None) -> str | None:
    if low is None:
        low = lower(text)
    if not _SOURCE_WORD.search(low):
        return None  # no reporting verb: no source (the patterns below are costly on long sentences)
    for pattern in _PATTERNS:
        for match in pattern.finditer(low):
            source = text[match.start("src") : match.end("src")].strip(" ,\"'")
            if not source or _NOT_SOURCE.match(lower(source)) or len(source.split()) > 18:
                continue
            if _NAME_ONLY.match(source) and source in (travellers or ()):
                continue
            return source
    return None
