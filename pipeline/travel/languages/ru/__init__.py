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


_OTHER_TITLES = (
    "министр", "пресс-секретар", "помощник", "советник", "спецпосланник", "спецпредставител",
    "представител", "спикер", "вице-", "замглав", "заместител", "губернатор", "мэр", "генсек", "госсекретар",
    "секретар", "супруг", "жена", "генеральный секретар",
)  # fmt: skip
_SPOKESMEN = ("Песков", "Ушаков", "Лавров", "Захаров", "Уиткофф", "Рубио", "Кушнер")


# "Визит в Китай состоится в октябре.", "На вторник был запланирован визит в Эфиопию.": a trip noun with no
# owner, a destination right after it, a few words at most before it (read only where no leader is referred to)
_TRIP_ANAPHOR = re.compile(
    r"(?:[^.;:!?«»\"]{0,60}?\s)?(?P<trip>" + LEXICON.source("trip_anaphor") + r")(?=\s+(?:в|во|на)\s)"
)


def _capitalised(words: tuple[str, ...]) -> list[str]:
    return [form for word in words for form in (word, word[:1].upper() + word[1:])]


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
    # (not a former one: "экс-президента", "бывшего президента" is no title of the leader in office)
    generic_title=re.compile(
        r"\b(?<!экс-)(?<!бывший )(?<!бывшего )(?<!бывшему )(?<!бывшим )(?<!бывшем )(?P<title>"
        + LEXICON.source("generic_title")
        + r")\b"
    ),
    office_noun=office_noun,
    plural_subject=pairing.plural_subject,
    plural_pronoun=pairing.PLURAL_PRONOUN,
    plural_title=re.compile(r"\b(?:" + LEXICON.source("plural_title") + r")\b"),
    list_joiner=re.compile(r"\s*(?:,\s*и\b|,|и\b)\s*"),
    fronted_possessive=re.compile(r"^(?:в ходе|во время|в рамках|после|перед|накануне|по итогам)\s+(?:его|ее|её)\b"),
    # someone named who is not a leader: an official's title and a name, or a spokesman named alone (the
    # title words in a trie, capitalised or not: far cheaper than a scan of alternatives at every letter)
    other_person=re.compile(
        r"\b(?:"
        + trie(_capitalised(_OTHER_TITLES))
        + r")\w*(?:\s+(?:МИД|Минобороны|Минфина|МВД|Пентагона|Госдепа)\w*)?(?:\s+[а-яё-]+){0,4}?\s+[А-ЯЁ][\w-]+"
        r"|\b[Пп]ос(?:ол|ла|лу|лом)\b(?:\s+[а-яё-]+){0,4}?\s+[А-ЯЁ][\w-]+"  # "посол", not "после"
        r"|\b(?:" + trie(_SPOKESMEN) + r")\w*"
    ),
    # a word that can begin a trigger or a host's verb, or a headline's dash for the verb ("Путин — в Китай")
    travel_word=re.compile(
        r"\b" + trie((*LEXICON.words("trigger_start"), *LEXICON.words("travel_word"))) + r"|\s[—–-]\s+(?:в|во|на)\s"
    ),
    locate_events=pairing.locate_events,
    find_pairs=pairing.find_pairs,
    placeless_trip=pairing.placeless_trip,
    clues=rules.RussianClues,
    tables=rules.TABLES,
    find_times=dates.find_time_expressions,
    trip_times=dates.trip_times,
    explicitly_past=rules.explicitly_past,
    attribution=attribution.attribution,
    here_now=rules.here_now,
    anaphoric_update=rules.anaphoric_update,
    anaphoric_time=rules.anaphoric_time,
    gathering_venue=pairing.gathering_venue,
    gathering_reach=6,
    trip_anaphor=_TRIP_ANAPHOR,
    place_anaphor_stems=tuple(LEXICON.words("place_anaphor_stem")),
    place_anaphor=re.compile(
        # (after an invitation, "пригласил его посетить страну", the country is the inviter's: group ``invited``)
        r"(?:\b(?:(?P<invited>"
        + LEXICON.source("invite_verb")
        + r")\s+(?:[\w-]+\s+){0,4}?)?(?:"
        + LEXICON.source("place_anaphor_after")
        + r")\s+(?=(?:"
        + LEXICON.source("place_anaphor")
        + r")\b)|\b(?=(?:"
        + LEXICON.source("place_anaphor_this")
        + r")\b))(?P<place>(?:"
        + LEXICON.source("place_anaphor_this")
        + "|"
        + LEXICON.source("place_anaphor")
        + r"))\b"
    ),
    # "Ранее сообщалось, что ...", "Ранее Песков заявлял ...", "Как сообщалось ...", "Напомним, ...": earlier news
    # recalled (not "Ранее в понедельник", the day's)
    recap=re.compile(
        r"(?:Как (?:уже |ранее )?сообщалось|Напомним|Ранее\s+(?:[^.,;:!?]{0,50}?\s)?"
        r"(?:сообщал|писал|заявлял|информировал|передавал|объявлял)\w*)\b"
    ),
)
