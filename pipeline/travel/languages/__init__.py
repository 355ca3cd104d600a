"""The languages travel detection reads: each a lexicon, a rule table and the few functions that differ.

``language_for(article.language)`` picks one; an article in a language without its own rules is read
with the English ones (cheap where nothing matches, and right where a detector mislabels English).
Adding a language is a folder here with its lexicon, dates, pairing and rules, and a line in
:data:`LANGUAGES` (docs/development.md walks through it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from pipeline.records import TripStatus
from pipeline.travel.lexicon import Lexicon
from pipeline.travel.pairing import Pair
from pipeline.travel.sentences import Place, Ref, Sentence, Span, lower
from pipeline.travel.status import Clues, Tables
from pipeline.travel.timing import TimeExpression


@dataclass(frozen=True)
class Language:
    """Everything language-specific that the travel passes need."""

    code: str
    lexicon: Lexicon
    split: Callable[[str], list[Span]]
    # references
    pronoun: re.Pattern[str]  # a pronoun that can stand for a leader ("he", "his")
    generic_title: re.Pattern[str]  # "the president": group ``title``
    office_noun: Callable[[str], str]  # a generic title (folded) -> the English office word it stands for
    fronted_possessive: re.Pattern[str]  # "During his visit, Putin ...": the pronoun looks ahead
    other_person: re.Pattern[str]  # someone named who is not a leader ("Secretary Kerry"), on the text as written
    # cheap test before a sentence is analysed
    travel_word: re.Pattern[str]
    # pairing, status, time
    locate_events: Callable[[Sentence], list[Place]]  # events held where the sentence says
    find_pairs: Callable[[Sentence], list[Pair]]
    clues: type[Clues]
    tables: Tables
    find_times: Callable[[str, str], list[TimeExpression]]
    trip_times: Callable[[list[TimeExpression], str, int, int, bool], list[TimeExpression]]
    explicitly_past: Callable[[TimeExpression, date | None], bool]
    attribution: Callable[[Sentence], str | None]
    here_now: Callable[[Sentence, Place], bool]
    anaphoric_update: Callable[[Sentence], TripStatus | None]  # "Update: the visit has been postponed."
    # "Визит состоится 4 ноября.": the date of the plan told just before (languages that write it so)
    anaphoric_time: Callable[[Sentence], TimeExpression | None] | None = None
    # the sentence as the patterns read it, every offset kept (Chinese: Traditional folded to Simplified)
    lower: Callable[[str], str] = lower
    # whether an article's undated plans of a leader take the month of its dated ones (merge.date_tour_legs)
    tour_legs_share_a_month: bool = False
    # "The tour will start with a visit to Mauritius": a sentence that opens on the trip of the previous
    # sentence's subject, who travels in it (languages that write it so)
    trip_anaphor: re.Pattern[str] | None = None
    # "Turkey's presidential office said the Russian leader would visit the country": a country named before,
    # told again after a trip's word (group ``place``; languages that write it so; group ``regional`` when it is
    # called by its region, "the Asian nation", which the first leader's guess does not resolve)
    place_anaphor: re.Pattern[str] | None = None
    place_anaphor_stems: tuple[str, ...] = ()  # one of which it holds: the cheap test before the pattern
    # "Michelle Obama": capitalised words and a surname after them (groups ``given``, ``surname``), with the
    # words before a surname that say nothing of whose it is ("Mrs", "When") and those that name the
    # leader's office ("President"): a bare surname stands for whoever it last named (languages that write so)
    namesake: re.Pattern[str] | None = None
    # and what must be in its sentence for a bare surname to be someone else's ("she", "Mrs"): "Melania
    # Trump wore black ... Trump will travel to Israel" is still the president
    namesake_cue: re.Pattern[str] | None = None
    not_a_given_name: frozenset[str] = frozenset()
    title_before_name: frozenset[str] = frozenset()
    # "Встреча глав государств состоится в Ташкенте.": where a gathering the gazetteer does not know is held,
    # for "the summit" in the sentences after it (languages that read it so)
    gathering_venue: Callable[[Sentence], Place | None] | None = None
    # "Putin told Xi that he would visit", "拜登将与莫迪会谈,随后他将前往日本": the leader a subject pronoun
    # stands for when it is not the nearest one named (the one who speaks, the one who met), given the names and
    # titles before it; None to take the nearest
    reported_subject: Callable[[Sentence, int, list[Ref]], str | None] | None = None
    # how many sentences back "the summit" (or a bare "will attend") still finds the gathering named before:
    # English previews name it, tell its agenda, then who comes ("Macron and Abe have said they will attend")
    gathering_reach: int = 3
    # whether, further back, the one gathering of a page whose gatherings are all in one country still stands
    # ("... has said he will attend", far down a page of guests to a funeral), and a gathering named by its noun
    # is the last one named so however far back ("his attendance at the funeral"); read by the languages that
    # say so (in Chinese and Russian each added dev or studied false alerts)
    gathering_of_article: bool = False
    # "Instead, they will meet in Mexico" (after "Obama and Putin"): one reference per leader a plural subject
    # pronoun stands for, given the sentence, its names and titles and the sentence before (languages that read it)
    plural_subject: Callable[[Sentence, list[Ref], Sentence | None], list[Ref]] | None = None
    plural_pronoun: re.Pattern[str] | None = None  # the pronoun it reads ("they"): such a sentence may tell a trip
    # "встреча президентов России и США": an office word in the plural right before the countries it lists, each
    # country then standing for its leader named in the article (languages that write so)
    plural_title: re.Pattern[str] | None = None
    list_joiner: re.Pattern[str] | None = None  # what joins those countries (", и"), matched right after one
    # "will travel to attend Trump's inauguration": the leader named is in the predicate, so the sentence's
    # subject (for the next "he") is still the one before (languages that read it)
    object_only: Callable[[Sentence, Ref], bool] | None = None
    # whether the sentence's first leader only owns its subject ("Ruto's communications secretary David Mugonyi
    # explained ..."): the subject is no leader, and a title after it is not his
    owner_of_subject: Callable[[Sentence, Ref], bool] | None = None
    # "At the invitation of President Xi Jinping, Lula will ...": where the fronted phrase that names the host
    # ends, if the sentence opens with one (the subject is after it)
    fronted_phrase: Callable[[Sentence], int | None] | None = None
    # "After Japan, Modi will head to China": what ends right before a place the trip's next leg follows (matched
    # on the 20 characters before that place; languages that write it so): when the leader is in that place now,
    # the next leg is under way too (merge)
    previous_leg: re.Pattern[str] | None = None
    # a sentence naming no place that may still report a trip: "Scholz will host Macron for talks" (the host's
    # country is where), "Trump has embarked on a trip to Asia" (a tour under way) (languages that read it so)
    placeless_trip: Callable[[Sentence], bool] | None = None
    # "The state visit by Xi has been postponed.": a calling-off of the one leader a sentence names, told without
    # a destination, for that leader's plans in the article (merge) (languages that read it so)
    called_off: Callable[[Sentence], TripStatus | None] | None = None
    # a sentence recalling earlier news ("Ранее сообщалось, что Рахмон отменил визит в Москву"): its readings are
    # older than the article's own, which win over them however sure (merge) (languages that mark it so)
    recap: re.Pattern[str] | None = None


def _english() -> Language:
    from pipeline.travel.languages.en import ENGLISH

    return ENGLISH


def _russian() -> Language:
    from pipeline.travel.languages.ru import RUSSIAN

    return RUSSIAN


def _chinese() -> Language:
    from pipeline.travel.languages.zh import CHINESE

    return CHINESE


_LOADERS: dict[str, Callable[[], Language]] = {"en": _english, "ru": _russian, "zh": _chinese}
_LOADED: dict[str, Language] = {}
LANGUAGES: Mapping[str, Callable[[], Language]] = _LOADERS


def language_for(code: str | None) -> Language:
    """The rules for an article in ``code`` ("en", "ru", "zh-Hant"...); English where none are written."""
    key = (code or "en").lower().split("-")[0].split("_")[0]
    if key not in _LOADERS:
        key = "en"
    found = _LOADED.get(key)
    if found is None:
        found = _LOADED[key] = _LOADERS[key]()
    return found
