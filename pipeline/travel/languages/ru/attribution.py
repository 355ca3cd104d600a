"""Russian attribution: who a sentence says the news comes from ("сообщил Ушаков", "заявил Песков",
"сообщает ТАСС", "Об этом сообщили в пресс-службе Кремля", "по словам Пескова").

Russian puts when, how, to whom and where a source spoke on either side of the source and its verb
("сообщила в пятницу пресс-служба Кремля", "Ранее Песков также заявил", "сообщил ТАСС пресс-секретарь",
"заявил в Москве президент Казахстана"): those words (the lexicon's ``source_gap`` and ``source_outlet``,
dates and weekdays, an outlet or a place before a source's title) are passed over, and the source is the
person or organ named after them.
"""

from __future__ import annotations

import re

from pipeline.travel.languages.ru.lexicon import LEXICON as L
from pipeline.travel.languages.ru.lexicon import MONTHS, WEEKDAYS
from pipeline.travel.lexicon import trie
from pipeline.travel.sentences import Sentence, lower

_VERB = L.source("source_verb")
_NAME = r"[А-ЯЁA-Z«\"][\w«»\"'.-]*(?:\s+[\w«»\"'.-]+){0,5}?"
# Pieces of the patterns below, written <PIECE> in them and put in by _build, each from the pieces before it.
_PIECES: dict[str, str] = {}


def _build(template: str) -> str:
    return re.sub(r"<([A-Z_]+)>", lambda found: _PIECES[found.group(1)], template)


_PIECES.update(
    VERB=f"(?:{_VERB})",
    NAME=_NAME,
    SEP=r"(?:\s*,)?\s+",
    # "в пятницу", "в этот понедельник", "1 июня", "в сентябре 2025 года", "в конце марта"
    WEEKDAY=trie(WEEKDAYS),
    MONTH=trie(MONTHS),
    YEAR=r"(?:\s+\d{4}(?:\s+(?:года|г\.))?)?",
    POSSESSIVE=L.source("possessive"),
    HEAD_WORD="|".join(L.source(name) for name in ("source_head", "official", "press")),
    NOMINATIVE_HEAD=f"(?i:{L.source('source_head')})\\b",
    GAP_WORD=L.source("source_gap"),
    TO_WHOM_WORD=L.source("source_outlet"),
    OUTLET_WORD=L.source("outlet_name"),
)
_PIECES["WHEN"] = _build(
    r"(?:(?:в|во)\s+(?:(?:этот|эту|это|минувш\w+|прошл\w+)\s+)?<WEEKDAY>|\d{1,2}(?:[-–]\d{1,2})?\s+<MONTH><YEAR>"
    r"|(?:в|во)\s+(?:(?:начале|середине|конце)\s+)?<MONTH><YEAR>)"
)
_PIECES["GAP"] = _build(r"(?i:<GAP_WORD>|<WHEN>)(?!\w)")
# the first words of a source: "пресс-секретарь", "его пресс-секретарь", "информированный дипломатический источник"
_PIECES["HEAD"] = _build(r"(?i:(?:<POSSESSIVE>)\s+)?(?:[а-яё-]+(?:ый|ий|ой|ая|ое|ые|ие)\s+){0,2}(?i:<HEAD_WORD>)")
# an outlet's name: "ТАСС", "«Ведомости»", "Le Figaro", "РИА Новости"
_PIECES["OUTLET"] = _build(
    r"(?:\"[^\"]{1,40}\"|«[^»]{1,40}»|(?i:<OUTLET_WORD>)(?!\w)|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}"
    r"|[А-ЯЁ]{2,}(?:-[А-ЯЁ]+)?(?!\w))"
)
_PIECES["TO_WHOM"] = _build(r"(?i:<TO_WHOM_WORD>)(?!\w)(?:\s+<OUTLET>)?")
# an outlet or a place only before a source's title or a first name and surname: "сообщил ТАСС пресс-секретарь",
# "заявил в Москве президент Казахстана", while "сообщили в Минфине России" stays whole
_PIECES["BEFORE_SOURCE"] = _build(r"(?=\s+(?:<HEAD>|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?!\w)))")
_PIECES["SKIP"] = _build(
    r"(?:(?:<GAP>|<TO_WHOM>|<OUTLET><BEFORE_SOURCE>|(?:в|во|на)\s+[А-ЯЁ][а-яё-]+<BEFORE_SOURCE>)<SEP>)*"
)
# before the verb, after "Об этом" or "Как": "Об этом 1 июня заявил журналистам", "Об этом ТАСС сообщил пресс-секретарь"
_PIECES["SKIP_BEFORE_VERB"] = _build(r"(?:(?:<GAP>|<TO_WHOM>|<OUTLET>(?=\s+<VERB>\s+<SKIP><HEAD>))<SEP>)*")
_PIECES["END"] = _build(r"(?=\s*(?:[.,;:(]|$|\s+(?:на|в|со|по|в ходе)\s|\s+(?:<GAP>|<TO_WHOM>)))")
_PIECES["NOT_GAP"] = _build(r"(?!<GAP>)")
# the rest of a title, through "по международным делам" to the name after it ("помощник президента по
# международным делам Юрий Ушаков", not through "со ссылкой на ..."), or without a name ("в пресс-службе лидера
# республики")
_PIECES["TITLE_TO_NAME"] = r"(?:\s+(?!со\b|ссыла)[\w-]+){0,8}?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё-]+(?=\s*(?:[.,;:(]|$))"
_PIECES["TITLE_REST"] = _build(r"(?:<TITLE_TO_NAME>|(?:\s+[\w«»\"'.-]+){0,6}?)")
# where a source spoke, opening the sentence before its title or a first name and surname: "В Москве Песков
# заявил", "В столичном аэропорту "Внуково-2" Ху Цзиньтао заявил" (while "В пресс-службе Кремля сообщили", "В МИД
# России заявили" name an organ)
_PIECES["OPENING_PLACE"] = _build(
    r"(?:[Вв]|[Вв]о|[Нн]а)\s+(?:[А-ЯЁ][а-яё-]+<BEFORE_SOURCE><SEP>|(?:[а-яё-]+\s+){1,3}"
    r"(?:\"[^\"]{1,30}\"\s+|«[^»]{1,30}»\s+)?(?=[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+\s+(?:<GAP><SEP>)*<VERB>))"
)
_PATTERNS = tuple(
    re.compile(_build(template))
    for template in (
        # "..., — сообщил Ушаков", "сообщает ТАСС", "заявил пресс-секретарь президента Дмитрий Песков", "Как
        # сообщила в пятницу пресс-служба Кремля", "Об этом ТАСС сообщил пресс-секретарь"
        r"(?:^|(?:[,—–-]\s*|\b[Оо]б этом\s+|\b[Кк]ак\s+)<SKIP_BEFORE_VERB>)<VERB>\s+<SKIP>"
        r"(?P<src><NOT_GAP>(?:в\s+)?(?:<HEAD><TITLE_TO_NAME>|(?:[а-яё-]+\s+){0,4}?<NAME>|<HEAD><TITLE_REST>))<END>",
        # "Ранее пресс-секретарь Дмитрий Песков сообщил", "Накануне правительство Армении подтвердило"
        r"(?:^|[.;]\s+)(?:(?:<GAP><SEP>)+|<OPENING_PLACE>)"
        r"(?P<src><NOT_GAP>(?:[вВB]\s+)?[\w«\"][\w«»\"'.-]*(?:\s+[\w«»\"'.-]+){0,5}?)(?:<SEP><GAP>)*\s+<VERB>\b",
        # "Свое участие подтвердил президент Белоруссии Александр Лукашенко": the source after its verb
        r"(?:^|[.;]\s+)[^,;]{1,60}?\s<VERB>\s+<SKIP>(?P<src><NOMINATIVE_HEAD><TITLE_REST>)<END>",
        # "Песков сообщил", "В Кремле сообщили", "Песков также отметил"
        r"(?:^|[.;]\s+)<NOT_GAP>(?P<src>(?:[ВB]\s+)?<NAME>)(?:<SEP><GAP>)*\s+<VERB>\b",
    )
)
# "по словам Пескова", "по данным ТАСС", "со ссылкой на источники": read in lower case, given as written
_PREFIXED = re.compile(r"\b(?:" + L.source("source_prefix") + r")\s+(?P<src>[^,.;]{3,60})")
# Verbs are written in lower case (but for a sentence's first word): one cheap search of the lowered text
_SOURCE_WORD = re.compile(r"\b(?:" + _VERB + r"|" + L.source("source_prefix") + r")")
# pronouns and adverbs, a clause ("что ..."), a preposition's object ("со ссылкой на ..."), one's own ("свое
# участие"), a negated verb ("Спикер не уточнил")
_NOT_SOURCE = re.compile(
    r"^(?:(?:он|она|они|мы|я|это|что|который|которая|как|там|мне|нам|ему|ей|им)$|сво|что\b|о том\b"
    r"|(?:с|со|к|о|об|при|для|из)\s)|\sне$",
    re.IGNORECASE,
)


def attribution(sentence: Sentence) -> str | None:
    """The source of ``sentence``, as written; not the traveller's own words ("Путин заявил, что посетит")."""
    travellers = {sentence.text[ref.start : ref.end] for ref in sentence.refs}
    return source_of(sentence.text, sentence.low, travellers)


def source_of(text: str, low: str | None = None, travellers: set[str] | None = None) -> str | None:
    """``source_of("Путин посетит Индию, сообщил в пятницу Ушаков.")`` is "Ушаков"."""
    low = lower(text) if low is None else low
    if not _SOURCE_WORD.search(low):
        return None
    spans = [(match, "src") for pattern in _PATTERNS for match in pattern.finditer(text)]
    spans += [(match, "src") for match in _PREFIXED.finditer(low)]
    own: list[tuple[int, int]] = []  # the traveller's own words: no longer reading of them is a source either
    for match, group in spans:
        start, end = match.span(group)
        source = text[start:end].strip(" ,.;:«»\"'")
        if not source or _NOT_SOURCE.search(source) or len(source.split()) > 10:
            continue
        if source in (travellers or set()):
            own.append((start, end))
            continue
        if any(start <= first and last <= end for first, last in own):
            continue
        return source
    return None
