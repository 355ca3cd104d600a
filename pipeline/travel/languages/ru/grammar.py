"""What Russian endings say: the case of a reference to a leader, and the tense of a verb's form.

Russian marks the subject by its case, not its place: in "Путина встретил Лукашенко" Lukashenko
meets Putin, and in "визит Путина в Китай" Putin is the traveller because he stands in the genitive
after the trip noun. :func:`cases` reads a reference's case from its ending: a leader's name is in
the nominative when it is written as the names file writes it (``pipeline/data/names/ru.yaml``, every
name in the nominative), and otherwise by the endings of the oblique cases; names that do not decline
("Моди", "Лукашенко", "Абэ") may be either. :func:`verb_form` reads a verb's tense from its ending
("посетил" past, "посетит" future, "посещает" present, "посетить" an infinitive that another verb
governs), which Russian writes more regularly than English.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import yaml

from pipeline.tagging.names import NAMES_DIR
from pipeline.travel.languages.ru.lexicon import LEXICON as L
from pipeline.travel.sentences import Ref

Case = Literal["nominative", "oblique", "either"]
Form = Literal["past", "future", "present", "infinitive", "past_participle", "present_participle", "gerund"]

_OBLIQUE_NAME = (
    "ого",
    "его",
    "ому",
    "ему",
    "ой",
    "ей",
    "ом",
    "ем",
    "ым",
    "им",
    "ою",
    "ею",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
)
_UNDECLINED = (*"оеиуэюё", "ь")  # "Моди", "Лукашенко", "Меркель" (a woman's surname in -ь does not decline)
_NOMINATIVE_TITLES = frozenset({"глава", "королева", "папа", "премьер", "лидер", "руководитель"})
_ADJECTIVE_NOMINATIVE = ("ый", "ий", "ой", "ая", "яя")
_CYRILLIC = re.compile(r"[а-яё]")
_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:с|со|у|к|ко|от|для|без|при|перед|над|о|об)\s+$")
_IMPERFECTIVE = L.pattern("imperfective", before="^")
_PAST = re.compile(r"(?:л|ла|ло|ли)(?:ся|сь)?$")
_INFINITIVE = re.compile(r"(?:ть|ти|ться|тись)$")
_PAST_PARTICIPLE = re.compile(r"вш(?:ий|ая|ее|ие|его|ему|им|ей|ую|их|ими|ийся|аяся|иеся|егося)$")
_PRESENT_PARTICIPLE = re.compile(r"щ(?:ий|ая|ее|ие|его|ему|им|ей|ую|их|ими|ийся|аяся|иеся|егося)$")
# the present or future forms (which of the two the verb's aspect says): "посетит", "посещает", "отправлюсь"
_NON_PAST = (
    *("ит", "ет", "ёт", "ут", "ют", "ат", "ят", "ем", "им", "у", "ю"),
    *("ится", "ется", "ётся", "утся", "ются", "атся", "ятся", "усь", "юсь"),
)
_GERUND = re.compile(r"(?:в|вши|вшись|ясь|я)$")
# the office word in the plural that a country of a list stands for ("президенты России и США"): its case is the
# reference's
_PLURAL_TITLE_BEFORE = re.compile(r"\b(?P<title>" + L.source("plural_title") + r")\s+(?:[\w-]+(?:\s*,\s*|\s+и\s+))*$")
_NOMINATIVE_PLURAL = ("ы", "и")  # "президенты", "лидеры", "руководители" (not "президентов", "глав")


@cache
def _nominative_words() -> frozenset[str]:
    """The last word of every leader name of the Russian names file, lower case: all in the nominative."""
    with (NAMES_DIR / "ru.yaml").open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    words = {str(name).split()[-1].lower() for names in (data.get("leaders") or {}).values() for name in names or ()}
    return frozenset(words)


def cases(text: str, ref: Ref) -> Case:
    """The case a reference may be in: ``nominative`` (a subject), ``oblique``, or ``either``.

    ``text`` is the sentence in lower case; ``ref`` one of its leader references.
    """
    words = text[ref.start : ref.end].split()
    if not words:
        return "either"
    if _PREPOSITION_BEFORE.search(text, max(0, ref.start - 12), ref.start):
        return "oblique"  # "вместе с Фицо", "у Моди": a name that does not decline, in a preposition's case
    if ref.how == "pronoun":
        return "nominative" if L.pattern("nominative_pronoun", before="^", after="$").match(words[0]) else "oblique"
    if ref.how == "name":
        return _name_case(words[-1])
    plural = _PLURAL_TITLE_BEFORE.search(text, max(0, ref.start - 80), ref.start)
    if plural is not None:
        return "nominative" if plural.group("title").split()[0].endswith(_NOMINATIVE_PLURAL) else "oblique"
    return _title_case(words[0])


def _name_case(word: str) -> Case:
    if not _CYRILLIC.search(word) or word.isdigit():
        return "either"  # "Lula", "XIV"
    if word in _nominative_words():
        return "either" if word.endswith(_UNDECLINED) else "nominative"
    return "oblique" if word.endswith(_OBLIQUE_NAME) else "nominative"


def _title_case(word: str) -> Case:
    word = word.split("-")[-1]  # "премьер-министром": the last part declines
    if word in _NOMINATIVE_TITLES:
        return "nominative"
    if not _CYRILLIC.search(word) or word.isupper():
        return "either"
    if word.endswith(_ADJECTIVE_NOMINATIVE) and not word.endswith(("ой", "ей")):
        return "nominative"  # "российский лидер"
    return "oblique" if word.endswith(_OBLIQUE_NAME) else "nominative"


def may_be_subject(text: str, ref: Ref) -> bool:
    return cases(text, ref) != "oblique"


def may_be_genitive(text: str, ref: Ref) -> bool:
    return cases(text, ref) != "nominative"


def is_dative(text: str, ref: Ref) -> bool:
    """Whether a reference may be in the dative ("Трампу", "президенту США", "ему"): to whom, not whose."""
    words = text[ref.start : ref.end].split()
    if not words:
        return False
    if ref.how == "pronoun":
        return words[0] in ("ему", "ей", "ней", "нему")
    word = words[-1] if ref.how == "name" else words[0]
    return cases(text, ref) == "either" or word.endswith(("у", "ю", "ому", "ему", "е"))


def verb_form(word: str) -> Form | None:
    """The tense a verb form says: ``verb_form("посетит")`` is ``future``, ``"посещает"`` ``present``."""
    if _PAST_PARTICIPLE.search(word):
        return "past_participle"
    if _PRESENT_PARTICIPLE.search(word):
        return "present_participle"
    if _INFINITIVE.search(word):
        return "infinitive"
    if _PAST.search(word):
        return "past"
    if word.endswith(_NON_PAST):
        return "present" if _IMPERFECTIVE.match(word) else "future"
    if _GERUND.search(word):
        return "gerund"
    return None
