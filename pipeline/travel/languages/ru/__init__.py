"""Russian: the lexicon, dates, pairing and rule table that read Russian news (TASS, RIA Novosti, Interfax...)."""

from __future__ import annotations

import re

from pipeline.travel.languages import Language
from pipeline.travel.languages.ru import attribution, dates, pairing, rules
from pipeline.travel.languages.ru.lexicon import LEXICON
from pipeline.travel.lexicon import trie
from pipeline.travel.sentences import Span, abbreviation_test, split_at

# A sentence ends at ".", "!", "?" or "…" (and any closing quotes) before a capital, a digit, an opening
# quote or a dash of dialogue; not after an abbreviation ("г.", "т.е.", "млн.") or an initial ("В. Путин").
_BOUNDARY = re.compile(r"""[.!?…]+["'»”)\]]*(?=\s+["'«„“(\[—–]?\s*[A-ZА-ЯЁ0-9])""")
_IS_ABBREVIATION = abbreviation_test(LEXICON.words("abbreviation"))
_OFFICES = (
    ("понтифик", "pope"),
    ("пап", "pope"),
    ("президент", "president"),
    ("премьер", "prime minister"),
    ("канцлер", "chancellor"),
    ("глав", "leader"),
)


def split(text: str) -> list[Span]:
    """``split("Визит состоится в 2025 г. Путин прибудет в Пекин.")``: two sentences, with offsets into ``text``."""
    return split_at(text, _BOUNDARY, _IS_ABBREVIATION)


def office_noun(word: str) -> str:
    """The English office noun a Russian generic title stands for: "понтифик" -> "pope"."""
    for stem, noun in _OFFICES:
        if word.startswith(stem):
            return noun
    return "leader"


RUSSIAN = Language(
    code="ru",
    lexicon=LEXICON,
    split=split,
    pronoun=re.compile(r"\b(?P<pronoun>" + LEXICON.source("pronoun") + r")\b"),
    generic_title=re.compile(
        r"\b(?P<title>понтифик\w*|пап(?:а|ы|е|у|ой) римск\w*|глав(?:а|ы|е|у|ой) (?:государства|республики|страны)"
        r"|президент(?:а|у|ом|е)?|премьер(?:-министр)?(?:а|у|ом|е)?|канцлер(?:а|у|ом|е)?)\b"
    ),
    office_noun=office_noun,
    fronted_possessive=re.compile(r"^(?:в ходе|во время|в рамках|после|перед|накануне|по итогам)\s+(?:его|ее|её)\b"),
    other_person=re.compile(
        r"(?:[Мм]инистр\w*|[Гг]лав\w* (?:МИД|Минобороны|Минфина|МВД|Пентагона|Госдепа)\w*|[Пп]ресс-секретар\w*"
        r"|[Пп]омощник\w*|[Сс]оветник\w*|[Пп]ос(?:ол|ла|лу|лом|ле)\b|[Сс]пецпосланник\w*|[Сс]пецпредставител\w*"
        r"|[Пп]редставител\w*|[Сс]пикер\w*|[Вв]ице-\w+|[Зз]амглав\w*|[Зз]аместител\w*|[Гг]убернатор\w*|[Мм]эр\w*"
        r"|[Гг]енсек\w*|[Гг]оссекретар\w*|[Сс]екретар\w*|[Сс]упруг\w*|[Жж]ена\b|[Гг]енеральн\w+ секретар\w*)"
        r"(?:\s+[а-яё-]+){0,4}?\s+[А-ЯЁ][\w-]+"
        r"|\b(?:Песков|Ушаков|Лавров|Захаров|Уиткофф|Рубио|Кушнер)\w*"
    ),
    # a word that can begin a trigger or a host's verb, or a headline's dash for the verb ("Путин — в Китай")
    travel_word=re.compile(
        r"\b" + trie((*LEXICON.words("trigger_start"), *LEXICON.words("travel_word"))) + r"|\s[—–-]\s+(?:в|во|на)\s"
    ),
    locate_events=pairing.locate_events,
    find_pairs=pairing.find_pairs,
    clues=rules.RussianClues,
    tables=rules.TABLES,
    find_times=dates.find_time_expressions,
    trip_times=dates.trip_times,
    explicitly_past=rules.explicitly_past,
    attribution=attribution.attribution,
    here_now=rules.here_now,
    anaphoric_update=rules.anaphoric_update,
    anaphoric_time=rules.anaphoric_time,
)
